/**
 * The shown events as a dataset in our own format (README, "Data"), with everything they cite:
 * the passages, the people, the places and the sources, each source with its full text inline so
 * the file stands alone. It passes `parseDataset`, so it can be loaded back as a dataset.
 */
import { toFacts, type Catalog } from '../model/catalog.ts';
import type { Dataset, Event, Source } from '../model/types.ts';
import { toSelectedEvents } from './fields.ts';

/** The passages a source itself cites (its printed date and dateline). */
function sourcePassages(source: Source): string[] {
	return [source.published?.passage, source.dateline?.passage].filter(
		(id): id is string => id !== undefined,
	);
}

/**
 * The sub-dataset of the events `ids` and what they reference. A `partOf` pointing at an event
 * that is not exported is dropped: a dangling reference would make the file invalid.
 */
export function toDatasetSubset(catalog: Catalog, ids: Iterable<string>): Dataset {
	const chosen = new Set(toSelectedEvents(catalog, ids).map((e) => e.id));
	// Dataset order, not date order: exporting everything gives back the dataset as it was.
	const events: Event[] = catalog.dataset.events
		.filter((e) => chosen.has(e.id))
		.map(({ partOf, ...event }) =>
			partOf !== undefined && chosen.has(partOf) ? { ...event, partOf } : event,
		);
	const passageIds = new Set(events.flatMap((e) => toFacts(e).flatMap((f) => f.passages)));
	const sourceIds = new Set([...passageIds].flatMap((id) => catalog.passage.get(id)?.source ?? []));
	const sources = catalog.dataset.sources
		.filter((s) => sourceIds.has(s.id))
		.map(({ file: _file, ...source }) => source);
	for (const source of sources) for (const id of sourcePassages(source)) passageIds.add(id);
	const personIds = new Set(events.flatMap((e) => e.participants.flatMap((p) => p.person ?? [])));
	const placeIds = new Set([
		...events.flatMap((e) => e.place?.place ?? []),
		...sources.flatMap((s) => s.dateline?.place ?? []),
	]);
	return {
		title: catalog.dataset.title,
		sources,
		passages: catalog.dataset.passages.filter((p) => passageIds.has(p.id)),
		people: catalog.dataset.people.filter((p) => personIds.has(p.id)),
		places: catalog.dataset.places.filter((p) => placeIds.has(p.id)),
		events,
	};
}

/** Members of a list written as one piece: few enough for a slice of work, enough to be quick. */
const PER_PIECE = 50;

/**
 * The sub-dataset as JSON text in pieces, the very text of `JSON.stringify(subset, null, '\t')`
 * and a newline: each list (events, passages …) fifty members a piece, so a long list is written
 * a slice at a time. `total` counts the pieces (chunks.ts).
 */
export function toJsonPieces(
	catalog: Catalog,
	ids: Iterable<string>,
): { total: number; pieces: Iterable<string> } {
	const subset = toDatasetSubset(catalog, ids);
	const entries = Object.entries(subset).filter(([, v]) => v !== undefined);
	// A value as it stands one level in: every line after the first one tab further.
	const indent = (value: unknown) => JSON.stringify(value, null, '\t').replace(/\n/g, '\n\t');
	const slices = (n: number) => Math.ceil(n / PER_PIECE);
	const total = entries.reduce((n, [, v]) => n + (Array.isArray(v) ? slices(v.length) : 0) + 1, 2);
	function* pieces(): Generator<string> {
		yield '{\n';
		for (const [k, [key, value]] of entries.entries()) {
			const comma = k < entries.length - 1 ? ',\n' : '\n';
			if (!Array.isArray(value) || value.length === 0) {
				yield `\t${JSON.stringify(key)}: ${indent(value)}${comma}`;
				continue;
			}
			yield `\t${JSON.stringify(key)}: [\n`;
			for (let i = 0; i < value.length; i += PER_PIECE) {
				// "[\n\t\t{…},\n\t\t{…}\n\t]" less its brackets: the members, two tabs in.
				const text = indent(value.slice(i, i + PER_PIECE));
				const more = i + PER_PIECE < value.length;
				yield `${text.slice(2, -3)}${more ? ',\n' : '\n'}`;
			}
			yield `\t]${comma}`;
		}
		yield '}\n';
	}
	return { total, pieces: { [Symbol.iterator]: pieces } };
}

/** The sub-dataset as JSON text, tab-indented like data/dataset.json. */
export function toJson(catalog: Catalog, ids: Iterable<string>): string {
	return [...toJsonPieces(catalog, ids).pieces].join('');
}
