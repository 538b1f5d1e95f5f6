/**
 * The key to a scene's marks: swatches drawn with the same builders as the marks themselves,
 * each followed by its name, flowing in reading direction and wrapping onto more lines.
 */
import { formatMessage } from '../model/messages.ts';
import { toPad, type Block, type ChartInput } from './chart.ts';
import { toBar, toDot } from './glyphs.ts';
import { toText } from './marks.ts';
import type { Palette, SceneNode } from './scene.ts';

export type Swatch = 'reported' | 'mentioned' | 'approximate';

const SWATCH_W = 22;
const LINE = 20;

/** The mark a swatch stands for, centred on (cx, cy). */
function toSwatch(kind: Swatch, cx: number, cy: number, palette: Palette): SceneNode[] {
	if (kind !== 'approximate') return [toDot(kind, cx, cy, 6, palette)];
	return toBar('mentioned', cx - SWATCH_W / 2, cy - 5, SWATCH_W, 10, true, palette);
}

const NAMES = {
	reported: 'legendReported',
	mentioned: 'legendMentioned',
	approximate: 'legendImprecise',
} as const;

/** A legend of `kinds` from the scene's start edge at `y` (the top of its first line). */
export function toLegend(input: ChartInput, kinds: Swatch[], y: number): Block {
	const { width, dir, lang, palette, measure } = input;
	const pad = toPad(width);
	const size = 12;
	const rtl = dir === 'rtl';
	const nodes: SceneNode[] = [];
	let line = 0;
	let at = 0; // distance from the start edge
	for (const kind of kinds) {
		const text = formatMessage(NAMES[kind], lang);
		const w = SWATCH_W + 6 + measure(text, size);
		if (at > 0 && at + w > width - 2 * pad) {
			line++;
			at = 0;
		}
		const cy = y + line * LINE + LINE / 2;
		// Physical x of the item's start edge and of the text's start edge.
		const start = rtl ? width - pad - at : pad + at;
		const swatchX = rtl ? start - SWATCH_W / 2 : start + SWATCH_W / 2;
		const textX = rtl ? start - SWATCH_W - 6 : start + SWATCH_W + 6;
		nodes.push(...toSwatch(kind, swatchX, cy, palette));
		nodes.push(
			toText(textX, cy + 4, text, rtl ? 'right' : 'left', {
				size,
				fill: palette.text,
				dir,
				lang,
			}),
		);
		at += w + 18;
	}
	return { nodes, height: (line + 1) * LINE };
}
