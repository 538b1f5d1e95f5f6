/**
 * Pages of a long list: which rows a page shows. A table of ten thousand rows is too heavy for the
 * page and for a screen reader; a page of a hundred is neither. Pure, for the Pager component.
 */
import { formatMessage } from '../model/messages.ts';
import type { Lang } from '../model/types.ts';

/** Rows a table shows at once. */
export const PAGE_SIZE = 100;

export interface PageRange {
	/** The page shown, 0-based, within 0…pages − 1. */
	page: number;
	pages: number;
	/** Rows [first, end) of the whole list. */
	first: number;
	end: number;
}

/** The rows of page `page` (clamped to the pages there are) of `total` rows, `size` a page. */
export function toPageRange(total: number, page: number, size = PAGE_SIZE): PageRange {
	const pages = Math.max(1, Math.ceil(total / size));
	const at = Math.min(pages - 1, Math.max(0, Math.floor(page) || 0));
	return { page: at, pages, first: at * size, end: Math.min(total, (at + 1) * size) };
}

/** The page that shows row `index`. */
export function toPageOf(index: number, size = PAGE_SIZE): number {
	return Math.max(0, Math.floor(index / size));
}

/** The pager's words, in the reader's language; `rows` gets its numbers already formatted. */
export interface PagerLabels {
	nav: string;
	first: string;
	previous: string;
	next: string;
	last: string;
	rows: (first: string, last: string, total: string) => string;
}

/** The pager's words in `lang`. */
export function toPagerLabels(lang: Lang): PagerLabels {
	return {
		nav: formatMessage('pageNav', lang),
		first: formatMessage('pageFirst', lang),
		previous: formatMessage('pagePrevious', lang),
		next: formatMessage('pageNext', lang),
		last: formatMessage('pageLast', lang),
		rows: (first, last, total) => formatMessage('pageRows', lang, { first, last, total }),
	};
}
