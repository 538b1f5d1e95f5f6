/**
 * Presentation mode: the header's Present button (or `?present=1`) steps through the reported
 * meetings in time order, one per slide, with a step counter, the meeting's title as a heading and
 * one key quote in the source's own words; keys as presentation clickers send them move between
 * steps (mirrored in right-to-left languages), the URL follows the step, and Esc leaves. It also
 * works inside an embed.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { CORE, eventPassages, expectedPassage, localDigits, localTitle } from './data.ts';
import { eventUrl, timeline } from './app.ts';
import type { Lang } from '../src/lib/model/types.ts';

/** The steps in order: the four core meetings, in time order. */
const STEPS = CORE.map((m) => m.id);

function counter(page: Page, lang: Lang = 'en') {
	const word = { en: 'Step', fa: 'گام', ar: 'الخطوة' }[lang];
	return page.getByText(new RegExp(`^${word} `));
}

function stepText(n: number, lang: Lang = 'en'): string {
	const text = { en: `Step ${n} of 4`, fa: `گام ${n} از 4`, ar: `الخطوة ${n} من 4` }[lang];
	return localDigits(text, lang);
}

/** The slide shows step `n` (1-based): counter, title heading, and the URL's event. */
async function expectStep(page: Page, n: number, lang: Lang = 'en'): Promise<void> {
	const id = STEPS[n - 1] ?? '';
	await expect(counter(page, lang)).toHaveText(stepText(n, lang));
	await expect(
		page.getByRole('heading', { name: localTitle(id, lang), exact: true }),
		`the title of ${id}`,
	).toBeVisible();
	await expect(page).toHaveURL(eventUrl(id));
}

/** The key quote: a right-to-left blockquote in the source's language, quoting one of its passages. */
async function expectKeyQuote(page: Page, n: number): Promise<void> {
	const id = STEPS[n - 1] ?? '';
	const quote = page.locator('blockquote');
	await expect(quote, `one key quote for ${id}`).toHaveCount(1);
	await expect(quote).toBeVisible();
	await expect(quote).toHaveAttribute('dir', 'rtl');
	await expect(quote).toHaveAttribute('lang', /^(fa|ar)$/);
	const text = (await quote.textContent()) ?? '';
	const lang = await quote.getAttribute('lang');
	const quoted = [...eventPassages(id)].filter((p) => expectedPassage(p).recorded === text);
	expect(quoted.length, `the quote «${text}» is a passage cited by ${id}`).toBeGreaterThan(0);
	expect(
		quoted.some((p) => expectedPassage(p).language === lang),
		`the quote is marked with its source's language (${lang})`,
	).toBe(true);
}

test('the Present button starts at the first reported meeting', async ({ page }) => {
	await page.goto('/');
	await expect(timeline(page)).toBeVisible();
	await page.getByRole('banner').getByRole('button', { name: 'Present', exact: true }).click();

	await expect(page).toHaveURL(/[?&]present=1(?:&|$)/);
	await expectStep(page, 1);
	await expectKeyQuote(page, 1);
	await expect(page.getByRole('banner')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
	await expect(timeline(page)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Previous', exact: true })).toBeDisabled();
});

test('PageDown, →, Space, PageUp, ←, Home and End move between the steps', async ({ page }) => {
	test.slow(); // nine steps, each moving the live timeline
	await page.goto('/?present=1');
	await expectStep(page, 1);

	await page.keyboard.press('PageDown');
	await expectStep(page, 2);
	await page.keyboard.press('ArrowRight');
	await expectStep(page, 3);
	await page.keyboard.press('Space');
	await expectStep(page, 4);
	await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
	// Past the last step nothing moves.
	await page.keyboard.press('PageDown');
	await expectStep(page, 4);
	await page.keyboard.press('PageUp');
	await expectStep(page, 3);
	await page.keyboard.press('ArrowLeft');
	await expectStep(page, 2);
	await page.keyboard.press('Home');
	await expectStep(page, 1);
	await page.keyboard.press('End');
	await expectStep(page, 4);
});

for (const [i, id] of STEPS.entries()) {
	test(`step ${i + 1} (${id}) shows a key quote in the source's words`, async ({ page }) => {
		await page.goto(`/?present=1&event=${id}`);
		await expectStep(page, i + 1);
		await expectKeyQuote(page, i + 1);
	});
}

test('Esc leaves the presentation; the meeting stays selected', async ({ page }) => {
	test.slow(); // a step, then the whole app again
	await page.goto(`/?present=1&event=${STEPS[1]}`);
	await expectStep(page, 2);
	await page.keyboard.press('End');
	await expectStep(page, 4);

	await page.keyboard.press('Escape');
	await expect(counter(page)).toHaveCount(0);
	await expect(page.getByRole('banner')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page).not.toHaveURL(/[?&]present=/);
	await expect(page).toHaveURL(eventUrl(STEPS[3] ?? ''));
	await expect(
		page.getByRole('region', { name: localTitle(STEPS[3] ?? '', 'en'), exact: true }),
	).toBeVisible();
});

test('?present=1 opens the presentation; the Next and Previous buttons step too', async ({
	page,
}) => {
	test.slow(); // four steps, each moving the live timeline
	await page.goto('/?present=1');
	await expectStep(page, 1);
	await expect(timeline(page)).toBeVisible();
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await expectStep(page, 2);
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await expectStep(page, 3);
	await page.getByRole('button', { name: 'Previous', exact: true }).click();
	await expectStep(page, 2);
	await page.getByRole('button', { name: 'Leave presentation', exact: true }).click();
	await expect(counter(page)).toHaveCount(0);
	await expect(page.getByRole('banner')).toBeVisible();
});

test('in Persian, ← is next and → is previous', async ({ page }) => {
	test.slow(); // six steps, each moving the live timeline
	await page.goto('/?present=1&lang=fa');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectStep(page, 1, 'fa');

	await page.keyboard.press('ArrowLeft');
	await expectStep(page, 2, 'fa');
	await page.keyboard.press('ArrowLeft');
	await expectStep(page, 3, 'fa');
	await page.keyboard.press('ArrowRight');
	await expectStep(page, 2, 'fa');
	// PageDown and PageUp do not depend on the direction.
	await page.keyboard.press('PageDown');
	await expectStep(page, 3, 'fa');
	await page.keyboard.press('PageUp');
	await expectStep(page, 2, 'fa');

	await page.keyboard.press('Escape');
	await expect(counter(page, 'fa')).toHaveCount(0);
	await expect(page.getByRole('banner')).toBeVisible();
});

test('inside an embed, PageDown walks the four core meetings', async ({ page }) => {
	test.slow(); // four steps, each moving the live timeline
	await page.goto('/?embed=1&present=1');
	await expect(page.getByRole('banner')).toHaveCount(0);
	await expectStep(page, 1);
	await expectKeyQuote(page, 1);
	for (let n = 2; n <= STEPS.length; n++) {
		await page.keyboard.press('PageDown');
		await expectStep(page, n);
		await expect(page).toHaveURL(/[?&]embed=1(?:&|$)/);
	}
	// The link back to the full app follows the step.
	const link = page.getByRole('link', { name: /^Open the full chronology/ });
	await expect(link).toHaveAttribute('href', eventUrl(STEPS[3] ?? ''));
});
