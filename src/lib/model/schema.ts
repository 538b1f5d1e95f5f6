/**
 * The shape of a dataset, as a valibot schema. Shape only: references, offsets and calendar facts
 * are checked in integrity.ts once the shape is known to be right. Two variants: strict for the
 * built-in data, lenient for a user's file (empty summaries, date notes and roles allowed).
 * public/schema/dataset.schema.json is generated from the lenient one (`npm run gen:schema`).
 */
import * as v from 'valibot';
import { SETTINGS, TOPICS } from './types.ts';

const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and hyphens'),
);
const text = v.pipe(v.string(), v.minLength(1, 'a non-empty string'));
const country = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'a two-letter country code such as "IR"'));
const weekday = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6));

export const LocalizedSchema = v.object({
	en: text,
	fa: v.optional(text),
	ar: v.optional(text),
});

const cited = { passages: v.array(id) };

export const SourceSchema = v.object({
	id,
	file: v.optional(text),
	language: v.picklist(['fa', 'ar', 'en']),
	outlet: v.object({ printed: v.optional(text), en: text }),
	via: v.optional(v.object({ printed: v.optional(text), en: text })),
	headline: v.optional(text),
	published: v.optional(
		v.object({
			printed: v.optional(text),
			iso: v.optional(text),
			passage: v.optional(id),
			jalali: v.optional(text),
			weekday: v.optional(weekday),
			note: v.optional(LocalizedSchema),
		}),
	),
	dateline: v.optional(v.object({ printed: text, passage: v.optional(id), place: v.optional(id) })),
	url: v.optional(text),
	// Built-in sources name a file instead; the loader fills `text` before parsing.
	text: v.string(),
});

export const PassageSchema = v.object({
	id,
	source: id,
	start: v.pipe(v.number(), v.integer(), v.minValue(0)),
	end: v.pipe(v.number(), v.integer(), v.minValue(0)),
	text,
});

export const PersonSchema = v.object({ id, name: LocalizedSchema, country });

export const PlaceSchema = v.object({
	id,
	name: LocalizedSchema,
	country,
	coords: v.optional(
		v.tuple([
			v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
			v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
		]),
	),
});

const certainty = v.picklist(['stated', 'derived', 'inferred']);

/**
 * Our own words that a lenient dataset (a user's file) may leave empty: a summary, a date note, a
 * role. The UI shows nothing for an empty one. The built-in data must write them all.
 */
export const BlankableSchema = v.object({
	en: v.string(),
	fa: v.optional(text),
	ar: v.optional(text),
});

function toEventSchema(words: typeof LocalizedSchema | typeof BlankableSchema) {
	return v.object({
		id,
		kind: v.picklist(['reported', 'mentioned']),
		title: LocalizedSchema,
		summary: v.object({ ...words.entries, ...cited }),
		date: v.object({
			start: text,
			end: v.optional(text),
			precision: v.picklist(['day', 'month', 'year', 'range', 'about']),
			certainty,
			note: words,
			...cited,
			weekday: v.optional(v.object({ day: weekday, passage: id })),
			jalali: v.optional(v.object({ date: text, passage: id })),
		}),
		place: v.optional(
			v.object({
				place: v.optional(id),
				country,
				detail: v.optional(LocalizedSchema),
				certainty,
				note: v.optional(LocalizedSchema),
				...cited,
			}),
		),
		participants: v.array(v.object({ person: v.optional(id), role: words, country, ...cited })),
		setting: v.optional(v.object({ kind: v.picklist(SETTINGS), label: LocalizedSchema, ...cited })),
		topics: v.array(v.object({ topic: v.picklist(TOPICS), ...cited })),
		outcomes: v.array(
			v.object({
				kind: v.picklist(['target', 'agreement', 'proposal', 'statement', 'figure', 'visit']),
				text: LocalizedSchema,
				figure: v.optional(v.object({ value: v.number(), unit: LocalizedSchema })),
				...cited,
			}),
		),
		partOf: v.optional(id),
	});
}

export const EventSchema = toEventSchema(LocalizedSchema);
/** An event of a user's dataset: its summary, date note and roles may be empty strings. */
export const LenientEventSchema = toEventSchema(BlankableSchema);

function toDatasetSchema(event: typeof EventSchema | typeof LenientEventSchema) {
	return v.object({
		title: LocalizedSchema,
		sources: v.array(SourceSchema),
		passages: v.array(PassageSchema),
		people: v.array(PersonSchema),
		places: v.array(PlaceSchema),
		events: v.array(event),
	});
}

/** The built-in data's shape: every text of ours written. */
export const DatasetSchema = toDatasetSchema(EventSchema);
/** A user's dataset in the full format (see `parseDataset(raw, { strict: false })`). */
export const LenientDatasetSchema = toDatasetSchema(LenientEventSchema);
