/** Picks the shell for a command line and turns core errors into one-line messages and exit codes. */
import {appendFileSync, writeFileSync} from 'node:fs';
import type {Progress} from '../core/build-briefing.js';
import {MissingPathError, STDIN} from '../core/load-corpus.js';
import type {Briefing} from '../core/model.js';
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
function fileWriter(path: string): (text: string) => void {
	let started = false;
	return (text) => {
		if (started) appendFileSync(path, text);
		else writeFileSync(path, text);
		started = true;
	};
}

export function writeOut(text: string): void {
	endQuietlyOnClosedPipe();
	process.stdout.write(text);
}

/** All of standard input, for `-` among the paths. */
export async function readStandardInput(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
	return Buffer.concat(chunks).toString('utf8');
}

export async function loadBriefing(paths: string[], flags: {cache?: boolean} = {}): Promise<Briefing | number> {
	// The pipeline is imported here, not above: the dashboard builds its briefing in a worker, never in this thread.
	const {buildBriefing} = await import('../core/build-briefing.js');
	const progress = stderrProgress();
	try {
		const stdin = paths.includes(STDIN) ? await readStandardInput() : undefined;
		const briefing = await buildBriefing(paths.length ? paths : [bundledSeeds()], progress, extractOptions(flags), {stdin});
		progress.done();
		if (!briefing.articles.length) {
			const skipped = briefing.corpus.skipped.length;
			return fail(`no articles found in ${paths.join(' ') || 'the bundled seeds'}${skipped ? ` (${skipped} files skipped: ${briefing.corpus.skipped[0].reason}${skipped > 1 ? ', …' : ''})` : ''}`, 1);
		}
		return briefing;
	} catch (error) {
		progress.done();
		if (error instanceof MissingPathError) return fail(error.message, 2);
		throw error;
	}
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
	const briefing = recordFiles ? await (await import('./records.js')).recordsBriefing(recordFiles) : await loadBriefing(paths, flags);
	if (typeof briefing === 'number') return briefing;
	if (digesting) {
		const {runDigest} = await import('./digest.js');
		return runDigest(briefing, flags, flags.output ? fileWriter(flags.output) : writeOut);
	}
	if (flags.explain) process.stderr.write((await import('./explain.js')).explainBriefing(briefing));
	endQuietlyOnClosedPipe();
	await (await import('./json-out.js')).writeJson(briefing); // in pieces: 10,000 articles outgrow one string
	return 0;
}
