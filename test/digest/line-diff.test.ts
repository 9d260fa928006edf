import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lineDiff} from './line-diff.js';

test('shows changed lines with context', () => {
	const expected = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n');
	const actual = ['a', 'b', 'c', 'D', 'e', 'f', 'g', 'h'].join('\n');
	assert.equal(lineDiff(expected, actual, 1), ['  …', '  c', '- d', '+ D', '  e', '  …', '  g', '+ h'].join('\n'));
	assert.equal(lineDiff('same', 'same'), '');
});
