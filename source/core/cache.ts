/**
 * Per-article records cached by content hash: re-opening an unchanged corpus skips extraction.
 * One pack file per corpus root (NDJSON lines `key<TAB>record`), read in one go and appended to,
 * because thousands of small files cost more in open/stat calls than the records themselves.
 * The cache folder is passed in by the shell; nothing here reads the environment.
 * A corrupt, truncated or foreign entry is never trusted: it fails validation, is extracted afresh
 * and the pack is rewritten without it.
 */
import {createHash, randomBytes} from 'node:crypto';
import {closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import type {ArticleMeta} from './parse-article.js';
import {EXTRACTOR_VERSION, type ArticleRecord} from './record.js';

/** First line of every pack: a file without it is not ours (or an older format) and is rewritten. */
const PACK_HEADER = 'brief-records 1';
/** Unused entries kept for other subsets of the same folder before a rewrite drops them. */
const SPARE_ENTRIES = 2000;

/** The content key of one article: its id, text and metadata, the extractor version and a salt. */
export function articleKey(article: {id: string; text: string; meta: ArticleMeta}, salt = ''): string {
	return createHash('sha256')
		.update(`${EXTRACTOR_VERSION}\u0000${salt}\u0000${article.id}\u0000${JSON.stringify(article.meta ?? {})}\u0000`)
		.update(article.text)
		.digest('base64url');
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Lists every record has; any other list a record carries is checked the same way. */
const RECORD_LISTS = ['speakers', 'quotes', 'figures', 'claims', 'provisions'] as const;
/** Lists a record may lack (written before they were read in the map stage); when present, checked the same way. */
const OPTIONAL_LISTS = ['titledNames'] as const;

/** Whether `value` has the shape of a record of this extractor version (for article `id`, when given). */
export function isArticleRecord(value: unknown, id?: string): value is ArticleRecord {
	if (!isObject(value) || value.extractor !== EXTRACTOR_VERSION) return false;
	const article = value.article;
	if (!isObject(article) || typeof article.id !== 'string' || typeof article.body !== 'string' || typeof article.words !== 'number') return false;
	if (id !== undefined && article.id !== id) return false;
	if (!RECORD_LISTS.every((list) => Array.isArray(value[list]))) return false;
	if (OPTIONAL_LISTS.some((list) => list in value && !Array.isArray(value[list]))) return false;
	const titled = value.titledNames;
	if (Array.isArray(titled) && !titled.every((item) => isObject(item) && ['office', 'title', 'name', 'sentence'].every((field) => typeof item[field] === 'string') && typeof item.offset === 'number')) return false;
	if ('tone' in value && !(isObject(value.tone) && Array.isArray(value.tone.hedges) && Array.isArray(value.tone.loaded))) return false;
	for (const items of Object.values(value)) {
		if (!Array.isArray(items)) continue;
		if (!items.every(isObject)) return false;
		// Evidence, where an item carries it, must quote a sentence: a record missing it would break every renderer.
		for (const item of items) if ('evidence' in item && !(isObject(item.evidence) ? typeof item.evidence.text === 'string' : Array.isArray(item.evidence))) return false;
	}
	return true;
}

/** The records of one corpus root, looked up by article key. */
export interface RecordCache {
	/** The cached record for `key`, or undefined when missing or not valid for article `id`. */
	get(key: string, id: string): ArticleRecord | undefined;
	/** Stores a record (as its JSON text, which the caller usually has already). */
	set(key: string, recordJson: string): void;
	/** Writes what changed: appends new entries, or rewrites the pack when it held bad or stale ones. */
	flush(): void;
	/** Where the JSON stored for `key` lies in the pack as read, memory another thread can read too; undefined when not read from the pack. */
	locate(key: string): PackSlice | undefined;
}

/** Bytes [start, end) of a pack read into memory shared between threads. */
export interface PackSlice {
	pack: SharedArrayBuffer;
	start: number;
	end: number;
}

/** The whole file at `path`, in memory another thread can be handed without a copy. */
function readShared(path: string): Buffer {
	const fd = openSync(path, 'r');
	try {
		const data = Buffer.from(new SharedArrayBuffer(fstatSync(fd).size));
		for (let at = 0; at < data.length; ) {
			const read = readSync(fd, data, at, data.length - at, at);
			if (!read) return data.subarray(0, at); // cut short while read: a torn pack, which the checks below see
			at += read;
		}
		return data;
	} finally {
		closeSync(fd);
	}
}

/** The pack file for a corpus root inside the cache folder. */
export function packPath(dir: string, root: string): string {
	return join(dir, `records-${createHash('sha256').update(root).digest('hex').slice(0, 20)}.ndjson`);
}

/** Opens the cache for `root` in `dir`; an unreadable pack is an empty cache. */
export function openRecordCache(dir: string, root: string): RecordCache {
	const path = packPath(dir, root);
	// Loaded entries stay views into the file's bytes: no giant string, no copy of each line until it is read.
	const entries = new Map<string, Buffer | string>();
	let sound = false; // the pack exists, is ours and ends cleanly: new entries can be appended
	let duplicates = 0;
	try {
		const data = readShared(path);
		const header = Buffer.from(PACK_HEADER + '\n');
		if (!data.subarray(0, header.length).equals(header)) throw new Error('not a pack of ours'); // foreign or older: trust none of it
		sound = data[data.length - 1] === NEWLINE; // otherwise a torn write: appending would glue two lines together
		for (let start = header.length; start < data.length; ) {
			let end = data.indexOf(NEWLINE, start);
			if (end < 0) end = data.length;
			const tab = data.indexOf(TAB, start);
			if (tab <= start || tab >= end) {
				if (end > start) sound = false;
			} else {
				const key = data.toString('latin1', start, tab);
				if (entries.has(key)) duplicates++;
				entries.set(key, data.subarray(tab + 1, end));
			}
			start = end + 1;
		}
	} catch {
		// no pack yet (or unreadable): start empty
	}
	/** Keys with a line in the pack on disk; a key appended again makes a duplicate line. */
	let written = new Set(entries.keys());
	const used = new Set<string>();
	const added = new Map<string, Buffer>();
	return {
		get(key, id) {
			const json = entries.get(key);
			if (json === undefined) return undefined;
			let record: unknown;
			try {
				record = JSON.parse(typeof json === 'string' ? json : json.toString('utf8'));
			} catch {
				record = undefined;
			}
			if (!isArticleRecord(record, id)) {
				entries.delete(key);
				sound = false;
				return undefined;
			}
			used.add(key);
			return record;
		},
		set(key, recordJson) {
			if (recordJson.includes('\n')) return; // JSON.stringify never makes one; anything else is not ours
			// Held as the bytes the pack gets, outside the JS heap: 10,000 records are ~400 MB as strings, which every
			// full garbage collection would walk and move until the run ends.
			const bytes = Buffer.from(recordJson, 'utf8');
			entries.set(key, bytes);
			added.set(key, bytes);
			used.add(key);
		},
		locate(key) {
			const json = entries.get(key);
			if (typeof json === 'string' || !json || !(json.buffer instanceof SharedArrayBuffer)) return undefined;
			return {pack: json.buffer, start: json.byteOffset, end: json.byteOffset + json.length};
		},
		flush() {
			if (sound && !added.size) return;
			mkdirSync(dir, {recursive: true});
			const stale = entries.size - used.size;
			// Twice the spares before a rewrite: one keeps SPARE_ENTRIES of them, so a limit of SPARE_ENTRIES would make
			// every later open that leaves one more entry unused rewrite the whole pack (200 MB for 10,000 articles).
			if (sound && stale <= 2 * SPARE_ENTRIES && duplicates <= entries.size) {
				writePack(path, added, 'a');
				for (const key of added.keys()) if (written.has(key)) duplicates++;
				for (const key of added.keys()) written.add(key);
			} else {
				// Keep what this run used, then as many spare entries as allowed.
				const kept = new Map<string, Buffer | string>();
				for (const key of used) kept.set(key, entries.get(key)!);
				for (const [key, json] of entries) {
					if (kept.size >= used.size + SPARE_ENTRIES) break;
					if (!kept.has(key)) kept.set(key, json);
				}
				const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
				writePack(temporary, kept, 'w');
				renameSync(temporary, path); // atomic: a reader sees the old pack or the new one
				entries.clear();
				for (const [key, json] of kept) entries.set(key, json);
				written = new Set(kept.keys());
				duplicates = 0;
				sound = true;
			}
			added.clear();
		},
	};
}

const NEWLINE = 0x0a;
const TAB = 0x09;

/** Writes entries as pack lines (after the header, for a new file), a few megabytes per write call. */
function writePack(path: string, entries: Map<string, Buffer | string>, flag: 'a' | 'w'): void {
	const fd = openSync(path, flag);
	try {
		let pending: Buffer[] = flag === 'w' ? [Buffer.from(PACK_HEADER + '\n')] : [];
		let size = 0;
		const write = () => {
			writeSync(fd, Buffer.concat(pending));
			pending = [];
			size = 0;
		};
		for (const [key, json] of entries) {
			const line = [Buffer.from(`${key}\t`), typeof json === 'string' ? Buffer.from(json) : json, Buffer.from('\n')];
			pending.push(...line);
			size += line[1].length;
			if (size >= 4 << 20) write();
		}
		if (pending.length) write();
	} finally {
		closeSync(fd);
	}
}
