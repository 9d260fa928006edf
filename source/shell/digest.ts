/** The digest shell: renders the briefing as text or markdown, to stdout or a file. Never imports Ink. */
import {Worker, type WorkerOptions} from 'node:worker_threads';
import {memoMembers} from '../core/briefing-memo.js';
import type {Briefing} from '../core/model.js';
import {DIGEST_FORMATS, renderDigest, renderDigestPart, SECTIONS, type DigestFormat, type DigestOptions} from '../digest/digest.js';
import {LIMITS} from '../digest/refs.js';
import type {DigestPartJob, DigestPartReply} from './digest-worker.js';
import {jsonChunks} from './json-out.js';
import {fail, type ShellFlags} from './run.js';

const MIN_WIDTH = 20;

/** Colour only for a terminal that allows it: --no-color, NO_COLOR and TERM=dumb turn it off. */
function colorAllowed(flags: ShellFlags): boolean {
	const env = process.env;
	return flags.color && !flags.output && Boolean(process.stdout.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** What is wrong with the digest's --format or --width, checked before the corpus is read; null when nothing. */
export function digestFlagProblem(flags: ShellFlags): string | null {
	const format = (flags.format ?? 'text').toLowerCase();
	if (format !== 'json' && !DIGEST_FORMATS.includes(format as DigestFormat)) return `unknown --format "${flags.format}": use text, markdown or json`;
	const width = flags.width ?? 80;
	if (!Number.isInteger(width) || width < MIN_WIDTH) return `--width must be a whole number of columns, at least ${MIN_WIDTH}`;
	return null;
}

/** `brief digest`: checks --format and --width, renders, writes; returns the exit code. */
export async function runDigest(briefing: Briefing, flags: ShellFlags, write: (text: string | Uint8Array) => void): Promise<number> {
	return writeDigest(flags, write, async (options) => write(renderDigest(briefing, options)), () => jsonChunks(briefing));
}

/** A memo at least this large is rendered in two parts at once, the later sections on a worker thread. */
export const TWO_PART_BYTES = 32 * 1024 * 1024;
/** The first section the worker renders: the later ones are about half the work of a large digest. */
const WORKER_FROM = 3;
/** What the worker's sections read of the briefing (framing, disagreements, sources; the articles number every source). */
const WORKER_MEMBERS = ['articles', 'corpus', 'speakers', 'provisions', 'outlets', 'discrepancies'];

/** runDigest of a remembered briefing: a large one is parsed and rendered in two parts at once, one on a worker thread. */
export async function runDigestOfMemo(json: Buffer, flags: ShellFlags, write: (text: string | Uint8Array) => void, twoPartBytes = TWO_PART_BYTES): Promise<number> {
	const whole = () => JSON.parse(json.toString('utf8')) as Briefing;
	return writeDigest(
		flags,
		write,
		async (options) => {
			if (json.length < twoPartBytes) return write(renderDigest(whole(), options));
			const later = renderOnWorker(json, options);
			try {
				// Here: every member but the disagreements, which only the header counts.
				const briefing = memoMembers(json, new Set(ALL_MEMBERS.filter((member) => member !== 'discrepancies')), new Set(['discrepancies'])) as Briefing;
				write(renderDigestPart(briefing, options, 0, WORKER_FROM));
				const bytes = await later.bytes;
				write('\n'); // the blank line between the two parts' blocks
				write(bytes ?? renderDigestPart({...briefing, ...memoMembers(json, new Set(WORKER_MEMBERS), new Set(), new Map(firstItems(options)))}, options, WORKER_FROM, SECTIONS.length));
			} finally {
				later.stop(); // a failed write leaves no worker rendering for nobody
			}
		},
		() => jsonChunks(whole()),
	);
}

/** The lists of which a digest prints only the first items, unless --all: only those are parsed from the memo. */
function firstItems(options: DigestOptions): [string, number][] {
	return options.all ? [] : [['discrepancies', LIMITS.disagreements]];
}

/** Every member of a briefing, in the schema's order. */
const ALL_MEMBERS = ['version', 'story', 'corpus', 'articles', 'speakers', 'quotes', 'provisions', 'figures', 'claims', 'outlets', 'discrepancies'];

/** Checks the flags, then writes the JSON (`--format json`) or the rendered digest; a write error on --output is a message. */
async function writeDigest(flags: ShellFlags, write: (text: string) => void, render: (options: DigestOptions) => Promise<void>, json: () => Iterable<string>): Promise<number> {
	const problem = digestFlagProblem(flags);
	if (problem) return fail(problem, 2);
	const format = (flags.format ?? 'text').toLowerCase();
	const width = flags.width ?? 80;
	try {
		if (flags.json || format === 'json') for (const chunk of json()) write(chunk);
		else await render({format: format as DigestFormat, width, color: colorAllowed(flags), explain: flags.explain, all: flags.all ?? false});
	} catch (error) {
		if (!flags.output) throw error;
		return fail(`cannot write ${flags.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; check the folder exists and is writable`, 1);
	}
	return 0;
}

/**
 * The worker entry: the compiled .js next to this module, or under tsx the .ts source behind a bootstrap that
 * registers tsx first (Node 20 workers do not apply `--import` hooks to their entry).
 */
function workerEntry(): {entry: URL | string; options: WorkerOptions} {
	if (!import.meta.url.endsWith('.ts')) return {entry: new URL('./digest-worker.js', import.meta.url), options: {}};
	const entry = new URL('./digest-worker.ts', import.meta.url).href;
	const api = import.meta.resolve('tsx/esm/api');
	return {entry: `import(${JSON.stringify(api)}).then(({register}) => { register(); return import(${JSON.stringify(entry)}); });`, options: {eval: true}};
}

/** The sections from WORKER_FROM on, rendered on a worker thread from the memo: their UTF-8, or null when no worker could (render them here). */
function renderOnWorker(json: Buffer, options: DigestOptions): {bytes: Promise<Uint8Array | null>; stop: () => void} {
	let worker: Worker | null = null;
	const bytes = new Promise<Uint8Array | null>((resolve) => {
		try {
			// Shared, not copied per thread: the worker reads the members it needs straight from these bytes.
			const memo = new SharedArrayBuffer(json.length);
			new Uint8Array(memo).set(json);
			const {entry, options: workerOptions} = workerEntry();
			worker = new Worker(entry, {...workerOptions, workerData: {memo, from: WORKER_FROM, options, members: WORKER_MEMBERS, first: firstItems(options)} satisfies DigestPartJob});
		} catch {
			resolve(null);
			return;
		}
		worker.on('message', (reply: DigestPartReply) => resolve('bytes' in reply ? reply.bytes : null));
		worker.on('error', () => resolve(null));
		worker.on('exit', () => resolve(null));
	});
	return {bytes, stop: () => void (worker as Worker | null)?.terminate()};
}
