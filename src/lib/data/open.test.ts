import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openRequest } from './open.ts';
import { formatProblem } from './problem.ts';

const noProgress = () => {};

describe('openRequest', () => {
	it('reads a file as text, with its name and type, reporting progress up to its size', async () => {
		const progress: [number, number | null][] = [];
		const file = new File(['date,title\n2024,تهران\n'], 'sheet.csv', { type: 'text/csv' });
		const opened = await openRequest({ file }, (loaded, total) => progress.push([loaded, total]));
		expect(opened).toEqual({
			ok: true,
			text: 'date,title\n2024,تهران\n',
			name: 'sheet.csv',
			contentType: 'text/csv',
		});
		expect(progress[0]).toEqual([0, file.size]);
		expect(progress.at(-1)).toEqual([file.size, file.size]);
	});

	it('says when a file is not UTF-8', async () => {
		const file = new File([new Uint8Array([0x64, 0x61, 0xe3, 0xd1, 0x0a])], 'a.csv');
		const opened = await openRequest({ file }, noProgress);
		expect(opened.ok || formatProblem(opened.error)).toBe(
			'(file): expected UTF-8 text, found bytes that are not UTF-8 (from a spreadsheet, save as "CSV UTF-8")',
		);
	});

	it('fetches a URL, named after its last part; a missing file is an HTTP problem', async () => {
		const server = createServer((request, response) => {
			if (request.url !== '/data/list%20one.json') return void response.writeHead(404).end();
			response.writeHead(200, { 'content-type': 'application/json' });
			response.end('[{"date":"2024","title":"x"}]');
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		try {
			const opened = await openRequest({ url: `${base}/data/list%20one.json` }, noProgress);
			expect(opened).toEqual({
				ok: true,
				text: '[{"date":"2024","title":"x"}]',
				name: 'list one.json',
				contentType: 'application/json',
			});
			const missing = await openRequest({ url: `${base}/data/none.json` }, noProgress);
			expect(missing.ok || missing.error.message).toBe(
				`expected the file at ${base}/data/none.json, found HTTP 404 Not Found`,
			);
		} finally {
			server.close();
		}
	});

	it('refuses a web page where a data file was expected', async () => {
		const opened = await openRequest(
			{ url: 'data:text/html,<!doctype html><p>Not found' },
			noProgress,
		);
		expect(opened.ok || opened.error.message).toMatch(
			/^expected a JSON or CSV file at .*found a web page/,
		);
	});

	it('words a failed fetch as a problem, never a rejection', async () => {
		const opened = await openRequest({ url: 'http://127.0.0.1:1/none.json' }, noProgress);
		expect(opened.ok || opened.error.message).toMatch(
			/^expected to fetch http:\/\/127\.0\.0\.1:1\/none\.json, found a network error/,
		);
	});
});
