import { describe, expect, it } from 'vitest';
import xss, { escapeHtml } from './xss.ts';

describe('the xss stand-in vis-timeline is given', () => {
	it('escapes every character that could start markup, so no tag or attribute survives', () => {
		const payload = `<img src=x onerror="alert('x')">&amp;`;
		const out = new xss.FilterXSS().process(payload);
		expect(out).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;amp;');
		expect(out).not.toMatch(/[<>"']/);
	});

	it('leaves plain text, Persian and Arabic included, as it is', () => {
		for (const text of ['Tehran 2024', 'دیدار پزشکیان و توکایف', 'على هامش القمة', ''])
			expect(escapeHtml(text)).toBe(text);
	});
});
