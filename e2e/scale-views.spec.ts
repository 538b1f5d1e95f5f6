/**
 * The D3 views, the table and the exports with 10,000 events (issue #5): the chronology draws
 * marks whose counts add up to every event, in a bounded number of nodes; the topics matrix
 * counts by period; the table shows a hundred rows at a time and sorts all of them; an SVG export
 * shows its progress, completes, and can be cancelled.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { formatSynthetic, generateSynthetic } from '../scripts/gen-synthetic.ts';

const N = 10_000;
let body: string | undefined;

/** Opens the 10,000-event synthetic dataset (served from our own origin) in `view`. */
async function open(page: Page, view: string): Promise<void> {
	body ??= formatSynthetic(generateSynthetic({ n: N, seed: 1 }));
	const json = body;
	await page.route('**/synthetic/10000.json', (route) =>
		route.fulfill({ body: json, contentType: 'application/json' }),
	);
	await page.goto(`/?lang=en&view=${view}&data=synthetic%2F10000.json`);
	await expect(page.getByRole('region', { name: 'Dataset', exact: true })).toContainText(
		'10,000 events',
		{ timeout: 90_000 },
	);
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Every mark of a chart and how many events it stands for. */
async function countMarks(chart: Locator): Promise<{ marks: number; events: number }> {
	return chart.locator('svg.scene [role=button][data-event]').evaluateAll((marks) => ({
		marks: marks.length,
		events: marks.reduce((sum, m) => sum + Number((m as HTMLElement).dataset.count ?? 1), 0),
	}));
}

test.describe('10,000 events', () => {
	test.slow();

	test('the chronology aggregates: its marks count every event once, in bounded nodes', async ({
		page,
	}) => {
		await open(page, 'chronology');
		const chart = region(page, 'Chronology');
		await expect(chart.locator('svg.scene')).toBeVisible({ timeout: 60_000 });
		await expect.poll(() => countMarks(chart)).toMatchObject({ events: N });
		const { marks } = await countMarks(chart);
		expect(marks, 'marks are bounded by the width, not the events').toBeLessThan(300);
		const svgNodes = await chart.locator('svg.scene *').count();
		expect(svgNodes).toBeLessThan(3_000);
		// A grouped mark says how many it stands for, and names only a few of them.
		const group = chart.locator('svg.scene [role=button][data-count]').first();
		const count = Number(await group.getAttribute('data-count'));
		const label = (await group.getAttribute('aria-label')) ?? '';
		expect(label.startsWith(`${count.toLocaleString('en')} events`)).toBe(true);
		expect(label).toMatch(/; and [\d,]+ more\. Select to zoom into this period$/);
		// The table under the chart: a hundred rows and a pager.
		await expect(chart.locator('tbody tr')).toHaveCount(100);
		await expect(
			chart.getByRole('status').filter({ hasText: 'Rows 1–100 of 10,000' }),
		).toBeVisible();

		// A crowded period's mark zooms into it: the note says which and how many, and takes the
		// focus; the marks there add up to that many; "Show all of time" comes back.
		const crowded = chart.getByRole('button', { name: /Select to zoom into this period$/ }).first();
		// Its badge, the last shape drawn (the group's box takes in its label, which may sit over
		// another mark).
		await crowded.locator('circle, rect').last().click();
		const note = chart.locator('p.zoom');
		await expect(note).toBeFocused();
		const shown = Number(
			((await note.textContent()) ?? '').match(/: ([\d,]+) events?\./)?.[1]?.replace(/,/g, ''),
		);
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(N);
		await expect.poll(() => countMarks(chart)).toMatchObject({ events: shown });
		await expectNoViolations(page, 'the zoomed chronology');
		await note.getByRole('button', { name: 'Show all of time' }).click();
		await expect(note).toHaveCount(0);
		await expect.poll(() => countMarks(chart)).toMatchObject({ events: N });
	});

	test('the topics matrix counts by period, in bounded nodes', async ({ page }) => {
		await open(page, 'matrix');
		const chart = region(page, 'Topics by meeting');
		await expect(chart.locator('svg.scene')).toBeVisible({ timeout: 60_000 });
		await expect(chart.locator('svg.scene')).toContainText(/counted in \d+ periods/);
		expect(await chart.locator('svg.scene *').count()).toBeLessThan(4_000);
	});

	test('the table shows a hundred rows a page, pages through all, and sorts them all', async ({
		page,
	}) => {
		await open(page, 'table');
		const view = region(page, 'Table');
		const rows = view.locator('tbody tr');
		await expect(rows).toHaveCount(100, { timeout: 60_000 });
		await expect(view.locator('caption')).toHaveText(
			'10,000 events; activate a column heading to sort by it.',
		);
		const pager = view.getByRole('navigation', { name: 'Pages of the table' });
		const status = pager.getByRole('status');
		await expect(status).toHaveText('Rows 1–100 of 10,000');
		const firstTitle = await rows.first().getByRole('rowheader').textContent();

		await pager.getByRole('button', { name: 'Next page' }).click();
		await expect(status).toHaveText('Rows 101–200 of 10,000');
		await expect(rows).toHaveCount(100);
		expect(await rows.first().getByRole('rowheader').textContent()).not.toBe(firstTitle);
		await expect(pager.getByRole('button', { name: 'Previous page' })).toHaveAttribute(
			'aria-disabled',
			'false',
		);

		await expectNoViolations(page, 'the table on its second page');

		await pager.getByRole('button', { name: 'Last page' }).click();
		await expect(status).toHaveText('Rows 9,901–10,000 of 10,000');
		await expect(pager.getByRole('button', { name: 'Next page' })).toHaveAttribute(
			'aria-disabled',
			'true',
		);

		// Sorting sorts every row, and starts again at the first page: descending by date, the
		// first row is the latest event of all 10,000.
		const date = view.getByRole('columnheader', { name: 'Date', exact: true });
		await date.getByRole('button').click();
		await expect(date).toHaveAttribute('aria-sort', 'descending');
		await expect(status).toHaveText('Rows 1–100 of 10,000');
		await expect(rows.first().locator('td').first()).toContainText('2025');
	});

	test('Export SVG of the chronology shows its progress and completes', async ({ page }) => {
		await open(page, 'chronology');
		await expect(region(page, 'Chronology').locator('svg.scene')).toBeVisible({ timeout: 60_000 });
		const menu = page.getByRole('group', { name: 'Export', exact: true });
		// Loading the fonts, laying out, writing: a labelled bar says how far it is. It may come
		// and go between two looks (it did once), so a watcher set before the click records it.
		await menu.evaluate((group) => {
			const seen = ((window as { __progressSeen?: string[] }).__progressSeen = [] as string[]);
			const look = () => {
				// A <progress> (role progressbar), named by its <label>.
				const bar = group.querySelector('progress');
				const label = bar && group.querySelector(`label[for="${bar.id}"]`);
				if (bar) seen.push(label?.textContent?.trim() ?? '');
			};
			new MutationObserver(look).observe(group, {
				childList: true,
				subtree: true,
				attributes: true,
			});
		});
		const [file] = await Promise.all([
			page.waitForEvent('download', { timeout: 120_000 }),
			menu.getByRole('button', { name: 'Export SVG', exact: true }).click(),
		]);
		const seen = await page.evaluate(
			() => (window as { __progressSeen?: string[] }).__progressSeen,
		);
		expect(seen?.length, 'a progress bar was shown while exporting').toBeGreaterThan(0);
		expect(
			seen?.every((name) => name !== ''),
			'the progress bar is labelled',
		).toBe(true);
		expect(file.suggestedFilename()).toMatch(/\.svg$/);
		await expect(menu.getByRole('status')).toContainText('Saved', { timeout: 30_000 });
		await expect(menu.getByRole('progressbar')).toHaveCount(0);
	});

	test('an export can be cancelled', async ({ page }) => {
		await open(page, 'chronology');
		await expect(region(page, 'Chronology').locator('svg.scene')).toBeVisible({ timeout: 60_000 });
		// A slow machine, so that the export takes a while.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
		const menu = page.getByRole('group', { name: 'Export', exact: true });
		let downloaded = false;
		page.on('download', () => (downloaded = true));
		// Cancel is clicked in the page the moment the chart's layout begins: a click through
		// Playwright's checks takes several round trips to a throttled page, and once came after
		// an export that no longer blocks the page had finished (the button was gone).
		await menu.evaluate((group) => {
			const observer = new MutationObserver(() => {
				const step = group.querySelector('.progress label')?.textContent ?? '';
				const cancel = [...group.querySelectorAll('button')].find(
					(b) => b.textContent?.trim() === 'Cancel',
				);
				if (!cancel || !step.includes('Laying out')) return;
				observer.disconnect();
				cancel.click();
			});
			observer.observe(group, { childList: true, subtree: true, characterData: true });
		});
		await menu.getByRole('button', { name: 'Export PNG', exact: true }).click();
		await expect(menu.getByRole('status')).toHaveText('The export was cancelled.', {
			timeout: 60_000,
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		expect(downloaded).toBe(false);
		await expect(menu.getByRole('button', { name: 'Export PNG', exact: true })).toBeEnabled();
	});
});
