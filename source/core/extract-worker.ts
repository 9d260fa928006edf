/** Worker thread entry: extracts batches of articles sent by parallel.ts and replies with record JSON; or merges speech (speech-thread.ts). */
import {parentPort} from 'node:worker_threads';
import {extractBatch, type BatchReply, type BatchRequest} from './parallel.js';
import {speechCollector, type SpeechRequest} from './speech-thread.js';

const speech = speechCollector((reply, transfer) => parentPort!.postMessage(reply, transfer));

parentPort?.on('message', (message: BatchRequest | SpeechRequest) => {
	if ('speech' in message && typeof message.speech === 'string') return speech(message);
	const {batch, jobs, speech: withSpeech} = message as BatchRequest;
	let reply: BatchReply;
	try {
		reply = {batch, ...extractBatch(jobs, withSpeech ?? false)};
	} catch (error) {
		reply = {batch, error: `extracting ${jobs.map((job) => job.id).join(', ')}: ${(error as Error).stack ?? error}`};
	}
	parentPort!.postMessage(reply);
});
