/**
 * The Content-Security-Policy of the built app, delivered as a <meta> tag (hosts that can set
 * headers should send the same policy; see README). Only the production build gets it: Vite's dev
 * server injects inline scripts and styles that a strict policy would block.
 */
import type { Plugin } from 'vite';
import { HEAD_START_HASH } from './head-start.ts';

export const CSP = [
	"default-src 'self'",
	// 'wasm-unsafe-eval' lets the SVG exporter compile HarfBuzz's WebAssembly; it does not allow eval.
	// The one inline script, by its hash: it starts a link's dataset early (head-start.ts).
	`script-src 'self' ${HEAD_START_HASH} 'wasm-unsafe-eval'`,
	// Svelte and vis-timeline set styles through the CSSOM, which CSP does not restrict.
	"style-src 'self'",
	"img-src 'self' data: blob:",
	"font-src 'self' data:",
	// A dataset may be opened from another origin that allows CORS (?data=https://…).
	"connect-src 'self' https:",
	"worker-src 'self' blob:",
	"frame-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'none'",
].join('; ');

/** Adds the policy to index.html at build time. */
export function cspPlugin(): Plugin {
	return {
		name: 'csp-meta',
		apply: 'build',
		transformIndexHtml: {
			order: 'post',
			handler: () => [
				{
					tag: 'meta',
					attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
					injectTo: 'head-prepend',
				},
			],
		},
	};
}
