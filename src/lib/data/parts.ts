/**
 * A parsed dataset sent from the worker in parts. One structured clone of ten thousand events
 * (and their passages and sources) costs the receiving main thread half a second in a single
 * task; a thousand records a message keeps each task short, so the page goes on drawing while
 * the parts arrive. The caller still gets the dataset only when the last part is in. (A JSON
 * draft is the exception: its text is parsed in one task, a quarter of a second at ten thousand
 * events, but half the time the parts would take.)
 *
 * The records go ahead as a draft, before they are checked, so that the main thread takes them in
 * while the worker checks them, on the other core. A JSON file's draft is its text: the page
 * parses it itself, which takes half the time of receiving the records as objects, and spares
 * the worker sending them. A spreadsheet's draft is its records as read, in parts. If the check
 * passes and the checked records are the same as the draft (they differ when a file has fields
 * the format does not know, which the check drops, or when a JSON file is in a convenient form
 * that the reader expands), the result stands on the draft; otherwise the checked records
 * follow, and the draft is thrown away.
 */
import { COLLECTIONS, type Collection, type Dataset, type Records } from '../model/types.ts';
import type { InputResult } from './input.ts';
import type { EventText } from '../model/search.ts';
import { toFailure } from './problem.ts';

export type WorkerMessage =
	/** Bytes read so far while the file downloads (total null when unknown). */
	| { kind: 'progress'; loaded: number; total: number | null }
	/** Every byte is read: checking begins. */
	| { kind: 'checking' }
	/** Records of a collection; `draft`: as read, not yet checked. */
	| { kind: 'part'; key: Collection; items: unknown[]; draft?: true }
	/** The draft is complete: its last part has been sent, or its text is the records as read. */
	| { kind: 'draft-done' }
	/** A JSON file's text, the draft: its collections are the records, if the reader keeps them. */
	| { kind: 'draft-text'; text: string }
	/** The result, its collections empty: they are in the parts, or the draft if `fromDraft`. */
	| { kind: 'done'; result: InputResult; fromDraft?: true }
	/** After the dataset: its events' search texts (search.ts), folded in the worker. */
	| { kind: 'texts'; items: EventText[] }
	| { kind: 'texts-done' };

/** Records per message: about a megabyte of events, a few tens of milliseconds to receive. */
export const PART_SIZE = 1000;

/** The collections of records as read (before the check), in draft parts; none if not there. */
export function toDraftMessages(raw: unknown, size = PART_SIZE): WorkerMessage[] {
	const messages: WorkerMessage[] = [];
	for (const key of COLLECTIONS) {
		const records = (raw as Partial<Record<Collection, unknown>> | null)?.[key];
		if (!Array.isArray(records)) continue;
		for (let i = 0; i < records.length; i += size)
			messages.push({ kind: 'part', key, items: records.slice(i, i + size), draft: true });
	}
	messages.push({ kind: 'draft-done' });
	return messages;
}

/**
 * The messages that carry `result`: its collections in parts, then the rest. With `draft` (the
 * records sent ahead by `toDraftMessages`), a result whose records are the same says so instead.
 */
export function toMessages(
	result: InputResult,
	size = PART_SIZE,
	draft?: unknown,
): WorkerMessage[] {
	if (!result.ok) return [{ kind: 'done', result }];
	const messages: WorkerMessage[] = [];
	const rest: Dataset = { ...result.dataset };
	const same =
		draft !== undefined &&
		COLLECTIONS.every((key) =>
			isSameData((draft as Record<Collection, unknown>)[key], result.dataset[key]),
		);
	for (const key of COLLECTIONS) {
		const records: unknown[] = result.dataset[key];
		if (!same)
			for (let i = 0; i < records.length; i += size)
				messages.push({ kind: 'part', key, items: records.slice(i, i + size) });
		rest[key] = [];
	}
	const done = { ...result, dataset: rest };
	messages.push(
		same ? { kind: 'done', result: done, fromDraft: true } : { kind: 'done', result: done },
	);
	return messages;
}

