import {test} from 'node:test';
import assert from 'node:assert/strict';
import {PassThrough} from 'node:stream';
import {buildBriefing} from '../../source/core/build-briefing.js';
import {jsonPieces, writeJson} from '../../source/shell/json-out.js';
import {bundledSeeds} from '../../source/shell/seeds.js';

const pretty = (value: unknown) => [...jsonPieces(value)].join('');

test('pieces join to exactly what JSON.stringify(value, null, 2) prints', () => {
	const cases: unknown[] = [
		{},
		[],
		{a: [], b: {}, c: null, d: 'line\nbreak', e: [1, 'two', {three: [3]}]},
		[undefined, () => 1, {skip: undefined, keep: 0}],
		{nested: {deeper: {deepest: [{x: 'y'}]}}, list: [[1, 2], [], {}]},
		{date: new Date(0), text: 'quote “marks” and \\ backslash'},
		'a string',
		42,
		null,
	];
	for (const value of cases) assert.equal(pretty(value), JSON.stringify(value, null, 2), JSON.stringify(value));
});

test('the seeds briefing streams to the same bytes', async () => {
	const briefing = await buildBriefing([bundledSeeds()]);
	const sink = new PassThrough();
	let written = '';
	sink.on('data', (chunk) => (written += chunk));
	await writeJson(briefing, sink);
	assert.equal(written, `${JSON.stringify(briefing, null, 2)}\n`);
});
