/**
 * A convenient JSON dataset → our full format, ready for `parseDataset(raw, { strict: false })`.
 * The minimum is an id-less list of dated titles. Whatever is given in the full format passes
 * through unchanged; what is missing gets a default, and convenient forms are expanded:
 *
 * - the top level may be just the array of events; `title`, `sources`, `passages`, `people` and
 *   `places` may be missing;
 * - an event without `id` gets one made of its date and title (`2024-07-30-pezeshkian-meets-…`),
 *   numbered when it repeats; `kind` defaults to `reported`;
 * - any text of ours may be a plain string (→ `{ en }`), or a Persian/Arabic text without `en`;
 * - `date` may be `"2024-07-30"`, `"2024-07"`, `"2024"` or `"2024-07-30/2024-08-02"` (precision
 *   inferred, certainty `stated`, empty note), or an object missing precision, certainty or note;
 * - participants may be names (`"Masoud Pezeshkian (IR)"`) and `place` a place name: people and
 *   places are matched by id or name, or created (country `ZZ`, unknown, unless given);
 * - topics and settings may be labels in any of our languages; others are dropped with a warning;
 * - a passage may be `{ source, quote }` without offsets (the quote's first occurrence in the
 *   source), inline where a fact cites it or in `passages`;
 * - a source may lack `id`, `language` (guessed from its script) and `outlet`.
 *
 * Only what cannot be expanded is an error here (a malformed date, a quote not in its source);
 * everything else is left for the schema and integrity check to report at its JSON path.
 */
import { parsePartialIso, toAsciiDigits } from './dates.ts';
import type { DataError } from './integrity.ts';
import { COUNTRY_NAMES, SETTING_LABELS, TOPIC_LABELS } from './messages.ts';
import { SETTINGS, TOPICS, type SettingKind, type Topic } from './types.ts';

export type LooseResult =
	| { ok: true; raw: unknown; warnings: DataError[] }
	| { ok: false; errors: DataError[]; warnings: DataError[] };

export interface LooseOptions {
	/** The dataset's title when the input has none, e.g. the file name. */
	title?: string;
}

/** ISO 3166's code for an unknown country, for people and places given by name alone. */
export const UNKNOWN_COUNTRY = 'ZZ';

type Rec = Record<string, unknown>;
const isRecord = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/** Lower-case ASCII letters, digits and hyphens from any text; '' for text in other scripts. */
export function toSlug(text: string, max = 48): string {
	const slug = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max + 1);
	return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

/**
 * Ids in use in one collection; `claim` returns `base`, or `base-2`, `base-3` … if taken. The
 * records whose ids are taken may be given as a list read at the first claim: a file that gives
 * every id (the full format, the usual large file) never claims, and need not collect them.
 */
