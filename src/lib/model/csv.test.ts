import { describe, expect, it } from 'vitest';
import { fromCsv, toColumnName, toDelimiter, toRowError } from './csv.ts';
import { parseDataset } from './parse.ts';
import type { Dataset } from './types.ts';

function load(text: string): Dataset {
	const csv = fromCsv(text, { title: 'Sheet' });
	if (!csv.ok) throw new Error(JSON.stringify(csv.errors));
	const parsed = parseDataset(csv.raw, { strict: false });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.dataset;
}

function errorsOf(text: string): string[] {
	const csv = fromCsv(text);
	if (!csv.ok) return csv.errors.map((e) => `${e.path}: ${e.message}`);
	const parsed = parseDataset(csv.raw, { strict: false });
	if (parsed.ok) return [];
	return parsed.errors.map((e) => toRowError(e, csv.rows)).map((e) => `${e.path}: ${e.message}`);
}

describe('fromCsv', () => {
	it('reads dated titles, and nothing else is required', () => {
		const data = load('Date,Title\r\n2024-07-30,Talks in Tehran\r\n2023-09,Talks in New York\r\n');
		expect(data.title).toEqual({ en: 'Sheet' });
		expect(data.events.map((e) => [e.id, e.date.start, e.date.precision, e.kind])).toEqual([
			['2024-07-30-talks-in-tehran', '2024-07-30', 'day', 'reported'],
			['2023-09-talks-in-new-york', '2023-09', 'month', 'reported'],
		]);
	});

	it('reads every column, with the header in any case and spelling', () => {
		const data = load(
			[
				'ID,Date,End_Date,Kind,Title,Title_FA,title-ar,Place,Country,Participants,Summary,Summary_fa,Topics,Source Title,Source URL,Quote',
				'tehran-2024,2024-07-30,2024-07-31,mentioned,Talks,گفتگو,محادثات,Tehran,ir,"Masoud Pezeshkian (IR); Maulen Ashimbayev (KZ)",A meeting.,یک دیدار.,Trade; فرهنگ,Zamar News,https://www.example.org/a/1,در دیدار «مائولن آشیمبایف»',
			].join('\n'),
		);
		const [event] = data.events;
		expect(event).toMatchObject({
			id: 'tehran-2024',
			kind: 'mentioned',
			title: { en: 'Talks', fa: 'گفتگو', ar: 'محادثات' },
			summary: { en: 'A meeting.', fa: 'یک دیدار.', passages: ['example-org-q1'] },
			date: { start: '2024-07-30', end: '2024-07-31', precision: 'range', certainty: 'stated' },
			place: { place: 'tehran', country: 'IR', certainty: 'stated', passages: [] },
			topics: [
				{ topic: 'trade', passages: [] },
				{ topic: 'culture', passages: [] },
			],
		});
		expect(event!.participants.map((p) => [p.person, p.country])).toEqual([
			['masoud-pezeshkian', 'IR'],
			['maulen-ashimbayev', 'KZ'],
		]);
		expect(data.places).toEqual([{ id: 'tehran', name: { en: 'Tehran' }, country: 'IR' }]);
		expect(data.sources).toEqual([
			{
				id: 'example-org',
				language: 'fa',
				outlet: { en: 'example.org' },
				headline: 'Zamar News',
				url: 'https://www.example.org/a/1',
				text: 'در دیدار «مائولن آشیمبایف»',
			},
		]);
		expect(data.passages).toEqual([
			{
				id: 'example-org-q1',
				source: 'example-org',
				start: 0,
				end: 26,
				text: 'در دیدار «مائولن آشیمبایف»',
			},
		]);
	});

	it('tolerates a byte-order mark, semicolons or tabs, quoted line breaks and blank rows', () => {
		const semicolons =
			'\uFEFFdate;title;participants\n2024-07-30;"Talks; ""first"" day\nin Tehran";"A; B"\n\n2024;x;\n';
		const data = load(semicolons);
		expect(data.events.map((e) => e.title.en)).toEqual(['Talks; "first" day\nin Tehran', 'x']);
		expect(data.events[0]!.participants).toHaveLength(2);
		expect(load('date\ttitle\n2024\tx\n').events).toHaveLength(1);
	});

	it('uses the title in Persian or Arabic when there is no English one, and a source title without a quote', () => {
		const data = load('date,title_fa,source title\n2024-07-30,دیدار,ایرنا\n');
		expect(data.events[0]!.title).toEqual({ en: 'دیدار', fa: 'دیدار' });
		expect(data.sources[0]).toMatchObject({ text: 'ایرنا', headline: 'ایرنا', language: 'fa' });
		expect(data.events[0]!.summary.passages).toHaveLength(1);
	});

	it('names the row (the header is row 1) and the column of each problem', () => {
		expect(
			errorsOf(
				[
					'id,date,end date,title,kind,country',
					'a,2024-07-30,,fine,,',
					'B C,30/07/2024,,x,,',
					'a,2024-02-30,2024-13,,rumour,Persia',
				].join('\n'),
			),
		).toEqual([
			'row 3, column "id": expected an id of lower-case letters, digits and hyphens, found "B C"',
			'row 3, column "date": expected a date like 2024-07-30, 2024-07 or 2024, found "30/07/2024"',
			'row 4, column "id": expected a unique id, not a duplicate of row 2, found "a"',
			'row 4, column "date": expected a date like 2024-07-30, 2024-07 or 2024, found "2024-02-30"',
			'row 4, column "end date": expected a date like 2024-07-30, 2024-07 or 2024, or an empty cell, found "2024-13"',
			'row 4, column "kind": expected "reported" or "mentioned", or an empty cell, found "rumour"',
			'row 4, column "title": expected a title (or title_fa, title_ar), found an empty cell',
			'row 4, column "country": expected a two-letter country code such as "IR", or a country name we know, found "Persia"',
		]);
	});

	it('moves problems found after conversion to their row and column', () => {
		expect(
			errorsOf(
				'date,end date,title,precision\n2024,,a,\n2024-07-30,2024-07-01,b,\n2024-07-30,,c,month\n',
			),
		).toEqual([
			'row 3, column "end date": expected an end on or after 2024-07-30, found 2024-07-01',
			'row 4, column "date": expected YYYY-MM for precision "month", found "2024-07-30"',
		]);
	});

	it('names a missing column, a repeated one, and ignores (with a warning) the ones it does not know', () => {
		expect(errorsOf('Datum,Titel\n2024,x\n')).toEqual([
			'row 1: expected the columns "date" and "title", found "Datum", "Titel"',
		]);
		expect(errorsOf('date,title,Date\n2024,x,2025\n')).toEqual([
			'row 1, column "Date": expected each column once, found "date" again in column 3',
		]);
		const csv = fromCsv(
			'date,title,permalink,topics\n2024,x,https://x,Trade; golf\n2025,y,,golf\n',
		);
		expect(csv.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
			'row 1: expected only our columns (id, date, end date, precision, certainty, kind, title, title fa, title ar, summary, summary fa, summary ar, place, country, participants, topics, source title, source url, quote), found "permalink"; ignored',
			'row 2, column "topics": expected one of our topics (trade, transit, energy, agriculture, industry, culture, education, science, health, tourism, finance, caspian, regional-organisations, mobility, parliamentary, agreements), found "golf"; dropped here and in 1 more place',
		]);
	});

	it('names an unclosed quote, and a file with no events', () => {
		expect(errorsOf('date,title\n2024,"x\n2025,y\n')).toEqual([
			'row 2: expected a closing quote (") for a quoted cell, found none before the end of the file',
		]);
		expect(errorsOf('date,title\n\n')).toEqual(['row 2: expected a row with an event, found none']);
		expect(errorsOf('')).toEqual(['row 1: expected the columns "date" and "title", found none']);
	});
});

describe('helpers', () => {
	it('toColumnName(" End_Date ") is "end date"; aliases of the exported CSV', () => {
		expect(toColumnName(' End_Date ')).toBe('end date');
		expect(toColumnName('date_precision')).toBe('precision');
		expect(toColumnName('Title-FA')).toBe('title fa');
	});
	it('toDelimiter picks the one that splits the header into our columns', () => {
		expect(toDelimiter('date,title\n1;2')).toBe(',');
		expect(toDelimiter('date;title;"summary, long"\n')).toBe(';');
		expect(toDelimiter('date\ttitle')).toBe('\t');
		expect(toDelimiter('a|b')).toBe(',');
	});
});
