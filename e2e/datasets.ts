/**
 * Datasets the specs make for themselves, in the full format (public/schema/dataset.schema.json),
 * with every text of every record written by one function, and a way to serve them from the
 * app's own origin (`/?data=/…`): the fixtures abort every other origin.
 */
import type { Page } from '@playwright/test';
import type { Dataset, Localized } from '../src/lib/model/types.ts';

/** Writes the text at `path` (e.g. `events[0].title.fa`): the whole dataset's words. */
export type Words = (path: string) => string;

const DATES = ['2014-09-09', '2023-09-18', '2024-07-30', '2025-12-11'];

/**
 * A sound dataset of `events` events (at most four) citing one source, whose text is `quotes`
 * joined by blank lines; each quote is a passage, and every fact cites them all. Every other
 * string — titles, summaries, names, places, outlets, notes, roles, labels, units, the source's
 * headline, URL, file name and printed dates — comes from `words`.
 */
export function fullDataset(words: Words, quotes: string[], events = DATES.length): Dataset {
	const localized = (path: string): Localized => ({
		en: words(`${path}.en`),
		fa: words(`${path}.fa`),
		ar: words(`${path}.ar`),
	});
	const text = quotes.join('\n\n');
	const passages = quotes.map((quote, i) => {
		const start = text.indexOf(quote);
		return { id: `p-${i}`, source: 'src', start, end: start + quote.length, text: quote };
	});
	const cited = passages.map((p) => p.id);
	return {
		title: localized('title'),
		sources: [
			{
				id: 'src',
				file: words('sources[0].file'),
				language: 'fa',
				outlet: { printed: words('sources[0].outlet.printed'), en: words('sources[0].outlet.en') },
				via: { printed: words('sources[0].via.printed'), en: words('sources[0].via.en') },
				headline: words('sources[0].headline'),
				published: {
					printed: words('sources[0].published.printed'),
					iso: '2024-07-30',
					passage: 'p-0',
					note: localized('sources[0].published.note'),
				},
				dateline: { printed: words('sources[0].dateline.printed'), place: 'place' },
				url: words('sources[0].url'),
				text,
			},
		],
		passages,
		people: [
			{ id: 'host', name: localized('people[0].name'), country: 'IR' },
			{ id: 'guest', name: localized('people[1].name'), country: 'KZ' },
		],
		places: [
			{ id: 'place', name: localized('places[0].name'), country: 'KZ', coords: [51.17, 71.45] },
		],
		events: DATES.slice(0, events).map((date, i) => ({
			id: `event-${i}`,
			kind: i % 2 ? 'mentioned' : 'reported',
			title: localized(`events[${i}].title`),
			summary: { ...localized(`events[${i}].summary`), passages: cited },
			date: {
				start: date,
				precision: 'day',
				certainty: 'stated',
				note: localized(`events[${i}].date.note`),
				passages: cited,
			},
			place: {
				place: 'place',
				country: 'KZ',
				detail: localized(`events[${i}].place.detail`),
				certainty: 'derived',
				note: localized(`events[${i}].place.note`),
				passages: cited,
			},
			participants: [
				{
					person: 'host',
					role: localized(`events[${i}].participants[0].role`),
					country: 'IR',
					passages: cited,
				},
				{
					person: 'guest',
					role: localized(`events[${i}].participants[1].role`),
					country: 'KZ',
					passages: cited,
				},
				// Named only by office: the role is all there is to show.
				{ role: localized(`events[${i}].participants[2].role`), country: 'RU', passages: cited },
			],
			setting: {
				kind: 'bilateral-meeting',
				label: localized(`events[${i}].setting.label`),
				passages: cited,
			},
			topics: [{ topic: 'trade', passages: cited }],
			outcomes: [
				{
					kind: 'figure',
					text: localized(`events[${i}].outcomes[0].text`),
					figure: { value: 10, unit: localized(`events[${i}].outcomes[0].figure.unit`) },
					passages: cited,
				},
			],
			...(i > 0 ? { partOf: 'event-0' } : {}),
		})),
	};
}

/**
 * Serves `data` as JSON at `path` on the app's origin for this page (its frames included), and
 * returns the query that opens it.
 */
export async function serveDataset(page: Page, path: string, data: unknown): Promise<string> {
	await page.route(`**${path}`, (route) =>
		route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }),
	);
	return `data=${encodeURIComponent(path)}`;
}
