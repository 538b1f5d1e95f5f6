/**
 * From "the reader asked for an export" to a named Blob: picks the size, builds the scene, loads
 * the fonts, makes the file. Loaded by the menu only on a click, with everything heavy behind it.
 * Downloading the Blob is the caller's step (download.ts).
 */
import type { SceneBuilder } from '../charts/scene.ts';
import { toEventSources, type Catalog } from '../model/catalog.ts';
import type { Calendar } from '../model/dates.ts';
import { formatOutletName, localize } from '../model/messages.ts';
import type { Lang } from '../model/types.ts';
import { toCsv } from './csv.ts';
import { MIME } from './download.ts';
import { toSelectedEvents, type PermalinkFor } from './fields.ts';
import { toIcs } from './ics.ts';
import { toJson } from './json.ts';
import { loadFontSet } from './load.ts';
import { formatExportMessage, formatList } from './messages.ts';
import { toFileName } from './names.ts';
import { toPngBlob } from './png.ts';
import { CREDIT_HEIGHT, toExportSize, toPngSize, type SizePreset } from './sizes.ts';
import { toSvgString } from './svg.ts';

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

/** The view as an SVG file. */
export async function buildSvg(
	ctx: ExportContext,
	getScene: SceneBuilder,
	opts: {
		mode: 'editable' | 'outlined';
		preset: SizePreset;
		viewSize?: { width: number; height: number };
	},
): Promise<ExportFile> {
	const size = toExportSize(opts.preset, opts.viewSize);
	const fonts = await loadFontSet({ subsetter: opts.mode === 'editable' });
	await nextFrame();
	const scene = getScene(size.scene.width, size.scene.height);
	const svg = toSvgString(scene, {
		mode: opts.mode,
		fonts,
		permalink: ctx.permalink,
		credit: toCredit(ctx),
		size: size.physical,
	});
	return { blob: new Blob([svg], { type: MIME.svg }), name: name(ctx, ctx.view, 'svg') };
}

/** The view as a PNG at `scale` (2 or 3) of its px size, from the outlined SVG. */
export async function buildPng(
	ctx: ExportContext,
	getScene: SceneBuilder,
	opts: { scale: number; preset: SizePreset; viewSize?: { width: number; height: number } },
): Promise<ExportFile> {
	const size = toExportSize(opts.preset, opts.viewSize);
	const fonts = await loadFontSet({ subsetter: false });
	await nextFrame();
	const scene = getScene(size.scene.width, size.scene.height);
	// The picture's px size is the preset's, whatever height the view drew itself at: the SVG
	// fits the scene into it, so a 16:9 PNG is 16:9.
	const png = toPngSize(size.scene.width, size.scene.height + CREDIT_HEIGHT, opts.scale);
	const svg = toSvgString(scene, {
		mode: 'outlined',
		fonts,
		permalink: ctx.permalink,
		credit: toCredit(ctx),
		size: { width: png.width, height: png.height, unit: 'px' },
	});
	// Scene px are CSS px (96 per inch), so the PNG's density makes it as big as the SVG on a slide.
	const blob = await toPngBlob(svg, png.width, png.height, 96 * png.scale);
	return { blob, name: name(ctx, ctx.view, 'png') };
}

/** The shown events as a data file. `now` stamps calendar files. */
export function buildData(ctx: ExportContext, format: DataFormat, now: Date): ExportFile {
	const style = { lang: ctx.lang, cal: ctx.cal, permalink: ctx.permalinkFor };
	const text =
		format === 'json'
			? toJson(ctx.catalog, ctx.ids)
			: format === 'csv'
				? toCsv(ctx.catalog, ctx.ids, style)
				: toIcs(ctx.catalog, ctx.ids, { ...style, now });
	return { blob: new Blob([text], { type: MIME[format] }), name: name(ctx, 'events', format) };
}
