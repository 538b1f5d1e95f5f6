/**
 * A chunk loader that "Try again" can really try again. Browsers that follow the older module
 * rules (Chromium 150, for one) keep a failed `import()` in their module map: importing the
 * same URL again fails at once, without asking the server, so a view whose chunk failed once
 * (a dropped connection) could never load without reloading the page.
 */

/** An error's message, for the interface to show (a failed chunk's error is a TypeError). */
export function toErrorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * The script a failed `import()` names (Chromium and Firefox put its address in the TypeError
 * they reject with), or null: for any other error (Vite's "Unable to preload CSS for …" is a
 * plain Error, and a stylesheet is no module), an address on another origin, or none at all.
 */
export function toChunkUrl(error: unknown, origin: string): string | null {
	if (!(error instanceof TypeError)) return null;
	const found = /\bhttps?:\/\/[^\s'"<>]+/.exec(error.message)?.[0].replace(/[.,;:)]+$/, '');
	if (!found) return null;
	try {
		const url = new URL(found);
		return url.origin === origin && /\.m?js$/.test(url.pathname) ? url.href : null;
	} catch {
		return null;
	}
}

/** `url` with `retry=n` in its query, so that no module map has seen it. */
export function toRetryUrl(url: string, n: number): string {
	const next = new URL(url);
	next.searchParams.set('retry', String(n));
	return next.href;
}

/** How a retry imports a URL: `import()` in the browser; a test's stand-in elsewhere. */
export type ImportUrl = (url: string) => Promise<unknown>;

export interface RetryOptions {
	importAgain?: ImportUrl;
	/** Only a chunk of this origin is imported again (default: this module's). */
	origin?: string;
	/** Runs before each retry (default: `reloadFailedStylesheets`). */
	beforeRetry?: () => void;
}

/** Stylesheet links that failed to load (a failed one still has an empty `sheet`). */
const failedSheets = new Set<HTMLLinkElement>();
if (typeof document !== 'undefined')
	document.addEventListener(
		'error',
		(event) => {
			const link = event.target;
			if (link instanceof HTMLLinkElement && link.rel === 'stylesheet') failedSheets.add(link);
		},
		true, // an element's error event does not bubble
	);

/**
 * Adds anew every stylesheet link that failed to load. Vite's loader adds a chunk's stylesheet
 * once, and never again, even when it failed: without this, a view retried after an outage
 * would come back unstyled.
 */
export function reloadFailedStylesheets(): void {
	for (const link of failedSheets) {
		failedSheets.delete(link);
		if (link.isConnected) link.replaceWith(link.cloneNode() as HTMLLinkElement);
	}
}

/**
 * `load`, wrapped so that each call after a failure is a real retry. A retry calls `load`
 * again; if that fails at once with the browser naming the chunk (a browser that keeps failed
 * modules), it asks for the same chunk under a new query (`?retry=1`, `?retry=2` …), and every
 * later retry does so directly. A module once loaded is kept, so later calls do not go back to
 * an address that failed.
 */
export function retryable<T>(load: () => Promise<T>, opts: RetryOptions = {}): () => Promise<T> {
	const importAgain = opts.importAgain ?? ((url: string) => import(/* @vite-ignore */ url));
	const origin = opts.origin ?? new URL(import.meta.url).origin;
	const beforeRetry = opts.beforeRetry ?? reloadFailedStylesheets;
	let loaded: Promise<T> | null = null;
	let failures = 0;
	let url: string | null = null;

	async function attempt(): Promise<T> {
		if (failures > 0) beforeRetry();
		if (url) return (await importAgain(toRetryUrl(url, failures))) as T;
		try {
			return await load();
		} catch (error) {
			// The first failure may be a real one (the server is down): only a retry that fails
			// with the chunk named is taken for the browser's memory of it.
			url = failures > 0 ? toChunkUrl(error, origin) : null;
			if (!url) throw error;
			return (await importAgain(toRetryUrl(url, failures))) as T;
		}
	}

	return () => {
		loaded ??= attempt().catch((error: unknown) => {
			loaded = null;
			failures++;
			throw error;
		});
		return loaded;
	};
}
