import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractArticle} from '../../../source/core/extract-article.js';
import {mergeProvisions} from '../../../source/core/merge/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Invented stories: one term that two outlets word apart (a length rounded, the monitors told of again) stays one term.
const record = (id: string, outlet: string, text: string) => extractArticle(parseArticle(id, text, {outlet}));
const merge = (...texts: string[]) => mergeProvisions(texts.map((text, index) => record(`${index}.txt`, `Outlet ${index}`, text))).provisions;

test('a railway of "roughly 400km" and a "410-km railway" are one term; a buffer of 10 km and one of 25 km are two', () => {
	const terms = merge(
		'Under the deal, Castrel will finance a 410-km railway from the Pellandor mines to the port of Ostrevia.',
		'Under the deal, Castrel will finance a 410-kilometre railway from the mines to the port of Ostrevia.',
		'Castrel has also agreed to pay for a railway of roughly 400km linking the mines to the port of Ostrevia.',
	);
	assert.deepEqual(terms.map((term) => term.articles.length), [3], terms.map((term) => term.summary).join(' | '));
	const zones = merge('Under the deal, both armies will keep heavy guns 10 km from the Pellandor road.', 'Under the deal, both armies will keep heavy guns 25 km from the Pellandor road.');
	assert.equal(zones.length, 2);
});

test('"The monitors will publish a report every Friday", said once, is a detail of the monitoring mission several outlets state', () => {
	const terms = merge(
		'The agreement provides for a mission of 120 unarmed monitors from the Garrowby Union along the whole line. The monitors will publish a report every Friday.',
		'Under the deal, 120 unarmed monitors of the Garrowby Union will be deployed along the line. Under the deal, a hotline will let field commanders call the monitors.',
		'Under the deal, 120 monitors from the Garrowby Union will watch the line. Under the deal, a hotline will let field commanders call the monitors.',
	);
	assert.ok(!terms.some((term) => term.articles.length === 1), terms.map((term) => term.summary).join(' | '));
});

test('"The zone takes effect at 06:00 and residents must leave by Tuesday", said once, is a detail of the zone others state', () => {
	const terms = merge(
		'Under the accord, the zone takes effect at 06:00 on Sunday and all residents inside it must be evacuated by Tuesday.',
		'Under the accord, an exclusion zone with a radius of 12 km will be set up around the Pellandor crater.',
		'The accord sets up an exclusion zone of 12 km around the Pellandor crater. Under the accord, a joint fund will pay for tents.',
		'Under the accord, a joint fund will pay for tents.',
	);
	assert.ok(!terms.some((term) => /takes effect/.test(term.summary) && term.articles.length === 1), terms.map((term) => term.summary).join(' | '));
});

test('"clemency for persons detained" in a state outlet\'s list is the release of the detainees others state', () => {
	const terms = merge(
		'Under the accord, the detainees will be released within 72 hours.',
		'Under the accord, the detainees will be freed within 72 hours.',
		'The fuel accord was signed on Sunday.\n\nThe accord provides for:\n\n- clemency for persons detained in the unrest\n- a review of fuel prices',
	);
	assert.ok(!terms.some((term) => /clemency/i.test(term.summary) && term.articles.length === 1), terms.map((term) => term.summary).join(' | '));
});
