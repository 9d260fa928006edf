/**
 * The map/reduce shells, for engines that spread a corpus over processes or machines (docs/scaling.md):
 * `brief extract` writes one NDJSON record per article; `brief --records FILE...` merges them.
 */
import {once} from 'node:events';
import {readFileSync} from 'node:fs';
import {createInterface} from 'node:readline';
import {briefingFromRecords, extractRecords} from '../core/build-briefing.js';
import {isArticleRecord} from '../core/cache.js';
import {corpusRoot, loadCorpus, MissingPathError} from '../core/load-corpus.js';
import type {Briefing, Skipped} from '../core/model.js';
import type {ArticleMeta} from '../core/parse-article.js';
import {EXTRACTOR_VERSION, type ArticleRecord} from '../core/record.js';
import {extractOptions} from './extract-options.js';
import {endQuietlyOnClosedPipe, fail, readStandardInput, type ShellFlags} from './run.js';
import {bundledSeeds} from './seeds.js';

/** Articles read from stdin are extracted this many at a time, so a stream of any length runs in bounded memory. */
const STDIN_BATCH = 1000;

/** One line of `brief extract` output that is not a record: a file the loader skipped, and why. */
interface SkippedLine {
	skipped: Skipped;
}

const recordLine = (record: ArticleRecord) => `${JSON.stringify(record)}\n`;
const skippedLine = (skipped: Skipped) => `${JSON.stringify({skipped} satisfies SkippedLine)}\n`;

/** Writes lines to stdout about a megabyte at a time, waiting when the reader is slow (so memory stays flat). */
async function writeLines(lines: Iterable<string>): Promise<void> {
	let buffer = '';
	for (const line of lines) {
		buffer += line;
		if (buffer.length < 1 << 20) continue;
		if (!process.stdout.write(buffer)) await once(process.stdout, 'drain');
		buffer = '';
	}
	if (buffer && !process.stdout.write(buffer)) await once(process.stdout, 'drain');
}

/** One NDJSON input line -> an article to extract, or why it is not one. */
export function articleFromLine(line: string, lineNumber: number): {id: string; text: string; meta: ArticleMeta} | {skipped: Skipped} {
	const where = `stdin:${lineNumber}`;
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch {
		return {skipped: {file: where, reason: 'not a JSON line'}};
	}
	const {id, text, meta} = (value ?? {}) as {id?: unknown; text?: unknown; meta?: unknown};
	if (typeof id !== 'string' || !id) return {skipped: {file: where, reason: 'no "id" string'}};
	if (typeof text !== 'string' || !text.trim()) return {skipped: {file: id, reason: 'no "text" string (or an empty one)'}};
	const metadata = meta && typeof meta === 'object' && !Array.isArray(meta) ? (meta as ArticleMeta) : {};
	return {id, text, meta: metadata};
}

/** `brief extract -` (or piped stdin and no paths): NDJSON {id, text, meta?} in, NDJSON records out. */
async function extractStdin(flags: ShellFlags): Promise<number> {
	const options = extractOptions(flags);
	let batch: {id: string; text: string; meta: ArticleMeta}[] = [];
	endQuietlyOnClosedPipe();
	const flush = async () => {
		const records = await extractRecords({root: 'stdin', articles: batch}, options);
		batch = [];
		await writeLines(records.map(recordLine));
	};
	let lineNumber = 0;
	for await (const line of createInterface({input: process.stdin, crlfDelay: Infinity})) {
		lineNumber++;
		if (!line.trim()) continue;
		const article = articleFromLine(line, lineNumber);
		if ('skipped' in article) await writeLines([skippedLine(article.skipped)]);
		else batch.push(article);
		if (batch.length >= STDIN_BATCH) await flush();
	}
	if (batch.length) await flush();
	return 0;
}

