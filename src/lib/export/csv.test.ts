import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, formatCsvCell, toCsv } from './csv.ts';
import {
	builtinCatalog,
	hostileCatalog,
	HOSTILE_ROLE,
	HOSTILE_SUMMARY,
	HOSTILE_TITLE,
} from './fixtures/catalog.ts';

const permalink = (id: string) => `https://example.org/?event=${id}`;

/** A small RFC 4180 reader, to read back what we wrote. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [[]];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			rows[rows.length - 1]!.push(cell);
			cell = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			rows[rows.length - 1]!.push(cell);
			cell = '';
			rows.push([]);
			i++;
		} else cell += c;
	}
	rows.pop(); // the empty row after the last CRLF
	return rows;
}

describe('formatCsvCell', () => {
	it.each([
		['=1+1', "'=1+1"],
		['+1', "'+1"],
		['-1', "'-1"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tx', "'\tx"],
		['\rx', `"'\rx"`],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['line\nbreak', '"line\nbreak"'],
		['پزشکیان', 'پزشکیان'],
		['1-2', '1-2'],
	])('formatCsvCell(%j) is %j', (input, expected) => {
		expect(formatCsvCell(input)).toBe(expected);
	});
});

describe('toCsv', () => {
	it('starts with a UTF-8 BOM and the documented header, rows end with CRLF', () => {
		const csv = toCsv(builtinCatalog(), ['2024-07-30-tehran'], {
			lang: 'en',
			cal: 'gregorian',
			permalink,
		});
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(CSV_COLUMNS.join(','));
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});

	it('has one row per chosen event, in date order, with the date in the chosen calendar', () => {
		const catalog = builtinCatalog();
		const ids = ['2025-12-11-astana', '2024-07-30-tehran', '2023-09'];
		const rows = parseCsv(toCsv(catalog, ids, { lang: 'fa', cal: 'jalali', permalink }).slice(1));
		expect(rows).toHaveLength(3); // header + two events; an unknown id is ignored
		const tehran = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
		expect(tehran).toMatchObject({
			id: '2024-07-30-tehran',
			kind: 'reported',
			date: '2024-07-30',
			end_date: '',
			date_precision: 'day',
			date_certainty: 'stated',
			date_display: '۹ مرداد ۱۴۰۳',
			permalink: 'https://example.org/?event=2024-07-30-tehran',
		});
		expect(tehran.participants).toContain('آشیمبایف');
		expect(rows[2]![0]).toBe('2025-12-11-astana');
	});

	it('neutralises formulas and quotes hostile text, which reads back unchanged after the apostrophe', () => {
		const csv = toCsv(hostileCatalog(), ['2024-07-30-tehran'], {
			lang: 'en',
			cal: 'gregorian',
			permalink,
		});
		const [, row] = parseCsv(csv.slice(1));
		const cell = (name: (typeof CSV_COLUMNS)[number]) => row![CSV_COLUMNS.indexOf(name)]!;
		expect(cell('title')).toBe(`'${HOSTILE_TITLE}`);
		expect(cell('summary')).toBe(`'${HOSTILE_SUMMARY}`);
		expect(cell('participants')).toBe(`Maulen Ashimbayev (${HOSTILE_ROLE}), Kazakhstan`);
		for (const value of row!) expect(value).not.toMatch(/^[=+\-@\t\r]/);
	});

	it('writes Persian text in the Persian export, with Persian digits in dates', () => {
		const csv = toCsv(hostileCatalog(), ['2024-07-30-tehran'], {
			lang: 'fa',
			cal: 'gregorian',
			permalink,
		});
		const [, row] = parseCsv(csv.slice(1));
		expect(row![CSV_COLUMNS.indexOf('title')]).toBe('دیدار پزشکیان و آشیمبایف');
		expect(row![CSV_COLUMNS.indexOf('summary')]).toBe("'-خلاصه");
		expect(row![CSV_COLUMNS.indexOf('date_display')]).toMatch(/۲۰۲۴/);
	});
});
