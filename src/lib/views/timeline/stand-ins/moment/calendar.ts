/** The calendar as moment counts it in local time: leap years, month lengths, local midnights. */

/** n modulo x, never negative for a positive x (unlike %), as moment's mod. */
export const mod = (n: number, x: number): number => ((n % x) + x) % x;
/** Gregorian leap years, proleptic before 1582 as in Date and moment. */
export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month of a year; a month past December or before January counts into the next or
 * previous years. */
export function daysInMonth(year: number, month: number): number {
	if (isNaN(year) || isNaN(month)) return NaN;
	const m = mod(month, 12);
	return m === 1 ? (isLeapYear(year + (month - m) / 12) ? 29 : 28) : 31 - ((m % 7) % 2);
}

/** Weekday (0 is Sunday) of 1 January, in UTC so that no zone or 0–99 year mapping interferes. */
export function jan1Weekday(year: number): number {
	const date = new Date(0);
	date.setUTCFullYear(year, 0, 1);
	return date.getUTCDay();
}

// moment's local start of a day. Date maps years 0–99 to 1900–1999, so moment takes those 400
// years (a whole calendar cycle) later, less the milliseconds in 400 years.
const MS_PER_400_YEARS = (365 * 400 + 97) * 864e5;
export const localMidnight = (y: number, m: number, d: number): number =>
	y < 100 && y >= 0 ? +new Date(y + 400, m, d) - MS_PER_400_YEARS : +new Date(y, m, d);
