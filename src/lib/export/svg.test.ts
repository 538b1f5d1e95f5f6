import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FontSet } from './fonts.ts';
import { loadNodeFonts } from './fixtures/fonts.ts';
import { FIXTURE_TEXTS, HOSTILE, fixtureScene } from './fixtures/scene.ts';
import { allElements, findUnsafe, parseXml } from './fixtures/xml.ts';
import { CREDIT_HEIGHT, toExportSize } from './sizes.ts';
import { toSvgString, type SvgOptions } from './svg.ts';

const PERMALINK = 'https://example.org/app/?view=chronology&lang=fa';
const CREDIT = 'دیدارهای سران ایران و قزاقستان. منابع: ایرنا، ایلنا';
const VISIBLE = [...Object.values(FIXTURE_TEXTS), CREDIT, PERMALINK];

let fonts: FontSet;
beforeAll(async () => {
	fonts = await loadNodeFonts();
});

const svgOf = (mode: SvgOptions['mode'], extra: Partial<SvgOptions> = {}) =>
	toSvgString(fixtureScene(), { mode, fonts, permalink: PERMALINK, credit: CREDIT, ...extra });

/** Observable Plot style: numbers in path data rounded, the embedded font replaced. */
function normalize(svg: string): string {
	return svg
		.replace(/base64,[A-Za-z0-9+/=]+/g, 'base64,…')
		.replace(
			/ d="([^"]*)"/g,
			(_, d: string) => ` d="${d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))))}"`,
		);
}

describe.each(['editable', 'outlined'] as const)('toSvgString(scene, %s)', (mode) => {
	it('is well-formed XML with a declaration, viewBox, size, title, desc and metadata', () => {
		const svg = svgOf(mode);
		expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
		const doc = parseXml(svg);
		const root = doc.documentElement!;
		expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(root.getAttribute('viewBox')).toBe(`0 0 480 ${200 + CREDIT_HEIGHT}`);
		expect(root.getAttribute('width')).toBe('480');
		expect(root.getAttribute('direction')).toBe('rtl');
		const children = allElements(doc).filter((e) => e.parentNode === root);
		expect(children.slice(0, 3).map((e) => e.localName)).toEqual(['title', 'desc', 'metadata']);
		expect(children[0]!.textContent).toBe('گاه‌شمار <b>آزمایشی</b>');
		expect(children[1]!.textContent).toBe(`Fixture & test: ${HOSTILE}`);
		expect(children[2]!.textContent).toContain(PERMALINK);
	});

	it('has no script, no handler, no outside reference, no url() but the embedded font', () => {
		const svg = svgOf(mode);
		expect(findUnsafe(svg)).toEqual([]);
		expect(svg).not.toContain('evil.example');
		expect(svg).not.toContain('var(--');
		expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('has every style as an attribute: no style element but the font faces', () => {
		const doc = parseXml(svgOf(mode));
		const styles = allElements(doc).filter((e) => e.localName === 'style');
		expect(styles).toHaveLength(mode === 'editable' ? 1 : 0);
		expect(allElements(doc).some((e) => e.hasAttribute('style') || e.hasAttribute('class'))).toBe(
			false,
		);
	});

	it('matches its snapshot', async () => {
		await expect(normalize(svgOf(mode))).toMatchFileSnapshot(`__snapshots__/fixture-${mode}.svg`);
	});
});

describe('editable text', () => {
	it('keeps every visible string as the text of a <text>, with its direction', () => {
		const texts = allElements(parseXml(svgOf('editable'))).filter((e) => e.localName === 'text');
		expect(texts.map((t) => t.textContent).sort()).toEqual([...VISIBLE].sort());
		const english = texts.find((t) => t.textContent === FIXTURE_TEXTS.english)!;
		expect(english.getAttribute('direction')).toBe('ltr');
		const persian = texts.find((t) => t.textContent === FIXTURE_TEXTS.persian)!;
		expect(persian.getAttribute('direction')).toBe('rtl');
		expect(persian.getAttribute('unicode-bidi')).toBe('embed');
		expect(persian.getAttribute('font-weight')).toBe('700');
	});

	it('embeds a regular and a bold subset of Vazirmatn, much smaller than the fonts', () => {
		const svg = svgOf('editable');
		const faces = [...svg.matchAll(/font-weight:(\d+);[^}]*base64,([A-Za-z0-9+/=]+)/g)];
		expect(faces.map((f) => f[1])).toEqual(['400', '700']);
		for (const face of faces) expect(face[2]!.length).toBeLessThan(fonts.regular.bytes.length / 4);
	});
});

describe('outlined text', () => {
	it('has no <text>: each string is a <g> with its <title> and a path', () => {
		const doc = parseXml(svgOf('outlined'));
		expect(allElements(doc).filter((e) => e.localName === 'text')).toEqual([]);
		const groups = allElements(doc).filter(
			(e) =>
				e.localName === 'g' &&
				e.firstChild &&
				(e.firstChild as { localName?: string }).localName === 'title',
		);
		expect(groups.map((g) => g.firstChild!.textContent).sort()).toEqual([...VISIBLE].sort());
		for (const g of groups) {
			const path = allElements(doc).find((e) => e.parentNode === g && e.localName === 'path');
			expect(path?.getAttribute('d')).toMatch(/^M[\d.,\s-]+/);
		}
	});

	it('is written at a physical slide size when one is given, keeping its aspect ratio', () => {
		const { physical } = toExportSize('16:9');
		const root = parseXml(svgOf('outlined', { size: physical })).documentElement!;
		expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([
			'33.867cm',
			'19.05cm',
		]);
		// The 480 × 244 picture is centred in a 16:9 viewBox, never stretched or letterboxed.
		const [x, y, w, h] = root.getAttribute('viewBox')!.split(' ').map(Number);
		expect(w! / h!).toBeCloseTo(16 / 9, 2);
		expect([x, w]).toEqual([0, 480]);
		expect(y).toBeCloseTo(-(h! - 244) / 2, 1);
	});
});

const hasRsvg = spawnSync('rsvg-convert', ['--version']).status === 0;

describe.skipIf(!hasRsvg)('rsvg-convert (librsvg) renders the outlined SVG', () => {
	it('at 2×, with ink where the Persian title is and nothing outside the picture', () => {
		const png = execFileSync('rsvg-convert', ['--zoom', '2'], { input: svgOf('outlined') });
		// Kept for a human look: test-results/export/fixture-outlined.png.
		mkdirSync('test-results/export', { recursive: true });
		writeFileSync('test-results/export/fixture-outlined.png', png);
		const image = PNG.sync.read(png);
		expect([image.width, image.height]).toEqual([960, (200 + CREDIT_HEIGHT) * 2]);
		const dark = (x0: number, y0: number, x1: number, y1: number) => {
			let n = 0;
			for (let y = y0; y < y1; y++)
				for (let x = x0; x < x1; x++) if (image.data[(y * image.width + x) * 4]! < 96) n++;
			return n;
		};
		// The bold Persian line spans x 300–452, baseline 44 (×2 in the PNG).
		expect(dark(600, 64, 904, 92)).toBeGreaterThan(500);
		// Between the rows of text there is only white.
		expect(dark(0, 210, 560, 230)).toBe(0);
	});
});
