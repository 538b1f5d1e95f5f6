import fc from 'fast-check';
import realMoment from 'moment';
import { readdirSync, readFileSync } from 'node:fs';
import * as vis from 'vis-timeline/esnext/esm/vis-timeline-graph2d.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import moment from './index.ts';

// vis-timeline sets moment's global locale to the platform's language when it loads; the real
// moment in Node can load that locale, so pin English, which is all the stand-in speaks.
realMoment.locale('en');

/** Calls a method by name on a stand-in moment or a real one, which share the API under test. */
function call(m: object, name: string, ...args: unknown[]): unknown {
	const method = (m as Record<string, (...a: unknown[]) => unknown>)[name];
	if (!method) throw new Error(`no method ${name}`);
	return method.apply(m, args);
}

// Every format vis-timeline passes: TimeStep.FORMAT's labels, getClassName's, the current and
// custom time tooltips, the item drag tooltip, and convert's ISO 8601 (no format).
const VIS_FORMATS = [
	...['SSS', 's', 'HH:mm', 'ddd D', 'D', 'w', 'MMM', 'YYYY', 'HH:mm:ss', 'D MMMM HH:mm'],
	...['ddd D MMMM', 'MMMM YYYY', 'dddd', 'MMMM', 'dddd, MMMM Do YYYY, H:mm:ss', 'MM/DD/YYYY hh:mm'],
	undefined,
];
const OTHER_FORMATS = [
	'YYYY M MM MMM MMMM D DD Do d ddd dddd H HH h hh m mm s ss SSS w ww Z ZZ',
	'[Week] w [of] YYYY, \\h\\e\\r\\e T \\YYYY [',
	'',
];
const GETTERS = [
	...['valueOf', 'isValid', 'year', 'month', 'date', 'day', 'hours', 'minutes', 'seconds'],
	...['milliseconds', 'week', 'weekday', 'isoWeekday', 'dayOfYear', 'utcOffset', 'toString'],
	'toJSON',
];

/** All a moment shows: every getter, and every format vis-timeline or a user might ask for. */
function read(m: object): Record<string, unknown> {
	const formats = [...VIS_FORMATS, ...OTHER_FORMATS].map((f) => [
		`format(${f})`,
		call(m, 'format', f),
	]);
	return Object.fromEntries([...GETTERS.map((g) => [g, call(m, g)]), ...formats]);
}

const MIN = Date.UTC(1900, 0, 1);
const MAX = Date.UTC(2100, 11, 31);
const DAY = 864e5;

/** Every change of the local UTC offset in 1900–2100 (DST, and Tehran's LMT and standard time). */
function offsetChanges(): number[] {
	const offset = (t: number) => new Date(t).getTimezoneOffset();
	const changes: number[] = [];
	for (let t = MIN; t < MAX; t += DAY) {
		let [lo, hi] = [t, t + DAY];
		if (offset(lo) === offset(hi)) continue;
		while (hi - lo > 1000) {
			const mid = lo + Math.floor((hi - lo) / 2);
			if (offset(mid) === offset(lo)) lo = mid;
			else hi = mid;
		}
		changes.push(hi);
	}
	return changes;
}
const CHANGES = offsetChanges();

/** Days on which months, leap years and years end or begin, at any time of day. */
const EDGES = '2020-02-29 2000-02-29 1900-02-28 2100-02-28 2021-01-31 2021-03-31 2021-08-31'
	.concat(' 2021-12-31 2020-12-31 2022-01-01 2021-01-03 2027-01-01')
	.split(' ')
	.map((day) => new Date(`${day}T00:00`).getTime());
