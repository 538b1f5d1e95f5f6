/**
 * Time-axis ticks in any of our calendars. Ticks sit on the calendar's own boundaries (1 Mehr,
 * 1 Muharram, 1 January), not on Gregorian ticks relabelled: Jalali and Hijri months begin on
 * other days than Gregorian ones, so a relabelled tick would name the wrong day.
 */
import {
	type Calendar,
	type CalendarDate,
	MIN_MONTH_DAYS,
	MIN_YEAR_DAYS,
	formatMonthName,
	fromCalendarDate,
	fromDayNumber,
	toCalendarDate,
	toDayNumber,
	toMonthLength,
} from './calendar.ts';
import { formatDay, formatDigits, formatMonth } from './dates.ts';
import type { Lang } from './types.ts';

export type TickUnit = 'year' | 'month' | 'day';

/** A boundary on the axis: `time` is local midnight of the first day of the unit named by `parts`. */
export interface Tick {
	time: Date;
	unit: TickUnit;
	level: 'major' | 'minor';
	parts: CalendarDate;
}

interface Scale {
	unit: TickUnit;
	step: number;
}

const DAY_MS = 86_400_000;
const DAY_STEPS = [1, 2, 5, 10];
const MONTH_STEPS = [1, 2, 3, 6]; // divisors of 12, so every year starts on a tick

/**
 * The finest scale whose closest ticks are at least `minDays` apart, judged by the calendar's
 * shortest month and year. Years step 1, 2, 5, 10, 20, 50, 100 … with no upper bound.
 */
function toScale(minDays: number, cal: Calendar): Scale {
	for (const step of DAY_STEPS) if (step >= minDays) return { unit: 'day', step };
	for (const step of MONTH_STEPS)
		if (step * MIN_MONTH_DAYS[cal] >= minDays) return { unit: 'month', step };
	for (let power = 1; ; power *= 10)
		for (const step of [power, 2 * power, 5 * power])
			if (step * MIN_YEAR_DAYS[cal] >= minDays) return { unit: 'year', step };
}

/** Day number of the first day of a month (or a year, month 1) of a calendar. */
function toMonthStart(year: number, month: number, cal: Calendar): number {
	return toDayNumber(fromCalendarDate({ year, month, day: 1 }, cal)!);
}

/** Moves a year/month pair by `months`; every one of our calendars has twelve months. */
function addMonths(year: number, month: number, months: number): [number, number] {
	const index = year * 12 + month - 1 + months;
	return [Math.floor(index / 12), (index % 12) + 1];
}

/** Boundaries of one scale from the one at or before day `first` through day `last`. */
function* toBoundaries(first: number, last: number, scale: Scale, cal: Calendar) {
	const at = toCalendarDate(fromDayNumber(first), cal);
	const { unit, step } = scale;
	if (unit === 'year') {
		for (let year = Math.floor(at.year / step) * step; ; year += step) {
			const n = toMonthStart(year, 1, cal);
			if (n > last) return;
			yield { n, unit, parts: { year, month: 1, day: 1 } };
		}
	}
	let [year, month] = [at.year, unit === 'month' ? at.month - ((at.month - 1) % step) : at.month];
	for (;;) {
		const start = toMonthStart(year, month, cal);
		if (start > last) return;
		if (unit === 'month') yield { n: start, unit, parts: { year, month, day: 1 } };
		else {
			// Day 1 always, then every `step` days, skipping a last tick that would crowd the next day 1.
			const length = toMonthLength(year, month, cal);
			for (let day = 1; day === 1 || length - day + 1 >= step; day += step)
				yield { n: start + day - 1, unit, parts: { year, month, day } };
		}
		[year, month] = addMonths(year, month, unit === 'month' ? step : 1);
	}
}

/** The next unit up, as a scale: months over days, years over months, decades over years. */
function toMajorScale({ unit, step }: Scale): Scale {
	if (unit === 'day') return { unit: 'month', step: 1 };
	if (unit === 'month') return { unit: 'year', step: 1 };
	return { unit: 'year', step: 10 ** (String(step).length - 1) * 10 };
}

/**
 * Ticks for a window of `widthPx` pixels in a calendar: minor ticks at the finest step whose
 * spacing is at least `minSpacingPx`, and major ticks at the next unit up, both on the window's
 * days. Besides those, the major tick of the period already under way at `start` is included,
 * though it lies before the window, so that a view can keep its label ("Mehr 1402") at the edge.
 * Sorted by time, a major before a minor at the same time.
 */
export function toTicks(
	start: Date,
	end: Date,
	widthPx: number,
	cal: Calendar,
	minSpacingPx = 56,
): Tick[] {
	const spanDays = (end.getTime() - start.getTime()) / DAY_MS;
	const minDays = ((minSpacingPx >= 1 ? minSpacingPx : 1) * spanDays) / widthPx;
	const [first, last] = [toDayNumber(start), toDayNumber(end)];
	// Nothing to draw on an empty or inverted window, nor beyond ±90,000 years, where the aligned
	// boundaries of big year steps would fall outside the years a `Date` can hold.
	const bounded = Math.abs(first) < 33e6 && Math.abs(last) < 33e6 && minDays < 1e7;
	if (!(spanDays > 0) || !(widthPx > 0) || !bounded) return [];
	const scale = toScale(minDays, cal);
	const inWindow = (n: number) => {
		const time = fromDayNumber(n);
		// A day the zone skipped (Samoa, 30 December 2011) has no local midnight to tick at.
		return time >= start && time <= end && toDayNumber(time) === n;
	};
	const ticks: Tick[] = [];
	let before: Tick | undefined;
	for (const { n, unit, parts } of toBoundaries(first, last, toMajorScale(scale), cal)) {
		const tick: Tick = { time: fromDayNumber(n), unit, level: 'major', parts };
		if (inWindow(n)) ticks.push(tick);
		else if (tick.time < start) before = tick;
	}
	if (before) ticks.unshift(before);
	for (const { n, unit, parts } of toBoundaries(first, last, scale, cal))
		if (inWindow(n)) ticks.push({ time: fromDayNumber(n), unit, level: 'minor', parts });
	const rank = (t: Tick) => t.time.getTime() * 2 + (t.level === 'major' ? 0 : 1);
	return ticks.sort((a, b) => rank(a) - rank(b));
}

/**
 * A tick's label. Years: "1402". Months: "Mehr 1402", short "Mehr". Days: "9 Mehr 1402",
 * short "9". Views pass `short` for minor ticks, whose major tick names the rest.
 */
export function formatTick(
	tick: Tick,
	opts: { lang: Lang; cal: Calendar; short?: boolean },
): string {
	const { lang, cal, short = false } = opts;
	const { year, month, day } = tick.parts;
	if (tick.unit === 'year') return formatDigits(String(year), lang);
	if (tick.unit === 'month')
		return short ? formatMonthName(month, { lang, cal, short }) : formatMonth(year, month, opts);
	return short ? formatDigits(String(day), lang) : formatDay(tick.time, opts);
}
