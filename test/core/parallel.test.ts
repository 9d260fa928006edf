import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractRecords, PARALLEL_THRESHOLD} from '../../source/core/build-briefing.js';
import {extractInWorkers, extractRecordJson, recordAndSpeechJson, speechJson, type ExtractJob} from '../../source/core/parallel.js';
import {extractArticle} from '../../source/core/extract-article.js';
import {parseArticle} from '../../source/core/parse-article.js';
import type {ArticleRecord} from '../../source/core/record.js';

/** Short invented articles, each different, so a record out of order would show. */
function articles(count: number): ExtractJob[] {
	const places = ['Port Alder', 'Kessel', 'Marlow Bay', 'Tirana Heights'];
	return Array.from({length: count}, (_, index) => ({
		id: `${String(index).padStart(4, '0')}.txt`,
		text: `Flood Toll Rises in ${places[index % places.length]}\n\nFloods killed at least ${index + 2} people in ${places[index % places.length]}, the mayor Lena Ortiz said on Monday.\n\n"We need boats, not promises," Ortiz said.\n`,
		meta: {outlet: index % 2 ? 'Valley Courier' : null},
	}));
}

test('worker threads return every record, in corpus order, identical to extraction in this thread', async () => {
	const jobs = articles(120);
	const tally = {inWorkers: 0, inThread: 0};
	const json = await extractInWorkers(jobs, {workers: 2, tally});
	assert.deepEqual(json, jobs.map(extractRecordJson));
	assert.equal(tally.inWorkers + tally.inThread, jobs.length);
	assert.ok(tally.inWorkers > 0, 'the worker starts under tsx too');
});

test('a record and its speech part printed together read exactly as each printed alone', () => {
	for (const job of articles(6)) {
		const record = extractArticle(parseArticle(job.id, job.text, job.meta));
		// A record written before tone was counted, and one with no speech at all.
		const older: ArticleRecord = {...record, tone: undefined};
		const silent: ArticleRecord = {...record, speakers: [], quotes: []};
		for (const one of [record, older, silent]) assert.deepEqual(recordAndSpeechJson(one), {record: JSON.stringify(one), speech: speechJson(one)});
	}
});

test('progress counts up to the number of articles; batches arrive with their place in the corpus', async () => {
	const jobs = articles(40);
	const seen: number[] = [];
	const batches: string[] = new Array(jobs.length);
	await extractInWorkers(jobs, {workers: 2, onDone: (done) => seen.push(done), onBatch: (start, records) => records.forEach((json, offset) => (batches[start + offset] = json))});
	assert.equal(seen.at(-1), jobs.length);
	assert.deepEqual([...seen].sort((a, b) => a - b), seen);
	assert.deepEqual(batches, jobs.map(extractRecordJson));
});

test('a large corpus goes to the workers and gives the same records as one thread', async () => {
	const corpus = {root: '/stories/floods', articles: articles(PARALLEL_THRESHOLD + 10)};
	const parallel = await extractRecords(corpus, {workers: 2});
	const serial = await extractRecords(corpus, {workers: 1});
	assert.deepEqual(parallel, serial);
	assert.deepEqual(
		parallel.map((record) => record.article.id),
		corpus.articles.map((article) => article.id),
	);
});

test('an empty corpus needs no workers', async () => {
	assert.deepEqual(await extractInWorkers([], {workers: 2}), []);
	assert.deepEqual(await extractRecords({root: '/empty', articles: []}, {workers: 2}), []);
});
