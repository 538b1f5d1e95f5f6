/**
 * `npm run bench [-- --runs 3] [--n 4,1000,10000] [--out bench/results.json] [--skip-build]
 * [--warmup 1] [--query tehran] [--profile]`: issue #5's benchmark. Builds the app and a bare
 * vis-timeline page, serves both on 127.0.0.1, and drives headless Chromium through a fresh
 * context per run: load until the first timeline item is drawn, zoom out four steps, drag across,
 * type a search, export an SVG. Prints the medians beside their budgets and writes every run as
 * JSON. Not a test: exits 0 whatever the figures; non-zero only if the bench itself breaks.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { buildApp, buildReference, writeDatasets } from '../bench/build.ts';
import { toBusyMs, toHotFunctions, type CpuProfile, type HotFunction } from '../bench/profile.ts';
import {
	APP_ITEM,
	REFERENCE_ITEM,
	runApp,
	runLoad,
	type AppRun,
	type LoadMetrics,
} from '../bench/run.ts';
import { toAppFigures, toLoadFigures, toMedians } from '../bench/summary.ts';
import { BUDGETS, formatTable, toVerdicts, type Column } from '../bench/table.ts';
import { launchChromium, serveDir } from './size-lib.ts';

const DIST = 'bench-results/dist';
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

function readOptions() {
	const { values } = parseArgs({
		options: {
			runs: { type: 'string', default: '3' },
			n: { type: 'string', default: '4,1000,10000' },
			out: { type: 'string', default: 'bench/results.json' },
			warmup: { type: 'string', default: '1' },
			query: { type: 'string', default: 'tehran' },
			'skip-build': { type: 'boolean', default: false },
			profile: { type: 'boolean', default: false },
		},
	});
	const count = (text: string, name: string, min: number) => {
		const value = Number(text);
		if (!Number.isInteger(value) || value < min)
			throw new Error(`expected --${name} to be an integer ≥ ${min}, found "${text}"`);
		return value;
	};
	const ns = values.n.split(',').map((n) => count(n.trim(), 'n', 1));
	return {
		runs: count(values.runs, 'runs', 1),
		warmup: count(values.warmup, 'warmup', 0),
		ns: [...new Set(ns)].sort((a, b) => a - b),
		out: values.out,
		query: values.query,
		build: !values['skip-build'],
		profile: values.profile,
	};
}
type Options = ReturnType<typeof readOptions>;

const appUrl = (base: string, n: number, view?: string) =>
	`${base}?lang=en${view ? `&view=${view}` : ''}&data=synthetic/${n}.json`;
const referenceUrl = (base: string) => `${base}reference/?data=../synthetic/4.json`;

/** The commit measured, and whether the work tree differed from it. */
function gitState(): { commit: string | null; dirty: boolean } {
	const head = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' });
	const status = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
	return { commit: head.status === 0 ? head.stdout.trim() : null, dirty: !!status.stdout.trim() };
}

/** Every run of every column, and the machine's load average (1 min) as each round began. */
interface Measured {
	reference: LoadMetrics[];
	app: Map<number, AppRun[]>;
	loadAverage: number[];
}

/** Runs every column `runs` times, round-robin, reversing the order each round to spread drift. */
async function measure(
	browser: Browser,
	base: string,
	opts: Options,
	ids: Map<number, Set<string>>,
): Promise<Measured> {
	const measured: Measured = { reference: [], app: new Map(), loadAverage: [] };
	const jobs: (() => Promise<void>)[] = [
		async () => {
			const url = referenceUrl(base);
			const load = await runLoad(browser, { url, itemSelector: REFERENCE_ITEM, ids: ids.get(4)! });
			measured.reference.push(load);
			log(`  reference: first item ${load.firstItemMs.toFixed(0)} ms`);
		},
		...opts.ns.map((n) => async () => {
			const run = await runApp(browser, {
				url: appUrl(base, n),
				exportUrl: appUrl(base, n, 'chronology'),
				itemSelector: APP_ITEM,
				ids: ids.get(n)!,
				query: opts.query,
			});
			measured.app.set(n, [...(measured.app.get(n) ?? []), run]);
			const first = run.load ? `first item ${run.load.firstItemMs.toFixed(0)} ms` : 'no load';
			const shown = run.load?.datasetShown === false ? ' (NOT the synthetic dataset)' : '';
			log(`  N=${n}: ${first}${shown}${run.notes.length ? `; ${run.notes.join('; ')}` : ''}`);
		}),
	];
	// The first pages a browser opens are slower (its own start-up, code caches): not measured.
	for (let w = 0; w < opts.warmup; w++) {
		log(`warm-up ${w + 1}/${opts.warmup} (discarded)`);
		await jobs[0]!();
		await jobs[1]!();
	}
	measured.reference = [];
	measured.app.clear();
	for (let round = 0; round < opts.runs; round++) {
		measured.loadAverage.push(loadavg()[0]!);
		log(`round ${round + 1}/${opts.runs} (load average ${loadavg()[0]!.toFixed(1)})`);
		for (const job of round % 2 ? [...jobs].reverse() : jobs) await job();
	}
	return measured;
}

/**
 * One extra, profiled run at N (not in the medians: profiling slows the page), of an unminified
 * build so that the profile names the app's functions. Prints each phase's hottest functions.
 */
