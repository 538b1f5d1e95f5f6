/**
 * What kind of file a dataset is, and what to call it, from what a browser knows about it: its
 * name, the server's content type and its first character.
 */

export type DataFormat = 'json' | 'csv';

const BY_EXTENSION: Readonly<Record<string, DataFormat>> = {
	json: 'json',
	csv: 'csv',
	tsv: 'csv',
};

/**
 * JSON or CSV. What the name or content type declares wins, so a broken file is reported in the
 * format its author meant; otherwise the first character decides: only JSON opens with { or [.
 */
export function sniffFormat(file: {
	name: string;
	contentType?: string | null;
	text: string;
}): DataFormat {
	const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
	if (BY_EXTENSION[extension]) return BY_EXTENSION[extension];
	const type = file.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
	if (type === 'application/json' || type.endsWith('+json')) return 'json';
	if (type === 'text/csv' || type === 'text/tab-separated-values') return 'csv';
	return /^[\uFEFF\s]*[[{]/.test(file.text.slice(0, 1024)) ? 'json' : 'csv';
}

/** The file name a URL points to (`…/data/meetings.csv?x=1` → `meetings.csv`), else its host. */
export function toFileName(url: string, base = 'http://localhost/'): string {
	let parsed: URL;
	try {
		parsed = new URL(url, base);
	} catch {
		return url;
	}
	const last = parsed.pathname.split('/').filter(Boolean).pop();
	if (!last) return parsed.hostname || url;
	try {
		return decodeURIComponent(last);
	} catch {
		return last;
	}
}

/** A dataset's title from its file name: `iran-kazakhstan.csv` → `iran-kazakhstan`. */
export function toTitle(name: string): string {
	return name.replace(/\.[a-z0-9]+$/i, '') || name;
}
