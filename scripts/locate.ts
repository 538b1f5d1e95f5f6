/**
 * Dev tool: find the exact offsets of a quote in a source text.
 *
 *   npx tsx scripts/locate.ts <file> "<exact quote>" [occurrence]
 *
 * <file> is a seed file name in data/sources/ (e.g. 000_0e41b8c0175d089a.txt) or a path.
 * Offsets are JavaScript string indices (UTF-16 code units) into the file read as UTF-8, the
 * same indices a passage's `start`/`end` use; `end` is exclusive.
 *
 * Fails (exit code 1) if the quote is absent, or occurs more than once and no occurrence number
 * (1-based) is given; in that case it lists every occurrence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'sources');

function fail(message: string): never {
	console.error(`locate: ${message}`);
	process.exit(1);
}

function resolveFile(arg: string): string {
	if (existsSync(arg)) return arg;
	const inSources = join(SOURCES_DIR, arg);
	if (existsSync(inSources)) return inSources;
	return fail(`no such file: ${arg} (looked in the working directory and ${SOURCES_DIR})`);
}

function occurrences(text: string, quote: string): number[] {
	const found: number[] = [];
	let from = 0;
	for (;;) {
		const at = text.indexOf(quote, from);
		if (at === -1) return found;
		found.push(at);
		from = at + 1;
	}
}

const [fileArg, quote, occurrenceArg, ...rest] = process.argv.slice(2);
if (fileArg === undefined || quote === undefined || rest.length > 0) {
	fail('usage: npx tsx scripts/locate.ts <file> "<exact quote>" [occurrence]');
}
if (quote.length === 0) fail('the quote is empty');

const text = readFileSync(resolveFile(fileArg), 'utf8');
const found = occurrences(text, quote);

if (found.length === 0) {
	const trimmed = quote.trim();
	const hint =
		trimmed !== quote && occurrences(text, trimmed).length > 0
			? ' (it does occur without its leading/trailing whitespace)'
			: '';
	fail(`quote not found${hint}`);
}

let index: number;
if (occurrenceArg === undefined) {
	if (found.length > 1) {
		const list = found.map((at, i) => `  ${i + 1}: start ${at}`).join('\n');
		fail(`quote occurs ${found.length} times; pass an occurrence number (1-based):\n${list}`);
	}
	index = 0;
} else {
	const n = Number(occurrenceArg);
	if (!Number.isInteger(n) || n < 1 || n > found.length) {
		fail(`occurrence must be an integer from 1 to ${found.length}, got ${occurrenceArg}`);
	}
	index = n - 1;
}

const start = found[index] ?? fail('internal error: occurrence out of range');
const end = start + quote.length;
const slice = text.slice(start, end);
if (slice !== quote) fail('internal error: slice does not match the quote');

console.log(`start: ${start}`);
console.log(`end: ${end}`);
console.log(`occurrence: ${index + 1} of ${found.length}`);
console.log(`text: ${JSON.stringify(slice)}`);
console.log(JSON.stringify({ start, end, text: slice }));
