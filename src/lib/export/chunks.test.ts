import { describe, expect, it } from 'vitest';
import { collectPieces } from './chunks.ts';

function* slowPieces(n: number): Generator<string> {
	for (let i = 0; i < n; i++) {
		const until = performance.now() + 0.2;
		while (performance.now() < until); // a piece that takes a while to make
		yield `${i},`;
	}
}

describe('collectPieces', () => {
	it('(200 slow pieces) returns them all, in order, and reports progress up to 1', async () => {
		const seen: number[] = [];
		const pieces = await collectPieces(slowPieces(200), 200, {
			budget: 5,
			onProgress: (p) => seen.push(p),
		});
		expect(pieces.join('')).toBe(Array.from({ length: 200 }, (_, i) => `${i},`).join(''));
		expect(seen.length).toBeGreaterThan(2);
		expect(seen).toEqual([...seen].sort((a, b) => a - b));
		expect(seen.at(-1)).toBe(1);
	});

	it('(aborted midway) stops with the abort reason', async () => {
		const controller = new AbortController();
		const run = collectPieces(slowPieces(1000), 1000, {
			budget: 2,
			signal: controller.signal,
			onProgress: (p) => {
				if (p > 0.1) controller.abort(new Error('cancelled'));
			},
		});
		await expect(run).rejects.toThrow('cancelled');
	});

	it('(aborted before) does no work', async () => {
		const controller = new AbortController();
		controller.abort(new Error('never'));
		await expect(collectPieces(['a'], 1, { signal: controller.signal })).rejects.toThrow('never');
	});
});
