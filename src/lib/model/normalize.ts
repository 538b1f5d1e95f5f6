/**
 * Text folded for search: what a reader means, not which code points a writer happened to use.
 * Persian and Arabic spellings of a letter, three scripts' digits, Latin case and accents, and
 * Persian affixes written apart or joined all fold together. A map leads every folded code unit
 * back to the original, so a hit in folded text is highlighted at its exact place in the source.
 */

/**
 * Folded text and, for each of its code units, the index of the original code unit (the start of
 * the code point) it came from; `map[text.length]` is the original length.
 */
export interface Folded {
	text: string;
	map: number[];
}

/**
 * Letters written differently in Arabic and Persian (or by different writers) that a reader takes
 * for one. Applied after compatibility decomposition, which has already split أ إ آ into ا plus a
 * hamza or madda, ئ into ي plus hamza, ؤ into و plus hamza, and ۀ into ە plus hamza; the marks are
 * then dropped with the other diacritics, so those letters need no entry here.
 */
const LETTERS: Record<string, string> = {
	'\u064A': '\u06CC', // Arabic yeh ي → Persian yeh ی
	'\u0649': '\u06CC', // alef maksura ى → ی
	'\u0643': '\u06A9', // Arabic kaf ك → Persian keheh ک
	'\u0629': '\u0647', // teh marbuta ة → heh ه: Persian writes Arabic ـة words with ه (منطقة/منطقه)
	'\u06D5': '\u0647', // ae ە (and what is left of ۀ) → ه
	'\u0671': '\u0627', // alef wasla ٱ → ا (no decomposition in Unicode)
};

/** Persian ۰–۹ (U+06F0) and Arabic-Indic ٠–٩ (U+0660) digits → ASCII. */
function toAsciiDigit(c: number): string | undefined {
	if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
	if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
	return undefined;
}

/**
 * Dropped: diacritics (non-spacing marks: harakat, superscript alef, hamza and madda left by
 * decomposition, Latin accents), format controls (ZWNJ, ZWJ, bidi marks, Arabic letter mark),
 * tatweel and the Quranic annotation signs U+06D6–U+06ED.
 */
function isDropped(c: string): boolean {
	const code = c.codePointAt(0)!;
	return code === 0x0640 || (code >= 0x06d6 && code <= 0x06ed) || /[\p{Mn}\p{Me}\p{Cf}]/u.test(c);
}

const cache = new Map<string, string>();

/** One code point, folded: zero or more code units, whitespace as a single space. */
function foldCodePoint(cp: string): string {
	const cached = cache.get(cp);
	if (cached !== undefined) return cached;
	let out = '';
	// Decompose first: compatibility forms may decompose to capitals (ℌ → H), and "İ" to I + dot.
	for (const c of cp.normalize('NFKD').toLowerCase()) {
		if (/\s/u.test(c)) out += ' ';
		else if (isDropped(c)) continue;
		else out += toAsciiDigit(c.codePointAt(0)!) ?? LETTERS[c] ?? c;
	}
	cache.set(cp, out);
	return out;
}

/**
 * Persian affixes are written joined (منطقهای), with ZWNJ (منطقه‌ای) or apart (منطقه ای, حوزه های,
 * می یابد — all three occur in our sources). ZWNJ is dropped already; these find the space before
 * a plural/adjective suffix that stands as its own word, and after the verbal prefix می / نمی.
 */
const SPACE_BEFORE_SUFFIX =
	/(?<=\p{Script=Arabic}) (?=(?:ها|های|هایی|ای|تر|ترین)(?![\p{L}\p{N}]))/gu;
const SPACE_AFTER_PREFIX = /(?<=(?:^|[^\p{L}\p{N}])ن?می) (?=\p{Script=Arabic})/gu;

/**
 * Folds `text` for search: Arabic ي ى ئ → ی, ك → ک, ة ۀ ە → ه, أ إ آ ٱ → ا, ؤ → و; diacritics,
 * ZWNJ/ZWJ, bidi marks and tatweel removed; Persian and Arabic-Indic digits → ASCII; Latin lower
 * case without accents; whitespace runs → one space, none at the ends; Persian affixes joined to
 * their word. Returns the folded text with a map back to original offsets.
 */
export function normalizeForSearch(text: string): Folded {
	const units: string[] = [];
	const map: number[] = [];
	let i = 0;
	for (const cp of text) {
		const folded = foldCodePoint(cp);
		for (let k = 0; k < folded.length; k++) {
			const unit = folded[k]!;
			if (unit === ' ' && (units.length === 0 || units[units.length - 1] === ' ')) continue;
			units.push(unit);
			map.push(i);
		}
		i += cp.length;
	}
	if (units[units.length - 1] === ' ') {
		units.pop();
		map.pop();
	}
	const joined = units.join('');
	const drop = new Set<number>();
	for (const m of joined.matchAll(SPACE_BEFORE_SUFFIX)) drop.add(m.index);
	for (const m of joined.matchAll(SPACE_AFTER_PREFIX)) drop.add(m.index);
	if (drop.size === 0) return { text: joined, map: [...map, text.length] };
	const keep = (_: unknown, k: number) => !drop.has(k);
	return {
		text: units.filter(keep).join(''),
		map: [...map.filter(keep), text.length],
	};
}

/**
 * The original [start, end) of the folded range [start, end): from the first code unit's origin to
 * the end of the last one's code point, so spaces or marks dropped around a hit stay outside it.
 */
export function toOriginalRange(
	original: string,
	folded: Folded,
	start: number,
	end: number,
): [number, number] {
	const first = folded.map[start]!;
	const last = folded.map[end - 1]!;
	return [first, last + (original.codePointAt(last)! > 0xffff ? 2 : 1)];
}

/**
 * Folds samples that take every path above. The first folds compile the Unicode-property regular
 * expressions, several milliseconds the reader's first keystroke would otherwise pay; the app calls
 * this when the page is idle. V8 compiles an expression apart for Latin-1 text (a Latin query) and
 * for other text, and compiles it again to machine code on its second run: so both kinds, twice.
 */
export function warmUpFolding(): void {
	for (let i = 0; i < 2; i++) {
		normalizeForSearch('Ée ١۲ منطقه‌ای حوزه های می یابد ك ي ة');
		normalizeForSearch('Tehran 2024');
	}
}
