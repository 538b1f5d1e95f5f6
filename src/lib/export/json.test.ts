import { describe, expect, it } from 'vitest';
import { parseDataset } from '../model/parse.ts';
import { builtinCatalog } from './fixtures/catalog.ts';
import { toDatasetSubset, toJson } from './json.ts';

describe('toJson', () => {
	it('exports every event as they are, sources with their text and no file', () => {
		const catalog = builtinCatalog();
		const parsed = parseDataset(
			JSON.parse(
				toJson(
					catalog,
					catalog.events.map((e) => e.id),
				),
			),
		);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const original = catalog.dataset;
		expect(parsed.dataset.title).toEqual(original.title);
		expect(parsed.dataset.events).toEqual(original.events);
		expect(parsed.dataset.sources).toEqual(original.sources.map(({ file: _file, ...s }) => s));
		for (const source of parsed.dataset.sources) expect(source.text.length).toBeGreaterThan(100);
		// Records nothing cites (a place kept for the map, say) are not part of the events' story.
		for (const key of ['passages', 'people', 'places'] as const)
			expect(parsed.dataset[key]).toEqual(
				original[key].filter((r) => parsed.dataset[key].some((k) => k.id === r.id)),
			);
	});

	it('exports a filtered set with just what it references, and parseDataset accepts it', () => {
		const catalog = builtinCatalog();
		const subset = toDatasetSubset(catalog, ['2024-07-30-tehran']);
		expect(subset.events.map((e) => e.id)).toEqual(['2024-07-30-tehran']);
		expect(subset.sources.map((s) => s.id)).toEqual(['zamar-2024']);
		expect(subset.passages.every((p) => p.source === 'zamar-2024')).toBe(true);
		expect(subset.people.length).toBeLessThan(catalog.dataset.people.length);
		expect(parseDataset(JSON.parse(toJson(catalog, ['2024-07-30-tehran']))).ok).toBe(true);
	});

	it('drops a partOf whose event is not exported, and keeps one that is', () => {
		const catalog = builtinCatalog();
		const part = catalog.dataset.events.find((e) => e.partOf)!;
		const alone = toDatasetSubset(catalog, [part.id]);
		expect(alone.events[0]).not.toHaveProperty('partOf');
		expect(parseDataset(alone).ok).toBe(true);
		const both = toDatasetSubset(catalog, [part.id, part.partOf!]);
		expect(both.events.find((e) => e.id === part.id)?.partOf).toBe(part.partOf);
	});

	it('exports nothing as an empty, valid dataset', () => {
		expect(parseDataset(JSON.parse(toJson(builtinCatalog(), [])))).toMatchObject({ ok: true });
	});
});
