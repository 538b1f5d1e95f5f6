/**
 * Text widths for the browser: the canvas measures with the same Vazirmatn faces the page draws
 * with (bundled, and loaded before the app mounts), so labels laid out here fit on screen and in
 * every export. Widths are cached: a layout asks for the same strings again and again.
 */
import type { Measure } from './scene.ts';

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null = null;
const cache = new Map<string, number>();

function toContext() {
	if (context) return context;
	// A page canvas sees the page's web fonts for certain; an offscreen one serves workers.
	context =
		typeof document !== 'undefined'
			? document.createElement('canvas').getContext('2d')
			: typeof OffscreenCanvas !== 'undefined'
				? new OffscreenCanvas(1, 1).getContext('2d')
				: null;
	return context;
}

/** Advance width of `text` in Vazirmatn at `size` px and `weight`, measured by a 2D canvas. */
export const canvasMeasure: Measure = (text, size, weight = 400) => {
	const key = `${weight} ${size} ${text}`;
	const known = cache.get(key);
	if (known !== undefined) return known;
	const ctx = toContext();
	// No canvas (a very old browser, or a test without DOM): fall back to an average glyph width.
	if (!ctx) return [...text].length * size * 0.55;
	ctx.font = `${weight} ${size}px Vazirmatn`;
	const width = ctx.measureText(text).width;
	cache.set(key, width);
	return width;
};

/** Text that needs every subset of Vazirmatn a chart uses: Latin, punctuation, Arabic script. */
const SAMPLE = 'Aa–…· پیك ۱٢';

/**
 * Loads both weights of Vazirmatn in every subset the charts draw with. The page loads only the
 * Arabic-script faces before mounting; Latin ones arrive when first painted, too late for a
 * layout measured before. Widths measured so far are forgotten once the faces are in.
 */
export function loadChartFonts(): Promise<void> {
	if (typeof document === 'undefined' || !('fonts' in document)) return Promise.resolve();
	const faces = ['400', '700'].map((w) => document.fonts.load(`${w} 12px Vazirmatn`, SAMPLE));
	return Promise.all(faces)
		.catch(() => undefined)
		.then(() => cache.clear());
}
