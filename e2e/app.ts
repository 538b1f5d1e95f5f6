/** The UI contract, as locators and checks shared by the specs. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import {
	type CoreMeeting,
	escapeRegExp,
	event,
	eventPassages,
	expectedPassage,
	participantNames,
	timelineName,
} from './data.ts';

export function timeline(page: Page): Locator {
	return page.getByRole('region', { name: 'Timeline', exact: true });
}

export function timelineButton(page: Page, meeting: CoreMeeting): Locator {
	return timeline(page).getByRole('button', { name: timelineName(meeting) });
}

/** The details of a selected meeting: a region named by its title (an h2). */
export function details(page: Page, id: string): Locator {
	return page.getByRole('region', { name: event(id).title.en, exact: true });
}

export function sourceReader(page: Page): Locator {
	return page.getByRole('region', { name: 'Source', exact: true });
}

export function marks(page: Page): Locator {
	return sourceReader(page).locator('mark[data-passage]');
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
	const count = await all.count();
	const languages = new Set<string | null | undefined>();
	for (let i = 0; i < count; i++) {
		const mark = all.nth(i);
		const id = await mark.getAttribute('data-passage');
		expect(id, `mark #${i} has a data-passage id`).toBeTruthy();
		const passageId = id ?? '';
		expect(cited.has(passageId), `mark ${passageId} is a passage of ${meeting.id}`).toBe(true);
		const expected = expectedPassage(passageId);
		expect(expected.recorded, `passage ${passageId}: data/dataset.json text vs. offsets`).toBe(
			expected.slice,
		);
		const shown = await mark.evaluate((el) => el.textContent);
		expect(shown, `text of mark ${passageId}`).toBe(expected.recorded);
		const context = await mark.evaluate((el) => {
			const rtl = el.closest('[dir]');
			const lang = el.closest('[lang]');
			return { dir: rtl?.getAttribute('dir'), lang: lang?.getAttribute('lang') };
		});
		expect(context, `direction and language around mark ${passageId}`).toEqual({
			dir: 'rtl',
			lang: expected.language,
		});
		languages.add(context.lang);
	}
	expect([...languages], `language of the marked source text`).toContain(meeting.language);
}
