/**
 * Lets the bundler drop Graph2d, vis-timeline's line-chart component, which we never use (about
 * 10 KB gzip of the first view, issue #5). The library ships Timeline and Graph2d in one module,
 * and Graph2d's parts are old-style constructors: `function LineGraph() {}` followed by top-level
 * writes such as `LineGraph.prototype = new Component()` and `LineGraph.prototype.redraw = …`. A
 * bundler must keep every such write, so all of Graph2d was shipped although nothing reaches it.
 *
 * This plugin wraps each such constructor and the writes that follow it into one expression marked
 * pure, `const LineGraph = /* @__PURE__ *\/ (() => { function LineGraph() {} …; return
 * LineGraph; })()`, which the bundler drops when nothing uses `LineGraph`. That is safe only when
 * the writes act on the constructor alone, so a group is wrapped only if every right-hand side is
 * a function, a literal, an object or array of those, or `new` of a class declared earlier in the
 * module (building a prototype object touches nothing else); otherwise it is left as it was. The
 * global switch that would do the same (`treeshake.propertyWriteSideEffects: false`) is unsafe:
 * it broke moment, whose prototype writes go through an alias (`var proto = Moment.prototype`).
 */
import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';

export type Node = { type: string; start: number; end: number; [key: string]: unknown };

export const VIS_TIMELINE = /[/\\]vis-timeline[/\\].*vis-timeline-graph2d\.m?js$/;

/** `Name.a.b = …`: the root identifier of the assigned member expression, if any. */
function assignedRoot(statement: Node): string | null {
	if (statement.type !== 'ExpressionStatement') return null;
	const expression = statement.expression as Node;
	if (expression.type !== 'AssignmentExpression') return null;
	let target = expression.left as Node;
	while (target.type === 'MemberExpression') target = target.object as Node;
	return target.type === 'Identifier' ? (target.name as string) : null;
}

/** Whether evaluating the value can have no effect outside itself. */
function isInert(value: Node, classes: Set<string>): boolean {
	switch (value.type) {
		case 'FunctionExpression':
		case 'ArrowFunctionExpression':
		case 'Literal':
			return true;
		case 'ArrayExpression':
			return (value.elements as Node[]).every((element) => isInert(element, classes));
		case 'ObjectExpression':
			return (value.properties as Node[]).every(
				(property) =>
					property.type === 'Property' &&
					!property.computed &&
					isInert(property.value as Node, classes),
			);
		case 'NewExpression': {
			const callee = value.callee as Node;
			return (
				callee.type === 'Identifier' &&
				classes.has(callee.name as string) &&
				(value.arguments as Node[]).length === 0
			);
		}
		default:
			return false;
	}
}

/** The module with every removable constructor group wrapped; how many were wrapped. */
export function wrapConstructors(code: string): { code: string; wrapped: string[]; map: unknown } {
	const body = (parseAst(code) as unknown as { body: Node[] }).body;
	const classes = new Set<string>();
	const wrapped: string[] = [];
	const output = new MagicString(code);
	for (let i = 0; i < body.length; i++) {
		const statement = body[i]!;
		const id = statement.id as Node | undefined;
		if (statement.type === 'ClassDeclaration' && id) classes.add(id.name as string);
		if (statement.type !== 'FunctionDeclaration' || !id) continue;
		const name = id.name as string;
		let last = i;
		while (last + 1 < body.length && assignedRoot(body[last + 1]!) === name) last++;
		if (last === i) continue;
		const writes = body.slice(i + 1, last + 1);
		const inert = writes.every((write) =>
			isInert((write.expression as Node).right as Node, classes),
		);
		// Old-style constructors are classes too, for the `new Component()` of a later one.
		classes.add(name);
		if (!inert) continue;
		output.prependLeft(statement.start, `const ${name} = /* @__PURE__ */ (() => {\n`);
		output.appendRight(body[last]!.end, `\nreturn ${name};\n})();`);
		wrapped.push(name);
		i = last;
	}
	return { code: output.toString(), wrapped, map: output.generateMap({ hires: 'boundary' }) };
}

export function graph2dPlugin(): Plugin {
	return {
		name: 'drop-graph2d',
		transform(code, id) {
			if (!VIS_TIMELINE.test(id)) return null;
			const result = wrapConstructors(code);
			// The library changed shape: say so rather than silently ship Graph2d again.
			if (!result.wrapped.includes('LineGraph'))
				this.warn('vis-timeline: Graph2d could not be made removable (see build/graph2d.ts)');
			return { code: result.code, map: result.map as never };
		},
	};
}
