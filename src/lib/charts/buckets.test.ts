import { describe, expect, it } from 'vitest';
import { formatBucket, toBuckets } from './buckets.ts';
import { builtinCatalog, syntheticCatalog } from './fixture.ts';

describe('toBuckets', () => {
	for (const n of [1, 100, 10000])
		for (const max of [1, 5, 12, 40, 400])
			for (const cal of ['gregorian', 'jalali', 'hijri'] as const) {
				const events = syntheticCatalog(n).events;
				const buckets = toBuckets(events, cal, max);
				it(`(${n} events, at most ${max}, ${cal}) has every event once, in ≤ ${max} buckets`, () => {
					expect(buckets.length).toBeGreaterThan(0);
					expect(buckets.length).toBeLessThanOrEqual(max);
					const ids = buckets.flatMap((b) => b.events.map((e) => e.id));
					expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
				});
			}

	it('(none) has no bucket', () => {
		expect(toBuckets([], 'gregorian', 10)).toEqual([]);
	});

	it('(built-in, 20 columns) counts by year, in time order', () => {
		const buckets = toBuckets(builtinCatalog().events, 'gregorian', 20);
		expect(buckets[0]!.period).toEqual({ unit: 'year', step: 1 });
		expect(buckets.map((b) => formatBucket(b, { lang: 'en', cal: 'gregorian' }))).toEqual(
			Array.from({ length: buckets.length }, (_, i) => String(2013 + i)),
		);
	});
});

describe('formatBucket', () => {
	const at = (start: number, unit: 'month' | 'year', step: number) => ({
		start,
		period: { unit, step },
		events: [],
	});
	it('(2019, a year) is "2019"', () => {
		expect(formatBucket(at(2019 * 12, 'year', 1), { lang: 'en', cal: 'gregorian' })).toBe('2019');
	});
	it('(2015, five years) is "2015–2019", in Persian digits in Persian', () => {
		expect(formatBucket(at(2015 * 12, 'year', 5), { lang: 'en', cal: 'gregorian' })).toBe(
			'2015–2019',
		);
		expect(formatBucket(at(1395 * 12, 'year', 5), { lang: 'fa', cal: 'jalali' })).toBe('۱۳۹۵–۱۳۹۹');
	});
	it('(Mehr 1402, a month) names the month', () => {
		expect(formatBucket(at(1402 * 12 + 6, 'month', 1), { lang: 'en', cal: 'jalali' })).toBe(
			'Mehr 1402',
		);
	});
	it('(Jan 2019, three months) is "Jan–Mar 2019"', () => {
		expect(formatBucket(at(2019 * 12, 'month', 3), { lang: 'en', cal: 'gregorian' })).toBe(
			'Jan–Mar 2019',
		);
	});
});
