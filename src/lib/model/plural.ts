/**
 * Which form of a noun a count takes: "1 event", "2 events"; Arabic "حدث واحد", "حدثان",
 * "٣ أحداث", "١١ حدثًا", "١٠٠ حدث". CLDR's plural rules for our three languages are written out
 * for whole numbers, the counts the interface shows: `Intl.PluralRules` is the same but loads
 * ICU's data on first use (tens of milliseconds, in the task that draws a dataset). Anything else
 * goes to Intl. Tests hold the two to each other.
 */
import type { Lang } from './types.ts';

export type PluralCategory = Intl.LDMLPluralRule;

const rules = new Map<Lang, Intl.PluralRules>();

export function toPluralCategory(n: number, lang: Lang): PluralCategory {
	if (!Number.isSafeInteger(n) || n < 0) {
		let rule = rules.get(lang);
		if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
		return rule.select(n);
	}
	if (lang === 'en') return n === 1 ? 'one' : 'other';
	// Persian: "one" is i = 0 or n = 1; its nouns take one form after any number anyway.
	if (lang === 'fa') return n <= 1 ? 'one' : 'other';
	if (n <= 2) return (['zero', 'one', 'two'] as const)[n]!;
	const rest = n % 100;
	return rest >= 3 && rest <= 10 ? 'few' : rest >= 11 ? 'many' : 'other';
}
