/** What moment(input) reads: nothing as now, a number, a Date, a moment, or an ISO 8601 string. */
import { daysInMonth } from './calendar.ts';
import { isMoment } from './instant.ts';
import type { Moment } from './moment.ts';

export type MomentInput = Moment | Date | number | string | null | undefined;

/** The instant of `input`, as moment reads it; anything else (see index.ts) throws. */
export function toDate(input: unknown): Date {
	if (input === undefined) return new Date();
	if (input === null || input === '') return new Date(NaN);
	if (typeof input === 'number' || input instanceof Date || isMoment(input))
		return new Date(Number(input));
	if (typeof input === 'string') return parseString(input);
	throw new Error(
		`moment stand-in: cannot read a date from ${Object.prototype.toString.call(input)}`,
	);
}

// moment's extended ISO 8601 calendar dates: the time only after a full date, the zone only after
// a time. moment reads other forms matching its ISO patterns too; those throw (see index.ts).
const ISO =
	/^\s*(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d)(?::(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?(\s*Z|[+-]\d\d(?::?\d\d)?)?)?)?)?$/;

/** A date string as moment reads it: a field out of range makes an invalid date. */
function parseString(text: string): Date {
	const match = ISO.exec(text);
	if (!match)
		throw new Error(
			`moment stand-in: "${text}" is not ISO 8601 (YYYY-MM-DDTHH:mm:ss.SSSZ, or less)`,
		);
	const [, y, mo = 1, d = 1, h = 0, mi = 0, s = 0, fraction = '', zone] = match;
	const [year, month, day, hours, minutes, seconds] = [+y!, +mo - 1, +d, +h, +mi, +s];
	const millis = ~~(+`0.${fraction}` * 1000);
	const [sign = '+', zoneHours = 0, zoneMinutes = 0] = zone?.match(/[+-]|\d\d/g) ?? [];
	const offset = +zoneHours * 60 + +zoneMinutes;
	if (
		month > 11 ||
		month < 0 ||
		day < 1 ||
		day > daysInMonth(year, month) ||
		hours > 24 ||
		(hours === 24 && (minutes || seconds || millis)) ||
		minutes > 59 ||
		seconds > 59 ||
		+zoneMinutes > 59 ||
		offset > (sign === '+' ? 840 : 720)
	)
		return new Date(NaN);
	// As moment: Date maps years 0–99 to 1900–1999, so those are built 400 years (a whole calendar
	// cycle) later and the year set back; 24:00 is Date's too, midnight at the end of the day.
	const early = year < 100;
	const fields = [early ? year + 400 : year, month, day, hours, minutes, seconds, millis] as const;
	const date = zone ? new Date(Date.UTC(...fields)) : new Date(...fields);
	if (early) {
		if (zone) date.setUTCFullYear(year);
		else date.setFullYear(year);
	}
	if (zone) date.setUTCMinutes(date.getUTCMinutes() - (sign === '-' ? -offset : offset));
	return date;
}
