/**
 * The meeting places on a map: one marker per city with the events held there, Iran and
 * Kazakhstan lightly filled. The regional cities (Tehran to Astana) get a conic equal-area map
 * fitted to them; a city far outside that region (New York) gets an inset rather than a world map,
 * which would shrink the region where almost everything happened to a few crowded pixels. The
 * map itself is never mirrored: geography has no reading direction; its text is.
 */
import { formatCountry } from '../model/messages.ts';
import type { Event, Place } from '../model/types.ts';
import {
	MIN_WIDTH,
	formatMembers,
	formatSourceLineSteps,
	toFooterBlock,
	toOpacity,
	toPad,
	toShownEvents,
	toTitleBlock,
	type ChartInput,
} from './chart.ts';
import { toCluster, type LonLat } from './geography.ts';
import { toLegend } from './legend.ts';
import { drawPlaceSteps, type Frame } from './places.ts';
import { runSteps, type Scene, type Steps } from './scene.ts';
import { formatCount, formatList, formatWord } from './words.ts';

export interface MapPlace {
	place: Place;
	at: LonLat;
	/** Events held there, in date order. */
	events: Event[];
	/** The event its marker selects: the latest reported meeting there, else the latest event. */
	link: Event;
}

export interface MapData {
	places: MapPlace[];
	/** Events whose sources name only a country, by country; and those with no place at all. */
	countryOnly: { country: string; count: number }[];
	noPlace: number;
}

/** The shown events grouped by where they were held. */
export function toMapData(input: ChartInput): MapData {
	const events = toShownEvents(input);
	const places: MapPlace[] = [];
	const countries = new Map<string, number>();
	let noPlace = 0;
	for (const event of events) {
		const place = event.place?.place ? input.catalog.place.get(event.place.place) : undefined;
		if (!place?.coords) {
			if (event.place)
				countries.set(event.place.country, (countries.get(event.place.country) ?? 0) + 1);
			else noPlace++;
			continue;
		}
		const found = places.find((p) => p.place.id === place.id);
		if (found) found.events.push(event);
		else
			places.push({ place, at: [place.coords[1], place.coords[0]], events: [event], link: event });
	}
	for (const p of places) {
		const reported = p.events.filter((e) => e.kind === 'reported');
		p.link = (reported.length ? reported : p.events).at(-1)!;
	}
	return {
		places,
		countryOnly: [...countries].map(([country, count]) => ({ country, count })),
		noPlace,
	};
}

/** "Not on the map: 6 events in Turkmenistan, city not named; 3 events with no place stated." */
export function formatOffMap(input: ChartInput, data: MapData): string {
	const { lang } = input;
	const items = [
		...data.countryOnly.map(({ country, count }) =>
			formatWord('inCountry', lang, {
				count: formatCount(count, lang),
				country: formatCountry(country, lang),
			}),
		),
		...(data.noPlace
			? [formatWord('noPlace', lang, { count: formatCount(data.noPlace, lang) })]
			: []),
	];
	return items.length ? formatWord('offMap', lang, { items: formatList(items, lang) }) : '';
}

/** A marker's accessible name: the city, how many events, and each event's name. */
export function formatPlaceName(input: ChartInput, p: MapPlace): string {
	const names = formatMembers(input, p.events);
	return `${p.place.name[input.lang] ?? p.place.name.en}, ${formatCount(p.events.length, input.lang)}: ${names}`;
}

/** Builds the map scene at `input.width` (and height, if given). */
export function buildMapScene(raw: ChartInput): Scene {
	return runSteps(mapSteps(raw));
}

/** `buildMapScene` a step at a time (see `Steps`): ten thousand events take a while. */
export function* mapSteps(raw: ChartInput): Steps<Scene> {
	const input = { ...raw, width: Math.max(MIN_WIDTH, Math.round(raw.width)) };
	const { width, lang, dir, palette } = input;
	const pad = toPad(width);
	const data = toMapData(input);
	yield;
	const title = formatWord('map', lang);
	const header = toTitleBlock(input, title, formatWord('mapNote', lang), pad - 6);
	const legend = toLegend(input, ['reported', 'mentioned'], header.height + pad);
	const top = header.height + pad + legend.height + 8;
	const events = toShownEvents(input);
	yield;
	const lines = [formatOffMap(input, data), yield* formatSourceLineSteps(input, events)];
	yield;
	const footHeight = toFooterBlock(input, lines, 0).height;
	const natural = Math.min(560, Math.max(240, (width - 2 * pad) * 0.62));
	const mapH = raw.height ? Math.max(200, raw.height - top - footHeight - pad) : natural;
	const frame: Frame = { x0: pad, y0: top, x1: width - pad, y1: top + mapH };
	const [cluster, far] = toCluster(data.places, (p) => p.at);
	const places = yield* drawPlaceSteps(input, frame, cluster, far, (p) => ({
		label: formatPlaceName(input, p),
		opacity: Math.max(...p.events.map((e) => toOpacity(input, e.id))),
	}));
	const nodes = [...header.nodes, ...legend.nodes, ...places];
	const foot = toFooterBlock(input, lines, frame.y1 + 4);
	nodes.push(...foot.nodes);
	const height = Math.max(raw.height ?? 0, Math.round(frame.y1 + 4 + foot.height + pad / 2));
	return {
		width,
		height,
		lang,
		dir,
		title,
		desc: formatWord('mapNote', lang),
		background: palette.background,
		nodes,
	};
}
