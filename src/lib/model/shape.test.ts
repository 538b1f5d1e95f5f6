import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../../data/index.ts';
import { generateSynthetic } from '../../../scripts/gen-synthetic.ts';
import { isSameData } from '../data/parts.ts';
import { DatasetSchema, LenientDatasetSchema } from './schema.ts';
import { parseDataset } from './parse.ts';
import { isShaped, toShapeCheck } from './shape.ts';

const clone = <T>(value: T): T => structuredClone(value);
const synthetic = generateSynthetic({ n: 40, seed: 3 });

describe('isShaped', () => {
	it('says yes to the built-in dataset and a synthetic one, as valibot does', () => {
		expect(isShaped(DatasetSchema, builtinDataset)).toBe(true);
		expect(v.safeParse(DatasetSchema, builtinDataset).success).toBe(true);
		expect(isShaped(LenientDatasetSchema, synthetic)).toBe(true);
	});

	it('says no to what valibot rejects, and to what it would accept but change', () => {
		const broken = clone(synthetic);
		(broken.events[3] as { kind: string }).kind = 'rumoured';
		expect(isShaped(LenientDatasetSchema, broken)).toBe(false);
		// An unknown field: valibot accepts the record and drops the field.
		const extra = clone(synthetic);
		Object.assign(extra.events[0]!.date, { mood: 'sunny' });
		expect(v.safeParse(LenientDatasetSchema, extra).success).toBe(true);
		expect(isShaped(LenientDatasetSchema, extra)).toBe(false);
		// Coordinates with a third number: valibot keeps two.
		const place = clone(synthetic);
		place.places[0]!.coords = [1, 2, 3] as unknown as [number, number];
		expect(isShaped(LenientDatasetSchema, place)).toBe(false);
		// An array where an object is expected: valibot copies it into an object.
		const array = clone(synthetic);
		(array as { title: unknown }).title = Object.assign(['x'], { en: 'x' });
		expect(isShaped(LenientDatasetSchema, array)).toBe(false);
	});

	it('strict and lenient differ where the schemas do: an empty summary', () => {
		const blank = clone(synthetic);
		blank.events[0]!.summary.en = '';
		expect(isShaped(LenientDatasetSchema, blank)).toBe(true);
		expect(isShaped(DatasetSchema, blank)).toBe(false);
	});

	it('never says yes where valibot fails or changes the value (any one change anywhere)', () => {
		// Every place in a dataset where a value can be replaced, removed or added beside.
		const paths: Array<Array<string | number>> = [];
		const walk = (value: unknown, path: Array<string | number>) => {
			paths.push(path);
			if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
			else if (value && typeof value === 'object')
				for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
		};
		// A few records of each kind from the built-in dataset, which has what a synthetic one may
		// lack (coordinates, outcomes, figures): their shape is right, so is the whole.
		const builtin = builtinDataset as Record<string, unknown[]>;
		const few = (key: string, n: number) => builtin[key]!.slice(0, n);
		const small = {
			title: builtin.title,
			sources: few('sources', 1).map((s) => ({ ...(s as object), text: 'text' })),
			passages: few('passages', 3),
			people: few('people', 2),
			places: few('places', 3),
			events: [...few('events', 2), builtin.events!.at(-1)],
		};
		expect(isShaped(DatasetSchema, small)).toBe(true);
		walk(small, []);
		const change = fc.oneof(
			fc.record({ kind: fc.constant('set' as const), value: fc.jsonValue() }),
			fc.record({ kind: fc.constant('delete' as const) }),
			fc.record({
				kind: fc.constant('add' as const),
				key: fc.constantFrom('mood', 'en', 'fa', 'id', '0', '2', 'passages', 'note'),
				value: fc.jsonValue(),
			}),
		);
		let accepted = 0;
		fc.assert(
			fc.property(fc.constantFrom(...paths), change, (path, what) => {
				if (path.length === 0 && what.kind !== 'add') return;
				const data = clone(small) as unknown;
				// Added to the node at `path`; set or deleted in its parent.
				const parentPath = what.kind === 'add' ? path : path.slice(0, -1);
				let node = data as Record<string | number, unknown>;
				for (const key of parentPath) node = node[key] as Record<string | number, unknown>;
				if (!node || typeof node !== 'object') return;
				const last = path.at(-1)!;
				if (what.kind === 'add') node[what.key] = what.value;
				else if (what.kind === 'set') node[last] = what.value;
				else if (Array.isArray(node)) node.splice(last as number, 1);
				else delete node[last];
				for (const schema of [LenientDatasetSchema, DatasetSchema]) {
					if (!isShaped(schema, data)) continue;
					accepted++;
					const checked = v.safeParse(schema, data);
					expect(checked.success).toBe(true);
					expect(isSameData(checked.output, data)).toBe(true);
				}
			}),
			{ numRuns: 3000 },
		);
		// Some changes keep the dataset right (another title, one topic fewer): those were tried.
		expect(accepted).toBeGreaterThan(50);
	});
});