export class IdSet {
	readonly #used = new Set<string>();
	#taken: (() => unknown[]) | null;
	constructor(taken: (() => unknown[]) | null = null) {
		this.#taken = taken;
	}
	reserve(id: unknown): void {
		if (typeof id === 'string') this.#used.add(id);
	}
	/** The next number to try for each base: a thousand "irna" sources must not cost a million tries. */
	readonly #next = new Map<string, number>();
	claim(base: string): string {
		if (this.#taken) {
			for (const record of this.#taken()) if (isRecord(record)) this.reserve(record.id);
			this.#taken = null;
		}
		let id = base;
		let n = this.#next.get(base) ?? 2;
		for (; this.#used.has(id); n++) id = `${base}-${n}`;
		this.#next.set(base, n);
		this.#used.add(id);
		return id;
	}
}

const fold = (text: string) => text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

function toVocabulary<T extends string>(
	ids: readonly T[],
	labels: Record<T, Record<string, string>>,
): Map<string, T> {
	const map = new Map<string, T>();
	for (const id of ids) {
		map.set(id, id);
		for (const label of Object.values(labels[id])) map.set(fold(label), id);
	}
	return map;
}
const TOPIC_WORDS = toVocabulary(TOPICS, TOPIC_LABELS);
const SETTING_WORDS = toVocabulary(SETTINGS, SETTING_LABELS);
const COUNTRY_WORDS = new Map(
	Object.entries(COUNTRY_NAMES).flatMap(([code, names]) =>
		Object.values(names).map((name) => [fold(name), code] as const),
	),
);

/** A topic by id or by its label in any of our languages ("Trade", "تجارت"); null if unknown. */
export function toTopic(text: string): Topic | null {
	return TOPIC_WORDS.get(text) ?? TOPIC_WORDS.get(fold(text)) ?? null;
}

/** A setting by id or label in any of our languages; null if unknown. */
export function toSettingKind(text: string): SettingKind | null {
	return SETTING_WORDS.get(text) ?? SETTING_WORDS.get(fold(text)) ?? null;
}

/** A country code from a code in any case ("ir") or a country name we know ("Iran", "ایران"). */
export function toCountryCode(text: string): string | null {
	const t = text.trim();
	if (/^[A-Za-z]{2}$/.test(t)) return t.toUpperCase();
	return COUNTRY_WORDS.get(fold(t)) ?? null;
}

/** "Masoud Pezeshkian (IR)" → the name and the country in brackets, if it is one. */
export function toNameAndCountry(text: string): { name: string; country: string | null } {
	const match = /^(.*\S)\s*\(([^()]+)\)$/.exec(text.trim());
	const country = match ? toCountryCode(match[2]!) : null;
	return match && country ? { name: match[1]!, country } : { name: text.trim(), country: null };
}

/** The language of a text by its letters: Persian if it has letters only Persian uses. */
export function toLanguage(text: string): 'fa' | 'ar' | 'en' {
	if (/[پچژگکی]/.test(text)) return 'fa';
	return /[\u0600-\u06FF]/.test(text) ? 'ar' : 'en';
}

const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** The precision a partial ISO date implies by its length. */
export const toPrecision = (iso: string) =>
	(['year', 'month', 'day'] as const)[iso.split('-').length - 1] ?? 'day';

/** A partial ISO date that exists ("2024-07-30", "2024-07", "2024"), from any digits; or null. */
export function toIsoDate(text: string): string | null {
	const iso = toAsciiDigits(text.trim());
	return DATE_SHAPE.test(iso) && parsePartialIso(iso) ? iso : null;
}

export const DATE_EXPECTED = 'a date like 2024-07-30, 2024-07 or 2024';

/** Unknown values of a vocabulary, reported once each with the number of places they occur. */
export class Dropped {
	readonly #seen = new Map<string, { path: string; count: number }>();
	constructor(readonly expected: string) {}
	add(value: string, path: string): void {
		const seen = this.#seen.get(value);
		if (seen) seen.count++;
		else this.#seen.set(value, { path, count: 1 });
	}
	toWarnings(): DataError[] {
		return [...this.#seen].map(([value, { path, count }]) => ({
			path,
			message: `expected ${this.expected}, found ${JSON.stringify(value)}; dropped${count > 1 ? ` here and in ${count - 1} more place${count > 2 ? 's' : ''}` : ''}`,
		}));
	}
}

export const TOPICS_EXPECTED = `one of our topics (${TOPICS.join(', ')})`;
const SETTINGS_EXPECTED = `one of our settings (${SETTINGS.join(', ')})`;

/** Our words, from a string or an object that may lack `en`; `blank` fills a missing one with ''. */
function toLocalized(value: unknown, blank = false): unknown {
	if (typeof value === 'string') return { en: value.trim() };
	if (value === undefined && blank) return { en: '' };
	if (!isRecord(value) || isText(value.en)) return value;
	const en = [value.fa, value.ar].find(isText) ?? (blank ? '' : value.en);
	return patch(value, { en });
}

