import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractArticle} from '../../../source/core/extract-article.js';
import {mergeProvisions} from '../../../source/core/merge/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

const record = (id: string, outlet: string, text: string) => extractArticle(parseArticle(id, text, {outlet}));
const merge = (...texts: string[]) => mergeProvisions(texts.map((text, index) => record(`${index}.txt`, `Outlet ${index}`, text))).provisions;

test('one term in a British and an American spelling is one term ("Centre" / "center")', () => {
	const terms = merge(
		'Under the agreement, a Joint Coordination Centre is to be established in Varrowin under the aegis of the Union and will include representatives of both sides.',
		'The deal provides for a joint control center in Varrowin.',
	);
	assert.deepEqual(terms.map((term) => term.articles.join(',')), ['0.txt,1.txt']);
});
