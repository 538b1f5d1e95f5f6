/**
 * Dates as our data holds them and as readers see them. Dates in our data are calendar days, not
 * instants, so they are handled as local-midnight `Date`s built from their parts: the reader's
 * time zone can never shift a day. Calendar arithmetic lives in calendar.ts; this module parses
 * partial ISO dates and formats days and event dates in any calendar and UI language.
 */
import {
	type Calendar,
	type CalendarDate,
	formatMonthName,
	fromCalendarDate,
	fromDayNumber,
	toCalendarDate,
	toDayNumber,
	toUtcDayNumber,
} from './calendar.ts';
import type { EventDate, Lang } from './types.ts';

// The calendar API is part of this module's contract, whichever file implements it.
export { CALENDARS, formatMonthName, fromCalendarDate, toCalendarDate } from './calendar.ts';
export type { Calendar, CalendarDate } from './calendar.ts';

/** A calendar day or a coarser period: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
}

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else or an impossible day. */
export function parsePartialIso(text: string): PartialDate | null {
	const match = PARTIAL_ISO.exec(text);
	if (!match) return null;
	const year = Number(match[1]);
	const month = match[2] === undefined ? undefined : Number(match[2]);
	const day = match[3] === undefined ? undefined : Number(match[3]);
	if (month !== undefined && (month < 1 || month > 12)) return null;
	if (month !== undefined && day !== undefined && (day < 1 || day > toMonthLength(year, month)))
		return null;
	return { year, month, day };
}

/**
 * Days in a month of the (proleptic) Gregorian calendar, as `Date` counts them. Counted, not
 * asked of a local `Date`: every local-time step consults the time zone, and ten thousand events
 * are parsed as a dataset opens.
 */
