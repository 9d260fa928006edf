import {test} from 'node:test';
import assert from 'node:assert/strict';
import {codePointWidth, displayWidth} from '../../source/digest/width.js';

test('counts terminal columns: wide scripts and emoji two, marks and joiners none', () => {
	const cases: Array<[string, number]> = [
		['truce', 5],
		['', 0],
		['Łódź', 4],
		['e\u0301', 1], // e + combining acute
		['和平', 4],
		['평화', 4],
		['🕊️', 2], // dove + variation selector
		['🙂', 2],
		['©', 1],
		['a\u200Bb', 2], // zero-width space
		['ｆｕｌｌ', 8], // fullwidth Latin
		['\u0007', 0],
	];
	for (const [text, expected] of cases) assert.equal(displayWidth(text), expected, JSON.stringify(text));
});

test('one code point is 0, 1 or 2 columns', () => {
	for (const char of ['a', '\u0301', '中', '😀', '\u00A0']) assert.ok([0, 1, 2].includes(codePointWidth(char)), char);
});
