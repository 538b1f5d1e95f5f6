/**
 * A Scene as a standalone SVG file that any presentation tool can take: physical size, title and
 * description, a visible credit with the permalink, every style as a presentation attribute, and
 * nothing that runs or reaches outside the file. Text is either kept as <text> with a subset of
 * Vazirmatn embedded (editable), or shaped by HarfBuzz and drawn as paths (outlined), which looks
 * the same everywhere, fonts or not.
 */
import type { Scene, SceneNode } from '../charts/scene.ts';
import { FONT_FAMILY, type FontSet } from './fonts.ts';
import { measureText, toTextOutline } from './shape.ts';
import { CREDIT_HEIGHT, formatLength, type PhysicalSize } from './sizes.ts';
import { subsetFont, toBase64, toCodepoints } from './subset.ts';
import { escapeXml, formatAttrs, formatNum, toDash, toPaint, toPathData } from './xml.ts';

export interface SvgOptions {
	/** `editable`: <text> with an embedded font subset; `outlined`: text as shaped paths. */
	mode: 'editable' | 'outlined';
	fonts: FontSet;
	/** The link back to this view, printed below the picture and kept in <metadata>. */
	permalink: string;
	/** Who made it and from what, printed below the picture. */
	credit: string;
	/** The file's physical size; by default the scene's size (with the credit band) in px. */
	size?: PhysicalSize;
}

type TextNode = Extract<SceneNode, { type: 'text' }>;

const PAD = 12;

/** The credit band: the credit in the scene's direction, the permalink (always LTR) below it. */
function toCreditNodes(scene: Scene, opts: SvgOptions): TextNode[] {
	const fill = isDark(scene.background) ? '#a9b2bd' : '#4f5863';
	const x = scene.dir === 'rtl' ? scene.width - PAD : PAD;
	const fit = (text: string, size: number, dir: 'ltr' | 'rtl') => {
		const width = measureText(opts.fonts, text, { size, dir });
		const room = scene.width - 2 * PAD;
		return width > room ? Math.max(4, (size * room) / width) : size;
	};
	const line = (text: string, y: number, size: number, dir: 'ltr' | 'rtl'): TextNode => ({
		type: 'text',
		x,
		y: scene.height + y,
		text,
		size: fit(text, size, dir),
		fill,
		// The permalink is left-to-right even under a right-to-left credit: anchor it by its end.
		anchor: dir === scene.dir ? 'start' : 'end',
		dir,
		lang: dir === scene.dir ? scene.lang : 'en',
	});
	return [line(opts.credit, 18, 11, scene.dir), line(opts.permalink, 35, 10, 'ltr')];
}

function isDark(colour: string): boolean {
	const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1];
	if (!hex) return false;
	const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return 0.299 * r! + 0.587 * g! + 0.114 * b! < 128;
}

function* texts(nodes: SceneNode[]): Generator<TextNode> {
	for (const node of nodes)
		if (node.type === 'text') yield node;
		else if (node.type === 'group') yield* texts(node.children);
}

/** @font-face rules embedding only the glyphs each weight draws. */
function toFontFaces(fonts: FontSet, all: TextNode[]): string {
	if (!fonts.subsetter) throw new Error('the editable SVG needs the font subsetter');
	let css = '';
	for (const [weight, face] of [
		[400, fonts.regular],
		[700, fonts.bold],
	] as const) {
		const used = all.filter((t) => (t.weight === 700 ? 700 : 400) === weight).map((t) => t.text);
		if (used.length === 0) continue;
		const bytes = subsetFont(fonts.subsetter, face.bytes, toCodepoints(used));
		css += `@font-face{font-family:"Vazirmatn";font-weight:${weight};font-style:normal;src:url(data:font/ttf;base64,${toBase64(bytes)}) format("truetype")}`;
	}
	return `<defs><style>${escapeXml(css)}</style></defs>`;
}

function writeText(node: TextNode, scene: Scene, opts: SvgOptions): string {
	const dir = node.dir ?? scene.dir;
	const lang = node.lang ?? scene.lang;
	const fill = toPaint(node.fill) ?? 'black';
	// Rotated column headers turn about their anchor point, as on screen.
	const transform =
		node.rotate && Number.isFinite(node.rotate)
			? `rotate(${[node.rotate, node.x, node.y].map(formatNum).join(' ')})`
			: undefined;
	if (opts.mode === 'editable') {
		const attrs = formatAttrs({
			x: node.x,
			y: node.y,
			'font-size': node.size,
			'font-weight': node.weight ?? 400,
			fill,
			'text-anchor': node.anchor,
			direction: dir,
			'unicode-bidi': 'embed',
			'xml:lang': lang,
			opacity: node.opacity,
			transform,
		});
		return `<text${attrs}>${escapeXml(node.text)}</text>`;
	}
	const { d } = toTextOutline(opts.fonts, node.text, { ...node, dir, lang });
	if (!d) return '';
	// The group keeps the words for screen readers, search and copy: its <title> names it.
	const attrs = formatAttrs({ fill, opacity: node.opacity, 'xml:lang': lang, transform });
	return `<g${attrs}><title>${escapeXml(node.text)}</title><path d="${d}"/></g>`;
}

