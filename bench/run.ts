/**
 * One measured run in a fresh browser context: the page's load (bench/page.ts) and, for the app,
 * four steps of zooming out, a drag across the timeline, a search typed key by key, and an SVG
 * export, each timed by bench/probe.js in the page.
 */
import { statSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { LOAD_TIMEOUT, load, newContext, now, settle, type LoadMetrics } from './page.ts';
import { startProfile, stopProfile, type CpuProfile } from './profile.ts';
import { maxOf, percentile } from './stats.ts';

/** What counts as a drawn item: ours, or an aggregate mark, or vis-timeline's own (reference). */
export const APP_ITEM = '.tl-item, .tl-cluster';
export const REFERENCE_ITEM = '.vis-item';
const TIMELINE = 'section.timeline';
/**
 * A drag or a search on a page this slow has said what it has to say: stop there (noting it)
 * rather than spend the bench's time on more of the same.
 */
const STEP_BUDGET = 60_000;
/** A whole run, after which its context is closed and whatever it was doing fails. */
const RUN_DEADLINE = 8 * 60_000;

export type { LoadMetrics };

export interface FrameMetrics {
	count: number;
	p50: number | null;
	p95: number | null;
	max: number;
}

export interface SearchMetrics {
	query: string;
	keystrokes: BenchKeystroke[];
	/** Slowest Event Timing entry in the search (only entries of 16 ms or more are reported). */
	eventTimingMaxMs: number | null;
}

export interface ExportMetrics {
	/** Click → download event, first export of the page (loads HarfBuzz and the fonts). */
	firstMs: number;
	/** The same again, warm. */
	againMs: number;
	bytes: number;
}

/** Long tasks after the page came to rest, by what the bench was doing. */
export interface LongTasks {
	interact: number[];
	search: number[];
	export: number[];
}

export interface AppRun {
	load: LoadMetrics | null;
	frames: FrameMetrics | null;
	/**
	 * The same frame recording over a second in which nothing moves: what "on time" measures on
	 * this machine (headless vsync is not exactly 16.67 ms), to read the zoom+drag figure against.
	 */
	idleFrames: FrameMetrics | null;
	search: SearchMetrics | null;
	exportSvg: ExportMetrics | null;
	longTasks: LongTasks;
	/** Long animation frames after load, slowest first, with the scripts they ran. */
	slowFrames: BenchProbe['animationFrames'];
	/** With `profile`: CPU profiles of the load and of zooming, dragging and searching. */
	profiles?: { load: CpuProfile; interact: CpuProfile };
	/** Steps that failed or were cut short, and errors the page threw. */
	notes: string[];
}

export interface RunOptions {
	/** The page to open (app or reference), absolute. */
	url: string;
	itemSelector: string;
	/** Ids of the dataset's events, to check that the page shows that dataset. */
	ids: ReadonlySet<string>;
}

/** Frame-to-frame times inside the windows in which the timeline was moving. */
function framesIn(frames: readonly number[], windows: readonly [number, number][]): FrameMetrics {
	const deltas: number[] = [];
	for (let i = 1; i < frames.length; i++) {
		const t = frames[i]!;
		// A frame belongs to a window if it ends inside it, allowing one frame for the last step.
		if (windows.some(([a, b]) => t > a && t <= b + 17)) deltas.push(t - frames[i - 1]!);
	}
	return {
		count: deltas.length,
		p50: percentile(deltas, 50),
		p95: percentile(deltas, 95),
		max: maxOf(deltas),
	};
}

/** Four clicks on "Zoom out", each left to finish its animation, then a drag across and back. */
async function zoomAndDrag(
	page: Page,
	note: (text: string) => void,
): Promise<{ moving: [number, number][]; idle: [number, number] }> {
	const windows: [number, number][] = [];
	// As a person would look at it; and the mouse must be over the timeline to drag it.
	await page.locator(TIMELINE).evaluate((el) => el.scrollIntoView());
	await page.evaluate(() => window.__bench.recordFrames());
	const idleStart = await now(page);
	await page.waitForTimeout(1000);
	const idle: [number, number] = [idleStart, await now(page)];
	const zoomOut = page
		.locator(`${TIMELINE} .controls`)
		.getByRole('button', { name: 'Zoom out', exact: true });
	for (let step = 0; step < 4; step++) {
		const start = await now(page);
		await zoomOut.evaluate((button: HTMLElement) => button.click());
		const end = await settle(page, TIMELINE);
		windows.push([start, Math.max(start, end)]);
	}
	const box = await page.locator(`${TIMELINE} .vis-panel.vis-center`).boundingBox();
	if (!box) throw new Error("expected the timeline's centre panel, found none");
	// Near the top of the event area: a tall timeline runs past the bottom of the viewport.
	const y = box.y + Math.min(box.height / 2, 100);
	const at = (f: number) => box.x + box.width * f;
	const axis = () => page.locator(TIMELINE).evaluate((el) => el.textContent);
	const before = await axis();
	const start = await now(page);
	const began = Date.now();
	await page.mouse.move(at(0.8), y);
	await page.mouse.down();
	// About one pointer move a frame, as a hand would; ending elsewhere than it began, so that
	// mouseup does not land on the button mousedown hit and click (select) it.
	const path = [0.8, 0.2, 0.5];
	let moves = 0;
	for (let leg = 1; leg < path.length; leg++) {
		const [from, to] = [path[leg - 1]!, path[leg]!];
		for (let i = 1; i <= 30 && Date.now() - began < STEP_BUDGET; i++, moves++) {
			await page.mouse.move(at(from + ((to - from) * i) / 30), y);
			await page.waitForTimeout(16);
		}
	}
	if (moves < 60) note(`drag stopped after ${moves} of 60 moves (${STEP_BUDGET / 1000} s)`);
	await page.mouse.up();
	const end = await settle(page, TIMELINE);
	if ((await axis()) === before) note('the drag did not move the timeline');
	windows.push([start, Math.max(start, end)]);
	await page.evaluate(() => window.__bench.stop());
	return { moving: windows, idle };
}

/**
 * Types `query` into the search box one key at a time. Each key waits for the previous one's
 * frame to be drawn (and a pause as between a person's keystrokes), so that no keystroke's time
 * includes the one before it.
 */
async function typeSearch(
	page: Page,
	query: string,
	note: (text: string) => void,
): Promise<SearchMetrics> {
	const box = page.locator('input[type=search]');
	await box.click();
	const start = await now(page);
	const began = Date.now();
	await page.evaluate(() => window.__bench.recordKeystrokes());
	for (let i = 0; i < query.length; i++) {
		if (Date.now() - began > STEP_BUDGET) {
			note(`search stopped after ${i} of ${query.length} keys (${STEP_BUDGET / 1000} s)`);
			break;
		}
		await page.keyboard.press(query[i]!);
		await page.waitForFunction((count) => window.__bench.keystrokes.length >= count, i + 1, {
			timeout: LOAD_TIMEOUT,
		});
		await page.waitForTimeout(150);
	}
	await settle(page, 'body');
	await page.evaluate(() => window.__bench.stop());
	const keystrokes = await page.evaluate(() => window.__bench.keystrokes);
	const events = await page.evaluate(() => window.__bench.events);
	const durations = events.filter((e) => e.start >= start).map((e) => e.duration);
	return { query, keystrokes, eventTimingMaxMs: durations.length ? maxOf(durations) : null };
}

/**
 * Opens the chronology view and times "Export SVG" from click to download, cold then warm;
 * also returns the long tasks from the first click on.
 */
async function exportSvg(
	page: Page,
	url: string,
): Promise<{ metrics: ExportMetrics; longTasks: number[] }> {
	await page.goto(url, { timeout: LOAD_TIMEOUT });
	const button = page
		.getByRole('group', { name: 'Export', exact: true })
		.getByRole('button', { name: 'Export SVG', exact: true });
	await button.waitFor({ timeout: LOAD_TIMEOUT });
	await settle(page, 'body', 500);
	const clicked = await now(page);
	const once = async () => {
		const started = performance.now();
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: LOAD_TIMEOUT }),
			// An in-page click: no actionability round trips between the clock and the click.
			button.evaluate((b: HTMLElement) => b.click()),
		]);
		const ms = performance.now() - started;
		const bytes = statSync(await download.path()).size;
		await settle(page, 'body');
		return { ms, bytes };
	};
	const first = await once();
	const again = await once();
	return {
		metrics: { firstMs: first.ms, againMs: again.ms, bytes: again.bytes },
		longTasks: await longTasksBetween(page, clicked),
	};
}

