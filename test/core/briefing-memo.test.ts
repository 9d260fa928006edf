import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {briefingMemoThread, briefingMemoWriter, corpusMemoKey, memoMembers, memoPath, readBriefingMemo} from '../../source/core/briefing-memo.js';
import {fixtureBriefing} from '../digest/fixtures/briefing.js';
import {briefingOf, openCorpus} from '../../source/core/build-briefing.js';
import type {ReadCorpus} from '../../source/core/load-corpus.js';
import {jsonChunks} from '../../source/shell/json-out.js';
import {remember} from '../../source/shell/run.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'brief-memo-'));

const corpus: ReadCorpus = {
	root: '/stories/flood',
	read: [
		{id: 'a.txt', path: '/stories/flood/a.txt', text: 'Floods Cut Off Valley\n\nThe floods killed 12 people, the regional governor Mira Santos said.\n', meta: {}},
		{id: 'b.txt', path: '/stories/flood/b.txt', text: 'Aid Reaches Valley\n\n"We need boats," Santos told reporters.\n', meta: {outlet: 'Valley Courier'}},
	],
	skipped: [{file: 'notes.pdf', reason: 'not an article (.pdf)'}],
};

const write = (dir: string, key: string, chunks: string[]) => {
	const writer = briefingMemoWriter(dir, corpus.root, key);
	for (const chunk of chunks) writer.add(chunk);
	writer.commit();
};

test('the key changes with any text, id, metadata, skip or salt, and nothing else', () => {
	const key = corpusMemoKey(corpus, 'salt');
	assert.equal(corpusMemoKey(structuredClone(corpus), 'salt'), key);
	const [first, second] = corpus.read;
	const variants: ReadCorpus[] = [
		{...corpus, read: [{...first, text: first.text + ' '}, second]},
		{...corpus, read: [{...first, id: 'c.txt'}, second]},
		{...corpus, read: [first, {...second, meta: {outlet: 'Other'}}]},
		{...corpus, read: [second, first]},
		{...corpus, read: [first]},
		{...corpus, skipped: []},
		{...corpus, root: '/stories/other'},
	];
	for (const variant of variants) assert.notEqual(corpusMemoKey(variant, 'salt'), key);
	assert.notEqual(corpusMemoKey(corpus, 'edited extractor'), key);
});

test('a memo comes back byte for byte for its key, and for no other', () => {
	const dir = tempDir();
	const key = corpusMemoKey(corpus);
	assert.equal(readBriefingMemo(dir, corpus.root, key), null);
	write(dir, key, ['{\n  "version": 1,', '\n  "note": "café – naïve"\n}\n']);
	assert.equal(readBriefingMemo(dir, corpus.root, key)?.toString('utf8'), '{\n  "version": 1,\n  "note": "café – naïve"\n}\n');
	assert.equal(readBriefingMemo(dir, corpus.root, corpusMemoKey(corpus, 'other')), null);
	assert.equal(readBriefingMemo(dir, '/stories/other', key), null);
	rmSync(dir, {recursive: true});
});

test('a torn, edited, foreign or unreadable memo is never served', () => {
	const dir = tempDir();
	const key = corpusMemoKey(corpus);
	const path = memoPath(dir, corpus.root);
	const damage: [string, (bytes: Buffer) => Buffer | string][] = [
		['cut short', (bytes) => bytes.subarray(0, bytes.length - 3)],
		['one byte changed', (bytes) => Buffer.from(bytes.toString('latin1').replace('"version": 1', '"version": 2'), 'latin1')],
		['grown', (bytes) => Buffer.concat([bytes, Buffer.from(' ')])],
		['someone else\'s file', () => '{"version": 1}\n'],
		['empty', () => ''],
	];
	for (const [what, change] of damage) {
		write(dir, key, ['{\n  "version": 1\n}\n']);
		writeFileSync(path, change(readFileSync(path)));
		assert.equal(readBriefingMemo(dir, corpus.root, key), null, what);
	}
	rmSync(dir, {recursive: true});
});

test('an abandoned, oversized or unwritable memo leaves nothing to serve and throws nothing', () => {
	const dir = tempDir();
	const key = corpusMemoKey(corpus);
	const abandoned = briefingMemoWriter(dir, corpus.root, key);
	abandoned.add('{}\n');
	abandoned.abandon();
	abandoned.commit();
	assert.equal(readBriefingMemo(dir, corpus.root, key), null);
	const oversized = briefingMemoWriter(dir, corpus.root, key, 1000);
	for (let written = 0; written <= 1000; written += 100) oversized.add('x'.repeat(100));
	oversized.commit();
	assert.equal(readBriefingMemo(dir, corpus.root, key), null);
	const file = join(dir, 'a-file');
	writeFileSync(file, '');
	const unwritable = briefingMemoWriter(join(file, 'cache'), corpus.root, key); // a folder under a file cannot be made
	unwritable.add('{}\n');
	assert.doesNotThrow(() => unwritable.commit());
	rmSync(dir, {recursive: true});
});

