/**
 * A chunk loader that "Try again" can really try again. Browsers that follow the older module
 * rules (Chromium 150, for one) keep a failed `import()` in their module map: importing the
 * same URL again fails at once, without asking the server, so a view whose chunk failed once
 * (a dropped connection, a deploy mid-session) could never load without reloading the page.
 */

/** An error's message, for the interface to show (a failed chunk's error is a TypeError). */
export function toErrorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** The chunk's address in a failed import's message (Chromium and Firefox name it), or null. */
export function toChunkUrl(error: unknown): string | null {
	const found = /\bhttps?:\/\/[^\s'"<>]+/.exec(toErrorText(error))?.[0].replace(/[.,;:)]+$/, '');
	if (!found) return null;
	try {
		return new URL(found).href;
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

const importUrl: ImportUrl = (url) => import(/* @vite-ignore */ url);

/**
 * `load`, wrapped: once it has failed, the next call asks for the same chunk under a new query
 * (`?retry=1`, `?retry=2` …), which no module map has seen, when the failure named the chunk;
 * otherwise (a message without the address) it calls `load` again. A module once loaded is
 * kept, so later calls do not go back to an address that failed.
 */
export function retryable<T>(load: () => Promise<T>, importAgain: ImportUrl = importUrl) {
	let loaded: Promise<T> | null = null;
	let failures = 0;
	let url: string | null = null;
	return (): Promise<T> => {
		if (loaded) return loaded;
		const attempt = url ? (importAgain(toRetryUrl(url, failures)) as Promise<T>) : load();
		loaded = attempt.catch((error: unknown) => {
			loaded = null;
			failures++;
			url ??= toChunkUrl(error);
			throw error;
		});
		return loaded;
	};
}