/** An instant in 1900–2100; a third within two days of an offset change, a third on an edge day. */
const instant = fc.oneof(
	fc.integer({ min: MIN, max: MAX }),
	fc.constantFrom(...CHANGES).chain((t) => fc.integer({ min: t - 2 * DAY, max: t + 2 * DAY })),
	fc.constantFrom(...EDGES).chain((t) => fc.integer({ min: t, max: t + DAY - 1 })),
);
const UNIT_NAMES = [
	...['year', 'years', 'y', 'Y', 'quarter', 'Q', 'month', 'months', 'M', 'week', 'weeks', 'w'],
	...['isoWeek', 'W', 'day', 'days', 'Days', 'd', 'date', 'D', 'hour', 'hours', 'h', 'H'],
	...['minute', 'minutes', 'm', 'second', 'seconds', 's', 'millisecond', 'milliseconds', 'ms'],
];
const unit = fc.constantFrom(...UNIT_NAMES);
const amount = fc.oneof(
	fc.integer({ min: -40, max: 40 }),
	fc.double({ min: -40, max: 40, noNaN: true }),
	fc.constantFrom(0.5, -0.5, 1.5, -2.5, 0.1),
);
const int = (min: number, max: number) => fc.integer({ min, max });
/** One call that changes a moment, as [method, ...arguments]; setters get values past their range. */
const operation: fc.Arbitrary<[string, ...unknown[]]> = fc.oneof(
	fc.tuple(fc.constantFrom('add', 'subtract'), amount, unit),
	fc.tuple(fc.constantFrom('startOf', 'endOf'), unit),
	fc.tuple(fc.constant('year'), int(1890, 2110)),
	fc.tuple(fc.constant('month'), int(-14, 25)),
	fc.tuple(fc.constant('date'), int(-2, 33)),
	fc.tuple(fc.constant('hours'), int(-3, 27)),
	fc.tuple(fc.constantFrom('minutes', 'seconds'), int(-61, 121)),
	fc.tuple(fc.constant('milliseconds'), int(-1001, 2001)),
	fc.tuple(fc.constantFrom('day', 'weekday'), int(-8, 14)),
	fc.tuple(fc.constant('isoWeekday'), int(-7, 14)),
	fc.tuple(fc.constant('week'), int(-2, 55)),
	fc.tuple(fc.constant('dayOfYear'), int(-5, 370)),
);

describe(
	'the moment stand-in vis-timeline is given, against the real moment',
	{ timeout: 60_000 },
	() => {
		it('compares with the real package, in English', () => {
			expect(realMoment.version).toMatch(/^2\./);
			expect(realMoment.locale()).toBe('en');
		});

		it('reads a number, a Date, a moment of either kind, and nothing as now', () => {
			fc.assert(
				fc.property(instant, (t) => {
					const expected = read(realMoment(t));
					expect(read(moment(t))).toEqual(expected);
					expect(read(moment(new Date(t)))).toEqual(expected);
					expect(read(moment(moment(t)))).toEqual(expected);
					// A real moment, as a user's option may hold one.
					expect(read(moment(realMoment(t) as unknown as number))).toEqual(expected);
				}),
			);
			const before = Date.now();
			const now = moment().valueOf();
			expect(now).toBeGreaterThanOrEqual(before);
			expect(now).toBeLessThanOrEqual(Date.now());
		});

		it('changes a moment as moment does, through any sequence of vis-timeline calls', () => {
			fc.assert(
				fc.property(instant, fc.array(operation, { minLength: 1, maxLength: 8 }), (t, calls) => {
					const [ours, theirs] = [moment(t), realMoment(t)];
					for (const [name, ...args] of calls) {
						// Setters and add/startOf return the moment itself, changed.
						expect(call(ours, name, ...args)).toBe(ours);
						call(theirs, name, ...args);
						expect(+ours, `${name}(${args.join(', ')})`).toBe(+theirs);
					}
					expect(read(ours)).toEqual(read(theirs));
				}),
				{ numRuns: 400 },
			);
		});

		it('diff(other, unit, asFloat) is moment’s, across DST and month ends', () => {
			const delta = fc.oneof(int(-3 * DAY, 3 * DAY), int(-400 * DAY, 400 * DAY), int(-4e12, 4e12));
			fc.assert(
				fc.property(instant, delta, fc.option(unit), fc.boolean(), (t, d, u, asFloat) => {
					const ours = moment(t).diff(moment(t + d), u ?? undefined, asFloat);
					expect(ours).toBe(
						realMoment(t).diff(realMoment(t + d), (u ?? undefined) as 'd', asFloat),
					);
				}),
				{ numRuns: 400 },
			);
		});

		it('isSame(other, unit) is moment’s, for a number or a moment', () => {
			const delta = fc.oneof(
				int(-2 * DAY, 2 * DAY),
				int(-40 * DAY, 40 * DAY),
				int(-800 * DAY, 800 * DAY),
			);
			fc.assert(
				fc.property(instant, delta, fc.option(unit), (t, d, u) => {
					const expected = realMoment(t).isSame(t + d, (u ?? undefined) as 'day');
					expect(moment(t).isSame(t + d, u ?? undefined)).toBe(expected);
					expect(moment(t).isSame(moment(t + d), u ?? undefined)).toBe(expected);
				}),
				{ numRuns: 400 },
			);
		});

		it('keeps moment’s rules where a plain Date would differ', () => {
			const both = (f: (m: typeof moment) => unknown) =>
				expect(f(moment)).toEqual(f(realMoment as unknown as typeof moment));
			// 29 February to a common year is the 28th; 31 January + 1 month is 29 February.
			both((m) =>
				m(new Date(2020, 1, 29, 12))
					.year(2021)
					.format(),
			);
			both((m) =>
				m(new Date(2020, 0, 31, 12))
					.add(1, 'month')
					.format(),
			);
			both((m) =>
				m(new Date(2020, 2, 31, 12))
					.month(1)
					.format(),
			);
			// Half days round away from zero; hours are v * 1000 * 60 * 60 ms, which truncates to
			// another millisecond than v * 36e5 does near 1970.
			both((m) =>
				[0.5, -0.5, 1.5, -2.5].map((n) =>
					m(new Date(2021, 5, 1))
						.add(n, 'day')
						.format(),
				),
			);
			both((m) => m(0).add(-6.6361, 'hours').valueOf());
			// The week of 31 December can be week 1; an hour starts on the whole-minute offset (LMT).
			both((m) => [m(new Date(2021, 11, 31)).week(), m(new Date(2020, 11, 31)).week()]);
			both((m) =>
				m(new Date(1900, 5, 1, 10, 30))
					.startOf('hour')
					.valueOf(),
			);
			// Year 0 was a leap year; Date would build 1900, which was not.
			both((m) => m('0000-02-29T12:00').valueOf());
		});

		it('clone() is a copy: changing it leaves the original', () => {
			const original = moment(Date.UTC(2021, 8, 21, 20));
			const copy = original.clone().add(1, 'day').hours(5);
			expect(original.valueOf()).toBe(Date.UTC(2021, 8, 21, 20));
			expect(copy.valueOf()).not.toBe(original.valueOf());
			expect(original.toDate()).not.toBe(original._d);
		});
	},
);

