import assert from 'node:assert/strict';
import {test} from 'node:test';
import {colorWanted, makeTheme} from '../../source/ui/theme.js';

// [--color flag, NO_COLOR, colour wanted]
const table: Array<[boolean, string | undefined, boolean]> = [
	[true, undefined, true],
	[false, undefined, false],
	[true, '1', false],
	[true, '', true],
	[false, '1', false],
];

for (const [flag, noColor, expected] of table) {
	test(`theme: --color=${flag} NO_COLOR=${JSON.stringify(noColor)} -> ${expected ? 'colour' : 'no colour'}`, () => {
		assert.equal(colorWanted(flag, noColor === undefined ? {} : {NO_COLOR: noColor}), expected);
	});
}

test('theme: without colour every colour is left out', () => {
	const theme = makeTheme(false);
	assert.deepEqual(Object.entries(theme).filter(([key, value]) => key !== 'color' && value !== undefined), []);
	assert.ok(makeTheme(true).accent);
});
