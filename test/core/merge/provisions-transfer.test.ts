import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractArticle} from '../../../source/core/extract-article.js';
import {mergeProvisions, numberFeatures, termFeatures} from '../../../source/core/merge/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Invented pairs: one term told in different words by two outlets, and two terms that must stay apart.
const record = (id: string, outlet: string, text: string) => extractArticle(parseArticle(id, text, {outlet}));
const merged = (...texts: string[]) =>
	mergeProvisions(texts.map((text, index) => record(`${index}.txt`, `Outlet ${index}`, text))).provisions.map((provision) => provision.articles.join(','));

test('two whole shares that make a hundred are percentages: "55-45" is "55% and 45%"', () => {
	assert.deepEqual(numberFeatures('split the lake 55-45 in their favour'), ['n:55%', 'n:45%']);
	assert.deepEqual(numberFeatures('a 60/40 split'), ['n:60%', 'n:40%']);
	// a range of days or a score is no share
	assert.deepEqual(numberFeatures('from 10-12 May'), ['d:may12', 'n:10']);
	assert.deepEqual(numberFeatures('won 3-1'), ['n:3', 'n:1']);
});

test('an agent compound is its agent: "a Brastow-led mission" is "a mission led by Brastow"', () => {
	assert.deepEqual([...termFeatures('A Brastow-led observer mission')].sort(), [...termFeatures('An observer mission led by Brastow')].sort());
});

test('"hand over", "handed over" and "handover" are one step', () => {
	const concept = (text: string) => [...termFeatures(text)].filter((feature) => feature.startsWith('c:'));
	assert.deepEqual(concept('Rifles to be handed over'), concept('Handover of rifles'));
	assert.deepEqual(concept('The group will hand over its rifles'), concept('Handover of rifles'));
});

test('one step within one time limit is one term, whatever each outlet lists; another step or limit is another', () => {
	// the same handover within 40 days, told by what it covers
	assert.deepEqual(merged('Under the accord, the Dunmere Front is obliged to hand over all mortars, rocket launchers and armoured cars within 40 days.', 'Under the accord, heavy weapons are to be handed over within 40 days.'), ['0.txt,1.txt']);
	// a release within the same 40 days is another term
	assert.equal(merged('Under the accord, heavy weapons are to be handed over within 40 days.', 'Under the accord, the Dunmere Front is to release all the guards it holds within 40 days.').length, 2);
	// a handover within another limit is another term
	assert.equal(merged('Under the accord, heavy weapons are to be handed over within 40 days.', 'Under the accord, light weapons are to be handed over within 90 days.').length, 2);
});

test('a protected road or route is a corridor', () => {
	const concept = (text: string) => [...termFeatures(text)].filter((feature) => feature.startsWith('c:'));
	assert.deepEqual(concept('Civilians may leave through protected routes'), ['c:corridor']);
	assert.deepEqual(concept('Aid trucks may use a protected road'), ['c:convoy', 'c:corridor']);
});