describe('the stand-in around Tehran’s DST changes', { timeout: 60_000 }, () => {
	// Tehran moved its clocks at midnight: 2008-03-21 00:00 became 01:00, and 2021-09-22 00:00
	// went back to 2021-09-21 23:00, so local midnight is missing or doubled on those days.
	it('runs in Tehran time, which had DST in 2008 and 2021', () => {
		expect(new Date(2008, 2, 21, 12).getTimezoneOffset()).toBe(-270);
		expect(new Date(2021, 8, 22, 12).getTimezoneOffset()).toBe(-210);
		expect(CHANGES.length).toBeGreaterThan(60);
	});

	const UNITS = 'year quarter month week isoWeek day date hour minute second ms'.split(' ');
	const CALLS = UNITS.flatMap((u): [string, ...unknown[]][] => [
		['startOf', u],
		['endOf', u],
		...[1, -1, 0.5, -2.5].map((n): [string, ...unknown[]] => ['add', n, u]),
	]);

	it.each([
		['2008-03-21', Date.UTC(2008, 2, 19, 20, 30)],
		['2021-09-22', Date.UTC(2021, 8, 20, 20, 30)],
	])(
		'every quarter hour around %s: getters, formats, startOf, endOf, add, set, diff, isSame',
		(_, from) => {
			const other = Date.UTC(2015, 5, 15);
			for (let t = from; t < from + 3 * DAY; t += 15 * 6e4) {
				expect(read(moment(t))).toEqual(read(realMoment(t)));
				for (const [name, ...args] of CALLS) {
					const [ours, theirs] = [
						call(moment(t), name, ...args),
						call(realMoment(t), name, ...args),
					];
					expect(Number(ours), `${t} ${name}(${args.join(', ')})`).toBe(Number(theirs));
				}
				for (const u of UNITS) {
					expect(moment(t).diff(other, u, true)).toBe(realMoment(t).diff(other, u as 'd', true));
					expect(moment(t).isSame(t + 3 * 36e5, u)).toBe(
						realMoment(t).isSame(t + 3 * 36e5, u as 'd'),
					);
				}
				for (let h = 0; h < 24; h++) expect(+moment(t).hours(h)).toBe(+realMoment(t).hours(h));
			}
		},
	);

	it('reads every local quarter hour of those days, and their 24:00, as moment does', () => {
		for (const day of ['2008-03-20', '2008-03-21', '2008-03-22', '2021-09-21', '2021-09-22']) {
			const times = Array.from({ length: 96 }, (_, i) => {
				const [h, m] = [Math.floor(i / 4), (i % 4) * 15].map((n) => `${n}`.padStart(2, '0'));
				return `${day}T${h}:${m}`;
			});
			for (const text of [day, ...times, `${day}T24:00`, `${day}T24:00Z`])
				expect(moment(text).valueOf(), text).toBe(realMoment(text).valueOf());
		}
	});
});

