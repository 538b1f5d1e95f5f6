/**
 * What the topics matrix shows, as data: its columns (events) and rows (topics), and which fact
 * of an event each cell stands for.
 */
import { TOPICS, type Event, type Topic } from '../model/types.ts';
import { toShownEvents, type ChartInput } from './chart.ts';

export interface MatrixColumn {
	event: Event;
	/** Index of each topic in `event.topics`: the `topics.<i>` fact a dot stands for. */
	topics: Map<Topic, number>;
}

/** The columns: reported meetings first, then mentioned events with topics, each by date. */
export function toMatrixColumns(input: ChartInput): MatrixColumn[] {
	const events = toShownEvents(input);
	const ordered = [
		...events.filter((e) => e.kind === 'reported'),
		...events.filter((e) => e.kind === 'mentioned' && e.topics.length > 0),
	];
	return ordered.map((event) => ({
		event,
		// A topic listed twice keeps its first fact: a Map keeps the last of equal keys, so reverse.
		topics: new Map(event.topics.map((t, i) => [t.topic, i] as const).reverse()),
	}));
}

/** The rows: topics some column cites, most cited first (ties in vocabulary order). */
export function toMatrixRows(columns: MatrixColumn[]): { topic: Topic; count: number }[] {
	return TOPICS.map((topic) => ({
		topic,
		count: columns.filter((c) => c.topics.has(topic)).length,
	}))
		.filter((r) => r.count > 0)
		.sort((a, b) => b.count - a.count);
}
