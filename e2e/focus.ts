/**
 * Keyboard focus, as the keyboard specs check it: where it is, whether a reader can see it, and
 * Tab / Shift+Tab until it reaches a given element.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** What has focus, in one round trip: enough to say where it is and whether it shows. */
export interface Focus {
	/** A short description for messages: tag, id, classes and accessible-ish name. */
	what: string;
	/** Focus fell back to the page itself (<body>, <html>) or to nothing: it was lost. */
	lost: boolean;
	/** `:focus-visible` matches (the browser decided to show focus, as after keyboard use). */
	focusVisible: boolean;
	/** The computed style draws an indicator: an outline of some width, or a box shadow. */
	indicator: boolean;
	/** A place focus is moved to by the app, not a control: a heading with tabindex="-1". */
	landing: boolean;
	/** The element's box is at least partly inside the viewport. */
	inViewport: boolean;
}

/** Reads `document.activeElement` (following into same-origin iframes is not needed here). */
export function focus(page: Page): Promise<Focus> {
	return page.evaluate(() => {
		let el = document.activeElement;
		// Focus inside a same-origin iframe (the embed preview): the element in there is what shows.
		while (el instanceof HTMLIFrameElement && el.contentDocument?.activeElement) {
			const inner = el.contentDocument.activeElement;
			if (inner === el.contentDocument.body) break;
			el = inner;
		}
		if (!el || el === document.body || el === document.documentElement) {
			return {
				what: el ? el.tagName.toLowerCase() : 'nothing',
				lost: true,
				focusVisible: false,
				indicator: false,
				landing: false,
				inViewport: false,
			};
		}
		const name = (el.getAttribute('aria-label') ?? el.textContent ?? '')
			.trim()
			.replace(/\s+/g, ' ');
		const classes = [...el.classList].filter((c) => !c.startsWith('svelte-'));
		const what =
			`<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` +
			`${classes.length ? `.${classes.join('.')}` : ''}> «${name.slice(0, 70)}»`;
		const style = (el.ownerDocument.defaultView ?? window).getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
		// Inside an iframe, the box is relative to the iframe's own viewport.
		const view = el.ownerDocument.defaultView ?? window;
		const box = el.getBoundingClientRect();
		return {
			what,
			lost: false,
			focusVisible: el.matches(':focus-visible'),
			indicator: outline || shadow,
			landing: /^H[1-6]$/.test(el.tagName) && el.getAttribute('tabindex') === '-1',
			inViewport:
				box.bottom > 0 && box.right > 0 && box.top < view.innerHeight && box.left < view.innerWidth,
		};
	});
}

/**
 * Focus is on `target`, and a reader can see where: `:focus-visible` matches and an outline or a
 * shadow is drawn, inside the viewport. A heading the app moves focus to (tabindex="-1", e.g. a
 * new slide's title) is not a control and may go without a ring; it must still be in view.
 */
export async function expectFocus(page: Page, target: Locator, step: string): Promise<Focus> {
	await expect
		.poll(
			async () =>
				(await target.and(page.locator(':focus')).count()) > 0 ? 'yes' : (await focus(page)).what,
			{
				message: `${step}: focus is on the expected element (found: the value below)`,
			},
		)
		.toBe('yes');
	// A smooth scroll may still be on its way to the element.
	await expect
		.poll(async () => (await focus(page)).inViewport, {
			message: `${step}: the focused element is scrolled into view`,
		})
		.toBe(true);
	const now = await focus(page);
	expect(now.lost, `${step}: focus is lost`).toBe(false);
	if (!now.landing) {
		expect(now.focusVisible, `${step}: ${now.what} matches :focus-visible`).toBe(true);
		expect(now.indicator, `${step}: ${now.what} draws an outline or shadow`).toBe(true);
	}
	return now;
}

/**
 * Presses Tab (or Shift+Tab with `back`) until `target` has focus, at most `max` times; fails
 * listing everything that had focus on the way. Every stop on the way must show its focus.
 */
export async function tabTo(
	page: Page,
	target: Locator,
	{ back = false, max = 60, step }: { back?: boolean; max?: number; step: string },
): Promise<Focus> {
	const seen: string[] = [];
	const hidden: string[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		if ((await target.and(page.locator(':focus')).count()) > 0) {
			expect(hidden, `${step}: stops on the way without a visible focus`).toEqual([]);
			return expectFocus(page, target, step);
		}
		const now = await focus(page);
		seen.push(now.what);
		// <body> is where focus goes between the page's last stop and the browser's own UI.
		if (!now.lost && !now.landing && !(now.focusVisible && now.indicator)) hidden.push(now.what);
	}
	throw new Error(
		`${step}: ${back ? 'Shift+Tab' : 'Tab'} did not reach the target in ${max} presses; ` +
			`focus went to:\n  ${seen.join('\n  ')}`,
	);
}

/** Presses `key` and checks focus is then on `target` (shown, in view). */
export async function press(
	page: Page,
	key: string,
	target: Locator,
	step: string,
): Promise<Focus> {
	await page.keyboard.press(key);
	return expectFocus(page, target, step);
}
