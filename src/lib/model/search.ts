/**
 * Full-text search over a catalog: which events a query finds, and where it occurs in each
 * source article. Everything is folded once when the index is built (normalize.ts), and which
 * events hold each letter and pair of letters is noted in idle time (grams.ts); a query then
 * intersects a few bitsets and reads only the events that may still hold its terms (matches.ts).
 */
import { toEventPassages, type Catalog } from './catalog.ts';
import { EventSet } from './bitset.ts';
import { addGrams, toGrams, type Grams } from './grams.ts';
import { toMatched, warmUpMatching, type Matched } from './matches.ts';
import { normalizeForSearch, toOriginalRange, type Folded } from './normalize.ts';
import type { Span } from './text.ts';
import type { Event, Localized, Topic } from './types.ts';

/** The labels of a topic or a country in every interface language, as the reader may type them. */
export interface SearchLabels {
	topic(t: Topic): string[];
	country(code: string): string[];
}

/** An event's searchable text: every field folded, one a line. */
export interface EventText {
	id: string;
	text: string;
}

/** A catalog folded for search; build it once with `toSearchIndex`. */
export interface SearchIndex {
	/** Per event, in catalog order: its id and all its searchable text, folded, one field a line. */
	events: EventText[];
	/** The events' ids in catalog order, and the place of each: a result's bits are in that order. */
	ids: string[];
	order: Map<string, number>;
	/** Which events hold each letter and pair of letters; filled by `prepareSearch`. */
	grams: Grams;
	/** How many events `prepareSearch` has read a query in, for the JIT (`warmUpMatching`). */
	warmed: number;
	/** The source articles; folded on first use. */
	sources: { id: string; original: string }[];
	folded: Map<string, Folded>;
	/**
	 * Whether a query looks through every article (and counts its hits there). Past a few
	 * megabytes of text that would cost more than a keystroke may: then an event is found through
	 * its own fields and the passages it cites, and hits are marked in the article on screen.
	 */
	scanSources: boolean;
	/**
	 * The last query's terms, the events it matched and, for each term it had to read, where that
	 * term first occurs in each of them. Typing one more letter asks for a subset of those events,
	 * and the longer term cannot occur before the shorter one did (set by `search`).
	 */
	last?: Matched;
}

/** `prepareSearch` warms up the reading on this many events, this many at a time. */
const WARM_UP_EVENTS = 10_000;
const WARM_UP_BATCH = 1_000;

/** Articles totalling more characters than this are not all scanned on every keystroke. */
export const SCAN_SOURCES_MAX = 1_000_000;

export interface SearchResult {
	/** The query, folded. */
	query: string;
	/** Its distinct terms, folded. */
	terms: string[];
	/** Ids of the events that contain every term of the query (an `EventSet`: no ids are copied). */
	events: ReadonlySet<string>;
	/** Per source with at least one hit: [start, end) original offsets, sorted, non-overlapping. */
	sourceHits: Map<string, Array<[number, number]>>;
	/** All hits in all sources; null when the articles were not all scanned (`scanSources`). */
	hitCount: number | null;
}

const localized = (l: Localized | undefined): string[] =>
	l ? [l.en, l.fa, l.ar].filter((s): s is string => !!s) : [];

/** Everything a reader may search an event by, in its own words and in the passages it cites. */
function toEventFields(catalog: Catalog, labels: SearchLabels, event: Event): string[] {
	const fields = [...localized(event.title), ...localized(event.summary)];
	for (const p of event.participants) {
		fields.push(...localized(p.person ? catalog.person.get(p.person)?.name : undefined));
		fields.push(...localized(p.role), ...labels.country(p.country));
	}
	if (event.place) {
		const place = event.place.place ? catalog.place.get(event.place.place) : undefined;
		fields.push(...localized(place?.name), ...localized(event.place.detail));
		fields.push(...labels.country(event.place.country));
	}
	if (event.setting) fields.push(...localized(event.setting.label));
	for (const t of event.topics) fields.push(...labels.topic(t.topic));
	for (const o of event.outcomes) fields.push(...localized(o.text));
	for (const p of toEventPassages(catalog, event)) fields.push(p.text);
	return fields;
}

/** Every event's searchable text, folded: the costly part of an index, done off the main thread. */
export function toEventTexts(catalog: Catalog, labels: SearchLabels): EventText[] {
	return catalog.events.map((event) => ({
		id: event.id,
		text: toEventFields(catalog, labels, event)
			.map((f) => normalizeForSearch(f).text)
			.join('\n'),
	}));
}

