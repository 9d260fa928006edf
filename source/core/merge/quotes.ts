/** The reduce stage for speech: one speaker per real person, one quote per words carried by several outlets. */
import type {Quote, Speaker} from '../model.js';
import type {ArticleRecord} from '../record.js';

export function mergeQuotes(_records: ArticleRecord[]): {speakers: Speaker[]; quotes: Quote[]} {
	return {speakers: [], quotes: []};
}
