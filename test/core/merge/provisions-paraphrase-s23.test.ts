import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractArticle} from '../../../source/core/extract-article.js';
import {mergeProvisions} from '../../../source/core/merge/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Invented stories: a disengagement's terms that outlets word apart in a buffer zone's usual words.
const record = (id: string, outlet: string, text: string) => extractArticle(parseArticle(id, text, {outlet}));
const merge = (...texts: string[]) => mergeProvisions(texts.map((text, index) => record(`${index}.txt`, `Outlet ${index}`, text))).provisions;

test('"no new construction" and "no fortifications may be built", "the buffer zone" and "the strip between them": one term each', () => {
	const terms = merge(
		'The pact was signed on Tuesday.\n\nKey terms:\n1. Both armies pull back 4 km from the Voslin ridge.\n2. No patrols in the resulting buffer zone.\n3. No new construction of any kind inside the zone: no posts, bunkers or roads.',
		'Under the pact, both armies will pull back four kilometres from the Voslin ridge, and the strip between them will be closed to patrols.',
		'Under the pact, both armies will withdraw 4 km from the ridge. No new fortifications or roads may be built there.',
	);
	const patrols = terms.filter((term) => /patrol/i.test(term.summary));
	const building = terms.filter((term) => /construction|built|fortification/i.test(term.summary));
	assert.equal(patrols.length, 1, terms.map((term) => term.summary).join(' | '));
	assert.equal(building.length, 1, terms.map((term) => term.summary).join(' | '));
});

test('one outlet\'s half of a swap, "seven Velmarese nationals", joins the swap others count the same way', () => {
	const terms = merge(
		'The swap deal was signed on Monday.\n\nKey terms:\n- Velmar and Tolsand agree to swap five Tolsanders for seven Velmarese\n- A hotline between the two border commands',
		'Under the deal, Velmar will free five Tolsanders held at Brevik jail, including a reporter for a weekly paper who was jailed in March. Tolsand will release seven Velmarese held at Tamsk, among them two engineers convicted of spying. The deal also calls for a hotline between the two border commands.',
		'Five Tolsanders held in Velmar will come home this week. In return, Tolsand will hand over seven Velmarese nationals, including two spies caught red-handed photographing naval installations in 2024. The agreement also provides for a hotline between the border commands.',
	);
	assert.deepEqual(terms.map((term) => term.articles.length), [3, 3], terms.map((term) => term.summary).join(' | '));
});
