/**
 * Where outlets disagree: one office held by differently named people ("Special Envoy Ann Sample" here,
 * "envoy Ann Simple" there), and one speaker's words quoted differently. Figure and claim discrepancies
 * come from their merges.
 */
import {titledNames, type TitledName} from '../extract/titled-names.js';
import {STOP_WORDS} from '../lexicon/stopwords.js';
import {editDistance, spellingKey} from '../spelling.js';

export {spellingKey};
import type {Discrepancy, Evidence, Quote, Speaker} from '../model.js';
import type {ArticleRecord} from '../record.js';
import {outletLabel} from './outlets.js';


const similarity = (a: string, b: string) => 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);
/** "Dan" and "Daniel", "Steve" and "Steven": one given name. */
const sameGivenName = (a: string, b: string) => a === b || a.startsWith(b) || b.startsWith(a);

/**
 * Whether two names for one office look like one person spelled two ways: the same given name and a
 * surname that starts alike and is close but not a transliteration of the other ("Farrow"/"Farrell").
 */
export function nearMisnamed(a: string, b: string): boolean {
	return nearMisnamedKeys(nameKeys(a), nameKeys(b));
}

/** A name's given-name key and surname key, as nearMisnamed compares them. */
function nameKeys(name: string): {given: string; surname: string} {
	const [given, ...rest] = name.split(/\s+/).map(spellingKey);
	return {given, surname: rest.join('')};
}

function nearMisnamedKeys({given: givenA, surname: surnameA}: {given: string; surname: string}, {given: givenB, surname: surnameB}: {given: string; surname: string}): boolean {
	if (!surnameA || !surnameB || surnameA === surnameB) return false;
	if (!sameGivenName(givenA, givenB)) return false;
	return surnameA[0] === surnameB[0] && similarity(surnameA, surnameB) >= 0.4;
}

/** The fullest title the articles give an office: "special envoy" rather than "envoy". */
function officeLabel(office: string, names: TitledName[]): string {
	const title = names.map((titled) => titled.title.toLowerCase()).sort((a, b) => b.length - a.length)[0];
	const country = office.split(' ').slice(0, -1).join(' ');
	return country ? `${country} ${title}` : title;
}

/** The same office held by differently spelled people across outlets. */
export function nameDiscrepancies(records: ArticleRecord[]): Discrepancy[] {
	const outletOf = new Map(records.map((record) => [record.article.id, outletLabel(record.article)]));
	const byOffice = new Map<string, TitledName[]>();
	for (const record of records)
		for (const titled of record.titledNames ?? titledNames(record.article)) {
			const names = byOffice.get(titled.office) ?? [];
			names.push(titled);
			byOffice.set(titled.office, names);
		}
	// A title without a country ("envoy") also meets the same title with one ("United States envoy").
	for (const [office, names] of byOffice) {
		const head = office.split(' ').at(-1)!;
		if (head !== office && byOffice.has(head)) byOffice.get(head)!.push(...names);
	}
	const out: Discrepancy[] = [];
	const reported = new Set<string>();
	for (const [office, names] of byOffice) {
		const spellings = new Map<string, TitledName[]>();
		for (const titled of names) {
			const key = spellingKey(titled.name);
			const spelled = spellings.get(key) ?? [];
			spelled.push(titled);
			spellings.set(key, spelled);
		}
		const groups = [...spellings.values()];
		// Each spelling's name read into keys once, not again for every other spelling it is compared with.
		const keys = groups.map((group) => nameKeys(group[0].name));
		for (let i = 0; i < groups.length; i++)
			for (let j = i + 1; j < groups.length; j++) {
				const [a, b] = [groups[i], groups[j]];
				if (!nearMisnamedKeys(keys[i], keys[j])) continue;
				const outletsA = new Set(a.map((titled) => outletOf.get(titled.article)));
				if (b.every((titled) => outletsA.has(outletOf.get(titled.article)))) continue;
				const key = [spellingKey(a[0].name), spellingKey(b[0].name)].sort().join('|');
				if (reported.has(key)) continue;
				reported.add(key);
				const side = (group: TitledName[]) => `"${group[0].name}" (${[...new Set(group.map((titled) => outletOf.get(titled.article)))].join(', ')})`;
				const [more, fewer] = a.length >= b.length ? [a, b] : [b, a];
				out.push({
					summary: `${officeLabel(office, [...a, ...b])}: named ${side(fewer)} but ${side(more)}`,
					kind: 'name',
					articles: [...new Set([...fewer, ...more].map((titled) => titled.article))],
					evidence: [...fewer, ...more].map(
						(titled): Evidence => ({article: titled.article, text: titled.sentence, offset: titled.offset, rule: 'discrepancy.office-name'}),
					),
				});
			}
	}
	return out;
}

