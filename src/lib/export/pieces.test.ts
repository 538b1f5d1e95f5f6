/**
 * The exports made in pieces (for chunks.ts) at the scale of a big user dataset: the same bytes
 * as made at once, every event in them, and each piece small.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { syntheticCatalog } from '../charts/fixture.ts';
import { collectPieces } from './chunks.ts';
import { toCsvPieces } from './csv.ts';
import { builtinCatalog } from './fixtures/catalog.ts';
import { toIcsPieces } from './ics.ts';
import { toDatasetSubset, toJson, toJsonPieces } from './json.ts';

const style = {
	lang: 'en' as const,
	cal: 'gregorian' as const,
	permalink: (id: string) => `https://example.org/?event=${id}`,
};

describe('toJsonPieces', () => {
	for (const [name, catalog] of [
		['built-in', builtinCatalog()],
		['1,000 synthetic', syntheticCatalog(1000)],
	] as const)
		for (const share of [0, 0.3, 1]) {
			const ids = catalog.events
				.slice(0, Math.round(share * catalog.events.length))
				.map((e) => e.id);
			it(`(${name}, ${share * 100}% of the events) is exactly JSON.stringify with tabs`, () => {
				const expected = `${JSON.stringify(toDatasetSubset(catalog, ids), null, '\t')}\n`;
				expect(toJson(catalog, ids)).toBe(expected);
			});
		}
});

// Ten thousand events take seconds on a busy two-core machine.
describe('pieces of 10,000 events', { timeout: 60_000 }, () => {
	const catalog = syntheticCatalog(10000);
	const ids = catalog.events.map((e) => e.id);

	it('(CSV) has a row per event, each a piece', async () => {
		const { total, pieces } = toCsvPieces(catalog, ids, style);
		expect(total).toBe(10001);
		const text = (await collectPieces(pieces, total)).join('');
		const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
		expect(rows).toHaveLength(10001);
		expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(10000);
	});

	it('(ICS) has a VEVENT per event known to the day', async () => {
		const { total, pieces } = toIcsPieces(catalog, ids, { ...style, now: new Date(0) });
		const text = (await collectPieces(pieces, total)).join('');
		const days = catalog.events.filter((e) => e.date.precision === 'day').length;
		expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(days);
	});

	it('(JSON) parses back to 10,000 events', async () => {
		const { total, pieces } = toJsonPieces(catalog, ids);
		const list = await collectPieces(pieces, total);
		expect(list.length).toBeGreaterThan(200);
		expect((JSON.parse(list.join('')) as { events: unknown[] }).events).toHaveLength(10000);
	});
});
