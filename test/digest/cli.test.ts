/** End to end: `brief digest` as a user runs it, from the project folder, on the bundled seeds. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {displayWidth} from '../../source/digest/width.js';
import {markdownProblems} from './markdown-check.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BRIEF = 'node --import tsx cli.tsx';
const PARTS = ['Briefing: ', 'Plan provisions', 'Quotes by speaker', 'Figures and claims', 'Framing by outlet', 'Where outlets disagree', 'Sources'];

/** Runs a shell command line in the project folder; pipefail so `brief … | head` reports brief's own exit. */
function sh(command: string) {
	const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], {cwd: ROOT, encoding: 'utf8'});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

test('brief digest prints all seven parts, in order, with no ANSI codes in a pipe', {timeout: 60_000}, () => {
	const {status, stdout, stderr} = sh(`${BRIEF} digest --no-cache`);
	assert.equal(status, 0, stderr);
	assert.equal(stderr, '');
	let from = 0;
	for (const part of PARTS) {
		const at = stdout.indexOf(part, from);
		assert.ok(at >= from, `missing or out of order: ${part}`);
		from = at;
	}
	assert.doesNotMatch(stdout, /\u001B\[/);
});

test('brief digest | head -3 ends quietly with exit 0', {timeout: 60_000}, () => {
	const {status, stdout, stderr} = sh(`${BRIEF} digest --no-cache | head -3`);
	assert.equal(status, 0);
	assert.equal(stderr, '');
	assert.equal(stdout.split('\n').length, 4);
});

test('a digest larger than the pipe buffer also ends quietly when head closes the pipe', {timeout: 120_000}, () => {
	const corpus = mkdtempSync(join(tmpdir(), 'brief-digest-'));
	try {
		const seeds = join(ROOT, 'seeds');
		const files = readdirSync(seeds).filter((name) => name.endsWith('.txt'));
		for (let copy = 0; copy < 300; copy++) for (const file of files) copyFileSync(join(seeds, file), join(corpus, `${copy}_${file}`));
		const size = sh(`${BRIEF} digest ${corpus} --no-cache | wc -c`);
		assert.ok(Number(size.stdout.trim()) > 128 * 1024, `only ${size.stdout.trim()} bytes: not enough to fill a pipe`);
		const {status, stderr} = sh(`${BRIEF} digest ${corpus} --no-cache | head -3`);
		assert.equal(status, 0);
		assert.equal(stderr, '');
	} finally {
		rmSync(corpus, {recursive: true, force: true});
	}
});

test('--width 60 keeps every line within 60 columns but unbreakable tokens', {timeout: 60_000}, () => {
	const {status, stdout} = sh(`${BRIEF} digest --width 60 --no-cache`);
	assert.equal(status, 0);
	const long = stdout.split('\n').filter((line) => displayWidth(line) > 60 && line.trim().replace(/^(- |\d+\. |\[\d+\] )/, '').includes(' '));
	assert.deepEqual(long, []);
});

test('--format markdown --output FILE writes well-formed markdown and prints nothing', {timeout: 60_000}, () => {
	const folder = mkdtempSync(join(tmpdir(), 'brief-digest-'));
	try {
		const file = join(folder, 'digest.md');
		const {status, stdout, stderr} = sh(`${BRIEF} digest --format markdown --output ${file} --no-cache`);
		assert.equal(status, 0, stderr);
		assert.equal(stdout, '');
		const markdown = readFileSync(file, 'utf8');
		assert.match(markdown, /^# Briefing: /);
		assert.match(markdown, /\n## Sources\n/);
		assert.deepEqual(markdownProblems(markdown), []);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

test('--format json prints the briefing, as --json does', {timeout: 60_000}, () => {
	const digest = sh(`${BRIEF} digest --format json --no-cache`);
	const json = sh(`${BRIEF} --json --no-cache`);
	assert.equal(digest.status, 0);
	// Same briefing; compared by shape and articles, so an extractor edited between the two runs does not matter.
	const [a, b] = [JSON.parse(digest.stdout), JSON.parse(json.stdout)];
	assert.deepEqual(Object.keys(a), Object.keys(b));
	assert.deepEqual(a.articles.map((article: {id: string}) => article.id), b.articles.map((article: {id: string}) => article.id));
	assert.equal(a.version, 1);
});

test('an unknown --format is a one-line error and exit 2', {timeout: 60_000}, () => {
	const {status, stdout, stderr} = sh(`${BRIEF} digest --format pdf --no-cache`);
	assert.equal(status, 2);
	assert.equal(stdout, '');
	assert.match(stderr, /^brief: unknown --format "pdf": use text, markdown or json\n$/);
});
