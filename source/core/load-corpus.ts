/**
 * Paths, web addresses and standard input -> raw articles + skipped inputs with reasons. The only I/O
 * of the core: reading files and fetching pages. Errors are values here (`skipped`); the shell turns
 * a missing path into a message.
 */
import {readdirSync, readFileSync, statSync, type Stats} from 'node:fs';
import {basename, dirname, extname, join, relative, resolve, sep} from 'node:path';
import {findDuplicates} from './inputs/duplicates.js';
import {decodeDeclared, type FetchOptions, politeFetcher, sniffKind} from './inputs/fetch-url.js';
import {headlineFirst} from './inputs/headline.js';
import type {ExportResult} from './inputs/json-export.js';
import {isWebAddress, urlId} from './inputs/urls.js';
import {type Fetcher, type Loaded, loadDocument, loadWebAddress} from './inputs/web.js';
import type {ArticleMeta} from './parse-article.js';
import type {Skipped} from './model.js';

/** Plain-text articles. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
/** Saved web pages. */
export const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
/** RSS and Atom feeds saved as files. */
export const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.xml']);
/** News-API exports: a JSON array or object, or NDJSON lines. */
export const EXPORT_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson']);
/** The command-line argument that means standard input. */
export const STDIN = '-';
/** The id an article read from standard input gets. */
export const STDIN_ID = 'stdin';
/** Exports hold many articles: a larger cap than one article's. */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;
/** The manifest a corpus folder may hold: file name -> metadata. */
export const MANIFEST = 'sources.json';
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface RawArticle {
	/** Path relative to the corpus root, '/' separators; host/path for a web page; `file#n` for an export item without a url. */
	id: string;
	/** The file or web address it was read from. */
	path: string;
	text: string;
	meta: ArticleMeta;
	/** How the text is not the full article, e.g. "feed summary (HTTP 404)": the page could not be read. */
	note?: string;
}

/** How inputs are read; everything is optional. */
export interface LoadOptions {
	/** The text of standard input, read by the shell when `-` is among the paths. */
	stdin?: string;
	/** Timeout, size cap, concurrency and User-Agent for web addresses and feed items. */
	fetch?: FetchOptions;
}

export interface LoadedCorpus {
	root: string;
	articles: RawArticle[];
	skipped: Skipped[];
}

export class MissingPathError extends Error {
	constructor(readonly path: string) {
		super(`no such file or directory: ${path}`);
	}
}

interface Candidate {
	path: string;
	/** Named on the command line: read whatever its extension. */
	explicit: boolean;
}

const toId = (root: string, path: string) => relative(root, path).split(sep).join('/') || basename(path);

/** The folder the ids are relative to: the one folder given, or the common parent of everything given. */
export function corpusRoot(paths: string[]): string {
	const absolute = paths.map((path) => resolve(path));
	const dirs = absolute.map((path) => (safeStat(path)?.isDirectory() ? path : dirname(path)));
	let root = dirs[0];
	for (const dir of dirs.slice(1)) {
		while (!(dir === root || dir.startsWith(root.endsWith(sep) ? root : root + sep))) root = dirname(root);
	}
	return root;
}

function safeStat(path: string): Stats | undefined {
	try {
		return statSync(path);
	} catch {
		return undefined;
	}
}

/** Every candidate file below a folder, sorted, hidden files and dependency folders left out. */
function walk(dir: string, out: Candidate[], skipped: Skipped[], root: string, seen: Set<string>): void {
	let entries;
	try {
		entries = readdirSync(dir, {withFileTypes: true});
	} catch (error) {
		skipped.push({file: toId(root, dir), reason: `unreadable folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`});
		return;
	}
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
		const path = join(dir, entry.name);
		const stat = safeStat(path);
		if (!stat) {
			skipped.push({file: toId(root, path), reason: 'unreadable (broken link or no access)'});
			continue;
		}
		if (stat.isDirectory()) {
			const real = `${stat.dev}:${stat.ino}`;
			if (seen.has(real)) continue; // a link loop
			seen.add(real);
			walk(path, out, skipped, root, seen);
		} else if (stat.isFile()) out.push({path, explicit: false});
	}
}

function readManifest(dir: string, skipped: Skipped[], root: string): Record<string, ArticleMeta> {
	const path = join(dir, MANIFEST);
	if (!safeStat(path)?.isFile()) return {};
	try {
		const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
		if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, ArticleMeta>;
		skipped.push({file: toId(root, path), reason: 'manifest is not an object of file name -> metadata'});
	} catch (error) {
		skipped.push({file: toId(root, path), reason: `manifest is not valid JSON (${(error as Error).message.split('\n')[0]})`});
	}
	return {};
}

const UTF8 = new TextDecoder('utf-8', {fatal: true});

