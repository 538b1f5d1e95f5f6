import { describe, expect, it } from 'vitest';
import { TOPIC_LABELS } from '../model/messages.ts';
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
import { toTallyColumns } from './tally.ts';

import { buildMatrixScene, matrixSteps, toMatrixColumns, toMatrixRows } from './matrix.ts';

const catalog = builtinCatalog();

describe('toMatrixColumns', () => {
	const columns = toMatrixColumns(toTestInput()).map((c) => c.event);

	it('(all shown) puts the reported meetings first, then mentioned events with topics, by date', () => {
		const reported = catalog.events.filter((e) => e.kind === 'reported');
		const mentioned = catalog.events.filter((e) => e.kind === 'mentioned' && e.topics.length);
		expect(columns.map((e) => e.id)).toEqual([...reported, ...mentioned].map((e) => e.id));
	});

	it('(all shown) leaves out mentioned events without topics', () => {
		expect(columns.every((e) => e.kind === 'reported' || e.topics.length > 0)).toBe(true);
	});
});

describe('toMatrixRows', () => {
	it('(all shown) lists each cited topic once, most cited first', () => {
		const rows = toMatrixRows(toMatrixColumns(toTestInput()));
		const cited = new Set(catalog.events.flatMap((e) => e.topics.map((t) => t.topic)));
		expect(rows.map((r) => r.topic).sort()).toEqual([...cited].sort());
		expect(rows.map((r) => r.count)).toEqual(rows.map((r) => r.count).sort((a, b) => b - a));
	});
});

describe('buildMatrixScene', () => {
	for (const lang of ['en', 'fa', 'ar'] as Lang[])
		for (const width of [320, 360, 700, 1100]) {
			const scene = buildMatrixScene(toTestInput({ lang, width }));
			it(`(${lang}, ${width}) has no NaN and nothing outside the scene`, () => {
				expect(toNodes(scene.nodes).filter((n) => !toNumbers(n).every(Number.isFinite))).toEqual(
					[],
				);
				expect(toOutside(scene)).toEqual([]);
			});
			it(`(${lang}, ${width}) has one dot per topic an event cites, linked to that topic fact`, () => {
				const dots = toLinks(scene).filter((g) => g.link.fact);
				const expected = toMatrixColumns(toTestInput()).flatMap(({ event }) =>
					[...new Set(event.topics.map((t) => t.topic))].map((topic) => `${event.id} ${topic}`),
				);
				const drawn = dots.map((g) => {
					const event = catalog.event.get(g.link.event)!;
					const index = Number(g.link.fact!.replace('topics.', ''));
					const topic = event.topics[index]!.topic;
					expect(g.link.label.startsWith(TOPIC_LABELS[topic][lang])).toBe(true);
					return `${event.id} ${topic}`;
				});
				expect(drawn.sort()).toEqual(expected.sort());
			});
		}

	it('(en, 1100) has a header link for every column', () => {
		const scene = buildMatrixScene(toTestInput({ width: 1100 }));
		const headers = toLinks(scene).filter((g) => !g.link.fact);
		expect(headers.map((g) => g.link.event)).toEqual(
			toMatrixColumns(toTestInput()).map((c) => c.event.id),
		);
	});

	it('(320) turns column headers on their side, mirrored in RTL', () => {
		const turned = (lang: Lang) =>
			toNodes(buildMatrixScene(toTestInput({ lang, width: 320 })).nodes).flatMap((n) =>
				n.type === 'text' && n.rotate ? [n.rotate] : [],
			);
		expect(new Set(turned('en'))).toEqual(new Set([-90]));
		expect(new Set(turned('fa'))).toEqual(new Set([90]));
	});

	it('(rtl) mirrors the dots: x becomes width − x', () => {
		const dots = (dir: 'ltr' | 'rtl', flip: (x: number) => number) =>
			toLinks(buildMatrixScene(toTestInput({ lang: 'fa', dir, width: 800 })))
				.filter((g) => g.link.fact)
				.map((g) => {
					const c = g.children.find((n) => n.type === 'circle');
					return `${g.link.event} ${g.link.fact} ${c?.type === 'circle' ? Math.round(flip(c.cx)) : NaN}`;
				})
				.sort();
		expect(dots('rtl', (x) => 800 - x)).toEqual(dots('ltr', (x) => x));
	});

	it('(selectedId) marks the selected event’s header and dots', () => {
		const scene = buildMatrixScene(toTestInput({ selectedId: '2014-09-09-astana' }));
		const selected = toLinks(scene).filter((g) => g.selected);
		expect(selected.length).toBe(catalog.event.get('2014-09-09-astana')!.topics.length + 1);
		expect(new Set(selected.map((g) => g.link.event))).toEqual(new Set(['2014-09-09-astana']));
	});

	it('(height) fills exactly the height asked for', () => {
		const scene = buildMatrixScene(toTestInput({ width: 900, height: 900 }));
		expect(scene.height).toBe(900);
		expect(toOutside(scene)).toEqual([]);
	});
});

