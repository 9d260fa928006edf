import {test} from 'node:test';
import assert from 'node:assert/strict';
import {quotesOf} from './quotes-of.js';

// What a speaker denies is no statement of theirs; invented sentences.
test('quotes: "denied that X" reports no X; a quoted word inside it is still the speaker\'s', () => {
	assert.deepEqual(quotesOf('The Velsh army denied that the clinic was damaged. The army denies the clinic was "deliberately" targeted.'), [
		['Velsh army', 'partial', 'deliberately'],
	]);
});
