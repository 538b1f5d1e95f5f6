/**
 * The shown events as an iCalendar file (RFC 5545) for any calendar program: one all-day VEVENT
 * per event whose date is known to the day. Events known only to a month, a year or a range have
 * no day to put them on, so they are left out rather than pinned to a guess.
 */
import type { Catalog } from '../model/catalog.ts';
import { parsePartialIso, toStartDate, type Calendar } from '../model/dates.ts';
import { formatMessage, localize } from '../model/messages.ts';
import type { Event, Lang } from '../model/types.ts';
import { toEventFields, toSelectedEvents, type PermalinkFor } from './fields.ts';

/** The domain part of every UID, so re-importing a file updates events instead of doubling them. */
export const UID_DOMAIN = 'iran-kazakhstan-chronology';

/** Octets of a code point in UTF-8. */
const toUtf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * One content line folded at 75 octets (RFC 5545 §3.1): continuation lines start with a space.
 * The split falls between code points, never inside a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
	// Most lines are short: no UTF-8 character takes more than 3 octets per UTF-16 unit.
	if (line.length * 3 <= 75) return line;
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = toUtf8Length(char.codePointAt(0)!);
		// The first line holds 75 octets; each continuation holds 74 after its leading space.
		if (octets + size > (out.length === 0 ? 75 : 74)) {
			out.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	out.push(current);
	return out.join('\r\n ');
}

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines escaped. */
export function escapeIcsText(text: string): string {
	return (
		text
			// Control characters are not allowed in TEXT; newlines become the escape "\n".
			// eslint-disable-next-line no-control-regex -- matching control characters is the point
			.replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g, '')
			.replace(/\\/g, '\\\\')
			.replace(/;/g, '\\;')
			.replace(/,/g, '\\,')
			.replace(/\r\n|\r|\n/g, '\\n')
	);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const toIcsDate = (d: Date) =>
	`${pad(d.getFullYear(), 4)}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
const toIcsStamp = (d: Date) =>
	`${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T` +
	`${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;

/**
 * The calendar of the events `ids` that have a known day, in pieces: the calendar's head, a piece
 * per event (empty for one left out), its end; each line folded and ending in CRLF. `now` stamps
 * it (no clock is read). `total` counts the pieces (chunks.ts).
 */
export function toIcsPieces(
	catalog: Catalog,
	ids: Iterable<string>,
	opts: { lang: Lang; cal: Calendar; permalink: PermalinkFor; now: Date },
): { total: number; pieces: Iterable<string> } {
	const { lang } = opts;
	const title = catalog.dataset.title[lang] ?? catalog.dataset.title.en;
	const events = toSelectedEvents(catalog, ids);
	const write = (lines: string[]) => lines.map((l) => foldLine(l) + '\r\n').join('');
	const head = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//${UID_DOMAIN}//export//EN`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeIcsText(title)}`,
	];
	const toEvent = (event: Event): string => {
		const day = parsePartialIso(event.date.start);
		if (event.date.precision !== 'day' || !day) return '';
		const start = toStartDate(day);
		const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
		const f = toEventFields(catalog, event, opts);
		const link = opts.permalink(event.id);
		// A date that is not printed in the source says so, and says how it was worked out.
		const how = event.date.certainty === 'stated' ? '' : ` ${localize(event.date.note, lang)}`;
		const date = `${formatMessage('date', lang)}: ${f.date} (${f.certainty}).${how}`;
		const description = [f.summary, date, link].join('\n\n');
		return write([
			'BEGIN:VEVENT',
			`UID:${event.id}@${UID_DOMAIN}`,
			`DTSTAMP:${toIcsStamp(opts.now)}`,
			`DTSTART;VALUE=DATE:${toIcsDate(start)}`,
			`DTEND;VALUE=DATE:${toIcsDate(end)}`,
			`SUMMARY:${escapeIcsText(f.title)}`,
			...(f.place || f.country
				? [`LOCATION:${escapeIcsText([f.place, f.country].filter(Boolean).join(', '))}`]
				: []),
			`DESCRIPTION:${escapeIcsText(description)}`,
			// A URI value is not TEXT: it is written as is (our permalinks are percent-encoded ASCII).
			`URL:${link.replace(/[\r\n]/g, '')}`,
			'END:VEVENT',
		]);
	};
	function* pieces(): Generator<string> {
		yield write(head);
		for (const event of events) yield toEvent(event);
		yield write(['END:VCALENDAR']);
	}
	return { total: events.length + 2, pieces: { [Symbol.iterator]: pieces } };
}

/** The calendar of the events `ids` that have a known day; `now` stamps it (no clock is read). */
export function toIcs(
	catalog: Catalog,
	ids: Iterable<string>,
	opts: { lang: Lang; cal: Calendar; permalink: PermalinkFor; now: Date },
): string {
	return [...toIcsPieces(catalog, ids, opts).pieces].join('');
}
