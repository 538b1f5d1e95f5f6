/**
 * Topics × meetings: one row per topic, one column per event (reported meetings first, then the
 * mentioned events that have topics, each group by date), a dot wherever a source reports that
 * topic for that event. Each dot is a link to the event's topic fact, so selecting it can open the
 * passage that says so. Mirrored in right-to-left languages.
 */
import { formatNumber } from '../model/dates.ts';
import { formatMessage, TOPIC_LABELS } from '../model/messages.ts';
import {
	MIN_WIDTH,
	formatEventName,
	formatSourceLineSteps,
	toFooterBlock,
	toOpacity,
	toPad,
	toTitleBlock,
	type ChartInput,
} from './chart.ts';
import { toDot, toHitCell } from './glyphs.ts';
import { toColumnHeaders } from './headers.ts';
import { toLegend } from './legend.ts';
import { fitText, toText } from './marks.ts';
import { runSteps, type Scene, type SceneNode, type Steps } from './scene.ts';
import {
	PERIOD_MIN_WIDTH,
	drawTallyRow,
	formatTallyNote,
	toTallyColumns,
	toTallyHeaders,
} from './tally.ts';
import { toMatrixColumns, toMatrixRows, type MatrixColumn } from './topics.ts';
import { formatWord } from './words.ts';

export { toMatrixColumns, toMatrixRows, type MatrixColumn } from './topics.ts';

/** Widths along a row, from the content's start edge: topic names, columns, row totals. */
interface Grid {
	rowHead: number;
	colW: number;
	totalW: number;
	/** Physical x of a distance from the start edge (mirrored right to left). */
	px: (o: number) => number;
	/** Physical [left, right] of a span of distances from the start edge. */
	span: (o0: number, o1: number) => [number, number];
}

/** Narrowest column of one event the matrix draws; with more events, columns are periods. */
const EVENT_MIN_WIDTH = 16;

/** How many columns of at least `min` px fit beside the narrowest topic names. */
function toMaxColumns(width: number, min: number): number {
	const inner = width - 2 * toPad(width);
	const totalW = width < 480 ? 22 : 30;
	return Math.max(1, Math.floor((inner - 56 - totalW) / min));
}

/** Columns get at least 16 px; topic names give way first (they are cut with "…"). */
function toGrid(input: ChartInput, labels: string[], size: number, columns: number): Grid {
	const { width, dir, measure } = input;
	const pad = toPad(width);
	const inner = width - 2 * pad;
	const totalW = width < 480 ? 22 : 30;
	const n = Math.max(1, columns);
	const widest = Math.max(40, ...labels.map((l) => measure(l, size))) + 12;
	const rowHead = Math.max(56, Math.min(widest, inner * 0.38, inner - totalW - 16 * n));
	const colW = Math.min(110, Math.max(11, (inner - rowHead - totalW) / n));
	const px = (o: number) => (dir === 'rtl' ? width - pad - o : pad + o);
	const span = (o0: number, o1: number) =>
		[px(o0), px(o1)].sort((a, b) => a - b) as [number, number];
	return { rowHead, colW, totalW, px, span };
}

/** One topic's row: its name, a dot (a link to the topic fact) or a faint point per column, its total. */
function drawRow(
	input: ChartInput,
	grid: Grid,
	columns: MatrixColumn[],
	row: { topic: keyof typeof TOPIC_LABELS; count: number; label: string },
	cy: number,
	rowH: number,
	labelSize: number,
	count = columns.length,
): SceneNode[] {
	const { palette, dir, lang, measure, selectedId } = input;
	const { rowHead, colW, totalW, px } = grid;
	const start = dir === 'rtl' ? 'right' : 'left';
	const end = dir === 'rtl' ? 'left' : 'right';
	const name = fitText(row.label, rowHead - 10, labelSize, measure);
	const total = formatNumber(row.count, lang);
	const nodes: SceneNode[] = [
		toText(px(0), cy + 4, name, start, { size: labelSize, fill: palette.text, dir, lang }),
		toText(px(rowHead + count * colW + totalW - 4), cy + 4, total, end, {
			size: 11,
			fill: palette.muted,
			dir,
			lang,
		}),
	];
	const r = Math.max(3.5, Math.min(7, Math.min(colW, rowH) / 2 - 4));
	columns.forEach(({ event, topics }, j) => {
		const cx = px(rowHead + (j + 0.5) * colW);
		const index = topics.get(row.topic);
		if (index === undefined) {
			nodes.push({ type: 'circle', cx, cy, r: 1.3, fill: palette.border });
			return;
		}
		const opacity = toOpacity(input, event.id);
		const dot = toDot(event.kind, cx, cy, r, palette);
		// The whole cell is the target, not just the dot: an invisible rect under it.
		const cell: SceneNode = toHitCell(cx, cy, colW, rowH, palette);
		nodes.push({
			type: 'group',
			children: [cell, opacity < 1 ? { ...dot, opacity } : dot],
			link: {
				event: event.id,
				fact: `topics.${index}`,
				label: `${row.label} — ${formatEventName(input, event)}`,
			},
			...(event.id === selectedId ? { selected: true } : {}),
		});
	});
	return nodes;
}

