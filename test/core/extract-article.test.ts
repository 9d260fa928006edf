import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractArticle, extractArticles} from '../../source/core/extract-article.js';
import {parseArticle} from '../../source/core/parse-article.js';

// Invented articles of different kinds, so a record built from another article's parts would show.
const texts = [
	'Flood Toll Rises in Port Alder\n\nFloods killed at least 14 people in Port Alder, the mayor Lena Ortiz said on Monday.\n\n"We need boats, not promises," Ortiz said.\n',
	'Truce Talks Stall\n\nThe rebels said they had captured the town of Brellick. The army denied the claim.\n\nUnder the plan, both sides would withdraw 10 km from the line within 30 days.\n',
	'Harbour Workers Return\n\nDockers ended their strike at Marlow Bay after a deal on pay, the union reportedly said.\n',
	'MINISTER VALE: We will not sign.\n\nThe talks resume on Friday.\n',
	'',
];

test('a batch of articles gives each the record it gets alone, in order', () => {
	const articles = texts.map((text, index) => parseArticle(`${index}.txt`, text, {outlet: index % 2 ? 'Valley Courier' : null}));
	assert.deepEqual(
		extractArticles(articles).map((record) => JSON.stringify(record)),
		articles.map((article) => JSON.stringify(extractArticle(article))),
	);
	assert.deepEqual(extractArticles([]), []);
});