/**
 * `value` with `changes` applied (an undefined change removes the field). Returns `value` itself
 * when nothing changes, so a file already in the full format passes through without a copy:
 * ten thousand events parse in a fraction of the time and memory.
 */
function patch(value: Rec, changes: Rec): Rec {
	let same = true;
	for (const key in changes)
		if (changes[key] !== value[key]) {
			same = false;
			break;
		}
	if (same) return value;
	const out: Rec = {};
	for (const key in value) if (!(key in changes)) out[key] = value[key];
	for (const key in changes) if (changes[key] !== undefined) out[key] = changes[key];
	return out;
}

/** `list` mapped; the same array if every item maps to itself. */
function mapSame(list: unknown[], map: (item: unknown, i: number) => unknown): unknown[] {
	let out: unknown[] | null = null;
	for (let i = 0; i < list.length; i++) {
		const item = map(list[i], i);
		if (out) out.push(item);
		else if (item !== list[i]) out = [...list.slice(0, i), item];
	}
	return out ?? list;
}

type Kind = 'person' | 'place';

/** The state of one conversion: records made along the way, errors and warnings. */
class Context {
	readonly errors: DataError[] = [];
	readonly sourceText = new Map<string, string>();
	/** Passages given inline where facts cite them, and people and places made from names. */
	readonly made = { passage: [] as Rec[], person: [] as Rec[], place: [] as Rec[] };
	readonly ids: Record<'source' | 'passage' | 'person' | 'place' | 'event', IdSet>;
	/** `records(key)`: the input's collection `key` (sources, passages …), for the ids taken. */
	constructor(records: (key: string) => unknown[]) {
		this.ids = {
			source: new IdSet(() => records('sources')),
			passage: new IdSet(() => records('passages')),
			person: new IdSet(() => records('people')),
			place: new IdSet(() => records('places')),
			event: new IdSet(() => records('events')),
		};
	}
	readonly topics = new Dropped(TOPICS_EXPECTED);
	readonly settings = new Dropped(SETTINGS_EXPECTED);
	readonly #byId = { person: new Map<string, Rec>(), place: new Map<string, Rec>() };
	readonly #byName = { person: new Map<string, Rec>(), place: new Map<string, Rec>() };
	readonly #quoted = new Map<string, string>();

