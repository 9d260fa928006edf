import assert from 'node:assert/strict';
import test from 'node:test';
import {parseArticle} from '../../source/core/parse-article.js';
import {matchesSlug, slugWords} from '../../source/core/url-slug.js';

test('slugWords: the path segment with the most hyphenated words, function words and page ids out', () => {
	assert.deepEqual([...slugWords('https://news.example/2026/03/04/dorva-and-varrowin-agree-ferry-truce-after-clashes/')!], ['dorva', 'varrowin', 'agree', 'ferry', 'truce', 'clashes']);
	assert.deepEqual([...slugWords('https://example.org/world/ferry-truce-signed-in-kesselby-4471823.html?ref=home#top')!], ['ferry', 'truce', 'signed', 'kesselby']);
	// accents as an address writes them
	assert.ok(slugWords('https://example.org/orvald-d%C3%A9by-signs-ferry-truce')!.has('deby'));
	// an address with no slug: an id, a section, a query
	assert.equal(slugWords('https://example.org/ArticleDetails.aspx?id=3049398&Language=en'), null);
	assert.equal(slugWords('https://example.org/world/europe/'), null);
	assert.equal(slugWords('https://example.org/a-b'), null);
	assert.equal(slugWords(null), null);
	// a stray escape is read as it is, not thrown
	assert.ok(slugWords('https://example.org/bad-%E0%A4-escape-in-ferry-truce-story')!.has('ferry'));
});

test('matchesSlug: most of the slug in the line and most of the line in the slug', () => {
	const slug = slugWords('https://example.org/live-update/ferry-truce-takes-effect-ending-three-days-of-shelling')!;
	assert.ok(matchesSlug('Ferry truce takes effect, ending three days of shelling', slug));
	assert.ok(!matchesSlug('Live blog update | Dorva under fire', slug));
	assert.ok(!matchesSlug('Truce talks', slug));
	// a slug cut short still names a longer title
	assert.ok(matchesSlug('Dorva and Varrowin agree ferry truce after two weeks of clashes on the river', slugWords('https://example.org/dorva-varrowin-agree-ferry-truce')!));
});

const lead = '\n\nThe ferry truce between Dorva and Varrowin took effect at midnight, both governments said in separate statements.';
const page = (top: string, url: string) => `---\noutlet: Example\nurl: ${url}\npublished: 2026-03-04\n---\n\n${top}${lead}`;

test('the title the page address names is the headline, under a live label the rules do not know', () => {
	const article = parseArticle('a', page('Skip to main content\nLive blog update| Dorva Under Fire\n\nFerry truce takes effect ending three days of shelling', 'https://example.org/live-update/ferry-truce-takes-effect-ending-three-days-shelling?nid=1'));
	assert.equal(article.headline, 'Ferry truce takes effect ending three days of shelling');
	assert.ok(!article.body.includes('Live blog'));
});

test('an address that names no line leaves the headline as the rules found it', () => {
	const article = parseArticle('a', page('Ferry truce takes effect in Dorva', 'https://example.org/world/varrowin-budget-vote-postponed-again'));
	assert.equal(article.headline, 'Ferry truce takes effect in Dorva');
});

test('a title over the title the address names is the page\'s own headline: the site renamed the story after its address was made', () => {
	const article = parseArticle('a', page('Dorva backs ferry truce, ready to talk\nFerry truce takes effect ending three days of shelling', 'https://example.org/world/ferry-truce-takes-effect-ending-three-days-shelling.html'));
	assert.equal(article.headline, 'Dorva backs ferry truce, ready to talk');
});
