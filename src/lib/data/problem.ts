/**
 * A data problem as one line. Apart from input.ts so the page can word a problem without
 * loading the parsers (and the CSV library) that find them.
 */
import type { DataError } from '../model/parse.ts';

/** One problem as a line: `events[12].date: expected …, found …`, with the record's id if known. */
export function formatProblem(problem: DataError): string {
	return `${problem.path}${problem.id ? ` (id "${problem.id}")` : ''}: ${problem.message}`;
}
