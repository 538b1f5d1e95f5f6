/**
 * A head start for a link's dataset: its worker is started, and asked to fetch and parse the
 * file, before the app's script has run. In the build, a small inline script in the HTML
 * (build/head-start.ts) does this while the page is still being parsed, and leaves what it
 * started on `window`; elsewhere (the dev server) main.ts calls `warmUp` first thing. The app
 * claims the worker when it opens the link, and replays what the worker said in the meantime.
 */
import type { WorkerMessage } from './parts.ts';
import type { OpenRequest } from './open.ts';

/** What a worker said before anyone listened: its messages, or that it failed. */
export type Backlogged = WorkerMessage | { kind: 'error'; message: string };

/** A worker already at work on `url` (absolute), and what it has said so far. */
export interface HeadStart {
	url: string;
	worker: Worker;
	backlog: Backlogged[];
}

declare global {
	interface Window {
		/** Set by the HTML's inline script (build/head-start.ts), taken once by `takeWorker`. */
		__datasetHeadStart?: HeadStart;
	}
}

export const spawnWorker = () =>
	new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

/** Keeps what `worker` says until someone listens. */
function listenEarly(worker: Worker, backlog: Backlogged[]): void {
	worker.onmessage = (event: MessageEvent<WorkerMessage>) => void backlog.push(event.data);
	worker.onerror = (event) => void backlog.push({ kind: 'error', message: event.message });
}

/** Starts a worker on `url` (absolute) unless the HTML's script already did. */
export function warmUp(url: string): void {
	if (window.__datasetHeadStart?.url === url) return;
	window.__datasetHeadStart?.worker.terminate();
	const worker = spawnWorker();
	const backlog: Backlogged[] = [];
	listenEarly(worker, backlog);
	worker.postMessage({ url } satisfies OpenRequest);
	window.__datasetHeadStart = { url, worker, backlog };
}

/**
 * A worker at work on `request`: the one started early if it was for the same URL (with what it
 * has said so far), else a new one, asked now. An early worker for anything else is stopped.
 */
export function takeWorker(request: OpenRequest): { worker: Worker; backlog: Backlogged[] } {
	const early = window.__datasetHeadStart;
	delete window.__datasetHeadStart;
	if (early && 'url' in request && early.url === request.url) return early;
	early?.worker.terminate();
	const worker = spawnWorker();
	worker.postMessage(request);
	return { worker, backlog: [] };
}

/** Stops an early worker nobody claimed (a link the app did not open: it was not valid). */
export function dropHeadStart(): void {
	window.__datasetHeadStart?.worker.terminate();
	delete window.__datasetHeadStart;
}
