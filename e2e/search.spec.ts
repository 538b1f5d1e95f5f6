import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { CORE, dataset, event, eventPassages } from './data.ts';
import { eventButton, eventUrl, expectMarks, marks, sourceReader } from './app.ts';

const TEHRAN = '2024-07-30-tehran';
const NEW_YORK = '2023-09-18-new-york';
const ASTANA_2014 = '2014-09-09-astana';
const ASTANA_2025 = '2025-12-11-astana';

const ZWNJ = '\u200c';
/** "regional", Persian, written with a zero-width non-joiner (U+200C) as Persian typists do. */
const REGIONAL = `منطقه${ZWNJ}ای`;
/** Raisi with the Persian yeh (U+06CC) ... */
const RAISI_FA = 'رئیسی';
/** ... and with the Arabic yeh (U+064A), as the Arabic article spells him. */
const RAISI_AR = 'رئيسي';
const NOT_MATCHING = 'does not match the search';

function searchBox(page: Page): Locator {
	return page.getByRole('searchbox', { name: 'Search', exact: true });
}

/** The search's result count: a status naming a number of matching events. */
function searchStatus(page: Page): Locator {
	return page.getByRole('status').filter({ hasText: /matching event/ });
}

function hits(page: Page): Locator {
	return sourceReader(page).locator('mark.hit');
}

/** An event's own words and cited passages, with ZWNJ and spaces removed: for sanity checks. */
function eventText(id: string): string {
	const cited = eventPassages(id);
	const passages = dataset().passages.filter((p) => cited.has(p.id));
	return [JSON.stringify(event(id)), ...passages.map((p) => p.text)]
		.join(' ')
		.replace(/[\u200c\s]/g, '');
}

async function expectMatching(page: Page, id: string): Promise<void> {
	const button = eventButton(page, id);
	await expect(button, `${id} is on the timeline`).toBeVisible();
	await expect(button, `${id} matches: not dimmed`).not.toHaveClass(/(^|\s)dim(\s|$)/);
	await expect(button).not.toHaveAccessibleName(new RegExp(NOT_MATCHING));
}

async function expectNotMatching(page: Page, id: string): Promise<void> {
	const button = eventButton(page, id);
	await expect(button, `${id} is on the timeline`).toBeVisible();
	await expect(button, `${id} does not match: dimmed`).toHaveClass(/(^|\s)dim(\s|$)/);
	await expect(button).toHaveAccessibleName(new RegExp(NOT_MATCHING));
}

test(`typing ${REGIONAL} counts results, marks them in the source and dims the rest`, async ({
	page,
}) => {
	expect(eventText(ASTANA_2014), `${ASTANA_2014} never says منطقه‌ای`).not.toContain('منطقهای');

	await page.goto(`/?event=${TEHRAN}`);
	await expect(marks(page).first()).toBeVisible();
	await expect(hits(page)).toHaveCount(0);

	await searchBox(page).fill(REGIONAL);
	await expect(searchStatus(page)).toBeVisible();
	await expect(searchStatus(page)).toHaveText(/(^|\D)[1-9]\d* matching events?\b/);
	await expect(page).toHaveURL((url) => url.searchParams.get('q') === REGIONAL);
	await expect(page, 'the selection stays').toHaveURL(eventUrl(TEHRAN));

	await expect(hits(page).first()).toBeVisible();
	const texts = await hits(page).allTextContents();
	for (const text of texts) {
		expect(text.replaceAll(ZWNJ, ''), `hit «${text}»`).toContain('منطقهای');
	}

	await expectMatching(page, TEHRAN);
	await expectNotMatching(page, ASTANA_2014);
});

