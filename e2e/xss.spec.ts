/**
 * A dataset whose every text carries script-injection payloads is shown as text: no script runs
 * (no marker global, no dialog, no request the payloads would make, no CSP violation — the
 * fixtures fail on those), no element or handler is made from them, and the payloads are shown
 * literally wherever their field is shown: details, reader, timeline, table, charts, names.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { test, expect } from './fixtures.ts';
import { fullDataset, serveDataset } from './datasets.ts';
import { escapeRegExp, localDigits } from './data.ts';
import type { Lang } from '../src/lib/model/types.ts';
import { HEAD_START_SCRIPT } from '../build/head-start.ts';

/** Each one would set `window.__xss` (or fetch /xss-probe) if it ever became markup or a link. */
const PAYLOADS = [
	'<img src=/xss-probe onerror="window.__xss=1">',
	'<script>window.__xss=1</script>',
	'javascript:window.__xss=1',
	'<svg onload=window.__xss=1><circle r=9 /></svg>',
	'<math><mtext><table><mglyph><style><img src=/xss-probe onerror=window.__xss=1>',
	'"><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
	"'><a href=javascript:window.__xss=1 id=xss-link>click</a>",
	'<style>@import "/xss-probe";</style><b onmouseover=window.__xss=1>hover',
	'{{constructor.constructor("window.__xss=1")()}} ${window.__xss=1} <!-- --!> </textarea></title>',
	'<details open ontoggle=window.__xss=1><summary>x</summary></details>',
];

/** Every field gets a payload, varied by field, tagged with its path so it is found again. */
const words = (path: string) =>
	`${PAYLOADS[[...path].reduce((sum, c) => sum + c.charCodeAt(0), 0) % PAYLOADS.length]} ⟦${path}⟧`;
const DATA = fullDataset(words, PAYLOADS);
const DATA_PATH = '/xss.json';

/** `text` as shown in `lang`, whose digits the app may write in that language's own. */
function literal(text: string, lang: Lang): RegExp {
	return new RegExp(
		[...text]
			.map((c) => (/[0-9]/.test(c) ? `[${c}${localDigits(c, lang)}]` : escapeRegExp(c)))
			.join(''),
	);
}

/** Elements and attributes of an SVG file that could run a script or fetch something. */
function activeParts(svg: string): string[] {
	const found: string[] = [];
	const visit = (node: XmlElement) => {
		const name = node.localName ?? '';
		if (/^(script|iframe|img|image|foreignObject|a|use|animate|set)$/i.test(name)) found.push(name);
		for (const attr of Array.from(node.attributes ?? [])) {
			if (
				/^on/i.test(attr.localName ?? '') ||
				(/href$/i.test(attr.name) && !attr.value.startsWith('#'))
			)
				found.push(`${name}[${attr.name}=${attr.value.slice(0, 40)}]`);
		}
		for (const child of Array.from(node.childNodes ?? []))
			if (child.nodeType === 1) visit(child as XmlElement);
	};
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	if (doc.documentElement) visit(doc.documentElement);
	return found;
}

/** No payload has become markup, a handler or a script, anywhere in the page or its frames. */
async function expectInert(page: Page): Promise<void> {
	for (const frame of page.frames()) {
		const found = await frame.evaluate((ours) => {
			const w = window as unknown as Record<string, unknown>;
			const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
				[...el.attributes]
					.filter((a) => a.name.startsWith('on'))
					.map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
			);
			return {
				marker: w.__xss,
				handlers,
				injected: [
					...document.querySelectorAll(
						'img[src*="xss-probe"], iframe[srcdoc], #xss-link, mglyph, details[ontoggle], script:not([src])',
					),
				]
					// The one inline script of ours: the HTML's head start, to the letter (its CSP hash).
					.filter((el) => !(el.parentElement === document.head && el.textContent === ours))
					.map((el) => el.outerHTML.slice(0, 80)),
				links: [...document.querySelectorAll('a[href]')]
					.map((a) => a.getAttribute('href') ?? '')
					.filter((href) => /^\s*javascript:/i.test(href)),
			};
		}, HEAD_START_SCRIPT);
		expect(found, `frame ${frame.url()}`).toEqual({
			marker: undefined,
			handlers: [],
			injected: [],
			links: [],
		});
	}
}

