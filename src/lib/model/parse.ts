/**
 * Raw input → a typed, checked Dataset, or a list of precise errors. Every dataset, ours or a
 * user's, comes in through here once; nothing downstream validates again.
 */
import * as v from 'valibot';
import { checkIntegrity, type DataError } from './integrity.ts';
import { DatasetSchema, LenientDatasetSchema } from './schema.ts';
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
	return {
		path: path || '(root)',
		id,
		message: `${toExpected(issue)}, found ${describe(issue.input)}`,
	};
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
	Object: 'an object',
	Array: 'an array',
	string: 'a string',
	number: 'a number',
};

/** What valibot expected, in words: its own notation is for programmers ("Object", ">=1"). */
function toExpected(issue: v.BaseIssue<unknown>): string {
	// valibot names a missing key as its own quoted name: say plainly that a field is required.
	if (issue.input === undefined && issue.expected?.startsWith('"'))
		return 'expected this required field';
	// Our schema words its checks ("a non-empty string"); valibot's defaults begin "Invalid".
	if (issue.kind === 'validation' && !issue.message.startsWith('Invalid'))
		return `expected ${issue.message}`;
	const expected = issue.expected ?? '';
	if (TYPE_NAMES[expected]) return `expected ${TYPE_NAMES[expected]}`;
	// A picklist: ("reported" | "mentioned") → one of "reported", "mentioned".
	if (/^\(".*"\)$/.test(expected))
		return `expected one of ${expected.slice(1, -1).split(' | ').join(', ')}`;
	return expected ? `expected ${expected}` : issue.message;
}

export interface ParseOptions {
	/**
	 * Strict (the default, for the built-in data): every fact cites at least one passage and every
	 * text of ours is written. Lenient (a user's file): facts may cite nothing and summaries, date
	 * notes and roles may be empty; passages given are still checked against their sources,
	 * references must resolve, and dates, weekdays and Jalali dates must be right.
	 */
	strict?: boolean;
	/**
	 * A quicker way to a yes on the shape: `isShaped` (shape.ts), for a user's file, which may be
	 * large. The built-in data, small, does without it, and so does the page's first script.
	 */
	isShaped?(schema: v.GenericSchema, raw: unknown): boolean;
}

/** Validates shape, then integrity. Errors are ordered as they appear in the input. */
export function parseDataset(
	raw: unknown,
	{ strict = true, isShaped }: ParseOptions = {},
): ParseResult {
	const schema = strict ? DatasetSchema : LenientDatasetSchema;
	let dataset: Dataset;
	// A dataset of the right shape is checked in place (shape.ts), and is itself the result;
	// anything else goes through valibot, which words its problems or drops unknown fields.
	if (isShaped?.(schema, raw)) dataset = raw as Dataset;
	else {
		const shaped = v.safeParse(schema, raw);
		if (!shaped.success)
			return { ok: false, errors: shaped.issues.map((i) => toDataError(i, raw)) };
		dataset = shaped.output as Dataset;
	}
	const errors = checkIntegrity(dataset, { strict });
	return errors.length ? { ok: false, errors } : { ok: true, dataset };
}

/** One error as a single line, prefixed by the file it came from. */
export function formatDataError(error: DataError, file: string): string {
	const record = error.id ? ` (id "${error.id}")` : '';
	return `${file}: ${error.path}${record}: ${error.message}`;
}
