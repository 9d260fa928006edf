/** Builds a briefing off the UI thread and posts progress, then the briefing, to the dashboard shell. */
import {parentPort, workerData} from 'node:worker_threads';
import {buildBriefing, type Progress} from '../core/build-briefing.js';
import type {Briefing} from '../core/model.js';

export type WorkerMessage = {type: 'progress'; progress: Progress} | {type: 'done'; briefing: Briefing} | {type: 'error'; message: string};

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

// Reading reports every file; a message per 25 keeps the channel quiet on a 10,000-article corpus.
const report = (progress: Progress) => {
	if (progress.done % 25 === 0 || progress.done === progress.total) post({type: 'progress', progress});
};

if (parentPort) {
	try {
		post({type: 'done', briefing: await buildBriefing((workerData as {paths: string[]}).paths, report)});
	} catch (error) {
		post({type: 'error', message: (error as Error).message});
	}
}
