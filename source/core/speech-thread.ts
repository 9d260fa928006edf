/**
 * The speech merge (merge/quotes.ts, the longest stage of the reduce) on a thread of its own, so it runs while
 * this thread merges provisions, figures and claims. It is handed each record's speech part as the records come
 * from the map stage, and merges them in corpus order when told: the speakers and quote plan planSpeech gives here,
 * from which quotesOf makes the very quotes mergeQuotes gives, of this thread's records.
 * It runs in the extraction worker's entry (extract-worker.ts), which answers both kinds of message.
 */
import {planSpeech, type QuotePlan} from './merge/quotes.js';
import type {Skipped, Speaker} from './model.js';
import type {SpeechRecord} from './parallel.js';
import type {PackSlice} from './cache.js';
import {dropDuplicates, type ReadCorpus} from './load-corpus.js';
import type {ArticleRecord} from './record.js';
import {startWorker} from './worker-spec.js';

/** The speech merge's result: the speakers, and the quotes as a plan (quotesOf makes them of this thread's records). */
export interface MergedSpeech {
	speakers: Speaker[];
	quotes: QuotePlan;
}

/** Messages to the speech thread: speech parts for corpus positions (as JSON, or as objects), then the merge. */
export type SpeechRequest =
	| {speech: 'json'; indexes: number[]; json: string[]}
	| {speech: 'records'; indexes: number[]; records: SpeechRecord[]}
	| {speech: 'pack'; pack: SharedArrayBuffer; indexes: number[]; ids: string[]; starts: number[]; ends: number[]}
	| {speech: 'merge'; total: number; keep?: number[]}
	| {speech: 'duplicates'; corpus: ReadCorpus};
export type SpeechReply = {merged: MergedSpeech} | {speechError: string} | {duplicates: Duplicates};

/** A corpus's duplicates as dropDuplicates drops them: the positions of the articles kept, and every skip. */
export interface Duplicates {
	kept: number[];
	skipped: Skipped[];
}

/** dropDuplicates, told by position: `corpus` is a copy, so its articles are named by where they stand. */
export function duplicatesOf(corpus: ReadCorpus): Duplicates {
	const {articles, skipped} = dropDuplicates(corpus);
	const position = new Map(corpus.read.map((article, index) => [article, index]));
	// With ids already unique (the caller checks), dropDuplicates keeps the very article objects.
	return {kept: articles.map((article) => position.get(article) ?? -1), skipped};
}

/** The speech thread's side: keeps the speech parts it is sent and merges them when told. */
export function speechCollector(reply: (message: SpeechReply, transfer?: ArrayBuffer[]) => void): (request: SpeechRequest) => void {
	let parts: SpeechRecord[] = [];
	return (request) => {
		if (request.speech === 'json') request.indexes.forEach((index, at) => (parts[index] = JSON.parse(request.json[at]) as SpeechRecord));
		else if (request.speech === 'records') request.indexes.forEach((index, at) => (parts[index] = request.records[at]));
		else if (request.speech === 'duplicates') reply({duplicates: duplicatesOf(request.corpus)});
		else if (request.speech === 'pack') {
			const pack = Buffer.from(request.pack);
			request.indexes.forEach((index, at) => {
				const part = speechOfRecordJson(pack, request.starts[at], request.ends[at], request.ids[at]);
				// Not a record when undefined: the other thread finds it so too, extracts the article afresh and sends its speech.
				if (part) parts[index] = part;
			});
		}
		else {
			try {
				if (parts.length !== request.total || parts.includes(undefined as never)) throw new Error(`speech parts of ${parts.length} records, ${request.total} expected`);
				const merged = planSpeech((request.keep ? request.keep.map((index) => parts[index]) : parts) as ArticleRecord[]);
				const {members, ends, texts} = merged.quotes;
				reply({merged}, [members.buffer, ends.buffer, texts.buffer] as ArrayBuffer[]); // moved, not copied
			} catch (error) {
				reply({speechError: (error as Error).stack ?? String(error)});
			}
			parts = [];
		}
	};
}

// A record's JSON is JSON.stringify's (cache.ts stores it so): its speakers, then its quotes, then its figures. A key
// cannot be mistaken for text inside a string, where every quote mark is escaped.
const SPEAKERS = Buffer.from(',"speakers":[');
const QUOTES = Buffer.from('],"quotes":[');
const FIGURES = Buffer.from('],"figures":[');

