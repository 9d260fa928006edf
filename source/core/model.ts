/**
 * The Briefing model: what `brief --json` prints, what the dashboard and the digest render.
 * Mirrors ../shared/briefing.schema.json; fields beyond the schema (story, body, lede, hedges…)
 * are extras the schema allows and the renderers use.
 */

/** Where an item came from: the verbatim sentence, its offset in the cleaned body, the rule id. */
export interface Evidence {
	article: string;
	text: string;
	/** How the article sources it: "media reports suggest", "seen by Reuters", … */
	hedge?: string | null;
	/** Id of the extraction rule that produced the item from this sentence, e.g. "quote.said-after". */
	rule?: string;
	offset?: number;
}

export interface Skipped {
	file: string;
	reason: string;
}

/** A span of the cleaned body, with character offsets into it. */
export interface Span {
	text: string;
	start: number;
	end: number;
}

export interface Sentence extends Span {
	/** Index of the paragraph the sentence sits in. */
	paragraph: number;
}

export interface Paragraph extends Span {
	/** A short title-like line inside the body ("Key Provisions of the Plan", "Battlefield Situation"). */
	heading: boolean;
}

/** What the loader hands the extractors: one article, cleaned and segmented. */
export interface ParsedArticle {
	/** Path relative to the corpus root, '/' separators. */
	id: string;
	outlet: string | null;
	/** A wire or agency the text credits ("Reuters"), distinct from the outlet. */
	credit: string | null;
	url: string | null;
	headline: string | null;
	/** ISO date YYYY-MM-DD. */
	published: string | null;
	words: number;
	/** The cleaned body: chrome, front matter and headline removed, control sequences stripped. */
	body: string;
	paragraphs: Paragraph[];
	sentences: Sentence[];
}

/** An article as the briefing lists it. */
export interface ArticleSummary {
	id: string;
	outlet: string | null;
	credit: string | null;
	url: string | null;
	headline: string | null;
	published: string | null;
	words: number;
	/** The first sentence of the body that is not a heading. */
	lede: string | null;
	/** The cleaned body, so a renderer can show the whole article around a sentence. */
	body: string;
	/** Weekdays the article names ("on Thursday"), resolved against its publication date when known. */
	weekdays?: {text: string; date: string | null}[];
}

export interface Speaker {
	id: string;
	name: string;
	aliases: string[];
	role: string | null;
	/** Person, organisation, document or anonymous source. */
	type?: SpeakerType;
	/** The side a speaker speaks for, where role or nationality words tell ("Kremlin spokesperson" -> Russia). */
	side?: string | null;
}

export type SpeakerType = 'person' | 'organisation' | 'document' | 'anonymous';

export type QuoteKind = 'direct' | 'partial' | 'reported';

export interface Quote {
	/** A speakers[].id; null when unattributed. */
	speaker: string | null;
	/** The quoted words without the quote marks (kind reported: the reported clause). */
	text: string;
	kind: QuoteKind;
	articles: string[];
	evidence: Evidence[];
}

export interface Provision {
	id: string;
	summary: string;
	articles: string[];
	evidence: Evidence[];
}

export const FIGURE_KINDS = [
	'killed',
	'injured',
	'missing',
	'displaced',
	'hostages',
	'prisoners',
	'troops',
	'percent_territory',
	'area',
	'damage',
	'plan_points',
	'money',
	'other',
] as const;

export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface Figure {
	/** Null for vague counts such as "dozens". */
	value: number | null;
	qualifier: string | null;
	kind: FigureKind;
	/** The phrase that states the figure. */
	text: string;
	place: string | null;
	/** Who the article attributes the figure to. */
	source: string | null;
	articles: string[];
	evidence: Evidence[];
}

export interface Claim {
	place: string;
	/** What is claimed: "seized", "parts of … seized", "struck", … */
	claim: string;
	claimant: string | null;
	disputedBy: string | null;
	articles: string[];
	evidence: Evidence[];
}

export interface OutletTerm {
	term: string;
	score: number;
}

export interface OutletVoice {
	speaker: string;
	quotes: number;
	side?: string | null;
}

export interface CountedPhrase {
	phrase: string;
	count: number;
}

export interface OutletFraming {
	name: string;
	articles: string[];
	terms: OutletTerm[];
	voices: OutletVoice[];
	/** provisions[].id this outlet reports. */
	covered: string[];
	/** provisions[].id reported elsewhere but not by this outlet. */
	omitted: string[];
	headline?: string | null;
	lede?: string | null;
	hedges?: CountedPhrase[];
	loaded?: CountedPhrase[];
	figures?: number;
	claims?: number;
}

export interface Discrepancy {
	summary: string;
	/** name | quote | figure | claim */
	kind?: string;
	articles: string[];
	evidence: Evidence[];
}

export interface Story {
	/** The proposal the story is about, as the text names it ("28-point plan"), or null. */
	name: string | null;
	/** The name most headlines carry ("Corwen Belle", "Osterland and Vimmeria"), or null: which story this is. */
	subject?: string | null;
	/** First and last known publication dates, ISO. */
	from: string | null;
	to: string | null;
}

export interface Briefing {
	version: 1;
	story: Story;
	corpus: {root: string; skipped: Skipped[]};
	articles: ArticleSummary[];
	speakers: Speaker[];
	quotes: Quote[];
	provisions: Provision[];
	figures: Figure[];
	claims: Claim[];
	outlets: OutletFraming[];
	discrepancies: Discrepancy[];
}
