import {test} from 'node:test';
import assert from 'node:assert/strict';
import {quotesOf} from './quotes-of.js';

// What a speaker denies is no statement of theirs; invented sentences.
test('quotes: "denied that X" reports no X; a quoted word inside it is still the speaker\'s', () => {
	assert.deepEqual(quotesOf('The Velsh army denied that the clinic was damaged. The army denies the clinic was "deliberately" targeted.'), [
		['Velsh army', 'partial', 'deliberately'],
	]);
});

test('quotes: "ordered residents of the north to flee and said" is the sentence\'s subject speaking', () => {
	assert.deepEqual(quotesOf('The Velsh military ordered residents of the north to flee southwards and said on Sunday it was expanding its operations.'), [
		['Velsh military', 'reported', 'it was expanding its operations'],
	]);
});

test('quotes: ", claims it denies," after an accusation is the charge denied (a noun), not a verb reporting "it denies"', () => {
	const quotes = quotesOf('Dorva has faced accusations of backing the rebels, claims it denies, insisting its military presence is a defensive measure.');
	assert.ok(!quotes.some((quote) => quote[2].startsWith('it denies')), JSON.stringify(quotes));
	// "claims" as a verb after a comma still reports
	assert.deepEqual(quotesOf('The town fell, claims Hadrel Zandrow, who denies it was ever held.')[0]?.slice(0, 3), ['Hadrel Zandrow', 'reported', 'The town fell']);
});
