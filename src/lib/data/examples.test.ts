import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../model/parse.ts';
import { formatProblem, parseInput } from './input.ts';

const open = (name: string) =>
	parseInput(new Uint8Array(readFileSync(`public/examples/${name}`)), { name });

describe('public/examples', () => {
	it('minimal.json: dated titles without ids', async () => {
		const result = await open('minimal.json');
		expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual([
			'2014-09-09-rouhani-and-nazarbayev-meet-in-astana',
			'2023-09-18-raisi-and-tokayev-meet-at-un-headquarters-in-new',
			'2024-07-30',
			'2025-12-pezeshkian-visits-kazakhstan-and-turkmenistan',
		]);
	});

	it('meetings.json: the full format, sound even under strict parsing', async () => {
		const result = await open('meetings.json');
		expect(result.ok && result.format).toBe('json');
		const strict = parseDataset(JSON.parse(readFileSync('public/examples/meetings.json', 'utf8')));
		expect(strict.ok).toBe(true);
	});

	it('meetings.csv: every row an event, every quote a citation', async () => {
		const result = await open('meetings.csv');
		expect(result.ok ? result.warnings : result.errors).toEqual([]);
		if (!result.ok) return;
		const { events, sources, people } = result.dataset;
		expect(events).toHaveLength(6);
		expect(events.every((e) => e.summary.passages.length === 1)).toBe(true);
		expect(sources.map((s) => s.language)).toEqual(['fa', 'fa', 'fa', 'ar', 'fa', 'fa']);
		expect(people.map((p) => [p.name.en, p.country])).toContainEqual([
			'Kassym-Jomart Tokayev',
			'KZ',
		]);
		expect(events[2]!.date).toMatchObject({
			start: '2014-09-23',
			end: '2014-10-31',
			precision: 'range',
		});
	});

	it('broken.csv: a bad date in row 4 and a missing title in row 6, nothing else', async () => {
		const result = await open('broken.csv');
		expect(result.ok || result.errors.map(formatProblem)).toEqual([
			'row 4, column "date": expected a date like 2024-07-30, 2024-07 or 2024, found "30/07/2024"',
			'row 6, column "title": expected a title (or title_fa, title_ar), found an empty cell',
		]);
	});
});
