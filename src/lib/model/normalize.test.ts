import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch, toOriginalRange } from './normalize.ts';

/** The seed articles, verbatim. */
const seed = {
	irna2014: readFileSync('data/sources/000_0e41b8c0175d089a.txt', 'utf8'),
	zamar2024: readFileSync('data/sources/001_47dfac17c01f8fdb.txt', 'utf8'),
	ilnaTalks: readFileSync('data/sources/002_fca39a54bd477749.txt', 'utf8'),
	alalam2023: readFileSync('data/sources/003_f2044d5c78acb32d.txt', 'utf8'),
	ilnaReturn: readFileSync('data/sources/004_5c267c4361cd1c18.txt', 'utf8'),
};

/** The original text of every place where `query` (folded) occurs in `source` (folded). */
function found(query: string, source: string): string[] {
	const folded = normalizeForSearch(source);
	const term = normalizeForSearch(query).text;
	const out: string[] = [];
	for (let i = folded.text.indexOf(term); i !== -1; i = folded.text.indexOf(term, i + 1)) {
		const [start, end] = toOriginalRange(source, folded, i, i + term.length);
		out.push(source.slice(start, end));
	}
	return out;
}

const fold = (s: string) => normalizeForSearch(s).text;

describe('normalizeForSearch', () => {
	it('normalizeForSearch("منطقه‌ای") (with ZWNJ) finds "منطقهای" in zamar-2024', () => {
		expect(seed.zamar2024).not.toContain('\u200c');
		expect(found('منطقه\u200cای', seed.zamar2024)).toContain('منطقهای');
	});

	it('normalizeForSearch("منطقه ای") (a space for the ZWNJ) is "منطقهای"', () => {
		expect(fold('منطقه ای')).toBe('منطقهای');
		expect(fold('منطقه\u200cای')).toBe('منطقهای');
	});

	it('normalizeForSearch("حوزه‌های") finds "حوزه های" (affix apart) in irna-2014', () => {
		expect(found('حوزه\u200cهای', seed.irna2014)).toEqual(['حوزه های', 'حوزه های']);
		expect(found('می‌یابد', seed.irna2014)).toEqual(['می یابد']);
		expect(fold('نمی شود')).toBe('نمیشود');
	});

	it('joins only whole affixes: "منطقه ایران" keeps its space', () => {
		expect(fold('منطقه ایران')).toBe('منطقه ایران');
		expect(fold('سیاست تقویت')).toBe('سیاست تقویت');
	});

	it('normalizeForSearch("رئیسی") (Persian yeh) finds "رئيسي" (Arabic yeh) in alalam-2023', () => {
		expect(found('رئیسی', seed.alalam2023)).toContain('رئيسي');
		expect(fold('رئيسي')).toBe(fold('رئیسی'));
	});

	it('normalizeForSearch("رئیس") finds "رییس" (yeh for yeh-with-hamza) in irna-2014', () => {
		expect(found('رئیس جمهوری', seed.irna2014)).toContain('رییس جمهوری');
	});

	it('normalizeForSearch("کازاخستان") (Persian kaf) finds "كازاخستان" (Arabic kaf) in alalam-2023', () => {
		expect(seed.alalam2023).toContain('\u0643\u0627\u0632\u0627\u062e\u0633\u062a\u0627\u0646');
		expect(
			found('\u06a9\u0627\u0632\u0627\u062e\u0633\u062a\u0627\u0646', seed.alalam2023),
		).toContain('كازاخستان');
	});

	it('normalizeForSearch("۱۴") and ("١٤") find "14" in ilna-2025-return and "۱۴روزه" in ilna-2025-talks', () => {
		for (const q of ['۱۴', '١٤', '14']) {
			expect(found(q, seed.ilnaReturn)).toContain('14');
			expect(found(q + 'روزه', seed.ilnaTalks)).toEqual(['۱۴روزه']);
		}
	});

	it('normalizeForSearch("١٩ سبتمبر ٢٠٢٣") is "19 سبتمبر 2023"', () => {
		expect(fold('١٩ سبتمبر ٢٠٢٣')).toBe('19 سبتمبر 2023');
		expect(found('19 سبتمبر', seed.alalam2023)).toEqual(['١٩ سبتمبر']);
	});

	it('normalizeForSearch(harakat, tatweel) drops them: "مُؤَكِّـــدًا" finds "مؤكدا" in alalam-2023', () => {
		expect(fold('مُؤَكِّـــدًا')).toBe(fold('مؤكدا'));
		expect(found('مُؤَكِّـــدًا', seed.alalam2023)).toEqual(['مؤكدا']);
		// The hamza seat folds too: typed without hamza and with Persian kaf.
		expect(found('موکدا', seed.alalam2023)).toEqual(['مؤكدا']);
		expect(fold('\u0627\u0644\u0652\u0642\u064f\u0631\u0652\u0622\u0646\u0670\u06d6')).toBe(
			'القران',
		);
	});

	it('normalizeForSearch("آستانه") equals ("استانه"): irna-2014 spells the city both ways', () => {
		expect(fold('آستانه')).toBe('استانه');
		expect(found('آستانه', seed.irna2014)).toEqual(['استانه', 'آستانه']);
		expect(found('استانه', seed.irna2014)).toEqual(['استانه', 'آستانه']);
		expect(fold('أستانا')).toBe(fold('استانا'));
		expect(fold('إيران')).toBe(fold('ایران'));
		expect(fold('ٱلله')).toBe(fold('الله'));
	});

	it('normalizeForSearch("المنطقة") is "المنطقه": teh marbuta as heh, so "منطقه" finds it in alalam-2023', () => {
		expect(fold('المنطقة')).toBe('المنطقه');
		expect(found('منطقه', seed.alalam2023)).toContain('منطقة');
		expect(fold('خانۀ')).toBe('خانه');
	});

	it('normalizeForSearch("Tokayev") folds case and accents: "TOKÁYEV", "tokayev"', () => {
		expect(fold('TOKÁYEV')).toBe('tokayev');
		expect(fold('Tokayev')).toBe('tokayev');
		expect(fold('İstanbul')).toBe('istanbul');
		expect(found('DATE', seed.ilnaTalks)).toEqual(['date']);
	});

	it('normalizeForSearch(whitespace) collapses runs to one space and trims the ends', () => {
		expect(fold('  a \n\t b\u00a0\u200c c  ')).toBe('a b c');
		expect(fold('\u200c\u200e\u0640 ')).toBe('');
	});

	it('normalizeForSearch(text).map leads each folded unit to its original, ending at text.length', () => {
		const { text, map } = normalizeForSearch('مُ\u200cن  A');
		expect(text).toBe('من a');
		expect(map).toEqual([0, 3, 4, 6, 7]);
	});

	it('toOriginalRange(hit) slices to text that folds to the term, for every word of every seed', () => {
		for (const source of Object.values(seed)) {
			const folded = normalizeForSearch(source);
			for (const term of new Set(folded.text.split(' '))) {
				const i = folded.text.indexOf(term);
				const [start, end] = toOriginalRange(source, folded, i, i + term.length);
				expect(fold(source.slice(start, end))).toBe(term);
			}
		}
	});

	it('normalizeForSearch(any string): map is as long as the text plus one and never goes back', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (a, b) => {
				const input = a + b;
				const { text, map } = normalizeForSearch(input);
				expect(map).toHaveLength(text.length + 1);
				expect(map[text.length]).toBe(input.length);
				for (let k = 1; k < map.length; k++) expect(map[k]!).toBeGreaterThanOrEqual(map[k - 1]!);
			}),
		);
	});

	it('normalizeForSearch is idempotent', () => {
		const pieces = ['ای', 'ها', 'های', 'می', 'نمی', 'منطقه', 'آ', 'أ', 'ي', 'ك', 'ة', 'ۀ', '١٤'];
		const persian = fc.constantFrom(...pieces, ' ', '\u200c', '\u0640', '\u064e', 'É', '،');
		fc.assert(
			fc.property(fc.array(fc.oneof(persian, fc.string({ unit: 'grapheme' }))), (parts) => {
				const once = fold(parts.join(''));
				expect(fold(once)).toBe(once);
			}),
		);
	});
});
