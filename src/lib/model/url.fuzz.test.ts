import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CALENDARS,
	formatState,
	isDataUrl,
	LANGS,
	parseState,
	VIEWS,
	type UrlState,
} from './url.ts';
import { TOPICS } from './types.ts';

const KEYS = [
	'event',
	'lang',
	'cal',
	'q',
	'view',
	'embed',
	'present',
	'person',
	'country',
	'place',
	'topic',
	'kind',
	'source',
	'data',
	'x',
];

/** Query strings a person, a bot or an attacker might send: known and unknown keys, junk values. */
const adversarialQuery = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc
		.array(
			fc.tuple(
				fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })),
				fc.oneof(
					fc.string({ maxLength: 40 }),
					fc.constantFrom(
						'%',
						'%E0%A4%A',
						'%FF',
						'%00',
						'<script>',
						'1',
						'0',
						'fa',
						'jalali',
						'map',
						'synthetic/10000.json',
						'javascript:alert(1)',
						'https://example.org/a.csv',
					),
					fc.constant('x'.repeat(5000)),
				),
			),
			{ maxLength: 12 },
		)
		.map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);

function isValid(state: UrlState): boolean {
	const id = (v: string | null) => v === null || /^[a-z0-9][a-z0-9-]*$/.test(v);
	return (
		id(state.event) &&
		(state.view === null || VIEWS.includes(state.view)) &&
		(state.lang === null || LANGS.includes(state.lang)) &&
		(state.cal === null || CALENDARS.includes(state.cal)) &&
		typeof state.embed === 'boolean' &&
		typeof state.present === 'boolean' &&
		state.q.length <= 200 &&
		id(state.filters.person) &&
		id(state.filters.place) &&
		id(state.filters.source) &&
		(state.filters.country === null || /^[A-Z]{2}$/.test(state.filters.country)) &&
		(state.filters.topic === null || TOPICS.includes(state.filters.topic)) &&
		(state.filters.kind === null || ['reported', 'mentioned'].includes(state.filters.kind)) &&
		(state.data === null || isDataUrl(state.data))
	);
}

describe('parseState under fuzzing', () => {
	it('never throws and always yields a valid state, for thousands of adversarial queries', () => {
		fc.assert(
			fc.property(adversarialQuery, (query) => {
				const { state, problems } = parseState(query);
				expect(isValid(state)).toBe(true);
				expect(Array.isArray(problems)).toBe(true);
			}),
			{ numRuns: 3000 },
		);
	}, 60_000);

	it('format → parse round-trips any valid state, and parse → format → parse is stable', () => {
		fc.assert(
			fc.property(adversarialQuery, (query) => {
				const once = parseState(query).state;
				const again = parseState(formatState(once));
				expect(again.state).toEqual(once);
				expect(again.problems).toEqual([]);
			}),
			{ numRuns: 2000 },
		);
	}, 60_000);
});
