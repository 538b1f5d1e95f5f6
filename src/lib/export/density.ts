/**
 * A PNG's pixel density (its pHYs chunk). Canvas encoders write none, so Office and Keynote place
 * a 2× slide image at twice the slide's size; with 192 pixels per inch it lands at 13.333 in, the
 * size of the slide. Pure: bytes in, bytes out.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** CRC-32 as PNG chunks use it (over the chunk type and data). */
export function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// Signature (8) + IHDR chunk (4 length + 4 type + 13 data + 4 CRC): pHYs must come before IDAT.
const AFTER_IHDR = 8 + 25;

/** `png` with a pHYs chunk saying `ppi` pixels per inch, right after IHDR (replacing none). */
export function withPixelDensity(png: Uint8Array, ppi: number): Uint8Array<ArrayBuffer> {
	if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG');
	const perMetre = Math.round(ppi / 0.0254);
	const chunk = new Uint8Array(4 + 4 + 9 + 4);
	const view = new DataView(chunk.buffer);
	view.setUint32(0, 9);
	chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
	view.setUint32(8, perMetre);
	view.setUint32(12, perMetre);
	chunk[16] = 1; // the unit is the metre
	view.setUint32(17, crc32(chunk.subarray(4, 17)));
	const out = new Uint8Array(png.length + chunk.length);
	out.set(png.subarray(0, AFTER_IHDR));
	out.set(chunk, AFTER_IHDR);
	out.set(png.subarray(AFTER_IHDR), AFTER_IHDR + chunk.length);
	return out;
}
