/**
 * The same article given twice (one url, or near-identical text) is read once. Texts are compared by their
 * MinHash signature over word shingles, bucketed by bands (locality-sensitive hashing), so only texts
 * that share a band are ever compared: no all-pairs pass over the corpus.
 */
import {metaValue, splitFrontMatter} from '../front-matter.js';
import {sortedOverlap} from '../memo.js';
import type {ArticleMeta} from '../parse-article.js';
import {comparableUrl, hostOf} from './urls.js';

/** What duplicate detection needs of an article. */
export interface Comparable {
	id: string;
	text: string;
	meta: ArticleMeta;
	/** Where the article was read from, when it was a web address. */
	source?: string;
}

export interface Duplicate {
	/** Index of the article that repeats an earlier one. */
	index: number;
	/** Id of the earlier article it repeats. */
	of: string;
}

const SHINGLE = 5;
const ROWS = 4;
const BANDS = 16;
/** Share of shingles two texts must have in common to be one article. */
export const NEAR_IDENTICAL = 0.8;

const LETTER = /[[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]/v;

/** A word character: ASCII letters and digits at once, other characters by their Unicode class (cached). */
const wordCharCache = new Map<number, boolean>();
function isWordChar(code: number): boolean {
	if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39;
	if (code === 0x2019 || code === 0x2018) return true; // curly apostrophes read as "'"
	let known = wordCharCache.get(code);
	if (known === undefined) wordCharCache.set(code, (known = LETTER.test(String.fromCharCode(code))));
	return known;
}

/**
 * Hashes of the article's words, lower-cased, punctuation and front matter dropped, read in one pass over
 * the characters: no word strings are built.
 */
function wordHashes(text: string): number[] {
	const body = splitFrontMatter(text).rest;
	const hashes: number[] = [];
	let hash = 0;
	let inWord = false;
	for (let i = 0; i < body.length; i++) {
		let code = body.charCodeAt(i);
		if (!isWordChar(code)) {
			if (inWord) hashes.push(hash);
			inWord = false;
			continue;
		}
		if (code >= 65 && code <= 90) code |= 0x20;
		else if (code === 0x2019 || code === 0x2018) code = 39;
		else if (code >= 128) code = body[i].toLowerCase().charCodeAt(0);
		if (!inWord) hash = 0x811c9dc5;
		hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
		inWord = true;
	}
	if (inWord) hashes.push(hash);
	return hashes;
}

/** Hashes of every run of SHINGLE words, sorted and unique: compact to keep for a whole corpus. */
function shingles(hashes: number[]): Uint32Array {
	const count = hashes.length < SHINGLE ? Math.min(hashes.length, 1) : hashes.length - SHINGLE + 1;
	const all = new Uint32Array(count);
	for (let i = 0; i < count; i++) all[i] = combine(hashes, i, Math.min(hashes.length, i + SHINGLE));
	all.sort();
	let unique = 0;
	for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i];
	return all.subarray(0, unique);
}

function combine(hashes: number[], from: number, to: number): number {
	let hash = 0x811c9dc5;
	for (let i = from; i < to; i++) hash = Math.imul(hash ^ hashes[i], 0x01000193) >>> 0;
	return hash;
}

/**
 * A MinHash signature by one-permutation hashing: the hash space is cut into ROWS * BANDS bins by its top
 * bits and each bin keeps its smallest hash, one pass over the set instead of one pass per permutation.
 */
function signature(set: Uint32Array): Uint32Array {
	const bins = new Uint32Array(ROWS * BANDS).fill(0xffffffff);
	for (const value of set) {
		const bin = value >>> 26; // 64 bins: the top six bits
		if (value < bins[bin]) bins[bin] = value;
	}
	return bins;
}

function bandKeys(values: Uint32Array): string[] {
	return Array.from({length: BANDS}, (_, band) => `${band}:${values.subarray(band * ROWS, band * ROWS + ROWS).join(',')}`);
}

/** Share of signature bins two texts agree on: an estimate of their Jaccard similarity, 64 comparisons. */
function agreement(a: Uint32Array, b: Uint32Array): number {
	let same = 0;
	for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
	return same / a.length;
}

/** Below this estimate the exact comparison is skipped: a pair at 0.8 estimates under it very rarely. */
const WORTH_COMPARING = 0.55;

/** Exact Jaccard similarity of two sorted unique hash lists, by one merge pass. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
	const common = sortedOverlap(a, b);
	return common / (a.length + b.length - common || 1);
}

/** The outlet an article names (metadata, front matter or host): copies in two different outlets are two articles. */
function outletKey(article: Comparable): string | null {
	const {fields} = splitFrontMatter(article.text);
	const named = metaValue(article.meta.outlet ?? null) ?? metaValue(fields.outlet ?? fields.source ?? fields.publisher ?? fields.site ?? null);
	const key = named ?? hostOf(article.meta.url ?? article.source ?? null);
	return key ? key.toLowerCase().replace(/^the\s+/, '').replace(/[^[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]+/gv, '') : null;
}

function urlKeys(article: Comparable): string[] {
	const {fields} = splitFrontMatter(article.text);
	return [article.meta.url, article.source, fields.url, fields.link]
		.map((url) => (url ? comparableUrl(url) : null))
		.filter((key): key is string => Boolean(key));
}

/** Finds, in order, each article that repeats an earlier one by url or by near-identical text. */
export function findDuplicates(articles: Comparable[]): Duplicate[] {
	const duplicates: Duplicate[] = [];
	const byUrl = new Map<string, string>();
	const buckets = new Map<string, number[]>();
	const kept: {id: string; shingles: Uint32Array; signature: Uint32Array; outlet: string | null}[] = [];
	articles.forEach((article, index) => {
		const urls = urlKeys(article);
		const sameUrl = urls.map((url) => byUrl.get(url)).find(Boolean);
		if (sameUrl) return duplicates.push({index, of: sameUrl});
		const set = shingles(wordHashes(article.text));
		const outlet = outletKey(article);
		const bins = signature(set);
		const keys = set.length ? bandKeys(bins) : [];
		// The earliest kept article that shares a band and is near-identical: the one this repeats.
		const tried = new Set<number>();
		let earlier = -1;
		for (const key of keys) {
			for (const at of buckets.get(key) ?? []) {
				if ((earlier >= 0 && at >= earlier) || tried.has(at)) continue;
				tried.add(at);
				const other = kept[at];
				if (outlet && other.outlet && outlet !== other.outlet) continue;
				if (agreement(bins, other.signature) >= WORTH_COMPARING && jaccard(set, other.shingles) >= NEAR_IDENTICAL) earlier = at;
			}
		}
		if (earlier >= 0) return duplicates.push({index, of: kept[earlier].id});
		for (const url of urls) byUrl.set(url, article.id);
		kept.push({id: article.id, shingles: set, signature: bins, outlet});
		for (const key of keys) {
			const bucket = buckets.get(key);
			if (bucket) bucket.push(kept.length - 1);
			else buckets.set(key, [kept.length - 1]);
		}
	});
	return duplicates;
}
