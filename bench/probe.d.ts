/** What bench/probe.js records in the page, as `window.__bench` (times in ms since navigation). */

interface BenchDrawn {
	/** The first matching element was inserted into the DOM. */
	inserted: number;
	/** The rAF callback of the first frame in which one was visible on screen ran. */
	drawn: number;
	/** That frame had been rendered (a task posted from its rAF callback ran). */
	painted: number;
	/** `data-event` of the element, to check which dataset was drawn. */
	id: string | null;
}

interface BenchKeystroke {
	keydown: number;
	sync: number;
	render: number;
	latency: number;
}

interface BenchProbe {
	drawn: BenchDrawn | null;
	longTasks: { start: number; duration: number }[];
	animationFrames: {
		start: number;
		duration: number;
		blocking: number;
		scripts: { source: string; duration: number }[];
	}[];
	events: {
		name: string;
		start: number;
		duration: number;
		processing: number;
		interactionId: number;
	}[];
	frames: number[];
	keystrokes: BenchKeystroke[];
	lastMutation: number;
	settle(root: string, quietMs?: number, capMs?: number): Promise<number>;
	recordFrames(): void;
	recordKeystrokes(): void;
	stop(): void;
	now(): number;
}

interface Window {
	__bench: BenchProbe;
}
