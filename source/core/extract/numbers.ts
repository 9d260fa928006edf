/**
 * Numbers in running text: digits ("250,000", "1.3"), words ("seven", "twenty-six", "three dozen"),
 * multipliers ("1.5 million", "$1.2 trillion"), vague counts ("dozens": no value, the word kept),
 * ranges ("10 or 12"), percentages and money, each with the qualifier before it ("at least", "nearly").
 * Every pattern is a single left-to-right scan: no nested quantifiers, linear in the sentence.
 */
import {alternation, asciiTwin, asciiTwinFor, charClass, codePointAt, endingInWord, isAsciiWordCode, isWhiteSpaceCode, LETTER, NUMBER as NUMERAL, UPPER, widthOf} from '../text-scan.js';
import {AID_KINDS, AID_SUMS, AREA_UNITS, CURRENCY_SIGNS, CURRENCY_WORDS, DESIGNATION_NOUNS, HANDOVER_VERBS, MEASURE_UNITS, MONTHS, NOT_CURRENCY, PAYING_VERBS, PUBLIC_PURSES, QUANTITY_UNITS, SPENDING_VERBS, SUM_NOUNS, MULTIPLIERS, NUMBER_WORDS, QUALIFIERS, TIME_UNITS, VAGUE_COUNTS} from '../lexicon/numbers.js';

export type NumberUnit = 'percent' | 'points' | 'money' | null;

/** One number as written, with its offsets in the text it was found in. */
export interface NumberMention {
	/** The whole phrase: qualifier, number, multiplier, unit. */
	text: string;
	/** Offsets of the whole phrase (qualifier included). */
	start: number;
	end: number;
	/** Offsets of the number itself (currency sign and multiplier included, qualifier excluded). */
	numberStart: number;
	numberEnd: number;
	/** Null for vague counts. */
	value: number | null;
	/** Upper end of a range ("10 or 12"), else null. */
	high: number | null;
	/** The vague count word ("dozens"), else null. */
	vague: string | null;
	qualifier: string | null;
	unit: NumberUnit;
	/** ISO-like currency code when the amount is money. */
	currency: string | null;
	/** The word the number is hyphenated to ("12-point" -> "point", "90-day" -> "day"), else null. */
	compound: string | null;
	/** Written in words ("seven") rather than digits. */
	inWords: boolean;
}


const UNITS = Object.keys(NUMBER_WORDS).filter((word) => NUMBER_WORDS[word] < 10 && NUMBER_WORDS[word] > 0);
const TENS = Object.keys(NUMBER_WORDS).filter((word) => NUMBER_WORDS[word] >= 20);
const WORD_NUMBER = `(?:${alternation(TENS)})(?:[\\- ](?:${alternation(UNITS)}))?|${alternation(Object.keys(NUMBER_WORDS))}`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A count in digits or in words ("1,200", "twenty-one"), as a regex source for other extractors' patterns. */
export const COUNT = `(?:${DIGITS}|${WORD_NUMBER})`;
const SIGNS = alternation(Object.keys(CURRENCY_SIGNS));
// wire abbreviations ('$2.4 bln', '40 mln') read as the words they shorten
const LONG_MULTIPLIER = 'dozen|hundred|thousand|million|billion|trillion|crore|lakh|bln|mln';

const MULTIPLIER_AFTER = `(?:\\s+|-)(${LONG_MULTIPLIER})\\b|(bln|mln|bn|tn|mn|m|k)(?![[\\p{L}\\p{N}]--[\\u{10000}-\\u{10FFFF}]])`;
// "a quarter-million", "a half million", "three-quarter million": a fraction said right before its multiplier
const FRACTION_OF_MULTIPLIER = '(?:(?:an?|one|three)[\\- ]quarters?|(?:an?[\\- ])?half)';
const FRACTION_VALUE = /^(?:(an?|one)[- ]quarter|three[- ]quarters?|(?:an?[- ])?half)$/;
// currency? number-or-vague multiplier?  (one scan; checks that need context happen after the match)
// (a sign in letters ends its word: "Euronet" holds no "EUR" and no "one")
// "a"/"an" is a number only before a multiplier ("a dozen"): tried only there, or every word starting with "a" is a match.
/** The number pattern; findNumbers finds what a global scan of it finds (a test holds them to it). */
export const NUMBER = new RegExp(
	`(?<![[\\p{L}\\p{N}$€£¥₹₽₴.,:\\/]--[\\u{10000}-\\u{10FFFF}]])(?:(${SIGNS})(?![\\p{L}--[\\u{10000}-\\u{10FFFF}]])\\s?)?(${alternation(VAGUE_COUNTS)}|${DIGITS}|half a|${FRACTION_OF_MULTIPLIER}(?=${MULTIPLIER_AFTER.replace(/\((?!\?)/g, '(?:')})|${WORD_NUMBER}|an?(?=${MULTIPLIER_AFTER.replace(/\((?!\?)/g, '(?:')}))` +
		`(?:${MULTIPLIER_AFTER})?`,
	'giv',
);
const QUALIFIER_BEFORE_PATTERN = new RegExp(`\\b(${alternation(QUALIFIERS)})\\s+$`, 'i');
const QUALIFIER_BEFORE = endingInWord(QUALIFIER_BEFORE_PATTERN, QUALIFIERS);
const HANDOVER_VERB_BEFORE = new RegExp(`\\b(?:${alternation(HANDOVER_VERBS)})\\s+$`, 'i');

