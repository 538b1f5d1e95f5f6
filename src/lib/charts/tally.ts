/**
 * The topics matrix for more events than it has room for columns: one column per period of the
 * reader's calendar (buckets.ts) instead of one per event, and in each cell a dot whose area
 * grows with how many of the period's events cite the topic (solid when a reported meeting is
 * among them). A cell is a link to its events; its accessible name gives the count. The rows and
 * their totals are those of the event matrix, so the counts add up the same way.
 */
import { formatNumber } from '../model/dates.ts';
import { TOPIC_LABELS } from '../model/messages.ts';
import type { Event, Topic } from '../model/types.ts';
import { toBuckets, formatBucket, type Bucket } from './buckets.ts';
import { formatMembers, toOpacity, type ChartInput } from './chart.ts';
import { toDot, toHitCell } from './glyphs.ts';
import { fitText, toText } from './marks.ts';
import type { SceneNode } from './scene.ts';
import type { MatrixColumn } from './topics.ts';
import { formatCount, formatWord } from './words.ts';

/** Narrowest column of a period: room for a dot and a turned label. */
export const PERIOD_MIN_WIDTH = 18;

export interface TallyCell {
	topic: Topic;
	/** The column's events that cite the topic, each with the index of its topic fact. */
	events: { event: Event; index: number }[];
}

export interface TallyColumn {
	bucket: Bucket;
	label: string;
	/** Cells by topic; a topic no event of the period cites has none. */
	cells: Map<Topic, TallyCell>;
}

/** The matrix's event columns as at most `max` columns of periods. */
export function toTallyColumns(
	input: ChartInput,
	columns: MatrixColumn[],
	max: number,
): TallyColumn[] {
	const topics = new Map(columns.map((c) => [c.event, c.topics]));
	return toBuckets(
		columns.map((c) => c.event),
		input.cal,
		max,
	).map((bucket) => {
		const cells = new Map<Topic, TallyCell>();
		for (const event of bucket.events)
			for (const [topic, index] of topics.get(event)!) {
				let cell = cells.get(topic);
				if (!cell) cells.set(topic, (cell = { topic, events: [] }));
				cell.events.push({ event, index });
			}
		return { bucket, label: formatBucket(bucket, input), cells };
	});
}

/** Headers of the period columns: across when every label fits its column, else turned up. */
export function toTallyHeaders(
	input: ChartInput,
	columns: TallyColumn[],
	colW: number,
	top: number,
	cx: (i: number) => number,
): { nodes: SceneNode[]; bottom: number } {
	const { palette, measure, dir, lang } = input;
	const size = 11;
	const across = columns.every((c) => measure(c.label, size) <= colW - 4);
	const labels = columns.map((c) => (across ? c.label : fitText(c.label, 150, size, measure)));
	const height = across ? 22 : Math.max(...labels.map((l) => measure(l, size))) + 10;
	const bottom = top + height;
	// Every other label only, when turned labels would sit closer than a line apart.
	const every = across ? 1 : Math.ceil(16 / colW);
	const nodes = labels.flatMap((label, i) => {
		if (i % every) return [];
		const style = { size, fill: palette.text, dir, lang };
		if (across) return [toText(cx(i), top + 15, label, 'center', style)];
		const rtl = dir === 'rtl';
		const x = rtl ? cx(i) - 4 : cx(i) + 4;
		return [
			toText(x, bottom - 5, label, rtl ? 'right' : 'left', { ...style, rotate: rtl ? 90 : -90 }),
		];
	});
	return { nodes, bottom };
}

/** One topic's row of period cells: a dot sized by its count, or a faint point where none. */
export function drawTallyRow(
	input: ChartInput,
	columns: TallyColumn[],
	topic: Topic,
	cy: number,
	geometry: { colW: number; rowH: number; cx: (i: number) => number; most: number },
): SceneNode[] {
	const { palette, lang, selectedId } = input;
	const { colW, rowH, cx, most } = geometry;
	const largest = Math.max(3.5, Math.min(8, Math.min(colW, rowH) / 2 - 2));
	const label = TOPIC_LABELS[topic][lang];
	return columns.map((column, j): SceneNode => {
		const x = cx(j);
		const cell = column.cells.get(topic);
		if (!cell) return { type: 'circle', cx: x, cy, r: 1.3, fill: palette.border };
		const events = cell.events.map((c) => c.event);
		const n = events.length;
		// Area in proportion to the count, never smaller than a dot one can see and hit.
		const r = Math.max(2.5, largest * Math.sqrt(n / Math.max(1, most)));
		const first = cell.events.find((c) => c.event.kind === 'reported') ?? cell.events[0]!;
		const dot = toDot(first.event.kind, x, cy, r, palette);
		const opacity = Math.max(...events.map((e) => toOpacity(input, e.id)));
		const hit: SceneNode = toHitCell(x, cy, colW, rowH, palette);
		const name = `${label} — ${column.label}: ${formatCount(n, lang)}`;
		return {
			type: 'group',
			children: [hit, opacity < 1 ? { ...dot, opacity } : dot],
			link: {
				event: first.event.id,
				fact: `topics.${first.index}`,
				label: n > 1 ? `${name}; ${formatMembers(input, events)}` : name,
				...(n > 1 ? { events: events.map((e) => e.id) } : {}),
			},
			...(events.some((e) => e.id === selectedId) ? { selected: true } : {}),
		};
	});
}

/** The subtitle of the matrix by period: what a column and a dot stand for. */
export function formatTallyNote(input: ChartInput, columns: TallyColumn[]): string {
	const events = columns.reduce((n, c) => n + c.bucket.events.length, 0);
	return formatWord('matrixPeriods', input.lang, {
		count: formatCount(events, input.lang),
		columns: formatNumber(columns.length, input.lang),
	});
}
