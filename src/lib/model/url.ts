/**
 * The permalink format: `?event=<id>` today; `lang`, `cal`, `view`, `embed`, `q` and `data` are
 * reserved for the features that extend it. Parsing never throws: unusable values are dropped and
 * reported, so the app can say so politely.
 */

export interface UrlState {
	event: string | null;
}

export interface ParsedUrl {
	state: UrlState;
	/** Human-readable reasons for values that were dropped. */
	problems: string[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,127}$/;

/** Reads the state from a query string (with or without the leading `?`). */
export function parseState(search: string): ParsedUrl {
	const params = new URLSearchParams(search);
	const problems: string[] = [];
	let event: string | null = null;
	const raw = params.getAll('event');
	const value = raw[0];
	if (value !== undefined && value !== '') {
		if (ID.test(value)) event = value;
		else problems.push(`“${value.slice(0, 80)}” is not a meeting id`);
	}
	return { state: { event }, problems };
}

/** Writes the state as a query string with a leading `?`, or '' when there is nothing to say. */
export function formatState(state: UrlState): string {
	const params = new URLSearchParams();
	if (state.event) params.set('event', state.event);
	const text = params.toString();
	return text ? `?${text}` : '';
}
