/** Worker thread entry: extracts batches of articles sent by parallel.ts and replies with record JSON. */
import {parentPort} from 'node:worker_threads';
import {extractRecordJson, type BatchReply, type BatchRequest} from './parallel.js';

parentPort?.on('message', ({batch, jobs}: BatchRequest) => {
	let reply: BatchReply;
	try {
		reply = {batch, records: jobs.map(extractRecordJson)};
	} catch (error) {
		reply = {batch, error: `extracting ${jobs.map((job) => job.id).join(', ')}: ${(error as Error).stack ?? error}`};
	}
	parentPort!.postMessage(reply);
});
