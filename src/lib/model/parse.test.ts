import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDataError, parseDataset } from './parse.ts';
import { tinyDataset } from './fixtures/tiny.ts';

function errorsOf(raw: unknown): string[] {
	const result = parseDataset(raw);
	return result.ok ? [] : result.errors.map((e) => formatDataError(e, 'data/dataset.json'));
}

describe('parseDataset', () => {
	it('accepts a sound dataset', () => {
		const result = parseDataset(tinyDataset());
		expect(result.ok).toBe(true);
	});

	it('rejects a one-character offset error, naming file, record, field, expected and found', () => {
		const data = tinyDataset();
		data.passages[1]!.start += 1;
		const [error, ...rest] = errorsOf(data);
		expect(rest).toEqual([]);
		expect(error).toMatch(
			/^data\/dataset\.json: passages\[1\]\.text \(id "p-meet"\): expected the source text at \[\d+, \d+\) of "src" to equal the quote «در دیدار «مائولن آشیمبایف»», found «/,
		);
		expect(error).toMatch(/the quote occurs at start \d+, end \d+$/);
	});

	it('rejects an unknown passage id where a fact cites it', () => {
		const data = tinyDataset();
		data.events[0]!.participants[0]!.passages = ['p-nowhere'];
		expect(errorsOf(data)).toEqual([
			'data/dataset.json: events[0].participants[0].passages (id "2024-07-30-tehran"): expected a passage id, found unknown "p-nowhere"',
		]);
	});

	it('rejects a fact that cites nothing', () => {
		const data = tinyDataset();
		data.events[0]!.topics[0]!.passages = [];
		expect(errorsOf(data)).toEqual([
			'data/dataset.json: events[0].topics[0].passages (id "2024-07-30-tehran"): expected at least one supporting passage, found none',
		]);
	});

	it('rejects a weekday that disagrees with the date (30 Jul 2024 was a Tuesday)', () => {
		const data = tinyDataset();
		data.events[0]!.date.weekday.day = 3;
		expect(errorsOf(data)).toEqual([
			'data/dataset.json: events[0].date.weekday (id "2024-07-30-tehran"): expected Tuesday (2), the weekday of 2024-07-30, found Wednesday (3) stated in passage "p-day"',
		]);
	});

	it('takes a stated weekday as the local calendar’s, any day from year 1 to 2200', () => {
		// The check counts weekdays in UTC; a local Date (here in Tehran's zone, which has skipped
		// midnights) is what a reader's calendar says.
		fc.assert(
			fc.property(
				fc.date({ min: new Date(1, 0, 1), max: new Date(2200, 11, 31), noInvalidDate: true }),
				(instant) => {
					const day = new Date(instant.getFullYear(), instant.getMonth(), instant.getDate());
					day.setFullYear(instant.getFullYear());
					const iso = `${String(day.getFullYear()).padStart(4, '0')}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
					const data = tinyDataset();
					const event = data.events[0]!;
					// A dataset of one dated fact: its Jalali date is the built-in one's, dropped here.
					delete (event.date as { jalali?: unknown }).jalali;
					event.date.start = iso;
					event.date.weekday.day = day.getDay();
					expect(errorsOf(data)).toEqual([]);
					event.date.weekday.day = (day.getDay() + 1) % 7;
					expect(errorsOf(data)).toHaveLength(1);
				},
			),
			{ numRuns: 300 },
		);
	});

	it('rejects a Jalali date that is not the event date', () => {
		const data = tinyDataset();
		data.events[0]!.date.jalali.date = '1403-05-10';
		expect(errorsOf(data)[0]).toContain(
			'expected Jalali 1403-05-10 to be 2024-07-30, found it is 2024-07-31',
		);
	});

	it('rejects a source whose printed weekday disagrees with its date', () => {
		const data = tinyDataset();
		data.sources[0]!.published.weekday = 5;
		expect(errorsOf(data)[0]).toContain(
			'sources[0].published.weekday (id "src"): expected Tuesday (2) for 2024-07-30, found Friday (5)',
		);
	});

	it('rejects duplicate ids, unknown people and places', () => {
		const data = tinyDataset();
		data.passages.push({ ...data.passages[0]! });
		data.events[0]!.participants[0]!.person = 'nobody';
		data.events[0]!.place.place = 'nowhere';
		const errors = errorsOf(data).join('\n');
		expect(errors).toContain(
			'passages[3].id (id "p-date"): expected a unique id, found a duplicate of passages[0]',
		);
		expect(errors).toContain(
			'events[0].participants[0].person (id "2024-07-30-tehran"): expected a person id, found unknown "nobody"',
		);
		expect(errors).toContain(
			'events[0].place.place (id "2024-07-30-tehran"): expected a place id, found unknown "nowhere"',
		);
	});

	it('rejects an impossible date and a precision that does not fit the date', () => {
		const data = tinyDataset();
		data.events[0]!.date.start = '2024-02-30';
		expect(errorsOf(data)[0]).toContain(
			'events[0].date.start (id "2024-07-30-tehran"): expected a date YYYY[-MM[-DD]] that exists, found "2024-02-30"',
		);
		const coarse = tinyDataset();
		coarse.events[0]!.date = {
			...coarse.events[0]!.date,
			start: '2024-07',
			weekday: undefined!,
			jalali: undefined!,
		};
		expect(errorsOf(coarse)[0]).toContain(
			'expected YYYY-MM-DD for precision "day", found "2024-07"',
		);
	});

	it('reports shape errors with their JSON path and the record id', () => {
		const data = tinyDataset() as Record<string, unknown>;
		(data.events as { kind: string }[])[0]!.kind = 'rumoured';
		const [error] = errorsOf(data);
		expect(error).toMatch(
			/^data\/dataset\.json: events\[0\]\.kind \(id "2024-07-30-tehran"\): expected .*"reported".*"mentioned".*, found "rumoured"$/,
		);
	});

	it('reports a missing collection at the root', () => {
		expect(errorsOf({ title: { en: 'x' } })[0]).toMatch(
			/^data\/dataset\.json: sources: expected this required field, found nothing$/,
		);
	});
});
