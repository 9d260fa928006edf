/**
 * Quoted spans of an article body: straight, curly and single quotes, with offsets of the words inside the marks.
 * A quote left open at the end of a paragraph runs on into the next one when that paragraph opens with a quote mark
 * (the newspaper convention); each paragraph's part is its own span, linked by `continues`.
 */
import type {Span} from '../model.js';
import {isWhiteSpaceCode} from '../text-scan.js';

/** One quoted span of the body, with the offsets of its words and of its marks. */
export interface QuoteSpan {
	/** The words inside the marks, trimmed. */
	text: string;
	/** Offset of the first quoted character in the body. */
	start: number;
	/** Offset just past the last quoted character. */
	end: number;
	/** Offset of the opening mark. */
	open: number;
	/** Offset just past the closing mark; equal to `end` when the quote is left open at the paragraph's end. */
	close: number;
	/** Index of the paragraph the span sits in. */
	paragraph: number;
	/** The span carries on a quote left open at the end of the previous paragraph. */
	continues: boolean;
	/** The quote was left open at the end of its paragraph. */
	runsOn: boolean;
	/** Marked with single quotes. */
	single: boolean;
}

const DOUBLE_OPEN = '“„«';
const DOUBLE_CLOSE = '”»';
const DOUBLE_MARK = /["“”„«»]/g;
const SINGLE_CLOSE = /[[\p{L}\p{N}.,!?%\)]--[\u{10000}-\u{10FFFF}]][’'](?=[\s.,;:!?\)\]—–]|$)/v;
const MAX_SINGLE = 300;
// A straight or single mark opens a quote after a space, a bracket or a dash and before a word.
const OPENS_BEFORE = /[\s(\[—–\-\/]/;

/** Whether a straight double quote at `index` opens a quote rather than closing one. */
function straightOpens(text: string, index: number): boolean {
	const before = index === 0 ? ' ' : text[index - 1];
	const after = text[index + 1] ?? ' ';
	if (/\s/.test(after)) return false;
	return OPENS_BEFORE.test(before) || /[“‘:,]/.test(before);
}

/**
 * Whether a closing curly mark set where an opening one belongs opens a quote: with no quote open, at a paragraph's
 * start or after a space or a bracket, and before a word (a typesetter's or a keyboard's slip: "”We have a deal,” she said").
 */
function closingMarkOpens(text: string, index: number): boolean {
	const before = index === 0 ? ' ' : text[index - 1];
	const after = text[index + 1] ?? ' ';
	return OPENS_BEFORE.test(before) && /[[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]/v.test(after);
}

/** A cut for a quote that never closes before the next one opens: end it before its own attribution. */
function cutAtAttribution(text: string, attribution: RegExp): number {
	const match = attribution.exec(text);
	return match ? match.index : text.length;
}

interface Mark {
	at: number;
	kind: 'open' | 'close';
}

/** Double-quote marks of one paragraph, each read as opening or closing. */
function doubleMarks(text: string): Mark[] {
	const marks: Mark[] = [];
	let open = false;
	DOUBLE_MARK.lastIndex = 0;
	for (let match = DOUBLE_MARK.exec(text); match; match = DOUBLE_MARK.exec(text)) {
		const index = match.index;
		const char = match[0];
		if (DOUBLE_OPEN.includes(char)) {
			marks.push({at: index, kind: 'open'});
			open = true;
		} else if (DOUBLE_CLOSE.includes(char)) {
			// (a closing curly mark where an opening one belongs opens: "”We have a deal,” she said")
			const kind: Mark['kind'] = char === '”' && !open && closingMarkOpens(text, index) ? 'open' : 'close';
			marks.push({at: index, kind});
			open = kind === 'open';
		} else {
			const kind: Mark['kind'] = open ? 'close' : straightOpens(text, index) ? 'open' : 'close';
			marks.push({at: index, kind});
			open = kind === 'open';
		}
	}
	return marks;
}

/**
 * Single-quote marks outside the double-quoted spans: an opening one before a word, a closing one after it. When the
 * next paragraph opens with a single mark (`nextOpens`), a quote opened at a sentence's start and never closed runs on
 * to the paragraph's end (the third element is then true).
 */
function singleSpans(text: string, taken: Array<[number, number]>, nextOpens = false): Array<[number, number, boolean]> {
	const spans: Array<[number, number, boolean]> = [];
	let lastClose: number | undefined;
	if (!mayOpenSingle(text)) return spans;
	let next = 0; // the first double-quoted span not yet behind us; both lists run in text order
	const pattern = /(^|[\s\(\[—–\-])[‘'](?=[[\p{L}\p{N}$]--[\u{10000}-\u{10FFFF}]])/gv;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		const open = match.index + match[1].length;
		while (next < taken.length && taken[next][1] <= open) next++;
		if (next < taken.length && open >= taken[next][0]) continue;
		// A single quote closes within 300 characters or is an apostrophe: look no further than that.
		const close = sentenceClose(text, open, SINGLE_CLOSE.exec(text.slice(open + 1, open + 1 + MAX_SINGLE)));
		if (!close) {
			if (nextOpens && runsOnFrom(text, open, (lastClose ??= lastSingleClose(text)))) {
				spans.push([open, text.length, true]);
				break;
			}
			continue;
		}
		const end = open + 1 + close.index + 2;
		spans.push([open, end, false]);
		pattern.lastIndex = end;
	}
	return spans;
}

// A plural's possessive mark before a lower-case word ("British nationals' relatives"), and a close after a sentence's end mark.
const POSSESSIVE_MARK = /s['’]\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v;
const SENTENCE_CLOSE = /[.,!?]['’](?=[\s;:\)\]—–]|$)/g;

/**
 * 'We are aware of reports concerning British nationals' relatives and are in contact.': a quote opening a sentence
 * closes on its end mark, not on a plural's possessive before a lower-case word, when such a close follows.
 */
function sentenceClose(text: string, open: number, close: RegExpExecArray | null): {index: number} | null {
	if (!close || !/^s$/.test(close[0][0]) || !(open === 0 || /[.!?:]\s+$/.test(text.slice(Math.max(0, open - 4), open)))) return close;
	const at = open + 1 + close.index;
	if (!POSSESSIVE_MARK.test(text.slice(at, at + 4))) return close;
	SENTENCE_CLOSE.lastIndex = at + 2;
	const later = SENTENCE_CLOSE.exec(text);
	return later && later.index < open + 1 + MAX_SINGLE ? {index: later.index - open - 1} : close;
}

const SINGLE_MARKS = ["'", '‘'];

/**
 * Whether a single mark stands at the start or after a space, a bracket or a dash, as `/(?:^|[\s(\[—–\-])[‘']/` finds:
 * the marks are looked up, not every position of the paragraph tried against the pattern.
 */
function mayOpenSingle(text: string): boolean {
	for (const mark of SINGLE_MARKS) {
		for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
			if (at === 0) return true;
			if (opensSingleAfter(text.charCodeAt(at - 1))) return true;
		}
	}
	return false;
}

const SINGLE_CLOSES = new RegExp(SINGLE_CLOSE.source, 'gv');

/** Offset of the last closing single mark of a paragraph (-1 for none), found in one pass. */
function lastSingleClose(text: string): number {
	let last = -1;
	SINGLE_CLOSES.lastIndex = 0;
	for (let match = SINGLE_CLOSES.exec(text); match; match = SINGLE_CLOSES.exec(text)) last = match.index;
	return last;
}

/** Whether a single mark at `open` starts a sentence (a quote, not an apostrophe mid-word) and nothing closes it before `lastClose`. */
function runsOnFrom(text: string, open: number, lastClose: number): boolean {
	return lastClose < open && (open === 0 || /[.!?:]['’”]?\s+$/.test(text.slice(Math.max(0, open - 4), open)));
}

/**
 * Where the body's quote marks stand, found in one pass each: double marks, and single marks after white space, a
 * bracket or a dash (or at a paragraph's start), the ones that may open a quote. Asked about paragraphs in order.
 */
class MarkedParagraphs {
	private readonly doubles: number[] = [];
	private readonly singles: number[] = [];
	private nextDouble = 0;
	private nextSingle = 0;
	private lastStart = 0;

	constructor(private readonly body: string) {
		DOUBLE_MARK.lastIndex = 0;
		for (let match = DOUBLE_MARK.exec(body); match; match = DOUBLE_MARK.exec(body)) this.doubles.push(match.index);
		for (const mark of SINGLE_MARKS) for (let at = body.indexOf(mark); at >= 0; at = body.indexOf(mark, at + 1)) this.singles.push(at);
		this.singles.sort((a, b) => a - b);
	}

	/** Whether the paragraph from `start` to `end` (after any asked about before) holds a double mark or a single mark that may open a quote, as doubleMarks and mayOpenSingle find in its text. */
	mayQuote(start: number, end: number): boolean {
		const {doubles, singles, body} = this;
		// (paragraphs come in body order; one out of order is read from the first mark again)
		if (start < this.lastStart) this.nextDouble = this.nextSingle = 0;
		this.lastStart = start;
		while (this.nextDouble < doubles.length && doubles[this.nextDouble] < start) this.nextDouble++;
		if (this.nextDouble < doubles.length && doubles[this.nextDouble] < end) return true;
		while (this.nextSingle < singles.length && singles[this.nextSingle] < start) this.nextSingle++;
		for (let index = this.nextSingle; index < singles.length && singles[index] < end; index++) {
			const at = singles[index];
			if (at === start || opensSingleAfter(body.charCodeAt(at - 1))) return true;
		}
		return false;
	}
}

/** Whether a single mark after this character may open a quote: white space, a bracket or a dash (see mayOpenSingle). */
const opensSingleAfter = (before: number) => isWhiteSpaceCode(before) || before === 40 || before === 91 || before === 0x2014 || before === 0x2013 || before === 45;

/** Quoted spans of the body, paragraph by paragraph; `attribution` finds where an unclosed quote's attribution starts. */
export function findQuoteSpans(body: string, paragraphs: Span[], attribution: RegExp): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let runsOnFromPrevious = false;
	const marked = new MarkedParagraphs(body);
	paragraphs.forEach((paragraph, index) => {
		// A paragraph with no double mark and no single mark that could open a quote has no span (most paragraphs): the
		// marks of the whole body are found once, and such a paragraph is passed over unread.
		if (!marked.mayQuote(paragraph.start, paragraph.end)) {
			runsOnFromPrevious = false;
			return;
		}
		const text = body.slice(paragraph.start, paragraph.end);
		const local: Array<[number, number, boolean, boolean]> = []; // [open, close, runsOn, single]
		const marks = doubleMarks(text);
		for (let m = 0; m < marks.length; m++) {
			const mark = marks[m];
			if (mark.kind !== 'open') continue;
			const next = marks[m + 1];
			if (next?.kind === 'close') {
				local.push([mark.at, next.at + 1, false, false]);
				m++;
			} else if (next?.kind === 'open') {
				// Opened twice: the first quote ends where its attribution starts ("…CEASEFIRE, X wrote, adding, “…").
				const inner = text.slice(mark.at + 1, next.at);
				local.push([mark.at, mark.at + 1 + cutAtAttribution(inner, attribution), false, false]);
			} else if (!next) {
				local.push([mark.at, text.length, true, false]);
			}
		}
		const taken = local.map(([open, close]) => [open, close] as [number, number]);
		const next = paragraphs[index + 1];
		const nextOpens = Boolean(next) && /^[‘']/.test(body.slice(next.start, next.start + 1));
		for (const [open, close, runsOn] of singleSpans(text, taken, nextOpens)) local.push([open, close, runsOn, true]);
		local.sort((a, b) => a[0] - b[0]);
		for (const [open, close, runsOn, single] of local) {
			const span = makeSpan(body, paragraph.start, open, close, runsOn);
			if (!span) continue;
			// Fields written out, not spread: a spread copies generically and this runs for every quote.
			spans.push({text: span.text, start: span.start, end: span.end, open: span.open, close: span.close, paragraph: index, continues: runsOnFromPrevious && open === 0, runsOn, single});
		}
		runsOnFromPrevious = local.some(([, , runsOn]) => runsOn);
	});
	return spans;
}

/** Whether a UTF-16 code unit is a closing mark, as `/[”»"’']/` tests its character. */
const isClosingMarkCode = (code: number) => code === 0x201d || code === 0xbb || code === 34 || code === 0x2019 || code === 39;
/** Whether a UTF-16 code unit is trimmed from a quote's end, as `/[\s,;:—–-]/` tests its character. */
const isTrailingCode = (code: number) => isWhiteSpaceCode(code) || code === 44 || code === 59 || code === 58 || code === 0x2014 || code === 0x2013 || code === 45;

function makeSpan(body: string, base: number, open: number, close: number, runsOn: boolean): Omit<QuoteSpan, 'paragraph' | 'continues' | 'runsOn' | 'single'> | null {
	let start = base + open + 1;
	let end = runsOn ? base + close : base + close - 1;
	if (!runsOn && !isClosingMarkCode(body.charCodeAt(end))) end = base + close; // cut at an attribution: no closing mark
	while (start < end && isWhiteSpaceCode(body.charCodeAt(start))) start++;
	while (end > start && isTrailingCode(body.charCodeAt(end - 1))) end--;
	const text = body.slice(start, end);
	if (!/[[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]/v.test(text)) return null;
	return {text, start, end, open: base + open, close: base + close};
}
