/**
 * The table view (`?view=table`): one row per shown event with a caption; the column headings are
 * buttons that sort (aria-sort on the heading says how); an event's button selects it; filters and
 * languages apply as everywhere else.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { CORE, dataset, escapeRegExp, event, localTitle } from './data.ts';
import { details, eventUrl } from './app.ts';
import type { Lang } from '../src/lib/model/types.ts';

const ALL = dataset().events;
const REPORTED = ALL.filter((e) => e.kind === 'reported').map((e) => e.id);
const TEHRAN = '2024-07-30-tehran';

function tableRegion(page: Page, lang: Lang = 'en'): Locator {
	const name = { en: 'Table', fa: 'جدول', ar: 'جدول' }[lang];
	return page.getByRole('region', { name, exact: true });
}

function table(page: Page, lang: Lang = 'en'): Locator {
	return tableRegion(page, lang).getByRole('table');
}

/** The body rows: each has a row header (the event's title button). */
function rows(page: Page, lang: Lang = 'en'): Locator {
	return table(page, lang)
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader') });
}

function columnHeader(page: Page, name: string): Locator {
	return table(page).getByRole('columnheader', { name, exact: true });
}

/** The event ids of the rows, in order, read from the titles in their row headers. */
async function rowIds(page: Page, lang: Lang = 'en'): Promise<string[]> {
	const titles = await rows(page, lang)
		.getByRole('rowheader')
		.getByRole('button')
		.allTextContents();
	return titles.map((title) => {
		const found = ALL.filter((e) => localTitle(e.id, lang) === title.trim());
		return found.length === 1 ? (found[0]?.id ?? title) : `unrecognised row «${title}»`;
	});
}

/**
 * Where an event sits in time, worked out here from the data (not by the app): its day, or the
 * middle day of the period its date may fall in (a month, a year, a range).
 */
function timeKey(id: string): number {
	const { start, end, precision } = event(id).date;
	const day = (iso: string, last: boolean): number => {
		const [y = 0, m, d] = iso.split('-').map(Number);
		if (d !== undefined && m !== undefined) return Date.UTC(y, m - 1, d) / 86_400_000;
		if (m !== undefined) return Date.UTC(y, last ? m : m - 1, last ? 0 : 1) / 86_400_000;
		return Date.UTC(last ? y + 1 : y, 0, last ? 0 : 1) / 86_400_000;
	};
	const first = day(start, false);
	const last = day(precision === 'range' && end ? end : start, true);
	if (precision === 'day' || precision === 'about') return first;
	return first + Math.floor((last - first) / 2);
}

function expectTimeOrder(ids: string[], order: 'ascending' | 'descending'): void {
	const keys = ids.map(timeKey);
	for (let i = 1; i < keys.length; i++) {
		const [a = 0, b = 0] = [keys[i - 1], keys[i]];
		expect(
			order === 'ascending' ? a <= b : a >= b,
			`rows ${i} and ${i + 1} (${ids[i - 1]}, ${ids[i]}) are in ${order} time order`,
		).toBe(true);
	}
}

test('?view=table shows one row per event, with a caption', async ({ page }) => {
	await page.goto('/?view=table');
	await expect(tableRegion(page)).toBeVisible();
	await expect(
		page
			.getByRole('navigation', { name: 'Views', exact: true })
			.getByRole('button', { name: 'Table', exact: true }),
	).toHaveAttribute('aria-pressed', 'true');
	await expect(table(page)).toBeVisible();
	await expect(rows(page)).toHaveCount(ALL.length);
	expect(ALL.length, 'the dataset has 18 events').toBe(18);
	await expect(table(page).locator('caption')).toHaveText(
		`${ALL.length} events; activate a column heading to sort by it.`,
	);
	expect((await rowIds(page)).sort()).toEqual(ALL.map((e) => e.id).sort());
	for (const name of ['Date', 'Event', 'Place', 'Participants', 'Sources']) {
		await expect(columnHeader(page, name), `column ${name}`).toBeVisible();
		await expect(columnHeader(page, name).getByRole('button')).toBeVisible();
	}
	// The Tehran row: its date, place, people and source as the data has them.
	const row = rows(page).filter({
		has: page.getByRole('rowheader', { name: new RegExp(escapeRegExp(event(TEHRAN).title.en)) }),
	});
	await expect(row).toHaveCount(1);
	await expect(row.getByRole('cell').first()).toHaveText('30 Jul 2024');
	await expect(row).toContainText('Tehran');
	await expect(row).toContainText('Masoud Pezeshkian');
	await expect(row).toContainText('Maulen Ashimbayev');
	await expect(row).toContainText('Reported meeting');
});

