/**
 * The one door to vis-timeline and vis-data: the timeline view imports them from here, so how
 * they are built and bundled (which build, which parts) is decided in one place.
 */
export { Timeline, type TimelineOptions } from 'vis-timeline/esnext/esm/vis-timeline-graph2d.js';
export { DataSet, DataView } from 'vis-data/esnext/esm/vis-data.js';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
