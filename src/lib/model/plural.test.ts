import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './dates.ts';
import { formatMessage } from './messages.ts';
import { toPluralCategory } from './plural.ts';
import type { Lang } from './types.ts';

const LANGS: Lang[] = ['en', 'fa', 'ar'];

describe('toPluralCategory', () => {
	it("is Intl.PluralRules' category for every count up to 1,200 and any other whole number", () => {
		const intl = Object.fromEntries(LANGS.map((l) => [l, new Intl.PluralRules(l)]));
		for (const lang of LANGS)
			for (let n = 0; n <= 1200; n++)
				expect([n, toPluralCategory(n, lang)]).toEqual([n, intl[lang]!.select(n)]);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
				fc.constantFrom(...LANGS),
				(n, lang) => {
					expect(toPluralCategory(n, lang)).toBe(intl[lang]!.select(n));
				},
			),
			{ numRuns: 3000 },
		);
	});
	it('(1, en) is one; (2, ar) two; (3, ar) few; (11, ar) many; (100, ar) other; (1.5, en) other', () => {
		expect(toPluralCategory(1, 'en')).toBe('one');
		expect(toPluralCategory(2, 'ar')).toBe('two');
		expect(toPluralCategory(3, 'ar')).toBe('few');
		expect(toPluralCategory(11, 'ar')).toBe('many');
		expect(toPluralCategory(100, 'ar')).toBe('other');
		expect(toPluralCategory(1.5, 'en')).toBe('other');
	});
});

describe('formatMessage with plural choices', () => {
	const summary = (events: number, sources: number, lang: Lang) =>
		formatMessage('datasetSummary', lang, {
			name: 'x.json',
			events: formatNumber(events, lang),
			sources: formatNumber(sources, lang),
		});
	it('writes "1 event, 1 source" and "2 events, 0 sources" in English', () => {
		expect(summary(1, 1, 'en')).toBe('x.json: 1 event, 1 source');
		expect(summary(2, 0, 'en')).toBe('x.json: 2 events, 0 sources');
		expect(summary(10_000, 7_421, 'en')).toBe('x.json: 10,000 events, 7,421 sources');
	});
	it('gives Arabic nouns their form for one, two, a few, many and other counts', () => {
		expect(summary(1, 2, 'ar')).toBe('x.json: حدث واحد، مصدران');
		expect(summary(3, 11, 'ar')).toBe('x.json: ٣ أحداث، ١١ مصدرًا');
		expect(summary(10_000, 103, 'ar')).toBe('x.json: ١٠٬٠٠٠ حدث، ١٠٣ مصادر');
	});
	it('leaves Persian nouns as they are after any number', () => {
		expect(summary(1, 5, 'fa')).toBe('x.json: ۱ رویداد، ۵ منبع');
	});
	it('chooses by each count separately, and words the verb with its noun', () => {
		expect(
			formatMessage('searchResults', 'en', { events: '1', hits: formatNumber(1234, 'en') }),
		).toBe('1 matching event; 1,234 matches in the articles');
		expect(
			formatMessage('datasetWarnings', 'en', {
				name: 'a.csv',
				events: '6',
				count: '1',
				first: 'x',
			}),
		).toBe('Opened a.csv: 6 events. 1 thing was ignored: x');
	});
	it('words one problem, one ignored thing, two marks and one search result as such', () => {
		expect(formatMessage('loadFailedAll', 'en', { total: '1' })).toBe(
			'The problem (in English, as the data check reports it):',
		);
		expect(formatMessage('loadFailedAll', 'en', { total: '3' })).toBe(
			'The 3 problems (in English, as the data check reports them):',
		);
		expect(
			formatMessage('datasetWarnings', 'ar', {
				name: 'a.csv',
				events: '٦',
				count: '١',
				first: 'x',
			}),
		).toBe('فُتح a.csv: ٦ أحداث. تم تجاهل عنصر واحد، وهو: x');
		expect(formatMessage('clusterLabel', 'ar', { count: '٢', period: '٢٠٢٤' })).toBe(
			'حدثان، ٢٠٢٤. كبّر لرؤيتهما.',
		);
		expect(formatMessage('moreEvents', 'ar', { count: '٣' })).toBe(
			'…و٣ أحداث أخرى على الخط الزمني.',
		);
		expect(formatMessage('searchResultsEvents', 'en', { events: '1' })).toMatch(
			/^1 matching event \(its fields/,
		);
	});
	it('leaves a value with $ in it as it is', () => {
		expect(formatMessage('datasetSummary', 'en', { name: '$&', events: '$1', sources: '2' })).toBe(
			'$&: $1 events, 2 sources',
		);
	});
});