describe('the stand-in inside vis-timeline, against the real moment', { timeout: 60_000 }, () => {
	// Not in vis-timeline's typings: the classes its Timeline is made of.
	type Current = { valueOf(): number };
	type TimeStep = {
		setScale(scale: { scale: string; step: number }): void;
		start(): void;
		hasNext(): boolean;
		next(): void;
		getCurrent(): Current;
		isMajor(): boolean;
		getLabelMinor(): string;
		getLabelMajor(): string;
		getClassName(): string;
	};
	type Body = { hiddenDates: { start: number; end: number }[] };
	const internals = (vis as unknown as { timeline: Record<string, unknown> }).timeline as {
		TimeStep: new (start: Date, end: Date, min: undefined, hidden: [], options: object) => TimeStep;
		DateUtil: Record<'updateHiddenDates' | 'convertHiddenOptions', (...args: unknown[]) => void>;
	};

	// getClassName marks today, this week, month and year: the clock is pinned, not read.
	beforeAll(() => {
		vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2021, 8, 21, 20, 10) });
	});
	afterAll(() => {
		vi.useRealTimers();
	});

	const SCALES: [string, number, number][] = [
		['millisecond', 1, 1],
		['millisecond', 50, 1],
		['second', 1, 1e3],
		['second', 15, 1e3],
		['minute', 5, 6e4],
		['minute', 15, 6e4],
		['hour', 1, 36e5],
		['hour', 4, 36e5],
		['weekday', 1, DAY],
		['day', 1, DAY],
		['day', 2, DAY],
		['week', 1, 7 * DAY],
		['month', 1, 30 * DAY],
		['month', 3, 30 * DAY],
		['year', 1, 365 * DAY],
		['year', 5, 365 * DAY],
		['year', 100, 365 * DAY],
	];

	/** The axis TimeStep draws: each step's time, whether it is major, its labels and classes. */
	function axis(
		m: unknown,
		start: number,
		[scale, step, ms]: [string, number, number],
		week: boolean,
	) {
		const options = { moment: m, showMajorLabels: true, showWeekScale: week };
		const steps = new internals.TimeStep(
			new Date(start),
			new Date(start + 40 * step * ms),
			undefined,
			[],
			options,
		);
		steps.setScale({ scale, step });
		steps.start();
		const drawn = [];
		for (let i = 0; steps.hasNext() && i < 60; i++) {
			drawn.push([
				+steps.getCurrent(),
				steps.isMajor(),
				steps.getLabelMinor(),
				steps.getLabelMajor(),
				steps.getClassName(),
			]);
			steps.next();
		}
		return drawn;
	}

	it('TimeStep draws the same axis at every scale', () => {
		fc.assert(
			fc.property(instant, fc.constantFrom(...SCALES), fc.boolean(), (t, scale, week) => {
				expect(axis(moment, t, scale, week)).toEqual(axis(realMoment, t, scale, week));
			}),
			{ numRuns: 100 },
		);
	});

	it('the Range’s default window: today’s midnight ± 3 days', () => {
		const window = (m: typeof moment) => {
			const now = m().hours(0).minutes(0).seconds(0).milliseconds(0);
			return [now.clone().add(-3, 'days').valueOf(), now.clone().add(3, 'days').valueOf()];
		};
		expect(window(moment)).toEqual(window(realMoment as unknown as typeof moment));
	});

	/** The hidden dates DateUtil works out for a window and one repeating hidden period. */
	function hidden(m: unknown, window: [number, number], period: object): Body['hiddenDates'] {
		const range = { start: window[0], end: window[1], _applyRange: () => {} };
		const body = { domProps: { centerContainer: { width: 1000 } }, range, hiddenDates: [] };
		internals.DateUtil.updateHiddenDates(m, body, [period]);
		return body.hiddenDates;
	}

	it('DateUtil repeats hidden dates daily, weekly, monthly and yearly as with moment', () => {
		const repeat = fc.constantFrom('daily', 'weekly', 'monthly', 'yearly');
		fc.assert(
			fc.property(instant, int(1, 90), instant, int(1, 100 * 36e5), repeat, (t, days, s, d, r) => {
				const window: [number, number] = [t, t + days * DAY];
				const period = { start: new Date(s), end: new Date(s + d), repeat: r };
				expect(hidden(moment, window, period)).toEqual(hidden(realMoment, window, period));
			}),
			{ numRuns: 200 },
		);
	});

	it('DateUtil reads hidden dates given as strings, and rejects impossible ones', () => {
		const body = (m: unknown, start: string, end: string) => {
			const b = { hiddenDates: [] };
			internals.DateUtil.convertHiddenOptions(m, b, [{ start, end }]);
			return b.hiddenDates;
		};
		expect(body(moment, '2021-09-21', '2021-09-22T12:00')).toEqual(
			body(realMoment, '2021-09-21', '2021-09-22T12:00'),
		);
		const window: [number, number] = [Date.UTC(2021, 0, 1), Date.UTC(2021, 1, 1)];
		const bad = { start: '2021-02-30', end: '2021-03-01', repeat: 'yearly' };
		expect(() => hidden(moment, window, bad)).toThrow(
			'Supplied start date is not valid: 2021-02-30',
		);
		expect(() => hidden(realMoment, window, bad)).toThrow(
			'Supplied start date is not valid: 2021-02-30',
		);
	});
});

