import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	type Calendar,
	type CalendarDate,
	formatMonthName,
	fromCalendarDate,
	fromDayNumber,
	toCalendarDate,
	toDayNumber,
	toMonthLength,
} from './calendar.ts';
import { toIsoDay } from './dates.ts';

const text = ({ year, month, day }: CalendarDate) => `${year}-${month}-${day}`;
const dayOf = (parts: CalendarDate, cal: Calendar) => toDayNumber(fromCalendarDate(parts, cal)!);

/** Intl's day (day number `n`) in a calendar: an independent check of our conversions. */
function toIntlParts(n: number, calendar: string): string {
	const format = intlFormats.get(calendar) ?? newFormat(calendar);
	const parts = format.formatToParts(new Date(n * 86_400_000 + 43_200_000));
	const value = (type: string) => parts.find((p) => p.type === type)?.value;
	return `${value('year') ?? value('relatedYear')}-${value('month')}-${value('day')}`;
}
const intlFormats = new Map<string, Intl.DateTimeFormat>();
function newFormat(calendar: string) {
	const format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		timeZone: 'UTC',
	});
	intlFormats.set(calendar, format);
	return format;
}

// Day numbers of 1 Farvardin 1300 and 29 Esfand 1502 (see the disagreement test below).
const FIRST_1300 = dayOf({ year: 1300, month: 1, day: 1 }, 'jalali');
const LAST_1502 = dayOf({ year: 1503, month: 1, day: 1 }, 'jalali') - 2;
// False only for a day the local zone skipped (Samoa's 30 December 2011): no `Date` can hold it.
const exists = (n: number) => toDayNumber(fromDayNumber(n)) === n;
const day1980 = toDayNumber(new Date(1980, 0, 1));
const day2077 = toDayNumber(new Date(2077, 11, 31));

describe('day numbers', () => {
	it('toDayNumber(1970-01-01) is 0 and fromDayNumber inverts it, at local midnight', () => {
		expect(toDayNumber(new Date(1970, 0, 1, 23, 59))).toBe(0);
		fc.assert(
			fc.property(fc.integer({ min: -50_000, max: 50_000 }), (n) => {
				fc.pre(exists(n));
				const date = fromDayNumber(n);
				expect(toDayNumber(date)).toBe(n);
				expect(date.getMinutes()).toBe(0); // midnight, or 01:00 where midnight is skipped
			}),
		);
	});
});

describe('toCalendarDate / fromCalendarDate (jalali)', () => {
	it('round-trip every day of 1300–1502 SH, one day after another', () => {
		const bad: string[] = [];
		let previous: CalendarDate | undefined;
		for (let n = FIRST_1300; n <= LAST_1502; n++) {
			if (!exists(n)) {
				previous = undefined;
				continue;
			}
			const parts = toCalendarDate(fromDayNumber(n), 'jalali');
			const next =
				!previous ||
				parts.day === previous.day + 1 ||
				(parts.day === 1 && parts.month === (previous.month % 12) + 1);
			if (!next || dayOf(parts, 'jalali') !== n) bad.push(text(parts));
			previous = parts;
		}
		expect(bad).toEqual([]);
	});
	it('date-fns-jalali agrees with Intl persian on every day of 1300–1502 SH', () => {
		const bad: string[] = [];
		for (let n = FIRST_1300; n <= LAST_1502; n++) {
			if (!exists(n)) continue;
			const ours = text(toCalendarDate(fromDayNumber(n), 'jalali'));
			if (ours !== toIntlParts(n, 'persian')) bad.push(ours);
		}
		expect(bad).toEqual([]);
	});
	it('date-fns-jalali and Intl may disagree on whether 1502 or 1503 SH is a leap year', () => {
		// date-fns-jalali follows the 33-year arithmetic rule: 1502 is leap, 30 Esfand 1502 is
		// 2124-03-20. ICU 78 (Node 20.20) makes 1503 leap instead, so from 2124-03-20 to 2125-03-20
		// every day is a day apart; older ICU versions agree. Our data is nowhere near those years.
		expect(text(toCalendarDate(new Date(2124, 2, 20), 'jalali'))).toBe('1502-12-30');
		const disagreeing: string[] = [];
		for (let n = LAST_1502 + 1; n <= LAST_1502 + 400; n++)
			if (
				exists(n) &&
				text(toCalendarDate(fromDayNumber(n), 'jalali')) !== toIntlParts(n, 'persian')
			)
				disagreeing.push(toIsoDay(fromDayNumber(n)));
		if (disagreeing.length > 0) {
			expect(disagreeing).toHaveLength(366); // 2124 is a Gregorian leap year
			expect([disagreeing[0], disagreeing.at(-1)]).toEqual(['2124-03-20', '2125-03-20']);
		}
	});
	it('round-trip random days of 1700–2300', () => {
		fc.assert(
			fc.property(fc.integer({ min: -100_000, max: 120_000 }), (n) => {
				fc.pre(exists(n));
				expect(dayOf(toCalendarDate(fromDayNumber(n), 'jalali'), 'jalali')).toBe(n);
			}),
		);
	});
	it('fromCalendarDate(y-m-d, jalali) is null exactly when the day is past the month', () => {
		const parts = fc.record({
			year: fc.integer({ min: 1300, max: 1500 }),
			month: fc.integer({ min: 1, max: 12 }),
			day: fc.integer({ min: 1, max: 32 }),
		});
		fc.assert(
			fc.property(parts, (p) => {
				const date = fromCalendarDate(p, 'jalali');
				if (p.day > toMonthLength(p.year, p.month, 'jalali')) expect(date).toBeNull();
				else expect(toCalendarDate(date!, 'jalali')).toEqual(p);
			}),
		);
	});
	it('fromCalendarDate(1404-12-30, jalali) is null, (1403-12-30) is 2025-03-20', () => {
		expect(fromCalendarDate({ year: 1404, month: 12, day: 30 }, 'jalali')).toBeNull();
		expect(toIsoDay(fromCalendarDate({ year: 1403, month: 12, day: 30 }, 'jalali')!)).toBe(
			'2025-03-20',
		);
		expect(fromCalendarDate({ year: 1403, month: 13, day: 1 }, 'jalali')).toBeNull();
		expect(fromCalendarDate({ year: 1403, month: 1, day: 0 }, 'jalali')).toBeNull();
	});
});

