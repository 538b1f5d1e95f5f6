/**
 * Column headers for the matrix: where and when each event was, as links to the event. Two
 * horizontal lines when every header fits its column; otherwise one line turned on its side (up
 * from the grid, mirrored in right-to-left text), so a phone can still show every column.
 */
import { formatMessage, localize, SETTING_LABELS } from '../model/messages.ts';
import type { Event } from '../model/types.ts';
import { formatDate, formatEventName, formatPlace, type ChartInput } from './chart.ts';
import { fitText, toText, wrapText } from './marks.ts';
import type { SceneNode } from './scene.ts';

export interface ColumnHeaders {
	nodes: SceneNode[];
	/** Top of the headers (below the group captions) and where the grid starts. */
	top: number;
	bottom: number;
}

/** A column's place line: the city, else the country, else the setting, else nothing. */
function formatWhere(input: ChartInput, event: Event): string {
	const place = formatPlace(input, event);
	if (place) return place;
	return event.setting ? SETTING_LABELS[event.setting.kind][input.lang] : '';
}

/** "where · when", or just when. */
function formatWhereWhen(input: ChartInput, event: Event): string {
	return [formatWhere(input, event), formatDate(input, event)].filter(Boolean).join(' · ');
}

const CAPTION = 20;

/**
 * Headers for `events` in columns `colW` wide centred at `cx(i)`, from `y` down, with a caption
 * over the reported meetings and one over the mentioned events.
 */
export function toColumnHeaders(
	input: ChartInput,
	events: Event[],
	colW: number,
	y: number,
	cx: (i: number) => number,
): ColumnHeaders {
	const { palette, measure, dir, lang, selectedId } = input;
	const rtl = dir === 'rtl';
	const style = { dir, lang };
	const nodes: SceneNode[] = [];
	// Captions: one per group of columns, with a rule under it the width of the group.
	for (const kind of ['reported', 'mentioned'] as const) {
		const idx = events.flatMap((e, i) => (e.kind === kind ? [i] : []));
		if (!idx.length) continue;
		const ends = [cx(idx[0]!), cx(idx.at(-1)!)];
		const [x0, x1] = [Math.min(...ends) - colW / 2 + 2, Math.max(...ends) + colW / 2 - 2];
		const text = fitText(
			formatMessage(kind === 'reported' ? 'kindReportedOnly' : 'kindMentionedOnly', lang),
			x1 - x0,
			11,
			measure,
			700,
		);
		// A caption is shown whole or not at all; the legend tells the groups apart as well.
		if (text && !text.endsWith('…'))
			nodes.push(
				toText(rtl ? x1 : x0, y + 12, text, rtl ? 'right' : 'left', {
					...style,
					size: 11,
					weight: 700,
					fill: palette.muted,
				}),
			);
		nodes.push({
			type: 'line',
			x1: x0,
			y1: y + 17,
			x2: x1,
			y2: y + 17,
			stroke: palette.muted,
			strokeWidth: 1,
		});
	}
	const top = y + CAPTION;
	const room = colW - 6;
	// Horizontal: where (bold) in up to two whole lines, when in up to three, then the title,
	// cut after four lines; only in columns wide enough to read that way.
	const texts = events.map((e) => [
		formatWhere(input, e),
		formatDate(input, e),
		localize(e.title, lang),
	]);
	const pieces = texts.map((t) =>
		t.map((text, k) => {
			const lines = wrapText(text, room, k ? 11 : 12, measure, k ? 400 : 700);
			if (k < 2 || lines.length <= 4) return lines;
			return [...lines.slice(0, 3), fitText(lines.slice(3).join(' ') + ' …', room, 11, measure)];
		}),
	);
	const flat =
		colW >= 60 &&
		pieces.every((p, i) =>
			p.slice(0, 2).every((lines, k) => lines.length <= 2 + k && lines.join(' ') === texts[i]![k]),
		);
	// On its side: "where · when", then the title in a second line if the column has room.
	const maxLen = Math.min(170, input.width * 0.42);
	const sideways = events.map((e) => [
		fitText(formatWhereWhen(input, e), maxLen, 11, measure),
		colW >= 30 ? fitText(localize(e.title, lang), maxLen, 10.5, measure) : '',
	]);
	const lineCount = (p: string[][]) => p.reduce((n, lines) => n + lines.length, 0);
	const height = flat
		? 8 + 14.5 * Math.max(...pieces.map(lineCount))
		: Math.max(...sideways.flat().map((t, k) => measure(t, k % 2 ? 10.5 : 11))) + 10;
	const bottom = top + height;
	events.forEach((event, i) => {
		const x = cx(i);
		const children: SceneNode[] = [
			{
				type: 'rect',
				x: x - colW / 2,
				y: top,
				w: colW,
				h: height,
				fill: palette.background,
				opacity: 0,
			},
		];
		if (flat) {
			let at = top + 14;
			pieces[i]!.forEach((lines, k) =>
				lines.forEach((line) => {
					const size = k ? 11 : 12;
					children.push(
						toText(x, at, line, 'center', {
							...style,
							size,
							...(k === 0 ? { weight: 700 as const } : {}),
							fill: k === 1 ? palette.text : k ? palette.muted : palette.text,
						}),
					);
					at += 14.5;
				}),
			);
		} else {
			// Turned a quarter: a line's glyphs lie on the side its tops face (left in LTR, right
			// in RTL), so the first line sits nearest that side.
			const [a, b] = sideways[i]!;
			const turn = rtl ? 90 : -90;
			const align = rtl ? 'right' : 'left';
			const first = rtl ? x + (b ? 7 : 4) : x - (b ? 7 : 4) + 11 * 0.7;
			children.push(
				toText(first, bottom - 5, a!, align, {
					...style,
					size: 11,
					fill: palette.text,
					rotate: turn,
				}),
			);
			if (b) {
				const second = rtl ? x - 6 : x + 6 + 10.5 * 0.7;
				children.push(
					toText(second, bottom - 5, b, align, {
						...style,
						size: 10.5,
						fill: palette.muted,
						rotate: turn,
					}),
				);
			}
		}
		nodes.push({
			type: 'group',
			children,
			link: { event: event.id, label: formatEventName(input, event) },
			...(event.id === selectedId ? { selected: true } : {}),
		});
	});
	return { nodes, top, bottom };
}
