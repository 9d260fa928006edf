import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {articleFromHtml, htmlToText, type PageArticle} from '../../../source/core/inputs/html.js';
import {parseArticle} from '../../../source/core/parse-article.js';
import {fixture} from './local-server.js';

const read = (html: string, url: string | null = null): PageArticle => {
	const page = articleFromHtml(html, url);
	assert.ok(!('reason' in page), `expected an article, got ${JSON.stringify(page)}`);
	return page;
};

const page = (head: string, body: string) =>
	`<!doctype html><html><head>${head}</head><body><article>${body}<p>The relief convoy reached the valley town of Sarn on Tuesday after a four-day journey across the pass, aid workers said, carrying tents and water for 2,000 families.</p></article></body></html>`;

describe('a saved news page (harbour-quake.html)', () => {
	const quake = read(fixture('harbour-quake.html'));

	it('takes outlet, headline, date and url from the page metadata', () => {
		assert.deepEqual(quake.meta, {
			outlet: 'The Coastal Courier',
			url: 'https://www.coastal-courier.example/news/2031/03/14/harbour-quake?utm_source=feed',
			published: '2031-03-14T06:20:00+09:00',
			headline: 'Quake shakes harbour town, dozens hurt',
		});
	});

	it('keeps the article paragraphs, in order, one per line block', () => {
		const paragraphs = quake.text.split('\n\n');
		assert.equal(paragraphs[0], 'Quake shakes harbour town, dozens hurt');
		const order = ['A magnitude 6.4 earthquake', '"We felt the whole building move', 'Rescue teams deployed', 'The regional emergency office', '• Ferries to the outer islands', '• Schools in the harbour district', 'Mayor Elin Dallvik'];
		assert.deepEqual(
			order.map((start) => paragraphs.findIndex((paragraph) => paragraph.startsWith(start))),
			order.map((_, index) => paragraphs.findIndex((paragraph) => paragraph.startsWith(order[0])) + index),
		);
	});

	const chrome = [
		['cookie banner', 'We use cookies'],
		['consent buttons', 'Accept all'],
		['navigation', 'Sport'],
		['share tools', 'Share on Facebook'],
		['related links', 'Storm season ends early'],
		['newsletter box', 'Sign up now'],
		['most-read aside', 'Local team wins cup'],
		['footer', 'All rights reserved'],
		['script output', 'Injected by a script'],
		['inline script', 'inline tracker'],
		['photo caption', 'Photo: Courier staff'],
		['byline', 'By Mira Okonjo'],
	];
	for (const [what, phrase] of chrome) it(`leaves out the ${what}`, () => assert.ok(!quake.text.includes(phrase), phrase));

	it('never runs the page scripts', () => {
		assert.equal((globalThis as {tracked?: unknown}).tracked, undefined);
	});

	it('parses like a .txt article: the headline once, the date from the metadata, the lead first', () => {
		const parsed = parseArticle('harbour-quake.html', quake.text, quake.meta);
		assert.equal(parsed.headline, 'Quake shakes harbour town, dozens hurt');
		assert.equal(parsed.outlet, 'The Coastal Courier');
		assert.equal(parsed.published, '2031-03-14');
		assert.match(parsed.paragraphs[0].text, /^A magnitude 6\.4 earthquake/);
		assert.ok(parsed.paragraphs.every((paragraph) => paragraph.text !== parsed.headline));
	});
});

describe('a page with JSON-LD metadata only (dam-talks.html)', () => {
	const dam = read(fixture('dam-talks.html'), 'https://www.riverside-ledger.example/world/africa/1234');

	it('reads the publisher by @id, the headline and date from JSON-LD, and resolves a relative canonical link', () => {
		assert.deepEqual(dam.meta, {
			outlet: 'Riverside Ledger',
			url: 'https://www.riverside-ledger.example/world/dam-talks-resume',
			published: '2032-07-02T09:00:00+02:00',
			headline: 'Neighbours reopen talks over the Kessa dam',
		});
	});

	it('numbers ordered lists, turns table rows into lines, drops dialogs, breadcrumbs and comments', () => {
		const lines = dam.text.split('\n\n');
		assert.ok(lines.includes('1. A binding agreement on filling and drought releases.'));
		assert.ok(lines.includes('2. A joint commission to share river-flow data.'));
		assert.ok(lines.includes('2033: 31'));
		for (const phrase of ['Do you consent', 'Home', 'More on this story', 'Comments are closed']) assert.ok(!dam.text.includes(phrase), phrase);
	});
});

