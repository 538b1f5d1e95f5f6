import { test, expect } from './fixtures.ts';
import { expectNoViolations } from './axe.ts';

const PAGES = [
	'?event=2024-07-30-tehran',
	'?view=chronology&event=2023-09-18-new-york',
	'?view=matrix',
	'?view=map',
	'?view=table',
	'?present=1',
	'?embed=1&event=2025-12-11-astana',
];

for (const lang of ['en', 'fa', 'ar'] as const) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`${lang}, ${colorScheme}`, () => {
			test.use({ colorScheme });
			for (const path of PAGES) {
				test(`axe finds nothing on ${path}`, async ({ page }) => {
					await page.goto(`/${path}&lang=${lang}`);
					await expect(page.locator('.tl-item, svg.scene, table').first()).toBeVisible();
					await expectNoViolations(page);
				});
			}
		});
	}
}
