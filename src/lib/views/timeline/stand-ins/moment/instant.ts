/** A moment's instant and the local fields of it that moment gets and sets directly. */
import { daysInMonth, isLeapYear } from './calendar.ts';

type Field = 'Date' | 'Hours' | 'Minutes' | 'Seconds' | 'Milliseconds';

/** Moment (moment.ts) adds the rest of the API. Abstract, so every Instant is a Moment: what
 * isMoment below relies on. */
export abstract class Instant {
	/** How vis-timeline's options validator and moment.isMoment recognise a moment. */
	readonly _isAMomentObject = true;
	/** The instant. vis-timeline reads it to reject an invalid hidden date. */
	readonly _d: Date;

	constructor(date: Date) {
		this._d = date;
	}

	valueOf(): number {
		return +this._d;
	}

	toDate(): Date {
		return new Date(+this._d);
	}

	isValid(): boolean {
		return !isNaN(+this._d);
	}

	/** Minutes east of UTC, rounded as moment rounds them (Tehran's LMT was +3:25:44). */
	utcOffset(): number {
		return -Math.round(this._d.getTimezoneOffset());
	}

	/** moment's plain getter and setter: setting does nothing on an invalid moment or to NaN. */
	private field(name: Field, value: number | undefined): number | this {
		if (value == null) return this._d[`get${name}`]();
		if (this.isValid() && !isNaN(value)) this._d[`set${name}`](value);
		return this;
	}

	year(): number;
	year(value: number): this;
	year(value?: number): number | this {
		if (value == null) return this._d.getFullYear();
		if (this.isValid() && !isNaN(value)) {
			const month = this.month();
			const date = this.date();
			// 29 February becomes the 28th in a common year, not 1 March.
			this._d.setFullYear(
				value,
				month,
				date === 29 && month === 1 && !isLeapYear(value) ? 28 : date,
			);
		}
		return this;
	}

	month(): number;
	month(value: number): this;
	month(value?: number): number | this {
		if (value == null) return this._d.getMonth();
		if (this.isValid()) {
			// The day stays, clamped to the new month's end; moment lets NaN make the date invalid.
			const date = this.date();
			this._d.setMonth(value, date < 29 ? date : Math.min(date, daysInMonth(this.year(), value)));
		}
		return this;
	}

	date(): number;
	date(value: number): this;
	date(value?: number): number | this {
		return this.field('Date', value);
	}

	hours(): number;
	hours(value: number): this;
	hours(value?: number): number | this {
		return this.field('Hours', value);
	}

	minutes(): number;
	minutes(value: number): this;
	minutes(value?: number): number | this {
		return this.field('Minutes', value);
	}

	seconds(): number;
	seconds(value: number): this;
	seconds(value?: number): number | this {
		return this.field('Seconds', value);
	}

	milliseconds(): number;
	milliseconds(value: number): this;
	milliseconds(value?: number): number | this {
		return this.field('Milliseconds', value);
	}
}

/** True for a moment, this module's or the real package's (read through its valueOf). */
export function isMoment(value: unknown): boolean {
	return (
		value instanceof Instant ||
		(value != null && (value as { _isAMomentObject?: unknown })._isAMomentObject != null)
	);
}
