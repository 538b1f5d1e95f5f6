/**
 * Embedding: `?embed=1` shows one view with no header and a link back to the full app at the same
 * state; it fills an iframe without scrollbars of its own; it works inside an iframe on another
 * origin; and the Embed dialog writes an <iframe> snippet (view, size, state) that can be copied,
 * previewed and pasted into a plain page.
 */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { timeline, visItem } from './app.ts';
import { escapeRegExp, event } from './data.ts';
import { allowHost, hostHtml, serveHostPage } from './host.ts';

const TEHRAN = '2024-07-30-tehran';
const NEW_YORK = '2023-09-18-new-york';

function openFullLink(scope: Page | FrameLocator): Locator {
	return scope.getByRole('link', { name: /^Open the full chronology/ });
}

/** The event's timeline button is there and its vis-timeline item is the selected one. */
async function expectSelectedOnTimeline(timelineRegion: Locator, id: string): Promise<void> {
	const button = timelineRegion.locator(`button.tl-item[data-event="${id}"]`);
	await expect(button, `timeline button of ${id}`).toBeVisible();
	await expect(visItem(button), `${id} is the selected item`).toHaveClass(/\bvis-selected\b/);
}

/** The `src` of the first <iframe> in an HTML snippet, with its entities decoded. */
function iframeSrc(snippet: string): URL {
	const match = /<iframe\s[^>]*\bsrc="([^"]*)"/.exec(snippet);
	expect(match, `an <iframe src="…"> in «${snippet}»`).not.toBeNull();
	const raw = (match?.[1] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
	return new URL(raw);
}

/** An attribute of the first <iframe> in an HTML snippet. */
function iframeAttr(snippet: string, name: string): string | undefined {
	return new RegExp(`<iframe\\s[^>]*\\b${name}="([^"]*)"`).exec(snippet)?.[1];
}

test.describe('?embed=1', () => {
	test('shows the timeline with no header and a link to the full app at the same state', async ({
		page,
		baseURL,
	}) => {
		await page.goto(`/?embed=1&event=${TEHRAN}`);
		await expect(timeline(page)).toBeVisible();
		await expectSelectedOnTimeline(timeline(page), TEHRAN);
		await expect(page.getByRole('banner')).toHaveCount(0);
		await expect(page.locator('h1')).toHaveCount(0);
		await expect(page.getByRole('searchbox')).toHaveCount(0);

		const link = openFullLink(page);
		await expect(link).toBeVisible();
		const href = await link.getAttribute('href');
		expect(href, 'the link has an href').toBeTruthy();
		const full = new URL(href ?? '', page.url());
		expect(full.origin).toBe(new URL(baseURL ?? '').origin);
		expect(full.pathname).toBe(new URL(page.url()).pathname);
		expect(full.searchParams.get('event'), 'the selection is kept').toBe(TEHRAN);
		expect(full.searchParams.has('embed'), 'embed is dropped').toBe(false);
		expect(full.searchParams.has('present')).toBe(false);
		// Nothing else of the state is lost: every other parameter is the language (always written).
		expect([...full.searchParams.keys()].filter((k) => k !== 'event' && k !== 'lang')).toEqual([]);
		expect(full.searchParams.get('lang') ?? 'en').toBe('en');

		// Following it opens the whole app on the same meeting.
		await page.goto(full.href);
		await expect(page.getByRole('banner')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(
			page.getByRole('region', {
				name: 'Pezeshkian receives Kazakh Senate chairman Ashimbayev',
				exact: true,
			}),
		).toBeVisible();
	});

	test('the link back keeps language, calendar, view, search and filters', async ({ page }) => {
		await page.goto(`/?embed=1&view=table&event=${TEHRAN}&lang=fa&cal=hijri&q=تهران&kind=reported`);
		const link = page.getByRole('link', { name: /^گشودن گاه‌شمار کامل/ });
		await expect(link).toBeVisible();
		const full = new URL((await link.getAttribute('href')) ?? '', page.url());
		expect(Object.fromEntries(full.searchParams)).toEqual({
			view: 'table',
			event: TEHRAN,
			lang: 'fa',
			cal: 'hijri',
			q: 'تهران',
			kind: 'reported',
		});
	});

	for (const [width, height] of [
		[320, 240],
		[640, 400],
		[1280, 800],
	] as const) {
		test.describe(`at ${width}×${height}`, () => {
			test.use({ viewport: { width, height } });

			for (const query of ['?embed=1', `?embed=1&event=${TEHRAN}`]) {
				test(`${query}: the page has no scrollbars of its own`, async ({ page }) => {
					await page.goto(`/${query}`);
					await expect(timeline(page).locator('button.tl-item').first()).toBeVisible();
					await expect(openFullLink(page)).toBeVisible();
					await page.evaluate(() => document.fonts.ready.then(() => undefined));
					await expect
						.poll(() =>
							page.evaluate(() => {
								const root = document.documentElement;
								return {
									overflowX: Math.max(0, root.scrollWidth - root.clientWidth),
									overflowY: Math.max(0, root.scrollHeight - root.clientHeight),
								};
							}),
						)
						.toEqual({ overflowX: 0, overflowY: 0 });
					// The link back is on screen, not cut off below the fold.
					await expect(openFullLink(page)).toBeInViewport({ ratio: 1 });
				});
			}
		});
	}
});

test.describe('inside an iframe on another origin', () => {
	test('shows the timeline with the selected meeting', async ({ page, context, baseURL }) => {
		const appOrigin = new URL(baseURL ?? '').origin;
		const host = await serveHostPage(
			hostHtml(
				`<iframe src="${appOrigin}/?embed=1&amp;view=timeline&amp;event=${NEW_YORK}" width="800" height="500" title="Chronology"></iframe>`,
			),
		);
		try {
			expect(host.origin, 'the host page is on another origin').not.toBe(appOrigin);
			await allowHost(context, host.origin);
			await page.goto(host.url);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'A page that embeds the chronology',
			);
			const frame = page.frameLocator('iframe');
			const region = frame.getByRole('region', { name: 'Timeline', exact: true });
			await expect(region).toBeVisible();
			await expectSelectedOnTimeline(region, NEW_YORK);
			await expect(
				region.getByRole('button', {
					name: new RegExp(`^${escapeRegExp(event(NEW_YORK).title.en)}, `),
				}),
				'the selected meeting by its accessible name',
			).toBeVisible();
			await expect(openFullLink(frame)).toBeVisible();
			// The frame is the app's own origin, not the host's.
			const frameUrl =
				page
					.frames()
					.find((f) => f !== page.mainFrame())
					?.url() ?? '';
			expect(new URL(frameUrl).origin).toBe(appOrigin);
		} finally {
			await host.close();
		}
	});
});

