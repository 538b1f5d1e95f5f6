/**
 * Raw input → a typed, checked Dataset, or a list of precise errors. Every dataset, ours or a
 * user's, comes in through here once; nothing downstream validates again.
 */
import * as v from 'valibot';
import { checkIntegrity, type DataError } from './integrity.ts';
import { DatasetSchema } from './schema.ts';
import type { Dataset } from './types.ts';

export type { DataError } from './integrity.ts';

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'string')
		return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	if (typeof value === 'object') return 'an object';
	return String(value);
}

function toDataError(issue: v.BaseIssue<unknown>, raw: unknown): DataError {
	let path = '';
	let id: string | undefined;
	let node: unknown = raw;
	for (const item of issue.path ?? []) {
		const key = item.key as string | number;
		path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : key;
		node = (node as Record<string | number, unknown> | undefined)?.[key];
		// The innermost record with an id names what is broken.
		const maybeId = (node as { id?: unknown } | undefined)?.id;
		if (typeof node === 'object' && typeof maybeId === 'string') id = maybeId;
	}
	// valibot names a missing key as its own quoted name: say plainly that a field is required.
	const missing = issue.input === undefined && issue.expected?.startsWith('"');
	const expected = missing
		? 'expected this required field'
		: issue.expected
			? `expected ${issue.expected}`
			: issue.message;
	return { path: path || '(root)', id, message: `${expected}, found ${describe(issue.input)}` };
}

/** Validates shape, then integrity. Errors are ordered as they appear in the input. */
export function parseDataset(raw: unknown): ParseResult {
	const shaped = v.safeParse(DatasetSchema, raw);
	if (!shaped.success) return { ok: false, errors: shaped.issues.map((i) => toDataError(i, raw)) };
	const dataset = shaped.output as Dataset;
	const errors = checkIntegrity(dataset);
	return errors.length ? { ok: false, errors } : { ok: true, dataset };
}

/** One error as a single line, prefixed by the file it came from. */
export function formatDataError(error: DataError, file: string): string {
	const record = error.id ? ` (id "${error.id}")` : '';
	return `${file}: ${error.path}${record}: ${error.message}`;
}
