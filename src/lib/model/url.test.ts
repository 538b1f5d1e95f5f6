import { describe, expect, it } from 'vitest';
import { formatState, parseState } from './url.ts';

describe('parseState', () => {
	it('parseState("?event=2024-07-30-tehran") selects that event', () => {
		expect(parseState('?event=2024-07-30-tehran')).toEqual({
			state: { event: '2024-07-30-tehran' },
			problems: [],
		});
	});
	it('parseState("") is the empty state', () => {
		expect(parseState('')).toEqual({ state: { event: null }, problems: [] });
	});
	it('drops a value that cannot be an id, and says so', () => {
		const parsed = parseState('?event=%3Cscript%3E');
		expect(parsed.state.event).toBeNull();
		expect(parsed.problems).toHaveLength(1);
	});
	it('takes the first of repeated keys and ignores unknown ones', () => {
		expect(parseState('?foo=1&event=a&event=b').state.event).toBe('a');
	});
});

describe('formatState', () => {
	it('formatState({event: null}) is ""', () => {
		expect(formatState({ event: null })).toBe('');
	});
	it('round-trips through parseState', () => {
		const state = { event: '2014-09-09-astana' };
		expect(parseState(formatState(state)).state).toEqual(state);
	});
});
