/**
 * Checks that a well-shaped dataset is also true to its sources: every quote equals the source at
 * its offsets, every reference resolves, every fact cites a passage, every date exists and agrees
 * with any weekday or Jalali date a source states.
 */
import {
	jalaliToDate,
	parsePartialIso,
	toIsoDay,
	toStartDate,
	WEEKDAYS_EN,
	type PartialDate,
} from './dates.ts';
import { toUtcDayNumber } from './calendar.ts';
import { COLLECTIONS, type Dataset, type EventDate } from './types.ts';

/** One problem, located precisely enough to fix without searching. */
export interface DataError {
	/** JSON path of the field, e.g. `events[2].date.weekday`. */
	path: string;
	/** Id of the record the field belongs to, when it has one. */
	id?: string;
	message: string;
}

type Report = (path: string, id: string | undefined, message: string) => void;

/** A Jalali `YYYY-MM-DD` as its local day (`jalaliToDate`), or null if there is no such day. */
type JalaliDay = (jalali: string) => Date | null;

/**
 * `jalaliToDate`, remembered for one check: events and sources state the same days again and
 * again, and each conversion (date-fns-jalali, there and back to prove the day exists) is slow
 * enough that ten thousand events and their sources spent a tenth of a second on it.
 */
function toJalaliDays(): JalaliDay {
	const known = new Map<string, Date | null>();
	return (jalali) => {
		let day = known.get(jalali);
		if (day === undefined) {
			day = jalaliToDate(jalali);
			known.set(jalali, day);
		}
		return day;
	};
}

const SHAPE_BY_PRECISION = { day: 3, month: 2, year: 1 } as const;

/** How many parts (year, month, day) a partial date has. */
function partsOf(date: PartialDate): number {
	return date.day !== undefined ? 3 : date.month !== undefined ? 2 : 1;
}

/**
 * The weekday (0 = Sunday) of a day-precision date, counted from its day number in UTC (1 January
 * 1970 was a Thursday): a day's weekday is the same in every zone, and a local date would consult
 * the time zone for each of ten thousand events.
 */
function toWeekday(date: PartialDate): number {
	const n = toUtcDayNumber(date.year, date.month! - 1, date.day!);
	return (((n + 4) % 7) + 7) % 7;
}

/** Whether a local day is the partial date's day (compared by parts: formatting is slow). */
function isSameDay(day: Date, date: PartialDate): boolean {
	return (
		day.getFullYear() === date.year &&
		day.getMonth() + 1 === date.month &&
		day.getDate() === date.day
	);
}

function checkUnique(data: Dataset, report: Report): void {
	for (const key of COLLECTIONS) {
		const seen = new Map<string, number>();
		data[key].forEach((record, i) => {
			const first = seen.get(record.id);
			if (first !== undefined)
				report(
					`${key}[${i}].id`,
					record.id,
					`expected a unique id, found a duplicate of ${key}[${first}]`,
				);
			else seen.set(record.id, i);
		});
	}
}

function checkPassages(data: Dataset, report: Report): void {
	const sources = new Map(data.sources.map((s) => [s.id, s]));
	data.passages.forEach((p, i) => {
		// Paths are made only for a problem: forty thousand of them for none took a while.
		const source = sources.get(p.source);
		if (!source)
			return report(
				`passages[${i}].source`,
				p.id,
				`expected a source id, found unknown "${p.source}"`,
			);
		if (p.end <= p.start || p.end > source.text.length) {
			return report(
				`passages[${i}].end`,
				p.id,
				`expected start < end ≤ ${source.text.length} (length of source "${source.id}"), found start ${p.start}, end ${p.end}`,
			);
		}
		const found = source.text.slice(p.start, p.end);
		if (found === p.text) return;
		const elsewhere = source.text.indexOf(p.text);
		const hint =
			elsewhere >= 0
				? `; the quote occurs at start ${elsewhere}, end ${elsewhere + p.text.length}`
				: '; the quote does not occur in the source';
		report(
			`passages[${i}].text`,
			p.id,
			`expected the source text at [${p.start}, ${p.end}) of "${source.id}" to equal the quote «${p.text}», found «${found}»${hint}`,
		);
	});
}

