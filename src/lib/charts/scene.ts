/**
 * A chart as plain data: positioned shapes and text in one coordinate space. The screen
 * (SceneSvg.svelte) and every export (lib/export) draw the same scene, so an exported file is
 * laid out exactly like the view it came from.
 */
import type { Lang } from '../model/types.ts';

/** What a mark stands for: selecting it selects this event (and, optionally, this fact). */
export interface SceneLink {
	event: string;
	/** A fact key (`outcomes.2`, `topics.0` …) when the mark stands for one fact of the event. */
	fact?: string;
	/** Accessible name of the mark. */
	label: string;
	/** Every event the mark stands for, when it stands for several (one mark with a count). */
	events?: string[];
	/**
	 * Day numbers of the first and last day of the period a mark of many stands for, when a view
	 * can zoom into it to tell them apart (the chronology): choosing the mark zooms there.
	 */
	zoom?: [number, number];
}

interface Paint {
	fill?: string;
	stroke?: string;
	strokeWidth?: number;
	/** SVG stroke-dasharray, e.g. "4 3". */
	dash?: string;
	opacity?: number;
}

export type SceneNode =
	| ({ type: 'rect'; x: number; y: number; w: number; h: number; rx?: number } & Paint)
	| ({ type: 'line'; x1: number; y1: number; x2: number; y2: number } & Paint)
	| ({ type: 'circle'; cx: number; cy: number; r: number } & Paint)
	| ({ type: 'path'; d: string } & Paint)
	| {
			type: 'text';
			x: number;
			y: number;
			text: string;
			/** Font size in px; the font is always Vazirmatn, so screen and export measure alike. */
			size: number;
			weight?: 400 | 700;
			fill: string;
			/** Logical anchor, as SVG text-anchor: `start` is the right edge in RTL text. */
			anchor: 'start' | 'middle' | 'end';
			dir?: 'ltr' | 'rtl';
			lang?: string;
			opacity?: number;
			/** Degrees, clockwise, about (x, y), as SVG `rotate(a x y)`: for column headers. */
			rotate?: number;
	  }
	| { type: 'group'; children: SceneNode[]; link?: SceneLink; selected?: boolean };

export interface Scene {
	width: number;
	height: number;
	lang: Lang;
	dir: 'ltr' | 'rtl';
	/** For the SVG's <title> and <desc>, and the view's accessible name and description. */
	title: string;
	desc: string;
	background: string;
	nodes: SceneNode[];
}

/** Measures a string's advance width in px, in Vazirmatn at `size` and `weight`. */
export type Measure = (text: string, size: number, weight?: 400 | 700) => number;

/**
 * A layout done a step at a time: each `yield` is a place where it may pause, so the screen
 * (ChartFrame.svelte) and an export can let the page run between steps (ten thousand events take
 * more than a frame). `runSteps` does it all at once, as the tests and a builder called directly
 * do.
 */
export type Steps<T> = Generator<void, T, void>;

/** How many events a step goes through where a layout reads every event the first time. */
export const STEP_EVENTS = 1000;

/** Runs `steps` to the end, at once: their result. */
export function runSteps<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * How a view hands its scene to an exporter: a closure over the view's current inputs that lays
 * the scene out at any size. Without `height` the scene is as tall as its content needs. A view
 * whose layout can be long also gives it as `steps` (see `toSteppedBuilder`).
 */
export type SceneBuilder = ((width: number, height?: number) => Scene) & {
	steps?: (width: number, height?: number) => Steps<Scene>;
};

/** A builder from a stepwise layout: called, it runs the steps at once. */
export function toSteppedBuilder(
	steps: (width: number, height?: number) => Steps<Scene>,
): SceneBuilder {
	return Object.assign((width: number, height?: number) => runSteps(steps(width, height)), {
		steps,
	});
}

/** Colours a scene is drawn with; light and dark palettes come from the page's CSS variables. */
export interface Palette {
	background: string;
	text: string;
	muted: string;
	border: string;
	accent: string;
	reported: string;
	reportedFill: string;
	mentioned: string;
	mark: string;
}

export const LIGHT: Palette = {
	background: '#ffffff',
	text: '#1b1f24',
	muted: '#4f5863',
	border: '#cfd5dd',
	accent: '#1d4e89',
	reported: '#1d4e89',
	reportedFill: '#eaf1fb',
	mentioned: '#5f6b7a',
	mark: '#ffe27a',
};

export const DARK: Palette = {
	background: '#1a1f26',
	text: '#e8ebef',
	muted: '#a9b2bd',
	border: '#3a434e',
	accent: '#8fb8ef',
	reported: '#8fb8ef',
	reportedFill: '#1f2f45',
	mentioned: '#a9b2bd',
	mark: '#6b5716',
};

/**
 * A rough measure for tests and for Node (no canvas): average advance of Vazirmatn glyphs. The
 * browser passes a canvas-based measure instead.
 */
export const roughMeasure: Measure = (text, size, weight = 400) =>
	[...text].length * size * (weight === 700 ? 0.58 : 0.54);
