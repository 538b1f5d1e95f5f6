// Finds a Chromium that Playwright can drive, installing one if it can.
//
//   node scripts/chromium.mjs   prints the browser's path on stdout (diagnostics on stderr)
//
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own downloaded browser. If none is
// there: `npx playwright install chromium` (needs the internet), then, as root,
// `apt-get install chromium`; then look again.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * @typedef {{ path: string, reason: string }} Found
 * @typedef {{ install?: boolean, log?: (line: string) => void }} Options
 */

/** @param {string} path */
function isExecutableFile(path) {
	try {
		if (!statSync(path).isFile()) return false;
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** @returns {Promise<string | undefined>} where Playwright keeps its own Chromium (may not exist) */
async function playwrightChromiumPath() {
	try {
		const { chromium } = await import('@playwright/test');
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

/**
 * Looks without installing anything.
 * @param {string[]} notes why each candidate was passed over
 * @returns {Promise<Found | undefined>}
 */
async function look(notes) {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (isExecutableFile(fromEnv)) return { path: fromEnv, reason: 'CHROMIUM_PATH is set' };
		// An explicit choice that is wrong is an error, not something to silently work around.
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file`);
	}
	notes.push('CHROMIUM_PATH is not set');

	if (isExecutableFile(DEBIAN_CHROMIUM)) {
		return { path: DEBIAN_CHROMIUM, reason: "Debian's chromium package is installed" };
	}
	notes.push(`${DEBIAN_CHROMIUM} is missing or not executable`);

	const own = await playwrightChromiumPath();
	if (own && isExecutableFile(own)) {
		return { path: own, reason: "Playwright's own downloaded Chromium" };
	}
	notes.push(
		own
			? `Playwright's Chromium is not downloaded (expected at ${own})`
			: 'Playwright (@playwright/test) could not be loaded to ask for its Chromium',
	);
	return undefined;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {(line: string) => void} log
 * @returns {boolean} whether it exited 0
 */
function run(command, args, log) {
	log(`$ ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, {
		// stdout of the installers goes to stderr: our stdout is reserved for the path.
		stdio: ['ignore', process.stderr, process.stderr],
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		timeout: 15 * 60 * 1000,
	});
	if (result.error) {
		log(`  could not run ${command}: ${result.error.message}`);
		return false;
	}
	if (result.status !== 0) {
		log(`  ${command} failed (exit ${result.status ?? result.signal})`);
		return false;
	}
	return true;
}

/**
 * Finds a Chromium for Playwright, installing one if none is found and `install` is not false.
 * @param {Options} [options]
 * @returns {Promise<Found>}
 */
export async function findChromium(options = {}) {
	const log = options.log ?? ((line) => process.stderr.write(`[chromium] ${line}\n`));
	/** @type {string[]} */
	const notes = [];

	const first = await look(notes);
	if (first) return first;

	log('No Chromium found:');
	for (const note of notes) log(`  - ${note}`);
	if (options.install === false) {
		throw new Error(`No Chromium found (${notes.join('; ')})`);
	}

	const attempts = [];
	log("Trying to download Playwright's Chromium (needs access to Playwright's CDN)...");
	const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
	attempts.push(
		run(npx, ['playwright', 'install', 'chromium'], log)
			? 'npx playwright install chromium succeeded'
			: 'npx playwright install chromium failed',
	);
	let found = await look([]);
	if (found) return { ...found, reason: `${found.reason} (installed just now)` };

	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot) {
		log("Trying Debian's chromium package (running as root)...");
		const ok =
			run('apt-get', ['update'], log) && run('apt-get', ['install', '-y', 'chromium'], log);
		attempts.push(ok ? 'apt-get install chromium succeeded' : 'apt-get install chromium failed');
		found = await look([]);
		if (found) return { ...found, reason: `${found.reason} (installed just now)` };
	} else {
		attempts.push('apt-get not tried: not running as root');
	}

	throw new Error(
		[
			'No Chromium for Playwright, and none could be installed.',
			`Looked for: $CHROMIUM_PATH, ${DEBIAN_CHROMIUM}, Playwright's own Chromium.`,
			`Tried: ${attempts.join('; ')}.`,
			'Fix: install one (as root: apt-get install chromium; or: npx playwright install chromium)',
			'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
		].join('\n'),
	);
}

const isMain =
	process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	try {
		const { path, reason } = await findChromium();
		process.stderr.write(`[chromium] Using ${path} (${reason})\n`);
		process.stdout.write(`${path}\n`);
	} catch (error) {
		process.stderr.write(`[chromium] ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 1;
	}
}
