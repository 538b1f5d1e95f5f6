/** What add, subtract, diff, startOf and endOf do to a moment, following moment's own steps. */
import { localMidnight, mod } from './calendar.ts';
import type { Moment } from './moment.ts';
import { DAYS_IN, MONTHS_IN, MS_IN, toUnit } from './units.ts';

/** moment's add: months and days are calendar steps rounded half away from zero (31 January + 1
 * month is 29 February); hours and less add milliseconds, computed in moment's order of
 * operations (v * 1000 * 60 * 60 is not always v * 36e5). */
export function shift(m: Moment, amount: number, name: string | undefined, sign: number): void {
	const unit = name ? toUnit(name)! : 'millisecond';
	const round = (n: number) => (n < 0 ? -Math.round(-n) : Math.round(n));
	const months = round(amount * (MONTHS_IN[unit] ?? 0));
	const days = round(amount * (DAYS_IN[unit] ?? 0));
	const ms = unit === 'hour' ? amount * 1000 * 60 * 60 : amount * (MS_IN[unit] ?? 0);
	if (!m.isValid()) return;
	if (months) m.month(m.month() + months * sign);
	if (days) m.date(m.date() + days * sign);
	if (ms) m._d.setTime(+m._d + ms * sign);
}

/** moment's monthDiff, a minus b in months: whole calendar months, and the rest as a fraction of
 * the month it falls in. */
export function monthDiff(a: Moment, b: Moment): number {
	if (a.date() < b.date()) return -monthDiff(b, a);
	const whole = (b.year() - a.year()) * 12 + (b.month() - a.month());
	const at = (months: number) => +a.clone().add(months, 'months');
	const anchor = at(whole);
	const past = +b - anchor;
	const adjust = past < 0 ? past / (anchor - at(whole - 1)) : past / (at(whole + 1) - anchor);
	return -(whole + adjust) || 0;
}

/** moment's startOf (end 0) and endOf (end 1): calendar units from local midnights, time units
 * by arithmetic on the instant (an hour on the local clock, minutes and seconds on UTC's). */
export function bound(m: Moment, name: string | undefined, end: 0 | 1): void {
	const unit = toUnit(name);
	if (!unit || unit === 'millisecond' || !m.isValid()) return;
	const size = unit === 'hour' ? 36e5 : unit === 'minute' ? 6e4 : unit === 'second' ? 1e3 : 0;
	let time: number;
	if (size) {
		const t = +m;
		time = t - mod(t + (unit === 'hour' ? m.utcOffset() * 6e4 : 0), size) + end * (size - 1);
	} else {
		const [y, mo, d] = [m.year(), m.month(), m.date()];
		const ymd =
			unit === 'year'
				? [y + end, 0, 1]
				: unit === 'quarter'
					? [y, mo - (mo % 3) + 3 * end, 1]
					: unit === 'month'
						? [y, mo + end, 1]
						: unit === 'week'
							? [y, mo, d - m.weekday() + 7 * end]
							: unit === 'isoWeek'
								? [y, mo, d - m.isoWeekday() + 1 + 7 * end]
								: [y, mo, d + end];
		time = localMidnight(ymd[0]!, ymd[1]!, ymd[2]!) - end;
	}
	m._d.setTime(time);
}
