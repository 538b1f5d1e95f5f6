/**
 * A chronology kept in a spreadsheet → our full format, ready for
 * `parseDataset(raw, { strict: false })`. One row per event, under a header row whose names are
 * matched without regard to case, spaces, `_` or `-` (`End date`, `end_date`). UTF-8, with or
 * without a byte-order mark; RFC 4180 quoting; `,`, `;` or tab between cells, whichever the header
 * uses. Only `date` and a title are required; see `CSV_COLUMNS` and the README for the rest.
 *
 * A spreadsheet holds no article, so a row's `quote` becomes a source whose text is the quote
 * itself, cited in full by the event's summary: the citation still leads to the words and the
 * source's title and link. Without a quote, the source title (or URL) stands in as the text.
 *
 * Errors name the row as a spreadsheet numbers it (the header is row 1) and the column.
 * Papa Parse reads the cells: a well-kept RFC 4180 parser, loaded only where files are opened.
 */
import Papa from 'papaparse';
import type { DataError } from './integrity.ts';
import {
	DATE_EXPECTED,
	Dropped,
	IdSet,
	TOPICS_EXPECTED,
	fromLooseJson,
	toCountryCode,
	toIsoDate,
	toLanguage,
	toSlug,
	toTopic,
} from './loose.ts';

/** The columns we read, by their normalised header names. */
export const CSV_COLUMNS = [
	'id',
	'date',
	'end date',
	'precision',
	'certainty',
	'kind',
	'title',
	'title fa',
	'title ar',
	'summary',
	'summary fa',
	'summary ar',
	'place',
	'country',
	'participants',
	'topics',
	'source title',
	'source url',
	'quote',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Other names a column goes by, e.g. in the CSV the app exports. */
const ALIASES: Readonly<Record<string, CsvColumn>> = {
	end: 'end date',
	'date precision': 'precision',
	'date certainty': 'certainty',
	'title en': 'title',
	'summary en': 'summary',
};

export type CsvResult =
	| {
			ok: true;
			raw: unknown;
			warnings: DataError[];
			/** The spreadsheet row of each event, for `toRowError`. */
			rows: number[];
	  }
	| { ok: false; errors: DataError[]; warnings: DataError[] };

const DELIMITERS = [',', ';', '\t'] as const;
const LIST = /[;؛]/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** A header cell as we match it: `End_Date ` → `end date`. */
export function toColumnName(header: string): string {
	const name = header
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, ' ');
	return ALIASES[name] ?? name;
}

/** The delimiter under which the header row names the most of our columns (`,` if none). */
export function toDelimiter(text: string): string {
	const header = text.slice(0, text.search(/\r|\n|$/));
	const known = (d: string) =>
		header.split(d).filter((cell) => {
			const name = toColumnName(cell.replace(/^\s*"|"\s*$/g, ''));
			return (CSV_COLUMNS as readonly string[]).includes(name);
		}).length;
	return DELIMITERS.reduce((best, d) => (known(d) > known(best) ? d : best), ',');
}

/** A cell's `;`-separated items (Arabic `؛` too). */
const toList = (cell: string) =>
	cell
		.split(LIST)
		.map((item) => item.trim())
		.filter(Boolean);

const where = (row: number, column?: string) => `row ${row}${column ? `, column "${column}"` : ''}`;
const shown = (value: string) =>
	value === ''
		? 'an empty cell'
		: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Which column each cell of the header row is; problems with the header itself. */
