// @ts-check
/**
 * The bench's in-page recorder, installed with `addInitScript` before any of the page's own
 * scripts, so that it sees the first item appear and every long task from navigation start.
 * Plain JavaScript read as text: a function serialised from the bench's TypeScript would carry
 * the transpiler's helpers (`__name`) into the page. `scripts/bench.ts` prepends the line
 * `globalThis.__benchSelector = '…'` naming what counts as a drawn timeline item.
 * Times are `performance.now()`, milliseconds since navigation start (`performance.timeOrigin`).
 */
(() => {
	const selector = /** @type {string} */ (
		/** @type {{ __benchSelector?: string }} */ (globalThis).__benchSelector
	);

	/** @type {(() => void)[]} */
	const stoppers = [];
	/** @type {BenchProbe} */
	const probe = {
		drawn: null,
		longTasks: [],
		animationFrames: [],
		events: [],
		frames: [],
		keystrokes: [],
		lastMutation: 0,
		settle,
		recordFrames,
		recordKeystrokes,
		stop: () => stoppers.splice(0).forEach((stop) => stop()),
		now: () => performance.now(),
	};
	Object.defineProperty(window, '__bench', { value: probe });

	/**
	 * Called from a rAF callback: `done` gets the time once this frame has been rendered (a task
	 * posted now runs only after the frame's style, layout and paint).
	 */
	function afterThisFrame(/** @type {(t: number) => void} */ done) {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => done(performance.now());
		channel.port2.postMessage(0);
	}

	/** `done` gets the time once the next frame has been rendered. */
	function afterNextPaint(/** @type {(t: number) => void} */ done) {
		requestAnimationFrame(() => afterThisFrame(done));
	}

	// First item: noticed when inserted (a MutationObserver runs as a microtask after the insertion),
	// counted as drawn at the first frame in which one is visible (vis-timeline may insert items
	// before it positions them), and painted once that frame has been rendered.
	const observer = new MutationObserver(() => {
		const element = document.querySelector(selector);
		if (!element) return;
		observer.disconnect();
		const inserted = performance.now();
		const waitVisible = (/** @type {number} */ tries) => {
			requestAnimationFrame(() => {
				const shown = [...document.querySelectorAll(selector)].find(isOnScreen);
				if (!shown && tries > 0) return waitVisible(tries - 1);
				const drawnAt = performance.now();
				afterThisFrame((painted) => {
					probe.drawn = {
						inserted,
						drawn: drawnAt,
						painted,
						id: (shown ?? element).getAttribute('data-event'),
					};
				});
			});
		};
		waitVisible(600);
	});
	observer.observe(document, { childList: true, subtree: true });

	function isOnScreen(/** @type {Element} */ element) {
		if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
		const box = element.getBoundingClientRect();
		return box.width > 0 && box.height > 0 && box.right > 0 && box.left < innerWidth;
	}

	/** @param {string} type @param {(list: PerformanceObserverEntryList) => void} callback */
	function observe(type, callback, extra = {}) {
		// An entry type this Chromium lacks is a smaller result, not an error.
		if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
		new PerformanceObserver(callback).observe({ type, buffered: true, ...extra });
	}
	observe('longtask', (list) => {
		for (const e of list.getEntries())
			probe.longTasks.push({ start: e.startTime, duration: e.duration });
	});
	// Long animation frames say which scripts a slow frame ran: the "where the time goes" clue.
	observe('long-animation-frame', (list) => {
		for (const e of list.getEntries()) {
			const frame =
				/** @type {PerformanceEntry & { blockingDuration: number, scripts?: { sourceURL: string, sourceFunctionName: string, invoker: string, duration: number }[] }} */ (
					e
				);
			probe.animationFrames.push({
				start: frame.startTime,
				duration: frame.duration,
				blocking: frame.blockingDuration,
				scripts: (frame.scripts ?? []).map((s) => ({
					source: `${s.sourceFunctionName || s.invoker} ${s.sourceURL.replace(/^.*\//, '')}`,
					duration: s.duration,
				})),
			});
		}
	});
	// Event Timing reports only events slower than its threshold (16 ms is the smallest allowed).
	observe(
		'event',
		(list) => {
			for (const e of list.getEntries()) {
				const event = /** @type {PerformanceEventTiming} */ (e);
				probe.events.push({
					name: event.name,
					start: event.startTime,
					duration: event.duration,
					processing: event.processingEnd - event.processingStart,
					interactionId: event.interactionId ?? 0,
				});
			}
		},
		{ durationThreshold: 16 },
	);

	/**
	 * Resolves once nothing under `root` has changed for `quietMs` (or after `capMs`), with the
	 * time of the last change: vis-timeline's animations move items on every step, so a quiet DOM
	 * means the zoom or pan has come to rest.
	 */
	function settle(/** @type {string} */ root, quietMs = 250, capMs = 10_000) {
		return new Promise((resolve) => {
			const target = document.querySelector(root) ?? document.documentElement;
			const begun = performance.now();
			let last = begun;
			const watcher = new MutationObserver(() => {
				last = performance.now();
				probe.lastMutation = last;
			});
			watcher.observe(target, { childList: true, subtree: true, attributes: true });
			const check = () => {
				const now = performance.now();
				if (now - last >= quietMs || now - begun >= capMs) {
					watcher.disconnect();
					resolve(last);
				} else setTimeout(check, 50);
			};
			setTimeout(check, 50);
		});
	}

	/** Records every frame's start time (rAF's timestamp, aligned to vsync) until `stop()`. */
	function recordFrames() {
		let running = true;
		const tick = (/** @type {number} */ t) => {
			probe.frames.push(t);
			if (running) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		stoppers.push(() => {
			running = false;
		});
	}

	/**
	 * Times each keystroke into a text field: `sync` from the input event's capture (before any
	 * app listener) to its bubbling to window (after them, and after the microtasks in which
	 * Svelte flushes its effects); `render` from the next frame's first rAF callback (registered
	 * before any the app registers) to the end of that frame's rendering; `latency` from the keydown's
	 * timestamp to that end, which also counts the wait for vsync. Until `stop()`.
	 */
	function recordKeystrokes() {
		/** @type {{ keydown: number, inputStart: number, syncEnd: number, frameStart: number } | null} */
		let current = null;
		const onKeydown = (/** @type {KeyboardEvent} */ e) => {
			current = { keydown: e.timeStamp, inputStart: NaN, syncEnd: NaN, frameStart: NaN };
		};
		const onInputCapture = () => {
			const k = current;
			if (!k) return;
			k.inputStart = performance.now();
			// The clock, not the rAF timestamp: that is the frame's vsync, which may fall while the
			// input's own handlers are still running.
			requestAnimationFrame(() => {
				k.frameStart = performance.now();
			});
		};
		const onInputBubble = () => {
			const k = current;
			if (!k) return;
			k.syncEnd = performance.now();
			afterNextPaint((painted) => {
				probe.keystrokes.push({
					keydown: k.keydown,
					sync: k.syncEnd - k.inputStart,
					render: painted - k.frameStart,
					latency: painted - k.keydown,
				});
			});
		};
		addEventListener('keydown', onKeydown, true);
		addEventListener('input', onInputCapture, true);
		addEventListener('input', onInputBubble);
		stoppers.push(() => {
			removeEventListener('keydown', onKeydown, true);
			removeEventListener('input', onInputCapture, true);
			removeEventListener('input', onInputBubble);
		});
	}
})();
