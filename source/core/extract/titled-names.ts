/**
 * People named with a title of office in one article ("Special Envoy Ann Sample", "Ann Sample, the U.S.
 * special envoy"), with the office they hold. Read per article in the map stage; the reduce compares
 * them across outlets to find one office held by differently named people.
 */
import {COUNTRIES} from '../lexicon/geography.js';
import {OFFICE_TITLES} from '../lexicon/office-titles.js';
import {alternation, charClass, isWhiteSpaceCode, LETTER, UPPER} from '../text-scan.js';

const capitalised = (words: string) => words.replace(/(^|[\s\-])([\p{L}--[\u{10000}-\u{10FFFF}]])/gv, (_, space: string, letter: string) => space + letter.toUpperCase());
// Titles in any usual case ("special envoy", "Special Envoy", "Special envoy"); names must stay capitalised, so no 'i' flag.
const TITLE_FORMS = [...new Set(OFFICE_TITLES.flatMap((title) => [title, capitalised(title), title.charAt(0).toUpperCase() + title.slice(1)]))];
const TITLES = alternation(TITLE_FORMS);
const NAME_WORD = "[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]*";
/** A title of office followed by a capitalised name of two or three words. */
const TITLED_NAME = new RegExp(`\\b(${TITLES})\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})`, 'gv');
/** A name with its title in apposition: "Ann Sample, the U.S. special envoy,"; tried (sticky) only a few words before ", the". */
const NAME_THEN_TITLE = new RegExp(`(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}),\\s+(?:the|a|an)\\s+((?:[[\\p{L}.'’]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?)(${TITLES})\\b`, 'vy');
// What follows the name in NAME_THEN_TITLE, up to the article: a comma no match can use fails this.
const APPOSITION_OPENS = /,\s+(?:the|a|an)\s/y;

const NATIONALITY = new Map<string, string>();
for (const country of COUNTRIES)
	for (const form of [country.name, ...country.aliases, ...country.adjectives]) NATIONALITY.set(form.toLowerCase().replace(/\./g, ''), country.name);

/** A person named with a title of office in an article. */
export interface TitledName {
	/** The title's head word ("envoy", "minister"), with the country it serves when the text says. */
	office: string;
	title: string;
	name: string;
	article: string;
	sentence: string;
	offset: number;
}

/** The country word just before a title ("U.S. Special Envoy", "Norway's Foreign Minister"), if any. */
function countryBefore(text: string, start: number): string | null {
	const word = wordBefore(text, Math.max(0, start - 30), start);
	return word ? (NATIONALITY.get(word.toLowerCase().replace(/\./g, '')) ?? null) : null;
}

const isApostropheCode = (code: number) => code === 39 || code === 0x2019;

/**
 * The word that `/([\p{L}.]+)(?:['’]s)?\s+$/u` finds in `text.slice(from, to)` (its group), or null: read back from
 * the end rather than tried from every start of the stretch.
 */
