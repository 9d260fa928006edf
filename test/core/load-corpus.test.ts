import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadCorpus, MissingPathError} from '../../source/core/load-corpus.js';

function corpus(files: Record<string, string | Buffer>): string {
	const root = mkdtempSync(join(tmpdir(), 'brief-corpus-'));
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(root, name, '..'), {recursive: true});
		writeFileSync(join(root, name), content);
	}
	return root;
}

test('a missing path is an error naming the path', async () => {
	await assert.rejects(loadCorpus(['/no/such/corpus']), (error: unknown) => error instanceof MissingPathError && error.path === '/no/such/corpus');
});

test('reads folders recursively with ids relative to the root, and lists every skip with its reason', async () => {
	const root = corpus({
		'a.txt': 'First article text.',
		'nested/b.md': 'Second article text.',
		'empty.txt': '   \n',
		'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]),
		'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]),
		'big.txt': Buffer.alloc(5 * 1024 * 1024 + 10, 0x61),
		'photo.jpg': 'not text',
		'.hidden.txt': 'ignored',
	});
	symlinkSync(join(root, 'gone.txt'), join(root, 'dangling.txt'));
	const loaded = await loadCorpus([root]);
	assert.deepEqual(loaded.articles.map((a) => a.id), ['a.txt', 'nested/b.md']);
	const reasons = Object.fromEntries(loaded.skipped.map((s) => [s.file, s.reason]));
	assert.match(reasons['empty.txt'], /empty/);
	assert.match(reasons['binary.txt'], /binary/);
	assert.match(reasons['latin1.txt'], /UTF-8/);
	assert.match(reasons['big.txt'], /too large/);
	assert.match(reasons['photo.jpg'], /not an article/);
	assert.match(reasons['dangling.txt'], /unreadable/);
	assert.equal(loaded.skipped.length, 6);
});

test('a sources.json manifest supplies metadata by file name', async () => {
	const root = corpus({
		'one.txt': 'Some text.',
		'sources.json': JSON.stringify({'one.txt': {outlet: 'Valley Post', published: '2024-03-01'}}),
	});
	const loaded = await loadCorpus([root]);
	assert.equal(loaded.articles.length, 1);
	assert.deepEqual(loaded.articles[0].meta, {outlet: 'Valley Post', published: '2024-03-01'});
});

test('a broken manifest is a listed skip, the articles still load', async () => {
	const root = corpus({'one.txt': 'Some text.', 'sources.json': '{not json'});
	const loaded = await loadCorpus([root]);
	assert.equal(loaded.articles.length, 1);
	assert.match(loaded.skipped[0].reason, /manifest/);
});

test('files named explicitly are read whatever their extension; the root is their common folder', async () => {
	const root = corpus({'x/a.log': 'Text one.', 'x/y/b.txt': 'Text two.'});
	const loaded = await loadCorpus([join(root, 'x/a.log'), join(root, 'x/y/b.txt')]);
	assert.deepEqual(loaded.articles.map((a) => a.id), ['a.log', 'y/b.txt']);
});
