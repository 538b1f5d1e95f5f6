/**
 * The chronology's marks as links: each mark (a dot, a bar, or a badge with a count) with its
 * label hung on a leader line, ringed when selected and faded when the search passes it by.
 */
import { formatEventName, formatMembers, toOpacity, type ChartInput } from './chart.ts';
import { toBadge, toBar, toDot, toRing } from './glyphs.ts';
import { LABEL_ROW, LABEL_SIZE, type LaneMark, type Lanes } from './lanes.ts';
import { toText } from './marks.ts';
import type { SceneNode } from './scene.ts';
import { formatCount, formatWord } from './words.ts';

/** Half the height of a mark: how far its leader starts from its centre line. */
function toHalf(mark: LaneMark): number {
	return mark.events.length > 1 ? 9.5 : mark.point ? 6 : 5;
}

/** A mark with its label and selection ring: one link, as the reader selects it. */
export function drawMark(input: ChartInput, mark: LaneMark): SceneNode {
	const { palette, lang, dir, selectedId } = input;
	const opacity = Math.max(...mark.events.map((e) => toOpacity(input, e.id)));
	const selected = mark.events.some((e) => e.id === selectedId);
	const children: SceneNode[] = [];
	const { placement, lines, labelTop } = mark;
	if (placement) {
		const [x0, x1] = placement.box;
		children.push({
			type: 'rect',
			x: x0 - 3,
			y: labelTop + 2,
			w: x1 - x0 + 6,
			h: LABEL_ROW - 4,
			rx: 3,
			fill: selected ? palette.mark : palette.background,
			opacity: selected ? 1 : 0.85,
		});
		const align = placement.side === 'right' ? 'left' : 'right';
		const x = placement.side === 'right' ? x0 : x1;
		const strong = mark.band === 'reported';
		const style = { dir, lang, opacity };
		children.push(
			toText(x, labelTop + 15, lines[0], align, {
				...style,
				size: LABEL_SIZE[0],
				weight: strong ? 700 : 400,
				fill: palette.text,
			}),
			toText(x, labelTop + 30, lines[1], align, {
				...style,
				size: LABEL_SIZE[1],
				fill: palette.muted,
			}),
		);
	}
	const c = (mark.a + mark.b) / 2;
	const half = toHalf(mark);
	if (selected) children.push(toRing(mark.a, mark.cy - half, mark.b, mark.cy + half, palette));
	const shapes: SceneNode[] = [];
	if (!mark.point)
		shapes.push(
			...toBar(mark.band, mark.a, mark.cy - 5, mark.b - mark.a, 10, mark.approx, palette),
		);
	if (mark.events.length > 1)
		shapes.push(...toBadge(mark.band, mark.events.length, c, mark.cy, palette, lang));
	else if (mark.point) shapes.push(toDot(mark.band, c, mark.cy, 6, palette));
	children.push(...shapes.map((s) => (opacity < 1 && s.type !== 'group' ? { ...s, opacity } : s)));
	// A cell of a crowded band opens its period; marks that merely touch select their first event.
	const zoom = mark.zoom;
	const members = `${formatCount(mark.events.length, lang)}, ${lines[1]}: ${formatMembers(input, mark.events)}`;
	const label =
		mark.events.length > 1
			? zoom
				? `${members}. ${formatWord('zoomHint', lang)}`
				: members
			: formatEventName(input, mark.events[0]!);
	return {
		type: 'group',
		children,
		link: {
			event: mark.events[0]!.id,
			label,
			...(mark.events.length > 1 ? { events: mark.events.map((e) => e.id) } : {}),
			...(zoom ? { zoom } : {}),
		},
		...(selected ? { selected: true } : {}),
	};
}

/** The leaders from marks to their labels, drawn behind every mark. */
export function drawLeaders(input: ChartInput, lanes: Lanes): SceneNode[] {
	return lanes.marks.flatMap((m): SceneNode[] => {
		if (!m.placement) return [];
		const x = (m.a + m.b) / 2;
		const up = m.band === 'reported';
		const [y1, y2] = up
			? [m.labelTop + 4, m.cy - toHalf(m)]
			: [m.cy + toHalf(m), m.labelTop + LABEL_ROW - 4];
		const selected = m.events.some((e) => e.id === input.selectedId);
		return [
			{
				type: 'line',
				x1: x,
				y1,
				x2: x,
				y2,
				stroke: selected ? input.palette.accent : input.palette.muted,
				strokeWidth: selected ? 1.5 : 1,
				opacity: selected ? 1 : 0.6,
			},
		];
	});
}
