/**
 * Opens a user's dataset in the browser: a worker fetches a URL or reads a chosen file, with
 * progress, and parses it (worker.ts). Resolves to a result the caller swaps in only if it is
 * ok, so nothing is ever half-loaded; rejects only when cancelled (with the signal's reason).
 */
import type { InputResult } from './input.ts';
import { ResultJoiner } from './parts.ts';
import { toFailure } from './problem.ts';
import type { Records } from '../model/types.ts';
import type { ReadOptions } from './read.ts';
import { toFileName } from './sniff.ts';
import { takeWorker, type Backlogged } from './warm.ts';
import type { OpenRequest } from './open.ts';
import type { WorkerRequest } from './worker.ts';
import type { EventText } from '../model/search.ts';

export type DataInput = { url: string } | { file: File };
export interface LoadOptions extends ReadOptions {
	signal: AbortSignal;
	/** Called once every byte is read, as checking the data begins. */
	onChecking?(): void;
	/**
	 * The records as read, not yet checked, while the worker checks them: the result will hold
	 * these very arrays if they pass unchanged, so work done on them now (indexing) is not done
	 * again. A throw here is ignored: the draft is only a head start.
	 */
	onDraft?(records: Records): void;
}
/**
 * The parse result, with the name the dataset goes by (file name, or the URL's last part) and,
 * for a dataset, its events' search texts, which the worker sends after it (null if it could not).
 */
export type LoadResult = InputResult & { name: string; texts?: Promise<EventText[] | null> };

/** What the worker is asked to open: a link is resolved against the page's address here. */
export const toWorkerRequest = (input: DataInput): OpenRequest =>
	'file' in input ? input : { url: new URL(input.url, document.baseURI).href };

/**
 * Opens and parses in a worker; terminating it is how a cancel stops the work. The worker lives
 * on after the result until it has sent the search texts (or failed, or a cancel came).
 */
function parseOffThread(
	request: OpenRequest,
	opts: LoadOptions,
): Promise<InputResult & { texts?: Promise<EventText[] | null> }> {
	const { signal } = opts;
	return new Promise((resolve, reject) => {
		const { worker, backlog } = takeWorker(request);
		let settleTexts: (texts: EventText[] | null) => void = () => {};
		const texts = new Promise<EventText[] | null>((done) => (settleTexts = done));
		const textParts: EventText[][] = [];
		const finish = () => {
			signal.removeEventListener('abort', cancel);
			worker.terminate();
			settleTexts(null);
		};
		const cancel = () => {
			finish();
			reject(signal.reason);
		};
		signal.addEventListener('abort', cancel, { once: true });
		const joiner = new ResultJoiner();
		const onDraft = () => {
			const draft = joiner.draft();
			if (!draft) return;
			// Only a head start: records not yet checked may trip the indexing, and then the
			// result is indexed when it comes, as if there had been no draft.
			try {
				opts.onDraft?.(draft);
			} catch {
				// Nothing to undo: prepareCatalog keeps nothing it did not finish.
			}
		};
		const receive = (message: Backlogged) => {
			switch (message.kind) {
				case 'error':
					finish();
					return resolve(
						toFailure({
							path: '(file)',
							message: `expected to parse the file, found the parser failing: ${message.message}`,
						}),
					);
				case 'progress':
					return opts.onProgress(message.loaded, message.total);
				case 'checking':
					return opts.onChecking?.();
				case 'draft-text':
					// Parsed here, in this task, while the worker parses the same text; indexed once
					// the worker has found its reader leaves the records as they are ('draft-done').
					return void joiner.add(message);
				case 'draft-done':
					return void onDraft();
				case 'texts':
					return void textParts.push(message.items);
				case 'texts-done':
					settleTexts(textParts.flat());
					return finish();
			}
			const result = joiner.add(message);
			if (!result) return;
			if (!result.ok) finish();
			else askForTextsAfterDraw(worker);
			resolve(result.ok ? { ...result, texts } : result);
		};
		worker.onmessage = (event: MessageEvent<Backlogged>) => receive(event.data);
		worker.onerror = (event) => receive({ kind: 'error', message: event.message });
		// What an early worker said before the app asked for it.
		for (const message of backlog) receive(message);
	});
}

/**
 * Asks the worker for the search texts once the page has drawn the dataset it resolves with:
 * after the next frame has been rendered (a task posted from a frame's callback runs after its
 * rendering), or after a second at most, as in a tab in the background, which has no frames.
 * A terminated worker ignores the request.
 */
function askForTextsAfterDraw(worker: Worker): void {
	let asked = false;
	const ask = () => {
		if (asked) return;
		asked = true;
		worker.postMessage({ kind: 'texts' } satisfies WorkerRequest);
	};
	requestAnimationFrame(() => setTimeout(ask));
	setTimeout(ask, 1000);
}

/**
 * A dataset from a URL (same origin, or one that allows CORS) or a file, parsed leniently off
 * the main thread. `onProgress` reports bytes read; parsing follows the last report.
 */
export async function loadDataset(input: DataInput, opts: LoadOptions): Promise<LoadResult> {
	opts.signal.throwIfAborted();
	const name = 'file' in input ? input.file.name : toFileName(input.url, document.baseURI);
	opts.onProgress(0, 'file' in input ? input.file.size : null);
	return { ...(await parseOffThread(toWorkerRequest(input), opts)), name };
}
