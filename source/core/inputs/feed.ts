/** RSS 2.0 (and 1.0) and Atom feeds -> their items: title, link, summary, date, author, source outlet. */
import {DOMParser} from 'linkedom';

export interface FeedItem {
	title: string | null;
	link: string | null;
	/** The item's own text (content:encoded, Atom content, or the description/summary), as markup. */
	summary: string | null;
	published: string | null;
	/** The outlet an aggregator names for the item (RSS <source>, Atom <source><title>). */
	source: string | null;
}

export interface Feed {
	format: 'rss' | 'atom';
	title: string | null;
	link: string | null;
	items: FeedItem[];
}

type XmlElement = {
	tagName: string;
	localName?: string;
	textContent: string | null;
	innerHTML?: string;
	children: ArrayLike<XmlElement>;
	getAttribute(name: string): string | null;
};

const nameOf = (element: XmlElement) => element.tagName.toLowerCase();
const childrenOf = (element: XmlElement) => Array.from(element.children);
const childNamed = (element: XmlElement, ...names: string[]) => {
	for (const name of names) {
		const found = childrenOf(element).find((child) => nameOf(child) === name);
		if (found) return found;
	}
	return undefined;
};
const textOf = (element: XmlElement | undefined) => {
	const text = element?.textContent?.trim();
	return text ? text : null;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A feed date as ISO when it is RFC 822 ("Fri, 14 Mar 2031 06:20:00 +0900" -> "2031-03-14"): the day as the
 * publisher wrote it, not shifted to UTC. Other forms are passed on as they are.
 */
export function feedDate(value: string | null): string | null {
	if (!value) return null;
	const rfc822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(value.trim());
	const month = rfc822 ? MONTHS.indexOf(rfc822[2].toLowerCase()) : -1;
	if (rfc822 && month >= 0) return `${rfc822[3]}-${String(month + 1).padStart(2, '0')}-${rfc822[1].padStart(2, '0')}`;
	return value.trim();
}

/** The longer of the item's full content and its description: the most text it carries. */
function longest(...candidates: (string | null)[]): string | null {
	return candidates.filter((text): text is string => Boolean(text?.trim())).sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Atom text constructs: escaped markup (type="html"), inline XHTML (type="xhtml") or plain text. */
function atomText(element: XmlElement | undefined): string | null {
	if (!element) return null;
	if (element.getAttribute('type') === 'xhtml') return element.innerHTML?.trim() || textOf(element);
	return textOf(element);
}

function atomLink(entry: XmlElement): string | null {
	const links = childrenOf(entry).filter((child) => nameOf(child) === 'link');
	const alternate = links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
	return alternate?.getAttribute('href')?.trim() || null;
}

function rssItem(item: XmlElement): FeedItem {
	const guid = childNamed(item, 'guid');
	const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' && /^https?:/i.test(textOf(guid) ?? '') ? textOf(guid) : null;
	return {
		title: textOf(childNamed(item, 'title')),
		link: textOf(childNamed(item, 'link')) ?? permalink,
		summary: longest(textOf(childNamed(item, 'content:encoded')), textOf(childNamed(item, 'description'))),
		published: feedDate(textOf(childNamed(item, 'pubdate', 'dc:date', 'published'))),
		source: textOf(childNamed(item, 'source')),
	};
}

function atomEntry(entry: XmlElement): FeedItem {
	const source = childNamed(entry, 'source');
	return {
		title: textOf(childNamed(entry, 'title')),
		link: atomLink(entry),
		summary: longest(atomText(childNamed(entry, 'content')), atomText(childNamed(entry, 'summary'))),
		published: feedDate(textOf(childNamed(entry, 'published', 'updated'))),
		source: source ? textOf(childNamed(source, 'title')) : null,
	};
}

/** Parses an RSS or Atom document; null when the text is not one. */
export function parseFeed(xml: string): Feed | null {
	if (!/<(?:rss|feed|rdf:RDF)[\s>]/i.test(xml.slice(0, 4096))) return null;
	let document: {documentElement: XmlElement | null};
	try {
		document = new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml') as unknown as {documentElement: XmlElement | null};
	} catch {
		return null;
	}
	const root = document.documentElement;
	if (!root) return null;
	const rootName = nameOf(root);
	if (rootName === 'feed') {
		return {
			format: 'atom',
			title: textOf(childNamed(root, 'title')),
			link: atomLink(root),
			items: childrenOf(root).filter((child) => nameOf(child) === 'entry').map(atomEntry),
		};
	}
	if (rootName === 'rss' || rootName === 'rdf:rdf') {
		const channel = childNamed(root, 'channel');
		// RSS 2.0 nests items in the channel; RSS 1.0 lists them beside it.
		const holder = rootName === 'rss' ? channel : root;
		return {
			format: 'rss',
			title: channel ? textOf(childNamed(channel, 'title')) : null,
			link: channel ? textOf(childNamed(channel, 'link')) : null,
			items: holder ? childrenOf(holder).filter((child) => nameOf(child) === 'item').map(rssItem) : [],
		};
	}
	return null;
}
