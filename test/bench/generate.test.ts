import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {generateCorpus, prng, writeCorpus} from '../../bench/generate.js';

test('the same seed gives the same bytes; another seed gives other articles', () => {
	const one = generateCorpus(30, 11);
	const again = generateCorpus(30, 11);
	assert.deepEqual([...again.files], [...one.files]);
	assert.deepEqual(again.manifest, one.manifest);
	const other = generateCorpus(30, 12);
	assert.notDeepEqual([...other.files.values()], [...one.files.values()]);
});

test('the generator draws from a fixed-seed PRNG, not Math.random', () => {
	const a = prng(5);
	const b = prng(5);
	const draws = Array.from({length: 5}, () => a());
	assert.deepEqual(Array.from({length: 5}, () => b()), draws);
	assert.ok(draws.every((value) => value >= 0 && value < 1));
});

test('articles look like coverage: about 3 KB, quotes, figures, chrome, a manifest entry each', () => {
	const {files, manifest} = generateCorpus(40, 3);
	const texts = [...files.values()];
	const average = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / texts.length;
	assert.ok(average > 2000 && average < 4000, `average ${average} bytes`);
	const all = texts.join('\n');
	for (const pattern of [/“[^”]+,” /, / said: “/, /killed at least \d+ people/, /\d[\d,]* troops/, /-point plan/, /claim to have seized/, /Key Provisions of the Plan/, /Share this article|Subscribe|Skip to content|Select Language/]) {
		assert.match(all, pattern);
	}
	assert.equal(new Set(texts).size, texts.length, 'no two articles alike');
	assert.deepEqual(Object.keys(manifest), [...files.keys()]);
});

test('writeCorpus writes the files and a manifest, and skips the work when they are already there', () => {
	const dir = join(mkdtempSync(join(tmpdir(), 'brief-gen-')), 'corpus');
	const first = writeCorpus(dir, 12, 9);
	assert.equal(first.written, true);
	assert.equal(readdirSync(dir).filter((name) => name.endsWith('.txt')).length, 12);
	assert.deepEqual(JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')), generateCorpus(12, 9).manifest);
	assert.equal(readFileSync(join(dir, '00.txt'), 'utf8'), generateCorpus(12, 9).files.get('00.txt'));
	assert.equal(writeCorpus(dir, 12, 9).written, false);
	assert.equal(writeCorpus(dir, 12, 10).written, true);
});
