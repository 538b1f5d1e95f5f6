import { mount } from 'svelte';
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './app.css';
import App from './App.svelte';
import { fetchBuiltinDataset } from '../data/fetch.ts';
import { isDataUrl } from './lib/model/url.ts';
import { dropHeadStart, warmUp } from './lib/data/warm.ts';
import { startLang } from './lib/state/app.svelte.ts';

/**
 * Persian and Arabic text is set in Vazirmatn. A page that opens in Persian or Arabic waits
 * (briefly) for its Arabic-script faces before the first render, so its text never reflows when
 * the font arrives. An English page does not wait: its interface is Latin, and only quoted
 * Persian or Arabic (the reader, a dataset's titles) may reflow once. The fonts are bundled, so
 * this is a local fetch; the cap keeps a slow disk from blocking the app.
 */
function fontsReady(): Promise<unknown> {
	if (!('fonts' in document) || startLang(window.location.search) === 'en')
		return Promise.resolve();
	const faces = ['400 1em Vazirmatn', '700 1em Vazirmatn'].map((f) => document.fonts.load(f, 'پی'));
	const cap = new Promise((resolve) => setTimeout(resolve, 1500));
	return Promise.race([Promise.all(faces), cap]).catch(() => undefined);
}

// A link to a dataset: its worker fetches and parses it while the fonts load and the page mounts
// (the build's HTML started it already: warm.ts).
const dataUrl = new URLSearchParams(window.location.search).get('data');
if (dataUrl && isDataUrl(dataUrl)) {
	warmUp(new URL(dataUrl, document.baseURI).href);
} else dropHeadStart();

// The built-in dataset is fetched whatever the link says: it is what a failing link falls back to.
const builtin = fetchBuiltinDataset();

void Promise.all([builtin, fontsReady()]).then(([result]) =>
	mount(App, { target: document.getElementById('app')!, props: { builtin: result } }),
);