function checkDate(
	date: EventDate,
	at: string,
	id: string,
	report: Report,
	jalaliDay: JalaliDay,
): void {
	const start = parsePartialIso(date.start);
	if (!start)
		return report(
			`${at}.start`,
			id,
			`expected a date YYYY[-MM[-DD]] that exists, found "${date.start}"`,
		);
	const want = SHAPE_BY_PRECISION[date.precision as keyof typeof SHAPE_BY_PRECISION];
	if (want !== undefined && partsOf(start) !== want)
		report(
			`${at}.start`,
			id,
			`expected ${['', 'YYYY', 'YYYY-MM', 'YYYY-MM-DD'][want]} for precision "${date.precision}", found "${date.start}"`,
		);
	if (date.precision === 'range') {
		const end = date.end === undefined ? null : parsePartialIso(date.end);
		if (!end)
			report(
				`${at}.end`,
				id,
				`expected an end date YYYY[-MM[-DD]] for a range, found ${JSON.stringify(date.end)}`,
			);
		else if (toStartDate(end) < toStartDate(start))
			report(`${at}.end`, id, `expected an end on or after ${date.start}, found ${date.end}`);
	} else if (date.end !== undefined) {
		report(
			`${at}.end`,
			id,
			`expected no end for precision "${date.precision}", found "${date.end}"`,
		);
	}
	if (date.weekday) {
		if (start.day === undefined)
			return report(
				`${at}.weekday`,
				id,
				`expected a day-precision date for a stated weekday, found "${date.start}"`,
			);
		const actual = toWeekday(start);
		if (actual !== date.weekday.day)
			report(
				`${at}.weekday`,
				id,
				`expected ${WEEKDAYS_EN[actual]} (${actual}), the weekday of ${date.start}, found ${WEEKDAYS_EN[date.weekday.day]} (${date.weekday.day}) stated in passage "${date.weekday.passage}"`,
			);
	}
	if (date.jalali) {
		const day = jalaliDay(date.jalali.date);
		if (!day)
			report(
				`${at}.jalali.date`,
				id,
				`expected a Jalali date YYYY-MM-DD that exists, found "${date.jalali.date}"`,
			);
		else if (!isSameDay(day, start))
			report(
				`${at}.jalali.date`,
				id,
				`expected Jalali ${date.jalali.date} to be ${date.start}, found it is ${toIsoDay(day)}`,
			);
	}
}

function checkSourceDates(data: Dataset, report: Report, jalaliDay: JalaliDay): void {
	data.sources.forEach((s, i) => {
		const pub = s.published;
		if (!pub?.iso) return;
		const at = `sources[${i}].published`;
		const day = parsePartialIso(pub.iso.slice(0, 10));
		if (!day || day.day === undefined)
			return report(`${at}.iso`, s.id, `expected an ISO date or date-time, found "${pub.iso}"`);
		const weekday = toWeekday(day);
		if (pub.weekday !== undefined && weekday !== pub.weekday)
			report(
				`${at}.weekday`,
				s.id,
				`expected ${WEEKDAYS_EN[weekday]} (${weekday}) for ${pub.iso}, found ${WEEKDAYS_EN[pub.weekday]} (${pub.weekday})`,
			);
		if (pub.jalali !== undefined) {
			const j = jalaliDay(pub.jalali);
			if (!j || !isSameDay(j, day))
				report(
					`${at}.jalali`,
					s.id,
					`expected Jalali "${pub.jalali}" to be ${toIsoDay(toStartDate(day))}, found ${j ? toIsoDay(j) : 'no such Jalali day'}`,
				);
		}
	});
}

/** The records that cite passages. */
type Citing = 'events' | 'sources';

/** Where a fact's citations are: `events[3].date.passages`, or `events[3].topics[1].passages`. */
function where(collection: Citing, i: number, field: string, j?: number): string {
	return `${collection}[${i}].${j === undefined ? field : `${field}[${j}].passages`}`;
}

type Visit = (
	refs: string[],
	id: string,
	collection: Citing,
	i: number,
	field: string,
	j?: number,
) => void;

/**
 * Every fact of every event and source with the passages it cites, and where it is. Where is
 * given as its parts, joined by `where` only for a problem: a path (or a function) for each of a
 * hundred thousand facts would take longer than checking them.
 */
