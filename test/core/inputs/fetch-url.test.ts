import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {DEFAULT_USER_AGENT, fetchPage, kindOfContentType, networkFailureReason, politeFetcher, sniffKind} from '../../../source/core/inputs/fetch-url.js';
import {type LocalServer, startServer} from './local-server.js';

describe('kindOfContentType', () => {
	const cases: [string, string | null][] = [
		['text/html; charset=utf-8', 'html'],
		['application/xhtml+xml', 'html'],
		['application/rss+xml', 'feed'],
		['application/atom+xml; charset=utf-8', 'feed'],
		['text/xml', 'feed'],
		['text/plain', 'text'],
		['application/pdf', null],
		['image/png', null],
		['application/json', null],
	];
	for (const [type, kind] of cases) it(type, () => assert.equal(kindOfContentType(type), kind));
});

describe('sniffKind', () => {
	const cases: [string, string][] = [
		['<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', 'feed'],
		['<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'feed'],
		['<!DOCTYPE html><html><body></body></html>', 'html'],
		['  <html lang="en"><p>x</p></html>', 'html'],
		['<p>A pasted fragment.</p><p>Two paragraphs.</p>', 'html'],
		['Quake hits coast\n\nA plain article that mentions <b> once.', 'text'],
	];
	for (const [body, kind] of cases) it(JSON.stringify(body.slice(0, 30)), () => assert.equal(sniffKind(body), kind));
});

describe('networkFailureReason', () => {
	const failed = (code: string) => Object.assign(new TypeError('fetch failed'), {cause: Object.assign(new Error(code), {code})});
	const cases: [unknown, string][] = [
		[Object.assign(new Error('timeout'), {name: 'TimeoutError'}), 'timed out after 2 s'],
		[failed('ENOTFOUND'), 'host not found (DNS lookup failed)'],
		[failed('EAI_AGAIN'), 'host not found (DNS lookup failed)'],
		[failed('ECONNREFUSED'), 'connection refused'],
		[failed('ECONNRESET'), 'connection reset by the server'],
		[failed('CERT_HAS_EXPIRED'), 'TLS certificate problem (CERT_HAS_EXPIRED)'],
		[new TypeError('fetch failed', {cause: new Error('bad port')}), 'network error (bad port)'],
	];
	for (const [error, reason] of cases) it(reason, () => assert.equal(networkFailureReason(error, 2000), reason));
});

describe('fetchPage against a local server', () => {
	let server: LocalServer;
	before(async () => {
		server = await startServer();
	});
	after(() => server.close());

	it('follows a redirect and reports where the page came from', async () => {
		const page = await fetchPage(`${server.base}/redirect`);
		assert.ok(!('reason' in page));
		assert.equal(page.url, `${server.base}/news/harbour-quake`);
		assert.equal(page.kind, 'html');
	});

	it('says who is asking', async () => {
		await fetchPage(`${server.base}/trade/grain-deal`);
		assert.equal(server.agents.at(-1), DEFAULT_USER_AGENT);
		await fetchPage(`${server.base}/trade/grain-deal`, {userAgent: 'brief-test/1'});
		assert.equal(server.agents.at(-1), 'brief-test/1');
	});

	it('connection refused is a reason', async () => {
		const closed = await startServer();
		await closed.close();
		assert.deepEqual(await fetchPage(`${closed.base}/`), {url: `${closed.base}/`, reason: 'connection refused'});
	});

	it('keeps at most `concurrency` requests in flight', async () => {
		const own = await startServer();
		try {
			const fetchOne = politeFetcher({concurrency: 2});
			const pages = await Promise.all(Array.from({length: 8}, (_, i) => fetchOne(`${own.base}/trade/grain-deal?n=${i}`)));
			assert.ok(pages.every((page) => !('reason' in page)));
			assert.equal(own.agents.length, 8);
			assert.ok(own.peak() <= 2, `peak ${own.peak()}`);
		} finally {
			await own.close();
		}
	});
});
