import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleDataset } from '../../../data/assemble.ts';
import { toCatalog, type Catalog } from './catalog.ts';
import { normalizeForSearch } from './normalize.ts';
import { parseDataset } from './parse.ts';
import {
	prepareSearch,
	search,
	toEventTexts,
	toHitSpans,
	toSearchIndex,
	type SearchLabels,
	type SearchResult,
} from './search.ts';
import { toHighlightTree } from './text.ts';

/** The built-in dataset, read from disk as `npm run check:data` reads it. */
function builtinCatalog(): Catalog {
	const raw: unknown = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
	const dir = 'data/sources';
	const texts = new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
	const result = parseDataset(assembleDataset(raw, texts));
	if (!result.ok) throw new Error('data/dataset.json does not parse');
	return toCatalog(result.dataset);
}

/** A few labels in three languages; the app passes all of its own. */
const labels: SearchLabels = {
	topic: (t) => (t === 'caspian' ? ['Caspian Sea', 'دریای خزر', 'بحر قزوين'] : [t]),
	country: (code) =>
		({ IR: ['Iran', 'ایران', 'إيران'], KZ: ['Kazakhstan', 'قزاقستان', 'كازاخستان'] })[code] ?? [
			code,
		],
};

const catalog = builtinCatalog();
const index = toSearchIndex(catalog, labels);
const source = (id: string) => catalog.source.get(id)!.text;

/** Runs a query that must not be blank. */
function run(query: string) {
	const result = search(index, query);
	if (!result) throw new Error(`search(${query}) is null`);
	return result;
}