function forEachCitation(data: Dataset, visit: Visit): void {
	const { events, sources } = data;
	for (let i = 0; i < events.length; i++) {
		const e = events[i]!;
		visit(e.summary.passages, e.id, 'events', i, 'summary.passages');
		visit(e.date.passages, e.id, 'events', i, 'date.passages');
		if (e.place) visit(e.place.passages, e.id, 'events', i, 'place.passages');
		if (e.setting) visit(e.setting.passages, e.id, 'events', i, 'setting.passages');
		for (let j = 0; j < e.participants.length; j++)
			visit(e.participants[j]!.passages, e.id, 'events', i, 'participants', j);
		for (let j = 0; j < e.topics.length; j++)
			visit(e.topics[j]!.passages, e.id, 'events', i, 'topics', j);
		for (let j = 0; j < e.outcomes.length; j++)
			visit(e.outcomes[j]!.passages, e.id, 'events', i, 'outcomes', j);
		if (e.date.weekday) visit([e.date.weekday.passage], e.id, 'events', i, 'date.weekday.passage');
		if (e.date.jalali) visit([e.date.jalali.passage], e.id, 'events', i, 'date.jalali.passage');
	}
	for (let i = 0; i < sources.length; i++) {
		const s = sources[i]!;
		if (s.published?.passage) visit([s.published.passage], s.id, 'sources', i, 'published.passage');
		if (s.dateline?.passage) visit([s.dateline.passage], s.id, 'sources', i, 'dateline.passage');
	}
}

function checkReferences(
	data: Dataset,
	report: Report,
	strict: boolean,
	jalaliDay: JalaliDay,
): void {
	const passages = new Set(data.passages.map((p) => p.id));
	const people = new Set(data.people.map((p) => p.id));
	const places = new Set(data.places.map((p) => p.id));
	const events = new Set(data.events.map((e) => e.id));
	forEachCitation(data, (refs, id, collection, i, field, j) => {
		if (strict && refs.length === 0)
			report(
				where(collection, i, field, j),
				id,
				'expected at least one supporting passage, found none',
			);
		for (const ref of refs)
			if (!passages.has(ref))
				report(where(collection, i, field, j), id, `expected a passage id, found unknown "${ref}"`);
	});
	data.events.forEach((e, i) => {
		const at = `events[${i}]`;
		e.participants.forEach((p, j) => {
			if (p.person !== undefined && !people.has(p.person))
				report(
					`${at}.participants[${j}].person`,
					e.id,
					`expected a person id, found unknown "${p.person}"`,
				);
		});
		if (e.place?.place !== undefined && !places.has(e.place.place))
			report(`${at}.place.place`, e.id, `expected a place id, found unknown "${e.place.place}"`);
		if (e.partOf !== undefined && (!events.has(e.partOf) || e.partOf === e.id))
			report(`${at}.partOf`, e.id, `expected the id of another event, found "${e.partOf}"`);
		checkDate(e.date, `${at}.date`, e.id, report, jalaliDay);
	});
	data.sources.forEach((s, i) => {
		if (s.dateline?.place !== undefined && !places.has(s.dateline.place))
			report(
				`sources[${i}].dateline.place`,
				s.id,
				`expected a place id, found unknown "${s.dateline.place}"`,
			);
	});
}

/** How demanding the check is: see `parseDataset`. */
export interface CheckOptions {
	/** Every fact must cite a passage (the built-in data). Off for a user's file. Default true. */
	strict?: boolean;
}

/**
 * All integrity problems of a well-shaped dataset; empty when it is sound. Lenient mode only lets
 * facts cite nothing: every passage given is still checked against its source, every reference
 * must resolve and every date must be valid.
 */
export function checkIntegrity(data: Dataset, { strict = true }: CheckOptions = {}): DataError[] {
	const errors: DataError[] = [];
	const report: Report = (path, id, message) => errors.push({ path, id, message });
	checkUnique(data, report);
	checkPassages(data, report);
	// The dates read only: the days found may be shared.
	const jalaliDay = toJalaliDays();
	checkReferences(data, report, strict, jalaliDay);
	checkSourceDates(data, report, jalaliDay);
	return errors;
}