function readHeader(cells: string[], errors: DataError[], warnings: DataError[]) {
	const columns: (CsvColumn | null)[] = [];
	const ignored: string[] = [];
	for (const [i, cell] of cells.entries()) {
		const name = toColumnName(cell);
		const known = (CSV_COLUMNS as readonly string[]).includes(name) ? (name as CsvColumn) : null;
		if (known && columns.includes(known)) {
			errors.push({
				path: where(1, cell.trim()),
				message: `expected each column once, found "${known}" again in column ${i + 1}`,
			});
			columns.push(null);
		} else {
			columns.push(known);
			if (!known && name) ignored.push(cell.trim());
		}
	}
	if (
		!columns.includes('date') ||
		!['title', 'title fa', 'title ar'].some((c) => columns.includes(c as CsvColumn))
	)
		errors.push({
			path: where(1),
			message: `expected the columns "date" and "title", found ${cells.map((c) => JSON.stringify(c.trim())).join(', ') || 'none'}`,
		});
	if (ignored.length)
		warnings.push({
			path: where(1),
			message: `expected only our columns (${CSV_COLUMNS.join(', ')}), found ${ignored.map((c) => JSON.stringify(c)).join(', ')}; ignored`,
		});
	return columns;
}

function fromPapaError(error: Papa.ParseError): DataError {
	const row = (error.row ?? 0) + 1;
	if (error.code === 'MissingQuotes')
		return {
			path: where(row),
			message:
				'expected a closing quote (") for a quoted cell, found none before the end of the file',
		};
	if (error.code === 'InvalidQuotes')
		return {
			path: where(row),
			message:
				'expected a delimiter or the end of the line after a closing quote ("), found more text',
		};
	return { path: where(row), message: `expected a CSV row, found a problem: ${error.message}` };
}

/** One row → an event in the loose format (see loose.ts), or errors naming its cells. */
class RowReader {
	readonly errors: DataError[] = [];
	readonly warnings: DataError[] = [];
	readonly sources: Record<string, unknown>[] = [];
	readonly topics = new Dropped(TOPICS_EXPECTED);
	readonly #sourceIds = new IdSet();
	readonly #idRows = new Map<string, number>();

	constructor(readonly columns: (CsvColumn | null)[]) {}

	read(cells: string[], row: number): Record<string, unknown> {
		const get = (column: CsvColumn) => cells[this.columns.indexOf(column)]?.trim() ?? '';
		const fail = (column: CsvColumn, expected: string, value = get(column)) =>
			this.errors.push({
				path: where(row, column),
				message: `expected ${expected}, found ${shown(value)}`,
			});
		const extra = cells.slice(this.columns.length).filter((c) => c.trim() !== '');
		if (extra.length)
			this.warnings.push({
				path: where(row),
				message: `expected at most ${this.columns.length} cells (one per column of the header), found ${this.columns.length + extra.length}; the rest ignored`,
			});

		const id = get('id');
		if (id && !ID.test(id)) fail('id', 'an id of lower-case letters, digits and hyphens');
		else if (id && this.#idRows.has(id))
			fail('id', `a unique id, not a duplicate of row ${this.#idRows.get(id)}`);
		else if (id) this.#idRows.set(id, row);

		const start = toIsoDate(get('date'));
		if (!start) fail('date', DATE_EXPECTED);
		const end = get('end date') ? toIsoDate(get('end date')) : undefined;
		if (end === null) fail('end date', `${DATE_EXPECTED}, or an empty cell`);
		const kind = get('kind').toLowerCase() || 'reported';
		if (kind !== 'reported' && kind !== 'mentioned')
			fail('kind', '"reported" or "mentioned", or an empty cell');
		const text = (...columns: CsvColumn[]) => {
			const [en, fa, ar] = columns.map(get);
			return { ...(en ? { en } : {}), ...(fa ? { fa } : {}), ...(ar ? { ar } : {}) };
		};
		const title = text('title', 'title fa', 'title ar');
		if (!Object.keys(title).length) fail('title', 'a title (or title_fa, title_ar)');
		const country = get('country') ? toCountryCode(get('country')) : undefined;
		if (country === null)
			fail('country', 'a two-letter country code such as "IR", or a country name we know');
		const place = get('place');

		const topics = toList(get('topics')).flatMap((t) => {
			const topic = toTopic(t);
			if (!topic) this.topics.add(t, where(row, 'topics'));
			return topic ?? [];
		});

		const summary: Record<string, unknown> = text('summary', 'summary fa', 'summary ar');
		const quoted = get('quote') || get('source title') || get('source url');
		if (quoted) {
			const source = this.#toSource(get('source title'), get('source url'), quoted);
			this.sources.push(source);
			summary.passages = [{ source: source.id, quote: quoted }];
		}
		return {
			...(id ? { id } : {}),
			kind,
			title,
			summary,
			date: {
				start,
				...(end ? { end } : {}),
				...(get('precision') ? { precision: get('precision').toLowerCase() } : {}),
				...(get('certainty') ? { certainty: get('certainty').toLowerCase() } : {}),
			},
			...(place || country ? { place: place ? { name: place, country } : { country } } : {}),
			participants: toList(get('participants')),
			topics,
		};
	}

	#toSource(title: string, url: string, text: string): Record<string, unknown> & { id: string } {
		let host = '';
		try {
			host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
		} catch {
			// Not an absolute URL: kept as written, named by its title.
		}
		const id = this.#sourceIds.claim(toSlug(host || title) || 'source');
		return {
			id,
			language: toLanguage(text),
			outlet: { en: host || title || 'Unnamed source' },
			...(title ? { headline: title } : {}),
			...(url ? { url } : {}),
			text,
		};
	}
}

