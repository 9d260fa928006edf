import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {LocalClaim} from '../../../source/core/extract/claims.js';
import {mergeClaims} from '../../../source/core/merge/figures.js';
import {EXTRACTOR_VERSION, type ArticleRecord} from '../../../source/core/record.js';

function record(id: string, claims: LocalClaim[]): ArticleRecord {
	return {
		extractor: EXTRACTOR_VERSION,
		article: {id, outlet: `Daily ${id}`, credit: null, url: null, headline: null, published: null, words: 0, lede: null, body: ''},
		speakers: [],
		quotes: [],
		figures: [],
		claims,
		proposals: [],
		provisions: [],
		weekdays: [],
	};
}

const claim = (article: string, place: string, text: string, claimant: string | null, disputedBy: string | null = null, rule = 'claim.take'): LocalClaim => ({place, claim: text, claimant, disputedBy, evidence: {article, text: `${text}.`, rule}});

test('a landform claimed by its short name and by its full name is one place, under the full name', () => {
	const {claims} = mergeClaims([record('a.txt', [claim('a.txt', 'Marrisk', 'retaken', 'Ostrog')]), record('b.txt', [claim('b.txt', 'Marrisk Island', 'holds', 'Ostrog', null, 'claim.holds')])]);
	assert.deepEqual(claims.map((item) => [item.place, item.articles.join(',')]), [['Marrisk Island', 'a.txt,b.txt']]);
});

test('a town and the airport named after it stay two places', () => {
	const {claims} = mergeClaims([record('a.txt', [claim('a.txt', 'Kavenport', 'seized', 'Ostrog')]), record('b.txt', [claim('b.txt', 'Kavenport airport', 'seized', 'Ostrog')])]);
	assert.deepEqual(claims.map((item) => item.place), ['Kavenport', 'Kavenport airport']);
});

test('a side never disputes its own claim: the rival side that claims the place disputes it', () => {
	const {claims} = mergeClaims([
		record('a.txt', [claim('a.txt', 'Pelmora', 'pushed out', 'The Front', null, 'claim.take-expelled')]),
		record('b.txt', [claim('b.txt', 'Pelmora', 'cleared', 'the army', 'The Front')]),
	]);
	assert.equal(claims[0].claimant, 'The Front');
	assert.equal(claims[0].disputedBy, 'the army');
});

test('a dispute by another side is kept as it is', () => {
	const {claims} = mergeClaims([record('a.txt', [claim('a.txt', 'Sandrick', 'cleared', 'the army', 'The Front')])]);
	assert.equal(claims[0].disputedBy, 'The Front');
});

test('an attack on a place its defender says it beat off disputes the attacker’s taking of it', () => {
	const {claims} = mergeClaims([
		record('a.txt', [claim('a.txt', 'Tassenby junction', 'captured', 'The Front')]),
		record('b.txt', [claim('b.txt', 'Tassenby junction', 'held', 'the Ministry of Defence', null, 'claim.repelled-attack')]),
	]);
	assert.equal(claims[0].claimant, 'The Front');
	assert.equal(claims[0].disputedBy, 'the Ministry of Defence');
});

test('a place spelt two ways by outlets ("Vorlyansk" / "Vorliansk") is one place under its commonest spelling; short or different names stay apart', () => {
	const {claims} = mergeClaims([
		record('a.txt', [claim('a.txt', 'Vorliansk', 'captured', 'Ostrog')]),
		record('b.txt', [claim('b.txt', 'Vorliansk', 'holds', 'the Front', null, 'claim.holds')]),
		record('c.txt', [claim('c.txt', 'Vorlyansk', 'captured', 'Ostrog'), claim('c.txt', 'Varlosk', 'captured', 'Ostrog')]),
	]);
	assert.deepEqual(claims.map((item) => [item.place, item.articles.join(',')]).sort(), [['Varlosk', 'c.txt'], ['Vorliansk', 'a.txt,b.txt,c.txt']]);
});
