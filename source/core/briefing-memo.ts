/**
 * A corpus's whole briefing, remembered as the JSON `brief --json` prints. Re-opening a large corpus whose
 * files have not changed then skips duplicate detection, the map stage and the reduce: it costs reading the
 * files and this one file. Per-article records (cache.ts) still serve a corpus where only some articles changed.
 *
 * One memo per corpus root, keyed by everything read (ids, metadata, texts, skips) and the extractor's salt.
 * Its header holds the body's length and SHA-256: a torn, edited or foreign memo is never served.
 */
import {createHash} from 'node:crypto';
import {closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import type {ReadCorpus} from './load-corpus.js';
import type {Briefing} from './model.js';
import {startWorker} from './worker-spec.js';

const FORMAT = 'brief-briefing 1';
/** A memo larger than this would make a string V8 cannot hold when parsed back: not written. */
export const MAX_MEMO_BYTES = 400 * 1024 * 1024;

/** The key of everything read from a corpus: any change to a file, its metadata or a skip changes it. */
export function corpusMemoKey(corpus: ReadCorpus, salt = ''): string {
	const hash = createHash('sha256').update(`${FORMAT}\u0000${salt}\u0000${corpus.root}\u0000${JSON.stringify(corpus.skipped)}\u0000`);
	for (const article of corpus.read) {
		hash.update(`${article.id}\u0000${article.path}\u0000${article.note ?? ''}\u0000${JSON.stringify(article.meta ?? {})}\u0000${article.text.length}\u0000`);
		hash.update(article.text);
	}
	return hash.digest('base64url');
}

/** The memo file for a corpus root inside the cache folder. */
export function memoPath(dir: string, root: string): string {
	return join(dir, `briefing-${createHash('sha256').update(root).digest('hex').slice(0, 20)}.json`);
}

// The header has a fixed width so it can be written last, over a placeholder, once the body's hash is known.
const header = (key: string, sha: string, length: number) => `${FORMAT} ${key.padEnd(43)} ${sha.padEnd(64)} ${String(length).padStart(16, '0')}\n`;
const HEADER_BYTES = header('', '', 0).length;

/** The remembered JSON for `key`, or null when there is none, it is for other files, or it fails its checks. */
export function readBriefingMemo(dir: string, root: string, key: string): Buffer | null {
	let data: Buffer;
	let fd: number | null = null;
	try {
		fd = openSync(memoPath(dir, root), 'r');
		// The header first: a memo of other files (the corpus changed since) is not read on (200 MB for 10,000 articles).
		const head = Buffer.alloc(HEADER_BYTES);
		if (readSync(fd, head, 0, HEADER_BYTES, 0) < HEADER_BYTES) return null;
		const [format, version, storedKey, , length] = head.toString('latin1', 0, HEADER_BYTES - 1).split(' ');
		if (`${format} ${version}` !== FORMAT || storedKey !== key || !/^\d+$/.test(length)) return null;
		data = readFileSync(fd);
	} catch {
		return null;
	} finally {
		if (fd !== null) closeSync(fd);
	}
	if (data.length < HEADER_BYTES) return null;
	const [format, version, storedKey, sha, length] = data.toString('latin1', 0, HEADER_BYTES - 1).split(' ');
	if (`${format} ${version}` !== FORMAT || storedKey !== key) return null;
	const body = data.subarray(HEADER_BYTES);
	if (Number(length) !== body.length || createHash('sha256').update(body).digest('hex') !== sha) return null;
	return body;
}

/** Takes a briefing's JSON a chunk at a time and, on commit, makes it the memo for `key`. */
export interface MemoWriter {
	add(chunk: string | Buffer): void;
	/** Makes what was added the memo; a writer on another thread is done when the promise settles. */
	commit(): void | Promise<void>;
	/** Drops what was written: the output stopped half-way, or the memo would be too large. */
	abandon(): void;
}

/**
 * Starts writing the memo of `root`. Never throws: an unwritable cache folder, a full disk or an oversized
 * briefing makes a writer that writes nothing, since a memo only ever saves time.
 */
export function briefingMemoWriter(dir: string, root: string, key: string, maxBytes = MAX_MEMO_BYTES): MemoWriter {
	const path = memoPath(dir, root);
	const temporary = `${path}.tmp`; // one name: a write cut short leaves one stale file, overwritten next time
	let fd: number | null = null;
	let length = 0;
	const hash = createHash('sha256');
	const abandon = () => {
		if (fd === null) return;
		try {
			closeSync(fd);
			rmSync(temporary, {force: true});
		} catch {
			// nothing to keep either way
		}
		fd = null;
	};
	try {
		mkdirSync(dir, {recursive: true});
		fd = openSync(temporary, 'w');
		writeSync(fd, header('', '', 0));
	} catch {
		abandon();
	}
	return {
		add(chunk) {
			if (fd === null) return;
			const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
			length += bytes.length;
			if (length > maxBytes) return abandon();
			try {
				hash.update(bytes);
				writeSync(fd, bytes);
			} catch {
				abandon();
			}
		},
		commit() {
			if (fd === null) return;
			try {
				writeSync(fd, header(key, hash.digest('hex'), length), 0);
				closeSync(fd);
				fd = null;
				renameSync(temporary, path); // atomic: a reader sees the old memo or the new one
			} catch {
				abandon();
			}
		},
		abandon,
	};
}

/** Messages to a thread that writes a memo: where (and the memory it shares), then the chunks of its JSON, then commit or abandon. */
export type MemoRequest =
	| {memo: 'open'; dir: string; root: string; key: string; maxBytes: number; slots: SharedArrayBuffer[]}
	| {memo: 'add'; chunk: string | Uint8Array}
	| {memo: 'slot'; slot: number; length: number}
	| {memo: 'commit' | 'abandon'};
/** The thread's answers: a slot it is done with, and the end (after commit or abandon, or a message it could not take). */
export type MemoReply = {memo: 'done' | 'failed'} | {memo: 'written'; slot: number};

/** The memo thread's side (extract-worker.ts): a briefingMemoWriter driven by messages. */
export function memoKeeper(reply: (message: MemoReply) => void): (request: MemoRequest) => void {
	let writer: MemoWriter | null = null;
	let slots: SharedArrayBuffer[] = [];
	return (request) => {
		if (request.memo === 'open') {
			writer = briefingMemoWriter(request.dir, request.root, request.key, request.maxBytes);
			slots = request.slots;
		} else if (request.memo === 'add') writer?.add(typeof request.chunk === 'string' ? request.chunk : Buffer.from(request.chunk.buffer, request.chunk.byteOffset, request.chunk.byteLength));
		else if (request.memo === 'slot') {
			writer?.add(Buffer.from(slots[request.slot], 0, request.length));
			reply({memo: 'written', slot: request.slot}); // free to be filled again
		} else {
			if (request.memo === 'commit') void writer?.commit();
			else writer?.abandon();
			writer = null;
			reply({memo: 'done'});
		}
	};
}

/** A memo writer on another thread that also takes chunks already encoded here, in memory it shares. */
export interface MemoThread extends MemoWriter {
	/** A buffer of at least `size` bytes to encode the next chunk into: a free slot of the shared memory, or a new buffer. */
	buffer(size: number): Promise<Buffer>;
	/** Hands over the first `length` bytes of a buffer from buffer(): a slot is not to be touched here again. */
	addBytes(buffer: Buffer, length: number): void;
	commit(): Promise<void>;
}

/** Slots of shared memory the chunks pass through: enough to keep the thread busy, each large enough for a chunk of 1-2 M characters (up to 3 bytes each). */
const SLOTS = 4;
const SLOT_BYTES = 8 << 20;

/**
 * briefingMemoWriter on a thread of its own: the hashing and writing of a 200 MB memo run on another core, fed the
 * very bytes written to stdout through a few slots of shared memory (no copy, and no new memory per chunk, which
 * would make the garbage collector walk this thread's large heap again and again). Null when no thread starts.
 * commit() and abandon() end the thread; commit's promise settles when the memo is written.
 */
export function briefingMemoThread(dir: string, root: string, key: string, maxBytes = MAX_MEMO_BYTES): MemoThread | null {
	const worker = startWorker();
	if (!worker) return null;
	let ended = false;
	const slots = Array.from({length: SLOTS}, () => new SharedArrayBuffer(SLOT_BYTES));
	const slotOf = new Map(slots.map((slot, index) => [slot as ArrayBufferLike, index]));
	const free = slots.map((_, index) => index);
	let waiting: (() => void) | null = null;
	const wake = () => {
		waiting?.();
		waiting = null;
	};
	const done = new Promise<void>((resolve) => {
		const finish = () => {
			ended = true;
			void worker.terminate();
			wake();
			resolve();
		};
		worker.on('message', (reply: MemoReply) => {
			if (reply.memo !== 'written') return finish();
			free.push(reply.slot);
			wake();
		});
		worker.on('error', finish); // the memo is lost, which only costs time on the next open
		worker.on('exit', finish);
	});
	const send = (request: MemoRequest) => {
		if (!ended) worker.postMessage(request);
	};
	send({memo: 'open', dir, root, key, maxBytes, slots});
	return {
		async buffer(size) {
			if (size > SLOT_BYTES) return Buffer.allocUnsafeSlow(size);
			while (!ended && !free.length) await new Promise<void>((resolve) => (waiting = resolve));
			return ended ? Buffer.allocUnsafeSlow(size) : Buffer.from(slots[free.shift()!]);
		},
		addBytes(buffer, length) {
			const slot = slotOf.get(buffer.buffer);
			if (slot === undefined) send({memo: 'add', chunk: buffer.subarray(0, length)}); // copied: a chunk too large for a slot
			else send({memo: 'slot', slot, length});
		},
		add: (chunk) => send({memo: 'add', chunk}),
		commit: () => {
			send({memo: 'commit'});
			return done;
		},
		abandon: () => send({memo: 'abandon'}),
	};
}

/**
 * A corpus opened: its remembered JSON when nothing read has changed since a slow open, else the briefing
 * built now, with a writer that remembers it (null when there is no cache or building was quick).
 */
export type OpenedCorpus = {from: 'memo'; json: Buffer} | {from: 'build'; briefing: Briefing; memo: (() => MemoWriter) | null};

/** The briefing of an opened corpus: built, or parsed back from its memo. */
export function briefingOf(opened: OpenedCorpus): Briefing {
	return opened.from === 'build' ? opened.briefing : (JSON.parse(opened.json.toString('utf8')) as Briefing);
}

/** Where each member of a briefing's JSON starts: a line that opens with two spaces and a quote is a top-level key. */
const MEMBER_START = Buffer.from('\n  "');

/**
 * The members of a memo's briefing named in `wanted` (all when absent), each parsed from its own slice of the bytes:
 * a thread that needs only some of them neither decodes nor parses the rest. A list named in `counted` comes as that
 * many empty slots (for a count). The memo is printed as JSON.stringify(briefing, null, 2) prints (its layout is
 * checked, not trusted: anything else is parsed whole). A list named in `first` has only that many items parsed, the
 * rest left as empty slots (a digest that prints the first 50 of 5,000 disagreements need not parse the others).
 */
export function memoMembers(json: Buffer, wanted?: ReadonlySet<string>, counted: ReadonlySet<string> = new Set(), first: ReadonlyMap<string, number> = new Map()): Partial<Briefing> {
	const starts: number[] = [];
	for (let at = json.indexOf(MEMBER_START); at >= 0; at = json.indexOf(MEMBER_START, at + 1)) starts.push(at + 1);
	const end = json.lastIndexOf('\n}');
	if (json[0] !== 0x7b || json[1] !== 0x0a || !starts.length || starts[0] !== 2 || end < starts.at(-1)!) return pick(JSON.parse(json.toString('utf8')) as Briefing, wanted, counted);
	const members: Record<string, unknown> = {};
	starts.forEach((start, index) => {
		// `  "key": value` up to the comma before the next member, or the closing brace.
		const stop = index + 1 < starts.length ? starts[index + 1] - 2 : end;
		const colon = json.indexOf('": ', start);
		const key = JSON.parse(json.toString('utf8', start + 2, colon + 1)) as string;
		if (wanted && !wanted.has(key) && !counted.has(key)) return;
		const head = first.get(key);
		if (wanted?.has(key) === false) members[key] = new Array(countItems(json, colon + 3, stop));
		else members[key] = head === undefined ? JSON.parse(json.toString('utf8', colon + 3, stop)) : firstItems(json, colon + 3, stop, head);
	});
	return members as Partial<Briefing>;
}

/** Where an item of a top-level list starts: a line indented four spaces that is no closing bracket. */
const ITEM_INDENT = Buffer.from('\n    ');

/** How many items the list printed in json[from, to) holds, read off its layout without parsing them. */
function countItems(json: Buffer, from: number, to: number): number {
	let count = 0;
	for (let at = json.indexOf(ITEM_INDENT, from); at >= 0 && at < to; at = json.indexOf(ITEM_INDENT, at + ITEM_INDENT.length)) {
		const next = json[at + ITEM_INDENT.length];
		if (next !== 0x20 && next !== 0x5d && next !== 0x7d) count++;
	}
	return count;
}

/** The list printed in json[from, to) with only its first `count` items parsed; its length is still the whole list's. */
function firstItems(json: Buffer, from: number, to: number, count: number): unknown[] {
	if (count < 1) return new Array(countItems(json, from, to));
	let seen = 0;
	for (let at = json.indexOf(ITEM_INDENT, from); at >= 0 && at < to; at = json.indexOf(ITEM_INDENT, at + ITEM_INDENT.length)) {
		const next = json[at + ITEM_INDENT.length];
		if (next === 0x20 || next === 0x5d || next === 0x7d) continue;
		if (seen++ < count) continue;
		// json[from, at) is "[" and the first `count` items, the last followed by a comma.
		const items = JSON.parse(`${json.toString('utf8', from, json.lastIndexOf(0x2c, at))}]`) as unknown[];
		items.length = count + countItems(json, at, to);
		return items;
	}
	return JSON.parse(json.toString('utf8', from, to)) as unknown[];
}

function pick(briefing: Briefing, wanted?: ReadonlySet<string>, counted: ReadonlySet<string> = new Set()): Partial<Briefing> {
	if (!wanted) return briefing;
	return Object.fromEntries(Object.entries(briefing).flatMap(([key, value]) => (wanted.has(key) ? [[key, value]] : counted.has(key) && Array.isArray(value) ? [[key, new Array(value.length)]] : [])));
}
