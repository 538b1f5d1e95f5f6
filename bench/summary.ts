/** One flat record of figures per run, and their medians over the runs of one column. */
import type { AppRun, LoadMetrics } from './run.ts';
import { maxOf, median, percentile } from './stats.ts';

/** Every figure the table can show; null when the run could not measure it. */
export const METRICS = [
	'firstItemMs',
	'firstItemInsertedMs',
	'longestLoadTaskMs',
	'jsKB',
	'cssKB',
	'fontKB',
	'dataKB',
	'heapMB',
	'domNodes',
	'frameP50Ms',
	'frameP95Ms',
	'idleFrameP95Ms',
	'frames',
	'longTaskMaxMs',
	'longTaskCount',
	'longTaskInteractMs',
	'longTaskSearchMs',
	'longTaskExportMs',
	'searchBusyP50Ms',
	'searchBusyMaxMs',
	'searchLatencyMaxMs',
	'searchEventTimingMs',
	'exportFirstMs',
	'exportAgainMs',
	'exportKB',
] as const;
export type Metric = (typeof METRICS)[number];
export type Figures = Record<Metric, number | null>;

const empty = (): Figures =>
	Object.fromEntries(METRICS.map((m) => [m, null])) as unknown as Figures;

/** The figures of a page load (the reference's whole run, the app's first part). */
export function toLoadFigures(load: LoadMetrics | null): Figures {
	const figures = empty();
	if (!load) return figures;
	figures.firstItemMs = load.firstItemMs;
	figures.firstItemInsertedMs = load.firstItemInsertedMs;
	figures.longestLoadTaskMs = load.longestLoadTaskMs;
	figures.heapMB = load.heapBytes / 1024 / 1024;
	figures.jsKB = load.totals.script.gzip / 1024;
	figures.cssKB = load.totals.stylesheet.gzip / 1024;
	figures.fontKB = load.totals.font.gzip / 1024;
	figures.dataKB = load.totals.fetch.gzip / 1024;
	figures.domNodes = load.domNodes;
	return figures;
}

/** The figures of one full run of the app. */
export function toAppFigures(run: AppRun): Figures {
	const figures = toLoadFigures(run.load);
	if (!run.load) return figures;
	if (run.frames) {
		figures.frameP50Ms = run.frames.p50;
		figures.frameP95Ms = run.frames.p95;
		figures.frames = run.frames.count;
	}
	if (run.idleFrames) figures.idleFrameP95Ms = run.idleFrames.p95;
	const { interact, search, export: exporting } = run.longTasks;
	// "After load": whatever the bench did once the page had come to rest.
	const after = [...interact, ...search, ...exporting];
	figures.longTaskMaxMs = maxOf(after);
	figures.longTaskCount = after.length;
	figures.longTaskInteractMs = maxOf(interact);
	figures.longTaskSearchMs = maxOf(search);
	figures.longTaskExportMs = maxOf(exporting);
	if (run.search) {
		const busy = run.search.keystrokes.map((k) => k.sync + k.render);
		figures.searchBusyP50Ms = percentile(busy, 50);
		figures.searchBusyMaxMs = maxOf(busy);
		figures.searchLatencyMaxMs = maxOf(run.search.keystrokes.map((k) => k.latency));
		// None reported: every event was under Event Timing's 16 ms threshold.
		figures.searchEventTimingMs = run.search.eventTimingMaxMs ?? 0;
	}
	if (run.exportSvg) {
		figures.exportFirstMs = run.exportSvg.firstMs;
		figures.exportAgainMs = run.exportSvg.againMs;
		figures.exportKB = run.exportSvg.bytes / 1024;
	}
	return figures;
}

/** The median of each figure over runs (a figure no run measured stays null). */
export function toMedians(runs: readonly Figures[]): Figures {
	const medians = empty();
	for (const m of METRICS) medians[m] = median(runs.map((r) => r[m]));
	return medians;
}
