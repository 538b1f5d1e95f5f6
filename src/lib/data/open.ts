/**
 * The first half of the parser worker's job: fetching a URL or reading a file, decoding it as it
 * downloads, so the text is ready when the last byte is. Kept light (no parser in it): the worker
 * starts the download with this while the parsers load (worker.ts).
 */
import type { DataError } from '../model/parse.ts';
import { NOT_UTF8 } from './problem.ts';
import { NotUtf8Error, readText, toContentLength, type ReadOptions } from './read.ts';
import { toFileName } from './sniff.ts';

/** What to open: an absolute URL (resolved by the page against its own address), or a file. */
export type OpenRequest = { url: string } | { file: File };

/** The text of what was asked for, with what the parser needs to know about it. */
export type Opened =
	| { ok: true; text: string; name: string; contentType: string | null }
	| { ok: false; error: DataError };

type Stream =
	| { ok: true; stream: ReadableStream<Uint8Array>; total: number | null; type: string | null }
	| { ok: false; error: DataError };

const problem = (message: string): { ok: false; error: DataError } => ({
	ok: false,
	error: { path: '(file)', message },
});

async function fetchStream(url: string): Promise<Stream> {
	let response: Response;
	try {
		response = await fetch(url);
	} catch (error) {
		return problem(
			`expected to fetch ${url}, found a network error (${String(error)}): offline, or a server on another origin that does not allow cross-origin requests (CORS)`,
		);
	}
	if (!response.ok)
		return problem(
			`expected the file at ${url}, found HTTP ${response.status} ${response.statusText}`.trim(),
		);
	// Single-page hosts answer a missing file with their index page, and a 200.
	const type = response.headers.get('content-type');
	if (/^text\/html\b/i.test(type ?? '') && !/\.html?$/i.test(new URL(response.url || url).pathname))
		return problem(
			`expected a JSON or CSV file at ${url}, found a web page (the server's answer for a file it does not have?)`,
		);
	return {
		ok: true,
		stream: response.body ?? new Blob([]).stream(),
		total: toContentLength(response.headers),
		type,
	};
}

/** Fetches or reads what `request` names, as text; never rejects (a failure is a problem). */
export async function openRequest(
	request: OpenRequest,
	onProgress: ReadOptions['onProgress'],
): Promise<Opened> {
	const opened: Stream =
		'file' in request
			? {
					ok: true,
					stream: request.file.stream(),
					total: request.file.size,
					type: request.file.type || null,
				}
			: await fetchStream(request.url);
	if (!opened.ok) return opened;
	try {
		return {
			ok: true,
			text: await readText(opened.stream, opened.total, { onProgress }),
			name: 'file' in request ? request.file.name : toFileName(request.url),
			contentType: opened.type,
		};
	} catch (error) {
		if (error instanceof NotUtf8Error) return { ok: false, error: NOT_UTF8 };
		return problem(`expected to read the file, found an error (${String(error)})`);
	}
}
