/**
 * The Content-Security-Policy of the build (build/csp.ts) is in force, and the fixtures' watch
 * for violations (fixtures.ts) sees them: every other spec passes only if it reports none.
 */
import { test, expect, CSP_PROBLEM } from './fixtures.ts';
import { CSP } from '../build/csp.ts';

test('the built page carries the policy in a <meta> before any script', async ({ page }) => {
	await page.goto('/');
	const meta = page.locator('head > meta[http-equiv="Content-Security-Policy"]');
	await expect(meta).toHaveAttribute('content', CSP);
	// A policy only covers what comes after it: nothing executable may precede the <meta>.
	const before = await meta.evaluate((el) => {
		const found: string[] = [];
		for (let n = el.previousElementSibling; n; n = n.previousElementSibling) found.push(n.tagName);
		return found.filter((tag) => tag === 'SCRIPT' || tag === 'LINK' || tag === 'STYLE');
	});
	expect(before).toEqual([]);
});

test('inline script and style are blocked, and each violation reaches the fixtures', async ({
	page,
	appGuard,
}) => {
	await page.goto('/?event=2024-07-30-tehran');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	const outcome = await page.evaluate(async () => {
		const w = window as unknown as Record<string, unknown>;
		const script = document.createElement('script');
		script.textContent = 'window.__cspInlineScriptRan = true;';
		document.head.append(script);

		const style = document.createElement('style');
		style.textContent = '#csp-probe { color: rgb(1, 2, 3); }';
		document.head.append(style);

		const probe = document.createElement('p');
		probe.id = 'csp-probe';
		// Parsed markup with a style attribute: what style-src without 'unsafe-inline' forbids.
		probe.setAttribute('style', 'background-color: rgb(4, 5, 6)');
		probe.textContent = 'probe';
		document.body.append(probe);
		// Let the violation events be dispatched.
		await new Promise((resolve) => setTimeout(resolve, 50));
		const computed = getComputedStyle(probe);
		const result = {
			scriptRan: w.__cspInlineScriptRan === true,
			color: computed.color,
			background: computed.backgroundColor,
		};
		probe.remove();
		return result;
	});
	expect(outcome.scriptRan, 'an inline <script> ran').toBe(false);
	expect(outcome.color, 'an inline <style> applied').not.toBe('rgb(1, 2, 3)');
	expect(outcome.background, 'a style attribute applied').not.toBe('rgb(4, 5, 6)');

	const violations = () => appGuard.filter((p) => p.startsWith(CSP_PROBLEM));
	await expect
		.poll(() => violations().length, { message: 'violations reported to the fixtures' })
		.toBeGreaterThanOrEqual(3);
	const reported = violations().join('\n');
	expect(reported).toMatch(/script-src-elem blocked \(?inline/);
	expect(reported).toMatch(/style-src-elem blocked \(?inline/);
	expect(reported).toMatch(/style-src-attr blocked \(?inline/);

	// Provoked on purpose, so forgiven; Chromium also logs each one as a console error.
	for (const p of [...appGuard]) {
		if (p.startsWith(CSP_PROBLEM) || /console error: .*Content Security Policy/.test(p))
			appGuard.splice(appGuard.indexOf(p), 1);
	}
});