/** `brief extract [PATH...]`: one NDJSON record per article (ids relative to the paths' common folder), then skipped files. */
export async function runExtract(paths: string[], flags: ShellFlags): Promise<number> {
	if ((paths.length === 1 && paths[0] === '-') || (!paths.length && !process.stdin.isTTY)) return extractStdin(flags);
	try {
		const corpus = await loadCorpus(paths.length ? paths : [bundledSeeds()]);
		const records = await extractRecords(corpus, extractOptions(flags));
		endQuietlyOnClosedPipe();
		await writeLines([...records.map(recordLine), ...corpus.skipped.map(skippedLine)]);
		return 0;
	} catch (error) {
		if (error instanceof MissingPathError) return fail(error.message, 2);
		throw error;
	}
}

/** Corpus order: ids compared folder by folder, as the loader walks a folder (sorted names at each level). */
export function compareIds(a: string, b: string): number {
	const left = a.split('/');
	const right = b.split('/');
	for (let index = 0; index < Math.min(left.length, right.length); index++) {
		if (left[index] !== right[index]) return left[index] < right[index] ? -1 : 1;
	}
	return left.length - right.length;
}

export class RecordsError extends Error {}

/** The records and skipped files in NDJSON text; throws RecordsError naming the line that is not ours. */
export function parseRecords(text: string, file: string): {records: ArticleRecord[]; skipped: Skipped[]} {
	const records: ArticleRecord[] = [];
	const skipped: Skipped[] = [];
	text.split('\n').forEach((line, index) => {
		if (!line.trim()) return;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch {
			throw new RecordsError(`${file}:${index + 1} is not a JSON line; was it written by \`brief extract\`?`);
		}
		const entry = value as Partial<ArticleRecord & SkippedLine>;
		if (entry?.skipped && typeof entry.skipped.file === 'string' && typeof entry.skipped.reason === 'string') skipped.push(entry.skipped);
		else if (isArticleRecord(value)) records.push(value);
		else if (typeof entry?.extractor === 'number' && entry.extractor !== EXTRACTOR_VERSION)
			throw new RecordsError(`${file}:${index + 1} was written by extractor version ${entry.extractor}, this brief has ${EXTRACTOR_VERSION}; run \`brief extract\` again`);
		else throw new RecordsError(`${file}:${index + 1} is not a brief record`);
	});
	return {records, skipped};
}

/** Records of several files in corpus order, the first of each article id kept (a retried shard may repeat some). */
export function mergeRecordFiles(files: {records: ArticleRecord[]; skipped: Skipped[]}[]): {records: ArticleRecord[]; skipped: Skipped[]} {
	const byId = new Map<string, ArticleRecord>();
	for (const file of files) for (const record of file.records) if (!byId.has(record.article.id)) byId.set(record.article.id, record);
	const skipped = new Map<string, Skipped>();
	for (const file of files) for (const entry of file.skipped) if (!skipped.has(entry.file)) skipped.set(entry.file, entry);
	return {
		records: [...byId.values()].sort((a, b) => compareIds(a.article.id, b.article.id)),
		skipped: [...skipped.values()].sort((a, b) => compareIds(a.file, b.file)),
	};
}

/** `brief --records FILE...` ('-' is stdin): merges records into the briefing and prints it as JSON. */
/** The briefing merged from records files (`-` is standard input), or the exit code of a one-line error. */
export async function recordsBriefing(files: string[]): Promise<Briefing | number> {
	const parsed = [];
	try {
		for (const file of files) {
			let text: string;
			try {
				text = file === '-' ? await readStandardInput() : readFileSync(file, 'utf8');
			} catch (error) {
				return fail(`cannot read records file ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 2);
			}
			parsed.push(parseRecords(text, file));
		}
	} catch (error) {
		if (error instanceof RecordsError) return fail(error.message, 1);
		throw error;
	}
	const {records, skipped} = mergeRecordFiles(parsed);
	if (!records.length) return fail(`no records in ${files.join(' ')}`, 1);
	const local = files.filter((file) => file !== '-');
	return briefingFromRecords(records, local.length ? corpusRoot(local) : process.cwd(), skipped);
}