function wordBefore(text: string, from: number, to: number): string | null {
	let end = to;
	while (end > from && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
	if (end === to) return null;
	// A possessive ("Norway’s") is left out when a word stands before its apostrophe; else its "s" is the word.
	if (end - from >= 2 && text.charCodeAt(end - 1) === 115 && isApostropheCode(text.charCodeAt(end - 2))) {
		const start = wordStart(text, from, end - 2);
		if (start < end - 2) return text.slice(start, end - 2);
	}
	const start = wordStart(text, from, end);
	return start < end ? text.slice(start, end) : null;
}

/** Where the run of letters and full stops ending at `end` starts, no earlier than `from`. */
function wordStart(text: string, from: number, end: number): number {
	let at = end;
	while (at > from) {
		const code = text.charCodeAt(at - 1);
		if (code === 46 || (code < 128 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : code < 0xd800 || code > 0xdfff ? (charClass(code) & LETTER) !== 0 : false)) {
			at--;
			continue;
		}
		// A letter beyond the BMP: a surrogate pair read whole (half of one outside the stretch ends it, as the slice would).
		if (code >= 0xdc00 && code <= 0xdfff && at - 2 >= from) {
			const point = text.codePointAt(at - 2)!;
			if (point > 0xffff && charClass(point) & LETTER) {
				at -= 2;
				continue;
			}
		}
		break;
	}
	return at;
}

const TITLE_WORDS = new Set(OFFICE_TITLES.flatMap((title) => title.split(/\s+/)));

const isStopCode = (code: number) => code === 46 || code === 33 || code === 63;
const isCloseQuoteCode = (code: number) => code === 34 || code === 0x201d || code === 0x2019;
// "U.S. Special Envoy", "Lt. Gen.": a dotted abbreviation or an initial does not end the sentence.
const ABBREVIATED = /(?:\b[\p{L}--[\u{10000}-\u{10FFFF}]]\.[\p{L}--[\u{10000}-\u{10FFFF}]]|\b[\p{Lu}--[\u{10000}-\u{10FFFF}]]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St))$/v;
const NEXT_STOP = /[.!?]["”’]?(?=\s|$)|\n/g;

/**
 * Where the sentence holding `start` begins: just past the last stop before it within 600 characters, as the last
 * match of `/[.!?]["”’]?\s+|\n/g` in that stretch (an abbreviation's full stop aside) gives it, found scanning back.
 */
function sentenceStartBefore(body: string, start: number): number {
	// Sentences are short: look back a bounded stretch rather than scan the whole body before every name.
	const windowStart = Math.max(0, start - 600);
	for (let at = start - 1; at >= windowStart; at--) {
		const code = body.charCodeAt(at);
		let end: number;
		if (isStopCode(code)) {
			// A full stop, an optional closing quote, then white space (taken in whole, up to `start`).
			let after = at + 1;
			if (after < start && isCloseQuoteCode(body.charCodeAt(after))) after++;
			end = after;
			while (end < start && isWhiteSpaceCode(body.charCodeAt(end))) end++;
			if (end === after) continue;
		} else if (code === 10) {
			// A line break is a stop of its own unless it is in the white space a stop before it takes in.
			let before = at - 1;
			while (before >= windowStart && isWhiteSpaceCode(body.charCodeAt(before))) before--;
			const taken = before >= windowStart && (isStopCode(body.charCodeAt(before)) || (before > windowStart && isCloseQuoteCode(body.charCodeAt(before)) && isStopCode(body.charCodeAt(before - 1))));
			if (taken) continue;
			end = at + 1;
		} else continue;
		if (!ABBREVIATED.test(body.slice(Math.max(0, at - 4), at))) return end;
	}
	return windowStart;
}

/** The sentence of the body around a span: from the previous terminator or line break to the next. */
function sentenceAround(body: string, start: number, end: number): {sentence: string; offset: number} {
	const from = sentenceStartBefore(body, start);
	NEXT_STOP.lastIndex = end;
	const next = NEXT_STOP.exec(body);
	const to = next ? next.index + next[0].length : body.length;
	return {sentence: body.slice(from, to).trim(), offset: from};
}

/** Whether a UTF-16 code unit may stand in a name of NAME_WORDs (a letter, an apostrophe or a hyphen; any surrogate). */
function mayBeNameCode(code: number): boolean {
	if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 || code === 45;
	return code === 0x2019 || (code >= 0xd800 && code <= 0xdfff) || (charClass(code) & LETTER) !== 0;
}

/**
 * The matches `body.matchAll(NAME_THEN_TITLE)` would give with the flag `g`. Every match ends its name at a comma
 * followed by ", the|a|an ", and the name is at most three words of name characters: the pattern is tried only at
 * capitals within those words before such a comma, commas in body order.
 */
function nameThenTitle(body: string): RegExpExecArray[] {
	const matches: RegExpExecArray[] = [];
	let from = 0;
	for (let comma = body.indexOf(','); comma >= 0; comma = body.indexOf(',', comma + 1)) {
		APPOSITION_OPENS.lastIndex = comma;
		if (comma <= from || !APPOSITION_OPENS.test(body)) continue;
		// Back over at most three words of name characters and the spaces between them.
		let start = comma;
		for (let word = 0; word < 3; word++) {
			while (start > 0 && !isWhiteSpaceCode(body.charCodeAt(start - 1)) && mayBeNameCode(body.charCodeAt(start - 1))) start--;
			if (word < 2) while (start > 0 && isWhiteSpaceCode(body.charCodeAt(start - 1))) start--;
		}
		for (let at = Math.max(start, from); at < comma; at++) {
			if (!(charClass(body.codePointAt(at)!) & UPPER)) continue;
			NAME_THEN_TITLE.lastIndex = at;
			const match = NAME_THEN_TITLE.exec(body);
			if (!match) continue;
			matches.push(match);
			from = match.index + match[0].length;
			break;
		}
	}
	return matches;
}

/** Title + name spans in an article's sentences. */
export function titledNames(article: {id: string; body: string}): TitledName[] {
	const found: TitledName[] = [];
	const {body, id} = article;
	const spans: {title: string; words: string[]; start: number; end: number; country: string | null}[] = [];
	for (const match of body.matchAll(TITLED_NAME))
		spans.push({title: match[1], words: match[2].split(/\s+/), start: match.index!, end: match.index! + match[0].length, country: countryBefore(body, match.index!)});
	for (const match of nameThenTitle(body)) {
		const qualifier = match[2].trim().replace(/['’]s$/, '').toLowerCase().replace(/\./g, '');
		spans.push({title: match[3], words: match[1].split(/\s+/), start: match.index!, end: match.index! + match[0].length, country: NATIONALITY.get(qualifier) ?? null});
	}
	for (const span of spans.sort((a, b) => a.start - b.start)) {
		const words = span.words;
		// "President Sample Said" or "Minister of X": cut the name where another title or a country starts.
		const cut = words.findIndex((word, index) => index > 0 && (TITLE_WORDS.has(word.toLowerCase()) || NATIONALITY.has(word.toLowerCase())));
		const name = (cut > 0 ? words.slice(0, cut) : words).join(' ').replace(/['’]s$/, '');
		if (name.split(/\s+/).length < 2 || NATIONALITY.has(words[0].toLowerCase())) continue;
		const {sentence, offset} = sentenceAround(body, span.start, span.end);
		const head = span.title.toLowerCase().split(/\s+/).at(-1)!;
		found.push({
			office: span.country ? `${span.country} ${head}` : head,
			title: span.title,
			name,
			article: id,
			sentence,
			offset,
		});
	}
	return found;
}
