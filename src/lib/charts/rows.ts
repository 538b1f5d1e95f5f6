/**
 * Label placement in rows, for marks along one axis. Each label hangs beside a leader (a "pole")
 * that rises from its mark through the rows nearer the marks; a label goes in the nearest row
 * where neither it nor its pole crosses another label or pole. What fits nowhere is left out
 * (the mark stays, and the view's table has every label).
 */

export interface LabelRequest {
	/** Where the mark, and so the pole, is. */
	x: number;
	/** Width of the label's text. */
	width: number;
}

export interface Placement {
	/** 0 is the row nearest the marks. */
	row: number;
	/** Which side of the pole the text is on. */
	side: 'left' | 'right';
	/** Physical extent of the text. */
	box: [number, number];
}

export interface RowOptions {
	left: number;
	right: number;
	maxRows: number;
	/** The side to try first: the side text reads towards. */
	prefer: 'left' | 'right';
	/** Space between pole and text. */
	gap?: number;
	/** Least space between neighbours in a row. */
	pad?: number;
}

type Strategy = { reverse: boolean; rowsFirst: boolean };

/**
 * One greedy pass: each label, in the given order, takes the first free (row, side). With
 * `rowsFirst` it tries the preferred side in every row before the other side.
 */
function place(requests: LabelRequest[], opts: RowOptions, how: Strategy): (Placement | null)[] {
	const { left, right, maxRows, prefer, gap = 4, pad = 8 } = opts;
	const rows: [number, number][][] = Array.from({ length: maxRows }, () => []);
	const free = (row: number, [a, b]: [number, number], space = pad) =>
		rows[row]!.every(([c, d]) => b + space <= c || a >= d + space);
	const sides = prefer === 'right' ? (['right', 'left'] as const) : (['left', 'right'] as const);
	const tries = how.rowsFirst
		? sides.flatMap((side) => Array.from({ length: maxRows }, (_, row) => ({ row, side })))
		: Array.from({ length: maxRows }, (_, row) => sides.map((side) => ({ row, side }))).flat();
	const out: (Placement | null)[] = requests.map(() => null);
	const order = requests.map((_, i) => i);
	if (how.reverse) order.reverse();
	for (const i of order) {
		const { x, width } = requests[i]!;
		const pole: [number, number] = [x - 1, x + 1];
		for (const { row, side } of tries) {
			const box: [number, number] =
				side === 'right' ? [x + gap, x + gap + width] : [x - gap - width, x - gap];
			if (box[0] < left || box[1] > right) continue;
			// The pole crosses every row nearer the marks: it must not cut through their labels.
			if (!rows.slice(0, row).every((_, q) => free(q, pole, 3))) continue;
			const span: [number, number] = [Math.min(box[0], pole[0]), Math.max(box[1], pole[1])];
			if (!free(row, span)) continue;
			rows[row]!.push(span);
			for (let q = 0; q < row; q++) rows[q]!.push(pole);
			out[i] = { row, side, box };
			break;
		}
	}
	return out;
}

/** How good a placement is: more labels, then fewer rows, then more on the preferred side. */
function score(placements: (Placement | null)[], prefer: 'left' | 'right'): number[] {
	const placed = placements.filter((p) => p !== null);
	return [placed.length, -countRows(placements), placed.filter((p) => p.side === prefer).length];
}

/** Compares scores element by element (lexicographically). */
function compare(a: number[], b: number[]): number {
	const k = a.findIndex((v, i) => v !== b[i]);
	return k === -1 ? 0 : a[k]! - b[k]!;
}

/**
 * Places labels (earlier requests get the better spots); null for a label that fits in no row.
 * Greedy placement depends on order, so a few orders are tried and the best result kept.
 */
export function placeLabels(requests: LabelRequest[], opts: RowOptions): (Placement | null)[] {
	let best: (Placement | null)[] = [];
	let bestScore: number[] | null = null;
	const sides = [opts.prefer, opts.prefer === 'left' ? 'right' : 'left'] as const;
	for (const reverse of [false, true])
		for (const rowsFirst of [false, true])
			for (const prefer of sides) {
				const result = place(requests, { ...opts, prefer }, { reverse, rowsFirst });
				const s = score(result, opts.prefer);
				if (!bestScore || compare(s, bestScore) > 0) [best, bestScore] = [result, s];
			}
	return preferSide(requests, best, opts);
}

/** The box of a label on a side of its pole. */
function toBox(x: number, width: number, side: 'left' | 'right', gap: number): [number, number] {
	return side === 'right' ? [x + gap, x + gap + width] : [x - gap - width, x - gap];
}

/** Moves labels to the preferred side of their pole wherever that stays clear. */
function preferSide(
	requests: LabelRequest[],
	placements: (Placement | null)[],
	opts: RowOptions,
): (Placement | null)[] {
	const out = [...placements];
	out.forEach((p, i) => {
		if (!p || p.side === opts.prefer) return;
		const box = toBox(requests[i]!.x, requests[i]!.width, opts.prefer, opts.gap ?? 4);
		if (box[0] < opts.left || box[1] > opts.right) return;
		const moved = [...out];
		moved[i] = { ...p, side: opts.prefer, box };
		if (isClear(requests, moved, opts)) out[i] = moved[i];
	});
	return out;
}

/** Whether placed labels keep clear of each other: no text on text, no pole through text. */
export function isClear(
	requests: LabelRequest[],
	placements: (Placement | null)[],
	opts: Pick<RowOptions, 'pad'> = {},
): boolean {
	const pad = opts.pad ?? 8;
	const span = (i: number, p: Placement): [number, number] => {
		const x = requests[i]!.x;
		return [Math.min(p.box[0], x - 1), Math.max(p.box[1], x + 1)];
	};
	return placements.every((p, i) =>
		placements.every((q, j) => {
			if (!p || !q || i === j) return true;
			const [a, b] = span(i, p);
			if (p.row === q.row) {
				const [c, d] = span(j, q);
				return b + pad <= c || a >= d + pad;
			}
			// j's pole crosses i's row when j's label is further out.
			const x = requests[j]!.x;
			return q.row < p.row || x + 1 + 3 <= a || x - 1 >= b + 3;
		}),
	);
}

/** How many rows the placed labels use. */
export function countRows(placements: (Placement | null)[]): number {
	return Math.max(0, ...placements.map((p) => (p ? p.row + 1 : 0)));
}
