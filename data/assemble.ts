/**
 * Joins the dataset record with the verbatim source texts it names by file. Kept apart from the
 * loaders so the browser (Vite glob import) and the data check (fs) assemble it the same way.
 */

interface RawSource {
	file?: unknown;
	text?: unknown;
}

/** Returns a copy of `raw` whose sources with a `file` carry that file's text (if it exists). */
export function assembleDataset(raw: unknown, texts: ReadonlyMap<string, string>): unknown {
	if (typeof raw !== 'object' || raw === null) return raw;
	const record = raw as { sources?: unknown };
	if (!Array.isArray(record.sources)) return raw;
	const sources = record.sources.map((source: RawSource) => {
		if (typeof source !== 'object' || source === null || typeof source.file !== 'string')
			return source;
		if (source.text !== undefined) return source;
		const text = texts.get(source.file);
		return text === undefined ? source : { ...source, text };
	});
	return { ...record, sources };
}
