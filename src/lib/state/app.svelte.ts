/**
 * The one place the app's state lives. Views read it and call its methods; the URL mirrors it
 * (a selection pushes a history entry; language, calendar, search and filters replace it).
 */
import { getContext, setContext } from 'svelte';
import { toCatalog, toEventSources, toFactsCiting, type Catalog } from '../model/catalog.ts';
import { isShown, toKnownFilters } from '../model/filter.ts';
import { countryLabels, formatMessage, topicLabels, type MessageKey } from '../model/messages.ts';
import { search, toSearchIndex, type SearchIndex, type SearchResult } from '../model/search.ts';
import { parseDataset } from '../model/parse.ts';
import {
	formatState,
	hasFilters,
	NO_FILTERS,
	parseState,
	type Calendar,
	type Filters,
	type UrlState,
	type View,
} from '../model/url.ts';
import type { Event, Lang } from '../model/types.ts';

type HistoryMode = 'push' | 'replace' | 'none';

export interface Notice {
	key: MessageKey;
	params: Record<string, string>;
}

/** Where the reader's own choices are remembered; the URL wins over them. */
const STORAGE_KEY = 'iran-kazakhstan-chronology';

export type Theme = 'system' | 'light' | 'dark';

interface Remembered {
	lang?: Lang;
	cal?: Calendar;
	theme?: Theme;
}

function recall(): Remembered {
	try {
		return JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as Remembered;
	} catch {
		// Storage can be off (privacy settings, sandboxed iframes): the app works without it.
		return {};
	}
}

function remember(value: Remembered): void {
	try {
		window.localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
	} catch {
		// As above: remembering is a convenience, never a requirement.
	}
}

/** The calendar a reader of `lang` most likely thinks in, until they choose another. */
function defaultCalendar(lang: Lang): Calendar {
	return lang === 'fa' ? 'jalali' : 'gregorian';
}

export class AppState {
	readonly catalog: Catalog | null;
	readonly loadErrors: string[];
	lang: Lang = $state('en');
	cal: Calendar = $state('gregorian');
	/** Light, dark, or as the system says; remembered in the browser, not part of links. */
	theme: Theme = $state('system');
	/** Whether the calendar was chosen (link or control) rather than defaulted from the language. */
	calChosen = $state(false);
	query = $state('');
	view: View = $state('timeline');
	/** Embed mode (from the link only): one view, minimal chrome. */
	embed = $state(false);
	present = $state(false);
	filters: Filters = $state({ ...NO_FILTERS });
	selectedId: string | null = $state(null);
	/** The passage a citation asked to see; the reader scrolls to it and emphasises it. */
	activePassage: string | null = $state(null);
	/** Facts highlighted after the reader jumped back from a passage. */
	activeFacts: string[] = $state([]);
	/** The article open in the reader. */
	readerSource: string | null = $state(null);
	notice: Notice | null = $state(null);

	readonly dir = $derived(this.lang === 'en' ? 'ltr' : 'rtl');
	/** Ids of the events the filters let through. */
	readonly shownIds: Set<string> = $derived.by(
		() =>
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole, never mutated
			new Set(
				(this.catalog?.events ?? [])
					.filter((e) => !this.catalog || isShown(this.catalog, e, this.filters))
					.map((e) => e.id),
			),
	);
	readonly filtered = $derived(hasFilters(this.filters));
	/** What the search finds: matching events and hits in the articles; null when not searching. */
	readonly searchResult: SearchResult | null = $derived.by(() =>
		this.catalog && this.query.trim() ? search(this.searchIndex(), this.query) : null,
	);
	/** The timeline's last window (ms), so a redrawn timeline (new direction) keeps its place. */
	timelineWindow: [number, number] | null = null;
	#index: SearchIndex | null = null;

	constructor(raw: unknown) {
		const parsed = parseDataset(raw);
		this.catalog = parsed.ok ? toCatalog(parsed.dataset) : null;
		this.loadErrors = parsed.ok ? [] : parsed.errors.map((e) => `${e.path}: ${e.message}`);
		this.readerSource = this.catalog?.dataset.sources[0]?.id ?? null;
	}

	/** The selected event's record (a plain getter: a map lookup needs no memo). */
	get selected(): Event | null {
		return this.selectedId && this.catalog
			? (this.catalog.event.get(this.selectedId) ?? null)
			: null;
	}

	/** The search index, built on first use: folding every article takes a moment. */
	private searchIndex(): SearchIndex {
		this.#index ??= toSearchIndex(this.catalog!, { topic: topicLabels, country: countryLabels });
		return this.#index;
	}

	/** A UI string in the current language. */
	t = (key: MessageKey, params: Record<string, string | number> = {}): string =>
		formatMessage(key, this.lang, params);

