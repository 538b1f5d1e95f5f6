/**
 * A head start for a link's dataset: main.ts calls `warmUp` before anything else runs, so the
 * file downloads and its parser (a worker) loads while the app's script runs and the page mounts.
 * Kept apart from load.ts, which is fetched on demand: waiting for it would start the download
 * only after the mount, and race the app's own request for the same file.
 */

let warm: { url: string; response: Promise<Response>; abort: AbortController } | null = null;
let warmWorker: Worker | null = null;

export const spawnWorker = () =>
	new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

/** Starts fetching a link's dataset and a parser for it before the app asks for them. */
export function warmUp(url: string): void {
	warm?.abort.abort();
	const abort = new AbortController();
	const response = fetch(url, { signal: abort.signal });
	// Unclaimed or failed, it is fetched (and reported) again when the app opens the link.
	response.catch(() => {});
	warm = { url, response, abort };
	warmWorker ??= spawnWorker();
}

/** The early request for `url`, if one was started: taken once, and cancelled with `signal`. */
export function takeWarm(url: string, signal: AbortSignal): Promise<Response> | null {
	const taken = warm;
	// An early request for another file is of no use any more: stop its download.
	warm = null;
	if (taken?.url !== url) {
		taken?.abort.abort();
		return null;
	}
	signal.addEventListener('abort', () => taken.abort.abort(signal.reason), { once: true });
	return taken.response;
}

/** The worker started early, if any (taken once), or a new one. */
export function takeWorker(): Worker {
	const worker = warmWorker ?? spawnWorker();
	warmWorker = null;
	return worker;
}
