/** Builds a briefing off the UI thread and posts progress, then the briefing, to the dashboard shell. */
import {parentPort, workerData} from 'node:worker_threads';
import {briefingOf, openCorpus, type Progress} from '../core/build-briefing.js';
import type {Briefing} from '../core/model.js';
import {extractOptions} from './extract-options.js';
import {remember} from './run.js';

/** What the worker posts: progress while it reads and parses, then the briefing or why it failed. */
export type WorkerMessage = {type: 'progress'; progress: Progress} | {type: 'done'; briefing: Briefing} | {type: 'error'; message: string};

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

let last = '';
// Reading reports every file: one message per stage and percent keeps the channel quiet on 10,000 articles.
const report = (progress: Progress) => {
	const step = `${progress.stage}:${Math.floor((progress.done * 100) / Math.max(1, progress.total))}`;
	if (step === last && progress.done !== progress.total) return;
	last = step;
	post({type: 'progress', progress});
};

if (parentPort) {
	const {paths, flags} = workerData as {paths: string[]; flags: {cache: boolean}};
	try {
		const opened = await openCorpus(paths, {...extractOptions(flags), onProgress: report});
		post({type: 'done', briefing: briefingOf(opened)});
		// The memo is written after the briefing is on its way: the dashboard never waits for it.
		await remember(opened);
	} catch (error) {
		post({type: 'error', message: (error as Error).message});
	}
}
