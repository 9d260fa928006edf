import {test} from 'node:test';
import assert from 'node:assert/strict';
import {remembered, sortedOverlap} from '../../source/core/memo.js';

test('a remembered function computes each string once, undefined results included, and forgets when full', () => {
	const calls: string[] = [];
	const lookup = remembered((text) => {
		calls.push(text);
		return text === 'none' ? undefined : text.length;
	}, 3);
	assert.deepEqual(['kell', 'kell', 'none', 'none', 'ana'].map(lookup), [4, 4, undefined, undefined, 3]);
	assert.deepEqual(calls, ['kell', 'none', 'ana']);
	lookup('ruiz'); // the fourth string clears the memo
	lookup('kell');
	assert.deepEqual(calls, ['kell', 'none', 'ana', 'ruiz', 'kell']);
});

test('the overlap of two ascending lists counts repeats as often as both hold them', () => {
	const cases: [number[], number[], number][] = [
		[[], [1, 2], 0],
		[[1, 2, 3], [2, 3, 4], 2],
		[[1, 1, 2], [1, 1, 1], 2],
		[[5], [5], 1],
		[[1, 3, 5], [2, 4, 6], 0],
	];
	for (const [a, b, common] of cases) {
		assert.equal(sortedOverlap(a, b), common, `${a} / ${b}`);
		assert.equal(sortedOverlap(Int32Array.from(b), Int32Array.from(a)), common);
	}
});
