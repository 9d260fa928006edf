import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {loadCorpus, MissingPathError} from '../../../source/core/load-corpus.js';
import {parseArticle} from '../../../source/core/parse-article.js';
import {fixture, type LocalServer, startServer} from './local-server.js';

// A small size cap so the huge endpoints fail fast. The stalled endpoints never answer: their timeouts
// are short only where nothing else in the same load must answer in time, so a busy machine changes nothing.
const SMALL = {fetch: {maxBytes: 50_000}};

describe('web addresses through loadCorpus', () => {
	let server: LocalServer;
	let host: string;
	before(async () => {
		server = await startServer();
		host = server.base.replace('http://', '');
	});
	after(() => server.close());

	it('loads a page with its metadata, the address as its id', async () => {
		const corpus = await loadCorpus([`${server.base}/news/harbour-quake`]);
		assert.deepEqual(corpus.skipped, []);
		assert.equal(corpus.root, server.base);
		assert.equal(corpus.articles.length, 1);
		const [quake] = corpus.articles;
		assert.equal(quake.id, `${host}/news/harbour-quake`);
		assert.equal(quake.path, `${server.base}/news/harbour-quake`);
		assert.equal(quake.meta.outlet, 'The Coastal Courier');
		assert.equal(quake.meta.url, 'https://www.coastal-courier.example/news/2031/03/14/harbour-quake?utm_source=feed');
		const parsed = parseArticle(quake.id, quake.text, quake.meta);
		assert.equal(parsed.headline, 'Quake shakes harbour town, dozens hurt');
		assert.equal(parsed.published, '2031-03-14');
		assert.ok(!parsed.body.includes('cookies'));
	});

	it('lists every failure as a skip with its reason, and loads the rest', async () => {
		const failing: [string, RegExp][] = [
			['/missing', /^HTTP 404 Not Found$/],
			['/broken', /^HTTP 500 Internal Server Error$/],
			['/huge', /^too large \(0\.\d\d MB, limit 0\.05 MB\)$/],
			['/huge-stream', /^too large \(over the 0\.05 MB limit\)$/],
			['/report.pdf', /^not HTML \(content type application\/pdf\)$/],
			['/no-text', /^no article text found in the page$/],
		];
		const urls = failing.map(([path]) => `${server.base}${path}`);
		const corpus = await loadCorpus([`${server.base}/news/harbour-quake`, ...urls, `${server.base}/world/dam-talks`], undefined, SMALL);
		assert.deepEqual(corpus.articles.map((article) => article.id), [`${host}/news/harbour-quake`, `${host}/world/dam-talks`]);
		assert.deepEqual(corpus.skipped.map((skip) => skip.file), urls);
		for (const [index, [path, reason]] of failing.entries()) assert.match(corpus.skipped[index].reason, reason, path);
	});

	it('a page that does not answer in time is a timeout', async () => {
		const corpus = await loadCorpus([`${server.base}/slow`], undefined, {fetch: {timeoutMs: 300}});
		assert.deepEqual(corpus.skipped, [{file: `${server.base}/slow`, reason: 'timed out after 0.3 s'}]);
	});

	it('an unknown host is a DNS failure, not a crash', async () => {
		const corpus = await loadCorpus(['https://no-such-outlet.invalid/story'], undefined, {fetch: {timeoutMs: 10_000}});
		assert.deepEqual(corpus.articles, []);
		assert.deepEqual(corpus.skipped, [{file: 'https://no-such-outlet.invalid/story', reason: 'host not found (DNS lookup failed)'}]);
	});

	it('a redirected address keeps the address given as its id', async () => {
		const corpus = await loadCorpus([`${server.base}/redirect`]);
		assert.deepEqual(corpus.articles.map((article) => article.id), [`${host}/redirect`]);
	});

	it('plain text at an address is read as a text article', async () => {
		const corpus = await loadCorpus([`${server.base}/plain/statement.txt`]);
		assert.equal(corpus.articles.length, 1);
		assert.match(corpus.articles[0].text, /^Statement on the grain deal\n\nThe harbour boards/);
		assert.equal(corpus.articles[0].meta.url, `${server.base}/plain/statement.txt`);
	});

	it('a web address is never a missing path; a missing local path still is', async () => {
		await assert.rejects(loadCorpus([`${server.base}/news/harbour-quake`, 'no/such/folder']), (error: unknown) => {
			assert.ok(error instanceof MissingPathError);
			assert.equal(error.message, 'no such file or directory: no/such/folder');
			return true;
		});
	});

	it('the same page given twice, once with tracking parameters, loads once', async () => {
		const corpus = await loadCorpus([`${server.base}/news/harbour-quake`, `${server.base}/news/harbour-quake?utm_source=newsletter`]);
		assert.equal(corpus.articles.length, 1);
		assert.deepEqual(corpus.skipped, [{file: `${server.base}/news/harbour-quake?utm_source=newsletter`, reason: `duplicate of ${host}/news/harbour-quake`}]);
	});

	it('sends a polite User-Agent on every request', () => {
		assert.ok(server.agents.length > 0);
		assert.ok(server.agents.every((agent) => agent.startsWith('brief/')), server.agents.join(', '));
	});
});

