import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleDataset } from '../../../data/assemble.ts';
import {
	fromLooseJson,
	toCountryCode,
	toLanguage,
	toNameAndCountry,
	toSlug,
	toTopic,
} from './loose.ts';
import { parseDataset } from './parse.ts';
import { LenientDatasetSchema } from './schema.ts';
import { isShaped } from './shape.ts';
import { TEXT, tinyDataset } from './fixtures/tiny.ts';
import type { Dataset } from './types.ts';

/** Loose input → the lenient parse's dataset; fails the test with the errors if either step fails. */
function load(input: unknown): Dataset {
	const loose = fromLooseJson(input, { title: 'Test' });
	if (!loose.ok) throw new Error(JSON.stringify(loose.errors));
	const parsed = parseDataset(loose.raw, { strict: false });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.dataset;
}

function errorsOf(input: unknown): string[] {
	const loose = fromLooseJson(input);
	if (!loose.ok) return loose.errors.map((e) => `${e.path}: ${e.message}`);
	const parsed = parseDataset(loose.raw, { strict: false });
	return parsed.ok ? [] : parsed.errors.map((e) => `${e.path}: ${e.message}`);
}

const source = { id: 'src', text: TEXT };

describe('fromLooseJson', () => {
	it('turns an id-less list of dated titles into a dataset', () => {
		const data = load([
			{ date: '2024-07-30', title: 'Pezeshkian meets Ashimbayev' },
			{ date: '2023-09', title: 'Raisi meets Tokayev' },
			{ date: '2013', title: 'First meeting' },
		]);
		expect(data.title).toEqual({ en: 'Test' });
		expect(data.events.map((e) => e.id)).toEqual([
			'2024-07-30-pezeshkian-meets-ashimbayev',
			'2023-09-raisi-meets-tokayev',
			'2013-first-meeting',
		]);
		expect(data.events[0]).toEqual({
			id: '2024-07-30-pezeshkian-meets-ashimbayev',
			kind: 'reported',
			title: { en: 'Pezeshkian meets Ashimbayev' },
			summary: { en: '', passages: [] },
			date: {
				start: '2024-07-30',
				precision: 'day',
				certainty: 'stated',
				note: { en: '' },
				passages: [],
			},
			participants: [],
			topics: [],
			outcomes: [],
		});
		expect(data.events.map((e) => e.date.precision)).toEqual(['day', 'month', 'year']);
		expect([data.sources, data.passages, data.people, data.places]).toEqual([[], [], [], []]);
	});

	it('numbers repeated ids and never takes one that is given', () => {
		const data = load({
			events: [
				{ date: '2024-07-30', title: 'Talks' },
				{ id: '2024-07-30-talks-2', date: '2024-07-30', title: 'Other' },
				{ date: '2024-07-30', title: 'Talks' },
				{ date: '۲۰۲۴-۰۷-۳۰', title: 'دیدار در تهران' },
			],
		});
		expect(data.events.map((e) => e.id)).toEqual([
			'2024-07-30-talks',
			'2024-07-30-talks-2',
			'2024-07-30-talks-3',
			'2024-07-30',
		]);
		expect(data.events[3]!.title).toEqual({ en: 'دیدار در تهران' });
	});

	it('never makes a passage id or source id that is given later in the file', () => {
		const data = load({
			sources: [
				{ url: 'https://irna.ir/a', text: 'Talks in Tehran.' },
				{ id: 'irna-ir', text: 'x' },
			],
			passages: [
				{ source: 'irna-ir-2', quote: 'Talks' },
				{ id: 'irna-ir-2-q1', source: 'irna-ir-2', text: 'Tehran', start: 9, end: 15 },
				{ id: null, source: 'irna-ir-2', text: 'in', start: 6, end: 8 },
			],
			events: [{ date: '2024', title: 'x', summary: { en: 'x', passages: ['irna-ir-2-q1'] } }],
		});
		expect(data.sources.map((s) => s.id)).toEqual(['irna-ir-2', 'irna-ir']);
		expect(data.passages.map((p) => p.id)).toEqual([
			'irna-ir-2-q1-2',
			'irna-ir-2-q1',
			'irna-ir-2-q2',
		]);
	});

	it('fills English from Persian or Arabic, and reads ranges and date objects', () => {
		const data = load([
			{ date: '2024-07-30/2024-08-02', title: { fa: 'سفر' }, summary: { ar: 'زيارة' } },
			{ date: { start: '2024-07', certainty: 'inferred', note: 'From the month.' }, title: 'x' },
		]);
		expect(data.events[0]!.title).toEqual({ en: 'سفر', fa: 'سفر' });
		expect(data.events[0]!.summary).toEqual({ en: 'زيارة', ar: 'زيارة', passages: [] });
		expect(data.events[0]!.date).toMatchObject({
			start: '2024-07-30',
			end: '2024-08-02',
			precision: 'range',
		});
		expect(data.events[1]!.date).toMatchObject({
			precision: 'month',
			certainty: 'inferred',
			note: { en: 'From the month.' },
		});
	});

	it('makes people and places from names, and finds declared ones by id or name', () => {
		const data = load({
			people: [
				{ id: 'tokayev', name: { en: 'Kassym-Jomart Tokayev', fa: 'توکایف' }, country: 'KZ' },
			],
			places: [{ id: 'astana', name: 'Astana', country: 'KZ' }],
			events: [
				{
					date: '2025-12-11',
					title: 'Talks',
					participants: ['Masoud Pezeshkian (IR)', 'توکایف', { name: 'Someone', role: 'Envoy' }],
					place: 'astana',
				},
				{
					date: '2024-07-30',
					title: 'Visit',
					participants: ['tokayev', 'Masoud Pezeshkian'],
					place: 'Tehran (Iran)',
				},
			],
		});
		expect(data.people.map((p) => [p.id, p.name.en, p.country])).toEqual([
			['tokayev', 'Kassym-Jomart Tokayev', 'KZ'],
			['masoud-pezeshkian', 'Masoud Pezeshkian', 'IR'],
			['someone', 'Someone', 'ZZ'],
		]);
		expect(data.events[0]!.participants).toEqual([
			{ person: 'masoud-pezeshkian', role: { en: '' }, country: 'IR', passages: [] },
			{ person: 'tokayev', role: { en: '' }, country: 'KZ', passages: [] },
			{ person: 'someone', role: { en: 'Envoy' }, country: 'ZZ', passages: [] },
		]);
		expect(data.events[1]!.participants.map((p) => p.person)).toEqual([
			'tokayev',
			'masoud-pezeshkian',
		]);
		expect(data.events[0]!.place).toEqual({
			place: 'astana',
			country: 'KZ',
			certainty: 'stated',
			passages: [],
		});
		expect(data.places).toContainEqual({ id: 'tehran', name: { en: 'Tehran' }, country: 'IR' });
		expect(data.events[1]!.place).toMatchObject({ place: 'tehran', country: 'IR' });
	});

	it('reads topics and settings by label in any language, and drops unknown ones with a warning', () => {
		const input = [
			{ date: '2024', title: 'a', topics: ['Trade', 'تجارت', 'sports'], setting: 'Courtesy call' },
			{ date: '2024', title: 'b', topics: [{ topic: 'sports' }, 'culture'], setting: 'picnic' },
			{ date: '2024', title: 'c', topics: ['sports'] },
		];
		const loose = fromLooseJson(input);
		expect(loose.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
			'events[0].topics[2]: expected one of our topics (trade, transit, energy, agriculture, industry, culture, education, science, health, tourism, finance, caspian, regional-organisations, mobility, parliamentary, agreements), found "sports"; dropped here and in 2 more places',
			'events[1].setting.kind: expected one of our settings (state-visit, delegation-talks, press-conference, summit-sidelines, summit, inauguration, courtesy-call, bilateral-meeting), found "picnic"; dropped',
		]);
		const data = load(input);
		expect(data.events.map((e) => e.topics.map((t) => t.topic))).toEqual([
			['trade', 'trade'],
			['culture'],
			[],
		]);
		expect(data.events[0]!.setting).toMatchObject({
			kind: 'courtesy-call',
			label: { en: 'Courtesy call', fa: 'دیدار تشریفاتی' },
		});
		expect(data.events[1]!.setting).toBeUndefined();
	});

	it('locates quotes in their source, given in passages or inline where a fact cites them', () => {
		const quote = 'در دیدار «مائولن آشیمبایف»';
		const data = load({
			sources: [{ ...source, outlet: 'ILNA' }],
			passages: [{ id: 'p-meet', source: 'src', quote }],
			events: [
				{
					date: '2024-07-30',
					title: 'x',
					summary: { en: 'A meeting.', passages: ['p-meet'] },
					participants: [
						{ name: 'Ashimbayev (KZ)', passages: [{ source: 'src', quote: 'مائولن آشیمبایف' }] },
					],
					place: { name: 'Tehran', passages: [{ source: 'src', quote: 'مائولن آشیمبایف' }] },
				},
			],
		});
		const start = TEXT.indexOf(quote);
		expect(data.passages).toEqual([
			{ id: 'p-meet', source: 'src', text: quote, start, end: start + quote.length },
			{
				id: 'src-q1',
				source: 'src',
				text: 'مائولن آشیمبایف',
				start: TEXT.indexOf('مائولن'),
				end: TEXT.indexOf('مائولن') + 15,
			},
		]);
		expect(data.events[0]!.participants[0]!.passages).toEqual(['src-q1']);
		expect(data.events[0]!.place!.passages).toEqual(['src-q1']);
		expect(data.sources[0]).toMatchObject({ id: 'src', language: 'fa', outlet: { en: 'ILNA' } });
	});

	it('names a quote that is not in its source, and a source that does not exist', () => {
		expect(
			errorsOf({
				sources: [source],
				passages: [
					{ source: 'src', quote: 'not there' },
					{ source: 'nope', quote: 'x' },
				],
				events: [],
			}),
		).toEqual([
			'passages[0].quote: expected a quote that occurs in source "src", found «not there», which does not',
			'passages[1].source: expected a source id, found unknown "nope"',
		]);
	});

	it('names a malformed or impossible date at its JSON path', () => {
		expect(
			errorsOf([
				{ date: '2024-07-30', title: 'fine' },
				{ date: '30/07/2024', title: 'x' },
				{ date: '2024-02-30', title: 'y' },
			]),
		).toEqual([
			'events[1].date: expected a date like 2024-07-30, 2024-07 or 2024 (or a range 2024-07-30/2024-08-02), found "30/07/2024"',
			'events[2].date: expected a date like 2024-07-30, 2024-07 or 2024 (or a range 2024-07-30/2024-08-02), found "2024-02-30"',
		]);
	});

	it('leaves the rest to the schema, which names the path', () => {
		expect(errorsOf([{ title: 'no date' }, { date: '2024', title: 5 }])).toEqual([
			'events[0].date: expected this required field, found nothing',
			'events[1].title: expected an object, found 5',
		]);
		expect(errorsOf({ title: 'x' })).toEqual([
			'events: expected this required field, found nothing',
		]);
		expect(errorsOf('hello')).toEqual(['(root): expected an object or an array, found string']);
	});

	it('passes a dataset in the full format through unchanged', () => {
		const raw = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
		const texts = new Map(
			readdirSync('data/sources').map((f) => [f, readFileSync(`data/sources/${f}`, 'utf8')]),
		);
		const builtin = assembleDataset(raw, texts);
		const loose = fromLooseJson(builtin);
		expect(loose.ok && loose.raw).toEqual(builtin);
		expect(loose.warnings).toEqual([]);
		// Not even copied: a large file in the full format costs no time here.
		const events = (builtin as { events: unknown[] }).events;
		expect(loose.ok && (loose.raw as { events: unknown[] }).events).toBe(events);
		const passages = (builtin as { passages: unknown[] }).passages;
		expect(loose.ok && (loose.raw as { passages: unknown[] }).passages).toBe(passages);
		expect(parseDataset(tinyDataset()).ok).toBe(true);
		const tiny = fromLooseJson(tinyDataset());
		expect(tiny.ok && tiny.raw).toEqual(tinyDataset());
	});

	it('drops the JSON Schema a file names, so that a file in the full format is the dataset', () => {
		const file = JSON.parse(readFileSync('public/examples/meetings.json', 'utf8'));
		expect(file.$schema).toBe('../schema/dataset.schema.json');
		const loose = fromLooseJson(file);
		if (!loose.ok) throw new Error(JSON.stringify(loose.errors));
		expect(loose.raw).not.toHaveProperty('$schema');
		// Well shaped as it is: the check need not copy it (parse.ts) to drop the key.
		expect(isShaped(LenientDatasetSchema, loose.raw)).toBe(true);
		expect((loose.raw as { events: unknown }).events).toBe(file.events);
	});
});

