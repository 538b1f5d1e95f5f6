/**
 * `npm run gen:synthetic -- --n 10000 [--seed 1] [--out path]`: a realistic synthetic dataset
 * for tests and benchmarks, in the full format and sound under strict parsing. Each "article" is
 * a Persian news text reporting one meeting (dated by a printed weekday and Solar Hijri date)
 * and sometimes mentioning another (a day, month, year, range or approximate date); every fact
 * cites the sentence that states it, at its exact offsets. Deterministic: the same n and seed
 * give the same bytes (a seeded PRNG, no clock).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatDigits, toJalaliIso } from '../src/lib/model/dates.ts';
import { IdSet } from '../src/lib/model/loose.ts';
import { SETTING_LABELS, TOPIC_LABELS } from '../src/lib/model/messages.ts';
import {
	SETTINGS,
	TOPICS,
	type Dataset,
	type Event,
	type Passage,
	type Person,
	type Place,
	type Source,
} from '../src/lib/model/types.ts';

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; [0, 1). */
function toRandom(seed: number): () => number {
	let a = (seed ^ 0x9e3779b9) >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Names = { en: string; fa: string; ar?: string };
const split = (table: string): Names[] =>
	table
		.trim()
		.split('\n')
		.map((line) => {
			const [en, fa, ar] = line.split('|').map((s) => s.trim());
			return { en: en!, fa: fa!, ...(ar ? { ar } : {}) };
		});

/** Countries: code | English | Persian | Arabic. */
const COUNTRIES: Record<string, Names> = Object.fromEntries(
	`
IR|Iran|ایران|إيران
KZ|Kazakhstan|قزاقستان|كازاخستان
RU|Russia|روسیه|روسيا
TR|Turkey|ترکیه|تركيا
AZ|Azerbaijan|جمهوری آذربایجان|أذربيجان
TM|Turkmenistan|ترکمنستان|تركمانستان
UZ|Uzbekistan|ازبکستان|أوزبكستان
KG|Kyrgyzstan|قرقیزستان|قيرغيزستان
TJ|Tajikistan|تاجیکستان|طاجيكستان
AF|Afghanistan|افغانستان|أفغانستان
PK|Pakistan|پاکستان|باكستان
CN|China|چین|الصين
IN|India|هند|الهند
IQ|Iraq|عراق|العراق
SY|Syria|سوریه|سوريا
QA|Qatar|قطر|قطر
OM|Oman|عمان|عُمان
AM|Armenia|ارمنستان|أرمينيا
GE|Georgia|گرجستان|جورجيا
BY|Belarus|بلاروس|بيلاروسيا
`
		.trim()
		.split('\n')
		.map((line) => {
			const [code, en, fa, ar] = line.split('|') as [string, string, string, string];
			return [code, { en, fa, ar }];
		}),
);

/** Capitals: id | English | Persian | Arabic | country | latitude | longitude. */
const CAPITALS: Place[] = `
tehran|Tehran|تهران|طهران|IR|35.6892|51.3890
astana|Astana|آستانه|أستانا|KZ|51.1694|71.4491
moscow|Moscow|مسکو|موسكو|RU|55.7558|37.6173
ankara|Ankara|آنکارا|أنقرة|TR|39.9334|32.8597
baku|Baku|باکو|باكو|AZ|40.4093|49.8671
ashgabat|Ashgabat|عشق‌آباد|عشق آباد|TM|37.9601|58.3261
tashkent|Tashkent|تاشکند|طشقند|UZ|41.2995|69.2401
bishkek|Bishkek|بیشکک|بيشكيك|KG|42.8746|74.5698
dushanbe|Dushanbe|دوشنبه|دوشنبه|TJ|38.5598|68.7870
kabul|Kabul|کابل|كابل|AF|34.5553|69.2075
islamabad|Islamabad|اسلام‌آباد|إسلام آباد|PK|33.6844|73.0479
beijing|Beijing|پکن|بكين|CN|39.9042|116.4074
new-delhi|New Delhi|دهلی نو|نيودلهي|IN|28.6139|77.2090
baghdad|Baghdad|بغداد|بغداد|IQ|33.3152|44.3661
damascus|Damascus|دمشق|دمشق|SY|33.5138|36.2765
doha|Doha|دوحه|الدوحة|QA|25.2854|51.5310
muscat|Muscat|مسقط|مسقط|OM|23.5880|58.3829
yerevan|Yerevan|ایروان|يريفان|AM|40.1792|44.4991
tbilisi|Tbilisi|تفلیس|تبليسي|GE|41.7151|44.8271
minsk|Minsk|مینسک|مينسك|BY|53.9006|27.5590
`
	.trim()
	.split('\n')
	.map((line) => {
		const [id, en, fa, ar, country, lat, lon] = line.split('|');
		return {
			id: id!,
			name: { en: en!, fa: fa!, ar: ar! },
			country: country!,
			coords: [Number(lat), Number(lon)],
		};
	});

/** First and last names (English | Persian) by country; others share a regional pool. */
const NAME_POOLS: Record<string, [string, string]> = {
	IR: [
		'Hassan|حسن;Ali|علی;Mohammad|محمد;Reza|رضا;Mahmoud|محمود;Javad|جواد;Abbas|عباس;Hossein|حسین;Masoud|مسعود;Mehdi|مهدی;Saeed|سعید;Hamid|حمید;Ebrahim|ابراهیم;Kazem|کاظم',
		'Rahimi|رحیمی;Karimi|کریمی;Hosseini|حسینی;Moradi|مرادی;Ahmadi|احمدی;Jafari|جعفری;Sadeghi|صادقی;Rezaei|رضایی;Ghasemi|قاسمی;Mousavi|موسوی;Tehrani|تهرانی;Najafi|نجفی;Zarif|ظریف;Salehi|صالحی',
	],
	KZ: [
		'Nurlan|نورلان;Askar|عسکر;Yerlan|یرلان;Daniyar|دانیار;Marat|مارات;Serik|سریک;Aigerim|آیگریم;Kairat|قیرات;Bakhyt|باخیت;Dauren|داورن;Erbol|اربول;Asel|اسل',
		'Nurpeisov|نورپیسوف;Abenov|آبنوف;Sultanov|سلطانوف;Zhumabekov|ژومابکوف;Akhmetov|آخمتوف;Suleimenov|سلیمانوف;Bekov|بکوف;Tulegenov|تولگنوف;Kassymov|قاسموف;Ospanov|اسپانوف',
	],
	RU: [
		'Sergey|سرگئی;Dmitry|دیمیتری;Alexey|الکسی;Ivan|ایوان;Nikolai|نیکلای',
		'Ivanov|ایوانف;Petrov|پتروف;Smirnov|اسمیرنوف;Volkov|ولکوف;Orlov|اورلوف',
	],
	TR: [
		'Mehmet|محمد;Ahmet|احمد;Mustafa|مصطفی;Emre|امره',
		'Yilmaz|ییلماز;Kaya|کایا;Demir|دمیر;Aydin|آیدین',
	],
	CN: ['Wei|وی;Jian|جیان;Ming|مینگ;Lei|لی', 'Wang|وانگ;Zhang|ژانگ;Liu|لیو;Chen|چن'],
	ARAB: [
		'Ahmed|احمد;Khalid|خالد;Omar|عمر;Youssef|یوسف;Faisal|فیصل',
		'Al-Hashimi|الهاشمی;Al-Saadi|السعدی;Haddad|حداد;Nasser|ناصر;Al-Thani|آل ثانی',
	],
	CENTRAL: [
		'Rustam|رستم;Farhod|فرهاد;Bakhtiyor|بختیار;Sardor|سردار;Jamshid|جمشید',
		'Karimov|کریموف;Rahmonov|رحمانوف;Aliyev|علی‌اف;Sadykov|صادقوف;Mirzoev|میرزایف',
	],
	SOUTH: [
		'Imran|عمران;Shahid|شاهد;Ashraf|اشرف;Rajesh|راجش',
		'Khan|خان;Qureshi|قریشی;Ahmadzai|احمدزی;Sharma|شارما',
	],
	WEST: [
		'Armen|آرمن;Giorgi|گیورگی;Viktor|ویکتور;Levon|لوون',
		'Sargsyan|سرکیسیان;Beridze|بریدزه;Kovalenko|کووالنکو;Hakobyan|هاکوبیان',
	],
};
const POOL_OF: Record<string, string> = {
	IQ: 'ARAB',
	SY: 'ARAB',
	QA: 'ARAB',
	OM: 'ARAB',
	AZ: 'CENTRAL',
	TM: 'CENTRAL',
	UZ: 'CENTRAL',
	KG: 'CENTRAL',
	TJ: 'CENTRAL',
	AF: 'SOUTH',
	PK: 'SOUTH',
	IN: 'SOUTH',
	AM: 'WEST',
	GE: 'WEST',
	BY: 'WEST',
};
const namesOf = (list: string) =>
	list.split(';').map((pair) => {
		const [en, fa] = pair.split('|');
		return { en: en!, fa: fa! };
	});

const ROLES = split(`
President|رئیس‌جمهور
Foreign Minister|وزیر امور خارجه
Deputy Foreign Minister|معاون وزیر امور خارجه
Minister of Trade|وزیر بازرگانی
Minister of Energy|وزیر نیرو
Minister of Roads and Transport|وزیر راه و ترابری
Minister of Agriculture|وزیر کشاورزی
Speaker of Parliament|رئیس پارلمان
Ambassador|سفیر
Governor of the Central Bank|رئیس بانک مرکزی
`);

const OUTLETS = split(`
IRNA|ایرنا
ILNA|ایلنا
ISNA|ایسنا
Mehr News|خبرگزاری مهر
Tasnim|تسنیم
Fars News|خبرگزاری فارس
Kazinform|کازینفرم
`);

const JALALI_MONTHS = 'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند'.split(
	' ',
);
const GREGORIAN_MONTHS =
	'ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر'.split(' ');
const WEEKDAYS_FA = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'];
const FILLERS = [
	'وی همچنین بر گسترش همکاری‌های دوجانبه در همه زمینه‌ها تأکید کرد.',
	'دو طرف از روند کنونی روابط ابراز رضایت کردند.',
	'در این دیدار بر اجرای توافق‌های پیشین تأکید شد.',
	'هیئت همراه نیز در این نشست حضور داشتند.',
	'این سفر در ادامه رایزنی‌های منطقه‌ای دو کشور انجام می‌شود.',
];

const FIRST_DAY = Date.UTC(1990, 0, 1);
const DAYS = (Date.UTC(2025, 11, 31) - FIRST_DAY) / 86_400_000 + 1;
const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

interface Day {
	y: number;
	m: number;
	d: number;
}
const toDay = (index: number): Day => {
	const date = new Date(FIRST_DAY + index * DAY_MS);
	return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};
const iso = ({ y, m, d }: Day) => `${y}-${pad(m)}-${pad(d)}`;
/** The weekday of a calendar day (0 = Sunday), whatever the time zone. */
const weekdayOf = ({ y, m, d }: Day) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
const fa = (text: string | number) => formatDigits(String(text), 'fa');

/** An article's text, built sentence by sentence, remembering where each cited span lies. */
class Article {
	text = '';
	readonly passages: Passage[] = [];
	constructor(readonly source: string) {}
	/** Appends `sentence`; returns the id of the passage covering `cited` (all of it by default). */
	add(sentence: string, cited: string | null = sentence): string {
		const at = this.text.length + (this.text ? 1 : 0);
		this.text += (this.text ? '\n' : '') + sentence;
		if (cited === null) return '';
		const start = at + sentence.indexOf(cited);
		const id = `${this.source}-${this.passages.length + 1}`;
		this.passages.push({ id, source: this.source, start, end: start + cited.length, text: cited });
		return id;
	}
}

/** A synthetic dataset of `n` events; the same `n` and `seed` always give the same dataset. */
export function generateSynthetic({ n, seed = 1 }: { n: number; seed?: number }): Dataset {
	const random = toRandom(seed);
	const int = (below: number) => Math.floor(random() * below);
	const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
	const chance = (p: number) => random() < p;

	const people: Person[] = [];
	const roles = new Map<string, Names>();
	const byCountry = new Map<string, Person[]>();
	const personIds = new IdSet();
	const others = Object.keys(COUNTRIES).filter((c) => c !== 'IR' && c !== 'KZ');
	// Everyone from Iran or Kazakhstan, but at least one person from every other country.
	const peopleCount = Math.max(40, Math.round(n / 15));
	for (let i = 0; i < peopleCount; i++) {
		const country = i < others.length ? others[i]! : i % 2 ? 'KZ' : 'IR';
		const [firsts, lasts] = NAME_POOLS[country] ?? NAME_POOLS[POOL_OF[country]!]!;
		const [first, last] = [pick(namesOf(firsts)), pick(namesOf(lasts))];
		const en = `${first.en} ${last.en}`;
		const person = {
			id: personIds.claim(en.toLowerCase().replace(/[^a-z]+/g, '-')),
			name: { en, fa: `${first.fa} ${last.fa}` },
			country,
		};
		people.push(person);
		roles.set(person.id, chance(0.2) ? ROLES[0]! : pick(ROLES));
		byCountry.set(country, [...(byCountry.get(country) ?? []), person]);
	}
	const personFrom = (country: string) => pick(byCountry.get(country)!);
	const capitalOf = (country: string) => CAPITALS.find((p) => p.country === country)!;
	const roleOf = (p: Person) => {
		const role = roles.get(p.id)!;
		const country = COUNTRIES[p.country]!;
		// No Arabic: an Arabic role and country need more grammar than joining them.
		return { en: `${role.en} of ${country.en}`, fa: `${role.fa} ${country.fa}` };
	};

	const sources: Source[] = [];
	const passages: Passage[] = [];
	const events: Event[] = [];
	const eventIds = new IdSet();

	/** Participants, place and topics of one meeting. */
	const meeting = () => {
		const away = chance(0.7) ? 'KZ' : pick(others);
		const a = personFrom('IR');
		const b = personFrom(away);
		const third = chance(0.1) ? personFrom(pick(others)) : null;
		const place = chance(0.15) ? pick(CAPITALS) : capitalOf(chance(0.5) ? 'IR' : away);
		const topics = [...new Set([pick(TOPICS), pick(TOPICS), pick(TOPICS)].slice(0, 1 + int(3)))];
		return { people: third && third.id !== b.id ? [a, b, third] : [a, b], place, topics };
	};

	for (let k = 1; events.length < n; k++) {
		const outlet = pick(OUTLETS);
		const sourceId = `${outlet.en.toLowerCase().replace(/[^a-z]+/g, '-')}-${k}`;
		const article = new Article(sourceId);
		const dayIndex = int(DAYS);
		const day = toDay(dayIndex);
		const weekday = weekdayOf(day);
		const jalali = toJalaliIso(new Date(day.y, day.m - 1, day.d));
		const [jy, jm, jd] = jalali.split('-').map(Number) as [number, number, number];
		const printedDate = `${WEEKDAYS_FA[weekday]} ${fa(jd)} ${JALALI_MONTHS[jm - 1]} ${fa(jy)}`;
		const main = meeting();
		const [a, b] = main.people as [Person, Person];
		const names = main.people.map((p) => `${p.name.fa}، ${roleOf(p).fa}،`);

		article.add(`دیدار ${a.name.fa} و ${b.name.fa} در ${main.place.name.fa}`, null);
		const publishedPassage = article.add(`تاریخ انتشار: ${printedDate}`, printedDate);
		const meetPassage = article.add(
			`به گزارش ${outlet.fa}، ${names[0]} در ${main.place.name.fa} با ${names.slice(1).join(' و ')} دیدار و گفت‌وگو کرد.`,
		);
		const datePhrase = `روز ${printedDate}`;
		const datePassage = article.add(`این دیدار ${datePhrase} برگزار شد.`, datePhrase);
		const topicsText = main.topics.map((t) => TOPIC_LABELS[t].fa).join(' و ');
		const topicPassage = article.add(`دو طرف درباره ${topicsText} گفت‌وگو کردند.`);
		const setting = chance(0.5) ? pick(SETTINGS) : null;
		const settingPassage = setting
			? article.add(`این دیدار در قالب ${SETTING_LABELS[setting].fa} انجام شد.`)
			: '';
		const figure = chance(0.15) ? 1 + int(20) : null;
		const figurePassage = figure
			? article.add(`${a.name.fa} گفت حجم مبادلات باید به ${fa(figure)} میلیارد دلار برسد.`)
			: '';
		article.add(pick(FILLERS), null);

		const mainEvent: Event = {
			id: eventIds.claim(`${iso(day)}-${main.place.id}`),
			kind: 'reported',
			title: chance(0.5)
				? {
						en: `${a.name.en} meets ${b.name.en} in ${main.place.name.en}`,
						fa: `دیدار ${a.name.fa} و ${b.name.fa} در ${main.place.name.fa}`,
					}
				: {
						en: `${a.name.en} and ${b.name.en} hold talks: ${TOPIC_LABELS[main.topics[0]!].en}`,
						fa: `گفت‌وگوی ${a.name.fa} و ${b.name.fa} درباره ${TOPIC_LABELS[main.topics[0]!].fa}`,
					},
			summary: {
				en: `${a.name.en} (${roleOf(a).en}) met ${main.people
					.slice(1)
					.map((p) => `${p.name.en} (${roleOf(p).en})`)
					.join(' and ')} in ${main.place.name.en}.`,
				fa: `${a.name.fa} در ${main.place.name.fa} با ${b.name.fa} دیدار کرد.`,
				passages: [meetPassage],
			},
			date: {
				start: iso(day),
				precision: 'day',
				certainty: 'stated',
				note: {
					en: 'The article prints the weekday and the Solar Hijri date.',
					fa: 'روز هفته و تاریخ خورشیدی در خبر آمده است.',
				},
				passages: [datePassage],
				weekday: { day: weekday, passage: datePassage },
				jalali: { date: jalali, passage: datePassage },
			},
			place: {
				place: main.place.id,
				country: main.place.country,
				certainty: 'stated',
				passages: [meetPassage],
			},
			participants: main.people.map((p) => ({
				person: p.id,
				role: roleOf(p),
				country: p.country,
				passages: [meetPassage],
			})),
			...(setting
				? {
						setting: {
							kind: setting,
							label: { ...SETTING_LABELS[setting] },
							passages: [settingPassage],
						},
					}
				: {}),
			topics: main.topics.map((topic) => ({ topic, passages: [topicPassage] })),
			outcomes: figure
				? [
						{
							kind: 'target',
							text: {
								en: `Trade to reach ${figure} billion dollars`,
								fa: `رسیدن مبادلات به ${fa(figure)} میلیارد دلار`,
							},
							figure: { value: figure, unit: { en: 'billion dollars', fa: 'میلیارد دلار' } },
							passages: [figurePassage],
						},
					]
				: [],
		};
		events.push(mainEvent);

		if (chance(0.35) && events.length < n) {
			const other = meeting();
			const [x, y] = other.people as [Person, Person];
			const when = toMentionedDate(dayIndex, int, chance);
			const sentence = `${a.name.fa} همچنین از دیدار ${x.name.fa} و ${y.name.fa} در ${other.place.name.fa} ${when.phrase} یاد کرد.`;
			const mentionPassage = article.add(sentence);
			const whenPassage = article.add(`به گفته وی، آن دیدار ${when.phrase} بود.`, when.phrase);
			events.push({
				id: eventIds.claim(`${when.date.start}-${other.place.id}`),
				kind: 'mentioned',
				title: {
					en: `${x.name.en} and ${y.name.en} meet in ${other.place.name.en}`,
					fa: `دیدار ${x.name.fa} و ${y.name.fa} در ${other.place.name.fa}`,
				},
				summary: {
					en: `The article mentions a meeting of ${x.name.en} and ${y.name.en} in ${other.place.name.en}.`,
					passages: [mentionPassage],
				},
				date: { ...when.date, passages: [whenPassage] },
				place: {
					place: other.place.id,
					country: other.place.country,
					certainty: 'stated',
					passages: [mentionPassage],
				},
				participants: [x, y].map((p) => ({
					person: p.id,
					role: roleOf(p),
					country: p.country,
					passages: [mentionPassage],
				})),
				topics: [],
				outcomes: [],
			});
		}

		sources.push({
			id: sourceId,
			language: 'fa',
			outlet: { printed: outlet.fa, en: outlet.en },
			headline: `دیدار ${a.name.fa} و ${b.name.fa} در ${main.place.name.fa}`,
			published: {
				printed: printedDate,
				iso: iso(day),
				passage: publishedPassage,
				jalali,
				weekday,
			},
			text: article.text,
		});
		passages.push(...article.passages);
	}

	const placeIds = new Set(events.map((e) => e.place?.place));
	const used = new Set(events.flatMap((e) => e.participants.map((p) => p.person)));
	return {
		title: {
			en: `Synthetic chronology (${n} events, seed ${seed})`,
			fa: `گاه‌شمار ساختگی (${fa(n)} رویداد)`,
		},
		sources,
		passages,
		people: people.filter((p) => used.has(p.id)),
		places: CAPITALS.filter((p) => placeIds.has(p.id)),
		events,
	};
}

/** A mentioned event's date near the article's day: its phrase in Persian and the date record. */
function toMentionedDate(
	dayIndex: number,
	int: (below: number) => number,
	chance: (p: number) => boolean,
): { phrase: string; date: Omit<Event['date'], 'passages'> } {
	const earlier = toDay(Math.max(0, dayIndex - 1 - int(900)));
	const { y, m, d } = earlier;
	const month = GREGORIAN_MONTHS[m - 1]!;
	const note = (en: string) => ({ en });
	const r = int(100);
	if (r < 35)
		return {
			phrase: `در ${fa(d)} ${month} ${fa(y)}`,
			date: {
				start: iso(earlier),
				precision: 'day',
				certainty: 'stated',
				note: note('The article gives the day.'),
			},
		};
	if (r < 60)
		return {
			phrase: `در ${month} ${fa(y)}`,
			date: {
				start: `${y}-${pad(m)}`,
				precision: 'month',
				certainty: 'stated',
				note: note('The article gives only the month.'),
			},
		};
	if (r < 78)
		return {
			phrase: `در سال ${fa(y)}`,
			date: {
				start: String(y),
				precision: 'year',
				certainty: 'stated',
				note: note('The article gives only the year.'),
			},
		};
	if (r < 92) {
		const last = toDay(Math.min(DAYS - 1, dayIndex + 1 + int(40)));
		const sameYear = last.y === y;
		return {
			phrase: `از ${fa(d)} ${month}${sameYear ? '' : ` ${fa(y)}`} تا ${fa(last.d)} ${GREGORIAN_MONTHS[last.m - 1]} ${fa(last.y)}`,
			date: {
				start: iso(earlier),
				end: iso(last),
				precision: 'range',
				certainty: chance(0.5) ? 'stated' : 'derived',
				note: note('Somewhere between the two days the article names.'),
			},
		};
	}
	return {
		phrase: `حدود ${fa(d)} ${month} ${fa(y)}`,
		date: {
			start: iso(earlier),
			precision: 'about',
			certainty: 'derived',
			note: note('The article says "about" this day.'),
		},
	};
}

/** The file's text: compact JSON (a 10,000-event file is large enough), with a final newline. */
export function formatSynthetic(dataset: Dataset): string {
	return `${JSON.stringify(dataset)}\n`;
}

/** `--n 10000 --seed 1 --out path` (or `--n=10000`). */
export function parseArgs(argv: readonly string[]): { n: number; seed: number; out: string } {
	const args = new Map<string, string>();
	for (let i = 0; i < argv.length; i++) {
		const [key, inline] = argv[i]!.split('=', 2);
		if (!key!.startsWith('--')) throw new Error(`unexpected argument "${argv[i]}"`);
		args.set(key!.slice(2), inline ?? argv[++i] ?? '');
	}
	for (const key of args.keys())
		if (!['n', 'seed', 'out'].includes(key)) throw new Error(`unknown option --${key}`);
	const n = Number(args.get('n') ?? 1000);
	const seed = Number(args.get('seed') ?? 1);
	if (!Number.isInteger(n) || n < 1)
		throw new Error(`expected --n to be a positive integer, found "${args.get('n')}"`);
	if (!Number.isInteger(seed))
		throw new Error(`expected --seed to be an integer, found "${args.get('seed')}"`);
	return { n, seed, out: args.get('out') || `public/synthetic/synthetic-${n}-${seed}.json` };
}

const isMain =
	process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''));
if (isMain) {
	try {
		const { n, seed, out } = parseArgs(process.argv.slice(2));
		const text = formatSynthetic(generateSynthetic({ n, seed }));
		mkdirSync(dirname(out), { recursive: true });
		writeFileSync(out, text);
		console.log(
			`gen:synthetic: wrote ${n} events (seed ${seed}) to ${out}, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`,
		);
	} catch (error) {
		console.error(`gen:synthetic: ${(error as Error).message}`);
		process.exit(1);
	}
}
