/**
 * The pipeline: load -> parse -> extract (map, per article) -> merge (reduce, across outlets).
 * Each stage is a named function; `briefingFromRecords` is the reduce a distributed run drives.
 */
import {availableParallelism} from 'node:os';
import {briefingMemoThread, briefingMemoWriter, briefingOf, corpusMemoKey, readBriefingMemo, type OpenedCorpus} from './briefing-memo.js';
import {articleKey, openRecordCache, type RecordCache} from './cache.js';
import {findDiscrepancies} from './framing/discrepancies.js';
import {buildOutlets} from './framing/outlets.js';
import {storySubject} from './framing/story-subject.js';
import {dropDuplicates, readCorpus, type LoadedCorpus, type LoadOptions, type ReadCorpus} from './load-corpus.js';
import {mergeClaims, mergeFigures} from './merge/figures.js';
import {mergeProvisions} from './merge/provisions.js';
import {mergeQuotes, quotesOf} from './merge/quotes.js';
import type {Briefing, Quote, Skipped, Speaker} from './model.js';
import type {ExtractJob} from './parallel.js';
import type {MergedSpeech, SpeechMerge} from './speech-thread.js';
import type {ArticleRecord} from './record.js';

export {briefingOf, type OpenedCorpus} from './briefing-memo.js';

export interface Progress {
	stage: 'read' | 'parse';
	done: number;
	total: number;
}

/** How the map stage runs: the cache, worker threads, progress. None of it changes the records. */
export interface ExtractOptions {
	/** The cache folder (the shell picks it from XDG_CACHE_HOME); null or absent: no cache. */
	cacheDir?: string | null;
	/** Part of every cache key besides the extractor version: a fingerprint of the extractor's code. */
	cacheSalt?: string;
	/** Worker threads for a large corpus; default: one per core. 1 extracts in this thread. */
	workers?: number;
	onProgress?: (progress: Progress) => void;
	/** Remember the whole briefing (with a cache folder) when building it took at least this long; default MEMO_AFTER_MS. */
	memoAfterMs?: number;
}

/**
 * Below this a briefing is rebuilt from cached records about as fast as its memo is read back: none is written.
 * Even five articles take ~60 ms to merge and frame, against ~2 ms to read their memo back.
 */
export const MEMO_AFTER_MS = 20;

/** Corpora smaller than this are extracted in this thread: starting workers would cost more. */
export const PARALLEL_THRESHOLD = 200;
/** New cache entries written at least this often while a large corpus is extracted. */
const CACHE_FLUSH_EVERY = 1000;

function flushQuietly(cache: RecordCache): void {
	try {
		cache.flush();
	} catch {
		// An unwritable cache (read-only home, full disk) costs speed next time, never the briefing.
	}
}

/** Articles extracted in this thread go through the extractor this many at a time (extractArticles: warm patterns and code). */
const BATCH = 32;

/** The extractor, imported on the first cache miss: a warm re-open never loads it. */
async function loadExtractor() {
	const [{extractInWorkers}, {extractArticles}, {parseArticle}] = await Promise.all([import('./parallel.js'), import('./extract-article.js'), import('./parse-article.js')]);
	return {extractInWorkers, extractRecords: (jobs: ExtractJob[]) => extractArticles(jobs.map((job) => parseArticle(job.id, job.text, job.meta)))};
}

function dateRange(records: ArticleRecord[]): {from: string | null; to: string | null} {
	const dates = records.map((record) => record.article.published).filter((date): date is string => Boolean(date)).sort();
	return {from: dates[0] ?? null, to: dates.at(-1) ?? null};
}

/** The reduce: records of every article (in corpus order) -> the briefing. */
export function briefingFromRecords(records: ArticleRecord[], root: string, skipped: Skipped[]): Briefing {
	const speech = mergeQuotes(records);
	return assembleBriefing(records, root, skipped, speech, mergeRest(records));
}

/** briefingFromRecords with the speech merge done on another thread (speech-thread.ts): the same briefing. */
async function briefingWithSpeechThread(records: ArticleRecord[], root: string, skipped: Skipped[], speech: Promise<MergedSpeech | null>): Promise<Briefing> {
	const rest = mergeRest(records);
	const merged = await speech;
	return assembleBriefing(records, root, skipped, merged ? {speakers: merged.speakers, quotes: quotesOf(records, merged.quotes)} : mergeQuotes(records), rest);
}

/** The merges that do not need the speakers and quotes. */
function mergeRest(records: ArticleRecord[]) {
	return {provisionMerge: mergeProvisions(records), figureMerge: mergeFigures(records), claimMerge: mergeClaims(records)};
}

