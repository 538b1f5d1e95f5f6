import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { CORE, dataset, eventSources } from './data.ts';
import { details, eventButton, shownEventIds, timeline } from './app.ts';

const FILTER_PARAMS = ['person', 'country', 'place', 'topic', 'kind', 'source'];
const LABELS = ['Participant', 'Country', 'Place', 'Topic', 'Reported or mentioned', 'Source'];

const PERSON = 'pezeshkian';
const PERSON_NAME = 'Masoud Pezeshkian';
/** ILNA's report of Pezeshkian's return from Turkmenistan: it names no publication date. */
const SOURCE = 'ilna-2025-return';

function filters(page: Page): Locator {
	return page.locator('details').filter({
		has: page.locator('summary').getByText('Filters', { exact: true }),
	});
}

/** A filter's select; found even while the disclosure is closed, to read its value. */
function filterSelect(page: Page, label: string): Locator {
	return filters(page).getByRole('combobox', { name: label, exact: true, includeHidden: true });
}

async function openFilters(page: Page): Promise<void> {
	const disclosure = filters(page);
	await expect(disclosure).toHaveCount(1);
	if (!(await disclosure.evaluate((el) => (el as HTMLDetailsElement).open))) {
		await disclosure.locator('summary').click();
	}
	await expect(disclosure).toHaveJSProperty('open', true);
}

/** "N of M events shown", the filters' own count. */
function shownText(shown: number): string {
	return `${shown} of ${dataset().events.length} events shown`;
}

function sourceLabel(id: string): string {
	const source = dataset().sources.find((s) => s.id === id);
	if (!source) throw new Error(`no source ${id}`);
	const iso = source.published?.iso?.slice(0, 10);
	return iso ? `${source.outlet.en}, ${iso}` : source.outlet.en;
}

function filterParams(url: URL): Record<string, string> {
	return Object.fromEntries(
		FILTER_PARAMS.flatMap((k) => url.searchParams.getAll(k).map((v) => [k, v])),
	);
}

const ALL = dataset()
	.events.map((e) => e.id)
	.sort();
const REPORTED = dataset()
	.events.filter((e) => e.kind === 'reported')
	.map((e) => e.id)
	.sort();
const WITH_PERSON = dataset()
	.events.filter((e) => e.participants.some((p) => p.person === PERSON))
	.map((e) => e.id)
	.sort();
const WITH_PERSON_AND_SOURCE = WITH_PERSON.filter((id) => eventSources(id).has(SOURCE));

test('the Filters disclosure holds six selects, each set to Any', async ({ page }) => {
	await page.goto('/');
	await expect(filters(page)).toBeVisible();
	await openFilters(page);
	for (const label of LABELS) {
		const select = filterSelect(page, label);
		await expect(select, label).toBeVisible();
		await expect(select.locator('option:checked'), `${label} starts at Any`).toHaveText('Any');
		await expect(select.getByRole('option', { name: 'Any', exact: true })).toHaveCount(1);
	}
	await expect(filters(page).getByText(shownText(ALL.length), { exact: true })).toBeVisible();
	expect(await shownEventIds(page)).toEqual(ALL);
});

test('Reported meetings leaves exactly the four core meetings', async ({ page }) => {
	expect(REPORTED, 'the data’s reported meetings are the core ones').toEqual(
		CORE.map((m) => m.id).sort(),
	);
	await page.goto('/');
	await openFilters(page);
	await filterSelect(page, 'Reported or mentioned').selectOption({ label: 'Reported meetings' });

	await expect(page).toHaveURL((url) => url.searchParams.get('kind') === 'reported');
	await expect(timeline(page).locator('button.tl-item')).toHaveCount(REPORTED.length);
	await expect.poll(() => shownEventIds(page)).toEqual(REPORTED);
	for (const meeting of CORE) await expect(eventButton(page, meeting.id)).toBeVisible();
	await expect(filters(page).getByText(shownText(4), { exact: true })).toBeVisible();
});

test('the count of events shown is announced politely (a status)', async ({ page }) => {
	await page.goto('/');
	await openFilters(page);
	await filterSelect(page, 'Reported or mentioned').selectOption({ label: 'Reported meetings' });
	await expect(page.getByRole('status').filter({ hasText: shownText(4) })).toBeVisible();
});

test('Participant and Source combine', async ({ page }) => {
	expect(WITH_PERSON_AND_SOURCE.length, 'the combination narrows the participant').toBeLessThan(
		WITH_PERSON.length,
	);
	expect(WITH_PERSON_AND_SOURCE.length, 'the combination leaves some events').toBeGreaterThan(0);

	await page.goto('/');
	await openFilters(page);
	await filterSelect(page, 'Participant').selectOption({ label: PERSON_NAME });
	await expect(page).toHaveURL((url) => url.searchParams.get('person') === PERSON);
	await expect.poll(() => shownEventIds(page)).toEqual(WITH_PERSON);
	await expect(
		filters(page).getByText(shownText(WITH_PERSON.length), { exact: true }),
	).toBeVisible();

	await filterSelect(page, 'Source').selectOption({ label: sourceLabel(SOURCE) });
	await expect(page).toHaveURL(
		(url) =>
			JSON.stringify(filterParams(url)) === JSON.stringify({ person: PERSON, source: SOURCE }),
	);
	await expect.poll(() => shownEventIds(page)).toEqual(WITH_PERSON_AND_SOURCE);
	await expect(
		filters(page).getByText(shownText(WITH_PERSON_AND_SOURCE.length), { exact: true }),
	).toBeVisible();
});

