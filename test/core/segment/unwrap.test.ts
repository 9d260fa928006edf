import {test} from 'node:test';
import assert from 'node:assert/strict';
import {unwrapLines, wrapWidth} from '../../../source/core/segment/unwrap.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Wire copy as a site reprints it: every paragraph hard-wrapped at about sixty characters, no blank lines.
const WRAPPED = `May 16 (Tellwire) - Fighters of a local militia loyal to the
Korvest council have pulled back from the hill town of
Brenmoor after days of shelling by troops backed by
artillery, a member of the group said on Sunday.
The Tallimer government did not answer calls for comment and
its army has not said how many soldiers it sent to the town.
"To avoid a battle, we retreated out of concern for the
people of the town," said one fighter, adding that only women
and children remained in the town of more than 40,000.
"Since all the men are in this fight, all of them are on the run."`;

test('a page hard-wrapped at a fixed width is read one paragraph per paragraph', () => {
	assert.ok(wrapWidth(WRAPPED.split('\n')) > 0);
	assert.deepEqual(unwrapLines(WRAPPED.split('\n')), [
		'May 16 (Tellwire) - Fighters of a local militia loyal to the Korvest council have pulled back from the hill town of Brenmoor after days of shelling by troops backed by artillery, a member of the group said on Sunday.',
		'The Tallimer government did not answer calls for comment and its army has not said how many soldiers it sent to the town.',
		'"To avoid a battle, we retreated out of concern for the people of the town," said one fighter, adding that only women and children remained in the town of more than 40,000.',
		'"Since all the men are in this fight, all of them are on the run."',
	]);
});

test('a wrapped lede is no headline, and the quote cut by the wrap is whole', () => {
	const article = parseArticle('01.txt', WRAPPED);
	assert.equal(article.headline, null);
	assert.equal(article.paragraphs.length, 4);
	assert.match(article.sentences[0].text, /^Fighters .*said on Sunday\.$/); // (its dateline goes, as a one-line lede's does)
});

test('in a page of one line per paragraph, a break inside a sentence is joined and every other break kept', () => {
	const lines = [
		'Ceasefire agreed in Yelvik',
		'',
		'The contact group also discussed the withdrawal of military',
		'hardware and the release of captives, the envoy said.',
		'',
		'The deal comes after an offensive by the rebels and',
		'Marvane troops in the east. The first round of talks yielded nothing.',
		'',
		'Key points',
		'- A ceasefire from 6 p.m.',
		'- An exchange of prisoners',
	];
	assert.equal(wrapWidth(lines), 0);
	assert.deepEqual(unwrapLines(lines), [
		'Ceasefire agreed in Yelvik',
		'',
		'The contact group also discussed the withdrawal of military hardware and the release of captives, the envoy said.',
		'',
		'The deal comes after an offensive by the rebels and Marvane troops in the east. The first round of talks yielded nothing.',
		'',
		'Key points',
		'- A ceasefire from 6 p.m.',
		'- An exchange of prisoners',
	]);
});

test('headlines, bylines and short lines of an unwrapped page stay lines of their own', () => {
	const lines = ['Quillsby rebels take the dam', 'By Ana Harnoth', 'Updated 3 March 2027', 'Residents fled the town on Sunday as the rebels advanced.'];
	assert.deepEqual(unwrapLines(lines), lines);
});

test('a file of more short lines than a call takes arguments is read, not a crash', () => {
	const lines = Array.from({length: 300_000}, (_, i) => `Item ${i % 7}.`);
	assert.equal(wrapWidth(lines), 0);
	assert.equal(unwrapLines(lines).length, lines.length);
});

test('a run of unpunctuated lines joins into paragraphs of bounded length', () => {
	const lines = Array.from({length: 3_000}, (_, i) => `the count of item ${i} and`);
	const out = unwrapLines(lines);
	assert.ok(out.length > 1);
	assert.ok(out.every((paragraph) => paragraph.length < 3_100));
});
