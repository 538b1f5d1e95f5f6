import { describe, expect, it } from 'vitest';
import { toCalendarDate } from '../model/calendar.ts';
import { formatNumber } from '../model/dates.ts';
import type { Lang } from '../model/types.ts';
import { buildChronologyScene, chronologySteps, toChronologyEvents } from './chronology.ts';
import {
	builtinCatalog,
	countSteps,
	formatScene,
	syntheticCatalog,
	toLinks,
	toNodes,
	toNumbers,
	toOutside,
	toTestInput,
} from './fixture.ts';
import { toLanes } from './lanes.ts';
import type { Calendar } from '../model/dates.ts';
import { formatCount } from './words.ts';

const catalog = builtinCatalog();
const WIDTHS = [320, 360, 640, 1000, 1400];
const STYLES: [Lang, Calendar][] = [
	['en', 'gregorian'],
	['fa', 'jalali'],
	['ar', 'hijri'],
];

/** Ids of the events each link stands for, aggregates expanded. */
const drawnIds = (scene: ReturnType<typeof buildChronologyScene>) =>
	toLinks(scene).flatMap((g) => g.link.events ?? [g.link.event]);

describe('buildChronologyScene', () => {
	for (const [lang, cal] of STYLES)
		for (const width of WIDTHS) {
			const scene = buildChronologyScene(toTestInput({ lang, cal, width }));
			it(`(${lang}, ${cal}, ${width}) draws every event exactly once`, () => {
				expect(drawnIds(scene).sort()).toEqual(catalog.events.map((e) => e.id).sort());
			});
			it(`(${lang}, ${cal}, ${width}) has no NaN and nothing outside the scene`, () => {
				const bad = toNodes(scene.nodes).filter((n) => !toNumbers(n).every(Number.isFinite));
				expect(bad).toEqual([]);
				expect(toOutside(scene)).toEqual([]);
				expect(scene.width).toBe(width);
			});
		}

	it('(en, 1000) aggregates: a mark with a count badge whose number is its events', () => {
		const scene = buildChronologyScene(toTestInput());
		const aggregates = toLinks(scene).filter((g) => g.link.events);
		expect(aggregates.length).toBeGreaterThan(0);
		for (const g of aggregates) {
			const texts = g.children.flatMap((c) => (c.type === 'text' ? [c.text] : []));
			expect(texts).toContain(formatNumber(g.link.events!.length, 'en'));
			expect(g.link.events).toContain(g.link.event);
		}
		// The six events of the Turkmenistan summit share one date: one mark, counted 6.
		expect(aggregates.map((g) => g.link.events!.length)).toContain(6);
	});

	it('(en, 1000) every link names an event of the catalog', () => {
		for (const g of toLinks(buildChronologyScene(toTestInput())))
			for (const id of g.link.events ?? [g.link.event]) expect(catalog.event.has(id)).toBe(true);
	});

	it('(en, 1000) a date known only roughly is a dashed bar, never a dot alone', () => {
		const scene = buildChronologyScene(toTestInput());
		for (const g of toLinks(scene)) {
			const ids = g.link.events ?? [g.link.event];
			if (ids.every((id) => catalog.event.get(id)!.date.precision === 'day')) continue;
			expect(
				g.children.some((c) => c.type === 'rect' && c.dash),
				g.link.label,
			).toBe(true);
		}
	});

	it('(shown = reported) draws only the four reported meetings', () => {
		const shown = new Set(catalog.events.filter((e) => e.kind === 'reported').map((e) => e.id));
		const scene = buildChronologyScene(toTestInput({ shown }));
		expect(drawnIds(scene).sort()).toEqual([...shown].sort());
	});

	it('(shown = none) says that nothing matches', () => {
		const scene = buildChronologyScene(toTestInput({ shown: new Set() }));
		expect(toLinks(scene)).toEqual([]);
		expect(formatScene(scene)).toContain('No event matches these filters.');
	});

	it('(selectedId) marks exactly the selected event’s group', () => {
		const scene = buildChronologyScene(toTestInput({ selectedId: '2024-07-30-tehran' }));
		const selected = toLinks(scene).filter((g) => g.selected);
		expect(selected.map((g) => g.link.event)).toEqual(['2024-07-30-tehran']);
	});

	it('(rtl) mirrors every mark: x becomes width − x', () => {
		const marks = (dir: 'ltr' | 'rtl', flip: (x: number) => number) =>
			new Map(
				toLinks(buildChronologyScene(toTestInput({ lang: 'fa', dir, width: 900 }))).map((g) => {
					const c = [...g.children].reverse().find((n) => n.type === 'circle' || n.type === 'rect');
					const x = c?.type === 'circle' ? c.cx : c?.type === 'rect' ? c.x + c.w / 2 : NaN;
					return [g.link.event, Math.round(flip(x) * 10) / 10];
				}),
			);
		expect(marks('rtl', (x) => 900 - x)).toEqual(marks('ltr', (x) => x));
	});

	it('(height) fills exactly the height asked for, dropping label rows to fit it', () => {
		const natural = buildChronologyScene(toTestInput({ width: 800 }));
		const labels = (s: typeof natural) => toNodes(s.nodes).filter((n) => n.type === 'text').length;
		for (const height of [700, natural.height, natural.height - 60, 200]) {
			const scene = buildChronologyScene(toTestInput({ width: 800, height }));
			// Below the least it can take (axis, marks, no labels) it takes that least.
			if (height > 200) expect(scene.height).toBe(height);
			else expect(scene.height).toBeGreaterThan(height);
			if (height < natural.height) expect(labels(scene)).toBeLessThan(labels(natural));
			expect(toOutside(scene)).toEqual([]);
			expect(drawnIds(scene)).toHaveLength(catalog.events.length);
		}
	});

	it('(en, gregorian, 1000) matches its text snapshot', async () => {
		const scene = buildChronologyScene(toTestInput({ selectedId: '2024-07-30-tehran' }));
		await expect(formatScene(scene)).toMatchFileSnapshot(
			'__snapshots__/chronology-en-gregorian.txt',
		);
	});

	it('(fa, jalali, 1000) matches its text snapshot', async () => {
		const scene = buildChronologyScene(toTestInput({ lang: 'fa', cal: 'jalali' }));
		await expect(formatScene(scene)).toMatchFileSnapshot('__snapshots__/chronology-fa-jalali.txt');
	});
});