test('Clear filters restores every event and removes the parameters', async ({ page }) => {
	await page.goto('/');
	await openFilters(page);
	await filterSelect(page, 'Reported or mentioned').selectOption({ label: 'Reported meetings' });
	await filterSelect(page, 'Participant').selectOption({ label: PERSON_NAME });
	const expected = REPORTED.filter((id) => WITH_PERSON.includes(id));
	await expect.poll(() => shownEventIds(page)).toEqual(expected);
	await expect(page).toHaveURL(
		(url) =>
			JSON.stringify(filterParams(url)) === JSON.stringify({ person: PERSON, kind: 'reported' }),
	);

	await filters(page).getByRole('button', { name: 'Clear filters', exact: true }).click();
	// The language is always recorded, so a shared link opens in its own language.
	await expect(page).toHaveURL((url) => url.search === '?lang=en');
	await expect(timeline(page).locator('button.tl-item')).toHaveCount(ALL.length);
	await expect.poll(() => shownEventIds(page)).toEqual(ALL);
	for (const label of LABELS) {
		await expect(filterSelect(page, label).locator('option:checked'), label).toHaveText('Any');
	}
	await expect(filters(page).getByText(/ events shown$/)).toHaveText(shownText(ALL.length));
});

test('Clear filters after a filtered link: every event is back', async ({ page }) => {
	await page.goto(`/?kind=reported&person=${PERSON}`);
	await expect(filters(page)).toHaveJSProperty('open', true);
	await expect
		.poll(() => shownEventIds(page))
		.toEqual(REPORTED.filter((id) => WITH_PERSON.includes(id)));

	await filters(page).getByRole('button', { name: 'Clear filters', exact: true }).click();
	// The language is always recorded, so a shared link opens in its own language.
	await expect(page).toHaveURL((url) => url.search === '?lang=en');
	await expect(filters(page).getByText(/ events shown$/)).toHaveText(shownText(ALL.length));
	// The view was fitted to the filtered events on load and stays put; Fit all shows them all.
	await timeline(page).getByRole('button', { name: 'Fit all', exact: true }).click();
	await expect(timeline(page).locator('button.tl-item')).toHaveCount(ALL.length);
	await expect.poll(() => shownEventIds(page)).toEqual(ALL);
});

test('a link with filters restores them', async ({ page }) => {
	const selected = WITH_PERSON_AND_SOURCE[0] ?? '';
	await page.goto(`/?event=${selected}&person=${PERSON}&source=${SOURCE}`);
	await expect(filters(page)).toHaveJSProperty('open', true);
	await expect(filterSelect(page, 'Participant')).toHaveValue(PERSON);
	await expect(filterSelect(page, 'Participant').locator('option:checked')).toHaveText(PERSON_NAME);
	await expect(filterSelect(page, 'Source')).toHaveValue(SOURCE);
	await expect(filterSelect(page, 'Reported or mentioned').locator('option:checked')).toHaveText(
		'Any',
	);
	await expect.poll(() => shownEventIds(page)).toEqual(WITH_PERSON_AND_SOURCE);
	await expect(
		filters(page).getByText(shownText(WITH_PERSON_AND_SOURCE.length), { exact: true }),
	).toBeVisible();
	await expect(details(page, selected)).toBeVisible();
	await expect(page).toHaveURL(
		(url) =>
			JSON.stringify(filterParams(url)) === JSON.stringify({ person: PERSON, source: SOURCE }),
	);
});

test('an unknown filter value gets a polite notice and is ignored', async ({ page }) => {
	await page.goto('/?person=nobody&kind=reported');
	// role=status is a polite live region.
	const notice = page.getByRole('status').filter({ hasText: 'nobody' });
	await expect(notice).toBeVisible();
	await expect(filterSelect(page, 'Participant')).toHaveValue('');
	await expect(filterSelect(page, 'Reported or mentioned')).toHaveValue('reported');
	await expect.poll(() => shownEventIds(page)).toEqual(REPORTED);

	await page.goto('/?person=nobody');
	await expect(page.getByRole('status').filter({ hasText: 'nobody' })).toBeVisible();
	await expect(timeline(page).locator('button.tl-item')).toHaveCount(ALL.length);
	await expect(filterSelect(page, 'Participant')).toHaveValue('');
});

test('an unknown filter value is dropped from the URL', async ({ page }) => {
	await page.goto('/?person=nobody&kind=reported');
	await expect(page.getByRole('status').filter({ hasText: 'nobody' })).toBeVisible();
	await expect(page).toHaveURL(
		(url) => JSON.stringify(filterParams(url)) === JSON.stringify({ kind: 'reported' }),
	);

	await page.goto('/?person=nobody');
	await expect(page.getByRole('status').filter({ hasText: 'nobody' })).toBeVisible();
	// The language is always recorded, so a shared link opens in its own language.
	await expect(page).toHaveURL((url) => url.search === '?lang=en');

	// Also with a meeting selected by the same link.
	await page.goto(`/?event=${CORE[2].id}&person=nobody`);
	await expect(page.getByRole('status').filter({ hasText: 'nobody' })).toBeVisible();
	await expect(page).toHaveURL((url) => url.search === `?event=${CORE[2].id}&lang=en`);
});
