import { mount } from 'svelte';
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './app.css';
import App from './App.svelte';
import { isDataUrl } from './lib/model/url.ts';

/**
 * Persian and Arabic text is set in Vazirmatn. Waiting (briefly) for its Arabic-script faces
 * before the first render means text never reflows when the font arrives: no layout shift. The
 * fonts are bundled, so this is a local fetch; the cap keeps a slow disk from blocking the app.
 */
function fontsReady(): Promise<unknown> {
	if (!('fonts' in document)) return Promise.resolve();
	const faces = ['400 1em Vazirmatn', '700 1em Vazirmatn'].map((f) => document.fonts.load(f, 'پی'));
	const cap = new Promise((resolve) => setTimeout(resolve, 1500));
	return Promise.race([Promise.all(faces), cap]).catch(() => undefined);
}

// A link to a dataset: fetch it, and start its parser, while the fonts load and the page mounts.
const dataUrl = new URLSearchParams(window.location.search).get('data');
if (dataUrl && isDataUrl(dataUrl)) void import('./lib/data/load.ts').then((m) => m.warmUp(dataUrl));

fontsReady().then(() => mount(App, { target: document.getElementById('app')! }));
