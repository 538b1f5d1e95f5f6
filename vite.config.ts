import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { cspPlugin } from './build/csp.ts';
import { graph2dPlugin } from './build/graph2d.ts';
import { visUtilsPlugin } from './build/vis-utils.ts';
import { headStartPlugin } from './build/head-start.ts';
import { preloadPlugin } from './build/preload.ts';

export default defineConfig({
	// Relative base: the build works from any sub-path (e.g. a GitHub Pages project site).
	base: './',
	plugins: [
		svelte(),
		cspPlugin(),
		graph2dPlugin(),
		visUtilsPlugin(),
		preloadPlugin(),
		headStartPlugin(),
	],
	resolve: {
		alias: {
			// vis-timeline's sanitizer, replaced by one that escapes everything (see the file).
			xss: fileURLToPath(new URL('./src/lib/views/timeline/stand-ins/xss.ts', import.meta.url)),
			// vis-timeline's date library, replaced by the part of it vis-timeline calls (see the
			// file). Not under Vitest: the stand-in's tests compare it with the real moment.
			...(process.env.VITEST
				? {}
				: {
						moment: fileURLToPath(
							new URL('./src/lib/views/timeline/stand-ins/moment/index.ts', import.meta.url),
						),
					}),
		},
	},
	// A module worker, so the parser can load the spreadsheet reader only for a CSV file.
	worker: { format: 'es' },
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					// Everything the first view imports statically goes into one chunk: it is all fetched
					// at once anyway, and one file gzips smaller and loads in one request instead of
					// several (issue #5). Views, exporters and parsers imported with import() stay chunks of
					// their own, loaded on demand.
					groups: [{ name: 'index', tags: ['$initial'] }],
				},
			},
		},
	},
	test: {
		include: [
			'src/**/*.test.ts',
			'scripts/**/*.test.ts',
			'data/**/*.test.ts',
			'build/**/*.test.ts',
			'bench/**/*.test.ts',
		],
		environment: 'node',
		env: { TZ: process.env.TZ ?? 'Asia/Tehran' },
	},
});
