/**
 * Calendar arithmetic for the three calendars our sources use. A day is a local-midnight `Date`
 * (see dates.ts) or, for counting, a day number: days since 1970-01-01 of that calendar day,
 * which no time zone or daylight-saving rule can shift.
 */
import { getDate, getMonth, getYear, newDate } from 'date-fns-jalali';
import type { Lang } from './types.ts';

export type Calendar = 'gregorian' | 'jalali' | 'hijri';

/** Every calendar, in the order a picker shows them. */
export const CALENDARS: readonly Calendar[] = ['gregorian', 'jalali', 'hijri'];

/** A day in some calendar; `month` is 1-based in every calendar. */
export interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

const DAY_MS = 86_400_000;

/** The shortest month and year of each calendar, for estimating the spacing of axis ticks. */
export const MIN_MONTH_DAYS: Readonly<Record<Calendar, number>> = {
	gregorian: 28,
	jalali: 29,
	hijri: 29,
};
export const MIN_YEAR_DAYS: Readonly<Record<Calendar, number>> = {
	gregorian: 365,
	jalali: 365,
	hijri: 354,
};

/**
 * Days since 1970-01-01 of a day of the proleptic Gregorian calendar (`monthIndex` from 0; day 0
 * is the last of the month before), counted in UTC: no time zone is consulted.
 */
export function toUtcDayNumber(year: number, monthIndex: number, day: number): number {
	const utc = new Date(0);
	utc.setUTCFullYear(year, monthIndex, day);
	return Math.round(utc.getTime() / DAY_MS);
}

/** Days since 1970-01-01 of the local calendar day of `date`; its time of day is ignored. */
export function toDayNumber(date: Date): number {
	return toUtcDayNumber(date.getFullYear(), date.getMonth(), date.getDate());
}

/** The instant Intl should format in UTC to name day number `n`: its noon. */
function toUtcNoon(n: number): Date {
	return new Date(n * DAY_MS + DAY_MS / 2);
}

/**
 * The local-midnight `Date` of a day number (01:00 where the zone skips midnight). A day the zone
 * skipped altogether (Samoa's 30 December 2011) cannot be a local `Date`: it becomes the next day.
 */
export function fromDayNumber(n: number): Date {
	const utc = new Date(n * DAY_MS);
	const date = new Date(2000, utc.getUTCMonth(), utc.getUTCDate());
	// Set the year apart: `new Date(y, …)` reads years below 100 as 19xx.
	date.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
	return date;
}

// Intl names the Umm al-Qura day of an instant; noon UTC of a day number is that calendar day.
// Made at first use: making it loads ICU's Islamic calendar (10-40 ms), which every page load
// paid, in the first script and again in the parser worker, for a calendar few readers choose.
let umalqura: Intl.DateTimeFormat | null = null;

function toHijriParts(n: number): CalendarDate {
	umalqura ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		timeZone: 'UTC',
	});
	const parts = umalqura.formatToParts(toUtcNoon(n));
	const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	// Engines give the Hijri year as `year`; some ICU versions use `relatedYear` for lunar calendars.
	const year = Number.isInteger(value('year')) ? value('year') : value('relatedYear');
	const cd = { year, month: value('month'), day: value('day') };
	if (![cd.year, cd.month, cd.day].every(Number.isInteger))
		throw new RangeError(`Intl gave no Umm al-Qura date for day ${n}`);
	return cd;
}

/** The first day (day number) of the Hijri month that contains day number `n`. */
function toHijriMonthStart(n: number): number {
	return n - (toHijriParts(n).day - 1);
}

// Day numbers of 1 Muharram 1446 (2024-07-07) and of the mean lunar year, for a first guess.
const MUHARRAM_1446 = 19_911;
const MEAN_HIJRI_YEAR = 10_631 / 30;

/** Month starts by Hijri year, filled a year at a time: 13 day numbers, months 1–12 and the next 1. */
const hijriYears = new Map<number, number[]>();

function toHijriMonthStarts(year: number): number[] {
	const cached = hijriYears.get(year);
	if (cached) return cached;
	// The guess lands within days of 1 Muharram; walk whole months to it, then step ~30 days a
	// month, each step one Intl call: Umm al-Qura months have 29 or 30 days.
	let start = toHijriMonthStart(MUHARRAM_1446 + Math.round((year - 1446) * MEAN_HIJRI_YEAR));
	for (let guard = 0; ; guard++) {
		const p = toHijriParts(start);
		const offset = (year - p.year) * 12 + (1 - p.month);
		if (offset === 0) break;
		if (guard === 24) throw new RangeError(`Intl's Umm al-Qura calendar has no year ${year}`);
		start = offset > 0 ? toHijriMonthStart(start + 30) : toHijriMonthStart(start - 1);
	}
	const starts = [start];
	for (let m = 1; m <= 12; m++) starts.push(toHijriMonthStart(starts[m - 1]! + 30));
	hijriYears.set(year, starts);
	return starts;
}