test.describe('a dataset full of script payloads', () => {
	test.slow(); // five views, the presentation and an export, each checked in every frame

	let dialogs: string[];
	let probes: string[];
	test.beforeEach(async ({ page }) => {
		dialogs = [];
		probes = [];
		page.on('dialog', (dialog) => {
			dialogs.push(`${dialog.type()}: ${dialog.message()}`);
			void dialog.dismiss();
		});
		page.on('request', (request) => {
			if (request.url().includes('xss-probe')) probes.push(request.url());
		});
	});
	test.afterEach(() => {
		expect(dialogs, 'dialogs opened').toEqual([]);
		expect(probes, 'requests the payloads make').toEqual([]);
	});

	test('is shown as text in the details, the reader and the timeline', async ({ page }) => {
		const data = await serveDataset(page, DATA_PATH, DATA);
		await page.goto(`/?${data}&event=event-0&lang=en`);
		const title = page.locator('#meeting-title');
		// The file is fetched and parsed in a worker before anything of it is shown.
		await expect(title).toHaveText(words('events[0].title.en'), { timeout: 15_000 });

		// The details: our words, names, places, roles, labels, figures, the source line.
		const details = page.locator('section.details');
		for (const path of [
			'events[0].summary.en',
			'events[0].place.detail.en',
			'events[0].place.note.en',
			'events[0].setting.label.en',
			'events[0].participants[0].role.en',
			'events[0].participants[2].role.en',
			'events[0].outcomes[0].text.en',
			'events[0].outcomes[0].figure.unit.en',
			'people[0].name.en',
			'people[1].name.en',
			'places[0].name.en',
			'sources[0].outlet.en',
		]) {
			await expect(details, path).toContainText(words(path));
		}
		await details.locator('details.evidence > summary').click();
		await expect(details.locator('details.evidence')).toContainText(
			words('events[0].date.note.en'),
		);

		// The reader: the article's own text, with every passage marked, and its printed details.
		const reader = page.locator('section.reader');
		await expect(page.locator('mark[data-passage]')).toHaveCount(PAYLOADS.length);
		for (const [i, payload] of PAYLOADS.entries()) {
			await expect(page.locator(`mark[data-passage="p-${i}"]`)).toHaveText(payload);
		}
		await expect(reader).toContainText(words('sources[0].published.printed'));
		await expect(reader).toContainText(words('sources[0].file'));
		await details.locator('button.cite').first().click();
		await expect(page.locator('mark[aria-current="true"]')).toHaveText(PAYLOADS[0]!);

		// The timeline: the item's text and its accessible name.
		const item = page.locator('button.tl-item[data-event="event-1"]');
		await expect(item.locator('.tl-title')).toHaveText(words('events[1].title.en'));
		await expect(item).toHaveAttribute(
			'aria-label',
			new RegExp(`^${escapeRegExp(words('events[1].title.en'))}`),
		);

		// A related event's link, and its details.
		await details.locator('.related button.link').first().click();
		await expect(title).toHaveText(words('events[1].title.en'));

		// Search for a payload: the hit is outlined, as text.
		await page.getByRole('searchbox').fill('onerror');
		await expect(page.locator('mark.hit').first()).toHaveText('onerror');

		// The other languages: their own fields.
		for (const lang of ['fa', 'ar'] as const) {
			await page.locator('.settings select').first().selectOption(lang);
			await expect(title).toHaveText(literal(words(`events[1].title.${lang}`), lang));
			await expect(details).toContainText(literal(words(`events[1].summary.${lang}`), lang));
			await expect(details).toContainText(literal(words(`people[0].name.${lang}`), lang));
		}
		await expectInert(page);
	});

	test('is shown as text in the table, the charts, the presentation and an embed', async ({
		page,
	}) => {
		const data = await serveDataset(page, DATA_PATH, DATA);
		await page.goto(`/?${data}&view=table&lang=en`);
		const table = page.locator('table');
		await expect(table).toContainText(words('events[0].title.en'), { timeout: 15_000 });
		await expect(table).toContainText(words('places[0].name.en'));
		await expect(table).toContainText(words('people[1].name.en'));
		await expectInert(page);

		for (const view of ['Chronology', 'Topics', 'Map']) {
			await page.locator('nav.switch').getByRole('button', { name: view, exact: true }).click();
			const scene = page.locator('svg.scene').first();
			await expect(scene).toBeVisible();
			// Marks name their events (aria-label) and the text alternative lists them.
			const names = await page
				.locator('svg.scene [aria-label], .alternative')
				.evaluateAll((els) =>
					els
						.map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`)
						.join('\n'),
				);
			expect(names, `${view}: the title as text`).toContain(words('events[0].title.en'));
			await expectInert(page);
		}

		// An SVG export of the map: text, escaped; no script or handler in the file.
		const group = page.locator('[role="group"].export');
		await group.locator('select').nth(1).selectOption('editable');
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			group.getByRole('button', { name: 'Export SVG', exact: true }).click(),
		]);
		const svg = readFileSync(await file.path(), 'utf8');
		expect(activeParts(svg), 'elements and attributes that could run or fetch').toEqual([]);
		expect(svg).toContain('&lt;img src=/xss-probe');

		// The embed dialog's snippet and its live preview (which opens the same dataset).
		await page.locator('header .actions button').nth(1).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog.locator('textarea')).toHaveValue(/xss\.json/);
		const preview = dialog.locator('iframe').contentFrame();
		await expect(preview.locator('svg.scene, .tl-item').first()).toBeVisible();
		await expectInert(page);
		await page.keyboard.press('Escape');

		// The presentation: facts and the key quote in large type.
		await page.locator('header .actions button').nth(0).click();
		const slide = page.locator('article.slide');
		await expect(slide.locator('#slide-title')).toHaveText(words('events[0].title.en'));
		await expect(slide.locator('blockquote')).toHaveText(PAYLOADS[0]!);
		await expect(slide).toContainText(words('events[0].outcomes[0].text.en'));
		await expectInert(page);
	});
});
