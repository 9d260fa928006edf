import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractProvisions} from '../../../source/core/extract/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Invented sentences: where one term is cut in two (the halves fail to match the term and count as extra terms).
const summaries = (text: string) => extractProvisions(parseArticle('a.txt', text, {outlet: 'Quintara Post'})).provisions.map((provision) => provision.summary);

test('"keep tanks, mortars and rockets 12 km from the town": the last of a series of bare nouns before a distance is no verb', () => {
	assert.deepEqual(summaries('Under the plan, both sides are to exchange 120 prisoners, and to keep tanks, mortars and rockets 12 km from Orsk.'), [
		'Both sides are to exchange 120 prisoners',
		'Keep tanks, mortars and rockets 12 km from Orsk',
	]);
	// a deal's verb after "and" still opens the next step
	assert.deepEqual(summaries('Under the plan, both sides are to pull back tanks, mortars and rockets 12 km and free 120 prisoners.'), ['Both sides are to pull back tanks, mortars and rockets 12 km', 'Free 120 prisoners']);
});
