/**
 * Asks for the first view's data and fonts from the HTML, before the script has run. The script
 * fetches the built-in dataset (data/fetch.ts) and the page's text pulls in its fonts, but only
 * once the 150 KB script has downloaded and run: a few hundred milliseconds in which the
 * connection idles. `<link rel="preload">` starts them with the script instead (issue #5's first
 * item drawn). The hashed file names are known only once the bundle is written, hence a plugin.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** Files the first view fetches, by the source file they were built from. */
const DATA = /(^|\/)data\/(dataset\.json|sources\/[^/]+\.txt)$/;
/** The faces every page draws with: Latin and Arabic script, regular weight. */
const FONT = /vazirmatn-(latin|arabic)-400-normal-[\w-]+\.woff2$/;

export function preloadPlugin(): Plugin {
	return {
		name: 'preload-first-view',
		apply: 'build',
		transformIndexHtml: {
			order: 'post',
			handler(_html, { bundle }) {
				if (!bundle) return [];
				const tags: HtmlTagDescriptor[] = [];
				for (const file of Object.values(bundle)) {
					if (file.type !== 'asset') continue;
					const href = `./${file.fileName}`;
					// `crossorigin` makes the preload a CORS request, as fetch() and @font-face make
					// theirs: without it the browser fetches the file a second time.
					if (file.originalFileNames.some((name) => DATA.test(name)))
						tags.push({
							tag: 'link',
							attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' },
						});
					else if (FONT.test(file.fileName))
						tags.push({
							tag: 'link',
							attrs: { rel: 'preload', href, as: 'font', type: 'font/woff2', crossorigin: '' },
						});
				}
				return tags.map((tag) => ({ ...tag, injectTo: 'head' }));
			},
		},
	};
}
