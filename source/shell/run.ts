/** Picks the shell for a command line and turns core errors into one-line messages and exit codes. */
import {once} from 'node:events';
import {appendFileSync, writeFileSync} from 'node:fs';
import type {Progress} from '../core/build-briefing.js';
import {briefingOf, type OpenedCorpus} from '../core/briefing-memo.js';
import {MissingPathError, STDIN} from '../core/load-corpus.js';
import {extractOptions} from './extract-options.js';
import {bundledSeeds} from './seeds.js';

export interface ShellFlags {
	json: boolean;
	format: string;
	width: number;
	output?: string;
	color: boolean;
	explain: boolean;
	watch: boolean;
	records?: string[];
	cache: boolean;
	/** Digest: every entry of every list, not the first of each long one. */
	all?: boolean;
}

const COMMANDS = new Set(['digest', 'extract']);

export function fail(message: string, code: number): number {
	process.stderr.write(`brief: ${message}\n`);
	return code;
}

/** Progress on stderr, only when it is a terminal and the work takes more than a moment. */
export function stderrProgress(): ((progress: Progress) => void) & {done: () => void} {
	const started = Date.now();
	let shown = false;
	const report = (progress: Progress) => {
		if (!process.stderr.isTTY || Date.now() - started < 700) return;
		shown = true;
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		process.stderr.write(`\r${progress.stage === 'read' ? 'reading' : 'parsing'} ${progress.done}/${progress.total} articles  ${seconds}s`);
	};
	return Object.assign(report, {done: () => shown && process.stderr.write('\r\u001B[K')});
}

/** Writes to stdout; a closed pipe (`brief digest | head`) ends quietly. */
let pipeWatched = false;

/** A closed pipe on stdout (`brief digest | head`) ends the process quietly with exit 0. Idempotent. */
export function endQuietlyOnClosedPipe(): void {
	if (pipeWatched) return;
	pipeWatched = true;
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		throw error;
	});
}

/** Writes to a file: created (or emptied) by the first write, appended to by the next ones. */
function fileWriter(path: string): (text: string | Uint8Array) => void {
	let started = false;
	return (text) => {
		if (started) appendFileSync(path, text);
		else writeFileSync(path, text);
		started = true;
	};
}

export function writeOut(text: string | Uint8Array): void {
	endQuietlyOnClosedPipe();
	process.stdout.write(text);
}

/** All of standard input, for `-` among the paths. */
export async function readStandardInput(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
	return Buffer.concat(chunks).toString('utf8');
}

/** Opens the corpus at `paths` (none: the bundled seeds): its memo, or its briefing built now; a number is an exit code. */
export async function openBriefing(paths: string[], flags: {cache?: boolean} = {}): Promise<OpenedCorpus | number> {
	// The pipeline is imported here, not above: the dashboard builds its briefing in a worker, never in this thread.
	const {openCorpus} = await import('../core/build-briefing.js');
	const progress = stderrProgress();
	try {
		const stdin = paths.includes(STDIN) ? await readStandardInput() : undefined;
		const opened = await openCorpus(paths.length ? paths : [bundledSeeds()], {...extractOptions(flags), onProgress: progress}, {stdin});
		progress.done();
		if (opened.from === 'build' && !opened.briefing.articles.length) {
			const {skipped} = opened.briefing.corpus;
			return fail(`no articles found in ${paths.join(' ') || 'the bundled seeds'}${skipped.length ? ` (${skipped.length} ${skipped.length === 1 ? 'file' : 'files'} skipped: ${skipped[0].reason}${skipped.length > 1 ? ', …' : ''})` : ''}`, 1);
		}
		return opened;
	} catch (error) {
		progress.done();
		if (error instanceof MissingPathError) return fail(error.message, 2);
		throw error;
	}
}

/** Writes bytes to stdout a megabyte at a time, waiting when the reader is slow. */
async function writeBytes(bytes: Buffer): Promise<void> {
	for (let at = 0; at < bytes.length; at += 1 << 20) if (!process.stdout.write(bytes.subarray(at, at + (1 << 20)))) await once(process.stdout, 'drain');
}

/** Writes the memo of a briefing just built, when one is worth keeping: after its output, so nobody waits for it. */
export async function remember(opened: OpenedCorpus): Promise<void> {
	if (opened.from !== 'build' || !opened.memo) return;
	await (await import('./json-out.js')).copyJson(opened.briefing, opened.memo());
}

/** Merged records as an opened corpus: built now, and never remembered (records are read afresh every time). */
async function fromRecords(files: string[]): Promise<OpenedCorpus | number> {
	const briefing = await (await import('./records.js')).recordsBriefing(files);
	return typeof briefing === 'number' ? briefing : {from: 'build', briefing, memo: null};
}

export async function runShell(input: string[], flags: ShellFlags): Promise<number> {
	const command = COMMANDS.has(input[0] ?? '') ? input[0] : flags.json ? 'json' : 'dashboard';
	const paths = command === input[0] ? input.slice(1) : input;
	if (command === 'extract') return (await import('./records.js')).runExtract(paths, flags);
	const recordFiles = flags.records?.length ? [...flags.records, ...paths] : null; // `--records a b`: meow takes only a, b arrives as a path
	// With `-`, standard input is the article, not the keyboard the dashboard needs: the digest is printed instead.
	if (!recordFiles && command === 'dashboard' && process.stdout.isTTY && !paths.includes(STDIN)) return (await import('./dashboard.js')).runDashboard(paths, flags);
	// Merged records print as JSON unless the digest is asked for.
	const digesting = command === 'digest' || (!recordFiles && command === 'dashboard');
	if (digesting) {
		// A bad --format or --width is reported at once, not after the corpus has been read.
		const problem = (await import('./digest.js')).digestFlagProblem(flags);
		if (problem) return fail(problem, 2);
	}
	const opened = recordFiles ? await fromRecords(recordFiles) : await openBriefing(paths, flags);
	if (typeof opened === 'number') return opened;
	if (digesting) {
		const {runDigest, runDigestOfMemo} = await import('./digest.js');
		const write = flags.output ? fileWriter(flags.output) : writeOut;
		const code = opened.from === 'memo' ? await runDigestOfMemo(opened.json, flags, write) : await runDigest(opened.briefing, flags, write);
		await remember(opened);
		return code;
	}
	if (flags.explain) process.stderr.write((await import('./explain.js')).explainBriefing(briefingOf(opened)));
	endQuietlyOnClosedPipe();
	if (opened.from === 'memo') {
		await writeBytes(opened.json); // the memo is this very JSON
		return 0;
	}
	// In pieces (10,000 articles outgrow one string); the memo, when one is worth keeping, is written from the same pieces.
	await (await import('./json-out.js')).writeJson(opened.briefing, process.stdout, opened.memo?.());
	return 0;
}