	/** Adds a person or place; it answers to its id and to its name in each language. */
	add(kind: Kind, record: Rec): void {
		if (typeof record.id === 'string') this.#byId[kind].set(record.id, record);
		const names = isRecord(record.name) ? Object.values(record.name) : [];
		for (const key of [record.id, ...names])
			if (typeof key === 'string' && !this.#byName[kind].has(fold(key)))
				this.#byName[kind].set(fold(key), record);
	}

	byId(kind: Kind, id: unknown): Rec | undefined {
		return typeof id === 'string' ? this.#byId[kind].get(id) : undefined;
	}

	/** The person or place called `name` (its id or a name), made if there is none. */
	named(kind: Kind, name: string, country: string | null): Rec {
		const found = this.#byName[kind].get(fold(name));
		if (found) return found;
		const id = this.ids[kind].claim(toSlug(name) || kind);
		const record: Rec = { id, name: { en: name }, country: country ?? UNKNOWN_COUNTRY };
		this.made[kind].push(record);
		this.add(kind, record);
		return record;
	}

	/**
	 * A passage that may be given by its quote alone: located in its source, an id made. `at`
	 * (its JSON path) is made only for a problem: a large file has tens of thousands of passages.
	 */
	passage(value: Rec, at: () => string): Rec {
		const { quote, source } = value;
		const text = value.text ?? quote;
		let { start, end } = value;
		const located = start === undefined && end === undefined && typeof text === 'string';
		// In the full format already (id, text, offsets): kept as it is, without a patch.
		if (!located && quote === undefined && value.id !== undefined && value.id !== null)
			return value;
		if (located) {
			const sourceText = this.sourceText.get(String(source));
			if (sourceText === undefined) {
				const found = typeof source === 'string' ? `unknown "${source}"` : 'none';
				this.errors.push({
					path: `${at()}.source`,
					message: `expected a source id, found ${found}`,
				});
				return value;
			}
			const found = text === '' ? -1 : sourceText.indexOf(text);
			if (found < 0) {
				this.errors.push({
					path: `${at()}.${quote === undefined ? 'text' : 'quote'}`,
					message: `expected a quote that occurs in source "${String(source)}", found «${text}», which does not`,
				});
				return value;
			}
			[start, end] = [found, found + text.length];
		}
		const id =
			value.id ??
			(typeof source === 'string'
				? this.ids.passage.claim(`${source}-q${++this.#count}`)
				: undefined);
		return patch(value, { id, text, quote: undefined, start, end });
	}
	#count = 0;

	/** The id of a passage a fact gives inline; the same quote cited twice is one passage. */
	inline(value: Rec, at: string): unknown {
		const key =
			value.id === undefined ? `${String(value.source)}\n${String(value.quote ?? value.text)}` : '';
		const known = key ? this.#quoted.get(key) : undefined;
		if (known) return known;
		const passage = this.passage(value, () => at);
		this.made.passage.push(passage);
		if (key && typeof passage.id === 'string') this.#quoted.set(key, passage.id);
		return passage.id;
	}
}

/** A fact's `passages`: ids kept, `{ source, quote }` objects added as passages. */
function toCited(value: unknown, at: string, ctx: Context): unknown {
	if (value === undefined) return [];
	if (!Array.isArray(value)) return value;
	return mapSame(value, (item, i) => (isRecord(item) ? ctx.inline(item, `${at}[${i}]`) : item));
}

function toDate(value: unknown, at: string, ctx: Context): unknown {
	if (typeof value === 'string') {
		const [start, end, ...more] = value.split('/');
		const iso = [start, end].map((part) => (part === undefined ? undefined : toIsoDate(part)));
		if (iso[0] === null || iso[1] === null || more.length) {
			ctx.errors.push({
				path: at,
				message: `expected ${DATE_EXPECTED} (or a range 2024-07-30/2024-08-02), found ${JSON.stringify(value)}`,
			});
			return value;
		}
		value = { start: iso[0], end: iso[1] };
	}
	if (!isRecord(value)) return value;
	const start = typeof value.start === 'string' ? toAsciiDigits(value.start.trim()) : value.start;
	const end = typeof value.end === 'string' ? toAsciiDigits(value.end.trim()) : value.end;
	const precision =
		value.precision ??
		(end !== undefined ? 'range' : typeof start === 'string' ? toPrecision(start) : undefined);
	return patch(value, {
		start,
		end,
		precision,
		certainty: value.certainty ?? 'stated',
		note: toLocalized(value.note, true),
		passages: toCited(value.passages, `${at}.passages`, ctx),
	});
}

function toParticipant(value: unknown, at: string, ctx: Context): unknown {
	if (typeof value === 'string') value = { name: value };
	if (!isRecord(value)) return value;
	let person = value.person;
	let code = typeof value.country === 'string' ? toCountryCode(value.country) : null;
	if (person === undefined && isText(value.name)) {
		const given = toNameAndCountry(value.name);
		code ??= given.country;
		person = ctx.named('person', given.name, code).id;
	}
	return patch(value, {
		name: undefined,
		person,
		role: toLocalized(value.role, true),
		// A country that is no code we know is kept as given, for the schema to report.
		country: code ?? value.country ?? ctx.byId('person', person)?.country ?? UNKNOWN_COUNTRY,
		passages: toCited(value.passages, `${at}.passages`, ctx),
	});
}

function toEventPlace(value: unknown, at: string, ctx: Context): unknown {
	if (typeof value === 'string') value = { name: value };
	if (!isRecord(value)) return value;
	const code = typeof value.country === 'string' ? toCountryCode(value.country) : null;
	let place: Rec | undefined;
	if (value.place === undefined && isText(value.name)) {
		const given = toNameAndCountry(value.name);
		place = ctx.named('place', given.name, code ?? given.country);
	} else place = ctx.byId('place', value.place);
	return patch(value, {
		name: undefined,
		place: place ? place.id : value.place,
		country: code ?? value.country ?? place?.country ?? UNKNOWN_COUNTRY,
		detail: toLocalized(value.detail),
		certainty: value.certainty ?? 'stated',
		note: toLocalized(value.note),
		passages: toCited(value.passages, `${at}.passages`, ctx),
	});
}

function toSetting(value: unknown, at: string, ctx: Context): unknown {
	if (typeof value === 'string') value = { kind: value };
	if (!isRecord(value) || typeof value.kind !== 'string') return value;
	const kind = toSettingKind(value.kind);
	if (!kind) {
		ctx.settings.add(value.kind, `${at}.kind`);
		return undefined;
	}
	return patch(value, {
		kind,
		label: value.label === undefined ? { ...SETTING_LABELS[kind] } : toLocalized(value.label),
		passages: toCited(value.passages, `${at}.passages`, ctx),
	});
}

function toTopics(value: unknown, at: string, ctx: Context): unknown {
	if (value === undefined) return [];
	if (!Array.isArray(value)) return value;
	const topics: unknown[] = [];
	value.forEach((item, i) => {
		const record = typeof item === 'string' ? { topic: item } : item;
		if (!isRecord(record) || typeof record.topic !== 'string') return topics.push(item);
		const topic = toTopic(record.topic);
		if (!topic) return ctx.topics.add(record.topic, `${at}[${i}]`);
		const passages = toCited(record.passages, `${at}[${i}].passages`, ctx);
		topics.push(patch(record, { topic, passages }));
	});
	return topics.length === value.length && topics.every((t, i) => t === value[i]) ? value : topics;
}

function toOutcome(value: unknown, at: string, ctx: Context): unknown {
	if (!isRecord(value)) return value;
	const { figure } = value;
	return patch(value, {
		kind: value.kind ?? 'statement',
		text: toLocalized(value.text),
		figure: isRecord(figure) ? patch(figure, { unit: toLocalized(figure.unit) }) : figure,
		passages: toCited(value.passages, `${at}.passages`, ctx),
	});
}

function toSummary(value: unknown, at: string, ctx: Context): unknown {
	const summary = toLocalized(value, true);
	if (!isRecord(summary)) return summary;
	return patch(summary, { passages: toCited(summary.passages, `${at}.passages`, ctx) });
}

function toEvent(value: unknown, at: string, ctx: Context): unknown {
	if (!isRecord(value)) return value;
	const title = toLocalized(value.title);
	const date = toDate(value.date, `${at}.date`, ctx);
	const list = (key: string, map: (item: unknown, at: string, ctx: Context) => unknown) => {
		const items = value[key];
		if (items === undefined) return [];
		return Array.isArray(items)
			? mapSame(items, (item, i) => map(item, `${at}.${key}[${i}]`, ctx))
			: items;
	};
	let id = value.id;
	if (id === undefined) {
		const start = isRecord(date) && typeof date.start === 'string' ? date.start : '';
		const words = isRecord(title) && typeof title.en === 'string' ? toSlug(title.en) : '';
		id = ctx.ids.event.claim([toSlug(start), words].filter(Boolean).join('-') || 'event');
	}
	return patch(value, {
		id,
		kind: value.kind ?? 'reported',
		title,
		summary: toSummary(value.summary, `${at}.summary`, ctx),
		date,
		place: value.place === undefined ? undefined : toEventPlace(value.place, `${at}.place`, ctx),
		participants: list('participants', toParticipant),
		setting:
			value.setting === undefined ? undefined : toSetting(value.setting, `${at}.setting`, ctx),
		topics: toTopics(value.topics, `${at}.topics`, ctx),
		outcomes: list('outcomes', toOutcome),
	});
}

function toSource(value: unknown, ctx: Context): unknown {
	if (!isRecord(value)) return value;
	const { url, outlet, text } = value;
	const headline = value.headline ?? value.title;
	let host = '';
	try {
		host = typeof url === 'string' ? new URL(url).hostname.replace(/^www\./, '') : '';
	} catch {
		// A relative or broken URL names no outlet.
	}
	const named =
		typeof outlet === 'string'
			? { en: outlet }
			: isRecord(outlet) && !isText(outlet.en) && isText(outlet.printed)
				? patch(outlet, { en: outlet.printed })
				: (outlet ?? { en: [host, headline].find(isText) ?? 'Unnamed source' });
	const name = isRecord(named) && typeof named.en === 'string' ? named.en : '';
	const id = value.id ?? ctx.ids.source.claim(toSlug(name) || 'source');
	if (typeof id === 'string' && typeof text === 'string') ctx.sourceText.set(id, text);
	return patch(value, {
		title: undefined,
		id,
		headline,
		outlet: named,
		via: typeof value.via === 'string' ? { en: value.via } : value.via,
		language: value.language ?? (typeof text === 'string' ? toLanguage(text) : undefined),
	});
}

/** Turns a convenient dataset (README, "Formats") into the full format, or says what is wrong. */
export function fromLooseJson(input: unknown, opts: LooseOptions = {}): LooseResult {
	const raw: unknown = Array.isArray(input) ? { events: input } : input;
	if (!isRecord(raw)) {
		const found = input === null ? 'null' : typeof input;
		return {
			ok: false,
			errors: [{ path: '(root)', message: `expected an object or an array, found ${found}` }],
			warnings: [],
		};
	}
	const ctx = new Context((key) => {
		const list = raw[key];
		return Array.isArray(list) ? list : [];
	});
	/** A collection mapped item by item; missing is empty, anything else is left for the schema. */
	const listed = (key: string, map: (value: unknown, i: number) => unknown): unknown => {
		const list = raw[key];
		return list === undefined ? [] : Array.isArray(list) ? mapSame(list, map) : list;
	};
	const sources = listed('sources', (s) => toSource(s, ctx));
	const passages = listed('passages', (p, i) =>
		isRecord(p) ? ctx.passage(p, () => `passages[${i}]`) : p,
	);
	const declared = (key: string, kind: Kind) =>
		listed(key, (r) => {
			if (!isRecord(r)) return r;
			const name = toLocalized(r.name);
			const en = isRecord(name) && typeof name.en === 'string' ? name.en : '';
			const id = r.id ?? ctx.ids[kind].claim(toSlug(en) || kind);
			const record = patch(r, { id, name, country: r.country ?? UNKNOWN_COUNTRY });
			ctx.add(kind, record);
			return record;
		});
	const people = declared('people', 'person');
	const places = declared('places', 'place');
	const events = listed('events', (e, i) => toEvent(e, `events[${i}]`, ctx));
	const warnings = [...ctx.topics.toWarnings(), ...ctx.settings.toWarnings()];
	if (ctx.errors.length) return { ok: false, errors: ctx.errors, warnings };
	const extend = (list: unknown, made: Rec[]) =>
		Array.isArray(list) && made.length ? [...list, ...made] : list;
	// The JSON Schema a file names (as our examples do) is for editors, not data. Left in, the
	// check would drop it, by copying the whole dataset (parse.ts), a quarter of a second at
	// ten thousand events.
	const data = { ...raw };
	delete data.$schema;
	return {
		ok: true,
		warnings,
		raw: {
			...data,
			title: toLocalized(raw.title) ?? { en: opts.title ?? 'Untitled dataset' },
			sources,
			passages: extend(passages, ctx.made.passage),
			people: extend(people, ctx.made.person),
			places: extend(places, ctx.made.place),
			...(raw.events === undefined ? {} : { events }),
		},
	};
}
