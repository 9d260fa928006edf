import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractArticle} from '../../../source/core/extract-article.js';
import {countPhrases} from '../../../source/core/extract/tone.js';
import {buildOutlets, distinctiveTerms, outletLabel, ownNameTerms, termsOf} from '../../../source/core/framing/outlets.js';
import type {Briefing} from '../../../source/core/model.js';
import {parseArticle} from '../../../source/core/parse-article.js';
import {STOP_WORDS} from '../../../source/core/lexicon/stopwords.js';

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

/** The terms of a text as brief first read them, with a chain of patterns: the one-pass reader must agree with it exactly. */
function termsByPatterns(text: string): string[] {
	const stop = new Set(STOP_WORDS);
	const terms: string[] = [];
	for (const chunk of text.toLowerCase().replace(/[’‘]/g, "'").split(/[^[\p{L}\p{N}' \-]--[\u{10000}-\u{10FFFF}]]+/v)) {
		const words = chunk.split(/[\s-]+/).map((word) => (word.includes("'") ? word.replace(/^'+|'+$/g, '').replace(/'s$/, '') : word));
		let previous: string | null = null;
		for (const word of words) {
			const content = word.length >= 2 && !stop.has(word) && !/^[\d']+$/.test(word);
			if (content) {
				terms.push(word);
				if (previous) terms.push(`${previous} ${word}`);
			}
			previous = content ? word : null;
		}
	}
	return terms;
}

test('terms: punctuation breaks a phrase, spaces and hyphens do not; quotes, possessives, accents and other scripts', () => {
	const table: [text: string, terms: string[]][] = [
		['Flood-hit villages wait', ['flood', 'hit', 'flood hit', 'villages', 'hit villages', 'wait', 'villages wait']],
		['relief -- convoys; rescue teams', ['relief', 'convoys', 'relief convoys', 'rescue', 'teams', 'rescue teams']],
		["the 'quake zone' and the province's ‘aid’ 1999's", ['quake', 'zone', 'quake zone', 'province', 'aid', 'province aid']],
		['Ünal Şahin ärzte İzmir ΣΕΙΣΜΟΣ', termsByPatterns('Ünal Şahin ärzte İzmir ΣΕΙΣΜΟΣ')],
		['tolls\u00a0rise\tagain\nfast 3,500 dead', ['tolls', 'rise', 'fast', 'dead']],
		// letters beyond U+FFFF (mathematical bold) are no letters, as the patterns' letter classes read them: they break a phrase
		["'' ' x y zz 𝐀𝐁 ok 12th", ['zz', 'ok', '12th', 'ok 12th']],
	];
	for (const [text, terms] of table) {
		assert.deepEqual(termsOf(text), terms, text);
		assert.deepEqual(termsOf(text), termsByPatterns(text), text);
	}
});

test('terms: an outlet counts each term as often as its texts hold it, whatever the texts mix', () => {
	const texts = ['Quake relief: relief convoys reach the coast.', "Relief-convoys' route; the coast's roads", 'Ärzte ohne Grenzen — relief', '“Coast guard” relief convoys, coast guard'];
	const quake = texts.map((text, index) => record(`q${index}.txt`, index % 2 ? 'Coast Times' : 'Inland Post', text));
	const outlets = buildOutlets(quake, {...briefing, articles: quake.map((r) => r.article), quotes: [], provisions: []});
	const counted = (group: typeof quake) => {
		const counts = new Map<string, number>();
		for (const r of group) for (const term of termsByPatterns(`${r.article.headline ?? ''}\n${r.article.body}`)) counts.set(term, (counts.get(term) ?? 0) + 1);
		return counts;
	};
	const byOutlet = new Map(['Inland Post', 'Coast Times'].map((name) => [name, counted(quake.filter((r) => r.article.outlet === name))]));
	const corpus = new Map<string, number>();
	for (const counts of byOutlet.values()) for (const [term, count] of counts) corpus.set(term, (corpus.get(term) ?? 0) + count);
	for (const outlet of outlets) assert.deepEqual(outlet.terms, distinctiveTerms(byOutlet.get(outlet.name)!, corpus, undefined, ownNameTerms(outlet.name)), outlet.name);
});

test('an outlet’s own name, words and initials are not among its distinctive terms', () => {
	const own = ownNameTerms('Harbour Press Agency')!;
	const cases: [string, boolean][] = [
		['harbour press', true],
		['agency', true],
		['hpa', true],
		['harbour', true],
		['press freedom', false],
		['ceasefire', false],
	];
	for (const [term, left] of cases) assert.equal(own(term), left, term);
	assert.equal(ownNameTerms(null), undefined);
	const group = new Map([['harbour press', 6], ['hpa', 4], ['ceasefire', 5], ['truce', 3]]);
	const corpus = new Map([['harbour press', 6], ['hpa', 4], ['ceasefire', 6], ['truce', 9], ['talks', 20]]);
	assert.deepEqual(distinctiveTerms(group, corpus, undefined, own).map((term) => term.term).sort(), ['ceasefire', 'truce']);
});

test('outlets: terms an outlet used again come before words it used once, which only make up the minimum', () => {
	const count = (text: string) => {
		const counts = new Map<string, number>();
		for (const term of termsOf(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
		return counts;
	};
	const outlet = count('Quake quake rubble rubble aftershock aftershock shelter shelter tents tents alpha beta gamma delta');
	const other = count('Talks talks ministers ministers budget');
	const corpus = new Map(outlet);
	for (const [term, n] of other) corpus.set(term, (corpus.get(term) ?? 0) + n);
	const terms = distinctiveTerms(outlet, corpus).map((term) => term.term);
	assert.deepEqual(terms.slice(0, 5).sort(), ['aftershock', 'quake', 'rubble', 'shelter', 'tents']);
	assert.ok(!terms.includes('alpha'), terms.join(', '));
	// with fewer than five repeated terms, words used once make up the five
	assert.equal(distinctiveTerms(other, corpus).length, 5);
});
