/**
 * The parser worker's heavy half, loaded by worker.ts while the file downloads: the text → the
 * parse result, and a dataset → its events' search texts.
 */
import { toCatalog } from '../model/catalog.ts';
import { countryLabels, topicLabels } from '../model/messages.ts';
import { toEventTexts, type EventText } from '../model/search.ts';
import type { Dataset } from '../model/types.ts';

export { parseText } from './input.ts';

export const toTexts = (dataset: Dataset): EventText[] =>
	toEventTexts(toCatalog(dataset), { topic: topicLabels, country: countryLabels });
