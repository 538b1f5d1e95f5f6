/**
 * Font subsetting with HarfBuzz's hb-subset (harfbuzzjs ships it as a standalone wasm with no
 * imports, and no JavaScript wrapper, so we call its C API here). The subset keeps the OpenType
 * layout closure of the kept characters, so Persian and Arabic letters still join in the editor
 * that opens the SVG.
 */

interface SubsetExports {
	memory: WebAssembly.Memory;
	malloc(size: number): number;
	free(ptr: number): void;
	hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
	hb_blob_destroy(blob: number): void;
	hb_blob_get_data(blob: number, length: number): number;
	hb_blob_get_length(blob: number): number;
	hb_face_create(blob: number, index: number): number;
	hb_face_destroy(face: number): void;
	hb_face_reference_blob(face: number): number;
	hb_set_add(set: number, codepoint: number): void;
	hb_subset_input_create_or_fail(): number;
	hb_subset_input_destroy(input: number): void;
	hb_subset_input_unicode_set(input: number): number;
	hb_subset_or_fail(face: number, input: number): number;
	_initialize?: () => void;
}

/** An instantiated hb-subset module. */
export interface Subsetter {
	exports: SubsetExports;
}

/** Instantiates hb-subset from its wasm bytes (browser: fetched; Node: read from node_modules). */
export async function toSubsetter(wasm: BufferSource): Promise<Subsetter> {
	const { instance } = await WebAssembly.instantiate(wasm, {});
	const exports = instance.exports as unknown as SubsetExports;
	// A wasm "reactor" must run its constructors once before any other call.
	exports._initialize?.();
	return { exports };
}

const HB_MEMORY_MODE_READONLY = 1;

// In right-to-left text a bracket is drawn as its mirror image's glyph, so both must be kept.
const MIRRORS: Readonly<Record<string, string>> = {
	'(': ')',
	')': '(',
	'[': ']',
	']': '[',
	'{': '}',
	'}': '{',
	'<': '>',
	'>': '<',
	'«': '»',
	'»': '«',
	'‹': '›',
	'›': '‹',
};

/** The code points to keep for `texts`: their characters, the mirrors of brackets, a space. */
export function toCodepoints(texts: Iterable<string>): Set<number> {
	const kept = new Set<number>([0x20]);
	for (const text of texts)
		for (const char of text) {
			kept.add(char.codePointAt(0)!);
			const mirror = MIRRORS[char];
			if (mirror) kept.add(mirror.codePointAt(0)!);
		}
	return kept;
}

/** A TrueType font holding only the glyphs `codepoints` need (with their contextual forms). */
export function subsetFont(
	subsetter: Subsetter,
	font: Uint8Array,
	codepoints: Iterable<number>,
): Uint8Array {
	const hb = subsetter.exports;
	const data = hb.malloc(font.byteLength);
	// Views on wasm memory go stale when it grows, so each is made just before use.
	new Uint8Array(hb.memory.buffer).set(font, data);
	const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
	const face = hb.hb_face_create(blob, 0);
	hb.hb_blob_destroy(blob);
	const input = hb.hb_subset_input_create_or_fail();
	try {
		if (!input) throw new Error('hb-subset: out of memory');
		const set = hb.hb_subset_input_unicode_set(input);
		for (const cp of codepoints) hb.hb_set_add(set, cp);
		const subset = hb.hb_subset_or_fail(face, input);
		if (!subset) throw new Error('hb-subset: the font could not be subset');
		const result = hb.hb_face_reference_blob(subset);
		const start = hb.hb_blob_get_data(result, 0);
		const length = hb.hb_blob_get_length(result);
		const bytes = new Uint8Array(hb.memory.buffer).slice(start, start + length);
		hb.hb_blob_destroy(result);
		hb.hb_face_destroy(subset);
		return bytes;
	} finally {
		if (input) hb.hb_subset_input_destroy(input);
		hb.hb_face_destroy(face);
		hb.free(data);
	}
}

/** Base64 of bytes, in chunks (spreading 100 kB into one call would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}
