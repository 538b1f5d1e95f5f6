/**
 * A view that fails is caught and reported inside that view, with a way to try again, while the
 * rest of the app (search, the view switcher, details) keeps working; an unknown view in the link
 * is dropped with the usual polite notice.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { dataset } from './data.ts';
import { eventButton, timeline } from './app.ts';

/**
 * The chronology view's chunk, fetched the first time the view is shown, and asked for again
 * under a query (`?retry=1`) when it failed (retryable.ts): a server that is down fails both.
 */
const CHUNK = /\/ChronologyView-[\w-]+\.js(?:\?.*)?$/;
const CHUNK_URL = /\/ChronologyView-[\w-]+\.js\b/;

function switcher(page: Page): Locator {
	return page.getByRole('navigation', { name: 'Views', exact: true });
}

function chronology(page: Page): Locator {
	return page
		.getByRole('region', { name: 'Chronology', exact: true })
		.getByRole('group', { name: dataset().title.en, exact: true });
}

function failure(page: Page): Locator {
	return page.getByRole('alert').filter({ hasText: 'This view could not be shown' });
}

/**
 * The fixtures fail a test on any console error. The browser reports the failed chunk (and
 * nothing else may fail): those messages, and only those, are expected here.
 */
function forgiveChunkErrors(problems: string[], url: RegExp = CHUNK_URL): void {
	const expected = problems.filter(
		(p) => p.startsWith('console error: Failed to load resource') && url.test(p),
	);
	for (const p of expected) problems.splice(problems.indexOf(p), 1);
}

/**
 * An outage for the chunks whose file names start with `name`: their scripts and stylesheets
 * fail (HTTP 500), under any query, until `restore` is called. `url` matches their addresses
 * in console messages, to forgive those.
 */
async function breakChunk(page: Page, name: string) {
	const route = new RegExp(`/${name}-[\\w-]+\\.(?:js|css)(?:\\?.*)?$`);
	await page.route(route, (r) =>
		r.fulfill({ status: 500, contentType: 'text/plain', body: 'broken on purpose' }),
	);
	return {
		url: new RegExp(`/${name}-[\\w-]+\\.(?:js|css)\\b`),
		restore: () => page.unroute(route),
	};
}

/**
 * For each stylesheet of the chunks named `name`, whether it holds rules: one that failed to
 * load has a sheet too, an empty one.
 */
