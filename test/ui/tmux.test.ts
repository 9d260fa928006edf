/**
 * The real terminal: builds the CLI, runs `node dist/cli.js` in a detached tmux session (120x40), presses
 * keys with send-keys and reads the screen with capture-pane. Skips, saying why, when tmux is missing.
 */
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, rmSync} from 'node:fs';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import type {Briefing} from '../../source/core/model.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const skip = hasTmux ? false : 'tmux is not installed (.ci/run installs it); the real-terminal test is skipped';
// A private tmux server, so the test never touches the user's sessions.
const socket = `brief-test-${process.pid}`;
const PROMPT = 'brief-test$ ';

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
const screen = () => tmux('capture-pane', '-p', '-t', 'ui');
const press = (...keys: string[]) => tmux('send-keys', '-t', 'ui', ...keys);
const type = (text: string) => tmux('send-keys', '-t', 'ui', '-l', text);

/** Polls the screen until `pattern` shows (or, with `absent`, is gone); fails with the last screen. */
async function waitFor(pattern: RegExp, {absent = false, timeout = 20_000} = {}): Promise<string> {
	const deadline = Date.now() + timeout;
	let last = '';
	while (Date.now() < deadline) {
		last = screen();
		if (pattern.test(last) !== absent) return last;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	assert.fail(`${absent ? 'still showing' : 'never showed'} ${pattern} within ${timeout} ms; the screen:\n${last}`);
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
let briefing: Briefing;

before(() => {
	if (skip) return;
	// Type errors elsewhere in the tree must not stop the build: tsc still emits, and the checks below need dist/.
	spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], {cwd: root, stdio: 'ignore'});
	// Then the bundle the package ships (tsc's dist/cli.js would otherwise be left in its place).
	spawnSync(process.execPath, ['scripts/after-build.mjs'], {cwd: root, stdio: 'ignore'});
	assert.ok(existsSync(`${root}/dist/cli.js`), 'the build did not produce dist/cli.js');
	briefing = JSON.parse(execFileSync('node', ['dist/cli.js', '--json'], {cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})) as Briefing;
	tmux('new-session', '-d', '-s', 'ui', '-x', '120', '-y', '40', `env PS1='${PROMPT}' bash --norc --noprofile`);
	// Ink draws only the last frame when it thinks it runs in CI; the test wants the live screen.
	type(`cd '${root}' && env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color node dist/cli.js`);
	press('Enter');
});

after(() => {
	if (skip) return;
	const path = spawnSync('tmux', ['-L', socket, 'display-message', '-p', '#{socket_path}'], {encoding: 'utf8'}).stdout.trim();
	spawnSync('tmux', ['-L', socket, 'kill-server']);
	// tmux 3.3 leaves the socket file of a killed server behind.
	if (path) rmSync(path, {force: true});
});

test('tmux: the overview shows', {skip}, async () => {
	const frame = await waitFor(/Disagreements between outlets/);
	assert.match(frame, /1 Overview {2}2 Provisions {2}3 Quotes {2}4 Figures {2}5 Outlets/);
	assert.match(frame, new RegExp(`${briefing.articles.length} articles from ${briefing.outlets.length} outlets`));
	assert.match(frame, /q quit/);
});

test('tmux: 3 shows the quotes with a seed speaker', {skip}, async () => {
	press('3');
	assert.ok(briefing.quotes.length > 0, 'the seeds have quotes');
	const frame = await waitFor(/quotes in /);
	assert.match(frame, /Zelensk/, 'a seed speaker is listed');
});

test('tmux: Enter shows a source sentence', {skip}, async () => {
	// One key per screen change: keys sent together reach Ink as one chunk, which reads as a paste.
	press('Enter');
	await waitFor(/Enter to browse · /, {absent: true});
	press('Enter');
	const frame = await waitFor(/source sentences? · Enter or o opens the article/);
	const sentences = briefing.quotes.flatMap((quote) => quote.evidence.map((entry) => clean(entry.text).slice(0, 40)));
	assert.ok(sentences.some((sentence) => clean(frame).includes(sentence)), `no source sentence on screen:\n${frame}`);
	assert.match(frame, /rule quote\./);
	press('o');
	assert.match(await waitFor(/highlighted: the source sentence/), /words · lines \d+-\d+ of \d+/);
	press('Escape');
	await waitFor(/source sentences? · Enter or o opens the article/);
	press('Escape');
	await waitFor(/quotes in /);
	press('Escape');
	await waitFor(/Enter to browse · /);
});

test('tmux: / filters the speakers as you type', {skip}, async () => {
	press('/');
	await waitFor(/Enter keeps, Esc clears/);
	type('qqxz');
	let frame = await waitFor(/\/ qqxz +0 of \d+ match/);
	assert.match(frame, /No speakers match the filter/);
	press('Escape');
	await waitFor(/match/, {absent: true});
	press('/');
	await waitFor(/Enter keeps, Esc clears/);
	for (const letter of 'zelensk') {
		type(letter);
		await waitFor(new RegExp(`/ \\S*${letter} `));
	}
	frame = await waitFor(/\/ zelensk +\d+ of \d+ match/);
	const [, matched, total] = /(\d+) of (\d+) match/.exec(frame)!;
	assert.ok(Number(matched) >= 1 && Number(matched) < Number(total), `${matched} of ${total}`);
	assert.match(frame, /› [^\n]*Zelensk/);
	press('Enter');
	await waitFor(/· Esc clears/);
});

test('tmux: a terminal below 80x24 asks to be enlarged, and the layout comes back', {skip}, async () => {
	tmux('resize-window', '-t', 'ui', '-x', '70', '-y', '20');
	await waitFor(/Please enlarge the terminal/);
	tmux('resize-window', '-t', 'ui', '-x', '120', '-y', '40');
	await waitFor(/Enter to browse · /);
});

test('tmux: q exits with the shell prompt back and no UI left on screen', {skip}, async () => {
	press('q');
	// capture-pane trims the prompt's trailing space.
	const frame = await waitFor(new RegExp(`^${PROMPT.trim().replace('$', '\\$')}\\s*$`, 'm'));
	assert.doesNotMatch(frame, /Overview|Quotes|q quit|Disagreements/);
	assert.match(frame, /node dist\/cli\.js/, 'the command line is still there above the prompt');
});
