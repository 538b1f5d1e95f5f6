import { beforeAll, describe, expect, it } from 'vitest';
import { parseText, type InputResult } from './input.ts';
import { ResultJoiner, toMessages } from './parts.ts';

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
});
