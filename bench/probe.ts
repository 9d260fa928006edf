/**
 * In-process measurements for the benchmark, run as a child of bench/run.ts (so a slow or quadratic
 * stage can be cut off by a timeout). Imports the compiled core from dist/, like the CLI runs it.
 * Usage: node --import tsx bench/probe.ts TASK JSON-ARGS; prints one JSON line.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {Session} from 'node:inspector/promises';
import {join} from 'node:path';

import {generateCorpus} from './generate.js';

const dist = new URL('../dist/source/core/', import.meta.url);
const core = async <T>(module: string): Promise<T> => (await import(new URL(module, dist).href)) as T;

type Parse = (id: string, text: string, meta: object) => unknown;
type Extract = (article: unknown) => unknown;
const {parseArticle} = await core<{parseArticle: Parse}>('parse-article.js');
const {extractArticle} = await core<{extractArticle: Extract}>('extract-article.js');
const {extractQuotes} = await core<{extractQuotes: (article: unknown) => {speakers: unknown[]}}>('extract/quotes.js');
const {extractTranscriptQuotes} = await core<{extractTranscriptQuotes: (article: unknown, speakers: unknown[]) => unknown}>('extract/transcript.js');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const now = () => performance.now();

/** Self time by function and by module of the core, from a CPU profile of `work`. */
async function hotSpots(work: () => void): Promise<{modules: [string, number][]; functions: [string, number][]}> {
	const session = new Session();
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.setSamplingInterval', {interval: 500});
	await session.post('Profiler.start');
	work();
	const {profile} = await session.post('Profiler.stop');
	session.disconnect();
	const self = new Map<number, number>();
	profile.samples?.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[index] ?? 0)));
	const total = [...self.values()].reduce((sum, value) => sum + value, 0) || 1;
	const modules = new Map<string, number>();
	const functions = new Map<string, number>();
	for (const node of profile.nodes) {
		const time = self.get(node.id) ?? 0;
		if (!time) continue;
		const {url, functionName, lineNumber} = node.callFrame;
		const at = url.indexOf('/dist/source/');
		// Regular expressions and the collector have no URL: they count against whoever ran them, shown apart.
		const module = at >= 0 ? url.slice(at + '/dist/'.length).replace(/\.js$/, '.ts') : functionName.startsWith('RegExp') ? '(regular expressions)' : functionName.startsWith('(') ? functionName : `(${functionName || 'other'})`;
		modules.set(module, (modules.get(module) ?? 0) + time);
		if (at >= 0) functions.set(`${functionName || '(anonymous)'} ${module}:${lineNumber + 1}`, (functions.get(`${functionName || '(anonymous)'} ${module}:${lineNumber + 1}`) ?? 0) + time);
	}
	const top = (map: Map<string, number>, count: number) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, count)
			.map(([name, time]): [string, number] => [name, Math.round((time / total) * 1000) / 10]);
	return {modules: top(modules, 8), functions: top(functions, 8)};
}

