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

// Colour codes show the cursor row's inverse and the marker's colour; chalk reads FORCE_COLOR when Ink loads.
process.env.FORCE_COLOR = '1';
const {Text} = await import('ink');
const {rowRenderers} = await import('../../../source/ui/components/virtual-list.js');

/** The frame of one row renderer over `rows`, as VirtualList would call it. */
function frameOf(Rows: (typeof rowRenderers)[keyof typeof rowRenderers], texts: string[], cursor: number, options: {focused?: boolean; suffix?: boolean; width?: number; height?: number} = {}) {
	const width = options.width ?? 30;
	const suffixWidth = options.suffix ? 6 : 0;
	const rows = texts.map((text, index) => ({item: text, index, text}));
	// Two columns as the provisions pane has them: a coloured bar and a plain count, a blank cell before each.
	const suffix = options.suffix
		? [
				{text: (item: string) => (item.length > 5 ? '██' : '█░'), color: 'green', gap: 1},
				{text: (item: string) => String(item.length).padStart(2), gap: 1},
			]
		: undefined;
	const {lastFrame, unmount} = render(React.createElement(Rows<string>, {rows, cursor, height: options.height ?? 6, width, textWidth: Math.max(1, width - 2 - suffixWidth), focused: options.focused ?? true, suffix}));
	const frame = lastFrame() ?? '';
	unmount();
	return frame;
}

const ROWS = ['alpha', 'a row long enough to be cut at the width of the list', '', 'beta · gamma…', '“quoted” — row'];
for (const cursor of [0, 2, 4, 9]) {
	for (const focused of [true, false]) {
		for (const suffix of [false, true]) {
			test(`virtual list: one Text per column draws the frame of a Box per row (cursor ${cursor}, ${focused ? 'focused' : 'unfocused'}${suffix ? ', suffix' : ''})`, () => {
				assert.equal(frameOf(rowRenderers.ColumnRows, ROWS, cursor, {focused, suffix}), frameOf(rowRenderers.BoxRows, ROWS, cursor, {focused, suffix}));
			});
		}
	}
}

test('virtual list: rows with wide characters are drawn a Box each, cut by Ink to the width', () => {
	const wide = ['漢字の行はとても長いのでここで切られます', 'plain row'];
	const {lastFrame, unmount} = render(React.createElement(VirtualList<string>, {items: wide, cursor: 1, height: 4, width: 20, row: (item: string) => item}));
	assert.equal(lastFrame(), frameOf(rowRenderers.BoxRows, wide, 1, {width: 20, height: 4}));
	unmount();
});

test('virtual list: suffix columns draw what a Text per row of bar and count drew', async () => {
	const {Box} = await import('ink');
	const texts = ['alpha', 'a row long enough to be cut at the width of the list', 'beta'];
	const rowTree = (text: string, index: number) =>
		React.createElement(
			Box,
			{key: index, height: 1},
			React.createElement(Text, {color: index === 1 ? 'cyan' : undefined}, index === 1 ? '› ' : '  '),
			React.createElement(Text, {inverse: index === 1, bold: index === 1, wrap: 'truncate'}, (text.length > 22 ? `${text.slice(0, 21)}…` : text).padEnd(22)),
			React.createElement(Text, null, ' ', React.createElement(Text, {color: 'green'}, text.length > 5 ? '██' : '█░'), ` ${String(text.length).padStart(2)}`),
		);
	const expected = render(React.createElement(Box, {flexDirection: 'column', height: 3, width: 30}, ...texts.map(rowTree)));
	assert.equal(frameOf(rowRenderers.ColumnRows, texts, 1, {suffix: true, height: 3}), expected.lastFrame());
	expected.unmount();
});
