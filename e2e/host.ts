/**
 * A page on another origin that embeds the app: a tiny HTTP server on a free port of 127.0.0.1,
 * reached as `http://localhost:<port>/` so that its origin differs from the app's
 * (`http://127.0.0.1:<app port>`) in host and port. The fixtures in fixtures.ts abort requests to
 * any origin but the app's; `allowHost` lets this one origin through, for one test's context.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from '@playwright/test';

export interface Host {
	/** `http://localhost:<port>`, the host page's origin. */
	origin: string;
	/** The host page's address. */
	url: string;
	close: () => Promise<void>;
}

/** Serves `html` at `/` (and 404 for anything else) until `close()`. */
export async function serveHostPage(html: string): Promise<Host> {
	const server = createServer((request, response) => {
		if (request.url === '/' || request.url === '/index.html') {
			response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			response.end(html);
		} else {
			response.writeHead(404, { 'content-type': 'text/plain' });
			response.end('not found');
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		// Loopback only; port 0 asks the system for a free one.
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = server.address() as AddressInfo;
	const origin = `http://localhost:${port}`;
	return {
		origin,
		url: `${origin}/`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/**
 * Lets requests to `origin` reach the network in `context`. Routes registered later run first, so
 * this one answers before the fixtures' guard (which aborts every foreign request); everything
 * else still goes through the guard.
 */
export async function allowHost(context: BrowserContext, origin: string): Promise<void> {
	await context.route(
		(url) => url.origin === origin,
		(route) => route.continue(),
	);
}

/** A minimal HTML page around `body`. */
export function hostHtml(body: string): string {
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Host page</title></head>
<body>
<h1>A page that embeds the chronology</h1>
${body}
</body>
</html>
`;
}
