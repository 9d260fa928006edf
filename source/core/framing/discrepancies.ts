/** Where outlets disagree: names for the same role, misquotes. Figure and claim discrepancies come from their merges. */
import type {Discrepancy, Quote, Speaker} from '../model.js';
import type {ArticleRecord} from '../record.js';

export function findDiscrepancies(_records: ArticleRecord[], _speakers: Speaker[], _quotes: Quote[]): Discrepancy[] {
	return [];
}
