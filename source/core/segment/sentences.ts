/** Sentence boundaries with character offsets, robust to abbreviations, initials, decimals and closing quotes. */
import {ABBREVIATIONS, SENTENCE_STARTERS} from '../lexicon/abbreviations.js';
import type {Span} from '../model.js';

const ABBREVIATION = new Set(ABBREVIATIONS);
const STARTER = new Set(SENTENCE_STARTERS);

// A terminator, any closing quotes/brackets after it, then white space: a candidate boundary.
const CANDIDATE = /[.!?…]+["'”’»)\]]*(?=\s+)/g;
const CLOSERS = /["'”’»)\]]/;

/** The word that ends just before `end` (letters, digits and inner dots). */
function wordBefore(text: string, end: number): string {
	let start = end;
	while (start > 0 && /[[\p{L}\p{N}.\-]--[\u{10000}-\u{10FFFF}]]/v.test(text[start - 1])) start--;
	return text.slice(start, end);
}

function wordAfter(text: string, start: number): string {
	const match = /^\s*["'“‘«\(\[]?([[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]+)/v.exec(text.slice(start, start + 40));
	return match ? match[1] : '';
}

/** Whether the full stop at `stop` ends a sentence, judged by the word before it and the one after. */
function endsSentence(text: string, stop: number, afterBoundary: number): boolean {
	const next = text.slice(afterBoundary).trimStart();
	if (!next) return true;
	const first = next[0];
	// A sentence starts with a capital, a digit or an opening quote; "reports indicate" after a stop still starts one
	// when the stop closes a quote or the previous word is plain.
	const startsLikeSentence = /[[\p{Lu}\p{N}"'“‘«\(\[]--[\u{10000}-\u{10FFFF}]]/v.test(first);
	if (text[stop] !== '.') return startsLikeSentence || /[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(first);
	const word = wordBefore(text, stop);
	const lower = word.toLowerCase();
	if (/^\d+$/.test(word) && /^\d/.test(next)) return false; // a decimal split by a space is rare; keep "3. 5" whole
	if (/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]$/v.test(word)) return false; // an initial: "J. Smith"
	if (/^(?:[\p{L}--[\u{10000}-\u{10FFFF}]]\.)+[\p{L}--[\u{10000}-\u{10FFFF}]]$/v.test(word)) {
		// Dotted acronym (U.S., U.K., e.g.): a boundary only before a usual sentence starter.
		return STARTER.has(wordAfter(text, afterBoundary).toLowerCase()) && startsLikeSentence;
	}
	if (ABBREVIATION.has(lower)) return false;
	return startsLikeSentence || /[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(first);
}

/** Splits one paragraph (a line of the body) into sentence spans; offsets are relative to `base`. */
export function splitSentences(text: string, base = 0): Span[] {
	const spans: Span[] = [];
	let start = 0;
	while (start < text.length && /\s/.test(text[start])) start++;
	CANDIDATE.lastIndex = 0;
	for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
		const boundary = match.index + match[0].length;
		let stop = boundary - 1;
		while (stop > match.index && CLOSERS.test(text[stop])) stop--;
		if (!endsSentence(text, stop, boundary)) continue;
		pushSpan(spans, text, start, boundary, base);
		start = boundary;
		while (start < text.length && /\s/.test(text[start])) start++;
	}
	pushSpan(spans, text, start, text.length, base);
	return spans;
}

// "… on Fox & Friends.He described …", "… the gang.“It’s a new day": a scraper that dropped the space after a sentence's
// stop glues the next sentence on; a stop after two lower-case letters, then a capital and a lower-case letter (or an
// opening quote), ends a sentence all the same ("Mr.Roe", "U.S.Army", "site.com" have no such shape)
// ("… a common position.”Under the agreement …", "It was “tough”.Roe said …": a closing quote before or after the stop)
const GLUED = /(?<=[\p{Ll}--[\u{10000}-\u{10FFFF}]]{2}(?:[.!?][”’"]?|[”’"][.!?]))(?=[“‘"]?[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]])/gv;

// "Example.Com": a site's name in title case
const WEB_SUFFIX = /^(?:Com|Org|Net|Gov|Edu|Info)\b/;

function pushSpan(spans: Span[], text: string, start: number, end: number, base: number): void {
	while (end > start && /\s/.test(text[end - 1])) end--;
	if (end <= start) return;
	const piece = text.slice(start, end);
	if (!/[.!?][“‘"”’]?[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(piece)) {
		spans.push({text: piece, start: base + start, end: base + end});
		return;
	}
	let from = 0;
	GLUED.lastIndex = 0;
	for (let match = GLUED.exec(piece); match; match = GLUED.exec(piece)) {
		// (the match is empty: step past it)
		GLUED.lastIndex = match.index + 1;
		if (ABBREVIATION.has(wordBefore(piece, match.index - 1).toLowerCase()) || WEB_SUFFIX.test(piece.slice(match.index, match.index + 5))) continue;
		spans.push({text: piece.slice(from, match.index), start: base + start + from, end: base + start + match.index});
		from = match.index;
	}
	spans.push({text: piece.slice(from), start: base + start + from, end: base + end});
}
