import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinDataset } from './index.ts';
import { fetchBuiltinDataset } from './fetch.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A server for the files Vite names by URL: the repository's own, byte for byte. */
function serveFromDisk(fail?: RegExp) {
	return vi.fn(async (url: string) => {
		if (fail?.test(url)) return new Response('missing', { status: 404, statusText: 'Not Found' });
		const path = root + new URL(url, 'http://x/').pathname.replace(/^\//, '');
		return new Response(readFileSync(path));
	});
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchBuiltinDataset', () => {
	it('joins the record and the verbatim articles exactly as the tests and the data check do', async () => {
		const fetch = serveFromDisk();
		vi.stubGlobal('fetch', fetch);
		const result = await fetchBuiltinDataset();
		expect(result).toEqual({ ok: true, raw: builtinDataset });
		// The record and each of the five articles: one request each.
		expect(fetch).toHaveBeenCalledTimes(6);
	});

	it('says which file could not be fetched, rather than failing silently', async () => {
		vi.stubGlobal('fetch', serveFromDisk(/sources\/002_/));
		const result = await fetchBuiltinDataset();
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/^\(built-in dataset\): .*002_.*404 Not Found/);
	});
});
