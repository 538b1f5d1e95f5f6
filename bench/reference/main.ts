/**
 * The bench's reference: the least a page can do to show a dataset's events on vis-timeline,
 * with vis-timeline's defaults and plain string content. It loads the same file the app is
 * given (`?data=`), from the same server, so the two differ only in what the app adds.
 */
import { Timeline } from 'vis-timeline/esnext/esm/vis-timeline-graph2d.js';
import { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

interface Loose {
	events: { id: string; title: { en: string }; date: { start: string } }[];
}

const url = new URLSearchParams(location.search).get('data') ?? '../synthetic/4.json';
const { events } = (await (await fetch(url)).json()) as Loose;
const items = new DataSet(
	events.map((e) => ({ id: e.id, content: e.title.en, start: e.date.start })),
);
new Timeline(document.getElementById('timeline')!, items, {});