test('rows start in time order; the date heading sorts ascending, then descending', async ({
	page,
}) => {
	await page.goto('/?view=table');
	await expect(rows(page)).toHaveCount(ALL.length);
	const date = columnHeader(page, 'Date');
	await expect(date).toHaveAttribute('aria-sort', 'ascending');
	for (const other of ['Event', 'Place', 'Participants', 'Sources']) {
		await expect(columnHeader(page, other)).toHaveAttribute('aria-sort', 'none');
	}
	expectTimeOrder(await rowIds(page), 'ascending');

	await date.getByRole('button').click();
	await expect(date).toHaveAttribute('aria-sort', 'descending');
	const descending = await rowIds(page);
	expectTimeOrder(descending, 'descending');
	expect(descending[0], 'the latest meeting comes first').toBe('2025-12-11-astana');
	// Then the events of the same trip, known only as "December 2025, by the 12th".
	expect(descending.slice(1, 7).every((id) => event(id).date.start.startsWith('2025-12'))).toBe(
		true,
	);
	expect(descending.at(-1), 'the earliest event comes last').toBe('2013-inauguration-tehran');

	await date.getByRole('button').click();
	await expect(date).toHaveAttribute('aria-sort', 'ascending');
	expectTimeOrder(await rowIds(page), 'ascending');
});

test('the Event heading sorts by title; aria-sort moves with the sort', async ({ page }) => {
	await page.goto('/?view=table');
	await expect(rows(page)).toHaveCount(ALL.length);
	const title = columnHeader(page, 'Event');
	const byTitle = ALL.map((e) => e.id).sort((a, b) =>
		new Intl.Collator('en').compare(event(a).title.en, event(b).title.en),
	);

	// By keyboard: the heading's button takes Enter.
	await title.getByRole('button').focus();
	await page.keyboard.press('Enter');
	await expect(title).toHaveAttribute('aria-sort', 'ascending');
	await expect(columnHeader(page, 'Date')).toHaveAttribute('aria-sort', 'none');
	await expect.poll(() => rowIds(page)).toEqual(byTitle);

	await page.keyboard.press('Enter');
	await expect(title).toHaveAttribute('aria-sort', 'descending');
	await expect.poll(() => rowIds(page)).toEqual([...byTitle].reverse());
});

test('activating an event’s button selects it: details, URL and the row', async ({ page }) => {
	await page.goto('/?view=table');
	await expect(rows(page)).toHaveCount(ALL.length);
	const button = table(page).getByRole('button', { name: event(TEHRAN).title.en, exact: true });
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await button.focus();
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(eventUrl(TEHRAN));
	await expect(page).toHaveURL(/[?&]view=table(?:&|$)/);
	await expect(details(page, TEHRAN)).toBeVisible();
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await expect(table(page).getByRole('button', { pressed: true })).toHaveCount(1);

	// Another, by mouse.
	const newYork = CORE[1].id;
	await table(page)
		.getByRole('button', { name: event(newYork).title.en, exact: true })
		.click();
	await expect(page).toHaveURL(eventUrl(newYork));
	await expect(details(page, newYork)).toBeVisible();
	await expect(details(page, TEHRAN)).toBeHidden();
	await expect(button).toHaveAttribute('aria-pressed', 'false');
});

test('?view=table&event= marks the selected row', async ({ page }) => {
	await page.goto(`/?view=table&event=${TEHRAN}`);
	await expect(details(page, TEHRAN)).toBeVisible();
	await expect(table(page).getByRole('button', { pressed: true })).toHaveText(
		event(TEHRAN).title.en,
	);
});

test('filters apply: ?view=table&kind=reported shows the four reported meetings', async ({
	page,
}) => {
	await page.goto('/?view=table&kind=reported');
	await expect(rows(page)).toHaveCount(4);
	expect(REPORTED.length).toBe(4);
	await expect(table(page).locator('caption')).toHaveText(
		'4 events; activate a column heading to sort by it.',
	);
	expect(await rowIds(page)).toEqual(CORE.map((m) => m.id));
});

test('in Persian: Persian titles, and dates in Persian digits', async ({ page }) => {
	await page.goto('/?view=table&lang=fa');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(rows(page, 'fa')).toHaveCount(ALL.length);
	expect((await rowIds(page, 'fa')).sort()).toEqual(ALL.map((e) => e.id).sort());
	const dates = await rows(page, 'fa').locator('td:first-child').allTextContents();
	expect(dates).toHaveLength(ALL.length);
	for (const text of dates) {
		expect(text, 'a date in Persian digits').toMatch(/[۰-۹]/);
		expect(text, 'no Latin or Arabic-Indic digits').not.toMatch(/[0-9٠-٩]/);
	}
	// Without a chosen calendar, Persian dates are Solar Hijri: Tehran, 9 Mordad 1403.
	const tehran = rows(page, 'fa').filter({
		has: page.getByRole('rowheader', { name: new RegExp(escapeRegExp(localTitle(TEHRAN, 'fa'))) }),
	});
	await expect(tehran.locator('td').first()).toContainText('۱۴۰۳');
	await expect(tehran.locator('td').first()).toContainText('مرداد');
	await expect(page.getByRole('columnheader', { name: 'تاریخ', exact: true })).toHaveAttribute(
		'aria-sort',
		'ascending',
	);
});

test('in Persian, the caption counts in Persian digits', async ({ page }) => {
	await page.goto('/?view=table&lang=fa');
	await expect(rows(page, 'fa')).toHaveCount(ALL.length);
	await expect(table(page, 'fa').locator('caption')).toHaveText(
		'۱۸ رویداد؛ برای مرتب‌سازی، سرستون را فعال کنید.',
	);
});
