import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { crc32, withPixelDensity } from './density.ts';

function blankPng(width: number, height: number): Uint8Array {
	const png = new PNG({ width, height });
	png.data.fill(255);
	return new Uint8Array(PNG.sync.write(png));
}

/** Chunk types in order, and the pHYs payload if any. */
function chunks(png: Uint8Array): { types: string[]; phys?: DataView } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const types: string[] = [];
	let phys: DataView | undefined;
	for (let at = 8; at < png.length;) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
		types.push(type);
		if (type === 'pHYs') phys = new DataView(png.buffer, png.byteOffset + at + 8, length);
		at += 12 + length;
	}
	return { types, phys };
}

describe('withPixelDensity', () => {
	it('crc32("IEND") is ae426082, as in every PNG', () => {
		expect(crc32(new TextEncoder().encode('IEND')).toString(16)).toBe('ae426082');
	});
	it('adds pHYs at 192 ppi (7559 px/m) right after IHDR, and the PNG still decodes', () => {
		const out = withPixelDensity(blankPng(4, 3), 192);
		const { types, phys } = chunks(out);
		expect(types[0]).toBe('IHDR');
		expect(types[1]).toBe('pHYs');
		expect([phys!.getUint32(0), phys!.getUint32(4), phys!.getUint8(8)]).toEqual([7559, 7559, 1]);
		// pngjs checks every CRC: a bad chunk would throw here.
		expect(PNG.sync.read(Buffer.from(out), { checkCRC: true })).toMatchObject({
			width: 4,
			height: 3,
		});
	});
	it('refuses bytes that are not a PNG', () => {
		expect(() => withPixelDensity(new Uint8Array(40), 96)).toThrow('not a PNG');
	});
});
