import { describe, expect, it } from 'vitest';
import { toHighlightTree, type HighlightNode } from './text.ts';

/** Renders a tree as bracketed text: plain runs as is, marks as [id:…]. */
function show(nodes: HighlightNode[], text: string): string {
	return nodes
		.map((n) =>
			n.kind === 'text' ? n.text : `[${n.id}${n.continued ? '+' : ''}:${show(n.children, text)}]`,
		)
		.join('');
}

describe('toHighlightTree', () => {
	const text = 'abcdefghij';

	it('toHighlightTree(text, []) is one plain run', () => {
		expect(show(toHighlightTree(text, []), text)).toBe(text);
	});

	it('marks separate spans in order', () => {
		const tree = toHighlightTree(text, [
			{ id: 'b', start: 6, end: 8 },
			{ id: 'a', start: 1, end: 3 },
		]);
		expect(show(tree, text)).toBe('a[a:bc]def[b:gh]ij');
	});

	it('nests a contained span inside its container', () => {
		const tree = toHighlightTree(text, [
			{ id: 'inner', start: 3, end: 5 },
			{ id: 'outer', start: 2, end: 8 },
		]);
		expect(show(tree, text)).toBe('ab[outer:c[inner:de]fgh]ij');
	});

	it('splits a crossing span and flags the continuation', () => {
		const tree = toHighlightTree(text, [
			{ id: 'x', start: 1, end: 5 },
			{ id: 'y', start: 3, end: 8 },
		]);
		expect(show(tree, text)).toBe('a[x:bc[y:de]][y+:fgh]ij');
	});

	it('keeps the text whole: concatenated runs equal the source', () => {
		const tree = toHighlightTree('روحانی: روابط ایران', [{ id: 'p', start: 8, end: 13 }]);
		expect(show(tree, '')).toBe('روحانی: [p:روابط] ایران');
	});

	it('ignores out-of-range, empty and duplicate spans', () => {
		const tree = toHighlightTree(text, [
			{ id: 'a', start: 2, end: 2 },
			{ id: 'b', start: 8, end: 99 },
			{ id: 'c', start: 0, end: 1 },
			{ id: 'c', start: 4, end: 5 },
		]);
		expect(show(tree, text)).toBe('[c:a]bcdefghij');
	});
});
