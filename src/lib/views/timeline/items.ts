/**
 * What vis-timeline draws for each event, as plain data (no DOM): item type, span and classes,
 * and the window that shows every event with room for its label.
 */
import { toLane, toTimeSpan, toTimeSpanMs } from '../../model/catalog.ts';
import { toAnchorDate } from '../../model/dates.ts';
import type { Event } from '../../model/types.ts';

/** Narrower than this (in pixels) a period cannot hold its label, so it is drawn as a mark. */
export const MIN_RANGE_PX = 170;

export interface TimelineItem {
	id: string;
	group: 'bilateral' | 'context';
	start: Date;
	end?: Date;
	type: 'box' | 'range';
	className: string;
	content: string;
}

/** True for dates known to the day or near one day: they are drawn as a mark, never a range. */
function isPointLike(event: Event): boolean {
	return event.date.precision === 'day' || event.date.precision === 'about';
}

/**
 * A precise date is a box on its day. A period is a hatched range when the zoom makes it wide
 * enough to read, otherwise a dashed "approximate" box at its middle: never a confident point.
 * (Whether it matches the search is not part of the item: the view marks its element, so typing
 * never makes vis-timeline redraw items.)
 */
export function toTimelineItem(event: Event, msPerPx: number): TimelineItem {
	const [start, end] = toTimeSpan(event);
	const wide = !isPointLike(event) && (end.getTime() - start.getTime()) / msPerPx >= MIN_RANGE_PX;
	const classes = [
		event.kind,
		`precision-${event.date.precision}`,
		event.date.precision === 'day' ? 'exact' : 'approx',
	].join(' ');
	const base = { id: event.id, group: toLane(event), className: classes, content: '' };
	return wide
		? { ...base, start, end, type: 'range' }
		: { ...base, start: toAnchorDate(event.date), type: 'box' };
}

/** The time (ms) from the first event's start to the last one's end, by list (never mutated). */
const extents = new WeakMap<readonly Event[], readonly [number, number]>();

/**
 * The time the events span, [first start, last end] (ms). Remembered per list: the timeline fits
 * the same shown events two or three times as it first draws, ten thousand of them at a time.
 */
function toExtent(events: readonly Event[]): readonly [number, number] {
	let extent = extents.get(events);
	if (extent) return extent;
	let [first, last] = [Infinity, -Infinity];
	for (const event of events) {
		const [start, end] = toTimeSpanMs(event);
		if (start < first) first = start;
		if (end > last) last = end;
	}
	extent = [first, last];
	extents.set(events, extent);
	return extent;
}

/**
 * The window [start, end] (ms) that shows every event with room for labels `labelPx` wide on an
 * axis `widthPx` wide. vis-timeline's own fit() only measures items it has drawn, so labels at the
 * edges were cut off on phones.
 */
export function toFitWindow(events: Event[], widthPx: number, labelPx: number): [number, number] {
	const [first, last] = toExtent(events);
	const half = labelPx / 2 + 8;
	const usable = Math.max(widthPx - 2 * half, widthPx / 3);
	const pad = ((last - first) * half) / usable;
	return [first - pad, last + pad];
}
