/**
 * Fetches one web address politely: a User-Agent that says who is asking, a timeout, a size cap,
 * a content-type check and a cap on requests in flight. Failures are values with a one-line reason.
 */

/** How brief fetches pages; every field has a default. */
export interface FetchOptions {
	/** Give up on a request after this long. @default 15000 */
	timeoutMs?: number;
	/** Refuse a response larger than this. @default 5 MB */
	maxBytes?: number;
	/** Requests in flight at once, across every URL and feed of the run. @default 4 */
	concurrency?: number;
	/** @default DEFAULT_USER_AGENT */
	userAgent?: string;
}

export const DEFAULT_USER_AGENT = 'brief/0.1 (terminal news briefing; fetches the pages it is given, one request per article)';
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** What a response holds, by its content type (or, when it names none, by its first bytes). */
export type PageKind = 'html' | 'feed' | 'text';

export interface FetchedPage {
	/** Where the response came from after redirects. */
	url: string;
	kind: PageKind;
	body: string;
}

export interface FetchFailure {
	url: string;
	reason: string;
}

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.5';

/** The kind a content type names, null when brief cannot read it. */
export function kindOfContentType(contentType: string): PageKind | null {
	const type = contentType.split(';')[0].trim().toLowerCase();
	if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
	if (/^(?:application|text)\/(?:rss\+xml|atom\+xml|rdf\+xml|xml)$/.test(type)) return 'feed';
	if (type === 'text/plain') return 'text';
	return null;
}

/** The kind of a body that came without a content type (or from a file, or standard input). */
export function sniffKind(body: string): PageKind {
	const head = body.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
	if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head) || /^<(?:rss|feed)[\s>]/i.test(head)) return 'feed';
	if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head) || /<(?:p|div|article)[\s>][\s\S]*<\/(?:p|div|article)>/i.test(head)) return 'html';
	return 'text';
}

const sizeMB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

/** One line on why a request failed: DNS, refused, reset, TLS, timeout. */
export function networkFailureReason(error: unknown, timeoutMs: number): string {
	const failure = error as {name?: string; message?: string; cause?: {code?: string; message?: string}};
	if (failure?.name === 'TimeoutError' || failure?.name === 'AbortError') return `timed out after ${timeoutMs / 1000} s`;
	const code = failure?.cause?.code ?? '';
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return 'host not found (DNS lookup failed)';
	if (code === 'ECONNREFUSED') return 'connection refused';
	if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset by the server';
	if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return `timed out after ${timeoutMs / 1000} s`;
	if (/CERT|SSL|TLS/i.test(code)) return `TLS certificate problem (${code})`;
	const detail = failure?.cause?.message ?? failure?.message ?? 'unknown error';
	return `network error (${code || detail})`;
}

/** The charset a response declares, in its header or, for a page, in its first bytes. */
function charsetOf(contentType: string, bytes: Uint8Array): string {
	const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
	if (declared) return declared;
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
	return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ?? 'utf-8';
}

/** A saved page or feed in the charset it declares (`<meta charset>`, `<?xml encoding>`), utf-8 when it names none. */
export function decodeDeclared(bytes: Uint8Array): string {
	return decode(bytes, charsetOf('', bytes));
}

function decode(bytes: Uint8Array, charset: string): string {
	try {
		return new TextDecoder(charset).decode(bytes);
	} catch {
		return new TextDecoder('utf-8').decode(bytes);
	}
}

/** Reads a body up to `maxBytes`; null when it is larger (the rest is never downloaded). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
	if (!response.body) return new Uint8Array();
	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = response.body.getReader();
	for (;;) {
		const {done, value} = await reader.read();
		if (done) break;
		size += value.length;
		if (size > maxBytes) {
			await reader.cancel().catch(() => undefined);
			return null;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.length;
	}
	return bytes;
}

/** Fetches one address: a page, a feed or plain text, or the reason it could not be read. */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage | FetchFailure> {
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	try {
		const response = await fetch(url, {
			headers: {'user-agent': options.userAgent ?? DEFAULT_USER_AGENT, accept: ACCEPT},
			redirect: 'follow',
			signal: AbortSignal.timeout(timeoutMs),
		});
		if (!response.ok) {
			await response.body?.cancel().catch(() => undefined);
			return {url, reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`};
		}
		const contentType = response.headers.get('content-type') ?? '';
		const declaredKind = contentType ? kindOfContentType(contentType) : null;
		if (contentType && !declaredKind) {
			await response.body?.cancel().catch(() => undefined);
			return {url, reason: `not HTML (content type ${contentType.split(';')[0].trim()})`};
		}
		const length = Number(response.headers.get('content-length') ?? NaN);
		if (length > maxBytes) {
			await response.body?.cancel().catch(() => undefined);
			return {url, reason: `too large (${sizeMB(length)}, limit ${sizeMB(maxBytes)})`};
		}
		const bytes = await readCapped(response, maxBytes);
		if (!bytes) return {url, reason: `too large (over the ${sizeMB(maxBytes)} limit)`};
		const body = decode(bytes, charsetOf(contentType, bytes));
		if (!body.trim()) return {url, reason: 'empty response'};
		const sniffed = sniffKind(body);
		return {url: response.url || url, kind: declaredKind === 'feed' && sniffed === 'html' ? 'html' : (declaredKind ?? sniffed), body};
	} catch (error) {
		return {url, reason: networkFailureReason(error, timeoutMs)};
	}
}

/** A fetcher that keeps at most `concurrency` requests in flight, shared by everything one run reads. */
export function politeFetcher(options: FetchOptions = {}): (url: string) => Promise<FetchedPage | FetchFailure> {
	const limit = Math.max(1, options.concurrency ?? 4);
	let active = 0;
	const waiting: (() => void)[] = [];
	const acquire = () => (active < limit ? (active++, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve)));
	// A finished request hands its slot straight to the next waiting one, so the cap always holds.
	const release = () => {
		const next = waiting.shift();
		if (next) next();
		else active--;
	};
	return async (url) => {
		await acquire();
		try {
			return await fetchPage(url, options);
		} finally {
			release();
		}
	};
}
