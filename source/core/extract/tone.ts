/**
 * Sourcing and tone of one article: how often it uses each hedge ("reportedly", "sources said") and each
 * loaded word ("capitulation", "punishing"). Counted in the map stage, so the per-outlet framing only adds
 * small per-article tallies instead of reading every body again.
 */
import {HEDGE_WORDS} from '../lexicon/hedges.js';
import {LOADED_WORDS} from '../lexicon/loaded-words.js';
import type {CountedPhrase} from '../model.js';
import {charClass, LETTER, NUMBER} from '../text-scan.js';

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
	/** The first three characters of every phrase and start in ASCII (see openingOf), as bits: a word whose lower case opens with none of them is skipped unread. */
	openings: Uint32Array;
}

const lexicons = new WeakMap<readonly string[], PhraseLexicon>();

/** A number for the first three ASCII code units of a string (0 for each it lacks). */
const openingOf = (first: number, second: number, third: number) => (first << 14) | (second << 7) | third;
const asciiLower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

function phraseLexicon(lexicon: readonly string[]): PhraseLexicon {
	const known = lexicons.get(lexicon);
	if (known) return known;
	const phrases = new Set(lexicon.map((phrase) => phrase.toLowerCase()));
	const longest = Math.max(1, ...[...phrases].map((phrase) => phrase.split(/\s+/).length));
	const starts = new Set<string>();
	for (const phrase of phrases) for (let at = phrase.indexOf(' '); at >= 0; at = phrase.indexOf(' ', at + 1)) starts.add(phrase.slice(0, at));
	const openings = new Uint32Array(2 ** 21 / 32);
	for (const entry of [...phrases, ...starts]) {
		const [first, second, third] = [0, 1, 2].map((index) => (index < entry.length ? entry.charCodeAt(index) : 0));
		// An entry opening with other characters is never the lower case of an ASCII word, and other words are not filtered.
		if (first < 128 && second < 128 && third < 128) {
			const opening = openingOf(first, second, third);
			openings[opening >>> 5] |= 1 << (opening & 31);
		}
	}
	const ready = {phrases, starts, longest, openings};
	lexicons.set(lexicon, ready);
	return ready;
}

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const HYPHEN = 45;

/** Whether a code point belongs to a word, as `[\p{L}\p{N}'’-]` (flag `u`) reads it. */
function isWordPoint(point: number): boolean {
	if (point < 128) return (point >= 97 && point <= 122) || (point >= 65 && point <= 90) || (point >= 48 && point <= 57) || point === APOSTROPHE || point === HYPHEN;
	return point === CURLY_APOSTROPHE || (charClass(point) & (LETTER | NUMBER)) !== 0;
}

const ASCII_WORD = new Uint8Array(128).map((_, code) => (isWordPoint(code) ? 1 : 0));

/**
 * A text's words, as `text.split(/[^\p{L}\p{N}'’-]+/u)` gives them (empty ends and all), read by offsets:
 * a word is sliced and lower-cased only when a lexicon could hold it.
 */
class TextWords {
	readonly starts: number[] = [];
	readonly ends: number[] = [];
	/** Lower-case forms, made on first use. */
	private readonly lower: Array<string | undefined> = [];

	constructor(readonly text: string) {
		// split gives an empty word before a leading separator and after a trailing one (and one for an empty text).
		if (!text.length || !isWordPoint(text.codePointAt(0)!)) this.push(0, 0);
		let start = -1;
		for (let index = 0; index < text.length; ) {
			const at = index;
			const code = text.charCodeAt(index);
			let word: boolean;
			if (code < 128) {
				// ASCII, nearly every character of a body: a table instead of the code-point tests.
				word = ASCII_WORD[code] === 1;
				index++;
			} else {
				const point = text.codePointAt(index)!;
				word = isWordPoint(point);
				index += point > 0xffff ? 2 : 1;
			}
			if (word) {
				if (start < 0) start = at;
			} else if (start >= 0) {
				this.push(start, at);
				start = -1;
			}
		}
		if (start >= 0) this.push(start, text.length);
		else if (text.length) this.push(text.length, text.length);
	}

	private push(start: number, end: number): void {
		this.starts.push(start);
		this.ends.push(end);
	}