function toMonthLength(year: number, month: number): number {
	if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
	return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** The first day of a partial date, as local midnight. */
export function toStartDate(p: PartialDate): Date {
	const d = new Date(p.year, (p.month ?? 1) - 1, p.day ?? 1);
	if (p.year < 100) d.setFullYear(p.year); // which `new Date` would have read as 19xx
	return d;
}

/** The last day of a partial date, as local midnight. */
export function toEndDate(p: PartialDate): Date {
	if (p.day !== undefined) return toStartDate(p);
	// Day 0 of the next month is the month's last day.
	const d = new Date(p.year, p.month ?? 12, 0);
	if (p.year < 100) d.setFullYear(p.year, p.month ?? 12, 0); // which `new Date` read as 19xx
	return d;
}

/** `YYYY-MM-DD` of a local date. */
export function toIsoDay(date: Date): string {
	// By hand, not date-fns's lightFormat (its tests compare the two): 0.8 KB less in the first
	// script and again in the parser's worker.
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** The Gregorian day of a Jalali `YYYY-MM-DD`, or null if that Jalali day does not exist. */
export function jalaliToDate(jalali: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(jalali);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	return fromCalendarDate({ year, month, day }, 'jalali');
}

/** Jalali `YYYY-MM-DD` of a local date. */
export function toJalaliIso(date: Date): string {
	const { year, month, day } = toCalendarDate(date, 'jalali');
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const WEEKDAYS_EN = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
] as const;

/**
 * Day ranges and anchors by date record: a view asks for them again on every zoom and filter, and
 * ten thousand events would otherwise be parsed again each time. Records are never mutated.
 */
const dayRanges = new WeakMap<EventDate, readonly [Date, Date]>();
const anchors = new WeakMap<EventDate, number>();

/** The range of days an event date may fall on: [first, last], both local midnight. */
export function toDayRange(date: EventDate): [Date, Date] {
	let range = dayRanges.get(date);
	if (!range) {
		range = parseDayRange(date);
		dayRanges.set(date, range);
	}
	// Copies: callers may adjust the dates they get.
	return [new Date(range[0]), new Date(range[1])];
}

/** An event date's first and last parts (the start twice when it has no end); throws if invalid. */
function parseDateParts(date: EventDate): [PartialDate, PartialDate] {
	const start = parsePartialIso(date.start);
	if (!start) throw new RangeError(`invalid date ${date.start}`);
	const end = date.end === undefined ? start : parsePartialIso(date.end);
	if (!end) throw new RangeError(`invalid date ${date.end}`);
	return [start, end];
}

function parseDayRange(date: EventDate): [Date, Date] {
	const [start, end] = parseDateParts(date);
	return [toStartDate(start), toEndDate(end)];
}

/**
 * The day numbers (calendar.ts `toDayNumber`) of the first and last days an event date may fall
 * on: `toDayRange`'s days, counted from the date's parts without making local dates. A chart
 * asks for ten thousand of them as it first lays out, and every local-time step consults the
 * time zone.
 */
export function toDayNumbers(date: EventDate): [number, number] {
	const [start, end] = parseDateParts(date);
	const first = toUtcDayNumber(start.year, (start.month ?? 1) - 1, start.day ?? 1);
	// Day 0 of the next month is the month's last day.
	const last =
		end.day !== undefined
			? toUtcDayNumber(end.year, end.month! - 1, end.day)
			: toUtcDayNumber(end.year, end.month ?? 12, 0);
	return [first, last];
}

/** The single day that stands for an event on a point-in-time axis (the middle of its range). */
export function toAnchorDate(date: EventDate): Date {
	return new Date(toAnchorTime(date));
}

/** `toAnchorDate` as a time value (ms): for sorting and indexing, without a copy to make. */
export function toAnchorTime(date: EventDate): number {
	let anchor = anchors.get(date);
	if (anchor === undefined) {
		anchor = parseAnchorDate(date).getTime();
		anchors.set(date, anchor);
	}
	return anchor;
}

function parseAnchorDate(date: EventDate): Date {
	const [first, last] = toDayRange(date);
	if (date.precision === 'day' || date.precision === 'about') return first;
	// Count days, not milliseconds: a daylight-saving change inside the range would otherwise pull
	// the middle back to 23:30 of the day before.
	const [a, b] = [toDayNumber(first), toDayNumber(last)];
	return fromDayNumber(a + Math.floor((b - a) / 2));
}

const DIGITS: Readonly<Record<Lang, string>> = {
	en: '0123456789',
	fa: '۰۱۲۳۴۵۶۷۸۹',
	ar: '٠١٢٣٤٥٦٧٨٩',
};

/** ASCII digits in `text` as the language writes them: Persian ۰–۹, Arabic-Indic ٠–٩, or as is. */
export function formatDigits(text: string, lang: Lang): string {
	const digits = DIGITS[lang];
	return text.replace(/[0-9]/g, (d) => digits[Number(d)]!);
}

/** Persian ۰–۹ and Arabic-Indic ٠–٩ digits as ASCII. */
export function toAsciiDigits(text: string): string {
	return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) =>
		String((d.charCodeAt(0) - 0x0660) % 0x90),
	);
}

const NUMBERING: Readonly<Record<Lang, string>> = { en: 'latn', fa: 'arabext', ar: 'arab' };
const numberFormats = new Map<Lang, Intl.NumberFormat>();
/** The thousands separator each language groups digits with, in threes (as Intl does). */
const GROUP: Readonly<Record<Lang, string>> = { en: ',', fa: '٬', ar: '٬' };

/** A number with the language's grouping, decimal sign and digits: "1,234", "۱٬۲۳۴", "١٬٢٣٤". */
export function formatNumber(n: number, lang: Lang): string {
	// A count (the usual number) is written by hand: the first Intl.NumberFormat a page makes
	// loads ICU's number data, 20–50 ms in the task that draws a dataset first. Tests compare
	// the two.
	if (Number.isSafeInteger(n) && n >= 0)
		return formatDigits(String(n).replace(/\B(?=(\d{3})+$)/g, GROUP[lang]), lang);
	let format = numberFormats.get(lang);
	if (!format) {
		format = new Intl.NumberFormat(`${lang}-u-nu-${NUMBERING[lang]}`);
		numberFormats.set(lang, format);
	}
	return format.format(n);
}

/** The decimal sign each language writes, as Intl does. */
const DECIMAL: Readonly<Record<Lang, string>> = { en: '.', fa: '٫', ar: '٫' };
/**
 * CLDR's short names for the two units, as Intl.NumberFormat gives them (Persian keeps the Latin
 * abbreviations). Tests hold `formatSize` to Intl's output.
 */
