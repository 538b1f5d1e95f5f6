/**
 * Periods of the reader's calendar for a chart with more events than it has room for columns:
 * months, or years in steps of 1, 2, 5, 10 …, the finest that fits. Each event falls in the period
 * of its anchor day (the middle of a range); every period from the first to the last is there,
 * empty or not, so columns run evenly through time. Every event is in exactly one bucket.
 */
import { formatMonthName, toCalendarDate, toDayNumber, type Calendar } from '../model/calendar.ts';
import { formatDigits, formatMonth, toAnchorDate } from '../model/dates.ts';
import type { Event, Lang } from '../model/types.ts';

export interface Period {
	unit: 'month' | 'year';
	step: number;
}

export interface Bucket {
	/** Index of the period's first month: year × 12 + month − 1, in the calendar. */
	start: number;
	period: Period;
	/** Its events, in the order given. */
	events: Event[];
}

const MONTH_STEPS = [1, 2, 3, 6];

/** The periods to try, finest first: months, then years with no upper bound. */
function* toPeriods(): Generator<Period> {
	for (const step of MONTH_STEPS) yield { unit: 'month', step };
	for (let power = 1; ; power *= 10)
		for (const step of [power, 2 * power, 5 * power]) yield { unit: 'year', step };
}

const monthsOf = (p: Period) => (p.unit === 'year' ? 12 * p.step : p.step);

/** The month index (year × 12 + month − 1) of each event's anchor day, in the calendar. */
function toMonthIndexes(events: Event[], cal: Calendar): number[] {
	const byDay = new Map<number, number>();
	return events.map((e) => {
		const date = toAnchorDate(e.date);
		const day = toDayNumber(date);
		let index = byDay.get(day);
		if (index === undefined) {
			const { year, month } = toCalendarDate(date, cal);
			byDay.set(day, (index = year * 12 + month - 1));
		}
		return index;
	});
}

/**
 * `events` in the finest periods of `cal` of which at most `max` span them (at least one
 * bucket while there is an event; none without).
 */
export function toBuckets(events: Event[], cal: Calendar, max: number): Bucket[] {
	if (!events.length) return [];
	const months = toMonthIndexes(events, cal);
	const [lo, hi] = [Math.min(...months), Math.max(...months)];
	for (const period of toPeriods()) {
		const size = monthsOf(period);
		const [first, last] = [Math.floor(lo / size), Math.floor(hi / size)];
		if (last - first + 1 > Math.max(1, max)) continue;
		const buckets: Bucket[] = Array.from({ length: last - first + 1 }, (_, i) => ({
			start: (first + i) * size,
			period,
			events: [],
		}));
		events.forEach((e, i) => buckets[Math.floor(months[i]! / size) - first]!.events.push(e));
		return buckets;
	}
	return []; // unreachable: periods grow without bound
}

/**
 * A bucket's name: "2019", "2015–2019", "Mehr 1402", "Jan–Mar 2019" (a span across years names
 * both: "Nov 2019 – Jan 2020").
 */
export function formatBucket(bucket: Bucket, opts: { lang: Lang; cal: Calendar }): string {
	const { lang } = opts;
	const { start, period } = bucket;
	const end = start + monthsOf(period) - 1;
	const [y0, m0, y1, m1] = [
		Math.floor(start / 12),
		(start % 12) + 1,
		Math.floor(end / 12),
		(end % 12) + 1,
	];
	if (period.unit === 'year')
		return period.step === 1 ? formatDigits(String(y0), lang) : formatDigits(`${y0}–${y1}`, lang);
	if (period.step === 1) return formatMonth(y0, m0, opts);
	if (y0 === y1)
		return `${formatMonthName(m0, { ...opts, short: true })}–${formatMonth(y1, m1, opts)}`;
	return `${formatMonth(y0, m0, opts)} – ${formatMonth(y1, m1, opts)}`;
}
