import { describe, expect, it, vi } from 'vitest';
import { retryable, toChunkUrl, toRetryUrl } from './retryable.ts';

const ORIGIN = 'http://127.0.0.1:4173';
const CHUNK = `${ORIGIN}/assets/ChronologyView-BVHDpQer.js`;
/** What Chromium rejects a failed `import()` with. */
const chromiumError = (url = CHUNK) =>
	new TypeError(`Failed to fetch dynamically imported module: ${url}`);
/** What Vite's loader rejects with when a chunk's stylesheet fails to preload. */
const cssError = () => new Error(`Unable to preload CSS for ${ORIGIN}/assets/ChronologyView-x.css`);

describe('toChunkUrl', () => {
	it("reads the script's address out of Chromium's and Firefox's errors", () => {
		expect(toChunkUrl(chromiumError(), ORIGIN)).toBe(CHUNK);
		expect(
			toChunkUrl(new TypeError(`error loading dynamically imported module: ${CHUNK}`), ORIGIN),
		).toBe(CHUNK);
	});
	it('drops punctuation after the address, and keeps its query', () => {
		expect(toChunkUrl(new TypeError(`could not load (${CHUNK}).`), ORIGIN)).toBe(CHUNK);
		expect(toChunkUrl(new TypeError(`failed: ${CHUNK}?v=2`), ORIGIN)).toBe(`${CHUNK}?v=2`);
	});
	it("is null for Vite's stylesheet error, a stylesheet, or any error but a TypeError", () => {
		expect(toChunkUrl(cssError(), ORIGIN)).toBeNull();
		expect(toChunkUrl(new TypeError(`failed: ${ORIGIN}/assets/x.css`), ORIGIN)).toBeNull();
		expect(toChunkUrl(new Error(chromiumError().message), ORIGIN)).toBeNull();
	});
	it('is null for another origin', () => {
		expect(toChunkUrl(chromiumError('https://elsewhere.example/x.js'), ORIGIN)).toBeNull();
	});
	it("is null when the message names no address (Safari's)", () => {
		expect(toChunkUrl(new TypeError('Importing a module script failed.'), ORIGIN)).toBeNull();
		expect(toChunkUrl('nope', ORIGIN)).toBeNull();
		expect(toChunkUrl(undefined, ORIGIN)).toBeNull();
	});
});

describe('toRetryUrl', () => {
	it('sets retry in the query, keeping what was there', () => {
		expect(toRetryUrl(CHUNK, 1)).toBe(`${CHUNK}?retry=1`);
		expect(toRetryUrl(`${CHUNK}?v=2`, 3)).toBe(`${CHUNK}?v=2&retry=3`);
		expect(toRetryUrl(`${CHUNK}?retry=1`, 2)).toBe(`${CHUNK}?retry=2`);
	});
});

/** A wrapped loader with stand-ins, and what it was asked. */
function setUp(load: () => Promise<string>, importAgain: (url: string) => Promise<unknown>) {
	const spies = { load: vi.fn(load), importAgain: vi.fn(importAgain), beforeRetry: vi.fn() };
	const get = retryable(spies.load, {
		importAgain: spies.importAgain,
		origin: ORIGIN,
		beforeRetry: spies.beforeRetry,
	});
	return { get, ...spies, urls: () => spies.importAgain.mock.calls.map(([url]) => url) };
}

describe('retryable', () => {
	it('loads once and keeps the module', async () => {
		const t = setUp(() => Promise.resolve('module'), vi.fn());
		expect(await t.get()).toBe('module');
		expect(await t.get()).toBe('module');
		expect(t.load).toHaveBeenCalledTimes(1);
		expect(t.importAgain).not.toHaveBeenCalled();
		expect(t.beforeRetry).not.toHaveBeenCalled();
	});

	it('in a browser that keeps failed modules: a new query on each retry, until it loads', async () => {
		// The first address fails for good, as such a browser's module map remembers it.
		const t = setUp(
			() => Promise.reject(chromiumError()),
			(url) =>
				url.endsWith('retry=3') ? Promise.resolve('module') : Promise.reject(chromiumError()),
		);
		await expect(t.get()).rejects.toThrow('Failed to fetch');
		expect(t.urls()).toEqual([]); // a first failure may be the server's: no new address yet
		await expect(t.get()).rejects.toThrow('Failed to fetch');
		await expect(t.get()).rejects.toThrow('Failed to fetch');
		expect(await t.get()).toBe('module');
		expect(t.urls()).toEqual([`${CHUNK}?retry=1`, `${CHUNK}?retry=2`, `${CHUNK}?retry=3`]);
		expect(t.load).toHaveBeenCalledTimes(2);
		expect(t.beforeRetry).toHaveBeenCalledTimes(3);
		// Loaded: later calls (the view shown again) do not go back to the server.
		expect(await t.get()).toBe('module');
		expect(t.importAgain).toHaveBeenCalledTimes(3);
	});

	it('in a browser that asks again: a retry of the loader is enough', async () => {
		let calls = 0;
		const t = setUp(
			() => (++calls === 1 ? Promise.reject(chromiumError()) : Promise.resolve('module')),
			vi.fn(),
		);
		await expect(t.get()).rejects.toThrow('Failed to fetch');
		expect(await t.get()).toBe('module');
		expect(t.importAgain).not.toHaveBeenCalled();
	});

	it("after a stylesheet's failure, calls the loader again and never imports the stylesheet", async () => {
		let calls = 0;
		const t = setUp(
			() =>
				++calls === 1
					? Promise.reject(cssError())
					: calls === 2
						? Promise.reject(chromiumError()) // the script was preloaded, and failed with it
						: Promise.resolve('module'),
			(url) => Promise.resolve(`imported ${url}`),
		);
		await expect(t.get()).rejects.toThrow('Unable to preload CSS');
		expect(await t.get()).toBe(`imported ${CHUNK}?retry=1`);
		expect(t.urls().every((url) => url.endsWith('.js?retry=1'))).toBe(true);
		expect(t.beforeRetry).toHaveBeenCalledTimes(1);
	});

	it('after a failure that names no chunk, calls the loader again', async () => {
		let calls = 0;
		const t = setUp(
			() =>
				++calls < 3
					? Promise.reject(new TypeError('Importing a module script failed.'))
					: Promise.resolve('module'),
			vi.fn(),
		);
		await expect(t.get()).rejects.toThrow('Importing');
		await expect(t.get()).rejects.toThrow('Importing');
		expect(await t.get()).toBe('module');
		expect(t.load).toHaveBeenCalledTimes(3);
		expect(t.importAgain).not.toHaveBeenCalled();
	});

	it('shares one attempt between callers while it is under way', async () => {
		const t = setUp(() => Promise.resolve('module'), vi.fn());
		const [a, b] = [t.get(), t.get()];
		expect(a).toBe(b);
		await a;
		expect(t.load).toHaveBeenCalledTimes(1);
	});
});
