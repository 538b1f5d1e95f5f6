/**
 * Draws the map: countries, the regional cities with their labels, and an inset for each far-off
 * city. Labels try the side text reads towards, then the other side, then above and below, and
 * take the first spot that is inside the frame and clear of every marker, label and inset.
 */
import { formatCountry, localize } from '../model/messages.ts';
import type { ChartInput } from './chart.ts';
import { toInsetProjection, toRegionalProjection, type LonLat } from './geography.ts';
import { toBadge, toBadgeWidth, toDot, toRing } from './glyphs.ts';
import type { MapPlace } from './map.ts';
import { drawCountryNames, drawCountrySteps, inside, overlaps, type Frame } from './countries.ts';
import { toText } from './marks.ts';
import type { SceneNode, Steps } from './scene.ts';
import { formatCount } from './words.ts';

export type { Frame } from './countries.ts';

/** Where the map's home region is when no city is shown: Tehran and Astana. */
const HOME: LonLat[] = [
	[51.39, 35.69],
	[71.45, 51.17],
];

interface Marker {
	p: MapPlace;
	x: number;
	y: number;
	r: number;
	bounds: Frame;
	/** The inset the marker is in, if any: its own labels may sit on it. */
	inset?: Frame;
}

/** A marker with its label (placed clear of `taken`), as one link. */
function drawMarker(
	input: ChartInput,
	m: Marker,
	taken: Frame[],
	meta: (p: MapPlace) => { label: string; opacity: number },
): SceneNode {
	const { palette, measure, dir, lang, selectedId } = input;
	const rtl = dir === 'rtl';
	const { p, x, y, r } = m;
	const { label, opacity } = meta(p);
	const kind = p.events.some((e) => e.kind === 'reported') ? 'reported' : 'mentioned';
	const selected = p.events.some((e) => e.id === selectedId);
	const name = localize(p.place.name, lang);
	const count = formatCount(p.events.length, lang);
	const w = Math.max(measure(name, 12.5, 700), measure(count, 11));
	const h = 30;
	const side = (toRight: boolean): Frame =>
		toRight
			? { x0: x + r + 5, y0: y - h / 2, x1: x + r + 5 + w, y1: y + h / 2 }
			: { x0: x - r - 5 - w, y0: y - h / 2, x1: x - r - 5, y1: y + h / 2 };
	const candidates: Frame[] = [
		side(!rtl),
		side(rtl),
		{ x0: x - w / 2, y0: y - r - 4 - h, x1: x + w / 2, y1: y - r - 4 },
		{ x0: x - w / 2, y0: y + r + 4, x1: x + w / 2, y1: y + r + 4 + h },
	];
	const box = candidates.find(
		(b) => inside(b, m.bounds) && !taken.some((t) => t !== m.inset && overlaps(b, t)),
	);
	const children: SceneNode[] = [];
	if (box) {
		taken.push(box);
		children.push({
			type: 'rect',
			x: box.x0 - 3,
			y: box.y0,
			w: box.x1 - box.x0 + 6,
			h,
			rx: 3,
			fill: selected ? palette.mark : palette.background,
			opacity: selected ? 1 : 0.8,
		});
		const align =
			box === candidates[0] || box === candidates[1] ? (box.x0 > x ? 'left' : 'right') : 'center';
		const tx = align === 'left' ? box.x0 : align === 'right' ? box.x1 : x;
		children.push(
			toText(tx, box.y0 + 13, name, align, {
				size: 12.5,
				weight: 700,
				fill: palette.text,
				dir,
				lang,
				opacity,
			}),
			toText(tx, box.y0 + 26, count, align, { size: 11, fill: palette.muted, dir, lang, opacity }),
		);
	}
	if (selected) children.push(toRing(x - r, y - r, x + r, y + r, palette));
	const marks =
		p.events.length > 1
			? toBadge(kind, p.events.length, x, y, palette, lang)
			: [toDot(kind, x, y, 6, palette)];
	children.push(...marks.map((n) => (opacity < 1 && n.type !== 'group' ? { ...n, opacity } : n)));
	return {
		type: 'group',
		children,
		link: { event: p.link.id, label },
		...(selected ? { selected: true } : {}),
	};
}

