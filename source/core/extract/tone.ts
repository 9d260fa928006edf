/**
 * Sourcing and tone of one article: how often it uses each hedge ("reportedly", "sources said") and each
 * loaded word ("capitulation", "punishing"). Counted in the map stage, so the per-outlet framing only adds
 * small per-article tallies instead of reading every body again.
 */
import {HEDGE_WORDS} from '../lexicon/hedges.js';
import {LOADED_WORDS} from '../lexicon/loaded-words.js';
import type {CountedPhrase} from '../model.js';

/** The hedges and loaded words of one article's body, most frequent first. */
export interface ArticleTone {
	hedges: CountedPhrase[];
	loaded: CountedPhrase[];
}

/** A lexicon ready for counting: its phrases, every phrase's leading words, and its longest phrase in words. */
interface PhraseLexicon {
	phrases: Set<string>;
	/** Each phrase cut before each of its spaces: a run of words that is none of these extends to no phrase. */
	starts: Set<string>;
	longest: number;
}

const lexicons = new WeakMap<readonly string[], PhraseLexicon>();

function phraseLexicon(lexicon: readonly string[]): PhraseLexicon {
	const known = lexicons.get(lexicon);
	if (known) return known;
	const phrases = new Set(lexicon.map((phrase) => phrase.toLowerCase()));
	const longest = Math.max(1, ...[...phrases].map((phrase) => phrase.split(/\s+/).length));
	const starts = new Set<string>();
	for (const phrase of phrases) for (let at = phrase.indexOf(' '); at >= 0; at = phrase.indexOf(' ', at + 1)) starts.add(phrase.slice(0, at));
	const ready = {phrases, starts, longest};
	lexicons.set(lexicon, ready);
	return ready;
}

/** A text's words as written and in lower case, split once for every lexicon counted in it. */
interface TextWords {
	words: string[];
	lower: string[];
}

const WORD_BREAK = /[^\p{L}\p{N}'’-]+/u;

function textWords(text: string): TextWords {
	const words = text.split(WORD_BREAK);
	return {words, lower: words.map((word) => word.toLowerCase())};
}

/** Occurrences of each lexicon phrase in the texts, most frequent first; one pass over each text's words. */
export function countPhrases(texts: string[], lexicon: readonly string[]): CountedPhrase[] {
	return countPhrasesIn(texts.map(textWords), lexicon);
}

function countPhrasesIn(texts: TextWords[], lexicon: readonly string[]): CountedPhrase[] {
	const {phrases, starts, longest} = phraseLexicon(lexicon);
	const counts = new Map<string, number>();
	for (const {words, lower} of texts) {
		for (let i = 0; i < words.length; i++) {
			let phrase = lower[i];
			if (!phrases.has(phrase) && !starts.has(phrase)) continue;
			// Lower case, or capitalised at a sentence start, not all capitals; "May 12" is a date, not a hedge.
			if (words[i].slice(1) !== phrase.slice(1)) continue;
			for (let n = 0; n < longest && i + n < words.length; n++) {
				if (n) phrase += ' ' + lower[i + n];
				if (phrases.has(phrase) && !/^\d/.test(words[i + n + 1] ?? '')) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
				if (!starts.has(phrase)) break;
			}
		}
	}
	return sortCounts(counts);
}

/** Counts as a list, most frequent first, ties in alphabetical order. */
export function sortCounts(counts: Map<string, number>): CountedPhrase[] {
	return [...counts].map(([phrase, count]) => ({phrase, count})).sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase));
}

/** The hedges and loaded words of an article's body. */
export function toneOf(body: string): ArticleTone {
	const words = [textWords(body)];
	return {hedges: countPhrasesIn(words, HEDGE_WORDS), loaded: countPhrasesIn(words, LOADED_WORDS)};
}

/** Adds per-article tallies into one list, most frequent first. */
export function addTallies(tallies: CountedPhrase[][]): CountedPhrase[] {
	const counts = new Map<string, number>();
	for (const tally of tallies) for (const {phrase, count} of tally) counts.set(phrase, (counts.get(phrase) ?? 0) + count);
	return sortCounts(counts);
}
