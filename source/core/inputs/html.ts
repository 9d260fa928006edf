/**
 * A web page -> article text and metadata. The page is parsed into a linkedom DOM (scripts are never
 * run), its metadata read, page chrome removed, and the main text found with @mozilla/readability,
 * then written out as plain paragraphs separated by blank lines, headline first, like a .txt article.
 */
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {dateInLine} from '../dates.js';
import type {ArticleMeta} from '../parse-article.js';
import {headlineFirst, normTitle} from './headline.js';
import {ARTICLE_TYPES, CHROME_CLASS_WORDS, CHROME_ROLES, CHROME_TAGS, NON_TEXT_TAGS, PUBLISHED_META} from './page-chrome.js';
import {absoluteUrl, hostOf} from './urls.js';

/** An article read from a page: its text (headline first) and what the page says about it. */
export interface PageArticle {
	text: string;
	meta: ArticleMeta;
	/** The outlet is only the host name: the page names no site. */
	outletFromHost: boolean;
}

// linkedom's DOM types are close to, not the same as, lib.dom's; the walker needs only this much.
type Node = {nodeType: number; textContent: string | null; childNodes: ArrayLike<Node>};
type Element = Node & {
	tagName: string;
	parentElement: Element | null;
	children: ArrayLike<Element>;
	getAttribute(name: string): string | null;
	querySelector(selector: string): Element | null;
	querySelectorAll(selector: string): ArrayLike<Element>;
	remove(): void;
	contains(other: Element): boolean;
};
type Document = Element & {documentElement: Element; body: Element | null; head: Element | null};

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const BLOCK_TAGS = new Set([
	'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE',
	'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
	'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'UL',
]);
const NON_TEXT = new Set(NON_TEXT_TAGS.map((tag) => tag.toUpperCase()));
const CHROME_WORDS = new Set(CHROME_CLASS_WORDS);
const ARTICLE_TYPE_SET = new Set(ARTICLE_TYPES);

const collapse = (text: string) => text.replace(/[\s\u00A0]+/g, ' ').trim();

/** Parses page markup into a document. linkedom never runs scripts or loads sub-resources. */
export function pageDocument(html: string): Document {
	const markup = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
	return parseHTML(markup).document as unknown as Document;
}

/** Block-level markup -> one line per paragraph, list item or table row; media and captions left out. */
export function blockLines(root: Element): string[] {
	const lines: string[] = [];
	let inline = '';
	const flush = () => {
		const line = collapse(inline);
		if (line) lines.push(line);
		inline = '';
	};
	const walk = (node: Node) => {
		if (node.nodeType === TEXT_NODE) {
			inline += node.textContent ?? '';
			return;
		}
		if (node.nodeType !== ELEMENT_NODE) return;
		const element = node as Element;
		const tag = element.tagName.toUpperCase();
		if (NON_TEXT.has(tag) || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
		if (tag === 'BR') return flush();
		if (tag === 'TR') {
			flush();
			const cells = Array.from(element.children, (cell) => collapse(cell.textContent ?? '')).filter(Boolean);
			// "Killed: 40" reads as a sentence; "a | b" would be taken for a menu row by the chrome rules.
			if (cells.length) lines.push(cells.length === 2 ? `${cells[0]}: ${cells[1]}` : cells.join('; '));
			return;
		}
		if (tag === 'LI') {
			flush();
			const first = lines.length;
			Array.from(element.childNodes).forEach(walk);
			flush();
			if (lines.length > first) lines[first] = `${bulletOf(element)} ${lines[first]}`;
			return;
		}
		const block = BLOCK_TAGS.has(tag);
		if (block) flush();
		Array.from(element.childNodes).forEach(walk);
		if (block) flush();
	};
	walk(root);
	flush();
	return lines;
}

/** "•" in a bulleted list, "3." for the third item of a numbered one. */
function bulletOf(item: Element): string {
	const list = item.parentElement;
	if (list?.tagName.toUpperCase() !== 'OL') return '•';
	const start = Number.parseInt(list.getAttribute('start') ?? '1', 10) || 1;
	return `${Array.from(list.children).filter((child) => child.tagName.toUpperCase() === 'LI').indexOf(item) + start}.`;
}

/** Markup (a feed item's description, an export's HTML body) -> plain paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
	if (!/<[a-z!/]/i.test(html)) return html.trim();
	const document = pageDocument(html);
	return blockLines(document.body ?? document.documentElement).join('\n\n');
}

// ---- metadata ------------------------------------------------------------------------------------

interface PageMeta {
	siteName: string | null;
	title: string | null;
	published: string | null;
	canonical: string | null;
	h1: string | null;
	documentTitle: string | null;
}

function metaContent(document: Document, names: string[]): string | null {
	for (const name of names) {
		for (const attribute of ['property', 'name', 'itemprop']) {
			const value = document.querySelector(`meta[${attribute}="${name}"]`)?.getAttribute('content');
			if (value?.trim()) return collapse(value);
		}
	}
	return null;
}

type JsonNode = Record<string, unknown>;

const typesOf = (node: JsonNode) => [node['@type']].flat().filter((type): type is string => typeof type === 'string');

/** Every object in the page's JSON-LD blocks, @graph members included. Malformed blocks are ignored. */
function jsonLdNodes(document: Document): JsonNode[] {
	const nodes: JsonNode[] = [];
	const visit = (value: unknown) => {
		if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object') {
			nodes.push(value as JsonNode);
			if ('@graph' in value) visit((value as JsonNode)['@graph']);
		}
	};
	for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
		try {
			visit(JSON.parse(script.textContent ?? ''));
		} catch {
			// A broken block says nothing; the meta tags still may.
		}
	}
	return nodes;
}

const stringOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? collapse(value) : null);

/** The name of a JSON-LD publisher: an object, a string, or an @id pointing at another node. */
function publisherName(publisher: unknown, nodes: JsonNode[]): string | null {
	const first = [publisher].flat()[0];
	if (typeof first === 'string') return stringOf(first);
	if (!first || typeof first !== 'object') return null;
	const node = first as JsonNode;
	const name = stringOf(node.name);
	if (name) return name;
	const ref = stringOf(node['@id']);
	return ref ? stringOf(nodes.find((other) => other['@id'] === ref && other !== node)?.name) : null;
}

function readPageMeta(document: Document, pageUrl: string | null): PageMeta {
	const nodes = jsonLdNodes(document);
	const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE_SET.has(type)));
	const jsonUrl = article ? stringOf(article.url) ?? stringOf((article.mainEntityOfPage as JsonNode | undefined)?.['@id']) ?? stringOf(article.mainEntityOfPage) : null;
	const canonicalHref = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, ['og:url']) ?? jsonUrl;
	const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
	return {
		siteName: metaContent(document, ['og:site_name', 'application-name']) ?? (article ? publisherName(article.publisher, nodes) : null),
		title: metaContent(document, ['og:title', 'twitter:title']) ?? (article ? stringOf(article.headline) ?? stringOf(article.name) : null),
		published:
			metaContent(document, PUBLISHED_META.slice(0, 2)) ??
			(article ? stringOf(article.datePublished) : null) ??
			stringOf(time?.getAttribute('datetime')) ??
			metaContent(document, PUBLISHED_META.slice(2)) ??
			visibleDate(document),
		canonical: absoluteUrl(canonicalHref, pageUrl) ?? pageUrl,
		h1: stringOf(document.querySelector('h1')?.textContent),
		documentTitle: stringOf(document.querySelector('title')?.textContent),
	};
}

/** A date printed in the page's date or byline element ("March 3, 2036"), when no metadata dates the page. */
function visibleDate(document: Document): string | null {
	for (const element of Array.from(document.querySelectorAll('[itemprop="datePublished"],[class*="date"],[class*="publish"],[class*="byline"],[class*="timestamp"]'))) {
		const text = collapse(element.textContent ?? '');
		const date = text.length <= 80 ? dateInLine(text) : null;
		if (date) return date;
	}
	return null;
}

/** "Quake hits coast | Daily Courier" -> "Quake hits coast" when the tail names the site. */
function withoutSiteSuffix(title: string, siteNames: (string | null)[]): string {
	const names = siteNames.filter((name): name is string => Boolean(name)).map(normTitle);
	const parts = title.split(/\s+[|–—-]\s+|\s+[:·•»]\s+/);
	if (parts.length > 1 && names.some((name) => normTitle(parts.at(-1)!) === name || normTitle(parts.at(-1)!).replace(/ /g, '') === name.replace(/ /g, '')))
		return title.slice(0, title.length - parts.at(-1)!.length).replace(/\s+[|–—:·•»-]\s*$/, '').trim();
	return title;
}

/** The <title> as a last resort: its site tail removed, and nothing when it is only the site's name. */
function titleOfDocument(title: string | null, siteNames: (string | null)[]): string | null {
	if (!title) return null;
	const stripped = withoutSiteSuffix(title, siteNames);
	return siteNames.some((name) => name && normTitle(name) === normTitle(stripped)) ? null : stripped;
}