/** Extraction MB/s on one core beside the floor (read the same files + one regex pass), medians of `runs`. */
async function throughput({dir, seconds, runs}: {dir: string; seconds: number; runs: number}) {
	const names = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
	const manifest = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as Record<string, object>;
	const extractFiles = (files: string[]) => {
		for (const name of files) extractArticle(parseArticle(name, readFileSync(join(dir, name), 'utf8'), manifest[name] ?? {}));
	};
	// Calibrate: enough articles that one extraction pass takes about `seconds`.
	const warm = names.slice(0, 20);
	extractFiles(warm);
	let started = now();
	extractFiles(warm);
	const perArticle = (now() - started) / warm.length;
	const sample = names.slice(0, Math.max(20, Math.min(names.length, Math.ceil((seconds * 1000) / Math.max(perArticle, 0.001)))));
	const bytes = sample.reduce((sum, name) => sum + readFileSync(join(dir, name)).length, 0);
	const floorPass = () => {
		let marks = 0;
		for (const name of sample) marks += readFileSync(join(dir, name), 'utf8').match(/[.!?](?=\s)|["“”]/g)?.length ?? 0;
		return marks;
	};
	const floor: number[] = [];
	const extraction: number[] = [];
	const parsing: number[] = [];
	// Quotes and speakers alone, as extractArticle calls them (the prose's quotes, then a transcript's labelled turns),
	// on articles parsed beforehand.
	const quoting: number[] = [];
	const parsed = sample.map((name) => parseArticle(name, readFileSync(join(dir, name), 'utf8'), manifest[name] ?? {}));
	for (let run = 0; run < runs; run++) {
		started = now();
		floorPass();
		floor.push(now() - started);
		started = now();
		extractFiles(sample);
		extraction.push(now() - started);
		started = now();
		for (const name of sample) parseArticle(name, readFileSync(join(dir, name), 'utf8'), manifest[name] ?? {});
		parsing.push(now() - started);
		started = now();
		for (const article of parsed) extractTranscriptQuotes(article, extractQuotes(article).speakers);
		quoting.push(now() - started);
	}
	const mbs = (ms: number) => bytes / 1024 / 1024 / (ms / 1000);
	const hot = await hotSpots(() => extractFiles(sample.slice(0, Math.min(sample.length, 400))));
	const perArticleMs = (values: number[]) => median(values) / sample.length;
	return {articles: sample.length, bytes, runs, floorMBs: mbs(median(floor)), extractMBs: mbs(median(extraction)), parseOnlyMBs: mbs(median(parsing)), parseMs: perArticleMs(parsing), quotesMs: perArticleMs(quoting), hot};
}

/** Cost of one 1 MB article against one 3 KB article: about 350 times for linear work. */
async function scaling({seed}: {seed: number}) {
	const {files} = generateCorpus(400, seed);
	const texts = [...files.values()];
	const small = texts.slice(0, 200);
	for (const text of small.slice(0, 20)) extractArticle(parseArticle('warm.txt', text, {}));
	let started = now();
	for (const text of small) extractArticle(parseArticle('small.txt', text, {}));
	const smallMs = (now() - started) / small.length;
	const smallBytes = small.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / small.length;
	// One long article: the bodies of many articles, headlines dropped, as one page of live coverage.
	const parts: string[] = [];
	let bytes = 0;
	for (let index = 0; bytes < 1024 * 1024; index++) {
		const body = texts[index % texts.length].split('\n').slice(2).join('\n').replace(/\d+/g, (digits) => String(Number(digits) + Math.floor(index / texts.length)));
		parts.push(body);
		bytes += Buffer.byteLength(body) + 1;
	}
	const big = `Live: the border war, day by day\n\n${parts.join('\n')}`;
	started = now();
	extractArticle(parseArticle('big.txt', big, {}));
	const bigMs = now() - started;
	const bigBytes = Buffer.byteLength(big);
	return {smallBytes, smallMs, bigBytes, bigMs, ratio: bigMs / smallMs, sizeRatio: bigBytes / smallBytes};
}

/** The merge (reduce) on n and 4n records read from a cache pack: the exponent of its growth, and where the time goes. */
async function merge({pack, sizes}: {pack: string; sizes: number[]}) {
	const {briefingFromRecords} = await core<{briefingFromRecords: (records: unknown[], root: string, skipped: unknown[]) => unknown}>('build-briefing.js');
	const lines = readFileSync(pack, 'utf8').split('\n').slice(1).filter(Boolean);
	const records = lines.map((line) => JSON.parse(line.slice(line.indexOf('\t') + 1)) as {article: {id: string}});
	records.sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
	briefingFromRecords(records.slice(0, Math.min(100, sizes[0])), '/bench', []); // warm the JIT, or the first size pays for it
	const times: {records: number; ms: number}[] = [];
	for (const size of sizes.filter((size) => size <= records.length)) {
		const started = now();
		briefingFromRecords(records.slice(0, size), '/bench', []);
		times.push({records: size, ms: now() - started});
	}
	const [first, last] = [times[0], times.at(-1)!];
	const exponent = times.length > 1 ? Math.log(last.ms / first.ms) / Math.log(last.records / first.records) : null;
	const hot = await hotSpots(() => briefingFromRecords(records.slice(0, sizes[0]), '/bench', []));
	return {times, exponent, hot};
}

const tasks: Record<string, (args: never) => Promise<unknown>> = {throughput, scaling, merge};
const [task, args] = process.argv.slice(2);
if (!tasks[task]) throw new Error(`unknown probe ${task}`);
process.stdout.write(`${JSON.stringify(await tasks[task](JSON.parse(args ?? '{}') as never))}\n`);