const STOP = new Set(STOP_WORDS);
const contentTokens = (text: string) =>
	text
		.toLowerCase()
		.replace(/[’']/g, '')
		.split(/[^[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]+/v)
		.filter((word) => word.length > 1 && !STOP.has(word));

/**
 * How much of the shorter quote's words the longer one carries within a window of the shorter's length:
 * 1 when one quotes a stretch of the other, near 0 when they say different things.
 */
export function quoteOverlap(a: string, b: string): number {
	const words = new Vocabulary();
	return new Overlaps(words).overlap(words.ids(contentTokens(a)), words.ids(contentTokens(b)));
}

/** Words numbered in order of first sight, so quotes compare as arrays of numbers. */
class Vocabulary {
	private readonly numbers = new Map<string, number>();

	ids(words: string[]): Int32Array {
		const ids = new Int32Array(words.length);
		words.forEach((word, index) => {
			let id = this.numbers.get(word);
			if (id === undefined) this.numbers.set(word, (id = this.numbers.size));
			ids[index] = id;
		});
		return ids;
	}

	get size(): number {
		return this.numbers.size;
	}
}

/** Overlap measures between numbered quotes, with scratch tables reused from pair to pair. */
class Overlaps {
	private wanted = new Int32Array(0);
	private inWindow = new Int32Array(0);
	private marks = new Int32Array(0);
	private mark = 0;

	constructor(private readonly vocabulary: Vocabulary) {}

	private ready(): void {
		if (this.wanted.length >= this.vocabulary.size) return;
		const size = Math.max(this.vocabulary.size, 2 * this.wanted.length);
		this.wanted = new Int32Array(size);
		this.inWindow = new Int32Array(size);
		this.marks = new Int32Array(size);
		this.mark = 0;
	}

	/** quoteOverlap on numbered words: one sliding window over the longer quote, so linear in its length. */
	overlap(tokensA: Int32Array, tokensB: Int32Array): number {
		const [short, long] = tokensA.length <= tokensB.length ? [tokensA, tokensB] : [tokensB, tokensA];
		if (!short.length) return 0;
		this.ready();
		const {wanted, inWindow} = this;
		const width = Math.min(long.length, Math.ceil(short.length * 1.5));
		// A window scores the short quote's words (with their repeats) whose word occurs in the window.
		for (const word of short) wanted[word]++;
		let score = 0;
		for (let index = 0; index < width; index++) if (inWindow[long[index]]++ === 0) score += wanted[long[index]];
		let best = score;
		for (let start = 1; start + width <= long.length; start++) {
			if (--inWindow[long[start - 1]] === 0) score -= wanted[long[start - 1]];
			if (inWindow[long[start + width - 1]]++ === 0) score += wanted[long[start + width - 1]];
			if (score > best) best = score;
		}
		for (const word of short) wanted[word] = 0;
		for (const word of long) inWindow[word] = 0;
		return best / short.length;
	}

	/** The share of the shorter quote's words found anywhere in the longer one: an upper bound of overlap. */
	bound(tokensA: Int32Array, tokensB: Int32Array): number {
		const [short, long] = tokensA.length <= tokensB.length ? [tokensA, tokensB] : [tokensB, tokensA];
		this.ready();
		const stamp = ++this.mark;
		for (const word of long) this.marks[word] = stamp;
		let found = 0;
		for (const word of short) if (this.marks[word] === stamp) found++;
		return found / short.length;
	}
}

interface QuoteWords {
	quote: Quote;
	/** The quote's articles, each once. */
	articles: string[];
	/** The quote's first evidence as a misquote's evidence (none when the quote has none). */
	evidence: Evidence[];
	tokens: Int32Array;
	/** Numbers of the outlets the quote appears in. */
	outlets: number[];
}

/** Quotes of one speaker in different outlets that carry the same words only in part: one of them is a misquote. */
export function misquotes(records: ArticleRecord[], speakers: Speaker[], quotes: Quote[]): Discrepancy[] {
	const outletOf = new Map(records.map((record) => [record.article.id, outletLabel(record.article)]));
	const nameOf = new Map(speakers.map((speaker) => [speaker.id, speaker.name]));
	const vocabulary = new Vocabulary();
	const outletNumbers = new Map<string | undefined, number>();
	const outletNumber = (outlet: string | undefined) => {
		if (!outletNumbers.has(outlet)) outletNumbers.set(outlet, outletNumbers.size);
		return outletNumbers.get(outlet)!;
	};
	const direct: QuoteWords[] = [];
	for (const quote of quotes) {
		if (!quote.speaker || quote.kind === 'reported') continue;
		const tokens = contentTokens(quote.text);
		if (tokens.length < 4) continue;
		const evidence = quote.evidence.slice(0, 1).map((first) => ({...first, rule: 'discrepancy.misquote'}));
		direct.push({quote, articles: [...new Set(quote.articles)], evidence, tokens: vocabulary.ids(tokens), outlets: [...new Set(quote.articles.map((id) => outletNumber(outletOf.get(id))))]});
	}
	const overlaps = new Overlaps(vocabulary);
	// Only one speaker's quotes are compared: later quotes of each speaker, in corpus order.
	const bySpeaker = new Map<string, number[]>();
	const place: number[] = [];
	direct.forEach(({quote}, index) => {
		const own = bySpeaker.get(quote.speaker!) ?? [];
		place.push(own.length);
		own.push(index);
		bySpeaker.set(quote.speaker!, own);
	});
	const inOutlet = new Int32Array(outletNumbers.size).fill(-1);
	// Wordings that differ join into one group per quote (union-find), so a quote carried in many
	// versions is one discrepancy listing them all, not one per pair of versions.
	const parent = direct.map((_, index) => index);
	const root = (index: number): number => {
		while (parent[index] !== index) index = parent[index] = parent[parent[index]];
		return index;
	};
	for (let i = 0; i < direct.length; i++) {
		const a = direct[i];
		for (const outlet of a.outlets) inOutlet[outlet] = i;
		const later = bySpeaker.get(a.quote.speaker!)!;
		// A join hangs the other group under i's root, so i's root stays the same through the loop.
		const rootOfA = root(i);
		for (let k = place[i] + 1; k < later.length; k++) {
			const j = later[k];
			if (root(j) === rootOfA) continue; // most pairs of a speaker quoted in many versions are one group already
			const b = direct[j];
			if (b.outlets.some((outlet) => inOutlet[outlet] === i) || overlaps.bound(a.tokens, b.tokens) < 0.5) continue;
			const overlap = overlaps.overlap(a.tokens, b.tokens);
			if (overlap < 0.5 || overlap >= 0.9) continue;
			parent[root(j)] = rootOfA;
		}
	}
	const groups = new Map<number, QuoteWords[]>();
	direct.forEach((words, index) => {
		const group = root(index);
		const list = groups.get(group);
		if (list) list.push(words);
		else groups.set(group, [words]);
	});
	const out: Discrepancy[] = [];
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		const [a, b] = group;
		const more = group.length > 2 ? ` and ${group.length - 2} more wording${group.length > 3 ? 's' : ''}` : '';
		out.push({
			summary: `${nameOf.get(a.quote.speaker!) ?? a.quote.speaker} quoted differently: "${a.quote.text}" vs "${b.quote.text}"${more}`,
			kind: 'quote',
			articles: [...new Set(group.flatMap((words) => words.articles))],
			evidence: group.flatMap((words) => words.evidence),
		});
	}
	return out;
}

/** Name and quote discrepancies across outlets. */
export function findDiscrepancies(records: ArticleRecord[], speakers: Speaker[], quotes: Quote[]): Discrepancy[] {
	return [...nameDiscrepancies(records), ...misquotes(records, speakers, quotes)];
}
