import { describe, expect, it } from 'vitest';
import { toPageOf, toPageRange } from './paging.ts';

describe('toPageRange', () => {
	it('(10,000 rows, page 0) shows rows 0–99 of 100 pages', () => {
		expect(toPageRange(10000, 0)).toEqual({ page: 0, pages: 100, first: 0, end: 100 });
	});
	it('(10,001 rows, last page) shows the one row left', () => {
		expect(toPageRange(10001, 100)).toEqual({ page: 100, pages: 101, first: 10000, end: 10001 });
	});
	it('(a page past the end, or before the start) is clamped', () => {
		expect(toPageRange(250, 7).page).toBe(2);
		expect(toPageRange(250, -3).page).toBe(0);
		expect(toPageRange(250, NaN).page).toBe(0);
	});
	it('(no rows) is one empty page', () => {
		expect(toPageRange(0, 0)).toEqual({ page: 0, pages: 1, first: 0, end: 0 });
	});
	it('(every size) covers each row exactly once', () => {
		for (const total of [0, 1, 99, 100, 101, 1234])
			for (const size of [1, 7, 100]) {
				const { pages } = toPageRange(total, 0, size);
				let rows = 0;
				for (let p = 0; p < pages; p++) {
					const r = toPageRange(total, p, size);
					expect(r.first).toBe(rows);
					rows = r.end;
				}
				expect(rows).toBe(total);
			}
	});
});

describe('toPageOf', () => {
	it('(row 0, 99, 100, 250) is on page 0, 0, 1, 2', () => {
		expect([0, 99, 100, 250].map((i) => toPageOf(i))).toEqual([0, 0, 1, 2]);
	});
});
