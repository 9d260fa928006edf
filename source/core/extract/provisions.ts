/** The proposal an article discusses and the terms it reports of it. */
import type {Evidence, ParsedArticle} from '../model.js';

export interface LocalProvision {
	summary: string;
	evidence: Evidence;
}

export interface ProposalMention {
	/** "28-point plan", "peace plan", "trade deal", … */
	name: string;
	count: number;
}

export function extractProvisions(_article: ParsedArticle): {proposals: ProposalMention[]; provisions: LocalProvision[]} {
	return {proposals: [], provisions: []};
}
