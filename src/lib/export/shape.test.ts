import { beforeAll, describe, expect, it } from 'vitest';
import type { FontSet } from './fonts.ts';
import { loadNodeFonts } from './fixtures/fonts.ts';
import { measureText, shapeLine, toTextOutline, toVisualRuns } from './shape.ts';
import { subsetFont, toCodepoints } from './subset.ts';

let fonts: FontSet;
beforeAll(async () => {
	fonts = await loadNodeFonts();
});

const slices = (text: string, dir: 'ltr' | 'rtl') =>
	toVisualRuns(text, dir).map((r) => [text.slice(r.start, r.end), r.level % 2 ? 'rtl' : 'ltr']);

describe('toVisualRuns', () => {
	it('toVisualRuns("سفر Pezeshkian به", rtl) puts the Latin name between the Persian words, visually', () => {
		expect(slices('سفر Pezeshkian به', 'rtl')).toEqual([
			[' به', 'rtl'],
			['Pezeshkian', 'ltr'],
			['سفر ', 'rtl'],
		]);
	});
	it('toVisualRuns("Meeting in تهران today", ltr) keeps the Persian word in place', () => {
		expect(slices('Meeting in تهران today', 'ltr')).toEqual([
			['Meeting in ', 'ltr'],
			['تهران', 'rtl'],
			[' today', 'ltr'],
		]);
	});
	it('digits follow the bidi algorithm: "۲۰ آذر ۱۴۰۴" reads right to left, each number left to right', () => {
		expect(slices('۲۰ آذر ۱۴۰۴', 'rtl')).toEqual([
			['۱۴۰۴', 'ltr'],
			[' آذر ', 'rtl'],
			['۲۰', 'ltr'],
		]);
	});
	it('toVisualRuns("") is empty', () => {
		expect(toVisualRuns('', 'rtl')).toEqual([]);
	});
});

const glyphs = (text: string, lang = 'fa') =>
	shapeLine(fonts, fonts.regular, text, { dir: 'rtl', lang }).glyphs.map((g) => g.glyph);

describe('shapeLine', () => {
	it('shapes "پزشکیان" with joined forms: glyphs differ from the letters shaped alone', () => {
		const word = 'پزشکیان';
		const joined = glyphs(word).reverse(); // visual order → logical order
		const alone = [...word].map((letter) => glyphs(letter)[0]);
		expect(joined).toHaveLength(7);
		// پ initial, ز final, ش initial, ک medial, ی medial, ا final; ن after ا stays isolated.
		expect(joined.map((g, i) => g !== alone[i])).toEqual([
			true,
			true,
			true,
			true,
			true,
			true,
			false,
		]);
	});
	it('shapes Arabic "لقاء" with the lam–qaf join, not isolated letters', () => {
		const joined = glyphs('لقاء', 'ar').reverse();
		const alone = [...'لقاء'].map((letter) => glyphs(letter, 'ar')[0]);
		expect(joined[0]).not.toBe(alone[0]);
		expect(joined[1]).not.toBe(alone[1]);
	});
	it('lays glyphs out left to right with growing x', () => {
		const line = shapeLine(fonts, fonts.regular, 'دیدار Pezeshkian', { dir: 'rtl', lang: 'fa' });
		const xs = line.glyphs.map((g) => g.x);
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
		expect(line.advance).toBeGreaterThan(xs[xs.length - 1]!);
	});
});

/** The x range a path covers (its relative commands made absolute). */
function xRange(d: string): [number, number] {
	const xs: number[] = [];
	let [cx, cy, sx, sy] = [0, 0, 0, 0];
	for (const [, cmd, args] of d.matchAll(/([MLQCZmlqcz])([^MLQCZmlqcz]*)/g)) {
		const n = (args!.match(/-?[\d.]+/g) ?? []).map(Number);
		const relative = cmd !== cmd!.toUpperCase();
		let [nx, ny] = [cx, cy];
		for (let k = 0; k + 1 < n.length; k += 2) {
			[nx, ny] = relative ? [cx + n[k]!, cy + n[k + 1]!] : [n[k]!, n[k + 1]!];
			xs.push(nx);
		}
		if (cmd === 'M') [sx, sy] = [nx, ny];
		[cx, cy] = cmd!.toUpperCase() === 'Z' ? [sx, sy] : [nx, ny];
	}
	return [Math.min(...xs), Math.max(...xs)];
}

describe('toTextOutline', () => {
	const at = { x: 200, y: 50, size: 16 };
	it('anchor start is the left end of LTR text and the right end of RTL text', () => {
		const ltr = toTextOutline(fonts, 'Tehran', { ...at, anchor: 'start', dir: 'ltr' });
		const [ltrMin] = xRange(ltr.d);
		expect(ltrMin).toBeGreaterThanOrEqual(200);
		expect(ltrMin).toBeLessThan(203);
		const rtl = toTextOutline(fonts, 'تهران', { ...at, anchor: 'start', dir: 'rtl' });
		const [, rtlMax] = xRange(rtl.d);
		expect(rtlMax).toBeLessThanOrEqual(200.5);
		expect(rtlMax).toBeGreaterThan(197);
	});
	it('anchor end is the other end, and middle centres the text', () => {
		const end = toTextOutline(fonts, 'تهران', { ...at, anchor: 'end', dir: 'rtl' });
		expect(xRange(end.d)[0]).toBeGreaterThanOrEqual(199.5);
		const mid = toTextOutline(fonts, 'Tehran', { ...at, anchor: 'middle', dir: 'ltr' });
		const [a, b] = xRange(mid.d);
		expect(Math.abs((a + b) / 2 - 200)).toBeLessThan(1.5);
	});
	it('scales with the font size: twice the size is twice as wide', () => {
		const opts = { dir: 'rtl', lang: 'fa' } as const;
		const small = measureText(fonts, 'پزشکیان', { ...opts, size: 12 });
		expect(measureText(fonts, 'پزشکیان', { ...opts, size: 24 })).toBeCloseTo(small * 2, 6);
		expect(measureText(fonts, 'پزشکیان', { ...opts, size: 12, weight: 700 })).toBeGreaterThan(
			small,
		);
	});
	it('draws nothing for empty text', () => {
		expect(toTextOutline(fonts, '', { ...at, anchor: 'start', dir: 'rtl' })).toEqual({
			d: '',
			width: 0,
		});
	});
});

describe('subsetFont', () => {
	it('keeps the contextual forms of the kept letters, in a much smaller font', async () => {
		const hb = fonts.hb;
		const bytes = subsetFont(fonts.subsetter!, fonts.regular.bytes, toCodepoints(['پزشکیان']));
		expect(bytes.length).toBeLessThan(fonts.regular.bytes.length / 5);
		const font = new hb.Font(new hb.Face(new hb.Blob(bytes)));
		const shape = (text: string) => {
			const buffer = new hb.Buffer();
			buffer.addText(text);
			buffer.setDirection(hb.Direction.RTL);
			buffer.guessSegmentProperties();
			hb.shape(font, buffer);
			return buffer.getGlyphInfos().map((g) => g.codepoint);
		};
		expect(shape('پزشکیان')).not.toContain(0); // no missing glyph
		expect(shape('پزشکیان').reverse()[0]).not.toBe(shape('پ')[0]);
	});
	it('toCodepoints keeps both halves of a bracket pair and the space', () => {
		expect([...toCodepoints(['(«'])].sort((a, b) => a - b)).toEqual(
			[0x20, 0x28, 0x29, 0xab, 0xbb].sort((a, b) => a - b),
		);
	});
});
