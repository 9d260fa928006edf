import {test} from 'node:test';
import assert from 'node:assert/strict';
import {addTallies, countPhrases, toneOf} from '../../../source/core/extract/tone.js';

// An invented port strike settlement, hedged and loaded.
const body = [
	'Dockworkers reportedly accepted a punishing pay deal on Tuesday, sources said.',
	'The union may put the deal to a vote, according to two officials; Reportedly the vote could come on May 12.',
	'Critics called it a humiliating surrender. REPORTEDLY is not counted when shouted.',
].join('\n\n');

test('tone counts hedges and loaded words of one body, most frequent first', () => {
	const tone = toneOf(body);
	const hedges = new Map(tone.hedges.map(({phrase, count}) => [phrase, count]));
	assert.equal(hedges.get('reportedly'), 2, 'lower case, or capitalised at a sentence start; not all capitals');
	assert.equal(hedges.get('according to'), 1, 'a phrase of two words');
	assert.equal(hedges.has('may'), true, '"may put" hedges');
	assert.equal(hedges.get('may'), 1, '"May 12" is a date, not a hedge');
	assert.ok(tone.loaded.some(({phrase}) => phrase === 'punishing'));
	assert.ok(tone.loaded.some(({phrase}) => phrase === 'surrender'));
	for (const list of [tone.hedges, tone.loaded]) {
		const counts = list.map(({count}) => count);
		assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
	}
});

test('adding per-article tallies gives what counting the texts together gives', () => {
	const texts = [body, 'Officials said the talks may resume. Reportedly, nothing was signed.', ''];
	const lexicon = ['reportedly', 'may', 'according to', 'sources said'];
	assert.deepEqual(
		addTallies(texts.map((text) => countPhrases([text], lexicon))),
		countPhrases(texts, lexicon),
	);
	assert.deepEqual(addTallies([]), []);
});

// Words are runs of letters, digits, apostrophes and hyphens; a phrase opens in lower case or capitalised, never in capitals.
const toneCases: Array<[string, string[], Array<[string, number]>]> = [
	['  Reportedly, it may rain. ', ['reportedly', 'may'], [['may', 1], ['reportedly', 1]]],
	['"may" — MAY — May 12 — may-be — may’s', ['may'], [['may', 1]]],
	['Sources said so; sources  said it again.', ['sources said'], [['sources said', 2]]],
	['It could not be independently verified', ['could not be independently verified', 'could'], [['could', 1], ['could not be independently verified', 1]]],
	['Allegedly\nallegedly\u00a0ALLEGEDLY alLegedly', ['allegedly'], [['allegedly', 2]]],
	['', ['may'], []],
];

test('tone: words and their case read as the word pattern does', () => {
	for (const [text, lexicon, expected] of toneCases)
		assert.deepEqual(countPhrases([text], lexicon).map(({phrase, count}) => [phrase, count]), expected, JSON.stringify(text));
});

// "The fighting has claimed at least 35 lives": a toll's "claimed" counts the dead, it is no hedge on what a side says.
test('tone: "claimed … lives" is no hedge; "claimed it had won" is', () => {
	assert.deepEqual(countPhrases(['The clashes have claimed at least 35 lives. The army claimed it had won. It claims the lives of many.'], ['claimed', 'claims']).map(({phrase, count}) => [phrase, count]), [['claimed', 1]]);
});
