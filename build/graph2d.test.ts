import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wrapConstructors } from './graph2d.ts';

describe('wrapConstructors', () => {
	it('wraps a constructor and the inert writes after it into one pure expression', () => {
		const code = [
			'class Component { constructor() { this.options = null; } }',
			'function Legend(body) { this.body = body; }',
			'Legend.prototype = new Component();',
			'Legend.prototype.redraw = function () { return 1; };',
			'Legend.defaults = { size: 2, names: ["a"] };',
			'export { Legend };',
		].join('\n');
		const { code: out, wrapped } = wrapConstructors(code);
		expect(wrapped).toEqual(['Legend']);
		expect(out).toContain('const Legend = /* @__PURE__ */ (() => {\nfunction Legend(body)');
		expect(out).toContain('Legend.defaults = { size: 2, names: ["a"] };\nreturn Legend;\n})();');
		// Still the same module: the wrapped constructor works as before.
		const run = new Function(`${out.replace('export { Legend };', '')}; return Legend;`);
		const Legend = run() as { prototype: { redraw(): number; options: null } };
		expect(Legend.prototype.redraw()).toBe(1);
		expect(Legend.prototype.options).toBeNull();
	});

	it('leaves a constructor alone when a write could act elsewhere', () => {
		const code = [
			'function Points() {}',
			'Points.draw = function () {};',
			'Points.count = register(Points);',
			'function Plain() {}',
		].join('\n');
		expect(wrapConstructors(code)).toMatchObject({ code, wrapped: [] });
	});

	it("finds Graph2d's constructors in the installed vis-timeline", () => {
		const file = 'node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs';
		const { wrapped } = wrapConstructors(readFileSync(file, 'utf8'));
		expect(wrapped).toEqual(
			expect.arrayContaining([
				'Points',
				'Bargraph',
				'Line',
				'GraphGroup',
				'Legend',
				'LineGraph',
				'Graph2d',
			]),
		);
	});
});
