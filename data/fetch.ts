/**
 * The built-in dataset for the browser: the record and the verbatim articles are emitted by the
 * build as files of their own and fetched from the app's origin, rather than compiled into the
 * script. Data is not code: kept out of the first script it costs no parse or compile time, and
 * it downloads while the script runs (issue #5's first-view budget is for JavaScript). The tests
 * and the data check read the same files through `index.ts` and `assemble.ts`.
 */
import recordUrl from './dataset.json?url';
import { assembleDataset } from './assemble.ts';

const sourceUrls = import.meta.glob('./sources/*.txt', {
	query: '?url',
	import: 'default',
	eager: true,
}) as Record<string, string>;

export type BuiltinResult = { ok: true; raw: unknown } | { ok: false; error: string };

async function fetchOk(url: string): Promise<Response> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`.trim());
	return response;
}

/**
 * Fetches the record and its articles in parallel and joins them, unparsed (it goes through
 * `parseDataset` like any other). Resolves to an error message rather than rejecting, so the app
 * can say what went wrong.
 */
export async function fetchBuiltinDataset(): Promise<BuiltinResult> {
	try {
		const [raw, texts] = await Promise.all([
			fetchOk(recordUrl).then((r) => r.json() as Promise<unknown>),
			Promise.all(
				Object.entries(sourceUrls).map(async ([path, url]) => {
					// Verbatim: the bytes as UTF-8, exactly as the check read them.
					const text = await (await fetchOk(url)).text();
					return [path.slice('./sources/'.length), text] as const;
				}),
			),
		]);
		return { ok: true, raw: assembleDataset(raw, new Map(texts)) };
	} catch (error) {
		return { ok: false, error: `(built-in dataset): could not be fetched: ${String(error)}` };
	}
}
