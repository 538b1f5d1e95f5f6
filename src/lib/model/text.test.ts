import { describe, expect, it } from 'vitest';
import { toHighlightTree, type HighlightNode } from './text.ts';

/** Renders a tree as bracketed text: plain runs as is, passages as [id:…], hits as {id:…}. */
function show(nodes: HighlightNode[], text: string): string {
	return nodes
		.map((n) => {
			if (n.kind === 'text') return n.text;
			const inside = `${n.id}${n.continued ? '+' : ''}:${show(n.children, text)}`;
			return n.kind === 'hit' ? `{${inside}}` : `[${inside}]`;
		})
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

	it('marks carry their kind: "passage" by default, "hit" for search hits', () => {
		const tree = toHighlightTree(text, [
			{ id: 'p', start: 0, end: 2 },
			{ id: 'hit-4', start: 4, end: 6, kind: 'hit' },
		]);
		expect(tree.map((n) => n.kind)).toEqual(['passage', 'text', 'hit', 'text']);
	});

	it('nests a hit inside the passage that contains it', () => {
		const tree = toHighlightTree(text, [
			{ id: 'hit-3', start: 3, end: 5, kind: 'hit' },
			{ id: 'p', start: 2, end: 8 },
		]);
		expect(show(tree, text)).toBe('ab[p:c{hit-3:de}fgh]ij');
	});

	it('nests a passage inside the hit that contains it', () => {
		const tree = toHighlightTree(text, [
			{ id: 'p', start: 3, end: 5 },
			{ id: 'hit-2', start: 2, end: 8, kind: 'hit' },
		]);
		expect(show(tree, text)).toBe('ab{hit-2:c[p:de]fgh}ij');
	});

	it('puts a hit over the same text as a passage inside the passage', () => {
		const tree = toHighlightTree(text, [
			{ id: 'hit-2', start: 2, end: 5, kind: 'hit' },
			{ id: 'p', start: 2, end: 5 },
		]);
		expect(show(tree, text)).toBe('ab[p:{hit-2:cde}]fghij');
	});

	it('splits a hit crossing a passage, and a passage crossing a hit, flagging the continuation', () => {
		const hitLater = toHighlightTree(text, [
			{ id: 'p', start: 1, end: 5 },
			{ id: 'hit-3', start: 3, end: 8, kind: 'hit' },
		]);
		expect(show(hitLater, text)).toBe('a[p:bc{hit-3:de}]{hit-3+:fgh}ij');
		const passageLater = toHighlightTree(text, [
			{ id: 'hit-1', start: 1, end: 5, kind: 'hit' },
			{ id: 'p', start: 3, end: 8 },
		]);
		expect(show(passageLater, text)).toBe('a{hit-1:bc[p:de]}[p+:fgh]ij');
	});

	it('keeps a hit and a passage that share an id: duplicates are counted per kind', () => {
		const tree = toHighlightTree(text, [
			{ id: 'x', start: 1, end: 2 },
			{ id: 'x', start: 5, end: 6, kind: 'hit' },
			{ id: 'x', start: 7, end: 8, kind: 'hit' },
		]);
		expect(show(tree, text)).toBe('a[x:b]cde{x:f}ghij');
	});
});
