/**
 * File names that say what is inside: `iran-kazakhstan-chronology-fa.svg`,
 * `iran-kazakhstan-matrix-en-jalali.png`, `iran-kazakhstan-events-ar-filtered.csv`.
 */
import type { Calendar } from '../model/dates.ts';
import type { Lang } from '../model/types.ts';

const PREFIX = 'iran-kazakhstan';

/** Lower-case words joined by hyphens; letters of any script survive, everything else goes. */
export function toSlug(text: string, max = 40): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, max)
		.replace(/-+$/, '');
}

export interface NameParts {
	/** The view (`chronology`, `matrix` …) or `events` for data exports. */
	view: string;
	lang: Lang;
	cal: Calendar;
	/** Whether filters narrowed what was exported. */
	filtered: boolean;
	/** A dataset's name, when it is not the built-in one. */
	dataset?: string;
	/** Extension without the dot: `svg`, `png`, `csv`, `json`, `ics`. */
	ext: string;
}

/**
 * `iran-kazakhstan-{view}[-{dataset}]-{lang}[-{calendar}][-filtered].{ext}`; the calendar only
 * when it is not the Gregorian one.
 */
export function toFileName(parts: NameParts): string {
	const words = [
		PREFIX,
		toSlug(parts.view) || 'export',
		parts.dataset ? toSlug(parts.dataset) : '',
		parts.lang,
		parts.cal === 'gregorian' ? '' : parts.cal,
		parts.filtered ? 'filtered' : '',
	];
	return `${words.filter(Boolean).join('-')}.${toSlug(parts.ext) || 'bin'}`;
}
