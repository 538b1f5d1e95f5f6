import { test, expect } from './fixtures.ts';
import { CORE } from './data.ts';
import { eventUrl, expectDetails, expectMarks, timelineButton } from './app.ts';

for (const meeting of CORE) {
	test(`clicking ${meeting.id} shows its details and its passages`, async ({ page }) => {
		await page.goto('/');
		await timelineButton(page, meeting).click();
		await expect(page).toHaveURL(eventUrl(meeting.id));
		await expectDetails(page, meeting);
		await expectMarks(page, meeting);
	});
}