/** Long tasks that started in [from, to) of a page's clock. */
async function longTasksBetween(page: Page, from: number, to = Infinity): Promise<number[]> {
	const tasks = await page.evaluate(() => window.__bench.longTasks);
	return tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration);
}

/** Loads a page (the reference, or the app without interactions) and measures its first view. */
export async function runLoad(browser: Browser, opts: RunOptions): Promise<LoadMetrics> {
	const { context, close } = await newContext(browser, opts.itemSelector, RUN_DEADLINE);
	try {
		const page = await context.newPage();
		return await load(page, await context.newCDPSession(page), opts.url, opts.ids);
	} finally {
		await close();
	}
}

/** The full run of the app: load, zoom and drag, search, export; a failing step is noted. */
export async function runApp(
	browser: Browser,
	opts: RunOptions & { exportUrl: string; query: string; profile?: boolean },
): Promise<AppRun> {
	const { context, expired, close } = await newContext(browser, opts.itemSelector, RUN_DEADLINE);
	const run: AppRun = {
		load: null,
		frames: null,
		idleFrames: null,
		search: null,
		exportSvg: null,
		longTasks: { interact: [], search: [], export: [] },
		slowFrames: [],
		notes: [],
	};
	const step = async (name: string, body: () => Promise<void>) => {
		if (expired()) return;
		try {
			await body();
		} catch (error) {
			const why = expired()
				? `run stopped at its ${RUN_DEADLINE / 60_000} min deadline`
				: error instanceof Error
					? error.message.split('\n')[0]
					: String(error);
			run.notes.push(`${name}: ${why}`);
		}
	};
	// An error in the app explains a figure that is missing or odd.
	context.on('weberror', (e) => run.notes.push(`page error: ${e.error().message}`));
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		let loadProfile: CpuProfile | null = null;
		let rested = 0;
		await step('load', async () => {
			if (opts.profile) await startProfile(cdp);
			run.load = await load(page, cdp, opts.url, opts.ids);
			if (opts.profile) loadProfile = await stopProfile(cdp);
			if (opts.profile) await startProfile(cdp);
			rested = await now(page);
		});
		if (!run.load) return run;
		await step('zoom and drag', async () => {
			const { moving, idle } = await zoomAndDrag(page, (text) => run.notes.push(text));
			const frames = await page.evaluate(() => window.__bench.frames);
			run.frames = framesIn(frames, moving);
			run.idleFrames = framesIn(frames, [idle]);
		});
		await step('search', async () => {
			const searchStart = await now(page);
			run.longTasks.interact = await longTasksBetween(page, rested, searchStart);
			run.search = await typeSearch(page, opts.query, (text) => run.notes.push(text));
			run.longTasks.search = await longTasksBetween(page, searchStart);
		});
		await step('collect', async () => {
			if (loadProfile) run.profiles = { load: loadProfile, interact: await stopProfile(cdp) };
			const frames = await page.evaluate(() => window.__bench.animationFrames);
			run.slowFrames = frames
				.filter((f) => f.start >= rested)
				.sort((a, b) => b.duration - a.duration);
			await page.close();
		});
		await step('export', async () => {
			const { metrics, longTasks } = await exportSvg(await context.newPage(), opts.exportUrl);
			run.exportSvg = metrics;
			run.longTasks.export = longTasks;
		});
	} finally {
		await close();
	}
	return run;
}