function stylesheetsLoaded(page: Page, name: string): Promise<boolean[]> {
	return page.evaluate(
		(prefix) =>
			[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
				.filter((link) => new URL(link.href).pathname.includes(prefix))
				.map((link) => (link.sheet?.cssRules.length ?? 0) > 0),
		`/${name}-`,
	);
}

test('a chronology chunk that fails to load is reported in the view, with Try again', async ({
	page,
	appGuard,
}) => {
	test.slow(); // several views and a search
	await page.route(CHUNK, (route) =>
		route.fulfill({ status: 500, contentType: 'text/plain', body: 'broken on purpose' }),
	);
	await page.goto('/?view=chronology');
	const alert = failure(page);
	await expect(alert).toBeVisible();
	await expect(alert).toContainText('This view could not be shown');
	const retry = alert.getByRole('button', { name: 'Try again', exact: true });
	await expect(retry).toBeVisible();
	await expect(chronology(page)).toHaveCount(0);

	// The rest works: the header, the search, the view switcher, the details pane.
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const search = page.getByRole('searchbox', { name: 'Search', exact: true });
	await search.fill('Tehran');
	await expect(page).toHaveURL(/[?&]q=Tehran(?:&|$)/);
	await expect(page.locator('#search-status')).toContainText('matching');
	await search.fill('');

	await switcher(page).getByRole('button', { name: 'Timeline', exact: true }).click();
	await expect(failure(page)).toHaveCount(0);
	await expect(timeline(page)).toBeVisible();
	await eventButton(page, '2024-07-30-tehran').click();
	await expect(
		page.getByRole('region', {
			name: 'Pezeshkian receives Kazakh Senate chairman Ashimbayev',
			exact: true,
		}),
	).toBeVisible();

	await switcher(page).getByRole('button', { name: 'Table', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Table', exact: true })).toBeVisible();

	// Back to the chronology while the chunk is still broken: the same report.
	await switcher(page).getByRole('button', { name: 'Chronology', exact: true }).click();
	await expect(failure(page)).toBeVisible();

	// The server recovers; Try again shows the chart.
	await page.unroute(CHUNK);
	await failure(page).getByRole('button', { name: 'Try again', exact: true }).click();
	await expect(chronology(page)).toBeVisible();
	await expect(failure(page)).toHaveCount(0);
	await expect(page).toHaveURL(/[?&]view=chronology(?:&|$)/);

	forgiveChunkErrors(appGuard);
});

test('a chronology that throws while drawing is caught in the view, the rest keeps working', async ({
	page,
}) => {
	// A chunk that loads, but whose component throws as soon as it renders.
	await page.route(CHUNK, (route) =>
		route.fulfill({
			status: 200,
			contentType: 'text/javascript',
			body: 'export default function ChronologyView() { throw new Error("chart exploded"); }\n',
		}),
	);
	await page.goto('/?view=chronology');
	const alert = failure(page);
	await expect(alert).toBeVisible();
	await expect(alert).toContainText('chart exploded');
	await expect(alert.getByRole('button', { name: 'Try again', exact: true })).toBeVisible();

	await switcher(page).getByRole('button', { name: 'Timeline', exact: true }).click();
	await expect(failure(page)).toHaveCount(0);
	await expect(timeline(page)).toBeVisible();
	await eventButton(page, '2014-09-09-astana').click();
	await expect(page).toHaveURL(/[?&]event=2014-09-09-astana(?:&|$)/);
});

test('?view=nonsense shows the polite notice and the timeline', async ({ page }) => {
	await page.goto('/?view=nonsense&event=2024-07-30-tehran');
	const notice = page.getByRole('status').filter({ hasText: 'Ignored part of the link' });
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('view=“nonsense”');
	await expect(timeline(page)).toBeVisible();
	await expect(failure(page)).toHaveCount(0);
	await expect(
		switcher(page).getByRole('button', { name: 'Timeline', exact: true }),
	).toHaveAttribute('aria-pressed', 'true');
	// The rest of the link still counts, and the bad value leaves the address.
	await expect(
		page.getByRole('region', {
			name: 'Pezeshkian receives Kazakh Senate chairman Ashimbayev',
			exact: true,
		}),
	).toBeVisible();
	await expect(page).not.toHaveURL(/[?&]view=/);
	await expect(page).toHaveURL(/[?&]event=2024-07-30-tehran(?:&|$)/);
	// The notice can be dismissed.
	await notice.getByRole('button', { name: 'Dismiss', exact: true }).click();
	await expect(page.getByText('Ignored part of the link')).toHaveCount(0);
});

test("a meeting's details that fail to load are reported in the details pane, with Try again", async ({
	page,
	appGuard,
}) => {
	const chunk = await breakChunk(page, 'MeetingDetails');
	await page.goto('/');
	await eventButton(page, '2024-07-30-tehran').click();
	const alert = page.getByRole('alert').filter({ hasText: 'The details could not be shown' });
	await expect(alert).toBeVisible();
	await expect(alert).toContainText('MeetingDetails-');
	// The rest works: another meeting says the same, the timeline and the search still answer.
	await eventButton(page, '2014-09-09-astana').click();
	await expect(page).toHaveURL(/[?&]event=2014-09-09-astana(?:&|$)/);
	await expect(alert).toBeVisible();
	await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('Tehran');
	await expect(page.locator('#search-status')).toContainText('matching');

	await chunk.restore();
	await alert.getByRole('button', { name: 'Try again', exact: true }).click();
	await expect(
		page.getByRole('region', {
			name: 'Rouhani and Nazarbayev meet in Astana',
			exact: true,
		}),
	).toBeVisible();
	await expect(alert).toHaveCount(0);
	// Its stylesheet failed with it: it is asked for again, not left out.
	await expect.poll(() => stylesheetsLoaded(page, 'MeetingDetails')).toEqual([true]);
	// Focus stays in the pane, not on the page.
	await expect(page.locator('#details')).toBeFocused();
	forgiveChunkErrors(appGuard, chunk.url);
});

test('a presentation that fails to load says so, with Try again and a way out', async ({
	page,
	appGuard,
}) => {
	// Its chunk is a facade over one it shares with the embed. A browser that keeps failed
	// modules (Chromium 150) fails that shared one again on a retry, as retryable.ts cannot give a
	// dependency a new address: Esc and Leave are inside it, so the report has a Leave of its own.
	const chunk = await breakChunk(page, 'Presentation');
	await page.goto('/?present=1');
	const alert = failure(page);
	await expect(alert).toBeVisible();
	await expect(alert.getByRole('button', { name: 'Try again', exact: true })).toBeVisible();
	await alert.getByRole('button', { name: 'Leave presentation', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(timeline(page)).toBeVisible();
	await expect(page).not.toHaveURL(/[?&]present=/);
	forgiveChunkErrors(appGuard, chunk.url);
});

test('an embed whose view fails to load says so, and links to the full chronology', async ({
	page,
	appGuard,
}) => {
	const chunk = await breakChunk(page, 'EmbedLayout');
	await page.goto('/?embed=1&event=2024-07-30-tehran');
	const alert = failure(page);
	await expect(alert).toBeVisible();
	const full = alert.getByRole('link', { name: /^Open the full chronology/ });
	await expect(full).toHaveAttribute('href', /[?&]event=2024-07-30-tehran(?:&|$)/);
	await expect(full).not.toHaveAttribute('href', /embed=/);
	await chunk.restore();
	await alert.getByRole('button', { name: 'Try again', exact: true }).click();
	await expect(timeline(page)).toBeVisible();
	await expect(alert).toHaveCount(0);
	forgiveChunkErrors(appGuard, chunk.url);
});

test("a chart's export controls that fail to load say so; the chart is drawn", async ({
	page,
	appGuard,
}) => {
	const chunk = await breakChunk(page, 'ExportMenu');
	await page.goto('/?view=chronology');
	const alert = page
		.getByRole('alert')
		.filter({ hasText: 'The export controls could not be shown' });
	await expect(alert).toBeVisible();
	await expect(chronology(page)).toBeVisible();
	await chunk.restore();
	await alert.getByRole('button', { name: 'Try again', exact: true }).click();
	await expect(page.getByRole('group', { name: 'Export', exact: true })).toBeVisible();
	await expect(alert).toHaveCount(0);
	await expect(chronology(page)).toBeVisible();
	await expect.poll(() => stylesheetsLoaded(page, 'ExportMenu')).toEqual([true]);
	forgiveChunkErrors(appGuard, chunk.url);
});
