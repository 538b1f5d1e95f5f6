/**
 * The only module that knows calendars. Dates in our data are calendar days, not instants, so
 * they are handled as local-midnight `Date`s built from their parts: the reader's time zone can
 * never shift a day.
 */
import { format as formatJalaliFns, newDate as newJalaliDate } from 'date-fns-jalali';
import { format as formatGregorianFns } from 'date-fns';
import type { EventDate } from './types.ts';

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
	if (month !== undefined && day !== undefined) {
		const date = new Date(year, month - 1, day);
		if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day)
			return null;
	}
	return { year, month, day };
}

/** The first day of a partial date, as local midnight. */
export function toStartDate(p: PartialDate): Date {
	const d = new Date(p.year, (p.month ?? 1) - 1, p.day ?? 1);
	d.setFullYear(p.year); // years below 100 would otherwise be read as 19xx
	return d;
}

/** The last day of a partial date, as local midnight. */
export function toEndDate(p: PartialDate): Date {
	if (p.day !== undefined) return toStartDate(p);
	if (p.month !== undefined) return new Date(p.year, p.month, 0);
	return new Date(p.year, 11, 31);
}

/** `YYYY-MM-DD` of a local date. */
export function toIsoDay(date: Date): string {
	return formatGregorianFns(date, 'yyyy-MM-dd');
}

/** The Gregorian day of a Jalali `YYYY-MM-DD`, or null if that Jalali day does not exist. */
export function jalaliToDate(jalali: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(jalali);
	if (!match) return null;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = newJalaliDate(y, m - 1, d);
	if (Number.isNaN(date.getTime())) return null;
	// date-fns-jalali rolls over out-of-range days (e.g. 31 Esfand): reject those.
	return formatJalaliFns(date, 'yyyy-MM-dd') === jalali ? date : null;
}

/** Jalali `YYYY-MM-DD` of a local date. */
export function toJalaliIso(date: Date): string {
	return formatJalaliFns(date, 'yyyy-MM-dd');
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

/** The range of days an event date may fall on: [first, last], both local midnight. */
export function toDayRange(date: EventDate): [Date, Date] {
	const start = parsePartialIso(date.start);
	if (!start) throw new RangeError(`invalid date ${date.start}`);
	const end = date.end === undefined ? start : parsePartialIso(date.end);
	if (!end) throw new RangeError(`invalid date ${date.end}`);
	return [toStartDate(start), toEndDate(end)];
}

/** The single day that stands for an event on a point-in-time axis (the middle of its range). */
export function toAnchorDate(date: EventDate): Date {
	const [first, last] = toDayRange(date);
	if (date.precision === 'day' || date.precision === 'about') return first;
	const mid = new Date((first.getTime() + last.getTime()) / 2);
	return new Date(mid.getFullYear(), mid.getMonth(), mid.getDate());
}

function formatPartial(p: PartialDate): string {
	const d = toStartDate(p);
	if (p.day !== undefined) return formatGregorianFns(d, 'd MMM yyyy');
	if (p.month !== undefined) return formatGregorianFns(d, 'MMM yyyy');
	return String(p.year);
}

/**
 * An event date as a reader should see it, honest about precision:
 * "30 Jul 2024", "Sep 2023", "2013", "10–11 Sep 2014", "2013 – 9 Sep 2014", "c. 30 Jul 2024".
 */
export function formatEventDate(date: EventDate): string {
	const start = parsePartialIso(date.start);
	if (!start) return date.start;
	switch (date.precision) {
		case 'day':
		case 'month':
		case 'year':
			return formatPartial(start);
		case 'about':
			return `c. ${formatPartial(start)}`;
		case 'range': {
			const end = date.end === undefined ? null : parsePartialIso(date.end);
			if (!end) return formatPartial(start);
			if (
				start.day !== undefined &&
				end.day !== undefined &&
				start.year === end.year &&
				start.month === end.month
			) {
				return `${start.day}–${formatPartial(end)}`;
			}
			// "Dec 2025 (by 12 Dec 2025)": a known period with a known last day inside it.
			if (
				start.day === undefined &&
				end.day !== undefined &&
				end.year === start.year &&
				(start.month === undefined || end.month === start.month)
			) {
				return `${formatPartial(start)} (by ${formatPartial(end)})`;
			}
			return `${formatPartial(start)} – ${formatPartial(end)}`;
		}
	}
}

/** The weekday name of a day-precision date, for showing next to a date a source gives with one. */
export function formatWeekday(day: number): string {
	return WEEKDAYS_EN[day] ?? '';
}
