/**
 * The pipeline: load -> parse -> extract (map, per article) -> merge (reduce, across outlets).
 * Each stage is a named function; `briefingFromRecords` is the reduce a distributed run drives.
 */
import {extractArticle} from './extract-article.js';
import {findDiscrepancies} from './framing/discrepancies.js';
import {buildOutlets} from './framing/outlets.js';
import {loadCorpus, type LoadedCorpus} from './load-corpus.js';
import {mergeClaims, mergeFigures} from './merge/figures.js';
import {mergeProvisions} from './merge/provisions.js';
import {mergeQuotes} from './merge/quotes.js';
import type {Briefing, Skipped} from './model.js';
import {parseArticle} from './parse-article.js';
import type {ArticleRecord} from './record.js';

export interface Progress {
	stage: 'read' | 'parse';
	done: number;
	total: number;
}

export function extractCorpus(corpus: LoadedCorpus, onProgress?: (progress: Progress) => void): ArticleRecord[] {
	return corpus.articles.map((raw, index) => {
		if (index % 50 === 0) onProgress?.({stage: 'parse', done: index, total: corpus.articles.length});
		return extractArticle(parseArticle(raw.id, raw.text, raw.meta));
	});
}

function dateRange(records: ArticleRecord[]): {from: string | null; to: string | null} {
	const dates = records.map((record) => record.article.published).filter((date): date is string => Boolean(date)).sort();
	return {from: dates[0] ?? null, to: dates.at(-1) ?? null};
}

/** The reduce: records of every article (in corpus order) -> the briefing. */
export function briefingFromRecords(records: ArticleRecord[], root: string, skipped: Skipped[]): Briefing {
	const {speakers, quotes} = mergeQuotes(records);
	const {story, provisions} = mergeProvisions(records);
	const figureMerge = mergeFigures(records);
	const claimMerge = mergeClaims(records);
	const partial = {
		version: 1 as const,
		story: {name: story, ...dateRange(records)},
		corpus: {root, skipped},
		articles: records.map((record) => record.article),
		speakers,
		quotes,
		provisions,
		figures: figureMerge.figures,
		claims: claimMerge.claims,
	};
	return {
		...partial,
		outlets: buildOutlets(records, partial),
		discrepancies: [
			...findDiscrepancies(records, speakers, quotes),
			...figureMerge.discrepancies,
			...claimMerge.discrepancies,
		],
	};
}

/** Reads and parses the corpus at `paths` into a briefing. Throws MissingPathError for a path that does not exist. */
export async function buildBriefing(paths: string[], onProgress?: (progress: Progress) => void): Promise<Briefing> {
	const corpus = await loadCorpus(paths, (done, total) => onProgress?.({stage: 'read', done, total}));
	const records = extractCorpus(corpus, onProgress);
	return briefingFromRecords(records, corpus.root, corpus.skipped);
}
