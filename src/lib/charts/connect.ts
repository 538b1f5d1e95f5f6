/**
 * How a chart view meets the app: the scene inputs read from AppState, and what selecting a mark
 * does. Kept out of the components so every view behaves the same.
 */
import { toFacts } from '../model/catalog.ts';
import type { AppState } from '../state/app.svelte.ts';
import type { ChartInput } from './chart.ts';
import { canvasMeasure } from './measure.ts';
import type { Palette, SceneLink } from './scene.ts';

/** Everything a scene builder needs from the app, all but the size. Reactive where it is read. */
export function toChartBase(app: AppState, palette: Palette): Omit<ChartInput, 'width' | 'height'> {
	return {
		catalog: app.catalog!,
		shown: app.shownIds,
		selectedId: app.selectedId,
		matches: app.searchResult?.events ?? null,
		lang: app.lang,
		dir: app.dir,
		cal: app.cal,
		palette,
		measure: canvasMeasure,
	};
}

/**
 * Selects a mark's event; a mark that stands for one fact (a topic dot) also opens the first
 * passage that fact cites, so the reader lands on the words that support it.
 */
export function selectLink(app: AppState, link: SceneLink): void {
	app.select(link.event);
	if (!link.fact) return;
	const event = app.catalog?.event.get(link.event);
	const passage = event && toFacts(event).find((f) => f.key === link.fact)?.passages[0];
	if (passage) app.showPassage(passage);
}
