/** The moment vis-timeline gets: Instant's fields, and weeks, steps, bounds, comparison, format. */
import { bound, monthDiff, shift } from './arithmetic.ts';
import { isLeapYear, jan1Weekday } from './calendar.ts';
import { formatMoment } from './format.ts';
import { Instant } from './instant.ts';
import { toDate, type MomentInput } from './parse.ts';
import { DIFF_MS, MONTHS_IN, toUnit } from './units.ts';

export class Moment extends Instant {
	clone(): Moment {
		return new Moment(this.toDate());
	}

	locale(): string;
	locale(name: string): this;
	locale(name?: string): string | this {
		return name === undefined ? 'en' : this;
	}

	/** Day of the week, 0 (Sunday) to 6; setting moves within the same Sunday-to-Saturday week. */
	day(): number;
	day(value: number): this;
	day(value?: number): number | this {
		const day = this._d.getDay();
		return value == null ? day : this.add(value - day, 'd');
	}

	/** The locale's day of the week: English weeks start on Sunday, so the same as day(). */
	weekday(): number;
	weekday(value: number): this;
	weekday(value?: number): number | this {
		return value == null ? this.day() : this.day(value);
	}

	/** Day of the week, 1 (Monday) to 7 (Sunday). */
	isoWeekday(): number;
	isoWeekday(value: number): this;
	isoWeekday(value?: number): number | this {
		const day = this.day();
		// Not `day || 7`: an invalid moment's NaN stays NaN. Setting keeps Sunday in the week before.
		return value == null ? ((day + 6) % 7) + 1 : this.day(day % 7 ? value : value - 7);
	}

	dayOfYear(): number;
	dayOfYear(value: number): this;
	dayOfYear(value?: number): number | this {
		const start = (unit: string) => +this.clone().startOf(unit);
		const day = Math.round((start('day') - start('year')) / 864e5) + 1;
		return value == null ? day : this.add(value - day, 'd');
	}

	/** The English (US) week of the year: weeks start on Sunday, week 1 holds 1 January. */
	week(): number;
	week(value: number): this;
	week(value?: number): number | this {
		// moment's weekOfYear(m, 0, 6): late December can be week 1 of the next year.
		const year = this.year();
		const jan1 = jan1Weekday(year);
		const weeks = (365 + +isLeapYear(year) + jan1 - jan1Weekday(year + 1)) / 7;
		let week = Math.floor((this.dayOfYear() + jan1 - 1) / 7) + 1;
		if (week > weeks) week -= weeks;
		return value == null ? week : this.add((value - week) * 7, 'd');
	}

	add(amount: number, unit?: string): this {
		shift(this, amount, unit, 1);
		return this;
	}

	subtract(amount: number, unit?: string): this {
		shift(this, amount, unit, -1);
		return this;
	}

	startOf(unit?: string): this {
		bound(this, unit, 0);
		return this;
	}

	endOf(unit?: string): this {
		bound(this, unit, 1);
		return this;
	}

	/** Whether `input` falls in the same `unit` (year, month, week, day…) as this moment. */
	isSame(input?: MomentInput, unit?: string): boolean {
		const that = new Moment(toDate(input));
		if (!this.isValid() || !that.isValid()) return false;
		const u = toUnit(unit) ?? 'millisecond';
		const t = +that;
		if (u === 'millisecond') return +this === t;
		return +this.clone().startOf(u) <= t && t <= +this.clone().endOf(u);
	}

	/** This moment minus `input` in `unit`, truncated toward zero unless `asFloat`; months,
	 * quarters and years count calendar months. */
	diff(input: MomentInput, unit?: string, asFloat?: boolean): number {
		if (!this.isValid()) return NaN;
		const that = new Moment(toDate(input));
		if (!that.isValid()) return NaN;
		const u = toUnit(unit);
		const months = u && MONTHS_IN[u];
		const size = (u && DIFF_MS[u]) || 1;
		// Days and weeks discount a change of UTC offset (DST) in between.
		const zoneDelta = size >= 864e5 ? (that.utcOffset() - this.utcOffset()) * 6e4 : 0;
		const output = months ? monthDiff(this, that) / months : (+this - +that - zoneDelta) / size;
		return asFloat ? output : output < 0 ? Math.ceil(output) || 0 : Math.floor(output);
	}

	/** The moment in moment's format tokens (English names); ISO 8601 with the offset by default. */
	format(pattern?: string): string {
		if (!this.isValid()) return 'Invalid date';
		return formatMoment(this, pattern || 'YYYY-MM-DDTHH:mm:ssZ');
	}

	override toString(): string {
		return this.format('ddd MMM DD YYYY HH:mm:ss [GMT]ZZ');
	}

	toJSON(): string | null {
		return this.isValid() ? this._d.toISOString() : null;
	}
}
