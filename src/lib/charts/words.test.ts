import { describe, expect, it } from 'vitest';
import { formatCount, formatList, formatWord } from './words.ts';

describe('formatCount', () => {
	it('(1, en) is "1 event"; (6, en) is "6 events"', () => {
		expect(formatCount(1, 'en')).toBe('1 event');
		expect(formatCount(6, 'en')).toBe('6 events');
	});
	it('(18, fa) is "۱۸ رویداد"', () => {
		expect(formatCount(18, 'fa')).toBe('۱۸ رویداد');
	});
	it('(1, 2, 6, 18, ar) take the Arabic number forms', () => {
		expect([1, 2, 6, 18].map((n) => formatCount(n, 'ar'))).toEqual([
			'حدث واحد',
			'حدثان',
			'٦ أحداث',
			'١٨ حدثًا',
		]);
	});
});

describe('formatWord', () => {
	it('(offMap, fa) fills its placeholder', () => {
		expect(formatWord('offMap', 'fa', { items: 'x' })).toBe('روی نقشه نیست: x.');
	});
});

describe('formatList', () => {
	it('(en) joins with commas; (ar) with Arabic commas', () => {
		expect(formatList(['a', 'b'], 'en')).toBe('a, b');
		expect(formatList(['أ', 'ب'], 'ar')).toBe('أ، ب');
	});
});