/** "handed over 20 people", "turned over 12": the particle of a handover verb, not the bound "over" (more than). */
function isPhrasalOver(text: string, qualifierStart: number, qualifier: string): boolean {
	return qualifier.toLowerCase() === 'over' && HANDOVER_VERB_BEFORE.test(text.slice(Math.max(0, qualifierStart - 16), qualifierStart));
}
const PERCENT_AFTER = /^(?:\s?%|\s?-?\s?(?:percent|per cent|pct)\b)/i;
const POINTS_AFTER = /^\s(?:percentage points?|basis points|points?)\b/i;
// The country's adjective may stand between: "US dollars", "Kenyan shillings", "40 billion kembari shillings".
const CURRENCY_AFTER = new RegExp(`^\\s+(?:(?:US|U\\.S\\.|Hong Kong|[\\p{L}--[\\u{10000}-\\u{10FFFF}]]+(?:an|ian|ean|ese|ish|i))\\s+)?(${alternation(CURRENCY_WORDS)})\\b`, 'iv');
const RANGE_AFTER = new RegExp(`^\\s*(?:-|–|to|or)\\s*(${DIGITS}|${WORD_NUMBER})(?![[\\p{L}\\p{N}]--[\\u{10000}-\\u{10FFFF}]])`, 'iv');
// "between 300 and 400 people": a range said with "between … and"
const BETWEEN_AND = new RegExp(`^\\s+and\\s+(${DIGITS}|${WORD_NUMBER})(?![[\\p{L}\\p{N}]--[\\u{10000}-\\u{10FFFF}]])`, 'iv');
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const CAPITAL_MULTIPLIER = /^(B|T)(?![[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]])/v;
const RANGE_FROM = /\b(?:range|ranges|ranged|ranging|anywhere|varying|vary|varies|varied)\s+from\s+$/i;
const SHARED_MULTIPLIER = /^\s+(million|billion|trillion|thousand|bn|mln)\b/i;
const COMPOUND_AFTER = /^-([a-z]+)\b/i;
const ODD_AFTER = /^-odd\b/i;
const QUARTER_BEFORE = /\b((?:a|one|three)(?:\s+|-)quarters?)\s+of\s+$/i;
// the rest of a number said in words: "one hundred [and twenty]", "one thousand [two hundred]", "two thousand [and fifty]"
const WORDS_REST = new RegExp(`^(\\s+and)?\\s+(${WORD_NUMBER})(?:(?:\\s+|-)(hundred))?(?![[\\p{L}\\p{N}\\-]--[\\u{10000}-\\u{10FFFF}]])`, 'iv');
const LARGER_MULTIPLIER = /^(?:\s+|-)(thousand|million|billion|trillion)\b/i;
// "two and a half billion shillings": a half before the multiplier
const AND_A_HALF = new RegExp(`^\\s+and\\s+a\\s+half(?:\\s+|-)(${LONG_MULTIPLIER})\\b`, 'i');
// "two and a half years", "three and a half months": half a unit of time said in words
const AND_A_HALF_SPAN = /^\s+and\s+a\s+half(?=\s+(?:years|months|weeks|days|hours)\b)/i;

// "one point two billion dollars", "three point five per cent": a decimal said in words, its digits one word each
const DIGIT_WORDS = ['zero', 'nought', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const POINT_DECIMAL = new RegExp(`^\\s+point\\s+((?:${DIGIT_WORDS.join('|')})(?:\\s+(?:${DIGIT_WORDS.join('|')})){0,2})(?:(?:\\s+|-)(${LONG_MULTIPLIER}))?(?![[\\p{L}\\p{N}\\-]--[\\u{10000}-\\u{10FFFF}]])`, 'iv');

/** The decimal part said in words after a whole number ("one | point two billion"), with its multiplier, or null. */
function pointDecimal(rest: string, whole: number): {value: number; length: number} | null {
	const decimal = POINT_DECIMAL.exec(rest);
	if (!decimal || !Number.isInteger(whole) || whole >= 100) return null;
	const digits = decimal[1].toLowerCase().split(/\s+/).map((word) => (word === 'nought' ? 0 : NUMBER_WORDS[word])).join('');
	const value = Number(`${whole}.${digits}`);
	return {value: decimal[2] ? round(value * MULTIPLIERS[decimal[2].toLowerCase()]) : value, length: decimal[0].length};
}

/** How far a number in words goes on past its multiplier, and what it adds: "one thousand | two hundred and sixty". */
function wordsRest(rest: string, multiplier: string): {add: number; length: number} | null {
	const part = WORDS_REST.exec(rest);
	if (!part) return null;
	const value = NUMBER_WORDS[part[2].toLowerCase()] ?? numberValue(part[2]);
	if (value === null || value < 1 || value >= 100) return null;
	if (part[3]) {
		// "one thousand two hundred (and sixty)": hundreds only after a thousand, and no "and" before them
		if (multiplier !== 'thousand' || part[1] || value >= 10) return null;
		const tail = wordsRest(rest.slice(part[0].length), 'hundred');
		return {add: value * 100 + (tail?.add ?? 0), length: part[0].length + (tail?.length ?? 0)};
	}
	// "one hundred and twenty", "a thousand and one"; "one hundred twenty" (American) only after hundred
	if (!part[1] && multiplier !== 'hundred') return null;
	return {add: value, length: part[0].length};
}

/** The value of a number written in digits or words, or null when it is not one. */
export function numberValue(written: string): number | null {
	const word = written.toLowerCase().trim();
	if (/^[\d,.]+$/.test(word)) {
		const value = Number(word.replace(/,/g, ''));
		return Number.isFinite(value) ? value : null;
	}
	if (word === 'a' || word === 'an') return 1;
	if (word === 'half a') return 0.5;
	const fraction = FRACTION_VALUE.exec(word);
	if (fraction) return fraction[1] ? 0.25 : /^three/.test(word) ? 0.75 : 0.5;
	if (word in NUMBER_WORDS) return NUMBER_WORDS[word];
	const parts = word.split(/[- ]/);
	if (parts.length === 2 && parts[0] in NUMBER_WORDS && parts[1] in NUMBER_WORDS) return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]];
	return null;
}

// NUMBER tried at one position: the scan below calls it only where a match can begin.
const NUMBER_AT = new RegExp(NUMBER.source, 'ivy');
// ASCII characters NUMBER's look-behind refuses before a number.
const REFUSED_BEFORE = new Uint8Array(128);
for (let code = 0; code < 128; code++) if (/[[\p{L}\p{N}$.,:\/]--[\u{10000}-\u{10FFFF}]]/v.test(String.fromCharCode(code))) REFUSED_BEFORE[code] = 1;

