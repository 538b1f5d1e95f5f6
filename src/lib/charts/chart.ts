/**
 * What every presentation view is built from, and the pieces they share: the events to draw,
 * how an event is named, and the title block and source line that frame each scene.
 */
import { toEventSources, type Catalog } from '../model/catalog.ts';
import {
	formatCalendarNote,
	formatEventDate,
	formatNumber,
	type Calendar,
} from '../model/dates.ts';
import { formatCountry, formatMessage, localize } from '../model/messages.ts';
import type { Event, Lang } from '../model/types.ts';
import { toText, wrapText, type Dir } from './marks.ts';
import { STEP_EVENTS, type Measure, type Palette, type SceneNode, type Steps } from './scene.ts';
import { formatList, formatWord } from './words.ts';

/** The inputs of every scene builder: data, app state, and how to draw. */
export interface ChartInput {
	catalog: Catalog;
	/** Ids of the events to draw (the app's `shownIds`); null draws every event. */
	shown: ReadonlySet<string> | null;
	selectedId: string | null;
	/** Events matching the search, the rest fade; null when not searching. */
	matches?: ReadonlySet<string> | null;
	lang: Lang;
	dir: Dir;
	cal: Calendar;
	palette: Palette;
	measure: Measure;
	width: number;
	/** Exact height of the scene; without it the scene is as tall as its content needs. */
	height?: number;
	/**
	 * Day numbers of the first and last day of a period the chronology is zoomed into: it draws
	 * the events that may fall in it, on a scale of its months. Null or absent: all of time.
	 */
	range?: readonly [number, number] | null;
}

/** Narrowest width a scene is laid out for: a phone held upright. */
export const MIN_WIDTH = 320;

/** The events to draw, in the catalog's order (by date, reported first on a day). */
export function toShownEvents(input: ChartInput): Event[] {
	return input.catalog.events.filter((e) => !input.shown || input.shown.has(e.id));
}

/** Opacity of an event's marks: faded when a search is on and the event does not match. */
export function toOpacity(input: ChartInput, id: string): number {
	return input.matches && !input.matches.has(id) ? 0.35 : 1;
}

/** The date of an event as the reader's language and calendar write it. */
export function formatDate(input: ChartInput, event: Event): string {
	return formatEventDate(event.date, { lang: input.lang, cal: input.cal });
}

/**
 * Who took part: named people, or their country when a source names only the office. `short`
 * keeps family names ("Rouhani – Nazarbayev"), for labels; tables and names use full names.
 */
export function formatPeople(input: ChartInput, event: Event, short = false): string {
	const names = event.participants.map((p) => {
		const person = p.person ? input.catalog.person.get(p.person) : undefined;
		if (!person) return formatCountry(p.country, input.lang);
		const name = localize(person.name, input.lang);
		return short ? (name.split(/\s+/).at(-1) ?? name) : name;
	});
	return short ? names.join(' – ') : formatList(names, input.lang);
}

/** Where an event was held: its city, else its country, else ''. */
export function formatPlace(input: ChartInput, event: Event): string {
	const place = event.place?.place ? input.catalog.place.get(event.place.place) : undefined;
	if (place) return localize(place.name, input.lang);
	return event.place ? formatCountry(event.place.country, input.lang) : '';
}

/** An event's accessible name, as the timeline gives it: "Title, date (kind)". */
export function formatEventName(input: ChartInput, event: Event): string {
	const kind = formatMessage(
		event.kind === 'reported' ? 'kindReported' : 'kindMentioned',
		input.lang,
	);
	return `${localize(event.title, input.lang)}, ${formatDate(input, event)} (${kind})`;
}

/** How many members a mark's accessible name lists by name before it only counts the rest. */
export const NAMED_MEMBERS = 8;

/**
 * The events a mark stands for, for its accessible name: each by name when there are a few, else
 * the first few and how many more ("…; and 292 more"), so a name never runs to thousands.
 */
