/** Per-outlet framing: headline and lede, distinctive terms, voices, coverage, hedges and loaded words. */
import {addTallies, toneOf, type ArticleTone} from '../extract/tone.js';
import {STOP_WORDS} from '../lexicon/stopwords.js';
import type {Briefing, OutletFraming, OutletTerm, OutletVoice} from '../model.js';
import type {ArticleRecord} from '../record.js';

/** The label of an article's outlet: its outlet, or its headline or first words when it has none. */
export function outletLabel(article: {outlet: string | null; headline: string | null; lede: string | null; id: string}): string {
	if (article.outlet) return article.outlet;
	const text = article.headline ?? article.lede ?? article.id;
	const words = text.split(/\s+/);
	return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : text;
}

/** How much the corpus-wide prior weighs, in tokens (Monroe, Colaresi and Quinn's informative Dirichlet prior). */
const PRIOR_TOKENS = 500;
/** Distinctive terms listed per outlet: at least the minimum, at most the maximum. */
const MIN_TERMS = 5;
const MAX_TERMS = 15;

const STOP = new Set(STOP_WORDS);

/** Words and two-word phrases of a text, stop words out; a phrase never spans punctuation or a stop word. */
export function termsOf(text: string): string[] {
	const terms: string[] = [];
	let previous: string | null = null;
	visitWords(text, (raw, afterBreak) => {
		const word = cleanWord(raw);
		const content = isContentWord(word);
		if (content) {
			terms.push(word);
			if (previous && !afterBreak) terms.push(`${previous} ${word}`);
		}
		previous = content ? word : null;
	});
	return terms;
}

/** Letters, digits and the apostrophe make words; a space or hyphen parts two words of one phrase; anything else breaks the phrase. */
const enum CharClass {
	Word,
	Join,
	Break,
}

