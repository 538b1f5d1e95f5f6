import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../../../scripts/gen-synthetic.ts';
import { formatPeriod, toBoundaries } from './periods.ts';
import { CALENDARS } from '../../model/calendar.ts';
import {
	countIn,
	countMarks,
	toIndexAt,
	toLaneIndex,
	toMarks,
	type LaneIndex,
} from './aggregate.ts';

const dataset = generateSynthetic({ n: 10_000, seed: 1 });
const lanes = toLaneIndex(dataset.events);
const times = lanes.flatMap((l) => [...l.times]);
const [first, last] = [Math.min(...times), Math.max(...times)];

function marksOf(
	lane: LaneIndex,
	from: number,
	to: number,
	widthPx: number,
	cal: (typeof CALENDARS)[number],
) {
	return toMarks(lane, from, to, toBoundaries(from, to, widthPx, cal, 64), 40);
}

describe('toLaneIndex', () => {
	it('puts every event in one lane, in time order', () => {
		expect(lanes.reduce((n, l) => n + l.events.length, 0)).toBe(10_000);
		for (const lane of lanes)
			for (let i = 1; i < lane.times.length; i++)
				expect(lane.times[i]!).toBeGreaterThanOrEqual(lane.times[i - 1]!);
	});
});

describe('toIndexAt', () => {
	it('finds the first time at or after (or strictly after) a time', () => {
		const t = Float64Array.from([1, 2, 2, 3]);
		expect([toIndexAt(t, 2), toIndexAt(t, 2, true), toIndexAt(t, 0), toIndexAt(t, 9)]).toEqual([
			1, 3, 0, 4,
		]);
	});
});

describe('toMarks', () => {
	const calendars = CALENDARS;
	// From the whole span (fit all) down to a fortnight, halving the window each step.
	const zooms = Array.from({ length: 12 }, (_, i) => (last - first + 2) / 2 ** i);

	it('accounts for all 10,000 events at the fit-all zoom, in every calendar', () => {
		for (const cal of calendars) {
			const marks = lanes.flatMap((l) => marksOf(l, first - 1, last + 1, 1200, cal));
			expect(countMarks(marks)).toBe(10_000);
			expect(marks.some((m) => m.kind === 'cluster')).toBe(true);
			// Bounded: one mark per period at most, whatever N is.
			expect(marks.length).toBeLessThan(200);
		}
	});

	it('counts add up to the events in the range at every zoom level, none lost or doubled', () => {
		for (const cal of calendars)
			for (const span of zooms) {
				const centre = first + (last - first) * 0.37;
				const [from, to] = [centre - span / 2, centre + span / 2];
				for (const lane of lanes) {
					const marks = marksOf(lane, from, to, 3600, cal);
					expect(countMarks(marks)).toBe(countIn(lane, from, to));
					const ids = marks.flatMap((m) =>
						m.kind === 'event' ? [m.event.id] : m.events.map((e) => e.id),
					);
					expect(new Set(ids).size).toBe(ids.length);
				}
			}
	});

	it('puts each event of a cluster inside its period', () => {
		const lane = lanes[0]!;
		for (const mark of marksOf(lane, first - 1, last + 1, 1200, 'jalali'))
			if (mark.kind === 'cluster')
				for (const e of mark.events) {
					const t = lane.times[lane.events.indexOf(e)]!;
					expect(t).toBeGreaterThanOrEqual(mark.start);
					expect(t).toBeLessThanOrEqual(mark.end);
				}
	});

	it('draws events one by one when few enough, and a lone event in a period as itself', () => {
		const lane: LaneIndex = {
			lane: 'context',
			events: dataset.events.slice(0, 3),
			times: Float64Array.from([10, 20, 95]),
		};
		expect(toMarks(lane, 0, 100, [50], 5).map((m) => m.kind)).toEqual(['event', 'event', 'event']);
		const marks = toMarks(lane, 0, 100, [50], 2);
		expect(marks.map((m) => m.kind)).toEqual(['cluster', 'event']);
		expect(marks[0]).toMatchObject({ start: 0, end: 50 });
		// An event exactly at the range's end is in the last period, not lost.
		expect(
			countMarks(toMarks({ ...lane, times: Float64Array.from([10, 20, 100]) }, 0, 100, [50], 2)),
		).toBe(3);
	});
});

describe('formatPeriod', () => {
	const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
	it('names whole years, whole months, or the days', () => {
		const en = { lang: 'en', cal: 'gregorian' } as const;
		expect(formatPeriod(day(2015, 1, 1), day(2016, 1, 1), en)).toBe('2015');
		expect(formatPeriod(day(2010, 1, 1), day(2015, 1, 1), en)).toBe('2010–2014');
		expect(formatPeriod(day(2015, 3, 1), day(2015, 4, 1), en)).toMatch(/^Mar(ch)? 2015$/);
		expect(formatPeriod(day(2015, 3, 3), day(2015, 3, 10), en)).toMatch(/^3–9 Mar/);
	});
	it('in the Solar Hijri calendar, by its own years and months, in Persian digits', () => {
		// 1 Farvardin 1394 = 21 March 2015; 1 Farvardin 1395 = 20 March 2016.
		const fa = { lang: 'fa', cal: 'jalali' } as const;
		expect(formatPeriod(day(2015, 3, 21), day(2016, 3, 20), fa)).toBe('۱۳۹۴');
		// 1 Mehr 1394 = 23 September 2015; 1 Aban 1394 = 23 October 2015.
		expect(formatPeriod(day(2015, 9, 23), day(2015, 10, 23), fa)).toBe('مهر ۱۳۹۴');
	});
});