// How a match can open, lower-cased, white space as one space: a sign, a vague count, a number word, "half a", and "a" or
// "an" only before a multiplier ("a dozen", "an-hundred", "abn", "am"). A match opening with a digit is tried wherever one stands.
const SHORT_MULTIPLIERS = ['bln', 'mln', 'bn', 'tn', 'mn', 'm', 'k'];
const OPENINGS = [
	...Object.keys(CURRENCY_SIGNS),
	...VAGUE_COUNTS,
	...Object.keys(NUMBER_WORDS),
	'half a',
	'half',
	...['a', 'an'].flatMap((article) => ['quarter', 'half'].flatMap((fraction) => [`${article} ${fraction}`, `${article}-${fraction}`])),
	...['one', 'three'].flatMap((count) => [`${count} quarter`, `${count}-quarter`]),
	...['a', 'an'].flatMap((article) => [...LONG_MULTIPLIER.split('|').flatMap((multiplier) => [`${article} ${multiplier}`, `${article}-${multiplier}`]), ...SHORT_MULTIPLIERS.map((multiplier) => article + multiplier)]),
].map((opening) => opening.toLowerCase());
// ASCII characters an opening begins with; beyond ASCII, those it begins with and the two that flag iu folds onto ASCII letters (ſ, K).
const CAN_BEGIN = new Uint8Array(128);
const BEGINS_BEYOND_ASCII = new Set<number>([0x17f, 0x212a]);
// The first one to four characters of every opening, seven bits each, by length: BEGINS an opening, or is a WHOLE one
// (shorter than four, which anything may follow). Lengths one and two in tables, the rarer three and four in maps.
const BEGINS = 1;
const WHOLE = 2;
const OPENED_BY_ONE = new Uint8Array(128);
const OPENED_BY_TWO = new Uint8Array(128 * 128);
const OPENED_BY_THREE = new Map<number, number>();
const OPENED_BY_FOUR = new Map<number, number>();
const mark = (length: number, key: number, flags: number) => {
	if (length === 1) OPENED_BY_ONE[key] |= flags;
	else if (length === 2) OPENED_BY_TWO[key] |= flags;
	else {
		const map = length === 3 ? OPENED_BY_THREE : OPENED_BY_FOUR;
		map.set(key, (map.get(key) ?? 0) | flags);
	}
};
for (const opening of OPENINGS) {
	const first = opening.charCodeAt(0);
	if (first >= 128) {
		BEGINS_BEYOND_ASCII.add(first);
		continue;
	}
	CAN_BEGIN[first] = CAN_BEGIN[first >= 97 && first <= 122 ? first - 32 : first] = 1;
	let key = 0;
	for (let index = 0; index < Math.min(4, opening.length); index++) {
		// A character beyond ASCII in an opening stands as 0: the text there, beyond ASCII too, is left to the pattern.
		key = key * 128 + (opening.charCodeAt(index) < 128 ? opening.charCodeAt(index) : 0);
		mark(index + 1, key, BEGINS | (index + 1 === opening.length ? WHOLE : 0));
	}
}
for (let code = 48; code <= 57; code++) CAN_BEGIN[code] = 1;
// Only a digit, a dollar sign or a letter is worth trying among ASCII characters (a match opens with nothing else).
for (let code = 0; code < 128; code++) if (!/[0-9$A-Za-z]/.test(String.fromCharCode(code))) CAN_BEGIN[code] = 0;
const lowerCode = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/**
 * Whether the text at `index` can open a match of a word (an ASCII letter there): its first characters, lower-cased with
 * white space read as one space, begin an opening until one is whole or four are read. A character beyond ASCII, or the
 * end of the text, is left to the pattern.
 */
function mayOpenWord(text: string, index: number): boolean {
	let key = 0;
	let at = index;
	for (let length = 1; length <= 4; length++) {
		if (at >= text.length) return true;
		let code = text.charCodeAt(at++);
		if (isWhiteSpaceCode(code)) {
			code = 32;
			while (at < text.length && isWhiteSpaceCode(text.charCodeAt(at))) at++;
		} else if (code >= 128) return true;
		key = key * 128 + lowerCode(code);
		const opened = length === 1 ? OPENED_BY_ONE[key] : length === 2 ? OPENED_BY_TWO[key] : ((length === 3 ? OPENED_BY_THREE : OPENED_BY_FOUR).get(key) ?? 0);
		if (!(opened & BEGINS)) return false;
		if (opened & WHOLE) return true;
	}
	return true;
}

/**
 * The first NUMBER match at or after `from`, as the global pattern would find it, trying only where one can begin: a
 * digit, a sign or a character beyond ASCII, or an ASCII letter that starts a word and can open a number word.
 */
export function nextNumber(text: string, from: number): RegExpExecArray | null {
	for (let index = from; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 128 ? !CAN_BEGIN[code] : !BEGINS_BEYOND_ASCII.has(code)) continue;
		// Checked first: it turns away every letter inside a word, the commonest character by far.
		if (index > 0) {
			const previous = text.charCodeAt(index - 1);
			if (previous < 128 && REFUSED_BEFORE[previous]) continue;
		}
		if (code >= 65 && !mayOpenWord(text, index)) continue;
		NUMBER_AT.lastIndex = index;
		const match = NUMBER_AT.exec(text);
		if (match) return match;
	}
	return null;
}

// "a one-off payment of 1,800 drals", "a wage bill of 5.9 billion drals": the sum's noun, its number, the word after.
// "a compensation fund of at least one billion korins": a sum in words before its multiplier too
const SUM_IN_WORDS = '(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half\\s+a)\\s+(?:million|billion|trillion)';
export const SUM_OF = new RegExp(`\\b(?:${alternation(SUM_NOUNS)})\\s+of\\s+(?:(?:${alternation(QUALIFIERS)})\\s+)?(?:(?:${DIGITS})(?:\\s+(?:${LONG_MULTIPLIER}))?|${SUM_IN_WORDS})\\s+([\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{3,})\\b`, 'giv');
// "1,800 drals (about $520)": an amount glossed in a known currency is itself money.
export const GLOSSED = new RegExp(`(?:${DIGITS})(?:\\s+(?:${LONG_MULTIPLIER}))?\\s+([\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{3,})\\s+\\((?:(?:${alternation(QUALIFIERS)}|roughly|or)\\s+)?(?:${SIGNS})\\s?\\d`, 'giv');

// "has spent an estimated 1.4 million solars": millions of a word after a verb of spending name a currency (millions only:
// "paid 40 visits" names none)
export const SPENT_MILLIONS = new RegExp(`\\b(?:${alternation(SPENDING_VERBS)})\\s+(?:(?:an estimated|${alternation(QUALIFIERS)})\\s+)?(?:${DIGITS})\\s+(?:million|billion|trillion)\\s+([\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{3,})\\b`, 'giv');
// "has cost Dorvish traders about 85 billion dorvas": millions a thing cost someone, the someone named between
export const COST_MILLIONS = new RegExp(`\\b(?:cost|costs|costing|owes|owed|paid|pays)\\s+(?:them|us|him|her|it|(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{3,}s)\\s+(?:(?:an estimated|${alternation(QUALIFIERS)})\\s+)?(?:${DIGITS})\\s+(?:million|billion|trillion)\\s+([\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{3,})\\b`, 'giv');
const MILLIONS = /\b(?:million|billion|trillion)\b/i;
// "a 1.2 billion drals fund", "a 40 million dral package": the word between millions and a sum's noun is a currency
// "promised 400,000 drals to the family of each victim", "earns about 62,000 drals a year": a sum a verb of paying gives
// each person, or a wage by the year, names its currency (a verb is needed: "50 buses for each village" names none)
export const PAID_PER_HEAD = new RegExp(`\\b(?:${alternation(PAYING_VERBS)})\\s+(?:(?:${alternation(QUALIFIERS)})\\s+)?(?:${DIGITS})(?:\\s+(?:${LONG_MULTIPLIER}))?\\s+([\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{3,})\\s+(?:(?:to|for)\\s+(?:the\\s+famil(?:y|ies)\\s+of\\s+)?(?:each|every)\\b|(?:a|per)\\s+(?:year|month|week|day)\\b)`, 'giv');
// ("a 150-million-merk fund": the sum's words joined by hyphens)
export const MILLIONS_BEFORE_SUM = new RegExp(`(?:${DIGITS})(?:\\s+|-)(?:million|billion|trillion)(?:\\s+|-)([\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{3,})\\s+(?:${alternation(SUM_NOUNS)})\\b`, 'giv');

