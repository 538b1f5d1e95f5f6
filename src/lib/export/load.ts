/**
 * Loads the export fonts in the browser, on demand: harfbuzzjs (its module fetches hb.wasm), the two
 * Vazirmatn TTFs and, for editable SVGs, hb-subset.wasm, all from our own origin as hashed assets.
 * Nothing here runs until an export asks, so none of it weighs on the first view.
 */
import boldUrl from 'vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf?url';
import regularUrl from 'vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf?url';
import subsetUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import { toFontSet, type FontSet } from './fonts.ts';
import { toSubsetter, type Subsetter } from './subset.ts';

async function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${url}`);
	return new Uint8Array(await response.arrayBuffer());
}

/** Remembers a successful load; forgets a failed one, so the next click tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let pending: Promise<T> | undefined;
	return () =>
		(pending ??= load().catch((error: unknown) => {
			pending = undefined;
			throw error;
		}));
}

const loadBase = once(async () => {
	const [hb, regular, bold] = await Promise.all([
		import('harfbuzzjs'),
		fetchBytes(regularUrl),
		fetchBytes(boldUrl),
	]);
	return toFontSet(hb, { regular, bold });
});

// Instantiated from bytes rather than streamed: a static host may not serve application/wasm.
const loadSubsetter = once(async (): Promise<Subsetter> =>
	toSubsetter(await fetchBytes(subsetUrl)),
);

/** The fonts for an export; the subsetter too when the SVG keeps its text editable. */
export async function loadFontSet(opts: { subsetter: boolean }): Promise<FontSet> {
	const [fonts, subsetter] = await Promise.all([
		loadBase(),
		opts.subsetter ? loadSubsetter() : undefined,
	]);
	return subsetter ? { ...fonts, subsetter } : fonts;
}
