/**
 * Reading a file or a response body in chunks, reporting progress, and stopping when asked.
 * Streams only: runs in the browser and, for tests, in Node.
 */

export interface ReadOptions {
	signal: AbortSignal;
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

/**
 * All bytes of `stream`, in one array whose buffer is its own (so it can be transferred to a
 * worker). Rejects with the signal's reason once it is aborted, and cancels the stream.
 */
export async function readBytes(
	stream: ReadableStream<Uint8Array>,
	total: number | null,
	{ signal, onProgress }: ReadOptions,
): Promise<Uint8Array> {
	signal.throwIfAborted();
	const reader = stream.getReader();
	const cancel = () => void reader.cancel(signal.reason).catch(() => {});
	signal.addEventListener('abort', cancel, { once: true });
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	try {
		onProgress(0, total);
		for (;;) {
			const { done, value } = await reader.read();
			signal.throwIfAborted();
			if (done) break;
			chunks.push(value);
			loaded += value.byteLength;
			// A total we have passed was wrong: say "unknown" rather than "more than done".
			onProgress(loaded, total !== null && loaded > total ? null : total);
		}
	} finally {
		signal.removeEventListener('abort', cancel);
		reader.releaseLock();
	}
	const bytes = new Uint8Array(loaded);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}
