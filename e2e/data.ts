/**
 * The dataset as the tests see it: read from disk (data/dataset.json, data/sources/*.txt), never
 * from the app, so that the app is checked against the data rather than against itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Dataset, Event, Lang } from '../src/lib/model/types.ts';

const DATA_DIR = join(import.meta.dirname, '..', 'data');

/** The four meetings every spec relies on, with what the UI must show for them. */
export const CORE = [
	{
		id: '2014-09-09-astana',
		date: '9 Sep 2014',
		people: ['Rouhani', 'Nazarbayev'],
		language: 'fa',
	},
	{
		id: '2023-09-18-new-york',
		date: '18 Sep 2023',
		people: ['Raisi', 'Tokayev'],
		language: 'ar',
	},
	{
		id: '2024-07-30-tehran',
		date: '30 Jul 2024',
		people: ['Masoud Pezeshkian', 'Maulen Ashimbayev'],
		language: 'fa',
	},
	{
		id: '2025-12-11-astana',
		date: '11 Dec 2025',
		people: ['Pezeshkian', 'Tokayev'],
		language: 'fa',
	},
] as const;

export type CoreMeeting = (typeof CORE)[number];

let cached: Dataset | undefined;

export function dataset(): Dataset {
	cached ??= JSON.parse(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8')) as Dataset;
	return cached;
}

export function event(id: string): Event {
	const found = dataset().events.find((e) => e.id === id);
	if (!found) throw new Error(`data/dataset.json has no event ${id}`);
	return found;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Accessible name of an event's timeline button: its English title and displayed date. */
export function timelineName(meeting: CoreMeeting): RegExp {
	return new RegExp(
		`${escapeRegExp(event(meeting.id).title.en)}.*${escapeRegExp(meeting.date)}|` +
			`${escapeRegExp(meeting.date)}.*${escapeRegExp(event(meeting.id).title.en)}`,
	);
}

/** English names of the people an event names as participants. */
export function participantNames(id: string): string[] {
	const people = new Map(dataset().people.map((p) => [p.id, p.name.en]));
	return event(id).participants.flatMap((p) => {
		if (!p.person) return [];
		const name = people.get(p.person);
		if (!name) throw new Error(`event ${id}: unknown person ${p.person}`);
		return [name];
	});
}

/** Every passage id an event cites, for any of its facts. */
export function eventPassages(id: string): Set<string> {
	const e = event(id);
	const ids = [
		...e.summary.passages,
		...e.date.passages,
		...(e.date.weekday ? [e.date.weekday.passage] : []),
		...(e.date.jalali ? [e.date.jalali.passage] : []),
		...(e.place?.passages ?? []),
		...e.participants.flatMap((p) => p.passages),
		...(e.setting?.passages ?? []),
		...e.topics.flatMap((t) => t.passages),
		...e.outcomes.flatMap((o) => o.passages),
	];
	return new Set(ids);
}

/**
 * The text of a source: the seed file in data/sources/ when the source names one (the ground
 * truth), else the `text` in dataset.json.
 */
export function sourceText(sourceId: string): string {
	const source = dataset().sources.find((s) => s.id === sourceId);
	if (!source) throw new Error(`data/dataset.json has no source ${sourceId}`);
	if (source.file) {
		const path = join(DATA_DIR, 'sources', basename(source.file));
		if (existsSync(path)) return readFileSync(path, 'utf8');
	}
	return source.text;
}

/**
 * A passage as the data records it (`recorded`, what its <mark> must contain) and as its offsets
 * cut it out of the source text on disk (`slice`); the two must agree.
 */
export function expectedPassage(passageId: string): {
	recorded: string;
	slice: string;
	language: string;
} {
	const passage = dataset().passages.find((p) => p.id === passageId);
	if (!passage) throw new Error(`data/dataset.json has no passage ${passageId}`);
	const source = dataset().sources.find((s) => s.id === passage.source);
	if (!source) throw new Error(`passage ${passageId}: unknown source ${passage.source}`);
	return {
		recorded: passage.text,
		slice: sourceText(passage.source).slice(passage.start, passage.end),
		language: source.language,
	};
}

/** The interface languages; each names itself in the Language select. */
export const LANGS = [
	{ lang: 'en', name: 'English', dir: 'ltr' },
	{ lang: 'fa', name: 'فارسی', dir: 'rtl' },
	{ lang: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

/** The calendars, as the URL names them and as the English Calendar select labels them. */
export const CALENDARS = [
	{ cal: 'gregorian', label: 'Gregorian', intl: 'gregory' },
	{ cal: 'jalali', label: 'Solar Hijri', intl: 'persian' },
	{ cal: 'hijri', label: 'Lunar Hijri', intl: 'islamic-umalqura' },
] as const;

export type Calendar = (typeof CALENDARS)[number]['cal'];

/** Words of the interface the specs look for, in each language. */
export const UI = {
	language: { en: 'Language', fa: 'زبان', ar: 'اللغة' },
	calendar: { en: 'Calendar', fa: 'تقویم', ar: 'التقويم' },
	// "گاه‌شمار" has a zero-width non-joiner (U+200C) between گاه and شمار.
	timeline: { en: 'Timeline', fa: 'گاه\u200cشمار', ar: 'الخط الزمني' },
	source: { en: 'Source', fa: 'منبع', ar: 'المصدر' },
	participants: { en: 'Participants', fa: 'شرکت\u200cکنندگان', ar: 'المشاركون' },
	zoomIn: { en: 'Zoom in', fa: 'بزرگ\u200cنمایی', ar: 'تكبير' },
	fitAll: { en: 'Fit all', fa: 'نمایش همه', ar: 'عرض الكل' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Solar Hijri month names as Persian readers write them (Farvardin … Esfand). */
export const JALALI_MONTHS_FA = [
	'فروردین',
	'اردیبهشت',
	'خرداد',
	'تیر',
	'مرداد',
	'شهریور',
	'مهر',
	'آبان',
	'آذر',
	'دی',
	'بهمن',
	'اسفند',
] as const;

const DIGITS: Record<Lang, string> = { en: '0123456789', fa: '۰۱۲۳۴۵۶۷۸۹', ar: '٠١٢٣٤٥٦٧٨٩' };

/** ASCII digits written as the language writes them: Persian ۰–۹, Arabic-Indic ٠–٩. */
export function localDigits(text: string, lang: Lang): string {
	return text.replace(/[0-9]/g, (d) => DIGITS[lang][Number(d)] ?? d);
}

/** An event's title as the UI shows it in `lang` (English where untranslated), digits localized. */
export function localTitle(id: string, lang: Lang): string {
	const title = event(id).title;
	return localDigits(title[lang] ?? title.en, lang);
}

/**
 * The day `isoDay` (YYYY-MM-DD, Gregorian) in a calendar as "Y-M-D", not zero-padded, worked out
 * by the test runner's own Intl (not the app's), at noon UTC so that no time zone shifts the day.
 */
export function calendarParts(isoDay: string, cal: Calendar): string {
	const intl = CALENDARS.find((c) => c.cal === cal)?.intl ?? 'gregory';
	const format = new Intl.DateTimeFormat(`en-u-ca-${intl}-nu-latn`, {
		timeZone: 'UTC',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
	});
	const parts = format.formatToParts(new Date(`${isoDay}T12:00:00Z`));
	const value = (type: string) => parts.find((p) => p.type === type)?.value;
	const year = Number(value('year') ?? value('relatedYear'));
	return `${year}-${Number(value('month'))}-${Number(value('day'))}`;
}

/** Ids of the sources an event cites (through the passages of any of its facts). */
export function eventSources(id: string): Set<string> {
	const passages = new Map(dataset().passages.map((p) => [p.id, p.source]));
	return new Set([...eventPassages(id)].map((p) => passages.get(p) ?? `unknown passage ${p}`));
}

/** Publication dates exactly as the sources print them (verbatim, digits and all). */
export function printedDates(): string[] {
	return dataset().sources.flatMap((s) => (s.published?.printed ? [s.published.printed] : []));
}
