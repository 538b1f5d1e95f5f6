/**
 * Events as marks along a time scale, in two bands (reported meetings, mentioned events). Marks
 * that would sit within a few pixels of each other become one mark with a count; marks that
 * still overlap are stacked in sub-rows. A band so dense that it would need more than a few
 * sub-rows is binned instead: one mark per cell of the axis, each at most a cell wide, so the
 * number of marks is bounded by the width, whatever the number of events. Every event ends up in
 * exactly one mark.
 */
import { toDayNumber } from '../model/calendar.ts';
import { toDayNumbers } from '../model/dates.ts';
import type { Event } from '../model/types.ts';
import { toBadgeWidth } from './glyphs.ts';
import { runSteps, type Steps } from './scene.ts';
import type { TimeScale } from './timescale.ts';

export type Band = 'reported' | 'mentioned';

/** One mark: an event, or several that fall together (an aggregate). */
export interface BandMark {
	band: Band;
	/** Its events, reported first, then by date. */
	events: Event[];
	/** Day numbers of the first and last day the events may fall on (inclusive). */
	first: number;
	last: number;
	/** Physical extent of the drawn mark. */
	a: number;
	b: number;
	/** A confident single day (drawn as a dot), or a period or rough date (drawn as a bar). */
	point: boolean;
	/** Some date in it is known only roughly (a month, a year, a range, "about"). */
	approx: boolean;
	/** Stacking row within the band, 0 nearest the axis of the band. */
	sub: number;
	/**
	 * Day numbers of the period a cell of a crowded band covers (toCells), where zooming into it
	 * would tell its events apart; absent where it would not (every event spans all of it).
	 */
	zoom?: [number, number];
}

export interface BandOptions {
	/** Radius of a single-day dot. */
	radius: number;
	/** Narrowest bar: a rough date is never drawn thinner than this. */
	minBar: number;
	/** Marks whose ends are within this many pixels of each other aggregate. */
	tolerance?: number;
	/** Short marks (dots, thin bars) aggregate when they touch, up to this combined width. */
	cluster?: number;
	/** Radius of the count badge an aggregate carries: its mark is at least this wide. */
	badge?: number;
	/** Most sub-rows a band stacks its marks in before it is binned instead (default 2). */
	maxSubs?: number;
}

/** Whether a date is one known day; anything else is drawn as a range. */
function isExact(event: Event): boolean {
	return event.date.precision === 'day';
}

const days = new WeakMap<Event['date'], [number, number]>();

/**
 * Day numbers of the first and last day an event may fall on. Remembered per date: a layout asks
 * again for every size it tries, and parsing ten thousand dates each time shows.
 */
export function toEventDays(event: Event): [number, number] {
	let found = days.get(event.date);
	if (!found) {
		found = toDayNumbers(event.date);
		days.set(event.date, found);
	}
	return found;
}

function toMark(event: Event, scale: TimeScale, opts: BandOptions): BandMark {
	const [firstDay, lastDay] = toEventDays(event);
	const band: Band = event.kind === 'reported' ? 'reported' : 'mentioned';
	const point = isExact(event) && firstDay === lastDay;
	const [x0, x1] = [scale.x(firstDay), scale.x(lastDay + 1)].sort((p, q) => p - q) as [
		number,
		number,
	];
	// Clipped to the scale (and a little beyond, for a dot on its first or last day): a chart
	// zoomed into a period cuts the events that run past its ends.
	const [lo, hi] = [Math.min(scale.left, scale.right) - 8, Math.max(scale.left, scale.right) + 8];
	const [y0, y1] = [Math.max(lo, x0), Math.min(hi, x1)];
	const c = (y0 + y1) / 2;
	const half = point ? opts.radius : Math.max((y1 - y0) / 2, opts.minBar / 2);
	return {
		band,
		events: [event],
		first: firstDay,
		last: lastDay,
		a: c - half,
		b: c + half,
		point,
		approx: !isExact(event),
		sub: 0,
	};
}

