/**
 * Worker thread entry: extracts batches of articles sent by parallel.ts and replies with record JSON; or merges
 * speech (speech-thread.ts); or writes a briefing's memo (briefing-memo.ts). Each part is loaded on its first
 * message, so a thread that only merges speech or writes a memo never loads the extractor.
 */
import {parentPort} from 'node:worker_threads';
import type {MemoReply, MemoRequest} from './briefing-memo.js';
import type {BatchReply, BatchRequest} from './parallel.js';
import type {SpeechReply, SpeechRequest} from './speech-thread.js';

type Request = BatchRequest | SpeechRequest | MemoRequest;

const reply = (message: unknown, transfer?: ArrayBuffer[]) => parentPort!.postMessage(message, transfer);
let speech: ((request: SpeechRequest) => void) | undefined;
let memo: ((request: MemoRequest) => void) | undefined;

async function answer(message: Request): Promise<void> {
	if ('memo' in message) return (memo ??= (await import('./briefing-memo.js')).memoKeeper(reply))(message);
	if ('speech' in message && typeof message.speech === 'string') return (speech ??= (await import('./speech-thread.js')).speechCollector(reply))(message);
	const {batch, jobs, speech: withSpeech} = message as BatchRequest;
	let answered: BatchReply;
	try {
		answered = {batch, ...(await import('./parallel.js')).extractBatch(jobs, withSpeech ?? false)};
	} catch (error) {
		answered = {batch, error: `extracting ${jobs.map((job) => job.id).join(', ')}: ${(error as Error).stack ?? error}`};
	}
	reply(answered);
}

/** What a message gets when its part failed to load. */
function failed(message: Request, error: unknown): unknown {
	const why = (error as Error).stack ?? String(error);
	if ('memo' in message) return {memo: 'failed'} satisfies MemoReply;
	if ('speech' in message && typeof message.speech === 'string') return {speechError: why} satisfies SpeechReply;
	return {batch: (message as BatchRequest).batch, error: why} satisfies BatchReply;
}

// Answered one at a time, in the order sent: a part loading for the first message holds back the next ones.
let answering = Promise.resolve();
parentPort?.on('message', (message: Request) => {
	answering = answering.then(() => answer(message)).catch((error: unknown) => reply(failed(message, error)));
});
