import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findQuoteSpans} from '../../../source/core/segment/quote-spans.js';

const CUT = /,\s+(?=(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:said|wrote)\b)/u;

/** Spans of a body whose paragraphs are its lines. */
function spansOf(body: string) {
	let start = 0;
	const paragraphs = body.split('\n').map((text) => {
		const span = {text, start, end: start + text.length};
		start += text.length + 1;
		return span;
	});
	return findQuoteSpans(body, paragraphs, CUT);
}

const cases: Array<[string, string, string[]]> = [
	['curly double quotes', '“We will rebuild,” the mayor said.', ['We will rebuild']],
	['straight double quotes', '"Aid is arriving," she said.', ['Aid is arriving']],
	['single quotes for speech', "'The deal is fair,' the minister said.", ['The deal is fair']],
	['mixed single marks', 'He hopes to meet ‘in a few weeks\' to talk.', ['in a few weeks']],
	['apostrophes are not quotes', "The country's farmers don't agree.", []],
	['split by an attribution', '“First,” he said, “second.”', ['First', 'second.']],
	['two partial quotes', 'Peace must be “just” and “lasting,” she said.', ['just', 'lasting']],
	['a quote opened twice ends at its attribution', '“Talks went well, Jane Roe wrote, adding, “More soon.”', ['Talks went well', 'More soon.']],
	['quote inside brackets', 'The tremor ("a big one") woke the town.', ['a big one']],
	['a plural possessive inside a single-quoted sentence', "He said: 'We know the growers' concerns and will meet them.'", ['We know the growers\' concerns and will meet them.']],
	['a single-quoted sentence opening on a plural possessive', "'The growers' union will not sign,' he said.", ['The growers\' union will not sign']],
	['a phrase closing on a plural possessive stays short', "He called it 'a gift to the growers' and left.", ['a gift to the growers']],
];

for (const [name, body, expected] of cases) {
	test(`quote spans: ${name}`, () => {
		assert.deepEqual(spansOf(body).map((span) => span.text), expected);
	});
}

test('quote spans: a quote left open runs on into the next paragraph', () => {
	const spans = spansOf('The ministry said: "Relief flights start today.\n"Roads will reopen next week."');
	assert.deepEqual(spans.map((span) => [span.text, span.runsOn, span.continues]), [
		['Relief flights start today.', true, false],
		['Roads will reopen next week.', false, true],
	]);
});

test('quote spans: a single quote left open runs on only when the next paragraph opens with a single mark', () => {
	const table: Array<[string, Array<[string, boolean, boolean]>]> = [
		['‘The levee held. The pumps ran.\n‘Now the roads,’ she said.', [['The levee held. The pumps ran.', true, false], ['Now the roads', false, true]]],
		['She said: ‘The levee held.\n‘Now the roads,’ she said.', [['The levee held.', true, false], ['Now the roads', false, true]]],
		['‘The levee held. The pumps ran.\nThe roads are next.', []],
		['The farmers’ union met. Its ‘plan is old.\n‘Now the roads,’ she said.', [['Now the roads', false, false]]],
	];
	for (const [body, expected] of table) assert.deepEqual(spansOf(body).map((span) => [span.text, span.runsOn, span.continues]), expected, body);
});

test('quote spans: offsets point at the quoted words in the body', () => {
	const body = 'Officials said the aid was “on its way” to the valley.';
	const [span] = spansOf(body);
	assert.equal(body.slice(span.start, span.end), 'on its way');
	assert.equal(body[span.open], '“');
});
