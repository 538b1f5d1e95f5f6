import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toIndices } from './bitset.ts';
import { addGrams, toGrams } from './grams.ts';
import { toMatched, warmUpMatching, type Matched } from './matches.ts';

/** Folded texts over a small alphabet, so that terms are often found, and often twice. */
const texts = fc.array(fc.stringMatching(/^[abcته \n]{0,30}$/), { minLength: 1, maxLength: 70 });
const word = fc.stringMatching(/^[abcتهx]{1,5}$/);
/**
 * Queries as typed: each the last with a letter added at either end of its last term, another
 * term, a letter taken off (Backspace), or a new word (the box cleared and typed into).
 */
const typing = fc
	.tuple(
		word,
		fc.array(fc.tuple(fc.constantFrom('left', 'right', 'term', 'back', 'new'), word), {
			maxLength: 8,
		}),
	)
	.map(([first, steps]) => {
		const queries = [[first]];
		for (const [step, more] of steps) {
			const terms = [...queries[queries.length - 1]!];
			const last = terms.length - 1;
			if (step === 'new') terms.splice(0, terms.length, more);
			else if (step === 'term') terms.push(more);
			else if (step === 'back') terms[last] = terms[last]!.slice(0, -1) || more;
			else terms[last] = step === 'left' ? more[0] + terms[last]! : terms[last]! + more[0];
			queries.push([...new Set(terms)]);
		}
		return queries;
	});

describe('matches', () => {
	it('toMatched(events, grams, last, terms) is every event holding every term, typed or not', () => {
		fc.assert(
			fc.property(texts, typing, fc.boolean(), (list, queries, ready) => {
				const events = list.map((text) => ({ text }));
				const grams = toGrams(events.length);
				if (ready) addGrams(grams, events, () => true);
				let last: Matched | undefined;
				for (const terms of queries) {
					last = toMatched(events, grams, last, terms);
					const expected = list.flatMap((t, i) =>
						terms.every((term) => t.includes(term)) ? [i] : [],
					);
					expect([...toIndices(last.matched)]).toEqual(expected);
					// Where a term had to be read, its first place in every match.
					for (const [term, firsts] of last.firsts)
						for (const i of expected) expect(firsts[i]).toBe(list[i]!.indexOf(term));
				}
			}),
			{ numRuns: 300 },
		);
	});

	it('toMatched(…, ["ab"]) reads no text once the grams are ready', () => {
		const events = [{ text: 'xaby' }, { text: 'ba' }];
		const grams = toGrams(2);
		addGrams(grams, events, () => true);
		const matched = toMatched(events, grams, undefined, ['ab', 'b']);
		expect([...toIndices(matched.matched)]).toEqual([0]);
		expect(matched.firsts.size).toBe(0);
		const grown = toMatched(events, grams, matched, ['xab']);
		expect([...toIndices(grown.matched)]).toEqual([0]);
		expect(grown.firsts.get('xab')![0]).toBe(0);
	});

	it('warmUpMatching(events) reads them and leaves nothing behind', () => {
		const events = [{ text: 'hassan jafari' }, { text: 'has' }, { text: 'hass' }];
		const grams = toGrams(3);
		addGrams(grams, events, () => true);
		const before = toMatched(events, grams, undefined, ['hass']);
		warmUpMatching(events);
		warmUpMatching([]);
		warmUpMatching([{ text: 'a bc def' }]);
		expect(toMatched(events, grams, undefined, ['hass'])).toEqual(before);
	});
});
