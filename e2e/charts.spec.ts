/**
 * The presentation views (chronology, topics matrix, map): each shows its chart (an SVG group)
 * and the same information as a table; its marks are buttons that select their event by mouse and
 * by keyboard; a topic dot also opens the passage that reports the topic; and every view fits a
 * phone without sideways scrolling.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { details, eventUrl, sourceReader } from './app.ts';
import { dataset, escapeRegExp, event } from './data.ts';

/** Each view: its region's name (its heading), its chart's name, and a mark to select. */
const VIEWS = [
	{
		view: 'chronology',
		region: 'Chronology',
		chart: dataset().title.en,
		mark: '2024-07-30-tehran',
		name: new RegExp(`^${escapeRegExp(event('2024-07-30-tehran').title.en)}, 30 Jul 2024`),
	},
	{
		view: 'matrix',
		region: 'Topics by meeting',
		chart: 'Topics by meeting',
		mark: '2014-09-09-astana',
		name: new RegExp(`^Trade — ${escapeRegExp(event('2014-09-09-astana').title.en)}`),
	},
	{
		view: 'map',
		region: 'Where they met',
		chart: 'Where they met',
		mark: '2024-07-30-tehran',
		name: /^Tehran, 3 events/,
	},
] as const;

function region(page: Page, name: string): Locator {
	return page.getByRole('region', { name, exact: true });
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
	const { scrollWidth, clientWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth,
	}));
	expect(scrollWidth, 'page is no wider than the screen').toBeLessThanOrEqual(clientWidth);
}

for (const v of VIEWS) {
	test.describe(`?view=${v.view}`, () => {
		test('shows the chart and a table of the same events', async ({ page }) => {
			await page.goto(`/?view=${v.view}`);
			const view = region(page, v.region);
			await expect(view.getByRole('group', { name: v.chart, exact: true })).toBeVisible();
			await expect(view.getByRole('table')).toBeVisible();
			await expect(view.getByRole('table').getByRole('row').nth(1)).toBeVisible();
		});

		test('clicking a mark selects its event', async ({ page }) => {
			await page.goto(`/?view=${v.view}`);
			// Click the mark itself (a label hangs apart from it, on a leader line).
			await region(page, v.region)
				.getByRole('button', { name: v.name })
				.locator('circle')
				.last()
				.click();
			await expect(details(page, v.mark)).toBeVisible();
			await expect(page).toHaveURL(eventUrl(v.mark));
		});

		test('Enter on a focused mark selects its event', async ({ page }) => {
			await page.goto(`/?view=${v.view}`);
			const mark = region(page, v.region).getByRole('button', { name: v.name });
			await mark.focus();
			await expect(mark).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(details(page, v.mark)).toBeVisible();
			await expect(page).toHaveURL(eventUrl(v.mark));
			await expect(mark).toHaveAttribute('aria-pressed', 'true');
		});
	});
}

test('a topic dot opens the passage that reports the topic', async ({ page }) => {
	const astana = event('2014-09-09-astana');
	const index = astana.topics.findIndex((t) => t.topic === 'trade');
	const passage = astana.topics[index]!.passages[0]!;
	await page.goto('/?view=matrix');
	const dot = region(page, 'Topics by meeting').locator(
		`[role=button][data-event="${astana.id}"][data-fact="topics.${index}"]`,
	);
	await dot.locator('circle').click();
	await expect(details(page, astana.id)).toBeVisible();
	await expect(
		sourceReader(page).locator(`mark[data-passage="${passage}"]`).first(),
	).toHaveAttribute('aria-current', 'true');
});

test('the map says which events it cannot place', async ({ page }) => {
	await page.goto('/?view=map');
	await expect(region(page, 'Where they met')).toContainText(
		'Not on the map: 6 events in Turkmenistan, city not named',
	);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	for (const v of VIEWS)
		test(`?view=${v.view} fits the screen, chart and table both there`, async ({ page }) => {
			await page.goto(`/?view=${v.view}`);
			const view = region(page, v.region);
			await expect(view.getByRole('group', { name: v.chart, exact: true })).toBeVisible();
			await expect(view.getByRole('table')).toBeAttached();
			await expectNoSidewaysScroll(page);
			await view.getByRole('button', { name: v.name }).locator('circle').last().click();
			await expect(details(page, v.mark)).toBeVisible();
			await expectNoSidewaysScroll(page);
		});
});
