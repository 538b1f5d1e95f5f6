/**
 * `npm run size [-- --build] [--dir DIR] [--files]`: the first-view cost of the built app in English
 * and Persian beside issue #5's budgets. Measures `dist/` (or DIR) as built; `--build` builds into
 * test-results/size-dist first, so a concurrent `vite build` elsewhere cannot change what is measured.
 * Prints; exits 0 whatever the numbers are (budgets are reported, not enforced).
 */
import { spawnSync } from 'node:child_process';
import {
	BUDGETS,
	KINDS,
	formatKB,
	launchChromium,
	measureFirstView,
	serveDir,
	type FirstView,
} from './size-lib.ts';

const PAGES = [
	{ name: 'en', path: '' },
	{ name: 'fa', path: '?lang=fa' },
];

function argValue(flag: string): string | undefined {
	const i = process.argv.indexOf(flag);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

function report(name: string, view: FirstView, listFiles: boolean): string[] {
	const lines = [`${name}  ${view.url}`];
	for (const kind of KINDS) {
		const t = view.totals[kind];
		const budget = BUDGETS[kind];
		const verdict = budget === undefined ? '' : t.gzip <= budget ? '  ok' : '  OVER';
		const beside = budget === undefined ? '' : `  (budget ${formatKB(budget)})`;
		lines.push(
			`  ${kind.padEnd(10)} ${String(t.files).padStart(3)} files  ${formatKB(t.bytes).padStart(10)} raw  ${formatKB(t.gzip).padStart(10)} gzip${beside}${verdict}`,
		);
		if (listFiles)
			for (const f of view.transfers.filter((x) => x.kind === kind).sort((a, b) => b.gzip - a.gzip))
				lines.push(`      ${formatKB(f.gzip).padStart(9)}  ${f.path}`);
	}
	return lines;
}

const build = process.argv.includes('--build');
const dir = argValue('--dir') ?? (build ? 'test-results/size-dist' : 'dist');
if (build) {
	const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
	const args = ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'];
	const result = spawnSync(npx, args, { stdio: ['ignore', process.stderr, process.stderr] });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const server = await serveDir(dir);
const browser = await launchChromium();
try {
	for (const page of PAGES) {
		const view = await measureFirstView(server.url, { path: page.path, browser });
		console.log(report(page.name, view, process.argv.includes('--files')).join('\n'));
	}
} finally {
	await browser.close();
	await server.close();
}
