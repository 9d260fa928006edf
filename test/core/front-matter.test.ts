import {test} from 'node:test';
import assert from 'node:assert/strict';
import {metaValue, splitFrontMatter} from '../../source/core/front-matter.js';

test('reads a front-matter block and returns the rest', () => {
	const {fields, rest} = splitFrontMatter('---\noutlet: Example Times\npublished: 2025-11-21\ntitle: "Quoted"\n---\nBody here.');
	assert.deepEqual(fields, {outlet: 'Example Times', published: '2025-11-21', title: 'Quoted'});
	assert.equal(rest, 'Body here.');
});

test('text without front matter is left whole', () => {
	assert.deepEqual(splitFrontMatter('Just text\n---\nmore'), {fields: {}, rest: 'Just text\n---\nmore'});
});

test('unknown-like values are null', () => {
	for (const value of ['unknown', 'N/A', '', ' none ', undefined]) assert.equal(metaValue(value), null);
	assert.equal(metaValue(' Daily Ledger '), 'Daily Ledger');
});
