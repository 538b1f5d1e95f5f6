import { describe, expect, it } from 'vitest';
import { collectPieces, finishSteps } from './chunks.ts';

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

describe('finishSteps', () => {
	/** Steps that each take a while, counting how often the page got to run between them. */
	function* slowSteps(n: number, ran: { count: number }): Generator<void, string, void> {
		for (let i = 0; i < n; i++) {
			const until = performance.now() + 0.5;
			while (performance.now() < until); // a step that takes a while
			yield;
		}
		return `done after ${ran.count} turns of the page`;
	}

	it('(100 slow steps) returns their result, having let the page run between slices', async () => {
		const ran = { count: 0 };
		const timer = setInterval(() => ran.count++, 0);
		const result = await finishSteps(slowSteps(100, ran), { budget: 5 });
		clearInterval(timer);
		expect(result).toMatch(/^done after \d+ turns/);
		// 50 ms of steps in slices of 5: the page ran between most of them.
		expect(ran.count).toBeGreaterThan(2);
	});

	it('(within budget) does every step at once', async () => {
		const ran = { count: 0 };
		const timer = setInterval(() => ran.count++, 0);
		const result = await finishSteps(slowSteps(3, ran), { budget: 1000 });
		clearInterval(timer);
		expect(result).toBe('done after 0 turns of the page');
	});

	it('(aborted midway) stops with the abort reason, and takes no further step', async () => {
		const controller = new AbortController();
		let taken = 0;
		function* steps(): Generator<void, number, void> {
			for (;;) {
				taken++;
				const until = performance.now() + 1;
				while (performance.now() < until);
				if (taken === 5) controller.abort(new Error('cancelled'));
				yield;
			}
		}
		await expect(finishSteps(steps(), { budget: 0, signal: controller.signal })).rejects.toThrow(
			'cancelled',
		);
		expect(taken).toBe(5);
	});
});
