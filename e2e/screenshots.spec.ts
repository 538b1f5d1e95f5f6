/**
 * Screenshots for review, not assertions: `npm run screenshots` writes them to screenshots/
 * (gitignored). Skipped unless SCREENSHOTS=1.
 *
 * English (Gregorian) keeps its file names (`desktop-light-2024-07-30-tehran.png`); Persian with
 * the Solar Hijri calendar and Arabic with the Lunar Hijri one add theirs
 * (`desktop-light-fa-jalali-2024-07-30-tehran.png`). `…-search-…` shots have a query typed in.
 */
import type { Lang } from '../src/lib/model/types.ts';
import { test, expect } from './fixtures.ts';
import type { Calendar } from './data.ts';
import { details, marks } from './app.ts';

const VIEWPORTS = [
	{ device: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
	{ device: 'phone', viewport: { width: 360, height: 740 }, isMobile: true },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const EVENTS = ['2024-07-30-tehran', '2023-09-18-new-york'] as const;
const LOCALES: { lang: Lang; cal: Calendar | null }[] = [
	{ lang: 'en', cal: null },
	{ lang: 'fa', cal: 'jalali' },
	{ lang: 'ar', cal: 'hijri' },
];
/** "regional" in Persian, with a zero-width non-joiner: it matches in titles and in the articles. */
const QUERY = 'منطقه\u200cای';

test.describe('screenshots', { tag: '@screenshots' }, () => {
	test.skip(process.env.SCREENSHOTS !== '1', 'set SCREENSHOTS=1 (npm run screenshots)');

	for (const { device, viewport, isMobile } of VIEWPORTS) {
		for (const colorScheme of SCHEMES) {
			test.describe(`${device} ${colorScheme}`, () => {
				test.use({ viewport, isMobile, hasTouch: isMobile, colorScheme });

				for (const { lang, cal } of LOCALES) {
					const locale = cal ? `${lang}-${cal}-` : '';
					const params = cal ? `&lang=${lang}&cal=${cal}` : '';
					const shots = [
						...EVENTS.map((id) => ({ id, query: '', name: `${locale}${id}` })),
						{ id: EVENTS[0], query: QUERY, name: `${locale}search-${EVENTS[0]}` },
					];

					for (const { id, query, name } of shots) {
						test(name, async ({ page }) => {
							const q = query ? `&q=${encodeURIComponent(query)}` : '';
							await page.goto(`/?event=${id}${params}${q}`);
							await expect(details(page, id, lang)).toBeVisible();
							await expect(marks(page, lang).first()).toBeVisible();
							if (query) {
								await expect(page.getByRole('searchbox')).toHaveValue(query);
								await expect(page.locator('mark.hit').first()).toBeVisible();
							}
							await page.evaluate(() => document.fonts.ready);
							const path = `screenshots/${device}-${colorScheme}-${name}`;
							await page.screenshot({ path: `${path}.png`, animations: 'disabled' });
							await page.screenshot({
								path: `${path}-full.png`,
								fullPage: true,
								animations: 'disabled',
							});
						});
					}
				}
			});
		}
	}
});
