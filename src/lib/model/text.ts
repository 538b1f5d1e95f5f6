/**
 * Source text → what the reader draws: runs of plain text and `<mark>`s for passages, nested
 * where passages nest.
 */

/** A span to highlight: a passage id and its [start, end) in the source text. */
export interface Span {
	id: string;
	start: number;
	end: number;
}

export type HighlightNode =
	| { kind: 'text'; start: number; text: string }
	| {
			kind: 'mark';
			id: string;
			start: number;
			end: number;
			/** True for the second and later pieces of a passage split by a crossing one. */
			continued: boolean;
			children: HighlightNode[];
	  };

interface Piece extends Span {
	continued: boolean;
}

const byStartThenLongest = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end;

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
				// A passage crossing the outer one's end: split it, so marks stay well nested.
				inner.push({ ...p, end: outer.end });
				rest.push({ ...p, start: outer.end, continued: true });
			}
		}
		nodes.push({
			kind: 'mark',
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
 * Splits `text` into plain runs and marks for `spans`. Nested spans become nested marks; a span
 * crossing another is cut into pieces, the later ones flagged `continued`. Duplicate ids and empty
 * or out-of-range spans are ignored.
 */
export function toHighlightTree(text: string, spans: readonly Span[]): HighlightNode[] {
	const seen = new Set<string>();
	const pieces: Piece[] = [];
	for (const s of spans) {
		if (seen.has(s.id) || s.start < 0 || s.end > text.length || s.end <= s.start) continue;
		seen.add(s.id);
		pieces.push({ ...s, continued: false });
	}
	return build(text, 0, text.length, pieces);
}
