import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CALENDARS,
	type Calendar,
	MIN_MONTH_DAYS,
	MIN_YEAR_DAYS,
	fromDayNumber,
	toCalendarDate,
	toDayNumber,
} from './calendar.ts';
import { toIsoDay } from './dates.ts';
import { type Tick, formatTick, toTicks } from './ticks.ts';

const DAY_MS = 86_400_000;
const minors = (ticks: Tick[]) => ticks.filter((t) => t.level === 'minor');
const find = (ticks: Tick[], iso: string, level: Tick['level']) =>
	ticks.find((t) => toIsoDay(t.time) === iso && t.level === level);

/** Days between two neighbouring ticks at least, by the calendar's shortest month and year. */
function toMinGapDays(a: Tick, b: Tick, cal: Calendar): number {
	if (a.unit === 'year') return (b.parts.year - a.parts.year) * MIN_YEAR_DAYS[cal];
	if (a.unit === 'month') {
		const months = (b.parts.year - a.parts.year) * 12 + b.parts.month - a.parts.month;
		return months * MIN_MONTH_DAYS[cal];
	}
	return toDayNumber(b.time) - toDayNumber(a.time);
}

const windows = fc.record({
	cal: fc.constantFrom(...CALENDARS),
	first: fc.integer({
		min: toDayNumber(new Date(1980, 0, 1)),
		max: toDayNumber(new Date(2070, 0, 1)),
	}),
	// Spans from two hours to about a century, spread evenly on a log scale.
	spanDays: fc.integer({ min: -250, max: 1050 }).map((i) => Math.exp(i / 100)),
	hour: fc.integer({ min: 0, max: 23 }),
	width: fc.integer({ min: 80, max: 3000 }),
	spacing: fc.integer({ min: 30, max: 140 }),
});

describe('toTicks(start, end, width, cal, minSpacing) on random windows', () => {
	it('ticks sit on the calendar’s own day 1s, in order, spaced and bounded', () => {
		fc.assert(
			fc.property(windows, ({ cal, first, spanDays, hour, width, spacing }) => {
				const start = fromDayNumber(first);
				start.setHours(hour);
				const end = new Date(start.getTime() + spanDays * DAY_MS);
				const ticks = toTicks(start, end, width, cal, spacing);
				const pxPerDay = (width * DAY_MS) / (end.getTime() - start.getTime());
				for (const tick of ticks) {
					expect(toCalendarDate(tick.time, cal)).toEqual(tick.parts);
					expect(tick.time.getTime()).toBe(fromDayNumber(toDayNumber(tick.time)).getTime());
					if (tick.unit !== 'day') expect(tick.parts.day).toBe(1);
					if (tick.unit === 'year') expect(tick.parts.month).toBe(1);
				}
				for (const level of ['minor', 'major'] as const) {
					const row = ticks.filter((t) => t.level === level);
					// Only the major of the period under way at `start` may lie before the window.
					const inside = row.filter((t) => t.time >= start);
					expect(row.length - inside.length).toBeLessThanOrEqual(level === 'major' ? 1 : 0);
					expect(inside.every((t) => t.time <= end)).toBe(true);
					for (let i = 1; i < row.length; i++) {
						const [a, b] = [row[i - 1]!, row[i]!];
						expect(b.time.getTime()).toBeGreaterThan(a.time.getTime());
						if (level === 'minor')
							expect(toMinGapDays(a, b, cal) * pxPerDay).toBeGreaterThanOrEqual(spacing - 1e-6);
					}
				}
				expect(minors(ticks).length).toBeLessThanOrEqual(width / spacing + 2);
			}),
			{ numRuns: 300 },
		);
	});
	it('month steps are 1, 2, 3 or 6 from month 1; year steps 1-2-5 from multiples; days from day 1', () => {
		fc.assert(
			fc.property(windows, ({ cal, first, spanDays, width, spacing }) => {
				const start = fromDayNumber(first);
				const end = new Date(start.getTime() + spanDays * DAY_MS);
				const row = minors(toTicks(start, end, width, cal, spacing));
				const unit = row[0]?.unit;
				expect(row.every((t) => t.unit === unit)).toBe(true);
				if (row.length < 2 || unit === 'day') return;
				const step =
					unit === 'year'
						? row[1]!.parts.year - row[0]!.parts.year
						: (row[1]!.parts.month - row[0]!.parts.month + 12) % 12;
				expect(unit === 'year' ? /^[125]0*$/.test(String(step)) : [1, 2, 3, 6].includes(step)).toBe(
					true,
				);
				for (const t of row)
					expect(unit === 'year' ? t.parts.year % step : (t.parts.month - 1) % step).toBe(0);
			}),
			{ numRuns: 200 },
		);
	});
	it('toTicks is empty for an empty window, no width or no room for any tick', () => {
		const at = new Date(2024, 0, 1);
		expect(toTicks(at, at, 500, 'jalali')).toEqual([]);
		expect(toTicks(at, new Date(2025, 0, 1), 0, 'jalali')).toEqual([]);
		expect(toTicks(new Date(2025, 0, 1), at, 500, 'jalali')).toEqual([]);
		expect(toTicks(at, new Date(2025, 0, 1), 500, 'jalali', NaN).length).toBeGreaterThan(0);
		expect(toTicks(at, new Date(2025, 0, 1), 500, 'jalali', Infinity)).toEqual([]);
		expect(toTicks(at, new Date(2025, 0, 1), 1e-300, 'hijri')).toEqual([]);
	});
});

