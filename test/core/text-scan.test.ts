import {test} from 'node:test';
import assert from 'node:assert/strict';
import {alternation, anyOfWords, asciiTwin, asciiTwinFor, phraseAtStart, TWIN_SAFE_BEYOND_ASCII, charClass, plainLetterCount, plainLettersAtMost, wordsAtMost, isLetterOrNumber, LETTER, MARK, NUMBER, UPPER, isWhiteSpaceCode, plainWords, splitOnWhiteSpace, titleCaseWords, wordCount, WORD_START} from '../../source/core/text-scan.js';

// What each scan must equal: the regular expression it replaces.
const byRegex = {
	plainWords: (line: string) => line.toLowerCase().replace(/[’‘]/g, "'").replace(/[^[\p{L}\p{N}' ]--[\u{10000}-\u{10FFFF}]]+/gv, ' ').replace(/\s+/g, ' ').trim(),
	wordCount: (line: string) => (line.match(/\S+/g) ?? []).length,
};

const lines = [
	'',
	'   ',
	'Truce Holds in Harbour Town',
	'  “We will rebuild,” the mayor said —  again. ',
	"The port’s cranes; the ‘quiet’ zone",
	'Home | World › Asia',
	'Ärzte ohne Grenzen in Zürich: 12 Verletzte',
	'地震 死者 ３０人',
	'İstanbul İSTANBUL',
	'tab\tand\u00a0no-break\u2003em space\u3000ideographic',
	'emoji 🙂 and 𝐁old math letters',
	'lone \ud800 high and \udc00 low surrogates',
	'١٢٣ arabic digits, Ⅻ roman numeral, ² superscript',
	"rock 'n' roll — it's O'Brien’s",
];

test('plainWords equals the regular-expression normalisation', () => {
	for (const line of lines) assert.equal(plainWords(line), byRegex.plainWords(line), JSON.stringify(line));
});

test('wordCount equals counting \\S+ matches', () => {
	for (const line of lines) assert.equal(wordCount(line), byRegex.wordCount(line), JSON.stringify(line));
});

test('splitOnWhiteSpace equals split(/\\s+/, limit), the empty pieces at either end included', () => {
	for (const line of lines) for (const limit of [0, 1, 2, 3, 12, 100]) assert.deepEqual(splitOnWhiteSpace(line, limit), line.split(/\s+/, limit), `${JSON.stringify(line)} ${limit}`);
});

test('every code unit: white space and letter-or-number tests agree with \\s and \\p{L}\\p{N} of the BMP', () => {
	for (let code = 0; code < 0x10000; code++) {
		const char = String.fromCharCode(code);
		assert.equal(isWhiteSpaceCode(code), /\s/.test(char), `U+${code.toString(16)}`);
		assert.equal(isLetterOrNumber(code), /^[\p{L}\p{N}]$/u.test(char), `U+${code.toString(16)}`);
		const expected = (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{M}/u.test(char) ? MARK : 0) | (/\p{N}/u.test(char) ? NUMBER : 0) | (/\p{Lu}/u.test(char) ? UPPER : 0);
		assert.equal(charClass(code), expected, `U+${code.toString(16)}`);
	}
	// the patterns' letter classes stop at U+FFFF: a letter or digit beyond it (mathematical bold, Gothic) is neither
	for (const point of [0x1d401, 0x1f642, 0x10330, 0x1d7ce]) assert.equal(isLetterOrNumber(point), /^[[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]$/v.test(String.fromCodePoint(point)));
});

test('random strings over a mixed alphabet: scans equal the regular expressions', () => {
	const alphabet = [...'aZ9 \t\n\'’‘-.,;|İßé\u00a0\u2003\u3000地１—–“”', 'Ab', 'x y', '\ud800', '\udc00', '🙂', '𝐁'];
	let seed = 7;
	const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	for (let run = 0; run < 2000; run++) {
		let line = '';
		for (let length = Math.floor(next() * 20); length > 0; length--) line += alphabet[Math.floor(next() * alphabet.length)];
		assert.equal(plainWords(line), byRegex.plainWords(line), JSON.stringify(line));
		assert.equal(wordCount(line), byRegex.wordCount(line), JSON.stringify(line));
		for (let limit = 0; limit < 8; limit++) assert.equal(wordsAtMost(line, limit), byRegex.wordCount(line) <= limit, JSON.stringify(line));
		for (let limit = 0; limit < 8; limit++) assert.deepEqual(splitOnWhiteSpace(line, limit), line.split(/\s+/, limit), JSON.stringify(line));
		for (let limit = 0; limit < 12; limit++) assert.equal(plainLettersAtMost(line, limit), byRegex.plainWords(line).replace(/ /g, '').length <= limit, JSON.stringify(line));
		assert.equal(plainLetterCount(line), byRegex.plainWords(line).replace(/ /g, '').length, JSON.stringify(line));
	}
});

test('anyOfWords passes whatever a case-insensitive Unicode pattern of the words matches', () => {
	const test = anyOfWords(['killed', 'shot dead']);
	const pattern = /\b(?:killed|shot dead)\b/iu;
	const cases = ['A guard was KILLED', 'one was ſhot dead', 'two \u212Ailled', 'the talks resumed', 'Shot Dead', ''];
	for (const text of cases) if (pattern.test(text)) assert.ok(test.test(text), text);
	assert.equal(test.test('the talks resumed'), false);
});

// Case-insensitive Unicode patterns of the kinds the extractors hold, and texts that hit each way the two modes part.
const twinned = [
	/\b(?:no|not one)\s+$/iu,
	/^\s*(?:[\p{L}-]+\s+){0,2}?(?:people|kin)\b/iu,
	/[^\p{L}]\p{Lu}\p{Ll}+/iu,
	/\P{L}+(s)\b/iu,
	/[\P{L}x]y/iu,
	/\p{N}+\s+\p{M}?k/iu,
	/(?<!\p{L})ab[^,;.]{0,3}?c/iu,
	/\bSK\b/iu,
	/[\p{Ll}’'-]{3,}/iu,
];
const twinTexts = ['', 'not one ', 'NO  ', 'two people', 'the Kin', 'café people', ' Ab  ', 'x Sk', 'ſk', '\u212Aillers', '12 k', '12 \u0301k', 'xab,c', 'éabc', 'a😀bc', 'ab\ud800c', 'o’neill’s', 'Ⓐy', 'µs', 'x\u00a0Sk\u2019', 'd’état'];

test('asciiTwin gives what the Unicode pattern gives, on every kind of text', () => {
	for (const pattern of twinned) {
		const twin = asciiTwin(pattern);
		assert.notEqual(twin, pattern, `${pattern} has a twin`);
		for (const text of twinTexts) assert.deepEqual(twin.exec(text), pattern.exec(text), `${pattern} on ${JSON.stringify(text)}`);
	}
});

test('asciiTwin on random strings over a mixed alphabet: the same matches', () => {
	const alphabet = ['a', 'b', 'c', 'k', 'K', 's', 'S', 'x', 'y', ' ', ' ', '-', ',', '.', '1', '’', '“', '\u00a0', 'é', 'É', 'ſ', '\u212a', '😀', '\u0301', 'ß', 'µ', '²', 'Ⓐ', '\ud800', 'o', 'n', 'e', 'p', 'l', 't', 'N', 'O'];
	let seed = 11;
	const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	for (const pattern of twinned) {
		const twin = asciiTwin(pattern);
		for (let run = 0; run < 3000; run++) {
			let text = '';
			for (let length = Math.floor(next() * 14); length > 0; length--) text += alphabet[Math.floor(next() * alphabet.length)];
			assert.deepEqual(twin.exec(text), pattern.exec(text), `${pattern} on ${JSON.stringify(text)}`);
		}
	}
});

test('asciiTwinFor reads a whole text as the global pattern does', () => {
	const pattern = /\b(?:spent|paid)\s+\d+\s+million\s+(\p{Ll}{3,})\b/giu;
	const patternFor = asciiTwinFor(pattern);
	for (const text of ['paid 3 million solars and SPENT 4 million Drals', 'paid 3 million ſolars, spent 2 million écus', 'spent 9 million \u212Aroner', ''])
		assert.deepEqual([...text.matchAll(patternFor(text))], [...text.matchAll(pattern)], text);
});

test('asciiTwin leaves alone a pattern it cannot read alike, and refuses one that keeps a lastIndex', () => {
	for (const pattern of [/\p{Script=Latin}/iu, /\u{1F600}/iu, /\p{L}/u, /abc/i]) assert.equal(asciiTwin(pattern), pattern, String(pattern));
	assert.throws(() => asciiTwin(/a/giu));
});

test('every character a twin reads beyond ASCII is caseless punctuation or space', () => {
	const safe = new RegExp(`[${TWIN_SAFE_BEYOND_ASCII}]`);
	for (let code = 0x80; code < 0x10000; code++) {
		const char = String.fromCharCode(code);
		if (!safe.test(char)) continue;
		assert.ok(!/[\p{L}\p{M}\p{N}\p{Cs}]/u.test(char) && char.toLowerCase() === char && char.toUpperCase() === char && !/\p{Cased}/u.test(char), `U+${code.toString(16)}`);
	}
});

test('words set in capitals read as a printed name', () => {
	const cases: [string, string][] = [
		['THE LAKESIDE LEDGER', 'The Lakeside Ledger'],
		['MINISTRY OF FISHERIES AND PORTS', 'Ministry of Fisheries and Ports'],
		['DEPUTY FOREIGN MINISTER', 'Deputy Foreign Minister'],
		['O’NEILL', 'O’Neill'],
		['JEAN-NOEL MARR', 'Jean-Noel Marr'],
		['OF RECORD', 'Of Record'],
	];
	for (const [capitals, printed] of cases) assert.equal(titleCaseWords(capitals), printed, capitals);
});

test('phraseAtStart finds what the case-insensitive pattern of its phrases finds at the start', () => {
	const phrases = ['killed', 'killed in action', 'shot dead', 'in hospital', 'in a critical condition', "died of wounds", 'wounded', 'sea', 'lost at sea'];
	const pattern = new RegExp(`^(?:${alternation(phrases)})\\b`, 'i');
	const lookup = phraseAtStart(phrases);
	const alphabet = [...'kilKILed dshotSHOTinhaphospitalcrLost sea  -\'’1_é\u212Aſ', 'killed', 'in ', 'shot ', 'Dead', 'action', 'at '];
	let seed = 3;
	const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	for (let run = 0; run < 20000; run++) {
		let text = '';
		for (let length = Math.floor(next() * 8); length > 0; length--) text += alphabet[Math.floor(next() * alphabet.length)];
		assert.equal(lookup.exec(text)?.[0], pattern.exec(text)?.[0], JSON.stringify(text));
		assert.equal(lookup.test(text), pattern.test(text), JSON.stringify(text));
	}
	// a phrase list the lookup cannot read is the pattern itself
	assert.ok(phraseAtStart(['U.S. troops']) instanceof RegExp);
});

test('WORD_START before a word says what \\b says, in a case-insensitive Unicode pattern', () => {
	// ſ and the Kelvin sign fold onto s and k: word characters to both tests there; é and digits on either side too
	const alphabet = [...'skSK_9 .,-éſ\u212a\u00a0', 'ask', 'sky', 'Sk', 'k s', 'ſk'];
	const words = ['sk', 'ks', 'sky', 'ask'];
	let seed = 11;
	const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	for (const flags of ['giu', 'giv']) {
		const bounded = new RegExp(String.raw`\b(?:${words.join('|')})`, flags);
		const opened = new RegExp(`${WORD_START}(?:${words.join('|')})`, flags);
		for (let run = 0; run < 3000; run++) {
			let text = '';
			for (let length = Math.floor(next() * 12); length > 0; length--) text += alphabet[Math.floor(next() * alphabet.length)];
			assert.deepEqual([...text.matchAll(opened)].map((match) => match.index), [...text.matchAll(bounded)].map((match) => match.index), `${flags} ${JSON.stringify(text)}`);
		}
	}
});
