import assert from 'node:assert/strict';
import {test} from 'node:test';

// Colour codes show the bold borders and the blue headings; chalk reads FORCE_COLOR when Ink loads.
process.env.FORCE_COLOR = '1';
const React = (await import('react')).default;
const {render} = await import('ink-testing-library');
const {CompactTable, Table, tableColumns} = await import('../../../source/ui/components/table.js');

function frame(element: React.ReactElement): string {
	const {lastFrame, unmount} = render(element);
	const text = lastFrame() ?? '';
	unmount();
	return text;
}

const tables: Array<[string, Array<Record<string, string>>]> = [
	['one row', [{' ': '›', kind: 'killed', value: '12'}]],
	['rows of uneven cells', [{' ': ' ', kind: 'injured', value: 'at least 1,200', place: 'the river port'}, {' ': '›', kind: 'displaced', value: 'dozens', place: '—'}]],
	['a heading longer than its cells', [{' ': ' ', 'disputed by': 'x'}, {' ': ' ', 'disputed by': ''}]],
	['punctuation of news', [{' ': ' ', claim: 'seized (“the old mill”)…', outlets: 'Daily Ledger +3'}]],
];

for (const [name, data] of tables) {
	test(`table: a Text per column draws ink-table's frame (${name})`, () => {
		assert.equal(frame(React.createElement(Table, {data, width: 120})), frame(React.createElement(CompactTable, {data})));
	});
}

test('table: columns are every key in first-seen order, as wide as the longest text plus two', () => {
	assert.deepEqual(
		tableColumns([{a: 'xy', b: ''}, {a: 'wxyz', c: 'q'}]).map((column) => [column.key, column.width, column.cells]),
		[
			['a', 6, ['xy', 'wxyz']],
			['b', 3, ['', '']],
			['c', 3, ['', 'q']],
		],
	);
});

test('table: wide characters and a table wider than its room are left to ink-table', () => {
	const wide = [{' ': ' ', place: '漢字の町'}];
	assert.equal(frame(React.createElement(Table, {data: wide, width: 120})), frame(React.createElement(CompactTable, {data: wide})));
	const long = [{' ': ' ', place: 'a place name of some length'}];
	assert.equal(frame(React.createElement(Table, {data: long, width: 20})), frame(React.createElement(CompactTable, {data: long})));
});
