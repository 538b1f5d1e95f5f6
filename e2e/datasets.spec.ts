/**
 * Anyone's data (issue #5): a dataset opens from a file chooser, a `?data=` link or a drop; a
 * broken one is rejected with its problems while the one on screen stays; opening can be
 * cancelled; 10,000 events load and the timeline's marks account for every one of them.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { timeline } from './app.ts';
import { formatSynthetic, generateSynthetic } from '../scripts/gen-synthetic.ts';

const EXAMPLES = 'public/examples';
/** One of the built-in meetings: present while the built-in dataset is on screen. */
const BUILTIN_EVENT = '2024-07-30-tehran';

const chooser = (page: Page) => page.getByTestId('dataset-file');
const datasetRegion = (page: Page) => page.getByRole('region', { name: 'Dataset', exact: true });

/** Every mark on the timeline and how many events it stands for (an event: 1). */
async function countMarks(page: Page): Promise<{ marks: number; events: number }> {
	return timeline(page)
		.locator('.tl-item, .tl-cluster')
		.evaluateAll((buttons) => ({
			marks: buttons.length,
			events: buttons.reduce(
				(sum, b) =>
					sum + ((b as HTMLElement).dataset.count ? Number((b as HTMLElement).dataset.count) : 1),
				0,
			),
		}));
}

test('the example CSV opens from the Open dataset chooser', async ({ page }) => {
	await page.goto('/?lang=en');
	await expect(timeline(page).locator(`[data-event="${BUILTIN_EVENT}"]`)).toBeVisible();
	await chooser(page).setInputFiles(`${EXAMPLES}/meetings.csv`);
	await expect(datasetRegion(page)).toContainText('meetings.csv: 6 events, 6 sources');
	await expect(
		page.getByRole('status').filter({ hasText: 'Opened meetings.csv: 6 events.' }),
	).toBeVisible();
	await expect(timeline(page).locator('.tl-item')).toHaveCount(6);
	await expect(timeline(page).locator(`[data-event="${BUILTIN_EVENT}"]`)).toHaveCount(0);
	// A file has no address: the link does not claim to carry it, and the page says so.
	expect(new URL(page.url()).searchParams.get('data')).toBeNull();
	await expect(datasetRegion(page)).toContainText('links to this page open the built-in dataset');
	// Its events open like any other, with the CSV's quote as their source passage.
	await timeline(page)
		.getByRole('button', { name: /^Rouhani and Nazarbayev meet in Astana/ })
		.click();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Rouhani and Nazarbayev meet in Astana' }),
	).toBeVisible();
	await expect(page.locator('mark[data-passage]').first()).toBeVisible();
	// And back.
	await page.getByRole('button', { name: 'Back to the built-in dataset' }).click();
	await expect(timeline(page).locator(`[data-event="${BUILTIN_EVENT}"]`)).toBeVisible();
});

test('?data= opens the example CSV, and the link keeps it across a reload', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => r.url().endsWith('/meetings.csv') && fetched.push(r.url()));
	await page.goto('/?lang=en&data=examples%2Fmeetings.csv');
	await expect(datasetRegion(page)).toContainText('meetings.csv: 6 events');
	await expect(timeline(page).locator('.tl-item')).toHaveCount(6);
	// Fetched once: the worker the page's HTML started for the link is the one the app used.
	expect(fetched).toHaveLength(1);
	expect(await page.evaluate(() => '__datasetHeadStart' in window)).toBe(false);
	await timeline(page)
		.getByRole('button', { name: /^Raisi and Tokayev meet/ })
		.click();
	const url = new URL(page.url());
	expect(url.searchParams.get('data')).toBe('examples/meetings.csv');
	expect(url.searchParams.get('event')).toBeTruthy();
	await page.reload();
	await expect(
		page.getByRole('heading', { level: 2, name: /^Raisi and Tokayev meet/ }),
	).toBeVisible();
});

test('the HTML starts fetching a linked dataset before the app script has run', async ({
	page,
}) => {
	// With the app's script held back, only the HTML's inline script (allowed by the policy's
	// hash) can have asked for the file: through the parser's worker.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
		await held;
		await route.continue().catch(() => {});
	});
	const fetched = page.waitForRequest((r) => r.url().endsWith('/examples/meetings.csv'));
	await page.goto('/?lang=en&data=examples%2Fmeetings.csv', { waitUntil: 'commit' });
	await fetched;
	release();
	await expect(datasetRegion(page)).toContainText('meetings.csv: 6 events');
});

test('a minimal JSON list of dated titles opens, with no source reader to show', async ({
	page,
}) => {
	await page.goto('/?lang=en&data=examples%2Fminimal.json');
	await expect(datasetRegion(page)).toContainText('minimal.json: 4 events, 0 sources');
	await expect(timeline(page).locator('.tl-item')).toHaveCount(4);
	await expect(page.getByRole('region', { name: 'Source', exact: true })).toHaveCount(0);
	await timeline(page).locator('.tl-item').first().click();
	await expect(page.locator('#details h2')).toBeVisible();
});

