/**
 * The same article given twice (one url, or near-identical text) is read once. Texts are compared by a
 * MinHash signature over word shingles, bucketed by bands (locality-sensitive hashing), so only texts
 * that share a band are ever compared: no all-pairs pass over the corpus.
 */
import {metaValue, splitFrontMatter} from '../front-matter.js';
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

function fnv1a(text: string, seed = 0x811c9dc5): number {
	let hash = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** The article's words, lower-cased, punctuation and front matter dropped. */
export function normalisedWords(text: string): string[] {
	return splitFrontMatter(text).rest.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

function shingles(words: string[]): Set<number> {
	const set = new Set<number>();
	if (words.length < SHINGLE) {
		if (words.length) set.add(fnv1a(words.join(' ')));
		return set;
	}
	for (let i = 0; i + SHINGLE <= words.length; i++) set.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
	return set;
}

// Fixed odd multipliers and offsets: the signature is the same on every run and machine.
const PERMUTATIONS = Array.from({length: ROWS * BANDS}, (_, i) => [fnv1a(`a${i}`) | 1, fnv1a(`b${i}`)] as const);

function signature(set: Set<number>): number[] {
	return PERMUTATIONS.map(([a, b]) => {
		let min = 0xffffffff;
		for (const value of set) {
			const hashed = (Math.imul(value, a) + b) >>> 0;
			if (hashed < min) min = hashed;
		}
		return min;
	});
}

function jaccard(a: Set<number>, b: Set<number>): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let common = 0;
	for (const value of small) if (large.has(value)) common++;
	return common / (a.size + b.size - common || 1);
}

/** The outlet an article names (metadata, front matter or host): copies in two different outlets are two articles. */
function outletKey(article: Comparable): string | null {
	const {fields} = splitFrontMatter(article.text);
	const named = metaValue(article.meta.outlet ?? null) ?? metaValue(fields.outlet ?? fields.source ?? fields.publisher ?? fields.site ?? null);
	const key = named ?? hostOf(article.meta.url ?? article.source ?? null);
	return key ? key.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '') : null;
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
	const kept: {id: string; shingles: Set<number>; outlet: string | null}[] = [];
	articles.forEach((article, index) => {
		const urls = urlKeys(article);
		const sameUrl = urls.map((url) => byUrl.get(url)).find(Boolean);
		if (sameUrl) return duplicates.push({index, of: sameUrl});
		const set = shingles(normalisedWords(article.text));
		const outlet = outletKey(article);
		const bands = set.size ? bandKeys(signature(set)) : [];
		const candidates = new Set(bands.flatMap((band) => buckets.get(band) ?? []));
		const earlier = [...candidates]
			.sort((a, b) => a - b)
			.find((at) => {
				const other = kept[at];
				return !(outlet && other.outlet && outlet !== other.outlet) && jaccard(set, other.shingles) >= NEAR_IDENTICAL;
			});
		if (earlier !== undefined) return duplicates.push({index, of: kept[earlier].id});
		for (const url of urls) byUrl.set(url, article.id);
		kept.push({id: article.id, shingles: set, outlet});
		for (const band of bands) buckets.set(band, [...(buckets.get(band) ?? []), kept.length - 1]);
	});
	return duplicates;
}

function bandKeys(values: number[]): string[] {
	return Array.from({length: BANDS}, (_, band) => `${band}:${values.slice(band * ROWS, band * ROWS + ROWS).join(',')}`);
}
