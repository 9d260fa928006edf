import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractFigures} from '../../../source/core/extract/figures.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Classes of figure errors seen on real pages, each on invented sentences: a source's time, auxiliary or method said
// around its name.
const article = (text: string) => parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
const sourcesOf = (text: string) => extractFigures(article(text)).map((figure) => `${figure.kind}=${figure.value} ${figure.source}`);

const sourceCases: [string, string[]][] = [
	// when a source spoke is no part of who it is
	['At least 40 people were killed in the floods, the disaster authority on Thursday evening said.', ['killed=40 the disaster authority']],
	['The Ospery Relief Agency late on Monday said 12 people were killed.', ['killed=12 The Ospery Relief Agency']],
	['According to a report released by the Ospery Relief Agency on Thursday evening, at least nine children were killed.', ['killed=9 Ospery Relief Agency']],
	['Six people were killed in the blast at Trelvane, the ministry has said.', ['killed=6 the ministry']],
	// nor how it came to its figure: "statistics released by X after revising …" are X's
	['The death toll has risen to 1,186, according to the statistics released by the Ospery Relief Agency after revising its earlier figures.', ['killed=1186 Ospery Relief Agency']],
];

for (const [text, expected] of sourceCases)
	test(`sources of "${text.slice(0, 70)}"`, () => {
		assert.deepEqual(sourcesOf(text), expected);
	});
