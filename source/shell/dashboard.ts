/**
 * The dashboard shell: the alternate screen, the Ink app, a worker that builds the briefing (so the
 * progress bar moves while a large corpus parses), --watch on fs.watch, and the terminal restored on exit.
 * Ink and React are imported here only, lazily.
 */
import {existsSync, statSync, watch as watchPath, type FSWatcher} from 'node:fs';
import {Worker, type WorkerOptions} from 'node:worker_threads';
import type {Progress} from '../core/build-briefing.js';
import {isLocalPath} from '../core/load-corpus.js';
import type {Briefing} from '../core/model.js';
import type {CorpusWatcher} from '../ui/hooks/use-watch.js';
import {fail, type ShellFlags} from './run.js';
import {bundledSeeds} from './seeds.js';
import type {WorkerMessage} from './briefing-worker.js';

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

/**
 * How to start the briefing worker: the compiled .js next to this module, or under tsx the .ts source
 * behind a bootstrap that registers tsx first (Node 20 workers do not apply `--import` hooks to their entry).
 */
function workerSpec(): {entry: URL | string; options: WorkerOptions} {
	if (!import.meta.url.endsWith('.ts')) return {entry: new URL('./briefing-worker.js', import.meta.url), options: {}};
	const entry = new URL('./briefing-worker.ts', import.meta.url).href;
	const api = import.meta.resolve('tsx/esm/api');
	return {entry: `import(${JSON.stringify(api)}).then(({register}) => { register(); return import(${JSON.stringify(entry)}); });`, options: {eval: true}};
}

/** Builds the briefing in this thread: when no worker starts. */
async function loadHere(paths: string[], flags: {cache: boolean}, onProgress: (progress: Progress) => void): Promise<Briefing> {
	const [{buildBriefing}, {extractOptions}] = await Promise.all([import('../core/build-briefing.js'), import('./extract-options.js')]);
	return buildBriefing(paths, onProgress, extractOptions(flags));
}

/** Builds the briefing in a worker thread, relaying its progress; falls back to this thread if no worker starts. */
export function loadInWorker(paths: string[], flags: {cache: boolean}): (onProgress: (progress: Progress) => void) => Promise<Briefing> {
	return (onProgress) =>
		new Promise<Briefing>((resolve, reject) => {
			let heard = false;
			const fallBack = () => loadHere(paths, flags, onProgress).then(resolve, reject);
			let worker: Worker;
			try {
				const {entry, options} = workerSpec();
				worker = new Worker(entry, {...options, workerData: {paths, flags}});
			} catch {
				void fallBack();
				return;
			}
			worker.on('message', (message: WorkerMessage) => {
				heard = true;
				if (message.type === 'progress') onProgress(message.progress);
				else if (message.type === 'done') resolve(message.briefing);
				else reject(new Error(message.message));
			});
			worker.on('error', (error) => (heard ? reject(error) : void fallBack()));
			worker.on('exit', (code) => code !== 0 && heard && reject(new Error(`the briefing worker stopped (exit code ${code})`)));
		});
}

/** Calls back when anything under the corpus paths is added, changed or removed. */
export function watchCorpus(paths: string[]): CorpusWatcher {
	return (onChange) => {
		const watchers: FSWatcher[] = [];
		for (const path of paths) {
			try {
				watchers.push(watchPath(path, {recursive: statSync(path).isDirectory()}, onChange));
			} catch {
				// A path that cannot be watched is still read on every reload triggered by the others.
			}
		}
		return () => {
			for (const watcher of watchers) watcher.close();
		};
	};
}

/** Enters the alternate screen; the returned function leaves it (once) and shows the cursor. */
function alternateScreen(stream: NodeJS.WriteStream): () => void {
	stream.write(ENTER_ALTERNATE_SCREEN);
	let left = false;
	return () => {
		if (left) return;
		left = true;
		stream.write(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
	};
}

/** Opens the dashboard on `paths` (none: the bundled seeds) until the user quits. */
export async function runDashboard(paths: string[], flags: ShellFlags): Promise<number> {
	const targets = paths.length ? paths : [bundledSeeds()];
	const missing = targets.find((path) => isLocalPath(path) && !existsSync(path));
	if (missing) return fail(`no such file or directory: ${missing}`, 2);
	// React's development build checks every render several times over; the dashboard is not a React dev session.
	process.env.NODE_ENV ??= 'production';
	// No JSX in this file: a static react/jsx-runtime import would load React's development build before this line.
	// React is CommonJS: its module object (`default`) is what both Node and the bundle (scripts/after-build.mjs) give.
	const [{default: React}, {render}, {Loader}, {colorWanted}] = await Promise.all([import('react'), import('ink'), import('../ui/loader.js'), import('../ui/theme.js')]);
	const leave = alternateScreen(process.stdout);
	const onSignal = () => {
		leave();
		process.exit(130);
	};
	process.once('SIGTERM', onSignal);
	process.once('SIGHUP', onSignal);
	try {
		const instance = render(
			React.createElement(Loader, {
				load: loadInWorker(targets, {cache: flags.cache}),
				watch: flags.watch ? watchCorpus(targets) : undefined,
				clock: Date.now,
				color: colorWanted(flags.color, process.env),
				corpusName: paths.length ? paths.join(' ') : 'the bundled seeds',
			}),
			// Ink 6.8's incrementalRendering leaves stale rows on a full-height frame (seen in tmux), so it stays off.
			{exitOnCtrlC: false},
		);
		await instance.waitUntilExit();
	} finally {
		leave();
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
	}
	return 0;
}
