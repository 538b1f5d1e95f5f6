/**
 * What the bench serves: the app built as production ships it, the bare vis-timeline reference
 * beside it (`reference/`), and the synthetic datasets (`synthetic/N.json`). Built into a folder
 * of its own, so that someone's `vite build` into dist/ mid-run cannot change what is measured.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { formatSynthetic, generateSynthetic } from '../scripts/gen-synthetic.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * `vite build` of the app with its own config, into `outDir` (emptied first). Unminified, for a
 * profile whose function names can be read.
 */
export async function buildApp(outDir: string, { minify = true } = {}): Promise<void> {
	await build({
		configFile: join(ROOT, 'vite.config.ts'),
		root: ROOT,
		logLevel: 'warn',
		build: { outDir: resolve(outDir), emptyOutDir: true, ...(minify ? {} : { minify: false }) },
	});
}

/** The reference page (bench/reference), into `outDir/reference`. */
export async function buildReference(outDir: string): Promise<void> {
	await build({
		configFile: false,
		root: join(ROOT, 'bench/reference'),
		base: './',
		logLevel: 'warn',
		build: { outDir: resolve(outDir, 'reference'), emptyOutDir: true },
	});
}

/**
 * Writes `synthetic/N.json` (seed 1) for each N and returns each dataset's event ids, by which a
 * run checks that the page drew that dataset and not the built-in one.
 */
export function writeDatasets(outDir: string, ns: readonly number[]): Map<number, Set<string>> {
	const dir = resolve(outDir, 'synthetic');
	mkdirSync(dir, { recursive: true });
	const ids = new Map<number, Set<string>>();
	for (const n of ns) {
		const dataset = generateSynthetic({ n, seed: 1 });
		writeFileSync(join(dir, `${n}.json`), formatSynthetic(dataset));
		ids.set(n, new Set(dataset.events.map((e) => e.id)));
	}
	return ids;
}
