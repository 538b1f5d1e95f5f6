import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseText, type InputResult } from './input.ts';
import {
	isDraftOfText,
	isSameData,
	ResultJoiner,
	toDraftMessages,
	toMessages,
	type WorkerMessage,
} from './parts.ts';

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
		expect(joined?.ok && joined.dataset.events).toBe(early?.events);
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

describe('the draft of a JSON file is its text, parsed by the page', () => {
	/** What the worker does (worker.ts): the text ahead, then the result or its parts. */
	async function asWorker(text: string, name = 'a.json') {
		let draft: unknown;
		const checked = await parseText(
			text,
			{ name },
			{ beforeCheck: (raw, json) => (draft = isDraftOfText(raw, json) ? raw : undefined) },
		);
		const messages: WorkerMessage[] = [
			{ kind: 'draft-text', text },
			...(draft ? [{ kind: 'draft-done' } as const] : []),
			...toMessages(checked, 10, draft),
		];
		return { checked, messages };
	}

	it('a file in the full format stands on what the page parsed, its very arrays', async () => {
		const text = readFileSync('public/examples/meetings.json', 'utf8');
		const { checked, messages } = await asWorker(text);
		expect(checked.ok).toBe(true);
		expect(messages.map((m) => m.kind)).toEqual(['draft-text', 'draft-done', 'done']);
		expect(messages.at(-1)).toHaveProperty('fromDraft', true);
		const joiner = new ResultJoiner();
		let joined: InputResult | null = null;
		for (const message of messages) joined = joiner.add(message) ?? joined;
		expect(joined).toEqual(checked);
		// The records the page indexed while the worker checked are the result's own.
		expect(joined?.ok && joined.dataset.events).toBe(joiner.draft()?.events);
	});

	it('a collection the file leaves out is empty on both sides', async () => {
		// A dataset in the full format, with no people and no places: then left out of the file.
		const read = await parseText(JSON.stringify([{ date: '2024-01-02', title: 'x' }]), {
			name: 'a.json',
		});
		if (!read.ok) throw new Error('expected the minimal dataset to parse');
		expect([read.dataset.people, read.dataset.places]).toEqual([[], []]);
		const text = JSON.stringify({ ...read.dataset, people: undefined, places: undefined });
		const { checked, messages } = await asWorker(text);
		expect(checked.ok).toBe(true);
		expect(messages.at(-1)).toHaveProperty('fromDraft', true);
		expect(join(messages)).toEqual(checked);
	});

	it('a file in a convenient form is expanded by the reader: the checked parts follow', async () => {
		const text = readFileSync('public/examples/minimal.json', 'utf8');
		const { checked, messages } = await asWorker(text);
		expect(checked.ok).toBe(true);
		expect(messages.some((m) => m.kind === 'part')).toBe(true);
		expect(messages.at(-1)).not.toHaveProperty('fromDraft');
		expect(join(messages)).toEqual(checked);
	});

	it('an object in a convenient form is no draft to index: its checked parts follow', async () => {
		const text = JSON.stringify({ events: [{ date: '2024-07-30', title: 'x' }] });
		const { checked, messages } = await asWorker(text);
		expect(checked.ok).toBe(true);
		expect(messages.map((m) => m.kind)).not.toContain('draft-done');
		expect(messages.at(-1)).not.toHaveProperty('fromDraft');
		expect(join(messages)).toEqual(checked);
	});

	it('a list of events alone is no draft at all', () => {
		const joiner = new ResultJoiner();
		joiner.add({ kind: 'draft-text', text: '[{"date": "2024-07-30", "title": "x"}]' });
		expect(joiner.draft()).toBeNull();
	});

	it('a broken file is only its problems, whatever the page made of its text', async () => {
		const { checked, messages } = await asWorker('{"events": [1');
		expect(checked.ok).toBe(false);
		expect(join(messages)).toEqual(checked);
	});

	it('a result said to stand on a draft the page could not read is a failure, not half a dataset', () => {
		const joiner = new ResultJoiner();
		joiner.add({ kind: 'draft-text', text: 'not json' });
		expect(joiner.draft()).toBeNull();
		const done = joiner.add({
			kind: 'done',
			fromDraft: true,
			result: { ok: true, format: 'json', dataset: {} as never, warnings: [], warningTotal: 0 },
		});
		expect(done).toMatchObject({ ok: false, errors: [{ path: '(file)' }] });
	});

	it('isDraftOfText: the same collections, or an empty one for one the file leaves out', () => {
		const events: unknown[] = [];
		expect(isDraftOfText({ events, people: [] }, { events })).toBe(true);
		expect(isDraftOfText({ events, people: [1] }, { events })).toBe(false);
		expect(isDraftOfText({ events: [] }, { events })).toBe(false);
		expect(isDraftOfText({ events }, [])).toBe(false);
		expect(isDraftOfText(null, { events })).toBe(false);
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