function assembleBriefing(records: ArticleRecord[], root: string, skipped: Skipped[], {speakers, quotes}: {speakers: Speaker[]; quotes: Quote[]}, {provisionMerge, figureMerge, claimMerge}: ReturnType<typeof mergeRest>): Briefing {
	const {story, provisions, discrepancies: provisionDiscrepancies} = provisionMerge;
	const partial = {
		version: 1 as const,
		story: {name: story, subject: storySubject(records.map((record) => record.article)), ...dateRange(records)},
		corpus: {root, skipped},
		articles: records.map((record) => record.article),
		speakers,
		quotes,
		provisions,
		figures: figureMerge.figures,
		claims: claimMerge.claims,
	};
	return {
		...partial,
		outlets: buildOutlets(records, partial),
		discrepancies: [
			...findDiscrepancies(records, speakers, quotes),
			...figureMerge.discrepancies,
			...claimMerge.discrepancies,
			...provisionDiscrepancies,
		],
	};
}

/**
 * The map stage with the cache and worker threads: cached records are reused, the rest extracted
 * (in workers when many) and cached. Records come back in corpus order.
 */
export async function extractRecords(corpus: {root: string; articles: ExtractJob[]}, options: ExtractOptions = {}): Promise<ArticleRecord[]> {
	return (await extractRecordsAndSpeech(corpus, options, false)).records;
}

/**
 * extractRecords; with `speechThread`, when the corpus is large enough for workers, the speech merge is also started
 * on a thread of its own, fed each record's speech part as it comes: its result is `speech` (null: merge here).
 * `keep`, when given, says which articles stay, by position in ascending order: only their records come back, and
 * only their speech is merged. It is handed the speech thread, when there is one, to work out the answer there at
 * once; else it is called while the workers extract (before extraction in this thread).
 */
async function extractRecordsAndSpeech(
	corpus: {root: string; articles: ExtractJob[]},
	options: ExtractOptions,
	speechThread: boolean,
	keep?: (speech: SpeechMerge | null) => Promise<number[]>,
): Promise<{records: ArticleRecord[]; speech: Promise<MergedSpeech | null> | null}> {
	const {articles} = corpus;
	const total = articles.length;
	const report = (done: number) => options.onProgress?.({stage: 'parse', done, total});
	const workers = options.workers ?? availableParallelism();
	const cache = options.cacheDir ? openRecordCache(options.cacheDir, corpus.root) : null;
	const keys = cache ? articles.map((article) => articleKey(article, options.cacheSalt)) : [];
	// A large corpus has its speech merged on a thread of its own, cached or not: it reads the cached records' speech
	// from the pack itself, while this thread reads the records.
	const speech = speechThread && total >= PARALLEL_THRESHOLD && workers > 1 ? (await import('./speech-thread.js')).startSpeechMerge() : null;
	const slices = speech && cache ? keys.map((key) => cache.locate(key)) : [];
	if (speech) {
		const packed = slices.flatMap((slice, index) => (slice ? [index] : []));
		speech.addPack(packed, packed.map((index) => articles[index].id), packed.map((index) => slices[index]!));
	}
	let keeping = speech && keep ? keep(speech) : null;
	const records: (ArticleRecord | undefined)[] = cache ? articles.map((article, index) => cache.get(keys[index], article.id)) : new Array(total);
	const missing = articles.map((_, index) => index).filter((index) => !records[index]);
	const hits = total - missing.length;
	if (speech) {
		const unpacked = records.flatMap((record, index) => (record && !slices[index] ? [index] : []));
		if (unpacked.length) speech.addRecords(unpacked, unpacked.map((index) => records[index]!));
	}
	report(hits);
	if (missing.length) {
		const {extractInWorkers, extractRecords} = await loadExtractor();
		if (missing.length >= PARALLEL_THRESHOLD && workers > 1) {
			let unsaved = 0;
			const extracted = extractInWorkers(
				missing.map((index) => articles[index]),
				{
					workers,
					keep: false,
					speech: speech !== null,
					onDone: (done) => report(hits + done),
					// Each batch is read back while the workers go on with the next ones, not all at the end; and cached
					// as it comes, so an interrupted first open of a large corpus keeps its work.
					onBatch: (start, batch, speechParts) => {
						if (speech && speechParts) speech.addJson(batch.map((_, offset) => missing[start + offset]), speechParts);
						batch.forEach((text, offset) => {
							const index = missing[start + offset];
							records[index] = JSON.parse(text) as ArticleRecord;
							cache?.set(keys[index], text);
						});
						if (!cache) return;
						unsaved += batch.length;
						if (unsaved >= CACHE_FLUSH_EVERY) {
							unsaved = 0;
							flushQuietly(cache);
						}
					},
				},
			);
			// The workers have their first batches: this thread's own work runs beside them.
			keeping ??= keep?.(null) ?? null;
			await extracted;
		} else {
			keeping ??= keep?.(null) ?? null;
			for (let at = 0; at < missing.length; at += BATCH) {
				report(hits + at);
				const batch = missing.slice(at, at + BATCH);
				extractRecords(batch.map((index) => articles[index])).forEach((record, offset) => {
					const index = batch[offset];
					if (!cache) records[index] = record;
					else {
						const json = JSON.stringify(record);
						records[index] = JSON.parse(json) as ArticleRecord; // as a cache hit will see it next time
						cache.set(keys[index], json);
					}
				});
			}
			speech?.addRecords(missing, missing.map((index) => records[index]!));
		}
	}
	const kept = await (keeping ?? keep?.(null) ?? null);
	if (cache) flushQuietly(cache);
	report(total);
	return {records: kept ? kept.map((index) => records[index]!) : (records as ArticleRecord[]), speech: speech?.merged(total, kept ?? undefined) ?? null};
}