describe('toTicks on known windows', () => {
	const year2023: [Date, Date] = [new Date(2023, 0, 1), new Date(2023, 11, 31)];
	it('toTicks(2023, 1000px, jalali) has months on 1 Mehr 1402 (2023-09-23) under years', () => {
		const ticks = toTicks(...year2023, 1000, 'jalali');
		const mehr = find(ticks, '2023-09-23', 'minor')!;
		expect(mehr.parts).toEqual({ year: 1402, month: 7, day: 1 });
		expect(formatTick(mehr, { lang: 'en', cal: 'jalali' })).toBe('Mehr 1402');
		expect(formatTick(mehr, { lang: 'fa', cal: 'jalali' })).toBe('مهر ۱۴۰۲');
		expect(formatTick(mehr, { lang: 'en', cal: 'jalali', short: true })).toBe('Mehr');
		const nowruz = find(ticks, '2023-03-21', 'major')!;
		expect([nowruz.unit, formatTick(nowruz, { lang: 'fa', cal: 'jalali' })]).toEqual([
			'year',
			'۱۴۰۲',
		]);
		expect(ticks.some((t) => t.time.getDate() === 1 && t.unit === 'month')).toBe(false);
	});
	it('toTicks(2023, 1000px, hijri) has months on 1 Muharram 1445 (2023-07-19)', () => {
		const ticks = toTicks(...year2023, 1000, 'hijri');
		expect(find(ticks, '2023-07-19', 'minor')!.parts).toEqual({ year: 1445, month: 1, day: 1 });
		expect(find(ticks, '2023-07-19', 'major')!.unit).toBe('year');
	});
	it('toTicks(2023, 1000px, gregorian) has months on the 1st and the year on 1 January', () => {
		const ticks = minors(toTicks(...year2023, 1000, 'gregorian'));
		expect(ticks.map((t) => toIsoDay(t.time).slice(5))).toEqual(
			['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map(
				(m) => `${m}-01`,
			),
		);
	});
	it('toTicks(2023, 300px, jalali) steps 3 months: 1 Farvardin, 1 Tir, 1 Mehr, 1 Dey', () => {
		const ticks = minors(toTicks(...year2023, 300, 'jalali'));
		expect(ticks.map((t) => t.parts.month)).toEqual([1, 4, 7, 10]);
	});
	it('toTicks(Sep 2023, 800px, jalali) steps 5 days from 1 Mehr, under a "Mehr 1402" major', () => {
		const ticks = toTicks(new Date(2023, 8, 1), new Date(2023, 9, 31), 800, 'jalali');
		const mehr = ticks.filter((t) => t.parts.year === 1402 && t.parts.month === 7);
		expect(mehr.filter((t) => t.level === 'minor').map((t) => t.parts.day)).toEqual([
			1, 6, 11, 16, 21, 26,
		]);
		const major = mehr.find((t) => t.level === 'major')!;
		expect(formatTick(major, { lang: 'fa', cal: 'jalali' })).toBe('مهر ۱۴۰۲');
		expect(formatTick(mehr[2]!, { lang: 'ar', cal: 'jalali', short: true })).toBe('٦');
	});
	it('toTicks(a day, 1000px, jalali) keeps the major of the month under way before the window', () => {
		const ticks = toTicks(new Date(2024, 6, 30, 9), new Date(2024, 6, 30, 17), 1000, 'jalali');
		expect(ticks.map((t) => [toIsoDay(t.time), t.level, t.unit])).toEqual([
			['2024-07-22', 'major', 'month'],
		]);
	});
	it('toTicks(1900–2026, 500px, gregorian) steps 20 years under centuries', () => {
		const ticks = toTicks(new Date(1900, 0, 1), new Date(2026, 0, 1), 500, 'gregorian');
		expect(minors(ticks).map((t) => t.parts.year)).toEqual([
			1900, 1920, 1940, 1960, 1980, 2000, 2020,
		]);
		expect(ticks.filter((t) => t.level === 'major').map((t) => t.parts.year)).toEqual([1900, 2000]);
	});
});