describe('parseDataset with isShaped', () => {
	it('returns a dataset of the right shape itself, and as valibot would', () => {
		const quick = parseDataset(synthetic, { strict: false, isShaped });
		const slow = parseDataset(synthetic, { strict: false });
		expect(quick.ok && quick.dataset).toBe(synthetic);
		expect(slow.ok && slow.dataset).not.toBe(synthetic);
		expect(quick).toEqual(slow);
	});

	it('goes through valibot otherwise: the same problems, the same fields dropped', () => {
		const extra = clone(synthetic);
		Object.assign(extra.events[1]!, { mood: 'sunny' });
		const dropped = parseDataset(extra, { strict: false, isShaped });
		expect(dropped).toEqual(parseDataset(extra, { strict: false }));
		expect(dropped.ok && 'mood' in dropped.dataset.events[1]!).toBe(false);
		const broken = clone(synthetic);
		(broken.passages[2] as { start: unknown }).start = -1;
		const problems = parseDataset(broken, { strict: false, isShaped });
		expect(problems.ok).toBe(false);
		expect(problems).toEqual(parseDataset(broken, { strict: false }));
	});
});

describe('toShapeCheck', () => {
	it('refuses what it cannot follow valibot into, when compiled rather than on data', () => {
		expect(() => toShapeCheck(v.nullable(v.string()))).toThrow(/"nullable"/);
		expect(() => toShapeCheck(v.optional(v.string(), 'x'))).toThrow(/a default/);
		expect(() =>
			toShapeCheck(
				v.pipe(
					v.string(),
					v.transform((s) => s.trim()),
				),
			),
		).toThrow(/transformation/);
		expect(() => toShapeCheck(v.pipe(v.string(), v.regex(/a/g)))).toThrow(/global/);
		expect(() => toShapeCheck(v.pipe(v.string(), v.regex(/a/y)))).toThrow(/sticky/);
		expect(() => toShapeCheck(v.pipe(v.string(), v.email()))).toThrow(/"email"/);
	});

	it('checks a pipe: type first, then each validation', () => {
		const check = toShapeCheck(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)));
		expect([0, 6, 3].map(check)).toEqual([true, true, true]);
		expect([-1, 7, 2.5, Number.NaN, '3'].map(check)).toEqual([false, false, false, false, false]);
	});

	it('checks a pipe of a pipe: the inner checks too', () => {
		const text = v.pipe(v.string(), v.minLength(1));
		const check = toShapeCheck(v.pipe(text, v.regex(/^[a-z]*$/)));
		expect(['abc', '', 'ABC'].map(check)).toEqual([true, false, false]);
	});

	it('says no to an object that is not a plain one (valibot would copy it into one)', () => {
		const check = toShapeCheck(v.object({ at: v.optional(v.string()) }));
		expect([{}, Object.create(null), new Date(0), new Map(), []].map(check)).toEqual([
			true,
			true,
			false,
			false,
			false,
		]);
	});
});
