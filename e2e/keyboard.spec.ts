import { test, expect } from './fixtures.ts';
import { CORE } from './data.ts';
import {
	citationButtons,
	details,
	expectDetails,
	sourceReader,
	timeline,
	timelineButton,
} from './app.ts';

const MAX_TABS = 80;

test('Tab reaches a timeline button and Enter selects its meeting', async ({ page }) => {
	await page.goto('/');
	await expect(timeline(page).getByRole('button').first()).toBeVisible();

	const focused = timeline(page).locator(':focus');
	for (let i = 0; i < MAX_TABS; i++) {
		await page.keyboard.press('Tab');
		if ((await focused.count()) > 0) break;
	}
	await expect(focused, `focus reaches the timeline within ${MAX_TABS} Tabs`).toHaveCount(1);
	await expect(focused).toHaveRole('button');

	let meeting: (typeof CORE)[number] | undefined;
	for (const m of CORE) {
		if ((await timelineButton(page, m).and(focused).count()) > 0) meeting = m;
	}
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/[?&]event=[^&#]+/);
	const id = new URL(page.url()).searchParams.get('event') ?? '';
	if (meeting) {
		expect(id, 'Enter selects the focused meeting').toBe(meeting.id);
		await expectDetails(page, meeting);
	} else {
		await expect(details(page, id)).toBeVisible();
	}
});

test('a citation button moves focus and emphasis to its passage', async ({ page }) => {
	const meeting = CORE[2];
	await page.goto(`/?event=${meeting.id}`);
	const region = await expectDetails(page, meeting);
	const buttons = citationButtons(region);
	await expect(buttons.first()).toBeVisible();

	const count = await buttons.count();
	for (const index of [...new Set([0, count - 1])]) {
		const button = buttons.nth(index);
		await button.focus();
		await page.keyboard.press('Enter');

		const current = sourceReader(page).locator('mark[data-passage][aria-current="true"]');
		await expect(current, `citation #${index}: exactly one emphasised mark`).toHaveCount(1);
		await expect(current).toBeInViewport();
		const focusInSource = await sourceReader(page).evaluate(
			(el) => el.contains(document.activeElement) && document.activeElement !== document.body,
		);
		expect(focusInSource, `citation #${index}: focus moves into the Source region`).toBe(true);
		const currentIsFocused = await current.evaluate(
			(el) => el === document.activeElement || el.contains(document.activeElement),
		);
		expect(currentIsFocused, `citation #${index}: the emphasised mark has focus`).toBe(true);
	}
	await expect(details(page, meeting.id)).toBeVisible();
});
