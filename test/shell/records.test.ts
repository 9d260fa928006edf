import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {writeCorpus} from '../../bench/generate.js';
import {articleFromLine, compareIds, mergeRecordFiles, parseRecords, RecordsError} from '../../source/shell/records.js';
import {EXTRACTOR_VERSION} from '../../source/core/record.js';

const project = fileURLToPath(new URL('../..', import.meta.url));
const tsx = import.meta.resolve('tsx');

/** Runs the CLI from its sources in a child process; resolves with its exit code and output. */
function brief(args: string[], input?: string, cache = mkdtempSync(join(tmpdir(), 'brief-cache-'))): Promise<{code: number | null; stdout: string; stderr: string}> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', tsx, join(project, 'cli.tsx'), ...args], {
			cwd: tmpdir(),
			env: {...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cache},
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		// decoded as a stream: a character cut across two chunks must not turn into two replacement marks
		child.stdout.setEncoding('utf8');
		child.stderr.setEncoding('utf8');
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({code, stdout, stderr}));
		child.stdin.end(input ?? '');
	});
}

const withoutRoot = (json: string) => {
	const briefing = JSON.parse(json);
	delete briefing.corpus.root;
	return briefing;
};

test('a corpus extracted in shards by parallel processes and merged gives the same briefing as one run', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'brief-shards-'));
	const corpus = join(dir, 'corpus');
	writeCorpus(corpus, 24, 7);
	const files = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort();
	const manifest = JSON.parse(readFileSync(join(corpus, 'sources.json'), 'utf8'));
	// Shards in scrambled order: the merge puts records back in corpus order.
	const byPath = [files.filter((_, index) => index % 3 === 2), files.filter((_, index) => index % 3 === 0)];
	const viaStdin = files.filter((_, index) => index % 3 === 1);
	const ndjson = viaStdin.map((name) => JSON.stringify({id: name, text: readFileSync(join(corpus, name), 'utf8'), meta: manifest[name]})).join('\n');

	const [whole, ...shards] = await Promise.all([
		brief(['--json', corpus]),
		...byPath.map((shard) => brief(['extract', ...shard.map((name) => join(corpus, name))])),
		brief(['extract', '-'], ndjson),
	]);
	assert.equal(whole.code, 0, whole.stderr);
	const recordFiles = shards.map((shard, index) => {
		assert.equal(shard.code, 0, shard.stderr);
		assert.equal(shard.stdout.trim().split('\n').length, index < 2 ? byPath[index].length : viaStdin.length, 'one line per article');
		const path = join(dir, `shard-${index}.ndjson`);
		writeFileSync(path, shard.stdout);
		return path;
	});
	const merged = await brief(['--records', ...recordFiles]);
	assert.equal(merged.code, 0, merged.stderr);
	assert.deepEqual(withoutRoot(merged.stdout), withoutRoot(whole.stdout));
});

test('extract on the seeds writes one record per article that --records turns back into the briefing', async () => {
	// With no paths and stdin not a terminal, extract reads NDJSON from stdin: name the seeds.
	const seeds = join(project, 'seeds');
	const [whole, extracted] = await Promise.all([brief(['--json', seeds]), brief(['extract', seeds])]);
	assert.equal(extracted.code, 0, extracted.stderr);
	const dir = mkdtempSync(join(tmpdir(), 'brief-seeds-'));
	writeFileSync(join(dir, 'seeds.ndjson'), extracted.stdout);
	const merged = await brief(['--records', join(dir, 'seeds.ndjson')]);
	assert.equal(merged.code, 0, merged.stderr);
	assert.deepEqual(withoutRoot(merged.stdout), withoutRoot(whole.stdout));
});

