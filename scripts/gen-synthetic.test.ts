import { describe, expect, it } from 'vitest';
import { parseDataset } from '../src/lib/model/parse.ts';
import { formatSynthetic, generateSynthetic, parseArgs } from './gen-synthetic.ts';

describe('generateSynthetic', () => {
	const dataset = generateSynthetic({ n: 200, seed: 1 });

	it('generateSynthetic(n 200, seed 1) is sound under strict parsing', () => {
		const result = parseDataset(JSON.parse(formatSynthetic(dataset)));
		expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([]);
		expect(dataset.events).toHaveLength(200);
	});

	it('is deterministic for a seed, and differs between seeds', () => {
		const text = formatSynthetic(dataset);
		expect(formatSynthetic(generateSynthetic({ n: 200, seed: 1 }))).toBe(text);
		expect(formatSynthetic(generateSynthetic({ n: 200, seed: 2 }))).not.toBe(text);
	});

	it('mixes precisions (mostly days), kinds, Persian and Latin titles, and spreads over 1990–2025', () => {
		const count = (key: (e: (typeof dataset.events)[number]) => string) =>
			dataset.events.reduce<Record<string, number>>(
				(all, e) => ({ ...all, [key(e)]: (all[key(e)] ?? 0) + 1 }),
				{},
			);
		const precisions = count((e) => e.date.precision);
		expect(precisions.day).toBeGreaterThan(120);
		for (const p of ['month', 'year', 'range', 'about']) expect(precisions[p]).toBeGreaterThan(0);
		expect(Object.keys(count((e) => e.kind)).sort()).toEqual(['mentioned', 'reported']);
		expect(
			dataset.events.every(
				(e) => /[a-z]/i.test(e.title.en) && /[\u0600-\u06FF]/.test(e.title.fa ?? ''),
			),
		).toBe(true);
		const years = dataset.events.map((e) => Number(e.date.start.slice(0, 4)));
		expect(Math.min(...years)).toBeGreaterThanOrEqual(1987); // a mentioned event may precede 1990
		expect(Math.max(...years)).toBeLessThanOrEqual(2025);
		expect(Math.max(...years) - Math.min(...years)).toBeGreaterThan(25);
		expect(dataset.places.every((p) => p.coords && p.name.fa)).toBe(true);
		expect(dataset.people.every((p) => p.name.fa)).toBe(true);
	});
});

describe('parseArgs', () => {
	it('parseArgs(--n 10000 --seed 3) writes to public/synthetic/synthetic-10000-3.json', () => {
		expect(parseArgs(['--n', '10000', '--seed', '3'])).toEqual({
			n: 10000,
			seed: 3,
			out: 'public/synthetic/synthetic-10000-3.json',
		});
		expect(parseArgs(['--n=5', '--out=x.json'])).toEqual({ n: 5, seed: 1, out: 'x.json' });
	});
	it('refuses what it does not understand', () => {
		expect(() => parseArgs(['--n', 'many'])).toThrow(
			'expected --n to be a positive integer, found "many"',
		);
		expect(() => parseArgs(['--count', '3'])).toThrow('unknown option --count');
	});
});
