/**
 * News-API exports -> articles: a JSON array (or an object holding one, {articles: [...]}) or NDJSON
 * lines of objects with the usual fields. A JSON file with no article texts is not an export.
 */
import {htmlToText} from './html.js';

/** One article of an export, its text with the headline first. */
export interface ExportItem {
	/** 1-based position in the export. */
	index: number;
	headline: string | null;
	body: string;
	outlet: string | null;
	published: string | null;
	url: string | null;
}

export interface ExportSkip {
	index: number;
	reason: string;
}

export type ExportResult = {items: ExportItem[]; skipped: ExportSkip[]} | {reason: string};

// Field names of common news APIs and scrapers, most specific first.
const BODY_FIELDS = ['content', 'text', 'body', 'bodyText', 'articleBody', 'article', 'full_text', 'fullText', 'maintext', 'description', 'summary'];
const TITLE_FIELDS = ['title', 'headline', 'webTitle'];
const OUTLET_FIELDS = ['source', 'outlet', 'publisher', 'site', 'siteName', 'site_name', 'source_name', 'sourceName', 'source_domain', 'domain'];
const DATE_FIELDS = ['publishedAt', 'published_at', 'published', 'datePublished', 'pubDate', 'date', 'date_publish', 'webPublicationDate', 'publication_date'];
const URL_FIELDS = ['url', 'link', 'webUrl', 'canonical_url', 'canonicalUrl'];
// Where an API response keeps its list of articles.
const LIST_FIELDS = ['articles', 'results', 'items', 'data', 'docs', 'stories', 'news', 'value', 'posts', 'hits'];

type Record_ = Record<string, unknown>;

const isObject = (value: unknown): value is Record_ => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** A field of the record or of its `fields` sub-object (as some APIs nest them). */
function field(record: Record_, names: string[]): unknown[] {
	const nested = isObject(record.fields) ? record.fields : {};
	return names.flatMap((name) => [record[name], nested[name]]).filter((value) => value !== undefined && value !== null);
}

/** A name given as a string or as an object with a name ({source: {id, name}}). */
function nameOf(value: unknown): string | null {
	if (isObject(value)) return text(value.name) ?? text(value.title) ?? text(value.domain);
	return text(value);
}

/** NewsAPI cuts content short and says so: "... [+2345 chars]". */
const untruncated = (body: string) => body.replace(/\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$/, '');

function itemOf(record: Record_, index: number): ExportItem | ExportSkip {
	const bodies = field(record, BODY_FIELDS)
		.map(text)
		.filter((body): body is string => Boolean(body))
		.map((body) => untruncated(/<[a-z][\s\S]*>/i.test(body) ? htmlToText(body) : body));
	const body = bodies.sort((a, b) => b.length - a.length)[0];
	if (!body) return {index, reason: 'no article text (no content, text, body or description field)'};
	const url = field(record, URL_FIELDS).map(text).find((value) => value && /^https?:\/\//i.test(value)) ?? null;
	return {
		index,
		headline: field(record, TITLE_FIELDS).map(text).find(Boolean) ?? null,
		body,
		outlet: field(record, OUTLET_FIELDS).map(nameOf).find(Boolean) ?? null,
		published: field(record, DATE_FIELDS).map(text).find(Boolean) ?? null,
		url,
	};
}

/** The records an export holds: the array itself, an object's article list, or one article object. */
function recordsOf(data: unknown): unknown[] | null {
	if (Array.isArray(data)) return data;
	if (!isObject(data)) return null;
	for (const name of LIST_FIELDS) {
		const list = data[name];
		if (Array.isArray(list)) return list.map((entry) => (isObject(entry) && isObject(entry._source) ? entry._source : entry));
		if (isObject(list)) {
			const inner = recordsOf(list);
			if (inner) return inner;
		}
	}
	if (isObject(data.response)) return recordsOf(data.response);
	return field(data, BODY_FIELDS).length ? [data] : null;
}

const NOT_AN_EXPORT = 'no article texts: not a news export (expected objects with a title and content, text, body or description)';

function fromRecords(records: unknown[], lineNumbers?: number[]): ExportResult {
	const items: ExportItem[] = [];
	const skipped: ExportSkip[] = [];
	records.forEach((record, position) => {
		const index = lineNumbers?.[position] ?? position + 1;
		if (!isObject(record)) return skipped.push({index, reason: 'not an object'});
		const item = itemOf(record, index);
		if ('reason' in item) skipped.push(item);
		else items.push(item);
	});
	return items.length ? {items, skipped} : {reason: NOT_AN_EXPORT};
}

/** Reads NDJSON: one object per line; a broken line is skipped with its line number. */
export function readNdjson(source: string): ExportResult {
	const records: unknown[] = [];
	const numbers: number[] = [];
	const broken: ExportSkip[] = [];
	source.split('\n').forEach((line, at) => {
		if (!line.trim()) return;
		try {
			records.push(JSON.parse(line));
			numbers.push(at + 1);
		} catch {
			broken.push({index: at + 1, reason: 'not valid JSON'});
		}
	});
	if (!records.length) return {reason: 'no JSON lines'};
	const result = fromRecords(records, numbers);
	return 'reason' in result ? result : {items: result.items, skipped: [...broken, ...result.skipped].sort((a, b) => a.index - b.index)};
}

/** Reads a JSON export; a file that is several JSON lines is read as NDJSON. */
export function readJsonExport(source: string): ExportResult {
	let data: unknown;
	try {
		data = JSON.parse(source);
	} catch (error) {
		if (/^\s*\{[^\n]*\}\s*\n\s*\{/.test(source)) return readNdjson(source);
		return {reason: `not valid JSON (${(error as Error).message.split('\n')[0]})`};
	}
	// `brief --json > folder/briefing.json` must not feed the articles it summarises back in as copies.
	if (isObject(data) && isObject(data.corpus) && Array.isArray(data.articles) && 'speakers' in data) return {reason: 'a briefing written by brief --json, not a news export'};
	const records = recordsOf(data);
	return records ? fromRecords(records) : {reason: NOT_AN_EXPORT};
}
