/** The reduce stage for figures and claims: one row per figure or place across outlets. */
import type {Claim, Discrepancy, Figure} from '../model.js';
import type {ArticleRecord} from '../record.js';

export function mergeFigures(_records: ArticleRecord[]): {figures: Figure[]; discrepancies: Discrepancy[]} {
	return {figures: [], discrepancies: []};
}

export function mergeClaims(_records: ArticleRecord[]): {claims: Claim[]; discrepancies: Discrepancy[]} {
	return {claims: [], discrepancies: []};
}
