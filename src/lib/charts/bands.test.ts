import { describe, expect, it } from 'vitest';
import type { Event } from '../model/types.ts';
import { toBandMarks, toCells } from './bands.ts';
import { syntheticCatalog } from './fixture.ts';
import { toTimeScale } from './timescale.ts';

const OPTS = { radius: 6, minBar: 8, badge: 9.5 };

/** Ids of every mark's events, in one list: each event should be there exactly once. */
const ids = (marks: { events: Event[] }[]) => marks.flatMap((m) => m.events.map((e) => e.id));

function scaleFor(events: Event[], width: number, rtl = false) {
	const first = new Date(Math.min(...events.map((e) => new Date(e.date.start).getTime())));
	return toTimeScale(first, new Date(2026, 0, 1), 'gregorian', 26, width - 26, rtl);
}

describe('toBandMarks', () => {
	for (const n of [1, 10, 100, 1000, 10000])
		for (const width of [320, 1200]) {
			const events = syntheticCatalog(n).events;
			const marks = toBandMarks(events, scaleFor(events, width), OPTS);
			it(`(${n} events, ${width} px) puts every event in exactly one mark`, () => {
				expect(ids(marks).sort()).toEqual(events.map((e) => e.id).sort());
				expect(marks.reduce((sum, m) => sum + m.events.length, 0)).toBe(n);
			});
			it(`(${n} events, ${width} px) draws at most two sub-rows of marks that never overlap`, () => {
				for (const band of ['reported', 'mentioned'] as const) {
					const own = marks.filter((m) => m.band === band);
					expect(Math.max(0, ...own.map((m) => m.sub))).toBeLessThan(2);
					for (const sub of [0, 1]) {
						const row = own.filter((m) => m.sub === sub).sort((p, q) => p.a - q.a);
						for (let i = 1; i < row.length; i++)
							expect(row[i]!.a, `${band} ${sub} #${i}`).toBeGreaterThanOrEqual(row[i - 1]!.b);
					}
				}
			});
			it(`(${n} events, ${width} px) has at most a mark per 18 px per band`, () => {
				expect(marks.length).toBeLessThanOrEqual(2 * 2 * Math.ceil(width / 18));
			});
		}

	it('(10,000 events, rtl) bins the same days as ltr, mirrored', () => {
		const events = syntheticCatalog(10000).events;
		const ltr = toBandMarks(events, scaleFor(events, 1000), OPTS);
		const rtl = toBandMarks(events, scaleFor(events, 1000, true), OPTS);
		const key = (m: (typeof ltr)[number]) => `${m.band} ${m.first} ${m.last} ${m.events.length}`;
		expect(rtl.map(key).sort()).toEqual(ltr.map(key).sort());
	});
});

describe('toCells', () => {
	const events = syntheticCatalog(1000).events;
	const scale = scaleFor(events, 800);
	const marks = toBandMarks(events, scale, { ...OPTS, maxSubs: 1e9 });
	// Wide enough for the badges of these counts: toBandMarks widens cells until they are.
	for (const cell of [60, 100, 800]) {
		const cells = toCells(marks, scale, OPTS, cell);
		it(`(cell ${cell} px) keeps every event, in marks inside their cells, apart`, () => {
			expect(ids(cells).sort()).toEqual(ids(marks).sort());
			expect(cells.length).toBeLessThanOrEqual(
				Math.max(1, Math.floor((scale.right - scale.left) / cell)),
			);
			for (let i = 1; i < cells.length; i++)
				expect(cells[i]!.a).toBeGreaterThanOrEqual(cells[i - 1]!.b);
			for (const m of cells) {
				expect(m.a).toBeGreaterThanOrEqual(scale.left);
				expect(m.b).toBeLessThanOrEqual(scale.right);
			}
		});
	}
});
