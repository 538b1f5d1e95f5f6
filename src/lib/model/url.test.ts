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