test('digest --records prints the digest of the merged records, as digest prints it from the articles', async () => {
	const seeds = join(project, 'seeds');
	const [digest, extracted] = await Promise.all([brief(['digest', seeds]), brief(['extract', seeds])]);
	const dir = mkdtempSync(join(tmpdir(), 'brief-seeds-'));
	writeFileSync(join(dir, 'seeds.ndjson'), extracted.stdout);
	const merged = await brief(['digest', '--records', join(dir, 'seeds.ndjson')]);
	assert.equal(merged.code, 0, merged.stderr);
	const withoutCorpusLine = (text: string) => text.replace(/^Corpus: .*$/m, '');
	assert.equal(withoutCorpusLine(merged.stdout), withoutCorpusLine(digest.stdout));
	const bad = await brief(['digest', '--format', 'pdf', '--records', join(dir, 'seeds.ndjson')]);
	assert.equal(bad.code, 2);
	assert.match(bad.stderr, /unknown --format "pdf"/);
});

test('--records refuses a line that is not a record, naming the file and line', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'brief-bad-'));
	writeFileSync(join(dir, 'bad.ndjson'), '{"hello": "world"}\n');
	const result = await brief(['--records', join(dir, 'bad.ndjson')]);
	assert.equal(result.code, 1);
	assert.match(result.stderr, /bad\.ndjson:1 is not a brief record/);
	assert.equal(result.stdout, '');
});

test('stdin lines: an article, or why it is skipped', () => {
	const cases: Array<[string, unknown]> = [
		['{"id":"a.txt","text":"Floods hit the coast."}', {id: 'a.txt', text: 'Floods hit the coast.', meta: {}}],
		['{"id":"b.txt","text":"Text.","meta":{"outlet":"Valley Courier"}}', {id: 'b.txt', text: 'Text.', meta: {outlet: 'Valley Courier'}}],
		['{"id":"c.txt","text":"Text.","meta":[1]}', {id: 'c.txt', text: 'Text.', meta: {}}],
		['not json', {skipped: {file: 'stdin:3', reason: 'not a JSON line'}}],
		['{"text":"no id"}', {skipped: {file: 'stdin:3', reason: 'no "id" string'}}],
		['{"id":"d.txt","text":"  "}', {skipped: {file: 'd.txt', reason: 'no "text" string (or an empty one)'}}],
		['null', {skipped: {file: 'stdin:3', reason: 'no "id" string'}}],
	];
	for (const [line, expected] of cases) assert.deepEqual(articleFromLine(line, 3), expected, line);
});

test('corpus order compares ids folder by folder, as the loader walks', () => {
	const ids = ['b.txt', 'a/z.txt', 'a-b/y.txt', 'a.txt', 'a/b/c.txt'];
	// The loader lists a folder's names sorted ('a' < 'a-b' < 'a.txt') and goes into each folder where it meets it.
	assert.deepEqual([...ids].sort(compareIds), ['a/b/c.txt', 'a/z.txt', 'a-b/y.txt', 'a.txt', 'b.txt']);
});

test('records files: skipped lines kept, a repeated article kept once, a foreign version refused', () => {
	const record = (id: string) => ({extractor: EXTRACTOR_VERSION, article: {id, body: 'Body.', words: 1}, speakers: [], quotes: [], figures: [], claims: [], provisions: []});
	const first = parseRecords([JSON.stringify(record('b.txt')), JSON.stringify({skipped: {file: 'x.pdf', reason: 'not an article file (.pdf)'}})].join('\n'), 'one.ndjson');
	const second = parseRecords(`${JSON.stringify(record('a.txt'))}\n${JSON.stringify(record('b.txt'))}\n`, 'two.ndjson');
	const merged = mergeRecordFiles([first, second]);
	assert.deepEqual(merged.records.map((entry) => entry.article.id), ['a.txt', 'b.txt']);
	assert.deepEqual(merged.skipped, [{file: 'x.pdf', reason: 'not an article file (.pdf)'}]);
	assert.throws(() => parseRecords(JSON.stringify({...record('a.txt'), extractor: EXTRACTOR_VERSION + 1}), 'old.ndjson'), (error: Error) => error instanceof RecordsError && /old\.ndjson:1 .*version/.test(error.message));
	assert.throws(() => parseRecords('{"id": 1', 'torn.ndjson'), /torn\.ndjson:1 is not a JSON line/);
});
