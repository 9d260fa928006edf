import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {loadCorpus} from '../../../source/core/load-corpus.js';
import {parseArticle} from '../../../source/core/parse-article.js';
import {fixture} from './local-server.js';

const QUAKE_TEXT = `---
outlet: The Coastal Courier
---
Quake shakes harbour town, dozens hurt

A magnitude 6.4 earthquake struck off the coast of Port Halvard before dawn on Friday, injuring at least 38 people and cutting power to much of the harbour district, officials said.

"We felt the whole building move for almost a minute," said Tomas Veld, who runs a bakery near the fish market. "Then the lights went out."

Rescue teams deployed

The regional emergency office said 12 people were taken to hospital with serious injuries and that rescue teams were checking 40 older buildings along the waterfront.

• Ferries to the outer islands are suspended until Saturday.

• Schools in the harbour district will stay closed on Monday.

Mayor Elin Dallvik told reporters the town would open two shelters for families whose homes were damaged, adding that no tsunami warning had been issued.
`;

const LANDSLIDE = `Landslide buries road to Sarn

Rescue teams in the valley town of Sarn pulled four people alive from a collapsed school on Tuesday, the regional governor said.

"We will keep digging through the night," fire chief Anouk Brel told reporters.
`;

describe('a folder of mixed inputs', () => {
	let dir: string;
	before(() => {
		dir = mkdtempSync(join(tmpdir(), 'brief-inputs-'));
		mkdirSync(join(dir, 'pages'));
		writeFileSync(join(dir, 'pages', 'harbour-quake.html'), fixture('harbour-quake.html'));
		writeFileSync(join(dir, 'pages', 'dam-talks.htm'), fixture('dam-talks.html'));
		writeFileSync(join(dir, 'news-export.json'), fixture('news-export.json'));
		writeFileSync(join(dir, 'wire-export.ndjson'), fixture('wire-export.ndjson'));
		writeFileSync(join(dir, 'annotations.json'), fixture('annotations.json'));
		writeFileSync(join(dir, 'landslide.txt'), LANDSLIDE);
		// The same quake story saved again as text: one article, not two.
		writeFileSync(join(dir, 'quake-copy.txt'), QUAKE_TEXT);
		writeFileSync(join(dir, 'sitemap.xml'), '<?xml version="1.0"?><urlset><url><loc>https://x.example</loc></url></urlset>');
		writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0x00]));
		// The manifest names the saved page's outlet differently: the user's word wins; a null says nothing.
		writeFileSync(join(dir, 'pages', 'sources.json'), JSON.stringify({'dam-talks.htm': {outlet: 'The Riverside Ledger', headline: null}}));
	});
	after(() => rmSync(dir, {recursive: true, force: true}));

	it('reads every kind, lists what it skipped and why', async () => {
		const corpus = await loadCorpus([dir]);
		assert.deepEqual(
			corpus.articles.map((article) => article.id),
			[
				'landslide.txt',
				'plains-herald.example/markets/grain-deal',
				'coast-observer.example/port-workers',
				'pages/dam-talks.htm',
				'pages/harbour-quake.html',
				'valley-times.example/ceasefire-holds',
				'wire-export.ndjson#3',
			],
		);
		assert.deepEqual(corpus.skipped, [
			{file: 'annotations.json', reason: 'no article texts: not a news export (expected objects with a title and content, text, body or description)'},
			{file: 'news-export.json#2', reason: 'no article text (no content, text, body or description field)'},
			{file: 'photo.jpg', reason: 'not an article file (.jpg)'},
			{file: 'sitemap.xml', reason: 'not an RSS or Atom feed'},
			{file: 'wire-export.ndjson#2', reason: 'not valid JSON'},
			{file: 'quake-copy.txt', reason: 'duplicate of pages/harbour-quake.html'},
		]);
	});

	it('export items carry their metadata and parse with their headline', async () => {
		const corpus = await loadCorpus([join(dir, 'news-export.json')]);
		const grain = corpus.articles[0];
		assert.deepEqual(grain.meta, {outlet: 'Plains Herald', url: 'https://plains-herald.example/markets/grain-deal?utm_source=newsapi', published: '2033-01-10T14:02:00Z', headline: 'Grain deal lifts prices at Tovar exchange'});
		const parsed = parseArticle(grain.id, grain.text, grain.meta);
		assert.equal(parsed.headline, 'Grain deal lifts prices at Tovar exchange');
		assert.equal(parsed.published, '2033-01-10');
		assert.match(parsed.paragraphs[0].text, /^Wheat futures at the Tovar exchange/);
	});

	it('a manifest entry overrides what a saved page says, but its nulls do not erase it', async () => {
		const corpus = await loadCorpus([join(dir, 'pages')]);
		const dam = corpus.articles.find((article) => article.id === 'dam-talks.htm')!;
		assert.equal(dam.meta.outlet, 'The Riverside Ledger');
		assert.equal(dam.meta.headline, 'Neighbours reopen talks over the Kessa dam');
	});

	it('a page given by name whatever its extension is still read as a page', async () => {
		const saved = join(dir, 'saved-page');
		writeFileSync(saved, fixture('harbour-quake.html'));
		try {
			const corpus = await loadCorpus([saved]);
			assert.equal(corpus.articles[0].meta.outlet, 'The Coastal Courier');
			assert.ok(!corpus.articles[0].text.includes('<p>'));
		} finally {
			rmSync(saved);
		}
	});

	it('a saved page in the legacy charset it declares is decoded with it', async () => {
		const legacy = join(dir, 'legacy.html');
		const html = '<html><head><meta charset="windows-1252"><meta property="og:site_name" content="Le Courrier"></head><body><article><h1>Caf\u00e9 rouvert</h1><p>Le caf\u00e9 du port a rouvert mardi apr\u00e8s le s\u00e9isme, a d\u00e9clar\u00e9 la mairie, et les p\u00eacheurs y sont revenus d\u00e8s l\u2019aube pour le premier caf\u00e9 de la semaine.</p></article></body></html>';
		writeFileSync(legacy, Buffer.from(html.replace('\u2019', "'"), 'latin1'));
		try {
			const corpus = await loadCorpus([legacy]);
			assert.deepEqual(corpus.skipped, []);
			assert.match(corpus.articles[0].text, /^Café rouvert\n\nLe café du port a rouvert mardi après le séisme/);
		} finally {
			rmSync(legacy);
		}
	});

	it('a feed is read to its first 50 items, and says so', async () => {
		const feed = join(dir, 'long.rss');
		const items = Array.from({length: 52}, (_, i) => `<item><title>Bulletin ${i + 1}</title><description>Bulletin number ${i + 1}: river gauge ${i * 7} at station ${i * 13}, pumps ${i % 5} of ${i + 9}, sandbags ${i * 101} laid by crew ${i * 3}.</description></item>`);
		writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>Flood Desk</title>${items.join('')}</channel></rss>`);
		try {
			const corpus = await loadCorpus([feed]);
			assert.equal(corpus.articles.length, 50);
			assert.deepEqual(corpus.articles.slice(0, 2).map((article) => [article.id, article.meta.outlet, article.note]), [
				['long.rss#1', 'Flood Desk', 'feed summary (the item has no link)'],
				['long.rss#2', 'Flood Desk', 'feed summary (the item has no link)'],
			]);
			assert.deepEqual(corpus.skipped, [{file: 'long.rss', reason: 'feed lists 52 items; read the first 50'}]);
		} finally {
			rmSync(feed);
		}
	});

	it('a .txt article is read as before: manifest metadata, text untouched', async () => {
		const corpus = await loadCorpus([join(dir, 'landslide.txt')]);
		assert.deepEqual(corpus.articles, [{id: 'landslide.txt', path: join(dir, 'landslide.txt'), text: LANDSLIDE, meta: {}}]);
	});
});

describe('standard input', () => {
	const cases: [string, string, string[], string[]][] = [
		['one plain-text article', LANDSLIDE, ['stdin'], []],
		['a pasted page', fixture('harbour-quake.html'), ['stdin'], []],
		['a JSON export', fixture('news-export.json'), ['plains-herald.example/markets/grain-deal', 'coast-observer.example/port-workers'], ['stdin#2']],
		['NDJSON lines', fixture('wire-export.ndjson'), ['valley-times.example/ceasefire-holds', 'stdin#3'], ['stdin#2']],
		['JSON that is no export', fixture('annotations.json'), [], ['stdin']],
		['nothing', '  \n', [], ['stdin']],
	];
	for (const [name, stdin, ids, skipped] of cases) {
		it(name, async () => {
			const corpus = await loadCorpus(['-'], undefined, {stdin});
			assert.deepEqual(corpus.articles.map((article) => article.id), ids);
			assert.deepEqual(corpus.skipped.map((skip) => skip.file), skipped);
			assert.equal(corpus.root, 'stdin');
		});
	}

	it('a pasted page keeps its metadata', async () => {
		const corpus = await loadCorpus(['-'], undefined, {stdin: fixture('dam-talks.html')});
		assert.equal(corpus.articles[0].meta.outlet, 'Riverside Ledger');
	});

	it('`-` without standard input is a listed skip, not a crash', async () => {
		const corpus = await loadCorpus(['-']);
		assert.deepEqual(corpus.skipped, [{file: 'stdin', reason: 'standard input was not read'}]);
	});

	it('mixes with a folder: the folder is the root, a repeat from stdin is a duplicate', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'brief-stdin-'));
		try {
			writeFileSync(join(dir, 'landslide.txt'), LANDSLIDE);
			const corpus = await loadCorpus([dir, '-'], undefined, {stdin: `${LANDSLIDE}\nShare this article\n`});
			assert.equal(corpus.root, dir);
			assert.deepEqual(corpus.articles.map((article) => article.id), ['landslide.txt']);
			assert.deepEqual(corpus.skipped, [{file: 'stdin', reason: 'duplicate of landslide.txt'}]);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});
});
