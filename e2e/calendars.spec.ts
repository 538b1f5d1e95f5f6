import type { Page } from '@playwright/test';
import type { Lang } from '../src/lib/model/types.ts';
import { test, expect } from './fixtures.ts';
import {
	CALENDARS,
	type Calendar,
	JALALI_MONTHS_FA,
	UI,
	calendarParts,
	localDigits,
} from './data.ts';
import { type Tick, axisTicks, details, detailsDate, eventButton, timeline } from './app.ts';

const TEHRAN = '2024-07-30-tehran';

function calendarSelect(page: Page, lang: Lang = 'en') {
	return page.getByRole('combobox', { name: UI.calendar[lang], exact: true });
}

/** What is wrong with the axis's ticks in `cal`: one line per problem, none if all is well. */
function tickProblems(ticks: Tick[], cal: Calendar): string[] {
	const problems: string[] = [];
	for (const { level, unit, day = '', parts = '' } of ticks) {
		const where = `${level} ${unit} tick, data-day="${day}" data-parts="${parts}"`;
		if (level !== 'major' && level !== 'minor') problems.push(`${where}: data-level`);
		if (unit !== 'year' && unit !== 'month' && unit !== 'day') problems.push(`${where}: data-unit`);
		if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) problems.push(`${where}: data-day is not YYYY-MM-DD`);
		if (!/^[1-9]\d*-[1-9]\d?-[1-9]\d?$/.test(parts))
			problems.push(`${where}: data-parts is not an unpadded Y-M-D`);
		if (unit === 'year' && !parts.endsWith('-1-1'))
			problems.push(`${where}: a year tick is not on day 1 of month 1`);
		if (unit === 'month' && !parts.endsWith('-1'))
			problems.push(`${where}: a month tick is not on day 1`);
		if (/^\d{4}-\d{2}-\d{2}$/.test(day)) {
			const expected = calendarParts(day, cal);
			if (parts !== expected) problems.push(`${where}: ${day} is ${expected} in ${cal}`);
		}
	}
	return problems;
}

/**
 * Presses Zoom in until the axis has ticks of `unit`. Each press zooms in a step; once there,
 * further presses keep such ticks (months stay as the major unit over days; zooming stops at two
 * weeks), so an extra press while the axis catches up does no harm.
 */
async function zoomUntil(page: Page, unit: 'month' | 'day', lang: Lang = 'en'): Promise<void> {
	const zoomIn = timeline(page, lang).getByRole('button', { name: UI.zoomIn[lang], exact: true });
	await expect(async () => {
		await zoomIn.click();
		const units = (await axisTicks(page, lang)).map((t) => t.unit);
		expect(units, `the axis has ${unit} ticks`).toContain(unit);
	}).toPass({ intervals: [100, 250], timeout: 60_000 });
}

// Zoom without animation, so each press moves the axis at once.
test.use({ reducedMotion: 'reduce' });

test('the Calendar select offers Gregorian, Solar Hijri and Lunar Hijri', async ({ page }) => {
	await page.goto('/');
	const select = calendarSelect(page);
	await expect(select).toBeVisible();
	await expect(select.getByRole('option')).toHaveText(CALENDARS.map((c) => c.label));
	await expect(select).toHaveValue('gregorian');
	for (const { cal } of CALENDARS) {
		await page.goto(`/?cal=${cal}`);
		await expect(calendarSelect(page), `?cal=${cal}`).toHaveValue(cal);
	}
});

test('changing the calendar updates the URL, the details date and the timeline', async ({
	page,
}) => {
	await page.goto(`/?event=${TEHRAN}`);
	const date = detailsDate(details(page, TEHRAN));
	await expect(date).toContainText('30 Jul 2024');
	const note = page.getByText(/Umm al-Qura/);

	const steps = [
		{ label: 'Solar Hijri', cal: 'jalali', text: '9 Mordad 1403' },
		{ label: 'Lunar Hijri', cal: 'hijri', text: '24 Muharram 1446 AH' },
		{ label: 'Gregorian', cal: 'gregorian', text: '30 Jul 2024' },
	] as const;
	for (const { label, cal, text } of steps) {
		await calendarSelect(page).selectOption({ label });
		await expect(page).toHaveURL((url) => url.searchParams.get('cal') === cal);
		await expect(page, 'the selection stays').toHaveURL(
			(url) => url.searchParams.get('event') === TEHRAN,
		);
		await expect(calendarSelect(page)).toHaveValue(cal);
		await expect(date, `details date in ${cal}`).toContainText(text);
		await expect(eventButton(page, TEHRAN), `timeline button in ${cal}`).toHaveAccessibleName(
			new RegExp(text),
		);
		if (cal === 'hijri') await expect(note).toBeVisible();
		else await expect(note).toBeHidden();
	}
});