const SIZE_UNITS: Readonly<Record<Lang, { kilobyte: string; megabyte: string }>> = {
	en: { kilobyte: 'kB', megabyte: 'MB' },
	fa: { kilobyte: 'kB', megabyte: 'MB' },
	ar: { kilobyte: 'كيلوبايت', megabyte: 'م.ب' },
};

/**
 * A file size as the language writes it, to a tenth: "1.2 MB", "۱٫۲ MB", "١٫٢ م.ب". Written by
 * hand for the same reason as counts: it shows while a dataset loads, and the Intl formatter's
 * first use (ICU's data) cost 20–70 ms there. The tenths are counted in whole numbers, so a half
 * rounds up exactly as Intl's rounding does.
 */
export function formatSize(bytes: number, lang: Lang): string {
	const mega = bytes >= 1e6;
	const tenths = Math.round(Math.max(bytes, mega ? 0 : 1) / (mega ? 1e5 : 100));
	const whole = formatNumber(Math.floor(tenths / 10), lang);
	const fraction = tenths % 10 ? DECIMAL[lang] + formatDigits(String(tenths % 10), lang) : '';
	return `${whole}${fraction} ${SIZE_UNITS[lang][mega ? 'megabyte' : 'kilobyte']}`;
}

const weekdayFormats = new Map<Lang, Intl.DateTimeFormat>();

/** The name of a weekday (0 = Sunday … 6 = Saturday); English when no language is given. */
export function formatWeekday(day: number, lang: Lang = 'en'): string {
	if (lang === 'en') return WEEKDAYS_EN[day] ?? '';
	if (!Number.isInteger(day) || day < 0 || day > 6) return '';
	let format = weekdayFormats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
		weekdayFormats.set(lang, format);
	}
	return format.format(new Date(Date.UTC(2024, 0, 7 + day, 12))); // 7 Jan 2024 was a Sunday
}

// Only Lunar Hijri years carry an era mark: 1446 could otherwise be read as a Solar Hijri year.
const ERA: Readonly<Record<Calendar, Readonly<Record<Lang, string>>>> = {
	gregorian: { en: '', fa: '', ar: '' },
	jalali: { en: '', fa: '', ar: '' },
	hijri: { en: ' AH', fa: ' ق', ar: ' هـ' },
};
const WEEKDAY_SEPARATOR: Readonly<Record<Lang, string>> = { en: ', ', fa: ' ', ar: '، ' };
const ABOUT: Readonly<Record<Lang, string>> = { en: 'c. ', fa: 'حدود ', ar: 'نحو ' };
const BY: Readonly<Record<Lang, string>> = { en: 'by', fa: 'تا', ar: 'حتى' };

type Style = { lang: Lang; cal: Calendar };

// English Gregorian months are abbreviated in dates, as before ("30 Jul 2024"); no other
// calendar or language has customary abbreviations.
const toDateMonthName = (month: number, { lang, cal }: Style) =>
	formatMonthName(month, { lang, cal, short: lang === 'en' && cal === 'gregorian', inDate: true });
const formatYear = (year: number, { lang, cal }: Style) =>
	formatDigits(String(year), lang) + ERA[cal][lang];
const formatDayMonth = ({ month, day }: CalendarDate, style: Style) =>
	`${formatDigits(String(day), style.lang)} ${toDateMonthName(month, style)}`;

/** A day in a calendar and language: "30 Jul 2024", "Tuesday, 9 Mordad 1403", "۲۴ محرم ۱۴۴۶ ق". */
export function formatDay(date: Date, opts: Style & { weekday?: boolean }): string {
	const parts = toCalendarDate(date, opts.cal);
	const day = `${formatDayMonth(parts, opts)} ${formatYear(parts.year, opts)}`;
	if (!opts.weekday) return day;
	return formatWeekday(date.getDay(), opts.lang) + WEEKDAY_SEPARATOR[opts.lang] + day;
}

/** A month of a calendar with its year, as in a date: "Sep 2023", "Mehr 1402", "ژوئیهٔ ۲۰۲۴". */
export function formatMonth(year: number, month: number, opts: Style): string {
	return `${toDateMonthName(month, opts)} ${formatDigits(String(year), opts.lang)}`;
}

