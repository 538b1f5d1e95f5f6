import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS, formatProblem, parseInput, parseJson, parseText } from './input.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseInput', () => {
	it('parses JSON and CSV leniently, named after the file', async () => {
		const json = await parseInput(utf8('[{"date": "2024", "title": "x"}]'), { name: 'list.json' });
		expect(json).toMatchObject({ ok: true, format: 'json', dataset: { title: { en: 'list' } } });
		const csv = await parseInput(utf8('\uFEFFdate,title\n2024,x\n'), { name: 'sheet.csv' });
		expect(csv).toMatchObject({ ok: true, format: 'csv', dataset: { title: { en: 'sheet' } } });
	});

	it('says when a file is not UTF-8 (a spreadsheet saved as Windows-1256)', async () => {
		const result = await parseInput(new Uint8Array([0x64, 0x61, 0xe3, 0xd1, 0x0a]), {
			name: 'a.csv',
		});
		expect(result.ok || result.errors.map(formatProblem)).toEqual([
			'(file): expected UTF-8 text, found bytes that are not UTF-8 (from a spreadsheet, save as "CSV UTF-8")',
		]);
	});

	it(`keeps the first ${MAX_PROBLEMS} problems and counts them all`, async () => {
		const rows = Array.from({ length: 30 }, (_, i) => `bad-${i},x`).join('\n');
		const result = await parseText(`date,title\n${rows}`, { name: 'a.csv' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toHaveLength(MAX_PROBLEMS);
		expect(result.total).toBe(30);
		expect(formatProblem(result.errors[0]!)).toBe(
			'row 2, column "date": expected a date like 2024-07-30, 2024-07 or 2024, found "bad-0"',
		);
	});

	it('reports problems found after conversion at their JSON path, or row and column', async () => {
		const json = await parseText('{"events": [{"date": "2024", "title": "x", "partOf": "nope"}]}', {
			name: 'a.json',
		});
		expect(json.ok || json.errors.map(formatProblem)).toEqual([
			'events[0].partOf (id "2024-x"): expected the id of another event, found "nope"',
		]);
		const csv = await parseText('date,end date,title\n2024-07-30,2024-07-01,x\n', {
			name: 'a.csv',
		});
		expect(csv.ok || csv.errors.map(formatProblem)).toEqual([
			'row 2, column "end date" (id "2024-07-30-x"): expected an end on or after 2024-07-30, found 2024-07-01',
		]);
	});

	it('passes warnings on', async () => {
		const result = await parseText('date,title,topics\n2024,x,golf\n', { name: 'a.csv' });
		expect(result).toMatchObject({ ok: true, warningTotal: 1 });
	});
});

describe('parseJson', () => {
	it('places a syntax error by line and column, and shows what is there', async () => {
		const result = parseJson('{\n  "events": [\n    {"date" "2024"}\n  ]\n}');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.path).toBe('line 3, column 13');
		// The reason in brackets is the engine's own words.
		expect(result.error.message).toMatch(/^expected valid JSON, found «"2024"}» \([^\n]+\)$/);
	});
	it('at the end of the file', async () => {
		const result = parseJson('{"events": [');
		expect(result.ok || result.error.message).toMatch(
			/^expected valid JSON, found the end of the file/,
		);
	});
});
