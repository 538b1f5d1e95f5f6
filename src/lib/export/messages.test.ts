import { describe, expect, it } from 'vitest';
import { formatExportMessage, formatPercent } from './messages.ts';

describe('formatPercent', () => {
	it('(0.456) is "46%", "۴۶٪", "٤٦٪"', () => {
		expect(formatPercent(0.456, 'en')).toBe('46%');
		expect(formatPercent(0.456, 'fa')).toMatch(/^۴۶\s?٪$/);
		expect(formatPercent(0.456, 'ar')).toMatch(/^٤٦\s?٪/);
	});
	it('(out of range) is clamped to 0…100%', () => {
		expect(formatPercent(-1, 'en')).toBe('0%');
		expect(formatPercent(2, 'en')).toBe('100%');
	});
});

describe('formatExportMessage', () => {
	it('(stepWrite, 45%) says how far the file is', () => {
		expect(formatExportMessage('stepWrite', 'en', { percent: '45%' })).toBe(
			'Writing the file… 45%',
		);
	});
});