// SUM_OF tried at one position, and the part of it every match holds after its noun (same flags, so the same folding):
// a sum's noun can begin only just before such an "of" and the white space before it, so only those positions are tried.
const SUM_OF_AT = new RegExp(SUM_OF.source, 'ivy');
const OF_A_NUMBER = new RegExp(`of\\s+(?:(?:${alternation(QUALIFIERS)})\\s+)?(?:\\d|${SUM_IN_WORDS})`, 'giu');
const SUM_NOUN_LENGTHS = [...new Set(SUM_NOUNS.map((noun) => noun.length))];
// The part of GLOSSED every match holds: most articles have none, and skip it.
const GLOSS = asciiTwin(new RegExp(`\\((?:(?:${alternation(QUALIFIERS)}|roughly|or)\\s+)?(?:${SIGNS})\\s?\\d`, 'iu'));
// The whole article is read with each: as their plain twins when it reads alike (asciiTwin)
const glossedFor = asciiTwinFor(GLOSSED);
const spentMillionsFor = asciiTwinFor(SPENT_MILLIONS);
const costMillionsFor = asciiTwinFor(COST_MILLIONS);
const millionsBeforeSumFor = asciiTwinFor(MILLIONS_BEFORE_SUM);
const paidPerHeadFor = asciiTwinFor(PAID_PER_HEAD);
// "a frozen fund of $310 million (about 27.9 billion drals)", "$310m (27.9bn drals)": a sum in a known currency glossed in
// the story's own is money in both
export const REVERSE_GLOSSED = new RegExp(`(?:${SIGNS})\\s?(?:${DIGITS})(?:\\s*(?:${LONG_MULTIPLIER}|bn|m))?\\s*\\((?:(?:${alternation(QUALIFIERS)}|roughly|or)\\s+)?(?:${DIGITS})(?:\\s*(?:${LONG_MULTIPLIER}|bn))?\\s+([\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{3,})\\s*\\)`, 'giv');
// "each family receive 50,000 drals in compensation", "2.5 million drals in emergency aid to repair the quay": a sum given
// as compensation or aid (a thousand or more: "500 trucks in aid" are goods)
export const SUM_IN_AID = new RegExp(`(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?:${DIGITS})\\s+(?:million|billion|trillion))\\s+([\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{3,})\\s+in\\s+(?:(?:${alternation(AID_KINDS)})\\s+)?(?:${alternation(AID_SUMS)})(?=\\s*(?:[,.;:\\)]|$)|\\s+(?:to|for|from|and|over|by|on|each|per|a|this|last|next|since|after|before|under)\\b)`, 'giv');
// "the cost of repairing public property had reached 96 million drals", "the bill stands at 2 billion drals": a cost's level
export const COST_REACHED = new RegExp(`\\b(?:cost|costs|bill|losses|damage|damages)\\b[^.;]{0,60}?\\b(?:reached|reach|reaches|stood\\s+at|stands\\s+at|totalled|totaled|totals|came\\s+to|comes\\s+to|amounted\\s+to|amounts\\s+to|rose\\s+to|topped|(?:was|were|is|are)\\s+(?:put|estimated|reckoned)\\s+at)\\s+(?:(?:an estimated|${alternation(QUALIFIERS)})\\s+)?(?:${DIGITS})\\s+(?:million|billion|trillion)\\s+([\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{3,})\\b`, 'giv');
// "ordered that 4.5 billion drals be allocated from the national reserve": millions set aside from a state's coffers
export const ALLOCATED_FROM = new RegExp(`(?:${DIGITS})\\s+(?:million|billion|trillion)\\s+([\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{3,})\\s+(?:(?:will|would|should|must|to|is\\s+to|are\\s+to)\\s+)?(?:be|been|was|were|is|are)\\s+(?:${alternation(SPENDING_VERBS)}|set\\s+aside|disbursed|released|unfrozen|transferred)\\s+from\\s+(?:the|its|their|a)\\s+(?:[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:${alternation(PUBLIC_PURSES)})\\b`, 'giv');
const reverseGlossedFor = asciiTwinFor(REVERSE_GLOSSED);
const sumInAidFor = asciiTwinFor(SUM_IN_AID);
const costReachedFor = asciiTwinFor(COST_REACHED);
const allocatedFromFor = asciiTwinFor(ALLOCATED_FROM);
const AID_HINT = new RegExp(`\\bin\\s+(?:[a-z]+\\s+)?(?:${alternation(AID_SUMS)})\\b`, 'i');
const COST_HINT = /\b(?:cost|costs|bill|losses|damages?)\b/i;
const ALLOCATED_HINT = new RegExp(`\\bfrom\\s+(?:the|its|their|a)\\s+(?:\\S+\\s+)?(?:${alternation(PUBLIC_PURSES)})\\b`, 'i');
// The part of PAID_PER_HEAD most articles lack: it is read only where each or every person is paid, or a wage by the year.
const PER_HEAD_HINT = /\b(?:each|every)\b|\b(?:a|per)\s+(?:year|month|week|day)\b/i;

/** SUM_OF's matches in `text`, as a global scan finds them (left to right, none overlapping), trying only where one can begin. */
function sumsOf(text: string): RegExpExecArray[] {
	const starts: number[] = [];
	OF_A_NUMBER.lastIndex = 0;
	for (let of = OF_A_NUMBER.exec(text); of; of = OF_A_NUMBER.exec(text)) {
		OF_A_NUMBER.lastIndex = of.index + 1; // one "of" may sit inside another's match ("in excess of")
		let nounEnd = of.index;
		while (nounEnd > 0 && isWhiteSpaceCode(text.charCodeAt(nounEnd - 1))) nounEnd--;
		if (nounEnd < of.index) for (const length of SUM_NOUN_LENGTHS) if (nounEnd - length >= 0) starts.push(nounEnd - length);
	}
	if (!starts.length) return [];
	starts.sort((a, b) => a - b);
	const sums: RegExpExecArray[] = [];
	let from = 0;
	for (const start of starts) {
		if (start < from) continue;
		SUM_OF_AT.lastIndex = start;
		const sum = SUM_OF_AT.exec(text);
		if (!sum) continue;
		sums.push(sum);
		from = start + sum[0].length;
	}
	return sums;
}

