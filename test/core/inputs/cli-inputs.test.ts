import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {Ajv2020} from 'ajv/dist/2020.js';
import {fixture, type LocalServer, startServer} from './local-server.js';

const project = fileURLToPath(new URL('../../..', import.meta.url));
const tsx = import.meta.resolve('tsx');

/** Runs the CLI from its sources, as a user does; asynchronously, so the local server keeps answering. */
function brief(args: string[], stdin?: string): Promise<{code: number; stdout: string; stderr: string}> {
	return new Promise((resolve) => {
		const child = execFile(
			process.execPath,
			['--import', tsx, join(project, 'cli.tsx'), ...args],
			{cwd: tmpdir(), encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}},
			(error, stdout, stderr) => resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr}),
		);
		child.stdin?.end(stdin ?? '');
	});
}

describe('brief on web addresses (the command line users run)', () => {
	let server: LocalServer;
	before(async () => {
		server = await startServer();
	});
	after(() => server.close());

	it('prints a schema-valid briefing of the pages that loaded and lists the failures as skipped', async () => {
		const {code, stdout, stderr} = await brief(['--json', '--no-cache', `${server.base}/news/harbour-quake`, `${server.base}/missing`, `${server.base}/report.pdf`]);
		assert.equal(code, 0, stderr);
		const briefing = JSON.parse(stdout);
		const validate = new Ajv2020({allErrors: true, strict: false}).compile(JSON.parse(fixture('../briefing.schema.json')));
		assert.ok(validate(briefing), JSON.stringify(validate.errors?.slice(0, 3)));
		assert.deepEqual(
			briefing.articles.map((article: {id: string; outlet: string; headline: string; published: string}) => [article.id, article.outlet, article.headline, article.published]),
			[[`${server.base.replace('http://', '')}/news/harbour-quake`, 'The Coastal Courier', 'Quake shakes harbour town, dozens hurt', '2031-03-14']],
		);
		assert.deepEqual(briefing.corpus.skipped, [
			{file: `${server.base}/missing`, reason: 'HTTP 404 Not Found'},
			{file: `${server.base}/report.pdf`, reason: 'not HTML (content type application/pdf)'},
		]);
	});

	it('a missing local path beside a web address is still `no such file or directory`, exit 2', async () => {
		const {code, stderr} = await brief(['--json', '--no-cache', `${server.base}/news/harbour-quake`, 'no/such/folder']);
		assert.equal(code, 2);
		assert.equal(stderr, 'brief: no such file or directory: no/such/folder\n');
	});

	it('when every address fails, says so in one line, exit 1', async () => {
		const {code, stderr} = await brief(['--json', '--no-cache', `${server.base}/missing`]);
		assert.equal(code, 1);
		assert.match(stderr, /^brief: no articles found in http:\/\/127\.0\.0\.1:\d+\/missing \(1 file skipped: HTTP 404 Not Found\)\n$/);
	});
});

describe('brief - (standard input)', () => {
	it('reads a pasted page', async () => {
		const {code, stdout, stderr} = await brief(['--json', '--no-cache', '-'], fixture('harbour-quake.html'));
		assert.equal(code, 0, stderr);
		const briefing = JSON.parse(stdout);
		assert.equal(briefing.corpus.root, 'stdin');
		assert.deepEqual(briefing.articles.map((article: {id: string; outlet: string}) => [article.id, article.outlet]), [['stdin', 'The Coastal Courier']]);
	});

	it('reads an export, its empty item listed as skipped', async () => {
		const {code, stdout, stderr} = await brief(['--json', '--no-cache', '-'], fixture('news-export.json'));
		assert.equal(code, 0, stderr);
		const briefing = JSON.parse(stdout);
		assert.deepEqual(briefing.articles.map((article: {id: string}) => article.id), ['plains-herald.example/markets/grain-deal', 'coast-observer.example/port-workers']);
		assert.deepEqual(briefing.corpus.skipped.map((skip: {file: string}) => skip.file), ['stdin#2']);
	});

	it('prints the digest of standard input', async () => {
		const {code, stdout, stderr} = await brief(['digest', '--no-cache', '-'], 'Dam talks resume\n\nNegotiators from Veldria and Ostmark met on Wednesday, officials said.\n');
		assert.equal(code, 0, stderr);
		assert.match(stdout, /Corpus: stdin/);
	});
});

