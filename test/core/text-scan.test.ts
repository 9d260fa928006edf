import {test} from 'node:test';
import assert from 'node:assert/strict';
import {anyOfWords, charClass, plainLetterCount, plainLettersAtMost, wordsAtMost, isLetterOrNumber, LETTER, MARK, NUMBER, UPPER, isWhiteSpaceCode, plainWords, titleCaseWords, wordCount} from '../../source/core/text-scan.js';

// What each scan must equal: the regular expression it replaces.
const byRegex = {
	plainWords: (line: string) => line.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim(),
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

test('every code unit: white space and letter-or-number tests agree with \\s and \\p{L}\\p{N}', () => {
	for (let code = 0; code < 0x10000; code++) {
		const char = String.fromCharCode(code);
		assert.equal(isWhiteSpaceCode(code), /\s/.test(char), `U+${code.toString(16)}`);
		assert.equal(isLetterOrNumber(code), /^[\p{L}\p{N}]$/u.test(char), `U+${code.toString(16)}`);
		const expected = (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{M}/u.test(char) ? MARK : 0) | (/\p{N}/u.test(char) ? NUMBER : 0) | (/\p{Lu}/u.test(char) ? UPPER : 0);
		assert.equal(charClass(code), expected, `U+${code.toString(16)}`);
	}
	for (const point of [0x1d401, 0x1f642, 0x10330, 0x1d7ce]) assert.equal(isLetterOrNumber(point), /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(point)));
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
