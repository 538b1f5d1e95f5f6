/**
 * Events as marks along a time scale, in two bands (reported meetings, mentioned events). Marks
 * that would sit within a few pixels of each other become one mark with a count; marks that
 * still overlap are stacked in sub-rows. Every event ends up in exactly one mark.
 */
import { toDayNumber } from '../model/calendar.ts';
import { toDayRange } from '../model/dates.ts';
import type { Event } from '../model/types.ts';
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
}

/** Whether a date is one known day; anything else is drawn as a range. */
function isExact(event: Event): boolean {
	return event.date.precision === 'day';
}

function toMark(event: Event, scale: TimeScale, opts: BandOptions): BandMark {
	const [firstDay, lastDay] = toDayRange(event.date).map(toDayNumber) as [number, number];
	const band: Band = event.kind === 'reported' ? 'reported' : 'mentioned';
	const point = isExact(event) && firstDay === lastDay;
	const [x0, x1] = [scale.x(firstDay), scale.x(lastDay + 1)].sort((p, q) => p - q) as [
		number,
		number,
	];
	const c = (x0 + x1) / 2;
	const half = point ? opts.radius : Math.max((x1 - x0) / 2, opts.minBar / 2);
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

/** Merges `m` into the aggregate `into`. */
function merge(into: BandMark, m: BandMark): BandMark {
	const events = [...into.events, ...m.events];
	const first = Math.min(into.first, m.first);
	const last = Math.max(into.last, m.last);
	return {
		...into,
		events,
		first,
		last,
		a: Math.min(into.a, m.a),
		b: Math.max(into.b, m.b),
		point: into.point && m.point && first === last,
		approx: into.approx || m.approx,
	};
}

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
		if (last && (same || touching)) out[out.length - 1] = merge(last, m);
		else out.push(m);
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

const rank = (e: Event) => (e.kind === 'reported' ? 0 : 1);

/** The marks of each band, in physical order (left to right), aggregated and stacked. */
export function toBandMarks(events: Event[], scale: TimeScale, opts: BandOptions): BandMark[] {
	const all = events.map((e) => toMark(e, scale, opts));
	return (['reported', 'mentioned'] as const).flatMap((band) =>
		stack(
			aggregate(
				all.filter((m) => m.band === band),
				opts,
			).map((m) => widen(m, opts)),
		).map((m) => ({
			...m,
			events: [...m.events].sort(
				(p, q) => rank(p) - rank(q) || events.indexOf(p) - events.indexOf(q),
			),
		})),
	);
}
