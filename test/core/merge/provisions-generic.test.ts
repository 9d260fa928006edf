import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractArticle} from '../../../source/core/extract-article.js';
import {mergeProvisions} from '../../../source/core/merge/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Invented story: bare wordings of a term that only meet each other still restate the term other outlets give in full.
const record = (id: string, outlet: string, text: string) => extractArticle(parseArticle(id, text, {outlet}));
const merge = (...texts: string[]) => mergeProvisions(texts.map((text, index) => record(`${index}.txt`, `Outlet ${index}`, text))).provisions;

test('"halt fighting around the mine" and "a local ceasefire" join the measured ceasefire three outlets state', () => {
	const terms = merge(
		'The two armies agreed to halt fighting around the mine. Under the deal, Bexhold will pay $40 million into a fund for the miners.',
		'Both sides agreed to a local ceasefire. Under the deal, Bexhold will pay $40 million into a fund for the miners.',
		'Under the deal, there will be a ceasefire within 15 km of the Tarrowlin mine for 30 days, watched by 20 unarmed monitors.',
		'The deal calls for a ceasefire within a 15-kilometre radius of the Tarrowlin mine, to last 30 days.',
		'Under the agreement, a truce will hold within 15 km of the Tarrowlin mine for 30 days.',
	);
	const truces = terms.filter((term) => /ceasefire|truce|fighting/i.test(term.summary));
	assert.deepEqual(truces.map((term) => term.articles.length), [5], terms.map((term) => term.summary).join(' | '));
});

test('"The ban on flares would take effect immediately", said once, is a detail of the ban; "The cut takes effect on 1 July" stays a term', () => {
	const terms = merge(
		'Under the settlement, police will be banned from carrying flares within 300 metres of a stadium. Under the settlement, the Moravel club will pay $2 million to the families.',
		'The settlement bans police from using flares at stadiums. Moravel sports minister Ilsa Pendry said the ban on flares would take effect immediately.',
		'Under the settlement, the Moravel club will pay $2 million to the families.',
	);
	assert.ok(!terms.some((term) => /take effect/.test(term.summary) && term.articles.length === 1), terms.map((term) => term.summary).join(' | '));
	const dated = merge(
		'Under the deal, Sundrake will cut its tariff on Ilsmere steel from 25% to 10% from 1 July. The tariff cut takes effect on 1 July.',
		'Under the deal, Sundrake will cut its tariff on Ilsmere steel from 25% to 10%.',
	);
	assert.ok(dated.some((term) => /takes effect/.test(term.summary)), dated.map((term) => term.summary).join(' | '));
});

test('money a party says it has pledged, told only so, is no term of a truce; in an aid package it is one', () => {
	const truce = merge(
		'Under the truce, both armies will pull back 10 km from the Tarrowlin road.',
		'Under the truce, both armies will withdraw 10 km from the Tarrowlin road. Moravel has pledged $35 million in humanitarian aid for the valley.',
		'The truce provides for a pullback of 10 km from the Tarrowlin road.',
	);
	assert.ok(!truce.some((term) => /pledged/.test(term.summary)), truce.map((term) => term.summary).join(' | '));
	const aid = merge(
		'The aid package includes 200 rescue workers and three field hospitals. The Union has pledged $50 million for the survivors.',
		'The aid package includes 200 rescue workers and three field hospitals.',
	);
	assert.ok(aid.some((term) => /50 million/.test(term.summary)), aid.map((term) => term.summary).join(' | '));
});

test('a passive step one outlet alone tells, with no party and no citation of the deal, is no term of its own', () => {
	const terms = merge(
		'Under the deal, the rebels will free 33 hostages in the first phase. Under the deal, 600 aid trucks a day will enter through the Bexhold crossing.',
		'Under the deal, the rebels will release 33 hostages in the first phase. In return, 90 prisoners will be freed on the first day.',
		'Under the deal, 600 aid trucks a day will enter through the Bexhold crossing.',
	);
	assert.ok(!terms.some((term) => /90 prisoners/.test(term.summary)), terms.map((term) => term.summary).join(' | '));
});

test('"a Varrikian-funded clean-up of Tarrowlin Bay" and "Varrikia will pay for the clean-up of Tarrowlin Bay" are one term', () => {
	const terms = merge(
		'The deal commits Varrikia to a $90 million clean-up of fuel-soaked mud in Tarrowlin Bay. Under the deal, the new lease runs for 15 years.',
		'The lease talks ended on Friday.\n\nThe main points of the deal:\n\n- A new lease of 15 years\n- A Varrikian-funded clean-up of Tarrowlin Bay, with no sum yet agreed\n- Shared use of the north pier',
		'Under the deal, Varrikia will pay $90m towards cleaning up Tarrowlin Bay. Under the deal, the new lease runs for 15 years.',
	);
	assert.equal(terms.filter((term) => /Tarrowlin Bay/.test(term.summary)).length, 1, terms.map((term) => term.summary).join(' | '));
});

test('a key point "Friendly nations pledge 300 million US dollars to rebuild the valley" is a pledge beside a truce, no term of it', () => {
	const terms = merge(
		'Under the truce, both armies will pull back 10 km from the Tarrowlin road.',
		'Tarrowlin truce live\n\nKey points\n- Friendly nations pledge 300 million US dollars to rebuild the valley\n- Both armies to pull back 10 km from the Tarrowlin road\n\n21:30 - Ministers meet\nThe truce was signed on Sunday.',
		'The truce provides for a pullback of 10 km from the Tarrowlin road.',
	);
	assert.ok(!terms.some((term) => /pledge/.test(term.summary)), terms.map((term) => term.summary).join(' | '));
});

test('"a rise of up to 15 per cent in the minimum wage" and "minimum wage up 12% from 1 July" are one term; "10%" and "30%" cuts stay two', () => {
	const terms = merge(
		'The fuel deal was signed on Sunday.\n\nThe deal provides for:\n\n- Minimum wage and public-sector pay up 12% from 1 July\n- Fuel prices cut by 10%',
		'The fuel deal was signed on Sunday.\n\nThe deal provides for:\n\n- Minimum wage and public-sector pay up 12% from 1 July\n- Fuel prices cut by 10%',
		'The fuel deal was signed on Sunday.\n\nThe deal provides for:\n\n- a rise of up to 15 per cent in the minimum wage and public-sector pay from 1 July\n- a cut of 30% in bus fares',
	);
	assert.equal(terms.filter((term) => /wage/i.test(term.summary)).length, 1, terms.map((term) => term.summary).join(' | '));
	assert.ok(terms.some((term) => /30%/.test(term.summary)) && terms.some((term) => /10%/.test(term.summary)), terms.map((term) => term.summary).join(' | '));
});
