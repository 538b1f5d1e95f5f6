/**
 * The dataset parser, off the main thread: a URL or a file in, a dataset or its problems out, so
 * ten thousand events never stall the page. It fetches and reads the file itself, reporting
 * progress, and loads the parsers (parse-job.ts) meanwhile: this module is small, so the download
 * starts as soon as the worker does. The result goes back in parts (parts.ts). Started by
 * warm.ts, one worker per dataset, as early as the page knows what to open.
 */
import { openRequest, type OpenRequest } from './open.ts';
import {
	isDraftOfText,
	PART_SIZE,
	toDraftMessages,
	toMessages,
	toTextMessages,
	type WorkerMessage,
} from './parts.ts';
import { toFailure } from './problem.ts';
import { sniffFormat } from './sniff.ts';

/**
 * What the page asks: to open a file (the first message), then, once it has drawn the dataset,
 * for its events' search texts.
 */
export type WorkerRequest = OpenRequest | { kind: 'texts' };

/** Progress is posted at most this often (ms): each report re-renders the progress bar. */
const PROGRESS_EVERY = 100;

// The DOM library types `self` as a window; in a worker it is the worker's own scope.
const scope = self as unknown as {
	onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
	postMessage(message: WorkerMessage): void;
};

let askForTexts = () => {};
/** Settles when the page asks for the search texts. */
const textsAsked = new Promise<void>((resolve) => (askForTexts = resolve));

async function work(request: OpenRequest): Promise<void> {
	const job = import('./parse-job.ts');
	// Awaited only once the file is read; a failure to load it is reported there, not here.
	job.catch(() => {});
	let posted = -Infinity;
	const opened = await openRequest(request, (loaded, total) => {
		const now = performance.now();
		if (now - posted < PROGRESS_EVERY && loaded !== total) return;
		posted = now;
		scope.postMessage({ kind: 'progress', loaded, total });
	});
	if (!opened.ok) {
		scope.postMessage({ kind: 'done', result: toFailure(opened.error) });
		return;
	}
	scope.postMessage({ kind: 'checking' });
	// The records go ahead of the check, so the page takes them in meanwhile (parts.ts): a JSON
	// file's as its text, at once, for the page to parse while this worker does.
	const json = sniffFormat(opened) === 'json';
	if (json) scope.postMessage({ kind: 'draft-text', text: opened.text });
	const { parseText, toTexts } = await job;
	let draft: unknown;
	const result = await parseText(opened.text, opened, {
		beforeCheck(raw, parsed) {
			if (!json) {
				draft = raw;
				for (const message of toDraftMessages(raw)) scope.postMessage(message);
			} else if (isDraftOfText(raw, parsed)) {
				draft = raw;
				scope.postMessage({ kind: 'draft-done' });
			}
			// Otherwise the reader expanded the file: the page's draft is not these records.
		},
	});
	for (const message of toMessages(result, PART_SIZE, draft)) scope.postMessage(message);
	if (!result.ok) return;
	// The search index's costly part, once the page asks: after it has drawn the dataset. Made
	// while it draws, on a machine of two cores, it slowed the first draw, and its messages
	// came in the middle of it.
	await textsAsked;
	for (const message of toTextMessages(toTexts(result.dataset))) scope.postMessage(message);
}

scope.onmessage = ({ data }) => {
	if ('kind' in data) return askForTexts();
	work(data).catch((error: unknown) =>
		// A bug of ours, not a problem with the file: still an answer, so loading ends.
		scope.postMessage({
			kind: 'done',
			result: toFailure({
				path: '(file)',
				message: `expected to read the file, found an error in the reader: ${String(error)}`,
			}),
		}),
	);
};
