/**
 * Extraction on every core: articles go to worker threads in batches and come back as record JSON,
 * in corpus order. JSON text crosses the thread boundary cheaply and is what the cache stores anyway.
 * The worker runs from the compiled .js next to this module, or from the .ts sources under tsx; when
 * no worker starts (or one dies), the remaining batches are extracted in this thread.
 */
import {Worker} from 'node:worker_threads';
import {extractArticle, extractArticles} from './extract-article.js';
import type {ArticleMeta} from './parse-article.js';
import {parseArticle} from './parse-article.js';
import type {ArticleRecord} from './record.js';
import {workerSpec} from './worker-spec.js';

export {workerSpec} from './worker-spec.js';

/** What a worker needs to extract one article. */
export interface ExtractJob {
	id: string;
	text: string;
	meta: ArticleMeta;
}

/** The map stage for one article, as the JSON text of its record. */
export function extractRecordJson(job: ExtractJob): string {
	return JSON.stringify(extractArticle(parseArticle(job.id, job.text, job.meta)));
}

/** The part of a record the speech merge reads (merge/quotes.ts): sent on its own to the thread that merges speech. */
export type SpeechRecord = {article: {id: string}} & Pick<ArticleRecord, 'speakers' | 'quotes'>;

/** A record's speech part, as JSON (small beside the whole record's). */
export function speechJson(record: ArticleRecord): string {
	return JSON.stringify({article: {id: record.article.id}, speakers: record.speakers, quotes: record.quotes} satisfies SpeechRecord);
}

/**
 * A record's JSON and its speech part's, each list stringified once: the same text as JSON.stringify(record) and
 * speechJson(record), without printing the speakers and quotes twice (a tenth of a record's text, on every article).
 */
export function recordAndSpeechJson(record: ArticleRecord): {record: string; speech: string} {
	const speakers = JSON.stringify(record.speakers);
	const quotes = JSON.stringify(record.quotes);
	// As JSON.stringify writes an object: its own keys in order, those holding undefined left out.
	let json = '';
	for (const [key, value] of Object.entries(record)) {
		if (value === undefined) continue;
		json += `${json ? ',' : '{'}${JSON.stringify(key)}:${key === 'speakers' ? speakers : key === 'quotes' ? quotes : JSON.stringify(value)}`;
	}
	return {record: `${json || '{'}}`, speech: `{"article":{"id":${JSON.stringify(record.article.id)}},"speakers":${speakers},"quotes":${quotes}}`};
}

/** Extracts a batch: each record's JSON, and with `speech` its speech part's JSON too. The batch is extracted as one (extractArticles). */
export function extractBatch(jobs: ExtractJob[], speech: boolean): {records: string[]; speech?: string[]} {
	const records = extractArticles(jobs.map((job) => parseArticle(job.id, job.text, job.meta)));
	if (!speech) return {records: records.map((record) => JSON.stringify(record))};
	const both = records.map(recordAndSpeechJson);
	return {records: both.map((json) => json.record), speech: both.map((json) => json.speech)};
}

/** Messages between this thread and a worker. */
export interface BatchRequest {
	batch: number;
	jobs: ExtractJob[];
	/** Also reply with each record's speech part (speechJson). */
	speech?: boolean;
}
export type BatchReply = {batch: number; records: string[]; speech?: string[]} | {batch: number; error: string};

/** Batches small enough to balance the load, large enough that messages stay few. */
function batchSize(jobs: number, workers: number): number {
	return Math.max(4, Math.min(64, Math.ceil(jobs / (workers * 8))));
}

/** How extractInWorkers runs and reports. */
export interface WorkerRun {
	workers: number;
	/** Told how many articles are finished after every batch. */
	onDone?: (done: number) => void;
	/** Handed each finished batch: the index of its first job and its records' JSON (to cache them as they come); with `speech`, their speech parts' JSON. */
	onBatch?: (start: number, records: string[], speech?: string[]) => void;
	/** Extract each record's speech part as well (see speechJson). @default false */
	speech?: boolean;
	/** false: the records go to onBatch only and none is returned, so a large corpus's JSON is not held to the end. @default true */
	keep?: boolean;
	/** Filled with where the articles were extracted, for tests and the benchmark. */
	tally?: {inWorkers: number; inThread: number};
}

/** Extracts `jobs` on worker threads; returns each record's JSON in the order of `jobs` (none with `keep: false`). */
export async function extractInWorkers(jobs: ExtractJob[], {workers, onDone, onBatch, keep = true, speech = false, tally = {inWorkers: 0, inThread: 0}}: WorkerRun): Promise<string[]> {
	const size = batchSize(jobs.length, workers);
	const batches: ExtractJob[][] = [];
	for (let start = 0; start < jobs.length; start += size) batches.push(jobs.slice(start, start + size));
	const results: string[][] = new Array(batches.length);
	const queue = batches.map((_, index) => index);
	let done = 0;
	const finish = (batch: number, records: string[], speechParts?: string[]) => {
		if (keep) results[batch] = records;
		done += records.length;
		onBatch?.(batch * size, records, speechParts);
		onDone?.(done);
	};

	const {entry, options} = workerSpec();
	const started: Worker[] = [];
	const runWorker = () =>
		new Promise<void>((resolve, reject) => {
			let worker: Worker;
			try {
				worker = new Worker(entry, options);
				started.push(worker);
			} catch {
				resolve(); // no worker here: the batches left are done in this thread
				return;
			}
			let current: number | undefined;
			const next = () => {
				current = queue.shift();
				if (current === undefined) {
					void worker.terminate();
					resolve();
				} else worker.postMessage({batch: current, jobs: batches[current], speech} satisfies BatchRequest);
			};
			worker.on('message', (reply: BatchReply) => {
				if ('error' in reply) {
					void worker.terminate();
					reject(new Error(reply.error));
					return;
				}
				finish(reply.batch, reply.records, reply.speech);
				tally.inWorkers += reply.records.length;
				next();
			});
			worker.on('error', () => {
				// The worker could not load or crashed: hand its batch back and carry on without it.
				if (current !== undefined) queue.unshift(current);
				current = undefined;
				resolve();
			});
			worker.on('exit', () => resolve());
			next();
		});
	try {
		await Promise.all(Array.from({length: Math.min(workers, batches.length)}, runWorker));
	} finally {
		for (const worker of started) void worker.terminate();
	}
	for (const batch of queue.splice(0)) {
		const extracted = extractBatch(batches[batch], speech);
		finish(batch, extracted.records, extracted.speech);
		tally.inThread += batches[batch].length;
	}
	return keep ? results.flat() : [];
}
