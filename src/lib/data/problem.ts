/**
 * A data problem as one line. Apart from input.ts so the page can word a problem without
 * loading the parsers (and the CSV library) that find them.
 */
import type { DataError } from '../model/parse.ts';
import type { InputResult } from './input.ts';

/** One problem as a line: `events[12].date: expected …, found …`, with the record's id if known. */
export function formatProblem(problem: DataError): string {
	return `${problem.path}${problem.id ? ` (id "${problem.id}")` : ''}: ${problem.message}`;
}

/** A file that is not UTF-8 text (what a spreadsheet saves unless asked for "CSV UTF-8"). */
export const NOT_UTF8: DataError = {
	path: '(file)',
	message:
		'expected UTF-8 text, found bytes that are not UTF-8 (from a spreadsheet, save as "CSV UTF-8")',
};

/** The result for a file that failed with one problem before any record could be checked. */
export const toFailure = (error: DataError): InputResult => ({
	ok: false,
	format: null,
	errors: [error],
	total: 1,
});