/** The year, month and day of a local day in a calendar. */
export function toCalendarDate(date: Date, cal: Calendar): CalendarDate {
	switch (cal) {
		case 'gregorian':
			return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
		case 'jalali':
			return { year: getYear(date), month: getMonth(date) + 1, day: getDate(date) };
		case 'hijri':
			return toHijriParts(toDayNumber(date));
	}
}

/** The local-midnight `Date` of a day given in a calendar, or null if that day does not exist. */
export function fromCalendarDate(parts: CalendarDate, cal: Calendar): Date | null {
	const { year, month, day } = parts;
	if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1)
		return null;
	if (cal === 'hijri') {
		const starts = toHijriMonthStarts(year);
		const start = starts[month - 1]!;
		return day <= starts[month]! - start ? fromDayNumber(start + day - 1) : null;
	}
	let date: Date;
	if (cal === 'jalali') date = newDate(year, month - 1, day);
	else {
		date = new Date(2000, month - 1, day);
		date.setFullYear(year, month - 1, day);
	}
	// Both constructors roll an out-of-range day into the next month (31 Mehr → 1 Aban): reject.
	const back = toCalendarDate(date, cal);
	return back.year === year && back.month === month && back.day === day ? date : null;
}

/** The number of days in a month of a calendar. */
export function toMonthLength(year: number, month: number, cal: Calendar): number {
	if (cal === 'hijri') {
		const starts = toHijriMonthStarts(year);
		return starts[month]! - starts[month - 1]!;
	}
	const first = fromCalendarDate({ year, month, day: 1 }, cal);
	if (!first) throw new RangeError(`no month ${year}-${month}`);
	const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
	return toDayNumber(fromCalendarDate({ ...next, day: 1 }, cal)!) - toDayNumber(first);
}

// Names. Jalali month names come from our own table: CLDR's Arabic ones are transliterations
// ("فرفردن", "تار") that Arabic-language Iranian media do not use; the rest is CLDR, via Intl.
const JALALI_MONTHS: Readonly<Record<Lang, readonly string[]>> = {
	en: words('Farvardin Ordibehesht Khordad Tir Mordad Shahrivar Mehr Aban Azar Dey Bahman Esfand'),
	fa: words('فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند'),
	ar: words('فروردين ارديبهشت خرداد تير مرداد شهريور مهر آبان آذر دي بهمن اسفند'),
};
function words(text: string): readonly string[] {
	return text.split(' ');
}
// English Gregorian names are CLDR's, written out: an English page dates every event in them,
// and the first Intl formatter a page makes loads ICU's data (20–40 ms) in the task that draws
// the first dataset. They are the same inside a date and alone; tests compare them with Intl.
const GREGORIAN_EN = {
	long: words(
		'January February March April May June July August September October November December',
	),
	short: words('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'),
};
// The Intl calendar, and a year of it, for each calendar whose names come from Intl.
const INTL_CALENDAR = {
	gregorian: ['gregory', 2024],
	hijri: ['islamic-umalqura', 1446],
} as const;

const intlNames = new Map<string, readonly string[]>();

/** Intl's twelve month names: standalone, or as they stand inside a date (fa "ژوئیهٔ ۲۰۲۴"). */
function toIntlMonthNames(
	lang: Lang,
	cal: keyof typeof INTL_CALENDAR,
	short: boolean,
	inDate: boolean,
) {
	const key = `${lang} ${cal} ${short} ${inDate}`;
	const cached = intlNames.get(key);
	if (cached) return cached;
	const month = short ? 'short' : 'long';
	const [calendar, year] = INTL_CALENDAR[cal];
	const format = new Intl.DateTimeFormat(`${lang}-u-ca-${calendar}`, {
		...(inDate ? { day: 'numeric', month, year: 'numeric' } : { month }),
		timeZone: 'UTC',
	});
	const names = Array.from({ length: 12 }, (_, i) => {
		const day = fromCalendarDate({ year, month: i + 1, day: 15 }, cal)!;
		const parts = format.formatToParts(toUtcNoon(toDayNumber(day)));
		return parts.find((p) => p.type === 'month')?.value ?? '';
	});
	intlNames.set(key, names);
	return names;
}

/**
 * The name of a month (1–12) of a calendar. `inDate` gives the form it takes inside a date, which
 * differs in some languages (Persian "ژوئیهٔ ۲۰۲۴" with ezafe, standalone "ژوئیه").
 */
export function formatMonthName(
	month: number,
	opts: { lang: Lang; cal: Calendar; short?: boolean; inDate?: boolean },
): string {
	const { lang, cal, short = false, inDate = false } = opts;
	const names =
		cal === 'jalali'
			? JALALI_MONTHS[lang]
			: cal === 'gregorian' && lang === 'en'
				? GREGORIAN_EN[short ? 'short' : 'long']
				: toIntlMonthNames(lang, cal, short, inDate);
	return names[month - 1] ?? '';
}