describe('a page built of divs, ads and promos (truce-talks.html)', () => {
	const truce = read(fixture('truce-talks.html'), 'https://northern-star.example/world/truce');

	it('keeps exactly the article paragraphs, a paragraph with a link in it included', () => {
		assert.equal(
			truce.text,
			[
				'Truce talks open in Lamsa',
				'Delegations from the two warring factions sat down in Lamsa on Monday for the first direct truce talks since fighting erupted in the autumn, the mediators said.',
				'"Both sides have agreed to a 72-hour pause while we talk," chief mediator Hana Sorel told reporters outside the venue.',
				'The army said 14 soldiers had been killed in the past week, while the rebels claimed to have taken two villages near the border.',
				'Talks are due to resume on Wednesday, the mediators said.',
			].join('\n\n'),
		);
	});

	it('dates the page from its printed date when no metadata does', () => {
		assert.equal(truce.meta.published, '2036-03-03');
	});
});

describe('metadata precedence', () => {
	const cases: [string, string, string | null, Partial<PageArticle['meta']>][] = [
		[
			'og:site_name wins over the JSON-LD publisher',
			'<meta property="og:site_name" content="Valley Post"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Valley Post Media Ltd"}}</script>',
			null,
			{outlet: 'Valley Post'},
		],
		['the host name when the page names no site', '', 'https://www.valley-post.example/a/b', {outlet: 'valley-post.example'}],
		['no outlet for a saved page naming none', '', null, {outlet: null}],
		['og:title without its " | site" tail', '<meta property="og:site_name" content="Valley Post"><meta property="og:title" content="Convoy reaches Sarn | Valley Post">', null, {headline: 'Convoy reaches Sarn'}],
		['JSON-LD headline when there is no og:title', '<script type="application/ld+json">[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"Aid convoy arrives"}]</script>', null, {headline: 'Aid convoy arrives'}],
		['<h1> when there is no metadata headline', '', null, {headline: 'Convoy in the pass'}],
		['a " - host" tail is a site name too', '<meta property="og:title" content="Convoy reaches Sarn - Valley-Post">', 'https://valley-post.example/a', {headline: 'Convoy reaches Sarn'}],
		['article:published_time first', '<meta property="article:published_time" content="2035-02-03"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2035-02-01"}</script>', null, {published: '2035-02-03'}],
		['<time datetime> when nothing else dates it', '', null, {published: '2035-02-04T08:00'}],
		['the canonical link over the fetched address', '<link rel="canonical" href="https://valley-post.example/convoy">', 'https://valley-post.example/convoy?ref=home', {url: 'https://valley-post.example/convoy'}],
		['og:url when there is no canonical link', '<meta property="og:url" content="https://valley-post.example/og-convoy">', null, {url: 'https://valley-post.example/og-convoy'}],
		['the fetched address when the page names none', '', 'https://valley-post.example/fetched', {url: 'https://valley-post.example/fetched'}],
	];
	for (const [name, head, url, expected] of cases) {
		it(name, () => {
			const {meta} = read(page(head, '<h1>Convoy in the pass</h1><time datetime="2035-02-04T08:00">4 Feb</time>'), url);
			for (const [key, value] of Object.entries(expected)) assert.equal(meta[key as keyof typeof meta], value, key);
		});
	}

	const titleCases: [string, string | null][] = [
		['<title>Convoy reaches Sarn | Valley Post</title><meta property="og:site_name" content="Valley Post">', 'Convoy reaches Sarn'],
		['<title>Valley Post</title><meta property="og:site_name" content="Valley Post">', null],
	];
	for (const [head, headline] of titleCases) {
		it(`<title> as a last resort: ${headline}`, () => {
			const {meta} = read(`<html><head>${head}</head><body><article><p>${'The convoy reached the valley town after a four-day journey across the pass, aid workers said. '.repeat(3)}</p></article></body></html>`);
			assert.equal(meta.headline, headline);
		});
	}

	it('a page without article text is a reason, not an article', () => {
		assert.deepEqual(articleFromHtml('<html><body><nav><a href="/">Home</a></nav></body></html>'), {reason: 'no article text found in the page'});
	});
});

describe('htmlToText', () => {
	const cases: [string, string][] = [
		['<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
		['<p>Line one<br>line two</p>', 'Line one\n\nline two'],
		['<ul><li>first</li><li>second</li></ul>', '• first\n\n• second'],
		['<ol start="3"><li>third</li></ol>', '3. third'],
		['<p>Tom &amp; Jerry&nbsp;said <em>no</em>.</p>', 'Tom & Jerry said no.'],
		['<div>Lead<p>Para</p>tail</div>', 'Lead\n\nPara\n\ntail'],
		['<p>Text<figure><img src=x><figcaption>Caption</figcaption></figure></p>', 'Text'],
		['plain text, no markup', 'plain text, no markup'],
	];
	for (const [html, text] of cases) it(JSON.stringify(html), () => assert.equal(htmlToText(html), text));
});
