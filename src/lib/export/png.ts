/**
 * A PNG of an outlined SVG, drawn by the browser itself: the SVG becomes an <img> (from a blob URL,
 * so nothing leaves the page) and is drawn into a canvas at 2× or 3×. The SVG is made at the
 * PNG's pixel size, so the browser rasterises the vectors at full resolution instead of scaling
 * up a small bitmap. Browser only; the size arithmetic is in sizes.ts, the density in density.ts.
 */
import { withPixelDensity } from './density.ts';

/**
 * The PNG of `svg`, `width` × `height` pixels at `ppi` pixels per inch. The SVG must be outlined:
 * an <img> loads no fonts.
 */
export async function toPngBlob(
	svg: string,
	width: number,
	height: number,
	ppi: number,
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image(width, height);
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas');
		context.drawImage(img, 0, 0, width, height);
		const blob = await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
				'image/png',
			),
		);
		const png = withPixelDensity(new Uint8Array(await blob.arrayBuffer()), ppi);
		return new Blob([png], { type: 'image/png' });
	} finally {
		URL.revokeObjectURL(url);
	}
}
