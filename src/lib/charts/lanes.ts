/**
 * The chronology's layout, as numbers: the time scale and its ticks, each band's marks with their
 * labels placed in rows (reported meetings above their lane, mentioned events below theirs), and
 * the vertical position of everything. chronology.ts turns it into a scene.
 */
import { fromDayNumber } from '../model/calendar.ts';
import { formatEventDate, toIsoDay } from '../model/dates.ts';
import { localize } from '../model/messages.ts';
import type { Event, EventDate } from '../model/types.ts';
import { toBandMarkSteps, toEventDays, type Band, type BandMark } from './bands.ts';
import { formatDate, formatPeople, formatPlace, type ChartInput } from './chart.ts';
import { fitText } from './marks.ts';
import { countRows, placeLabels, type Placement } from './rows.ts';
import { runSteps, STEP_EVENTS, type Steps } from './scene.ts';
import {
	toAxisTicks,
	toDayScale,
	toTimeScale,
	type AxisTick,
	type TimeScale,
} from './timescale.ts';
import { formatCount } from './words.ts';

/** Height of one row of labels (two lines), and of one stacking row of marks. */
export const LABEL_ROW = 34;
const SUB_ROW = 18;
/** Font sizes of a label's two lines. */
export const LABEL_SIZE = [12.5, 11.5] as const;

export interface LaneMark extends BandMark {
	/** Centre line of the mark. */
	cy: number;
	/** The label's two lines, where it goes (null: no room), and the top of its row. */
	lines: [string, string];
	placement: Placement | null;
	labelTop: number;
}

export interface Lanes {
	scale: TimeScale;
	ticks: AxisTick[];
	marks: LaneMark[];
	/** Top and bottom of each band's lane of marks. */
	reported: [number, number];
	mentioned: [number, number];
	/** The axis line; the content ends at `bottom`, below the tick labels. */
	axis: number;
	bottom: number;
}

/** The date a group of events may fall on, as one range: "1–12 Dec 2025". */
export function formatSpan(input: ChartInput, first: number, last: number): string {
	const [start, end] = [first, last].map((n) => toIsoDay(fromDayNumber(n))) as [string, string];
	const date: EventDate = {
		start,
		...(start === end ? { precision: 'day' } : { end, precision: 'range' }),
		certainty: 'stated',
		note: { en: '' },
		passages: [],
	};
	return formatEventDate(date, { lang: input.lang, cal: input.cal });
}

/** What a date's wording depends on (formatEventDate reads no more): equal keys, equal wording. */
function toDateKey(date: EventDate): string {
	return `${date.start} ${date.end ?? ''} ${date.precision}`;
}

/** A mark's label: who, then where and when; an event's title, then when; or how many, when. */
function toLines(input: ChartInput, mark: BandMark): [string, string] {
	const sep = ' · ';
	const event = mark.events[0]!;
	if (mark.events.length > 1) {
		const places = [...new Set(mark.events.map((e) => formatPlace(input, e)))];
		const count = formatCount(mark.events.length, input.lang);
		const where = places.length === 1 && places[0] ? `${count}${sep}${places[0]}` : count;
		// Events that share one date keep its wording ("Dec 2025 (by 12 Dec 2025)"). Dates are
		// compared as data first: formatting every date of a cell of hundreds would be slow.
		const keys = new Set(mark.events.map((e) => toDateKey(e.date)));
		const dates = keys.size === 1 ? [formatDate(input, event)] : [];
		if (keys.size > 1 && keys.size <= 8)
			dates.push(...new Set(mark.events.map((e) => formatDate(input, e))));
		const when = dates.length === 1 ? dates[0]! : formatSpan(input, mark.first, mark.last);
		return [where, when];
	}
	const place = formatPlace(input, event);
	const when = formatDate(input, event);
	if (mark.band === 'reported')
		return [formatPeople(input, event, true), place ? `${place}${sep}${when}` : when];
	return [localize(event.title, input.lang), when];
}

/**
 * What the chronology's layout is across, whatever its height: the time scale, its ticks, each
 * band's marks (in labelling order: earlier first) with their labels' text and width. Laid out
 * once per width; `placeLanes` then fits it into rows as many times as a height asks.
 */
export interface LaneBase {
	scale: TimeScale;
	ticks: AxisTick[];
	marks: BandMark[];
	labels: Record<Band, { mark: BandMark; x: number; width: number; lines: [string, string] }[]>;
	left: number;
	right: number;
	rtl: boolean;
}

/** The across part of the chronology of `events` between x = left…right (see LaneBase). */
export function toLaneBase(
	input: ChartInput,
	events: Event[],
	box: { left: number; right: number },
): LaneBase {
	return runSteps(toLaneBaseSteps(input, events, box));
}

