import { describe, expect, it } from 'vitest';
import { toFitWindow, toTimelineItem } from './items.ts';
import type { Event } from '../../model/types.ts';

const DAY = 86_400_000;

function event(date: Partial<Event['date']>, kind: Event['kind'] = 'reported'): Event {
	return {
		id: 'e',
		kind,
		title: { en: 't' },
		summary: { en: 's', passages: ['p'] },
		date: {
			start: '2024-07-30',
			precision: 'day',
			certainty: 'stated',
			note: { en: '' },
			passages: ['p'],
			...date,
		},
		participants: [
			{ role: { en: 'r' }, country: 'IR', passages: ['p'] },
			{ role: { en: 'r' }, country: 'KZ', passages: ['p'] },
		],
		topics: [],
		outcomes: [],
	};
}

describe('toTimelineItem', () => {
	it('a day is a box on that day, in the bilateral lane', () => {
		const item = toTimelineItem(event({}), DAY);
		expect(item).toMatchObject({
			type: 'box',
			group: 'bilateral',
			className: 'reported precision-day exact',
		});
		expect(item.start).toEqual(new Date(2024, 6, 30));
	});
	it('a period is a range only when wide enough to read, else an approximate mark at its middle', () => {
		const year = event({ start: '2022', precision: 'year' }, 'mentioned');
		expect(toTimelineItem(year, DAY).type).toBe('range');
		const narrow = toTimelineItem(year, 30 * DAY);
		expect(narrow).toMatchObject({ type: 'box', className: 'mentioned precision-year approx' });
		expect(narrow.start).toEqual(new Date(2022, 6, 2));
	});
	it('an "about" date is never a range and is marked approximate', () => {
		const item = toTimelineItem(event({ precision: 'about' }), 1);
		expect(item.type).toBe('box');
		expect(item.className).toBe('reported precision-about approx');
	});
});

describe('toFitWindow', () => {
	it('pads both ends by the share of a half label', () => {
		const events = [event({ start: '2014-01-01' }), event({ start: '2024-01-01' })];
		const [start, end] = toFitWindow(events, 1000, 184);
		const first = new Date(2014, 0, 1).getTime();
		const last = new Date(2024, 0, 2).getTime();
		const pad = ((last - first) * 100) / 800;
		expect(start).toBeCloseTo(first - pad);
		expect(end).toBeCloseTo(last + pad);
	});
});