describe('toLanes', () => {
	const input = toTestInput({ lang: 'fa', cal: 'jalali', width: 1000 });
	const lanes = toLanes(
		input,
		catalog.events,
		{ left: 16, right: 984, top: 100 },
		{
			reported: 6,
			mentioned: 5,
		},
	);

	it('(jalali) puts every tick on day 1 of a Jalali month, at its day on the scale', () => {
		expect(lanes.ticks.length).toBeGreaterThan(5);
		for (const { tick, x } of lanes.ticks) {
			expect(toCalendarDate(tick.time, 'jalali').day).toBe(1);
			expect(tick.parts.day).toBe(1);
			expect(x).toBeGreaterThanOrEqual(lanes.scale.left - 0.01);
			expect(x).toBeLessThanOrEqual(lanes.scale.right + 0.01);
		}
	});

	it('(rtl) runs time right to left: later ticks have smaller x', () => {
		const xs = lanes.ticks.filter((t) => t.tick.level === 'minor').map((t) => t.x);
		expect(xs).toEqual([...xs].sort((a, b) => b - a));
	});

	it('(labels) no two labels in a row overlap', () => {
		for (const band of ['reported', 'mentioned'] as const) {
			const placed = lanes.marks.filter((m) => m.band === band && m.placement);
			for (const a of placed)
				for (const b of placed) {
					if (a === b || a.placement!.row !== b.placement!.row) continue;
					const [a0, a1] = a.placement!.box;
					const [b0, b1] = b.placement!.box;
					expect(a1 <= b0 || b1 <= a0, `${a.lines[0]} / ${b.lines[0]}`).toBe(true);
				}
		}
	});
});

