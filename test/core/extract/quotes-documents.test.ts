import {test} from 'node:test';
import assert from 'node:assert/strict';
import {quotesOf} from './quotes-of.js';

// Statements that went out on a platform before their author is named; invented sentences.
test('quotes: "a statement posted on PLATFORM by X" is X\'s', () => {
	assert.deepEqual(quotesOf('The army had withdrawn from the town, according to a statement posted on Quessgram by the defence ministry.'), [
		['defence ministry', 'reported', 'The army had withdrawn from the town'],
	]);
	assert.deepEqual(quotesOf('A statement posted on Quessgram by the defence ministry said the army had withdrawn from the town.'), [
		['defence ministry', 'reported', 'the army had withdrawn from the town'],
	]);
});

test('quotes: ", X said in a statement posted on its PLATFORM channel." closes the clause X said', () => {
	assert.deepEqual(quotesOf('The army had withdrawn from the town, the defence ministry said in a statement posted on its Quessgram channel.'), [
		['defence ministry', 'reported', 'The army had withdrawn from the town'],
	]);
});
