import { describe, expect, it, vi } from 'vitest';
import { retryable, toChunkUrl, toRetryUrl } from './retryable.ts';

const CHUNK = 'http://127.0.0.1:4173/assets/ChronologyView-BVHDpQer.js';
/** What Chromium rejects a failed `import()` with. */
const chromiumError = () => new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`);

describe('toChunkUrl', () => {
	it("reads the address out of Chromium's and Firefox's messages", () => {
		expect(toChunkUrl(chromiumError())).toBe(CHUNK);
		expect(toChunkUrl(new TypeError(`error loading dynamically imported module: ${CHUNK}`))).toBe(
			CHUNK,
		);
	});
	it('drops punctuation after the address, and keeps its query', () => {
		expect(toChunkUrl(new Error(`could not load (${CHUNK}).`))).toBe(CHUNK);
		expect(toChunkUrl(new Error(`failed: ${CHUNK}?v=2`))).toBe(`${CHUNK}?v=2`);
	});
	it("is null when the message names no address (Safari's)", () => {
		expect(toChunkUrl(new TypeError('Importing a module script failed.'))).toBeNull();
		expect(toChunkUrl('nope')).toBeNull();
		expect(toChunkUrl(undefined)).toBeNull();
	});
});

describe('toRetryUrl', () => {
	it('sets retry in the query, keeping what was there', () => {
		expect(toRetryUrl(CHUNK, 1)).toBe(`${CHUNK}?retry=1`);
		expect(toRetryUrl(`${CHUNK}?v=2`, 3)).toBe(`${CHUNK}?v=2&retry=3`);
		expect(toRetryUrl(`${CHUNK}?retry=1`, 2)).toBe(`${CHUNK}?retry=2`);
	});
});

describe('retryable', () => {
	it('loads once and keeps the module', async () => {
		const load = vi.fn(() => Promise.resolve('module'));
		const importAgain = vi.fn();
		const get = retryable(load, importAgain);
		expect(await get()).toBe('module');
		expect(await get()).toBe('module');
		expect(load).toHaveBeenCalledTimes(1);
		expect(importAgain).not.toHaveBeenCalled();
	});

	it('after a failure that names the chunk, asks for it under a new query each time', async () => {
		// The module map of an older browser: the first address fails for good.
		const load = vi.fn(() => Promise.reject(chromiumError()));
		const importAgain = vi.fn((url: string) =>
			url.endsWith('retry=2') ? Promise.resolve('module') : Promise.reject(chromiumError()),
		);
		const get = retryable(load, importAgain);
		await expect(get()).rejects.toThrow('Failed to fetch');
		await expect(get()).rejects.toThrow('Failed to fetch');
		expect(await get()).toBe('module');
		expect(importAgain.mock.calls.map(([url]) => url)).toEqual([
			`${CHUNK}?retry=1`,
			`${CHUNK}?retry=2`,
		]);
		// Loaded: later calls (the view shown again) do not go back to the server.
		expect(await get()).toBe('module');
		expect(load).toHaveBeenCalledTimes(1);
		expect(importAgain).toHaveBeenCalledTimes(2);
	});

	it('after a failure that names no chunk, calls the loader again', async () => {
		let calls = 0;
		const load = vi.fn(() =>
			++calls === 1
				? Promise.reject(new TypeError('Importing a module script failed.'))
				: Promise.resolve('module'),
		);
		const importAgain = vi.fn();
		const get = retryable(load, importAgain);
		await expect(get()).rejects.toThrow('Importing');
		expect(await get()).toBe('module');
		expect(load).toHaveBeenCalledTimes(2);
		expect(importAgain).not.toHaveBeenCalled();
	});

	it('shares one attempt between callers while it is under way', async () => {
		const load = vi.fn(() => Promise.resolve('module'));
		const get = retryable(load);
		const [a, b] = [get(), get()];
		expect(a).toBe(b);
		await a;
		expect(load).toHaveBeenCalledTimes(1);
	});
});
