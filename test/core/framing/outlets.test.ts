import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractArticle} from '../../../source/core/extract-article.js';
import {countPhrases} from '../../../source/core/extract/tone.js';
import {buildOutlets, distinctiveTerms, outletLabel, termsOf} from '../../../source/core/framing/outlets.js';
import type {Briefing} from '../../../source/core/model.js';
import {parseArticle} from '../../../source/core/parse-article.js';

const record = (id: string, outlet: string | null, text: string) => extractArticle(parseArticle(id, text, {outlet}));

// An invented trade deal, framed three ways.
const records = [
	record(
		'a.txt',
		'Harbour Gazette',
		'Dairy Tariffs Slashed in Punishing Deal for Farmers\n\nThe controversial trade deal slashes dairy tariffs and reportedly opens grain quotas, a punishing blow for dairy farmers. Dairy farmers could lose export markets. Farmers said the dairy deal was a surrender.',
	),
	record(
		'b.txt',
		'Valley Courier',
		'Trade Deal Opens Grain Markets\n\nThe trade deal opens grain quotas for exporters and grain traders welcomed the grain market access. Exporters expect grain prices to rise, according to traders. Grain shipments may begin in spring.',
	),
	record('c.txt', null, 'Ministers from both countries signed the agreement in the port city on Tuesday after months of talks about ports and shipping.'),
];

const briefing = {
	version: 1,
	story: {name: 'trade deal', from: null, to: null},
	corpus: {root: '.', skipped: []},
	articles: records.map((r) => r.article),
	speakers: [
		{id: 'ana', name: 'Ana Sample', aliases: [], role: 'farm minister', side: 'Northland'},
		{id: 'ben', name: 'Ben Example', aliases: [], role: null, side: null},
	],
	quotes: [
		{speaker: 'ana', text: 'a fair deal', kind: 'direct', articles: ['a.txt', 'b.txt'], evidence: [{article: 'a.txt', text: 'x'}, {article: 'b.txt', text: 'y'}]},
		{speaker: 'ana', text: 'good for grain', kind: 'direct', articles: ['b.txt'], evidence: [{article: 'b.txt', text: 'z'}]},
		{speaker: 'ben', text: 'a sell-out', kind: 'direct', articles: ['a.txt'], evidence: [{article: 'a.txt', text: 'w'}]},
	],
	provisions: [
		{id: 'dairy-tariffs', summary: 'Dairy tariffs cut', articles: ['a.txt'], evidence: [{article: 'a.txt', text: 'x'}]},
		{id: 'grain-quotas', summary: 'Grain quotas opened', articles: ['a.txt', 'b.txt'], evidence: [{article: 'b.txt', text: 'x'}]},
	],
	figures: [],
	claims: [],
} as Omit<Briefing, 'outlets' | 'discrepancies'>;

test('one framing per outlet; an article without an outlet is its own, labelled by its first words', () => {
	const outlets = buildOutlets(records, briefing);
	assert.deepEqual(
		outlets.map((outlet) => outlet.name),
		['Harbour Gazette', 'Valley Courier', 'Ministers from both countries signed the agreement in…'],
	);
	const [gazette, courier, third] = outlets;
	assert.equal(gazette.headline, 'Dairy Tariffs Slashed in Punishing Deal for Farmers');
	assert.match(gazette.lede ?? '', /^The controversial trade deal/);
	assert.equal(third.headline, null);
	for (const outlet of outlets) assert.ok(outlet.terms.length >= 5, outlet.name);
	assert.equal(gazette.terms[0].term, 'dairy');
	assert.equal(courier.terms[0].term, 'grain');
});

test('coverage agrees with the provisions, voices count quotes per outlet with their side', () => {
	const [gazette, courier, third] = buildOutlets(records, briefing);
	assert.deepEqual([gazette.covered, gazette.omitted], [['dairy-tariffs', 'grain-quotas'], []]);
	assert.deepEqual([courier.covered, courier.omitted], [['grain-quotas'], ['dairy-tariffs']]);
	assert.deepEqual([third.covered, third.omitted], [[], ['dairy-tariffs', 'grain-quotas']]);
	assert.deepEqual(courier.voices, [{speaker: 'Ana Sample', quotes: 2, side: 'Northland'}]);
	assert.deepEqual(gazette.voices, [
		{speaker: 'Ana Sample', quotes: 1, side: 'Northland'},
		{speaker: 'Ben Example', quotes: 1, side: null},
	]);
});

test('hedges and loaded words are counted from the lexicons', () => {
	const [gazette, courier] = buildOutlets(records, briefing);
	assert.deepEqual(gazette.loaded, [
		{phrase: 'controversial', count: 1},
		{phrase: 'punishing', count: 1},
		{phrase: 'surrender', count: 1},
	]);
	assert.deepEqual(
		courier.hedges?.map((hedge) => hedge.phrase),
		['according to', 'may'],
	);
	assert.deepEqual(countPhrases(['Talks may resume on May 12.'], ['may']), [{phrase: 'may', count: 1}]);
});

test('terms are words and two-word phrases without stop words; the log-odds puts the outlet-specific first', () => {
	assert.deepEqual(termsOf('The grain quotas, and the ports.'), ['grain', 'quotas', 'grain quotas', 'ports']);
	const corpus = new Map([['grain', 10], ['deal', 10], ['dairy', 10]]);
	const outlet = new Map([['grain', 9], ['deal', 5], ['dairy', 1]]);
	const terms = distinctiveTerms(outlet, corpus).map((term) => term.term);
	assert.deepEqual(terms.slice(0, 2), ['grain', 'deal']);
	assert.equal(outletLabel({outlet: null, headline: null, lede: null, id: 'x/y.txt'}), 'x/y.txt');
});
