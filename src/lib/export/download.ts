/**
 * The one side effect of exporting: hand a Blob to the browser as a download. Everything that
 * makes the Blob's contents is pure and lives elsewhere.
 */

/** How long the object URL lives: long enough for a slow browser to start reading it. */
const REVOKE_AFTER_MS = 60_000;

/** Saves `blob` as `fileName` through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	a.hidden = true;
	// Firefox ignores a click on an anchor that is not in the document.
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** MIME types of what we export (UTF-8 text says so, or Excel and calendars may guess wrong). */
export const MIME: Readonly<Record<string, string>> = {
	svg: 'image/svg+xml;charset=utf-8',
	png: 'image/png',
	csv: 'text/csv;charset=utf-8',
	json: 'application/json;charset=utf-8',
	ics: 'text/calendar;charset=utf-8',
};
