import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { CORE } from './data.ts';
import {
	expectDetails,
	expectMarks,
	marks,
	sourceReader,
	timeline,
	timelineButton,
} from './app.ts';

const WIDTH = 360;
test.use({ viewport: { width: WIDTH, height: 740 }, isMobile: true, hasTouch: true });

async function expectNoHorizontalScroll(page: Page, when: string): Promise<void> {
	const sizes = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth,
	}));
	expect(sizes.scrollWidth, `page is no wider than the screen ${when}`).toBeLessThanOrEqual(
		sizes.clientWidth,
	);
}

test('the page does not scroll sideways', async ({ page }) => {
	await page.goto('/');
	await expect(timeline(page)).toBeVisible();
	await expectNoHorizontalScroll(page, 'on load');
	await page.goto(`/?event=${CORE[2].id}`);
	await expect(marks(page).first()).toBeVisible();
	await expectNoHorizontalScroll(page, 'with a meeting selected');
});

test('every core meeting can be reached on the timeline', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Fit all', exact: true }).click();
	for (const meeting of CORE) {
		const button = timelineButton(page, meeting);
		await expect(button, `timeline button for ${meeting.id}`).toBeVisible();
		// Visible, stable, enabled and not covered by anything else; scrolls it into view.
		await button.click({ trial: true });
	}
});

for (const meeting of CORE) {
	test(`details and source of ${meeting.id} are readable`, async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Fit all', exact: true }).click();
		await timelineButton(page, meeting).click();
		const region = await expectDetails(page, meeting);
		await expectMarks(page, meeting);
		await expectNoHorizontalScroll(page, 'after selecting');

		for (const [name, box] of [
			['details', region],
			['source', sourceReader(page)],
		] as const) {
			await box.scrollIntoViewIfNeeded();
			const rect = await box.boundingBox();
			expect(rect, `${name} has a box`).not.toBeNull();
			if (!rect) continue;
			expect(rect.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
			expect(rect.x + rect.width, `${name} ends on screen`).toBeLessThanOrEqual(WIDTH + 0.5);
		}

		const mark = marks(page).first();
		await mark.scrollIntoViewIfNeeded();
		await expect(mark).toBeInViewport();
		const style = await mark.evaluate((el) => {
			const s = getComputedStyle(el);
			return { fontSize: parseFloat(s.fontSize), width: el.getBoundingClientRect().right };
		});
		expect(style.fontSize, 'source text size in px').toBeGreaterThanOrEqual(12);
	});
}
