/**
 * What vis-timeline gets when it imports `moment` in the browser build (see vite.config.ts): the
 * part of moment's API its Timeline calls, 3 KB instead of moment's 17 KB gzip of the first view.
 * Each method follows moment 2.x's own algorithm in local time (month ends, leap days, DST gaps,
 * US week numbers), and moment.test.ts checks it against the real package.
 *
 * What vis-timeline (esnext/esm/vis-timeline-graph2d.mjs) calls, and why:
 * - moment(), moment(number | Date | moment | string), .valueOf(), .toDate(), .clone(): the
 *   Range constructor (the default window), util `convert` and `typeCoerceDataSet` (item start and
 *   end to Date; a string as ISO 8601), TimeStep (the axis iterator: its current, start and end
 *   are moments), DateUtil (hidden dates), TimeStep.snap (dragging), Core `toScreen` (`<`, `-`).
 * - moment.isMoment: `convert` tells moments from Dates and strings.
 * - moment.locale(name): at module load (the browser's languages) and in Core.setOptions.
 * - m.locale('en'): TimeStep.getClassName wants English day and month names in class names.
 * - `_isAMomentObject`: the options validator types a value as "moment" by it.
 * - `_d`: updateHiddenDates compares it with "Invalid Date" to reject a bad hidden date.
 * - year, month, date, hours, minutes, seconds, milliseconds (get and set): TimeStep.roundToMinor,
 *   next and snap round to the scale; the Range constructor takes today's midnight; repeating
 *   hidden dates move to the window's year, month and day.
 * - day, dayOfYear (get and set), diff(m, 'days'): daily and weekly repeating hidden dates, and
 *   stepOverHiddenDates (did the step cross a day?).
 * - week, weekday (get and set), isoWeekday: TimeStep's 'week' scale, and isMajor with showWeekScale.
 * - add, subtract (n, unit): TimeStep steps (and its DST correction), the Range's ±3 days, hidden
 *   date repeats, getClassName's tomorrow and yesterday.
 * - startOf(unit): CurrentTime's alignCurrentTime. endOf: only through isSame.
 * - isSame(m, unit?): TimeStep.roundToMinor and next (same month?), getClassName (today, this
 *   week, month, year).
 * - format(tokens): TimeStep.FORMAT axis labels, getClassName ('dddd', 'MMMM', 'w'), the current
 *   and custom time tooltips ('dddd, MMMM Do YYYY, H:mm:ss'), the item drag tooltip ('MM/DD/YYYY
 *   hh:mm'), and `convert` to "ISODate" (format(): ISO 8601 with the offset).
 * - toString, toJSON: for when a moment is printed or serialised (a snapped date in item data).
 *
 * Where it is not moment: names are English only; moment.locale and m.locale accept any name and
 * keep English, as moment itself does in a browser bundle that loads no locale files. A moment is
 * always in local time (no utc(), utcOffset(n), parseZone). Strings are read only in the ISO 8601
 * calendar forms parse.ts accepts. Anything moment would read another way (week or ordinal or
 * basic ISO dates, ASP.NET dates, which vis-timeline's convert reads itself, RFC 2822, moment's
 * `new Date(string)` fallback, arrays, objects), and a unit or a format token not listed here,
 * throws rather than risk a different date or a half-formatted label.
 */

import { isMoment } from './instant.ts';
import { Moment } from './moment.ts';
import { toDate, type MomentInput } from './parse.ts';

export { Moment, type MomentInput };

/** A moment of `input` (now when there is none), read as moment reads it. */
export default function moment(input?: MomentInput): Moment {
	return new Moment(toDate(input));
}

moment.isMoment = isMoment;
/** Sets nothing: any name, or list of names as vis-timeline passes the browser's, keeps English,
 * as moment does with no locale files loaded (vis-timeline's browser build loads none). */
moment.locale = (_names?: string | readonly string[]): string => 'en';