test('a convenient JSON object (events without ids, dates as text) opens by link', async ({
	page,
}) => {
	// The page parses a JSON file's text ahead of the worker's check; records in a convenient
	// form are not yet records to index, and must not trip it (review of 113101c).
	const events = JSON.parse(readFileSync(`${EXAMPLES}/minimal.json`, 'utf8')) as unknown[];
	await page.route('**/convenient.json', (route) =>
		route.fulfill({
			body: JSON.stringify({ title: 'Convenient', events }),
			contentType: 'application/json',
		}),
	);
	await page.goto('/?lang=en&data=convenient.json');
	await expect(datasetRegion(page)).toContainText(`convenient.json: ${events.length} events`);
	await expect(timeline(page).locator('.tl-item')).toHaveCount(events.length);
	await expect(page.locator('.notice')).not.toContainText(/error|expected/i);
});

test('a broken CSV is rejected naming row and column, and the dataset on screen stays', async ({
	page,
}) => {
	await page.goto('/?lang=en');
	await chooser(page).setInputFiles(`${EXAMPLES}/broken.csv`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(
		'broken.csv could not be opened. The dataset on screen is unchanged.',
	);
	await expect(alert).toContainText('row 4, column "date": expected a date like 2024-07-30');
	await expect(alert).toContainText('found "30/07/2024"');
	await expect(alert).toContainText('row 6, column "title"');
	// Nothing half-loaded: the built-in meetings are all still there.
	await expect(timeline(page).locator(`[data-event="${BUILTIN_EVENT}"]`)).toBeVisible();
	await expect(datasetRegion(page)).toContainText('Built-in');
	await alert.getByRole('button', { name: 'Dismiss' }).click();
	await expect(alert).toHaveCount(0);
});

test('a broken ?data= link falls back to the built-in dataset with the problems shown', async ({
	page,
}) => {
	await page.goto('/?lang=en&data=examples%2Fbroken.csv');
	await expect(page.getByRole('alert')).toContainText('row 4, column "date"');
	await expect(timeline(page).locator(`[data-event="${BUILTIN_EVENT}"]`)).toBeVisible();
	// The address no longer claims a dataset that is not on screen.
	await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBeNull();
});

test('a missing file is reported, whether as a 404 or as a web page in its place', async ({
	page,
	appGuard,
}) => {
	await page.route('**/gone.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
	await page.goto('/?lang=en&data=examples%2Fgone.json');
	await expect(page.getByRole('alert')).toContainText('found HTTP 404');
	await expect(timeline(page).locator(`[data-event="${BUILTIN_EVENT}"]`)).toBeVisible();
	// A single-page host (like `vite preview`) answers with its index page instead.
	await page.goto('/?lang=en&data=examples%2Fnope.json');
	await expect(page.getByRole('alert')).toContainText('found a web page');
	// The 404 we provoked is fetched by the parser's worker, so the browser logs it in the worker's
	// console, not the page's; should a browser log it here too, that error is expected, and only it.
	const expected = appGuard.filter((p) => /status of 404 .*\/examples\/gone\.json/.test(p));
	for (const p of expected) appGuard.splice(appGuard.indexOf(p), 1);
	await expect(timeline(page).locator(`[data-event="${BUILTIN_EVENT}"]`)).toBeVisible();
});

test('a built-in dataset that cannot be fetched is reported by file, and a link still opens', async ({
	page,
	appGuard,
}) => {
	// The built-in record is a file of its own (data/fetch.ts): a host that lost it must say so.
	await page.route(/\/(data|assets)\/dataset[^/]*\.json$/, (route) =>
		route.fulfill({ status: 404, body: 'Not found' }),
	);
	await page.goto('/?lang=en');
	const broken = page.getByRole('main');
	await expect(
		broken.getByRole('heading', { name: 'The dataset could not be loaded' }),
	).toBeVisible();
	await expect(broken).toContainText(/\(built-in dataset\): could not be fetched: .*dataset.*404/);
	// The rest of the page works: a dataset opens from the chooser.
	await chooser(page).setInputFiles(`${EXAMPLES}/meetings.csv`);
	await expect(datasetRegion(page)).toContainText('meetings.csv: 6 events, 6 sources');
	const expected = appGuard.filter((p) => /status of 404 .*dataset.*\.json/.test(p));
	for (const p of expected) appGuard.splice(appGuard.indexOf(p), 1);
});

test('a dataset dropped on the page opens', async ({ page }) => {
	await page.goto('/?lang=en');
	await expect(timeline(page).locator(`[data-event="${BUILTIN_EVENT}"]`)).toBeVisible();
	const csv = readFileSync(`${EXAMPLES}/meetings.csv`, 'utf8');
	const transfer = await page.evaluateHandle((text) => {
		const data = new DataTransfer();
		data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
		return data;
	}, csv);
	await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
	await expect(page.getByText('Drop a JSON or CSV dataset to open it')).toBeVisible();
	await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
	await expect(datasetRegion(page)).toContainText('dropped.csv: 6 events');
	await expect(page.getByText('Drop a JSON or CSV dataset to open it')).toHaveCount(0);
});

test('opening shows progress and can be cancelled, leaving the dataset on screen', async ({
	page,
}) => {
	const body = formatSynthetic(generateSynthetic({ n: 300, seed: 2 }));
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/slow/300.json', async (route) => {
		await held;
		await route.fulfill({ body, contentType: 'application/json' }).catch(() => {});
	});
	await page.goto('/?lang=en');
	await expect(timeline(page).locator(`[data-event="${BUILTIN_EVENT}"]`)).toBeVisible();
	// Opened from the page (as a link would), so the request is held while we look.
	await page.evaluate(() => {
		history.pushState(null, '', '?lang=en&data=slow%2F300.json');
		dispatchEvent(new PopStateEvent('popstate'));
	});
	const progress = page.getByRole('status').filter({ hasText: 'Reading 300.json' });
	await expect(progress).toBeVisible();
	await expect(progress.locator('progress')).toBeVisible();
	await progress.getByRole('button', { name: 'Cancel' }).click();
	await expect(
		page.getByText('Opening 300.json was cancelled. The dataset on screen is unchanged.'),
	).toBeVisible();
	release();
	await expect(timeline(page).locator(`[data-event="${BUILTIN_EVENT}"]`)).toBeVisible();
	await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBeNull();
	await expect(datasetRegion(page)).toContainText('Built-in');
});

