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

	// An event's button names its date, so it has a year; the zoom and pan controls do not.
	const focused = timeline(page)
		.getByRole('button', { name: /\b\d{4}\b/ })
		.and(page.locator(':focus'));
	for (let i = 0; i < MAX_TABS; i++) {
		await page.keyboard.press('Tab');
		if ((await focused.count()) > 0) break;
	}
	await expect(focused, `focus reaches an event within ${MAX_TABS} Tabs`).toHaveCount(1);

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
		// Focus moves into the Source region, onto the emphasised mark (or into it).
		await expect
			.poll(
				() =>
					current.evaluate((el) => {
						const active = document.activeElement;
						if (active && (el === active || el.contains(active))) return 'the mark';
						return active?.outerHTML.slice(0, 200) ?? 'nothing';
					}),
				{ message: `citation #${index}: what has focus` },
			)
			.toBe('the mark');
	}
	await expect(details(page, meeting.id)).toBeVisible();
});
