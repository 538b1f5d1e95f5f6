/**
 * The permalink format. Parsing never throws: unusable values are dropped and reported, so the app
 * can say so politely. Ids are checked for shape here and against the dataset by the app.
 */
import { CALENDARS, type Calendar } from './calendar.ts';
import { TOPICS, type Lang, type Topic } from './types.ts';

export type { Calendar } from './calendar.ts';
export { CALENDARS } from './calendar.ts';
export type Kind = 'reported' | 'mentioned';
/** The main view: the interactive timeline, or one of the presentation views drawn with D3. */
export type View = 'timeline' | 'chronology' | 'matrix' | 'map' | 'table';
export const VIEWS: readonly View[] = ['timeline', 'chronology', 'matrix', 'map', 'table'];

/** Narrowing the events shown; every field is optional and they combine (AND). */
export interface Filters {
	person: string | null;
	country: string | null;
	place: string | null;
	topic: Topic | null;
	kind: Kind | null;
	source: string | null;
}

export interface UrlState {
	event: string | null;
	/** Null means the default view, the timeline. */
	view: View | null;
	/** Embed mode: one view, minimal chrome, for iframes. */
	embed: boolean;
	/** Presentation mode: steps through the meetings. */
	present: boolean;
	/** Null when the link does not say: the app falls back to the remembered choice. */
	lang: Lang | null;
	cal: Calendar | null;
	q: string;
	filters: Filters;
	/** The dataset's address (relative to the page, or http(s) on a CORS origin); null: built-in. */
	data: string | null;
}

export interface ParsedUrl {
	state: UrlState;
	/** Human-readable reasons for values that were dropped. */
	problems: string[];
}

export const LANGS: readonly Lang[] = ['en', 'fa', 'ar'];
const KINDS: readonly Kind[] = ['reported', 'mentioned'];
const ID = /^[a-z0-9][a-z0-9-]{0,127}$/;
const COUNTRY = /^[A-Z]{2}$/;
const MAX_QUERY = 200;
const MAX_DATA_URL = 2048;

/**
 * A dataset address worth fetching: http(s) once resolved against the page (so relative paths
 * pass), never `javascript:`, `data:` or `blob:`, and short enough to sit in a link.
 */
export function isDataUrl(value: string): boolean {
	if (value.length > MAX_DATA_URL || /\p{Cc}/u.test(value)) return false;
	try {
		const url = new URL(value, 'http://page.invalid/');
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

export const NO_FILTERS: Filters = Object.freeze({
	person: null,
	country: null,
	place: null,
	topic: null,
	kind: null,
	source: null,
});

/** The state of a link that says nothing. */
export const EMPTY_STATE: UrlState = Object.freeze({
	event: null,
	view: null,
	embed: false,
	present: false,
	lang: null,
	cal: null,
	q: '',
	filters: NO_FILTERS,
	data: null,
});

function shorten(value: string): string {
	return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Reads the state from a query string (with or without the leading `?`). */
export function parseState(search: string): ParsedUrl {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		return {
			state: { ...EMPTY_STATE, filters: { ...NO_FILTERS } },
			problems: ['the link could not be read'],
		};
	}
	const problems: string[] = [];
	/** The first value of `key` if `valid` accepts it; a bad value is reported and dropped. */
	const read = <T extends string>(key: string, valid: (v: string) => boolean): T | null => {
		const value = params.get(key);
		if (value === null || value === '') return null;
		if (valid(value)) return value as T;
		problems.push(`${key}=“${shorten(value)}”`);
		return null;
	};
	const isId = (v: string) => ID.test(v);
	const q = (params.get('q') ?? '').slice(0, MAX_QUERY);
	// The default view is recorded as null, so links with and without view=timeline match.
	const view = read<View>('view', (v) => (VIEWS as string[]).includes(v));
	const flag = (key: string) => read(key, (v) => v === '1' || v === '0') === '1';
	return {
		state: {
			event: read('event', isId),
			view: view === 'timeline' ? null : view,
			embed: flag('embed'),
			present: flag('present'),
			lang: read<Lang>('lang', (v) => (LANGS as string[]).includes(v)),
			cal: read<Calendar>('cal', (v) => (CALENDARS as string[]).includes(v)),
			q,
			filters: {
				person: read('person', isId),
				country: read('country', (v) => COUNTRY.test(v)),
				place: read('place', isId),
				topic: read<Topic>('topic', (v) => (TOPICS as readonly string[]).includes(v)),
				kind: read<Kind>('kind', (v) => (KINDS as string[]).includes(v)),
				source: read('source', isId),
			},
			data: read('data', isDataUrl),
		},
		problems,
	};
}

/** Writes the state as a query string with a leading `?`, or '' when there is nothing to say. */
export function formatState(state: UrlState): string {
	const params = new URLSearchParams();
	if (state.data) params.set('data', state.data);
	if (state.view && state.view !== 'timeline') params.set('view', state.view);
	if (state.event) params.set('event', state.event);
	if (state.lang) params.set('lang', state.lang);
	if (state.cal) params.set('cal', state.cal);
	if (state.q) params.set('q', state.q);
	for (const [key, value] of Object.entries(state.filters)) if (value) params.set(key, value);
	if (state.embed) params.set('embed', '1');
	if (state.present) params.set('present', '1');
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** True when any filter is set. */
export function hasFilters(filters: Filters): boolean {
	return Object.values(filters).some((v) => v !== null);
}
