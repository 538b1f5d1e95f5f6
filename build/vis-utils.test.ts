import { readFileSync } from 'node:fs';
import * as visUtil from 'vis-util/esnext/esm/vis-util.js';
import { describe, expect, it } from 'vitest';
import { narrowUtils } from './vis-utils.ts';

const module = (...lines: string[]) =>
	[
		"import * as util from 'vis-util/esnext/esm/vis-util.js';",
		'function convert(x) { return x; }',
		'const availableUtils = {',
		'  ...util,',
		'  convert,',
		'};',
		'Object.defineProperty(availableUtils, "xss", { get: () => 1 });',
		...lines,
	].join('\n');

describe('narrowUtils', () => {
	it('replaces the spread with the names the module reads', () => {
		const result = narrowUtils(
			module(
				'availableUtils.extend(a, b);',
				'availableUtils',
				'  .forEach(x);',
				'availableUtils.convert(1);',
			),
		);
		expect(result?.names).toEqual(['extend', 'forEach']);
		expect(result?.code).toContain(
			'const availableUtils = {\n  extend: util.extend, forEach: util.forEach,\n  convert,',
		);
		expect(result?.code).not.toContain('...util');
	});

	it('leaves the module alone when the object or the namespace is read another way', () => {
		expect(narrowUtils(module('availableUtils[name](a);'))).toBeNull();
		expect(narrowUtils(module('register(availableUtils);'))).toBeNull();
		expect(narrowUtils(module('util.extend(a, b);'))).toBeNull();
		expect(narrowUtils(module('const copy = { ...util };'))).toBeNull();
		expect(narrowUtils('const availableUtils = {};')).toBeNull();
	});

	it('does not count a property or a key named util as the namespace', () => {
		const result = narrowUtils(module('body.util.toScreen(1);', 'const o = { util: { a: 1 } };'));
		expect(result?.names).toEqual([]);
		// Nothing read: the spread goes, and the module still parses.
		expect(result?.code).toContain('const availableUtils = {\n  \n  convert,');
		expect(() => new Function(result!.code.replace(/^import.*$/m, ''))).not.toThrow();
	});

	it('narrows the installed vis-timeline to helpers vis-util has, keeping what Timeline reads', () => {
		const file = 'node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs';
		const result = narrowUtils(readFileSync(file, 'utf8'));
		expect(result).not.toBeNull();
		expect(result!.names).toEqual(expect.arrayContaining(['extend', 'forEach', 'addClassName']));
		// Every name kept is one vis-util exports: the object holds the very same functions.
		for (const name of result!.names) expect(visUtil).toHaveProperty(name);
		expect(result!.names).not.toContain('Configurator');
	});
});