	get length(): number {
		return this.starts.length;
	}

	/** Word `index` in lower case. */
	lowerAt(index: number): string {
		return (this.lower[index] ??= this.text.slice(this.starts[index], this.ends[index]).toLowerCase());
	}

	/**
	 * Word `index` in lower case when it may open a phrase of the lexicon: lower case, or capitalised (not all capitals,
	 * "May 12" aside) as at a sentence start; else null. Words whose lower case opens (three letters) like no phrase are not read.
	 */
	opening(index: number, openings: Uint32Array): string | null {
		const text = this.text;
		const start = this.starts[index];
		const end = this.ends[index];
		const first = text.charCodeAt(start);
		const second = end - start > 1 ? text.charCodeAt(start + 1) : 0;
		const third = end - start > 2 ? text.charCodeAt(start + 2) : 0;
		if (end > start && first < 128 && second < 128 && third < 128) {
			const opening = openingOf(asciiLower(first), asciiLower(second), asciiLower(third));
			if (!((openings[opening >>> 5] >>> (opening & 31)) & 1)) return null;
		}
		const lower = this.lowerAt(index);
		// Lower case, or capitalised at a sentence start, not all capitals: the word past its first character is as in lower case.
		return text.slice(start + 1, end) === lower.slice(1) ? lower : null;
	}

	/** Whether "lives" or "life" follows word `index` within four words: "claimed at least 35 lives" counts the dead, it hedges nothing. */
	livesAfter(index: number): boolean {
		for (let next = index + 1; next <= index + 4 && next < this.starts.length; next++) {
			const word = this.lowerAt(next);
			if (word === 'lives' || word === 'life') return true;
		}
		return false;
	}

	/** Whether the word after word `index` begins with a digit ("May 12"). */
	digitAfter(index: number): boolean {
		if (index + 1 >= this.starts.length || this.ends[index + 1] === this.starts[index + 1]) return false;
		const code = this.text.charCodeAt(this.starts[index + 1]);
		return code >= 48 && code <= 57;
	}
}

// "claimed", "claims" of a toll: the fighting "has claimed 35 lives" is a count, no hedge
const TOLL_VERBS = new Set(['claimed', 'claims', 'claim', 'claiming']);

/** Occurrences of each lexicon phrase in the texts, most frequent first; one pass over each text's words. */
export function countPhrases(texts: string[], lexicon: readonly string[]): CountedPhrase[] {
	const counts = new Map<string, number>();
	for (const text of texts) countInto(counts, new TextWords(text), lexicon);
	return sortCounts(counts);
}

function countInto(counts: Map<string, number>, words: TextWords, lexicon: readonly string[]): void {
	const {phrases, starts, longest, openings} = phraseLexicon(lexicon);
	for (let i = 0; i < words.length; i++) {
		let phrase = words.opening(i, openings);
		if (phrase === null || (!phrases.has(phrase) && !starts.has(phrase))) continue;
		for (let n = 0; n < longest && i + n < words.length; n++) {
			if (n) phrase += ' ' + words.lowerAt(i + n);
			if (phrases.has(phrase) && !words.digitAfter(i + n) && !(TOLL_VERBS.has(phrase) && words.livesAfter(i + n))) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
			if (!starts.has(phrase)) break;
		}
	}
}

/** Counts as a list, most frequent first, ties in alphabetical order. */
export function sortCounts(counts: Map<string, number>): CountedPhrase[] {
	return [...counts].map(([phrase, count]) => ({phrase, count})).sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase));
}

/** The hedges and loaded words of an article's body. */
export function toneOf(body: string): ArticleTone {
	const words = new TextWords(body);
	const hedges = new Map<string, number>();
	const loaded = new Map<string, number>();
	countInto(hedges, words, HEDGE_WORDS);
	countInto(loaded, words, LOADED_WORDS);
	return {hedges: sortCounts(hedges), loaded: sortCounts(loaded)};
}

/** Adds per-article tallies into one list, most frequent first. */
export function addTallies(tallies: CountedPhrase[][]): CountedPhrase[] {
	const counts = new Map<string, number>();
	for (const tally of tallies) for (const {phrase, count} of tally) counts.set(phrase, (counts.get(phrase) ?? 0) + count);
	return sortCounts(counts);
}