/**
 * The speech part of the record of article `id` whose JSON is pack[start, end): only its speakers and quotes are
 * decoded and parsed (a tenth of the record), the whole record when they cannot be found so; undefined when it is
 * not a record at all.
 */
export function speechOfRecordJson(pack: Buffer, start: number, end: number, id: string): SpeechRecord | undefined {
	const speakers = pack.indexOf(SPEAKERS, start);
	const quotes = speakers < 0 ? -1 : pack.indexOf(QUOTES, speakers);
	const figures = quotes < 0 ? -1 : pack.indexOf(FIGURES, quotes);
	try {
		if (figures < 0 || figures >= end) {
			const record = JSON.parse(pack.toString('utf8', start, end)) as ArticleRecord;
			return {article: {id: record.article.id}, speakers: record.speakers, quotes: record.quotes};
		}
		const {speakers: said, quotes: quoted} = JSON.parse(`{${pack.toString('utf8', speakers + 1, figures + 1)}}`) as SpeechRecord;
		return {article: {id}, speakers: said, quotes: quoted};
	} catch {
		return undefined;
	}
}

/** The speech thread, seen from this one. */
export interface SpeechMerge {
	/** Speech parts (speechJson) of the records at these corpus positions. */
	addJson(indexes: number[], json: string[]): void;
	/** Records already read here (cache hits): their speech parts are sent. */
	addRecords(indexes: number[], records: ArticleRecord[]): void;
	/**
	 * Records in the cache's pack (cache.ts, locate): the thread reads their speech parts itself, from the pack's
	 * shared memory, while this thread reads the records. Speech sent later for the same position replaces it.
	 */
	addPack(indexes: number[], ids: string[], slices: PackSlice[]): void;
	/** The duplicates of the corpus read (its ids unique), found on the thread while this one reads records; null when the thread failed. */
	findDuplicates(corpus: ReadCorpus): Promise<Duplicates | null>;
	/** Every record added: the merged speakers and the quote plan (of the records at `keep` only, when given), or null when the thread failed (merge here instead). */
	merged(total: number, keep?: number[]): Promise<MergedSpeech | null>;
}

const speechPart = (record: ArticleRecord): SpeechRecord => ({article: {id: record.article.id}, speakers: record.speakers, quotes: record.quotes});

/** Starts the speech thread; null when no worker starts here. */
export function startSpeechMerge(): SpeechMerge | null {
	const worker = startWorker();
	if (!worker) return null;
	let failed = false;
	let settle: ((merged: MergedSpeech | null) => void) | null = null;
	let found: ((duplicates: Duplicates | null) => void) | null = null;
	const end = (merged: MergedSpeech | null) => {
		failed = true;
		void worker.terminate();
		settle?.(merged);
		settle = null;
		found?.(null);
		found = null;
	};
	worker.on('message', (reply: SpeechReply) => {
		if (!('duplicates' in reply)) return end('merged' in reply ? reply.merged : null);
		found?.(reply.duplicates);
		found = null;
		if (!settle) worker.unref();
	});
	worker.on('error', () => end(null));
	worker.on('exit', () => end(null));
	worker.unref(); // never what keeps the process alive
	const send = (request: SpeechRequest) => {
		if (!failed) worker.postMessage(request);
	};
	return {
		addJson: (indexes, json) => send({speech: 'json', indexes, json}),
		addRecords: (indexes, records) => send({speech: 'records', indexes, records: records.map(speechPart)}),
		addPack: (indexes, ids, slices) => {
			// One pack: every slice is of the same shared memory.
			if (slices.length) send({speech: 'pack', pack: slices[0].pack, indexes, ids, starts: slices.map((slice) => slice.start), ends: slices.map((slice) => slice.end)});
		},
		findDuplicates: (corpus) =>
			new Promise((resolve) => {
				if (failed) return resolve(null);
				found = resolve;
				worker.ref(); // awaited: keeps the process alive until it answers
				send({speech: 'duplicates', corpus});
			}),
		merged: (total, keep) =>
			new Promise((resolve) => {
				if (failed) return resolve(null);
				settle = resolve;
				worker.ref();
				send({speech: 'merge', total, keep});
			}),
	};
}
