/**
 * The bytes of a user's file → a dataset, or the first problems with it. Pure: the worker runs
 * it off the main thread; tests and scripts run it in Node. JSON goes through the loose
 * normaliser and CSV through the spreadsheet reader, then both through the same lenient
 * `parseDataset` as any dataset.
 */
import { fromLooseJson } from '../model/loose.ts';
import { parseDataset, type DataError } from '../model/parse.ts';
import { isShaped } from '../model/shape.ts';
import type { Dataset } from '../model/types.ts';
import { NOT_UTF8 } from './problem.ts';
import { sniffFormat, toTitle, type DataFormat } from './sniff.ts';

export { formatProblem } from './problem.ts';

export type { DataFormat } from './sniff.ts';

/** How many problems a result carries; `total` says how many there were. */
export const MAX_PROBLEMS = 20;

export type InputResult =
	| {
			ok: true;
			format: DataFormat;
			dataset: Dataset;
			/** Things dropped or ignored (an unknown topic, an unknown column), the first few. */
			warnings: DataError[];
			warningTotal: number;
	  }
	| { ok: false; format: DataFormat | null; errors: DataError[]; total: number };

export interface InputFile {
	/** The file name, or the last part of the URL. */
	name: string;
	contentType?: string | null;
}

const fail = (format: DataFormat | null, errors: DataError[]): InputResult => ({
	ok: false,
	format,
	errors: errors.slice(0, MAX_PROBLEMS),
	total: errors.length,
});

/** Decodes UTF-8 (a byte-order mark is dropped), then `parseText`. */
export async function parseInput(bytes: Uint8Array, file: InputFile): Promise<InputResult> {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return fail(null, [NOT_UTF8]);
	}
	return parseText(text, file);
}

/**
 * A JSON or CSV text → a dataset (parsed leniently) or its first problems. Asynchronous because
 * the spreadsheet reader (with papaparse, a third of the parser) is loaded only for a CSV file:
 * a JSON link's worker starts sooner without it. `beforeCheck` sees the records as read, before
 * they are checked, and for JSON the parsed value they were read from (the worker sends a draft
 * ahead: parts.ts).
 */
export async function parseText(
	text: string,
	file: InputFile,
	{ beforeCheck }: { beforeCheck?(raw: unknown, json?: unknown): void } = {},
): Promise<InputResult> {
	const format = sniffFormat({ ...file, text });
	const title = toTitle(file.name);
	let raw: unknown;
	let json: unknown;
	let warnings: DataError[];
	let toSource = (error: DataError) => error;
	if (format === 'csv') {
		const { fromCsv, toRowError } = await import('../model/csv.ts');
		const csv = fromCsv(text, { title });
		if (!csv.ok) return fail(format, csv.errors);
		({ raw, warnings } = csv);
		toSource = (error) => toRowError(error, csv.rows);
	} else {
		const parsed = parseJson(text);
		if (!parsed.ok) return fail(format, [parsed.error]);
		json = parsed.value;
		const loose = fromLooseJson(json, { title });
		if (!loose.ok) return fail(format, loose.errors);
		({ raw, warnings } = loose);
	}
	beforeCheck?.(raw, json);
	const parsed = parseDataset(raw, { strict: false, isShaped });
	if (!parsed.ok) return fail(format, parsed.errors.map(toSource));
	return {
		ok: true,
		format,
		dataset: parsed.dataset,
		warnings: warnings.slice(0, MAX_PROBLEMS),
		warningTotal: warnings.length,
	};
}

/** JSON.parse, with a syntax error placed by line and column and shown in context. */
export function parseJson(
	text: string,
): { ok: true; value: unknown } | { ok: false; error: DataError } {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		const message = (error as Error).message;
		// Engines say where: "… at position 42" (V8, with "(line 3 column 5)" in newer ones),
		// "… at line 3 column 5 of the JSON data" (Firefox). Count from the position if given.
		const position = /position (\d+)/.exec(message);
		const lineColumn = /line (\d+) column (\d+)/.exec(message);
		let line: number, column: number, at: number;
		if (position) {
			at = Number(position[1]);
			const before = text.slice(0, at).split('\n');
			line = before.length;
			column = before.at(-1)!.length + 1;
		} else if (lineColumn) {
			[line, column] = [Number(lineColumn[1]), Number(lineColumn[2])];
			at =
				text
					.split('\n')
					.slice(0, line - 1)
					.join('\n').length +
				(line > 1 ? 1 : 0) +
				column -
				1;
		} else {
			// No place given: a truncated text ends too soon; anything else is wrong from the start.
			const ended = /end of (JSON )?(input|data)/i.test(message);
			[line, column, at] = [0, 0, ended ? text.length : 0];
		}
		const reason = message
			.replace(/^JSON\.parse: /, '')
			.replace(/,? (in JSON )?at (position \d+|line \d+ column \d+).*$/s, '')
			.replace(/ \(line \d+ column \d+\)$/, '');
		const snippet = text.slice(at, at + 20).split(/\r?\n/)[0];
		const found =
			at >= text.length ? 'the end of the file' : snippet ? `«${snippet}»` : 'a line break';
		return {
			ok: false,
			error: {
				path: line ? `line ${line}, column ${column}` : '(file)',
				message: `expected valid JSON, found ${found} (${reason})`,
			},
		};
	}
}
