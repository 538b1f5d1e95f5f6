import { describe, expect, it } from 'vitest';
import { escapeXml, formatAttrs, formatNum, toDash, toPaint, toPathData } from './xml.ts';

describe('escapeXml', () => {
	it('escapeXml(`<script>alert(1)</script> "&\'`) is inert text', () => {
		expect(escapeXml('<script>alert(1)</script> "&\'')).toBe(
			'&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&apos;',
		);
	});
	it('drops characters XML cannot hold (controls, lone surrogates) and keeps the rest', () => {
		expect(escapeXml('a\u0000b\u0008c\td\ne\uD800f🇮🇷')).toBe('abc\td\nef🇮🇷');
	});
});

describe('attribute values', () => {
	it('toPaint keeps colours and drops variables, urls and injected markup', () => {
		expect(['#1d4e89', 'none', 'rgb(1, 2, 3)', 'white'].map(toPaint)).toEqual([
			'#1d4e89',
			'none',
			'rgb(1, 2, 3)',
			'white',
		]);
		expect(['var(--a)', 'url(#x)', 'url(http://e/x)', '#fff" onload="x'].map(toPaint)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});
	it('toDash and toPathData accept numbers and commands only', () => {
		expect(toDash('4 3')).toBe('4 3');
		expect(toDash('4" onload="x')).toBeUndefined();
		expect(toPathData('M0 0L10,10Z')).toBe('M0 0L10,10Z');
		expect(toPathData('M0 0"/><script>')).toBeUndefined();
	});
	it('formatNum rounds to hundredths without "-0"; formatAttrs leaves out NaN and undefined', () => {
		expect([formatNum(1.23456), formatNum(-0.001), formatNum(2)]).toEqual(['1.23', '0', '2']);
		expect(formatAttrs({ x: 1.005, y: Number.NaN, fill: undefined, lang: 'a"b' })).toBe(
			' x="1" lang="a&quot;b"',
		);
	});
});