/**
 * The currency words a text uses that the lexicon does not know, learnt from where a sum is plain ("a payment of
 * 1,800 drals", "1,800 drals (about $520)"); the article's other amounts in them are then read as money.
 */
export function currencyWordsIn(text: string): string[] {
	const words = new Set<string>();
	const glossed = GLOSS.test(text) ? [...text.matchAll(glossedFor(text))] : [];
	const millions = MILLIONS.test(text);
	const spent = millions ? [...text.matchAll(spentMillionsFor(text)), ...text.matchAll(costMillionsFor(text)), ...text.matchAll(millionsBeforeSumFor(text))] : [];
	// (a sum of a hundred or more: "offered 20 tents to each family" counts goods)
	const perHead = PER_HEAD_HINT.test(text) ? [...text.matchAll(paidPerHeadFor(text))].filter((match) => /\d[\d,.]{2,}|illion/.test(match[0])) : [];
	const glossedBack = text.includes('(') ? [...text.matchAll(reverseGlossedFor(text))] : [];
	const aid = AID_HINT.test(text) ? [...text.matchAll(sumInAidFor(text))] : [];
	const costs = millions && COST_HINT.test(text) ? [...text.matchAll(costReachedFor(text))] : [];
	const allocated = millions && ALLOCATED_HINT.test(text) ? [...text.matchAll(allocatedFromFor(text))] : [];
	for (const match of [...sumsOf(text), ...glossed, ...spent, ...perHead, ...glossedBack, ...aid, ...costs, ...allocated]) {
		const word = match[1].toLowerCase();
		const one = word.replace(/s$/, '');
		if ([word, one, `${one}s`].some((form) => NOT_CURRENCY.includes(form) || CURRENCY_WORDS.includes(form) || TIME_UNITS.includes(form) || MEASURE_UNITS.includes(form) || QUANTITY_UNITS.includes(form) || AREA_UNITS.includes(form))) continue;
		// one dral, two drals: a story writes its currency both ways, and as an adjective ("a 9 million dral fund")
		words.add(word);
		words.add(word.endsWith('s') ? word.slice(0, -1) : `${word}s`);
	}
	return [...words];
}

// One pattern per list of learnt currencies: an article passes the same list for each of its sentences.
const storyCurrencies = new WeakMap<readonly string[], RegExp>();
function storyCurrencyPattern(currencies: readonly string[]): RegExp {
	let pattern = storyCurrencies.get(currencies);
	if (!pattern) storyCurrencies.set(currencies, (pattern = new RegExp(`^\\s+(${alternation(currencies)})\\b`, 'iu')));
	return pattern;
}

// "a 310-million-kelvar fund", "450 million peso": after millions a currency may be said in the singular, or hyphened
const MILLIONS_WORD = /^(?:million|billion|trillion|mln|bln|bn|mn|m)$/;
const SINGULAR_CURRENCY_AFTER = new RegExp(`^(?:\\s+|-)(${alternation(CURRENCY_WORDS.map((word) => word.replace(/s$/, '')))}|${alternation(CURRENCY_WORDS)})(?![[\\p{L}\\p{N}]--[\\u{10000}-\\u{10FFFF}]])`, 'iv');
/** A currency after millions said in the singular or joined by a hyphen: one the lexicon knows, or one learnt from the story. */
function singularCurrency(rest: string, storySingular: RegExp | null): RegExpExecArray | null {
	return SINGULAR_CURRENCY_AFTER.exec(rest) ?? storySingular?.exec(rest) ?? null;
}
const storySingulars = new WeakMap<readonly string[], RegExp>();
function storySingularPattern(currencies: readonly string[]): RegExp {
	let pattern = storySingulars.get(currencies);
	if (!pattern) storySingulars.set(currencies, (pattern = new RegExp(`^(?:\\s+|-)(${alternation(currencies.flatMap((word) => [word, word.replace(/s$/, '')]))})\\b`, 'iu')));
	return pattern;
}
const PRICE_MOVE_BEFORE = /\b(?:rose|rises|risen|rising|fell|falls|fallen|falling|jumped|jumps|dropped|drops|gained|gains|lost|loses|climbed|climbs|slipped|slips|added|adds|shed|sheds|up|down|by)\s+(?:(?:about|some|nearly|almost|more\s+than|over|around|another|a\s+further)\s+)?$/i;
const CENTS_AFTER = /^\s+(?:cents?|pence|kopecks?)\b(?!\s+(?:in|on)\s+the\s+(?:pound|dollar|euro)\b)/i;

// "tens of millions of dollars": a vague sum names its currency after "of"
const VAGUE_SUM = /(?:millions|billions)$/i;
const VAGUE_CURRENCY_AFTER = new RegExp(`^\\s+of\\s+(?:(?:US|U\\.S\\.|[\\p{L}--[\\u{10000}-\\u{10FFFF}]]+(?:an|ian|ean|ese|ish|i))\\s+)?(${alternation(CURRENCY_WORDS)})\\b`, 'iv');

/** Every number in `text`, left to right; `currencies` are currency words learnt from the article (currencyWordsIn). */
export function findNumbers(text: string, currencies: readonly string[] = []): NumberMention[] {
	const mentions: NumberMention[] = [];
	const storyCurrency = currencies.length ? storyCurrencyPattern(currencies) : null;
	const storySingular = currencies.length ? storySingularPattern(currencies) : null;
	for (let match = nextNumber(text, 0); match; ) {
		const mention = readMatch(text, match, storyCurrency, storySingular);
		let next = match.index + match[0].length;
		if (mention) {
			// "three quarters of a million": the fraction read with "a million" takes in the "three" read before it
			while (mentions.length && mentions[mentions.length - 1].end > mention.start) mentions.pop();
			mentions.push(mention);
			next = Math.max(next, mention.end);
		}
		match = nextNumber(text, next);
	}
	return mentions;
}

