/**
 * What extraction makes of one article: a pure function of its text, so it can be cached by content
 * hash, run in worker threads or on other machines, and merged later (see build-briefing).
 */
import type {LocalClaim} from './extract/claims.js';
import type {LocalFigure} from './extract/figures.js';
import type {LocalProvision, ProposalMention} from './extract/provisions.js';
import type {LocalQuote, LocalSpeaker} from './extract/quotes.js';
import type {TitledName} from './extract/titled-names.js';
import type {ArticleTone} from './extract/tone.js';
import type {ArticleSummary} from './model.js';

/** Bumped whenever extraction changes what it produces: cached records of another version are ignored. */
export const EXTRACTOR_VERSION = 1;

export interface ArticleRecord {
	extractor: number;
	article: ArticleSummary;
	speakers: LocalSpeaker[];
	quotes: LocalQuote[];
	figures: LocalFigure[];
	claims: LocalClaim[];
	proposals: ProposalMention[];
	provisions: LocalProvision[];
	/** Hedges and loaded words of the body; absent in records written before it was counted here. */
	tone?: ArticleTone;
	/** People named with a title of office; absent in records written before it was read here. */
	titledNames?: TitledName[];
}
