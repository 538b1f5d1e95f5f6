/**
 * A quick yes to "would valibot accept this value, and give back the very same value?", compiled
 * from the valibot schema itself, so the format is written down once. What each kind of schema
 * accepts follows valibot 1.5's own code (read, not imported: it is internal); the property test
 * in shape.test.ts, which changes datasets at random and asks both, is what keeps the two in step
 * across valibot's updates.
 *
 * Why: valibot has no way to check in place. It copies every object and array it checks, which
 * for ten thousand events is half a million new objects: about a quarter of a second in a worker,
 * and as much again collecting the garbage. A dataset that is right (the usual case) needs no
 * copy, and no list of problems. So `parseDataset` asks this first, and goes through valibot
 * only when this says no: a problem (which valibot then words), or anything valibot would change
 * on the way (a field the format does not know, which it drops).
 *
 * It is conservative by construction: it says yes only where valibot would accept the value
 * unchanged, and says no to anything unusual (an array where an object is expected, a tuple
 * with extra items) rather than follow valibot into it. A schema it cannot compile (a
 * transformation, a default) throws here, at once, not later on someone's data.
 */
import type * as v from 'valibot';

type Check = (input: unknown) => boolean;

/** The parts of a valibot schema or action that this reads (valibot's own property names). */
interface Node {
	kind: string;
	type: string;
	entries?: Record<string, Node>;
	wrapped?: Node;
	item?: Node;
	items?: Node[];
	options?: unknown[];
	pipe?: Node[];
	requirement?: unknown;
	default?: unknown;
	fallback?: unknown;
}

const compiled = new WeakMap<object, Check>();

/** Whether valibot would accept `input` against `schema` and output a value equal to it. */
export function isShaped(schema: v.GenericSchema, input: unknown): boolean {
	let check = compiled.get(schema);
	if (!check) {
		check = toShapeCheck(schema);
		compiled.set(schema, check);
	}
	return check(input);
}

/** The check for `schema`; throws if the schema uses something this does not know. */
export function toShapeCheck(schema: v.GenericSchema): Check {
	return compile(schema as unknown as Node);
}

function compile(node: Node): Check {
	if (node.fallback !== undefined) throw unsupported(node, 'a fallback');
	// v.pipe(schema, ...actions) is the first schema's own object with the whole pipe attached.
	if (node.pipe) {
		// The first item is the schema piped, itself perhaps a pipe: compiled whole.
		const [first, ...actions] = node.pipe;
		const base = compile(first!);
		const tests = actions.filter((a) => a.kind !== 'metadata').map(toTest);
		return (input) => {
			if (!base(input)) return false;
			for (const test of tests) if (!test(input)) return false;
			return true;
		};
	}
	switch (node.type) {
		case 'string':
			return (input) => typeof input === 'string';
		case 'number':
			return (input) => typeof input === 'number' && !Number.isNaN(input);
		case 'picklist': {
			const options = node.options!;
			return (input) => options.includes(input);
		}
		case 'optional': {
			if (node.default !== undefined) throw unsupported(node, 'a default');
			const wrapped = compile(node.wrapped!);
			return (input) => input === undefined || wrapped(input);
		}
		case 'array': {
			const item = compile(node.item!);
			return (input) => {
				if (!Array.isArray(input)) return false;
				for (let i = 0; i < input.length; i++) if (!item(input[i])) return false;
				return true;
			};
		}
		case 'tuple': {
			const items = node.items!.map(compile);
			// valibot keeps only the tuple's own items: a longer array would come back shorter.
			return (input) =>
				Array.isArray(input) &&
				input.length === items.length &&
				items.every((item, i) => item(input[i]));
		}
		case 'object':
			return compileObject(node.entries!);
		default:
			throw unsupported(node, `the ${node.kind} "${node.type}"`);
	}
}

function compileObject(entries: Record<string, Node>): Check {
	const keys = Object.keys(entries);
	const checks = keys.map((key) => compile(entries[key]!));
	const optional = keys.map((key) => entries[key]!.type === 'optional');
	return (input) => {
		// valibot takes an array, a date or any other object for an object too, and copies it
		// into a plain one: not the same value. JSON and CSV make plain objects only.
		if (typeof input !== 'object' || input === null) return false;
		const prototype = Object.getPrototypeOf(input) as unknown;
		if (prototype !== Object.prototype && prototype !== null) return false;
		const record = input as Record<string, unknown>;
		for (let i = 0; i < keys.length; i++) {
			const key = keys[i]!;
			if (Object.hasOwn(record, key)) {
				if (!checks[i]!(record[key])) return false;
			} else if (!optional[i] || key in record) return false;
		}
		// Any other key is one valibot would drop (for…in needs no array of keys, unlike
		// Object.keys).
		for (const key in record) if (!Object.hasOwn(entries, key)) return false;
		return true;
	};
}

/** A validation action as a test of a value already known to be of the schema's type. */
function toTest(action: Node): Check {
	if (action.kind !== 'validation') throw unsupported(action, `the ${action.kind} action`);
	const requirement = action.requirement;
	const bound = (): number => {
		if (typeof requirement !== 'number') throw unsupported(action, 'a bound that is not a number');
		return requirement;
	};
	switch (action.type) {
		case 'regex': {
			const pattern = requirement as RegExp;
			// A global or sticky pattern remembers where it stopped: one test would move the next.
			if (pattern.global || pattern.sticky) throw unsupported(action, 'a global or sticky pattern');
			return (input) => pattern.test(input as string);
		}
		case 'min_length': {
			const min = bound();
			return (input) => (input as string).length >= min;
		}
		case 'integer':
			return (input) => Number.isInteger(input);
		case 'min_value': {
			const min = bound();
			return (input) => (input as number) >= min;
		}
		case 'max_value': {
			const max = bound();
			return (input) => (input as number) <= max;
		}
		default:
			throw unsupported(action, `the validation "${action.type}"`);
	}
}

const unsupported = (node: Node, what: string) =>
	new Error(`expected a schema the shape check knows, found ${what} (${node.kind} "${node.type}")`);
