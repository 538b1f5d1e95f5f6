/**
 * The one place the app's state lives. Views read it and call its methods; the URL mirrors it
 * (a selection pushes a history entry; language, calendar, search and filters replace it).
 */
import { getContext, setContext } from 'svelte';
import {
	prepareCatalog,
	toCatalog,
	toEventSources,
	toFactsCiting,
	type Catalog,
} from '../model/catalog.ts';
import { isSameFilters, isShown, toKnownFilters } from '../model/filter.ts';
import { countryLabels, formatMessage, topicLabels, type MessageKey } from '../model/messages.ts';
import {
	prepareSearch,
	search,
	toSearchIndex,
	toSourceHits,
	type EventText,
	type SearchIndex,
	type SearchResult,
} from '../model/search.ts';
import { warmUpFolding } from '../model/normalize.ts';
import { parseDataset } from '../model/parse.ts';
// Part of the first script (it is small; the parsers are in its worker): a link's dataset,
// parsed by the worker the HTML started, is claimed as the app mounts, not a chunk's load later.
import { loadDataset, type DataInput } from '../data/load.ts';
import type { BuiltinResult } from '../../../data/fetch.ts';
import { formatProblem } from '../data/problem.ts';
import { formatNumber } from '../model/dates.ts';
import { toFileName } from '../data/sniff.ts';
import type { Dataset } from '../model/types.ts';
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

/** A user's dataset being opened: how far reading has come, then checking. */
export interface Loading {
	name: string;
	loaded: number;
	total: number | null;
	phase: 'reading' | 'checking';
}

/** A dataset that could not be opened: its first problems, as the data check words them. */
export interface LoadFailure {
	name: string;
	/** What to retry; null for a file (choose it again). */
	input: DataInput | null;
	problems: string[];
	total: number;
}

/** Where the dataset on screen came from; null for the built-in one. */
export interface DatasetOrigin {
	name: string;
	/** The address it was opened from (and that links carry); null when opened from a file. */
	url: string | null;
}

const SEARCH_LABELS = { topic: topicLabels, country: countryLabels };
/** How long the typing pauses before the search is written into the address (ms). */
const QUERY_URL_DELAY = 300;

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

/** The language a page with this query string opens in: the link's, else the remembered one. */
export function startLang(search: string): Lang {
	return parseState(search).state.lang ?? recall().lang ?? 'en';
}

function remember(value: Remembered): void {
	try {
		window.localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
	} catch {
		// As above: remembering is a convenience, never a requirement.
	}
}

type IdleTask = (deadline: { timeRemaining(): number }) => void;

/** Runs `task` when the page is idle (in a timer where there are no idle callbacks). */
function whenIdle(task: IdleTask): void {
	// Safari has no idle callbacks; Node (the unit tests) neither.
	if (typeof globalThis.requestIdleCallback === 'function')
		requestIdleCallback(task, { timeout: 5000 });
	else setTimeout(() => task({ timeRemaining: () => 10 }), 500);
}

/** Prepares a search index (`prepareSearch`) in idle time, before anyone types. */
function prepareWhenIdle(index: SearchIndex): void {
	whenIdle(function prepare(deadline) {
		if (!prepareSearch(index, () => deadline.timeRemaining() > 2)) whenIdle(prepare);
	});
}
/** The calendar a reader of `lang` most likely thinks in, until they choose another. */
function defaultCalendar(lang: Lang): Calendar {
	return lang === 'fa' ? 'jalali' : 'gregorian';
}

export class AppState {
	/** The dataset on screen, indexed; null while the first one opens, or if the built-in is broken. */
	catalog: Catalog | null = $state.raw(null);
	/** Why the built-in dataset cannot be shown (empty until it is first needed, and if fine). */
	loadErrors: string[] = $state([]);
	/** Null: the built-in dataset. */
	origin: DatasetOrigin | null = $state(null);
	loading: Loading | null = $state(null);
	loadFailure: LoadFailure | null = $state(null);
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
	readonly searchResult: SearchResult | null = $derived.by(() => {
		if (!this.catalog || !this.query.trim()) return null;
		const index = this.searchIndex();
		return index ? search(index, this.query) : null;
	});
	/** Bumped when a search index arrives from the worker, so the search runs again. */
	#indexReady = $state(0);
	/** The timeline's last window (ms), so a redrawn timeline (new direction) keeps its place. */
	timelineWindow: [number, number] | null = null;
	#index: SearchIndex | null = null;
	/** Search texts on their way from a worker. */
	#texts: Promise<EventText[] | null> | null = null;
	readonly #builtinInput: BuiltinResult;
	/** Parsed on first use: a link to another dataset may never need it. */
	#builtinCatalog: Catalog | null | undefined = undefined;
	#abort: AbortController | null = null;
	/** The search's pending write of the address (`setQuery`). */
	#queryUrl: ReturnType<typeof setTimeout> | null = null;
	/** Whether the first link has been read (before it, nothing is on screen to keep). */
	#started = false;
	/** A link's selection and filters, kept until the dataset it names has opened. */
	#pending: { state: UrlState; problems: string[] } | null = null;

