import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractProvisions} from '../../../source/core/extract/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Invented articles: an aside between a term's subject and its verb is background; the term is the subject with its verb.
const summaries = (text: string) => extractProvisions(parseArticle('a.txt', text, {outlet: 'Harnby Ledger'})).provisions.map((provision) => provision.summary);
const story = (...paragraphs: string[]) => ['Velmoor and Sarrick signed a water treaty on Thursday.', ...paragraphs].join('\n\n');

test('"X, which lies downstream, will receive 45 per cent": the relative clause after the subject does not end the term', () => {
	assert.deepEqual(summaries(story('Under the treaty, Velmoor, which lies downstream, will receive 45 per cent of the river\'s flow.')), ["Velmoor will receive 45 per cent of the river's flow"]);
	assert.deepEqual(summaries(story('Callow, which brokered the talks, will chair the joint commission, according to a copy of the text seen by the Ledger.')), ['Callow will chair the joint commission']);
});

test('"X, as a gesture of good will, will lift …": an "as" aside after the subject is no part of the term', () => {
	assert.deepEqual(summaries(story('Under the treaty, Sarrick, as a gesture of good will, will lift its 25% levy on Velmoor grain.')), ['Sarrick will lift its 25% levy on Velmoor grain']);
});

test('a relative clause after the term is still cut off', () => {
	assert.deepEqual(summaries(story('Under the treaty, Sarrick will lift its levy on grain, which has cost farmers millions.')), ['Sarrick will lift its levy on grain']);
});
