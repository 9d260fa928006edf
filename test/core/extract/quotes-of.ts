import {extractQuotes} from '../../../source/core/extract/quotes.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** Quotes of an invented article as [speaker name, kind, text]: the shape the quote-class tests compare. */
export function quotesOf(body: string) {
	const article = parseArticle('story.txt', `Invented story for a test\n\n${body}`);
	const {speakers, quotes} = extractQuotes(article);
	const nameOf = new Map(speakers.map((speaker) => [speaker.key, speaker.name]));
	return quotes.map((quote) => [quote.speakerKey ? nameOf.get(quote.speakerKey) : null, quote.kind, quote.text]);
}
