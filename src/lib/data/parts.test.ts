import { beforeAll, describe, expect, it } from 'vitest';
import { parseText, type InputResult } from './input.ts';
import { isSameData, ResultJoiner, toDraftMessages, toMessages } from './parts.ts';

const join = (messages: ReturnType<typeof toMessages>): InputResult | null => {
	const joiner = new ResultJoiner();
	let result: InputResult | null = null;
	for (const message of messages) result = joiner.add(message) ?? result;
	return result;
};

describe('toMessages and ResultJoiner', () => {
	const rows = Array.from(
		{ length: 25 },
		(_, i) =>
			`2024-01-${String(i + 1).padStart(2, '0')},Event ${i},Tehran (IR),Ali (IR); Nurlan (KZ)`,
	);
	let result: InputResult;
	beforeAll(async () => {
		result = await parseText(`date,title,place,participants\n${rows.join('\n')}`, {
			name: 'a.csv',
		});
	});

	it('toMessages(25 events, size 10) sends them in three parts, the rest last', async () => {
		const messages = toMessages(result, 10);
		expect(
			messages.map((m) => (m.kind === 'part' ? `${m.key} ${m.items.length}` : m.kind)),
		).toEqual(['people 2', 'places 1', 'events 10', 'events 10', 'events 5', 'done']);
	});

	it('joining the parts gives back the result, in order', async () => {
		expect(result.ok).toBe(true);
		expect(join(toMessages(result, 10))).toEqual(result);
		expect(join(toMessages(result, 1))).toEqual(result);
	});

	it('a failure is one message', async () => {
		const failure = await parseText('date,title\nx,y\n', { name: 'a.csv' });
		expect(toMessages(failure)).toEqual([{ kind: 'done', result: failure }]);
		expect(join(toMessages(failure))).toEqual(failure);
	});

	it('a draft the check left as it was stands for the result; no checked parts are sent', async () => {
		let draft: unknown;
		const text = `date,title,place,participants\n${rows.join('\n')}`;
		const checked = await parseText(
			text,
			{ name: 'a.csv' },
			{ beforeCheck: (raw) => (draft = raw) },
		);
		const ahead = toDraftMessages(draft, 10);
		expect(ahead.slice(0, -1).every((m) => m.kind === 'part' && m.draft)).toBe(true);
		expect(ahead.at(-1)).toEqual({ kind: 'draft-done' });
		const after = toMessages(checked, 10, draft);
		expect(after).toEqual([expect.objectContaining({ kind: 'done', fromDraft: true })]);
		expect(join([...ahead, ...after])).toEqual(result);
		// The draft the page indexed while waiting is the very records of the result.
		const joiner = new ResultJoiner();
		for (const message of ahead) joiner.add(message);
		const early = joiner.draft();
		const joined = joiner.add(after[0]!);
		expect(joined?.ok && joined.dataset.events).toBe(early.events);
	});

	it('a draft the check changed is thrown away: the checked parts follow and win', async () => {
		// A field the format does not know: read into the draft, dropped by the check.
		const json = JSON.stringify([{ date: '2024-01-02', title: 'x', mood: 'sunny' }]);
		let draft: unknown;
		const checked = await parseText(
			json,
			{ name: 'a.json' },
			{ beforeCheck: (raw) => (draft = raw) },
		);
		expect(JSON.stringify(draft)).toContain('sunny');
		const after = toMessages(checked, 10, draft);
		expect(after.some((m) => m.kind === 'part' && !m.draft)).toBe(true);
		expect(after.at(-1)).not.toHaveProperty('fromDraft');
		const joined = join([...toDraftMessages(draft, 10), ...after]);
		expect(joined).toEqual(checked);
		expect(JSON.stringify(joined)).not.toContain('sunny');
	});
});

describe('isSameData', () => {
	it('compares JSON-like values by keys (in any order) and primitives', () => {
		expect(isSameData({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
		expect(isSameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
		expect(isSameData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
		expect(isSameData({ a: [] }, { a: {} })).toBe(false);
		expect(isSameData({ a: '1' }, { a: 1 })).toBe(false);
		expect(isSameData(null, {})).toBe(false);
	});
});