function readMatch(text: string, match: RegExpExecArray, storyCurrency: RegExp | null = null, storySingular: RegExp | null = null): NumberMention | null {
	const [whole, sign, written, longMultiplier, shortMultiplier] = match;
	const digitFirst = written.charCodeAt(0) >= 48 && written.charCodeAt(0) <= 57; // /^\d/
	const lower = written.toLowerCase();
	const multiplierWord = (longMultiplier ?? shortMultiplier)?.toLowerCase() ?? null;
	const isArticle = lower === 'a' || lower === 'an' || lower === 'half a';
	if (isArticle && !multiplierWord) return null; // "a" alone is an article
	if (shortMultiplier && !sign && !digitFirst) return null;
	const vague = VAGUE_COUNTS.includes(lower) ? written : null;
	let value = vague ? null : numberValue(written);
	if (!vague && value === null) return null;
	if (value !== null && multiplierWord) value = round(value * MULTIPLIERS[multiplierWord]);
	let numberStart = match.index;
	// "A quarter of a million doses", "three quarters of a billion": a fraction of "a million" said before it
	const quarter = value !== null && multiplierWord && (lower === 'a' || lower === 'an') ? QUARTER_BEFORE.exec(text.slice(Math.max(0, numberStart - 24), numberStart)) : null;
	if (quarter) ((value = round(value! * (/^three/i.test(quarter[1]) ? 0.75 : 0.25))), (numberStart -= quarter[0].length));
	let end = match.index + whole.length;
	// "$750B", "$1.3T": a sum's capital B or T right after its digits is billions or trillions, as "bn" and "tn" are
	const capital = sign && digitFirst && !multiplierWord && value !== null ? CAPITAL_MULTIPLIER.exec(text.slice(end, end + 3)) : null;
	if (capital) ((value = round(value! * (capital[1] === 'B' ? 1_000_000_000 : 1_000_000_000_000))), (end += 1));
	const saidBetween = BETWEEN_BEFORE.test(text.slice(Math.max(0, numberStart - 8), numberStart));
	if (value !== null && !vague && !digitFirst && !saidBetween) {
		const point = multiplierWord ? null : pointDecimal(text.slice(end, end + 60), value);
		const half = multiplierWord || point ? null : AND_A_HALF.exec(text.slice(end, end + 40));
		const rest = multiplierWord === 'hundred' || multiplierWord === 'thousand' ? wordsRest(text.slice(end, end + 60), multiplierWord) : null;
		if (point) ((value = point.value), (end += point.length));
		else if (half) ((value = round((value + 0.5) * MULTIPLIERS[half[1].toLowerCase()])), (end += half[0].length));
		else if (!digitFirst && AND_A_HALF_SPAN.test(text.slice(end, end + 30))) ((value += 0.5), (end += AND_A_HALF_SPAN.exec(text.slice(end, end + 30))![0].length));
		else if (rest) ((value += rest.add), (end += rest.length));
		// "a hundred and twenty million dollars": the hundreds said in words take the larger multiplier after them
		const larger = multiplierWord === 'hundred' ? LARGER_MULTIPLIER.exec(text.slice(end, end + 20)) : null;
		if (larger) ((value = round(value * MULTIPLIERS[larger[1].toLowerCase()])), (end += larger[0].length));
	}
	let unit: NumberUnit = sign ? 'money' : null;
	let currency = sign ? CURRENCY_SIGNS[sign] ?? null : null;
	let high: number | null = null;
	const rest = () => text.slice(end, end + 40);
	const between = saidBetween;
	const range = between ? BETWEEN_AND.exec(rest()) : RANGE_AFTER.exec(rest());
	// "rose from 800 to 1,500" is a change, but "estimates range from 800 to 1,500" a range
	const from = /\bfrom\s+$/i.test(text.slice(Math.max(0, numberStart - 8), numberStart));
	if (range && value !== null && (!from || RANGE_FROM.test(text.slice(Math.max(0, numberStart - 40), numberStart)))) {
		const other = numberValue(range[1]);
		if (other !== null && other > value && other <= value * 10) {
			high = other;
			end += range[0].length;
			// "between three and five million dollars": the multiplier said once after the range scales both its ends
			const shared = multiplierWord ? null : SHARED_MULTIPLIER.exec(rest());
			if (shared) ((value = round(value * MULTIPLIERS[shared[1].toLowerCase()])), (high = round(other * MULTIPLIERS[shared[1].toLowerCase()])), (end += shared[0].length));
		}
	}
	// "sixty-odd lives", "40-odd fighters": "-odd" rounds the number off; the words after it are read after it
	const odd = value !== null && !unit ? ODD_AFTER.exec(rest()) : null;
	if (odd) end += odd[0].length;
	// the words after a range are read after its upper end: "2,000-3,000 fighters", "between 300 and 400 people"
	const numberEnd = end;
	const percent = PERCENT_AFTER.exec(rest());
	const points = percent ? null : POINTS_AFTER.exec(rest());
	const money = percent || points ? null : (CURRENCY_AFTER.exec(rest()) ?? storyCurrency?.exec(rest()) ?? (vague && VAGUE_SUM.test(vague) ? VAGUE_CURRENCY_AFTER.exec(rest()) : null) ?? (multiplierWord && MILLIONS_WORD.test(multiplierWord) ? singularCurrency(rest(), storySingular) : null) ?? null);
	// "25 cents more per thousand cubic metres": a sum in a currency's hundredths (not "40 pence in the pound", a share)
	// ("bonds rose 4.2 cents" is a price's move, and "not one cent" a manner of speaking)
	const cents = percent || points || money || sign || multiplierWord || value === null || value >= 100 || (value === 1 && !digitFirst) || PRICE_MOVE_BEFORE.test(text.slice(Math.max(0, numberStart - 30), numberStart)) ? null : CENTS_AFTER.exec(rest());
	if (cents) ((unit = 'money'), (currency = 'cents'), (value = round(value! / 100)), (end += cents[0].length));
	if (percent) ((unit = 'percent'), (end += percent[0].length));
	else if (points) ((unit = 'points'), (end += points[0].length));
	else if (money) ((unit = 'money'), (currency = money[1].toLowerCase()), (end += money[0].length));
	const compoundMatch = unit ? null : COMPOUND_AFTER.exec(rest());
	const bounded = high !== null && between ? /\b(between)\s+$/i.exec(text.slice(Math.max(0, numberStart - 8), numberStart)) : QUALIFIER_BEFORE.exec(text.slice(Math.max(0, numberStart - 24), numberStart));
	const qualifierMatch = bounded && isPhrasalOver(text, numberStart - bounded[0].length, bounded[1]) ? null : bounded;
	const start = qualifierMatch ? numberStart - qualifierMatch[0].length : numberStart;
	return {
		text: text.slice(start, end),
		start,
		end,
		numberStart,
		numberEnd,
		value,
		high,
		vague,
		qualifier: qualifierMatch ? qualifierMatch[1].toLowerCase() : null,
		unit,
		currency,
		compound: compoundMatch ? compoundMatch[1].toLowerCase() : null,
		inWords: !digitFirst,
	};
}