/** `toLaneBase` a step at a time: the marks (bands.ts), then each band's labels. */
export function* toLaneBaseSteps(
	input: ChartInput,
	events: Event[],
	box: { left: number; right: number },
): Steps<LaneBase> {
	const { measure, dir, cal, lang } = input;
	const rtl = dir === 'rtl';
	let [a, b] = [Infinity, -Infinity];
	// The first layout of a dataset reads every event's dates here: a step per thousand.
	for (let i = 0; i < events.length; i++) {
		if (i % STEP_EVENTS === STEP_EVENTS - 1) yield;
		const [p, q] = toEventDays(events[i]!);
		[a, b] = [Math.min(a, p), Math.max(b, q)];
	}
	const [first, last] = [fromDayNumber(a), fromDayNumber(b)];
	// Inset the scale so that a dot or badge at the very first or last day stays inside. Zoomed
	// into a period, the scale is that period's days, and longer events run off its ends.
	const range = input.range;
	const scale = range
		? toDayScale(range[0], range[1], box.left + 10, box.right - 10, rtl)
		: toTimeScale(first, last, cal, box.left + 10, box.right - 10, rtl);
	const ticks = toAxisTicks(scale, { lang, cal, measure, size: 11 });
	yield;
	const marks = yield* toBandMarkSteps(events, scale, { radius: 6, minBar: 8, badge: 9.5 });
	const maxWidth = (band: Band) =>
		Math.min(band === 'reported' ? 240 : 170, (box.right - box.left) * 0.48);
	const toLabels = (band: Band) =>
		// Earlier events are labelled first, whichever way time runs on the page.
		marks
			.filter((m) => m.band === band)
			.sort((p, q) => p.first - q.first)
			.map((mark) => {
				const [a, b] = toLines(input, mark);
				const weight = band === 'reported' ? 700 : 400;
				const lines: [string, string] = [
					fitText(a, maxWidth(band), LABEL_SIZE[0], measure, weight),
					fitText(b, maxWidth(band), LABEL_SIZE[1], measure),
				];
				const width = Math.max(
					measure(lines[0], LABEL_SIZE[0], weight),
					measure(lines[1], LABEL_SIZE[1]),
				);
				return { mark, x: (mark.a + mark.b) / 2, width, lines };
			});
	yield;
	const reported = toLabels('reported');
	yield;
	const labels = { reported, mentioned: toLabels('mentioned') };
	return { scale, ticks, marks, labels, left: box.left, right: box.right, rtl };
}

/** The chronology laid out from y = `top` down, with at most `maxRows` rows of labels per band. */
export function placeLanes(base: LaneBase, top: number, maxRows: Record<Band, number>): Lanes {
	const { scale, ticks, marks: bandMarks } = base;
	const placed = new Map<BandMark, { lines: [string, string]; placement: Placement | null }>();
	const rows: Record<Band, number> = { reported: 0, mentioned: 0 };
	for (const band of ['reported', 'mentioned'] as const) {
		const labels = base.labels[band];
		const placements = placeLabels(labels, {
			left: base.left,
			right: base.right,
			maxRows: maxRows[band],
			prefer: base.rtl ? 'left' : 'right',
		});
		labels.forEach((l, i) =>
			placed.set(l.mark, { lines: l.lines, placement: placements[i] ?? null }),
		);
		rows[band] = countRows(placements);
	}

	const subs = (band: Band) =>
		Math.max(1, ...bandMarks.filter((m) => m.band === band).map((m) => m.sub + 1));
	// Reported: label rows, then the lane, its stacking row 0 nearest the labels.
	const reportedTop = top + rows.reported * LABEL_ROW + 4;
	const reported: [number, number] = [reportedTop, reportedTop + subs('reported') * SUB_ROW];
	const mentioned: [number, number] = [
		reported[1] + 6,
		reported[1] + 6 + subs('mentioned') * SUB_ROW,
	];
	const axis = mentioned[1] + 4 + rows.mentioned * LABEL_ROW + 8;
	const marks = bandMarks.map((m): LaneMark => {
		const { lines, placement } = placed.get(m)!;
		const up = m.band === 'reported';
		const cy = up
			? reported[0] + SUB_ROW / 2 + m.sub * SUB_ROW
			: mentioned[1] - SUB_ROW / 2 - m.sub * SUB_ROW;
		const row = placement?.row ?? 0;
		const labelTop = up
			? reported[0] - 4 - (row + 1) * LABEL_ROW
			: mentioned[1] + 4 + row * LABEL_ROW;
		return { ...m, cy, lines, placement, labelTop };
	});
	return { scale, ticks, marks, reported, mentioned, axis, bottom: axis + 22 };
}

/**
 * Lays out the chronology of `events` between x = left…right from y = top down, with at most
 * `maxRows` rows of labels per band.
 */
export function toLanes(
	input: ChartInput,
	events: Event[],
	box: { left: number; right: number; top: number },
	maxRows: Record<Band, number>,
): Lanes {
	return placeLanes(toLaneBase(input, events, box), box.top, maxRows);
}
