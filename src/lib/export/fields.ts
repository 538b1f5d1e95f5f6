/**
 * An event's facts as plain strings in the reader's language and calendar, shared by the CSV and
 * the calendar file so both say the same thing the details panel says.
 */
import { toEventSources, type Catalog } from '../model/catalog.ts';
import { formatEventDate, type Calendar } from '../model/dates.ts';
import {
	CERTAINTY_LABELS,
	formatCountry,
	formatOutletName,
	localize,
	TOPIC_LABELS,
} from '../model/messages.ts';
import type { Event, Lang } from '../model/types.ts';

/** Builds the permalink of one event (the app's current state with `event` set). */
export type PermalinkFor = (eventId: string) => string;

export interface EventFields {
	title: string;
	/** The date as the app shows it, e.g. "Tuesday 9 Mordad 1403" or "Sep 2023". */
	date: string;
	/** How sure the date is, in words: "stated in the source" … */
	certainty: string;
	place: string;
	country: string;
	participants: string[];
	setting: string;
	topics: string[];
	outcomes: string[];
	summary: string;
	sources: string[];
}

/** The facts of `event` in `lang`, dates in `cal`. */
export function toEventFields(
	catalog: Catalog,
	event: Event,
	style: { lang: Lang; cal: Calendar },
): EventFields {
	const { lang } = style;
	const placeRecord = event.place?.place ? catalog.place.get(event.place.place) : undefined;
	const placeName = placeRecord ? localize(placeRecord.name, lang) : '';
	const detail = event.place?.detail ? localize(event.place.detail, lang) : '';
	return {
		title: localize(event.title, lang),
		date: formatEventDate(event.date, style),
		certainty: CERTAINTY_LABELS[event.date.certainty][lang],
		place: [placeName, detail].filter(Boolean).join(' — '),
		country: event.place ? formatCountry(event.place.country, lang) : '',
		participants: event.participants.map((p) => {
			const person = p.person ? catalog.person.get(p.person) : undefined;
			const role = localize(p.role, lang);
			const who = person ? `${localize(person.name, lang)} (${role})` : role;
			return `${who}, ${formatCountry(p.country, lang)}`;
		}),
		setting: event.setting ? localize(event.setting.label, lang) : '',
		topics: event.topics.map((t) => TOPIC_LABELS[t.topic][lang]),
		outcomes: event.outcomes.map((o) => localize(o.text, lang)),
		summary: localize(event.summary, lang),
		sources: toEventSources(catalog, event).map((s) => {
			const outlet = formatOutletName(s.outlet, lang);
			const date = s.published?.iso ? ` (${s.published.iso.slice(0, 10)})` : '';
			return `${outlet}${date}${s.url ? ` ${s.url}` : ''}`;
		}),
	};
}

/** The events to export, in the catalog's (chronological) order, whatever order `ids` has. */
export function toSelectedEvents(catalog: Catalog, ids: Iterable<string>): Event[] {
	const wanted = new Set(ids);
	return catalog.events.filter((e) => wanted.has(e.id));
}