/** A CSV file (its text) → the full format, or errors naming row and column. */
export function fromCsv(text: string, opts: { title?: string } = {}): CsvResult {
	const body = text.replace(/^\uFEFF/, '');
	const parsed = Papa.parse<string[]>(body, {
		delimiter: toDelimiter(body),
		skipEmptyLines: false,
	});
	const errors: DataError[] = parsed.errors.map(fromPapaError);
	const warnings: DataError[] = [];
	const [header = [], ...records] = parsed.data;
	const reader = new RowReader(readHeader(header, errors, warnings));
	const events: unknown[] = [];
	const rows: number[] = [];
	if (!errors.length)
		records.forEach((cells, i) => {
			if (cells.every((c) => c.trim() === '')) return;
			events.push(reader.read(cells, i + 2));
			rows.push(i + 2);
		});
	errors.push(...reader.errors);
	warnings.push(...reader.warnings, ...reader.topics.toWarnings());
	if (!errors.length && !events.length)
		errors.push({ path: where(2), message: 'expected a row with an event, found none' });
	if (errors.length) return { ok: false, errors, warnings };
	const loose = fromLooseJson(
		{ title: opts.title ?? 'Untitled dataset', sources: reader.sources, events },
		opts,
	);
	if (!loose.ok)
		return { ok: false, errors: loose.errors.map((e) => toRowError(e, rows)), warnings };
	return { ok: true, raw: loose.raw, warnings, rows };
}

/** Which column holds each field of an event, most specific first. */
const FIELD_COLUMNS: readonly [string, CsvColumn][] = [
	['date.end', 'end date'],
	['date.precision', 'precision'],
	['date.certainty', 'certainty'],
	['date', 'date'],
	['id', 'id'],
	['kind', 'kind'],
	['title', 'title'],
	['summary', 'summary'],
	['place.country', 'country'],
	['place', 'place'],
	['participants', 'participants'],
	['topics', 'topics'],
];

/**
 * An error found after conversion (by the schema or the integrity check), moved from its JSON
 * path to the row and column it came from: `events[3].date.end` → `row 5, column "end date"`.
 */
export function toRowError(error: DataError, rows: readonly number[]): DataError {
	const match = /^events\[(\d+)\]\.?(.*)$/.exec(error.path);
	const row = match ? rows[Number(match[1])] : undefined;
	if (!match || row === undefined) return error;
	const field = match[2]!;
	const column = FIELD_COLUMNS.find(
		([f]) => field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`),
	);
	return { path: where(row, column?.[1]), id: error.id, message: error.message };
}