describe('the strings the stand-in reads', () => {
	const two = (min: number, max: number) => int(min, max).map((n) => `${n}`.padStart(2, '0'));
	const offset = fc
		.tuple(
			fc.constantFrom('+', '-'),
			two(0, 15),
			fc.constantFrom(':', ''),
			two(0, 60),
			fc.boolean(),
		)
		.map(([sign, h, colon, m, short]) => (short ? sign + h : sign + h + colon + m));
	/** ISO 8601 as moment reads it: YYYY[-MM[-DD[THH[:mm[:ss[.S…]]][zone]]]], fields past range too. */
	const iso = fc
		.record({
			lead: fc.constantFrom('', ' '),
			year: fc.oneof(int(1900, 2100), int(0, 9999)).map((n) => `${n}`.padStart(4, '0')),
			parts: fc.tuple(two(0, 13), two(0, 32), two(0, 25), two(0, 60), two(0, 60)),
			fraction: fc.stringMatching(/^\d{1,6}$/),
			separators: fc.tuple(fc.constantFrom('T', ' '), fc.constantFrom('.', ',')),
			zone: fc.oneof(fc.constantFrom('', 'Z', ' Z'), offset),
			length: int(1, 7),
		})
		.map(
			({ lead, year, parts: [mo, d, h, mi, s], fraction, separators: [t, dot], zone, length }) => {
				const text = [year, `-${mo}`, `-${d}`, `${t}${h}`, `:${mi}`, `:${s}`, `${dot}${fraction}`];
				return lead + text.slice(0, length).join('') + (length > 3 ? zone : '');
			},
		);

	it('ISO 8601 dates, with or without time and zone, to the same instant or to invalid', () => {
		fc.assert(
			fc.property(iso, (text) => {
				const [ours, theirs] = [moment(text), realMoment(text)];
				expect([ours.isValid(), ours.valueOf()], text).toEqual([
					theirs.isValid(),
					theirs.valueOf(),
				]);
			}),
			{ numRuns: 2000 },
		);
		for (const text of [
			'2021-09-21T24:00',
			'2008-03-21T24:00',
			'2021-03-22T24:00',
			'2008-03-21T00:30',
			'0050-03-01',
			'2020-01-01T10:00:00,5+14:00',
		])
			expect(read(moment(text))).toEqual(read(realMoment(text)));
	});

	it('null or "" as an invalid moment', () => {
		for (const input of [null, '', NaN])
			expect(read(moment(input))).toEqual(read(realMoment(input)));
	});

	it('throws on a string moment would read another way, or by guessing', () => {
		// vis-timeline's convert reads ASP.NET dates itself, before it calls moment.
		const others = [
			'/Date(1198908717056)/',
			'2021-W38-2',
			'2021-264',
			'20210921',
			'2021-09-21T2330',
			'2021-09T10:00',
			'2021 10:00',
		];
		const guesses = [
			'Tue, 21 Sep 2021 23:30:00 +0330',
			'September 21, 2021',
			'9/21/2021',
			'2021/09/21',
			'now',
		];
		for (const text of [...others, ...guesses])
			expect(() => moment(text), text).toThrow(/not ISO 8601/);
		for (const input of [[2021, 8, 21], { year: 2021 }, true])
			expect(() => moment(input as unknown as number)).toThrow(/cannot read a date/);
	});
});

