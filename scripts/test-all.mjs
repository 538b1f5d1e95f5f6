// `npm test`: every check, in order, continuing past failures so that each one reports.
// The last line of output is exactly `N passed, N failed`, counting each unit and e2e test, and
// each of check, lint and check:data as one test. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const UNIT_JSON = 'test-results/unit.json';
const E2E_JSON = 'test-results/e2e.json'; // written by the json reporter in playwright.config.ts

/**
 * @typedef {{ passed: number, failed: number, skipped: number, error?: string }} Counts
 * @typedef {{
 *   name: string,
 *   args: string[],
 *   report?: { file: string, count: (json: unknown) => Counts },
 * }} Step
 */

/** @param {unknown} value */
function num(value) {
	return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * Vitest's json reporter (Jest's format).
 * @param {unknown} json
 * @returns {Counts}
 */
function countVitest(json) {
	const r = /** @type {Record<string, unknown>} */ (json);
	return {
		passed: num(r.numPassedTests),
		failed: num(r.numFailedTests),
		skipped: num(r.numPendingTests) + num(r.numTodoTests),
	};
}

/**
 * Playwright's json reporter.
 * @param {unknown} json
 * @returns {Counts}
 */
function countPlaywright(json) {
	const report =
		/** @type {{ stats?: Record<string, unknown>, errors?: { message?: unknown }[] }} */ (json);
	const stats = report.stats ?? {};
	// Errors outside any test, e.g. a web server that did not start.
	const error = report.errors?.[0]?.message;
	return {
		passed: num(stats.expected) + num(stats.flaky),
		failed: num(stats.unexpected),
		skipped: num(stats.skipped),
		...(typeof error === 'string' ? { error: error.split('\n')[0] } : {}),
	};
}

/** @type {Step[]} */
const steps = [
	{ name: 'check', args: ['run', 'check'] },
	{ name: 'lint', args: ['run', 'lint'] },
	{ name: 'check:data', args: ['run', 'check:data'] },
	{
		name: 'test:unit',
		args: [
			'run',
			'test:unit',
			'--',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${UNIT_JSON}`,
		],
		report: { file: UNIT_JSON, count: countVitest },
	},
	{
		name: 'test:e2e',
		args: ['run', 'test:e2e'],
		report: { file: E2E_JSON, count: countPlaywright },
	},
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
mkdirSync(join(root, 'test-results'), { recursive: true });

let passed = 0;
let failed = 0;
/** @type {string[]} */
const lines = [];

for (const step of steps) {
	const banner = `==== ${step.name} ====`;
	console.log(`\n${banner}`);
	const reportPath = step.report ? join(root, step.report.file) : undefined;
	// A stale report must not stand in for a step that crashed before writing its own.
	if (reportPath) rmSync(reportPath, { force: true });

	const started = Date.now();
	const result = spawnSync(npm, step.args, { cwd: root, stdio: 'inherit', env: process.env });
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	const exit = result.error
		? `could not start: ${result.error.message}`
		: result.signal
			? `killed by ${result.signal}`
			: `exit ${result.status}`;
	const ok = !result.error && result.status === 0;

	if (!step.report || !reportPath) {
		if (ok) passed += 1;
		else failed += 1;
		lines.push(`${ok ? 'PASS' : 'FAIL'} ${step.name} (${exit}, ${seconds}s)`);
		continue;
	}

	/** @type {Counts | undefined} */
	let counts;
	let problem = '';
	if (existsSync(reportPath)) {
		try {
			counts = step.report.count(JSON.parse(readFileSync(reportPath, 'utf8')));
		} catch (error) {
			problem = `unreadable report ${step.report.file}: ${error instanceof Error ? error.message : String(error)}`;
		}
	} else {
		problem = `no report at ${step.report.file}`;
	}

	let stepFailed = counts ? counts.failed : 0;
	if (counts) {
		passed += counts.passed;
		// A failing exit with no failing test (a crash, a suite that could not load, a server that
		// did not start) is still a failure: count it as one.
		if (!ok && counts.failed === 0) {
			stepFailed += 1;
			problem = `${exit} without a failing test${counts.error ? `: ${counts.error}` : ''}`;
		}
		if (ok && counts.failed > 0) problem = 'exit 0 despite failing tests';
	} else {
		stepFailed += 1;
	}
	failed += stepFailed;
	const summary = counts
		? `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`
		: 'not counted';
	const status = stepFailed === 0 && ok ? 'PASS' : 'FAIL';
	lines.push(
		`${status} ${step.name}: ${summary} (${exit}, ${seconds}s)${problem ? ` — ${problem}` : ''}`,
	);
}

console.log('\n==== summary ====');
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
