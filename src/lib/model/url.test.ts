import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, formatState, NO_FILTERS, parseState, type UrlState } from './url.ts';

const empty: UrlState = { ...EMPTY_STATE, filters: { ...NO_FILTERS } };

describe('parseState', () => {
	it('parseState("?event=2024-07-30-tehran") selects that event', () => {
		expect(parseState('?event=2024-07-30-tehran')).toEqual({
			state: { ...empty, event: '2024-07-30-tehran' },
			problems: [],
		});
	});
	it('parseState("") is the empty state', () => {
		expect(parseState('')).toEqual({ state: empty, problems: [] });
	});
	it('reads language, calendar, query and filters', () => {
		const { state, problems } = parseState(
			'?lang=fa&cal=jalali&q=%D8%B1%D8%A6%DB%8C%D8%B3%DB%8C&person=raisi&country=KZ&topic=trade&kind=reported&source=alalam-2023&place=new-york',
		);
		expect(problems).toEqual([]);
		expect(state).toEqual({
			...empty,
			lang: 'fa',
			cal: 'jalali',
			q: 'رئیسی',
			filters: {
				person: 'raisi',
				country: 'KZ',
				place: 'new-york',
				topic: 'trade',
				kind: 'reported',
				source: 'alalam-2023',
			},
		});
	});
	it('drops values that cannot be right, and says which', () => {
		const parsed = parseState('?event=%3Cscript%3E&lang=de&cal=mayan&topic=weather&country=kaz');
		expect(parsed.state).toEqual(empty);
		expect(parsed.problems).toEqual([
			'event=“<script>”',
			'lang=“de”',
			'cal=“mayan”',
			'country=“kaz”',
			'topic=“weather”',
		]);
	});
	it('takes the first of repeated keys and ignores unknown ones', () => {
		expect(parseState('?foo=1&event=a&event=b').state.event).toBe('a');
	});
	it('reads view, embed and present', () => {
		expect(parseState('?view=map&embed=1&present=0').state).toEqual({
			...empty,
			view: 'map',
			embed: true,
		});
		expect(parseState('?view=pie&embed=yes').problems).toEqual(['view=“pie”', 'embed=“yes”']);
	});
	it('caps a huge query', () => {
		expect(parseState(`?q=${'x'.repeat(5000)}`).state.q).toHaveLength(200);
	});
});

describe('data=', () => {
	it('keeps a relative path or an http(s) address', () => {
		expect(parseState('?data=synthetic%2F10000.json').state.data).toBe('synthetic/10000.json');
		expect(parseState('?data=https://example.org/m.csv').state.data).toBe(
			'https://example.org/m.csv',
		);
	});
	it('drops javascript:, data: and blob: addresses, and says so', () => {
		for (const bad of ['javascript:alert(1)', 'data:text/csv,a', 'blob:https://x/1']) {
			const { state, problems } = parseState(`?data=${encodeURIComponent(bad)}`);
			expect(state.data).toBeNull();
			expect(problems[0]).toMatch(/^data=/);
		}
	});
	it('is written first, so links read "which data, then what in it"', () => {
		expect(formatState({ ...empty, event: 'e-1', data: 'a/b.json' })).toBe(
			'?data=a%2Fb.json&event=e-1',
		);
	});
});

describe('formatState', () => {
	it('formatState(empty) is ""', () => {
		expect(formatState(empty)).toBe('');
	});
	it('round-trips through parseState', () => {
		const state: UrlState = {
			...empty,
			view: 'chronology',
			embed: true,
			present: true,
			event: '2014-09-09-astana',
			lang: 'ar',
			cal: 'hijri',
			q: 'رئيسي & co',
			filters: { ...NO_FILTERS, topic: 'caspian', kind: 'mentioned' },
		};
		expect(parseState(formatState(state)).state).toEqual(state);
	});
});
