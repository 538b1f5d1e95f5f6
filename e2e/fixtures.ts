import { test as base, expect } from '@playwright/test';

/** What the page reports of a Content-Security-Policy violation (`SecurityPolicyViolationEvent`). */
export interface CspViolation {
	directive: string;
	blockedURI: string;
	sample: string;
	sourceFile: string;
	line: number;
	documentURI: string;
}

/** Prefix of the `appGuard` entry for each CSP violation (a test that expects one removes it). */
export const CSP_PROBLEM = 'csp violation: ';

/** The name under which the page reports violations to the test (see `appGuard`). */
const CSP_BINDING = '__e2eReportCspViolation';

/**
 * Every spec imports `test` and `expect` from here. An automatic fixture fails the test if the
 * page throws (`pageerror`), logs a console error, requests anything from an origin other than
 * the app's own, or violates its Content-Security-Policy (build/csp.ts). Foreign requests are
 * aborted, so nothing ever leaves the machine. Each entry of `appGuard` is one such problem; a
 * test that provokes one on purpose takes it out of the list.
 */
export const test = base.extend<{ appGuard: string[] }>({
	appGuard: [
		async ({ context, baseURL }, use, testInfo) => {
			if (!baseURL) throw new Error('baseURL must be set in playwright.config.ts');
			const appOrigin = new URL(baseURL).origin;
			const problems: string[] = [];

			// Context-wide, so that every page of the test is watched.
			context.on('weberror', (webError) => {
				const error = webError.error();
				problems.push(`page error: ${error.stack ?? error.message}`);
			});
			context.on('console', (message) => {
				if (message.type() !== 'error') return;
				const { url, lineNumber } = message.location();
				problems.push(`console error: ${message.text()}${url ? ` (at ${url}:${lineNumber})` : ''}`);
			});
			// Installed before any page script, in every frame: the policy is enforced by the browser,
			// and this is how a test learns that it had to (nothing else reports a blocked style).
			await context.exposeBinding(CSP_BINDING, (_source, violation: CspViolation) => {
				const { directive, blockedURI, sample, sourceFile, line, documentURI } = violation;
				problems.push(
					`${CSP_PROBLEM}${directive} blocked ${blockedURI || '(inline)'}` +
						`${sample ? ` «${sample}»` : ''} at ${sourceFile || documentURI}:${line}`,
				);
			});
			await context.addInitScript((binding: string) => {
				document.addEventListener(
					'securitypolicyviolation',
					(e) => {
						const report = (window as unknown as Record<string, unknown>)[binding];
						if (typeof report !== 'function') return;
						void report({
							directive: e.effectiveDirective || e.violatedDirective,
							blockedURI: e.blockedURI,
							sample: e.sample,
							sourceFile: e.sourceFile,
							line: e.lineNumber,
							documentURI: e.documentURI,
						});
					},
					true,
				);
			}, CSP_BINDING);
			await context.route(
				() => true,
				async (route) => {
					const url = route.request().url();
					let origin: string;
					try {
						origin = new URL(url).origin;
					} catch {
						origin = 'unparsable';
					}
					if (origin === appOrigin || url.startsWith('data:') || url.startsWith('blob:')) {
						await route.fallback();
						return;
					}
					problems.push(`foreign request (aborted): ${route.request().method()} ${url}`);
					await route.abort('blockedbyclient');
				},
			);

			await use(problems);

			if (problems.length > 0) {
				await testInfo.attach('page problems', {
					body: problems.join('\n'),
					contentType: 'text/plain',
				});
			}
			expect(problems, 'page errors, console errors, foreign requests and CSP violations').toEqual(
				[],
			);
		},
		{ auto: true },
	],
});

export { expect };
