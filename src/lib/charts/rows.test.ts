import { describe, expect, it } from 'vitest';
import { isClear, placeLabels, type LabelRequest } from './rows.ts';

const opts = { left: 0, right: 400, maxRows: 4, prefer: 'right' as const };

describe('placeLabels', () => {
	it('(far apart) puts every label in row 0, on the preferred side', () => {
		const placed = placeLabels(
			[
				{ x: 10, width: 80 },
				{ x: 200, width: 80 },
			],
			opts,
		);
		expect(placed.map((p) => [p?.row, p?.side])).toEqual([
			[0, 'right'],
			[0, 'right'],
		]);
	});

	it('(crowded) stacks labels so that no text and no leader crosses another', () => {
		const requests: LabelRequest[] = [300, 320, 340, 360, 380].map((x) => ({ x, width: 110 }));
		const placed = placeLabels(requests, opts);
		expect(placed.filter(Boolean).length).toBeGreaterThanOrEqual(4);
		expect(isClear(requests, placed)).toBe(true);
		for (const p of placed) if (p) expect(p.box[0] >= 0 && p.box[1] <= 400).toBe(true);
	});

	it('(too many) leaves out what fits in no row', () => {
		const requests = Array.from({ length: 12 }, (_, i) => ({ x: 100 + i * 4, width: 150 }));
		const placed = placeLabels(requests, { ...opts, maxRows: 2 });
		expect(placed.some((p) => p === null)).toBe(true);
		expect(isClear(requests, placed)).toBe(true);
	});

	it('(wider than the space) places nothing', () => {
		expect(placeLabels([{ x: 200, width: 500 }], opts)).toEqual([null]);
	});
});
