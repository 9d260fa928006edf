import assert from 'node:assert/strict';
import test from 'node:test';
import {extractEmbeddedPosts} from '../../../source/core/extract/posts.js';
import {extractArticle} from '../../../source/core/extract-article.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Invented pages that embed a post: its words as a paragraph, signed on the next line by its author and handle.
const page = (post: string, signature: string) =>
	`Brenvik ferry deal signed\n\nThe two governments signed the ferry accord on Monday after three days of talks in Varnet.\n\n${post}\n${signature}\n\nThe accord goes to parliament next week.`;

test('an embedded post is a direct quote of the author its signature names', () => {
	const article = parseArticle('a.txt', page('We have agreed a very good ferry deal with Brenvik. Boats sail again on Friday! pic.twitter.com/Ab12Cd34', '— Orlik Tessvane (@otessvane) March 3, 2027'));
	const {speakers, quotes} = extractEmbeddedPosts(article);
	assert.deepEqual(speakers.map((speaker) => [speaker.name, speaker.type]), [['Orlik Tessvane', 'person']]);
	assert.deepEqual(quotes.map((quote) => [quote.kind, quote.text, quote.evidence.rule]), [['direct', 'We have agreed a very good ferry deal with Brenvik. Boats sail again on Friday!', 'quote.embedded-post']]);
});

test('a post signed by a body is the body\'s; an author the prose names keeps that speaker', () => {
	const body = extractEmbeddedPosts(parseArticle('a.txt', page('Breaking | Ferries to resume on Friday, ministry says.', '— Varnet News Network (@varnetnews) 3 March 2027')));
	assert.deepEqual(body.speakers.map((speaker) => [speaker.name, speaker.type]), [['Varnet News Network', 'organisation']]);
	const record = extractArticle(parseArticle('a.txt', `${page('Boats sail again on Friday.', '— Orlik Tessvane (@otessvane) March 3, 2027')}\n\n"It is a good day," Tessvane told reporters.`));
	const authors = new Set(record.quotes.map((quote) => quote.speakerKey));
	assert.equal(authors.size, 1, 'the post and the quote in the prose have one speaker');
	assert.equal(record.quotes.length, 2);
});

test('no signature, no post: a dash line without a handle, or a handle line with no words above it', () => {
	assert.deepEqual(extractEmbeddedPosts(parseArticle('a.txt', page('Boats sail again on Friday.', '— Orlik Tessvane, March 3, 2027'))).quotes, []);
	assert.deepEqual(extractEmbeddedPosts(parseArticle('a.txt', 'Ferry deal signed\n\nThe two governments signed the accord on Monday in Varnet after talks.\n\nFollow us (@varnetnews) for more.')).quotes, []);
});
