/**
 * The dataset parser, off the main thread: bytes in, a dataset or its problems out, so ten
 * thousand events never stall the page. Started by load.ts, one worker per file; the result
 * goes back in parts (parts.ts).
 */
import { parseInput, type InputFile, type InputResult } from './input.ts';
import { toMessages, toTextMessages, type WorkerMessage } from './parts.ts';
import { toCatalog } from '../model/catalog.ts';
import { countryLabels, topicLabels } from '../model/messages.ts';
import { toEventTexts } from '../model/search.ts';

export interface WorkerRequest extends InputFile {
	/** The file's bytes, transferred. */
	bytes: ArrayBuffer;
}

// The DOM library types `self` as a window; in a worker it is the worker's own scope.
const scope = self as unknown as {
	onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
	postMessage(message: WorkerMessage): void;
};

scope.onmessage = async ({ data }) => {
	let result: InputResult;
	try {
		result = await parseInput(new Uint8Array(data.bytes), data);
	} catch (error) {
		// A bug of ours, not a problem with the file: still an answer, so loading ends.
		result = {
			ok: false,
			format: null,
			errors: [
				{
					path: '(file)',
					message: `expected to read the file, found an error in the reader: ${String(error)}`,
				},
			],
			total: 1,
		};
	}
	for (const message of toMessages(result)) scope.postMessage(message);
	// The dataset is on its way; the search index's costly part follows while the page draws.
	if (!result.ok) return;
	const texts = toEventTexts(toCatalog(result.dataset), {
		topic: topicLabels,
		country: countryLabels,
	});
	for (const message of toTextMessages(texts)) scope.postMessage(message);
};
