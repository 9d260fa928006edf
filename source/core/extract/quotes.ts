/** Direct, partial and reported quotes in one article, attributed to local speakers. */
import type {Evidence, ParsedArticle, QuoteKind, SpeakerType} from '../model.js';

/** A speaker as one article names it; merged across the corpus in merge-speakers. */
export interface LocalSpeaker {
	/** Unique within the article. */
	key: string;
	name: string;
	aliases: string[];
	role: string | null;
	type: SpeakerType;
	side?: string | null;
}

export interface LocalQuote {
	speakerKey: string | null;
	text: string;
	kind: QuoteKind;
	evidence: Evidence;
}

export function extractQuotes(_article: ParsedArticle): {speakers: LocalSpeaker[]; quotes: LocalQuote[]} {
	return {speakers: [], quotes: []};
}
