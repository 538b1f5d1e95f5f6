import { describe, expect, it } from 'vitest';
import { CREDIT_HEIGHT, formatLength, toExportSize, toPngSize } from './sizes.ts';

describe('toExportSize', () => {
	it('16:9 is a widescreen PowerPoint slide: 1280 × 720 px, 33.867 × 19.05 cm', () => {
		expect(toExportSize('16:9')).toEqual({
			scene: { width: 1280, height: 720 - CREDIT_HEIGHT },
			physical: { width: 33.867, height: 19.05, unit: 'cm' },
		});
	});
	it('4:3 is a standard slide: 960 × 720 px, 25.4 × 19.05 cm', () => {
		expect(toExportSize('4:3').physical).toEqual({ width: 25.4, height: 19.05, unit: 'cm' });
	});
	it('the current view keeps its px size and adds the credit band', () => {
		expect(toExportSize('view', { width: 812.4, height: 400 })).toEqual({
			scene: { width: 812, height: 400 },
			physical: { width: 812, height: 400 + CREDIT_HEIGHT, unit: 'px' },
		});
	});
	it('an unknown view size falls back to 16:9', () => {
		expect(toExportSize('view')).toEqual(toExportSize('16:9'));
	});
});

describe('toPngSize', () => {
	it('toPngSize(1280, 720, 2) is 2560 × 1440', () => {
		expect(toPngSize(1280, 720, 2)).toEqual({ width: 2560, height: 1440, scale: 2 });
	});
	it('toPngSize(1280, 720, 3) is 3840 × 2160', () => {
		expect(toPngSize(1280, 720, 3)).toMatchObject({ width: 3840, height: 2160 });
	});
	it('shrinks evenly to stay within a canvas', () => {
		const size = toPngSize(9000, 1000, 3);
		expect(size.width).toBeLessThanOrEqual(16384);
		expect(size.width / size.height).toBeCloseTo(9, 2);
	});
});

describe('formatLength', () => {
	it('formatLength(33.8667, "cm") is "33.867cm"; px are unitless', () => {
		expect(formatLength(33.8667, 'cm')).toBe('33.867cm');
		expect(formatLength(480)).toBe('480');
	});
});
