/**
 * The one place the app's state lives. Views read it and call its methods; the URL mirrors it
 * (select → pushState; popstate → restore).
 */
import { getContext, setContext } from 'svelte';
import { toCatalog, toEventSources, toFactsCiting, type Catalog } from '../model/catalog.ts';
import { parseDataset } from '../model/parse.ts';
import { formatState, parseState } from '../model/url.ts';
import type { Event, Lang } from '../model/types.ts';

type HistoryMode = 'push' | 'replace' | 'none';

export class AppState {
	readonly catalog: Catalog | null;
	readonly loadErrors: string[];
	lang: Lang = $state('en');
	selectedId: string | null = $state(null);
	/** The passage a citation asked to see; the reader scrolls to it and emphasises it. */
	activePassage: string | null = $state(null);
	/** Facts highlighted after the reader jumped back from a passage. */
	activeFacts: string[] = $state([]);
	/** The article open in the reader. */
	readerSource: string | null = $state(null);
	notice: string | null = $state(null);

	/** The selected event's record (a plain getter: a map lookup needs no memo). */
	get selected(): Event | null {
		return this.selectedId && this.catalog
			? (this.catalog.event.get(this.selectedId) ?? null)
			: null;
	}

	constructor(raw: unknown) {
		const parsed = parseDataset(raw);
		this.catalog = parsed.ok ? toCatalog(parsed.dataset) : null;
		this.loadErrors = parsed.ok ? [] : parsed.errors.map((e) => `${e.path}: ${e.message}`);
		this.readerSource = this.catalog?.dataset.sources[0]?.id ?? null;
	}

	/** Selects an event (or clears the selection) and records it in the URL. */
	select(id: string | null, history: HistoryMode = 'push'): void {
		if (id !== null && !this.catalog?.event.has(id)) {
			this.notice = `No meeting with the id “${id}”. Showing the whole timeline instead.`;
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

	/** Shows a passage in the reader (switching article if needed) and emphasises it. */
	showPassage(passageId: string): void {
		const passage = this.catalog?.passage.get(passageId);
		if (!passage) {
			this.notice = `The passage “${passageId}” is missing from the data.`;
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
		this.notice = problems.length ? `Ignored a link parameter: ${problems.join('; ')}.` : null;
		this.select(state.event, problems.length ? 'replace' : 'none');
	}

	private writeUrl(mode: 'push' | 'replace'): void {
		if (typeof window === 'undefined') return;
		const url = `${window.location.pathname}${formatState({ event: this.selectedId })}${window.location.hash}`;
		if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`)
			return;
		window.history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
	}
}

const KEY = Symbol('app-state');

export function setAppState(state: AppState): AppState {
	return setContext(KEY, state);
}

export function getAppState(): AppState {
	return getContext<AppState>(KEY);
}
