/** Per-outlet framing: headline and lede, distinctive terms, voices, coverage, hedges and loaded words. */
import {HEDGE_WORDS} from '../lexicon/hedges.js';
import {LOADED_WORDS} from '../lexicon/loaded-words.js';
import {STOP_WORDS} from '../lexicon/stopwords.js';
import type {Briefing, CountedPhrase, OutletFraming, OutletTerm, OutletVoice} from '../model.js';
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
	for (const chunk of text.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}' -]+/u)) {
		const words = chunk.split(/[\s-]+/).map((word) => (word.includes("'") ? word.replace(/^'+|'+$/g, '').replace(/'s$/, '') : word));
		let previous: string | null = null;
		for (const word of words) {
			const content = word.length >= 2 && !STOP.has(word) && !/^[\d']+$/.test(word);
			if (content) {
				terms.push(word);
				if (previous) terms.push(`${previous} ${word}`);
			}
			previous = content ? word : null;
		}
	}
	return terms;
}

const countTerms = (terms: string[]) => {
	const counts = new Map<string, number>();
	for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
	return counts;
};

/**
 * Weighted log-odds ratio with an informative Dirichlet prior ("Fightin' Words"): z-scores of each term
 * in `group` against the rest of the corpus, the prior taken from the whole corpus.
 */
export function distinctiveTerms(group: Map<string, number>, corpus: Map<string, number>): OutletTerm[] {
	const total = [...corpus.values()].reduce((a, b) => a + b, 0);
	const n = [...group.values()].reduce((a, b) => a + b, 0);
	const rest = total - n;
	const scale = PRIOR_TOKENS / Math.max(total, 1);
	const a0 = PRIOR_TOKENS;
	const scored: OutletTerm[] = [];
	for (const [term, y] of group) {
		const alpha = (corpus.get(term) ?? y) * scale;
		const other = (corpus.get(term) ?? y) - y;
		const delta = Math.log((y + alpha) / (n + a0 - y - alpha)) - Math.log((other + alpha) / (rest + a0 - other - alpha));
		const variance = 1 / (y + alpha) + 1 / (other + alpha);
		scored.push({term, score: Math.round((delta / Math.sqrt(variance)) * 1000) / 1000});
	}
	scored.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
	const positive = scored.filter((term) => term.score > 0);
	return (positive.length >= MIN_TERMS ? positive : scored).slice(0, Math.max(MIN_TERMS, Math.min(MAX_TERMS, positive.length)));
}

/** Occurrences of each lexicon phrase in the texts, most frequent first; one pass over each text's words. */
export function countPhrases(texts: string[], lexicon: readonly string[]): CountedPhrase[] {
	const phrases = new Set(lexicon.map((phrase) => phrase.toLowerCase()));
	const longest = Math.max(1, ...[...phrases].map((phrase) => phrase.split(/\s+/).length));
	const counts = new Map<string, number>();
	for (const text of texts) {
		const words = text.split(/[^\p{L}\p{N}'’-]+/u);
		const lower = words.map((word) => word.toLowerCase());
		for (let i = 0; i < words.length; i++) {
			// Lower case, or capitalised at a sentence start, not all capitals; "May 12" is a date, not a hedge.
			const tail = words[i].slice(1);
			if (tail !== lower[i].slice(1)) continue;
			let phrase = lower[i];
			for (let n = 0; n < longest && i + n < words.length; n++) {
				if (n) phrase += ' ' + lower[i + n];
				if (phrases.has(phrase) && !/^\d/.test(words[i + n + 1] ?? '')) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
			}
		}
	}
	return [...counts].map(([phrase, count]) => ({phrase, count})).sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase));
}

type BriefingSoFar = Omit<Briefing, 'outlets' | 'discrepancies'>;

/** Whom an outlet quotes and how often, with the side each speaks for where known. */
function outletVoices(ids: Set<string>, briefing: BriefingSoFar): OutletVoice[] {
	const speakers = new Map(briefing.speakers.map((speaker) => [speaker.id, speaker]));
	const counts = new Map<string, OutletVoice>();
	for (const quote of briefing.quotes) {
		if (!quote.speaker) continue;
		const inOutlet = quote.evidence.filter((evidence) => ids.has(evidence.article)).length || quote.articles.filter((id) => ids.has(id)).length;
		if (!inOutlet) continue;
		const speaker = speakers.get(quote.speaker);
		const name = speaker?.name ?? quote.speaker;
		const voice = counts.get(name) ?? {speaker: name, quotes: 0, side: speaker?.side ?? null};
		voice.quotes += inOutlet;
		counts.set(name, voice);
	}
	return [...counts.values()].sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
}

const touches = (item: {articles: string[]}, ids: Set<string>) => item.articles.some((id) => ids.has(id));

/** One framing per outlet, in the order the corpus first lists it. */
export function buildOutlets(records: ArticleRecord[], briefing: BriefingSoFar): OutletFraming[] {
	const groups = new Map<string, ArticleRecord[]>();
	for (const record of records) {
		const label = outletLabel(record.article);
		groups.set(label, [...(groups.get(label) ?? []), record]);
	}
	const textOf = (record: ArticleRecord) => [record.article.headline ?? '', record.article.body].join('\n');
	const termCounts = new Map([...groups].map(([name, group]) => [name, countTerms(group.flatMap((record) => termsOf(textOf(record))))]));
	const corpus = new Map<string, number>();
	for (const counts of termCounts.values()) for (const [term, count] of counts) corpus.set(term, (corpus.get(term) ?? 0) + count);
	return [...groups].map(([name, group]) => {
		const ids = new Set(group.map((record) => record.article.id));
		const covered = briefing.provisions.filter((provision) => touches(provision, ids)).map((provision) => provision.id);
		const bodies = group.map((record) => record.article.body);
		const lead = group.find((record) => record.article.headline) ?? group[0];
		return {
			name,
			articles: [...ids],
			terms: distinctiveTerms(termCounts.get(name)!, corpus),
			voices: outletVoices(ids, briefing),
			covered,
			omitted: briefing.provisions.map((provision) => provision.id).filter((id) => !covered.includes(id)),
			headline: lead.article.headline,
			lede: lead.article.lede,
			hedges: countPhrases(bodies, HEDGE_WORDS),
			loaded: countPhrases(bodies, LOADED_WORDS),
			figures: briefing.figures.filter((figure) => touches(figure, ids)).length,
			claims: briefing.claims.filter((claim) => touches(claim, ids)).length,
		};
	});
}
