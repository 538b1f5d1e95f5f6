/** moment's format(tokens), for the tokens vis-timeline and its tooltips use, in English. */
import type { Moment } from './moment.ts';

const MONTHS =
	'January February March April May June July August September October November December'.split(
		' ',
	);
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

/** moment's zeroFill: the sign, then the digits padded to a width. */
const pad = (n: number, width: number): string =>
	(n < 0 ? '-' : '') + `${Math.abs(n)}`.padStart(width, '0');

const offsetToken =
	(separator: string) =>
	(m: Moment): string => {
		const offset = m.utcOffset();
		const abs = Math.abs(offset);
		return (offset < 0 ? '-' : '+') + pad(~~(abs / 60), 2) + separator + pad(abs % 60, 2);
	};

/** The format tokens this stand-in knows, with moment's English output. */
const FORMATS: Record<string, (m: Moment) => string | number> = {
	YYYY: (m) => pad(m.year(), 4),
	M: (m) => m.month() + 1,
	MMM: (m) => MONTHS[m.month()]!.slice(0, 3),
	MMMM: (m) => MONTHS[m.month()]!,
	D: (m) => m.date(),
	Do: (m) => {
		const n = m.date();
		return n + (~~((n % 100) / 10) === 1 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));
	},
	d: (m) => m.day(),
	ddd: (m) => DAYS[m.day()]!.slice(0, 3),
	dddd: (m) => DAYS[m.day()]!,
	H: (m) => m.hours(),
	h: (m) => m.hours() % 12 || 12,
	m: (m) => m.minutes(),
	s: (m) => m.seconds(),
	SSS: (m) => pad(m.milliseconds(), 3),
	w: (m) => m.week(),
	Z: offsetToken(':'),
	ZZ: offsetToken(''),
};
for (const token of 'MDHhmsw') FORMATS[token + token] = (m) => pad(+FORMATS[token]!(m), 2);

// moment's tokenizer, so a format splits into the same tokens as in moment; less its "eHHmm"
// (moment prints it as text, here its "e" throws) and so less "\e" too, which only guards that.
const TOKENS =
	/(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;

/** Formats split into tokens: vis-timeline asks for the same few on every step of its axis. */
const tokenized = new Map<string, string[]>();

function formatToken(m: Moment, token: string): string {
	const format = FORMATS[token];
	if (format) return `${format(m)}`;
	// A bracketed literal; a lone "[" is text.
	if (token[0] === '[' && token.length > 1) return token.slice(1, -1);
	// A letter moment reads as a token (alone or with others) must not pass through as text.
	if (token[0] === '\\' || /^[^adehklmswxyzADEHLMNQSWXYZ]$/.test(token))
		return token.replace(/\\/g, '');
	throw new Error(`moment stand-in: format token "${token}" is not supported`);
}

/** A valid moment in a format of moment's tokens; a token not in FORMATS throws. */
export function formatMoment(m: Moment, format: string): string {
	let tokens = tokenized.get(format);
	if (!tokens) tokenized.set(format, (tokens = format.match(TOKENS) ?? []));
	return tokens.map((token) => formatToken(m, token)).join('');
}
