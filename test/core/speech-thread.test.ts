import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {briefingFromRecords, buildBriefing, extractRecords, PARALLEL_THRESHOLD} from '../../source/core/build-briefing.js';
import {dropDuplicates, readCorpus} from '../../source/core/load-corpus.js';
import {mergeQuotes, planSpeech, quotesOf} from '../../source/core/merge/quotes.js';
import {extractRecordJson, speechJson, type ExtractJob} from '../../source/core/parallel.js';
import type {ArticleRecord} from '../../source/core/record.js';
import {speechCollector, speechOfRecordJson, startSpeechMerge, type SpeechReply} from '../../source/core/speech-thread.js';

/** Invented quake reports, each different: speakers named, by role only, and an organisation. */
function articles(count: number): ExtractJob[] {
	const towns = ['Velden', 'Orsk Bay', 'Lianport'];
	return Array.from({length: count}, (_, index) => ({
		id: `${String(index).padStart(4, '0')}.txt`,
		text: `Quake Shakes ${towns[index % 3]}\n\nAn earthquake killed ${index + 3} people in ${towns[index % 3]}, the governor Marta Quell said on Tuesday.\n\n"Every school will be checked before it reopens," Quell said. The regional health ministry said ${index} people were injured.\n\n'We are still searching,' said a rescue official.\n`,
		meta: {outlet: ['Northern Ledger', 'Coast Daily', 'Hill Times'][index % 3]},
	}));
}

const recordsOf = (jobs: ExtractJob[]) => jobs.map((job) => JSON.parse(extractRecordJson(job)) as ArticleRecord);

test('the collector merges speech parts given out of order exactly as mergeQuotes merges the records', () => {
	const records = recordsOf(articles(12));
	const replies: SpeechReply[] = [];
	const collect = speechCollector((reply) => replies.push(reply));
	collect({speech: 'json', indexes: [6, 7, 8, 9, 10, 11], json: records.slice(6).map(speechJson)});
	collect({speech: 'records', indexes: [0, 1, 2, 3, 4, 5], records: records.slice(0, 6)});
	collect({speech: 'merge', total: records.length});
	assert.deepEqual(replies, [{merged: planSpeech(records)}]);
	const {merged} = replies[0] as {merged: ReturnType<typeof planSpeech>};
	assert.deepEqual({speakers: merged.speakers, quotes: quotesOf(records, merged.quotes)}, mergeQuotes(records));
});

test('the collector merges only the records it is told to keep, in their order', () => {
	const records = recordsOf(articles(6));
	const replies: SpeechReply[] = [];
	const collect = speechCollector((reply) => replies.push(reply));
	collect({speech: 'json', indexes: [0, 1, 2, 3, 4, 5], json: records.map(speechJson)});
	collect({speech: 'merge', total: records.length, keep: [0, 2, 3, 5]});
	assert.deepEqual(replies, [{merged: planSpeech([records[0], records[2], records[3], records[5]])}]);
});

test('the collector reports a missing record instead of merging part of the corpus', () => {
	const records = recordsOf(articles(3));
	const replies: SpeechReply[] = [];
	const collect = speechCollector((reply) => replies.push(reply));
	collect({speech: 'json', indexes: [0, 2], json: [records[0], records[2]].map(speechJson)});
	collect({speech: 'merge', total: 3});
	assert.ok('speechError' in replies[0]);
});

test('the speech thread gives the speakers and quotes merged here', async () => {
	const records = recordsOf(articles(9));
	const thread = startSpeechMerge();
	assert.ok(thread, 'the thread starts under tsx too');
	thread.addRecords([0, 1, 2], records.slice(0, 3));
	thread.addJson([3, 4, 5, 6, 7, 8], records.slice(3).map(speechJson));
	const merged = await thread.merged(records.length);
	assert.ok(merged);
	assert.deepEqual({speakers: merged.speakers, quotes: quotesOf(records, merged.quotes)}, mergeQuotes(records));
});

test('a corpus large enough for workers gives the briefing merged in one thread', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'brief-speech-'));
	for (const job of articles(PARALLEL_THRESHOLD + 5)) writeFileSync(join(folder, job.id), `---\noutlet: ${job.meta.outlet}\n---\n${job.text}`);
	const corpus = dropDuplicates(await readCorpus([folder]));
	const serial = briefingFromRecords(await extractRecords(corpus, {workers: 1}), corpus.root, corpus.skipped);
	assert.equal(JSON.stringify(await buildBriefing([folder], undefined, {workers: 2})), JSON.stringify(serial));
});

