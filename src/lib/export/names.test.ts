import { describe, expect, it } from 'vitest';
import { toFileName, toSlug } from './names.ts';

const base = { lang: 'en', cal: 'gregorian', filtered: false } as const;

describe('toFileName', () => {
	it.each([
		[{ ...base, view: 'chronology', lang: 'fa', ext: 'svg' }, 'iran-kazakhstan-chronology-fa.svg'],
		[
			{ ...base, view: 'matrix', cal: 'jalali', ext: 'png' },
			'iran-kazakhstan-matrix-en-jalali.png',
		],
		[{ ...base, view: 'events', lang: 'ar', ext: 'csv' }, 'iran-kazakhstan-events-ar.csv'],
		[
			{ ...base, view: 'events', lang: 'ar', cal: 'hijri', filtered: true, ext: 'ics' },
			'iran-kazakhstan-events-ar-hijri-filtered.ics',
		],
		[
			{ ...base, view: 'map', dataset: 'My Summits 2025!', ext: 'json' },
			'iran-kazakhstan-map-my-summits-2025-en.json',
		],
	] as const)('toFileName(%j) is %s', (parts, name) => {
		expect(toFileName(parts)).toBe(name);
	});
	it('never lets a name leave its folder or hide an extension', () => {
		const name = toFileName({
			...base,
			view: '../../etc/passwd',
			dataset: 'a/b\\c.exe',
			ext: 'svg',
		});
		expect(name).toBe('iran-kazakhstan-etc-passwd-a-b-c-exe-en.svg');
	});
});

describe('toSlug', () => {
	it('toSlug("دیدارهای سران") keeps Persian letters', () => {
		expect(toSlug('دیدارهای سران')).toBe('دیدارهای-سران');
	});
	it('toSlug("<script>") is "script"', () => {
		expect(toSlug('<script>')).toBe('script');
	});
});
