/**
 * Text → glyph outlines, as a browser would set it. The Unicode Bidirectional Algorithm (bidi-js)
 * splits a line into directional runs — a Latin name or a number inside Persian text runs left to
 * right — and HarfBuzz shapes each run, so Persian and Arabic letters take their joined forms.
 * A lookup of one glyph per character would draw every letter isolated.
 */
import bidiFactory from 'bidi-js';
import type { SvgPathCommand } from 'harfbuzzjs';
import { pickWeight, type FontSet, type FontWeight } from './fonts.ts';
import { formatNum } from './xml.ts';

const bidi = bidiFactory();

/** A stretch of text in one direction: [start, end) in UTF-16 units, odd level = right to left. */
export interface BidiRun {
	start: number;
	end: number;
	level: number;
}

/** The bidi level runs of one line, in visual order, left to right (UAX #9, rule L2). */
export function toVisualRuns(text: string, dir: 'ltr' | 'rtl'): BidiRun[] {
	const { levels } = bidi.getEmbeddingLevels(text, dir);
	const runs: BidiRun[] = [];
	for (let i = 0; i < text.length; i++) {
		const level = levels[i]!;
		const last = runs[runs.length - 1];
		if (last && last.level === level) last.end = i + 1;
		else runs.push({ start: i, end: i + 1, level });
	}
	if (runs.length === 0) return runs;
	const highest = Math.max(...runs.map((r) => r.level));
	const lowestOdd = Math.min(...runs.map((r) => (r.level % 2 ? r.level : r.level + 1)));
	// From the highest level down to the lowest odd one, reverse each maximal sequence at or above it.
	for (let level = highest; level >= lowestOdd; level--) {
		for (let i = 0; i < runs.length;) {
			if (runs[i]!.level < level) {
				i++;
				continue;
			}
			let j = i;
			while (j < runs.length && runs[j]!.level >= level) j++;
			runs.splice(i, j - i, ...runs.slice(i, j).reverse());
			i = j;
		}
	}
	return runs;
}

/** A glyph placed on a line: its id, and its origin in font units from the line's left end. */
export interface PlacedGlyph {
	glyph: number;
	x: number;
	y: number;
}

/** A shaped line: glyphs left to right, and its advance width in font units. */
export interface ShapedLine {
	glyphs: PlacedGlyph[];
	advance: number;
}

/** Shapes one line with HarfBuzz, run by run, in visual order. */
export function shapeLine(
	fonts: FontSet,
	weight: FontWeight,
	text: string,
	opts: { dir: 'ltr' | 'rtl'; lang?: string },
): ShapedLine {
	const { hb } = fonts;
	const glyphs: PlacedGlyph[] = [];
	let pen = 0;
	for (const run of toVisualRuns(text, opts.dir)) {
		const buffer = new hb.Buffer();
		// The whole line goes in as context, so letters join across a run boundary where they should.
		buffer.addText(text, run.start, run.end - run.start);
		buffer.setDirection(run.level % 2 ? hb.Direction.RTL : hb.Direction.LTR);
		if (opts.lang) buffer.setLanguage(opts.lang);
		buffer.guessSegmentProperties(); // the script, from the run's letters
		hb.shape(weight.font, buffer);
		const positions = buffer.getGlyphPositions();
		// After shaping, a right-to-left buffer is already in visual (left-to-right) order.
		buffer.getGlyphInfos().forEach((info, i) => {
			const p = positions[i]!;
			glyphs.push({ glyph: info.codepoint, x: pen + p.xOffset, y: p.yOffset });
			pen += p.xAdvance;
		});
	}
	return { glyphs, advance: pen };
}

const outlines = new WeakMap<FontWeight, Map<number, SvgPathCommand[]>>();

function outline(weight: FontWeight, glyph: number): SvgPathCommand[] {
	let cache = outlines.get(weight);
	if (!cache) outlines.set(weight, (cache = new Map()));
	let commands = cache.get(glyph);
	if (!commands) cache.set(glyph, (commands = weight.font.glyphToJson(glyph)));
	return commands;
}

/** What a text looks like as a path, and how wide it is, in px. */
export interface TextOutline {
	d: string;
	width: number;
}

/** The text's advance width in px at `size`. */
export function measureText(
	fonts: FontSet,
	text: string,
	opts: { size: number; weight?: number; dir: 'ltr' | 'rtl'; lang?: string },
): number {
	const weight = pickWeight(fonts, opts.weight);
	return (shapeLine(fonts, weight, text, opts).advance * opts.size) / weight.upem;
}

/**
 * The text as one SVG path, placed like SVG <text>: `y` is the baseline and `anchor` is logical,
 * so `start` is the right end of right-to-left text.
 */
export function toTextOutline(
	fonts: FontSet,
	text: string,
	opts: {
		x: number;
		y: number;
		size: number;
		weight?: number;
		anchor: 'start' | 'middle' | 'end';
		dir: 'ltr' | 'rtl';
		lang?: string;
	},
): TextOutline {
	const weight = pickWeight(fonts, opts.weight);
	const line = shapeLine(fonts, weight, text, opts);
	const scale = opts.size / weight.upem;
	const width = line.advance * scale;
	const leftAligned = (opts.anchor === 'start') === (opts.dir === 'ltr');
	const left =
		opts.anchor === 'middle' ? opts.x - width / 2 : leftAligned ? opts.x : opts.x - width;
	let d = '';
	// Points are rounded to hundredths first and then written relative to the previous one: the
	// file is about half the size, and rounding errors cannot add up along a contour.
	const round = (n: number) => Math.round(n * 100) / 100;
	let [cx, cy, sx, sy] = [0, 0, 0, 0];
	for (const { glyph, x, y } of line.glyphs) {
		for (const { type, values: v } of outline(weight, glyph)) {
			const parts: string[] = [];
			let [nx, ny] = [cx, cy];
			for (let k = 0; k + 1 < v.length; k += 2) {
				// Font units grow upwards; SVG user units grow downwards.
				nx = round(left + (x + v[k]!) * scale);
				ny = round(opts.y - (y + v[k + 1]!) * scale);
				parts.push(
					type === 'M'
						? `${formatNum(nx)},${formatNum(ny)}`
						: `${formatNum(nx - cx)},${formatNum(ny - cy)}`,
				);
			}
			// Relative control points are all measured from the segment's start; Z returns to the
			// contour's start.
			if (type === 'M') [sx, sy] = [nx, ny];
			[cx, cy] = type === 'Z' ? [sx, sy] : [nx, ny];
			d += (type === 'M' || type === 'Z' ? type : type.toLowerCase()) + parts.join(' ');
		}
	}
	return { d, width };
}
