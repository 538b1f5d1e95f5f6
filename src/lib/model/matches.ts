/**
 * Which events hold every term of a query, as bits in catalog order (bitset.ts). The letter pairs
 * (grams.ts) settle short terms and leave longer ones only the events that may hold them; those
 * are read. As a query grows key by key, the last query's matches bound the next one's, and where
 * its terms first occurred tells where to look for the longer ones.
 */
import { filterBits, toAllBits } from './bitset.ts';
import { intersectGrams, toGrams, type Grams } from './grams.ts';

/** A search's events, and where each term it had to read first occurs in each of them. */
export interface Matched {
	terms: string[];
	matched: Uint32Array;
	firsts: Map<string, Int32Array>;
}

/** A term to read in each event left, and where to start: an old term's first place, less `shift`. */
interface Read {
	term: string;
	firsts: Int32Array;
	hint: { firsts: Int32Array; shift: number } | null;
}

/** The longest term of the last query found inside `term`, whose places bound where `term` is. */
function toHint(term: string, last: Map<string, Int32Array>): Read['hint'] {
	let hint: Read['hint'] = null;
	let length = 0;
	for (const [old, firsts] of last) {
		const shift = term.indexOf(old);
		if (shift >= 0 && old.length > length) [hint, length] = [{ firsts, shift }, old.length];
	}
	return hint;
}

/** Where `term` first occurs in `text`, from the hint's bound on; -1 if it does not. */
function toFirst(text: string, { term, hint }: Read, i: number): number {
	if (!hint) return text.indexOf(term);
	// Any occurrence of the term holds the old one `shift` further on, so none starts before this.
	const from = hint.firsts[i]! - hint.shift;
	if (from >= 0 && text.startsWith(term, from)) return from;
	return text.indexOf(term, Math.max(0, from));
}

/**
 * The events whose folded text (`events`, in catalog order) holds every term. `grams` count once
 * they cover every event; `last` is the previous search's answer. An event that holds every new
 * term holds every old term found inside one of them, so when each old term is inside a new one,
 * only the last matches can still match.
 */
export function toMatched(
	events: readonly { readonly text: string }[],
	grams: Grams,
	last: Matched | undefined,
	terms: string[],
): Matched {
	const narrows = last && last.terms.every((old) => terms.some((t) => t.includes(old)));
	const matched = narrows ? last.matched.slice() : toAllBits(events.length);
	const ready = grams.done === grams.size;
	const reads: Read[] = terms
		.filter((term) => !ready || !intersectGrams(grams, term, matched))
		.map((term) => ({
			term,
			firsts: new Int32Array(events.length),
			hint: narrows ? toHint(term, last.firsts) : null,
		}));
	if (reads.length)
		filterBits(matched, (i) => {
			const text = events[i]!.text;
			for (const read of reads) {
				const first = toFirst(text, read, i);
				if (first < 0) return false;
				read.firsts[i] = first;
			}
			return true;
		});
	return { terms, matched, firsts: new Map(reads.map((r) => [r.term, r.firsts])) };
}

/**
 * Reads a word as typed (its first three letters, then four) in `events`, with no letter pairs to
 * spare any, and throws the answers away: so that V8 compiles the reading before a reader types
 * (`prepareSearch` runs it in idle time over 10,000 events, a thousand at a time).
 */
export function warmUpMatching(events: readonly { readonly text: string }[]): void {
	const word = events.slice(0, 20).flatMap((e) => /[^\s]{4,}/.exec(e.text) ?? [])[0];
	if (!word) return;
	const unindexed = toGrams(events.length);
	const last = toMatched(events, unindexed, undefined, [word.slice(0, 3)]);
	toMatched(events, unindexed, last, [word.slice(0, 4)]);
}
