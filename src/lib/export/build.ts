/**
 * From "the reader asked for an export" to a named Blob: picks the size, builds the scene, loads
 * the fonts, makes the file, a slice at a time so the page stays responsive and the reader can
 * follow and cancel it (chunks.ts). Loaded by the menu only on a click, with everything heavy
 * behind it. Downloading the Blob is the caller's step (download.ts).
 */
import type { SceneBuilder } from '../charts/scene.ts';
import { toEventSources, type Catalog } from '../model/catalog.ts';
import type { Calendar } from '../model/dates.ts';
import { formatOutletName, localize } from '../model/messages.ts';
import type { Lang } from '../model/types.ts';
import { checkAborted, collectPieces, finishSteps, yieldToPage } from './chunks.ts';
import { toCsvPieces } from './csv.ts';
import { MIME } from './download.ts';
import { toSelectedEvents, type PermalinkFor } from './fields.ts';
import { toIcsPieces } from './ics.ts';
import { toJsonPieces } from './json.ts';
import { loadFontSet } from './load.ts';
import { formatExportMessage, formatList } from './messages.ts';
import { toFileName } from './names.ts';
import { toPngBlob } from './png.ts';
import { CREDIT_HEIGHT, toExportSize, toPngSize, type SizePreset } from './sizes.ts';
import { toSvgPieces, type SvgOptions } from './svg.ts';

/** What every export needs to know about the app's state. */
export interface ExportContext {
	catalog: Catalog;
	/** The events shown (the filtered set), in any order. */
	ids: string[];
	lang: Lang;
	cal: Calendar;
	filtered: boolean;
	/** The view's name, e.g. `chronology`. */
	view: string;
	/** The current state's permalink. */
	permalink: string;
	permalinkFor: PermalinkFor;
	/** A user dataset's name; none for the built-in one. */
	dataset?: string;
}

export interface ExportFile {
	blob: Blob;
	name: string;
}

export type DataFormat = 'json' | 'csv' | 'ics';

/** "{dataset title}. Sources: IRNA, ILNA …": the outlets the exported events cite. */
export function toCredit(ctx: ExportContext): string {
	const { catalog, lang } = ctx;
	const outlets = new Set(
		toSelectedEvents(catalog, ctx.ids)
			.flatMap((e) => toEventSources(catalog, e))
			.map((s) => formatOutletName(s.outlet, lang)),
	);
	const sources = formatExportMessage('creditSources', lang, {
		list: formatList([...outlets], lang),
	});
	return `${localize(catalog.dataset.title, lang)}. ${sources}`;
}

const name = (ctx: ExportContext, view: string, ext: string) => toFileName({ ...ctx, view, ext });

/**
 * Lets the page paint "Preparing…" before a long synchronous step. The timer covers a hidden
 * tab, where animation frames wait until the tab is shown again.
 */
const nextFrame = () =>
	new Promise<void>((resolve) => {
		requestAnimationFrame(() => resolve());
		setTimeout(resolve, 100);
	});

/** What an export is doing: loading fonts, laying the view out, writing the file, drawing a PNG. */
export type ExportStep = 'fonts' | 'layout' | 'write' | 'render';

/**
 * How the menu follows an export and stops it: `onStep` with the share done (0…1) while writing,
 * none while a step cannot say; aborting `signal` stops it between slices of work.
 */
export interface ExportProgress {
	signal?: AbortSignal;
	onStep?: (step: ExportStep, done?: number) => void;
}

