import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractArticle} from '../../../source/core/extract-article.js';
import {titledNames} from '../../../source/core/extract/titled-names.js';
import {findDiscrepancies, misquotes, nearMisnamed, quoteOverlap, spellingKey} from '../../../source/core/framing/discrepancies.js';
import type {Quote, Speaker} from '../../../source/core/model.js';
import {parseArticle} from '../../../source/core/parse-article.js';

const record = (id: string, outlet: string, text: string) => extractArticle(parseArticle(id, text, {outlet}));

// An invented hostage agreement: one outlet misspells the mediator's name.
const records = [
	record('a.txt', 'Harbour Gazette', 'Talks resumed on Monday.\n\nChief negotiator Maria Dellacroix met both delegations. UN Special Envoy Tomas Brennagh said the hostages would be freed.'),
	record('b.txt', 'Valley Courier', 'The deal was signed.\n\nspecial envoy Tomas Brannock told reporters the exchange would start at dawn. Chief Negotiator Maria Dellacroix agreed.'),
	record('c.txt', 'Coast Times', 'Envoy Tomas Brannock arrived on Sunday. President Ana Sample and President Omar Example welcomed the deal.'),
];

test('finds title + name spans in article bodies', () => {
	const spans = titledNames(records[0].article).map((titled) => [titled.office, titled.name]);
	assert.deepEqual(spans, [
		['negotiator', 'Maria Dellacroix'],
		['envoy', 'Tomas Brennagh'],
	]);
});

test('the same office held by differently spelled people across outlets is a discrepancy, with each side\'s sentence', () => {
	const found = findDiscrepancies(records, [], []);
	assert.equal(found.length, 1);
	const [name] = found;
	assert.equal(name.kind, 'name');
	assert.equal(name.summary, 'special envoy: named "Tomas Brennagh" (Harbour Gazette) but "Tomas Brannock" (Valley Courier, Coast Times)');
	assert.deepEqual(name.articles, ['a.txt', 'b.txt', 'c.txt']);
	assert.deepEqual(
		name.evidence.map((evidence) => [evidence.article, evidence.text]),
		[
			['a.txt', 'UN Special Envoy Tomas Brennagh said the hostages would be freed.'],
			['b.txt', 'special envoy Tomas Brannock told reporters the exchange would start at dawn.'],
			['c.txt', 'Envoy Tomas Brannock arrived on Sunday.'],
		],
	);
});

test('reads a title in apposition after the name', () => {
	const [titled] = titledNames(record('d.txt', 'Hill Post', 'Tomas Brannick, the UN special envoy, landed on Friday.').article);
	assert.deepEqual([titled.office, titled.name, titled.sentence], ['envoy', 'Tomas Brannick', 'Tomas Brannick, the UN special envoy, landed on Friday.']);
});

test('spelling variants of one name and different people are not discrepancies', () => {
	const cases: Array<[string, string, boolean]> = [
		['Tomas Brennagh', 'Tomas Brannock', true],
		['Volodya Petrenkyy', 'Volodya Petrenkiy', false], // transliteration
		['Jean-Noël Marchand', 'Jean-Noel Marchand', false], // accents
		['Dan Ortiz', 'Daniel Ortiz', false], // short given name
		['Ana Sample', 'Omar Example', false], // two presidents
		['Ana Sample', 'Ana Kowalczyk', false], // same given name, unrelated surname
	];
	for (const [a, b, expected] of cases) assert.equal(nearMisnamed(a, b), expected, `${a} / ${b}`);
	assert.equal(spellingKey('Petrenkyy'), spellingKey('Petrenkiy'));
});

test('the same speaker quoted in different words by different outlets is a misquote', () => {
	const speakers: Speaker[] = [{id: 'lena', name: 'Lena Ortiz', aliases: [], role: 'mediator'}];
	const quote = (text: string, article: string): Quote => ({speaker: 'lena', text, kind: 'direct', articles: [article], evidence: [{article, text: `"${text}," Ortiz said.`}]});
	const quotes = [
		quote('We will bring every hostage home before the winter', 'a.txt'),
		quote('We will bring all the hostages home before winter comes', 'b.txt'),
		quote('The crossing opens at dawn', 'c.txt'),
	];
	const found = misquotes(records, speakers, quotes);
	assert.equal(found.length, 1);
	assert.deepEqual(found[0].articles, ['a.txt', 'b.txt']);
	assert.equal(found[0].kind, 'quote');
	assert.equal(found[0].evidence.length, 2);
	assert.equal(quoteOverlap('bring every hostage home', 'we will bring every hostage home before the winter'), 1);
});
