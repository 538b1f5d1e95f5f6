/**
 * Sets of a catalog's events as bits, one per event in catalog order: a search intersects and
 * counts them in a few hundred word operations at 10,000 events, where a `Set` of ids cost
 * milliseconds to build on every keystroke (issue #5).
 */

/** Bits for `n` events: a word per 32, all clear. */
export const toBits = (n: number): Uint32Array => new Uint32Array((n + 31) >>> 5);

/** Bits for `n` events, all set (none past the last event). */
export function toAllBits(n: number): Uint32Array {
	const bits = toBits(n).fill(0xffffffff);
	if (n & 31) bits[bits.length - 1] = (1 << (n & 31)) - 1;
	return bits;
}

/** Whether event `i` is in `bits`. */
export const hasBit = (bits: Uint32Array, i: number): boolean =>
	(bits[i >>> 5]! & (1 << (i & 31))) !== 0;

/** Keeps in `bits` only the events also in `other` (same length); returns `bits`. */
export function intersectBits(bits: Uint32Array, other: Uint32Array): Uint32Array {
	for (let w = 0; w < bits.length; w++) bits[w]! &= other[w]!;
	return bits;
}

/** How many events are in `bits`. */
export function countBits(bits: Uint32Array): number {
	let count = 0;
	for (let w = 0; w < bits.length; w++) {
		// Population count, the usual SWAR steps: no table, no loop over bits.
		let v = bits[w]!;
		v -= (v >>> 1) & 0x55555555;
		v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
		count += Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
	}
	return count;
}

/** Clears from `bits` every event for which `keep(i)` is false; visits only the set bits. */
export function filterBits(bits: Uint32Array, keep: (i: number) => boolean): Uint32Array {
	for (let w = 0; w < bits.length; w++) {
		let word = bits[w]!;
		while (word) {
			const low = word & -word;
			word ^= low;
			if (!keep(w * 32 + 31 - Math.clz32(low))) bits[w]! &= ~low;
		}
	}
	return bits;
}

/** The events in `bits`, in order. */
export function* toIndices(bits: Uint32Array): Generator<number> {
	for (let w = 0; w < bits.length; w++) {
		let word = bits[w]!;
		while (word) {
			const low = word & -word;
			word ^= low;
			yield w * 32 + 31 - Math.clz32(low);
		}
	}
}

/**
 * Event ids as a read-only `Set`: `has` and `size` straight from the bits (an id's place comes
 * from `order`); iterating, which only tests and rare callers do, builds a real `Set` once.
 */
export class EventSet implements ReadonlySet<string> {
	readonly size: number;
	#set: Set<string> | null = null;

	/** `ids` in catalog order, `order` the place of each, `bits` the events in the set. */
	constructor(
		private readonly ids: readonly string[],
		private readonly order: ReadonlyMap<string, number>,
		readonly bits: Uint32Array,
	) {
		this.size = countBits(bits);
	}

	has(id: string): boolean {
		const i = this.order.get(id);
		return i !== undefined && hasBit(this.bits, i);
	}

	#toSet(): Set<string> {
		this.#set ??= new Set(Array.from(toIndices(this.bits), (i) => this.ids[i]!));
		return this.#set;
	}

	forEach(
		callback: (value: string, value2: string, set: ReadonlySet<string>) => void,
		thisArg?: unknown,
	): void {
		for (const id of this.#toSet()) callback.call(thisArg, id, id, this);
	}
	entries(): SetIterator<[string, string]> {
		return this.#toSet().entries();
	}
	keys(): SetIterator<string> {
		return this.#toSet().keys();
	}
	values(): SetIterator<string> {
		return this.#toSet().values();
	}
	[Symbol.iterator](): SetIterator<string> {
		return this.#toSet().values();
	}
}
