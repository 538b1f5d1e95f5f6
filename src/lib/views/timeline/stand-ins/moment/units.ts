/** The units moment's add, subtract, startOf, endOf, isSame and diff take, and what each is worth. */

export type Unit =
	| 'year'
	| 'quarter'
	| 'month'
	| 'week'
	| 'isoWeek'
	| 'day'
	| 'date'
	| 'hour'
	| 'minute'
	| 'second'
	| 'millisecond';

/** moment's unit names (its normalizeUnits): short form, name and plural, then lower-cased. */
const UNITS = new Map<string, Unit>();
for (const [unit, short] of [
	['year', 'y'],
	['quarter', 'Q'],
	['month', 'M'],
	['week', 'w'],
	['isoWeek', 'W'],
	['day', 'd'],
	['date', 'D'],
	['hour', 'h'],
	['minute', 'm'],
	['second', 's'],
	['millisecond', 'ms'],
] as const)
	for (const name of [short, unit.toLowerCase(), `${unit.toLowerCase()}s`]) UNITS.set(name, unit);

/** A unit name as moment reads it; no name is no unit, an unknown one throws. */
export function toUnit(name: string | undefined): Unit | undefined {
	if (!name) return undefined;
	const unit = UNITS.get(name) ?? UNITS.get(name.toLowerCase());
	if (!unit) throw new Error(`moment stand-in: unknown unit "${name}"`);
	return unit;
}

// What moment's Duration makes of one unit: calendar months, calendar days, or milliseconds.
export const MONTHS_IN: Partial<Record<Unit, number>> = { year: 12, quarter: 3, month: 1 };
export const DAYS_IN: Partial<Record<Unit, number>> = { week: 7, isoWeek: 7, day: 1 };
export const MS_IN: Partial<Record<Unit, number>> = { second: 1e3, minute: 6e4, millisecond: 1 };
/** Milliseconds in a unit, for diff; the rest (isoWeek and date too, as in moment) diff in ms. */
export const DIFF_MS: Partial<Record<Unit, number>> = {
	...MS_IN,
	hour: 36e5,
	day: 864e5,
	week: 6048e5,
};
