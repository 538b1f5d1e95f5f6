import { test as base, expect } from '@playwright/test';

/**
 * Every spec imports `test` and `expect` from here. An automatic fixture fails the test if the
 * page throws (`pageerror`), logs a console error, or requests anything from an origin other
 * than the app's own. Foreign requests are aborted, so nothing ever leaves the machine.
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
			expect(problems, 'page errors, console errors and foreign requests').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
