/**
 * What the timeline draws when there are too many events to draw one by one: per lane, the
 * events near the window, either each on its own or, where they crowd, one mark per calendar
 * period with their count. Pure data (no DOM), so the counting can be proved: every event in
 * the range is in exactly one mark.
 */
import { toLane, type Lane } from '../../model/catalog.ts';
import { toAnchorTime } from '../../model/dates.ts';
import type { Event } from '../../model/types.ts';

/** One lane's events in time order, with their times (ms) for binary search. */
export interface LaneIndex {
	lane: Lane;
	events: Event[];
	times: Float64Array;
}

export type Mark =
	| { kind: 'event'; event: Event }
	| {
			kind: 'cluster';
			lane: Lane;
			/** The period's bounds (ms), [start, end). */
			start: number;
			end: number;
			/** The events in it, in time order. */
			events: Event[];
	  };

/** Each lane's events sorted by the time they are drawn at. */
export function toLaneIndex(events: readonly Event[]): LaneIndex[] {
	const lanes = new Map<Lane, { event: Event; time: number }[]>();
	for (const event of events) {
		const lane = toLane(event);
		const list = lanes.get(lane) ?? [];
		list.push({ event, time: toAnchorTime(event.date) });
		lanes.set(lane, list);
	}
	return [...lanes].map(([lane, list]) => {
		list.sort((a, b) => a.time - b.time);
		return {
			lane,
			events: list.map((x) => x.event),
			times: Float64Array.from(list, (x) => x.time),
		};
	});
}

/** The first index whose time is ≥ `time` (or > `time` when `after`). */
export function toIndexAt(times: Float64Array, time: number, after = false): number {
	let [lo, hi] = [0, times.length];
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (after ? times[mid]! <= time : times[mid]! < time) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** How many of a lane's events fall in [from, to]. */
export function countIn(index: LaneIndex, from: number, to: number): number {
	return toIndexAt(index.times, to, true) - toIndexAt(index.times, from);
}

/**
 * The marks for one lane's events in [from, to]. Up to `maxEvents` of them: each its own mark.
 * More: one mark per period between consecutive `boundaries` (sorted ms, e.g. the calendar's
 * month or year starts), with the stretches before the first and after the last boundary as
 * periods of their own; a period holding a single event shows that event.
 */
export function toMarks(
	index: LaneIndex,
	from: number,
	to: number,
	boundaries: readonly number[],
	maxEvents: number,
): Mark[] {
	const first = toIndexAt(index.times, from);
	const last = toIndexAt(index.times, to, true);
	const events = (i: number, j: number) => index.events.slice(i, j);
	if (last - first <= maxEvents)
		return events(first, last).map((event) => ({ kind: 'event', event }));
	const edges = [from, ...boundaries.filter((b) => b > from && b <= to), to];
	const marks: Mark[] = [];
	let i = first;
	for (let k = 0; k + 1 < edges.length && i < last; k++) {
		const [start, end] = [edges[k]!, edges[k + 1]!];
		// The last period is closed, [start, to], so an event exactly at `to` is not lost.
		const j = k + 2 === edges.length ? last : Math.min(last, toIndexAt(index.times, end));
		if (j - i === 1) marks.push({ kind: 'event', event: index.events[i]! });
		else if (j > i)
			marks.push({ kind: 'cluster', lane: index.lane, start, end, events: events(i, j) });
		i = j;
	}
	return marks;
}

/** How many events a list of marks stands for. */
export function countMarks(marks: readonly Mark[]): number {
	return marks.reduce((sum, m) => sum + (m.kind === 'event' ? 1 : m.events.length), 0);
}
