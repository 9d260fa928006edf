import {test} from 'node:test';
import assert from 'node:assert/strict';
import {splitSentences} from '../../../source/core/segment/sentences.js';

const cases: Array<[string, string[]]> = [
	['The U.S. Army said it was ready. Talks resume Monday.', ['The U.S. Army said it was ready.', 'Talks resume Monday.']],
	['Gen. Amara Osei spoke first. Mr. Bello followed.', ['Gen. Amara Osei spoke first.', 'Mr. Bello followed.']],
	['Prices rose 3.5 percent in Jan. 2024 alone. Then they fell.', ['Prices rose 3.5 percent in Jan. 2024 alone.', 'Then they fell.']],
	['“We are ready.” The minister left.', ['“We are ready.”', 'The minister left.']],
	['He said, "It is over." She disagreed.', ['He said, "It is over."', 'She disagreed.']],
	['J. R. Tolan wrote the report. It was long.', ['J. R. Tolan wrote the report.', 'It was long.']],
	['The deal was signed in the U.S. The ceremony was brief.', ['The deal was signed in the U.S.', 'The ceremony was brief.']],
	['Aid arrived, e.g. food and water. More is coming!', ['Aid arrived, e.g. food and water.', 'More is coming!']],
	["according to the office. reports indicate a deal", ['according to the office.', 'reports indicate a deal']],
	['Is it over? Nobody knows.', ['Is it over?', 'Nobody knows.']],
	['No full stop at the end', ['No full stop at the end']],
];

test('splits sentences robustly to abbreviations, initials, decimals and closing quotes', () => {
	for (const [input, expected] of cases) assert.deepEqual(splitSentences(input).map((s) => s.text), expected, input);
});

test('offsets point into the text, shifted by the base', () => {
	const text = 'One here. Two there.';
	for (const span of splitSentences(text, 100)) assert.equal(text.slice(span.start - 100, span.end - 100), span.text);
});

// A scraper that drops the space after a sentence's stop glues the next sentence on.
test('a sentence glued to the next without a space still ends there ("… Friends.He described …", "… gang.“It’s …")', () => {
	assert.deepEqual(splitSentences('It aired on Kell & Friends.He described the raid. Then the gang.“It’s a new day,” he said.').map((span) => span.text), [
		'It aired on Kell & Friends.',
		'He described the raid.',
		'Then the gang.',
		'“It’s a new day,” he said.',
	]);
	// (initials, an abbreviation with one lower-case letter, a site's name and "p.m." glue nothing)
	assert.deepEqual(splitSentences('The U.S.Army said so. Mr.Roe went to Kellnews.Com on Monday. We met at 5 p.m.The talks ran.').map((span) => span.text), [
		'The U.S.Army said so.',
		'Mr.Roe went to Kellnews.Com on Monday.',
		'We met at 5 p.m.The talks ran.',
	]);
	const spans = splitSentences('Live on Kell & Friends.He spoke.', 10);
	assert.deepEqual(spans.map((span) => [span.start, span.end]), [[10, 33], [33, 42]]);
});

test('a sentence glued on after a closing quote still ends there ("… a common position.”Under the deal …", "… “tough”.Von …")', () => {
	assert.deepEqual(splitSentences('We had to work hard to reach a common position.”Under the deal, Kell will levy a 15% tariff. It was “tough”.Brelwyn Ondrine said so.').map((span) => span.text), [
		'We had to work hard to reach a common position.”',
		'Under the deal, Kell will levy a 15% tariff.',
		'It was “tough”.',
		'Brelwyn Ondrine said so.',
	]);
});
