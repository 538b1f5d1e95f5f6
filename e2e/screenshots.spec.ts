/**
 * Screenshots for review, not assertions: `npm run screenshots` writes them to screenshots/
 * (gitignored). Skipped unless SCREENSHOTS=1.
 */
import { test, expect } from './fixtures.ts';
import { details, marks } from './app.ts';

const VIEWPORTS = [
	{ device: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
	{ device: 'phone', viewport: { width: 360, height: 740 }, isMobile: true },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const EVENTS = ['2024-07-30-tehran', '2023-09-18-new-york'] as const;

test.describe('screenshots', { tag: '@screenshots' }, () => {
	test.skip(process.env.SCREENSHOTS !== '1', 'set SCREENSHOTS=1 (npm run screenshots)');

	for (const { device, viewport, isMobile } of VIEWPORTS) {
		for (const colorScheme of SCHEMES) {
			test.describe(`${device} ${colorScheme}`, () => {
				test.use({ viewport, isMobile, hasTouch: isMobile, colorScheme });

				for (const id of EVENTS) {
					test(id, async ({ page }) => {
						await page.goto(`/?event=${id}`);
						await expect(details(page, id)).toBeVisible();
						await expect(marks(page).first()).toBeVisible();
						await page.evaluate(() => document.fonts.ready);
						const name = `screenshots/${device}-${colorScheme}-${id}`;
						await page.screenshot({ path: `${name}.png`, animations: 'disabled' });
						await page.screenshot({
							path: `${name}-full.png`,
							fullPage: true,
							animations: 'disabled',
						});
					});
				}
			});
		}
	}
});
