import { describe, expect, it } from 'vitest';
import type { Lang } from '../model/types.ts';
import {
	builtinCatalog,
	countSteps,
	syntheticCatalog,
	toLinks,
	toNodes,
	toNumbers,
	toOutside,
	toTestInput,
} from './fixture.ts';
import { buildMapScene, formatOffMap, mapSteps, toMapData } from './map.ts';

const catalog = builtinCatalog();

describe('toMapData', () => {
	const data = toMapData(toTestInput());

	it('(all shown) accounts for every event: at a city, in a country only, or nowhere', () => {
		const atCities = data.places.reduce((n, p) => n + p.events.length, 0);
		const inCountries = data.countryOnly.reduce((n, c) => n + c.count, 0);
		expect(atCities + inCountries + data.noPlace).toBe(catalog.events.length);
	});

	it('(all shown) groups events by city, once per city', () => {
		const ids = data.places.map((p) => p.place.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const p of data.places) for (const e of p.events) expect(e.place?.place).toBe(p.place.id);
	});

	it('(Tehran) links to the latest reported meeting there', () => {
		const tehran = data.places.find((p) => p.place.id === 'tehran')!;
		expect(tehran.events).toHaveLength(3);
		expect(tehran.link.id).toBe('2024-07-30-tehran');
		const astana = data.places.find((p) => p.place.id === 'astana')!;
		expect(astana.link.id).toBe('2025-12-11-astana');
	});

	it('(en) names what the map cannot show', () => {
		expect(formatOffMap(toTestInput(), data)).toBe(
			'Not on the map: 6 events in Turkmenistan, city not named, 3 events with no place stated.',
		);
	});
});

describe('buildMapScene', () => {
	for (const lang of ['en', 'fa', 'ar'] as Lang[])
		for (const width of [320, 360, 800, 1200]) {
			const scene = buildMapScene(toTestInput({ lang, width }));
			it(`(${lang}, ${width}) has no NaN and nothing outside the scene`, () => {
				expect(toNodes(scene.nodes).filter((n) => !toNumbers(n).every(Number.isFinite))).toEqual(
					[],
				);
				expect(toOutside(scene)).toEqual([]);
			});
			it(`(${lang}, ${width}) has one marker per city, linked to an event held there`, () => {
				const data = toMapData(toTestInput());
				const links = toLinks(scene);
				expect(links).toHaveLength(data.places.length);
				for (const g of links) {
					const event = catalog.event.get(g.link.event)!;
					expect(data.places.some((p) => p.link === event)).toBe(true);
				}
			});
		}

	it('(en, 1000) labels each city with its name and count', () => {
		const texts = toNodes(buildMapScene(toTestInput()).nodes).flatMap((n) =>
			n.type === 'text' ? [n.text] : [],
		);
		for (const [name, count] of [
			['Tehran', '3 events'],
			['Astana', '2 events'],
			['New York', '2 events'],
			['Bishkek', '1 event'],
		])
			expect(texts.join('|')).toContain(`${name}|${count}`);
		// New York is drawn in an inset, captioned with its country.
		expect(texts).toContain('United States');
	});

	it('(shown = none) draws an empty map of the region', () => {
		const scene = buildMapScene(toTestInput({ shown: new Set() }));
		expect(toLinks(scene)).toEqual([]);
		expect(toOutside(scene)).toEqual([]);
	});

	it('(height) fills exactly the height asked for', () => {
		const scene = buildMapScene(toTestInput({ width: 900, height: 700 }));
		expect(scene.height).toBe(700);
		expect(toOutside(scene)).toEqual([]);
	});
});

describe('mapSteps', () => {
	it('(10,000 events, 1000 wide) lays out the same scene a step at a time, in many steps', () => {
		const input = toTestInput({ catalog: syntheticCatalog(10000), width: 1000 });
		const { count, value } = countSteps(mapSteps(input));
		// A step per thousand events for the sources line, per twenty countries' outlines.
		expect(count).toBeGreaterThanOrEqual(20);
		expect(value).toEqual(buildMapScene(input));
	});
});

describe('buildMapScene of synthetic datasets', () => {
	for (const n of [10, 1000, 10000]) {
		const input = toTestInput({ catalog: syntheticCatalog(n), width: 1000 });
		const data = toMapData(input);
		const scene = buildMapScene(input);
		it(`(${n} events) accounts for every event: at a city, in a country only, or nowhere`, () => {
			const atCities = data.places.reduce((sum, p) => sum + p.events.length, 0);
			const inCountries = data.countryOnly.reduce((sum, c) => sum + c.count, 0);
			expect(atCities + inCountries + data.noPlace).toBe(n);
		});
		it(`(${n} events) draws one marker per city, named with its count, in bounded nodes`, () => {
			const links = toLinks(scene);
			expect(links).toHaveLength(data.places.length);
			for (const g of links) expect(g.link.label.length).toBeLessThan(2000);
			expect(toNodes(scene.nodes).length).toBeLessThanOrEqual(3000);
			expect(toOutside(scene)).toEqual([]);
		});
	}
});
