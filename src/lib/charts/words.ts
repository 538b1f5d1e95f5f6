/**
 * The charts' own words in English, Persian and Arabic. The interface's shared words stay in
 * model/messages.ts; these are the few that only the presentation views need. Counts go through
 * `formatCount`, since Arabic nouns take a different form for one, two, a few and many.
 */
import { formatNumber } from '../model/dates.ts';
import { fillPlaceholders } from '../model/messages.ts';
import type { Lang } from '../model/types.ts';

type Entry = Record<Lang, string>;

const W = {
	chronology: { en: 'Chronology', fa: 'روزشمار', ar: 'التسلسل الزمني' },
	matrix: { en: 'Topics by meeting', fa: 'موضوع‌ها در هر دیدار', ar: 'الموضوعات حسب اللقاء' },
	map: { en: 'Where they met', fa: 'محل دیدارها', ar: 'أماكن اللقاءات' },
	matrixNote: {
		en: 'A dot marks a topic a source reports for that meeting; select it to read the passage.',
		fa: 'هر نقطه موضوعی است که منبع برای آن دیدار گزارش کرده؛ با انتخاب آن، بند منبع را بخوانید.',
		ar: 'كل نقطة موضوع ينقله المصدر عن ذلك اللقاء؛ اختره لقراءة المقطع.',
	},
	mapNote: {
		en: 'Meetings by the city where they were held; select a city to see its latest meeting.',
		fa: 'دیدارها بر پایهٔ شهر برگزاری؛ با انتخاب هر شهر، تازه‌ترین دیدار آن را ببینید.',
		ar: 'اللقاءات حسب مدينة انعقادها؛ اختر مدينة لترى أحدث لقاء فيها.',
	},
	matrixPeriods: {
		en: '{count}, counted in {columns} {columns, plural, one {period} other {periods}}: the larger the dot, the more of them cite the topic.',
		fa: '{count}، شمرده در {columns} دوره: هرچه نقطه بزرگ‌تر، رویدادهای بیشتری به آن موضوع پرداخته‌اند.',
		ar: '{count}، معدودة في {columns, plural, one {فترة واحدة} two {فترتين} few {# فترات} many {# فترةً} other {# فترة}}: كلما كبرت النقطة زاد عدد الأحداث التي تتناول الموضوع.',
	},
	eventCount: {
		en: '{n, plural, one {# event} other {# events}}',
		fa: '{n} رویداد',
		ar: '{n, plural, one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}',
	},
	event: { en: 'Event', fa: 'رویداد', ar: 'الحدث' },
	events: { en: 'Events', fa: 'رویدادها', ar: 'الأحداث' },
	kind: { en: 'Kind', fa: 'نوع', ar: 'النوع' },
	asTable: { en: 'The same as a table', fa: 'همین داده‌ها در جدول', ar: 'البيانات نفسها في جدول' },
	offMap: {
		en: 'Not on the map: {items}.',
		fa: 'روی نقشه نیست: {items}.',
		ar: 'ليس على الخريطة: {items}.',
	},
	inCountry: {
		en: '{count} in {country}, city not named',
		fa: '{count} در {country} بی نام شهر',
		ar: '{count} في {country} دون ذكر المدينة',
	},
	noPlace: { en: '{count} with no place stated', fa: '{count} بی مکان', ar: '{count} دون مكان' },
	zoomHint: {
		en: 'Select to zoom into this period',
		fa: 'برای بزرگ‌نمایی این دوره انتخاب کنید',
		ar: 'اختر لتكبير هذه الفترة',
	},
	zoomedTo: {
		en: 'Zoomed into {period}: {count}.',
		fa: 'بزرگ‌نمایی روی {period}: {count}.',
		ar: 'مكبَّر على {period}: {count}.',
	},
	zoomOut: { en: 'Show all of time', fa: 'نمایش همهٔ دوره', ar: 'عرض الفترة كلها' },
	andMore: { en: 'and {count} more', fa: 'و {count} مورد دیگر', ar: 'و{count} غيرها' },
	reportedAndMentioned: {
		en: '{reported} reported, {mentioned} mentioned',
		fa: '{reported} گزارش‌شده، {mentioned} یادشده',
		ar: '{reported} منقولة، {mentioned} مذكورة',
	},
} satisfies Record<string, Entry>;

export type WordKey = keyof typeof W;

/** A chart word in `lang`, with `{name}` placeholders filled from `params`. */
export function formatWord(key: WordKey, lang: Lang, params: Record<string, string> = {}): string {
	return fillPlaceholders(W[key][lang], lang, params);
}

/** A count of events as the language says it: "1 event", "۶ رویداد", "٦ أحداث", "حدثان". */
export function formatCount(n: number, lang: Lang): string {
	return formatWord('eventCount', lang, { n: formatNumber(n, lang) });
}

/** A list joined as the language writes it: "a, b, c" or "الف، ب، ج". */
export function formatList(items: string[], lang: Lang): string {
	return items.join(lang === 'en' ? ', ' : '، ');
}
