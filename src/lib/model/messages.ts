/**
 * The words of the interface. English only for now; Persian and Arabic arrive with the
 * languages issue (#3), keyed the same way.
 */
import type { DateCertainty, Lang, Localized, Topic } from './types.ts';

export const TOPIC_LABELS: Record<Topic, string> = {
	trade: 'Trade',
	transit: 'Transit & transport',
	energy: 'Energy',
	agriculture: 'Agriculture & food',
	industry: 'Industry & mining',
	culture: 'Culture',
	education: 'Education',
	science: 'Science',
	health: 'Health & medicine',
	tourism: 'Tourism',
	finance: 'Banking & finance',
	caspian: 'Caspian Sea',
	'regional-organisations': 'Regional organisations',
	mobility: 'Travel & visas',
	parliamentary: 'Parliamentary ties',
	agreements: 'Agreements',
};

export const CERTAINTY_LABELS: Record<DateCertainty, string> = {
	stated: 'stated in the source',
	derived: 'worked out from the source',
	inferred: 'not printed in the source',
};

export const COUNTRY_NAMES: Record<string, string> = {
	IR: 'Iran',
	KZ: 'Kazakhstan',
	KG: 'Kyrgyzstan',
	TM: 'Turkmenistan',
	RU: 'Russia',
	PK: 'Pakistan',
	IQ: 'Iraq',
	MM: 'Myanmar',
	UZ: 'Uzbekistan',
	TJ: 'Tajikistan',
	US: 'United States',
};

/** Our own text in the reader's language, falling back to English. */
export function localize(text: Localized, lang: Lang): string {
	return text[lang] ?? text.en;
}

/** A country's name, or its code when we have no name for it. */
export function formatCountry(code: string): string {
	return COUNTRY_NAMES[code] ?? code;
}
