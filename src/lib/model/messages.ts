/**
 * The words of the interface in English, Persian and Arabic (our own words; source quotes are never
 * translated). `formatMessage` fills `{placeholders}`; numbers in them are localized by the caller.
 */
import { formatDigits, toAsciiDigits } from './dates.ts';
import { toPluralCategory } from './plural.ts';
import type { DateCertainty, Lang, Localized, SettingKind, Topic } from './types.ts';

type Entry = Record<Lang, string>;

const M = {
	appTitle: {
		en: 'Iran–Kazakhstan summitry, 2014–2025',
		fa: 'دیدارهای سران ایران و قزاقستان، ۲۰۱۴ تا ۲۰۲۵',
		ar: 'قمم إيران وكازاخستان، ٢٠١٤–٢٠٢٥',
	},
	appIntro: {
		en: 'Every meeting on this timeline comes from an original Persian or Arabic article. Select a meeting to see its facts, each linked to the exact words of its source.',
		fa: 'هر دیدار در این گاه‌شمار از یک خبر اصلی فارسی یا عربی آمده است. دیداری را برگزینید تا واقعیت‌های آن را ببینید؛ هر واقعیت به عین عبارت منبعش پیوند دارد.',
		ar: 'كل لقاء في هذا الخط الزمني مأخوذ من مقال أصلي بالفارسية أو العربية. اختر لقاءً لترى وقائعه، وكل واقعة مرتبطة بالنص الحرفي لمصدرها.',
	},
	skip: {
		en: 'Skip to the meeting details',
		fa: 'رفتن به جزئیات دیدار',
		ar: 'الانتقال إلى تفاصيل اللقاء',
	},
	dismiss: { en: 'Dismiss', fa: 'بستن', ar: 'إغلاق' },
	unknownEvent: {
		en: 'No meeting with the id “{id}”. Showing the whole timeline instead.',
		fa: 'دیداری با شناسهٔ «{id}» وجود ندارد. کل گاه‌شمار نمایش داده می‌شود.',
		ar: 'لا يوجد لقاء بالمعرّف «{id}». يُعرض الخط الزمني كاملًا بدلًا من ذلك.',
	},
	ignoredParams: {
		en: 'Ignored part of the link: {problems}.',
		fa: 'بخشی از پیوند نادیده گرفته شد: {problems}.',
		ar: 'تم تجاهل جزء من الرابط: {problems}.',
	},
	missingPassage: {
		en: 'The passage “{id}” is missing from the data.',
		fa: 'بند «{id}» در داده‌ها نیست.',
		ar: 'المقطع «{id}» غير موجود في البيانات.',
	},
	brokenData: {
		en: 'The dataset could not be loaded',
		fa: 'داده‌ها بارگذاری نشد',
		ar: 'تعذّر تحميل البيانات',
	},
	introHeading: { en: 'Start with a summit', fa: 'از یک دیدار آغاز کنید', ar: 'ابدأ بلقاء قمة' },
	introText: {
		en: 'Select any event on the timeline, or one of the meetings the sources report:',
		fa: 'رویدادی را روی گاه‌شمار برگزینید، یا یکی از دیدارهایی را که منابع گزارش کرده‌اند:',
		ar: 'اختر أي حدث على الخط الزمني، أو أحد اللقاءات التي تنقلها المصادر:',
	},
	footer: {
		en: 'Sources: IRNA, ILNA, Zamar News and Al-Alam, quoted verbatim. Titles and summaries are the editors’ own words; dates not printed in a source are marked as such.',
		fa: 'منابع: ایرنا، ایلنا، زمر نیوز و العالم، با نقل عین عبارت. عنوان‌ها و خلاصه‌ها نوشتهٔ ویراستاران است؛ تاریخ‌هایی که در منبع چاپ نشده‌اند مشخص شده‌اند.',
		ar: 'المصادر: إرنا وإيلنا وزمر نيوز والعالم، مقتبسة حرفيًا. العناوين والملخصات من صياغة المحررين؛ والتواريخ غير المطبوعة في المصدر مشار إليها.',
	},
	language: { en: 'Language', fa: 'زبان', ar: 'اللغة' },
	calendar: { en: 'Calendar', fa: 'تقویم', ar: 'التقويم' },
	calGregorian: { en: 'Gregorian', fa: 'میلادی', ar: 'ميلادي' },
	calJalali: { en: 'Solar Hijri', fa: 'هجری شمسی', ar: 'هجري شمسي' },
	calHijri: { en: 'Lunar Hijri', fa: 'هجری قمری', ar: 'هجري قمري' },
	timeline: { en: 'Timeline', fa: 'گاه‌شمار', ar: 'الخط الزمني' },
	zoomPan: { en: 'Zoom and pan', fa: 'بزرگ‌نمایی و جابه‌جایی', ar: 'التكبير والتحريك' },
	earlier: { en: 'Earlier', fa: 'پیش‌تر', ar: 'أقدم' },
	later: { en: 'Later', fa: 'پس‌تر', ar: 'أحدث' },
	zoomIn: { en: 'Zoom in', fa: 'بزرگ‌نمایی', ar: 'تكبير' },
	zoomOut: { en: 'Zoom out', fa: 'کوچک‌نمایی', ar: 'تصغير' },
	fitAll: { en: 'Fit all', fa: 'نمایش همه', ar: 'عرض الكل' },
	legendReported: { en: 'Reported meeting', fa: 'دیدار گزارش‌شده', ar: 'لقاء منقول' },
	legendMentioned: {
		en: 'Mentioned in a source',
		fa: 'یادشده در منبع',
		ar: 'مذكور في مصدر',
	},
	legendImprecise: {
		en: 'Date known only roughly',
		fa: 'تاریخ تقریبی',
		ar: 'تاريخ تقريبي',
	},
	laneBilateral: {
		en: 'Iran–Kazakhstan meetings',
		fa: 'دیدارهای ایران و قزاقستان',
		ar: 'لقاءات إيران وكازاخستان',
	},
	laneBilateralShort: { en: 'Iran–Kaz.', fa: 'ایران–قزاق.', ar: 'إيران–كاز.' },
	laneContext: {
		en: 'Summits and other meetings',
		fa: 'نشست‌ها و دیدارهای دیگر',
		ar: 'قمم ولقاءات أخرى',
	},
	laneContextShort: { en: 'Other', fa: 'دیگر', ar: 'أخرى' },
	eventsHelp: {
		en: 'Events; arrow keys move between events, + and − zoom',
		fa: 'رویدادها؛ کلیدهای جهت میان رویدادها جابه‌جا می‌کنند، + و − بزرگ‌نمایی',
		ar: 'الأحداث؛ مفاتيح الأسهم تنتقل بين الأحداث، و+ و− للتكبير',
	},
	kindReported: { en: 'Reported meeting', fa: 'دیدار گزارش‌شده', ar: 'لقاء منقول' },
	kindMentioned: { en: 'Mentioned in a source', fa: 'یادشده در منبع', ar: 'مذكور في مصدر' },
	date: { en: 'Date', fa: 'تاریخ', ar: 'التاريخ' },
	howDate: { en: 'How we know the date', fa: 'تاریخ از کجا معلوم است', ar: 'كيف نعرف التاريخ' },
	place: { en: 'Place', fa: 'مکان', ar: 'المكان' },
	setting: { en: 'Setting', fa: 'چارچوب', ar: 'الإطار' },
	participants: { en: 'Participants', fa: 'شرکت‌کنندگان', ar: 'المشاركون' },
	topics: { en: 'Topics', fa: 'موضوع‌ها', ar: 'الموضوعات' },
	outcomes: {
		en: 'What was said and agreed',
		fa: 'آنچه گفته و توافق شد',
		ar: 'ما قيل وما اتُّفق عليه',
	},
	related: { en: 'Related', fa: 'مرتبط', ar: 'ذو صلة' },
	partOf: { en: 'Part of', fa: 'بخشی از', ar: 'جزء من' },
	summary: { en: 'Summary', fa: 'خلاصه', ar: 'الملخص' },
	participant: { en: 'Participant', fa: 'شرکت‌کننده', ar: 'مشارك' },
	topic: { en: 'Topic', fa: 'موضوع', ar: 'موضوع' },
	outcome: { en: 'Outcome', fa: 'نتیجه', ar: 'نتيجة' },
	sourceOne: { en: 'Source', fa: 'منبع', ar: 'المصدر' },
	sourceMany: { en: 'Sources', fa: 'منابع', ar: 'المصادر' },
	citing: {
		en: '{outlet} citing {via}',
		fa: '{outlet} به نقل از {via}',
		ar: '{outlet} نقلًا عن {via}',
	},
	cite: {
		en: 'Show source passage {n} for {fact}',
		fa: 'نمایش بند {n} منبع برای {fact}',
		ar: 'عرض المقطع {n} من المصدر لـ{fact}',
	},
	citeTitle: { en: 'Show this in the source', fa: 'نمایش در منبع', ar: 'اعرضه في المصدر' },
	article: { en: 'Article', fa: 'خبر', ar: 'المقال' },
	hintMarked: {
		en: '{n} highlighted {n, plural, one {passage supports} other {passages support}} the selected meeting. Activate a highlight to see the facts it supports.',
		fa: '{n} بند برجسته، دیدار برگزیده را {n, plural, one {پشتیبانی می‌کند} other {پشتیبانی می‌کنند}}. با فعال کردن هر بند، واقعیت‌های متکی به آن را ببینید.',
		ar: '{n} من المقاطع المظللة تدعم اللقاء المختار. فعّل مقطعًا لترى الوقائع التي يدعمها.',
	},
	hintNone: {
		en: 'This article cites nothing for the selected meeting; its sources are marked ✓ in the list.',
		fa: 'این خبر برای دیدار برگزیده چیزی ندارد؛ منابع آن در فهرست با ✓ مشخص‌اند.',
		ar: 'لا يستشهد هذا المقال بشيء للقاء المختار؛ مصادره معلّمة بـ ✓ في القائمة.',
	},
	hintIdle: {
		en: 'Select a meeting to highlight the passages that support it.',
		fa: 'دیداری را برگزینید تا بندهای پشتیبان آن برجسته شوند.',
		ar: 'اختر لقاءً لتظليل المقاطع التي تدعمه.',
	},
	published: { en: 'Published', fa: 'تاریخ انتشار', ar: 'تاريخ النشر' },
	noPublished: {
		en: 'No publication date printed',
		fa: 'تاریخ انتشار چاپ نشده',
		ar: 'لا يوجد تاريخ نشر مطبوع',
	},
	file: { en: 'File', fa: 'پرونده', ar: 'الملف' },
	langFa: { en: 'Persian', fa: 'فارسی', ar: 'الفارسية' },
	langAr: { en: 'Arabic', fa: 'عربی', ar: 'العربية' },
	langEn: { en: 'English', fa: 'انگلیسی', ar: 'الإنجليزية' },
	backref: {
		en: 'Passage {n}: go to the facts it supports',
		fa: 'بند {n}: رفتن به واقعیت‌هایی که پشتیبانی می‌کند',
		ar: 'المقطع {n}: الانتقال إلى الوقائع التي يدعمها',
	},
	search: { en: 'Search', fa: 'جستجو', ar: 'بحث' },
	searchPlaceholder: {
		en: 'Names, places, topics, words in the articles…',
		fa: 'نام، مکان، موضوع، واژه‌ای از خبرها…',
		ar: 'أسماء، أماكن، موضوعات، كلمات من المقالات…',
	},
	searchResults: {
		en: '{events} matching {events, plural, one {event} other {events}}; {hits} {hits, plural, one {match} other {matches}} in the articles',
		fa: '{events} رویداد یافت شد؛ {hits} مورد در متن خبرها',
		ar: '{events} من الأحداث المطابقة؛ {hits} من المطابقات في المقالات',
	},
	searchResultsEvents: {
		en: '{events} matching {events, plural, one {event (its} other {events (their}} fields and cited passages; matches are marked in the article shown)',
		fa: '{events} رویداد یافت شد (در ویژگی‌ها و بندهای استنادشده؛ موارد در خبرِ نمایش‌داده نشانه‌گذاری شده‌اند)',
		ar: '{events} من الأحداث المطابقة (في حقولها ومقاطعها المستشهد بها؛ المطابقات معلّمة في المقال المعروض)',
	},
	searchIndexing: {
		en: 'Preparing the search…',
		fa: 'در حال آماده‌سازی جست‌وجو…',
		ar: 'جارٍ تجهيز البحث…',
	},
	notMatching: {
		en: 'does not match the search',
		fa: 'با جستجو جور نیست',
		ar: 'لا يطابق البحث',
	},
	noResults: {
		en: 'Nothing matches “{q}”.',
		fa: 'چیزی با «{q}» جور نیست.',
		ar: 'لا شيء يطابق «{q}».',
	},
	views: { en: 'Views', fa: 'نماها', ar: 'طرق العرض' },
	viewTimeline: { en: 'Timeline', fa: 'گاه‌شمار', ar: 'الخط الزمني' },
	viewChronology: { en: 'Chronology', fa: 'روزشمار', ar: 'التسلسل الزمني' },
	viewMatrix: { en: 'Topics', fa: 'موضوع‌ها', ar: 'الموضوعات' },
	viewMap: { en: 'Map', fa: 'نقشه', ar: 'الخريطة' },
	viewTable: { en: 'Table', fa: 'جدول', ar: 'جدول' },
	tableEvent: { en: 'Event', fa: 'رویداد', ar: 'الحدث' },
	tableCaption: {
		en: '{n} {n, plural, one {event} other {events}}; activate a column heading to sort by it.',
		fa: '{n} رویداد؛ برای مرتب‌سازی، سرستون را فعال کنید.',
		ar: '{n} من الأحداث؛ فعّل عنوان عمود للترتيب حسبه.',
	},
	theme: { en: 'Theme', fa: 'پوسته', ar: 'المظهر' },
	themeSystem: { en: 'System', fa: 'مانند سیستم', ar: 'حسب النظام' },
	themeLight: { en: 'Light', fa: 'روشن', ar: 'فاتح' },
	themeDark: { en: 'Dark', fa: 'تیره', ar: 'داكن' },
	loadingView: { en: 'Loading the view…', fa: 'در حال بارگذاری نما…', ar: 'جارٍ تحميل العرض…' },
	viewFailed: {
		en: 'This view could not be shown: {error}',
		fa: 'این نما نمایش داده نشد: {error}',
		ar: 'تعذّر عرض هذا العرض: {error}',
	},
	retry: { en: 'Try again', fa: 'تلاش دوباره', ar: 'إعادة المحاولة' },
	detailsFailed: {
		en: 'The details could not be shown: {error}',
		fa: 'جزئیات نمایش داده نشد: {error}',
		ar: 'تعذّر عرض التفاصيل: {error}',
	},
	exportFailed: {
		en: 'The export controls could not be shown: {error}',
		fa: 'ابزارهای خروجی نمایش داده نشد: {error}',
		ar: 'تعذّر عرض أدوات التصدير: {error}',
	},
	embed: { en: 'Embed', fa: 'جاسازی', ar: 'تضمين' },
	embedTitle: {
		en: 'Embed this view',
		fa: 'جاسازی این نما',
		ar: 'تضمين هذا العرض',
	},
	embedHelp: {
		en: 'Paste this code into a web page or a slide tool that accepts HTML. It shows the current view, selection, language, calendar, search and filters, live.',
		fa: 'این کد را در یک صفحهٔ وب یا ابزار اسلاید که HTML می‌پذیرد بچسبانید. نمای کنونی، گزینش، زبان، تقویم، جستجو و پالایه‌ها را زنده نشان می‌دهد.',
		ar: 'الصق هذه الشيفرة في صفحة ويب أو أداة عروض تقبل HTML. تعرض العرض الحالي والاختيار واللغة والتقويم والبحث وعوامل التصفية مباشرة.',
	},
	embedView: { en: 'View', fa: 'نما', ar: 'العرض' },
	embedSize: { en: 'Size', fa: 'اندازه', ar: 'الحجم' },
	embedWidth: { en: 'Width', fa: 'پهنا', ar: 'العرض بالبكسل' },
	embedHeight: { en: 'Height', fa: 'بلندی', ar: 'الارتفاع' },
	embedCode: { en: 'Embed code', fa: 'کد جاسازی', ar: 'شيفرة التضمين' },
	copy: { en: 'Copy', fa: 'رونوشت', ar: 'نسخ' },
	copied: { en: 'Copied.', fa: 'رونوشت شد.', ar: 'تم النسخ.' },
	copyFailed: {
		en: 'Copying was not allowed; select the code and copy it.',
		fa: 'رونوشت‌برداری مجاز نبود؛ کد را برگزینید و رونوشت کنید.',
		ar: 'لم يُسمح بالنسخ؛ حدّد الشيفرة وانسخها.',
	},
	preview: { en: 'Preview', fa: 'پیش‌نمایش', ar: 'معاينة' },
	close: { en: 'Close', fa: 'بستن', ar: 'إغلاق' },
	openFull: {
		en: 'Open the full chronology',
		fa: 'گشودن گاه‌شمار کامل',
		ar: 'فتح الخط الزمني الكامل',
	},
	present: { en: 'Present', fa: 'ارائه', ar: 'عرض تقديمي' },
	presentTitle: { en: 'Presentation', fa: 'ارائه', ar: 'العرض التقديمي' },
	presentHelp: {
		en: '→, PageDown or Space: next; ←, PageUp: previous; Home, End; Esc leaves.',
		fa: '← ، PageDown یا فاصله: بعدی؛ → ، PageUp: قبلی؛ Home و End؛ Esc برای خروج.',
		ar: '← أو PageDown أو المسافة: التالي؛ → أو PageUp: السابق؛ Home وEnd؛ Esc للخروج.',
	},
	step: { en: 'Step {n} of {total}', fa: 'گام {n} از {total}', ar: 'الخطوة {n} من {total}' },
	next: { en: 'Next', fa: 'بعدی', ar: 'التالي' },
	previous: { en: 'Previous', fa: 'قبلی', ar: 'السابق' },
	leave: { en: 'Leave presentation', fa: 'خروج از ارائه', ar: 'إنهاء العرض' },
	keyQuote: { en: 'In the source’s words', fa: 'به روایت منبع', ar: 'بنص المصدر' },
	noMeetings: {
		en: 'No meeting to present with these filters.',
		fa: 'با این پالایه‌ها دیداری برای ارائه نیست.',
		ar: 'لا توجد لقاءات للعرض بعوامل التصفية هذه.',
	},
	quotes: { en: 'Quoted passages', fa: 'بندهای نقل‌شده', ar: 'المقاطع المقتبسة' },
	filters: { en: 'Filters', fa: 'پالایه‌ها', ar: 'عوامل التصفية' },
	filterPerson: { en: 'Participant', fa: 'شرکت‌کننده', ar: 'المشارك' },
	filterCountry: { en: 'Country', fa: 'کشور', ar: 'الدولة' },
	filterPlace: { en: 'Place', fa: 'مکان', ar: 'المكان' },
	filterTopic: { en: 'Topic', fa: 'موضوع', ar: 'الموضوع' },
	filterKind: { en: 'Reported or mentioned', fa: 'گزارش‌شده یا یادشده', ar: 'منقول أو مذكور' },
	filterSource: { en: 'Source', fa: 'منبع', ar: 'المصدر' },
	filterAny: { en: 'Any', fa: 'همه', ar: 'الكل' },
	kindReportedOnly: { en: 'Reported meetings', fa: 'دیدارهای گزارش‌شده', ar: 'اللقاءات المنقولة' },
	kindMentionedOnly: { en: 'Mentioned events', fa: 'رویدادهای یادشده', ar: 'الأحداث المذكورة' },
	clearFilters: { en: 'Clear filters', fa: 'پاک کردن پالایه‌ها', ar: 'مسح عوامل التصفية' },
	shown: {
		en: '{shown} of {total} {total, plural, one {event} other {events}} shown',
		fa: '{shown} از {total} رویداد نمایش داده شده',
		ar: 'يُعرض {shown} من {total, plural, one {حدث واحد} two {حدثين} few {# أحداث} many {# حدثًا} other {# حدث}}',
	},
	noneShown: {
		en: 'No event matches these filters.',
		fa: 'هیچ رویدادی با این پالایه‌ها جور نیست.',
		ar: 'لا يطابق أي حدث عوامل التصفية هذه.',
	},
	notInFilter: {
		en: 'The selected event is hidden by the filters.',
		fa: 'رویداد برگزیده با پالایه‌ها پنهان شده است.',
		ar: 'الحدث المختار مخفي بسبب عوامل التصفية.',
	},
	// datasets (opening a user's file or link)
	dataset: { en: 'Dataset', fa: 'مجموعهٔ داده', ar: 'مجموعة البيانات' },
	datasetBuiltin: {
		en: 'Built-in: {events} {events, plural, one {event} other {events}} from {sources} {sources, plural, one {article} other {articles}}',
		fa: 'داده‌های اصلی: {events} رویداد از {sources} خبر',
		ar: 'البيانات المدمجة: {events, plural, one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}} من {sources, plural, one {مقال واحد} two {مقالين} few {# مقالات} many {# مقالًا} other {# مقال}}',
	},
	datasetSummary: {
		en: '{name}: {events} {events, plural, one {event} other {events}}, {sources} {sources, plural, one {source} other {sources}}',
		fa: '{name}: {events} رویداد، {sources} منبع',
		ar: '{name}: {events, plural, one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}، {sources, plural, one {مصدر واحد} two {مصدران} few {# مصادر} many {# مصدرًا} other {# مصدر}}',
	},
	openDataset: { en: 'Open dataset…', fa: 'باز کردن داده…', ar: 'فتح بيانات…' },
	openBuiltin: {
		en: 'Back to the built-in dataset',
		fa: 'بازگشت به داده‌های اصلی',
		ar: 'العودة إلى البيانات المدمجة',
	},
	openHint: {
		en: 'JSON or CSV, chosen or dropped on the page. It is read in your browser and never uploaded.',
		fa: 'JSON یا CSV، برگزیده یا رهاشده روی صفحه. در مرورگر شما خوانده می‌شود و هرگز بارگذاری نمی‌شود.',
		ar: 'JSON أو CSV، باختياره أو بإفلاته على الصفحة. يُقرأ في متصفحك ولا يُرفع أبدًا.',
	},
	fileNotInLink: {
		en: 'Opened from a file: links to this page open the built-in dataset.',
		fa: 'از یک پرونده باز شده است: پیوند این صفحه داده‌های اصلی را باز می‌کند.',
		ar: 'فُتحت من ملف: روابط هذه الصفحة تفتح البيانات المدمجة.',
	},
	loadingRead: {
		en: 'Reading {name}: {loaded} of {total}',
		fa: 'در حال خواندن {name}: {loaded} از {total}',
		ar: 'جارٍ قراءة {name}: {loaded} من {total}',
	},
	loadingReadOpen: {
		en: 'Reading {name}: {loaded}',
		fa: 'در حال خواندن {name}: {loaded}',
		ar: 'جارٍ قراءة {name}: {loaded}',
	},
	loadingCheck: {
		en: 'Checking {name}…',
		fa: 'در حال بررسی {name}…',
		ar: 'جارٍ فحص {name}…',
	},
	cancel: { en: 'Cancel', fa: 'لغو', ar: 'إلغاء' },
	loadCancelled: {
		en: 'Opening {name} was cancelled. The dataset on screen is unchanged.',
		fa: 'باز کردن {name} لغو شد. داده‌های روی صفحه تغییری نکرد.',
		ar: 'أُلغي فتح {name}. البيانات المعروضة لم تتغير.',
	},
	loadFailed: {
		en: '{name} could not be opened. The dataset on screen is unchanged.',
		fa: '{name} باز نشد. داده‌های روی صفحه تغییری نکرد.',
		ar: 'تعذّر فتح {name}. البيانات المعروضة لم تتغير.',
	},
	loadFailedCount: {
		en: 'The first {shown} of {total} problems (in English, as the data check reports them):',
		fa: '{shown} مشکل نخست از {total} (به انگلیسی، همان‌گونه که بررسی داده گزارش می‌دهد):',
		ar: 'أول {shown} من {total, plural, one {مشكلة واحدة} two {مشكلتين} few {# مشكلات} many {# مشكلةً} other {# مشكلة}} (بالإنجليزية كما يوردها فحص البيانات):',
	},
	loadFailedAll: {
		en: '{total, plural, one {The problem} other {The # problems}} (in English, as the data check reports {total, plural, one {it} other {them}}):',
		fa: '{total, plural, one {مشکل} other {# مشکل}} (به انگلیسی، همان‌گونه که بررسی داده گزارش می‌دهد):',
		ar: '{total, plural, one {المشكلة} two {المشكلتان} other {المشكلات}} (بالإنجليزية كما يوردها فحص البيانات):',
	},
	datasetOpened: {
		en: 'Opened {name}: {events} {events, plural, one {event} other {events}}.',
		fa: '{name} باز شد: {events} رویداد.',
		ar: 'فُتح {name}: {events, plural, one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}.',
	},
	datasetWarnings: {
		en: 'Opened {name}: {events} {events, plural, one {event} other {events}}. {count} {count, plural, one {thing was ignored:} other {things were ignored, first:}} {first}',
		fa: '{name} باز شد: {events} رویداد. {count} مورد نادیده گرفته شد، نخستین: {first}',
		ar: 'فُتح {name}: {events, plural, one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}. تم تجاهل {count, plural, one {عنصر واحد، وهو} two {عنصرين، أولهما} few {# عناصر، أولها} many {# عنصرًا، أولها} other {# عنصر، أولها}}: {first}',
	},
	dropHere: {
		en: 'Drop a JSON or CSV dataset to open it',
		fa: 'پروندهٔ JSON یا CSV را رها کنید تا باز شود',
		ar: 'أفلت ملف JSON أو CSV لفتحه',
	},
	dropOne: {
		en: 'Drop one file at a time.',
		fa: 'هر بار یک پرونده رها کنید.',
		ar: 'أفلت ملفًا واحدًا في كل مرة.',
	},
	openingDataset: {
		en: 'Opening the dataset…',
		fa: 'در حال باز کردن داده‌ها…',
		ar: 'جارٍ فتح البيانات…',
	},
	userIntro: {
		en: '{events} {events, plural, one {event} other {events}} from {name}. Select one on the timeline to see its facts and sources.',
		fa: '{events} رویداد از {name}. رویدادی را روی گاه‌شمار برگزینید تا واقعیت‌ها و منابعش را ببینید.',
		ar: '{events, plural, one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}} من {name}. اختر حدثًا على الخط الزمني لترى وقائعه ومصادره.',
	},
	userFooter: {
		en: 'Dataset “{name}”, opened in your browser. Its titles, dates and quotes are its authors’ own.',
		fa: 'مجموعهٔ دادهٔ «{name}»، بازشده در مرورگر شما. عنوان‌ها، تاریخ‌ها و نقل‌قول‌ها از آنِ پدیدآورندگان آن است.',
		ar: 'مجموعة البيانات «{name}»، مفتوحة في متصفحك. عناوينها وتواريخها واقتباساتها من أصحابها.',
	},
	moreEvents: {
		en: '…and {count} more on the timeline.',
		fa: '…و {count} رویداد دیگر روی گاه‌شمار.',
		ar: '…و{count, plural, one {حدث واحد آخر} two {حدثان آخران} few {# أحداث أخرى} many {# حدثًا آخر} other {# حدث آخر}} على الخط الزمني.',
	},
	noSources: {
		en: 'This dataset has no source articles.',
		fa: 'این مجموعهٔ داده خبری به‌عنوان منبع ندارد.',
		ar: 'لا تتضمن مجموعة البيانات هذه مقالات مصدرية.',
	},
	notCited: {
		en: 'no source passage given',
		fa: 'بندی از منبع داده نشده',
		ar: 'لم يُذكر مقطع من المصدر',
	},
	// timeline aggregation
	clusterLabel: {
		en: '{count} {count, plural, one {event} other {events}}, {period}. Zoom in to see {count, plural, one {it} other {them}}.',
		fa: '{count} رویداد، {period}. برای دیدنشان بزرگ‌نمایی کنید.',
		ar: '{count, plural, one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}، {period}. كبّر {count, plural, two {لرؤيتهما} other {لرؤيتها}}.',
	},
	clusterLegend: {
		en: 'A number: that many events, too close together to draw one by one',
		fa: 'عدد: شمار رویدادهایی که برای نمایش جداگانه بیش از حد به هم نزدیک‌اند',
		ar: 'الرقم: عدد الأحداث المتقاربة جدًا بحيث لا تُرسم منفردة',
	},
	// table paging
	pageNav: { en: 'Pages of the table', fa: 'صفحه‌های جدول', ar: 'صفحات الجدول' },
	pageFirst: { en: 'First page', fa: 'صفحهٔ نخست', ar: 'الصفحة الأولى' },
	pagePrevious: { en: 'Previous page', fa: 'صفحهٔ قبل', ar: 'الصفحة السابقة' },
	pageNext: { en: 'Next page', fa: 'صفحهٔ بعد', ar: 'الصفحة التالية' },
	pageLast: { en: 'Last page', fa: 'صفحهٔ آخر', ar: 'الصفحة الأخيرة' },
	pageRows: {
		en: 'Rows {first}–{last} of {total}',
		fa: 'ردیف‌های {first} تا {last} از {total}',
		ar: 'الصفوف {first}–{last} من {total}',
	},
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof M;

/**
 * A plural choice in a message: `{n, plural, one {event} other {events}}` (ICU's syntax, one level
 * deep), by the category of the count in `n`; `#` in a form stands for the count as written.
 */
const PLURAL = /\{(\w+), plural,((?:\s*(?:zero|one|two|few|many|other) \{[^{}]*\})+)\s*\}/g;
const FORM = /(zero|one|two|few|many|other) \{([^{}]*)\}/g;

/** A count from a parameter: a number, or one already written in the language's digits. */
function toCount(value: string | number): number {
	return typeof value === 'number' ? value : Number(toAsciiDigits(value).replace(/[,\u066C]/g, ''));
}

/**
 * `text` with plural choices made by the counts in `params` and `{name}` placeholders filled
 * (callers pass counts written by `formatNumber`). Shared with the charts' own words.
 */
export function fillPlaceholders(
	text: string,
	lang: Lang,
	params: Record<string, string | number>,
): string {
	return text
		.replace(PLURAL, (whole, name: string, choices: string) => {
			if (!(name in params)) return whole;
			const value = String(params[name]);
			const forms = new Map([...choices.matchAll(FORM)].map((m) => [m[1], m[2]!]));
			const form = forms.get(toPluralCategory(toCount(params[name]!), lang)) ?? forms.get('other');
			return (form ?? whole).replaceAll('#', () => value);
		})
		.replace(/\{(\w+)\}/g, (whole, name: string) =>
			name in params ? String(params[name]) : whole,
		);
}

/** A UI string in `lang`, with its placeholders and plural choices filled from `params`. */
export function formatMessage(
	key: MessageKey,
	lang: Lang,
	params: Record<string, string | number> = {},
): string {
	return fillPlaceholders(formatDigits(M[key][lang], lang), lang, params);
}

export const TOPIC_LABELS: Record<Topic, Entry> = {
	trade: { en: 'Trade', fa: 'تجارت', ar: 'التجارة' },
	transit: { en: 'Transit & transport', fa: 'ترانزیت و حمل‌ونقل', ar: 'الترانزيت والنقل' },
	energy: { en: 'Energy', fa: 'انرژی', ar: 'الطاقة' },
	agriculture: { en: 'Agriculture & food', fa: 'کشاورزی و غذا', ar: 'الزراعة والغذاء' },
	industry: { en: 'Industry & mining', fa: 'صنعت و معدن', ar: 'الصناعة والتعدين' },
	culture: { en: 'Culture', fa: 'فرهنگ', ar: 'الثقافة' },
	education: { en: 'Education', fa: 'آموزش', ar: 'التعليم' },
	science: { en: 'Science', fa: 'علم', ar: 'العلوم' },
	health: { en: 'Health & medicine', fa: 'سلامت و پزشکی', ar: 'الصحة والطب' },
	tourism: { en: 'Tourism', fa: 'گردشگری', ar: 'السياحة' },
	finance: { en: 'Banking & finance', fa: 'بانک و مالی', ar: 'المصارف والمال' },
	caspian: { en: 'Caspian Sea', fa: 'دریای خزر', ar: 'بحر قزوين' },
	'regional-organisations': {
		en: 'Regional organisations',
		fa: 'سازمان‌های منطقه‌ای',
		ar: 'المنظمات الإقليمية',
	},
	mobility: { en: 'Travel & visas', fa: 'تردد و روادید', ar: 'السفر والتأشيرات' },
	parliamentary: { en: 'Parliamentary ties', fa: 'روابط پارلمانی', ar: 'العلاقات البرلمانية' },
	agreements: { en: 'Agreements', fa: 'توافق‌ها', ar: 'الاتفاقات' },
};

export const SETTING_LABELS: Record<SettingKind, Entry> = {
	'state-visit': { en: 'State visit', fa: 'سفر رسمی', ar: 'زيارة رسمية' },
	'delegation-talks': { en: 'Delegation talks', fa: 'مذاکرات هیئت‌ها', ar: 'مباحثات الوفود' },
	'press-conference': { en: 'Press conference', fa: 'نشست خبری', ar: 'مؤتمر صحفي' },
	'summit-sidelines': { en: 'Summit sidelines', fa: 'حاشیهٔ اجلاس', ar: 'على هامش القمة' },
	summit: { en: 'Summit', fa: 'اجلاس', ar: 'قمة' },
	inauguration: { en: 'Inauguration', fa: 'تحلیف', ar: 'تنصيب' },
	'courtesy-call': { en: 'Courtesy call', fa: 'دیدار تشریفاتی', ar: 'زيارة مجاملة' },
	'bilateral-meeting': { en: 'Bilateral meeting', fa: 'دیدار دوجانبه', ar: 'لقاء ثنائي' },
};

export const CERTAINTY_LABELS: Record<DateCertainty, Entry> = {
	stated: { en: 'stated in the source', fa: 'در منبع آمده', ar: 'مذكور في المصدر' },
	derived: { en: 'worked out from the source', fa: 'از منبع استنتاج شده', ar: 'مستنتج من المصدر' },
	inferred: { en: 'not printed in the source', fa: 'در منبع چاپ نشده', ar: 'غير مطبوع في المصدر' },
};

export const COUNTRY_NAMES: Record<string, Entry> = {
	IR: { en: 'Iran', fa: 'ایران', ar: 'إيران' },
	KZ: { en: 'Kazakhstan', fa: 'قزاقستان', ar: 'كازاخستان' },
	KG: { en: 'Kyrgyzstan', fa: 'قرقیزستان', ar: 'قيرغيزستان' },
	TM: { en: 'Turkmenistan', fa: 'ترکمنستان', ar: 'تركمانستان' },
	RU: { en: 'Russia', fa: 'روسیه', ar: 'روسيا' },
	PK: { en: 'Pakistan', fa: 'پاکستان', ar: 'باكستان' },
	IQ: { en: 'Iraq', fa: 'عراق', ar: 'العراق' },
	MM: { en: 'Myanmar', fa: 'میانمار', ar: 'ميانمار' },
	UZ: { en: 'Uzbekistan', fa: 'ازبکستان', ar: 'أوزبكستان' },
	TJ: { en: 'Tajikistan', fa: 'تاجیکستان', ar: 'طاجيكستان' },
	US: { en: 'United States', fa: 'ایالات متحده', ar: 'الولايات المتحدة' },
	CN: { en: 'China', fa: 'چین', ar: 'الصين' },
	QA: { en: 'Qatar', fa: 'قطر', ar: 'قطر' },
	SY: { en: 'Syria', fa: 'سوریه', ar: 'سوريا' },
	// What a dataset says when it names a place without its country (loose.ts UNKNOWN_COUNTRY).
	ZZ: { en: 'Unknown country', fa: 'کشور نامعلوم', ar: 'بلد غير معروف' },
};

/**
 * Our own text in the reader's language, falling back to English, with that language's digits
 * (our Persian and Arabic text is written with Latin digits; readers expect ۲۰۲۲ / ٢٠٢٢).
 */
export function localize(text: Localized, lang: Lang): string {
	return formatDigits(text[lang] ?? text.en, lang);
}

/** A country's name, or its code when we have no name for it. */
export function formatCountry(code: string, lang: Lang = 'en'): string {
	return COUNTRY_NAMES[code]?.[lang] ?? code;
}

/**
 * An outlet's name for a reader of `lang`: the English name in English, otherwise the name as the
 * article prints it (Persian and Arabic readers know "ایلنا", not "ILNA").
 */
export function formatOutletName(outlet: { printed?: string; en: string }, lang: Lang): string {
	return lang === 'en' ? outlet.en : (outlet.printed ?? outlet.en);
}

/** A source's outlet, with the outlet it credits: "Zamar News citing ILNA". */
export function formatSourceOutlet(
	source: { outlet: { printed?: string; en: string }; via?: { printed?: string; en: string } },
	lang: Lang,
): string {
	const outlet = formatOutletName(source.outlet, lang);
	return source.via
		? formatMessage('citing', lang, { outlet, via: formatOutletName(source.via, lang) })
		: outlet;
}

/**
 * A name from outside (a file name, an address) set apart from right-to-left text around it, so
 * "10000.json" does not read "json.10000" at the start of a Persian line (Unicode isolates).
 */
export function isolate(text: string, lang: Lang): string {
	return lang === 'en' ? text : `\u2068${text}\u2069`;
}

/** Every language's label of a topic, for search. */
export function topicLabels(topic: Topic): string[] {
	return Object.values(TOPIC_LABELS[topic]);
}

/** Every language's name of a country, for search. */
export function countryLabels(code: string): string[] {
	return COUNTRY_NAMES[code] ? Object.values(COUNTRY_NAMES[code]) : [code];
}
