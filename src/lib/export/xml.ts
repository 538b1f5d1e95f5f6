/**
 * Writing XML by hand, safely: every string that reaches a file goes through `escapeXml`, and
 * every value that reaches a paint or geometry attribute is checked against what SVG allows, so
 * data can never open an element, an attribute, a script or a reference to another file.
 */

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF; a parser rejects the whole
// file if one slips in, so they are dropped rather than escaped.
const NOT_XML =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
};

/** Text safe inside an element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
	return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A coordinate as short text: two decimals are far below a pixel; no "-0". */
export function formatNum(n: number): string {
	const rounded = Math.round(n * 100) / 100;
	return String(Object.is(rounded, -0) ? 0 : rounded);
}

// Colours as the palettes write them. Anything else (a CSS variable, `url(…)`) is dropped: a
// variable means nothing outside the page, and a url could point at another file.
const PAINT =
	/^(?:none|currentColor|transparent|#[0-9a-fA-F]{3,8}|(?:rgb|rgba|hsl|hsla)\([\d\s.,%/+-]*\)|[a-zA-Z]{3,20})$/;

/** `value` if it is a plain colour, else undefined (the attribute is then left out). */
export function toPaint(value: string | undefined): string | undefined {
	return value !== undefined && PAINT.test(value.trim()) ? value.trim() : undefined;
}

/** A stroke-dasharray of plain numbers, or undefined. */
export function toDash(value: string | undefined): string | undefined {
	return value !== undefined && /^[\d\s.,]+$/.test(value) ? value.trim() : undefined;
}

/** Path data made only of path commands and numbers, or undefined. */
export function toPathData(value: string): string | undefined {
	return /^[MmLlHhVvCcSsQqTtAaZz\d\s.,eE+-]*$/.test(value) ? value : undefined;
}

/** Attributes as text, in the given order, leaving out undefined values. */
export function formatAttrs(attrs: Record<string, string | number | undefined>): string {
	let out = '';
	for (const [name, value] of Object.entries(attrs)) {
		// A NaN coordinate would make the file invalid; leaving the attribute out keeps it readable.
		if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) continue;
		const text = typeof value === 'number' ? formatNum(value) : value;
		out += ` ${name}="${escapeXml(text)}"`;
	}
	return out;
}