/** The days first…last, sharing what they share: "10–30 Mordad 1402", "10 Shahrivar – 8 Mehr 1402". */
export function formatDays(first: Date, last: Date, style: Style): string {
	const a = toCalendarDate(first, style.cal);
	const b = toCalendarDate(last, style.cal);
	if (a.year !== b.year) return `${formatDay(first, style)} – ${formatDay(last, style)}`;
	const year = formatYear(a.year, style);
	if (a.month !== b.month)
		return `${formatDayMonth(a, style)} – ${formatDayMonth(b, style)} ${year}`;
	if (a.day === b.day) return formatDay(first, style);
	return `${formatDigits(String(a.day), style.lang)}–${formatDayMonth(b, style)} ${year}`;
}

/** A partial Gregorian date as such: "30 Jul 2024", "Sep 2023", "2013". */
function formatGregorian(p: PartialDate, style: Style): string {
	if (p.day !== undefined) return formatDay(toStartDate(p), style);
	if (p.month !== undefined) return formatMonth(p.year, p.month, style);
	return formatDigits(String(p.year), style.lang);
}

/**
 * An event date as a reader should see it, honest about precision. In the Gregorian calendar:
 * "30 Jul 2024", "Sep 2023", "2013", "10–11 Sep 2014", "2013 – 9 Sep 2014", "c. 30 Jul 2024",
 * "Dec 2025 (by 12 Dec 2025)". A Gregorian month or year maps to no Jalali or Hijri month, so in
 * those calendars a period is shown as the days it covers: Sep 2023 is "10 Shahrivar – 8 Mehr 1402".
 */
export function formatEventDate(
	date: EventDate,
	style: Style = { lang: 'en', cal: 'gregorian' },
): string {
	const start = parsePartialIso(date.start);
	if (!start) return date.start;
	const end =
		date.precision === 'range' && date.end !== undefined ? parsePartialIso(date.end) : start;
	if (!end) return formatEventDate({ ...date, precision: 'day' }, style);
	const about = date.precision === 'about' ? ABOUT[style.lang] : '';
	if (style.cal !== 'gregorian')
		return about + formatDays(toStartDate(start), toEndDate(end), style);
	if (date.precision !== 'range') return about + formatGregorian(start, style);
	const sameMonth = start.year === end.year && start.month === end.month;
	if (start.day !== undefined && end.day !== undefined && sameMonth)
		return `${formatDigits(String(start.day), style.lang)}–${formatGregorian(end, style)}`;
	// "Dec 2025 (by 12 Dec 2025)": a known period with a known last day inside it.
	if (
		start.day === undefined &&
		end.day !== undefined &&
		(sameMonth || (start.month === undefined && start.year === end.year))
	)
		return `${formatGregorian(start, style)} (${BY[style.lang]} ${formatGregorian(end, style)})`;
	return `${formatGregorian(start, style)} – ${formatGregorian(end, style)}`;
}

const CALENDAR_NOTES: Readonly<Record<Calendar, Readonly<Record<Lang, string>>>> = {
	gregorian: { en: '', fa: '', ar: '' },
	jalali: {
		en: 'Solar Hijri dates are converted day by day; a Gregorian month or year shows as the days it covers.',
		fa: 'تاریخ‌های خورشیدی روز به روز تبدیل شده‌اند؛ ماه یا سال میلادی به صورت روزهایی که در بر می‌گیرد نشان داده می‌شود.',
		ar: 'حُوّلت التواريخ الهجرية الشمسية يومًا بيوم؛ ويظهر الشهر أو العام الميلادي بالأيام التي يشملها.',
	},
	hijri: {
		en: 'Lunar Hijri dates follow the Umm al-Qura calendar; observed dates can differ by a day.',
		fa: 'تاریخ‌های قمری بر پایهٔ تقویم ام‌القری است و تاریخ رؤیت هلال ممکن است یک روز با آن فرق کند.',
		ar: 'التواريخ الهجرية وفق تقويم أم القرى، وقد تختلف التواريخ المعتمدة على رؤية الهلال بيوم.',
	},
};

/** A sentence on how dates in a calendar were obtained, for a footnote; '' for the Gregorian one. */
export function formatCalendarNote(cal: Calendar, lang: Lang): string {
	return CALENDAR_NOTES[cal][lang];
}