for (const { cal } of CALENDARS) {
	test(`axis ticks sit on ${cal} boundaries and name their days rightly`, async ({ page }) => {
		test.slow(); // many zoom steps
		await page.goto(`/?event=${TEHRAN}&cal=${cal}`);
		await expect(timeline(page).locator('g.tick').first()).toBeAttached();

		for (const unit of ['year', 'month', 'day'] as const) {
			if (unit !== 'year') await zoomUntil(page, unit);
			const ticks = await axisTicks(page);
			expect(
				ticks.map((t) => t.unit),
				`${unit} ticks`,
			).toContain(unit);
			expect(tickProblems(ticks, cal), `ticks at ${unit} zoom`).toEqual([]);
		}
	});
}

test('the Persian axis uses Persian digits and Solar Hijri month names', async ({ page }) => {
	test.slow(); // many zoom steps
	await page.goto(`/?event=${TEHRAN}&lang=fa&cal=jalali`);
	await expect(timeline(page, 'fa').locator('g.tick').first()).toBeAttached();

	const labelProblems = (ticks: Tick[]) =>
		ticks.flatMap(({ unit, parts = '', text, level }) => {
			if (!text) return [];
			const [year = 0, month = 0, day = 0] = parts.split('-').map(Number);
			const where = `${level} ${unit} tick ${parts} labelled «${text}»`;
			const wrong: string[] = [];
			if (/[0-9]/.test(text)) wrong.push(`${where}: ASCII digits`);
			if (unit === 'year' && text !== localDigits(String(year), 'fa'))
				wrong.push(`${where}: expected «${localDigits(String(year), 'fa')}»`);
			if (unit === 'month' && !text.includes(JALALI_MONTHS_FA[month - 1] ?? '?'))
				wrong.push(`${where}: expected the month «${JALALI_MONTHS_FA[month - 1]}»`);
			if (unit === 'month' && level === 'major' && !text.includes(localDigits(String(year), 'fa')))
				wrong.push(`${where}: expected the year «${localDigits(String(year), 'fa')}»`);
			if (unit === 'day' && !text.includes(localDigits(String(day), 'fa')))
				wrong.push(`${where}: expected the day «${localDigits(String(day), 'fa')}»`);
			return wrong;
		});

	for (const unit of ['year', 'month', 'day'] as const) {
		if (unit !== 'year') await zoomUntil(page, unit, 'fa');
		const ticks = await axisTicks(page, 'fa');
		expect(tickProblems(ticks, 'jalali'), `ticks at ${unit} zoom`).toEqual([]);
		expect(
			ticks.filter((t) => t.unit === unit && t.text).length,
			`labelled ${unit} ticks`,
		).toBeGreaterThan(0);
		expect(labelProblems(ticks), `labels at ${unit} zoom`).toEqual([]);
	}
});

test('Lunar Hijri dates follow Umm al-Qura, with a note saying so', async ({ page }) => {
	// The test runner's own Intl agrees that 30 Jul 2024 is 24 Muharram 1446 (Umm al-Qura).
	expect(calendarParts('2024-07-30', 'hijri')).toBe('1446-1-24');

	await page.goto(`/?event=${TEHRAN}&cal=hijri`);
	await expect(detailsDate(details(page, TEHRAN))).toContainText('24 Muharram 1446 AH');
	await expect(page.getByText(/Umm al-Qura/)).toBeVisible();

	await page.goto(`/?event=${TEHRAN}&lang=ar&cal=hijri`);
	await expect(detailsDate(details(page, TEHRAN, 'ar'))).toContainText('٢٤ محرم ١٤٤٦ هـ');
	await expect(page.getByText(/أم القرى/)).toBeVisible();
});