test('duplicates found while the workers extract leave the briefing one thread gives', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'brief-speech-'));
	const jobs = articles(PARALLEL_THRESHOLD + 5);
	for (const job of jobs) writeFileSync(join(folder, job.id), `---\noutlet: ${job.meta.outlet}\n---\n${job.text}`);
	// The same wire copy filed again under other names: duplicates of earlier articles.
	for (const [at, name] of [[3, 'copy-a.txt'], [40, 'copy-b.txt'], [7, 'zz-copy.txt']] as const) writeFileSync(join(folder, name), `---\noutlet: ${jobs[at].meta.outlet}\n---\n${jobs[at].text}`);
	const corpus = dropDuplicates(await readCorpus([folder]));
	assert.equal(corpus.skipped.length, 3);
	const serial = briefingFromRecords(await extractRecords(corpus, {workers: 1}), corpus.root, corpus.skipped);
	assert.equal(JSON.stringify(await buildBriefing([folder], undefined, {workers: 2})), JSON.stringify(serial));
});

test('a cached record\'s speech is read from its JSON in the pack as the whole record has it', () => {
	const [record] = recordsOf(articles(1));
	const speech = {article: {id: record.article.id}, speakers: record.speakers, quotes: record.quotes};
	const tricky = {...record, quotes: record.quotes.map((quote) => ({...quote, text: `${quote.text} ],"figures":[ {"speakers":[`}))};
	const reordered = {extractor: record.extractor, article: record.article, figures: record.figures, quotes: record.quotes, speakers: record.speakers, claims: record.claims};
	const cases: [string, string, unknown][] = [
		['as stored', JSON.stringify(record), speech],
		['no speakers or quotes', JSON.stringify({...record, speakers: [], quotes: []}), {...speech, speakers: [], quotes: []}],
		['key-like text in a quote', JSON.stringify(tricky), {...speech, quotes: tricky.quotes}],
		['lists in another order', JSON.stringify(reordered), speech],
		['not JSON', '{"extractor":1,"article":{"id"', undefined],
	];
	for (const [what, json, expected] of cases) {
		// Inside a larger pack, between other lines, as cache.ts reads it.
		const pack = Buffer.from(`key\t${JSON.stringify(record)}\nkey\t${json}\nkey\t${JSON.stringify(record)}\n`);
		const start = pack.indexOf('\n') + 5;
		assert.deepEqual(speechOfRecordJson(pack, start, start + Buffer.byteLength(json), record.article.id), expected, what);
	}
});

test('a large corpus re-opened with most records cached, some edited, gives the briefing merged in one thread', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'brief-speech-'));
	const cacheDir = mkdtempSync(join(tmpdir(), 'brief-speech-cache-'));
	const jobs = articles(PARALLEL_THRESHOLD + 5);
	const save = (edited: Set<number>) => jobs.forEach((job, index) => writeFileSync(join(folder, job.id), `---\noutlet: ${job.meta.outlet}\n---\n${job.text}${edited.has(index) ? '\nTalks resume on Monday, the governor said.\n' : ''}`));
	save(new Set());
	writeFileSync(join(folder, 'zz-copy.txt'), `---\noutlet: ${jobs[5].meta.outlet}\n---\n${jobs[5].text}`); // a duplicate, dropped
	await buildBriefing([folder], undefined, {workers: 2, cacheDir});
	for (const edited of [new Set([0, 7]), new Set(jobs.map((_, index) => index).filter((index) => index % 2))]) {
		save(edited);
		const corpus = dropDuplicates(await readCorpus([folder]));
		const serial = briefingFromRecords(await extractRecords(corpus, {workers: 1}), corpus.root, corpus.skipped);
		assert.equal(corpus.skipped.length, 1);
		assert.equal(JSON.stringify(await buildBriefing([folder], undefined, {workers: 2, cacheDir})), JSON.stringify(serial), `${edited.size} edited`);
	}
	rmSync(folder, {recursive: true});
	rmSync(cacheDir, {recursive: true});
});
