/**
 * The shown events as a spreadsheet: UTF-8 with a byte-order mark (so Excel reads Persian and
 * Arabic as UTF-8), RFC 4180 quoting, CRLF rows, one row per event. Cells that a spreadsheet would
 * run as a formula are neutralised.
 *
 * Columns (header names are fixed, English, for scripts):
 * `id`, `kind` (reported | mentioned), `date` (ISO 8601, as precise as known: 2024-07-30, 2023-09,
 * 2013), `end_date` (inclusive, ranges only), `date_precision` (day | month | year | range |
 * about), `date_certainty` (stated | derived | inferred), `date_display` (in the chosen calendar
 * and language), `title`, `place`, `country`, `participants`, `setting`, `topics`, `outcomes`,
 * `summary`, `sources`, `permalink`. Lists are joined with "; ".
 */
import type { Catalog } from '../model/catalog.ts';
import type { Calendar } from '../model/dates.ts';
import type { Lang } from '../model/types.ts';
import { toEventFields, toSelectedEvents, type PermalinkFor } from './fields.ts';

export const CSV_COLUMNS = [
	'id',
	'kind',
	'date',
	'end_date',
	'date_precision',
	'date_certainty',
	'date_display',
	'title',
	'place',
	'country',
	'participants',
	'setting',
	'topics',
	'outcomes',
	'summary',
	'sources',
	'permalink',
] as const;

const BOM = '\uFEFF';

/**
 * One cell, safe to open: a leading `=`, `+`, `-`, `@`, tab or CR makes spreadsheets evaluate
 * the cell (OWASP "CSV injection"), so such a cell gets a leading apostrophe; then RFC 4180
 * quoting when it holds a quote, comma or line break.
 */
export function formatCsvCell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The CSV of the events `ids` (in chronological order) in pieces: the byte-order mark and the
 * header row, then a piece per row, each ending in CRLF. `total` counts them (chunks.ts).
 */
export function toCsvPieces(
	catalog: Catalog,
	ids: Iterable<string>,
	opts: { lang: Lang; cal: Calendar; permalink: PermalinkFor },
): { total: number; pieces: Iterable<string> } {
	const events = toSelectedEvents(catalog, ids);
	const line = (row: string[]) => row.map(formatCsvCell).join(',') + '\r\n';
	function* pieces(): Generator<string> {
		yield BOM + line([...CSV_COLUMNS]);
		for (const event of events) {
			const f = toEventFields(catalog, event, opts);
			const list = (items: string[]) => items.join('; ');
			yield line([
				event.id,
				event.kind,
				event.date.start,
				event.date.end ?? '',
				event.date.precision,
				event.date.certainty,
				f.date,
				f.title,
				f.place,
				f.country,
				list(f.participants),
				f.setting,
				list(f.topics),
				list(f.outcomes),
				f.summary,
				list(f.sources),
				opts.permalink(event.id),
			]);
		}
	}
	return { total: events.length + 1, pieces: { [Symbol.iterator]: pieces } };
}

/** The CSV of the events `ids` (in chronological order), with a header row. */
export function toCsv(
	catalog: Catalog,
	ids: Iterable<string>,
	opts: { lang: Lang; cal: Calendar; permalink: PermalinkFor },
): string {
	return [...toCsvPieces(catalog, ids, opts).pieces].join('');
}
