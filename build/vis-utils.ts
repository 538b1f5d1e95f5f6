/**
 * Lets the bundler drop the parts of vis-util that vis-timeline never calls (ColorPicker,
 * Configurator, Validator and their kin: about 8 KB gzip of the first view, issue #5).
 * vis-timeline gathers its helpers as `const availableUtils = { ...util, convert, … }`, where
 * `util` is `import * as util from 'vis-util'`. Spreading a namespace copies every export, so a
 * bundler must keep all of vis-util, although the module only ever reads `availableUtils.extend`,
 * `availableUtils.forEach` and a few dozen others by name.
 *
 * This plugin replaces the spread with those names (`extend: util.extend, …`), found in the module
 * itself. The object then holds the same values under every name anything reads; the names it no
 * longer holds are ones nothing reads. That holds only while every use of `availableUtils` is a
 * plain `availableUtils.name` (no `availableUtils[key]`, no passing the object on) and `util` is
 * used nowhere else: if the library changes shape, the module is left as it is, with a warning.
 */
import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';
import { VIS_TIMELINE, type Node } from './graph2d.ts';

/** Every identifier named `name` in the tree, with its parent; property names are not identifiers of it. */
function usesOf(root: Node, name: string): { node: Node; parent: Node }[] {
	const found: { node: Node; parent: Node }[] = [];
	const visit = (node: Node, parent: Node) => {
		if (node.type === 'Identifier' && node.name === name) found.push({ node, parent });
		for (const [key, value] of Object.entries(node)) {
			// `x.name` and `{ name: … }` name a property, not the variable.
			if (key === 'property' && node.type === 'MemberExpression' && !node.computed) continue;
			if (key === 'key' && node.type === 'Property' && !node.computed && !node.shorthand) continue;
			for (const child of Array.isArray(value) ? value : [value])
				if (child && typeof child === 'object' && typeof (child as Node).type === 'string')
					visit(child as Node, node);
		}
	};
	visit(root, root);
	return found;
}

function isDefineProperty(node: Node): boolean {
	const callee = node.callee as Node | undefined;
	if (node.type !== 'CallExpression' || callee?.type !== 'MemberExpression') return false;
	const [object, property] = [callee.object as Node, callee.property as Node];
	return object.name === 'Object' && property.name === 'defineProperty' && !callee.computed;
}

/** The module with the spread replaced by the names read, or null if that would not be safe. */
export function narrowUtils(code: string): { code: string; names: string[]; map: unknown } | null {
	const ast = parseAst(code) as unknown as Node;
	// `util` must be the namespace import, used once: in the spread.
	const utils = usesOf(ast, 'util');
	const spreads = utils.filter(({ parent }) => parent.type === 'SpreadElement');
	const imported = utils.filter(({ parent }) => parent.type === 'ImportNamespaceSpecifier');
	if (spreads.length !== 1 || imported.length !== 1 || utils.length !== 2) return null;
	const spread = spreads[0]!.parent;
	const names = new Set<string>();
	for (const { node, parent } of usesOf(ast, 'availableUtils')) {
		if (parent.type === 'VariableDeclarator' && parent.id === node) continue;
		// `Object.defineProperty(availableUtils, "xss", …)`: the getter for `xss`.
		if (isDefineProperty(parent) && (parent.arguments as Node[])[0] === node) continue;
		if (parent.type !== 'MemberExpression' || parent.computed || parent.object !== node)
			return null;
		names.add((parent.property as Node).name as string);
	}
	// Defined in the object itself or by its getter, not taken from vis-util.
	for (const own of ['convert', 'setupXSSProtection', 'xss']) names.delete(own);
	const sorted = [...names].sort();
	const listed = sorted.map((name) => `${name}: util.${name}`).join(', ');
	// With nothing to list, the spread goes with its comma.
	const end = listed ? spread.end : code.indexOf(',', spread.end) + 1;
	const output = new MagicString(code);
	if (listed) output.overwrite(spread.start, end, listed);
	else output.remove(spread.start, end);
	return {
		code: output.toString(),
		names: sorted,
		map: output.generateMap({ hires: 'boundary' }),
	};
}

export function visUtilsPlugin(): Plugin {
	return {
		name: 'narrow-vis-utils',
		transform(code, id) {
			if (!VIS_TIMELINE.test(id)) return null;
			const result = narrowUtils(code);
			if (!result) {
				this.warn(
					'vis-timeline: its vis-util helpers could not be narrowed (see build/vis-utils.ts)',
				);
				return null;
			}
			return { code: result.code, map: result.map as never };
		},
	};
}
