/**
 * A page under measurement: a fresh browser context with bench/probe.js installed, and its load,
 * from navigation to the first drawn item and on until the page rests. Functions passed to
 * `page.evaluate` stay one-liners calling the probe, so that no transpiler helper (`__name`) is
 * carried into the page.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page, Response } from '@playwright/test';
import { toKind, toTotals, type Kind, type Total, type Transfer } from '../scripts/size-lib.ts';
import { maxOf } from './stats.ts';

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

/** Generous: a page that fails to draw must fail its run, not hang the bench. */
export const LOAD_TIMEOUT = 120_000;

/** The same browser settings as the end-to-end tests (playwright.config.ts). */
const CONTEXT = {
	viewport: { width: 1280, height: 800 },
	locale: 'en-US',
	timezoneId: 'Asia/Tehran',
	acceptDownloads: true,
} as const;

export interface LoadMetrics {
	/** Navigation start → the first frame showing an item has been rendered. */
	firstItemMs: number;
	/** Navigation start → the first item was inserted into the DOM. */
	firstItemInsertedMs: number;
	/**
	 * Whether the items drawn, first and at rest, belong to the dataset asked for (null: nothing
	 * to tell by, e.g. only aggregate marks).
	 */
	datasetShown: boolean | null;
	/** Main-thread JS heap after a forced garbage collection. */
	heapBytes: number;
	/** Live DOM nodes (elements, text, …) in the page, after the same collection. */
	domNodes: number;
	/** Elements in the document. */
	elements: number;
	/** The longest task between navigation and the page's coming to rest. */
	longestLoadTaskMs: number;
	/** Scripts (workers' too), stylesheets and fonts fetched, gzip level 9 as in size-lib. */
	transfers: Transfer[];
	totals: Record<Kind, Total>;
}

/**
 * A fresh context with the probe looking for `selector`. It closes itself after `deadlineMs`,
 * which makes whatever the bench is waiting for in it fail: a page stuck in a task of minutes
 * cannot be waited out otherwise (`page.evaluate` has no timeout).
 */
export async function newContext(
	browser: Browser,
	selector: string,
	deadlineMs: number,
): Promise<{ context: BrowserContext; expired: () => boolean; close: () => Promise<void> }> {
	const context = await browser.newContext(CONTEXT);
	await context.addInitScript({
		content: `globalThis.__benchSelector = ${JSON.stringify(selector)};\n${PROBE}`,
	});
	let expired = false;
	const timer = setTimeout(() => {
		expired = true;
		void context.close();
	}, deadlineMs);
	return {
		context,
		expired: () => expired,
		close: async () => {
			clearTimeout(timer);
			await context.close();
		},
	};
}

export const now = (page: Page) => page.evaluate(() => window.__bench.now());
export const settle = (page: Page, root: string, quietMs = 250) =>
	page.evaluate(([r, q]) => window.__bench.settle(r, q), [root, quietMs] as const);

/** Opens the page, waits for the first drawn item and for the page to rest, and measures. */
export async function load(
	page: Page,
	cdp: CDPSession,
	url: string,
	ids: ReadonlySet<string>,
): Promise<LoadMetrics> {
	const bodies: Promise<[Response, Buffer, Kind] | null>[] = [];
	// The body is asked for at once, while the browser still has it (a worker's goes with the
	// worker); gzipping waits until the load is measured, so that it takes no CPU from the page.
	const record = (response: Response) => {
		bodies.push(
			toKind(response.request()).then(async (kind): Promise<[Response, Buffer, Kind] | null> => {
				if (!kind) return null;
				return response.body().then(
					(body): [Response, Buffer, Kind] => [response, body, kind],
					() => null,
				);
			}),
		);
	};
	page.on('response', record);
	await page.goto(url, { timeout: LOAD_TIMEOUT });
	await page.waitForFunction(() => window.__bench.drawn !== null, null, { timeout: LOAD_TIMEOUT });
	const restedAt = await settle(page, 'body', 500);
	page.off('response', record);
	const drawn = (await page.evaluate(() => window.__bench.drawn))!;
	const shownIds = await page.evaluate(() =>
		[...document.querySelectorAll('[data-event]')].map((e) => e.getAttribute('data-event')!),
	);
	const longTasks = await page.evaluate(() => window.__bench.longTasks);
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = await cdp.send('Runtime.getHeapUsage');
	await cdp.send('Performance.enable');
	const { metrics } = await cdp.send('Performance.getMetrics');
	const transfers = (await Promise.all(bodies))
		.filter((b) => b !== null)
		.map(([response, body, kind]) => toTransfer(response, body, kind, url));
	return {
		firstItemMs: drawn.painted,
		firstItemInsertedMs: drawn.inserted,
		// The first item drawn counts too: an app that showed its built-in data first and then
		// swapped in the dataset asked for would otherwise be timed on the wrong item.
		datasetShown: [drawn.id, ...shownIds].some((id) => id !== null)
			? [drawn.id, ...shownIds].every((id) => id === null || ids.has(id))
			: null,
		heapBytes: heap.usedSize,
		domNodes: metrics.find((m) => m.name === 'Nodes')?.value ?? NaN,
		elements: await page.evaluate(() => document.getElementsByTagName('*').length),
		longestLoadTaskMs: maxOf(longTasks.filter((t) => t.start < restedAt).map((t) => t.duration)),
		transfers,
		totals: toTotals(transfers),
	};
}

/** A response as size-lib counts it. */
function toTransfer(response: Response, body: Buffer, kind: Kind, pageUrl: string): Transfer {
	const base = new URL('.', pageUrl);
	const url = new URL(response.url());
	return {
		path: url.origin === base.origin ? url.pathname.slice(1) : url.href,
		kind,
		bytes: body.length,
		gzip: gzipSync(body, { level: 9 }).length,
	};
}
