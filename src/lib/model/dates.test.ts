import { lightFormat } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from './calendar.ts';
import {
	type Calendar,
	formatCalendarNote,
	formatDay,
	formatDigits,
	formatEventDate,
	formatNumber,
	formatSize,
	formatWeekday,
	fromCalendarDate,
	jalaliToDate,
	parsePartialIso,
	toStartDate,
	toAnchorDate,
	toDayNumbers,
	toDayRange,
	toIsoDay,
	toJalaliIso,
} from './dates.ts';
import type { EventDate, Lang } from './types.ts';

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
	it('counts month lengths as Date does, every day of 1899–2101 and of the first century', () => {
		const days = (year: number, month: number) => {
			const d = new Date(2000, month, 0);
			d.setFullYear(year, month, 0);
			return d.getDate();
		};
		for (const year of [...Array.from({ length: 203 }, (_, i) => 1899 + i), 4, 48, 50, 99, 100])
			for (let month = 1; month <= 12; month++) {
				const iso = (day: number) =>
					`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
				expect(parsePartialIso(iso(days(year, month)))).not.toBeNull();
				expect(parsePartialIso(iso(days(year, month) + 1))).toBeNull();
			}
	});
	it('starts a date of the first century in its own year, not 19xx', () => {
		const start = toStartDate(parsePartialIso('0048-02-29')!);
		expect([start.getFullYear(), start.getMonth(), start.getDate()]).toEqual([48, 1, 29]);
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
	it('toDayNumbers counts the same days as toDayRange, without local dates', () => {
		const pad = (n: number, w: number) => String(n).padStart(w, '0');
		const partial = fc
			.record({
				year: fc.integer({ min: 1, max: 2200 }),
				month: fc.integer({ min: 1, max: 12 }),
				day: fc.integer({ min: 1, max: 31 }),
				parts: fc.constantFrom(1, 2, 3),
			})
			.map(({ year, month, day, parts }) =>
				[pad(year, 4), pad(month, 2), pad(day, 2)].slice(0, parts).join('-'),
			)
			.filter((text) => parsePartialIso(text) !== null);
		const check = (d: EventDate) => {
			expect(toDayNumbers(d)).toEqual(toDayRange(d).map(toDayNumber));
		};
		fc.assert(
			fc.property(partial, fc.option(partial, { nil: undefined }), (start, end) => {
				check(date(end === undefined ? { start } : { start, end, precision: 'range' }));
			}),
			{ numRuns: 2000 },
		);
		// Tehran's clocks skipped midnight (00:00 → 01:00) on these days: a local midnight that
		// does not exist, where toDayRange's local dates fall an hour later, on the same day.
		for (const start of ['2008-03-21', '2014-03-22', '2022-03-22', '1979-03-21'])
			check(date({ start }));
		check(date({ start: '0048-02', precision: 'month' }));
		expect(() => toDayNumbers(date({ start: '2023-02-30' }))).toThrow(RangeError);
	});
	it('toAnchorDate(range 2014-03-01…31) is 2014-03-16, across a daylight-saving change', () => {
		// Tehran moved its clocks from 00:00 to 01:00 on 22 March 2014.
		const d = date({ start: '2014-03-01', end: '2014-03-31', precision: 'range' });
		expect(toIsoDay(toAnchorDate(d))).toBe('2014-03-16');
	});
});

const day = new Date(2024, 6, 30);

describe('formatDay', () => {
	const cases: [Lang, Calendar, string, string][] = [
		['en', 'gregorian', '30 Jul 2024', 'Tuesday, 30 Jul 2024'],
		['en', 'jalali', '9 Mordad 1403', 'Tuesday, 9 Mordad 1403'],
		['en', 'hijri', '24 Muharram 1446 AH', 'Tuesday, 24 Muharram 1446 AH'],
		['fa', 'gregorian', '۳۰ ژوئیهٔ ۲۰۲۴', 'سه\u200cشنبه ۳۰ ژوئیهٔ ۲۰۲۴'],
		['fa', 'jalali', '۹ مرداد ۱۴۰۳', 'سه\u200cشنبه ۹ مرداد ۱۴۰۳'],
		['fa', 'hijri', '۲۴ محرم ۱۴۴۶ ق', 'سه\u200cشنبه ۲۴ محرم ۱۴۴۶ ق'],
		['ar', 'gregorian', '٣٠ يوليو ٢٠٢٤', 'الثلاثاء، ٣٠ يوليو ٢٠٢٤'],
		['ar', 'jalali', '٩ مرداد ١٤٠٣', 'الثلاثاء، ٩ مرداد ١٤٠٣'],
		['ar', 'hijri', '٢٤ محرم ١٤٤٦ هـ', 'الثلاثاء، ٢٤ محرم ١٤٤٦ هـ'],
	];
	for (const [lang, cal, plain, withWeekday] of cases) {
		it(`formatDay(2024-07-30, ${lang}, ${cal}) is "${plain}"`, () => {
			expect(formatDay(day, { lang, cal })).toBe(plain);
		});
		it(`formatDay(2024-07-30, ${lang}, ${cal}, weekday) is "${withWeekday}"`, () => {
			expect(formatDay(day, { lang, cal, weekday: true })).toBe(withWeekday);
		});
	}
	it('formatDay(1404-09-20 in jalali, en, jalali, weekday) is "Thursday, 20 Azar 1404"', () => {
		const date = fromCalendarDate({ year: 1404, month: 9, day: 20 }, 'jalali')!;
		expect(formatDay(date, { lang: 'en', cal: 'jalali', weekday: true })).toBe(
			'Thursday, 20 Azar 1404',
		);
	});
});

describe('formatEventDate in other calendars and languages', () => {
	const cases: [Partial<EventDate>, Lang, Calendar, string][] = [
		[{}, 'en', 'jalali', '9 Mordad 1403'],
		[{}, 'fa', 'jalali', '۹ مرداد ۱۴۰۳'],
		[{ precision: 'about' }, 'fa', 'jalali', 'حدود ۹ مرداد ۱۴۰۳'],
		[{ precision: 'about' }, 'ar', 'hijri', 'نحو ٢٤ محرم ١٤٤٦ هـ'],
		[{ start: '2023-09', precision: 'month' }, 'en', 'jalali', '10 Shahrivar – 8 Mehr 1402'],
		[{ start: '2023-09', precision: 'month' }, 'fa', 'jalali', '۱۰ شهریور – ۸ مهر ۱۴۰۲'],
		[{ start: '2023-09', precision: 'month' }, 'fa', 'gregorian', 'سپتامبر ۲۰۲۳'],
		[{ start: '2023-09', precision: 'month' }, 'en', 'hijri', '16 Safar – 15 Rabiʻ I 1445 AH'],
		[{ start: '2013', precision: 'year' }, 'en', 'jalali', '12 Dey 1391 – 10 Dey 1392'],
		[{ start: '2013', precision: 'year' }, 'ar', 'gregorian', '٢٠١٣'],
		[
			{ start: '2014-09-10', end: '2014-09-11', precision: 'range' },
			'en',
			'jalali',
			'19–20 Shahrivar 1393',
		],
		[
			{ start: '2014-09-10', end: '2014-09-11', precision: 'range' },
			'fa',
			'gregorian',
			'۱۰–۱۱ سپتامبر ۲۰۱۴',
		],
		[
			{ start: '2013', end: '2014-09-09', precision: 'range' },
			'en',
			'jalali',
			'12 Dey 1391 – 18 Shahrivar 1393',
		],
		[
			{ start: '2025-12', end: '2025-12-12', precision: 'range' },
			'en',
			'jalali',
			'10–21 Azar 1404',
		],
		[
			{ start: '2025-12', end: '2025-12-12', precision: 'range' },
			'ar',
			'gregorian',
			'ديسمبر ٢٠٢٥ (حتى ١٢ ديسمبر ٢٠٢٥)',
		],
		[
			{ start: '2013', end: '2014-09-09', precision: 'range' },
			'en',
			'hijri',
			'19 Safar 1434 AH – 14 Dhuʻl-Qiʻdah 1435 AH',
		],
	];
	for (const [d, lang, cal, expected] of cases)
		it(`formatEventDate(${d.precision ?? 'day'} ${d.start ?? '2024-07-30'}${d.end ? `…${d.end}` : ''}, ${lang}, ${cal}) is "${expected}"`, () => {
			expect(formatEventDate(date(d), { lang, cal })).toBe(expected);
		});
	it('formatEventDate(d) is formatEventDate(d, en, gregorian)', () => {
		const d = date({ start: '2025-12', end: '2025-12-12', precision: 'range' });
		expect(formatEventDate(d, { lang: 'en', cal: 'gregorian' })).toBe(formatEventDate(d));
	});
});

describe('digits, numbers, weekdays, notes', () => {
	it('formatDigits("9 Sep 2014", fa | ar | en) is "۹ Sep ۲۰۱۴" | "٩ Sep ٢٠١٤" | unchanged', () => {
		expect(formatDigits('9 Sep 2014', 'fa')).toBe('۹ Sep ۲۰۱۴');
		expect(formatDigits('9 Sep 2014', 'ar')).toBe('٩ Sep ٢٠١٤');
		expect(formatDigits('9 Sep 2014', 'en')).toBe('9 Sep 2014');
	});
	it('formatNumber(any count, en | fa | ar) is what Intl.NumberFormat writes', () => {
		const intl = (lang: string, nu: string) => new Intl.NumberFormat(`${lang}-u-nu-${nu}`);
		const formats = { en: intl('en', 'latn'), fa: intl('fa', 'arabext'), ar: intl('ar', 'arab') };
		const counts = fc.oneof(
			fc.integer({ min: 0, max: 100_000 }),
			fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
		);
		fc.assert(
			fc.property(counts, fc.constantFrom('en', 'fa', 'ar') as fc.Arbitrary<Lang>, (n, lang) => {
				expect(formatNumber(n, lang)).toBe(formats[lang].format(n));
			}),
			{ numRuns: 3000 },
		);
		for (const n of [0, 7, 999, 1000, 10_000, 999_999, 1_000_000])
			for (const lang of ['en', 'fa', 'ar'] as const)
				expect(formatNumber(n, lang)).toBe(formats[lang].format(n));
		// Anything else is Intl's: negative numbers carry marks, fractions a decimal sign.
		expect(formatNumber(-5, 'fa')).toBe(formats.fa.format(-5));
		expect(formatNumber(1234.5, 'ar')).toBe(formats.ar.format(1234.5));
	});

	it('formatNumber(1234567, en | fa | ar) is "1,234,567" | "۱٬۲۳۴٬۵۶۷" | "١٬٢٣٤٬٥٦٧"', () => {
		expect(formatNumber(1234567, 'en')).toBe('1,234,567');
		expect(formatNumber(1234567, 'fa')).toBe('۱٬۲۳۴٬۵۶۷');
		expect(formatNumber(1234567, 'ar')).toBe('١٬٢٣٤٬٥٦٧');
	});
	it('formatWeekday(2) is "Tuesday"; (2, fa) "سه‌شنبه"; (5, ar) "الجمعة"; (7) ""', () => {
		expect(formatWeekday(2)).toBe('Tuesday');
		expect(formatWeekday(2, 'fa')).toBe('سه\u200cشنبه');
		expect(formatWeekday(5, 'ar')).toBe('الجمعة');
		expect(formatWeekday(7)).toBe('');
		expect(formatWeekday(-1, 'fa')).toBe('');
	});
	it('formatCalendarNote(hijri, en) names Umm al-Qura; (gregorian, *) is ""', () => {
		expect(formatCalendarNote('hijri', 'en')).toBe(
			'Lunar Hijri dates follow the Umm al-Qura calendar; observed dates can differ by a day.',
		);
		for (const lang of ['en', 'fa', 'ar'] as const) {
			expect(formatCalendarNote('gregorian', lang)).toBe('');
			expect(formatCalendarNote('jalali', lang)).not.toBe('');
			expect(formatCalendarNote('hijri', lang)).not.toBe('');
		}
	});
});

describe('formatSize', () => {
	it('gives kilobytes or megabytes in the language and its digits', () => {
		expect(formatSize(1_234_567, 'en')).toBe('1.2 MB');
		expect(formatSize(2_500, 'en')).toBe('2.5 kB');
		expect(formatSize(1_234_567, 'fa')).toBe('۱٫۲ MB');
		expect(formatSize(28_737_996, 'ar')).toBe('٢٨٫٧ م.ب');
		expect(formatSize(0, 'en')).toBe('0 kB');
	});
	it('is what Intl.NumberFormat writes for the size in kilobytes (under 1 MB) or megabytes', () => {
		const intl = (lang: Lang, unit: string) =>
			new Intl.NumberFormat(`${lang}-u-nu-${{ en: 'latn', fa: 'arabext', ar: 'arab' }[lang]}`, {
				style: 'unit',
				unit,
				maximumFractionDigits: 1,
			});
		const formats = new Map<string, Intl.NumberFormat>();
		const expected = (bytes: number, lang: Lang) => {
			const unit = bytes >= 1e6 ? 'megabyte' : 'kilobyte';
			const key = `${lang} ${unit}`;
			if (!formats.has(key)) formats.set(key, intl(lang, unit));
			return formats.get(key)!.format(bytes >= 1e6 ? bytes / 1e6 : Math.max(bytes, 1) / 1e3);
		};
		const sizes = fc.oneof(
			fc.integer({ min: 0, max: 1_000_000 }),
			fc.integer({ min: 0, max: 20_000 }).map((n) => n * 50), // halves of a tenth of a kB
			fc.integer({ min: 0, max: 20_000 }).map((n) => n * 50_000), // … and of a MB
			fc.integer({ min: 0, max: 2 ** 40 }),
		);
		fc.assert(
			fc.property(sizes, fc.constantFrom<Lang>('en', 'fa', 'ar'), (bytes, lang) => {
				expect(formatSize(bytes, lang)).toBe(expected(bytes, lang));
			}),
			{ numRuns: 5000 },
		);
		for (const bytes of [0, 1, 49, 50, 51, 999_949, 999_950, 999_999, 1e6, 1_049_999, 1_050_000])
			for (const lang of ['en', 'fa', 'ar'] as const)
				expect(formatSize(bytes, lang)).toBe(expected(bytes, lang));
	});
});

describe('toIsoDay', () => {
	it("writes a local day as date-fns's lightFormat(yyyy-MM-dd) does, years 1 to 9999", () => {
		fc.assert(
			fc.property(
				fc.date({
					min: new Date('0001-01-01T12:00:00'),
					max: new Date('9999-12-30T12:00:00'),
					noInvalidDate: true,
				}),
				(date) => {
					expect(toIsoDay(date)).toBe(lightFormat(date, 'yyyy-MM-dd'));
				},
			),
		);
		const early = new Date(2000, 0, 5);
		early.setFullYear(48);
		expect(toIsoDay(early)).toBe('0048-01-05');
	});
});
