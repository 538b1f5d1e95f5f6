/**
 * The typed records of a chronology. Raw input (our data module or a user's file) becomes these
 * only through `parseDataset` in parse.ts; everything downstream may trust them.
 */

/** Languages of the UI and of our own (editorial) text. Source quotes keep their own language. */
export type Lang = 'en' | 'fa' | 'ar';

/** Our own words, in English always and in Persian/Arabic where written. */
export interface Localized {
	en: string;
	fa?: string;
	ar?: string;
}

/** ISO 3166-1 alpha-2 code, upper case. */
export type CountryCode = string;

/** A verbatim article. `text` is the ground truth every passage offset points into. */
export interface Source {
	id: string;
	/** The seed file the text was copied from, byte for byte. */
	file?: string;
	language: 'fa' | 'ar' | 'en';
	/** The outlet as printed in the article, and its English name. */
	outlet: { printed?: string; en: string };
	/** The outlet the article credits as its own source (Zamar News citing ILNA). */
	via?: { printed?: string; en: string };
	/** The article's headline as printed, if it has one. */
	headline?: string;
	/** Publication date as printed (verbatim) and its ISO equivalent where derivable. */
	published?: {
		printed?: string;
		iso?: string;
		/** Passage holding the printed date. */
		passage?: string;
		/** A Jalali date printed in the article, as `YYYY-MM-DD` in the Jalali calendar. */
		jalali?: string;
		/** Weekday printed with the date: 0 = Sunday … 6 = Saturday. */
		weekday?: number;
		note?: Localized;
	};
	/** The dateline city as printed, e.g. "استانه". */
	dateline?: { printed: string; passage?: string; place?: string };
	url?: string;
	text: string;
}

/** A span of a source, by JavaScript string indices [start, end), with its text for checking. */
export interface Passage {
	id: string;
	source: string;
	start: number;
	end: number;
	text: string;
}

export interface Person {
	id: string;
	name: Localized;
	country: CountryCode;
}

export interface Place {
	id: string;
	name: Localized;
	country: CountryCode;
	/** [latitude, longitude], WGS 84. Reference geography, not a claim of any source. */
	coords?: [number, number];
}

/**
 * How exactly a date is known. `day`: one day. `month`/`year`: only that much is known.
 * `range`: somewhere between `start` and `end` inclusive. `about`: near `start`, bounds unknown.
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'range' | 'about';

/**
 * Where a date comes from. `stated`: printed in the source. `derived`: follows from the source by
 * reasoning given in the note (e.g. "Monday" in an article dated Tuesday). `inferred`: needs
 * knowledge from outside the sources; the note says what.
 */
export type DateCertainty = 'stated' | 'derived' | 'inferred';

export interface EventDate {
	/** ISO date, partial allowed by precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, event-local. */
	start: string;
	/** Inclusive end, for `range` only. */
	end?: string;
	precision: DatePrecision;
	certainty: DateCertainty;
	/** One sentence on how the date follows from the passages. */
	note: Localized;
	/** The passages that give or imply the date. */
	passages: string[];
	/** A weekday a source states for this date (0 = Sunday … 6 = Saturday) and where it says so. */
	weekday?: { day: number; passage: string };
	/** A Jalali date a source states for this event, `YYYY-MM-DD` (Jalali). */
	jalali?: { date: string; passage: string };
}

/** Controlled vocabulary of topics. */
export const TOPICS = [
	'trade',
	'transit',
	'energy',
	'agriculture',
	'industry',
	'culture',
	'education',
	'science',
	'health',
	'tourism',
	'finance',
	'caspian',
	'regional-organisations',
	'mobility',
	'parliamentary',
	'agreements',
] as const;
export type Topic = (typeof TOPICS)[number];

export const SETTINGS = [
	'state-visit',
	'delegation-talks',
	'press-conference',
	'summit-sidelines',
	'summit',
	'inauguration',
	'courtesy-call',
	'bilateral-meeting',
] as const;
export type SettingKind = (typeof SETTINGS)[number];

/** Anything a fact rests on: its supporting passages. */
export interface Cited {
	passages: string[];
}

export interface Participant extends Cited {
	/** A named person; absent when the source names only the office ("the president of Russia"). */
	person?: string;
	role: Localized;
	country: CountryCode;
}

export interface EventPlace extends Cited {
	/** Place id; absent when the source names only a country. */
	place?: string;
	country: CountryCode;
	/** Venue or detail in our words, e.g. "UN headquarters". */
	detail?: Localized;
	certainty: DateCertainty;
	note?: Localized;
}

export interface Setting extends Cited {
	kind: SettingKind;
	label: Localized;
}

export interface TopicRef extends Cited {
	topic: Topic;
}

export type OutcomeKind = 'target' | 'agreement' | 'proposal' | 'statement' | 'figure' | 'visit';

export interface Outcome extends Cited {
	kind: OutcomeKind;
	text: Localized;
	/** A number the source gives, with its unit in our words. */
	figure?: { value: number; unit: Localized };
}

/** A meeting or event: `reported` if a source reports it, `mentioned` if one only refers to it. */
export interface Event {
	id: string;
	kind: 'reported' | 'mentioned';
	title: Localized;
	summary: Localized & Cited;
	date: EventDate;
	place?: EventPlace;
	participants: Participant[];
	setting?: Setting;
	topics: TopicRef[];
	outcomes: Outcome[];
	/** Other events this one belongs to (a sideline meeting → its summit). */
	partOf?: string;
}

export interface Dataset {
	title: Localized;
	sources: Source[];
	passages: Passage[];
	people: Person[];
	places: Place[];
	events: Event[];
}

/** A dataset's collections of records (each record has an id), in the order a file lists them. */
export const COLLECTIONS = ['sources', 'passages', 'people', 'places', 'events'] as const;
export type Collection = (typeof COLLECTIONS)[number];
/** A dataset's records without the rest (its title): what is sent and indexed apart. */
export type Records = Pick<Dataset, Collection>;