describe('parseDataset(raw, { strict: false })', () => {
	const lenient = (raw: unknown) => {
		const result = parseDataset(raw, { strict: false });
		return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
	};

	it('lets facts cite nothing, where strict parsing does not', () => {
		const data = tinyDataset();
		data.events[0]!.topics[0]!.passages = [];
		expect(lenient(data)).toEqual([]);
		expect(parseDataset(data).ok).toBe(false);
	});

	it('still checks every passage given, every reference, and the calendar', () => {
		const data = tinyDataset();
		data.passages[1]!.start += 1;
		data.events[0]!.participants[0]!.person = 'nobody';
		data.events[0]!.date.weekday.day = 3;
		const errors = lenient(data);
		expect(errors).toHaveLength(3);
		expect(errors[0]).toMatch(/^passages\[1\]\.text: expected the source text at/);
		expect(errors[1]).toBe(
			'events[0].participants[0].person: expected a person id, found unknown "nobody"',
		);
		expect(errors[2]).toMatch(/^events\[0\]\.date\.weekday: expected Tuesday \(2\)/);
	});

	it('allows an empty summary, date note and role, but not an empty title', () => {
		const data = tinyDataset();
		data.events[0]!.summary.en = '';
		data.events[0]!.date.note.en = '';
		data.events[0]!.participants[0]!.role.en = '';
		expect(lenient(data)).toEqual([]);
		expect(parseDataset(data).ok).toBe(false);
		data.events[0]!.title.en = '';
		expect(lenient(data)).toEqual(['events[0].title.en: expected a non-empty string, found ""']);
	});
});

