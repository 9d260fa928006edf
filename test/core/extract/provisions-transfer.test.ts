import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractProvisions} from '../../../source/core/extract/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';
import {termFeatures} from '../../../source/core/merge/provisions.js';

// Invented articles: classes of error seen on unseen stories in the real scraped format, each away from their wording.
const summaries = (text: string) => extractProvisions(parseArticle('a.txt', text, {outlet: 'Pyrelle Wire'})).provisions.map((provision) => provision.summary);

test('a list closed by a carve-out names what one term leaves out, not terms of its own', () => {
	assert.deepEqual(summaries('The accord provides for a pardon from which murder, torture and arson are excluded, elections in the valley towns within a year, and a council with powers over schools and roads.'), [
		'A pardon from which murder, torture and arson are excluded',
		'Elections in the valley towns within a year',
		'A council with powers over schools and roads',
	]);
	assert.deepEqual(summaries('The accord provides for a pardon, except for murder, torture and arson, elections in the valley towns within a year, and a council with powers over schools.'), [
		'A pardon, except for murder, torture and arson',
		'Elections in the valley towns within a year',
		'A council with powers over schools',
	]);
	// an exception on one item leaves the items after it alone
	assert.deepEqual(summaries('The accord provides for a ceasefire, the release of prisoners, except those convicted of murder, and the reopening of roads.'), [
		'A ceasefire',
		'The release of prisoners, except those convicted of murder',
		'The reopening of roads',
	]);
});

test('what a term leaves out does not name it: a carve-out clause adds no feature', () => {
	assert.deepEqual(termFeatures('A pardon from which murder, torture and arson are excluded'), termFeatures('A pardon'));
});

test("a live page's key points: a claim still held, the deal's text signed, denounced or sent to a vote, and the dead counted are news", () => {
	const page = [
		'Quorvane live: border treaty signed',
		'',
		'Key points',
		'- Velmar and Vellin sign a fishing and border treaty in Idrissel',
		'- Both sides still claim Mavrenne Hill',
		"- Fishermen's unions on both coasts denounce the treaty",
		'- Treaty goes to a national referendum in March',
		'- Four Vellin sailors killed in a clash off Mavrenne this morning',
		'- Divers recover more bodies from the ferry: toll now 44',
		'- Boats to stay 12 km from the reef within 20 days',
		'- A joint fisheries board with four members',
		// a truce agreed may be told with its terms: it stays, without who agreed it
		'- Velmar and the Harlan Guard agree a daily six-hour pause around Ostwick for five days',
	].join('\n');
	assert.deepEqual(summaries(page), ['Boats to stay 12 km from the reef within 20 days', 'A joint fisheries board with four members', 'A daily six-hour pause around Ostwick for five days']);
});

test('after "are to", a verb with an object and "and" another verb with its object are two steps', () => {
	assert.deepEqual(summaries('Under the terms, both countries are to share river data and pay herders for lost cattle.'), ['Both countries are to share river data', 'Pay herders for lost cattle']);
	assert.deepEqual(summaries('Under the terms, both countries will train and equip border guards.'), ['Both countries will train and equip border guards']);
});

test("a name's description after a bare comma at a list's end is an apposition, no item", () => {
	assert.deepEqual(summaries('The accord also provides for a pardon, elections in the valley towns and an observer mission led by Brastow, the island republic that has hosted the talks since May.'), [
		'A pardon',
		'Elections in the valley towns',
		'An observer mission led by Brastow, the island republic',
	]);
	assert.deepEqual(summaries('The accord also provides for a pardon and an observer mission led by Brastow, the Quessic kingdom that has hosted the talks.'), ['A pardon', 'An observer mission led by Brastow, the Quessic kingdom']);
});

test('a capitalised "States" ends a name: what the text drafted by it went through is no term', () => {
	assert.deepEqual(summaries('The document drafted by Brastow and the Kelmor States was backed by all 15 members of the council.'), []);
	assert.deepEqual(summaries('The document drafted by the envoys states that both armies will pull back 10 km.'), ['Both armies will pull back 10 km']);
});

test("what a speaker says a deal will do, ending in their quoted words, is their hope, not a term", () => {
	assert.deepEqual(summaries("The two ministers signed the deal brokered by the Kelmor States, who said the deal will let people ‘now have hopes for a better life.’"), []);
	assert.deepEqual(summaries('The two ministers signed the deal on Monday. The deal will let traders cross the river without visas.'), ['Let traders cross the river without visas']);
});
