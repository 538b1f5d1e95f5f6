/**
 * What the first view costs: the scripts, stylesheets and fonts a real browser fetches when it opens
 * a page of the built app, followed until the timeline is drawn and the network is quiet, each body
 * gzipped at level 9. Reused by `npm run size` and the benchmarks; it measures, it never asserts.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Request } from '@playwright/test';

/** The kinds of response the budgets count. */
/** `fetch`: data the page fetches itself (the built-in dataset, a linked one); no budget, shown so
 * that bytes moved out of the script are still counted somewhere. */
export type Kind = 'script' | 'stylesheet' | 'font' | 'fetch';
export const KINDS: readonly Kind[] = ['script', 'stylesheet', 'font', 'fetch'];

/** Issue #5's first-view budgets, in gzip bytes (fonts are woff2, which gzip barely shrinks). */
export const BUDGETS: Readonly<Partial<Record<Kind, number>>> = {
	script: 150 * 1024,
	font: 120 * 1024,
};

/** One fetched file. */
export interface Transfer {
	/** Path and query relative to the base URL, e.g. `assets/index-abc.js`. */
	path: string;
	kind: Kind;
	bytes: number;
	gzip: number;
}

/** Raw and gzip bytes of one kind, summed. */
export interface Total {
	files: number;
	bytes: number;
	gzip: number;
}

/** What one page fetched on its first view. */
export interface FirstView {
	url: string;
	transfers: Transfer[];
	totals: Record<Kind, Total>;
}

/** How to measure one page. */
export interface FirstViewOptions {
	/** Appended to the base URL: `''` (the default) for `/`, `'?lang=fa'` for Persian. */
	path?: string;
	/** A browser to reuse; otherwise one is launched and closed again. */
	browser?: Browser;
	/** Drawn when this selector is visible (default: an item of the vis-timeline). */
	readySelector?: string;
	/** The network counts as idle after this long with no request in flight (default 500 ms). */
	quietMs?: number;
	viewport?: { width: number; height: number };
}

/** Launches the Chromium the project uses (Debian's, or CHROMIUM_PATH). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
		],
	});
}

function isKind(type: string): type is Kind {
	return (KINDS as readonly string[]).includes(type);
}

/**
 * What a request counts as, or null if it is not counted. Chromium reports a `<link
 * rel="preload" as="fetch">` (build/preload.ts) as "other", though it is the page's own fetch()
 * started early; its Fetch destination, "empty" as for any fetch(), tells it from a favicon.
 */
export async function toKind(request: Request): Promise<Kind | null> {
	const type = request.resourceType();
	if (isKind(type)) return type;
	const destination = await request.headerValue('sec-fetch-dest').catch(() => null);
	return type === 'other' && destination === 'empty' ? 'fetch' : null;
}

/**
 * Opens `baseUrl + opts.path` in a fresh, cache-less browser context and records every script,
 * stylesheet and font response until the timeline is drawn and no request has been in flight for
 * `quietMs`.
 */
export async function measureFirstView(
	baseUrl: string,
	opts: FirstViewOptions = {},
): Promise<FirstView> {
	const url = new URL(opts.path ?? '', baseUrl).href;
	const browser = opts.browser ?? (await launchChromium());
	const context = await browser.newContext({
		viewport: opts.viewport ?? { width: 1280, height: 800 },
		locale: 'en-US',
		timezoneId: 'Asia/Tehran',
	});
	try {
		const page = await context.newPage();
		const pending = new Set<Promise<Transfer | undefined>>();
		const done: Promise<Transfer | undefined>[] = [];
		let inFlight = 0;
		let lastActivity = Date.now();
		page.on('request', () => {
			inFlight++;
			lastActivity = Date.now();
		});
		const settle = () => {
			inFlight--;
			lastActivity = Date.now();
		};
		page.on('requestfinished', settle);
		page.on('requestfailed', settle);
		page.on('response', (response) => {
			const body = toKind(response.request())
				.then(async (kind): Promise<Transfer | undefined> => {
					if (!kind) return undefined;
					const buf = await response.body();
					const path = response.url().startsWith(baseUrl)
						? response.url().slice(baseUrl.length).replace(/^\//, '')
						: response.url();
					return { path, kind, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
				})
				.catch(() => undefined);
			pending.add(body);
			done.push(body);
		});

		await page.goto(url, { waitUntil: 'load' });
		await page
			.locator(opts.readySelector ?? '.vis-timeline .vis-item')
			.first()
			.waitFor();
		const quietMs = opts.quietMs ?? 500;
		// Bounded: a page that never goes quiet is measured as it stands after 30 s.
		for (const start = Date.now(); Date.now() - start < 30_000;) {
			if (inFlight <= 0 && Date.now() - lastActivity >= quietMs) break;
			await page.waitForTimeout(100);
		}
		const transfers = (await Promise.all(done)).filter((t): t is Transfer => t !== undefined);
		return { url, transfers, totals: toTotals(transfers) };
	} finally {
		await context.close();
		if (!opts.browser) await browser.close();
	}
}

/** Sums transfers by kind. */
export function toTotals(transfers: readonly Transfer[]): Record<Kind, Total> {
	const totals = Object.fromEntries(
		KINDS.map((k) => [k, { files: 0, bytes: 0, gzip: 0 }]),
	) as Record<Kind, Total>;
	for (const t of transfers) {
		const total = totals[t.kind];
		total.files++;
		total.bytes += t.bytes;
		total.gzip += t.gzip;
	}
	return totals;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
};

/** Serves a built folder on 127.0.0.1 (a free port), uncompressed, as a static host would. */
export async function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, pathname));
		if (file !== root && !file.startsWith(root + sep)) {
			res.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise<void>((ok) => server.close(() => ok())),
	};
}

/** `12.3 KB` (1 KB = 1024 bytes). */
export function formatKB(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}
