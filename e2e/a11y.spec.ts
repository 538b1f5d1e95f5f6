import { AxeBuilder } from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

/** WCAG 2.x A/AA, as the hardening issue asks; no rule is disabled. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
					const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
					const found = results.violations.map(
						(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
					);
					expect(found).toEqual([]);
				});
			}
		});
	}
}
