/**
 * Documents -> raw articles: a page, a feed (its items' pages fetched, a few at a time) or plain text,
 * from a web address, a file or standard input. Failures are `skipped` entries; the rest still loads.
 */
import type {RawArticle} from '../load-corpus.js';
import type {Skipped} from '../model.js';
import type {ArticleMeta} from '../parse-article.js';
import type {Feed, FeedItem} from './feed.js';
import type {FetchedPage, FetchFailure, PageKind} from './fetch-url.js';
import {headlineFirst} from './headline.js';
import {absoluteUrl, hostOf, isWebAddress, urlId} from './urls.js';

/** What one input gave: its articles and what was skipped, with reasons. */
export interface Loaded {
	articles: RawArticle[];
	skipped: Skipped[];
}

export type Fetcher = (url: string) => Promise<FetchedPage | FetchFailure>;

/** Where a document came from: its id, its path or address, and the address links are read against. */
export interface Origin {
	id: string;
	path: string;
	pageUrl: string | null;
}

/** A feed longer than this is read only this far: one request per item is the polite limit. */
export const MAX_FEED_ITEMS = 50;

const skip = (file: string, reason: string): Loaded => ({articles: [], skipped: [{file, reason}]});
/** How a skip names a document: the address as given for the web, the id for a file. */
const shownAs = (origin: Origin) => (isWebAddress(origin.path) ? origin.path : origin.id);

/** Fetches one web address and reads what it holds. */
export async function loadWebAddress(url: string, fetcher: Fetcher): Promise<Loaded> {
	const page = await fetcher(url);
	if ('reason' in page) return skip(url, page.reason);
	return loadDocument(page.body, page.kind, {id: urlId(url), path: url, pageUrl: page.url}, fetcher);
}

/** Reads a document of a known kind: a page, a feed or plain text. */
export async function loadDocument(body: string, kind: PageKind, origin: Origin, fetcher: Fetcher): Promise<Loaded> {
	// linkedom and Readability load only when a page or feed is read: a folder of .txt files starts faster.
	if (kind === 'feed') {
		const {parseFeed} = await import('./feed.js');
		const feed = parseFeed(body);
		return feed ? loadFeed(feed, origin, fetcher) : skip(shownAs(origin), 'not an RSS or Atom feed');
	}
	if (kind === 'html') {
		const {articleFromHtml} = await import('./html.js');
		const page = articleFromHtml(body, origin.pageUrl);
		if ('reason' in page) return skip(shownAs(origin), page.reason);
		return {articles: [{id: origin.id, path: origin.path, text: page.text, meta: page.meta}], skipped: []};
	}
	return {articles: [{id: origin.id, path: origin.path, text: body, meta: origin.pageUrl ? {url: origin.pageUrl} : {}}], skipped: []};
}

/** Reads every item of a feed (up to MAX_FEED_ITEMS), in feed order. */
export async function loadFeed(feed: Feed, origin: Origin, fetcher: Fetcher): Promise<Loaded> {
	if (!feed.items.length) return skip(shownAs(origin), 'feed has no items');
	const items = feed.items.slice(0, MAX_FEED_ITEMS);
	const loaded = await Promise.all(items.map((item, index) => loadFeedItem(item, index, feed, origin, fetcher)));
	const skipped = loaded.flatMap((one) => one.skipped);
	if (feed.items.length > items.length) skipped.push({file: shownAs(origin), reason: `feed lists ${feed.items.length} items; read the first ${items.length}`});
	return {articles: loaded.flatMap((one) => one.articles), skipped};
}

/** The feed's own metadata for an item: an aggregator's named source first, then the feed's title. */
function itemMeta(item: FeedItem, feed: Feed, link: string | null): ArticleMeta {
	return {outlet: item.source ?? feed.title ?? hostOf(link), url: link, published: item.published, headline: item.title};
}

/** One feed item: its page when it can be fetched, else the item's own text, marked as such. */
async function loadFeedItem(item: FeedItem, index: number, feed: Feed, origin: Origin, fetcher: Fetcher): Promise<Loaded> {
	const {articleFromHtml, htmlToText} = await import('./html.js');
	const link = absoluteUrl(item.link, origin.pageUrl ?? feed.link);
	const id = link ? urlId(link) : `${origin.id}#${index + 1}`;
	const fromFeed = itemMeta(item, feed, link);
	let failure = 'the item has no link';
	if (link) {
		const page = await fetcher(link);
		if ('reason' in page) failure = page.reason;
		else if (page.kind !== 'html') failure = `not HTML (${page.kind === 'feed' ? 'a feed' : 'plain text'})`;
		else {
			const read = articleFromHtml(page.body, page.url);
			if (!('reason' in read)) {
				const outlet = item.source ?? (read.outletFromHost ? (feed.title ?? read.meta.outlet) : read.meta.outlet);
				const meta = {...read.meta, outlet, headline: read.meta.headline ?? item.title, published: read.meta.published ?? item.published};
				const text = read.meta.headline ? read.text : headlineFirst(item.title, read.text);
				return {articles: [{id, path: link, text, meta}], skipped: []};
			}
			failure = read.reason;
		}
	}
	const summary = item.summary ? htmlToText(item.summary) : '';
	if (!summary.trim()) return skip(link ?? id, `${failure}; the feed item has no text of its own`);
	const article: RawArticle = {id, path: link ?? origin.path, text: headlineFirst(item.title, summary), meta: fromFeed, note: `feed summary (${failure})`};
	return {articles: [article], skipped: link ? [{file: link, reason: `page not read (${failure}): used the feed's summary instead`}] : []};
}