	/** Selects an event (or clears the selection) and records it in the URL. */
	select(id: string | null, history: HistoryMode = 'push'): void {
		if (id !== null && !this.catalog?.event.has(id)) {
			this.notice = { key: 'unknownEvent', params: { id } };
			this.selectedId = null;
			// Drop the unusable id from the address so a reload or a shared link is clean.
			this.writeUrl('replace');
			return;
		}
		if (id === this.selectedId) return;
		this.selectedId = id;
		this.activePassage = null;
		this.activeFacts = [];
		const event = this.selected;
		if (event && this.catalog) {
			const sources = toEventSources(this.catalog, event);
			if (sources[0]) this.readerSource = sources[0].id;
		}
		if (history !== 'none') this.writeUrl(history);
	}

	/** What the reader chose, to keep across visits. */
	private remembered(): Remembered {
		return { lang: this.lang, ...(this.calChosen ? { cal: this.cal } : {}), theme: this.theme };
	}

	setLang(lang: Lang): void {
		this.lang = lang;
		if (!this.calChosen) this.cal = defaultCalendar(lang);
		remember(this.remembered());
		this.writeUrl('replace');
	}

	setCal(cal: Calendar): void {
		this.cal = cal;
		this.calChosen = true;
		remember(this.remembered());
		this.writeUrl('replace');
	}

	setTheme(theme: Theme): void {
		this.theme = theme;
		remember(this.remembered());
	}

	setView(view: View): void {
		this.view = view;
		this.writeUrl('replace');
	}

	setPresent(present: boolean): void {
		this.present = present;
		this.writeUrl('push');
	}

	setQuery(query: string): void {
		this.query = query;
		this.writeUrl('replace');
	}

	setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void {
		this.filters = { ...this.filters, [key]: value };
		this.writeUrl('replace');
	}

	clearFilters(): void {
		this.filters = { ...NO_FILTERS };
		this.writeUrl('replace');
	}

	/** Shows a passage in the reader (switching article if needed) and emphasises it. */
	showPassage(passageId: string): void {
		const passage = this.catalog?.passage.get(passageId);
		if (!passage) {
			this.notice = { key: 'missingPassage', params: { id: passageId } };
			return;
		}
		this.readerSource = passage.source;
		this.activeFacts = [];
		// Reassigning the same id must still move focus, so clear first.
		this.activePassage = null;
		queueMicrotask(() => (this.activePassage = passageId));
	}

	/** From a highlighted passage back to the facts of the selected event that it supports. */
	showFactsOf(passageId: string): void {
		if (!this.selected) return;
		this.activePassage = passageId;
		this.activeFacts = toFactsCiting(this.selected, passageId);
	}

	/** Restores the state from a query string (on load and on back/forward). */
	restore(search: string): void {
		const { state, problems } = parseState(search);
		const remembered = recall();
		this.lang = state.lang ?? remembered.lang ?? 'en';
		this.calChosen = Boolean(state.cal ?? remembered.cal);
		this.cal = state.cal ?? remembered.cal ?? defaultCalendar(this.lang);
		this.theme = remembered.theme ?? 'system';
		this.query = state.q;
		this.view = state.view ?? 'timeline';
		this.embed = state.embed;
		this.present = state.present;
		const [filters, unknown] = this.catalog
			? toKnownFilters(this.catalog, state.filters)
			: [state.filters, []];
		this.filters = filters;
		const dropped = [...problems, ...unknown];
		this.notice = dropped.length
			? { key: 'ignoredParams', params: { problems: dropped.join('; ') } }
			: null;
		this.select(state.event, 'none');
		// Unusable values are dropped from the address too, so a reload or a shared link is clean.
		if (dropped.length) this.writeUrl('replace');
	}

	private writeUrl(mode: 'push' | 'replace'): void {
		if (typeof window === 'undefined') return;
		const query = formatState(this.toUrlState());
		const { pathname, search, hash } = window.location;
		if (query === search) return;
		window.history[mode === 'push' ? 'pushState' : 'replaceState'](
			null,
			'',
			`${pathname}${query}${hash}`,
		);
	}

	/** The state as a permalink records it (also used for embed snippets and exports). */
	toUrlState(): UrlState {
		return {
			event: this.selectedId,
			view: this.view,
			embed: this.embed,
			present: this.present,
			// Always recorded: a link must open in its language even where another is remembered.
			lang: this.lang,
			cal: this.calChosen ? this.cal : null,
			q: this.query,
			filters: this.filters,
		};
	}
}

const KEY = Symbol('app-state');

export function setAppState(state: AppState): AppState {
	return setContext(KEY, state);
}

export function getAppState(): AppState {
	return getContext<AppState>(KEY);
}
