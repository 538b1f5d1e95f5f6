/**
 * The built-in dataset: the record in dataset.json plus the verbatim articles in sources/, bundled
 * into the app at build time (no request at run time).
 */
import raw from './dataset.json';
import { assembleDataset } from './assemble.ts';

const files = import.meta.glob('./sources/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true,
}) as Record<string, string>;

const texts = new Map(
	Object.entries(files).map(([path, text]) => [path.slice('./sources/'.length), text]),
);

/** The built-in dataset, unparsed: it goes through `parseDataset` like any other. */
export const builtinDataset: unknown = assembleDataset(raw, texts);
