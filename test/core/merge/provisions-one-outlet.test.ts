import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractArticle} from '../../../source/core/extract-article.js';
import {mergeProvisions} from '../../../source/core/merge/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Invented stories: a term one outlet words its own way, beside the wording the other outlets share, stays one term.
const record = (id: string, outlet: string, text: string) => extractArticle(parseArticle(id, text, {outlet}));
const merge = (...texts: string[]) => mergeProvisions(texts.map((text, index) => record(`${index}.txt`, `Outlet ${index}`, text))).provisions;
const summaries = (terms: {summary: string}[]) => terms.map((term) => term.summary).join(' | ');

test('the corridors and the monitors of a deal are one term each, however each outlet words them', () => {
	const terms = merge(
		'The truce provides for two safe corridors from Pelmar camp, one north to Astov and one west to the Brenn crossing.\n\nUnder the truce, 40 unarmed monitors of the Quillan Council will watch the camp.',
		'The truce provides for:\n\n- two humanitarian corridors, checked by the Ostrian police;\n- 45 unarmed observers of the Quillan Council;\n- an exchange of 150 prisoners.',
		'Under the truce, families can leave along two protected corridors, and an exchange of 150 prisoners will follow.\n\nThe monitors will report daily to the Quillan secretariat.',
	);
	assert.equal(terms.filter((term) => /corridors/i.test(term.summary)).length, 1, summaries(terms));
	const monitors = merge(
		'Under the deal, 120 unarmed monitors of the Quillan Council will be deployed along the line, and both armies will pull heavy guns back 20 km.',
		'Under the deal, 120 monitors from the Quillan Council will watch the line.',
		'Orlend and Kestrow agreed a truce on Saturday after a week of shelling.\n\nThe measures agreed include:\n- a halt to all fire along the line from midnight on Sunday;\n- the withdrawal of heavy guns to a distance of 20 km from the line;\n- the deployment of 150 observers of the Quillan Council, who must be unarmed and neutral.',
	);
	assert.equal(monitors.filter((term) => /monitors|observers/i.test(term.summary)).length, 1, summaries(monitors));
});

test('one outlet\'s own wording of a term several outlets state joins that term; a term only it states stays its own', () => {
	const terms = merge(
		'Under the accord, the remains of the victims will be identified in Sarrick and repatriated through Velmoor. Under the accord, a $90 million fund will pay the families. Under the accord, both armies will pull back 15 km from the crash site. Under the accord, talks on a permanent truce will open within 30 days.',
		'Under the accord, remains of all victims will be identified in Sarrick and repatriated to their home countries.\n\nUnder the accord, a $90 million fund will pay the families of the victims. Under the accord, the two armies will withdraw 15 km from the crash site.',
		'Under the accord, the remains will be flown to Sarrick for identification and then repatriated to the victims home countries at Velmoor expense. Under the accord, talks on a lasting truce will begin within 30 days.',
		'Harnby and Callow signed an accord on the crash on Friday.\n\nThe measures agreed include:\n- the remains recovered by rescuers are taken to Sarrick with dignity;\n- a fund of $90 million for the families;\n- a hotline between the two defence ministries.',
	);
	const remains = terms.filter((term) => /remains/i.test(term.summary));
	assert.equal(remains.length, 1, summaries(terms));
	assert.deepEqual(remains[0].articles, ['0.txt', '1.txt', '2.txt', '3.txt']);
	// (the joined wording is a detail: the outlets' shared wording still names the term)
	assert.match(remains[0].summary, /identified in Sarrick/);
	assert.ok(terms.some((term) => /hotline/.test(term.summary)), summaries(terms));
});