function writeNode(node: SceneNode, scene: Scene, opts: SvgOptions): string {
	const paint = (n: { fill?: string; stroke?: string; strokeWidth?: number; dash?: string }) => ({
		fill: toPaint(n.fill) ?? 'none',
		stroke: toPaint(n.stroke),
		'stroke-width': n.strokeWidth,
		'stroke-dasharray': toDash(n.dash),
	});
	switch (node.type) {
		case 'rect':
			return `<rect${formatAttrs({ x: node.x, y: node.y, width: node.w, height: node.h, rx: node.rx, ...paint(node), opacity: node.opacity })}/>`;
		case 'line':
			return `<line${formatAttrs({ x1: node.x1, y1: node.y1, x2: node.x2, y2: node.y2, ...paint(node), fill: undefined, opacity: node.opacity })}/>`;
		case 'circle':
			return `<circle${formatAttrs({ cx: node.cx, cy: node.cy, r: node.r, ...paint(node), opacity: node.opacity })}/>`;
		case 'path': {
			const d = toPathData(node.d);
			return d ? `<path${formatAttrs({ d, ...paint(node), opacity: node.opacity })}/>` : '';
		}
		case 'text':
			return writeText(node, scene, opts);
		case 'group':
			return `<g>${node.children.map((c) => writeNode(c, scene, opts)).join('')}</g>`;
	}
}

/**
 * The viewBox: the scene and its credit band, widened (or heightened) evenly when the physical
 * size has another aspect ratio, so a 16:9 file stays 16:9 even if a view drew itself taller.
 */
function toViewBox(
	width: number,
	height: number,
	size?: PhysicalSize,
): [number, number, number, number] {
	if (!size) return [0, 0, width, height];
	const aspect = size.width / size.height;
	if (Math.abs(aspect - width / height) < 0.001 * aspect) return [0, 0, width, height];
	if (aspect > width / height) {
		const w = height * aspect;
		return [(width - w) / 2, 0, w, height];
	}
	const h = width / aspect;
	return [0, (height - h) / 2, width, h];
}

/**
 * The scene as a standalone SVG document in pieces, to be joined with nothing between them: the
 * head, then one piece per top-level node of the scene, then the credit. `total` counts them, so a
 * caller writing them a few at a time (chunks.ts) can say how far it is. Nothing is made until
 * the pieces are taken: subsetting the font and shaping the text happen piece by piece.
 */
export function toSvgPieces(
	scene: Scene,
	opts: SvgOptions,
): { total: number; pieces: Iterable<string> } {
	const height = scene.height + CREDIT_HEIGHT;
	const credit = toCreditNodes(scene, opts);
	const size = opts.size ?? { width: scene.width, height, unit: 'px' };
	const [vx, vy, vw, vh] = toViewBox(scene.width, height, opts.size);
	const root = formatAttrs({
		xmlns: 'http://www.w3.org/2000/svg',
		version: '1.1',
		viewBox: [vx, vy, vw, vh].map(formatNum).join(' '),
		width: formatLength(size.width, size.unit),
		height: formatLength(size.height, size.unit),
		'xml:lang': scene.lang,
		direction: scene.dir,
		'font-family': FONT_FAMILY,
	});
	const metadata =
		'<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description>' +
		`<dc:title>${escapeXml(scene.title)}</dc:title><dc:description>${escapeXml(scene.desc)}</dc:description>` +
		`<dc:source>${escapeXml(opts.permalink)}</dc:source><dc:rights>${escapeXml(opts.credit)}</dc:rights>` +
		`<dc:language>${escapeXml(scene.lang)}</dc:language></rdf:Description></rdf:RDF></metadata>`;
	const background = formatAttrs({
		x: vx || undefined,
		y: vy || undefined,
		width: vw,
		height: vh,
		fill: toPaint(scene.background) ?? 'white',
	});
	// Each a thunk, so the work is done when the piece is taken.
	const parts: (() => string)[] = [
		() => '<?xml version="1.0" encoding="UTF-8"?>',
		() => `<svg${root}>`,
		() => `<title>${escapeXml(scene.title)}</title>`,
		() => `<desc>${escapeXml(scene.desc)}</desc>`,
		() => metadata,
		() =>
			opts.mode === 'editable' ? toFontFaces(opts.fonts, [...texts(scene.nodes), ...credit]) : '',
		() => `<rect${background}/>`,
		...scene.nodes.map((node) => () => writeNode(node, scene, opts)),
		...credit.map((node) => () => writeText(node, scene, opts)),
		() => '</svg>',
	];
	function* pieces(): Generator<string> {
		let first = true;
		for (const part of parts) {
			const text = part();
			// Lines joined by newlines, empty ones left out.
			if (!text) continue;
			yield first ? text : `\n${text}`;
			first = false;
		}
	}
	return { total: parts.length, pieces: { [Symbol.iterator]: pieces } };
}

/** The scene as a standalone SVG document (see the module comment for what it promises). */
export function toSvgString(scene: Scene, opts: SvgOptions): string {
	return [...toSvgPieces(scene, opts).pieces].join('');
}