test(`${RAISI_FA} (Persian yeh) finds ${RAISI_AR} (Arabic yeh) in the Arabic article`, async ({
	page,
}) => {
	expect(eventText(ASTANA_2025), `${ASTANA_2025} never names Raisi`).not.toMatch(
		/رئیسی|رئيسي|Raisi/,
	);
	const newYork = CORE.find((m) => m.id === NEW_YORK);
	expect(newYork?.language, 'the New York meeting comes from an Arabic article').toBe('ar');

	await page.goto('/');
	await searchBox(page).fill(RAISI_FA);
	await expect(searchStatus(page)).toHaveText(/(^|\D)[1-9]\d* matching events?\b/);
	await expectMatching(page, NEW_YORK);
	await expectNotMatching(page, ASTANA_2025);

	await eventButton(page, NEW_YORK).click();
	await expect(page).toHaveURL(eventUrl(NEW_YORK));
	await expect(page, 'the query stays').toHaveURL((url) => url.searchParams.get('q') === RAISI_FA);
	await expect(searchBox(page)).toHaveValue(RAISI_FA);

	const arabicHits = sourceReader(page).locator('[lang="ar"] mark.hit');
	await expect(arabicHits.first()).toBeVisible();
	const found = await hits(page).evaluateAll((all) =>
		all.map((m) => ({
			text: m.textContent ?? '',
			lang: m.closest('[lang]')?.getAttribute('lang'),
		})),
	);
	expect(found.length, 'hits in the reader').toBeGreaterThan(0);
	for (const { text, lang } of found) {
		expect(lang, `language around hit «${text}»`).toBe('ar');
		expect(text, 'hit in the Arabic article').toContain(RAISI_AR);
	}
});

test('the query lives in the URL: ?q= restores it, clearing the box removes it', async ({
	page,
}) => {
	await page.goto(`/?event=${TEHRAN}&q=${encodeURIComponent(REGIONAL)}`);
	await expect(searchBox(page)).toHaveValue(REGIONAL);
	await expect(searchStatus(page)).toHaveText(/(^|\D)[1-9]\d* matching events?\b/);
	await expect(hits(page).first()).toBeVisible();
	await expectMatching(page, TEHRAN);
	await expectNotMatching(page, ASTANA_2014);

	await searchBox(page).fill('');
	await expect(page).toHaveURL((url) => !url.searchParams.has('q'));
	await expect(page, 'the selection stays').toHaveURL(eventUrl(TEHRAN));
	await expect(hits(page)).toHaveCount(0);
	await expect(searchStatus(page)).toHaveCount(0);
	await expect(eventButton(page, ASTANA_2014)).not.toHaveClass(/(^|\s)dim(\s|$)/);
	await expect(eventButton(page, ASTANA_2014)).not.toHaveAccessibleName(new RegExp(NOT_MATCHING));
});

test('passage marks and search marks are distinct elements', async ({ page }) => {
	const tehran = CORE.find((m) => m.id === TEHRAN);
	if (!tehran) throw new Error(`${TEHRAN} is not a core meeting`);
	await page.goto(`/?event=${TEHRAN}&q=${encodeURIComponent(REGIONAL)}`);
	await expect(hits(page).first()).toBeVisible();
	await expect(marks(page).first()).toBeVisible();
	await expect(sourceReader(page).locator('mark.hit[data-passage]')).toHaveCount(0);
	// Some hits fall inside cited passages: they nest, and each passage still holds exactly its text.
	await expect(sourceReader(page).locator('mark[data-passage] mark.hit').first()).toBeAttached();
	await expectMarks(page, tehran);
});

test('the address takes the search once the typing pauses, and at once with any other change', async ({
	page,
}) => {
	await page.goto(`/?event=${TEHRAN}`);
	await expect(eventButton(page, NEW_YORK)).toBeVisible();
	await searchBox(page).pressSequentially('Tokayev');
	await expect(page).toHaveURL((url) => url.searchParams.get('q') === 'Tokayev');
	// Typing and at once choosing a meeting: the new entry in the history has both.
	await searchBox(page).fill('Raisi');
	await eventButton(page, NEW_YORK).click();
	await expect(page).toHaveURL(
		(url) => url.searchParams.get('q') === 'Raisi' && url.searchParams.get('event') === NEW_YORK,
	);
	// Back: the entry before the selection. (Its query is "Tokayev", or "Raisi" if the pause
	// passed before the click, as it may on a slow machine: not a thing to test by the clock.)
	await page.goBack();
	await expect(page).toHaveURL(eventUrl(TEHRAN));
	await expect(searchBox(page)).toHaveValue(/^(Tokayev|Raisi)$/);
});

test("a linked dataset's events are searched: its worker sends their texts once they are drawn", async ({
	page,
}) => {
	await page.goto('/?lang=en&data=examples/meetings.json');
	await expect(eventButton(page, NEW_YORK)).toBeVisible();
	await searchBox(page).fill('Ashimbayev');
	await expect(searchStatus(page)).toHaveText(/(^|\D)1 matching events?\b/);
	await expectMatching(page, TEHRAN);
	await expectNotMatching(page, NEW_YORK);
});