/**
 * Whether two JSON-like values are equal: the same keys (in any order), the same primitives.
 * Records as read and as checked differ only by fields the check drops, so this is what tells
 * whether the draft can stand for the checked records.
 */
export function isSameData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a)) {
		if (!Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!isSameData(a[i], b[i])) return false;
		return true;
	}
	if (Array.isArray(b)) return false;
	const keys = Object.keys(a);
	if (keys.length !== Object.keys(b).length) return false;
	for (const key of keys)
		if (
			!Object.hasOwn(b, key) ||
			!isSameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
		)
			return false;
	return true;
}

/** Joins messages back into the result; `add` returns it once the last message is in. */
export class ResultJoiner {
	readonly #parts = new Map<Collection, unknown[][]>();
	readonly #draft = new Map<Collection, unknown[][]>();
	/** The draft's records: undefined until joined or read from text, null if the text had none. */
	#draftRecords: Records | null | undefined = undefined;

	/** The draft's records, joined (the same arrays the result has if it stands on the draft). */
	draft(): Records | null {
		if (this.#draftRecords === undefined) this.#draftRecords = join(this.#draft);
		return this.#draftRecords;
	}

	add(message: WorkerMessage): InputResult | null {
		if (message.kind === 'draft-text') {
			this.#draftRecords = fromText(message.text);
			return null;
		}
		if (message.kind !== 'part' && message.kind !== 'done') return null;
		if (message.kind === 'part') {
			const store = message.draft ? this.#draft : this.#parts;
			const parts = store.get(message.key) ?? [];
			parts.push(message.items);
			store.set(message.key, parts);
			return null;
		}
		const { result } = message;
		if (!result.ok) return result;
		// The records the worker checked (or their draft, which it found the same), by collection.
		const records = message.fromDraft ? this.draft() : join(this.#parts);
		// Not to be: the worker says the draft stands only once it has read the same text.
		if (!records)
			return toFailure({
				path: '(file)',
				message: 'expected the records sent ahead of the check, found none',
			});
		return { ...result, dataset: { ...result.dataset, ...records } };
	}
}

/**
 * Whether the records as read (`raw`, from the reader in loose.ts) are those that the page takes
 * from the file's text (`fromText`): the reader kept every collection of the parsed JSON (`json`)
 * as it was, or made an empty one where the file has none.
 */
export function isDraftOfText(raw: unknown, json: unknown): boolean {
	if (typeof raw !== 'object' || raw === null || typeof json !== 'object' || json === null)
		return false;
	if (Array.isArray(json)) return false;
	return COLLECTIONS.every((key) => {
		const read = (raw as Partial<Record<Collection, unknown>>)[key];
		const parsed = (json as Partial<Record<Collection, unknown>>)[key];
		return read === parsed || (parsed === undefined && Array.isArray(read) && read.length === 0);
	});
}

/** The collections of a JSON text, as the worker's reader would have them if it left them be. */
function fromText(text: string): Records | null {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	// An array is the events alone, a convenient form the reader expands: not the records.
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	const record = value as Partial<Record<Collection, unknown>>;
	return Object.fromEntries(
		COLLECTIONS.map((key) => [key, Array.isArray(record[key]) ? record[key] : []]),
	) as Records;
}

const join = (parts: Map<Collection, unknown[][]>): Records =>
	Object.fromEntries(COLLECTIONS.map((key) => [key, (parts.get(key) ?? []).flat()])) as Records;

/** The search texts in parts, as `toMessages` splits a dataset. */
export function toTextMessages(texts: EventText[], size = PART_SIZE): WorkerMessage[] {
	const messages: WorkerMessage[] = [];
	for (let i = 0; i < texts.length; i += size)
		messages.push({ kind: 'texts', items: texts.slice(i, i + size) });
	messages.push({ kind: 'texts-done' });
	return messages;
}