describe('toCalendarDate / fromCalendarDate (hijri)', () => {
	it('toCalendarDate(2024-07-30, hijri) is 24 Muharram 1446, and back', () => {
		expect(toCalendarDate(new Date(2024, 6, 30), 'hijri')).toEqual({
			year: 1446,
			month: 1,
			day: 24,
		});
		expect(toIsoDay(fromCalendarDate({ year: 1446, month: 1, day: 24 }, 'hijri')!)).toBe(
			'2024-07-30',
		);
	});
	it('round-trip random days of 1980–2077', () => {
		fc.assert(
			fc.property(fc.integer({ min: day1980, max: day2077 }), (n) => {
				fc.pre(exists(n));
				const parts = toCalendarDate(fromDayNumber(n), 'hijri');
				expect(text(parts)).toBe(toIntlParts(n, 'islamic-umalqura'));
				expect(dayOf(parts, 'hijri')).toBe(n);
			}),
		);
	});
	it('every month of 1400–1500 AH starts where Intl says and has 29 or 30 days', () => {
		const bad: string[] = [];
		for (let year = 1400; year <= 1500; year++)
			for (let month = 1; month <= 12; month++) {
				const n = dayOf({ year, month, day: 1 }, 'hijri');
				const length = toMonthLength(year, month, 'hijri');
				const lastOfBefore = Number(toIntlParts(n - 1, 'islamic-umalqura').split('-')[2]);
				if (toIntlParts(n, 'islamic-umalqura') !== `${year}-${month}-1`)
					bad.push(`${year}-${month}`);
				if (length < 29 || length > 30 || lastOfBefore < 29) bad.push(`${year}-${month} ${length}`);
			}
		expect(bad).toEqual([]);
	});
	it('fromCalendarDate(y-m-d, hijri) is null for a day past the month or a month past 12', () => {
		const short = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter(
			(month) => toMonthLength(1446, month, 'hijri') === 29,
		);
		expect(short.length).toBeGreaterThan(0);
		for (const month of short)
			expect(fromCalendarDate({ year: 1446, month, day: 30 }, 'hijri')).toBeNull();
		expect(fromCalendarDate({ year: 1446, month: 13, day: 1 }, 'hijri')).toBeNull();
		expect(fromCalendarDate({ year: 1446, month: 1.5, day: 1 }, 'hijri')).toBeNull();
	});
});

