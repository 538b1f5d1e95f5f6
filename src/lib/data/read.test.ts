import { describe, expect, it } from 'vitest';
import { readBytes, toContentLength, toFraction } from './read.ts';

/** A stream of the given chunks; `hold` keeps it open after them (for cancelling). */
function streamOf(chunks: number[][], hold = false): ReadableStream<Uint8Array> {
	let i = 0;
	return new ReadableStream({
		pull(controller) {
			if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]!));
			else if (!hold) controller.close();
			else return new Promise(() => {});
		},
	});
}

describe('readBytes', () => {
	it('joins the chunks and reports progress after each', async () => {
		const progress: [number, number | null][] = [];
		const bytes = await readBytes(streamOf([[1, 2], [3], [4, 5, 6]]), 6, {
			signal: new AbortController().signal,
			onProgress: (loaded, total) => progress.push([loaded, total]),
		});
		expect([...bytes]).toEqual([1, 2, 3, 4, 5, 6]);
		expect(bytes.buffer.byteLength).toBe(6);
		expect(progress).toEqual([
			[0, 6],
			[2, 6],
			[3, 6],
			[6, 6],
		]);
	});

	it('reports the total as unknown once it has been passed', async () => {
		const totals: (number | null)[] = [];
		await readBytes(
			streamOf([
				[1, 2],
				[3, 4],
			]),
			3,
			{
				signal: new AbortController().signal,
				onProgress: (_, total) => totals.push(total),
			},
		);
		expect(totals).toEqual([3, 3, null]);
	});

	it('rejects with the reason when cancelled mid-stream', async () => {
		const controller = new AbortController();
		const reading = readBytes(streamOf([[1]], true), null, {
			signal: controller.signal,
			onProgress: (loaded) => loaded === 1 && controller.abort(new Error('cancelled')),
		});
		await expect(reading).rejects.toThrow('cancelled');
	});
});

describe('toContentLength and toFraction', () => {
	it('toContentLength trusts only an uncompressed, well-formed length', () => {
		expect(toContentLength(new Headers({ 'content-length': '1234' }))).toBe(1234);
		expect(
			toContentLength(new Headers({ 'content-length': '1234', 'content-encoding': 'gzip' })),
		).toBeNull();
		expect(
			toContentLength(new Headers({ 'content-length': '1234', 'content-encoding': 'identity' })),
		).toBe(1234);
		expect(toContentLength(new Headers({ 'content-length': 'many' }))).toBeNull();
		expect(toContentLength(new Headers())).toBeNull();
	});
	it('toFraction(50, 200) is 0.25; unknown total is null; never beyond 0–1', () => {
		expect(toFraction(50, 200)).toBe(0.25);
		expect(toFraction(50, null)).toBeNull();
		expect(toFraction(300, 200)).toBe(1);
		expect(toFraction(0, 0)).toBe(1);
	});
});
