/** The map stage: one parsed article -> its record. Pure and independent of every other article. */
import {weekdayMentions} from './dates.js';
import {extractClaims} from './extract/claims.js';
import {extractFigures} from './extract/figures.js';
import {extractProvisions} from './extract/provisions.js';
import {extractQuotes} from './extract/quotes.js';
import {extractTranscriptQuotes} from './extract/transcript.js';
import {titledNames} from './extract/titled-names.js';
import {toneOf} from './extract/tone.js';
import type {ArticleSummary, ParsedArticle} from './model.js';
import {EXTRACTOR_VERSION, type ArticleRecord} from './record.js';

export function summarise(article: ParsedArticle): ArticleSummary {
	const lede = article.sentences.find((sentence) => !article.paragraphs[sentence.paragraph].heading && sentence.text.split(/\s+/).length >= 8);
	return {
		id: article.id,
		outlet: article.outlet,
		credit: article.credit,
		url: article.url,
		headline: article.headline,
		published: article.published,
		words: article.words,
		lede: lede?.text ?? null,
		body: article.body,
		weekdays: weekdayMentions(article.body, article.published),
	};
}

export function extractArticle(article: ParsedArticle): ArticleRecord {
	const quoted = extractQuotes(article);
	// Transcript turns ("MINISTER RUIZ: …") are quotes without quote marks: their speakers join those the prose names.
	const turns = extractTranscriptQuotes(article, quoted.speakers);
	const speakers = turns.speakers.length ? [...quoted.speakers, ...turns.speakers] : quoted.speakers;
	const quotes = turns.quotes.length ? [...quoted.quotes, ...turns.quotes] : quoted.quotes;
	const {proposals, provisions} = extractProvisions(article);
	return {
		extractor: EXTRACTOR_VERSION,
		article: summarise(article),
		speakers,
		quotes,
		figures: extractFigures(article),
		claims: extractClaims(article),
		proposals,
		provisions,
		tone: toneOf(article.body),
		titledNames: titledNames(article),
	};
}