describe('helpers', () => {
	it('toSlug("Pezeshkian–Tokayev talks, Astana") is "pezeshkian-tokayev-talks-astana"', () => {
		expect(toSlug('Pezeshkian–Tokayev talks, Astana')).toBe('pezeshkian-tokayev-talks-astana');
		expect(toSlug('Élysée')).toBe('elysee');
		expect(toSlug('دیدار')).toBe('');
		expect(toSlug('a'.repeat(30) + ' ' + 'b'.repeat(30))).toBe('a'.repeat(30));
	});
	it('toCountryCode reads codes and the names we know', () => {
		expect(['ir', 'KZ', 'Iran', 'قزاقستان', 'Atlantis'].map(toCountryCode)).toEqual([
			'IR',
			'KZ',
			'IR',
			'KZ',
			null,
		]);
	});
	it('toNameAndCountry("Ali (IR)") splits off a country, not any bracket', () => {
		expect(toNameAndCountry('Ali (IR)')).toEqual({ name: 'Ali', country: 'IR' });
		expect(toNameAndCountry('Ali (the envoy)')).toEqual({ name: 'Ali (the envoy)', country: null });
	});
	it('toTopic and toLanguage', () => {
		expect(['Travel & visas', 'الطاقة', 'caspian', 'golf'].map(toTopic)).toEqual([
			'mobility',
			'energy',
			'caspian',
			null,
		]);
		expect(['دیدار', 'لقاء', 'talks'].map(toLanguage)).toEqual(['fa', 'ar', 'en']);
	});
});