/** The scene's SVG, written a slice at a time (chunks.ts), as the Blob's parts. */
async function writeSvg(
	ctx: ExportContext,
	getScene: SceneBuilder,
	scene: { width: number; height?: number },
	opts: Omit<SvgOptions, 'fonts' | 'permalink' | 'credit'> & { subsetter: boolean },
	progress: ExportProgress,
): Promise<string[]> {
	const { signal, onStep } = progress;
	onStep?.('fonts');
	const fonts = await loadFontSet({ subsetter: opts.subsetter });
	checkAborted(signal);
	onStep?.('layout');
	await nextFrame();
	checkAborted(signal);
	// The credit and the layout each read every shown event: two tasks, not one long one.
	const credit = toCredit(ctx);
	await yieldToPage();
	checkAborted(signal);
	// A view that can lay itself out a step at a time does, between which the page runs.
	const laid = getScene.steps
		? await finishSteps(getScene.steps(scene.width, scene.height), { signal })
		: getScene(scene.width, scene.height);
	await yieldToPage();
	checkAborted(signal);
	const { total, pieces } = toSvgPieces(laid, {
		mode: opts.mode,
		fonts,
		permalink: ctx.permalink,
		credit,
		...(opts.size ? { size: opts.size } : {}),
	});
	onStep?.('write', 0);
	return collectPieces(pieces, total, { signal, onProgress: (done) => onStep?.('write', done) });
}

/** The view as an SVG file. */
export async function buildSvg(
	ctx: ExportContext,
	getScene: SceneBuilder,
	opts: {
		mode: 'editable' | 'outlined';
		preset: SizePreset;
		viewSize?: { width: number; height: number };
	},
	progress: ExportProgress = {},
): Promise<ExportFile> {
	const size = toExportSize(opts.preset, opts.viewSize);
	const parts = await writeSvg(
		ctx,
		getScene,
		size.scene,
		{ mode: opts.mode, size: size.physical, subsetter: opts.mode === 'editable' },
		progress,
	);
	return { blob: new Blob(parts, { type: MIME.svg }), name: name(ctx, ctx.view, 'svg') };
}

/** The view as a PNG at `scale` (2 or 3) of its px size, from the outlined SVG. */
export async function buildPng(
	ctx: ExportContext,
	getScene: SceneBuilder,
	opts: { scale: number; preset: SizePreset; viewSize?: { width: number; height: number } },
	progress: ExportProgress = {},
): Promise<ExportFile> {
	const size = toExportSize(opts.preset, opts.viewSize);
	// The picture's px size is the preset's, whatever height the view drew itself at: the SVG
	// fits the scene into it, so a 16:9 PNG is 16:9.
	const png = toPngSize(size.scene.width, size.scene.height + CREDIT_HEIGHT, opts.scale);
	const parts = await writeSvg(
		ctx,
		getScene,
		size.scene,
		{
			mode: 'outlined',
			size: { width: png.width, height: png.height, unit: 'px' },
			subsetter: false,
		},
		progress,
	);
	progress.onStep?.('render');
	await nextFrame();
	checkAborted(progress.signal);
	// Scene px are CSS px (96 per inch), so the PNG's density makes it as big as the SVG on a slide.
	const blob = await toPngBlob(parts.join(''), png.width, png.height, 96 * png.scale);
	return { blob, name: name(ctx, ctx.view, 'png') };
}

/** The shown events as a data file, written a slice at a time. `now` stamps calendar files. */
export async function buildData(
	ctx: ExportContext,
	format: DataFormat,
	now: Date,
	progress: ExportProgress = {},
): Promise<ExportFile> {
	const { signal, onStep } = progress;
	const style = { lang: ctx.lang, cal: ctx.cal, permalink: ctx.permalinkFor };
	onStep?.('write', 0);
	await nextFrame();
	checkAborted(signal);
	const { total, pieces } =
		format === 'json'
			? toJsonPieces(ctx.catalog, ctx.ids)
			: format === 'csv'
				? toCsvPieces(ctx.catalog, ctx.ids, style)
				: toIcsPieces(ctx.catalog, ctx.ids, { ...style, now });
	const parts = await collectPieces(pieces, total, {
		signal,
		onProgress: (done) => onStep?.('write', done),
	});
	return { blob: new Blob(parts, { type: MIME[format] }), name: name(ctx, 'events', format) };
}