/** Merges `m` into the aggregate `into`, which must be the caller's own copy (it grows). */
function merge(into: BandMark, m: BandMark): BandMark {
	// Pushed, not spread: a cell of a few hundred events would otherwise copy its list each time.
	for (const e of m.events) into.events.push(e);
	const first = Math.min(into.first, m.first);
	const last = Math.max(into.last, m.last);
	return Object.assign(into, {
		first,
		last,
		a: Math.min(into.a, m.a),
		b: Math.max(into.b, m.b),
		point: into.point && m.point && first === last,
		approx: into.approx || m.approx,
	});
}

/** A mark that may grow: its own list of events. */
const own = (m: BandMark): BandMark => ({ ...m, events: [...m.events] });

/** Groups one band's marks: near-identical spans, and short marks that touch, become one. */
function aggregate(marks: BandMark[], opts: BandOptions): BandMark[] {
	const tol = opts.tolerance ?? 3;
	const limit = opts.cluster ?? Math.max(4 * opts.radius, 2 * opts.minBar);
	const sorted = [...marks].sort((p, q) => p.a - q.a || p.b - q.b);
	const out: BandMark[] = [];
	for (const m of sorted) {
		const last = out.at(-1);
		const same = last && Math.abs(m.a - last.a) <= tol && Math.abs(m.b - last.b) <= tol;
		const short = (x: BandMark) => x.b - x.a <= limit;
		const touching =
			last &&
			short(last) &&
			short(m) &&
			m.a <= last.b + 2 &&
			Math.max(m.b, last.b) - last.a <= limit;
		if (last && (same || touching)) merge(last, m);
		else out.push(own(m));
	}
	return out;
}

/** Assigns each mark the first sub-row where it overlaps nothing. */
function stack(marks: BandMark[], gap = 3): BandMark[] {
	const ends: number[] = [];
	return marks.map((m) => {
		let sub = ends.findIndex((end) => end + gap <= m.a);
		if (sub === -1) sub = ends.push(m.b) - 1;
		else ends[sub] = m.b;
		return { ...m, sub };
	});
}

/** An aggregate is at least as wide as its badge, so stacking keeps badges apart. */
function widen(m: BandMark, opts: BandOptions): BandMark {
	if (m.events.length < 2 || !opts.badge) return m;
	const c = (m.a + m.b) / 2;
	return { ...m, a: Math.min(m.a, c - opts.badge), b: Math.max(m.b, c + opts.badge) };
}

/** Least room between two binned marks, and round a badge's count. */
const CELL_GAP = 4;

/**
 * One band's marks binned into cells of at least `cell` px along the axis, counted from where
 * time starts (so a right-to-left chart bins the same days as a left-to-right one). A mark goes to
 * the cell of its centre; each cell's marks become one, drawn inside its cell: its events' span
 * clipped to the cell, at least as wide as its badge. Marks come out in physical order.
 */
export function toCells(
	marks: BandMark[],
	scale: TimeScale,
	opts: BandOptions,
	cell: number,
): BandMark[] {
	const span = scale.right - scale.left;
	const count = Math.max(1, Math.floor(span / cell));
	const size = span / count;
	// Distance from the start of time, and back to a physical x.
	const from = (x: number) => (scale.rtl ? scale.right - x : x - scale.left);
	const to = (o: number) => (scale.rtl ? scale.right - o : scale.left + o);
	const cells = new Map<number, BandMark>();
	for (const m of marks) {
		const k = Math.min(count - 1, Math.max(0, Math.floor(from((m.a + m.b) / 2) / size)));
		const found = cells.get(k);
		if (found) merge(found, m);
		else cells.set(k, own(m));
	}
	const out = [...cells].map(([k, m]): BandMark => {
		const [lo, hi] = [to(k * size), to((k + 1) * size)].sort((p, q) => p - q) as [number, number];
		const inner: [number, number] = [lo + CELL_GAP / 2, hi - CELL_GAP / 2];
		let a = Math.max(inner[0], m.a);
		let b = Math.min(inner[1], m.b);
		const need =
			m.events.length > 1
				? Math.max(2 * (opts.badge ?? opts.radius), toBadgeWidth(m.events.length))
				: m.point
					? 2 * opts.radius
					: opts.minBar;
		if (b - a < need) {
			const c = Math.min(inner[1] - need / 2, Math.max(inner[0] + need / 2, (a + b) / 2));
			[a, b] = [c - need / 2, c + need / 2];
		}
		const zoom = toZoom(m.events, scale);
		return { ...m, a, b, sub: 0, ...(zoom ? { zoom } : {}) };
	});
	return out.sort((p, q) => p.a - q.a);
}

