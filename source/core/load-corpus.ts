/**
 * Paths -> raw articles + skipped files with reasons. The only I/O of the core: reading files.
 * Errors are values here (`skipped`); the shell turns a missing path into a message.
 */
import {readdirSync, readFileSync, statSync, type Stats} from 'node:fs';
import {basename, dirname, extname, join, relative, resolve, sep} from 'node:path';
import type {ArticleMeta} from './parse-article.js';
import type {Skipped} from './model.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
/** The manifest a corpus folder may hold: file name -> metadata. */
export const MANIFEST = 'sources.json';
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface RawArticle {
	/** Path relative to the corpus root, '/' separators. */
	id: string;
	path: string;
	text: string;
	meta: ArticleMeta;
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
export function decodeArticle(bytes: Buffer): {text: string} | {reason: string} {
	if (bytes.length > MAX_ARTICLE_BYTES) return {reason: `too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB, limit 5 MB)`};
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

/**
 * Reads the corpus named by `paths` (folders read recursively, or files). Throws MissingPathError for a
 * path that does not exist; every other problem is a `skipped` entry with its reason.
 */
export async function loadCorpus(paths: string[], onProgress?: (read: number, total: number) => void): Promise<LoadedCorpus> {
	for (const path of paths) if (!safeStat(path)) throw new MissingPathError(path);
	const root = corpusRoot(paths);
	const skipped: Skipped[] = [];
	const candidates: Candidate[] = [];
	const manifests = new Map<string, Record<string, ArticleMeta>>();
	for (const path of paths) {
		if (statSync(path).isDirectory()) walk(resolve(path), candidates, skipped, root, new Set());
		else candidates.push({path: resolve(path), explicit: true});
	}
	const articles: RawArticle[] = [];
	const unique = [...new Map(candidates.map((candidate) => [candidate.path, candidate])).values()];
	unique.forEach((candidate, index) => {
		onProgress?.(index, unique.length);
		const id = toId(root, candidate.path);
		const name = basename(candidate.path);
		if (name === MANIFEST) return;
		if (!candidate.explicit && !ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) {
			skipped.push({file: id, reason: `not an article file (${extname(name) || 'no extension'})`});
			return;
		}
		let bytes: Buffer;
		try {
			bytes = readFileSync(candidate.path);
		} catch (error) {
			skipped.push({file: id, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})`});
			return;
		}
		const decoded = decodeArticle(bytes);
		if ('reason' in decoded) {
			skipped.push({file: id, reason: decoded.reason});
			return;
		}
		const dir = dirname(candidate.path);
		if (!manifests.has(dir)) manifests.set(dir, readManifest(dir, skipped, root));
		const meta = manifests.get(dir)![name] ?? {};
		articles.push({id, path: candidate.path, text: decoded.text, meta: typeof meta === 'object' && meta ? meta : {}});
	});
	onProgress?.(unique.length, unique.length);
	return {root, articles, skipped};
}
