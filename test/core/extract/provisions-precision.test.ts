import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractProvisions} from '../../../source/core/extract/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Invented articles: classes of statement that sit among a deal's terms on real pages but state none.
const summaries = (text: string) => extractProvisions(parseArticle('a.txt', text, {outlet: 'Tarrowick Courier'})).provisions.map((provision) => provision.summary);

test('key points of a live page: who announced the deal, a toll that stands at a number and a sub-list lead-in are no terms', () => {
	const page = [
		'Brenstead ceasefire: truce holds after a night of confusion',
		'',
		'Key points',
		'- President Ulvar Brenstead announced the ceasefire on state television before either army confirmed it',
		'- The terms, as described by mediators:',
		'- a ceasefire from midnight',
		'- an exchange of all prisoners',
		"- The army's toll now stands at 140 dead; the militia's at 31",
	].join('\n');
	assert.deepEqual(summaries(page), ['A ceasefire from midnight', 'An exchange of all prisoners']);
});

test('a list of terms drops a party demand and the writer gloss set among the items', () => {
	const page = [
		'The strike ended on Monday in Tarrowick.',
		'',
		'Key terms of the deal:',
		'- The union will get a 4% raise.',
		"- This positions the port as the region's busiest hub.",
		'- The mayor also called on the council to cut fees.',
	].join('\n');
	assert.deepEqual(summaries(page), ['The union will get a 4% raise']);
});

test('a deal that calls on the parties states a term; a party calling on another does not', () => {
	const page = ['The strike ended on Monday in Tarrowick.', '', 'Key terms of the deal:', '- The accord calls on both unions to end the overtime ban.', '- Drivers will get two more rest days.'].join('\n');
	assert.deepEqual(summaries(page), ['The accord calls on both unions to end the overtime ban', 'Drivers will get two more rest days']);
});

test('prose: a pronoun object, an aside on how a speaker spoke and a boast of giving nothing away are no terms', () => {
	const text = [
		'The truce was signed on Sunday in Tarrowick.',
		'',
		'Then I was told the truce would fix it.',
		'',
		'Talks on the dam would begin "within a month", he said, without saying where.',
		'',
		'He told lawmakers that talks on the canal would follow "within weeks" and that the government had "given away nothing".',
	].join('\n');
	assert.deepEqual(summaries(text), ['Talks on the dam would begin within a month', 'Talks on the canal would follow within weeks']);
});

test('the days of war before a deal are background, cut from the term; a term timed after days of the truce keeps them', () => {
	const text = [
		'The truce was signed on Sunday in Tarrowick.',
		'',
		'Under the deal, the rebels will free 20 hostages and the army will halt operations at midnight after six days in which its troops repelled a raid on the valley.',
		'',
		'Under the accord, troops will withdraw after six days of calm.',
	].join('\n');
	assert.deepEqual(summaries(text), ['The rebels will free 20 hostages', 'The army will halt operations at midnight', 'Troops will withdraw after six days of calm']);
});

test('one swap told from both ends, each party handing back its count of the other, is one term; a release and a freeing of other people are two', () => {
	const text = [
		'The truce was signed on Sunday in Tarrowick.',
		'',
		'Under the deal, Quarvessa would return 46 Osterlanders detained since May 3, and Osterland would return 31 Quarvessans, the envoy said.',
		'',
		'Under the deal, the army will release 40 prisoners and the rebels will free their hostages.',
	].join('\n');
	assert.deepEqual(summaries(text), [
		'Quarvessa would return 46 Osterlanders detained since May 3 and Osterland would return 31 Quarvessans',
		'The army will release 40 prisoners',
		'The rebels will free their hostages',
	]);
});

test('a named source before a reported term is cut from it; verbs that need an object share the one after "and"', () => {
	const text = [
		'The truce was signed on Sunday in Tarrowick.',
		'',
		'Under the deal, the rebels will free 20 hostages.',
		'',
		'The Courier reporter Ulvar Brenstead reported the rebels would free one hostage for every three prisoners the army frees.',
		'',
		'Under the agreement, ministers from both countries will set up a committee to implement and monitor the truce.',
	].join('\n');
	assert.deepEqual(summaries(text), [
		'The rebels will free 20 hostages',
		'The rebels would free one hostage for every three prisoners the army frees',
		'Ministers from both countries will set up a committee to implement and monitor the truce',
	]);
});

test("a truce's purpose ('to end five days of fighting') is its occasion, cut from the term; what a truce does stays", () => {
	const text = [
		'Tarrowick truce agreed',
		'',
		'Osterland and Quarvessa have agreed to an "unconditional" ceasefire to end five days of deadly fighting along their border.',
		'',
		'Under the deal, a pause to end each night at 06:00 will let aid trucks through.',
	].join('\n');
	assert.deepEqual(summaries(text), ['An unconditional ceasefire', 'A pause to end each night at 06:00 will let aid trucks through']);
});

test('the fields a deal covers are one scope, not one term per bare noun; a party signing another deal in an aside gives no term', () => {
	const text = [
		'The pact was signed on Friday in Tarrowick.',
		'',
		'The pact covers key areas such as joint investments, trade, energy, transit, defense cooperation, and counterterrorism.',
		'',
		'Osterland — which has just signed a deal to sell natural gas to Quarvessa — looks set to gain most.',
		'',
		'The two countries signed a pact to share the river water equally.',
	].join('\n');
	assert.deepEqual(summaries(text), ['Covers key areas such as joint investments, trade, energy, transit, defense cooperation, and counterterrorism', 'Share the river water equally']);
});

test('a deal that commits one party to a noun phrase keeps its verb, or the term reads "The two nations to …"', () => {
	const text = ['The declaration was signed on Friday in Tarrowick.', '', 'It commits the two nations to a long-term peace settlement.', '', 'The accord commits both navies to clear the channel within 30 days.'].join('\n');
	assert.deepEqual(summaries(text), ['Commits the two nations to a long-term peace settlement', 'Both navies to clear the channel within 30 days']);
});

test('a stretch of time alone, the approval a deal still awaits, and a verb that ends a relative clause before "is" state no term', () => {
	const text = [
		'The swap was agreed on Sunday in Tarrowick.',
		'',
		'It was the first thing the two sides had agreed on in sixty days.',
		'',
		'It still requires approval by the Brissow Assembly, which must vote on any change to the border.',
		'',
		'The level field that the minister says the deal restores is, in her phrase, a field with a slope on one side.',
		'',
		'The deal restores the old fishing quotas.',
	].join('\n');
	assert.deepEqual(summaries(text), ['Restores the old fishing quotas']);
});