/** Rounds away float noise from multiplying decimals ("1.2 trillion"). */
function round(value: number): number {
	return Number(value.toPrecision(12));
}

/** Whether a line is written in title case (a headline), where capitals say nothing about names. */
export function isTitleCase(text: string): boolean {
	// The words the pattern /\b[\p{L}][\p{L}'’-]{3,}/gu finds, counted by a scan: how many, how many capitalised.
	let words = 0;
	let capitalised = 0;
	for (let index = 0; index < text.length; ) {
		const first = codePointAt(text, index);
		const width = widthOf(first);
		const kind = charClass(first);
		const boundary = index > 0 && isAsciiWordCode(text.charCodeAt(index - 1)) ? !(first < 128 && isAsciiWordCode(first)) : first < 128 && isAsciiWordCode(first);
		if (!(kind & LETTER) || !boundary) {
			index += width;
			continue;
		}
		let end = index + width;
		let rest = 0;
		for (let point = codePointAt(text, end); point >= 0 && (charClass(point) & LETTER || point === 39 || point === 0x2019 || point === 45); point = codePointAt(text, end)) {
			end += widthOf(point);
			rest++;
		}
		if (rest < 3) {
			index += width;
			continue;
		}
		words++;
		if (kind & UPPER) capitalised++;
		index = end;
	}
	return words >= 3 && capitalised / words > 0.7;
}

/** Why a number is not a count of anything: part of a name, a date, a year, a time, an ordinal, an age, a duration or a ratio. */
export type NotAFigure = 'name' | 'date' | 'year' | 'time' | 'ordinal' | 'age' | 'duration' | 'ratio';

