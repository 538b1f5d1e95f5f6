import { test, expect } from './fixtures.ts';
import { CORE } from './data.ts';
import { details, eventUrl, expectDetails, marks, timeline, timelineButton } from './app.ts';

function core(id: string) {
	const meeting = CORE.find((m) => m.id === id);
	if (!meeting) throw new Error(`not a core meeting: ${id}`);
	return meeting;
}

const TEHRAN = core('2024-07-30-tehran');
const NEW_YORK = core('2023-09-18-new-york');
const ASTANA_2025 = core('2025-12-11-astana');

test('?event= opens a meeting on load', async ({ page }) => {
	await page.goto(`/?event=${TEHRAN.id}`);
	const region = await expectDetails(page, TEHRAN);
	await expect(region).toContainText('Pezeshkian');
	await expect(region).toContainText('Ashimbayev');
	await expect(region).toContainText('30 Jul 2024');
	await expect(region).toContainText('Tehran');
	await expect(marks(page).filter({ hasText: 'آشیمبایف' }).first()).toBeVisible();
});

test('back and forward move between selections', async ({ page }) => {
	await page.goto(`/?event=${NEW_YORK.id}`);
	await expectDetails(page, NEW_YORK);

	await timelineButton(page, ASTANA_2025).click();
	await expect(page).toHaveURL(eventUrl(ASTANA_2025.id));
	await expectDetails(page, ASTANA_2025);

	await page.goBack();
	await expect(page).toHaveURL(eventUrl(NEW_YORK.id));
	await expectDetails(page, NEW_YORK);
	await expect(details(page, ASTANA_2025.id)).toBeHidden();

	await page.goForward();
	await expect(page).toHaveURL(eventUrl(ASTANA_2025.id));
	await expectDetails(page, ASTANA_2025);
	await expect(details(page, NEW_YORK.id)).toBeHidden();
});

test('an unknown ?event= id shows a notice and the timeline', async ({ page }) => {
	const id = 'no-such-meeting-1999';
	await page.goto(`/?event=${id}`);
	const notice = page.getByRole('status').filter({ hasText: 'No meeting' });
	await expect(notice).toBeVisible();
	await expect(notice).toContainText(id);
	await expect(timeline(page)).toBeVisible();
	for (const meeting of CORE) await expect(timelineButton(page, meeting)).toBeVisible();
});
