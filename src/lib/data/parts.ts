/**
 * A parsed dataset sent from the worker in parts. One structured clone of ten thousand events
 * (and their passages and sources) costs the receiving main thread half a second in a single
 * task; a thousand records a message keeps each task short, so the page goes on drawing while
 * the parts arrive. The caller still gets the dataset only when the last part is in.
 */
import type { Dataset } from '../model/types.ts';
import type { InputResult } from './input.ts';
import type { EventText } from '../model/search.ts';

const COLLECTIONS = ['sources', 'passages', 'people', 'places', 'events'] as const;
type Collection = (typeof COLLECTIONS)[number];

export type WorkerMessage =
	/** Bytes read so far while the file downloads (total null when unknown). */
	| { kind: 'progress'; loaded: number; total: number | null }
	/** Every byte is read: checking begins. */
	| { kind: 'checking' }
	| { kind: 'part'; key: Collection; items: unknown[] }
	| { kind: 'done'; result: InputResult }
	/** After the dataset: its events' search texts (search.ts), folded in the worker. */
	| { kind: 'texts'; items: EventText[] }
	| { kind: 'texts-done' };

/** Records per message: about a megabyte of events, a few tens of milliseconds to receive. */
export const PART_SIZE = 1000;

/** The messages that carry `result`: its collections in parts, then the rest. */
export function toMessages(result: InputResult, size = PART_SIZE): WorkerMessage[] {
	if (!result.ok) return [{ kind: 'done', result }];
	const messages: WorkerMessage[] = [];
	const rest: Dataset = { ...result.dataset };
	for (const key of COLLECTIONS) {
		const records: unknown[] = result.dataset[key];
		for (let i = 0; i < records.length; i += size)
			messages.push({ kind: 'part', key, items: records.slice(i, i + size) });
		rest[key] = [];
	}
	messages.push({ kind: 'done', result: { ...result, dataset: rest } });
	return messages;
}

/** Joins messages back into the result; `add` returns it once the last message is in. */
export class ResultJoiner {
	readonly #parts = new Map<Collection, unknown[][]>();

	add(message: WorkerMessage): InputResult | null {
		if (message.kind !== 'part' && message.kind !== 'done') return null;
		if (message.kind === 'part') {
			const parts = this.#parts.get(message.key) ?? [];
			parts.push(message.items);
			this.#parts.set(message.key, parts);
			return null;
		}
		const { result } = message;
		if (!result.ok) return result;
		const joined: Record<string, unknown[]> = {};
		for (const key of COLLECTIONS) joined[key] = (this.#parts.get(key) ?? []).flat();
		// The parts are the records the worker checked, each in its own collection.
		return { ...result, dataset: { ...result.dataset, ...(joined as Pick<Dataset, Collection>) } };
	}
}

/** The search texts in parts, as `toMessages` splits a dataset. */
export function toTextMessages(texts: EventText[], size = PART_SIZE): WorkerMessage[] {
	const messages: WorkerMessage[] = [];
	for (let i = 0; i < texts.length; i += size)
		messages.push({ kind: 'texts', items: texts.slice(i, i + size) });
	messages.push({ kind: 'texts-done' });
	return messages;
}
