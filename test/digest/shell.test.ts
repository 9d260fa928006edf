/** The digest shell (source/shell/digest.ts): formats, width checks, write errors, colour. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {ShellFlags} from '../../source/shell/run.js';
import {runDigest, runDigestOfMemo} from '../../source/shell/digest.js';
import {jsonChunks} from '../../source/shell/json-out.js';
import {fixtureBriefing} from './fixtures/briefing.js';

const FLAGS: ShellFlags = {json: false, format: 'text', width: 80, color: true, explain: false, watch: false, cache: true};

/** Runs the shell with stderr captured; returns the exit code, what was written and what went to stderr. */
async function run(flags: Partial<ShellFlags>, write?: (text: string) => void) {
	const written: string[] = [];
	const errors: string[] = [];
	const original = process.stderr.write.bind(process.stderr);
	process.stderr.write = ((chunk: string) => errors.push(String(chunk)) > 0) as typeof process.stderr.write;
	try {
		const code = await runDigest(fixtureBriefing(), {...FLAGS, ...flags}, write ?? ((text) => written.push(text)));
		return {code, out: written.join(''), err: errors.join('')};
	} finally {
		process.stderr.write = original;
	}
}

test('text by default, markdown on request, the briefing as JSON with --format json or --json', async () => {
	assert.match((await run({})).out, /^Briefing: six-point truce\n=+\n/);
	assert.match((await run({format: 'markdown'})).out, /^# Briefing: six-point truce\n/);
	assert.match((await run({format: 'Markdown'})).out, /^# Briefing/);
	assert.deepEqual(JSON.parse((await run({format: 'json'})).out), fixtureBriefing());
	assert.deepEqual(JSON.parse((await run({json: true})).out), fixtureBriefing());
});

test('bad flags are one-line errors with exit 2', async () => {
	const cases: Array<[Partial<ShellFlags>, RegExp]> = [
		[{format: 'pdf'}, /^brief: unknown --format "pdf": use text, markdown or json\n$/],
		[{width: 5}, /^brief: --width must be a whole number of columns, at least 20\n$/],
		[{width: Number.NaN}, /^brief: --width must be/],
		[{width: 60.5}, /^brief: --width must be/],
	];
	for (const [flags, message] of cases) {
		const {code, out, err} = await run(flags);
		assert.equal(code, 2, JSON.stringify(flags));
		assert.equal(out, '');
		assert.match(err, message);
	}
});

test('a file that cannot be written is a one-line error and exit 1', async () => {
	const failing = () => {
		throw Object.assign(new Error('no such folder'), {code: 'ENOENT'});
	};
	const {code, err} = await run({output: '/nowhere/digest.txt'}, failing);
	assert.equal(code, 1);
	assert.match(err, /^brief: cannot write \/nowhere\/digest\.txt: ENOENT; check the folder exists and is writable\n$/);
});

test('ANSI bold only on a terminal that allows colour: not in a pipe, a file, with --no-color, NO_COLOR or TERM=dumb', async () => {
	const tty = process.stdout.isTTY;
	try {
		process.stdout.isTTY = false;
		assert.doesNotMatch((await run({})).out, /\u001B\[/);
		process.stdout.isTTY = true;
		assert.doesNotMatch((await run({color: false})).out, /\u001B\[/);
		assert.doesNotMatch((await run({output: 'digest.txt'})).out, /\u001B\[/);
		const {NO_COLOR: noColor, TERM: term} = process.env;
		try {
			delete process.env.NO_COLOR;
			process.env.TERM = 'xterm-256color';
			assert.match((await run({})).out, /\u001B\[1mPlan provisions/);
			process.env.NO_COLOR = '1';
			assert.doesNotMatch((await run({})).out, /\u001B\[/);
			delete process.env.NO_COLOR;
			process.env.TERM = 'dumb';
			assert.doesNotMatch((await run({})).out, /\u001B\[/);
		} finally {
			for (const [name, value] of [['NO_COLOR', noColor], ['TERM', term]] as const) {
				if (value === undefined) delete process.env[name];
				else process.env[name] = value;
			}
		}
	} finally {
		process.stdout.isTTY = tty;
	}
});

test('a large remembered briefing, its lists cut at their limits or printed whole (--all), reads the same in two parts as whole', async () => {
	const briefing = fixtureBriefing();
	briefing.discrepancies = Array.from({length: 80}, (_, index) => ({...briefing.discrepancies[0], summary: `Disagreement number ${index}`}));
	const memo = Buffer.from([...jsonChunks(briefing)].join(''));
	const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
	for (const flags of [{}, {all: true}] as Partial<ShellFlags>[]) {
		const whole: string[] = [];
		await runDigest(briefing, {...FLAGS, ...flags}, (chunk) => whole.push(text(chunk)));
		assert.equal(/… and 30 more disagreements/.test(whole.join('')), !flags.all);
		const parts: string[] = [];
		assert.equal(await runDigestOfMemo(memo, {...FLAGS, ...flags}, (chunk) => parts.push(text(chunk)), 0), 0);
		assert.equal(parts.join(''), whole.join(''), JSON.stringify(flags));
	}
});

test('--explain reaches the renderer', async () => {
	assert.match((await run({explain: true})).out, /\[rule quote\.said-after/);
});

test('a remembered briefing rendered in two parts, the later one on a worker, reads as the digest rendered whole', async () => {
	const memo = Buffer.from([...jsonChunks(fixtureBriefing())].join(''));
	const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
	for (const flags of [{}, {format: 'markdown'}, {explain: true}, {width: 40}, {format: 'json'}] as Partial<ShellFlags>[]) {
		const whole: string[] = [];
		await runDigest(fixtureBriefing(), {...FLAGS, ...flags}, (chunk) => whole.push(text(chunk)));
		for (const twoPartBytes of [0, Number.POSITIVE_INFINITY]) {
			const parts: string[] = [];
			assert.equal(await runDigestOfMemo(memo, {...FLAGS, ...flags}, (chunk) => parts.push(text(chunk)), twoPartBytes), 0);
			assert.equal(parts.join(''), whole.join(''), JSON.stringify({flags, twoPartBytes}));
		}
	}
});
