/**
 * Starts a link's dataset from the HTML, before the app's script has even downloaded. A page
 * opened with `?data=…` spends its first few hundred milliseconds fetching and running the
 * 150 KB script; only then did main.ts start the dataset's worker. This inline script, run as the
 * page is parsed, starts the worker (which fetches, reads and parses the file) at once and leaves
 * it, with what it says meanwhile, on `window.__datasetHeadStart` for src/lib/data/warm.ts to
 * claim (issue #5's first item drawn).
 *
 * Its text never changes between builds (the worker's hashed file name is read from its
 * data-worker attribute), so the Content-Security-Policy allows it by a fixed hash (csp.ts)
 * rather than by allowing inline scripts.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Plain ES5, as small as it is readable. It mirrors `warmUp` in warm.ts; it skips what is not an
 * http(s) link, and main.ts stops the worker of a link the app will not open.
 */
export const HEAD_START_SCRIPT = `(function () {
	var link = new URLSearchParams(location.search).get('data');
	if (!link) return;
	try {
		var url = new URL(link, document.baseURI);
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
		var worker = new Worker(document.currentScript.dataset.worker, { type: 'module' });
		var start = { url: url.href, worker: worker, backlog: [] };
		worker.onmessage = function (event) { start.backlog.push(event.data); };
		worker.onerror = function (event) { start.backlog.push({ kind: 'error', message: event.message }); };
		worker.postMessage({ url: url.href });
		window.__datasetHeadStart = start;
	} catch (error) {
		// No worker here (or a broken link): the app starts its own, or says what is wrong.
	}
})();`;

/** The policy's source for the script: `'sha256-…'` of its exact text. */
export const HEAD_START_HASH = `'sha256-${createHash('sha256').update(HEAD_START_SCRIPT).digest('base64')}'`;

/** The parser worker's file in the bundle (Vite names a worker after its source file). */
const WORKER = /(^|\/)worker-[\w-]+\.js$/;

export function headStartPlugin(): Plugin {
	return {
		name: 'dataset-head-start',
		apply: 'build',
		transformIndexHtml: {
			order: 'post',
			handler(html, { bundle }) {
				if (!bundle) return html;
				const workers = Object.values(bundle).filter((file) => WORKER.test(file.fileName));
				if (workers.length !== 1)
					throw new Error(
						`head-start: expected one parser worker in the bundle, found ${workers.map((f) => f.fileName).join(', ') || 'none'}`,
					);
				// Right after the title: after the policy and the charset, and before the stylesheet,
				// which an inline script would wait for.
				const at = html.indexOf('</title>');
				if (at < 0) throw new Error('head-start: expected a <title> in index.html');
				const end = at + '</title>'.length;
				const tag = `\n\t\t<script data-worker="./${workers[0]!.fileName}">${HEAD_START_SCRIPT}</script>`;
				return html.slice(0, end) + tag + html.slice(end);
			},
		},
	};
}