/**
 * The whole map in `frame`: the region of `cluster`, and an inset for each of `far`; a step at a
 * time (see `Steps`), the countries' outlines a few at a time.
 */
export function* drawPlaceSteps(
	input: ChartInput,
	frame: Frame,
	cluster: MapPlace[],
	far: MapPlace[],
	meta: (p: MapPlace) => { label: string; opacity: number },
): Steps<SceneNode[]> {
	const { palette, lang, dir } = input;
	// Half the marker's width: a count of three digits or more is a pill wider than a disc.
	const radius = (p: MapPlace) =>
		p.events.length > 1 ? Math.max(9.5, toBadgeWidth(p.events.length) / 2) : 6;
	const projection = toRegionalProjection(cluster.length ? cluster.map((p) => p.at) : HOME, [
		[frame.x0, frame.y0],
		[frame.x1, frame.y1],
	]);
	const nodes = yield* drawCountrySteps(input, projection, frame);
	const markers: Marker[] = cluster.map((p) => {
		const [x, y] = projection(p.at) ?? [NaN, NaN];
		return { p, x, y, r: radius(p), bounds: frame };
	});
	const taken: Frame[] = markers.map((m) => ({
		x0: m.x - m.r,
		y0: m.y - m.r,
		x1: m.x + m.r,
		y1: m.y + m.r,
	}));
	// Insets go in a corner on the side of the world they lie towards, clear of the markers.
	const size = Math.min(190, Math.max(140, (frame.x1 - frame.x0) * 0.24));
	for (const p of far) {
		const west = p.at[0] < (cluster[0]?.at[0] ?? HOME[0]![0]);
		const corners = (west ? [0, 1] : [1, 0]).flatMap((cx) => [1, 0].map((cy) => ({ cx, cy })));
		const boxes = corners.map(({ cx, cy }): Frame => {
			const x0 = cx ? frame.x1 - size - 8 : frame.x0 + 8;
			const y0 = cy ? frame.y1 - size * 0.72 - 8 : frame.y0 + 8;
			return { x0, y0, x1: x0 + size, y1: y0 + size * 0.72 };
		});
		const box = boxes.find((b) => !taken.some((t) => overlaps(b, t, 24))) ?? boxes[0]!;
		taken.push(box);
		// The city sits off centre, away from the side its label reads towards.
		const w = box.x1 - box.x0;
		const fit: [[number, number], [number, number]] =
			dir === 'rtl'
				? [
						[box.x0 + w * 0.5, box.y0 + 16],
						[box.x1 - 4, box.y1 - 4],
					]
				: [
						[box.x0 + 4, box.y0 + 16],
						[box.x0 + w * 0.5, box.y1 - 4],
					];
		const inset = toInsetProjection(p.at, fit, [
			[box.x0, box.y0],
			[box.x1, box.y1],
		]);
		nodes.push(...(yield* drawCountrySteps(input, inset, box)));
		const caption = formatCountry(p.place.country, lang);
		nodes.push(
			toText(
				dir === 'rtl' ? box.x1 - 5 : box.x0 + 5,
				box.y0 + 13,
				caption,
				dir === 'rtl' ? 'right' : 'left',
				{ size: 10.5, fill: palette.muted, dir, lang },
			),
		);
		const [x, y] = inset(p.at) ?? [NaN, NaN];
		markers.push({ p, x, y, r: radius(p), bounds: { ...box, y0: box.y0 + 14 }, inset: box });
	}
	yield;
	// Bigger places first: they get their preferred label spot.
	const order = [...markers].sort((a, b) => b.p.events.length - a.p.events.length);
	const drawn = new Map(order.map((m) => [m, drawMarker(input, m, taken, meta)]));
	// Country names, under the cities: Iran and Kazakhstan, where the labels leave room.
	const names = drawCountryNames(input, projection, frame, taken);
	return [...nodes, ...names, ...markers.map((m) => drawn.get(m)!)];
}
