import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleDataset } from '../../../data/assemble.ts';
import { toCatalog } from './catalog.ts';
import { isSameFilters, isShown, toFilterOptions, toKnownFilters } from './filter.ts';
import { parseDataset } from './parse.ts';
import { NO_FILTERS, type Filters } from './url.ts';

function builtin() {
	const raw = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
	const texts = new Map(
		readdirSync('data/sources').map((f) => [f, readFileSync(`data/sources/${f}`, 'utf8')]),
	);
	const parsed = parseDataset(assembleDataset(raw, texts));
	if (!parsed.ok) throw new Error('built-in data does not parse');
	return toCatalog(parsed.dataset);
}

const catalog = builtin();
const shown = (filters: Partial<Filters>) =>
	catalog.events.filter((e) => isShown(catalog, e, { ...NO_FILTERS, ...filters })).map((e) => e.id);

describe('isShown', () => {
	it('no filters show every event', () => {
		expect(shown({})).toHaveLength(catalog.events.length);
	});
	it('kind=reported shows the four core meetings', () => {
		expect(shown({ kind: 'reported' })).toEqual([
			'2014-09-09-astana',
			'2023-09-18-new-york',
			'2024-07-30-tehran',
			'2025-12-11-astana',
		]);
	});
	it('filters combine: Pezeshkian + reported + source ILNA talks', () => {
		expect(shown({ person: 'pezeshkian', kind: 'reported', source: 'ilna-2025-talks' })).toEqual([
			'2025-12-11-astana',
		]);
	});
	it('country=KG finds the meeting with Japarov and the Central Asian talks', () => {
		expect(shown({ country: 'KG' })).toEqual(
			expect.arrayContaining(['2023-09-new-york-japarov', '2025-12-central-asian-presidents']),
		);
	});
	it('place and topic', () => {
		expect(shown({ place: 'new-york', kind: 'reported' })).toEqual(['2023-09-18-new-york']);
		expect(shown({ topic: 'caspian', kind: 'reported' })).toContain('2025-12-11-astana');
	});
});

describe('toFilterOptions', () => {
	it('offers only values some event has', () => {
		const options = toFilterOptions(catalog);
		expect(options.people).toContain('ashimbayev');
		expect(options.countries).toEqual(expect.arrayContaining(['IR', 'KZ', 'RU']));
		expect(options.places).not.toContain('aktau');
		expect(options.sources).toHaveLength(5);
	});
});

describe('toKnownFilters', () => {
	it('drops unknown ids and keeps known ones', () => {
		const [clean, dropped] = toKnownFilters(catalog, {
			...NO_FILTERS,
			person: 'nobody',
			topic: 'trade',
			source: 'bbc',
		});
		expect(clean).toEqual({ ...NO_FILTERS, topic: 'trade' });
		expect(dropped).toEqual(['person=“nobody”', 'source=“bbc”']);
	});
});

describe('isSameFilters', () => {
	it('compares every field, and only the values', () => {
		expect(isSameFilters({ ...NO_FILTERS }, { ...NO_FILTERS })).toBe(true);
		expect(
			isSameFilters({ ...NO_FILTERS, topic: 'trade' }, { ...NO_FILTERS, topic: 'trade' }),
		).toBe(true);
		for (const key of Object.keys(NO_FILTERS) as (keyof Filters)[]) {
			const set = { ...NO_FILTERS, [key]: 'x' } as Filters;
			expect(isSameFilters(set, NO_FILTERS), key).toBe(false);
			expect(isSameFilters(NO_FILTERS, set), key).toBe(false);
		}
	});
});