test('a corpus reopened unchanged is served from its memo, as the JSON it printed; an edit rebuilds it', async () => {
	const stories = tempDir();
	const cacheDir = tempDir();
	mkdirSync(join(stories, 'flood'));
	for (const article of corpus.read) writeFileSync(join(stories, 'flood', article.id), article.text);
	const options = {cacheDir, cacheSalt: 'test', workers: 1, memoAfterMs: 0};
	const first = await openCorpus([join(stories, 'flood')], options);
	assert.equal(first.from, 'build');
	assert.ok(first.from === 'build' && first.memo, 'a memo is offered when building took long enough');
	await remember(first);
	const printed = [...jsonChunks(briefingOf(first))].join('');
	const second = await openCorpus([join(stories, 'flood')], options);
	assert.equal(second.from, 'memo');
	assert.equal(second.from === 'memo' && second.json.toString('utf8'), printed);
	assert.deepEqual(briefingOf(second), JSON.parse(printed));
	writeFileSync(join(stories, 'flood', 'b.txt'), `${corpus.read[1].text}\nThe governor said 300 homes were lost.\n`);
	const edited = await openCorpus([join(stories, 'flood')], options);
	assert.equal(edited.from, 'build');
	assert.equal((await openCorpus([join(stories, 'flood')], {...options, cacheDir: null})).from, 'build', 'no cache folder: no memo');
	const quick = await openCorpus([join(stories, 'flood')], {...options, memoAfterMs: 60_000});
	assert.ok(quick.from === 'build' && quick.memo === null, 'a briefing built quickly is not worth a memo');
	rmSync(stories, {recursive: true});
	rmSync(cacheDir, {recursive: true});
});

test('members of a remembered briefing parse one by one to what parsing the whole gives; lists to count come as that many slots', () => {
	const briefing = fixtureBriefing();
	const memo = Buffer.from([...jsonChunks(briefing)].join(''));
	assert.deepEqual(memoMembers(memo), JSON.parse(memo.toString('utf8')));
	assert.deepEqual(Object.keys(memoMembers(memo)), Object.keys(briefing));
	const some = memoMembers(memo, new Set(['story', 'quotes']), new Set(['figures', 'discrepancies', 'claims']));
	assert.deepEqual(Object.keys(some).sort(), ['claims', 'discrepancies', 'figures', 'quotes', 'story']);
	assert.deepEqual(some.quotes, briefing.quotes);
	for (const list of ['figures', 'discrepancies', 'claims'] as const) assert.equal(some[list]!.length, briefing[list].length, list);
	// Not laid out as the memo writer lays it out (one line): parsed whole, the same members come back.
	const compact = Buffer.from(JSON.stringify(briefing));
	assert.deepEqual(memoMembers(compact, new Set(['story', 'quotes']), new Set(['figures'])), {story: briefing.story, quotes: briefing.quotes, figures: new Array(briefing.figures.length)});
	const empty = Buffer.from([...jsonChunks({...briefing, discrepancies: [], figures: [briefing.figures[0]]})].join(''));
	assert.deepEqual([memoMembers(empty, new Set(), new Set(['discrepancies', 'figures'])).discrepancies?.length, memoMembers(empty, new Set(), new Set(['figures'])).figures?.length], [0, 1]);
});

test('a list named in `first` has only its first items parsed; its length stays that of the whole list', () => {
	const briefing = fixtureBriefing();
	briefing.discrepancies = [0, 1, 2, 3].map((index) => ({...briefing.discrepancies[0], summary: `number ${index}`}));
	const memo = Buffer.from([...jsonChunks(briefing)].join(''));
	for (const [first, parsed] of [[0, 0], [1, 1], [3, 3], [4, 4], [9, 4]]) {
		const {discrepancies} = memoMembers(memo, new Set(['discrepancies']), new Set(), new Map([['discrepancies', first]]));
		assert.equal(discrepancies!.length, 4, `first ${first}`);
		assert.deepEqual(discrepancies!.slice(0, parsed), briefing.discrepancies.slice(0, parsed));
		assert.equal(Object.keys(discrepancies!).length, parsed, 'the rest are empty slots');
	}
});

test('a memo written on its own thread, from text or from bytes in its shared slots, is the memo written here', async () => {
	const dir = tempDir();
	const key = corpusMemoKey(corpus);
	const chunks = ['{\n  "version": 1,', '\n  "note": "café – naïve “quoted”"', `,\n  "long": "${'x'.repeat(9 << 20)}"`, '\n}\n']; // one chunk larger than a slot
	write(dir, key, chunks);
	const here = readBriefingMemo(dir, corpus.root, key);
	assert.ok(here);
	rmSync(memoPath(dir, corpus.root));
	for (const how of ['text', 'bytes']) {
		const thread = briefingMemoThread(dir, corpus.root, key);
		assert.ok(thread, 'the thread starts under tsx too');
		for (const chunk of chunks) {
			if (how === 'text') thread.add(chunk);
			else {
				const buffer = await thread.buffer(chunk.length * 3);
				thread.addBytes(buffer, buffer.write(chunk, 'utf8'));
			}
		}
		await thread.commit();
		assert.ok(readBriefingMemo(dir, corpus.root, key)?.equals(here), how);
		rmSync(memoPath(dir, corpus.root));
	}
	const abandoned = briefingMemoThread(dir, corpus.root, key)!;
	abandoned.add('{}\n');
	abandoned.abandon();
	await abandoned.commit();
	assert.equal(readBriefingMemo(dir, corpus.root, key), null);
	rmSync(dir, {recursive: true});
});
