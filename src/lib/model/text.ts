/**
 * Source text → what the reader draws: runs of plain text and `<mark>`s for passages and search
 * hits, nested where they nest.
 */

/** What a span marks: a cited passage, or a search hit. */
export type SpanKind = 'passage' | 'hit';

/** A span to highlight: a passage id (or `hit-<start>`) and its [start, end) in the source text. */
export interface Span {
	id: string;
	start: number;
	end: number;
	/** `passage` when absent. */
	kind?: SpanKind;
}

/** A run of plain text. */
export interface TextNode {
	kind: 'text';
	start: number;
	text: string;
}

/** A mark: `kind` says whether it is a passage or a search hit. */
export interface MarkNode {
	kind: SpanKind;
	id: string;
	start: number;
	end: number;
	/** True for the second and later pieces of a span split by a crossing one. */
	continued: boolean;
	children: HighlightNode[];
}

export type HighlightNode = TextNode | MarkNode;

interface Piece extends Span {
	kind: SpanKind;
	continued: boolean;
}

/** Outer before inner; of two spans over the same text, the passage holds the hit. */
const byStartThenLongest = (a: Piece, b: Piece) =>
	a.start - b.start || b.end - a.end || (a.kind === b.kind ? 0 : a.kind === 'passage' ? -1 : 1);

function build(text: string, from: number, to: number, pieces: Piece[]): HighlightNode[] {
	const nodes: HighlightNode[] = [];
	let pos = from;
	let queue = [...pieces].sort(byStartThenLongest);
	while (queue.length) {
		const [outer, ...others] = queue as [Piece, ...Piece[]];
		if (outer.start > pos)
			nodes.push({ kind: 'text', start: pos, text: text.slice(pos, outer.start) });
		const inner: Piece[] = [];
		const rest: Piece[] = [];
		for (const p of others) {
			if (p.start >= outer.end) rest.push(p);
			else if (p.end <= outer.end) inner.push(p);
			else {
				// A span crossing the outer one's end: split it, so marks stay well nested.
				inner.push({ ...p, end: outer.end });
				rest.push({ ...p, start: outer.end, continued: true });
			}
		}
		nodes.push({
			kind: outer.kind,
			id: outer.id,
			start: outer.start,
			end: outer.end,
			continued: outer.continued,
			children: build(text, outer.start, outer.end, inner),
		});
		pos = outer.end;
		queue = rest.filter((p) => p.end > p.start).sort(byStartThenLongest);
	}
	if (pos < to) nodes.push({ kind: 'text', start: pos, text: text.slice(pos, to) });
	return nodes;
}

/**
 * Splits `text` into plain runs and marks for `spans` (passages and search hits alike). Nested
 * spans become nested marks; a span crossing another is cut into pieces, the later ones flagged
 * `continued`. Duplicate ids (within a kind) and empty or out-of-range spans are ignored.
 */
export function toHighlightTree(text: string, spans: readonly Span[]): HighlightNode[] {
	const seen = new Set<string>();
	const pieces: Piece[] = [];
	for (const s of spans) {
		const kind = s.kind ?? 'passage';
		const key = `${kind}:${s.id}`;
		if (seen.has(key) || s.start < 0 || s.end > text.length || s.end <= s.start) continue;
		seen.add(key);
		pieces.push({ ...s, kind, continued: false });
	}
	return build(text, 0, text.length, pieces);
}