describe('what else the stand-in shares with moment', () => {
	it('an invalid moment: NaN getters, "Invalid date", unchanged by add and startOf', () => {
		const [ours, theirs] = [moment('2021-02-30'), realMoment('2021-02-30')];
		for (const m of [ours, theirs]) {
			m.add(1, 'day').startOf('month').year(2020).month(1).date(2).hours(3).day(4).week(5);
			// The check vis-timeline's updateHiddenDates makes.
			expect(String((m as unknown as { _d: Date })._d)).toBe('Invalid Date');
		}
		expect(read(ours)).toEqual(read(theirs));
		expect(ours.isSame(ours)).toBe(false);
		expect(ours.diff(0)).toBeNaN();
		expect(moment(0).diff(ours, 'day')).toBeNaN();
	});

	it('isMoment and _isAMomentObject tell moments, both kinds, from Dates, numbers and strings', () => {
		for (const m of [moment(0), realMoment(0)]) expect(moment.isMoment(m)).toBe(true);
		for (const x of [new Date(0), 0, '2021-09-21', null, undefined, {}])
			expect([moment.isMoment(x), realMoment.isMoment(x)]).toEqual([false, false]);
		expect(moment(0)._isAMomentObject).toBe(true);
	});

	it('locale(name) takes any name, even a list, and stays English', () => {
		expect(moment.locale(['fa-IR', 'fa'])).toBe('en');
		expect(moment.locale('de')).toBe('en');
		const m = moment(Date.UTC(2021, 8, 22, 8));
		expect(m.locale('fa')).toBe(m);
		expect(m.locale()).toBe('en');
		expect(m.format('dddd, MMMM Do YYYY, H:mm:ss')).toBe(
			'Wednesday, September 22nd 2021, 11:30:00',
		);
	});

	it('throws on a unit or format token it does not know, instead of ignoring it', () => {
		for (const u of ['weekday', 'dayOfYear', 'isoWeekYear', 'fortnight', 'q'])
			for (const use of [
				() => moment(0).add(1, u),
				() => moment(0).startOf(u),
				() => moment(0).diff(1, u),
				() => moment(0).isSame(1, u),
			])
				expect(use).toThrow(/unknown unit/);
		const unknown = 'YY Q S SS a A x X dd LT L Mo DDD gggg E e k z N W Y YYYYY SSSS Hmm eHHmm w|';
		for (const token of unknown.split(' '))
			expect(() => moment(0).format(token), token).toThrow(/format token/);
		for (const text of ['T', 'G', 'b', '-', '\\L', '\\Hmm', '\\eHHmm', '[', '\\'])
			expect(moment(0).format(text)).toBe(realMoment(0).format(text));
	});

	it('is small: no dependency, only the platform and its own files', () => {
		const files = readdirSync(new URL('.', import.meta.url)).filter(
			(file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
		);
		expect(files).toContain('index.ts');
		for (const file of files) {
			const source = readFileSync(new URL(file, import.meta.url), 'utf8');
			// What is left once the imports of sibling files are taken out.
			const own = source.replace(/^(?:import|export)\b[\w\s{},*]*\bfrom '\.\/\w+\.ts';$/gm, '');
			expect(own, file).not.toMatch(/^\s*import\b|^\s*export\b.*\bfrom\b|\bimport\(|\brequire\(/m);
		}
	});
});
