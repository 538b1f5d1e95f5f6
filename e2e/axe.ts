/** axe-core over a page, as the accessibility specs run it. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** WCAG 2.x A/AA, as the hardening issue asks; no rule is disabled. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page as it is now (frames included) and expects no violation. `exclude` leaves
 * out elements (CSS selectors) whose known violation a test.fixme elsewhere holds.
 */
export async function expectNoViolations(
	page: Page,
	what = 'axe violations',
	exclude: string[] = [],
): Promise<void> {
	let builder = new AxeBuilder({ page }).withTags(TAGS);
	for (const selector of exclude) builder = builder.exclude(selector);
	const results = await builder.analyze();
	const found = results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
	expect(found, what).toEqual([]);
}
