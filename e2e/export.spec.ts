import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { test, expect } from './fixtures.ts';

/** `iran-kazakhstan-{view}[-{dataset}]-{lang}[-{calendar}][-filtered].{ext}` (src/lib/export/names.ts). */
const fileName = (view: string, lang: string, ext: string) =>
	new RegExp(`^iran-kazakhstan-${view}-${lang}(-(jalali|hijri))?(-filtered)?\\.${ext}$`);

const hasRsvg = spawnSync('rsvg-convert', ['--version']).status === 0;

function menu(page: Page) {
	return page.getByRole('group', { name: 'Export', exact: true });
}

/** Clicks `button` and returns the download it starts, with its bytes. */
async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		menu(page).getByRole('button', { name: button, exact: true }).click(),
	]);
	const path = await file.path();
	return { file, bytes: readFileSync(path) };
}

/** Pixels darker than mid-grey, and how many distinct grey levels: a blank image has ~0 and 1. */
function ink(png: Buffer): { width: number; height: number; dark: number; levels: number } {
	const image = PNG.sync.read(png);
	let dark = 0;
	const levels = new Set<number>();
	for (let i = 0; i < image.data.length; i += 4) {
		const [r, g, b, a] = [
			image.data[i]!,
			image.data[i + 1]!,
			image.data[i + 2]!,
			image.data[i + 3]!,
		];
		// Transparent pixels count as white paper.
		const lum = a === 0 ? 255 : Math.round(0.299 * r + 0.587 * g + 0.114 * b);
		levels.add(lum);
		if (lum < 128) dark++;
	}
	return { width: image.width, height: image.height, dark, levels: levels.size };
}

/** A well-formed SVG document: parses with no warning, root <svg> in the SVG namespace. */
function expectSvg(text: string): void {
	const problems: string[] = [];
	const doc = new DOMParser({
		onError: (level, msg) => void problems.push(`${level}: ${msg}`),
	}).parseFromString(text, 'image/svg+xml');
	expect(problems).toEqual([]);
	expect(doc.documentElement?.namespaceURI).toBe('http://www.w3.org/2000/svg');
	expect(text).not.toMatch(/<script|\son\w+=|(?:xlink:)?href="(?!#)/i);
}

test.describe('export', () => {
	test('Export SVG downloads an outlined SVG that librsvg draws', async ({ page }) => {
		await page.goto('/?view=chronology');
		const { file, bytes } = await download(page, 'Export SVG');
		expect(file.suggestedFilename()).toMatch(fileName('chronology', 'en', 'svg'));
		const svg = bytes.toString('utf8');
		expect(svg.startsWith('<?xml')).toBe(true);
		expectSvg(svg);
		expect(svg).not.toContain('<text');
		expect(svg).toMatch(/width="33\.867cm" height="19\.05cm"/);
		test.skip(!hasRsvg, 'rsvg-convert is not installed (apt-get install librsvg2-bin)');
		const png = execFileSync('rsvg-convert', ['--width', '1280'], { input: bytes });
		const { width, dark, levels } = ink(png);
		expect(width).toBe(1280);
		expect(dark).toBeGreaterThan(2000);
		expect(levels).toBeGreaterThan(16);
	});

	test('Export SVG with editable text keeps <text> and embeds the font', async ({ page }) => {
		await page.goto('/?view=chronology&lang=fa');
		const group = page.getByRole('group', { name: 'خروجی', exact: true });
		await group.getByRole('combobox', { name: 'متن', exact: true }).selectOption('editable');
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			group.getByRole('button', { name: 'خروجی SVG', exact: true }).click(),
		]);
		expect(file.suggestedFilename()).toMatch(fileName('chronology', 'fa', 'svg'));
		const svg = readFileSync(await file.path()).toString('utf8');
		expectSvg(svg);
		expect(svg).toMatch(/<text [^>]*direction="rtl"/);
		expect(svg).toMatch(/@font-face\{font-family:&quot;Vazirmatn&quot;;font-weight:400;/);
		if (hasRsvg) execFileSync('rsvg-convert', { input: Buffer.from(svg) });
	});

	test('Export PNG downloads a 2× PNG of the 16:9 slide', async ({ page }) => {
		await page.goto('/?view=chronology');
		const { file, bytes } = await download(page, 'Export PNG');
		expect(file.suggestedFilename()).toMatch(fileName('chronology', 'en', 'png'));
		expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		const { width, height, dark, levels } = ink(bytes);
		expect([width, height]).toEqual([2560, 1440]);
		// 192 pixels per inch (7559 per metre), so a slide tool places it at 13.333 × 7.5 in.
		expect(bytes.subarray(37, 41).toString('latin1')).toBe('pHYs');
		expect(bytes.readUInt32BE(41)).toBe(7559);
		expect(dark).toBeGreaterThan(2000);
		expect(levels).toBeGreaterThan(16);
	});

	test('Export data (CSV) starts with a BOM and the header row', async ({ page }) => {
		await page.goto('/?view=chronology');
		await menu(page).getByRole('combobox', { name: 'Format', exact: true }).selectOption('csv');
		const { file, bytes } = await download(page, 'Export data');
		expect(file.suggestedFilename()).toMatch(fileName('events', 'en', 'csv'));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8').slice(1);
		expect(text.split('\r\n')[0]).toMatch(/^id,kind,date,end_date,/);
		expect(text).toContain('2024-07-30-tehran');
	});

	test('Export data (ICS) and (JSON) download a calendar and a dataset', async ({ page }) => {
		await page.goto('/?view=chronology');
		const format = menu(page).getByRole('combobox', { name: 'Format', exact: true });
		await format.selectOption('ics');
		const ics = await download(page, 'Export data');
		expect(ics.file.suggestedFilename()).toMatch(fileName('events', 'en', 'ics'));
		expect(ics.bytes.toString('utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
		await format.selectOption('json');
		const json = await download(page, 'Export data');
		expect(json.file.suggestedFilename()).toMatch(fileName('events', 'en', 'json'));
		const data = JSON.parse(json.bytes.toString('utf8')) as { events: unknown[] };
		expect(data.events.length).toBeGreaterThan(0);
	});
});
