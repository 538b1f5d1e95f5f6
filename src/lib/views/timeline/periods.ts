/**
 * The calendar periods the timeline aggregates by, and their names: the axis's own boundaries
 * (1 Mehr, 1 Muharram, 1 January), so a count sits between two grid lines and names the
 * period the reader sees there.
 */
import { toCalendarDate, toMonthLength, type Calendar } from '../../model/calendar.ts';
import { formatDays, formatDigits, formatMonth } from '../../model/dates.ts';
import { toTicks } from '../../model/ticks.ts';
import type { Lang } from '../../model/types.ts';

/** Period starts (ms, sorted) across [from, to] drawn `widthPx` wide, at least `minPx` apart. */
export function toBoundaries(
	from: number,
	to: number,
	widthPx: number,
	cal: Calendar,
	minPx: number,
): number[] {
	const ticks = toTicks(new Date(from), new Date(to), widthPx, cal, minPx);
	return [...new Set(ticks.map((t) => t.time.getTime()))].sort((a, b) => a - b);
}

/**
 * The period [start, end) in words: "1402", "1400–1404", "Mehr 1402", "Mehr 1402 – Azar 1402",
 * or its days when it is not made of whole months ("3–9 Mehr 1402").
 */
export function formatPeriod(start: number, end: number, style: { lang: Lang; cal: Calendar }) {
	const { lang, cal } = style;
	const [first, last] = [new Date(start), new Date(end - 1)];
	const a = toCalendarDate(first, cal);
	const b = toCalendarDate(last, cal);
	const wholeMonths = a.day === 1 && b.day === toMonthLength(b.year, b.month, cal);
	if (!wholeMonths) return formatDays(first, last, style);
	if (a.month === 1 && b.month === 12)
		return formatDigits(a.year === b.year ? `${a.year}` : `${a.year}–${b.year}`, lang);
	const [from, to] = [formatMonth(a.year, a.month, style), formatMonth(b.year, b.month, style)];
	return from === to ? from : `${from} – ${to}`;
}
