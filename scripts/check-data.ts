/**
 * `npm run check:data`: the built-in dataset must parse and be true to its sources.
 * Prints one precise line per problem and exits non-zero if there is any.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDataset, formatDataError } from '../src/lib/model/parse.ts';
import { assembleDataset } from '../data/assemble.ts';

/** Reads a dataset record and its source texts from a data folder and checks them. */
export function checkDataFolder(dir: string): string[] {
	const jsonPath = join(dir, 'dataset.json');
	const file = relative(process.cwd(), jsonPath) || jsonPath;
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(jsonPath, 'utf8'));
	} catch (error) {
		return [`${file}: (root): expected valid JSON, found ${(error as Error).message}`];
	}
	const sourceDir = join(dir, 'sources');
	const texts = new Map(
		readdirSync(sourceDir).map((name) => [name, readFileSync(join(sourceDir, name), 'utf8')]),
	);
	const problems: string[] = [];
	const sources = (raw as { sources?: { id?: string; file?: string }[] }).sources ?? [];
	sources.forEach((s, i) => {
		if (typeof s.file === 'string' && !texts.has(s.file))
			problems.push(
				`${file}: sources[${i}].file (id "${s.id}"): expected a file in ${relative(process.cwd(), sourceDir)}, found none named "${s.file}"`,
			);
	});
	const result = parseDataset(assembleDataset(raw, texts));
	if (!result.ok) problems.push(...result.errors.map((e) => formatDataError(e, file)));
	return problems;
}

const isMain =
	process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''));
if (isMain) {
	const dir = process.argv[2] ?? 'data';
	const problems = checkDataFolder(dir);
	if (problems.length) {
		for (const p of problems) console.error(p);
		console.error(`check:data: ${problems.length} problem(s) in ${dir}/`);
		process.exit(1);
	}
	console.log(`check:data: ${dir}/ is sound (schema, offsets, references, citations, dates).`);
}
