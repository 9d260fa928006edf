/**
 * Character-class tests and word counts by scanning char codes: the parser and extractors run them on every
 * line and sentence, where a Unicode-property regular expression (or a match array) costs many times more.
 * Each function gives exactly what its regular-expression counterpart (named in its comment) gives.
 */

/** Whether a UTF-16 code unit is white space, as `\s` in a regular expression. */
export function isWhiteSpaceCode(code: number): boolean {
	if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
	if (code < 0xa0) return false;
	return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Number of white-space-separated words, as `(text.match(/\S+/g) ?? []).length`. */
export function wordCount(text: string): number {
	let count = 0;
	let inWord = false;
	for (let index = 0; index < text.length; index++) {
		const space = isWhiteSpaceCode(text.charCodeAt(index));
		if (!space && !inWord) count++;
		inWord = !space;
	}
	return count;
}

/** Whether `text` has at most `limit` white-space-separated words, as `wordCount(text) <= limit`; stops counting past it. */
export function wordsAtMost(text: string, limit: number): boolean {
	let count = 0;
	let inWord = false;
	for (let index = 0; index < text.length; index++) {
		const space = isWhiteSpaceCode(text.charCodeAt(index));
		if (!space && !inWord && ++count > limit) return false;
		inWord = !space;
	}
	return true;
}

/**
 * The words of `text` as `text.split(/\s+/, limit)` gives them: the runs of characters between white space, with '' first
 * when the text opens with white space and last when it closes with it, at most `limit` of them.
 */
export function splitOnWhiteSpace(text: string, limit: number): string[] {
	const words: string[] = [];
	if (limit <= 0) return words;
	let start = 0;
	let index = 0;
	while (index < text.length) {
		if (!isWhiteSpaceCode(text.charCodeAt(index))) {
			index++;
			continue;
		}
		words.push(text.slice(start, index));
		if (words.length === limit) return words;
		while (index < text.length && isWhiteSpaceCode(text.charCodeAt(index))) index++;
		start = index;
	}
	words.push(text.slice(start));
	return words;
}

/**
 * General categories a code point may fall in, as bits: a letter (\p{L}), a mark (\p{M}), a number (\p{N}), an upper-case
 * letter (\p{Lu}), each of the BMP only, as the patterns write their letter classes ("[\p{L}--[\u{10000}-\u{10FFFF}]]", flag v).
 */
export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
const KNOWN = 8;
export const UPPER = 16;
// Filled on first sight of each BMP code unit: KNOWN plus the category bits.
const BMP_CLASS = new Uint8Array(0x10000);

function classify(char: string): number {
	return (/[\p{L}--[\u{10000}-\u{10FFFF}]]/v.test(char) ? LETTER : 0) | (/[\p{M}--[\u{10000}-\u{10FFFF}]]/v.test(char) ? MARK : 0) | (/[\p{N}--[\u{10000}-\u{10FFFF}]]/v.test(char) ? NUMBER : 0) | (/[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(char) ? UPPER : 0);
}

/** The category bits (LETTER, MARK, NUMBER, UPPER) of a code point, 0 for anything else. */
export function charClass(codePoint: number): number {
	if (codePoint < 128) {
		if (codePoint >= 97 && codePoint <= 122) return LETTER;
		if (codePoint >= 65 && codePoint <= 90) return LETTER | UPPER;
		return codePoint >= 48 && codePoint <= 57 ? NUMBER : 0;
	}
	// the patterns' letter classes stop at U+FFFF (see letter classes in README): beyond it nothing is a letter, mark or number
	if (codePoint > 0xffff) return 0;
	let known = BMP_CLASS[codePoint];
	if (!known) BMP_CLASS[codePoint] = known = KNOWN | classify(String.fromCharCode(codePoint));
	return known & ~KNOWN;
}

/** Whether a code point is a letter or a number, as `/[\p{L}\p{N}]/u`. */
export function isLetterOrNumber(codePoint: number): boolean {
	return (charClass(codePoint) & (LETTER | NUMBER)) !== 0;
}

/** The code point at `index` (a whole surrogate pair, as a `u` pattern reads it), or -1 past the end. */
export function codePointAt(text: string, index: number): number {
	return index < text.length ? text.codePointAt(index)! : -1;
}

/**
 * `\b` before a word that opens with an ASCII letter, as a case-insensitive Unicode pattern (flags iu or iv) should write
 * it. There V8 reads a \b that opens the pattern (or one of its alternatives) by a slow path, as it must allow for ſ and
 * the Kelvin sign, which fold onto s and k, and gives up its quick scan for the words after it: 5 to 10 times slower on
 * every sentence. Before such a letter "no word character just before" is the same test (\w there takes in ſ and the
 * Kelvin sign just as \b does); literal patterns write it out as (?<!\w).
 */
export const WORD_START = String.raw`(?<!\w)`;

/** Whether a UTF-16 code unit is a word character to `\b` and `\w` (ASCII letters, digits, underscore). */
export function isAsciiWordCode(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** UTF-16 length of a code point. */
export const widthOf = (codePoint: number) => (codePoint > 0xffff ? 2 : 1);

/**
 * Lower-cased words of a line (letters, numbers and apostrophes, curly ones made straight) joined by single spaces,
 * as `line.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim()`.
 */
export function plainWords(line: string): string {
	// One pass over the lower case: ASCII (dashes and curly quotes aside, which are neither letters nor numbers) is read by
	// a table; a line with any other character is read by code points.
	const lower = line.toLowerCase();
	let out = '';
	let runStart = -1;
	let curly = false;
	for (let index = 0; index < lower.length; index++) {
		const code = lower.charCodeAt(index);
		let keep: boolean;
		if (code < 128) keep = PLAIN_WORD_ASCII[code] === 1;
		else if (code === 0x2018 || code === 0x2019) keep = curly = true;
		else if (code === 0x2013 || code === 0x2014 || code === 0x201c || code === 0x201d) keep = false;
		else return plainWordsScanned(line);
		if (keep) {
			if (runStart < 0) runStart = index;
		} else if (runStart >= 0) {
			out = joinWord(out, lower.slice(runStart, index), curly);
			runStart = -1;
			curly = false;
		}
	}
	return runStart >= 0 ? joinWord(out, lower.slice(runStart), curly) : out;
}

// ASCII characters kept in a plain word: lower-case letters, digits and the apostrophe (the line is lower-cased first).
const PLAIN_WORD_ASCII = new Uint8Array(128).map((_, code) => (/[a-z0-9']/.test(String.fromCharCode(code)) ? 1 : 0));
const joinWord = (out: string, word: string, curly: boolean) => {
	const straight = curly ? word.replace(/[’‘]/g, "'") : word;
	return out ? `${out} ${straight}` : straight;
};

function plainWordsScanned(line: string): string {
	const lower = line.toLowerCase();
	let out = '';
	let runStart = -1;
	let curly = false;
	const flush = (end: number) => {
		let run = lower.slice(runStart, end);
		if (curly) run = run.replace(/[’‘]/g, "'");
		out = out ? `${out} ${run}` : run;
		runStart = -1;
		curly = false;
	};
	for (let index = 0; index < lower.length; ) {
		const code = lower.charCodeAt(index);
		let width = 1;
		let keep: boolean;
		if (code === 39) keep = true;
		else if (code === 0x2018 || code === 0x2019) keep = curly = true;
		else if (code >= 0xd800 && code <= 0xdbff && index + 1 < lower.length) {
			const point = lower.codePointAt(index)!;
			width = point > 0xffff ? 2 : 1;
			keep = isLetterOrNumber(point);
		} else keep = isLetterOrNumber(code);
		if (keep && runStart < 0) runStart = index;
		else if (!keep && runStart >= 0) flush(index);
		index += width;
	}
	if (runStart >= 0) flush(lower.length);
	return out;
}

/** How many code units plainWords(text) holds besides its spaces (letters, numbers, apostrophes), counted without making it. */
export function plainLetterCount(text: string): number {
	let count = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 128) count += PLAIN_WORD_ASCII_ANY_CASE[code];
		else if (code === 0x2018 || code === 0x2019) count++;
		else if (code >= 0xd800 && code <= 0xdbff) {
			// a surrogate pair is one code point, two code units; a lone surrogate is neither letter nor number
			const point = text.codePointAt(index)!;
			if (point > 0xffff) {
				if (isLetterOrNumber(point)) count += 2;
				index++;
			}
		} else if (isLetterOrNumber(code)) count++;
	}
	return count;
}

// PLAIN_WORD_ASCII with the capitals too, as 1 or 0: the characters of an unlowered line that plainWords keeps.
const PLAIN_WORD_ASCII_ANY_CASE = new Uint8Array(128).map((_, code) => (/[A-Za-z0-9']/.test(String.fromCharCode(code)) ? 1 : 0));

/** Whether plainWords(text) holds at most `limit` code units besides its spaces (letters, numbers, apostrophes); stops counting past it. */
export function plainLettersAtMost(text: string, limit: number): boolean {
	let count = 0;
	for (let index = 0; index < text.length; ) {
		const code = text.charCodeAt(index);
		if (code < 128) {
			if ((PLAIN_WORD_ASCII[code] === 1 || (code >= 65 && code <= 90)) && ++count > limit) return false;
			index++;
			continue;
		}
		const point = text.codePointAt(index)!;
		const width = widthOf(point);
		if ((point === 0x2018 || point === 0x2019 || isLetterOrNumber(point)) && (count += width) > limit) return false;
		index += width;
	}
	return true;
}

/**
 * The word a text ends in before its trailing white space, lower-cased ("killed at least " -> "least"): the ASCII letters
 * right before it. '' when the text does not end in white space; null when a character beyond ASCII stands right before
 * those letters (a case-insensitive Unicode pattern may read ſ or K as a letter of the word).
 */
export function lastWordBeforeSpace(text: string): string | null {
	let end = text.length;
	while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
	if (end === text.length) return '';
	let start = end;
	for (let code = text.charCodeAt(start - 1); start > 0 && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)); code = text.charCodeAt(start - 1)) start--;
	if (start > 0 && text.charCodeAt(start - 1) >= 128) return null;
	return text.slice(start, end).toLowerCase();
}

/** A pattern tried only on texts that pass a cheap test first: the same exec and test, when the test holds for every text it matches. */
export interface GatedPattern {
	exec(text: string): RegExpExecArray | null;
	test(text: string): boolean;
}

// The ASCII classes a Unicode property stands for on a text of ASCII and caseless punctuation (see asciiTwin).
const ASCII_PROPERTIES: Record<string, string> = {L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', Nd: '0-9', M: '', Mn: '', Me: '', Mc: ''};
const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** The code units of the BMP outside ASCII ranges like 'A-Za-z', as ranges a character class holds. */
function complementRanges(ranges: string): string {
	const inside = [...ranges.matchAll(/(.)-(.)/g)].map(([, from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]);
	let out = '';
	let next = 0;
	for (const [from, to] of inside) {
		if (from > next) out += `${hex(next)}-${hex(from - 1)}`;
		next = to + 1;
	}
	return `${out}${hex(next)}-\\uffff`;
}

// A letter class without the planes beyond U+FFFF, as a pattern with flag v writes it: "[\p{L}--[\u{10000}-\u{10FFFF}]]", "[[\p{L}'’\-]--[…]]".
const BMP_ONLY_PROPERTY = /\[(\^?)\\p\{(\w+)\}--\[\\u\{10000\}-\\u\{10FFFF\}\]\]/g;
const BMP_ONLY_CLASS = /\[(\^?)\[((?:\\.|[^\]\\])*)\]--\[\\u\{10000\}-\\u\{10FFFF\}\]\]/g;

/** A Unicode pattern's source with each property escape read as its ASCII class; null when it holds anything else the two modes read apart. */
function asciiSource(source: string): string | null {
	// the twin reads a BMP-only class as the class itself: on its texts (ASCII and caseless punctuation) the two are alike
	source = source.replace(BMP_ONLY_PROPERTY, (_, not: string, name: string) => `\\${not ? 'P' : 'p'}{${name}}`).replace(BMP_ONLY_CLASS, (_, not: string, inner: string) => `[${not}${inner}]`);
	// a surrogate, or one escaped, is half a character to the twin
	if (/[\ud800-\udfff]|\\u[dD][89a-fA-F]/.test(source)) return null;
	let out = '';
	let inClass = false;
	for (let index = 0; index < source.length; index++) {
		const char = source[index];
		if (char !== '\\') {
			if (char === '[' && !inClass) inClass = true;
			else if (char === ']' && inClass) inClass = false;
			out += char;
			continue;
		}
		const next = source[index + 1];
		if ((next === 'p' || next === 'P') && source[index + 2] === '{') {
			const close = source.indexOf('}', index);
			const ranges = ASCII_PROPERTIES[source.slice(index + 3, close)];
			if (ranges === undefined) return null;
			const chars = next === 'p' ? ranges : complementRanges(ranges);
			out += inClass ? chars : `[${chars}]`;
			index = close;
		} else if (next === 'u' && source[index + 2] === '{') return null;
		else {
			out += char + next;
			index++;
		}
	}
	return out;
}

/**
 * The characters beyond ASCII a text may hold for asciiTwin to read it: spaces, dashes, quote marks and other punctuation
 * that is no letter, mark or number and has no case (a test checks each). Anything else, a surrogate too, sends the text
 * to the Unicode pattern itself.
 */
export const TWIN_SAFE_BEYOND_ASCII = '\u00a0\u00a3\u00a7\u00ab\u00b0\u00b7\u00bb\u2010-\u2027\u2030-\u203e\u20ac';
const TWIN_UNSAFE = new RegExp(`[^\\u0000-\\u007f${TWIN_SAFE_BEYOND_ASCII}]`);

/**
 * A case-insensitive Unicode pattern (flags iu, neither g nor y) with the same exec and test, run as its plain twin
 * (flags i, \p{L} read as [A-Za-z], \p{Lu} as [A-Z], \p{Ll} as [a-z], \p{N} as [0-9], marks as nothing) on every text
 * of ASCII and caseless punctuation, where the two match alike. V8 runs a pattern with both flags several times slower
 * (a \b there must allow for ſ and the Kelvin sign, which fold onto s and k, and its quick checks are off), 10x on
 * some unanchored ones. A pattern without both flags, or holding what the twin cannot read alike, is itself.
 */
export function asciiTwin(pattern: RegExp): GatedPattern {
	if (pattern.global || pattern.sticky) throw new Error(`asciiTwin: /${pattern.source}/${pattern.flags} keeps a lastIndex`);
	const twin = twinOf(pattern);
	if (!twin) return pattern;
	return {
		exec: (text) => (TWIN_UNSAFE.test(text) ? pattern : twin).exec(text),
		test: (text) => (TWIN_UNSAFE.test(text) ? pattern : twin).test(text),
	};
}

/**
 * asciiTwin for a global or sticky pattern: the pattern to read `text` with (matchAll, replace, or exec after setting
 * the returned pattern's lastIndex), its twin when the two read it alike.
 */
export function asciiTwinFor(pattern: RegExp): (text: string) => RegExp {
	const twin = twinOf(pattern);
	return twin ? (text) => (TWIN_UNSAFE.test(text) ? pattern : twin) : () => pattern;
}

function twinOf(pattern: RegExp): RegExp | null {
	const source = (pattern.unicode || pattern.unicodeSets) && pattern.ignoreCase ? asciiSource(pattern.source) : null;
	return source === null ? null : new RegExp(source, pattern.flags.replace(/[uv]/, ''));
}

/**
 * A pattern anchored at the end (non-global) whose every match ends in one of `lastWords` (words or phrases) and white
 * space, that word standing after a non-letter: tried only on texts whose last word is one of theirs.
 */
export function endingInWord(unicodePattern: RegExp, lastWords: readonly string[]): GatedPattern {
	const pattern = asciiTwin(unicodePattern);
	// a phrase ends in its last run of ASCII letters ("death toll rose to" in "to"), as lastWordBeforeSpace reads a text
	const words = new Set(lastWords.map((word) => /[A-Za-z]*$/.exec(word)![0].toLowerCase()));
	const may = (text: string) => {
		const last = lastWordBeforeSpace(text);
		return last === null || words.has(last);
	};
	return {
		exec: (text) => (may(text) ? pattern.exec(text) : null),
		test: (text) => may(text) && pattern.test(text),
	};
}

const isAsciiWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/**
 * What `new RegExp(`^(?:${alternation(phrases)})\\b`, 'i')` finds, as a lookup: the phrases sharing the text's first run of
 * letters, longest first, compared letter by letter. For phrases of lower-case ASCII letters, spaces, hyphens and
 * apostrophes only (else the pattern itself): a list of hundreds compiles to 100-300 KB of machine code per pattern,
 * and V8 stops optimising patterns past 16 MB of code.
 */
export function phraseAtStart(phrases: readonly string[]): GatedPattern {
	const pattern = new RegExp(`^(?:${alternation(phrases)})\\b`, 'i');
	if (!phrases.every((phrase) => /^[a-z][a-z' -]*$/.test(phrase))) return pattern;
	const byFirstRun = new Map<string, string[]>();
	for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
		const run = /^[a-z]+/.exec(phrase)![0];
		byFirstRun.get(run)?.push(phrase) ?? byFirstRun.set(run, [phrase]);
	}
	const found = (text: string): string | null => {
		let end = 0;
		for (let code = text.charCodeAt(0); (code >= 97 && code <= 122) || (code >= 65 && code <= 90); code = text.charCodeAt(++end));
		for (const phrase of byFirstRun.get(text.slice(0, end).toLowerCase()) ?? []) {
			if (text.length < phrase.length) continue;
			let index = end;
			// flag i without u pairs an ASCII letter with its other case only; anything else stands for itself
			for (; index < phrase.length; index++) {
				const want = phrase.charCodeAt(index);
				const code = text.charCodeAt(index);
				if (code !== want && !(want >= 97 && want <= 122 && code === want - 32)) break;
			}
			if (index === phrase.length && isAsciiWordChar(phrase.charCodeAt(phrase.length - 1)) !== isAsciiWordChar(text.charCodeAt(phrase.length))) return text.slice(0, phrase.length);
		}
		return null;
	};
	return {
		exec: (text) => {
			const match = found(text);
			return match === null ? null : Object.assign([match], {index: 0, input: text, groups: undefined}) as RegExpExecArray;
		},
		test: (text) => found(text) !== null,
	};
}

/** A quick test of a text: see anyOfWords. */
export interface WordTest {
	test(text: string): boolean;
}

/**
 * A cheap test passed by every text in which a case-insensitive Unicode pattern (flags `iu`) could find one of
 * `words` (lower-case ASCII): the text lower-cased holds one of them, or holds a character that only Unicode folding
 * makes an ASCII letter (ſ is s, the Kelvin sign is k). Run before an expensive pattern that cannot match without one.
 */
export function anyOfWords(words: readonly string[]): WordTest {
	// Without flag u, flag i pairs ASCII letters only with ASCII letters: the two folds beyond ASCII are tested apart.
	const anyWord = new RegExp(words.map(escapeRegExp).join('|'), 'i');
	return {
		test: (text) => anyWord.test(text) || foldsToAscii(text),
	};
}

/** Whether a text holds ſ or the Kelvin sign: the only characters that case-insensitive Unicode patterns (flags iu) fold onto ASCII letters. */
export function foldsToAscii(text: string): boolean {
	return text.includes('\u017F') || text.includes('\u212A');
}

/** A word with the characters special to regular expressions escaped. */
export const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words as one alternation, longest first so a longer word wins over its prefix. */
export const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

const MINOR_WORDS = new Set(['of', 'and', 'on', 'the', 'for']);

/**
 * Words set in capitals as a name is printed: "MINISTER OF STATE" -> "Minister of State", "O’NEILL" -> "O’Neill",
 * "MARIE-CLAIRE" -> "Marie-Claire". Minor words stay lower-case except first.
 */
export function titleCaseWords(text: string): string {
	return text
		.split(/\s+/)
		.filter(Boolean)
		.map((word, index) =>
			index > 0 && MINOR_WORDS.has(word.toLowerCase())
				? word.toLowerCase()
				: word.toLowerCase().replace(/(^|[\-'’])([\p{L}--[\u{10000}-\u{10FFFF}]])/gv, (_, mark: string, letter: string) => mark + letter.toUpperCase()),
		)
		.join(' ');
}
