import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {articleKey, isArticleRecord, openRecordCache, packPath} from '../../source/core/cache.js';
import {extractRecords} from '../../source/core/build-briefing.js';
import {extractArticle} from '../../source/core/extract-article.js';
import {parseArticle} from '../../source/core/parse-article.js';
import {EXTRACTOR_VERSION, type ArticleRecord} from '../../source/core/record.js';

const quake = {
	id: 'quake.txt',
	text: 'Rescuers Search Rubble After Quake\n\nThe earthquake killed at least 41 people, the interior minister Ana Ruiz said on Tuesday.\n\n"We are still digging," Ruiz told reporters.\n',
	meta: {outlet: 'Harbour Gazette'},
};
const deal = {
	id: 'deal.txt',
	text: 'Trade Deal Signed\n\nThe two governments signed a trade deal cutting tariffs to 10 percent, officials said.\n',
	meta: {},
};
const recordOf = (article: typeof quake | typeof deal): ArticleRecord => extractArticle(parseArticle(article.id, article.text, article.meta));
const tempDir = () => mkdtempSync(join(tmpdir(), 'brief-cache-'));

test('the key changes with the id, the text, the metadata and the salt, and nothing else', () => {
	const key = articleKey(quake);
	assert.equal(articleKey({...quake}), key);
	const variants = [{...quake, id: 'other.txt'}, {...quake, text: quake.text + ' '}, {...quake, meta: {outlet: 'Other'}}];
	for (const variant of variants) assert.notEqual(articleKey(variant), key);
	assert.notEqual(articleKey(quake, 'edited extractor'), key);
});

test('a stored record comes back for the same key and article, and survives reopening', () => {
	const dir = tempDir();
	const cache = openRecordCache(dir, '/corpus');
	const key = articleKey(quake);
	assert.equal(cache.get(key, quake.id), undefined);
	cache.set(key, JSON.stringify(recordOf(quake)));
	cache.flush();
	const reopened = openRecordCache(dir, '/corpus');
	assert.deepEqual(reopened.get(key, quake.id), JSON.parse(JSON.stringify(recordOf(quake))));
	assert.equal(reopened.get(key, 'another-id.txt'), undefined, 'an entry for another article is not trusted');
	assert.equal(openRecordCache(dir, '/another-corpus').get(key, quake.id), undefined, 'one pack per corpus root');
	rmSync(dir, {recursive: true});
});

test('shape validation: records of another version or with broken lists are refused', () => {
	const record = JSON.parse(JSON.stringify(recordOf(quake)));
	const cases: Array<[string, unknown, boolean]> = [
		['the record', record, true],
		['another extractor version', {...record, extractor: EXTRACTOR_VERSION + 1}, false],
		['no article', {...record, article: undefined}, false],
		['article body not a string', {...record, article: {...record.article, body: 3}}, false],
		['quotes not a list', {...record, quotes: {}}, false],
		['a null figure', {...record, figures: [null]}, false],
		['evidence without a sentence', {...record, claims: [{place: 'x', evidence: {article: 'quake.txt'}}]}, false],
		['no tone (an earlier record): counted from the body later', Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'tone')), true],
		['a tone without lists', {...record, tone: {hedges: 3}}, false],
		['a titled name without a name', {...record, titledNames: [{office: 'envoy', title: 'envoy', sentence: 'x', offset: 0}]}, false],
		['titled names not a list', {...record, titledNames: 'envoy'}, false],
		['a string', 'brief', false],
		['null', null, false],
	];
	for (const [name, value, expected] of cases) assert.equal(isArticleRecord(value), expected, name);
	assert.equal(isArticleRecord(record, 'quake.txt'), true);
	assert.equal(isArticleRecord(record, 'deal.txt'), false);
});

test('corrupt, truncated and foreign entries are ignored, extracted afresh and rewritten', async () => {
	const dir = tempDir();
	const corpus = {root: '/stories/quake', articles: [quake, deal]};
	const first = await extractRecords(corpus, {cacheDir: dir, workers: 1});
	const path = packPath(dir, corpus.root);
	const [header, quakeLine, dealLine] = readFileSync(path, 'utf8').split('\n');
	const damaged = [
		header,
		`${quakeLine.slice(0, quakeLine.indexOf('\t'))}\t{"extractor":${EXTRACTOR_VERSION},"article":{"id":"quake.txt"}}`, // foreign shape
		dealLine.slice(0, 60), // torn
	].join('\n');
	writeFileSync(path, damaged);
	const second = await extractRecords(corpus, {cacheDir: dir, workers: 1});
	assert.deepEqual(second, first);
	const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
	assert.equal(lines.length, 3, 'header and one line per article');
	for (const line of lines.slice(1)) assert.ok(isArticleRecord(JSON.parse(line.slice(line.indexOf('\t') + 1))));
	writeFileSync(path, 'not a pack at all\n' + lines.slice(1).join('\n'));
	assert.deepEqual(await extractRecords(corpus, {cacheDir: dir, workers: 1}), first, 'a file without the header is not trusted');
	assert.equal(readFileSync(path, 'utf8').split('\n')[0], header);
	rmSync(dir, {recursive: true});
});

test('a cache hit gives the same records as extraction; a changed article is extracted again', async () => {
	const dir = tempDir();
	const corpus = {root: '/stories/mixed', articles: [quake, deal]};
	const cold = await extractRecords(corpus, {cacheDir: dir, workers: 1});
	assert.deepEqual(cold, [recordOf(quake), recordOf(deal)].map((record) => JSON.parse(JSON.stringify(record))));
	const warm = await extractRecords(corpus, {cacheDir: dir, workers: 1});
	assert.deepEqual(warm, cold);
	const edited = {...deal, text: deal.text.replace('10 percent', '12 percent')};
	const after = await extractRecords({...corpus, articles: [quake, edited]}, {cacheDir: dir, workers: 1});
	assert.deepEqual(after[1], JSON.parse(JSON.stringify(recordOf(edited))));
	rmSync(dir, {recursive: true});
});

test('no cache folder: nothing is written anywhere', async () => {
	const dir = tempDir();
	await extractRecords({root: '/stories/none', articles: [quake]}, {cacheDir: null, workers: 1});
	assert.deepEqual(readdirSync(dir), []);
	rmSync(dir, {recursive: true});
});

test('an unwritable cache folder costs the cache, not the records', async () => {
	const dir = tempDir();
	const blocker = join(dir, 'file');
	writeFileSync(blocker, '');
	const records = await extractRecords({root: '/stories/ro', articles: [quake]}, {cacheDir: join(blocker, 'brief'), workers: 1});
	assert.deepEqual(records, [JSON.parse(JSON.stringify(recordOf(quake)))]);
	rmSync(dir, {recursive: true});
});

test('new articles are appended to the pack; nothing is rewritten when nothing changed', async () => {
	const dir = tempDir();
	const root = '/stories/growing';
	await extractRecords({root, articles: [quake]}, {cacheDir: dir, workers: 1});
	const path = packPath(dir, root);
	const before = readFileSync(path, 'utf8');
	await extractRecords({root, articles: [quake, deal]}, {cacheDir: dir, workers: 1});
	const after = readFileSync(path, 'utf8');
	assert.ok(after.startsWith(before), 'the old lines stay as they were');
	assert.equal(after.trimEnd().split('\n').length, 3);
	await extractRecords({root, articles: [quake, deal]}, {cacheDir: dir, workers: 1});
	assert.equal(readFileSync(path, 'utf8'), after);
	rmSync(dir, {recursive: true});
});
