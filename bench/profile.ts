/**
 * Where the main thread's time goes: a sampled V8 CPU profile over a span of a run, summed into
 * the functions with the most self time. The .cpuprofile files open in Chromium's DevTools
 * (Performance panel → Load profile) for the full picture.
 */
import type { CDPSession } from '@playwright/test';

/** The parts of a V8 CPU profile (Chrome DevTools Protocol `Profiler.Profile`) read here. */
export interface CpuProfile {
	nodes: {
		id: number;
		callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	}[];
	startTime: number;
	endTime: number;
	samples?: number[];
	timeDeltas?: number[];
}

/** A function and the time spent in it, not in what it called. */
export interface HotFunction {
	name: string;
	/** `file:line:column` in the built bundle. */
	at: string;
	selfMs: number;
}

/** Starts sampling every 250 µs (the default 1 ms misses most of a short frame). */
export async function startProfile(cdp: CDPSession): Promise<void> {
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
	await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession): Promise<CpuProfile> {
	const { profile } = await cdp.send('Profiler.stop');
	return profile;
}

/**
 * The `top` functions by self time. Idle is left out; "(program)" (native work outside JS: style,
 * layout, paint, parsing) and "(garbage collector)" stay, as they are time the page spends.
 */
export function toHotFunctions(profile: CpuProfile, top = 15): HotFunction[] {
	const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map<string, HotFunction>();
	const samples = profile.samples ?? [];
	const deltas = profile.timeDeltas ?? [];
	for (let i = 0; i < samples.length; i++) {
		const frame = byNode.get(samples[i]!)?.callFrame;
		// A sample's time is the gap to the next one.
		const ms = (deltas[i + 1] ?? 0) / 1000;
		if (!frame || ['(idle)', '(root)'].includes(frame.functionName)) continue;
		const file = frame.url.replace(/^.*\//, '') || '(native)';
		const at = `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
		const key = `${frame.functionName}@${at}`;
		const hot = self.get(key) ?? { name: frame.functionName || '(anonymous)', at, selfMs: 0 };
		hot.selfMs += ms;
		self.set(key, hot);
	}
	return [...self.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
}

/** Total sampled time that was not idle, in ms. */
export function toBusyMs(profile: CpuProfile): number {
	const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
	const samples = profile.samples ?? [];
	const deltas = profile.timeDeltas ?? [];
	let busy = 0;
	for (let i = 0; i < samples.length; i++)
		if (byNode.get(samples[i]!)?.callFrame.functionName !== '(idle)')
			busy += (deltas[i + 1] ?? 0) / 1000;
	return busy;
}
