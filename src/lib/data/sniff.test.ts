import { describe, expect, it } from 'vitest';
import { sniffFormat, toFileName, toTitle } from './sniff.ts';

describe('sniffFormat', () => {
	it('sniffFormat(name "a.csv", text "{") is "csv": the name says what the author meant', () => {
		expect(sniffFormat({ name: 'a.csv', text: '{' })).toBe('csv');
		expect(sniffFormat({ name: 'a.JSON', text: 'date,title' })).toBe('json');
		expect(sniffFormat({ name: 'a.tsv', text: '' })).toBe('csv');
	});
	it('then the content type', () => {
		const text = 'date,title';
		expect(
			sniffFormat({ name: 'data', contentType: 'application/json; charset=utf-8', text }),
		).toBe('json');
		expect(sniffFormat({ name: 'data', contentType: 'application/ld+json', text })).toBe('json');
		expect(sniffFormat({ name: 'data', contentType: 'text/csv', text: '[' })).toBe('csv');
	});
	it('then the first character: only JSON opens with { or [', () => {
		expect(sniffFormat({ name: 'data', contentType: 'text/plain', text: '\uFEFF\n  [{}]' })).toBe(
			'json',
		);
		expect(sniffFormat({ name: 'data', text: '{"events": []}' })).toBe('json');
		expect(sniffFormat({ name: 'data', text: 'date,title\n' })).toBe('csv');
		expect(sniffFormat({ name: 'data', text: '' })).toBe('csv');
	});
});

describe('toFileName and toTitle', () => {
	it('toFileName("examples/meetings.csv?v=2") is "meetings.csv"', () => {
		expect(toFileName('examples/meetings.csv?v=2')).toBe('meetings.csv');
		expect(toFileName('https://example.org/data/%D8%AF%DB%8C%D8%AF%D8%A7%D8%B1.json')).toBe(
			'دیدار.json',
		);
		expect(toFileName('https://example.org/')).toBe('example.org');
	});
	it('toTitle("iran-kazakhstan.csv") is "iran-kazakhstan"', () => {
		expect(toTitle('iran-kazakhstan.csv')).toBe('iran-kazakhstan');
		expect(toTitle('notes')).toBe('notes');
	});
});