describe('search', () => {
	it('search("منطقه‌ای") finds 2024-07-30-tehran and hits "منطقهای" in zamar-2024', () => {
		const result = run('منطقه\u200cای');
		expect(result.query).toBe('منطقهای');
		expect(result.events).toContain('2024-07-30-tehran');
		const hits = result.sourceHits.get('zamar-2024')!;
		expect(hits.length).toBeGreaterThan(0);
		for (const [start, end] of hits) expect(source('zamar-2024').slice(start, end)).toBe('منطقهای');
	});

	it('search("رئیسی") (Persian yeh) finds 2023-09-18-new-york and hits "رئيسي" in alalam-2023', () => {
		const result = run('رئیسی');
		expect(result.events).toContain('2023-09-18-new-york');
		const hits = result.sourceHits.get('alalam-2023')!;
		expect(hits.length).toBeGreaterThan(0);
		for (const [start, end] of hits) expect(source('alalam-2023').slice(start, end)).toBe('رئيسي');
	});

	it('search("Pezeshkian") finds exactly the events Pezeshkian takes part in', () => {
		const expected = catalog.events
			.filter((e) => e.participants.some((p) => p.person === 'pezeshkian'))
			.map((e) => e.id);
		expect(expected.length).toBeGreaterThan(1);
		expect([...run('Pezeshkian').events].sort()).toEqual(expected.sort());
		expect([...run('pezeshkian').events].sort()).toEqual(expected.sort());
	});

	it('search("") and search(blank) are null', () => {
		for (const q of ['', '   ', '\n\t', '\u200c', '\u0640', '\u064e'])
			expect(search(index, q)).toBeNull();
	});

	it('search("Pezeshkian Tokayev") needs every term: only 2025-12-11-astana', () => {
		expect([...run('Pezeshkian Tokayev').events]).toEqual(['2025-12-11-astana']);
		expect([...run('Tokayev  Pezeshkian').events]).toEqual(['2025-12-11-astana']);
	});

	it('search("پزشکیان قزاقستان") finds 2025-12-11-astana, Persian terms in any order', () => {
		expect(run('پزشکیان قزاقستان').events).toContain('2025-12-11-astana');
		expect(run('قزاقستان پزشکیان').events).toContain('2025-12-11-astana');
	});

	it('search("پزشكيان") (Arabic kaf and yeh) finds 2024-07-30-tehran', () => {
		expect(run('پزشكيان').events).toContain('2024-07-30-tehran');
	});

	it('search("Caspian Sea") finds events by their topic label', () => {
		const withTopic = catalog.events
			.filter((e) => e.topics.some((t) => t.topic === 'caspian'))
			.map((e) => e.id);
		for (const id of withTopic) expect(run('Caspian Sea').events).toContain(id);
	});

	it('search("Kazakhstan") finds events by a country label or their own words', () => {
		expect(run('kazakhstan').events).toContain('2014-09-09-astana');
	});

	it('search("آستانه") hits the dateline "استانه" of irna-2014', () => {
		const dateline = catalog.passage.get('irna-2014-dateline')!;
		expect(dateline.text).toMatch(/^استانه /);
		const start = dateline.start;
		expect(run('آستانه').sourceHits.get('irna-2014')).toContainEqual([start, start + 6]);
	});

	it('search("۱۴") hits "14" in ilna-2025-return and "۱۴" in ilna-2025-talks', () => {
		const result = run('۱۴');
		const text = (id: string) => result.sourceHits.get(id)!.map(([s, e]) => source(id).slice(s, e));
		expect(text('ilna-2025-return')).toContain('14');
		expect(text('ilna-2025-talks')).toContain('۱۴');
	});

	it('search(query).sourceHits are sorted, non-overlapping and fold to a term', () => {
		const result = run('منطقه منطقهای ران ۱۴ رئیس');
		const terms = result.query.split(' ');
		let total = 0;
		for (const [id, hits] of result.sourceHits) {
			total += hits.length;
			hits.forEach(([start, end], i) => {
				expect(end).toBeGreaterThan(start);
				if (i > 0) expect(start).toBeGreaterThanOrEqual(hits[i - 1]![1]);
				const folded = normalizeForSearch(source(id).slice(start, end)).text;
				expect(terms.some((t) => folded.includes(t))).toBe(true);
			});
		}
		expect(result.hitCount).toBe(total);
	});

	it('a query typed key by key finds what the same query finds on a fresh index', () => {
		// Each search narrows from the last one's matches when it can (SearchIndex.last), starting
		// where the shorter term was, and once prepared reads only what the letter pairs leave:
		// whatever was typed before, in any order, the answer must not depend on it.
		const word = fc.stringMatching(/^[aeinorst ازیرنت]{0,6}$/);
		const texts = toEventTexts(catalog, labels);
		const ids = (result: SearchResult | null) => (result ? [...result.events].sort() : null);
		const fresh = toSearchIndex(catalog, labels, texts);
		const check = (queries: string[], prepared: boolean) => {
			const typed = toSearchIndex(catalog, labels, texts);
			if (prepared) prepareSearch(typed, () => true);
			for (const query of queries) {
				fresh.last = undefined;
				expect(ids(search(typed, query))).toEqual(ids(search(fresh, query)));
			}
		};
		fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.boolean(), check), {
			numRuns: 100,
		});
		// A word growing at either end, as when the reader types, or goes back to its start.
		const growing = fc
			.tuple(
				fc.stringMatching(/^[aeinorst ازیرنت]{1,8}$/),
				fc.array(fc.boolean(), { maxLength: 8 }),
			)
			.map(([text, lefts]) => {
				let [start, end] = [text.length >> 1, (text.length >> 1) + 1];
				const queries = [text.slice(start, end)];
				for (const left of lefts) {
					if (left && start > 0) start--;
					else if (end < text.length) end++;
					queries.push(text.slice(start, end));
				}
				return queries;
			});
		fc.assert(fc.property(growing, fc.boolean(), check), { numRuns: 100 });
		// And the usual case, one letter at a time: every prefix of a name.
		for (const prepared of [false, true]) {
			const queries = [...'Pezeshkian'].map((_, i) => 'Pezeshkian'.slice(0, i + 1));
			check([...queries, 'Pezeshkian Tok', 'Pezeshkian Tokayev'], prepared);
		}
	});

	it('prepareSearch indexes the events, warms up, then folds the articles while there is time', () => {
		const fresh = toSearchIndex(catalog, labels, toEventTexts(catalog, labels));
		// The built-in dataset's events are one batch, the warm-up one more; then two articles.
		let slices = 4;
		expect(prepareSearch(fresh, () => slices-- > 0)).toBe(false);
		expect(fresh.grams.done).toBe(catalog.events.length);
		expect(fresh.warmed).toBeGreaterThanOrEqual(catalog.events.length);
		expect(fresh.folded.size).toBe(2);
		expect(prepareSearch(fresh, () => true)).toBe(true);
		expect(fresh.folded.size).toBe(catalog.dataset.sources.length);
		const plain = (result: SearchResult | null) =>
			result && { ...result, events: [...result.events] };
		for (const query of ['منطقه‌ای', 'Pezeshkian Tokayev', 'پز', 'x'])
			expect(plain(search(fresh, query))).toEqual(plain(run(query)));
	});

	it('search(query) leaves out sources without hits', () => {
		const result = run('Tokayev'); // Latin: no article prints it.
		expect(result.sourceHits.size).toBe(0);
		expect(result.hitCount).toBe(0);
		expect(result.events.size).toBeGreaterThan(0);
	});

	it('toHitSpans(hits) nest in the passages of toHighlightTree', () => {
		const text = source('zamar-2024');
		const hits = run('منطقهای').sourceHits.get('zamar-2024')!;
		const spans = [
			...catalog.dataset.passages.filter((p) => p.source === 'zamar-2024'),
			...toHitSpans(hits),
		];
		expect(toHitSpans(hits)[0]).toEqual({
			id: `hit-${hits[0]![0]}`,
			start: hits[0]![0],
			end: hits[0]![1],
			kind: 'hit',
		});
		const tree = toHighlightTree(text, spans);
		const ids: string[] = [];
		const walk = (nodes: typeof tree) =>
			nodes.forEach((n) => {
				if (n.kind === 'hit') ids.push(n.id);
				if (n.kind !== 'text') walk(n.children);
			});
		walk(tree);
		expect(new Set(ids)).toEqual(new Set(hits.map(([s]) => `hit-${s}`)));
	});
});
