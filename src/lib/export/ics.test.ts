import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
	builtinCatalog,
	hostileCatalog,
	HOSTILE_TITLE,
	HOSTILE_SUMMARY,
} from './fixtures/catalog.ts';
import { escapeIcsText, foldLine, toIcs } from './ics.ts';

const permalink = (id: string) => `https://example.org/app/?event=${id}&lang=fa`;
const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
const octets = (s: string) => new TextEncoder().encode(s).length;

function vevents(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return calendar.getAllSubcomponents('vevent');
}

describe('foldLine', () => {
	it('leaves a line of 75 octets alone', () => {
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
	});
	it('folds at 75 octets, continuation lines start with a space and hold at most 74 more', () => {
		const folded = foldLine('y'.repeat(200));
		const lines = folded.split('\r\n');
		expect(lines.map(octets)).toEqual([75, 75, 52]);
		expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
	});
	it('never splits a UTF-8 sequence: Persian (2 octets) and emoji (4 octets) stay whole', () => {
		const line = `SUMMARY:${'پزشکیان '.repeat(12)}🇮🇷🇰🇿`;
		const lines = foldLine(line).split('\r\n');
		for (const l of lines) {
			expect(octets(l)).toBeLessThanOrEqual(75);
			expect(l).not.toMatch(/\uFFFD/);
			expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(l))).toBe(l);
		}
		expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
	});
});

describe('escapeIcsText', () => {
	it('escapes backslash, semicolon, comma and newlines, drops other controls', () => {
		expect(escapeIcsText('a\\b;c,d\ne\r\nf\u0007')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
	});
});

describe('toIcs', () => {
	const ics = toIcs(
		builtinCatalog(),
		builtinCatalog().events.map((e) => e.id),
		{
			lang: 'en',
			cal: 'gregorian',
			permalink,
			now: NOW,
		},
	);

	it('has CRLF lines of at most 75 octets, and ical.js reads it', () => {
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
		expect(vevents(ics).length).toBeGreaterThan(0);
	});

	it('has one all-day VEVENT per event known to the day, and none for coarser dates', () => {
		const catalog = builtinCatalog();
		const days = catalog.events.filter((e) => e.date.precision === 'day').map((e) => e.id);
		const events = vevents(ics);
		expect(events.map((e) => String(e.getFirstPropertyValue('uid')))).toEqual(
			days.map((id) => `${id}@iran-kazakhstan-chronology`),
		);
		const tehran = events.find((e) =>
			String(e.getFirstPropertyValue('uid')).startsWith('2024-07-30'),
		)!;
		const start = tehran.getFirstPropertyValue('dtstart') as ICAL.Time;
		const end = tehran.getFirstPropertyValue('dtend') as ICAL.Time;
		expect([start.isDate, start.toString(), end.toString()]).toEqual([
			true,
			'2024-07-30',
			'2024-07-31',
		]);
		expect(String(tehran.getFirstPropertyValue('dtstamp'))).toBe('2025-01-02T03:04:05Z');
		expect(tehran.getFirstPropertyValue('url')).toBe(permalink('2024-07-30-tehran'));
		expect(String(tehran.getFirstPropertyValue('description'))).toContain(
			permalink('2024-07-30-tehran'),
		);
		expect(String(tehran.getFirstPropertyValue('location'))).toContain('Tehran');
	});

	it('says in the description when a date is not printed in the source', () => {
		const astana = vevents(ics).find((e) =>
			String(e.getFirstPropertyValue('uid')).startsWith('2014-09-09'),
		)!;
		expect(String(astana.getFirstPropertyValue('description'))).toContain(
			'not printed in the source',
		);
	});

	it('round-trips hostile and Persian text through escaping and folding', () => {
		const catalog = hostileCatalog();
		const [en] = vevents(
			toIcs(catalog, ['2024-07-30-tehran'], { lang: 'en', cal: 'gregorian', permalink, now: NOW }),
		);
		expect(en!.getFirstPropertyValue('summary')).toBe(HOSTILE_TITLE);
		expect(String(en!.getFirstPropertyValue('description')).startsWith(HOSTILE_SUMMARY)).toBe(true);
		const [fa] = vevents(
			toIcs(catalog, ['2024-07-30-tehran'], { lang: 'fa', cal: 'jalali', permalink, now: NOW }),
		);
		expect(fa!.getFirstPropertyValue('summary')).toBe('دیدار پزشکیان و آشیمبایف');
		expect(String(fa!.getFirstPropertyValue('description'))).toContain('۹ مرداد ۱۴۰۳');
	});
});
