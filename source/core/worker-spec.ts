/**
 * How to start a thread on the worker entry (extract-worker.ts): the compiled .js next to this module, or under tsx
 * the .ts sources, loaded by a small bootstrap that registers tsx first (Node 20 workers do not apply `--import`
 * hooks to their entry). Kept apart from parallel.ts so that starting a thread never loads the extractor here.
 */
import {Worker, type WorkerOptions} from 'node:worker_threads';

/** The entry and options of a worker on extract-worker. */
export function workerSpec(): {entry: URL | string; options: WorkerOptions} {
	if (!import.meta.url.endsWith('.ts')) return {entry: new URL('./extract-worker.js', import.meta.url), options: {}};
	const entry = new URL('./extract-worker.ts', import.meta.url).href;
	const api = import.meta.resolve('tsx/esm/api');
	return {entry: `import(${JSON.stringify(api)}).then(({register}) => { register(); return import(${JSON.stringify(entry)}); });`, options: {eval: true}};
}

/** A thread on the worker entry, or null when none starts here (the caller then does the work itself). */
export function startWorker(): Worker | null {
	try {
		const {entry, options} = workerSpec();
		return new Worker(entry, options);
	} catch {
		return null;
	}
}
