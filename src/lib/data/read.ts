/**
 * Reading a file or a response body in chunks, reporting progress, and stopping when asked.
 * Streams only: runs in the browser and, for tests, in Node.
 */

export interface ReadOptions {
	/** Stops reading (a worker has none: it is stopped by being terminated). */
	signal?: AbortSignal;
	/** Bytes read so far, and the size if known (null when unknown or proved wrong). */
	onProgress(loaded: number, total: number | null): void;
}

/**
 * The size of a response body from its headers, or null when there is none to trust: a body
 * sent compressed is counted before decompression, so its length says nothing about the bytes
 * a reader gets.
 */
export function toContentLength(headers: Headers): number | null {
	const encoding = headers.get('content-encoding')?.trim().toLowerCase();
	if (encoding && encoding !== 'identity') return null;
	const text = headers.get('content-length');
	const length = text === null || text.trim() === '' ? NaN : Number(text);
	return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

/** How far along, 0–1, or null when the total is unknown. */
export function toFraction(loaded: number, total: number | null): number | null {
	if (total === null) return null;
	if (total <= 0) return 1;
	return Math.min(1, Math.max(0, loaded / total));
}

/** The text was not UTF-8: what `readText` rejects with, so the caller can say so. */
export class NotUtf8Error extends Error {}

/**
 * The text of `stream`, decoded as UTF-8 chunk by chunk while it downloads, so that a large
 * file is text as soon as its last byte is in (a byte-order mark is dropped). Rejects with
 * `NotUtf8Error` at the first byte that is not UTF-8, and with the signal's reason once it is
 * aborted (cancelling the stream).
 */
export async function readText(
	stream: ReadableStream<Uint8Array>,
	total: number | null,
	{ signal, onProgress }: ReadOptions,
): Promise<string> {
	signal?.throwIfAborted();
	const reader = stream.getReader();
	const cancel = () => void reader.cancel(signal?.reason).catch(() => {});
	signal?.addEventListener('abort', cancel, { once: true });
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const decode = (chunk?: Uint8Array): string => {
		try {
			return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
		} catch {
			throw new NotUtf8Error('not UTF-8');
		}
	};
	const parts: string[] = [];
	let loaded = 0;
	try {
		onProgress(0, total);
		for (;;) {
			const { done, value } = await reader.read();
			signal?.throwIfAborted();
			if (done) break;
			parts.push(decode(value));
			loaded += value.byteLength;
			// A total we have passed was wrong: say "unknown" rather than "more than done".
			onProgress(loaded, total !== null && loaded > total ? null : total);
		}
		parts.push(decode());
	} catch (error) {
		if (error instanceof NotUtf8Error) void reader.cancel().catch(() => {});
		throw error;
	} finally {
		signal?.removeEventListener('abort', cancel);
		reader.releaseLock();
	}
	return parts.join('');
}
