import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toAllBits, toIndices } from './bitset.ts';
import { addGrams, intersectGrams, toGrams, type Grams } from './grams.ts';

/** Grams of `texts`, all indexed at once. */
function gramsOf(texts: string[], maxBytes?: number): Grams {
	const grams = toGrams(texts.length, maxBytes);
	expect(
		addGrams(
			grams,
			texts.map((text) => ({ text })),
			() => true,
		),
	).toBe(true);
	return grams;
}

/** The events `intersectGrams` leaves for `term`, and whether it says that settles it. */
function candidates(grams: Grams, term: string): { events: number[]; settled: boolean } {
	const bits = toAllBits(grams.size);
	const settled = intersectGrams(grams, term, bits);
	return { events: [...toIndices(bits)], settled };
}

const holding = (texts: string[], term: string) =>
	texts.flatMap((text, i) => (text.includes(term) ? [i] : []));

/** Folded texts over a small alphabet, with the spaces and newlines between words and fields. */
const texts = fc.array(fc.stringMatching(/^[abcتهر \n]{0,40}$/), { maxLength: 70 });
const terms = fc.stringMatching(/^[abcتهرx]{1,4}$/);

describe('grams', () => {
	it('addGrams(grams, events, more) indexes a batch of events each time more() says yes', () => {
		const events = Array.from({ length: 70 }, (_, i) => ({ text: `event ${i}` }));
		const grams = toGrams(events.length);
		let batches = 2;
		expect(addGrams(grams, events, () => batches-- > 0)).toBe(false);
		expect(grams.done).toBe(64);
		expect(addGrams(grams, events, () => true)).toBe(true);
		expect(grams.done).toBe(70);
	});

	it('intersectGrams(grams, term) leaves every event holding the term, exactly those when settled', () => {
		fc.assert(
			fc.property(texts, terms, (list, term) => {
				const { events, settled } = candidates(gramsOf(list), term);
				const expected = holding(list, term);
				expect(events).toEqual(expect.arrayContaining(expected));
				if (settled) expect(events).toEqual(expected);
				if (term.length <= 2) expect(settled).toBe(true);
			}),
		);
	});

	it('intersectGrams(grams, "x") is settled and empty when no event holds x', () => {
		expect(candidates(gramsOf(['abc', 'تهران']), 'xa')).toEqual({ events: [], settled: true });
		expect(candidates(gramsOf(['abc', 'تهران']), 'ca')).toEqual({ events: [], settled: true });
		expect(candidates(gramsOf(['abc', 'تهران']), 'ته')).toEqual({ events: [1], settled: true });
	});

	it('intersectGrams(grams, "a b") leaves a term with a break to the reading', () => {
		expect(candidates(gramsOf(['a b', 'ab']), 'a b')).toEqual({ events: [0, 1], settled: false });
		// Pairs are never taken across a space or a newline.
		expect(candidates(gramsOf(['a b', 'a\nb']), 'ab')).toEqual({ events: [], settled: true });
	});

	it('grams past their room or past 256 code units still leave every event holding the term', () => {
		// Room for 3 sets of 1 word: later letters and pairs are not indexed and settle nothing.
		fc.assert(
			fc.property(texts, terms, (list, term) => {
				const { events, settled } = candidates(
					gramsOf(list, 3 * 4 * Math.ceil(list.length / 32)),
					term,
				);
				const expected = holding(list, term);
				expect(events).toEqual(expect.arrayContaining(expected));
				if (settled) expect(events).toEqual(expected);
			}),
		);
		// 300 distinct code units: the pairs of the late ones are not indexed.
		const wide = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i) + 'a');
		const late = wide[299]!;
		expect(candidates(gramsOf(wide), late)).toEqual({
			events: [...Array(300).keys()],
			settled: false,
		});
		expect(candidates(gramsOf(wide), late[0]!)).toEqual({ events: [299], settled: true });
		expect(candidates(gramsOf(wide), wide[0]!)).toEqual({ events: [0], settled: true });
	});
});
