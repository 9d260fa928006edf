/**
 * What the story is about, by name: the name most headlines carry ("the Corwen Belle", "Osterland and Vimmeria").
 * The proposal noun alone ("package", "truce") does not tell an analyst which story a briefing is.
 */
import {COUNTRIES} from '../lexicon/geography.js';
import {MONTHS} from '../lexicon/numbers.js';
import {isTitleCase} from '../extract/numbers.js';
import {STOP_WORDS} from '../lexicon/stopwords.js';
import {sideOfWord} from '../extract/places.js';

interface Headed {
	headline: string | null;
	lede: string | null;
	outlet: string | null;
}

const STOP = new Set(STOP_WORDS);
const MONTH_NAMES = new Set(MONTHS.map((month) => month.toLowerCase()));
/** Words, with the dots of an abbreviation ("U.S.") and an inner apostrophe kept; hyphens and dashes split names. */
const WORD = /[[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]+(?:['’.][[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]+)*\.?/gv;
const CAPITALISED = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v;
/** "US" is a name though "us" is a stop word. */
const ACRONYM = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,}$/v;

/** A word as names are compared: no dots, no possessive ("Wyndrel's" -> "Wyndrel"). */
function nameKey(word: string): string {
	return word.replace(/['’]s$/u, '').replaceAll('.', '');
}

function wordsOf(text: string): string[] {
	return (text.match(WORD) ?? []).map(nameKey).filter(Boolean);
}

/** A headline written in capitals throughout says nothing of which of its words are names. */
function allCaps(text: string): boolean {
	const letters = text.replace(/[^\p{L}--[\u{10000}-\u{10FFFF}]]/gv, '');
	return letters.length > 0 && letters.replace(/[^\p{Lu}--[\u{10000}-\u{10FFFF}]]/gv, '').length > 0.6 * letters.length;
}

/** Words written with a capital where no sentence starts: in ledes, and inside headlines in sentence case. */
function nameWords(articles: readonly Headed[]): Set<string> {
	const names = new Set<string>();
	const add = (words: string[]) => {
		for (const word of words.slice(1)) if (CAPITALISED.test(word) && (ACRONYM.test(word) || !STOP.has(word.toLowerCase()))) names.add(word);
		// a country of two words opening the sentence ("South Sudan's army …"): its first word is a name too, not "Sudan" alone
		if (words.length > 1 && CAPITALISED.test(words[0]) && sideOfWord(`${words[0]} ${words[1]}`)) names.add(words[0]);
	};
	// Wire copy repeats a lede or headline across many articles: each adds the same words, so it is read once.
	const ledes = new Set<string>();
	const headlines = new Set<string>();
	const firstTime = (text: string, read: Set<string>) => !read.has(text) && Boolean(read.add(text));
	for (const {headline, lede} of articles) {
		if (lede && firstTime(lede, ledes)) for (const sentence of lede.split(/[.!?:]\s+/u)) add(wordsOf(sentence));
		// Title Case ("Envoy Says Osterland, Vimmeria Agree") capitalises every word: its capitals are no evidence of names
		if (headline && firstTime(headline, headlines) && !allCaps(headline) && !isTitleCase(headline)) add(wordsOf(headline));
	}
	return names;
}

/** Adjectives of nationality ("French plan") describe, they do not name the story. */
// (an adjective that is the country's own name, "Myanmar", names it)
const ADJECTIVES = new Set(COUNTRIES.flatMap((country) => country.adjectives.filter((adjective) => adjective !== country.name)));

/** Runs of name words in a headline: the spans that could name the story. */
function nameSpans(headline: string, names: Set<string>): string[] {
	const spans: string[] = [];
	let run: string[] = [];
	const close = () => {
		if (run.length) spans.push(run.join(' '));
		run = [];
	};
	for (const part of headline.split(/[-–—:;,|(){}[\]"“”‘'’/]|\s'|'\s/u)) {
		for (const word of wordsOf(part)) {
			if (names.has(word) && !MONTH_NAMES.has(word.toLowerCase())) run.push(word);
			else close();
		}
		close();
	}
	return spans;
}

/**
 * The story's subject from its headlines: the name span found in the most headlines (at least two, and a third
 * of the headlines), with a second name that shares most of those headlines ("Osterland and Vimmeria"). Null when
 * no name recurs.
 */
export function storySubject(articles: readonly Headed[]): string | null {
	const names = nameWords(articles);
	// A headline naming its own outlet ("Farrowdale Post explains the deal") does not make the outlet the story.
	const ownOutlet = (outlet: string | null, span: string) => Boolean(outlet && ` ${outlet.toLowerCase()} `.includes(` ${span.toLowerCase()} `));
	// Each distinct headline is read once (null: written in capitals throughout).
	const spansOf = new Map<string, string[] | null>();
	const spansOfHeadline = (headline: string) => {
		let spans = spansOf.get(headline);
		if (spans === undefined) spansOf.set(headline, (spans = allCaps(headline) ? null : nameSpans(headline, names)));
		return spans;
	};
	const headlines = articles.flatMap(({headline, outlet}) => {
		const spans = headline ? spansOfHeadline(headline) : null;
		return spans ? [new Set(spans.filter((span) => !ADJECTIVES.has(span) && !ownOutlet(outlet, span)))] : [];
	});
	const counts = new Map<string, number>();
	for (const spans of headlines) for (const span of spans) counts.set(span, (counts.get(span) ?? 0) + 1);
	const ranked = [...counts].sort(([a, m], [b, n]) => n - m || b.split(' ').length - a.split(' ').length);
	const [best, count] = ranked[0] ?? ['', 0];
	if (count < 2 || count * 3 < headlines.length) return null;
	const withBest = headlines.filter((spans) => spans.has(best));
	const partner = ranked.slice(1).find(([span, n]) => {
		if (n * 3 < count * 2 || best.includes(span) || span.includes(best)) return false;
		// Two countries or two other names pair ("Osterland and Vimmeria"); a leader and a country do not.
		if (Boolean(sideOfWord(span)) !== Boolean(sideOfWord(best))) return false;
		return withBest.filter((spans) => spans.has(span)).length * 3 >= count * 2;
	});
	if (!partner) return best;
	return (bestFirst(withBest, best, partner[0]) ? [best, partner[0]] : [partner[0], best]).join(' and ');
}

/** Whether the headlines carrying both names mostly put `a` first, so a pair reads as the coverage writes it. */
function bestFirst(headlines: Set<string>[], a: string, b: string): boolean {
	let votes = 0;
	for (const spans of headlines) {
		const order = [...spans];
		if (order.includes(b)) votes += order.indexOf(a) < order.indexOf(b) ? 1 : -1;
	}
	return votes >= 0;
}
