/**
 * `npm run gen:schema`: writes public/schema/dataset.schema.json, the JSON Schema of our full
 * JSON format, from the valibot schema the app parses user files with (the lenient one). The
 * schema describes shape only; offsets, references and dates are checked by the app on load.
 */
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as prettier from 'prettier';
import {
	BlankableSchema,
	LenientDatasetSchema,
	LenientEventSchema,
	LocalizedSchema,
	PassageSchema,
	PersonSchema,
	PlaceSchema,
	SourceSchema,
} from '../src/lib/model/schema.ts';

export const SCHEMA_PATH = 'public/schema/dataset.schema.json';

/** What each definition is, for editors that show schema descriptions on hover. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
	Localized: 'Our own words: English always, Persian (fa) and Arabic (ar) where written.',
	Blankable:
		'Our own words that may be left empty (""), for a summary, a date note or a role the file does not give.',
	Source:
		'A verbatim article. `text` is the ground truth that every passage offset points into; `file` is for the built-in data module only.',
	Passage:
		'A span of a source: JavaScript string indices [start, end) into the source text, and the text itself, which must equal the source at those offsets.',
	Person: 'A person, by id. `country` is an ISO 3166-1 alpha-2 code; ZZ when unknown.',
	Place: 'A place, by id, with [latitude, longitude] if known.',
	Event:
		'A meeting or event: `reported` if a source reports it, `mentioned` if one only refers to it. Every fact lists the ids of the passages that support it (possibly none).',
};

/**
 * A tuple ([latitude, longitude]) as draft-07 means it: exactly that many items. The converter
 * lists the items but leaves the length open, which validators (Ajv) warn about.
 */
function fixTuples(node: unknown): void {
	if (typeof node !== 'object' || node === null) return;
	const record = node as Record<string, unknown>;
	if (Array.isArray(record.items))
		Object.assign(record, { minItems: record.items.length, maxItems: record.items.length });
	for (const value of Object.values(record)) fixTuples(value);
}

/** The JSON Schema document, deterministic (same input, same bytes). */
export function toDatasetJsonSchema(): Record<string, unknown> {
	const schema = toJsonSchema(LenientDatasetSchema, {
		definitions: {
			Localized: LocalizedSchema,
			Blankable: BlankableSchema,
			Source: SourceSchema,
			Passage: PassageSchema,
			Person: PersonSchema,
			Place: PlaceSchema,
			Event: LenientEventSchema,
		},
	}) as Record<string, unknown> & { $defs?: Record<string, Record<string, unknown>> };
	for (const [name, definition] of Object.entries(schema.$defs ?? {}))
		if (DESCRIPTIONS[name]) definition.description = DESCRIPTIONS[name];
	fixTuples(schema);
	const { $schema, ...rest } = schema;
	return {
		$schema,
		$id: 'dataset.schema.json',
		title: 'Chronology dataset',
		description:
			'A chronology in which every fact cites passages of its sources: the full JSON format of the Iran–Kazakhstan summitry app (README, "Data"). The app also reads a shorter form and CSV (README, "Your own data"). Beyond this shape it checks that every passage equals its source text at its offsets, that every reference resolves, and that dates, weekdays and Jalali dates agree.',
		...rest,
	};
}

/** The file's text, formatted as `npm run lint` wants it. */
export async function formatDatasetJsonSchema(): Promise<string> {
	const options = await prettier.resolveConfig(SCHEMA_PATH);
	return prettier.format(JSON.stringify(toDatasetJsonSchema()), {
		...options,
		filepath: SCHEMA_PATH,
	});
}

const isMain =
	process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''));
if (isMain) {
	writeFileSync(SCHEMA_PATH, await formatDatasetJsonSchema());
	console.log(`gen:schema: wrote ${SCHEMA_PATH}`);
}
