/**
 * Long work done in slices, so that an export of ten thousand events never freezes the page: the
 * pieces of a file are made a few milliseconds' worth at a time, and between slices the page
 * paints, takes input, and may cancel. The pieces come from a plain iterable, so the same code
 * also makes the whole file at once (in tests and in Node).
 */

/** How the caller follows and stops the work. */
export interface ChunkOptions {
	/** Aborting stops the work at the next slice; the promise rejects with the signal's reason. */
	signal?: AbortSignal;
	/** Called after each slice with the share done, 0…1. */
	onProgress?: (done: number) => void;
	/** Milliseconds of work per slice (default 12: a frame, with room to paint). */
	budget?: number;
}

interface Scheduler {
	yield?: () => Promise<void>;
}

/**
 * Lets the page run: `scheduler.yield()` where the browser has it (the work resumes ahead of other
 * tasks), else a zero-delay timer.
 */
export function yieldToPage(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Throws the signal's reason if it was aborted. */
export function checkAborted(signal?: AbortSignal): void {
	if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * The result of a stepwise computation (a scene's layout: scene.ts), its steps taken in slices of
 * about `budget` ms with a yield to the page between slices; `onPause` runs before each yield.
 */
export async function finishSteps<T>(
	steps: Iterator<void, T, void>,
	opts: Omit<ChunkOptions, 'onProgress'> & { onPause?: () => void } = {},
): Promise<T> {
	const { signal, budget = 12, onPause } = opts;
	let start = performance.now();
	checkAborted(signal);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
		if (performance.now() - start < budget) continue;
		onPause?.();
		await yieldToPage();
		checkAborted(signal);
		start = performance.now();
	}
}

/**
 * Every piece of `pieces` (there are `total` of them), taken in slices of about `budget` ms
 * with a yield to the page between slices. The pieces are returned as a list, ready for a Blob
 * (no one huge string is ever built).
 */
export async function collectPieces(
	pieces: Iterable<string>,
	total: number,
	opts: ChunkOptions = {},
): Promise<string[]> {
	const { onProgress, ...slices } = opts;
	const out: string[] = [];
	// Taking a piece is a step.
	function* take(): Generator<void, void, void> {
		for (const piece of pieces) {
			out.push(piece);
			yield;
		}
	}
	await finishSteps(take(), {
		...slices,
		onPause: () => onProgress?.(Math.min(1, out.length / Math.max(1, total))),
	});
	onProgress?.(1);
	return out;
}