/** The index of a catalog, from its event texts (computed here unless given). */
export function toSearchIndex(
	catalog: Catalog,
	labels: SearchLabels,
	events: EventText[] = toEventTexts(catalog, labels),
): SearchIndex {
	const sources = catalog.dataset.sources.map((s) => ({ id: s.id, original: s.text }));
	const size = sources.reduce((n, s) => n + s.original.length, 0);
	const ids = events.map((e) => e.id);
	return {
		events,
		ids,
		order: new Map(ids.map((id, i) => [id, i])),
		grams: toGrams(events.length),
		warmed: 0,
		sources,
		folded: new Map(),
		scanSources: size <= SCAN_SOURCES_MAX,
	};
}

/**
 * Does the costly part of an index ahead of the first search, a slice at a time while `more()`
 * says there is time (an idle callback's deadline): notes the letters and pairs of every event
 * (until then a search reads every event), reads a query once so that the code that reads is
 * compiled, then folds the articles a search will scan (without that, the first keystroke folded
 * them all at once: 145 ms at a thousand events). Returns whether all is done.
 */
export function prepareSearch(index: SearchIndex, more: () => boolean): boolean {
	if (!addGrams(index.grams, index.events, more)) return false;
	// Cold, the first key to read text ("teh" of "tehran") took 6–10 ms at 10,000 events; 4–5 after.
	while (index.warmed < Math.min(index.events.length, WARM_UP_EVENTS)) {
		if (!more()) return false;
		warmUpMatching(index.events.slice(index.warmed, index.warmed + WARM_UP_BATCH));
		index.warmed += WARM_UP_BATCH;
	}
	if (!index.scanSources) return true;
	for (const source of index.sources) {
		if (index.folded.has(source.id)) continue;
		if (!more()) return false;
		toFolded(index, source);
	}
	return true;
}

function toFolded(index: SearchIndex, source: { id: string; original: string }): Folded {
	let folded = index.folded.get(source.id);
	if (!folded) {
		folded = normalizeForSearch(source.original);
		index.folded.set(source.id, folded);
	}
	return folded;
}

/** The hits of a search in one article: [start, end) original offsets, sorted, merged. */
export function toSourceHits(
	index: SearchIndex,
	sourceId: string,
	result: SearchResult,
): Array<[number, number]> {
	const known = result.sourceHits.get(sourceId);
	if (known || index.scanSources) return known ?? [];
	const source = index.sources.find((s) => s.id === sourceId);
	if (!source) return [];
	const folded = toFolded(index, source);
	return toMerged(
		toOccurrences(folded.text, result.terms).map(([start, end]) =>
			toOriginalRange(source.original, folded, start, end),
		),
	);
}

/** Every occurrence of each term in `haystack`, as folded [start, end). */
function toOccurrences(haystack: string, terms: string[]): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	for (const term of terms) {
		for (let i = haystack.indexOf(term); i !== -1; i = haystack.indexOf(term, i + term.length))
			found.push([i, i + term.length]);
	}
	return found;
}

/** Sorts ranges and joins those that overlap. */
function toMerged(ranges: Array<[number, number]>): Array<[number, number]> {
	const merged: Array<[number, number]> = [];
	for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
		const last = merged[merged.length - 1];
		if (last && start < last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}

/**
 * Runs `query`: its whitespace-separated terms, folded, must all occur in an event's fields or
 * cited passages (in any order, inside words too). Returns null for a query with nothing to find.
 */
export function search(index: SearchIndex, query: string): SearchResult | null {
	const folded = normalizeForSearch(query).text;
	if (!folded) return null;
	const terms = [...new Set(folded.split(' '))];
	const { matched } = (index.last = toMatched(index.events, index.grams, index.last, terms));
	const events = new EventSet(index.ids, index.order, matched);
	const sourceHits = new Map<string, Array<[number, number]>>();
	if (!index.scanSources) return { query: folded, terms, events, sourceHits, hitCount: null };
	let hitCount = 0;
	for (const s of index.sources) {
		const text = toFolded(index, s);
		const hits = toMerged(
			toOccurrences(text.text, terms).map(([start, end]) =>
				toOriginalRange(s.original, text, start, end),
			),
		);
		if (!hits.length) continue;
		sourceHits.set(s.id, hits);
		hitCount += hits.length;
	}
	return { query: folded, terms, events, sourceHits, hitCount };
}

/** Hits as spans for `toHighlightTree`, with ids `hit-<start>`. */
export function toHitSpans(hits: ReadonlyArray<readonly [number, number]>): Span[] {
	return hits.map(([start, end]) => ({ id: `hit-${start}`, start, end, kind: 'hit' }));
}
