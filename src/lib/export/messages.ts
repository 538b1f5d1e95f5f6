/**
 * The export menu's words in English, Persian and Arabic, kept here until they are merged into
 * model/messages.ts. Same contract as `formatMessage`: `{name}` placeholders, the language's digits.
 */
import { formatDigits } from '../model/dates.ts';
import type { Lang } from '../model/types.ts';

const M = {
	exportLabel: { en: 'Export', fa: 'خروجی', ar: 'التصدير' },
	exportSvg: { en: 'Export SVG', fa: 'خروجی SVG', ar: 'تصدير SVG' },
	exportPng: { en: 'Export PNG', fa: 'خروجی PNG', ar: 'تصدير PNG' },
	exportData: { en: 'Export data', fa: 'خروجی داده‌ها', ar: 'تصدير البيانات' },
	text: { en: 'Text', fa: 'متن', ar: 'النص' },
	textEditable: { en: 'Editable text', fa: 'متن ویرایش‌پذیر', ar: 'نص قابل للتحرير' },
	textOutlined: { en: 'Outlined text', fa: 'متن به شکل مسیر', ar: 'نص محوَّل إلى مسارات' },
	size: { en: 'Size', fa: 'اندازه', ar: 'الحجم' },
	size169: { en: '16:9', fa: '16:9', ar: '16:9' },
	size43: { en: '4:3', fa: '4:3', ar: '4:3' },
	sizeView: { en: 'Current view', fa: 'نمای کنونی', ar: 'العرض الحالي' },
	scale: { en: 'Resolution', fa: 'وضوح', ar: 'الدقة' },
	scale2: { en: '2×', fa: '2×', ar: '2×' },
	scale3: { en: '3×', fa: '3×', ar: '3×' },
	format: { en: 'Format', fa: 'قالب', ar: 'الصيغة' },
	formatJson: { en: 'JSON (dataset)', fa: 'JSON (مجموعه‌داده)', ar: 'JSON (مجموعة بيانات)' },
	formatCsv: { en: 'CSV (spreadsheet)', fa: 'CSV (صفحه‌گسترده)', ar: 'CSV (جدول بيانات)' },
	formatIcs: { en: 'ICS (calendar)', fa: 'ICS (تقویم)', ar: 'ICS (تقويم)' },
	preparing: { en: 'Preparing…', fa: 'در حال آماده‌سازی…', ar: 'جارٍ التحضير…' },
	done: { en: 'Saved {file}', fa: '{file} ذخیره شد', ar: 'حُفظ {file}' },
	failed: {
		en: 'The export failed: {error}',
		fa: 'خروجی گرفتن ناموفق بود: {error}',
		ar: 'فشل التصدير: {error}',
	},
	creditSources: { en: 'Sources: {list}', fa: 'منابع: {list}', ar: 'المصادر: {list}' },
	stepFonts: { en: 'Loading the fonts…', fa: 'در حال بارگیری قلم‌ها…', ar: 'جارٍ تحميل الخطوط…' },
	stepLayout: {
		en: 'Laying out the chart…',
		fa: 'در حال چیدن نمودار…',
		ar: 'جارٍ تخطيط المخطط…',
	},
	stepWrite: {
		en: 'Writing the file… {percent}',
		fa: 'در حال نوشتن پرونده… {percent}',
		ar: 'جارٍ كتابة الملف… {percent}',
	},
	stepRender: { en: 'Drawing the picture…', fa: 'در حال کشیدن تصویر…', ar: 'جارٍ رسم الصورة…' },
	cancel: { en: 'Cancel', fa: 'لغو', ar: 'إلغاء' },
	cancelled: {
		en: 'The export was cancelled.',
		fa: 'خروجی گرفتن لغو شد.',
		ar: 'أُلغي التصدير.',
	},
} satisfies Record<string, Record<Lang, string>>;

export type ExportMessageKey = keyof typeof M;

/** An export UI string in `lang`, with `{name}` placeholders filled from `params` (taken as is). */
export function formatExportMessage(
	key: ExportMessageKey,
	lang: Lang,
	params: Record<string, string> = {},
): string {
	return formatDigits(M[key][lang], lang).replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? params[name]! : whole,
	);
}

const LIST_SEPARATOR: Readonly<Record<Lang, string>> = { en: ', ', fa: '، ', ar: '، ' };

/** Items joined the way the language lists them. */
export function formatList(items: string[], lang: Lang): string {
	return items.join(LIST_SEPARATOR[lang]);
}

const percents = new Map<Lang, Intl.NumberFormat>();

/** A share (0…1) as a whole percentage in the language's digits: "45%", "۴۵٪", "٤٥٪". */
export function formatPercent(share: number, lang: Lang): string {
	let format = percents.get(lang);
	if (!format) {
		const numbering = { en: 'latn', fa: 'arabext', ar: 'arab' }[lang];
		format = new Intl.NumberFormat(`${lang}-u-nu-${numbering}`, { style: 'percent' });
		percents.set(lang, format);
	}
	return format.format(Math.max(0, Math.min(1, share)));
}
