import { describe, expect, it } from 'vitest';
import {
	formatEventDate,
	jalaliToDate,
	parsePartialIso,
	toAnchorDate,
	toDayRange,
	toIsoDay,
	toJalaliIso,
} from './dates.ts';
import type { EventDate } from './types.ts';

const date = (d: Partial<EventDate>): EventDate => ({
	start: '2024-07-30',
	precision: 'day',
	certainty: 'stated',
	note: { en: '' },
	passages: [],
	...d,
});

describe('calendar conversion', () => {
	it('jalaliToDate("1403-05-09") is 2024-07-30, a Tuesday', () => {
		const d = jalaliToDate('1403-05-09')!;
		expect(toIsoDay(d)).toBe('2024-07-30');
		expect(d.getDay()).toBe(2);
	});
	it('jalaliToDate("1404-09-20") is 2025-12-11, a Thursday', () => {
		const d = jalaliToDate('1404-09-20')!;
		expect(toIsoDay(d)).toBe('2025-12-11');
		expect(d.getDay()).toBe(4);
	});
	it('jalaliToDate("1404-09-21") is 2025-12-12, a Friday', () => {
		expect(jalaliToDate('1404-09-21')!.getDay()).toBe(5);
	});
	it('jalaliToDate rejects a day that does not exist (30 Esfand 1404)', () => {
		expect(jalaliToDate('1404-12-30')).toBeNull();
		expect(toIsoDay(jalaliToDate('1403-12-30')!)).toBe('2025-03-20'); // 1403 is a leap year
		expect(jalaliToDate('1403-13-01')).toBeNull();
	});
	it('toJalaliIso(2014-09-09) is 1393-06-18', () => {
		expect(toJalaliIso(new Date(2014, 8, 9))).toBe('1393-06-18');
	});
	it('agrees with Intl persian calendar on the core dates', () => {
		const intl = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			timeZone: 'UTC',
		});
		for (const iso of ['2014-09-09', '2023-09-18', '2024-07-30', '2025-12-11']) {
			const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
			const parts = Object.fromEntries(
				intl.formatToParts(new Date(Date.UTC(y, m - 1, d))).map((p) => [p.type, p.value]),
			);
			expect(toJalaliIso(new Date(y, m - 1, d))).toBe(`${parts.year}-${parts.month}-${parts.day}`);
		}
	});
});

describe('parsePartialIso', () => {
	it('reads years, months and days', () => {
		expect(parsePartialIso('2013')).toEqual({ year: 2013, month: undefined, day: undefined });
		expect(parsePartialIso('2023-09')).toEqual({ year: 2023, month: 9, day: undefined });
		expect(parsePartialIso('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
	});
	it('rejects impossible or malformed dates', () => {
		for (const bad of ['2023-02-29', '2023-13', '23-01-01', '2023-1-1', '', 'yesterday'])
			expect(parsePartialIso(bad)).toBeNull();
	});
});

describe('formatEventDate', () => {
	it('formatEventDate(day 2024-07-30) is "30 Jul 2024"', () => {
		expect(formatEventDate(date({}))).toBe('30 Jul 2024');
	});
	it('is honest about coarse and uncertain dates', () => {
		expect(formatEventDate(date({ start: '2023-09', precision: 'month' }))).toBe('Sep 2023');
		expect(formatEventDate(date({ start: '2013', precision: 'year' }))).toBe('2013');
		expect(formatEventDate(date({ precision: 'about' }))).toBe('c. 30 Jul 2024');
		expect(
			formatEventDate(date({ start: '2014-09-10', end: '2014-09-11', precision: 'range' })),
		).toBe('10–11 Sep 2014');
		expect(formatEventDate(date({ start: '2013', end: '2014-09-09', precision: 'range' }))).toBe(
			'2013 – 9 Sep 2014',
		);
		expect(formatEventDate(date({ start: '2025-12', end: '2025-12-12', precision: 'range' }))).toBe(
			'Dec 2025 (by 12 Dec 2025)',
		);
	});
});

describe('day ranges', () => {
	it('a month covers all its days', () => {
		const [first, last] = toDayRange(date({ start: '2023-09', precision: 'month' }));
		expect([toIsoDay(first), toIsoDay(last)]).toEqual(['2023-09-01', '2023-09-30']);
	});
	it('a range is anchored at its middle day', () => {
		const d = date({ start: '2014-09-23', end: '2014-10-31', precision: 'range' });
		expect(toIsoDay(toAnchorDate(d))).toBe('2014-10-12');
	});
});
