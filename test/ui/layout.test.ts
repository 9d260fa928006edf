import assert from 'node:assert/strict';
import {test} from 'node:test';
import {layoutFor} from '../../source/ui/layout.js';

// [columns, rows, too small, side by side]
const table: Array<[number, number, boolean, boolean]> = [
	[80, 24, false, false],
	[79, 24, true, false],
	[80, 23, true, false],
	[100, 30, false, false],
	[120, 40, false, true],
	[200, 60, false, true],
];

for (const [columns, rows, tooSmall, split] of table) {
	test(`layout: ${columns}x${rows}`, () => {
		const layout = layoutFor({columns, rows});
		assert.equal(layout.tooSmall, tooSmall);
		assert.equal(layout.split, split);
		assert.ok(layout.height < rows, 'one row spare so Ink never clears the screen');
		if (split) assert.equal(layout.listWidth + 1 + layout.detailWidth, columns);
		else assert.equal(layout.listHeight + 1 + layout.detailHeight, layout.bodyHeight);
	});
}
