/**
 * The marks' shapes, one visual language for every view and its legend: a reported meeting is a
 * solid dot, a mentioned event a dashed outline, a rough date a hatched bar with a dashed border,
 * several events at once a badge with their count.
 */
import { formatNumber } from '../model/dates.ts';
import type { Lang } from '../model/types.ts';
import { toHatch } from './marks.ts';
import type { Palette, SceneNode } from './scene.ts';

export type Kind = 'reported' | 'mentioned';
type Circle = Extract<SceneNode, { type: 'circle' }>;

/**
 * An invisible rectangle centred on (cx, cy): put under a small mark, it makes the whole cell
 * the target for pointer and hover, not just the mark.
 */
export function toHitCell(
	cx: number,
	cy: number,
	w: number,
	h: number,
	palette: Palette,
): SceneNode {
	return { type: 'rect', x: cx - w / 2, y: cy - h / 2, w, h, fill: palette.background, opacity: 0 };
}

/** A single known day: solid for reported, dashed outline for mentioned. */
export function toDot(kind: Kind, cx: number, cy: number, r: number, palette: Palette): Circle {
	return kind === 'reported'
		? {
				type: 'circle',
				cx,
				cy,
				r,
				fill: palette.reported,
				stroke: palette.background,
				strokeWidth: 1.5,
			}
		: {
				type: 'circle',
				cx,
				cy,
				r: r - 0.5,
				fill: palette.background,
				stroke: palette.mentioned,
				strokeWidth: 1.5,
				dash: '2.5 2',
			};
}

/**
 * A period on the axis: a bar. A rough date (`approx`) is hatched inside a dashed border, so it
 * never reads as a confident span.
 */
export function toBar(
	kind: Kind,
	x: number,
	y: number,
	w: number,
	h: number,
	approx: boolean,
	palette: Palette,
): SceneNode[] {
	const ink = kind === 'reported' ? palette.reported : palette.mentioned;
	const fill = kind === 'reported' ? palette.reportedFill : palette.background;
	const nodes: SceneNode[] = [{ type: 'rect', x, y, w, h, rx: 2, fill }];
	if (approx) nodes.push({ type: 'path', d: toHatch(x, y, w, h), stroke: ink, strokeWidth: 0.8 });
	nodes.push({
		type: 'rect',
		x,
		y,
		w,
		h,
		rx: 2,
		stroke: ink,
		strokeWidth: kind === 'reported' ? 1.5 : 1.2,
		...(approx || kind === 'mentioned' ? { dash: '3 2' } : {}),
	});
	return nodes;
}

/** Advance of a digit of the badge's 11 px bold figures (Vazirmatn's are about 0.6 em). */
const DIGIT = 6.7;

/**
 * Width of the badge for `count`: a disc up to two digits, a pill as wide as the number beyond
 * (digits are as wide in every script we write, so the language does not change it).
 */
export function toBadgeWidth(count: number): number {
	const chars = formatNumber(count, 'en').length;
	return chars > 2 ? Math.ceil(chars * DIGIT + 9) : chars > 1 ? 19 : 16;
}

/** A count of events drawn as one: a disc (a pill for three digits or more) with the number. */
export function toBadge(
	kind: Kind,
	count: number,
	cx: number,
	cy: number,
	palette: Palette,
	lang: Lang,
): SceneNode[] {
	const text = formatNumber(count, lang);
	const r = text.length > 1 ? 9.5 : 8;
	const solid = kind === 'reported';
	const paint = {
		fill: solid ? palette.reported : palette.background,
		stroke: solid ? palette.background : palette.mentioned,
		strokeWidth: 1.5,
	};
	const w = toBadgeWidth(count);
	return [
		w > 2 * r
			? { type: 'rect', x: cx - w / 2, y: cy - r, w, h: 2 * r, rx: r, ...paint }
			: { type: 'circle', cx, cy, r, ...paint },
		{
			type: 'text',
			x: cx,
			y: cy + 3.8,
			text,
			size: 11,
			weight: 700,
			fill: solid ? palette.background : palette.text,
			anchor: 'middle',
			lang,
		},
	];
}

/** The selection ring around a mark's box. */
export function toRing(
	x0: number,
	y0: number,
	x1: number,
	y1: number,
	palette: Palette,
): SceneNode {
	return {
		type: 'rect',
		x: x0 - 3.5,
		y: y0 - 3.5,
		w: x1 - x0 + 7,
		h: y1 - y0 + 7,
		rx: Math.min(10, (y1 - y0 + 7) / 2),
		stroke: palette.accent,
		strokeWidth: 2,
	};
}