/** Whether every article read has an id of its own: then dropping duplicates renames none of the others. */
const idsUnique = (articles: {id: string}[]) => new Set(articles.map((article) => article.id)).size === articles.length;

/**
 * The corpus without its duplicates and the records of its articles. A corpus large enough for workers has every
 * article read extracted while this thread looks for duplicates (the records of those it finds are dropped): an
 * article's record depends on its id, text and metadata only, and dropping renames no article when ids are unique.
 */
async function dedupedRecords(read: ReadCorpus, options: ExtractOptions): Promise<{corpus: LoadedCorpus; records: ArticleRecord[]; speech: Promise<MergedSpeech | null> | null}> {
	const workers = options.workers ?? availableParallelism();
	if (read.read.length < PARALLEL_THRESHOLD || workers < 2 || !idsUnique(read.read)) {
		const corpus = dropDuplicates(read);
		return {corpus, ...(await extractRecordsAndSpeech(corpus, options, true))};
	}
	let corpus: LoadedCorpus | null = null;
	const here = () => {
		corpus = dropDuplicates(read);
		const position = new Map(read.read.map((article, index) => [article, index]));
		return corpus.articles.map((article) => position.get(article)!);
	};
	// On the speech thread when there is one (a copy of the texts goes there): this thread reads records meanwhile.
	const keep = async (speech: SpeechMerge | null) => {
		const found = speech ? await speech.findDuplicates(read) : null;
		if (!found || found.kept.includes(-1)) return here();
		corpus = {root: read.root, articles: found.kept.map((index) => read.read[index]), skipped: found.skipped};
		return found.kept;
	};
	const extracted = await extractRecordsAndSpeech({root: read.root, articles: read.read}, options, true, keep);
	return {corpus: corpus!, ...extracted};
}

/**
 * Reads the corpus at `paths` and serves its memo, or builds its briefing. Throws MissingPathError for a path
 * that does not exist. The caller writes the memo (`memo()`) while it writes the JSON out, or after.
 */
export async function openCorpus(paths: string[], options: ExtractOptions = {}, load: LoadOptions = {}): Promise<OpenedCorpus> {
	const report = options.onProgress;
	const read = await readCorpus(paths, (done, total) => report?.({stage: 'read', done, total}), load);
	const {cacheDir} = options;
	const key = cacheDir ? corpusMemoKey(read, options.cacheSalt) : null;
	if (cacheDir && key) {
		const json = readBriefingMemo(cacheDir, read.root, key);
		if (json) return {from: 'memo', json};
	}
	// How long building took decides only whether its memo is worth writing, never what the briefing holds.
	const started = performance.now();
	const {corpus, records, speech} = await dedupedRecords(read, {...options, onProgress: report});
	const briefing = speech ? await briefingWithSpeechThread(records, corpus.root, corpus.skipped, speech) : briefingFromRecords(records, corpus.root, corpus.skipped);
	const worth = cacheDir && key && briefing.articles.length > 0 && performance.now() - started >= (options.memoAfterMs ?? MEMO_AFTER_MS);
	// A small memo is written in this thread: starting a worker to write 100 KB would cost more than the write.
	const small = briefing.articles.length < PARALLEL_THRESHOLD;
	return {from: 'build', briefing, memo: worth ? () => (small ? null : briefingMemoThread(cacheDir, read.root, key)) ?? briefingMemoWriter(cacheDir, read.root, key) : null};
}

/**
 * Reads and parses the corpus at `paths` into a briefing. Throws MissingPathError for a path that does not exist.
 * Without options: no cache, workers on every core for a large corpus. `load`: standard input's text for `-`, fetch limits.
 * Serves a memo but writes none: callers that can afford to write one use openCorpus.
 */
export async function buildBriefing(paths: string[], onProgress?: (progress: Progress) => void, options: ExtractOptions = {}, load: LoadOptions = {}): Promise<Briefing> {
	return briefingOf(await openCorpus(paths, {...options, onProgress: options.onProgress ?? onProgress}, load));
}