export function formatMembers(input: ChartInput, events: Event[]): string {
	const shown = events.length > NAMED_MEMBERS ? events.slice(0, NAMED_MEMBERS - 3) : events;
	const names = shown.map((e) => formatEventName(input, e));
	const rest = events.length - shown.length;
	if (rest > 0)
		names.push(formatWord('andMore', input.lang, { count: formatNumber(rest, input.lang) }));
	return names.join('; ');
}

/**
 * An outlet's name for a reader: the short English name ("IRNA", not the expansion), or the name
 * as printed for Persian, and for Arabic with Arabic letter forms (ی → ي, ک → ك).
 */
function formatOutlet(outlet: { printed?: string; en: string }, lang: Lang): string {
	if (lang === 'en' || !outlet.printed) return outlet.en.replace(/\s*\(.*\)\s*$/, '');
	return lang === 'ar' ? outlet.printed.replace(/ی/g, 'ي').replace(/ک/g, 'ك') : outlet.printed;
}

/**
 * "Sources: IRNA, ILNA, Zamar News, Al-Alam": the outlets behind the events, each once; a step at
 * a time (see `Steps`), since finding the sources of ten thousand events for the first time
 * takes a few hundred milliseconds.
 */
export function* formatSourceLineSteps(input: ChartInput, events: Event[]): Steps<string> {
	const cited = new Set<string>();
	for (let i = 0; i < events.length; i++) {
		if (i % STEP_EVENTS === STEP_EVENTS - 1) yield;
		for (const s of toEventSources(input.catalog, events[i]!)) cited.add(s.id);
	}
	const sources = input.catalog.dataset.sources.filter((s) => !cited.size || cited.has(s.id));
	const names = sources.flatMap((s) => [
		...(s.via ? [formatOutlet(s.via, input.lang)] : []),
		formatOutlet(s.outlet, input.lang),
	]);
	const label = formatMessage('sourceMany', input.lang);
	return `${label}: ${formatList([...new Set(names)], input.lang)}`;
}

/** A block of text nodes and the height it takes. */
export interface Block {
	nodes: SceneNode[];
	height: number;
}

/** The title and subtitle at the top of a scene, wrapped to its width, from its start edge. */
export function toTitleBlock(input: ChartInput, title: string, subtitle: string, y: number): Block {
	const { palette, measure, width, dir, lang } = input;
	const pad = toPad(width);
	const size = width < 480 ? 17 : 20;
	const x = dir === 'rtl' ? width - pad : pad;
	const align = dir === 'rtl' ? 'right' : 'left';
	const nodes: SceneNode[] = [];
	let at = y;
	for (const line of wrapText(title, width - 2 * pad, size, measure, 700)) {
		at += size * 1.25;
		nodes.push(toText(x, at, line, align, { size, weight: 700, fill: palette.text, dir, lang }));
	}
	for (const line of wrapText(subtitle, width - 2 * pad, 13, measure)) {
		at += 18;
		nodes.push(toText(x, at, line, align, { size: 13, fill: palette.muted, dir, lang }));
	}
	return { nodes, height: at - y + 6 };
}

/** The source line, and the calendar's note where it has one, at the foot of a scene. */
export function toFooterBlock(input: ChartInput, lines: string[], y: number): Block {
	const { palette, measure, width, dir, lang, cal } = input;
	const pad = toPad(width);
	const x = dir === 'rtl' ? width - pad : pad;
	const align = dir === 'rtl' ? 'right' : 'left';
	const nodes: SceneNode[] = [];
	let at = y;
	for (const text of [...lines, formatCalendarNote(cal, lang)].filter(Boolean))
		for (const line of wrapText(text, width - 2 * pad, 11, measure)) {
			at += 15;
			nodes.push(toText(x, at, line, align, { size: 11, fill: palette.muted, dir, lang }));
		}
	return { nodes, height: at - y + 4 };
}

/** Space around a scene's content: less on a phone. */
export function toPad(width: number): number {
	return width < 480 ? 10 : 16;
}