const MONTH = alternation(MONTHS);
const MONTH_BEFORE_PATTERN = new RegExp(`\\b(?:${MONTH})\\.?\\s+$`, 'i');
// A month may stand before a full stop ("Sept. 5"): the last word is '' then.
const MONTH_BEFORE = endingInWord(MONTH_BEFORE_PATTERN, [...MONTHS, '']);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH})\\b`, 'i');
// (the day ends its phrase: "August 5 and 12 soldiers were killed" counts the soldiers)
const DAY_END_AFTER = /^(?:st|nd|rd|th)?(?:\s*[,.;:)–—]|\s*$|\s+(?:in|at|on|when|as|after|before|while|during|of|and|the|this|last|next|\d{4})\b)/;
const DAY_RANGE_BEFORE = new RegExp(`\\b(?:${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|to|through|[-–—&])\\s*$`, 'i');
// "between eight in the morning and six in the evening": an hour of the day said in words
const TIME_AFTER = /^(?:\s?(?:a\.?m\.?|p\.?m\.?)(?![\p{L}--[\u{10000}-\u{10FFFF}]])|\s+(?:hours|hrs|GMT|UTC|IST|PKT|EST|EDT|CET|BST|local time|o'clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b|[:.]\d{2}(?:\s?(?:a\.?m|p\.?m|hours|GMT|UTC))?)/iv;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const UNIT = alternation(TIME_UNITS);
const AGE_AFTER = /^(?:-years?-old|\s+years?\s+old|-month-old)\b/i;
// "people over 50", "children under five": an age bracket, not a count
// "a girl of twelve", "a man of 70": one person's age said with "of"; "some as young as three"
const AGE_BEFORE_PATTERN = /\b(?:aged|age(?:d)? of|ages?|as\s+(?:young|old)\s+as|(?:people|persons|those|adults|men|women|children|residents|anyone|citizens|patients)\s+(?:over|under|above|below|older than|younger than)|(?:a|an|the|one)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:girl|boy|child|man|woman|son|daughter|teenager|baby|pensioner|widow|mother|father)\s+of)\s+$/iv;
const AGE_BEFORE = endingInWord(AGE_BEFORE_PATTERN, ['aged', 'of', 'age', 'ages', 'over', 'under', 'above', 'below', 'than', 'as']);

/** Each pattern read only after its last word (endingInWord), with the gated form: a test holds every gate to its pattern. */
export const NUMBER_PATTERNS_GATED_BY_LAST_WORD: ReadonlyArray<[string, RegExp, {test(text: string): boolean}]> = [
	['QUALIFIER_BEFORE', QUALIFIER_BEFORE_PATTERN, QUALIFIER_BEFORE],
	['MONTH_BEFORE', MONTH_BEFORE_PATTERN, MONTH_BEFORE],
	['AGE_BEFORE', AGE_BEFORE_PATTERN, AGE_BEFORE],
];
const DURATION_AFTER = new RegExp(`^(?:-(?:${UNIT})s?\\b|\\s+(?:more\\s+|straight\\s+|consecutive\\s+|full\\s+)?(?:${UNIT})s?\\b)`, 'i');
// A capitalised word or code right before a number names a thing: "FTSE 100", "Boeing 737", "Article 5".
export const NAME_BEFORE = /(?:[[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]+-|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\&]--[\u{10000}-\u{10FFFF}]]*\s|&\s?)$/v;
// "30km", "600MW", "12kg": a unit written against its number is a measure, not a code like "J-10C"
const GLUED_UNIT = /^(?:km|kms|kg|mw|gw|kw|kv|mm|cm|ha|mph)\b/i;
const AMPERSAND = 38;
const HYPHEN = 45;

/** The code point that ends just before `end`, a surrogate pair read whole; -1 at the start. */
function codePointBefore(text: string, end: number): number {
	if (end <= 0) return -1;
	const low = text.charCodeAt(end - 1);
	if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
		const high = text.charCodeAt(end - 2);
		if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
	}
	return low;
}

/** NAME_BEFORE.test(before), read backwards from the end instead of tried at every position. */
export function nameBefore(before: string): boolean {
	const last = before.charCodeAt(before.length - 1);
	if (last === HYPHEN) return (charClass(codePointBefore(before, before.length - 1)) & (LETTER | NUMERAL)) !== 0; // "Su-", "COVID-"
	if (last === AMPERSAND) return true; // "S&"
	if (!isWhiteSpaceCode(last)) return false;
	if (before.charCodeAt(before.length - 2) === AMPERSAND) return true; // "S& "
	// "Boeing ": a capital in the run of letters (and ampersands) that ends at the space.
	for (let end = before.length - 1; end > 0; ) {
		const point = codePointBefore(before, end);
		const kind = charClass(point);
		if (!(kind & LETTER) && point !== AMPERSAND) return false;
		if (kind & UPPER) return true;
		end -= widthOf(point);
	}
	return false;
}

// "Sergeant Grettir Dorn, 31, and …": a bare number set off by commas right after a capitalised name of two words or more
const NAME_THEN_COMMA = /[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Ll}'’\-]--[\u{10000}-\u{10FFFF}]]+\s*,\s*(?:\d{1,3}\s*,\s*)*(?:\d{1,3}\s+and\s+)?$/v;
// "Two soldiers, 19 and 20, were killed": ages after people already counted by a number of their own
const COUNTED_PEOPLE_THEN_COMMA = /(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?[\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]*s\s*,\s*(?:\d{1,3}\s*,\s*)*(?:\d{1,3}\s+and\s+)?$/iv;
// "whose daughter Kelvane, 16, died": one given name after a word of kin or of a child is a person named, then their age
const KIN_NAME_THEN_COMMA = /\b(?:son|daughter|wife|husband|brother|sister|mother|father|grandson|granddaughter|grandmother|grandfather|nephew|niece|cousin|boy|girl|child|baby|fianc[eé]e?|partner|friend)\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Ll}'’\-]--[\u{10000}-\u{10FFFF}]]+\s*,\s*$/v;
const CLOSING_COMMA = /^(?:\s*,|\s+and\s+\d{1,3}\s*,)/;
const SURNAME_OPENING = /^\s*["“]?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Ll}'’\-]--[\u{10000}-\u{10FFFF}]]+\s*,\s*$/v;
// the person's own verb after the age: "died", "was killed", "who"
const VERB_AFTER_AGE = /^\s*,\s+(?:who|was|is|had|has|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ed|died|fell|left|lost|told|said|says)\b/v;

/** Whether a bare number set off by commas after a person's name or a count of people is an age: "Tavrel Ostin, 20, was". */
function ageInApposition(text: string, mention: NumberMention): boolean {
	if (mention.inWords || mention.unit || mention.start !== mention.numberStart || mention.value === null || !Number.isInteger(mention.value) || mention.value < 1 || mention.value > 110) return false;
	if (!CLOSING_COMMA.test(text.slice(mention.numberEnd, mention.numberEnd + 16))) return false;
	const before = text.slice(Math.max(0, mention.numberStart - 60), mention.numberStart);
	if (NAME_THEN_COMMA.test(before) || COUNTED_PEOPLE_THEN_COMMA.test(before) || KIN_NAME_THEN_COMMA.test(before)) return true;
	// "Brenhold, 47, died on Sunday": a surname alone opening the sentence, then the verb of its person
	return mention.numberStart < 40 && SURNAME_OPENING.test(text.slice(0, mention.numberStart)) && VERB_AFTER_AGE.test(text.slice(mention.numberEnd, mention.numberEnd + 24));
}

const DESIGNATION_BEFORE = new RegExp(`(?:^|[^\\p{L}--[\\u{10000}-\\u{10FFFF}]])(?:${alternation(DESIGNATION_NOUNS)})\\s$`, 'v');

const RATIO_AFTER = /^\s+in\s+(?:every\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|a\s+thousand)\b/i;
const RATIO_BEFORE = /\b(?:one|1)\s+in\s+(?:every\s+)?$/i;

/** Whether a number is part of a name, date, year, time, ordinal, age or duration rather than a count; null when it is a count. */
export function notAFigure(text: string, mention: NumberMention, titleCase: boolean | (() => boolean) = false): NotAFigure | null {
	const before = text.slice(Math.max(0, mention.numberStart - 30), mention.numberStart);
	const after = text.slice(mention.numberEnd, mention.numberEnd + 30);
	if (mention.unit === 'money' || mention.unit === 'percent') return null;
	if (!mention.inWords) {
		if (/^[\p{L}--[\u{10000}-\u{10FFFF}]]/v.test(after) && !ORDINAL_AFTER.test(after) && !/^(?:bln|mln|bn|tn|mn|m|k)\b/i.test(after) && !GLUED_UNIT.test(after)) return 'name'; // "J-10C", "4x4"
		if (/^-\d/.test(after) || /\d-$/.test(before)) return 'date'; // "11-05-2025"
		// Title case (a function when the caller works it out only if asked) is asked after the cheap test.
		if (nameBefore(before) && !(typeof titleCase === 'function' ? titleCase() : titleCase) && !startsSentence(text, mention.numberStart) && !MONTH_BEFORE.test(before)) return 'name';
		// "Resolution 2291 renews …": a designation names its thing even when it opens the sentence
		if (DESIGNATION_BEFORE.test(before) && !mention.unit) return 'name';
	}
	if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return 'date';
	// "between August 5 and 6", "on March 3-4": the second day of a range of days
	if (!mention.inWords && mention.value !== null && mention.value >= 1 && mention.value <= 31 && DAY_RANGE_BEFORE.test(before) && DAY_END_AFTER.test(after)) return 'date';
	if (TIME_AFTER.test(after)) return 'time';
	if (ORDINAL_AFTER.test(after)) return 'ordinal';
	if (AGE_AFTER.test(after) || AGE_BEFORE.test(before) || ageInApposition(text, mention)) return 'age';
	if (DURATION_AFTER.test(after)) return 'duration';
	// "one in four of them children", "1 in 5 residents": a ratio, neither of its numbers a count
	if (mention.value === 1 && RATIO_AFTER.test(after)) return 'ratio';
	if (RATIO_BEFORE.test(before)) return 'ratio';
	if (!mention.inWords && mention.value !== null && Number.isInteger(mention.value) && mention.value >= 1800 && mention.value <= 2100 && !/,/.test(mention.text) && !mention.unit)
		return 'year';
	return null;
}

const QUALIFIER_FIRST_WORDS = new Set(QUALIFIERS.map((qualifier) => qualifier.split(' ')[0]));

/** Whether the capitalised word before a number only starts the sentence or is a qualifier ("Around 60 partners"). */
function startsSentence(text: string, numberStart: number): boolean {
	const match = /([\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{L}--[\u{10000}-\u{10FFFF}]]*)\s$/v.exec(text.slice(Math.max(0, numberStart - 30), numberStart));
	if (!match) return false;
	const wordStart = numberStart - match[0].length;
	const word = match[1].toLowerCase();
	if (QUALIFIER_FIRST_WORDS.has(word)) return true;
	return /(?:^|[.!?;:"“‘(]\s*)$/.test(text.slice(Math.max(0, wordStart - 3), wordStart));
}
