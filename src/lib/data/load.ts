/**
 * Opens a user's dataset in the browser: fetches a URL or reads a chosen file with progress,
 * then parses it in a Web Worker. Resolves to a result the caller swaps in only if it is ok, so
 * nothing is ever half-loaded; rejects only when cancelled (with the signal's reason).
 */
import type { InputResult } from './input.ts';
import { ResultJoiner, type WorkerMessage } from './parts.ts';
import { readBytes, toContentLength, type ReadOptions } from './read.ts';
import { toFileName } from './sniff.ts';
import { takeWarm, takeWorker } from './warm.ts';
import type { WorkerRequest } from './worker.ts';
import type { EventText } from '../model/search.ts';

export type DataInput = { url: string } | { file: File };
export interface LoadOptions extends ReadOptions {
	/** Called once every byte is read, as checking the data begins. */
	onChecking?(): void;
}
/**
 * The parse result, with the name the dataset goes by (file name, or the URL's last part) and,
 * for a dataset, its events' search texts, which the worker sends after it (null if it could not).
 */
export type LoadResult = InputResult & { name: string; texts?: Promise<EventText[] | null> };

type Opened =
	| {
			ok: true;
			stream: ReadableStream<Uint8Array>;
			total: number | null;
			contentType: string | null;
	  }
	| { ok: false; message: string };

async function openUrl(url: string, signal: AbortSignal): Promise<Opened> {
	let response: Response;
	try {
		response = await (takeWarm(url, signal) ?? fetch(url, { signal }));
	} catch (error) {
		if (signal.aborted) throw signal.reason;
		return {
			ok: false,
			message: `expected to fetch ${url}, found a network error (${String(error)}): offline, or a server on another origin that does not allow cross-origin requests (CORS)`,
		};
	}
	if (!response.ok)
		return {
			ok: false,
			message:
				`expected the file at ${url}, found HTTP ${response.status} ${response.statusText}`.trim(),
		};
	// Single-page hosts answer a missing file with their index page, and a 200.
	const type = response.headers.get('content-type') ?? '';
	if (
		/^text\/html\b/i.test(type) &&
		!/\.html?$/i.test(new URL(response.url || url, document.baseURI).pathname)
	)
		return {
			ok: false,
			message: `expected a JSON or CSV file at ${url}, found a web page (the server's answer for a file it does not have?)`,
		};
	return {
		ok: true,
		stream: response.body ?? new Blob([]).stream(),
		total: toContentLength(response.headers),
		contentType: response.headers.get('content-type'),
	};
}

/**
 * Parses in a worker; terminating it is how a cancel stops the work. The worker lives on after
 * the result until it has sent the search texts (or failed, or a cancel came).
 */
function parseOffThread(
	request: WorkerRequest,
	signal: AbortSignal,
): Promise<InputResult & { texts?: Promise<EventText[] | null> }> {
	return new Promise((resolve, reject) => {
		const worker = takeWorker();
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
		worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
			const message = event.data;
			if (message.kind === 'texts') return void textParts.push(message.items);
			if (message.kind === 'texts-done') {
				settleTexts(textParts.flat());
				return finish();
			}
			const result = joiner.add(message);
			if (!result) return;
			if (!result.ok) finish();
			resolve(result.ok ? { ...result, texts } : result);
		};
		worker.onerror = (event) => {
			finish();
			resolve({
				ok: false,
				format: null,
				errors: [
					{
						path: '(file)',
						message: `expected to parse the file, found the parser failing: ${event.message}`,
					},
				],
				total: 1,
			});
		};
		worker.postMessage(request, [request.bytes]);
	});
}

/**
 * A dataset from a URL (same origin, or one that allows CORS) or a file, parsed leniently off
 * the main thread. `onProgress` reports bytes read; parsing follows the last report.
 */
export async function loadDataset(input: DataInput, opts: LoadOptions): Promise<LoadResult> {
	opts.signal.throwIfAborted();
	const name = 'file' in input ? input.file.name : toFileName(input.url, document.baseURI);
	const opened: Opened =
		'file' in input
			? {
					ok: true,
					stream: input.file.stream(),
					total: input.file.size,
					contentType: input.file.type || null,
				}
			: await openUrl(input.url, opts.signal);
	if (!opened.ok)
		return {
			ok: false,
			format: null,
			errors: [{ path: '(file)', message: opened.message }],
			total: 1,
			name,
		};
	const bytes = await readBytes(opened.stream, opened.total, opts);
	opts.onChecking?.();
	const request: WorkerRequest = {
		bytes: bytes.buffer as ArrayBuffer,
		name,
		contentType: opened.contentType,
	};
	return { ...(await parseOffThread(request, opts.signal)), name };
}
