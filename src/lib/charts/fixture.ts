/**
 * The built-in dataset for the charts' tests, read from disk the way the data check reads it
 * (scripts/check-data.ts), so scenes are tested against the real data; and what the tests ask of
 * every scene (nodes, links, bounds) and its text snapshot. Tests only: uses node:fs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { assembleDataset } from '../../../data/assemble.ts';
import { generateSynthetic } from '../../../scripts/gen-synthetic.ts';
import { toCatalog, type Catalog } from '../model/catalog.ts';
import { parseDataset } from '../model/parse.ts';
import type { ChartInput } from './chart.ts';
import {
	LIGHT,
	roughMeasure,
	type Scene,
	type SceneLink,
	type SceneNode,
	type Steps,
} from './scene.ts';

let cached: Catalog | undefined;

/** The catalog of data/dataset.json and data/sources/, parsed once. */
export function builtinCatalog(): Catalog {
	if (cached) return cached;
	const raw: unknown = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
	const texts = new Map(
		readdirSync('data/sources').map((f) => [f, readFileSync(`data/sources/${f}`, 'utf8')]),
	);
	const parsed = parseDataset(assembleDataset(raw, texts));
	if (!parsed.ok) throw new Error('data/dataset.json does not parse: run npm run check:data');
	cached = toCatalog(parsed.dataset);
	return cached;
}

const synthetic = new Map<number, Catalog>();

/** The catalog of a synthetic dataset of `n` events (scripts/gen-synthetic.ts, seed 1), made once. */
export function syntheticCatalog(n: number): Catalog {
	let found = synthetic.get(n);
	if (!found) synthetic.set(n, (found = toCatalog(generateSynthetic({ n, seed: 1 }))));
	return found;
}

/** Chart inputs for tests: the built-in data, every event shown, rough text widths. */
export function toTestInput(overrides: Partial<ChartInput> = {}): ChartInput {
	const lang = overrides.lang ?? 'en';
	return {
		catalog: builtinCatalog(),
		shown: null,
		selectedId: null,
		matches: null,
		lang,
		dir: lang === 'en' ? 'ltr' : 'rtl',
		cal: 'gregorian',
		palette: LIGHT,
		measure: roughMeasure,
		width: 1000,
		...overrides,
	};
}

/** Every node of a scene, groups included, depth first. */
export function toNodes(nodes: SceneNode[]): SceneNode[] {
	return nodes.flatMap((n) => (n.type === 'group' ? [n, ...toNodes(n.children)] : [n]));
}

/** The link groups of a scene. */
export function toLinks(scene: Scene): (SceneNode & { type: 'group'; link: SceneLink })[] {
	return toNodes(scene.nodes).filter(
		(n): n is SceneNode & { type: 'group'; link: SceneLink } => n.type === 'group' && !!n.link,
	);
}

/** Numbers of a node that are coordinates or sizes (path data included). */
export function toNumbers(node: SceneNode): number[] {
	const values = Object.values(node).filter((v): v is number => typeof v === 'number');
	if (node.type === 'path')
		values.push(...(node.d.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number));
	return values;
}

/**
 * The box a node covers, as [x0, y0, x1, y1]: text by the rough measure, from its anchor and
 * direction, turned by its rotation; a path by its points. Null for a group.
 */
export function toBounds(node: SceneNode): [number, number, number, number] | null {
	switch (node.type) {
		case 'rect':
			return [node.x, node.y, node.x + node.w, node.y + node.h];
		case 'line':
			return [
				Math.min(node.x1, node.x2),
				Math.min(node.y1, node.y2),
				Math.max(node.x1, node.x2),
				Math.max(node.y1, node.y2),
			];
		case 'circle':
			return [node.cx - node.r, node.cy - node.r, node.cx + node.r, node.cy + node.r];
		case 'path': {
			const n = (node.d.match(/-?[\d.]+/g) ?? []).map(Number);
			const xs = n.filter((_, i) => i % 2 === 0);
			const ys = n.filter((_, i) => i % 2 === 1);
			return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
		}
		case 'text': {
			const w = roughMeasure(node.text, node.size, node.weight);
			const rtl = node.dir === 'rtl';
			const start = node.anchor === 'middle' ? -w / 2 : (node.anchor === 'start') !== rtl ? 0 : -w;
			const corners = [
				[start, -node.size * 0.8],
				[start + w, -node.size * 0.8],
				[start, node.size * 0.25],
				[start + w, node.size * 0.25],
			].map(([dx, dy]) => {
				const a = ((node.rotate ?? 0) * Math.PI) / 180;
				return [
					node.x + dx! * Math.cos(a) - dy! * Math.sin(a),
					node.y + dx! * Math.sin(a) + dy! * Math.cos(a),
				];
			});
			const xs = corners.map((c) => c[0]!);
			const ys = corners.map((c) => c[1]!);
			return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
		}
		default:
			return null;
	}
}

/** Nodes that reach outside the scene (by more than half a pixel), described for a test message. */
export function toOutside(scene: Scene): string[] {
	return toNodes(scene.nodes).flatMap((node) => {
		const b = toBounds(node);
		if (!b) return [];
		const [x0, y0, x1, y1] = b;
		const out = x0 < -0.5 || y0 < -0.5 || x1 > scene.width + 0.5 || y1 > scene.height + 0.5;
		return out ? [`${node.type} ${JSON.stringify(b.map((v) => Math.round(v)))}`] : [];
	});
}

const round = (v: number) => String(Math.round(v * 10) / 10);

/**
 * A scene as text for snapshot tests, one node a line, nested by indent, numbers rounded to one
 * decimal (Observable Plot's way): stable across platforms, readable in a diff.
 */
export function formatScene(scene: Scene): string {
	const line = (node: SceneNode, depth: number): string[] => {
		const pad = '  '.repeat(depth);
		if (node.type === 'group') {
			const link = node.link
				? ` link=${node.link.event}${node.link.fact ? `#${node.link.fact}` : ''}${node.link.events ? ` (${node.link.events.length})` : ''}`
				: '';
			return [
				`${pad}group${link}${node.selected ? ' selected' : ''}`,
				...node.children.flatMap((c) => line(c, depth + 1)),
			];
		}
		const fields = Object.entries(node)
			.filter(([k]) => k !== 'type' && k !== 'text')
			.map(([k, v]) => {
				if (typeof v === 'number') return `${k}=${round(v)}`;
				if (k === 'd') return `d=${String(v).replace(/-?\d+(?:\.\d+)?/g, (m) => round(Number(m)))}`;
				return `${k}=${String(v)}`;
			});
		const text = node.type === 'text' ? ` ${JSON.stringify(node.text)}` : '';
		return [`${pad}${node.type}${text} ${fields.join(' ')}`];
	};
	const head = `scene ${scene.width}×${scene.height} ${scene.lang} ${scene.dir} ${JSON.stringify(scene.title)}`;
	return [head, ...scene.nodes.flatMap((n) => line(n, 1))].join('\n') + '\n';
}

/** Runs a stepwise layout to the end: how many times it paused, and its result. */
export function countSteps<T>(steps: Steps<T>): { count: number; value: T } {
	let count = 0;
	let next = steps.next();
	for (; !next.done; next = steps.next()) count++;
	return { count, value: next.value };
}
