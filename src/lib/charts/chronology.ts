/**
 * The chronology as a presentation chart: one time axis in the reader's calendar (mirrored right
 * to left), reported meetings above with who, where and when, mentioned events below, lighter and
 * dashed; rough dates as hatched ranges, never points; labels in rows on leader lines; events that
 * would overlap drawn as one mark with their count. The layout is lanes.ts; this draws it.
 */
import { formatNumber } from '../model/dates.ts';
import { formatMessage, localize } from '../model/messages.ts';
import {
	MIN_WIDTH,
	formatSourceLineSteps,
	toFooterBlock,
	toPad,
	toShownEvents,
	toTitleBlock,
	type ChartInput,
} from './chart.ts';
import { toEventDays } from './bands.ts';
import { drawLeaders, drawMark } from './flags.ts';
import { placeLanes, toLaneBaseSteps } from './lanes.ts';
import { toLegend } from './legend.ts';
import { toText } from './marks.ts';
import { drawAxis } from './timescale.ts';
import type { Event } from '../model/types.ts';
import { runSteps, type Scene, type SceneNode, type Steps } from './scene.ts';
import { formatCount, formatList, formatWord } from './words.ts';

export type { ChartInput } from './chart.ts';

const CALENDAR_NAMES = {
	gregorian: 'calGregorian',
	jalali: 'calJalali',
	hijri: 'calHijri',
} as const;

/** The events the chronology draws: the shown ones, those that may fall in its period if zoomed. */
export function toChronologyEvents(input: ChartInput): Event[] {
	const events = toShownEvents(input);
	const range = input.range;
	if (!range) return events;
	return events.filter((e) => {
		const [first, last] = toEventDays(e);
		return first <= range[1] && last >= range[0];
	});
}

/** Builds the chronology scene of the shown events at `input.width` (and height, if given). */
export function buildChronologyScene(raw: ChartInput): Scene {
	return runSteps(chronologySteps(raw));
}

/**
 * `buildChronologyScene` a step at a time (see `Steps`): ten thousand events take a few hundred
 * milliseconds to lay out, too long for one task.
 */
export function* chronologySteps(raw: ChartInput): Steps<Scene> {
	const input = { ...raw, width: Math.max(MIN_WIDTH, Math.round(raw.width)) };
	const { width, lang, dir, palette, catalog, cal } = input;
	const pad = toPad(width);
	const events = toChronologyEvents(input);
	const reported = events.filter((e) => e.kind === 'reported').length;
	const counts = formatWord('reportedAndMentioned', lang, {
		reported: formatNumber(reported, lang),
		mentioned: formatNumber(events.length - reported, lang),
	});
	const title = localize(catalog.dataset.title, lang);
	const subtitle =
		formatList([formatCount(events.length, lang), counts], lang) +
		' · ' +
		formatMessage(CALENDAR_NAMES[cal], lang);
	const header = toTitleBlock(input, title, subtitle, pad - 6);
	const legend = toLegend(input, ['reported', 'mentioned', 'approximate'], header.height + pad);
	const top = header.height + pad + legend.height + 10;
	const sources = yield* formatSourceLineSteps(input, events);
	yield;
	const footer = (y: number) => toFooterBlock(input, [sources], y);
	const scene = (nodes: SceneNode[], height: number): Scene => ({
		width,
		height: Math.round(height),
		lang,
		dir,
		title,
		desc: subtitle,
		background: palette.background,
		nodes,
	});
	if (!events.length) {
		const note = toText(
			dir === 'rtl' ? width - pad : pad,
			top + 16,
			formatMessage('noneShown', lang),
			dir === 'rtl' ? 'right' : 'left',
			{ size: 13, fill: palette.muted, dir, lang },
		);
		const foot = footer(top + 30);
		return scene(
			[...header.nodes, ...legend.nodes, note, ...foot.nodes],
			Math.max(raw.height ?? 0, top + 30 + foot.height + pad),
		);
	}
	const box = { left: pad, right: width - pad, top };
	const rows = { reported: 6, mentioned: width < 560 ? 3 : 5 };
	// Laid out across once; only the rows of labels change while fitting a height.
	const base = yield* toLaneBaseSteps(input, events, box);
	yield;
	let lanes = placeLanes(base, top, rows);
	const footHeight = footer(0).height;
	const natural = () => lanes.bottom + footHeight + pad / 2;
	// Asked for a height: give up rows of labels (mentioned events' first) until it fits.
	while (raw.height && natural() > raw.height && rows.reported + rows.mentioned > 0) {
		if (rows.mentioned > 0) rows.mentioned--;
		else rows.reported--;
		yield;
		lanes = placeLanes(base, top, rows);
	}
	const slack = raw.height ? Math.max(0, raw.height - natural()) : 0;
	if (slack) lanes = placeLanes(base, top + slack / 2, rows);
	yield;
	const foot = { ...footer(lanes.bottom + slack / 2), y: lanes.bottom + slack / 2 };
	const lane: SceneNode = {
		type: 'rect',
		x: pad,
		y: lanes.reported[0],
		w: width - 2 * pad,
		h: lanes.reported[1] - lanes.reported[0],
		rx: 3,
		fill: palette.reportedFill,
		opacity: 0.6,
	};
	const nodes = [
		...header.nodes,
		...legend.nodes,
		lane,
		...drawAxis(input, lanes.scale, lanes.ticks, top + slack / 2, lanes.axis),
		...drawLeaders(input, lanes),
		// In time order, reported meetings first: the order Tab moves through, whichever way the
		// axis runs.
		...[...lanes.marks]
			.sort(
				(a, b) =>
					Number(a.band !== 'reported') - Number(b.band !== 'reported') || a.first - b.first,
			)
			.map((m) => drawMark(input, m)),
		...foot.nodes,
	];
	return scene(nodes, Math.max(raw.height ?? 0, foot.y + foot.height + pad / 2));
}