describe('matrixSteps', () => {
	it('(10,000 events, 1280×720) lays out the same scene a step at a time, in several steps', () => {
		const input = toTestInput({ catalog: syntheticCatalog(10000), width: 1280, height: 720 });
		const { count, value } = countSteps(matrixSteps(input));
		// The columns, the tally, the headers, a step per thousand events for the sources line.
		expect(count).toBeGreaterThanOrEqual(10);
		expect(value).toEqual(buildMatrixScene(input));
	});
});

describe('buildMatrixScene of synthetic datasets', () => {
	for (const n of [10, 100, 1000, 10000])
		for (const [lang, width] of [
			['en', 1200],
			['fa', 360],
		] as const) {
			const input = toTestInput({
				catalog: syntheticCatalog(n),
				lang,
				cal: lang === 'fa' ? 'jalali' : 'gregorian',
				width,
			});
			const scene = buildMatrixScene(input);
			const columns = toMatrixColumns(input);
			const at = `(${n} events, ${lang}, ${width})`;
			it(`${at} counts each (event, topic) once: the cells add up to the row totals`, () => {
				const cells = toLinks(scene).filter((g) => g.link.fact);
				const pairs = cells.flatMap((g) => {
					const ids = g.link.events ?? [g.link.event];
					const topic = input.catalog.event.get(g.link.event)!.topics[
						Number(g.link.fact!.replace('topics.', ''))
					]!.topic;
					return ids.map((id) => `${id} ${topic}`);
				});
				const expected = columns.flatMap(({ event }) =>
					[...new Set(event.topics.map((t) => t.topic))].map((t) => `${event.id} ${t}`),
				);
				expect(pairs.sort()).toEqual(expected.sort());
			});
			it(`${at} stays within a few thousand nodes, inside the scene`, () => {
				expect(toNodes(scene.nodes).length).toBeLessThanOrEqual(4000);
				expect(toOutside(scene)).toEqual([]);
			});
		}
});

describe('toTallyColumns', () => {
	const input = toTestInput({ catalog: syntheticCatalog(10000) });
	const columns = toMatrixColumns(input);
	for (const max of [1, 7, 36, 200]) {
		const tally = toTallyColumns(input, columns, max);
		it(`(10,000 events, at most ${max} columns) holds each column's event once`, () => {
			expect(tally.length).toBeLessThanOrEqual(max);
			expect(tally.reduce((n, c) => n + c.bucket.events.length, 0)).toBe(columns.length);
		});
		it(`(10,000 events, at most ${max} columns) adds up to each topic's total`, () => {
			for (const { topic, count } of toMatrixRows(columns)) {
				const sum = tally.reduce((n, c) => n + (c.cells.get(topic)?.events.length ?? 0), 0);
				expect(sum, topic).toBe(count);
			}
		});
	}
});