/** Builds the topics × meetings scene at `input.width` (and height, if given). */
export function buildMatrixScene(raw: ChartInput): Scene {
	return runSteps(matrixSteps(raw));
}

/** `buildMatrixScene` a step at a time (see `Steps`): ten thousand events take a while. */
export function* matrixSteps(raw: ChartInput): Steps<Scene> {
	const input = { ...raw, width: Math.max(MIN_WIDTH, Math.round(raw.width)) };
	const { width, lang, dir, palette, selectedId } = input;
	const pad = toPad(width);
	const columns = toMatrixColumns(input);
	const events = columns.map((c) => c.event);
	yield;
	// More events than columns fit: one column per period instead (tally.ts).
	const tally =
		columns.length > toMaxColumns(width, EVENT_MIN_WIDTH)
			? toTallyColumns(input, columns, toMaxColumns(width, PERIOD_MIN_WIDTH))
			: null;
	yield;
	const count = tally ? tally.length : columns.length;
	const labelSize = width < 480 ? 11 : 12.5;
	const rows = toMatrixRows(columns).map((r) => ({ ...r, label: TOPIC_LABELS[r.topic][lang] }));
	const grid = toGrid(
		input,
		rows.map((r) => r.label),
		labelSize,
		count,
	);
	const { rowHead, colW, totalW, px, span } = grid;
	const cx = (i: number) => px(rowHead + (i + 0.5) * colW);
	const title = formatWord('matrix', lang);
	const desc = tally ? formatTallyNote(input, tally) : formatWord('matrixNote', lang);
	const header = toTitleBlock(input, title, desc, pad - 6);
	const legend = toLegend(input, ['reported', 'mentioned'], header.height + pad);
	const top = header.height + pad + legend.height + 10;
	const heads = tally
		? { ...toTallyHeaders(input, tally, colW, top, cx), top }
		: toColumnHeaders(input, events, colW, top, cx);
	yield;
	const lines = [yield* formatSourceLineSteps(input, events)];
	yield;
	const fixed = heads.bottom + toFooterBlock(input, lines, 0).height + pad;
	const rowH = raw.height
		? Math.min(40, Math.max(16, (raw.height - fixed) / Math.max(1, rows.length)))
		: 24;
	const y0 = heads.bottom;
	const y1 = y0 + rows.length * rowH;
	const nodes: SceneNode[] = [...header.nodes, ...legend.nodes];
	// Behind everything: the selected column, zebra rows, the line between the two groups.
	const selected = tally
		? tally.findIndex((c) => c.bucket.events.some((e) => e.id === selectedId))
		: columns.findIndex((c) => c.event.id === selectedId);
	if (selected >= 0) {
		const [a, b] = span(rowHead + selected * colW, rowHead + (selected + 1) * colW);
		nodes.push({
			type: 'rect',
			x: a,
			y: heads.top,
			w: b - a,
			h: y1 - heads.top,
			fill: palette.mark,
			opacity: 0.55,
		});
	}
	const [left, right] = span(0, rowHead + count * colW + totalW);
	rows.forEach((_, i) => {
		if (i % 2 === 0)
			nodes.push({
				type: 'rect',
				x: left,
				y: y0 + i * rowH,
				w: right - left,
				h: rowH,
				fill: palette.border,
				opacity: 0.22,
			});
	});
	const split = tally ? -1 : columns.findIndex((c) => c.event.kind === 'mentioned');
	if (split > 0) {
		const x = px(rowHead + split * colW);
		nodes.push({
			type: 'line',
			x1: x,
			y1: heads.top,
			x2: x,
			y2: y1,
			stroke: palette.border,
			strokeWidth: 1,
		});
	}
	nodes.push(...heads.nodes);
	const most = tally
		? Math.max(1, ...tally.flatMap((c) => [...c.cells.values()].map((cell) => cell.events.length)))
		: 1;
	rows.forEach((row, i) => {
		const cy = y0 + (i + 0.5) * rowH;
		nodes.push(...drawRow(input, grid, tally ? [] : columns, row, cy, rowH, labelSize, count));
		if (tally) nodes.push(...drawTallyRow(input, tally, row.topic, cy, { colW, rowH, cx, most }));
	});
	const empty = columns.length === 0;
	if (empty) {
		const align = dir === 'rtl' ? 'right' : 'left';
		const text = formatMessage('noneShown', lang);
		nodes.push(toText(px(0), y0 + 16, text, align, { size: 13, fill: palette.muted, dir, lang }));
	}
	const foot = toFooterBlock(input, lines, y1 + (empty ? 30 : 6));
	nodes.push(...foot.nodes);
	const height = Math.max(
		raw.height ?? 0,
		Math.round(y1 + (empty ? 30 : 6) + foot.height + pad / 2),
	);
	return { width, height, lang, dir, title, desc, background: palette.background, nodes };
}