// ---- main text ----------------------------------------------------------------------------------

function classWords(element: Element): string[] {
	const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
	return names.split(/\s+/).flatMap((token) => [token, ...token.split(/[-_]+/)]).filter(Boolean);
}

/** Removes page chrome: furniture tags and roles, and blocks whose class or id names furniture. */
function removeChrome(document: Document): void {
	const body = document.body ?? document.documentElement;
	const pageLength = collapse(body.textContent ?? '').length || 1;
	for (const element of Array.from(document.querySelectorAll(CHROME_TAGS.join(',')))) element.remove();
	for (const element of Array.from(document.querySelectorAll(CHROME_ROLES.map((role) => `[role="${role}"]`).join(',')))) element.remove();
	for (const element of Array.from(document.querySelectorAll('[hidden],[aria-modal="true"]'))) element.remove();
	// "Read more: <a>How the fighting began</a>": a short paragraph that is mostly a link is a promo, not text.
	for (const element of Array.from(body.querySelectorAll('p,li'))) {
		const text = collapse(element.textContent ?? '');
		const linked = Array.from(element.querySelectorAll('a')).reduce((sum, link) => sum + collapse(link.textContent ?? '').length, 0);
		if (text && text.split(' ').length <= 12 && linked >= text.length * 0.5) element.remove();
	}
	for (const element of Array.from(body.querySelectorAll('[class],[id]'))) {
		if (!classWords(element).some((word) => CHROME_WORDS.has(word))) continue;
		// A container holding most of the page is the article wearing a furniture class, not furniture.
		if (element.querySelector('article,main,[itemprop="articleBody"]')) continue;
		if (collapse(element.textContent ?? '').length > pageLength * 0.5) continue;
		element.remove();
	}
}

/** The main text's root: Readability's pick, or the article/main element when Readability finds none. */
function mainText(document: Document): string[] {
	const fallbackRoot = document.querySelector('[itemprop="articleBody"]') ?? document.querySelector('article') ?? document.querySelector('main') ?? document.body;
	const fallback = fallbackRoot ? blockLines(fallbackRoot) : [];
	let picked: string[] = [];
	try {
		const reader = new Readability(document as never, {charThreshold: 200, serializer: (element: unknown) => element});
		const result = reader.parse() as {content?: unknown} | null;
		if (result?.content && typeof result.content === 'object') picked = blockLines(result.content as Element);
	} catch {
		// Readability gives up on some malformed documents; the fallback root still has the text.
	}
	const words = (lines: string[]) => lines.join(' ').split(/\s+/).filter(Boolean).length;
	return words(picked) >= Math.min(40, words(fallback) * 0.5) && picked.length ? picked : fallback;
}

/** Leading lines that repeat the headline (the page's <h1>, the title) are dropped: the headline goes first once. */
function dropRepeatedHeadline(lines: string[], titles: (string | null)[]): string[] {
	const known = new Set(titles.filter((title): title is string => Boolean(title)).map(normTitle));
	let start = 0;
	while (start < Math.min(lines.length, 3) && known.has(normTitle(lines[start]))) start++;
	return lines.slice(start);
}

/**
 * Reads one page. `pageUrl` is where it was fetched from (null for a saved file): relative links and
 * the host-name outlet are read against it. A page with no text gives a reason instead.
 */
export function articleFromHtml(html: string, pageUrl: string | null = null): PageArticle | {reason: string} {
	try {
		return readPage(html, pageUrl);
	} catch (error) {
		// Untrusted markup must never stop a run: a page the DOM cannot take is one skipped page.
		return {reason: `unreadable page (${(error as Error).message.split('\n')[0]})`};
	}
}

function readPage(html: string, pageUrl: string | null): PageArticle | {reason: string} {
	const document = pageDocument(html);
	const page = readPageMeta(document, pageUrl);
	const outlet = page.siteName ?? hostOf(page.canonical);
	const host = hostOf(page.canonical);
	const siteNames = [outlet, page.siteName, host, host?.replace(/\.[a-z]+$/, '') ?? null];
	const headline = page.title ? withoutSiteSuffix(page.title, siteNames) : (page.h1 ?? titleOfDocument(page.documentTitle, siteNames));
	removeChrome(document);
	const lines = dropRepeatedHeadline(mainText(document), [headline, page.h1, page.title, page.documentTitle]);
	if (!lines.length) return {reason: 'no article text found in the page'};
	return {
		text: headlineFirst(headline, lines.join('\n\n')),
		meta: {outlet, url: page.canonical, published: page.published, headline},
		outletFromHost: !page.siteName && Boolean(outlet),
	};
}