describe('feeds through loadCorpus', () => {
	let server: LocalServer;
	let host: string;
	before(async () => {
		server = await startServer();
		host = server.base.replace('http://', '');
	});
	after(() => server.close());

	const checkRssItems = (corpus: Awaited<ReturnType<typeof loadCorpus>>, feedId: string) => {
		assert.deepEqual(corpus.articles.map((article) => article.id), [`${host}/news/harbour-quake`, `${host}/news/missing-page`, `${feedId}#3`]);
		const [page, fallback, linkless] = corpus.articles;
		// The item's page was fetched: its own metadata, its full text.
		assert.equal(page.note, undefined);
		assert.equal(page.meta.outlet, 'The Coastal Courier');
		assert.match(page.text, /rescue teams were checking 40 older buildings/);
		// The page is missing: the item's own description, marked, the aggregator's source as outlet.
		assert.equal(fallback.note, 'feed summary (HTTP 404 Not Found)');
		assert.deepEqual(fallback.meta, {outlet: 'Islands Gazette', url: `${server.base}/news/missing-page`, published: '2031-03-15', headline: 'Ferries to outer islands suspended'});
		assert.equal(
			fallback.text,
			'Ferries to outer islands suspended\n\nAll ferries to the outer islands were suspended on Saturday after inspectors found cracks in the main pier at Port Halvard, the port authority said.\n\n"Safety comes first," harbour master Ivo Lind said.',
		);
		// No link at all: the description, the feed's title as outlet.
		assert.equal(linkless.note, 'feed summary (the item has no link)');
		assert.equal(linkless.meta.outlet, 'Harbour Wire');
		assert.match(linkless.text, /^Aftershock felt along the coast\n\nA magnitude 4\.1 aftershock/);
		assert.deepEqual(corpus.skipped, [{file: `${server.base}/news/missing-page`, reason: "page not read (HTTP 404 Not Found): used the feed's summary instead"}]);
	};

	it('an RSS feed address: each item page fetched, the feed text used (and marked) where a page fails', async () => {
		checkRssItems(await loadCorpus([`${server.base}/feed.rss`]), `${host}/feed.rss`);
	});

	it('an RSS feed saved as a file reads the same way', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'brief-feed-'));
		try {
			writeFileSync(join(dir, 'wire.rss'), fixture('wire-feed.rss').replaceAll('{{base}}', server.base));
			checkRssItems(await loadCorpus([dir]), 'wire.rss');
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});

	it('an Atom feed: a page that times out falls back to the entry content', async () => {
		const corpus = await loadCorpus([`${server.base}/trade.atom`], undefined, {fetch: {timeoutMs: 3000}});
		assert.deepEqual(corpus.articles.map((article) => [article.id, article.meta.outlet, article.note]), [
			[`${host}/trade/grain-deal`, 'Trade Desk', undefined],
			[`${host}/trade/slow-page`, 'Trade Desk', 'feed summary (timed out after 3 s)'],
		]);
		assert.match(corpus.articles[0].text, /covering 2 million tonnes of wheat a year/);
		assert.equal(corpus.articles[1].text, 'Tariff talks stall\n\nTariff talks between Norland and Sud stalled on Wednesday, trade minister Pia Holm said.\n\n"There is no deal yet," Holm said.');
		assert.deepEqual(corpus.skipped, [{file: `${server.base}/trade/slow-page`, reason: "page not read (timed out after 3 s): used the feed's summary instead"}]);
	});
});