describe('buildChronologyScene of synthetic datasets', () => {
	for (const n of [10, 100, 1000, 10000])
		for (const [lang, width, height] of [
			['en', 1200, undefined],
			['fa', 360, undefined],
			['en', 1280, 720],
		] as const) {
			const input = toTestInput({
				catalog: syntheticCatalog(n),
				lang,
				cal: lang === 'fa' ? 'jalali' : 'gregorian',
				width,
				height,
			});
			const scene = buildChronologyScene(input);
			const at = `(${n} events, ${lang}, ${width}${height ? `×${height}` : ''})`;
			it(`${at} counts every event exactly once: the marks' counts add up to ${n}`, () => {
				const ids = drawnIds(scene);
				expect(ids).toHaveLength(n);
				expect(new Set(ids).size).toBe(n);
			});
			it(`${at} stays within a few thousand nodes, inside the scene`, () => {
				expect(toNodes(scene.nodes).length).toBeLessThanOrEqual(3000);
				expect(toOutside(scene)).toEqual([]);
				if (height) expect(scene.height).toBe(height);
			});
			it(`${at} names each mark with its count`, () => {
				for (const g of toLinks(scene).filter((l) => l.link.events)) {
					expect(g.link.label.startsWith(formatCount(g.link.events!.length, lang))).toBe(true);
					expect(g.link.label.length).toBeLessThan(2000);
				}
			});
		}

	it('(10,000 events, 1600×900) laid out a step at a time: the same scene, in many steps', () => {
		const input = toTestInput({ catalog: syntheticCatalog(10000), width: 1600, height: 900 });
		const { count, value } = countSteps(chronologySteps(input));
		// A step each for the sources line, the scale, each band's marks and labels, the rows.
		expect(count).toBeGreaterThanOrEqual(10);
		expect(value).toEqual(buildChronologyScene(input));
	});

	it('(10,000 events) places labels that never overlap', () => {
		const input = toTestInput({ catalog: syntheticCatalog(10000), width: 1200 });
		const lanes = toLanes(
			input,
			input.catalog.events,
			{ left: 16, right: 1184, top: 0 },
			{
				reported: 6,
				mentioned: 5,
			},
		);
		for (const band of ['reported', 'mentioned'] as const) {
			const placed = lanes.marks.filter((m) => m.band === band && m.placement);
			expect(placed.length).toBeGreaterThan(5);
			for (const a of placed)
				for (const b of placed) {
					if (a === b || a.placement!.row !== b.placement!.row) continue;
					const [a0, a1] = a.placement!.box;
					const [b0, b1] = b.placement!.box;
					expect(a1 <= b0 || b1 <= a0).toBe(true);
				}
		}
	});
});

describe('buildChronologyScene zoomed into a period', () => {
	const catalog = syntheticCatalog(10000);
	const all = buildChronologyScene(toTestInput({ catalog, width: 1000 }));
	const zoomable = toLinks(all).filter((g) => g.link.zoom);

	it('(10,000 events) a mark of a crowded period can zoom into it; marks that merely touch cannot', () => {
		expect(zoomable.length).toBeGreaterThan(10);
		for (const g of zoomable) expect(g.link.label).toMatch(/Select to zoom into this period$/);
		const builtin = buildChronologyScene(toTestInput());
		expect(toLinks(builtin).filter((g) => g.link.zoom)).toEqual([]);
	});

	it('(10,000 events, zoomed) draws exactly the events that may fall in the period, inside the scene', () => {
		const [first, last] = zoomable[3]!.link.zoom!;
		const input = toTestInput({ catalog, width: 1000, range: [first, last] });
		const scene = buildChronologyScene(input);
		const expected = toChronologyEvents(input).map((e) => e.id);
		expect(expected.length).toBeGreaterThanOrEqual(zoomable[3]!.link.events!.length);
		expect(expected.length).toBeLessThan(10000);
		expect(drawnIds(scene).sort()).toEqual([...expected].sort());
		expect(toOutside(scene)).toEqual([]);
		for (const id of zoomable[3]!.link.events!) expect(expected).toContain(id);
	});

	it('(10,000 events) zooming again and again comes down to single events', () => {
		let range: [number, number] | null = null;
		for (let depth = 0; depth < 6; depth++) {
			const scene = buildChronologyScene(toTestInput({ catalog, width: 1000, range }));
			const next = toLinks(scene).find((g) => g.link.zoom);
			if (!next) return;
			range = next.link.zoom!;
		}
		throw new Error('still crowded after six zooms');
	});
});