describe('toCalendarDate / fromCalendarDate (gregorian)', () => {
	it('round-trip random days; fromCalendarDate(2023-02-29) is null', () => {
		fc.assert(
			fc.property(fc.integer({ min: -30_000, max: 60_000 }), (n) => {
				fc.pre(exists(n));
				const parts = toCalendarDate(fromDayNumber(n), 'gregorian');
				expect(dayOf(parts, 'gregorian')).toBe(n);
			}),
		);
		expect(fromCalendarDate({ year: 2023, month: 2, day: 29 }, 'gregorian')).toBeNull();
		expect(fromCalendarDate({ year: 50, month: 3, day: 1 }, 'gregorian')!.getFullYear()).toBe(50);
	});
});

describe('weekdays stated in our sources', () => {
	const cases: [CalendarDate, Calendar, number][] = [
		[{ year: 1403, month: 5, day: 9 }, 'jalali', 2],
		[{ year: 1404, month: 9, day: 20 }, 'jalali', 4],
		[{ year: 1404, month: 9, day: 21 }, 'jalali', 5],
		[{ year: 2023, month: 9, day: 19 }, 'gregorian', 2],
		[{ year: 2023, month: 9, day: 18 }, 'gregorian', 1],
		[{ year: 2014, month: 9, day: 9 }, 'gregorian', 2],
		[{ year: 1446, month: 1, day: 24 }, 'hijri', 2],
	];
	for (const [parts, cal, weekday] of cases)
		it(`fromCalendarDate(${text(parts)}, ${cal}).getDay() is ${weekday}`, () => {
			expect(fromCalendarDate(parts, cal)!.getDay()).toBe(weekday);
		});
});

describe('formatMonthName', () => {
	it('formatMonthName(1…12, en, jalali) is Farvardin … Esfand', () => {
		const names = Array.from({ length: 12 }, (_, i) =>
			formatMonthName(i + 1, { lang: 'en', cal: 'jalali' }),
		);
		expect(names.join(' ')).toBe(
			'Farvardin Ordibehesht Khordad Tir Mordad Shahrivar Mehr Aban Azar Dey Bahman Esfand',
		);
	});
	it('formatMonthName(7, …) is "July", "Jul", "ژوئیه", "ژوئیهٔ" in a date, "يوليو"', () => {
		expect(formatMonthName(7, { lang: 'en', cal: 'gregorian' })).toBe('July');
		expect(formatMonthName(7, { lang: 'en', cal: 'gregorian', short: true })).toBe('Jul');
		expect(formatMonthName(7, { lang: 'fa', cal: 'gregorian' })).toBe('ژوئیه');
		expect(formatMonthName(7, { lang: 'fa', cal: 'gregorian', inDate: true })).toBe('ژوئیهٔ');
		expect(formatMonthName(7, { lang: 'ar', cal: 'gregorian' })).toBe('يوليو');
	});
	it("formatMonthName(1…12, en, gregorian), long or short, alone or in a date, is Intl's", () => {
		for (const short of [false, true])
			for (const inDate of [false, true]) {
				const month = short ? 'short' : 'long';
				const intl = new Intl.DateTimeFormat('en-u-ca-gregory', {
					...(inDate ? { day: 'numeric', month, year: 'numeric' } : { month }),
					timeZone: 'UTC',
				});
				for (let m = 1; m <= 12; m++) {
					const parts = intl.formatToParts(new Date(Date.UTC(2024, m - 1, 15, 12)));
					expect(formatMonthName(m, { lang: 'en', cal: 'gregorian', short, inDate })).toBe(
						parts.find((p) => p.type === 'month')?.value,
					);
				}
			}
	});
	it('formatMonthName(5, ar, jalali) is "مرداد"; (10, ar, jalali) is "دي"; (1, *, hijri) is Muharram', () => {
		expect(formatMonthName(5, { lang: 'ar', cal: 'jalali' })).toBe('مرداد');
		expect(formatMonthName(10, { lang: 'ar', cal: 'jalali' })).toBe('دي');
		expect(formatMonthName(10, { lang: 'fa', cal: 'jalali' })).toBe('دی');
		expect(formatMonthName(1, { lang: 'en', cal: 'hijri' })).toBe('Muharram');
		expect(formatMonthName(1, { lang: 'ar', cal: 'hijri' })).toBe('محرم');
		expect(formatMonthName(9, { lang: 'fa', cal: 'hijri' })).toBe('رمضان');
		expect(formatMonthName(13, { lang: 'en', cal: 'hijri' })).toBe('');
	});
});
