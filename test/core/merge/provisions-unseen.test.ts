import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractArticle} from '../../../source/core/extract-article.js';
import {mergeProvisions} from '../../../source/core/merge/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Invented stories: how the provisions of text nobody tuned on go wrong (a term split over two outlets' words, news taken as a term).
const record = (id: string, outlet: string, text: string) => extractArticle(parseArticle(id, text, {outlet}));
const merge = (...texts: string[]) => mergeProvisions(texts.map((text, index) => record(`${index}.txt`, `Outlet ${index}`, text))).provisions;

test('one term whose count two outlets give a little apart is one term ("40 monitors" / "45 observers")', () => {
	const terms = merge(
		'Under the deal, 40 unarmed monitors from the Sellick Union will be posted along the Tarrowe road.',
		'Under the deal, 45 unarmed observers from the Sellick Union will be posted along the Tarrowe road.',
	);
	assert.deepEqual(
		terms.map((term) => term.articles.join(',')),
		['0.txt,1.txt'],
	);
	// a sum a third apart is another figure, and stays a term of its own
	const funds = merge('Under the deal, Velquist will pay $20 million into a fund for the Tarrowe farmers.', 'Under the deal, Velquist will pay $30 million into a fund for the Tarrowe farmers.');
	assert.equal(funds.length, 2);
});

test('a lone sentence that brings the deal in as news ("… under an accord signed on Friday") is no term', () => {
	const terms = merge(
		'A Velquist engineer who has been held for six days is to be freed under an accord signed on Friday, his family has been told.\n\nUnder the accord, Harnaby will release the 19 crew of the trawler Pemberly within 72 hours.',
		'Under the accord, the 19 crew of the Pemberly will be freed within 72 hours.\n\nA hotline will link the two coast guards.',
		'The two coast guards will open a hotline under the accord. The crew of the Pemberly will be home within 72 hours under the accord.',
	);
	assert.ok(!terms.some((term) => /engineer/i.test(term.summary)), terms.map((term) => term.summary).join(' | '));
	assert.ok(terms.some((term) => /crew/i.test(term.summary)));
	// "Under a clause insisted on by Harnaby, …" cites a clause of the deal: its term stays
	const clause = merge(
		'Under a clause insisted on by Harnaby, returned crew may not be sent back to sea for a year.\n\nUnder the accord, Harnaby will release the 19 crew of the Pemberly within 72 hours.',
		'Under the accord, the 19 crew of the Pemberly will be freed within 72 hours.',
		'Under the accord, the crew of the Pemberly will be home within 72 hours.',
	);
	assert.ok(clause.some((term) => /sent back to sea/i.test(term.summary)), clause.map((term) => term.summary).join(' | '));
});

test('"lorries carrying food" are the aid convoys of another outlet, and "a reconstruction fund" its "fund for rebuilding homes"', () => {
	const convoys = merge(
		'Under the truce, aid convoys of up to 30 trucks a day will enter through the Tarrowe crossing.',
		'Under the truce, lorries carrying food and medicine would cross from Velquist at the Tarrowe crossing.',
	);
	assert.deepEqual(convoys.map((term) => term.articles.join(',')), ['0.txt,1.txt']);
	const funds = merge(
		'The pact creates a $60 million fund for rebuilding homes and schools destroyed by the floods.\n\nUnder the pact, a hotline will link the two capitals.',
		'Under the pact, a $60 million fund will pay for rebuilding homes and schools.\n\nUnder the pact, a hotline will link the two capitals.',
		'The draft also sets up a reconstruction fund of $45 million for homes destroyed by the floods.',
	);
	assert.equal(funds.filter((term) => /fund/i.test(term.summary)).length, 1, funds.map((term) => term.summary).join(' | '));
});
