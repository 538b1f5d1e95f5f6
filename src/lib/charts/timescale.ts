/**
 * A linear time scale over calendar days, and its labelled ticks in any of our calendars. Days
 * are counted as day numbers (calendar.ts), so a daylight-saving change never bends the scale.
 */
import {
	fromCalendarDate,
	fromDayNumber,
	toCalendarDate,
	toDayNumber,
	type Calendar,
} from '../model/calendar.ts';
import { formatTick, toTicks, type Tick } from '../model/ticks.ts';
import type { Lang } from '../model/types.ts';
import type { ChartInput } from './chart.ts';
import { toText } from './marks.ts';
import type { Measure, SceneNode } from './scene.ts';

export interface TimeScale {
	/** First day of the domain and the day after its last, both local midnight. */
	start: Date;
	end: Date;
	/** Physical pixel range: `left` is where `start` falls in LTR and `end` falls in RTL. */
	left: number;
	right: number;
	rtl: boolean;
	/** x of the start of a day number (fractions allowed: 0.5 is the day's middle). */
	x: (day: number) => number;
}

/** The first day of the calendar year that holds `date`, as a day number. */
function toYearStart(date: Date, cal: Calendar): number {
	const { year } = toCalendarDate(date, cal);
	return toDayNumber(fromCalendarDate({ year, month: 1, day: 1 }, cal)!);
}

/**
 * A scale whose domain runs from the start of the calendar year of `first` to the start of the
 * year after `last` (whole years of the chosen calendar), mapped onto [left, right]; mirrored
 * when `rtl`, so time runs right to left.
 */
export function toTimeScale(
	first: Date,
	last: Date,
	cal: Calendar,
	left: number,
	right: number,
	rtl: boolean,
): TimeScale {
	const a = toYearStart(first, cal);
	const lastYear = toCalendarDate(last, cal).year;
	const b = toDayNumber(fromCalendarDate({ year: lastYear + 1, month: 1, day: 1 }, cal)!);
	return toLinearScale(a, b, left, right, rtl);
}

/**
 * A scale over the days `first`…`last` (day numbers) exactly, for a chart zoomed into a period
 * shorter than whole years: it can come down to a day or two.
 */
export function toDayScale(
	first: number,
	last: number,
	left: number,
	right: number,
	rtl: boolean,
): TimeScale {
	return toLinearScale(first, last + 1, left, right, rtl);
}

/** Days `a` (inclusive) to `b` (exclusive) laid linearly over `left`…`right`, mirrored in RTL. */
function toLinearScale(a: number, b: number, left: number, right: number, rtl: boolean): TimeScale {
	const k = (right - left) / (b - a);
	return {
		start: fromDayNumber(a),
		end: fromDayNumber(b),
		left,
		right,
		rtl,
		x: rtl ? (day) => right - (day - a) * k : (day) => left + (day - a) * k,
	};
}

export interface AxisTick {
	tick: Tick;
	x: number;
	/** The label, or null where it would collide with a neighbour's (the tick is still drawn). */
	label: string | null;
	/** Physical extent of the label, for collision tests. */
	box: [number, number] | null;
}

/** Pixels between a tick and its label, which follows it in reading direction. */
const LABEL_GAP = 3;

/**
 * Ticks of the scale's domain in the calendar (on its own month and year boundaries), labelled
 * so that no two labels overlap: majors are labelled first, then minors where there is room; a
 * minor tick on a major one is labelled once, by the major; the domain's last boundary is not.
 */
export function toAxisTicks(
	scale: TimeScale,
	opts: { lang: Lang; cal: Calendar; measure: Measure; size: number },
): AxisTick[] {
	const width = Math.abs(scale.right - scale.left);
	const ticks = toTicks(scale.start, scale.end, width, opts.cal).filter(
		(t) => t.time >= scale.start,
	);
	const majors = new Set(ticks.filter((t) => t.level === 'major').map((t) => t.time.getTime()));
	const kept = ticks.filter((t) => t.level === 'major' || !majors.has(t.time.getTime()));
	const taken: [number, number][] = [];
	const out = kept.map((tick) => ({ tick, x: scale.x(toDayNumber(tick.time)) }));
	const labelled = new Map<Tick, [string, [number, number]]>();
	for (const level of ['major', 'minor'] as const)
		for (const { tick, x } of out) {
			if (tick.level !== level || tick.time >= scale.end) continue;
			const text = formatTick(tick, { ...opts, short: level === 'minor' });
			const w = opts.measure(text, opts.size, level === 'major' ? 700 : 400);
			const box: [number, number] = scale.rtl
				? [x - LABEL_GAP - w, x - LABEL_GAP]
				: [x + LABEL_GAP, x + LABEL_GAP + w];
			const inside = box[0] >= scale.left - 2 && box[1] <= scale.right + 2;
			if (!inside || taken.some(([a, b]) => box[0] < b + 6 && box[1] > a - 6)) continue;
			taken.push(box);
			labelled.set(tick, [text, box]);
		}
	return out.map(({ tick, x }) => {
		const found = labelled.get(tick);
		return { tick, x, label: found?.[0] ?? null, box: found?.[1] ?? null };
	});
}

/** The axis at y = `axis`: grid lines up to `top`, the baseline, and the tick labels under it. */
export function drawAxis(
	input: Pick<ChartInput, 'palette' | 'dir' | 'lang'>,
	scale: TimeScale,
	ticks: AxisTick[],
	top: number,
	axis: number,
): SceneNode[] {
	const { palette, dir, lang } = input;
	const nodes: SceneNode[] = [];
	for (const { tick, x } of ticks) {
		const major = tick.level === 'major';
		nodes.push({
			type: 'line',
			x1: x,
			y1: top,
			x2: x,
			y2: axis + 4,
			stroke: palette.border,
			strokeWidth: 1,
			...(major ? {} : { dash: '2 3' }),
		});
	}
	nodes.push({
		type: 'line',
		x1: scale.left - 10,
		y1: axis,
		x2: scale.right + 10,
		y2: axis,
		stroke: palette.muted,
		strokeWidth: 1,
	});
	for (const { tick, label, box } of ticks)
		if (label && box)
			nodes.push(
				toText(box[0], axis + 16, label, 'left', {
					size: 11,
					weight: tick.level === 'major' ? 700 : 400,
					fill: palette.muted,
					dir,
					lang,
				}),
			);
	return nodes;
}