test.describe('the Embed dialog', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	function embedButton(page: Page): Locator {
		return page.getByRole('banner').getByRole('button', { name: 'Embed', exact: true });
	}

	function dialog(page: Page): Locator {
		return page.getByRole('dialog', { name: 'Embed this view', exact: true });
	}

	function code(page: Page): Locator {
		return dialog(page).getByRole('textbox', { name: 'Embed code', exact: true });
	}

	async function openDialog(page: Page): Promise<Locator> {
		await embedButton(page).click();
		const box = dialog(page);
		await expect(box).toBeVisible();
		expect(await box.evaluate((el) => el.matches(':modal')), 'the dialog is modal').toBe(true);
		return box;
	}

	test('writes an <iframe> snippet of the current state at the chosen view and size', async ({
		page,
		baseURL,
	}) => {
		test.slow(); // the dialog's preview loads the whole app a second time
		await page.goto(`/?event=${TEHRAN}&cal=jalali`);
		await expect(timeline(page)).toBeVisible();
		const box = await openDialog(page);

		const first = await code(page).inputValue();
		expect(first).toMatch(/^<iframe\s/);
		expect(first).toMatch(/<\/iframe>$/);
		const src = iframeSrc(first);
		expect(src.origin).toBe(new URL(baseURL ?? '').origin);
		expect(src.searchParams.get('embed')).toBe('1');
		expect(src.searchParams.get('event')).toBe(TEHRAN);
		expect(src.searchParams.get('lang')).toBe('en');
		expect(src.searchParams.get('cal')).toBe('jalali');
		// The timeline is the default view: no view parameter, or view=timeline.
		expect(src.searchParams.get('view') ?? 'timeline').toBe('timeline');
		expect(iframeAttr(first, 'width')).toBe('800');
		expect(iframeAttr(first, 'height')).toBe('500');
		expect(iframeAttr(first, 'title')).toBeTruthy();

		// Another view.
		const viewSelect = box.getByRole('combobox', { name: 'View', exact: true });
		await expect(viewSelect).toHaveValue('timeline');
		await viewSelect.selectOption('table');
		await expect
			.poll(async () => iframeSrc(await code(page).inputValue()).searchParams.get('view'))
			.toBe('table');
		const tableSrc = iframeSrc(await code(page).inputValue());
		expect(tableSrc.searchParams.get('event')).toBe(TEHRAN);
		expect(tableSrc.searchParams.get('embed')).toBe('1');

		// Another size.
		const sizeSelect = box.getByRole('combobox', { name: 'Size', exact: true });
		await sizeSelect.selectOption('640x400');
		await expect(code(page)).toHaveValue(/ width="640" height="400"/);
		await sizeSelect.selectOption('100%x480');
		await expect(code(page)).toHaveValue(/ width="100%" height="480"/);
		await sizeSelect.selectOption('custom');
		const width = box.getByRole('spinbutton', { name: 'Width', exact: true });
		const height = box.getByRole('spinbutton', { name: 'Height', exact: true });
		await width.fill('500');
		await height.fill('300');
		await expect(code(page)).toHaveValue(/ width="500" height="300"/);
		// Below the smallest size an embed supports, the snippet uses that size.
		await width.fill('100');
		await height.fill('100');
		await expect(code(page)).toHaveValue(/ width="320" height="240"/);
	});

	test('Copy puts the snippet on the clipboard and says so', async ({ page }) => {
		await page.goto(`/?event=${TEHRAN}`);
		const box = await openDialog(page);
		const snippet = await code(page).inputValue();
		const status = box.getByRole('status');
		await expect(status).toHaveText('');
		await box.getByRole('button', { name: 'Copy', exact: true }).click();
		await expect(status).toHaveText('Copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
	});

	test('shows a live preview of the embed', async ({ page }) => {
		test.slow(); // the dialog's preview loads the whole app a second time
		await page.goto(`/?event=${TEHRAN}`);
		const box = await openDialog(page);
		const preview = box.locator('iframe');
		await expect(preview).toHaveCount(1);
		await expect(preview).toBeVisible();
		const src = new URL((await preview.getAttribute('src')) ?? '', page.url());
		expect(src.searchParams.get('embed')).toBe('1');
		expect(src.searchParams.get('event')).toBe(TEHRAN);
		const frame = preview.contentFrame();
		const region = frame.getByRole('region', { name: 'Timeline', exact: true });
		await expect(region).toBeVisible();
		await expectSelectedOnTimeline(region, TEHRAN);
		await expect(frame.getByRole('banner')).toHaveCount(0);

		// The preview follows the chosen view.
		await box.getByRole('combobox', { name: 'View', exact: true }).selectOption('table');
		await expect(frame.getByRole('table')).toBeVisible();
	});

	test('Escape and Close close it, and focus returns to the Embed button', async ({ page }) => {
		test.slow(); // the dialog's preview loads the whole app a second time
		await page.goto('/');
		await expect(timeline(page)).toBeVisible();

		await openDialog(page);
		await page.keyboard.press('Escape');
		await expect(dialog(page)).toBeHidden();
		await expect(embedButton(page)).toBeFocused();

		const box = await openDialog(page);
		await box.getByRole('button', { name: 'Close', exact: true }).click();
		await expect(dialog(page)).toBeHidden();
		await expect(embedButton(page)).toBeFocused();
		// The page works again: the timeline's controls take clicks.
		await page.getByRole('button', { name: 'Fit all', exact: true }).click();
	});

	test('the snippet pasted into a plain page on another origin shows the live timeline', async ({
		page,
		context,
		baseURL,
	}) => {
		test.slow(); // the dialog's preview loads the whole app a second time
		await page.goto(`/?event=${NEW_YORK}`);
		await openDialog(page);
		const snippet = await code(page).inputValue();
		const host = await serveHostPage(hostHtml(snippet));
		try {
			expect(host.origin).not.toBe(new URL(baseURL ?? '').origin);
			await allowHost(context, host.origin);
			await page.goto(host.url);
			const iframe = page.locator('iframe');
			await expect(iframe).toHaveAttribute('width', '800');
			await expect(iframe).toHaveAttribute('height', '500');
			const frame = iframe.contentFrame();
			const region = frame.getByRole('region', { name: 'Timeline', exact: true });
			await expect(region).toBeVisible();
			await expectSelectedOnTimeline(region, NEW_YORK);
			// Live: selecting another meeting inside the frame works there.
			await region.locator('button.tl-item[data-event="2024-07-30-tehran"]').click();
			await expectSelectedOnTimeline(region, TEHRAN);
		} finally {
			await host.close();
		}
	});
});
