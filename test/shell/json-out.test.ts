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

test('long lists print in batches to the same text: items of every size, dates, gaps and nothing-values among them', () => {
	const items = Array.from({length: 5000}, (_, index) =>
		index % 97 === 0 ? new Date(index) : index % 89 === 0 ? undefined : index % 83 === 0 ? 'x'.repeat(300_000) : {n: index, evidence: [{article: `a${index}.txt`, text: 'said “no”\n'}], none: undefined},
	);
	const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
	const cases: unknown[] = [{quotes: items, empty: [], sparse}, items, [[items, {deep: items.slice(0, 40)}]], {a: {b: items.slice(0, 300)}}];
	for (const value of cases) assert.equal(pretty(value), JSON.stringify(value, null, 2));
	for (const depth of [0, 1, 2, 3]) assert.equal([...jsonPieces(items, depth, '    ')].join(''), JSON.stringify(items, null, 2).replace(/\n/g, '\n    '));
});

test('the seeds briefing streams to the same bytes', async () => {
	const briefing = await buildBriefing([bundledSeeds()]);
	const sink = new PassThrough();
	let written = '';
	sink.on('data', (chunk) => (written += chunk));
	await writeJson(briefing, sink);
	assert.equal(written, `${JSON.stringify(briefing, null, 2)}\n`);
});
