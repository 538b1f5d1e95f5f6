import { describe, expect, it } from 'vitest';
import {
	prepareCatalog,
	toCatalog,
	toEventSources,
	toFacts,
	toFactsCiting,
	toLane,
} from './catalog.ts';
import { parseDataset } from './parse.ts';
import { tinyDataset } from './fixtures/tiny.ts';
import type { Dataset, Event } from './types.ts';

function dataset(): Dataset {
	const result = parseDataset(tinyDataset());
	if (!result.ok) throw new Error('fixture is broken');
	return result.dataset;
}

describe('toLane', () => {
	const base = dataset().events[0]!;
	const withCountries = (...countries: string[]): Event => ({
		...base,
		participants: countries.map((country) => ({ role: { en: 'x' }, country, passages: ['p'] })),
	});
	it('toLane(Iran + Kazakhstan) is "bilateral"', () => {
		expect(toLane(withCountries('IR', 'KZ'))).toBe('bilateral');
	});
	it('toLane(Iran + Kyrgyzstan), a summit with no one, and a third party are "context"', () => {
		expect(toLane(withCountries('IR', 'KG'))).toBe('context');
		expect(toLane(withCountries())).toBe('context');
		expect(toLane(withCountries('IR', 'KZ', 'RU'))).toBe('context');
		expect(toLane(withCountries('IR', 'IR'))).toBe('context');
	});
	it('toLane(several of each, in any order) is "bilateral"', () => {
		expect(toLane(withCountries('KZ', 'IR', 'KZ', 'IR'))).toBe('bilateral');
	});
});

describe('facts', () => {
	const data = dataset();
	const catalog = toCatalog(data);
	const event = catalog.event.get('2024-07-30-tehran')!;
	it('lists every fact in reading order, with the date citing its weekday and Jalali passages', () => {
		const facts = toFacts(event);
		expect(facts.map((f) => f.key)).toEqual([
			'summary',
			'date',
			'place',
			'participants.0',
			'topics.0',
		]);
		expect(facts[1]!.passages).toEqual(['p-date', 'p-day', 'p-date']);
	});
	it('finds the facts a passage supports', () => {
		expect(toFactsCiting(event, 'p-meet')).toEqual([
			'summary',
			'place',
			'participants.0',
			'topics.0',
		]);
		expect(toFactsCiting(event, 'p-day')).toEqual(['date']);
	});
	it('finds the sources an event draws on', () => {
		expect(toEventSources(catalog, event).map((s) => s.id)).toEqual(['src']);
	});
});

describe('prepareCatalog', () => {
	it('indexes records ahead; a dataset of those very records takes the index as it is', () => {
		const data = dataset();
		const records = { ...data, events: [...data.events].reverse() };
		prepareCatalog(records);
		const catalog = toCatalog({ ...data, ...records });
		expect(catalog.events).toBe(toCatalog({ ...data, ...records }).events);
		expect(catalog.events.map((e) => e.id)).toEqual(toCatalog(data).events.map((e) => e.id));
	});
	it('is not used for other records, even with the same events', () => {
		const data = dataset();
		const records = { ...data, events: [...data.events] };
		prepareCatalog(records);
		const other = { ...data, events: records.events, passages: [...data.passages] };
		expect(toCatalog(other).events).not.toBe(toCatalog({ ...data, ...records }).events);
		expect(toCatalog(other).passage.size).toBe(data.passages.length);
	});
});
