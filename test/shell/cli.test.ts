import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Ajv2020} from 'ajv/dist/2020.js';

const project = fileURLToPath(new URL('../..', import.meta.url));
const tsx = import.meta.resolve('tsx');

/** Runs the CLI from its sources, from a folder outside the project, the way a user runs it. */
function brief(args: string[], cwd = tmpdir()) {
	const result = spawnSync(process.execPath, ['--import', tsx, join(project, 'cli.tsx'), ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

test('brief --json from another folder prints a schema-valid briefing of the five seeds', () => {
	const {code, stdout, stderr} = brief(['--json']);
	assert.equal(code, 0, stderr);
	const briefing = JSON.parse(stdout);
	const schema = JSON.parse(readFileSync(join(project, 'test/fixtures/briefing.schema.json'), 'utf8'));
	const ajv = new Ajv2020({allErrors: true, strict: false});
	const validate = ajv.compile(schema);
	assert.ok(validate(briefing), JSON.stringify(validate.errors?.slice(0, 5)));
	assert.equal(briefing.articles.length, 5);
	const titled = briefing.articles.filter((a: {headline: string | null}) => a.headline !== null);
	assert.equal(titled.length, 3);
	assert.equal(briefing.articles.find((a: {id: string}) => a.id === '001_1f0bf1d3823c54ba.txt').headline, null);
	assert.equal(briefing.articles.find((a: {id: string}) => a.id === '002_36613fa7a3a53c5e.txt').headline, null);
	assert.equal(briefing.articles.find((a: {id: string}) => a.id === '002_36613fa7a3a53c5e.txt').outlet, 'Modern Diplomacy');
});

test('the schema copy in test/fixtures is the shared contract, byte for byte', (t) => {
	let shared: string;
	try {
		shared = readFileSync(join(project, '../shared/briefing.schema.json'), 'utf8');
	} catch {
		t.skip('../shared is not beside this checkout');
		return;
	}
	assert.equal(readFileSync(join(project, 'test/fixtures/briefing.schema.json'), 'utf8'), shared);
});

test('the bundled seeds are the shared seeds, byte for byte', (t) => {
	for (const name of ['000_1985113b1411fc0d.txt', '001_1f0bf1d3823c54ba.txt', '002_36613fa7a3a53c5e.txt', '003_a309f49bf0c5d612.txt', '004_a3ae648593cd17ef.txt']) {
		let shared: Buffer;
		try {
			shared = readFileSync(join(project, '../shared/seeds', name));
		} catch {
			t.skip('../shared is not beside this checkout');
			return;
		}
		assert.ok(readFileSync(join(project, 'seeds', name)).equals(shared), name);
	}
});

test('a missing path: one line, exit 2', () => {
	const {code, stderr, stdout} = brief(['--json', '/no/such/place']);
	assert.equal(code, 2);
	assert.equal(stderr, 'brief: no such file or directory: /no/such/place\n');
	assert.equal(stdout, '');
});

test('a folder with no articles: one line, exit 1', () => {
	const empty = mkdtempSync(join(tmpdir(), 'brief-empty-'));
	const {code, stderr} = brief(['--json', empty]);
	assert.equal(code, 1);
	assert.equal(stderr.trim().split('\n').length, 1);
	assert.match(stderr, /^brief: no articles found/);
});

test('bad files inside a corpus are listed as skipped and the rest loads', () => {
	const dir = mkdtempSync(join(tmpdir(), 'brief-mixed-'));
	writeFileSync(join(dir, 'good.txt'), 'Floods displaced 2,000 people in the delta on Monday, officials said.');
	writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
	writeFileSync(join(dir, 'ansi.txt'), 'Storm \u001B[31mwarning\u001B[0m issued\u001B]0;title\u0007 for the coast.');
	const {code, stdout} = brief(['--json', dir]);
	assert.equal(code, 0);
	const briefing = JSON.parse(stdout);
	assert.deepEqual(briefing.articles.map((a: {id: string}) => a.id).sort(), ['ansi.txt', 'good.txt']);
	assert.deepEqual(briefing.corpus.skipped.map((s: {file: string}) => s.file), ['bad.txt']);
	assert.ok(!stdout.includes('\\u001b'), 'escape sequences reached the output');
});

test('--help and --version as meow does them', () => {
	const help = brief(['--help']);
	assert.equal(help.code, 0);
	assert.match(help.stdout, /Usage/);
	assert.match(help.stdout, /brief digest/);
	const version = brief(['--version']);
	assert.equal(version.code, 0);
	assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).version);
});

test('a bad digest flag is reported before any article is read', () => {
	const {code, stderr, stdout} = brief(['digest', '--format', 'pdf', '/no/such/place']);
	assert.equal(code, 2);
	assert.equal(stderr, 'brief: unknown --format "pdf": use text, markdown or json\n');
	assert.equal(stdout, '');
});
