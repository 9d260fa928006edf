import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Briefing} from '../../source/core/model.js';
import {renderDigest} from '../../source/digest/digest.js';
import {LIMITS} from '../../source/digest/refs.js';
import {fixtureBriefing} from './fixtures/briefing.js';

const MORE = /… and \d+ more .*\(brief digest --all prints every one\)/;

/** The fixture grown to a large corpus: every long list well past its limit, one article per item, many of them. */
function largeBriefing(): Briefing {
	const briefing = fixtureBriefing();
	const [article] = briefing.articles;
	briefing.articles = Array.from({length: 200}, (_, index) => ({...article, id: `a${index}.txt`}));
	const ids = briefing.articles.map((entry) => entry.id);
	const [quote] = briefing.quotes;
	briefing.quotes = Array.from({length: 80}, (_, index) => ({...quote, text: `${quote.text}, day ${index}`, articles: index ? [ids[index]] : ids}));
	const [provision] = briefing.provisions;
	briefing.provisions = Array.from({length: 70}, (_, index) => ({...provision, id: `p${index}`, summary: `Term number ${index}`}));
	const killed = briefing.figures.find((figure) => figure.kind === 'killed')!;
	briefing.figures = [...Array.from({length: 60}, (_, index) => ({...killed, value: 1000 + index})), ...briefing.figures.filter((figure) => figure.kind !== 'killed')];
	const [claim] = briefing.claims;
	briefing.claims = Array.from({length: 55}, (_, index) => ({...claim, claim: `holds post ${index}`}));
	const [discrepancy] = briefing.discrepancies;
	const evidence = Array.from({length: 15}, (_, index) => ({...discrepancy.evidence[0], text: `Sentence number ${index}.`}));
	briefing.discrepancies = Array.from({length: 120}, (_, index) => ({...discrepancy, summary: `Disagreement number ${index}`, evidence}));
	return briefing;
}

test('a long list stops at its limit with a line that says how many more and how to print them', () => {
	const text = renderDigest(largeBriefing(), {width: 400});
	assert.match(text, /… and 70 more disagreements \(brief digest --all prints every one\)/);
	assert.match(text, /… and 5 more sentences/);
	assert.match(text, /… and 50 more quotes/);
	assert.match(text, /… and 20 more provisions/);
	assert.match(text, /… and 10 more figures/);
	assert.match(text, /… and 5 more claims/);
	assert.match(text, /Disagreement number 49\b/);
	assert.doesNotMatch(text, /Disagreement number 50\b/);
	assert.doesNotMatch(text, /Term number 50\b/);
	assert.match(text, new RegExp(`\\[1, 2, 3, [^\\]]*, and ${200 - LIMITS.refs} more\\]`), 'a long list of sources');
	// The header still counts everything.
	assert.match(text, /Found: 70 plan provisions, 80 quotes from \d+ speakers?, \d+ figures, 55 claims on the ground, 120 disagreements/);
	// Sources are the references: every one stays listed.
	assert.match(text, /\[200\] /);
});

test('--all prints every entry of every list', () => {
	const text = renderDigest(largeBriefing(), {width: 400, all: true});
	assert.doesNotMatch(text, MORE);
	assert.match(text, /Disagreement number 119\b/);
	assert.match(text, /Term number 69\b/);
	assert.match(text, /Sentence number 14\./);
	assert.match(text, /\[1, 2, 3, [^\]]*, 200\]/);
});

test('a story of a few articles is printed whole: no list reaches its limit', () => {
	for (const format of ['text', 'markdown'] as const) {
		const briefing = fixtureBriefing();
		assert.doesNotMatch(renderDigest(briefing, {format}), MORE);
		assert.equal(renderDigest(briefing, {format}), renderDigest(briefing, {format, all: true}));
	}
});
