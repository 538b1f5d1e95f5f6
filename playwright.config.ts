import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST = '127.0.0.1';
// Our own build, not dist/: a `vite build` by someone else mid-run must not pull it from under us.
const OUT_DIR = 'test-results/e2e-dist';

/**
 * End-to-end tests against the production build (`vite build` + `vite preview`).
 * Run through `npm run test:e2e`, which finds a Chromium and sets CHROMIUM_PATH
 * (scripts/chromium.mjs); this machine cannot download Playwright's own browsers.
 */
export default defineConfig({
	testDir: 'e2e',
	outputDir: 'test-results/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	// Tests must not be flaky: no retries, locally or on CI.
	retries: 0,
	workers: 2,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://${HOST}:${PORT}`,
		browserName: 'chromium',
		viewport: { width: 1280, height: 800 },
		locale: 'en-US',
		timezoneId: 'Asia/Tehran',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH || undefined,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-quic',
				'--no-first-run',
				'--disable-sync',
			],
		},
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command:
			`npx vite build --outDir ${OUT_DIR} --emptyOutDir && ` +
			`npx vite preview --outDir ${OUT_DIR} --host ${HOST} --port ${PORT} --strictPort`,
		url: `http://${HOST}:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
