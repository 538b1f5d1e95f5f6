import { test, expect } from './fixtures.ts';
import { CORE } from './data.ts';
import { timeline, timelineButton } from './app.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test('the page has a heading and a timeline', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(timeline(page)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Fit all', exact: true })).toBeVisible();
});

test('the four core meetings are on the visible timeline', async ({ page }) => {
	await page.goto('/');
	const region = timeline(page);
	await expect(region).toBeVisible();
	const area = await region.boundingBox();
	expect(area, 'timeline has a box').not.toBeNull();
	if (!area) return;

	for (const meeting of CORE) {
		const button = timelineButton(page, meeting);
		await expect(button, `timeline button for ${meeting.id}`).toBeVisible();
		const box = await button.boundingBox();
		expect(box, `${meeting.id} has a box`).not.toBeNull();
		if (!box) continue;
		const inside = {
			left: box.x >= area.x - 1,
			right: box.x + box.width <= area.x + area.width + 1,
			top: box.y >= area.y - 1,
			bottom: box.y + box.height <= area.y + area.height + 1,
			inViewport: box.x >= 0 && box.x + box.width <= 1280,
		};
		expect(inside, `${meeting.id} lies within the visible timeline area`).toEqual({
			left: true,
			right: true,
			top: true,
			bottom: true,
			inViewport: true,
		});
		// Not covered by another item: Playwright's actionability checks, without clicking.
		await button.click({ trial: true });
	}
});
