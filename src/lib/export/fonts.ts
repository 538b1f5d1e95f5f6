/**
 * The fonts an export is set in: Vazirmatn regular and bold (static TTFs from the `vazirmatn`
 * package), opened in HarfBuzz for shaping and outlines, plus the raw bytes for subsetting. How the
 * bytes arrive is the caller's business: fetched from our origin in the browser (load.ts), read
 * from node_modules in tests (fixtures/fonts.ts).
 */
import type * as HarfBuzz from 'harfbuzzjs';
import type { Subsetter } from './subset.ts';

/** The harfbuzzjs module (its top-level await has already loaded hb.wasm). */
export type HarfBuzzModule = typeof HarfBuzz;

/** One weight of Vazirmatn. */
export interface FontWeight {
	/** The TTF file, for subsetting into the editable SVG. */
	bytes: Uint8Array;
	font: HarfBuzz.Font;
	/** Font units per em: glyph outlines and advances are in these units. */
	upem: number;
}

/** Everything the SVG export needs to set text. */
export interface FontSet {
	hb: HarfBuzzModule;
	regular: FontWeight;
	bold: FontWeight;
	/** Only the editable SVG needs the subsetter; outlining works without it. */
	subsetter?: Subsetter;
}

/** The family name written into SVGs, with fallbacks for editors that ignore embedded fonts. */
export const FONT_FAMILY = "Vazirmatn, 'Noto Sans Arabic', 'Segoe UI', Tahoma, Arial, sans-serif";

function toWeight(hb: HarfBuzzModule, bytes: Uint8Array): FontWeight {
	const face = new hb.Face(new hb.Blob(bytes));
	return { bytes, font: new hb.Font(face), upem: face.upem };
}

/** Opens both weights in HarfBuzz. */
export function toFontSet(
	hb: HarfBuzzModule,
	bytes: { regular: Uint8Array; bold: Uint8Array },
	subsetter?: Subsetter,
): FontSet {
	return {
		hb,
		regular: toWeight(hb, bytes.regular),
		bold: toWeight(hb, bytes.bold),
		subsetter,
	};
}

/** The weight a scene text asks for: bold for 700, regular otherwise. */
export function pickWeight(fonts: FontSet, weight: number | undefined): FontWeight {
	return weight === 700 ? fonts.bold : fonts.regular;
}