/** Why a file's bytes are not an article, or its text when they are. */
export function decodeArticle(bytes: Buffer, maxBytes = MAX_ARTICLE_BYTES): {text: string} | {reason: string} {
	if (bytes.length > maxBytes) return {reason: `too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB, limit ${maxBytes / 1024 / 1024} MB)`};
	if (bytes.includes(0)) return {reason: 'binary file (contains NUL bytes)'};
	let text: string;
	try {
		text = UTF8.decode(bytes);
	} catch {
		return {reason: 'not UTF-8 text'};
	}
	if (!text.trim()) return {reason: 'empty file'};
	const controls = text.match(/[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g)?.length ?? 0;
	if (controls > 32 && controls / text.length > 0.05) return {reason: 'binary file (mostly control bytes)'};
	return {text};
}

type FileKind = 'text' | 'html' | 'feed' | 'json' | 'ndjson' | 'sniff';

/** What a file holds, by its extension; a file named on the command line with another extension is sniffed. */
function kindOfFile(name: string, explicit: boolean): FileKind | null {
	const extension = extname(name).toLowerCase();
	if (ARTICLE_EXTENSIONS.has(extension)) return 'text';
	if (PAGE_EXTENSIONS.has(extension)) return 'html';
	if (FEED_EXTENSIONS.has(extension)) return 'feed';
	if (extension === '.json') return 'json';
	if (EXPORT_EXTENSIONS.has(extension)) return 'ndjson';
	return explicit ? 'sniff' : null;
}

const skip = (file: string, reason: string): Loaded => ({articles: [], skipped: [{file, reason}]});

/** An export's items -> raw articles: ids from their urls (or `file#n`), headline first in the text. */
function exportArticles(result: ExportResult, fileId: string, path: string): Loaded {
	if ('reason' in result) return skip(fileId, result.reason);
	return {
		articles: result.items.map((item) => ({
			id: item.url ? urlId(item.url) : `${fileId}#${item.index}`,
			path,
			text: headlineFirst(item.headline, item.body),
			meta: {outlet: item.outlet, url: item.url, published: item.published, headline: item.headline},
		})),
		skipped: result.skipped.map((skipped) => ({file: `${fileId}#${skipped.index}`, reason: skipped.reason})),
	};
}

/** Standard input: a JSON or NDJSON export, a page, a feed, or one plain-text article. */
async function loadStdin(text: string | undefined, fetcher: Fetcher): Promise<Loaded> {
	if (text === undefined) return skip(STDIN_ID, 'standard input was not read');
	if (!text.trim()) return skip(STDIN_ID, 'standard input is empty');
	if (/^\s*[[{]/.test(text)) {
		const {readJsonExport} = await import('./inputs/json-export.js');
		const result = readJsonExport(text);
		if (!('reason' in result) || !result.reason.startsWith('not valid JSON')) return exportArticles(result, STDIN_ID, STDIN);
	}
	return loadDocument(text, sniffKind(text), {id: STDIN_ID, path: STDIN, pageUrl: null}, fetcher);
}

/** Manifest values that say something: a null in the manifest does not hide what a page says of itself. */
const stated = (meta: ArticleMeta): ArticleMeta => Object.fromEntries(Object.entries(meta).filter(([, value]) => value != null));

interface FileContext {
	root: string;
	fetcher: Fetcher;
	manifest: (dir: string) => Record<string, ArticleMeta>;
}

/** One file: a plain-text article, a saved page, a feed or an export. */
async function loadFile(candidate: Candidate, context: FileContext): Promise<Loaded> {
	const id = toId(context.root, candidate.path);
	const name = basename(candidate.path);
	const kind = kindOfFile(name, candidate.explicit);
	if (!kind) return skip(id, `not an article file (${extname(name) || 'no extension'})`);
	let bytes: Buffer;
	try {
		bytes = readFileSync(candidate.path);
	} catch (error) {
		return skip(id, `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
	}
	let decoded = decodeArticle(bytes, kind === 'json' || kind === 'ndjson' ? MAX_EXPORT_BYTES : MAX_ARTICLE_BYTES);
	// An older saved page or feed may be in the legacy charset it declares.
	if ('reason' in decoded && decoded.reason === 'not UTF-8 text' && kind !== 'text' && /<meta[^>]+charset|<\?xml[^>]+encoding/i.test(bytes.subarray(0, 2048).toString('latin1')))
		decoded = {text: decodeDeclared(bytes)};
	if ('reason' in decoded) return skip(id, decoded.reason);
	if (kind === 'json' || kind === 'ndjson') {
		// Export and page readers (linkedom, Readability) load only when such a file is read.
		const {readJsonExport, readNdjson} = await import('./inputs/json-export.js');
		return exportArticles(kind === 'json' ? readJsonExport(decoded.text) : readNdjson(decoded.text), id, candidate.path);
	}
	const documentKind = kind === 'sniff' ? sniffKind(decoded.text) : kind;
	if (documentKind === 'feed') return loadDocument(decoded.text, 'feed', {id, path: candidate.path, pageUrl: null}, context.fetcher);
	const manifest = context.manifest(dirname(candidate.path))[name];
	const listed = typeof manifest === 'object' && manifest ? manifest : {};
	if (documentKind === 'text') return {articles: [{id, path: candidate.path, text: decoded.text, meta: listed}], skipped: []};
	const {articleFromHtml} = await import('./inputs/html.js');
	const page = articleFromHtml(decoded.text, null);
	if ('reason' in page) return skip(id, page.reason);
	return {articles: [{id, path: candidate.path, text: page.text, meta: {...page.meta, ...stated(listed)}}], skipped: []};
}

type Entry = {type: 'file'; candidate: Candidate} | {type: 'web'; url: string} | {type: 'stdin'};

/** The root of a corpus with no local paths: the sites it was read from, and/or standard input. */
function remoteRoot(inputs: string[]): string {
	const names = inputs.map((input) => {
		if (input === STDIN) return STDIN_ID;
		try {
			return new URL(input).origin;
		} catch {
			return input;
		}
	});
	return [...new Set(names)].join(' ');
}

/** A path on this machine, as opposed to a web address or `-` (standard input): the only kind that can be missing. */
export function isLocalPath(input: string): boolean {
	return input !== STDIN && !isWebAddress(input);
}

/** Ids stay unique: a later article with a taken id gets "~2", "~3". */
function withUniqueIds(articles: RawArticle[]): RawArticle[] {
	const taken = new Set<string>();
	return articles.map((article) => {
		let id = article.id;
		for (let n = 2; taken.has(id); n++) id = `${article.id}~${n}`;
		taken.add(id);
		return id === article.id ? article : {...article, id};
	});
}

/**
 * Reads the corpus named by `paths`: folders (read recursively), files (.txt/.md articles, .html pages,
 * .rss/.atom/.xml feeds, .json/.jsonl/.ndjson exports), http(s) addresses of pages or feeds, and `-` for
 * standard input (its text passed in `options.stdin`). Throws MissingPathError for a local path that does
 * not exist; every other problem, a duplicate included, is a `skipped` entry with its reason.
 */
export async function loadCorpus(paths: string[], onProgress?: (read: number, total: number) => void, options: LoadOptions = {}): Promise<LoadedCorpus> {
	return dropDuplicates(await readCorpus(paths, onProgress, options));
}

/** Everything read from `paths`, before duplicates are dropped: what a briefing memo is keyed by. */
export interface ReadCorpus {
	root: string;
	/** Every article read, in input order; ids not yet made unique. */
	read: RawArticle[];
	/** Files skipped while reading, with their reasons. */
	skipped: Skipped[];
}

/** The reading half of loadCorpus: the same errors and skips, no duplicate detection. */
export async function readCorpus(paths: string[], onProgress?: (read: number, total: number) => void, options: LoadOptions = {}): Promise<ReadCorpus> {
	const inputs = [...new Set(paths)];
	const local = inputs.filter(isLocalPath);
	for (const path of local) if (!safeStat(path)) throw new MissingPathError(path);
	const root = local.length ? corpusRoot(local) : remoteRoot(inputs);
	const skipped: Skipped[] = [];
	const entries: Entry[] = [];
	const seenFiles = new Set<string>();
	const addFile = (candidate: Candidate) => {
		if (seenFiles.has(candidate.path) || basename(candidate.path) === MANIFEST) return;
		seenFiles.add(candidate.path);
		entries.push({type: 'file', candidate});
	};
	for (const input of inputs) {
		if (input === STDIN) entries.push({type: 'stdin'});
		else if (isWebAddress(input)) entries.push({type: 'web', url: input.trim()});
		else if (statSync(input).isDirectory()) {
			const found: Candidate[] = [];
			walk(resolve(input), found, skipped, root, new Set());
			found.forEach(addFile);
		} else addFile({path: resolve(input), explicit: true});
	}
	const manifests = new Map<string, Record<string, ArticleMeta>>();
	const fetcher = politeFetcher(options.fetch);
	const context: FileContext = {
		root,
		fetcher,
		manifest: (dir) => {
			if (!manifests.has(dir)) manifests.set(dir, readManifest(dir, skipped, root));
			return manifests.get(dir)!;
		},
	};
	let done = 0;
	onProgress?.(0, entries.length);
	const loaded = await Promise.all(
		entries.map(async (entry) => {
			const result =
				entry.type === 'file' ? await loadFile(entry.candidate, context) : entry.type === 'web' ? await loadWebAddress(entry.url, fetcher) : await loadStdin(options.stdin, fetcher);
			onProgress?.(++done, entries.length);
			return result;
		}),
	);
	for (const one of loaded) for (const skip of one.skipped) skipped.push(skip);
	return {root, read: loaded.flatMap((one) => one.articles), skipped};
}

/** The second half of loadCorpus: each article whose text repeats an earlier one's becomes a skip naming it. */
export function dropDuplicates({root, read: all, skipped: readSkips}: ReadCorpus): LoadedCorpus {
	const skipped = [...readSkips];
	const duplicates = findDuplicates(all.map((article) => ({...article, source: isWebAddress(article.path) ? article.path : undefined})));
	const dropped = new Set(duplicates.map((duplicate) => duplicate.index));
	for (const {index, of} of duplicates) {
		const {id, path} = all[index];
		skipped.push({file: isWebAddress(path) ? path : id, reason: `duplicate of ${of}`});
	}
	return {root, articles: withUniqueIds(all.filter((_, index) => !dropped.has(index))), skipped};
}
