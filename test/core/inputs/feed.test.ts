import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {feedDate, parseFeed} from '../../../source/core/inputs/feed.js';
import {fixture} from './local-server.js';

describe('parseFeed', () => {
	it('reads an RSS 2.0 feed: titles, links, descriptions (CDATA and escaped markup), dates, aggregator sources', () => {
		const feed = parseFeed(fixture('wire-feed.rss').replaceAll('{{base}}', 'https://wire.example'));
		assert.equal(feed?.format, 'rss');
		assert.equal(feed?.title, 'Harbour Wire');
		assert.deepEqual(
			feed?.items.map((item) => [item.title, item.link, item.published, item.source]),
			[
				['Quake shakes harbour town, dozens hurt', 'https://wire.example/news/harbour-quake', '2031-03-14', null],
				['Ferries to outer islands suspended', 'https://wire.example/news/missing-page', '2031-03-15', 'Islands Gazette'],
				['Aftershock felt along the coast', null, '2031-03-16', null],
			],
		);
		assert.match(feed!.items[1].summary!, /^<p>All ferries to the outer islands/);
		assert.match(feed!.items[2].summary!, /^<p>A magnitude 4\.1 aftershock/);
	});

	it('reads an Atom feed: the alternate link, published date, and the longer of content and summary', () => {
		const feed = parseFeed(fixture('newsroom.atom').replaceAll('{{base}}', 'https://trade.example'));
		assert.equal(feed?.format, 'atom');
		assert.equal(feed?.title, 'Trade Desk');
		assert.equal(feed?.link, 'https://trade.example/');
		assert.deepEqual(
			feed?.items.map((item) => [item.title, item.link, item.published]),
			[
				['Two ports sign grain deal', 'https://trade.example/trade/grain-deal', '2033-01-10T10:00:00Z'],
				['Tariff talks stall', 'https://trade.example/trade/slow-page', '2033-01-11T10:00:00Z'],
			],
		);
		assert.equal(feed?.items[0].summary, 'Two ports agreed a grain deal.');
		assert.match(feed!.items[1].summary!, /<p>Tariff talks between Norland and Sud stalled/);
	});

	it('takes an RSS guid as the link when it is a permalink', () => {
		const feed = parseFeed('<rss version="2.0"><channel><title>T</title><item><guid>https://t.example/a</guid></item><item><guid isPermaLink="false">https://t.example/b</guid></item></channel></rss>');
		assert.deepEqual(feed?.items.map((item) => item.link), ['https://t.example/a', null]);
	});

	const notFeeds = ['<html><body><p>A page</p></body></html>', '{"articles": []}', 'plain text about rss feeds', '<?xml version="1.0"?><urlset><url><loc>https://x.example</loc></url></urlset>'];
	for (const text of notFeeds) it(`is null for ${JSON.stringify(text.slice(0, 40))}`, () => assert.equal(parseFeed(text), null));
});

describe('feedDate', () => {
	const cases: [string | null, string | null][] = [
		['Fri, 14 Mar 2031 06:20:00 +0900', '2031-03-14'],
		['Sat, 1 Jun 2030 23:59:00 -0700', '2030-06-01'],
		['14 March 2031 10:00 GMT', '2031-03-14'],
		['2031-03-14T06:20:00Z', '2031-03-14T06:20:00Z'],
		[null, null],
	];
	for (const [value, expected] of cases) it(String(value), () => assert.equal(feedDate(value), expected));
});
