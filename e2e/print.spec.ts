/**
 * Printing a selected meeting: no controls on paper, the details with their heading, and a
 * print-only list of the quoted passages in the sources' own (Persian) words; Chromium's PDF
 * output works on A4 and Letter. When poppler-utils is installed, the PDF's text and first page are
 * checked too (and the first page is attached to the report as a PNG).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { event, eventPassages, expectedPassage } from './data.ts';
import { details, timeline } from './app.ts';

const TEHRAN = '2024-07-30-tehran';
const TITLE = event(TEHRAN).title.en;

const hasPoppler =
	spawnSync('pdfinfo', ['-v']).status === 0 && spawnSync('pdftoppm', ['-v']).status === 0;

/** The texts of every passage the meeting cites, as the data records them. */
function citedTexts(id: string): string[] {
	return [...new Set([...eventPassages(id)].map((p) => expectedPassage(p).recorded))].sort();
}

async function openForPrint(page: Page): Promise<void> {
	await page.goto(`/?event=${TEHRAN}`);
	await expect(details(page, TEHRAN)).toBeVisible();
	await expect(timeline(page).locator('button.tl-item').first()).toBeVisible();
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Quoted passages: a print-only section of the details, hidden from assistive technology. */
function quotes(page: Page) {
	return details(page, TEHRAN).locator('.print-only').filter({ hasText: 'Quoted passages' });
}

test('on screen, the quoted passages are not shown', async ({ page }) => {
	await openForPrint(page);
	await expect(quotes(page)).toHaveCount(1);
	await expect(quotes(page)).toBeHidden();
});

test('in print: no controls, the details heading, and the quoted passages in Persian', async ({
	page,
}) => {
	await openForPrint(page);
	await page.emulateMedia({ media: 'print' });

	// The timeline's events are buttons on screen but content on paper (checked below): not controls.
	const controls = page.locator(
		'button:visible:not(.tl-item), select:visible, input:visible, textarea:visible, [role="button"]:visible',
	);
	await expect
		.poll(() =>
			controls.evaluateAll((elements) =>
				elements.map((el) => `${el.tagName.toLowerCase()} «${(el.textContent ?? '').trim()}»`),
			),
		)
		.toEqual([]);

	await expect(
		details(page, TEHRAN).getByRole('heading', { level: 2, name: TITLE, exact: true }),
	).toBeVisible();
	await expect(details(page, TEHRAN)).toContainText('Masoud Pezeshkian');
	await expect(details(page, TEHRAN)).toContainText('30 Jul 2024');

	const list = quotes(page);
	await expect(list).toBeVisible();
	await expect(list.getByText('Quoted passages', { exact: true })).toBeVisible();
	const items = list.locator('li q');
	await expect(items.first()).toBeVisible();
	const found = await items.evaluateAll((qs) =>
		qs.map((q) => ({
			text: q.textContent ?? '',
			lang: q.getAttribute('lang'),
			dir: q.getAttribute('dir'),
		})),
	);
	expect(found.map((q) => q.text).sort(), 'every passage the meeting cites, once').toEqual(
		citedTexts(TEHRAN),
	);
	for (const q of found) {
		expect({ lang: q.lang, dir: q.dir }, `language of «${q.text.slice(0, 30)}…»`).toEqual({
			lang: 'fa',
			dir: 'rtl',
		});
		expect(q.text, 'Persian script').toMatch(/[\u0600-\u06FF]/);
	}
	// Persian (and Vazirmatn) is what the list is set in.
	const family = await items.first().evaluate((q) => getComputedStyle(q).fontFamily);
	expect(family).toContain('Vazirmatn');

	// Back on screen, the list goes away again.
	await page.emulateMedia({ media: 'screen' });
	await expect(list).toBeHidden();
});

test('in print, the timeline still shows the meetings', async ({ page }) => {
	await openForPrint(page);
	await page.emulateMedia({ media: 'print' });
	await expect(timeline(page)).toBeVisible();
	for (const id of ['2014-09-09-astana', '2023-09-18-new-york', TEHRAN, '2025-12-11-astana']) {
		const item = timeline(page).locator(`.tl-item[data-event="${id}"]`);
		await expect(item, `${id} on the printed timeline`).toBeVisible();
		await expect(item).toContainText(event(id).title.en);
	}
});

test('the first printed page is not left empty below the header', async ({ page }, testInfo) => {
	test.skip(!hasPoppler, 'poppler-utils (pdftotext) is not installed');
	await openForPrint(page);
	const file = testInfo.outputPath('tehran-A4.pdf');
	writeFileSync(file, await page.pdf({ format: 'A4' }));
	const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], {
		encoding: 'utf8',
	});
	expect(first).toContain('Iran–Kazakhstan summitry');
	// Either the chronology or the meeting follows the header on the same page.
	expect(
		first.includes('Timeline') || first.includes(TITLE),
		`page 1 carries the timeline or the meeting; it reads:\n${first}`,
	).toBe(true);
});

for (const format of [
	{ name: 'A4', width: 595.28, height: 841.89 },
	{ name: 'Letter', width: 612, height: 792 },
] as const) {
	test(`page.pdf() prints the meeting on ${format.name}`, async ({ page }, testInfo) => {
		test.slow(); // PDF rendering, then poppler
		await openForPrint(page);
		const pdf = await page.pdf({ format: format.name, printBackground: true });
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(10_000);
		const file = testInfo.outputPath(`tehran-${format.name}.pdf`);
		writeFileSync(file, pdf);
		await testInfo.attach(`tehran-${format.name}.pdf`, {
			path: file,
			contentType: 'application/pdf',
		});

		test.skip(!hasPoppler, 'poppler-utils (pdfinfo, pdftotext, pdftoppm) is not installed');
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
		expect(size, `pdfinfo reports a page size:\n${info}`).not.toBeNull();
		expect(Math.abs(Number(size?.[1]) - format.width), 'page width (pt)').toBeLessThan(2);
		expect(Math.abs(Number(size?.[2]) - format.height), 'page height (pt)').toBeLessThan(2);
		const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
		expect(pages).toBeGreaterThanOrEqual(1);

		const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
		expect(text, 'the meeting’s title is printed').toContain(TITLE);
		expect(text, 'the print-only list is printed').toContain('Quoted passages');
		expect(text, 'Persian text is printed').toMatch(/[\u0600-\u06FF\uFB50-\uFEFF]/);
		for (const control of ['Zoom in', 'Fit all', 'Present', 'Embed', 'Try again']) {
			expect(text, `no «${control}» control on paper`).not.toContain(control);
		}

		const prefix = testInfo.outputPath(`tehran-${format.name}-page`);
		execFileSync('pdftoppm', [
			'-png',
			'-r',
			'60',
			'-f',
			'1',
			'-l',
			'1',
			'-singlefile',
			file,
			prefix,
		]);
		const png = readFileSync(`${prefix}.png`);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		await testInfo.attach(`tehran-${format.name}-page-1.png`, {
			body: png,
			contentType: 'image/png',
		});
	});
}
