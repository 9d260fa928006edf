import assert from 'node:assert/strict';
import {test} from 'node:test';
import {render} from 'ink-testing-library';
import React from 'react';
import {VirtualList, visibleWindow} from '../../../source/ui/components/virtual-list.js';

// [count, cursor, height, expected window]
const table: Array<[number, number, number, {start: number; end: number}]> = [
	[0, 0, 10, {start: 0, end: 0}],
	[5, 0, 10, {start: 0, end: 5}],
	[100, 0, 10, {start: 0, end: 10}],
	[100, 4, 10, {start: 0, end: 10}],
	[100, 50, 10, {start: 45, end: 55}],
	[100, 99, 10, {start: 90, end: 100}],
	[10_000, 9_999, 12, {start: 9_988, end: 10_000}],
	[100, 5, 0, {start: 0, end: 0}],
];

for (const [count, cursor, height, expected] of table) {
	test(`virtual list: window of ${count} rows at ${cursor}, ${height} high`, () => {
		assert.deepEqual(visibleWindow(count, cursor, height), expected);
	});
}

test('virtual list: 10,000 items render only the rows that fit, cursor marked', () => {
	const items = Array.from({length: 10_000}, (_, index) => `Item ${index}`);
	let rowCalls = 0;
	const row = (item: string) => {
		rowCalls++;
		return item;
	};
	const {lastFrame, unmount} = render(React.createElement(VirtualList<string>, {items, cursor: 5_000, height: 8, width: 30, row}));
	const frame = lastFrame() ?? '';
	assert.equal(frame.split('\n').length, 8);
	assert.match(frame, /› Item 5000/);
	assert.ok(rowCalls <= 16, `${rowCalls} rows formatted`);
	unmount();
});