/**
 * The period to zoom into to tell `events` apart: from the earliest to the latest middle day of
 * their spans (as far as the scale shows them). None for one event, or where every event spans
 * all of that period: zooming in would show them together again.
 */
function toZoom(events: Event[], scale: TimeScale): [number, number] | undefined {
	if (events.length < 2) return undefined;
	const [d0, d1] = [toDayNumber(scale.start), toDayNumber(scale.end) - 1];
	let [lo, hi] = [Infinity, -Infinity];
	for (const e of events) {
		const [first, last] = toEventDays(e);
		const middle = Math.floor((Math.max(first, d0) + Math.min(last, d1)) / 2);
		[lo, hi] = [Math.min(lo, middle), Math.max(hi, middle)];
	}
	const apart = events.some((e) => {
		const [first, last] = toEventDays(e);
		return first > lo || last < hi;
	});
	return apart ? [lo, hi] : undefined;
}

/**
 * A band's marks binned into cells wide enough for their badges: the counts depend on the cells
 * and the badges' widths on the counts, so the cells widen until every badge fits (a few rounds).
 */
function toDenseMarks(marks: BandMark[], scale: TimeScale, opts: BandOptions): BandMark[] {
	let cell = 2 * (opts.badge ?? opts.radius) + CELL_GAP;
	let out = toCells(marks, scale, opts, cell);
	for (let round = 0; round < 4; round++) {
		const need = Math.max(...out.map((m) => toBadgeWidth(m.events.length))) + CELL_GAP;
		if (need <= cell) break;
		cell = need;
		out = toCells(marks, scale, opts, cell);
	}
	return out;
}

const rank = (e: Event) => (e.kind === 'reported' ? 0 : 1);

/**
 * The marks of each band, in physical order (left to right), aggregated and stacked; binned
 * instead where a band would need more than `opts.maxSubs` sub-rows.
 */
export function toBandMarks(events: Event[], scale: TimeScale, opts: BandOptions): BandMark[] {
	return runSteps(toBandMarkSteps(events, scale, opts));
}

/** `toBandMarks` a step at a time: each band's aggregation, binning and ordering is a step. */
export function* toBandMarkSteps(
	events: Event[],
	scale: TimeScale,
	opts: BandOptions,
): Steps<BandMark[]> {
	const all = events.map((e) => toMark(e, scale, opts));
	const order = new Map(events.map((e, i) => [e, i]));
	const maxSubs = opts.maxSubs ?? 2;
	const out: BandMark[] = [];
	for (const band of ['reported', 'mentioned'] as const) {
		yield;
		const mine = all.filter((m) => m.band === band);
		let marks = stack(aggregate(mine, opts).map((m) => widen(m, opts)));
		yield;
		if (marks.some((m) => m.sub >= maxSubs)) marks = toDenseMarks(mine, scale, opts);
		yield;
		for (const m of marks)
			out.push({
				...m,
				events: [...m.events].sort((p, q) => rank(p) - rank(q) || order.get(p)! - order.get(q)!),
			});
	}
	return out;
}