const ASCII_CLASS = new Uint8Array(128).fill(CharClass.Break);
for (let code = 0; code < 128; code++) {
	const char = String.fromCharCode(code);
	if (/[a-z0-9']/i.test(char)) ASCII_CLASS[code] = CharClass.Word;
	else if (char === ' ' || char === '-') ASCII_CLASS[code] = CharClass.Join;
}
const LETTER_OR_DIGIT = /^[[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]$/v;

/**
 * Hands each word of a text to `visit`, lowercased, with whether punctuation (not a space or hyphen) came
 * before it since the last word: one pass over the characters, no pattern run per phrase.
 */
function visitWords(text: string, visit: (word: string, afterBreak: boolean) => void): void {
	visitWordRanges(text, (lower, start, end, afterBreak) => visit(lower.slice(start, end), afterBreak));
}

/** visitWords without a string per word: each word as its range of the lowercased text, which is passed along. */
function visitWordRanges(text: string, visit: (lower: string, start: number, end: number, afterBreak: boolean) => void): void {
	const lower = text.toLowerCase().replace(/[’‘]/g, "'");
	let afterBreak = true;
	let start = -1;
	for (let at = 0; at < lower.length; ) {
		const code = lower.charCodeAt(at);
		let width = 1;
		let type: CharClass;
		if (code < 128) type = ASCII_CLASS[code];
		else {
			const point = lower.codePointAt(at)!;
			width = point > 0xffff ? 2 : 1;
			type = LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? CharClass.Word : CharClass.Break;
		}
		if (type === CharClass.Word) {
			if (start < 0) start = at;
		} else {
			if (start >= 0) {
				visit(lower, start, at, afterBreak);
				afterBreak = false;
				start = -1;
			}
			if (type === CharClass.Break) afterBreak = true;
		}
		at += width;
	}
	if (start >= 0) visit(lower, start, lower.length, afterBreak);
}

/** A word without its quotes and possessive: "'peace'" -> "peace", "ceasefire's" -> "ceasefire". */
const cleanWord = (word: string) => (word.includes("'") ? word.replace(/^'+|'+$/g, '').replace(/'s$/, '') : word);

const isContentWord = (word: string) => word.length >= 2 && !STOP.has(word) && !/^[\d']+$/.test(word);

/** Slots of TermCounter's table of words already read. */
const WORD_SLOTS = 1 << 15;

/**
 * Counts the terms of many texts, one group at a time: words are numbered once, phrases by their two words'
 * numbers, so no phrase string is built per occurrence. Each group's counts come back in first-seen order.
 */
class TermCounter {
	/** A word's term number, or -1 when it is no content word. */
	private readonly wordTerms = new Map<string, number>();
	/** Per term number of a first word: the second word's term number -> the phrase's term number. */
	private readonly phraseTerms: (Map<number, number> | undefined)[] = [];
	private readonly terms: string[] = [];
	private counts = new Int32Array(1 << 16);
	private seen: number[] = [];

	/**
	 * Words already read, in a table of fixed size indexed by a hash of their characters: most words of a corpus recur,
	 * and one found here is neither sliced out nor hashed as a string. A slot holds one word, compared before use.
	 */
	private readonly slots: Array<{read: string; term: number} | undefined> = new Array(WORD_SLOTS);

	/** Counts the terms of one text into the current group. */
	add(text: string): void {
		let previous = -1;
		visitWordRanges(text, (lower, start, end, afterBreak) => {
			let hash = 0;
			for (let at = start; at < end; at++) hash = (Math.imul(hash, 31) + lower.charCodeAt(at)) | 0;
			const slot = (hash ^ (hash >>> 15)) & (WORD_SLOTS - 1);
			const known = this.slots[slot];
			let term: number;
			if (known !== undefined && known.read.length === end - start && lower.startsWith(known.read, start)) term = known.term;
			else {
				const raw = lower.slice(start, end);
				term = this.termOfRaw(raw);
				this.slots[slot] = {read: raw, term};
			}
			if (term >= 0) {
				this.count(term);
				if (previous >= 0 && !afterBreak) this.count(this.phraseOf(previous, term));
			}
			previous = term;
		});
	}

	/** The current group's counts, in the order its terms were first seen; the next group starts empty. */
	take(): Map<string, number> {
		const counts = new Map<string, number>();
		for (const term of this.seen) {
			counts.set(this.terms[term], this.counts[term]);
			this.counts[term] = 0;
		}
		this.seen = [];
		return counts;
	}

	private count(term: number): void {
		if (this.counts[term]++ === 0) this.seen.push(term);
	}

	/** The term number of a word as read (-1 for no content word), worked out at its first sight. */
	private termOfRaw(raw: string): number {
		let term = this.wordTerms.get(raw);
		if (term === undefined) {
			const word = cleanWord(raw);
			term = isContentWord(word) ? this.termOf(word) : -1;
			this.wordTerms.set(raw, term);
		}
		return term;
	}

	private termOf(text: string): number {
		// Two spellings can clean to one word ("peace", "'peace'"): one term.
		const known = this.wordTerms.get(`\u0000${text}`);
		if (known !== undefined) return known;
		const term = this.newTerm(text);
		this.wordTerms.set(`\u0000${text}`, term);
		return term;
	}

	private phraseOf(first: number, second: number): number {
		const seconds = (this.phraseTerms[first] ??= new Map());
		let term = seconds.get(second);
		if (term === undefined) seconds.set(second, (term = this.newTerm(`${this.terms[first]} ${this.terms[second]}`)));
		return term;
	}

	private newTerm(text: string): number {
		const term = this.terms.length;
		this.terms.push(text);
		if (term >= this.counts.length) {
			const grown = new Int32Array(this.counts.length * 2);
			grown.set(this.counts);
			this.counts = grown;
		}
		return term;
	}
}

const sum = (values: Iterable<number>) => {
	let total = 0;
	for (const value of values) total += value;
	return total;
};

/**
 * Weighted log-odds ratio with an informative Dirichlet prior ("Fightin' Words"): z-scores of each term
 * in `group` against the rest of the corpus, the prior taken from the whole corpus.
 */
export function distinctiveTerms(group: Map<string, number>, corpus: Map<string, number>, total = sum(corpus.values()), leaveOut?: (term: string) => boolean): OutletTerm[] {
	const n = sum(group.values());
	const rest = total - n;
	const scale = PRIOR_TOKENS / Math.max(total, 1);
	const a0 = PRIOR_TOKENS;
	const scored: OutletTerm[] = [];
	for (const [term, y] of group) {
		if (leaveOut?.(term)) continue;
		const alpha = (corpus.get(term) ?? y) * scale;
		const other = (corpus.get(term) ?? y) - y;
		const delta = Math.log((y + alpha) / (n + a0 - y - alpha)) - Math.log((other + alpha) / (rest + a0 - other - alpha));
		const variance = 1 / (y + alpha) + 1 / (other + alpha);
		scored.push({term, score: Math.round((delta / Math.sqrt(variance)) * 1000) / 1000});
	}
	scored.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
	const positive = scored.filter((term) => term.score > 0);
	// A word an outlet used once scores as high as every other it alone used once, and a tie would list them
	// alphabetically ("alongside, amber, answer"): terms it used again come first, and singles only make up the minimum.
	const repeated = positive.filter((term) => (group.get(term.term) ?? 0) > 1);
	if (repeated.length >= MIN_TERMS) return repeated.slice(0, MAX_TERMS);
	const pool = positive.length >= MIN_TERMS ? positive : scored;
	const singles = pool.filter((term) => (group.get(term.term) ?? 0) <= 1 || term.score <= 0);
	return [...repeated, ...singles.slice(0, MIN_TERMS - repeated.length)];
}

/**
 * Terms that only name the outlet itself ("dalby wire", "wire", "hpa" of Harbour Press Agency): its dateline and
 * sign-off say them, which tells nothing of how it frames the story.
 */
export function ownNameTerms(outlet: string | null): ((term: string) => boolean) | undefined {
	if (!outlet) return undefined;
	const words = outlet.toLowerCase().split(/[^[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]+/v).filter(Boolean);
	const own = new Set(words.filter((word) => !STOP.has(word)));
	const initials = words.filter((word) => !/^(?:the|of|and)$/.test(word)).map((word) => word[0]).join('');
	if (initials.length >= 2) own.add(initials);
	return (term) => term.split(' ').every((word) => own.has(word));
}

type BriefingSoFar = Omit<Briefing, 'outlets' | 'discrepancies'>;

/**
 * The outlets of a corpus numbered in the order the corpus first lists them, and each article's outlets (nearly always
 * one) by number: items of 10,000 articles are tallied per outlet in arrays, not in a set or map built per item.
 */
class OutletNumbers {
	private readonly stamps: Int32Array;
	private stamp = 0;

	constructor(
		readonly count: number,
		private readonly numbersOf: Map<string, number[]>,
	) {
		this.stamps = new Int32Array(count);
	}

	/** Calls `visit` once for each outlet one of `articles` belongs to. */
	eachOutlet(articles: readonly string[], visit: (outlet: number) => void): void {
		const stamp = ++this.stamp;
		for (const id of articles)
			for (const outlet of this.numbersOf.get(id) ?? [])
				if (this.stamps[outlet] !== stamp) {
					this.stamps[outlet] = stamp;
					visit(outlet);
				}
	}

	/** How many of `articles` (each as often as listed) belong to each outlet, into `counts`; the outlets met, into `met`. */
	tally(articles: readonly string[], counts: Int32Array, met: number[]): void {
		for (const id of articles)
			for (const outlet of this.numbersOf.get(id) ?? []) {
				if (counts[outlet]++ === 0) met.push(outlet);
			}
	}
}

/** Whom each outlet quotes and how often, with the side each speaks for where known: one pass over the quotes. */
function outletVoices(outlets: OutletNumbers, briefing: BriefingSoFar): OutletVoice[][] {
	const speakers = new Map(briefing.speakers.map((speaker) => [speaker.id, speaker]));
	const byOutlet: Map<string, OutletVoice>[] = Array.from({length: outlets.count}, () => new Map());
	const byEvidence = new Int32Array(outlets.count);
	const byArticle = new Int32Array(outlets.count);
	const met: number[] = [];
	for (const quote of briefing.quotes) {
		if (!quote.speaker) continue;
		outlets.tally(
			quote.evidence.map((evidence) => evidence.article),
			byEvidence,
			met,
		);
		outlets.tally(quote.articles, byArticle, met);
		const speaker = speakers.get(quote.speaker);
		const name = speaker?.name ?? quote.speaker;
		for (const outlet of met) {
			const inOutlet = byEvidence[outlet] || byArticle[outlet];
			if (!inOutlet) continue; // met twice (once per tally), counted once
			byEvidence[outlet] = 0;
			byArticle[outlet] = 0;
			const counts = byOutlet[outlet];
			const voice = counts.get(name) ?? {speaker: name, quotes: 0, side: speaker?.side ?? null};
			voice.quotes += inOutlet;
			counts.set(name, voice);
		}
		met.length = 0;
	}
	return byOutlet.map((counts) => [...counts.values()].sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker)));
}

/** How many items touch each outlet, by outlet number. */
function itemsPerOutlet(items: {articles: string[]}[], outlets: OutletNumbers): Int32Array {
	const counts = new Int32Array(outlets.count);
	for (const item of items) outlets.eachOutlet(item.articles, (outlet) => counts[outlet]++);
	return counts;
}

/** One framing per outlet, in the order the corpus first lists it. */
export function buildOutlets(records: ArticleRecord[], briefing: BriefingSoFar): OutletFraming[] {
	const groups = new Map<string, ArticleRecord[]>();
	const numberOf = new Map<string, number>();
	const numbersOf = new Map<string, number[]>();
	for (const record of records) {
		const label = outletLabel(record.article);
		const group = groups.get(label) ?? [];
		group.push(record);
		groups.set(label, group);
		if (!numberOf.has(label)) numberOf.set(label, numberOf.size);
		const number = numberOf.get(label)!;
		const numbers = numbersOf.get(record.article.id) ?? [];
		if (!numbers.includes(number)) numbers.push(number);
		numbersOf.set(record.article.id, numbers);
	}
	const outlets = new OutletNumbers(numberOf.size, numbersOf);
	const textOf = (record: ArticleRecord) => [record.article.headline ?? '', record.article.body].join('\n');
	const counter = new TermCounter();
	const termCounts = new Map(
		[...groups].map(([name, group]) => {
			for (const record of group) counter.add(textOf(record));
			return [name, counter.take()];
		}),
	);
	const corpus = new Map<string, number>();
	for (const counts of termCounts.values()) for (const [term, count] of counts) corpus.set(term, (corpus.get(term) ?? 0) + count);
	const corpusTotal = sum(corpus.values());
	const voices = outletVoices(outlets, briefing);
	const covered: string[][] = Array.from({length: outlets.count}, () => []);
	for (const provision of briefing.provisions) outlets.eachOutlet(provision.articles, (outlet) => covered[outlet].push(provision.id));
	const figures = itemsPerOutlet(briefing.figures, outlets);
	const claims = itemsPerOutlet(briefing.claims, outlets);
	return [...groups].map(([name, group], outlet) => {
		const ids = new Set(group.map((record) => record.article.id));
		const coveredHere = covered[outlet];
		const coveredIds = new Set(coveredHere);
		// Records from before tone was counted in the map stage are counted here, to the same result.
		const tones: ArticleTone[] = group.map((record) => record.tone ?? toneOf(record.article.body));
		const lead = group.find((record) => record.article.headline) ?? group[0];
		return {
			name,
			articles: [...ids],
			terms: distinctiveTerms(termCounts.get(name)!, corpus, corpusTotal, ownNameTerms(lead.article.outlet)),
			voices: voices[outlet],
			covered: coveredHere,
			omitted: briefing.provisions.map((provision) => provision.id).filter((id) => !coveredIds.has(id)),
			headline: lead.article.headline,
			lede: lead.article.lede,
			hedges: addTallies(tones.map((tone) => tone.hedges)),
			loaded: addTallies(tones.map((tone) => tone.loaded)),
			figures: figures[outlet],
			claims: claims[outlet],
		};
	});
}