test('10,000 synthetic events load, aggregated into marks whose counts add up to 10,000', async ({
	page,
}) => {
	test.slow();
	const body = formatSynthetic(generateSynthetic({ n: 10_000, seed: 1 }));
	await page.route('**/synthetic/10000.json', (route) =>
		route.fulfill({ body, contentType: 'application/json' }),
	);
	await page.goto('/?lang=en&data=synthetic%2F10000.json');
	await expect(datasetRegion(page)).toContainText('10000.json: 10,000 events', { timeout: 60_000 });
	const clusters = timeline(page).locator('.tl-cluster');
	await expect(clusters.first()).toBeVisible();
	// Fitted to all: every event is in exactly one mark.
	await expect.poll(() => countMarks(page)).toMatchObject({ events: 10_000 });
	const { marks } = await countMarks(page);
	expect(marks).toBeLessThan(200);
	// A mark names its count and period, and choosing it zooms into that period.
	const first = clusters.first();
	await expect(first).toHaveAttribute('aria-label', /^[\d,]+ events, .+\. Zoom in to see them\.$/);
	await first.click();
	await expect
		.poll(async () => (await countMarks(page)).events, { timeout: 15_000 })
		.toBeLessThan(10_000);
	// The page stays bounded: nothing like one element per event.
	const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
	expect(nodes).toBeLessThan(5_000);
	// Fit all again: all 10,000 accounted for, in the Solar Hijri calendar's periods too.
	await page.getByLabel('Calendar').selectOption('jalali');
	await timeline(page).getByRole('button', { name: 'Fit all' }).click();
	await expect.poll(() => countMarks(page), { timeout: 15_000 }).toMatchObject({ events: 10_000 });
});

test('a selected event inside an aggregated mark marks that mark, and the mark follows the selection', async ({
	page,
}) => {
	test.slow();
	const data = generateSynthetic({ n: 10_000, seed: 1 });
	const body = formatSynthetic(data);
	await page.route('**/synthetic/10000.json', (route) =>
		route.fulfill({ body, contentType: 'application/json' }),
	);
	const [early, late] = ['1996-12-05-astana', '2018-07-07-tehran'];
	expect(data.events.map((e) => e.id)).toEqual(expect.arrayContaining([early, late]));
	await page.goto(`/?lang=en&data=synthetic%2F10000.json&event=${early}`);
	await expect(datasetRegion(page)).toContainText('10000.json: 10,000 events', { timeout: 60_000 });
	const marked = timeline(page).locator('.vis-item.has-selected .tl-cluster');
	await expect(marked).toHaveCount(1);
	const before = await marked.getAttribute('aria-label');
	// Back and forward through the history select too: here, another event.
	await page.evaluate((id) => {
		const url = new URL(location.href);
		url.searchParams.set('event', id);
		history.pushState(null, '', url);
		dispatchEvent(new PopStateEvent('popstate'));
	}, late);
	await expect(marked).toHaveCount(1);
	await expect(marked).not.toHaveAttribute('aria-label', before!);
});
