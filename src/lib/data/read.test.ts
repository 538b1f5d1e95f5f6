import { describe, expect, it } from 'vitest';
import { NotUtf8Error, readText, toContentLength, toFraction } from './read.ts';

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

const bytesOf = (text: string) => [...new TextEncoder().encode(text)];

describe('readText', () => {
	it('decodes the chunks as they come, even a letter split between two, and reports progress after each', async () => {
		const progress: [number, number | null][] = [];
		// «تهران»: two bytes a letter; the first chunk ends inside «ه».
		const bytes = bytesOf('\uFEFFa,تهران');
		const text = await readText(
			streamOf([bytes.slice(0, 6), bytes.slice(6, 7), bytes.slice(7)]),
			bytes.length,
			{
				signal: new AbortController().signal,
				onProgress: (loaded, total) => progress.push([loaded, total]),
			},
		);
		expect(text).toBe('a,تهران');
		expect(progress).toEqual([
			[0, 15],
			[6, 15],
			[7, 15],
			[15, 15],
		]);
	});

	it('rejects bytes that are not UTF-8, and works without a signal (in a worker)', async () => {
		const reading = readText(
			streamOf([
				[0x64, 0x61],
				[0xe3, 0xd1, 0x0a],
			]),
			null,
			{
				onProgress: () => {},
			},
		);
		await expect(reading).rejects.toBeInstanceOf(NotUtf8Error);
		// A sequence cut off by the end of the file is not UTF-8 either.
		const cut = readText(streamOf([[0x61, 0xd8]]), null, { onProgress: () => {} });
		await expect(cut).rejects.toBeInstanceOf(NotUtf8Error);
	});

	it('reports the total as unknown once it has been passed', async () => {
		const totals: (number | null)[] = [];
		await readText(
			streamOf([
				[49, 50],
				[51, 52],
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
		const reading = readText(streamOf([[49]], true), null, {
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
