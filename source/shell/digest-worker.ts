/** Renders the later sections of a large corpus's digest from its memo, beside the shell's thread (see digest.ts). */
import {parentPort, workerData} from 'node:worker_threads';
import {memoMembers} from '../core/briefing-memo.js';
import type {Briefing} from '../core/model.js';
import {renderDigestPart, SECTIONS, type DigestOptions} from '../digest/digest.js';

/** What the shell hands the worker: the memo's bytes (shared, not copied), which sections, how to lay them out. */
export interface DigestPartJob {
	memo: SharedArrayBuffer;
	from: number;
	options: DigestOptions;
	/** The briefing members those sections read. */
	members: string[];
	/** Lists of which only the first so many items are printed, and so parsed. */
	first: [string, number][];
}

/** The worker's answer: the part's text as UTF-8 (moved, not copied), or why it failed. */
export type DigestPartReply = {bytes: Uint8Array} | {error: string};

if (parentPort) {
	const {memo, from, options, members, first} = workerData as DigestPartJob;
	let reply: DigestPartReply;
	try {
		const briefing = memoMembers(Buffer.from(memo), new Set(members), new Set(), new Map(first)) as Briefing;
		reply = {bytes: new TextEncoder().encode(renderDigestPart(briefing, options, from, SECTIONS.length))};
	} catch (error) {
		reply = {error: (error as Error).stack ?? String(error)};
	}
	parentPort.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []);
}
