/**
 * Lookups over a parsed dataset, built once: records by id, events in chronological order, and
 * which facts of an event cite which passages.
 */
import { toAnchorTime, toDayRange } from './dates.ts';
import {
	COLLECTIONS,
	type Dataset,
	type Event,
	type Passage,
	type Person,
	type Place,
	type Records,
	type Source,
} from './types.ts';

export interface Catalog {
	dataset: Dataset;
	events: Event[];
	event: Map<string, Event>;
	passage: Map<string, Passage>;
	source: Map<string, Source>;
	person: Map<string, Person>;
	place: Map<string, Place>;
}

type Index = Omit<Catalog, 'dataset'>;

/** Indexes prepared ahead (`prepareCatalog`), by the records they index. */
const prepared = new WeakMap<Event[], { records: Records; index: Index }>();

function toIndex(records: Records): Index {
	const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((r) => [r.id, r]));
	// Each event's time once, not twice per comparison: ten thousand events sort in milliseconds.
	const keyed = records.events.map((event) => ({
		event,
		time: toAnchorTime(event.date),
		rank: event.kind === 'reported' ? 0 : 1,
	}));
	keyed.sort((a, b) => a.time - b.time || a.rank - b.rank);
	return {
		events: keyed.map((k) => k.event),
		event: byId(records.events),
		passage: byId(records.passages),
		source: byId(records.sources),
		person: byId(records.people),
		place: byId(records.places),
	};
}

/** Indexes a dataset; events come sorted by date, reported before mentioned on the same day. */
export function toCatalog(dataset: Dataset): Catalog {
	const ready = prepared.get(dataset.events);
	const same = ready && COLLECTIONS.every((key) => ready.records[key] === dataset[key]);
	return { dataset, ...(same ? ready.index : toIndex(dataset)) };
}

/**
 * Indexes records before they are a dataset: a large file's records reach the page while its
 * worker still checks them, and the page has nothing else to do. A `toCatalog` of a dataset
 * with these very records then takes the index as it is. Records are never mutated.
 */
export function prepareCatalog(records: Records): void {
	const index = toIndex(records);
	// The timeline fits and draws every event by its span: remember them now as well.
	for (const event of records.events) toTimeSpanMs(event);
	prepared.set(records.events, { records, index });
}

/** A fact of an event, by a stable key: `summary`, `date`, `place`, `setting`, `participants.0` … */
export interface FactRef {
	key: string;
	passages: string[];
}

/** Every fact of an event with the passages it cites, in reading order. */
export function toFacts(event: Event): FactRef[] {
	const facts: FactRef[] = [{ key: 'summary', passages: event.summary.passages }];
	facts.push({
		key: 'date',
		passages: [
			...event.date.passages,
			...(event.date.weekday ? [event.date.weekday.passage] : []),
			...(event.date.jalali ? [event.date.jalali.passage] : []),
		],
	});
	if (event.place) facts.push({ key: 'place', passages: event.place.passages });
	event.participants.forEach((p, i) =>
		facts.push({ key: `participants.${i}`, passages: p.passages }),
	);
	if (event.setting) facts.push({ key: 'setting', passages: event.setting.passages });
	event.topics.forEach((t, i) => facts.push({ key: `topics.${i}`, passages: t.passages }));
	event.outcomes.forEach((o, i) => facts.push({ key: `outcomes.${i}`, passages: o.passages }));
	return facts;
}

/** All passages an event cites, each once, in order of first citation. */
export function toEventPassages(catalog: Catalog, event: Event): Passage[] {
	const ids = new Set(toFacts(event).flatMap((f) => f.passages));
	return [...ids].flatMap((id) => catalog.passage.get(id) ?? []);
}

const eventSources = new WeakMap<Catalog, WeakMap<Event, readonly Source[]>>();

/**
 * The sources an event draws on, in order of first citation. Remembered per catalog (which never
 * changes once built): a chart, its export and the export's credit line each ask for every shown
 * event's sources, which at ten thousand events was a long task of its own.
 */
export function toEventSources(catalog: Catalog, event: Event): readonly Source[] {
	let known = eventSources.get(catalog);
	if (!known) eventSources.set(catalog, (known = new WeakMap()));
	let sources = known.get(event);
	if (!sources) {
		const ids = new Set(toEventPassages(catalog, event).map((p) => p.source));
		sources = [...ids].flatMap((id) => catalog.source.get(id) ?? []);
		known.set(event, sources);
	}
	return sources;
}

/** Keys of the facts of `event` that cite `passageId`. */
export function toFactsCiting(event: Event, passageId: string): string[] {
	return toFacts(event)
		.filter((f) => f.passages.includes(passageId))
		.map((f) => f.key);
}

export type Lane = 'bilateral' | 'context';

/**
 * Timeline lane: Iran–Kazakhstan meetings (the subject) apart from the summits and other
 * countries' meetings that give them context.
 */
export function toLane(event: Event): Lane {
	// Both countries, and no other: one pass and no set, as the timeline asks for every event.
	let [iran, kazakhstan] = [false, false];
	for (const { country } of event.participants) {
		if (country === 'IR') iran = true;
		else if (country === 'KZ') kazakhstan = true;
		else return 'context';
	}
	return iran && kazakhstan ? 'bilateral' : 'context';
}

const timeSpans = new WeakMap<Event['date'], readonly [number, number]>();

/**
 * The span an event occupies on a time axis, in ms: [first day, day after the last day).
 * Remembered per date record, like its day range: the timeline asks for every event's span as it
 * fits and draws, which at ten thousand events is worth not computing twice.
 */
export function toTimeSpanMs(event: Event): readonly [number, number] {
	let span = timeSpans.get(event.date);
	if (!span) {
		const [first, last] = toDayRange(event.date);
		const after = new Date(last.getTime());
		after.setDate(after.getDate() + 1);
		span = [first.getTime(), after.getTime()];
		timeSpans.set(event.date, span);
	}
	return span;
}

/** The span an event occupies on a time axis: [first day, day after the last day). */
export function toTimeSpan(event: Event): [Date, Date] {
	const [start, end] = toTimeSpanMs(event);
	return [new Date(start), new Date(end)];
}
