/**
 * Topics × meetings: one row per topic, one column per event (reported meetings first, then the
 * mentioned events that have topics, each group by date), a dot wherever a source reports that
 * topic for that event. Each dot is a link to the event's topic fact, so selecting it can open the
 * passage that says so. Mirrored in right-to-left languages.
 */
export { toMatrixColumns, toMatrixRows, type MatrixColumn } from './topics.ts';
import { formatNumber } from '../model/dates.ts';
import { formatMessage, TOPIC_LABELS } from '../model/messages.ts';
import {
	MIN_WIDTH,
	formatEventName,
	formatSourceLine,
	toFooterBlock,
	toOpacity,
	toPad,
	toTitleBlock,
	type ChartInput,
} from './chart.ts';
import { toColumnHeaders } from './headers.ts';
import { toMatrixColumns, toMatrixRows } from './topics.ts';
import { toDot } from './glyphs.ts';
import { toLegend } from './legend.ts';
import { fitText, toText } from './marks.ts';
import type { Scene, SceneNode } from './scene.ts';
import { formatWord } from './words.ts';

/** Builds the topics × meetings scene at `input.width` (and height, if given). */
export function buildMatrixScene(raw: ChartInput): Scene {
	const input = { ...raw, width: Math.max(MIN_WIDTH, Math.round(raw.width)) };
	const { width, lang, dir, palette, measure, selectedId } = input;
	const rtl = dir === 'rtl';
	const pad = toPad(width);
	const columns = toMatrixColumns(input);
	const rows = toMatrixRows(columns);
	const title = formatWord('matrix', lang);
	const header = toTitleBlock(input, title, formatWord('matrixNote', lang), pad - 6);
	const legend = toLegend(input, ['reported', 'mentioned'], header.height + pad);
	let y = header.height + pad + legend.height + 10;
	const nodes: SceneNode[] = [...header.nodes, ...legend.nodes];
	/** Physical x of a distance from the start edge of the content. */
	const px = (o: number) => (rtl ? width - pad - o : pad + o);
	const style = { dir, lang };
	const labelSize = width < 480 ? 11 : 12.5;
	const labels = rows.map((r) => TOPIC_LABELS[r.topic][lang]);
	// Columns get at least 16 px; the topic names give way first (they are cut with "…").
	const inner = width - 2 * pad;
	const totalW = width < 480 ? 22 : 30;
	const n = Math.max(1, columns.length);
	const rowHead = Math.max(
		56,
		Math.min(
			Math.max(...labels.map((l) => measure(l, labelSize)), 40) + 12,
			inner * 0.38,
			inner - totalW - 16 * n,
		),
	);
	const colW = Math.min(110, Math.max(11, (inner - rowHead - totalW) / n));
	const heads = toColumnHeaders(
		input,
		columns.map((c) => c.event),
		colW,
		y,
		(i) => px(rowHead + (i + 0.5) * colW),
	);
	y = heads.bottom;
	const fixed =
		y +
		toFooterBlock(
			input,
			[
				formatSourceLine(
					input,
					columns.map((c) => c.event),
				),
			],
			0,
		).height +
		pad;
	const rowH = raw.height
		? Math.min(40, Math.max(16, (raw.height - fixed) / Math.max(1, rows.length)))
		: 24;
	const gridBottom = y + rows.length * rowH;
	// Behind everything: the selected column, then zebra rows, then the group divider.
	const selected = columns.findIndex((c) => c.event.id === selectedId);
	if (selected >= 0) {
		const [a, b] = [px(rowHead + selected * colW), px(rowHead + (selected + 1) * colW)].sort(
			(p, q) => p - q,
		);
		nodes.push({
			type: 'rect',
			x: a!,
			y: heads.top,
			w: b! - a!,
			h: gridBottom - heads.top,
			fill: palette.mark,
			opacity: 0.55,
		});
	}
	rows.forEach((_, i) => {
		if (i % 2) return;
		const [a, b] = [px(0), px(rowHead + columns.length * colW + totalW)].sort((p, q) => p - q);
		nodes.push({
			type: 'rect',
			x: a!,
			y: y + i * rowH,
			w: b! - a!,
			h: rowH,
			fill: palette.border,
			opacity: 0.22,
		});
	});
	const split = columns.findIndex((c) => c.event.kind === 'mentioned');
	if (split > 0) {
		const x = px(rowHead + split * colW);
		nodes.push({
			type: 'line',
			x1: x,
			y1: heads.top,
			x2: x,
			y2: gridBottom,
			stroke: palette.border,
			strokeWidth: 1,
		});
	}
	nodes.push(...heads.nodes);
	const r = Math.max(3.5, Math.min(7, Math.min(colW, rowH) / 2 - 4));
	rows.forEach((row, i) => {
		const cy = y + i * rowH + rowH / 2;
		const text = fitText(labels[i]!, rowHead - 10, labelSize, measure);
		nodes.push(
			toText(px(0), cy + 4, text, rtl ? 'right' : 'left', {
				...style,
				size: labelSize,
				fill: palette.text,
			}),
		);
		nodes.push(
			toText(
				px(rowHead + columns.length * colW + totalW - 4),
				cy + 4,
				formatNumber(row.count, lang),
				rtl ? 'left' : 'right',
				{ ...style, size: 11, fill: palette.muted },
			),
		);
		columns.forEach((col, j) => {
			const cx = px(rowHead + (j + 0.5) * colW);
			const index = col.topics.get(row.topic);
			if (index === undefined) {
				nodes.push({ type: 'circle', cx, cy, r: 1.3, fill: palette.border });
				return;
			}
			const opacity = toOpacity(input, col.event.id);
			const dot = toDot(col.event.kind, cx, cy, r, palette);
			nodes.push({
				type: 'group',
				children: [
					{
						type: 'rect',
						x: cx - colW / 2,
						y: cy - rowH / 2,
						w: colW,
						h: rowH,
						fill: palette.background,
						opacity: 0,
					},
					opacity < 1 ? { ...dot, opacity } : dot,
				],
				link: {
					event: col.event.id,
					fact: `topics.${index}`,
					label: `${labels[i]} — ${formatEventName(input, col.event)}`,
				},
				...(col.event.id === selectedId ? { selected: true } : {}),
			});
		});
	});
	const empty = columns.length === 0;
	if (empty)
		nodes.push(
			toText(px(0), y + 16, formatMessage('noneShown', lang), rtl ? 'right' : 'left', {
				...style,
				size: 13,
				fill: palette.muted,
			}),
		);
	const foot = toFooterBlock(
		input,
		[
			formatSourceLine(
				input,
				columns.map((c) => c.event),
			),
		],
		gridBottom + (empty ? 30 : 6),
	);
	nodes.push(...foot.nodes);
	const height = Math.max(
		raw.height ?? 0,
		Math.round(gridBottom + (empty ? 30 : 6) + foot.height + pad / 2),
	);
	return {
		width,
		height,
		lang,
		dir,
		title,
		desc: formatWord('matrixNote', lang),
		background: palette.background,
		nodes,
	};
}
