/**
 * Countries on the map: outlines of the atlas in a projection, Iran and Kazakhstan lightly
 * filled, and their names where there is room; plus the box arithmetic the map's labels share.
 */
import type { GeoProjection } from 'd3-geo';
import { formatCountry } from '../model/messages.ts';
import type { ChartInput } from './chart.ts';
import { ISO_NUMERIC, toCountries, toCountryCentroid, toCountryPath } from './geography.ts';
import { toText } from './marks.ts';
import type { SceneNode, Steps } from './scene.ts';

/** A box on the page: a frame to draw in, or what a label or marker covers. */
export interface Frame {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Whether two boxes come closer than `gap`. */
export const overlaps = (a: Frame, b: Frame, gap = 2) =>
	a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

/** Whether a box lies inside a frame, 2 px in from its edges. */
export const inside = (a: Frame, f: Frame) =>
	a.x0 >= f.x0 + 2 && a.x1 <= f.x1 - 2 && a.y0 >= f.y0 + 2 && a.y1 <= f.y1 - 2;

/** How many countries a step projects: the whole world's outlines take a few hundred ms cold. */
const COUNTRIES_PER_STEP = 20;

/**
 * Countries in a projection, Iran and Kazakhstan lightly filled, clipped to `frame`, a few at a
 * time (see `Steps`).
 */
export function* drawCountrySteps(
	input: ChartInput,
	projection: GeoProjection,
	frame: Frame,
): Steps<SceneNode[]> {
	const { palette } = input;
	const home = new Set([ISO_NUMERIC.IR, ISO_NUMERIC.KZ]);
	const nodes: SceneNode[] = [
		{
			type: 'rect',
			x: frame.x0,
			y: frame.y0,
			w: frame.x1 - frame.x0,
			h: frame.y1 - frame.y0,
			fill: palette.background,
		},
	];
	const countries = toCountries();
	for (let i = 0; i < countries.length; i++) {
		if (i % COUNTRIES_PER_STEP === COUNTRIES_PER_STEP - 1) yield;
		const country = countries[i]!;
		const d = toCountryPath(projection, country);
		if (!d) continue;
		const ours = home.has(String(country.id));
		nodes.push({
			type: 'path',
			d,
			fill: ours ? palette.reportedFill : palette.border,
			stroke: ours ? palette.reported : palette.background,
			strokeWidth: ours ? 0.8 : 0.6,
			opacity: ours ? 1 : 0.45,
		});
	}
	nodes.push({
		type: 'rect',
		x: frame.x0,
		y: frame.y0,
		w: frame.x1 - frame.x0,
		h: frame.y1 - frame.y0,
		stroke: palette.border,
		strokeWidth: 1,
	});
	return nodes;
}

/** Iran's and Kazakhstan's names at their centroids, where they stay clear of `taken` boxes. */
export function drawCountryNames(
	input: ChartInput,
	projection: GeoProjection,
	frame: Frame,
	taken: Frame[],
): SceneNode[] {
	const { palette, dir, lang } = input;
	const names: SceneNode[] = [];
	for (const code of ['IR', 'KZ']) {
		const country = toCountries().find((c) => String(c.id) === ISO_NUMERIC[code]);
		const at = country && toCountryCentroid(projection, country);
		if (!at) continue;
		const text = formatCountry(code, lang);
		const w = input.measure(text, 11, 700);
		const b = { x0: at[0] - w / 2, y0: at[1] - 9, x1: at[0] + w / 2, y1: at[1] + 4 };
		if (!inside(b, frame) || taken.some((t) => overlaps(b, t, 6))) continue;
		names.push(
			toText(at[0], at[1], text, 'center', {
				size: 11,
				weight: 700,
				fill: palette.reported,
				dir,
				lang,
				opacity: 0.55,
			}),
		);
	}
	return names;
}
