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

/** The sub-dataset as JSON text, tab-indented like data/dataset.json. */
export function toJson(catalog: Catalog, ids: Iterable<string>): string {
	return `${JSON.stringify(toDatasetSubset(catalog, ids), null, '\t')}\n`;
}
