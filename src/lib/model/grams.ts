/**
 * Which events hold each code unit, and each pair of adjacent code units, of their folded search
 * text. A term occurs only in an event that holds all its pairs, so a search reads the text of
 * those events alone; a term of one or two code units needs no text at all. At 10,000 events a set
 * is 1,252 bytes, and the synthetic data has some 770 of them.
 */
import { intersectBits, toBits } from './bitset.ts';

/**
 * Code units numbered below this (in order of appearance) have their pairs indexed: room for text
 * in Latin, Persian and Arabic script.
 */
const WIDTH = 256;
/** The sets together stay under this; past it, a letter or pair seen first is left unindexed. */
const MAX_BYTES = 8_000_000;

export interface Grams {
	/** Events indexed so far, from the first in catalog order; the sets answer once all are. */
	done: number;
	/** Events in all. */
	size: number;
	/** A number for each code unit seen, from 1 in order of appearance (0: in no event). */
	codes: Uint16Array;
	/** Code units numbered so far. */
	count: number;
	/** Per code unit's number − 1: the events holding it (none if it came after `full`). */
	singles: (Uint32Array | undefined)[];
	/** Per pair of numbers below `WIDTH` (first × `WIDTH` + second): its set's place in `pairs` + 1. */
	pairIndex: Uint16Array;
	/** The events holding a pair side by side. */
	pairs: Uint32Array[];
	/** How many sets there is room for, and whether some letter or pair found none. */
	room: number;
	full: boolean;
}

/** Empty sets for `size` events, to fill with `addGrams`; `maxBytes` bounds them (tests lower it). */
export function toGrams(size: number, maxBytes = MAX_BYTES): Grams {
	return {
		done: 0,
		size,
		codes: new Uint16Array(65536),
		count: 0,
		singles: [],
		// Fewer than 255 × 255 pairs: a place always fits in 16 bits.
		pairIndex: new Uint16Array(WIDTH * WIDTH),
		pairs: [],
		room: Math.floor(maxBytes / (toBits(size).byteLength || 1)),
		full: false,
	};
}

/** A new set for `grams`, or none once they fill their room. */
function toSet(grams: Grams): Uint32Array | undefined {
	if (grams.room === 0) {
		grams.full = true;
		return undefined;
	}
	grams.room--;
	return toBits(grams.size);
}

/** Space and newline separate words and fields: no term holds them, so no pair is kept across. */
const isBreak = (c: number) => c === 32 || c === 10;

/** How many events `addGrams` indexes between two asks whether there is time for more. */
const BATCH = 32;

/**
 * Indexes the events' folded texts (in catalog order) from `grams.done` on, a batch at a time
 * while `more()` says there is time. Returns whether all are indexed.
 */
export function addGrams(
	grams: Grams,
	events: readonly { readonly text: string }[],
	more: () => boolean,
): boolean {
	const { codes, singles, pairIndex, pairs, size } = grams;
	while (grams.done < size) {
		if (!more()) return false;
		const end = Math.min(size, grams.done + BATCH);
		for (let e = grams.done; e < end; e++) {
			const text = events[e]!.text;
			const w = e >>> 5;
			const bit = 1 << (e & 31);
			let previous = 0;
			for (let i = 0; i < text.length; i++) {
				const c = text.charCodeAt(i);
				if (isBreak(c)) {
					previous = 0;
					continue;
				}
				let code = codes[c]!;
				if (code === 0) {
					code = codes[c] = ++grams.count;
					singles.push(toSet(grams));
				}
				const single = singles[code - 1];
				if (single) single[w]! |= bit;
				if (previous && previous < WIDTH && code < WIDTH) {
					const at = previous * WIDTH + code;
					let place = pairIndex[at]!;
					if (place === 0) {
						const set = toSet(grams);
						if (set) place = pairIndex[at] = pairs.push(set);
					}
					if (place) pairs[place - 1]![w]! |= bit;
				}
				previous = code;
			}
		}
		grams.done = end;
	}
	return true;
}

/**
 * Keeps in `bits` only the events that may hold `term`: all its code units, side by side in
 * pairs. Returns whether that settles it (a term of one or two indexed code units), or whether
 * the events left must still be read. Call only once every event is indexed.
 */
export function intersectGrams(grams: Grams, term: string, bits: Uint32Array): boolean {
	let exact = term.length <= 2;
	let previous = 0;
	for (let i = 0; i < term.length; i++) {
		const c = term.charCodeAt(i);
		// Search terms are words; anything else is left for the reading to settle.
		if (isBreak(c)) return false;
		const code = grams.codes[c]!;
		if (code === 0) {
			// A code unit that no event holds: nothing can match.
			bits.fill(0);
			return true;
		}
		if (term.length === 1) {
			const single = grams.singles[code - 1];
			if (single) intersectBits(bits, single);
			else exact = false;
		}
		if (previous && previous < WIDTH && code < WIDTH) {
			const place = grams.pairIndex[previous * WIDTH + code]!;
			if (place) intersectBits(bits, grams.pairs[place - 1]!);
			else if (!grams.full) {
				// Every pair seen has a set: no event holds this one.
				bits.fill(0);
				return true;
			} else exact = false;
		} else if (previous) exact = false;
		previous = code;
	}
	return exact;
}
