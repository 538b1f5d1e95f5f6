/**
 * Small builders shared by the scene builders: text placed by its physical edge (so layout code
 * thinks in pixels, not in bidi), text fitted to a width, and the hatching that marks a date known
 * only roughly. Pure: widths come from the `Measure` the caller passes.
 */
import type { Measure, SceneNode } from './scene.ts';

export type Dir = 'ltr' | 'rtl';
/** Which physical edge of the text sits at x. */
export type Align = 'left' | 'center' | 'right';

export interface TextStyle {
	size: number;
	weight?: 400 | 700;
	fill: string;
	dir: Dir;
	lang: string;
	opacity?: number;
	rotate?: number;
}

/**
 * The logical SVG anchor for a physical alignment: in right-to-left text `start` is the right
 * edge, so "left edge at x" is `end` there.
 */
export function toAnchor(align: Align, dir: Dir): 'start' | 'middle' | 'end' {
	if (align === 'center') return 'middle';
	return (align === 'left') === (dir === 'ltr') ? 'start' : 'end';
}

/** A text node whose `align` edge sits at x, baseline at y. */
export function toText(
	x: number,
	y: number,
	text: string,
	align: Align,
	style: TextStyle,
): SceneNode {
	return {
		type: 'text',
		x,
		y,
		text,
		size: style.size,
		...(style.weight === 700 ? { weight: 700 as const } : {}),
		fill: style.fill,
		anchor: toAnchor(align, style.dir),
		dir: style.dir,
		lang: style.lang,
		...(style.opacity !== undefined && style.opacity !== 1 ? { opacity: style.opacity } : {}),
		...(style.rotate ? { rotate: style.rotate } : {}),
	};
}

/** `text` cut to fit `width` px, ending in "…" when cut (whole words where possible). */
export function fitText(
	text: string,
	width: number,
	size: number,
	measure: Measure,
	weight: 400 | 700 = 400,
): string {
	if (measure(text, size, weight) <= width) return text;
	const chars = [...text];
	let lo = 0;
	let hi = chars.length;
	// Binary search the longest prefix that fits with its ellipsis.
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (measure(chars.slice(0, mid).join('').trimEnd() + '…', size, weight) <= width) lo = mid;
		else hi = mid - 1;
	}
	if (lo === 0) return '';
	const cut = chars.slice(0, lo).join('');
	const space = cut.lastIndexOf(' ');
	// Prefer ending on a word unless that throws away more than a third of what fits.
	const word = space > cut.length * 0.66 ? cut.slice(0, space) : cut;
	return word.trimEnd() + '…';
}

/** Words of `text` in lines no wider than `width` px (a word wider than a line is cut). */
export function wrapText(
	text: string,
	width: number,
	size: number,
	measure: Measure,
	weight: 400 | 700 = 400,
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (!line || measure(next, size, weight) <= width) line = next;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines.map((l) => fitText(l, width, size, measure, weight));
}

/**
 * Diagonal hatching inside a rectangle, as one path: the pattern for "date known only roughly".
 * Drawn as lines rather than an SVG pattern so every exporter draws it the same way.
 */
export function toHatch(x: number, y: number, w: number, h: number, spacing = 4): string {
	const parts: string[] = [];
	const r = (n: number) => Math.round(n * 10) / 10;
	// Lines x − y = const, from the bottom edge up and to the right, clipped to the rectangle.
	for (let k = -h + spacing / 2; k < w; k += spacing) {
		const t0 = Math.max(0, -k);
		const t1 = Math.min(h, w - k);
		if (t1 - t0 < 0.5) continue;
		parts.push(`M${r(x + k + t0)},${r(y + h - t0)}L${r(x + k + t1)},${r(y + h - t1)}`);
	}
	return parts.join('');
}
