/**
 * How big an exported picture is. A slide preset lays the scene out in CSS px at 96 px per inch
 * and gives the file the physical size of a PowerPoint slide (13.333 × 7.5 in for 16:9, 10 × 7.5 in
 * for 4:3), so it fills the slide exactly and its 12 px labels land at 9 pt. The width and height
 * are written in cm: Inkscape, Illustrator and Office read a unitless size at different dpi.
 */

/** A size with its unit; `px` are CSS px (1/96 in). */
export interface PhysicalSize {
	width: number;
	height: number;
	unit?: 'cm' | 'in' | 'px';
}

export type SizePreset = '16:9' | '4:3' | 'view';
export const SIZE_PRESETS: readonly SizePreset[] = ['16:9', '4:3', 'view'];

/** Height of the band below the scene that carries the credit and the permalink, in px. */
export const CREDIT_HEIGHT = 44;

const CM_PER_PX = 2.54 / 96;

const SLIDES: Readonly<Record<'16:9' | '4:3', { width: number; height: number }>> = {
	'16:9': { width: 1280, height: 720 },
	'4:3': { width: 960, height: 720 },
};

/** What to ask the view for (the scene, without the credit band) and the file's physical size. */
export interface ExportSize {
	scene: { width: number; height: number };
	physical: PhysicalSize;
}

/**
 * The export size for a preset; `view` keeps the size the reader sees (falling back to 16:9
 * when it is unknown), in px, since it matches no slide.
 */
export function toExportSize(
	preset: SizePreset,
	view?: { width: number; height: number },
): ExportSize {
	if (preset === 'view' && view && view.width > 0 && view.height > 0) {
		const width = Math.round(view.width);
		const height = Math.round(view.height);
		return {
			scene: { width, height },
			physical: { width, height: height + CREDIT_HEIGHT, unit: 'px' },
		};
	}
	const slide = SLIDES[preset === 'view' ? '16:9' : preset];
	return {
		scene: { width: slide.width, height: slide.height - CREDIT_HEIGHT },
		physical: {
			width: round3(slide.width * CM_PER_PX),
			height: round3(slide.height * CM_PER_PX),
			unit: 'cm',
		},
	};
}

function round3(n: number): number {
	return Math.round(n * 1000) / 1000;
}

/** A length attribute: `33.867cm`, `7.5in`, or a plain number for px. */
export function formatLength(value: number, unit: PhysicalSize['unit'] = 'px'): string {
	const text = String(round3(value));
	return unit === 'px' ? text : `${text}${unit}`;
}

/** Chromium's canvas limit is 16384 px a side (and less area on some devices); stay inside it. */
const MAX_SIDE = 16384;
const MAX_AREA = 8192 * 8192;

/**
 * Pixel size of a PNG of a `width` × `height` px picture at `scale` (2 or 3), shrunk evenly if
 * it would exceed what a canvas can hold.
 */
export function toPngSize(
	width: number,
	height: number,
	scale: number,
): { width: number; height: number; scale: number } {
	let s = scale;
	s = Math.min(s, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
	return { width: Math.round(width * s), height: Math.round(height * s), scale: s };
}
