import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFolder } from './check-data.ts';

interface Raw {
	passages: { start: number; end: number }[];
	sources: { file: string }[];
	events: { id: string; date: { weekday: { day: number } } }[];
}

/** A copy of data/ with `change` applied to its dataset.json. */
function brokenCopy(change: (data: Raw) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
	cpSync('data', dir, { recursive: true });
	const file = join(dir, 'dataset.json');
	const data = JSON.parse(readFileSync(file, 'utf8'));
	change(data);
	writeFileSync(file, JSON.stringify(data));
	return dir;
}

describe('checkDataFolder', () => {
	it('finds the built-in data sound', () => {
		expect(checkDataFolder('data')).toEqual([]);
	});

	it('fails loudly on a one-character offset error', () => {
		const dir = brokenCopy((data) => {
			const p = data.passages[0]!;
			p.start += 1;
			p.end += 1;
		});
		const problems = checkDataFolder(dir);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/dataset\.json: passages\[0\]\.text \(id "[^"]+"\): expected the source text at \[\d+, \d+\) of "[^"]+" to equal the quote «.+», found «.+»; the quote occurs at start \d+, end \d+$/s,
		);
	});

	it('names a source file that is missing', () => {
		const dir = brokenCopy((data) => {
			data.sources[0]!.file = 'nope.txt';
		});
		expect(checkDataFolder(dir)[0]).toMatch(
			/dataset\.json: sources\[0\]\.file \(id "[^"]+"\): expected a file in .*sources, found none named "nope\.txt"$/,
		);
	});

	it('rejects a weekday a source states that disagrees with the date', () => {
		const dir = brokenCopy((data) => {
			const tehran = data.events.find((e) => e.id === '2024-07-30-tehran')!;
			tehran.date.weekday.day = 3;
		});
		expect(checkDataFolder(dir).join('\n')).toContain(
			'(id "2024-07-30-tehran"): expected Tuesday (2), the weekday of 2024-07-30, found Wednesday (3)',
		);
	});
});
