/** The UI contract, as locators and checks shared by the specs. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import type { Lang } from '../src/lib/model/types.ts';
import {
	type CoreMeeting,
	UI,
	dataset,
	escapeRegExp,
	event,
	eventPassages,
	expectedPassage,
	localTitle,
	participantNames,
	timelineName,
} from './data.ts';

export function timeline(page: Page, lang: Lang = 'en'): Locator {
	return page.getByRole('region', { name: UI.timeline[lang], exact: true });
}

export function timelineButton(page: Page, meeting: CoreMeeting): Locator {
	return timeline(page).getByRole('button', { name: timelineName(meeting) });
}

/** The details of a selected meeting: a region named by its title (an h2) in the UI language. */
export function details(page: Page, id: string, lang: Lang = 'en'): Locator {
	return page.getByRole('region', { name: localTitle(id, lang), exact: true });
}

export function sourceReader(page: Page, lang: Lang = 'en'): Locator {
	return page.getByRole('region', { name: UI.source[lang], exact: true });
}

export function marks(page: Page, lang: Lang = 'en'): Locator {
	return sourceReader(page, lang).locator('mark[data-passage]');
}

export function citationButtons(scope: Locator): Locator {
	return scope.getByRole('button', { name: /^Show source passage/ });
}

/** Matches a URL whose query selects this event. */
export function eventUrl(id: string): RegExp {
	return new RegExp(`[?&]event=${escapeRegExp(encodeURIComponent(id))}(?:&|#|$)`);
}

/** The details of `meeting` are shown, with its heading and its participants' English names. */
export async function expectDetails(page: Page, meeting: CoreMeeting): Promise<Locator> {
	const region = details(page, meeting.id);
	await expect(region).toBeVisible();
	await expect(
		region.getByRole('heading', { level: 2, name: event(meeting.id).title.en, exact: true }),
	).toBeVisible();
	const participants = region.getByRole('list', { name: 'Participants', exact: true });
	await expect(participants).toBeVisible();
	for (const name of new Set([...meeting.people, ...participantNames(meeting.id)])) {
		await expect(participants, `participant ${name}`).toContainText(name);
	}
	return region;
}

/**
 * The Source region shows at least one <mark>, each one a passage the meeting cites, containing
 * exactly that passage's text, inside right-to-left text in the source's language.
 */
export async function expectMarks(page: Page, meeting: CoreMeeting): Promise<void> {
	const all = marks(page);
	await expect(all.first()).toBeVisible();
	const cited = eventPassages(meeting.id);
	// One round trip for every mark: its passage id, text, and the direction and language around it.
	const found = await all.evaluateAll((elements) =>
		elements.map((el) => ({
			id: el.getAttribute('data-passage'),
			text: el.textContent,
			dir: el.closest('[dir]')?.getAttribute('dir'),
			lang: el.closest('[lang]')?.getAttribute('lang'),
		})),
	);
	const languages = new Set<string | null | undefined>();
	for (const [i, mark] of found.entries()) {
		expect(mark.id, `mark #${i} has a data-passage id`).toBeTruthy();
		const passageId = mark.id ?? '';
		expect(cited.has(passageId), `mark ${passageId} is a passage of ${meeting.id}`).toBe(true);
		const expected = expectedPassage(passageId);
		expect(expected.recorded, `passage ${passageId}: data/dataset.json text vs. offsets`).toBe(
			expected.slice,
		);
		expect(mark.text, `text of mark ${passageId}`).toBe(expected.recorded);
		expect(
			{ dir: mark.dir, lang: mark.lang },
			`direction and language around mark ${passageId}`,
		).toEqual({
			dir: 'rtl',
			lang: expected.language,
		});
		languages.add(mark.lang);
	}
	expect([...languages], `language of the marked source text`).toContain(meeting.language);
}

/**
 * Any event's timeline button (a `button.tl-item`), in any UI language: its accessible name starts
 * with the event's title in that language, then a comma (Latin or Arabic) and the date.
 */
export function eventButton(page: Page, id: string, lang: Lang = 'en'): Locator {
	return timeline(page, lang).getByRole('button', {
		name: new RegExp(`^${escapeRegExp(localTitle(id, lang))}[,،]`),
	});
}

/** The vis-timeline item (`.vis-item`) that holds an event button. */
export function visItem(button: Locator): Locator {
	return button.locator(
		'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " vis-item ")][1]',
	);
}

/** Ids of the events whose buttons the timeline shows, sorted, read from their English names. */
export async function shownEventIds(page: Page): Promise<string[]> {
	const names = await timeline(page)
		.locator('button.tl-item')
		.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
	return names
		.map((name) => {
			const found = dataset().events.filter((e) => name.startsWith(`${e.title.en}, `));
			return found.length === 1 ? (found[0]?.id ?? name) : `unrecognised button «${name}»`;
		})
		.sort();
}

export interface Tick {
	level: string | undefined;
	unit: string | undefined;
	day: string | undefined;
	parts: string | undefined;
	text: string;
}

/** The calendar axis's ticks (`g.tick` in the Timeline region), read in one go. */
export async function axisTicks(page: Page, lang: Lang = 'en'): Promise<Tick[]> {
	return timeline(page, lang)
		.locator('g.tick')
		.evaluateAll((ticks) =>
			ticks.map((g) => {
				const data = (g as SVGGElement).dataset;
				return {
					level: data.level,
					unit: data.unit,
					day: data.day,
					parts: data.parts,
					text: (g.textContent ?? '').trim(),
				};
			}),
		);
}

/** The date line in a meeting's details (the day as the chosen calendar and language write it). */
export function detailsDate(region: Locator): Locator {
	return region.locator('.date');
}