async function profile(browser: Browser, n: number, query: string) {
	const dir = 'bench-results/dist-profile';
	log(`profiling N=${n} on an unminified build in ${dir}`);
	await buildApp(dir, { minify: false });
	const ids = writeDatasets(dir, [n]).get(n)!;
	const server = await serveDir(dir);
	try {
		const run = await runApp(browser, {
			url: appUrl(server.url, n),
			exportUrl: appUrl(server.url, n, 'chronology'),
			itemSelector: APP_ITEM,
			ids,
			query,
			profile: true,
		});
		if (!run.profiles) throw new Error(`profiling failed: ${run.notes.join('; ')}`);
		const summary: Record<string, { busyMs: number; hot: HotFunction[] }> = {};
		for (const [phase, cpu] of Object.entries(run.profiles) as [string, CpuProfile][]) {
			const file = `bench-results/profile-${n}-${phase}.cpuprofile`;
			writeFileSync(file, JSON.stringify(cpu));
			const busyMs = toBusyMs(cpu);
			summary[phase] = { busyMs, hot: toHotFunctions(cpu) };
			console.log(`\nN=${n}, ${phase}: ${busyMs.toFixed(0)} ms on the main thread (${file})`);
			for (const f of summary[phase].hot)
				console.log(`  ${f.selfMs.toFixed(1).padStart(8)} ms  ${f.name}  ${f.at}`);
		}
		return summary;
	} finally {
		await server.close();
	}
}

/** The table's columns: the medians of each one's runs. */
function toColumns(measured: Measured, ns: readonly number[]): Column[] {
	return [
		...ns.map((n): Column => ({
			name: `N=${n.toLocaleString('en-US')}`,
			kind: 'app',
			n,
			figures: toMedians(measured.app.get(n)!.map(toAppFigures)),
		})),
		{
			name: 'reference (N=4)',
			kind: 'reference',
			n: 4,
			figures: toMedians(measured.reference.map(toLoadFigures)),
		},
	];
}

/** Prints what a reader of the table needs to trust it: warnings and steps that went wrong. */
function printCaveats(measured: Measured, ns: readonly number[]): void {
	const busiest = Math.max(...measured.loadAverage);
	if (busiest > 1)
		console.log(
			`\nWARNING: the machine was busy (load average up to ${busiest.toFixed(1)} on ${cpus().length} cores): times are inflated.`,
		);
	const notShown = ns.filter((n) =>
		measured.app.get(n)!.some((r) => r.load?.datasetShown === false),
	);
	if (notShown.length)
		console.log(
			`\nWARNING: for N=${notShown.join(', ')} the app drew events that are not in the synthetic dataset (is ?data= supported?)`,
		);
	const notes = ns.flatMap((n) =>
		measured.app.get(n)!.flatMap((r) => r.notes.map((e) => `N=${n}: ${e}`)),
	);
	if (notes.length)
		console.log(`\nSteps that failed or were cut short:\n${notes.map((e) => `  ${e}`).join('\n')}`);
}

async function main(): Promise<void> {
	const opts = readOptions();
	if (opts.build) {
		log(`building the app and the reference into ${DIST}`);
		await buildApp(DIST);
		await buildReference(DIST);
	}
	const ids = writeDatasets(DIST, [...new Set([4, ...opts.ns])]);
	const server = await serveDir(DIST);
	const browser = await launchChromium();
	try {
		log(`serving ${DIST} at ${server.url}; Chromium ${browser.version()}`);
		const measured = await measure(browser, server.url, opts, ids);
		const columns = toColumns(measured, opts.ns);
		console.log(
			`\nMedians of ${opts.runs} runs (fresh browser context each), Chromium ${browser.version()}, ${cpus().length} cores\n`,
		);
		console.log(formatTable(columns));
		printCaveats(measured, opts.ns);
		const profiles = opts.profile ? await profile(browser, opts.ns.at(-1)!, opts.query) : undefined;

		const verdicts = toVerdicts(columns);
		const results = {
			generatedAt: new Date().toISOString(),
			...gitState(),
			machine: {
				cpus: cpus().length,
				memoryGB: Math.round(totalmem() / 2 ** 30),
				node: process.version,
				chromium: browser.version(),
				loadAverage: measured.loadAverage,
			},
			options: opts,
			budgets: BUDGETS,
			columns: columns.map((c) => ({
				...c,
				verdicts: verdicts[c.name],
				runs:
					c.kind === 'reference'
						? measured.reference
						: measured.app.get(c.n)!.map((r) => ({ ...r, slowFrames: r.slowFrames.slice(0, 5) })),
			})),
			profiles,
		};
		mkdirSync(dirname(opts.out), { recursive: true });
		// Formatted as the repository formats JSON, so that a committed result passes `npm run lint`.
		const config = await resolveConfig(opts.out);
		writeFileSync(
			opts.out,
			await format(JSON.stringify(results), { ...config, filepath: opts.out }),
		);
		log(`wrote ${opts.out}`);

		// The bench broke (rather than the app being slow) if a column has no first item at all.
		const unmeasured = columns.filter((c) => c.figures.firstItemMs === null).map((c) => c.name);
		if (unmeasured.length)
			throw new Error(`no run measured a first item for ${unmeasured.join(', ')}`);
	} finally {
		await browser.close();
		await server.close();
	}
}

main().catch((error: unknown) => {
	log(error instanceof Error ? (error.stack ?? error.message) : String(error));
	process.exitCode = 1;
});
