import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	EventSet,
	countBits,
	filterBits,
	hasBit,
	intersectBits,
	toAllBits,
	toBits,
	toIndices,
} from './bitset.ts';

/** Bits for `n` events holding exactly `indices`. */
function bitsOf(n: number, indices: Iterable<number>): Uint32Array {
	const bits = toBits(n);
	for (const i of indices) bits[i >>> 5]! |= 1 << (i & 31);
	return bits;
}

/** Sorted distinct indices below `n`, with `n` from 0 to 200. */
const indexSets = fc
	.integer({ min: 0, max: 200 })
	.chain((n) =>
		fc.tuple(
			fc.constant(n),
			fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, n - 1) }), { maxLength: n }),
		),
	)
	.map(([n, list]) => [n, n ? [...list].sort((a, b) => a - b) : []] as const);

describe('bitset', () => {
	it('toAllBits(n) holds 0 … n − 1 and nothing past them', () => {
		for (const n of [0, 1, 31, 32, 33, 64, 100]) {
			const bits = toAllBits(n);
			expect(bits.length).toBe(Math.ceil(n / 32));
			expect(countBits(bits)).toBe(n);
			expect([...toIndices(bits)]).toEqual(Array.from({ length: n }, (_, i) => i));
		}
	});

	it('countBits, hasBit and toIndices agree with the indices set', () => {
		fc.assert(
			fc.property(indexSets, ([n, indices]) => {
				const bits = bitsOf(n, indices);
				expect(countBits(bits)).toBe(indices.length);
				expect([...toIndices(bits)]).toEqual(indices);
				const held = Array.from({ length: n }, (_, i) => i).filter((i) => hasBit(bits, i));
				expect(held).toEqual(indices);
			}),
		);
	});

	it('intersectBits(a, b) keeps what both hold; filterBits asks only about what is held', () => {
		fc.assert(
			fc.property(indexSets, fc.array(fc.integer({ min: 0, max: 199 })), ([n, a], b) => {
				const inB = new Set(b);
				const both = intersectBits(
					bitsOf(n, a),
					bitsOf(
						n,
						b.filter((i) => i < n),
					),
				);
				expect([...toIndices(both)]).toEqual(a.filter((i) => inB.has(i)));
				const asked: number[] = [];
				const kept = filterBits(bitsOf(n, a), (i) => (asked.push(i), inB.has(i)));
				expect(asked).toEqual(a);
				expect(kept).toEqual(both);
			}),
		);
	});

	it('EventSet(ids, order, bits) is a read-only Set of the ids whose bits are set', () => {
		const ids = ['a', 'b', 'c', 'd'];
		const order = new Map(ids.map((id, i) => [id, i]));
		const set = new EventSet(ids, order, bitsOf(4, [1, 3]));
		expect(set.size).toBe(2);
		expect(set.has('b')).toBe(true);
		expect(set.has('a')).toBe(false);
		expect(set.has('nowhere')).toBe(false);
		expect([...set]).toEqual(['b', 'd']);
		expect([...set.keys()]).toEqual(['b', 'd']);
		expect([...set.entries()]).toEqual([
			['b', 'b'],
			['d', 'd'],
		]);
		const seen: string[] = [];
		set.forEach((id, same, whole) => {
			expect(same).toBe(id);
			expect(whole).toBe(set);
			seen.push(id);
		});
		expect(seen).toEqual(['b', 'd']);
		expect(set).toContain('d');
	});
});