	/**
	 * `builtin`: the built-in dataset as fetched (unparsed), or why it could not be fetched. Nothing
	 * is on screen until `restore` has read the link.
	 */
	constructor(builtin: BuiltinResult) {
		this.#builtinInput = builtin;
		// Once the page is idle, so that the first keystroke in the search box does not.
		whenIdle(() => warmUpFolding());
	}

	/** The built-in dataset, checked and indexed the first time it is asked for; null if broken. */
	private get builtinCatalog(): Catalog | null {
		if (this.#builtinCatalog !== undefined) return this.#builtinCatalog;
		const input = this.#builtinInput;
		const parsed = input.ok ? parseDataset(input.raw) : null;
		this.#builtinCatalog = parsed?.ok ? toCatalog(parsed.dataset) : null;
		if (!input.ok) this.loadErrors = [input.error];
		else if (parsed && !parsed.ok)
			this.loadErrors = parsed.errors.map((e) => `${e.path}: ${e.message}`);
		return this.#builtinCatalog;
	}

	/** Whether the built-in dataset is on screen. */
	get builtin(): boolean {
		return this.origin === null;
	}

	/** The name exports and titles give the dataset on screen (its file name, or null if built-in). */
	get datasetName(): string | null {
		return this.origin?.name ?? null;
	}

	private useCatalog(catalog: Catalog | null, origin: DatasetOrigin | null): void {
		this.catalog = catalog;
		this.origin = origin;
		this.#index = null;
		this.#texts = null;
		this.timelineWindow = null;
		this.selectedId = null;
		this.activePassage = null;
		this.activeFacts = [];
		this.readerSource = catalog?.dataset.sources[0]?.id ?? null;
	}

	/**
	 * Opens a user's dataset (a link or a file) off the main thread. The one on screen stays
	 * until the new one has passed every check; a newer open or `cancelLoad` supersedes this one.
	 */
	async openDataset(input: DataInput): Promise<void> {
		this.#abort?.abort(new DOMException('superseded', 'AbortError'));
		const abort = new AbortController();
		this.#abort = abort;
		const url = 'url' in input ? input.url : null;
		const name = 'file' in input ? input.file.name : toFileName(input.url, document.baseURI);
		this.loadFailure = null;
		this.loading = { name, loaded: 0, total: null, phase: 'reading' };
		try {
			const result = await loadDataset(input, {
				signal: abort.signal,
				onProgress: (loaded, total) => {
					if (this.#abort === abort) this.loading = { name, loaded, total, phase: 'reading' };
				},
				// Indexed while the worker checks them (prepareCatalog), so showing them is quicker.
				onDraft: (records) => {
					if (this.#abort === abort) prepareCatalog(records);
				},
				onChecking: () => {
					// Marks for `npm run bench` and the browser's performance panel.
					performance.mark('dataset-read');
					if (this.#abort === abort)
						this.loading = { name, loaded: 0, total: null, phase: 'checking' };
				},
			});
			if (this.#abort !== abort) return;
			performance.mark('dataset-checked');
			if (!result.ok) {
				this.failLoad({
					name,
					input: url ? input : null,
					problems: result.errors.map(formatProblem),
					total: result.total,
				});
				return;
			}
			this.showDataset(result.dataset, { name, url });
			if (result.texts && this.catalog) this.awaitTexts(result.texts, this.catalog);
			performance.mark('dataset-indexed');
			const events = formatNumber(result.dataset.events.length, this.lang);
			this.notice = result.warningTotal
				? {
						key: 'datasetWarnings',
						params: {
							name,
							events,
							count: formatNumber(result.warningTotal, this.lang),
							first: formatProblem(result.warnings[0]!),
						},
					}
				: { key: 'datasetOpened', params: { name, events } };
		} catch (error) {
			if (this.#abort !== abort) return;
			if (abort.signal.aborted) {
				this.notice = { key: 'loadCancelled', params: { name } };
				this.fallBack();
			} else
				this.failLoad({
					name,
					input: url ? input : null,
					problems: [`(file): expected to open the dataset, found an error: ${String(error)}`],
					total: 1,
				});
		} finally {
			if (this.#abort === abort) {
				this.#abort = null;
				this.loading = null;
			}
		}
	}

	/** Stops opening a dataset; the one on screen stays. */
	cancelLoad(): void {
		this.#abort?.abort(new DOMException('cancelled', 'AbortError'));
	}

	/** Back to the built-in dataset. */
	openBuiltin(): void {
		this.cancelLoad();
		this.loadFailure = null;
		if (this.builtin && this.catalog) return;
		this.useCatalog(this.builtinCatalog, null);
		this.filters = { ...NO_FILTERS };
		this.writeUrl('push');
	}

	private failLoad(failure: LoadFailure): void {
		this.loadFailure = failure;
		this.fallBack();
	}

	/**
	 * A link's dataset that never opened: the built-in one shows if nothing is on screen yet,
	 * and the address drops the `data=` it did not get, so it describes what is shown.
	 */
	private fallBack(): void {
		const pending = this.#pending;
		this.#pending = null;
		if (!this.catalog) {
			this.useCatalog(this.builtinCatalog, null);
			this.applyLinkState(pending?.state ?? null, pending?.problems ?? []);
		}
		if (pending) this.writeUrl('replace');
	}

	/** Puts a freshly opened dataset on screen, with the link's selection if it came from one. */
	private showDataset(dataset: Dataset, origin: DatasetOrigin): void {
		this.useCatalog(toCatalog(dataset), origin);
		const pending = this.#pending;
		this.#pending = null;
		if (pending) {
			this.applyLinkState(pending.state, pending.problems);
			this.writeUrl('replace');
		} else {
			this.filters = { ...NO_FILTERS };
			this.writeUrl('push');
		}
	}

	/** The selected event's record (a plain getter: a map lookup needs no memo). */
	get selected(): Event | null {
		return this.selectedId && this.catalog
			? (this.catalog.event.get(this.selectedId) ?? null)
			: null;
	}

	/**
	 * The search index: for a user's dataset, from the event texts its worker folded (null until
	 * they arrive); otherwise built here on first use.
	 */
	private searchIndex(): SearchIndex | null {
		void this.#indexReady;
		if (this.#index) return this.#index;
		if (this.#texts) return null;
		this.#index = toSearchIndex(this.catalog!, SEARCH_LABELS);
		prepareWhenIdle(this.#index);
		return this.#index;
	}

	/** Where the search found the query in an article: its hits, for the reader to mark. */
	searchHitsIn(sourceId: string): Array<[number, number]> {
		const result = this.searchResult;
		return result && this.#index ? toSourceHits(this.#index, sourceId, result) : [];
	}

	/** Waits for a dataset's search texts from its worker; builds them here if they never come. */
	private awaitTexts(texts: Promise<EventText[] | null>, catalog: Catalog): void {
		this.#texts = texts;
		void texts.then((events) => {
			if (this.catalog !== catalog) return;
			this.#texts = null;
			this.#index = events ? toSearchIndex(catalog, SEARCH_LABELS, events) : null;
			if (this.#index) prepareWhenIdle(this.#index);
			this.#indexReady++;
		});
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
		// The address follows the typing once it pauses: written on every key, it took up to
		// 2.5 ms of a keystroke's 16 at ten thousand events. Any other change writes it at once.
		this.dropQueryUrl();
		this.#queryUrl = setTimeout(() => this.writeUrl('replace'), QUERY_URL_DELAY);
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
		// The address wins over a search still waiting to be written into it.
		this.dropQueryUrl();
		const { state, problems } = parseState(search);
		const remembered = recall();
		this.lang = startLang(search);
		this.calChosen = Boolean(state.cal ?? remembered.cal);
		this.cal = state.cal ?? remembered.cal ?? defaultCalendar(this.lang);
		this.theme = remembered.theme ?? 'system';
		this.query = state.q;
		this.view = state.view ?? 'timeline';
		this.embed = state.embed;
		this.present = state.present;
		const url = this.origin?.url ?? null;
		if (state.data !== url && (state.data || this.origin?.url)) {
			if (state.data) {
				// The selection and filters name records of the dataset to come: apply them then.
				this.#pending = { state, problems };
				// On first load nothing is shown until it opens, so no other dataset flashes by (and
				// the built-in one is not even parsed unless the link's fails).
				this.#started = true;
				void this.openDataset({ url: state.data });
				return;
			}
			this.cancelLoad();
			this.useCatalog(this.builtinCatalog, null);
		} else if (!this.#started) this.useCatalog(this.builtinCatalog, null);
		this.#started = true;
		this.applyLinkState(state, problems);
	}

	/** The link's selection and filters, checked against the dataset on screen. */
	private applyLinkState(state: UrlState | null, problems: string[]): void {
		const [filters, unknown] =
			state && this.catalog
				? toKnownFilters(this.catalog, state.filters)
				: [state?.filters ?? { ...NO_FILTERS }, []];
		// The same filters again (Back to the previous selection) keep their object: a new one
		// would count as a change, and the timeline refits to the events shown on each change.
		if (!isSameFilters(filters, this.filters)) this.filters = filters;
		const dropped = [...problems, ...unknown];
		this.notice = dropped.length
			? { key: 'ignoredParams', params: { problems: dropped.join('; ') } }
			: null;
		this.select(state?.event ?? null, 'none');
		// Unusable values are dropped from the address too, so a reload or a shared link is clean.
		if (dropped.length) this.writeUrl('replace');
	}

	/** Forgets the search's pending write of the address (`setQuery`). */
	private dropQueryUrl(): void {
		if (this.#queryUrl !== null) clearTimeout(this.#queryUrl);
		this.#queryUrl = null;
	}

	private writeUrl(mode: 'push' | 'replace'): void {
		// This write takes the query too.
		this.dropQueryUrl();
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

	/** This state's address in the full app (no embed, no presentation), on this page's path. */
	get fullAppUrl(): string {
		return `${location.pathname}${formatState({ ...this.toUrlState(), embed: false, present: false })}`;
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
			data: this.origin?.url ?? null,
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
