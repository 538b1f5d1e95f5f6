import { describe, expect, it } from 'vitest';
import { METRICS, type Figures } from './summary.ts';
import { toVerdicts, type Column } from './table.ts';

const figures = (given: Partial<Figures>): Figures => ({
	...(Object.fromEntries(METRICS.map((m) => [m, null])) as unknown as Figures),
	...given,
});
const app = (n: number, given: Partial<Figures>): Column => ({
	name: `N=${n}`,
	kind: 'app',
	n,
	figures: figures(given),
});

describe('toVerdicts', () => {
	it('a frame p95 on time at 60 Hz as the coarse clock measures it is within budget; a missed frame is not', () => {
		const verdict = (p95: number) =>
			toVerdicts([app(10_000, { frameP95Ms: p95 })])['N=10000']!.frameP95Ms;
		// Frames on time measure 16.6–16.8 ms on a clock of 0.1 ms steps with jitter.
		expect([16.6, 16.7, 16.8].map(verdict)).toEqual([true, true, true]);
		// A frame missed is a whole vsync interval more.
		expect([16.9, 33.3].map(verdict)).toEqual([false, false]);
		// The budget is for 10,000 events only.
		expect(toVerdicts([app(4, { frameP95Ms: 33.3 })])['N=4']!.frameP95Ms).toBeUndefined();
	});

	it('the first item at N = 4 is judged against the reference measured in the same run', () => {
		const reference: Column = {
			name: 'reference',
			kind: 'reference',
			n: 4,
			figures: figures({ firstItemMs: 332 }),
		};
		const at = (ms: number) =>
			toVerdicts([app(4, { firstItemMs: ms }), reference])['N=4']!.firstItemMs;
		expect([300, 332, 333].map(at)).toEqual([true, true, false]);
		expect(toVerdicts([app(10_000, { firstItemMs: 1500.4 })])['N=10000']!.firstItemMs).toBe(true);
		expect(toVerdicts([app(10_000, { firstItemMs: 1501 })])['N=10000']!.firstItemMs).toBe(false);
	});
});
