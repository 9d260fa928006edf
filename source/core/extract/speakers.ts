/**
 * Speaker mentions in a sentence: noun-phrase chunks read as people (names with their titles), organisations,
 * documents, anonymous sources, role-only descriptions and pronouns; and the per-article registry that resolves
 * pronouns and descriptions ("the office", "the diplomat", "the Estonian leader") to the entity they refer to.
 */
import {ABBREVIATIONS} from '../lexicon/abbreviations.js';
import {CLAIM_NOUNS} from '../lexicon/claims.js';
import {BLOCS, CAPITALS, COUNTRIES} from '../lexicon/geography.js';
import {BODY_MODIFIERS, DOCUMENT_HEADS, MINISTRY_OFFICE_PORTFOLIOS, ORGANISATION_HEADS, SEATS_OF_POWER, SPEAKING_BODY_HEADS, VOICE_DOCUMENT_HEADS} from '../lexicon/organisations.js';
import {PLACE_FEATURES} from '../lexicon/place-features.js';
import {BELIEF_BIDDING_VERBS, MAKE_CLEAR_VERBS, PUT_IT_VERBS, REPORTING_VERBS} from '../lexicon/reporting-verbs.js';
import {ANONYMOUS_MARKERS, COLLECTIVE_BODIES, COURTESY_TITLES, DETERMINED_PERSON_NOUNS, FEMININE_COURTESY_TITLES, MASCULINE_COURTESY_TITLES, LEADER_HEADS, NAME_PREFIXES, PLURAL_HEADS, RANK_WORDS, TITLE_HEADS, TITLE_WORDS} from '../lexicon/titles.js';
import {NUMBER_WORDS, ROUND_COUNTS} from '../lexicon/numbers.js';
import {TIME_ZONE_CODES} from '../lexicon/time-words.js';
import {remembered} from '../memo.js';
import type {SpeakerType} from '../model.js';
import {alternation, charClass, codePointAt, isWhiteSpaceCode, LETTER, MARK, NUMBER, widthOf} from '../text-scan.js';

/** What a word's characters tell, wherever it stands: a token less its offsets. */
export interface Word {
	text: string;
	/** Lower-cased, possessive and trailing full stop removed. */
	word: string;
	capital: boolean;
	possessive: boolean;
	/** Starts with a letter (not a digit or a mark). */
	letter: boolean;
	/** The word lists `word` is in (and two facts of its form), as bits (see LEXICON_BITS): one look-up per word instead of one per list and rule. */
	lists: number;
	/** A number told to each form read from a text (see tokenForm): the same object, and so the same spelling, wherever the word recurs. */
	id?: number;
}

/** A word of a sentence with its offset in the body. */
export interface Token extends Word {
	start: number;
	end: number;
}

/**
 * The words of a sentence as tokenizeRange reads them: each word's shared form and where it starts. A sentence's words
 * are read into one of these, not into a token object per word: only the words of a chunk or a verb become tokens.
 */
export interface WordRun {
	forms: Word[];
	starts: number[];
}

/** What a mention names: a person by name, a body, a document, an unnamed source, a role, a pronoun, a country. */
export type MentionKind = 'name' | 'organisation' | 'document' | 'anonymous' | 'description' | 'pronoun' | 'country';

/** A noun phrase that may speak. */
export interface Mention {
	kind: MentionKind;
	/** The words as written, without a leading article. */
	surface: string;
	/** Personal name, organisation or document name; the role phrase for descriptions and anonymous sources. */
	name: string;
	role: string | null;
	side: string | null;
	/** The title head ("minister", "office") a description is resolved by. */
	head: string | null;
	start: number;
	end: number;
	pronoun?: string;
	/** "the union", "the association": a body named only by its head noun, which speaks only for a body named before. */
	anaphoric?: boolean;
}

const ABBREVIATION = new Set(ABBREVIATIONS);
const SPEECH = new Set(REPORTING_VERBS);
const TITLE = new Set(TITLE_WORDS);
const TITLE_HEAD = new Set(TITLE_HEADS);
const ORG_HEAD = new Set(ORGANISATION_HEADS);
const DOC_HEAD = new Set(DOCUMENT_HEADS);
const VOICE_DOC_HEAD = new Set(VOICE_DOCUMENT_HEADS);
const PREFIX = new Set(NAME_PREFIXES);
const ANONYMOUS = new Set(ANONYMOUS_MARKERS);
const PLURAL_HEAD = new Set(PLURAL_HEADS);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'several', 'some', 'another', 'many']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const DETERMINED_PERSON = new Set(DETERMINED_PERSON_NOUNS);
const ONE_PERSON_DETERMINERS = new Set(['one', 'a', 'an', 'another']);
const BODY_POSSESSIVES = new Set(['our', 'its', 'their']);
// "the 24-year-old said": a definite age stands for a person named before, as "he" or "she" would.
const AGE_ANAPHOR = /^\d{1,3}-year-old(?: [\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?$/v;

/** "woman" in "the 63-year-old woman": one person's lower-case noun after an age, not a group's ("the 40-year-old families"). */
const agedPersonNoun = (token: Word | undefined): boolean => token !== undefined && !token.capital && !token.possessive && (token.lists & IS_TITLE_HEAD) !== 0 && !PLURAL_HEAD.has(token.word);
/** The pronoun an age anaphor reads as: a person of either gender. */
export const PERSON_PRONOUN = 'person';
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'dos', 'das', 'del', 'della', 'la', 'le', 'bin', 'bint', 'ben', 'ibn', 'ould', 'al', 'el', 'ter', 'zu']);
// Capitalised words that start a sentence or clause but never a speaker's name.
const FUNCTION_WORDS = new Set([
	'but', 'and', 'or', 'so', 'yet', 'also', 'in', 'on', 'at', 'as', 'after', 'before', 'while', 'when', 'during', 'since',
	'meanwhile', 'however', 'still', 'earlier', 'later', 'then', 'if', 'though', 'although', 'because', 'by', 'for',
	'from', 'with', 'without', 'this', 'that', 'these', 'those', 'there', 'here', 'we', 'i', 'you', 'our', 'his', 'her',
	'their', 'its', 'my', 'your', 'what', 'which', 'who', 'whose', 'according', 'despite', 'amid', 'under', 'over',
	'to', 'of', 'into', 'about', 'last', 'next', 'now', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
	'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
	'october', 'november', 'december', 'nevertheless', 'instead', 'indeed', 'separately', 'previously', 'speaking',
	'asked', 'not', 'no', 'both', 'neither', 'either', 'each', 'all', 'any', 'such', 'like', 'unlike', 'once', 'only',
	'even', 'just', 'why', 'how', 'where', 'said', 'says', 'yes', 'accordingly', 'additionally', 'finally', 'similarly',
	'notably', 'ultimately', 'currently', 'recently', 'importantly', 'initially', 'eventually', 'consequently',
	'subsequently', 'specifically', 'overall', 'again', 'further', 'furthermore', 'moreover', 'regardless', 'standing',
	'following', 'citing', 'reporting', 'writing', 'additional', 'related', 'read', 'watch', 'see', 'also',
	// "Within an hour of the signing, the minister …": a preposition opening the sentence
	'within', 'until', 'throughout', 'across', 'behind', 'beyond', 'around', 'towards', 'toward', 'upon', 'against',
	'among', 'between', 'through', 'inside', 'outside', 'ahead', 'whether', 'whilst', 'whereas', 'unless',
	// "Soon after the handover, the Front …", "Shortly before dawn, …": an adverb of time opening the sentence
	'soon', 'shortly', 'yesterday', 'tonight', 'overnight', 'afterwards', 'afterward', 'meantime', 'elsewhere',
]);
const SPEAKING_BODIES = new Set(SPEAKING_BODY_HEADS);
// Heads of an armed or insurgent movement, any of which may refer back to one named with another ("the Front" … "the movement")
// "the group", "the charity": a bare head that stands for the civil body named before it
// ("the organisation" is left out: "UN spokesperson Jane Roe said the organisation …" names her own body, a role's)
const CIVIL_ANAPHORS = new Set(['group', 'charity']);
/** "Dorva's foreign office", "the Home Office": an office that is a ministry, the one "the ministry" then refers to. */
const MINISTRY_OFFICE = new RegExp(`(?:^|\\s)(?:${MINISTRY_OFFICE_PORTFOLIOS.join('|')}) office$`, 'i');
// heads of a state's organs, which "the group" never stands for
/** The lower-case words of a role ("relief group Kel Aid" -> relief, group, kel, aid). */
const wordsOfRole = remembered((role) => role.toLowerCase().split(/[^\p{L}--[\u{10000}-\u{10FFFF}]]+/v));

// how far back "the group" looks for the body it stands for (a few paragraphs)
const CIVIL_REACH = 1500;
const STATE_HEADS = new Set(['capital', 'office', 'ministry', 'government', 'administration', 'military', 'army', 'navy', 'forces', 'force', 'department', 'embassy', 'presidency', 'cabinet', 'parliament', 'police', 'command', 'authority', 'authorities', 'agency', 'court', 'council', 'kremlin', 'house', 'palace', 'pentagon', 'congress', 'senate', 'assembly', 'guard', 'coastguard', 'gendarmerie', 'junta', 'staff', 'directorate', 'municipality', 'legislature', 'tribunal', 'inspectorate', 'delegation', 'mission', 'bureau', 'service']);
const MOVEMENT_HEADS = new Set(['movement', 'front', 'militia', 'brigade', 'brigades']);

// Bits of Token.lists: the word lists a word is in.
const IS_PRONOUN = 1;
const IS_DETERMINER = 2;
const IS_TITLE = 4;
const IS_ORG_HEAD = 8;
const IS_DOC_HEAD = 16;
const IS_FUNCTION_WORD = 32;
const IS_PARTICLE = 64;
const IS_SPEECH = 128;
const IS_SPEAKING_BODY = 256;
const IS_TITLE_HEAD = 512;
// Two facts of a word's form, kept with its lists: it ends like a verb or adverb form (see inflected), and it is a
// title head once a plural "s" is dropped ("officials").
const IS_INFLECTED = 1024;
const IS_TITLE_HEAD_STEM = 2048;
// Verbs that report only with words after them ("made clear that", "wants us to believe"): with IS_SPEECH, every word
// that may be a reporting verb.
const IS_SPEECH_CUE = 4096;
// A lower-case word that fits a speaker's phrase by its form alone: a hyphenated pair ("vice-president") or "joint".
const IS_PHRASE_FORM = 8192;
// Two words chunkWords asks about at every word, answered by the word's bits rather than a set or a string compare:
// a body's possessive ("its coast guard") and the last word of an age ("the 24-year-old").
const IS_BODY_POSSESSIVE = 16384;
const IS_YEAR_OLD = 32768;
// A cardinal in words ("thirty", "thirty-two"), which chunkWords asks of every capitalised word.
const IS_COUNT_WORD = 65536;
const LEXICON_BITS = new Map<string, number>();
for (const [list, bit] of [[PRONOUNS, IS_PRONOUN], [DETERMINERS, IS_DETERMINER], [TITLE, IS_TITLE], [ORG_HEAD, IS_ORG_HEAD], [DOC_HEAD, IS_DOC_HEAD], [FUNCTION_WORDS, IS_FUNCTION_WORD], [NAME_PARTICLES, IS_PARTICLE], [SPEECH, IS_SPEECH], [SPEAKING_BODIES, IS_SPEAKING_BODY], [TITLE_HEAD, IS_TITLE_HEAD], [new Set([...MAKE_CLEAR_VERBS, ...BELIEF_BIDDING_VERBS, ...PUT_IT_VERBS]), IS_SPEECH_CUE], [BODY_POSSESSIVES, IS_BODY_POSSESSIVE], [new Set(['year-old']), IS_YEAR_OLD]] as const)
	for (const word of list) LEXICON_BITS.set(word, (LEXICON_BITS.get(word) ?? 0) | bit);
// ("the rights group", "a monitoring group": a plain word before a body's head, though it ends like a verb form)
for (const word of BODY_MODIFIERS) LEXICON_BITS.set(word, (LEXICON_BITS.get(word) ?? 0) | IS_PHRASE_FORM);
// "a rights group said", "a monitoring group says": bodies that speak unnamed after "a" (a "crane operator" is a person's job)
const UNNAMED_BODIES = new Set(['group', 'monitor', 'charity', 'organisation', 'organization', 'coalition', 'association', 'union', 'alliance', 'network']);
// "police said", "authorities say", "both governments said": bodies that speak without an article (not "whose office said").
// ("…, state media said": outlets together speak without an article too)
const BARE_BODIES = new Set(['police', 'authorities', 'media']);
// "the two governments said", "both ministries said": speaking bodies in the plural speak together.
const SPEAKING_BODIES_PLURAL = new Map<string, string>();
for (const word of SPEAKING_BODIES) {
	const plural = word.endsWith('y') ? `${word.slice(0, -1)}ies` : word.endsWith('s') ? word : `${word}s`;
	if (plural === word) continue;
	SPEAKING_BODIES_PLURAL.set(plural, word);
	BARE_BODIES.add(plural);
	LEXICON_BITS.set(plural, (LEXICON_BITS.get(plural) ?? 0) | IS_ORG_HEAD | IS_SPEAKING_BODY);
}
for (const plural of COLLECTIVE_BODIES) {
	BARE_BODIES.add(plural);
	LEXICON_BITS.set(plural, (LEXICON_BITS.get(plural) ?? 0) | IS_ORG_HEAD | IS_SPEAKING_BODY);
	SPEAKING_BODIES_PLURAL.set(plural, plural.replace(/ies$/, 'y').replace(/s$/, ''));
}

const COUNT_WORDS = new Set(Object.keys(NUMBER_WORDS));
/** Whether a word is a cardinal in words: "thirty", "thirty-two". */
const isCountWord = (word: string) => COUNT_WORDS.has(word) || (word.includes('-') && word.split('-').every((part) => COUNT_WORDS.has(part)));

/** Whether a word ends like a verb or adverb form: /(?:ed|ing|ly|s)$/ without the pattern. */
// "business", "economics", "news" end in "s" but are nouns that modify a title ("business correspondent"), never verbs.
const inflected = (word: string) => (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('ics') && word !== 'news') || word.endsWith('ed') || word.endsWith('ing') || word.endsWith('ly');

interface Place {
	name: string;
	kind: 'country' | 'bloc';
}
const PLACE_WORDS = new Map<string, Place>();
for (const country of COUNTRIES) {
	for (const form of [country.name, ...country.aliases, ...country.adjectives]) PLACE_WORDS.set(form.toLowerCase(), {name: country.name, kind: 'country'});
}
for (const bloc of BLOCS) for (const form of [bloc.name, ...bloc.aliases, ...bloc.adjectives]) PLACE_WORDS.set(form.toLowerCase(), {name: bloc.name, kind: 'bloc'});
// Capitals speak for their country as a subject ("Moscow said") but say nothing of a role's side ("a banker in London").
const CAPITAL_WORDS = new Map(Object.entries(CAPITALS).map(([capital, country]) => [capital.toLowerCase(), country]));
// The first word of every capital: a phrase is looked up whole only when it starts with one.
const CAPITAL_FIRST = new Set([...CAPITAL_WORDS.keys()].map((capital) => capital.split(' ')[0]));
// A Map, not the lexicon's object: a look-up of an arbitrary word ("constructor") must not reach the prototype.
const SEATS = new Map(Object.entries(SEATS_OF_POWER));
const SEAT = new RegExp(`(?<![\\p{L}--[\\u{10000}-\\u{10FFFF}]])(${Object.keys(SEATS_OF_POWER).join('|')})(?![\\p{L}--[\\u{10000}-\\u{10FFFF}]])`, 'v');
const SEAT_FIRST = new Set(Object.keys(SEATS_OF_POWER).map((seat) => seat.split(' ')[0]));
// Capitals stay out: "Sofia", "Victoria", "Santiago" are first names too; a capital alone is read as its country below.
const PLACE_PARTS = new Set([...PLACE_WORDS.keys()].flatMap((form) => form.split(' ')));

const ACRONYM = /^(?:[\p{L}--[\u{10000}-\u{10FFFF}]]\.)+[\p{L}--[\u{10000}-\u{10FFFF}]]?\.?$/v;
const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const HYPHEN = 45;
const FULL_STOP = 46;
const COMMA = 44;
const LETTER_S = 115;

/**
 * Where the word starting at `start` (not white space) ends, reading no further than `limit`: as the pattern
 * `\p{L}[\p{L}\p{M}\p{N}'’\-]*(?:\.\p{L}[\p{L}\p{M}]?)*\.?(?:-\p{L}+)?|\p{N}[\p{N}.,]*|\S` (flag `u`) would match it in
 * `text.slice(0, limit)`.
 */
function tokenEnd(text: string, start: number, limit: number): number {
	const head = text.charCodeAt(start);
	if (isAsciiLetterCode(head)) {
		// Most words are ASCII letters throughout: read them without the code-point tests, then go on as below.
		let at = start + 1;
		for (let code = text.charCodeAt(at); at < limit && (isAsciiLetterCode(code) || (code >= 48 && code <= 57) || code === APOSTROPHE || code === HYPHEN); code = text.charCodeAt(++at));
		return letterTokenEnd(text, at, limit);
	}
	const first = pointBefore(text, start, limit);
	const kind = charClass(first);
	let at = start + widthOf(first);
	if (kind & LETTER) return letterTokenEnd(text, at, limit);
	if (kind & NUMBER) {
		for (let point = pointBefore(text, at, limit); point >= 0 && (charClass(point) & NUMBER || point === FULL_STOP || point === COMMA); point = pointBefore(text, at, limit)) at += widthOf(point);
		// ("the 10th army corps": an ordinal's suffix is part of its number, not a word of its own)
		if (at + 2 <= limit && ordinalSuffixAt(text, at) && !(at + 2 < limit && isAsciiLetterCode(text.charCodeAt(at + 2)))) at += 2;
	}
	return at;
}

/** Whether "st", "nd", "rd" or "th" (in any case) stands at `at`: read by code, as tokenEnd reads every number of a body. */
function ordinalSuffixAt(text: string, at: number): boolean {
	const first = text.charCodeAt(at) | 32;
	const second = text.charCodeAt(at + 1) | 32;
	return (first === 115 && second === 116) || (first === 110 && second === 100) || (first === 114 && second === 100) || (first === 116 && second === 104);
}
const ORDINAL_NUMBER = /^\d{1,3}(?:st|nd|rd|th)$/i;

const isAsciiLetterCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** ASCII letters, digits, the apostrophe and the hyphen, by code: what a word of ASCII characters is read through in one table look-up each. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) if (isAsciiLetterCode(code) || (code >= 48 && code <= 57) || code === APOSTROPHE || code === HYPHEN) ASCII_WORD[code] = 1;

/** The code point at `index` of `text.slice(0, limit)` (a surrogate pair cut by the limit is its first half), or -1 at the limit. */
function pointBefore(text: string, index: number, limit: number): number {
	if (index >= limit) return -1;
	const code = text.charCodeAt(index);
	if (code < 0xd800 || code > 0xdbff || index + 1 >= limit) return code;
	const low = text.charCodeAt(index + 1);
	return low >= 0xdc00 && low <= 0xdfff ? (code - 0xd800) * 0x400 + low - 0xdc00 + 0x10000 : code;
}

/** The UTF-16 code unit at `index`, or NaN at or past `limit` (as charCodeAt past a string's end). */
const unitBefore = (text: string, index: number, limit: number) => (index < limit ? text.charCodeAt(index) : Number.NaN);

/** Where a word that began with a letter and has been read up to `at` ends (see tokenEnd). */
function letterTokenEnd(text: string, at: number, limit: number): number {
	for (let point = pointBefore(text, at, limit); point >= 0 && (charClass(point) & (LETTER | MARK | NUMBER) || point === APOSTROPHE || point === CURLY_APOSTROPHE || point === HYPHEN); point = pointBefore(text, at, limit)) at += widthOf(point);
	// ".S", ".Sr": a dotted run of letters ("U.S.", "Ph.D").
	while (unitBefore(text, at, limit) === FULL_STOP) {
		const letter = pointBefore(text, at + 1, limit);
		if (letter < 0 || !(charClass(letter) & LETTER)) break;
		at += 1 + widthOf(letter);
		const extra = pointBefore(text, at, limit);
		if (extra >= 0 && charClass(extra) & (LETTER | MARK)) at += widthOf(extra);
	}
	if (unitBefore(text, at, limit) === FULL_STOP) at++;
	if (unitBefore(text, at, limit) === HYPHEN) {
		const letter = pointBefore(text, at + 1, limit);
		if (letter >= 0 && charClass(letter) & LETTER) {
			at += 1;
			for (let point = letter; point >= 0 && charClass(point) & LETTER; point = pointBefore(text, at, limit)) at += widthOf(point);
		}
	}
	return at;
}

/** Whether lower-casing could change a word: an ASCII capital or any character beyond ASCII in it. */
function hasUpperOrWide(word: string): boolean {
	for (let index = 0; index < word.length; index++) {
		const code = word.charCodeAt(index);
		if (code >= 128 || (code >= 65 && code <= 90)) return true;
	}
	return false;
}

/** What a token's characters tell, worked out once per distinct spelling (see tokenForm); `text` is the token as written: the characters read, less a sentence's closing full stop. */
type TokenForm = Word;

/** The form of the characters `read` (as tokenEnd cut them): a pure function of them, see TOKEN_FORMS. */
function readForm(read: string): TokenForm {
	let raw = read;
	// A full stop closing a sentence is not part of the word; one closing an acronym or an abbreviation is.
	if (read.length > 1 && read.charCodeAt(read.length - 1) === FULL_STOP && !ACRONYM.test(raw) && !ABBREVIATION.has(raw.slice(0, -1).toLowerCase())) raw = raw.slice(0, -1);
	let word = hasUpperOrWide(raw) ? raw.toLowerCase() : raw;
	const last = word.charCodeAt(word.length - 1);
	const beforeLast = word.charCodeAt(word.length - 2);
	const possessive = raw.length > 2 && last === LETTER_S && (beforeLast === APOSTROPHE || beforeLast === CURLY_APOSTROPHE);
	if (possessive) word = word.slice(0, -2);
	else if (last === APOSTROPHE || last === CURLY_APOSTROPHE) word = word.slice(0, -1);
	if (word.charCodeAt(word.length - 1) === FULL_STOP && !ACRONYM.test(word)) word = word.slice(0, -1);
	// Capital: the first character changes in lower case; a letter: it changes in one case or the other.
	const code = raw.charCodeAt(0);
	let capital: boolean;
	let letter: boolean;
	if (code < 128) {
		capital = code >= 65 && code <= 90;
		letter = capital || (code >= 97 && code <= 122);
	} else {
		const first = raw[0];
		capital = first !== first.toLowerCase();
		letter = capital || first !== first.toUpperCase();
	}
	const stem = singularHead(word) !== null ? IS_TITLE_HEAD_STEM : 0;
	const phrase = (word.includes('-') && /^[\p{Ll}--[\u{10000}-\u{10FFFF}]]+-[\p{Ll}--[\u{10000}-\u{10FFFF}]]+$/v.test(word)) || word === 'joint' ? IS_PHRASE_FORM : 0;
	// "al-Labwani", "bin-Talal", "el-Fayed": a lower-case particle joined to a capitalised name is part of a personal name
	const particleName = !capital && word.includes('-') && PARTICLE_NAME.test(raw) ? IS_PARTICLE : 0;
	return {text: raw, word, capital, possessive, letter, lists: (LEXICON_BITS.get(word) ?? 0) | (inflected(word) ? IS_INFLECTED : 0) | stem | phrase | particleName | (isCountWord(word) ? IS_COUNT_WORD : 0)};
}

// Forms by the characters read, in a table of fixed size indexed by a hash of those characters: the same words recur in
// every sentence and article, so each is worked out once, and a word already seen is found without slicing it. A slot
// holds one form; its characters are compared before it is used, so a collision only costs a fresh reading.
const FORM_SLOTS = 1 << 16;
const TOKEN_FORMS: Array<TokenForm & {read: string}> = new Array(FORM_SLOTS);
let formCount = 0;

/** The form of the characters of `text` from `at` to `end`, whose hash (see tokenizeRange) is `hash`. */
function tokenForm(text: string, at: number, end: number, hash: number): TokenForm {
	const slot = (hash ^ (hash >>> 14)) & (FORM_SLOTS - 1);
	const known = TOKEN_FORMS[slot];
	if (known !== undefined && sameCharacters(text, at, end, known.read)) return known;
	const read = text.slice(at, end);
	const {text: raw, word, capital, possessive, letter, lists} = readForm(read);
	const form = {text: raw, word, capital, possessive, letter, lists, id: formCount++, read};
	TOKEN_FORMS[slot] = form;
	return form;
}

/** The hash of one more character `code` after `hash`, as tokenForm files forms by. */
const hashOn = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;

/** Words of `text` (a sentence at `base` in the body) with offsets and normalised forms, appended to `tokens`. */
export function tokenize(text: string, base = 0, tokens: Token[] = []): Token[] {
	return tokenizeRange(text, 0, text.length, tokens, base);
}

/**
 * Words of `text` from `from` to `to`, as tokenize gives for `text.slice(from, to)` at `from`, appended to `tokens`:
 * the body is read in place, without a copy of each stretch. Offsets are in `text`, plus `shift`.
 */
export function tokenizeRange(text: string, from: number, to: number, tokens: Token[], shift = 0): Token[] {
	const run: WordRun = {forms: [], starts: []};
	readWords(text, from, to, run);
	for (let index = 0; index < run.forms.length; index++) tokens.push(tokenOf(run.forms[index], run.starts[index] + shift));
	return tokens;
}

/** A token of a word's form at `start`. */
export function tokenOf(form: Word, start: number): Token {
	return {text: form.text, word: form.word, start, end: start + form.text.length, capital: form.capital, possessive: form.possessive, letter: form.letter, lists: form.lists};
}

/** The words of `text` from `from` to `to` (as tokenizeRange reads them), appended to `run`. */
export function readWords(text: string, from: number, to: number, run: WordRun): void {
	const {forms, starts} = run;
	let index = from;
	while (index < to) {
		const code = text.charCodeAt(index);
		if (code === 32 || isWhiteSpaceCode(code)) {
			index++;
			continue;
		}
		const at = index;
		let hash = 0;
		// A word of ASCII letters (most words) is read and hashed in one pass; the rest of it, if any, as tokenEnd reads it.
		if (isAsciiLetterCode(code)) {
			let next = code;
			for (; index < to && next < 128 && ASCII_WORD[next] === 1; next = text.charCodeAt(++index)) hash = hashOn(hash, next);
			// a space, comma or closing mark after the letters ends the word (letterTokenEnd would read no further)
			if (index < to && next !== 32 && next !== COMMA && next !== 41 && next !== 58 && next !== 59) {
				const end = letterTokenEnd(text, index, to);
				for (; index < end; index++) hash = hashOn(hash, text.charCodeAt(index));
			}
		} else {
			const end = tokenEnd(text, at, to);
			for (; index < end; index++) hash = hashOn(hash, text.charCodeAt(index));
		}
		forms.push(tokenForm(text, at, index, hash));
		starts.push(at);
	}
}

/** Whether a word may be a reporting verb: a reporting verb's form, or one of a phrase that reports ("made clear that"). */
export function mayReport(token: Word): boolean {
	return (token.lists & (IS_SPEECH | IS_SPEECH_CUE)) !== 0;
}

/** Whether a word is a reporting verb's form (one of REPORTING_VERBS), read from its lists. */
export function isReportingVerb(token: Word): boolean {
	return (token.lists & IS_SPEECH) !== 0;
}

const isLetterWord = (token: Word) => token.letter;
const placeOf = (word: string): Place | undefined => PLACE_WORDS.get(word) ?? (word.includes('.') ? PLACE_WORDS.get(word.replace(/\./g, '')) : undefined);

const PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben|bint|ould)-[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v;

// a capitalised plural of people that can open a body's name ("Physicians", "Reporters", "Doctors", "Lawyers")
const PEOPLE_PLURAL = /(?:ians|ers|ors|ists)$/;

const NAME_JOINERS = new Set(['for', 'without', 'to', 'against']);

/** Whether a chunk is a capitalised name joined by "for", "without" or "to" (as fitsPhrase lets in), no title first. */
function joinedBodyName(tokens: Word[]): boolean {
	if (tokens.length < 3 || tokens[0].lists & IS_TITLE || !tokens[0].capital) return false;
	let joined = false;
	let headed = false;
	for (const token of tokens) {
		// ("Ama Tolvane of the Committee for …": a name before "of" with no body's head in it is a person of that body)
		if (token.word === 'of' && !joined && !headed) return false;
		if (token.lists & (IS_ORG_HEAD | IS_TITLE)) headed = true;
		// ("Centre Against Disinformation": a title-cased name capitalises its joining word too)
		if (NAME_JOINERS.has(token.word) && (!token.capital || token !== tokens[0])) joined = true;
		else if (!token.capital && token.word !== 'of' && token.word !== 'the' && token.word !== 'and') return false;
	}
	return joined;
}

/** Where a body's name joined by "for", "against", … starts after its owner and plain modifiers ("Kell's official …"), else -1. */
function ownedJoinedBody(tokens: Word[]): number {
	if (!tokens[0]?.possessive || !tokens[0].capital) return -1;
	let at = 1;
	while (at < tokens.length && !tokens[at].capital && !tokens[at].possessive && tokens[at].letter) at++;
	return at < tokens.length - 2 && tokens[at].lists & IS_ORG_HEAD && joinedBodyName(tokens.slice(at)) ? at : -1;
}

/** Whether a word can sit inside a speaker's noun phrase. */
function fitsPhrase(token: Word, previous: Word | undefined, next: Word | undefined): boolean {
	// ("the 10th army corps", "Kell's 3rd Assault Brigade": an ordinal inside a body's phrase, before its words)
	// (a capitalised word after it must be a body's head: "Forces' 6th Division" keeps its owner as the name)
	if (!isLetterWord(token)) return token.text.length >= 3 && token.text.charCodeAt(0) <= 57 && ORDINAL_NUMBER.test(token.text) && Boolean(next && isLetterWord(next) && (!next.capital || next.lists & IS_ORG_HEAD));
	const word = token.word;
	if (word === 'of' || word === 'the') {
		// "Secretary of State", "Office of the President": only between title or capitalised words.
		const joins = (other: Word | undefined) => Boolean(other && isLetterWord(other) && (other.capital || other.lists & (IS_TITLE | IS_ORG_HEAD)));
		if (word === 'of') return joins(previous) && !previous!.possessive && (joins(next) || next?.word === 'the');
		// ("the Group for the Support of …": after a body's "for" too)
		return (previous?.word === 'of' || previous?.word === 'for') && joins(next);
	}
	if (word === 'and') return false;
	// "the Movement for Democratic Change", "the Commission for Refugees": "for" inside a body's capitalised name
	// ("the Minister for Trade" stays a title and a portfolio)
	// ("Surgeons for Quiet Seas", "Medics Without Fences": after a capitalised plural of people too;
	// "the Committee to Protect Lamplighters": "to" after a capitalised body's head)
	// ("the Centre Against Disinformation": "against" after a body's head names its cause too)
	if (word === 'for' || word === 'without' || word === 'to' || word === 'against') return Boolean(previous?.capital && !previous.possessive && !(previous.lists & IS_TITLE) && (previous.lists & IS_ORG_HEAD || (word !== 'to' && PEOPLE_PLURAL.test(previous.word))) && ((next?.capital && isLetterWord(next) && !(next.lists & IS_FUNCTION_WORD)) || (word === 'for' && next?.word === 'the')));
	// "Ursula von der Leyen", "Mohammed bin Salman": particles inside a name, before a capitalised word.
	// ("al-Roe said": a particle glued to a capitalised surname is a name word on its own)
	if (token.lists & IS_PARTICLE && !token.capital) return Boolean(next && (next.capital || next.lists & IS_PARTICLE) && isLetterWord(next)) || token.word.includes('-');
	// ("Coastal Rights Watch": a body's head that is also a page's function word, after a capitalised word, ends its name)
	// ("the Centre Against Disinformation": a joining word capitalised in a title-cased body's name, after its head)
	if (token.capital) return !(token.lists & IS_FUNCTION_WORD) || Boolean(token.lists & IS_ORG_HEAD && previous?.capital && !previous.possessive) || Boolean(NAME_JOINERS.has(word) && previous?.capital && previous.lists & IS_ORG_HEAD && !previous.possessive && next?.capital && isLetterWord(next) && !(next.lists & IS_FUNCTION_WORD));
	// a title head in the plural is a group that speaks ("…, engineers estimate", "farmers say")
	return (token.lists & (IS_TITLE | IS_ORG_HEAD | IS_DOC_HEAD | IS_TITLE_HEAD_STEM | IS_PHRASE_FORM)) !== 0;
}

// ", known as X,", ", in a statement,", ", speaking to reporters,": words that open an apposition or a parenthetical
// between a speaker and the verb, rather than a verb phrase of the speaker's own.
const PARTICIPLE_APPOSITION = new Set([
	'known', 'based', 'led', 'backed', 'headed', 'chaired', 'run', 'owned', 'funded', 'supported', 'formerly', 'now', 'once',
	'in', 'on', 'at', 'during', 'speaking', 'writing', 'asked', 'however', 'meanwhile', 'though', 'too', 'for', 'separately',
	// where someone is: "Refugees in the camp, just across the border, told us …"
	'just', 'near', 'across', 'outside', 'inside', 'along',
]);

/** Whether the words after a comma open an apposition (", the agency's head,", ", 54,", ", who …") rather than a verb phrase. */
export function opensApposition(text: string): boolean {
	const first = /^\s*([[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]*)/v.exec(text)?.[1];
	if (!first) return false;
	const word = first.toLowerCase();
	return first !== word || /^[\p{N}--[\u{10000}-\u{10FFFF}]]/v.test(first) || DETERMINERS.has(word) || PARTICIPLE_APPOSITION.has(word) || TITLE.has(word) || ORG_HEAD.has(word) || ['who', 'which', 'whose', 'also', 'himself', 'herself', 'his', 'her', 'its', 'their'].includes(word) || Boolean(placeOf(word)) || bareRole(text);
}

/** ", disaster relief director at the ministry,": a role with no article, a title word among its first few words before "of", "at" or "for". */
function bareRole(text: string): boolean {
	const words = text.trimStart().split(/\s+/, 5);
	for (const word of words) {
		const plain = word.toLowerCase().replace(/[,.;:]+$/, '');
		if (plain === 'of' || plain === 'at' || plain === 'for' || plain === 'in' || plain === 'with') return false;
		if (TITLE_HEAD.has(plain)) return true;
		if (/[,.;:]$/.test(word)) return false;
	}
	return false;
}

/** A plain word right before a speaking head ("disaster agency", "rescue team"): part of the phrase, unless a verb form. */
function modifiesHead(token: Word, next: Word | undefined, after?: Word): boolean {
	if (!next || next.capital || token.capital || !token.letter || token.lists & (IS_FUNCTION_WORD | IS_PRONOUN | IS_SPEECH)) return false;
	// "the pastoralists' association": a plural possessor owns any body
	if (next.lists & IS_ORG_HEAD && /s['’]$/.test(token.text)) return true;
	return !(token.lists & IS_INFLECTED) && ((next.lists & IS_SPEAKING_BODY) !== 0 || pairBeforeHead(next, after));
}

/** "human rights office": a plain noun, plural or not, that itself stands right before a speaking body. */
function pairBeforeHead(next: Word, after: Word | undefined): boolean {
	if (!after || after.capital || next.capital || !next.letter || next.lists & (IS_FUNCTION_WORD | IS_PRONOUN | IS_SPEECH)) return false;
	// (the body after it is asked first: it rules out most words)
	if (!(after.lists & IS_SPEAKING_BODY)) return false;
	const word = next.word;
	return !word.endsWith('ed') && !word.endsWith('ing') && !word.endsWith('ly');
}

/** A plain word between a determiner and a person's title ("an [aid] worker"), not a verb or adverb form. */
function modifiesPerson(token: Word, next: Word | undefined): boolean {
	if (!next || next.capital || token.capital || !token.letter || token.lists & (IS_FUNCTION_WORD | IS_PRONOUN | IS_SPEECH | IS_TITLE)) return false;
	return !(token.lists & IS_INFLECTED) && (next.lists & (IS_TITLE_HEAD | IS_TITLE_HEAD_STEM)) !== 0;
}

/** "…, port officials said": a plain noun before a plural title, opening a clause, names the group ("port officials"). */
function opensGroup(tokens: Word[], at: number, open: number): boolean {
	const next = tokens[at + 1];
	if (open > 0 || !next || next.word.charCodeAt(next.word.length - 1) !== LETTER_S || (at > 0 && tokens[at - 1].text !== ',')) return false;
	return modifiesPerson(tokens[at], next);
}


/** A chunk of consecutive phrase words: determiner, modifiers, titles, name. */
export interface Chunk {
	/** Its words as tokens. */
	readonly tokens: Token[];
	determiner: string | null;
	start: number;
	end: number;
	/** Whether a word of it is capitalised. */
	readonly capital: boolean;
	/** Its words are the sentence's words `from` to `to` (see WordRun). */
	readonly run: WordRun;
	readonly from: number;
	readonly to: number;
}

/**
 * A chunk that points at its words in the sentence's run: its tokens are made on first use, since most chunks are read
 * as mentions remembered by their words (see mentionOf) and never need them.
 */
class RunChunk implements Chunk {
	private made: Token[] | undefined = undefined;
	readonly capital: boolean;
	constructor(readonly run: WordRun, readonly from: number, readonly to: number, public determiner: string | null, public start: number, public end: number) {
		let capital = false;
		for (let index = from; index < to && !capital; index++) capital = run.forms[index].capital;
		this.capital = capital;
	}

	get tokens(): Token[] {
		if (this.made === undefined) {
			const tokens: Token[] = [];
			for (let index = this.from; index < this.to; index++) tokens.push(tokenOf(this.run.forms[index], this.run.starts[index]));
			this.made = tokens;
		}
		return this.made;
	}
}

// "the country's disaster agency": a lower-case possessor joins the phrase it governs.
// "the agency's relief chief": a plain noun between a possessor and a title is part of the phrase too.
function ownedModifier(tokens: Word[], at: number, owner: Word | undefined): boolean {
	return Boolean(tokens[at] && owner?.possessive && modifiesPerson(tokens[at], tokens[at + 1]));
}

/**
 * "Minister of Foreign Affairs and Regional Integration", "Department of Health and Social Care": after an "of"
 * inside a capitalised title, "and" joins the next capitalised words to the name of the portfolio. Two names with
 * no portfolio before them ("Britain and France", "President X of Kovia and President Y") stay two chunks.
 */
function joinsTitledBody(tokens: Word[], at: number, from: number, to: number): boolean {
	const next = tokens[at + 1];
	if (tokens[at].word !== 'and' || to - from < 3 || !tokens[to - 1].capital || !next?.capital || !isLetterWord(next)) return false;
	// ("Minister of Foreign Affairs and Trade": a portfolio's word may be a title's modifier, never its head)
	// ("… and Defence Minister Jane Roe": a title of its own after "and" is another person's)
	if (next.lists & (IS_FUNCTION_WORD | IS_PRONOUN | IS_DETERMINER) || (next.lists & IS_TITLE && (next.lists & IS_TITLE_HEAD || (tokens[at + 2] && tokens[at + 2].lists & IS_TITLE)))) return false;
	// the words from the last "of" to "and" are a portfolio's ("of Foreign Affairs"), not a place ("of the Republic of Kovia")
	let index = to - 1;
	while (index > from && tokens[index].word !== 'of' && tokens[index].lists & IS_TITLE) index--;
	return index > from && index < to - 1 && tokens[index].word === 'of';
}

/**
 * "the Office of the High Commissioner for Human Rights": inside a body's name that opens "Office of …", "for" after a title
 * joins the title's portfolio to the name (a title alone, "the Minister for Trade", keeps its own rule in fitsPhrase).
 */
function joinsOfficePortfolio(tokens: Word[], at: number, from: number, to: number): boolean {
	const next = tokens[at + 1];
	if (tokens[at].word !== 'for' || to - from < 3 || !tokens[from].capital || !(tokens[from].lists & IS_ORG_HEAD) || tokens[from + 1].word !== 'of') return false;
	return Boolean(tokens[to - 1].capital && tokens[to - 1].lists & IS_TITLE && next?.capital && isLetterWord(next) && !(next.lists & (IS_FUNCTION_WORD | IS_PRONOUN | IS_DETERMINER)));
}

/** How many plain words (two or three) stand from `at` right before a title that one of them modifies ("national emergency management chief"), else 0. */
function plainRunBeforeTitle(tokens: Word[], at: number): number {
	let end = at;
	while (end < tokens.length && end - at < 3 && plainModifier(tokens[end])) end++;
	for (let last = end; last >= at + 2; last--) {
		const title = tokens[last];
		if (title && !title.capital && title.lists & (IS_TITLE_HEAD | IS_TITLE_HEAD_STEM) && !(tokens[last - 1].lists & (IS_TITLE_HEAD | IS_TITLE_HEAD_STEM))) return last - at;
	}
	return 0;
}

/** A plain lower-case noun that may stand before a body's head ("rescue", "coordination"), not a verb or function word. */
const plainModifier = (token: Word | undefined) => Boolean(token && token.letter && !token.capital && !token.possessive && !(token.lists & (IS_FUNCTION_WORD | IS_PRONOUN | IS_SPEECH | IS_INFLECTED | IS_DETERMINER)));

/**
 * "Kovia's maritime rescue coordination centre": the word at `at` stands in a run of up to three plain nouns between a
 * named possessor and a body's head (the head included), so the possessor, the run and the head are one phrase.
 */
function inOwnedBody(tokens: Word[], at: number): boolean {
	if (!plainModifier(tokens[at])) return false;
	let owner = at - 1;
	while (owner >= 0 && at - owner <= 4 && plainModifier(tokens[owner])) owner--;
	if (owner < 0 || !tokens[owner].possessive || !tokens[owner].capital) return false;
	let head = at;
	while (head < tokens.length && head - owner <= 4 && plainModifier(tokens[head]) && !(tokens[head].lists & IS_ORG_HEAD)) head++;
	return head < tokens.length && head - owner <= 4 && head - owner >= 3 && (tokens[head].lists & IS_ORG_HEAD) !== 0 && plainModifier(tokens[head]);
}

/**
 * Whether the word after "the fighter" leaves it a person: the end of the clause or a speech verb ("said the fighter.",
 * "the gunman said"), not a noun it modifies ("the fighter jets").
 */
const standsAlone = (after: Word | undefined) => !after || !after.letter || (after.lists & IS_SPEECH) !== 0;

// The lists that let a lower-case word open, join or close a phrase in chunkWords (a pronoun, an article, a title, a
// head, a particle, a joining or function word, an age, a body's possessive, a phrase's form, a reporting verb).
const PHRASE_LISTS = IS_PRONOUN | IS_DETERMINER | IS_TITLE | IS_ORG_HEAD | IS_DOC_HEAD | IS_FUNCTION_WORD | IS_PARTICLE | IS_SPEECH | IS_TITLE_HEAD_STEM | IS_PHRASE_FORM | IS_BODY_POSSESSIVE | IS_YEAR_OLD;
// The lists of a next word that let a plain word before it join a phrase: a body's head, a title head (modifiesHead,
// opensGroup).
const HEAD_LISTS = IS_ORG_HEAD | IS_SPEAKING_BODY | IS_TITLE_HEAD | IS_TITLE_HEAD_STEM;

/**
 * Whether chunkWords leaves the word alone when no phrase is open: a plain lower-case word in none of the lists above,
 * with no head after it (nor a speaking body after that), which every rule of the loop passes over.
 */
function inertWord(token: Word, next: Word | undefined, after: Word | undefined): boolean {
	return token.letter && !token.capital && !token.possessive && (token.lists & PHRASE_LISTS) === 0 && (next === undefined || (next.lists & HEAD_LISTS) === 0) && (after === undefined || (after.lists & IS_SPEAKING_BODY) === 0);
}

/** Noun-phrase chunks of a sentence's tokens; pronouns are chunks of their own. */
export function chunkTokens(tokens: Token[]): Chunk[] {
	return chunkWords({forms: tokens, starts: tokens.map((token) => token.start)});
}

/** Noun-phrase chunks of a sentence's words (see chunkTokens). */
export function chunkWords(run: WordRun): Chunk[] {
	const tokens = run.forms;
	const starts = run.starts;
	const chunks: Chunk[] = [];
	// The chunk being read is a run of consecutive tokens, tokens[from] up to tokens[to] (each word either joins it or
	// closes it): a chunk points at its words in the run, no array grows word by word.
	let from = 0;
	let to = 0;
	let determiner: string | null = null;
	const flush = () => {
		while (to > from && (tokens[to - 1].word === 'of' || tokens[to - 1].word === 'the' || tokens[to - 1].word === 'for')) to--;
		if (to > from) chunks.push(new RunChunk(run, from, to, determiner, starts[from], starts[to - 1] + tokens[to - 1].text.length));
		from = to;
		determiner = null;
	};
	/** Adds the token at `index` to the chunk: the run starts there when it is empty, else it is the run's next token. */
	const join = (index: number) => {
		if (to === from) from = index;
		to = index + 1;
	};
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		const next = tokens[index + 1];
		// Most words of a sentence are plain lower-case words outside any phrase: no rule below joins one (see inertWord).
		if (to === from && inertWord(token, next, tokens[index + 2])) {
			determiner = null;
			continue;
		}
		const last = to > from ? tokens[to - 1] : undefined;
		// (the tokens of "the 24-year-old": "the", "24", "-", "year-old")
		if (token.lists & IS_YEAR_OLD && index >= 3 && tokens[index - 1].word === '-' && tokens[index - 3].word === 'the' && /^\d{1,3}$/.test(tokens[index - 2].word)) {
			to = from;
			flush();
			// ("the 63-year-old woman said", "the 41-year-old farmer": a person's noun after the age refers back all the same)
			const noun = agedPersonNoun(next) ? next : undefined;
			chunks.push(new RunChunk(run, index - 2, noun ? index + 2 : index + 1, 'the', starts[index - 2], noun ? starts[index + 1] + noun.text.length : starts[index] + token.text.length));
			if (noun) index++;
			continue;
		}
		// "Thirty-two Velshans died": a count opening a sentence is no part of a name or a title ("Seven Seas Relief", two
		// capitals on, is a name)
		if (token.capital && (token.lists & (IS_DETERMINER | IS_COUNT_WORD)) === IS_COUNT_WORD && !(next?.capital && tokens[index + 2]?.capital)) {
			flush();
			continue;
		}
		if (token.lists & IS_PRONOUN && !(token.capital && next?.capital && isLetterWord(next) && !(next.lists & (IS_TITLE | IS_FUNCTION_WORD)) && token.word === 'he')) {
			flush();
			chunks.push(new RunChunk(run, index, index + 1, null, starts[index], starts[index] + token.text.length));
			continue;
		}
		// "Our general staff said", "its coast guard says": a body's possessive reads as "the" (a person's "his office" does not)
		if (token.lists & IS_BODY_POSSESSIVE && token.letter && next && (next.lists & IS_SPEAKING_BODY || (tokens[index + 2] && tokens[index + 2].lists & IS_SPEAKING_BODY && !next.capital))) {
			flush();
			determiner = 'the';
			continue;
		}
		// ("the Group for the Support of …": "the" after a body's joining "for" goes on with its name, as after "of")
		if (token.lists & IS_DETERMINER && !(token.word === 'the' && (last?.word === 'of' || (last?.word === 'for' && next?.capital)))) {
			flush();
			if (next && (ONE_PERSON_DETERMINERS.has(token.word) || (token.word === 'the' && standsAlone(tokens[index + 2]))) && DETERMINED_PERSON.has(next.word) && !next.capital) {
				// "said one fighter", "another gunman said": one unnamed person, the noun alone in its chunk
				determiner = token.word;
				join(index + 1);
				index++;
				flush();
				continue;
			}
			// "the national emergency management chief": two or three plain words before a title are part of it
			const run = next ? plainRunBeforeTitle(tokens, index + 1) : 0;
			if (run) {
				determiner = token.word;
				join(index + 1);
				join(index + run);
				index += run;
			} else if (next && fitsPhrase(next, undefined, tokens[index + 2])) determiner = token.word;
			else if (next && (modifiesPerson(next, tokens[index + 2]) || modifiesHead(next, tokens[index + 2], tokens[index + 3]))) {
				// "an aid worker", "a party official", "the occupation army": after a determiner, a plain noun before a title or a body is part of it.
				determiner = token.word;
				join(index + 1);
				index++;
			}
			continue;
		}
		// Whether the word after a possessive carries its phrase on (asked twice below, answered once).
		const ownerJoins = token.possessive && Boolean(next) && (fitsPhrase(next, token, tokens[index + 2]) || modifiesHead(next, tokens[index + 2], tokens[index + 3]) || ownedModifier(tokens, index + 1, token) || inOwnedBody(tokens, index + 1));
		const possessor = token.letter && ownerJoins;
		// (the three joins hold only on "and" or "for": every other word is spared their calls)
		const joining = token.word === 'and' ? joinsTitledBody(tokens, index, from, to) || joinsBodyConjunct(tokens, index, from, to, determiner) : token.word === 'for' && joinsOfficePortfolio(tokens, index, from, to);
		if (joining) join(index);
		else if (fitsPhrase(token, last, next) || modifiesHead(token, next, tokens[index + 2]) || (last !== undefined && !last.capital && !last.possessive && pairBeforeHead(token, next)) || possessor || ownedModifier(tokens, index, last) || opensGroup(tokens, index, to - from) || (last !== undefined && inOwnedBody(tokens, index))) join(index);
		else flush();
		if (token.possessive && next && !ownerJoins) flush();
	}
	flush();
	return chunks;
}

/**
 * Whether "and" at `index` carries a body's name on: "the Committee for Peace and Renewal" (a capitalised word on each
 * side, inside a name that a body's head opened with "for"; after "of" it may join two bodies, "the Government of Kell
 * and Dorvacorp"), or "the Truth and Reconciliation Commission", rather than joining two speakers.
 */
function joinsBodyConjunct(tokens: Word[], index: number, from: number, to: number, determiner: string | null): boolean {
	const next = tokens[index + 1];
	const last = to > from ? tokens[to - 1] : undefined;
	if (tokens[index].word !== 'and' || tokens[index].capital || !last?.capital || last.possessive || !next?.capital || !isLetterWord(next)) return false;
	if (next.possessive || next.lists & (IS_TITLE | IS_FUNCTION_WORD) || next.text === next.text.toUpperCase()) return false;
	let head = false;
	for (let at = from; at < to; at++) {
		const word = tokens[at].word;
		if (at > from && word === 'for' && !tokens[at].capital && tokens[at - 1].capital && tokens[at - 1].lists & IS_ORG_HEAD) return true;
		if (tokens[at].lists & (IS_ORG_HEAD | IS_TITLE_HEAD)) head = true;
	}
	// "the Truth and Reconciliation Commission", "the Food and Agriculture Organization": after "the", capitalised words
	// with no head of their own, then "and", then a capitalised run ending in a body's head, name one body
	if (determiner !== 'the' || head) return false;
	for (let at = index + 1; at < index + 6 && tokens[at]?.capital && isLetterWord(tokens[at]) && !tokens[at].possessive; at++) {
		if (tokens[at].lists & IS_ORG_HEAD && !(tokens[at + 1]?.capital && isLetterWord(tokens[at + 1]))) return true;
	}
	return false;
}

const surfaceOf = (tokens: Token[], body: string) => (tokens.length ? body.slice(tokens[0].start, tokens.at(-1)!.end) : '');

// The first words of seats and places written with a space ("white" of "white house"), dots and all.
const PAIR_FIRST = new Set([...SEATS.keys(), ...PLACE_WORDS.keys()].filter((key) => key.includes(' ')).map((key) => key.slice(0, key.indexOf(' '))));

/** The side a phrase speaks for: the first country, nationality or seat of power in it. */
export function sideOf(tokens: Token[]): string | null {
	let country: string | null = null;
	for (let index = 0; index < tokens.length; index++) {
		const one = tokens[index].word;
		// A pair of words is looked up only when the first can begin a two-word seat or place.
		const pairs = PAIR_FIRST.has(one) || (one.includes('.') && PAIR_FIRST.has(one.replace(/\./g, '')));
		const two = pairs && index + 1 < tokens.length ? `${one} ${tokens[index + 1].word}` : '';
		// A seat of power ("the White House") tells the side before any other word.
		const seat = (two && SEATS.get(two)) || SEATS.get(one);
		if (seat) return seat;
		if (!country) country = ((two && placeOf(two)) || placeOf(one))?.name ?? null;
	}
	return country;
}

// "JD", "AB": two or three capitals written as one word
const INITIALS = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,3}$/v;

const isNameWord = (token: Token) => {
	if (!token.capital) return (token.lists & IS_PARTICLE) !== 0;
	const word = token.word;
	// ("Traders say …" at a sentence's start: a title head's plural names a group, not a person)
	if (token.possessive || token.lists & (IS_TITLE | IS_ORG_HEAD | IS_DOC_HEAD | IS_FUNCTION_WORD | IS_TITLE_HEAD_STEM) || !isLetterWord(token)) return false;
	if (PLACE_PARTS.has(word.includes('.') ? word.replace(/\./g, '') : word)) return false;
	// "French-made" is a modifier; "NATO", "U.N." are acronyms, not personal names.
	if (word.includes('-') && /-[\p{Ll}--[\u{10000}-\u{10FFFF}]]+$/v.test(token.text)) return false;
	const second = token.text[1];
	return !(second && second !== second.toLowerCase() && /^(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]]\.?){2,}$/v.test(token.text));
};

/** The title head of a role phrase ("French Foreign Minister" -> "minister"). */
/** The title head a plural names ("officials" -> "official", "witnesses" -> "witness"), else null. */
function singularHead(word: string): string | null {
	// "fishermen", "firemen": a plural in "-men" is a group of whoever "-man" names
	if (word.endsWith('men') && word.length > 4) return TITLE_HEAD.has(`${word.slice(0, -3)}man`) ? `${word.slice(0, -3)}man` : null;
	if (!word.endsWith('s')) return null;
	if (TITLE_HEAD.has(word.slice(0, -1))) return word.slice(0, -1);
	return /(?:ss|sh|ch|x)es$/.test(word) && TITLE_HEAD.has(word.slice(0, -2)) ? word.slice(0, -2) : null;
}

/** "vice-minister" is a minister, "vice-governor" a governor ("vice-president" is an office of its own, not the president's). */
function deputyHead(word: string): string | null {
	const deputy = /^(?:vice|deputy)-([\p{Ll}--[\u{10000}-\u{10FFFF}]]+)$/v.exec(word)?.[1];
	return deputy !== undefined && deputy !== 'president' && TITLE_HEAD.has(deputy) ? deputy : null;
}

export function headOf(words: string[]): string | null {
	for (let index = words.length - 1; index >= 0; index--) {
		if (TITLE_HEAD.has(words[index])) return words[index];
		const deputy = deputyHead(words[index]);
		if (deputy !== null) return deputy;
		const singular = singularHead(words[index]);
		if (singular !== null) return singular;
	}
	return null;
}

const PLACE_FEATURE = new Set(PLACE_FEATURES);

// The last words of a settlement's name: "Kel City", "Port Town"
const SETTLEMENT_WORDS = new Set(['city', 'town', 'village']);

/** Whether a name read as a person's ends on a place's word ("Kel City", "Tor Province"): never a "he" or "she". */
function placeName(entity: Entity): boolean {
	if (entity.kind !== 'name') return false;
	const last = entity.name.slice(entity.name.lastIndexOf(' ') + 1).toLowerCase();
	return entity.name.includes(' ') && (PLACE_FEATURE.has(last) || SETTLEMENT_WORDS.has(last));
}

/**
 * Whether the capitalised run from `nameFrom` (or the capital just before it) holds a place's feature word at one of its
 * ends ("Mora Island", "Port Tallin"). A feature with capitals on both sides names a body after its place ("Kesto River
 * Lines", "Kesto Bay Shipping"), which speaks.
 */
function namesPlace(tokens: Token[], nameFrom: number): boolean {
	const first = Math.max(0, nameFrom - 1);
	for (let index = first; index < tokens.length; index++) {
		if (!tokens[index].capital || !PLACE_FEATURE.has(tokens[index].word)) continue;
		const inside = index > first && index < tokens.length - 1 && tokens[index - 1].capital && tokens[index + 1].capital;
		if (!inside) return true;
	}
	return false;
}

/** Whether the name run from `nameFrom` ends a phrase after "of" ("of the Lowland Coast [Liberation Front]"), not a title. */
function objectOfOf(tokens: Token[], nameFrom: number): boolean {
	let at = nameFrom - 1;
	let title = false;
	let portfolio = false;
	for (; at >= 0 && (tokens[at].word === 'the' || tokens[at].word === 'and' || (tokens[at].capital && tokens[at].word !== 'of')); at--) {
		title ||= TITLE.has(tokens[at].word);
		// "and" only stands in a chunk inside a portfolio after "of" (see joinsTitledBody): no name follows it
		portfolio ||= tokens[at].word === 'and';
	}
	// "Secretary of State Jane Roe": a title after a bare "of" starts the person's title; "of the National Guard" names a body.
	// "Movement for Tellvik Unity": capitals after a body's "for" name the cause, not a person
	if (at > 0 && tokens[at].word === 'for' && tokens[at - 1].capital && tokens[at - 1].lists & IS_ORG_HEAD) return true;
	return at >= 0 && tokens[at].word === 'of' && (!title || portfolio || tokens[at + 1].word === 'the');
}

/** Whether only white space stands between the chunk's words: then its words are what its surface tokenizes to. */
function tilesSurface(tokens: Token[], body: string): boolean {
	for (let index = 1; index < tokens.length; index++)
		for (let at = tokens[index - 1].end; at < tokens[index].start; at++) if (!isWhiteSpaceCode(body.charCodeAt(at))) return false;
	return true;
}

// Mentions by determiner and surface, start and end aside: names and roles recur in every article. Kept like token forms
// (see TOKEN_FORMS): a table of fixed size indexed by a hash of the surface's characters, each slot checked against
// the characters before use, so a surface already read is found without copying it out of the body or building a key.
const MENTION_SLOTS = 1 << 14;
const MENTIONS: Array<{determiner: string | null; surface: string; mention: Mention | null}> = new Array(MENTION_SLOTS);

/** Reads one chunk as a mention, or null when it cannot speak. `body` is the article body the offsets point into. */
export function mentionOf(chunk: Chunk, body: string): Mention | null {
	let known: Mention | null;
	// Words one space apart (most chunks) spell their surface: the mention is found by its words, its characters unread.
	if (singleSpaced(chunk, body)) known = byWords(chunk, body);
	else {
		const tokens = chunk.tokens;
		// A chunk whose words straddle a quote (words on both sides of it) is read afresh: its surface holds more than its words.
		if (!tilesSurface(tokens, body)) return readMention(chunk, body, body.slice(tokens.length ? tokens[0].start : 0, tokens.length ? tokens[tokens.length - 1].end : 0));
		known = bySurface(chunk, body);
	}
	return known && {kind: known.kind, surface: known.surface, name: known.name, role: known.role, side: known.side, head: known.head, start: chunk.start, end: chunk.end, pronoun: known.pronoun, anaphoric: known.anaphoric};
}

/** Whether a chunk's words are forms read from `body` (see tokenForm), each one space after the one before. */
function singleSpaced(chunk: Chunk, body: string): boolean {
	const {forms, starts} = chunk.run;
	for (let index = chunk.from; index < chunk.to; index++) {
		if (forms[index].id === undefined) return false;
		if (index > chunk.from && (starts[index] !== starts[index - 1] + forms[index - 1].text.length + 1 || body.charCodeAt(starts[index] - 1) !== 32)) return false;
	}
	return true;
}

// Mentions by determiner and words (the forms themselves, one space apart): a table like MENTIONS, each slot checked
// against the very forms before use. The words and the spaces between them spell the surface, so a mention found here
// is the one bySurface would give; a form read afresh after a collision is only a miss.
const WORD_MENTIONS: Array<{determiner: string | null; forms: Word[]; mention: Mention | null}> = new Array(MENTION_SLOTS);

/** bySurface for a single-spaced chunk, found by its words. */
function byWords(chunk: Chunk, body: string): Mention | null {
	const {forms} = chunk.run;
	const {from, to, determiner} = chunk;
	let hash = to - from;
	for (let index = from; index < to; index++) hash = (Math.imul(hash, 31) + forms[index].id!) | 0;
	if (determiner !== null) for (let index = 0; index < determiner.length; index++) hash = (Math.imul(hash, 37) + determiner.charCodeAt(index)) | 0;
	const slot = (hash ^ (hash >>> 15)) & (MENTION_SLOTS - 1);
	let entry = WORD_MENTIONS[slot];
	if (entry === undefined || entry.determiner !== determiner || !sameForms(entry.forms, forms, from, to)) {
		entry = {determiner, forms: forms.slice(from, to), mention: bySurface(chunk, body)};
		WORD_MENTIONS[slot] = entry;
	}
	return entry.mention;
}

/** Whether `forms` from `from` to `to` are the very objects of `other`, in order. */
function sameForms(other: Word[], forms: Word[], from: number, to: number): boolean {
	if (other.length !== to - from) return false;
	for (let index = 0; index < other.length; index++) if (other[index] !== forms[from + index]) return false;
	return true;
}

/** The mention a chunk whose words only white space parts reads as, remembered by its determiner and surface (see MENTIONS); start and end aside. */
function bySurface(chunk: Chunk, body: string): Mention | null {
	const from = chunk.start;
	const to = chunk.end;
	let hash = to - from;
	for (let index = from; index < to; index++) hash = (Math.imul(hash, 31) + body.charCodeAt(index)) | 0;
	const determiner = chunk.determiner;
	if (determiner !== null) for (let index = 0; index < determiner.length; index++) hash = (Math.imul(hash, 37) + determiner.charCodeAt(index)) | 0;
	const slot = (hash ^ (hash >>> 15)) & (MENTION_SLOTS - 1);
	let entry = MENTIONS[slot];
	if (entry === undefined || entry.determiner !== determiner || !sameCharacters(body, from, to, entry.surface)) {
		const surface = body.slice(from, to);
		entry = {determiner, surface: ownCopy(surface), mention: readMention(chunk, body, surface)};
		MENTIONS[slot] = entry;
	}
	return entry.mention;
}

/**
 * The characters of a piece of the body in a string of their own: a slice may point into the whole body, and a key kept
 * across articles must neither hold every body it came from nor send each comparison back into it.
 */
const ownCopy = (piece: string) => `${piece} `.slice(0, -1);

/** Whether `text` from `from` to `to` holds exactly the characters of `other`. */
function sameCharacters(text: string, from: number, to: number, other: string): boolean {
	if (other.length !== to - from) return false;
	// (a loop, not startsWith: most words are a few characters, shorter than the call)
	for (let index = 0; index < other.length; index++) if (text.charCodeAt(from + index) !== other.charCodeAt(index)) return false;
	return true;
}

/** Where a body's capitalised name starts after its lower-case kind ("charity" of "charity Kelso Relief Alliance"), else -1. */
function kindBeforeName(tokens: Word[]): number {
	const at = tokens.findIndex((token) => token.capital);
	if (at < 1 || !(tokens[at - 1].lists & IS_ORG_HEAD) || tokens.slice(0, at).some((token) => token.possessive)) return -1;
	return tokens.slice(at).every((token) => token.capital || token.word === 'of' || token.word === 'for' || token.word === 'the' || token.word === 'and') ? at : -1;
}

// titles that are also common surnames: "Dara Sultan said", "“We wait,” Sultan said" name a person, not an office
const SURNAME_TITLES = new Set(['sultan', 'king', 'bishop', 'judge', 'marshal', 'major', 'prince']);

/** Whether a chunk with no article is a personal name ending in a title word ("Dara Sultan", "Sultan" alone). */
function titleAsSurname(chunk: Chunk, tokens: Token[]): boolean {
	const last = tokens.at(-1)!;
	if (chunk.determiner !== null || tokens.length > 3 || !last.capital || last.possessive || !SURNAME_TITLES.has(last.word)) return false;
	return tokens.slice(0, -1).every((token) => isNameWord(token) && !placeOf(token.word) && !PLACE_ADJECTIVE_FORM.test(token.text) && !TITLE_COMPOUNDS.has(token.word));
}

// "Crown Prince", "Field Marshal", "Grand Judge": words that make the title a compound office, not a surname
const TITLE_COMPOUNDS = new Set(['crown', 'field', 'grand', 'drum', 'high', 'chief']);

// "Varenian", "Korvish": a place's adjective before a title is whose office it is ("the Varenian King"), not a first name
const PLACE_ADJECTIVE_FORM = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ian|ean|ese|ish|an|i)$/v;

/** "al-Roe", "el-Roe", "ad-Roe": a surname after a lower-case Arabic article glued by a hyphen, a capitalised name all the same. */
const articledSurname = (token: Token) => /^[\p{Ll}--[\u{10000}-\u{10FFFF}]]{1,3}-[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(token.text);

/** Whether a title's "of" opens a portfolio of capitalised words that runs up to `at` ("Minister of Energy" before "and"). */
function portfolioOpensBefore(tokens: Token[], at: number): boolean {
	// ("Chief of the General Staff of the Armed Forces Jane Roe": a body's name after "of the", and a body of that body)
	for (let index = at - 1; index >= 1; index--) {
		const word = tokens[index].word;
		if (word === 'of' && OF_PORTFOLIO_TITLES.has(tokens[index - 1].word)) return index < at - 1;
		if (!tokens[index].capital && word !== 'and' && word !== 'of' && word !== 'the') return false;
	}
	return false;
}

// Titles whose portfolio follows "of" in capitals and runs straight into the holder's name.
// ("President of Kell Jane Roe", "Mayor of Port Kell Jane Roe": a country or a town after "of" runs into the name the same way)
const OF_PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner', 'director', 'governor', 'president', 'ambassador', 'envoy', 'mayor', 'chairman', 'chairwoman', 'head', 'chief', 'commander']);

/** mentionOf, worked out: a pure function of the chunk's determiner and words (its surface when they tile it). */
function readMention(chunk: Chunk, body: string, surface: string): Mention | null {
	const tokens = chunk.tokens;
	// One object shape for every mention (no spreads): mentions are made for most chunks of every sentence.
	const make = (kind: MentionKind, name: string, role: string | null, side: string | null, head: string | null, written = surface, pronoun?: string): Mention =>
		({kind, surface: written, name, role, side, head, start: chunk.start, end: chunk.end, pronoun});
	if (tokens.length === 1 && PRONOUNS.has(tokens[0].word)) {
		return make('pronoun', tokens[0].word, null, null, null, surface, tokens[0].word);
	}
	if ((tokens.length === 3 || (tokens.length === 4 && agedPersonNoun(tokens[3]))) && chunk.determiner === 'the' && AGE_ANAPHOR.test(surface)) return make('pronoun', PERSON_PRONOUN, null, null, null, surface, PERSON_PRONOUN);
	const last = tokens.at(-1)!;
	// "Reports say …", "Claims that …": a report or a claim opening a sentence is a hedge, no one's voice
	if (tokens.length === 1 && last.capital && REPORT_NOUN.has(last.word)) return null;
	// "Tens of thousands of protesters …", "Hundreds said …": a round count opening a sentence is no one's name
	if (tokens.length === 1 && last.capital && ROUND_COUNT.has(last.word)) return null;
	if (titleAsSurname(chunk, tokens)) return make('name', surface, null, null, null);
	// "el-Qarrim" alone may be a place, or the short form of a person named before: "al-Roe said" after "Jane al-Roe",
	// which alone it may refer to
	if (tokens.length === 1 && articledSurname(last) && !last.possessive && !chunk.determiner) return {kind: 'name', surface, name: surface, role: null, side: null, head: null, start: chunk.start, end: chunk.end, pronoun: undefined, anaphoric: true};
	if (tokens.length === 1 && chunk.determiner !== null && (ONE_PERSON_DETERMINERS.has(chunk.determiner) || chunk.determiner === 'the') && DETERMINED_PERSON.has(last.word)) return make('anonymous', last.word, last.word, null, last.word);
	// A lower-case chunk can only speak through its head noun ("the ministry", "a senior official").
	if (!tokens.some((token) => token.capital || token.possessive)) {
		const plain = last.word.endsWith('s') ? last.word.slice(0, -1) : last.word;
		if (!(last.lists & IS_ORG_HEAD) && !DOC_HEAD.has(last.word) && !DOC_HEAD.has(plain) && !TITLE_HEAD.has(last.word) && !TITLE_HEAD.has(plain) && singularHead(last.word) === null && deputyHead(last.word) === null) return null;
	}
	// A possessor alone ("Jane Roe’s"): the person, remembered so a later "she" can find her.
	if (last.possessive && tokens.length <= 3 && tokens.every((token, index) => isNameWord(index === tokens.length - 1 ? {...token, possessive: false} : token))) {
		const name = surface.replace(/['’]s$/i, '');
		return make('name', name, null, null, null, name);
	}
	// "Surgeons for Quiet Seas", "the Committee to Protect Lamplighters": a body's name with a joining word is whole
	if (joinedBodyName(tokens)) return make('organisation', surface.replace(/^the\s+/i, ''), null, sideOf(tokens), tokens.map((token) => token.word).find((word) => ORG_HEAD.has(word)) ?? null);
	// ("Kell's official Centre Against Disinformation": an owner and plain words before such a name leave it whole)
	const owned = ownedJoinedBody(tokens);
	if (owned > 0) return make('organisation', surfaceOf(tokens.slice(owned), body), null, sideOf(tokens), tokens[owned].word);
	// "the Zentaris said", "according to the Marrishans": a people or a movement named in the plural after "the" speaks as
	// a group, never as one person (whose surname a bare plural would otherwise be, and join). (Not after a country's
	// possessive: "Greece's Mitsotakis", "America's Harris" are people.)
	if (tokens.length === 1 && chunk.determiner === 'the' && last.capital && !last.possessive && PLURAL_GROUP_NAME.test(last.text) && !placeOf(last.word))
		return make('organisation', last.text, null, sideOf(tokens), null);
	// The personal name: the run of name words at the end of the chunk ("White House Press Secretary [Jane Roe]").
	let nameFrom = tokens.length;
	// ("Minister Roe’s": a titled possessor's name ends on its possessive)
	const lastName = last.possessive && last.capital && tokens.length > 1 ? {...last, possessive: false} : last;
	while (nameFrom > 0 && (isNameWord(nameFrom === tokens.length ? lastName : tokens[nameFrom - 1]) || (tokens[nameFrom - 1].word === 'he' && nameFrom < tokens.length))) nameFrom--;
	// ("Vice President PD Amsary": initials in capitals between a title and a name are the name's, not an acronym of the role)
	if (nameFrom >= 2 && nameFrom < tokens.length && INITIALS.test(tokens[nameFrom - 1].text) && !placeOf(tokens[nameFrom - 1].word) && tokens[nameFrom - 2].lists & (IS_TITLE | IS_TITLE_HEAD)) nameFrom--;
	let nameTokens = tokens.slice(nameFrom);
	while (nameTokens.length > 1 && PREFIX.has(nameTokens[0].word)) nameTokens = nameTokens.slice(1);
	// ("Mrs al-Roe": after a courtesy title a surname with its article is a name)
	if (nameTokens.every((token) => !token.capital && !(articledSurname(token) && PREFIX.has(tokens[0].word)))) nameTokens = [];
	// "Mora Island", "Port Tallin": a name with a place's feature word in it is a place, not a person.
	if (nameTokens.length && namesPlace(tokens, nameFrom)) nameTokens = [];
	// "spokesman of the Coast Front", "director of Hill Hospital": capitals after "of" name the body a role belongs to, not a person.
	// "Minister of Social Welfare Jane Roe": a portfolio after "of" runs into the name, which is its last words
	// ("Minister of Energy and Transport Jane Roe": a portfolio of two joined by "and" runs into the name the same way)
	// ("Secretary of Health and Human Services Jane Roe": or one whose last word is no name word, a body's head)
	const portfolio = (nameTokens.length >= 3 && nameFrom >= 2 && ((tokens[nameFrom - 1].word === 'of' && OF_PORTFOLIO_TITLES.has(tokens[nameFrom - 2].word)) || (tokens[nameFrom - 1].word === 'and' && portfolioOpensBefore(tokens, nameFrom - 1)))) ||
		(nameTokens.length >= 2 && nameFrom >= 4 && tokens[nameFrom - 1].capital && portfolioOpensBefore(tokens, nameFrom));
	if (portfolio) {
		// (its last two capitalised words, and any particle between them: "Jane van der Roe")
		let from = tokens.length;
		// ("Jane al-Roe": a lower-case article glued to a capitalised surname counts as a capital)
		for (let capitals = 0; from > nameFrom && capitals < 2; ) if (tokens[--from].capital || articledSurname(tokens[from])) capitals++;
		nameFrom = from;
		nameTokens = tokens.slice(nameFrom);
	} else if (nameTokens.length && objectOfOf(tokens, nameFrom)) nameTokens = [];
	const words = tokens.map((token) => token.word);
	const ofAt = words.indexOf('of');
	// "Jorun Halme of the Party of National Dawn": a person's name, "of", then the body, whatever title words it holds.
	if (nameTokens.length && ofAt > 0 && nameFrom > ofAt && personOfBody(tokens, ofAt) >= 0) nameTokens = [];
	const roleTokens = withoutListTitle(withoutTrailingCourtesy(tokens.slice(0, nameFrom), nameTokens.length > 0), nameTokens.length > 0);
	const side = sideOf(tokens);
	const named = ofAt > 0 && !nameTokens.length ? personOfBody(tokens, ofAt) : -1;
	if (named >= 0) {
		// "Carys Vantrell of Quarrin Bank": the person, with the body she speaks for as her role
		const person = tokens.slice(named, ofAt);
		const bodyRole = surfaceOf(tokens.slice(ofAt + 1).filter((token, index) => index > 0 || token.word !== 'the'), body);
		const roleWords = tokens.slice(0, named).filter((token) => !PREFIX.has(token.word));
		return make('name', surfaceOf(person, body), roleWords.length ? `${surfaceOf(roleWords, body)}, ${bodyRole}` : bodyRole, side, roleWords.length ? headOf(roleWords.map((token) => token.word)) : null);
	}
	const roleHead = ofAt > 0 && !nameTokens.length ? headOf(words.slice(0, ofAt)) : null;
	// ("members of the Dock Union" speak for the union: see bodyOfMembers below; "member" heads a role only before a name
	// or after a modifier, "a council member", "family members")
	if (roleHead && !(ofAt === 1 && (words[0] === 'members' || words[0] === 'member'))) return make(chunk.determiner !== null && ANONYMOUS.has(chunk.determiner) ? 'anonymous' : 'description', surface, surface, side, roleHead);
	// Courtesy and military prefixes alone ("Mr", "Lt Gen") are not a role, nor a possessor left once they go ("Kell's Dr
	// Jane Roe": Kell's is whose she is, not what she does)
	const role = roleTokens.length && !roleTokens.every((token) => PREFIX.has(token.word) || token.possessive || DETERMINERS.has(token.word)) ? surfaceOf(roleTokens, body) : null;
	const capital = CAPITAL_FIRST.has(words[0]) ? CAPITAL_WORDS.get(words.join(' ')) : undefined;
	if (capital) return make('country', capital, null, capital, null);
	// "the charity Kelso Aid", "the rebel group Dawn": a body's kind before its name names a body, not a person's role
	const kind = roleTokens.at(-1);
	if (nameTokens.length && kind && !kind.capital && kind.lists & IS_ORG_HEAD && !TITLE_HEAD.has(kind.word) && roleTokens.every((token) => !token.capital || token.possessive || placeOf(token.word))) {
		return make('organisation', surfaceOf(nameTokens, body), surfaceOf(roleTokens.filter((token) => !DETERMINERS.has(token.word)), body) || null, side, kind.word);
	}
	if (nameTokens.length) {
		// "Minister Roe’s motives": the possessor is the person, the possessive no part of her name
		const name = nameTokens.at(-1)!.possessive ? surfaceOf(nameTokens, body).replace(/['’]s$/, '') : surfaceOf(nameTokens, body);
		return make('name', name, role && /[\p{L}--[\u{10000}-\u{10FFFF}]]/v.test(role) ? role : null, side, roleTokens.length ? headOf(roleTokens.map((t) => t.word)) : null);
	}
	const lastWord = words.at(-1)!;
	const lastPlain = lastWord.replace(/s$/, '');
	// "A police statement said", "a Front communique": the body whose statement it is speaks
	const voiced = tokens.length >= 2 && VOICE_DOC_HEAD.has(lastWord) ? tokens.at(-2)! : null;
	if (voiced && voiced.lists & IS_ORG_HEAD && !voiced.possessive && !TITLE_HEAD.has(voiced.word)) {
		const bodyTokens = tokens.slice(0, -1).filter((token) => !DETERMINERS.has(token.word));
		return make('organisation', surfaceOf(bodyTokens, body), null, side, SPEAKING_BODIES_PLURAL.get(voiced.word) ?? voiced.word);
	}
	const seat = tokens.some((token) => SEATS.has(token.word) || SEAT_FIRST.has(token.word)) ? SEAT.exec(surface.toLowerCase())?.[1] : undefined;
	if (seat || tokens.some((token) => token.lists & IS_ORG_HEAD) && !TITLE_HEAD.has(lastWord) && !TITLE_HEAD.has(lastPlain)) {
		// "the ministry", "police", "the two governments": a speaking body needs no capital; any other head alone is anaphoric
		// ("…, aid agencies say", "local authorities said": a plural body after a plain word or two speaks without an article too)
		const speaking = tokens.some((token) => token.lists & IS_SPEAKING_BODY) && (chunk.determiner === 'the' || chunk.determiner === 'two' || (chunk.determiner === null && tokens.length <= 3 && BARE_BODIES.has(last.word)));
		// ("the farmers' union says", "the herders' association said": a body told apart by what it is speaks as one)
		// ("a monitoring group said", "a rights group says": an unnamed body told apart the same way)
		const described = (chunk.determiner === 'the' || ((chunk.determiner === 'a' || chunk.determiner === 'an') && UNNAMED_BODIES.has(lastWord))) && words.length >= 2 && words.length <= 3 && ORG_HEAD.has(lastWord);
		if (!seat && !tokens.some((token) => token.capital || token.possessive) && !speaking && !described) return bareBody(chunk, words);
		const head = [...words].reverse().map((word) => SPEAKING_BODIES_PLURAL.get(word) ?? word).find((word) => ORG_HEAD.has(word)) ?? seat ?? null;
		// "Fighters of the Kel Brigade", "members of the Dock Union": people of a named body speak for it
		const ofBody = ofAt > 0 ? bodyOfMembers(tokens, ofAt) : -1;
		if (ofBody >= 0) return make('organisation', surfaceOf(tokens.slice(ofBody), body), null, side, head);
		// "the medical charity Kelso Relief Alliance": a lower-case kind before a body's capitalised name is no part of it
		// (nor its role: a kind many bodies share would stop "the group" in another article joining the one it names)
		const named = kindBeforeName(tokens);
		if (named > 0) return make('organisation', surfaceOf(tokens.slice(named), body).replace(/['’]s$/, ''), null, side, head);
		// ("The Front's own figure": a body named as an owner is the body, its possessive no part of the name;
		// "the Armed Forces' division": a plural's bare apostrophe neither)
		return make('organisation', surface.replace(/^the\s+/i, '').replace(/['’]s$/, '').replace(/(s)['’]$/, '$1'), null, side, head);
	}
	if (DOC_HEAD.has(lastWord) || DOC_HEAD.has(lastPlain)) {
		return make('document', surface, null, side, lastPlain);
	}
	const head = headOf(words);
	if (head) {
		const anonymous = (chunk.determiner !== null && ANONYMOUS.has(chunk.determiner)) || words.some((word) => word === 'unnamed' || word === 'anonymous');
		return make(anonymous ? 'anonymous' : 'description', surface, surface, side, head);
	}
	// "the IDF said", "AFAD said": an acronym on its own names a body.
	// ("9.30pm BST", "(14:00 GMT)": a time zone's code is no body)
	if (tokens.length <= 2 && tokens.every((token) => /^(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]]\.?){2,6}(?:['’]s)?$/v.test(token.text)) && !placeOf(words.join(' ')) && !TIME_ZONE.has(tokens.at(-1)!.text)) {
		return make('organisation', surface.replace(/^the\s+/i, '').replace(/['’]s$/, ''), null, side, null);
	}
	if (tokens.length <= 3 && side && tokens.every((token) => placeOf(token.word) || PLACE_PARTS.has(token.word))) {
		return make('country', side, null, side, null);
	}
	return null;
}

// a capitalised plural of five letters or more, not a name's own closing "s" after a vowel pair or double letter ("Harris", "Lewis" do not follow "the")
const PLURAL_GROUP_NAME = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}(?<!s)s$/v;
const TIME_ZONE = new Set(TIME_ZONE_CODES);
const ROUND_COUNT = new Set(ROUND_COUNTS);
const REPORT_NOUN = new Set(CLAIM_NOUNS);

/** Where the personal name of "(Dr) Carys Vantrell of Quarrin Bank" starts (after any courtesy prefix), or -1 when the words before "of" are no name of two words or more. */
function personOfBody(tokens: Token[], ofAt: number): number {
	let from = 0;
	while (from < ofAt && PREFIX.has(tokens[from].word)) from++;
	// "Carys Vantrell of Quarrin Bank", "Mr Dunmere of the opposition": a name of two words, or one after a courtesy title
	if ((ofAt - from >= 2 || (from > 0 && ofAt - from === 1 && tokens[from].capital)) && tokens.slice(from, ofAt).every(isNameWord) && tokens[ofAt + 1]) return from;
	// "opposition leader Jorun Halme of the Dawn Party": lower-case role words, then the name
	let name = ofAt;
	while (name > from && isNameWord(tokens[name - 1]) && tokens[name - 1].capital) name--;
	return ofAt - name >= 2 && name > from && tokens.slice(from, name).every((token) => !token.capital || token.lists & IS_TITLE) && tokens[ofAt + 1] ? name : -1;
}

/**
 * Where the named body of "Fighters of the Kel Brigade" starts, or -1: the words before "of" name people and no body
 * ("Ministry of Defence" is the body itself), and the body after it is capitalised and has a body's head word.
 */
function bodyOfMembers(tokens: Token[], ofAt: number): number {
	const from = tokens[ofAt + 1]?.word === 'the' ? ofAt + 2 : ofAt + 1;
	const named = tokens.slice(from);
	if (!named.length || !named.every((token) => token.capital) || !(named.at(-1)!.lists & IS_ORG_HEAD)) return -1;
	return MEMBER_WORDS.has(tokens[ofAt - 1].word) && tokens.slice(0, ofAt).every((token) => !(token.lists & IS_ORG_HEAD)) ? from : -1;
}

// People who act for the body they belong to: "fighters of", "members of", "supporters of"
const MEMBER_WORDS = new Set(['fighters', 'members', 'militants', 'supporters', 'activists', 'gunmen', 'volunteers', 'workers', 'employees', 'troops', 'soldiers', 'rebels', 'delegates']);

/** "The Farmers' Union wants …" then "the union said": a lone head noun after "the" points back at a body with that head. */
function bareBody(chunk: Chunk, words: string[]): Mention | null {
	if (chunk.determiner !== 'the' || words.length !== 1 || !ORG_HEAD.has(words[0])) return null;
	return {kind: 'organisation', surface: chunk.tokens[0].text, name: words[0], role: null, side: null, head: words[0], start: chunk.start, end: chunk.end, pronoun: undefined, anaphoric: true};
}

// What turns a place's name into its people's or adjective: "Kyrin" -> "Kyrini", "Tavia" -> "Tavian".
const DEMONYM_ENDING = /^(?:i|n|an|ian|ese|ish|ic)$/;

const RANKS = new Set(RANK_WORDS);
const COURTESY = new Set(COURTESY_TITLES);

/**
 * No role from a title in the plural before a name: "Foreign Ministers A B, C D and E F" opens a list of people, and
 * the office is not the first one's alone.
 */
function withoutListTitle(roleTokens: Token[], beforeName: boolean): Token[] {
	const last = roleTokens.at(-1);
	return beforeName && last && last.word.endsWith('s') && TITLE_HEAD.has(last.word.slice(0, -1)) ? [] : roleTokens;
}

/** An office's words less the courtesy titles that close them before a name ("Health Minister [Dr] Jane Roe"). */
function withoutTrailingCourtesy(roleTokens: Token[], beforeName: boolean): Token[] {
	let end = roleTokens.length;
	while (beforeName && end > 1 && COURTESY.has(roleTokens[end - 1].word.replace(/\.$/, ''))) end--;
	return end === roleTokens.length || roleTokens.slice(0, end).every((token) => PREFIX.has(token.word)) ? roleTokens : roleTokens.slice(0, end);
}

/** Whether a role is nothing but ranks and courtesy titles: "Staff Sergeant", "Dr". */
const onlyRank = remembered((role: string) => role.toLowerCase().split(/[\s.]+/).filter(Boolean).every((word) => RANKS.has(word)));

/** Whether two one-word names are a place and its adjective ("Kyrin", "Kyrini"): two speakers, not one spelt two ways. */
function placeAndPeople(one: string, other: string): boolean {
	if (one === other || one.includes(' ') || other.includes(' ')) return false;
	// (no pair array made: this runs for every person of a surname a name is looked up by)
	const oneShorter = one.length < other.length;
	const short = oneShorter ? one : other;
	const long = oneShorter ? other : one;
	return long.startsWith(short) && DEMONYM_ENDING.test(long.slice(short.length));
}


const roleWords = remembered((role) => ` ${role.toLowerCase().replace(/[^[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+/gv, ' ')} `);

/** Whether a mention of `head` ("leader") fits a role ("Estonian President"). */
export function roleHasHead(role: string, head: string): boolean {
	const words = roleWords(role);
	const heads = LEADER_HEADS.includes(head) ? LEADER_HEADS : [head];
	return heads.some((one) => words.includes(` ${one} `) || words.includes(` ${one}s `));
}

/** Whether the named body that owns an unnamed spokesperson's role ("Kelso Air spokesman") is in a naming mention's role or words. */
function ownerNamedIn(role: string | null, mention: Mention): boolean {
	const owner = role ? /^((?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}’'.\&\-]--[\u{10000}-\u{10FFFF}]]*\s+)+)spokes(?:man|woman|person)$/v.exec(role)?.[1].trim() : undefined;
	return !owner || `${mention.role ?? ''} ${mention.surface}`.includes(owner);
}

/** What a local speaker is, from the kind of mention that introduced it. */
export function speakerTypeOf(kind: MentionKind): SpeakerType {
	if (kind === 'organisation' || kind === 'country') return 'organisation';
	if (kind === 'document') return 'document';
	if (kind === 'anonymous') return 'anonymous';
	return 'person';
}

/** Something an article names that may speak: a person, an organisation, a document, a source. */
export interface Entity {
	id: number;
	kind: MentionKind;
	name: string;
	aliases: string[];
	role: string | null;
	side: string | null;
	head: string | null;
	/** Offset of the latest mention. */
	lastAt: number;
	/** Offset of the latest time it spoke, or -1. */
	spokeAt: number;
	/** Told by a pronoun that referred to it or by a gendered title; null while unknown. */
	gender?: 'he' | 'she' | null;
	/** The latest role or surface whose gender was read for this entity while its gender was unknown. */
	genderRead?: string;
}

// A courtesy title before a name, as written ("Dr", "Mrs."), without its full stop.
const COURTESY_TITLE = /^(Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s/;

// "the Head of State", "the country's head of state": a title for whoever leads a state, by any style
const HEAD_OF_STATE = /\bhead\s+of\s+state$/i;

const FEMININE = /\b(?:mrs|ms|madam|madame|queen|princess|duchess|spokeswoman|chairwoman|congresswoman|businesswoman|stateswoman|woman|girl|mother|widow|grandmother)\b/i;
const MASCULINE = /\b(?:mr|king|prince|duke|spokesman|chairman|congressman|businessman|statesman|man|boy|father|widower|grandfather)\b/i;

// "Mr", "Mrs", "Sheikh" before a name, kept out of the role ("the Varnelan driver Mr A B" is a driver): they still tell a gender
const FEMININE_COURTESY = new RegExp(`\\b(?:${alternation(FEMININE_COURTESY_TITLES)})\\b`);
const MASCULINE_COURTESY = new RegExp(`\\b(?:${alternation(MASCULINE_COURTESY_TITLES)})\\b`);

/** The gender a mention tells: its role's or surface's words, else a courtesy title in its surface. */
function genderOfMention(mention: Mention): 'he' | 'she' | null {
	const told = genderOf(mention.role ?? mention.surface);
	if (told || !mention.role) return told;
	return FEMININE_COURTESY.test(mention.surface) ? 'she' : MASCULINE_COURTESY.test(mention.surface) ? 'he' : null;
}

/** The gender a role or surface tells, if any. */
function genderOf(text: string | null): 'he' | 'she' | null {
	return text ? genderOfText(text) : null;
}

const genderOfText = remembered((text): 'he' | 'she' | null => (FEMININE.test(text) ? 'she' : MASCULINE.test(text) ? 'he' : null));

/** The given name of a personal name ("Ursula" of "Ursula von der Leyen"), or null for a surname alone. */
export function givenName(name: string): string | null {
	return givenOf(name);
}

const givenOf = remembered((name): string | null => {
	const parts = name.split(/\s+/);
	return parts.length > 1 && /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(parts[0]) ? parts[0] : null;
});

/** The surname of a personal name: its last word, with a generational suffix kept apart ("Roe Jr." is not "Roe"). */
export function surnameOf(name: string): string {
	const parts = name.split(/\s+/);
	const suffix = parts.length > 2 && /^(?:jr|sr|ii|iii|iv)\.?$/i.test(parts.at(-1)!) ? parts.pop()! : '';
	return `${parts.at(-1)!}${suffix}`;
}

/** The key a surname is filed under: the skeleton of its last part, so "Abu-Rashed" and "Abu Rashed" meet. */
export function surnameKey(name: string): string {
	return surnameKeyOf(name);
}

const surnameKeyOf = remembered((name) => {
	const surname = surnameOf(name);
	return nameSkeleton(surname.slice(surname.lastIndexOf('-') + 1) || surname);
});

/** What a personal name is matched by, worked out once per name (one look-up where byName made several). */
interface NameFacts {
	/** givenName of the name. */
	given: string | null;
	/** nameSkeleton of the given name, null without one. */
	first: string | null;
	/** surnameKey of the name. */
	surname: string;
	/** The name's words, lower case, hyphens read as spaces (see endsName). */
	words: readonly string[];
}

const nameFacts = remembered((name): NameFacts => {
	const given = givenName(name);
	return {given, first: given ? nameSkeleton(given) : null, surname: surnameKey(name), words: nameWords(name)};
});

/** endsName on the names' words. */
function wordsEndWords(a: readonly string[], b: readonly string[]): boolean {
	return b.length < a.length && b.every((word, index) => word === a[a.length - b.length + index]);
}

/** Whether a short form's words end the full name ("Abu Rashed" of "Yusef Abu-Rashed"), hyphens read as spaces. */
export function endsName(full: string, short: string): boolean {
	const a = nameWords(full);
	const b = nameWords(short);
	return b.length < a.length && b.every((word, index) => word === a[a.length - b.length + index]);
}

const nameWords = remembered((name): readonly string[] => name.toLowerCase().split(/[\s-]+/));

/** A surname's spelling skeleton: accents, vowels, doubled letters and the h of ch/sh/zh/kh dropped (Marenkyy ~ Marenkiy ~ Marenky). */
export function nameSkeleton(name: string): string {
	return skeletonOf(name);
}

const skeletonOf = remembered((name) => {
	// "ch"/"c", "sh"/"s", "zh"/"z", "kh"/"k", "gh"/"g": one sound in two transliterations (Marchenko ~ Marcenko, Tighe ~ Tige); "k"/"c" too (Dravicik ~ Dravicic),
	// and "w"/"v" (Orlowa ~ Orlova), "z"/"s" (Halser ~ Halzer), "j"/"y" after the first letter (Ostuya ~ Ostuja)
	// ("q" before no "u"/"k" as well, Dorqavi ~ Dorkavi; "tsch"/"ch", Varretsch ~ Varrech; "ou" before a vowel/"w", Zelkaoui ~ Zelkawi)
	const plain = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '').replace(/t?sch/g, 'ch').replace(/([aeiy])ou(?=[aeiy])/g, '$1w').replace(/([cszkg])h/g, '$1').replace(/k|q(?!u)/g, 'c').replace(/w/g, 'v').replace(/z/g, 's');
	const skeleton = plain[0] + plain.slice(1).replace(/[aeiouyj]/g, '').replace(/(.)\1+/g, '$1');
	// a closing "s" one spelling of a name adds (Halder ~ Halders), when three sounds stand before it ("rebels" is no name)
	return plain.length ? (skeleton.length >= 4 && skeleton.endsWith('s') && /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(name) ? skeleton.slice(0, -1) : skeleton) : '';
});

const normalKey = remembered((text) =>
	text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s\b/g, '').replace(/^(?:the|a|an)\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim());

/** A body's words less "the" and place words; the same joined after a space; whether no capital follows its first letter (after "the"). */
const bareBodyOf = remembered((surface) => {
	const bare = surface.toLowerCase().split(/\s+/).filter((word) => word !== 'the' && !placeOf(word));
	return {bare, tail: ` ${bare.join(' ')}`, lowerCase: !/[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(surface.replace(/^the\s+/i, '').slice(1))};
});

const LOOK_BACK = 300;
// how far back "One said" looks for the group it is one of (a sentence or two)
const ONE_OF_REACH = 400;
const KEY_WINDOW = 64;
const GENERIC_MODIFIERS = new Set(['senior', 'top', 'former', 'acting', 'high-ranking', 'unnamed', 'anonymous', 'of', 'and', 'mr', 'mrs', 'ms', 'dr']);

/** The plain words before a group's head that tell it from another group of its kind: "airport" of "the airport officials". */
const groupModifiers = (role: string | null, head: string): string[] => {
	// (remembered by role, then head: the key string plainModifiersOf files them under is built only on a miss)
	const text = role ?? '';
	let byHead = MODIFIERS_BY_ROLE.get(text);
	if (byHead === undefined) {
		if (MODIFIERS_BY_ROLE.size >= 20000) MODIFIERS_BY_ROLE.clear();
		MODIFIERS_BY_ROLE.set(text, (byHead = new Map()));
	}
	let modifiers = byHead.get(head);
	if (modifiers === undefined) byHead.set(head, (modifiers = plainModifiersOf(`${text}|${head}`)));
	return modifiers;
};
const MODIFIERS_BY_ROLE = new Map<string, Map<string, string[]>>();
const plainModifiersOf = remembered((key: string): string[] => {
	const [role, head] = key.split('|');
	const words = role.split(/\s+/);
	const at = words.findIndex((word) => word.toLowerCase() === head || word.toLowerCase().replace(/s$/, '') === head || word.toLowerCase().replace(/ies$/, 'y') === head);
	// (lower-case words only: a capital may be a nationality the lexicons do not know, or a name)
	return words.slice(0, Math.max(0, at)).filter((word) => /^[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]{3,}$/v.test(word) && !TITLE.has(word) && !GENERIC_MODIFIERS.has(word) && !DETERMINERS.has(word) && !COUNT_WORDS.has(word) && !placeOf(word));
});

/** The title words of a role that tell one office from another ("foreign", "minister"), generic modifiers aside. */
function titleWordsOf(role: string | null): readonly string[] {
	return titleWordsOfRole(role ?? '');
}

const titleWordsOfRole = remembered((role) => role.toLowerCase().split(/[^[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+/v).filter((word) => TITLE.has(word) && !GENERIC_MODIFIERS.has(word)));

/** The skeleton of the first word of a name of two words or more ("Park" of "Park Min", "Ulla" of "Ulla Ove Roe"), else null. */
const firstWordOf = remembered((name): string | null => {
	const parts = name.split(/\s+/);
	return parts.length >= 2 && /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(parts[0]) ? nameSkeleton(parts[0]) : null;
});

/** Every title head of a role ("minister"), and "leader" when it names a country's leader. */
const headsOfRole = remembered((role: string): string[] => {
	const words = role.toLowerCase().split(/[^[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+/v);
	const heads = new Set(words.filter((word) => TITLE_HEAD.has(word) || TITLE_HEAD.has(word.replace(/s$/, ''))).map((word) => (TITLE_HEAD.has(word) ? word : word.replace(/s$/, ''))));
	for (const word of words) {
		const deputy = deputyHead(word);
		if (deputy !== null) heads.add(deputy);
	}
	if (LEADER_HEADS.some((head) => roleHasHead(role, head))) heads.add('leader');
	return [...heads];
});

/**
 * Whether an unnamed entity is a group ("officials", "two analysts"): its title head is written in the plural. A named
 * person never is ("Jane Ross"), nor one told apart by a phrase after the head ("diplomat briefed on the talks").
 */
function isGroup(entity: Entity): boolean {
	if (entity.kind !== 'anonymous' && entity.kind !== 'description') return false;
	const head = entity.head;
	if (head && PLURAL_HEAD.has(head)) return true;
	const text = roleWords(entity.role ?? entity.name);
	// ("Women queue for water", "Fishermen say": a plural in -men is a group too)
	return head && !head.endsWith('s') ? text.includes(` ${head}s `) || text.includes(` ${head}es `) || (head.endsWith('man') && text.includes(` ${head.slice(0, -3)}men `)) : /s$/i.test(entity.name);
}

/** Whether a role names its office by a body's name right before the title head: "Commission President", "Bank Governor". */
function bodyQualified(role: string | null, head: string): boolean {
	return bodyBeforeHead(role ?? '', head) !== '';
}

/** The body word right before a role's title head ("commission" of "Commission President"), else ''. */
function bodyBeforeHead(role: string, head: string): string {
	const words = wordsOfRole(role);
	const at = words.indexOf(head);
	return at > 0 && ORG_HEAD.has(words[at - 1]) ? words[at - 1] : '';
}

/** Whether a description is its title head alone after an article: "the President", "the minister". */
function bareTitle(surface: string, head: string): boolean {
	const lower = surface.toLowerCase();
	return lower.endsWith(head) && BARE_TITLE_LEADS.includes(lower.slice(0, lower.length - head.length));
}
const BARE_TITLE_LEADS = ['', 'the ', 'a ', 'an '];

/** Whether a body is named in the plural ("the two ministries", "aid groups"). */
function pluralBody(entity: Entity): boolean {
	return entity.kind === 'organisation' && SPEAKING_BODIES_PLURAL.has(entity.name.toLowerCase().split(/\s+/).at(-1) ?? '');
}

/** Whether a role phrase names a group by its head: "port officials", "people familiar with the talks", not "an official". */
export function namesGroup(surface: string, head: string | null): boolean {
	return Boolean(head) && (PLURAL_HEAD.has(head!) || (/ \S+s$/.test(` ${surface}`) && !head!.endsWith('s')));
}

/** Whether a text ends in "s" or "S", as `/s$/i` tests it. */
const endsInS = (text: string) => {
	const last = text.charCodeAt(text.length - 1);
	return last === 115 || last === 83;
};

/** The speakers of one article so far, in the order they were mentioned, with coreference over them. */
// heads of a lede speaker a later name does not unmask (see EntityBook.nameLede)
const UNNAMED_LEDE = new Set(['official', 'officials', 'source', 'sources', 'diplomat', 'diplomats']);

export class EntityBook {
	readonly entities: Entity[] = [];
	/** Every resolved mention in reading order: where it stood, the sentence it stood in, what it named. */
	private readonly log: Array<{at: number; sentence: number; entity: Entity; spoke: boolean}> = [];
	/** Entities by key (see reindex), so a mention is compared with the few that could match, not with all. */
	private readonly index = new Map<string, Map<string, Entity[]>>();

	/** The entity a mention refers to, creating one when it is new; null for a pronoun with no antecedent. */
	resolve(mention: Mention, sentenceStart: number, spoke = false): Entity | null {
		return this.settle(mention, sentenceStart, spoke, this.find(mention, sentenceStart));
	}

	/** resolve, once the entity the mention refers to (`found`, or null) is known. */
	private settle(mention: Mention, sentenceStart: number, spoke: boolean, found: Entity | null): Entity | null {
		if (found) {
			this.touch(found, mention);
			this.log.push({at: mention.start, sentence: sentenceStart, entity: found, spoke});
			return found;
		}
		if (mention.kind === 'pronoun' || mention.anaphoric) return null;
		const unmasked = mention.kind === 'name' ? this.unmasked(mention, sentenceStart) : null;
		if (unmasked) return unmasked;
		// "the official" named by nobody before is an anonymous source, not a role to resolve later.
		const anonymous = mention.kind === 'description' && (mention.head === 'official' || mention.head === 'source');
		const entity: Entity = {
			id: this.entities.length,
			kind: anonymous ? 'anonymous' : mention.kind,
			name: mention.name,
			aliases: [mention.surface],
			role: mention.role,
			side: mention.side,
			head: mention.head,
			lastAt: mention.start,
			spokeAt: -1,
			gender: genderOfMention(mention),
			genderRead: mention.role ?? mention.surface,
		};
		if (entity.kind === 'organisation' && !entity.side) entity.side = this.possessorSide(mention);
		this.entities.push(entity);
		this.reindex(entity);
		this.log.push({at: mention.start, sentence: sentenceStart, entity, spoke});
		return entity;
	}

	/** Whether a mention refers to an entity already known, the book left as it was. */
	knows(mention: Mention, sentenceStart: number): boolean {
		return this.find(mention, sentenceStart) !== null;
	}

	/** Notes a mention in running text so later pronouns and short names can find it; speakers are not created. */
	observe(mention: Mention, sentenceStart: number): Entity | null {
		if (mention.kind === 'pronoun') return null;
		if (mention.kind !== 'name' || mention.name.includes(' ')) return this.resolve(mention, sentenceStart);
		// "President Tavros kept a brave face": a title makes a surname alone someone a later "he" can be.
		if (mention.role && mention.head && mention.surface.includes(" ")) return this.resolve(mention, sentenceStart);
		// A surname alone is noted only when it names someone known: the look-up is what resolve would make again.
		const known = this.byName(mention);
		return known ? this.settle(mention, sentenceStart, false, known) : null;
	}

	/**
	 * "A ministry spokesperson said …" then "Spokesperson Jane Roe made the remarks": the first name given to that
	 * role names the unnamed speaker before it. Officials and sources stay anonymous: they are many.
	 */
	private unmasked(mention: Mention, sentenceStart: number): Entity | null {
		if (!mention.head || mention.head === 'official' || mention.head === 'source') return null;
		// An unnamed source may be named later; a role-only description ("France's foreign minister") only by a name of its side.
		const unnamed = this.latest('head', mention.head, (entity) => {
			if (entity.spokeAt < 0 || isGroup(entity)) return false;
			// (a spokesperson owned by a named body, "Kelso Air spokesman", only by a name given that body too)
			if (entity.kind === 'anonymous') return (!mention.side || !entity.side || entity.side === mention.side) && ownerNamedIn(entity.role, mention);
			return entity.kind === 'description' && Boolean(entity.side) && entity.side === mention.side && titleWordsOf(entity.role).every((word) => (mention.role ?? '').toLowerCase().includes(word));
		}, mention.start);
		if (!unnamed) return null;
		unnamed.role = mention.role ?? unnamed.role;
		return this.giveName(unnamed, mention, sentenceStart);
	}

	/** An unnamed or role-only speaker takes the name a later mention gives it, and is found under that name from then on. */
	private giveName(entity: Entity, mention: Mention, sentenceStart: number): Entity {
		entity.kind = 'name';
		entity.name = mention.name;
		this.touch(entity, mention);
		this.reindex(entity);
		this.log.push({at: mention.start, sentence: sentenceStart, entity, spoke: false});
		return entity;
	}

	/**
	 * "A nurse working in the besieged district has said …" [next paragraph] "Jane Roe, 41, who grew up …": a lede's
	 * role-only speaker is named by the new full name that opens the next paragraph, when no one else spoke in the lede.
	 */
	nameLede(mention: Mention, sentenceStart: number, ledeStart: number): Entity | null {
		// ("General Jane Roe, who has led the group since 2019, …": a rank or courtesy title alone gives no other office)
		if (mention.kind !== 'name' || (mention.role && !onlyRank(mention.role)) || !mention.name.includes(' ') || this.byName(mention)) return null;
		const spoke = this.entities.filter((entity) => entity.spokeAt >= ledeStart && entity.spokeAt < mention.start);
		const [lede] = spoke;
		// (officials, sources and diplomats are many and stay unnamed; "an unnamed …" or "one of …" says so)
		if (spoke.length !== 1 || (lede.kind !== 'description' && lede.kind !== 'anonymous') || isGroup(lede) || UNNAMED_LEDE.has(lede.head ?? '') || /\b(?:unnamed|anonymous|one|two|three|several|some)\b/i.test(lede.aliases[0] ?? '')) return null;
		return this.giveName(lede, mention, sentenceStart);
	}

	/** "Jane Roe's office" speaks for Jane Roe's side. */
	private possessorSide(mention: Mention): string | null {
		const possessor = /^(.+?)['’]s\s/.exec(mention.name)?.[1];
		if (!possessor) return null;
		return this.byName({...mention, kind: 'name', name: possessor})?.side ?? null;
	}

	/** Gives an entity the role an apposition told ("Jane Roe, the agency's spokesperson, said"). */
	setRole(entity: Entity, role: string): void {
		// a rank alone ("Colonel") takes the office set off after the name: "Colonel, army spokesman"
		if (entity.role && !(onlyRank(entity.role) && !onlyRank(role))) return;
		entity.role = entity.role ? `${entity.role}, ${role.replace(/^(?:the|a|an)\s+/i, '')}` : role;
		entity.gender ??= genderOf(role);
		this.reindex(entity);
	}

	/**
	 * Files an entity under every key it is found by: its surname skeleton (and a two-word name's first word), or its
	 * kind and normalised name, and the title heads of its role. A key is a family ("surname", "given", "head",
	 * "org-head", or the entity's kind) and a key within it, looked up in two maps: both strings come from memos, so no
	 * key is built per look-up.
	 */
	private reindex(entity: Entity): void {
		if (entity.kind === 'name') {
			this.file(entity, 'surname', surnameKey(entity.name));
			// Family name first ("Park Min", later "Park"), or a person who goes by a first name ("Ulla Ove Roe", later
			// "Ulla"): a bare name may match the first word too.
			const given = firstWordOf(entity.name);
			if (given !== null) this.file(entity, 'given', given);
		} else {
			this.file(entity, entity.kind, normalKey(entity.name));
			if (entity.kind === 'organisation' && entity.head) this.file(entity, 'org-head', entity.head);
			// "Kesto River Lines" … "Kesto said": a body's name is shortened to its first word
			const first = entity.kind === 'organisation' ? /^([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Ll}'’\-]--[\u{10000}-\u{10FFFF}]]{2,})\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.exec(entity.name)?.[1] : undefined;
			if (first !== undefined) this.file(entity, 'org-first', normalKey(first));
		}
		if ((entity.kind === 'name' || entity.kind === 'description' || entity.kind === 'anonymous') && entity.role) for (const head of headsOfRole(entity.role)) this.file(entity, 'head', head);
	}

	/** Files an entity under one key, once among the latest holders of that key. */
	private file(entity: Entity, family: string, key: string): void {
		let keys = this.index.get(family);
		if (!keys) this.index.set(family, (keys = new Map()));
		let list = keys.get(key);
		if (!list) keys.set(key, (list = []));
		if (!list.includes(entity, Math.max(0, list.length - KEY_WINDOW))) list.push(entity);
	}

	private touch(entity: Entity, mention: Mention): void {
		entity.lastAt = Math.max(entity.lastAt, mention.start);
		if (mention.kind === 'pronoun') {
			if (!entity.gender && (mention.pronoun === 'he' || mention.pronoun === 'she')) entity.gender = mention.pronoun;
			return;
		}
		// (a text read once and found to tell no gender tells none the next time: most bodies are mentioned again and again)
		if (!entity.gender && (mention.role ?? mention.surface) !== entity.genderRead) {
			entity.genderRead = mention.role ?? mention.surface;
			entity.gender = genderOfMention(mention);
		}
		if (!entity.aliases.includes(mention.surface)) entity.aliases.push(mention.surface);
		const kind = entity.kind;
		const name = entity.name;
		const role = entity.role;
		if (mention.kind === 'name' && mention.name.length > entity.name.length && entity.kind === 'name') entity.name = mention.name;
		// (not a body's first word standing for its whole name: "Kesto" for "Kesto River Lines")
		if (mention.kind === 'name' && entity.kind !== 'name' && !(entity.kind === 'organisation' && entity.name.startsWith(`${mention.name} `))) {
			entity.kind = 'name';
			entity.name = mention.name;
		}
		// "Minister for Foreign Affairs Jane Roe" is read as "Foreign Affairs Jane Roe": a later "Minister Roe" gives the
		// title head the first role lacked, so a bare "the Minister" can find her
		if (mention.role && (!entity.role || (entity.kind === 'name' && !headsOfRole(entity.role).length && headsOfRole(mention.role).length))) entity.role = mention.role;
		if (!entity.side && mention.side) entity.side = mention.side;
		if (!entity.head && mention.head) entity.head = mention.head;
		// Re-filed when "kind|name|role" reads differently; the strings are built only when a part changed.
		if ((entity.kind !== kind || entity.name !== name || entity.role !== role) && `${entity.kind}|${entity.name}|${entity.role}` !== `${kind}|${name}|${role}`) this.reindex(entity);
	}

	/** The latest-mentioned entity under `key` of `family` that passes `test`, mentioned at or before `before`. */
	private latest(family: string, key: string, test: (entity: Entity) => boolean, before: number): Entity | null {
		let best: Entity | null = null;
		const list = this.index.get(family)?.get(key);
		if (list === undefined) return null;
		// Only the most recently created holders of a key are weighed: a long text does not make each look-up longer.
		for (let index = list.length - 1; index >= Math.max(0, list.length - KEY_WINDOW); index--) {
			const entity = list[index];
			if (entity.lastAt <= before && test(entity) && (!best || entity.lastAt > best.lastAt)) best = entity;
		}
		return best;
	}

	private byName(mention: Mention): Entity | null {
		const mine = nameFacts(mention.name);
		const {given, first} = mine;
		const bySurname = this.latest('surname', mine.surname, (entity) => {
			if (entity.kind !== 'name' || placeAndPeople(entity.name, mention.name)) return false;
			const theirs = nameFacts(entity.name);
			if (wordsEndWords(theirs.words, mine.words)) return true;
			if (!first || !theirs.given) return true;
			const skeleton = theirs.first!;
			return skeleton === first || skeleton.startsWith(first.slice(0, 3)) || first.startsWith(skeleton.slice(0, 3));
		}, Number.POSITIVE_INFINITY);
		if (bySurname && !mention.name.includes(' ')) {
			const titled = this.byCourtesy(mention, mine.surname);
			if (titled !== undefined) return titled;
		}
		if (bySurname || given) return bySurname;
		return this.onlyFirstWord(mine.surname) ?? this.shortBody(mention.name);
	}

	/**
	 * "Dr Jane Roe" and "Mrs Eda Roe", then "Dr Roe told …": a surname after a courtesy title is the one of that surname
	 * the same title was given, never one of the other gender ("Mr Roe" is not Mrs Roe). Undefined when the title decides
	 * nothing (no title, or no one of that surname fails it); null when everyone of that surname does.
	 */
	private byCourtesy(mention: Mention, surname: string): Entity | null | undefined {
		const title = COURTESY_TITLE.exec(mention.surface)?.[1];
		if (title === undefined) return undefined;
		const gender = genderOf(title);
		const named = (entity: Entity) => entity.kind === 'name' && surnameKey(entity.name) === surname && (!gender || !entity.gender || entity.gender === gender);
		const sameTitle = this.latest('surname', surname, (entity) => named(entity) && entity.aliases.some((alias) => COURTESY_TITLE.exec(alias)?.[1] === title), Number.POSITIVE_INFINITY);
		if (sameTitle) return sameTitle;
		const list = this.index.get('surname')?.get(surname) ?? [];
		const others = list.filter((entity) => entity.kind === 'name');
		const fitting = others.filter(named);
		// (one person of that surname and a title that does not clash: the title decides nothing)
		if (fitting.length === others.length) return undefined;
		return this.latest('surname', surname, named, Number.POSITIVE_INFINITY);
	}

	/** The one person whose name's first word a bare name is; null when none is, or when two people share that word. */
	private onlyFirstWord(word: string): Entity | null {
		const found = this.latest('given', word, (entity) => entity.kind === 'name', Number.POSITIVE_INFINITY);
		if (!found) return null;
		const others = this.index.get('given')!.get(word)!.filter((entity) => entity !== found && entity.kind === 'name' && firstWordOf(entity.name) === word);
		return others.length ? null : found;
	}

	/** "Kesto River Lines" … "Kesto said": the body a one-word name shortens, if one was named before. */
	private shortBody(name: string): Entity | null {
		return /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Ll}'’\-]--[\u{10000}-\u{10FFFF}]]{2,}$/v.test(name) ? this.latest('org-first', normalKey(name), (entity) => entity.kind === 'organisation', Number.POSITIVE_INFINITY) : null;
	}


	private find(mention: Mention, sentenceStart: number): Entity | null {
		const before = mention.start;
		switch (mention.kind) {
			case 'name':
				return this.byName(mention);
			case 'pronoun':
				return mention.pronoun === 'one' ? this.groupBefore(before) : this.antecedent(mention.pronoun!, before, sentenceStart);
			case 'organisation':
			case 'document':
			case 'country': {
				const same = this.latest(mention.kind, normalKey(mention.name), (entity) => entity.kind === mention.kind, before);
				if (same || mention.kind !== 'organisation') return same;
				const shortened = this.shortBody(mention.name);
				if (shortened) return shortened;
				// "the office", "the ministry": the latest organisation with that head.
				const {bare, tail, lowerCase} = bareBodyOf(mention.surface);
				// "Norland's general staff" then "the general staff": a lower-case body ending an earlier body's name is that body
				if (bare.length > 1 && bare.at(-1) === mention.head && lowerCase) {
					return this.latest('org-head', mention.head!, (entity) => entity.kind === 'organisation' && entity.name.toLowerCase().endsWith(tail) && (!mention.side || entity.side === mention.side), before);
				}
				if (bare.length !== 1 || bare[0] !== mention.head) return null;
				const fits = (entity: Entity) => entity.kind === 'organisation' && (!mention.side || entity.side === mention.side);
				const byHead = this.latest('org-head', mention.head!, fits, before);
				if (!byHead && CIVIL_ANAPHORS.has(mention.head!)) return this.latestCivilBody(before, mention.head!);
				if (!byHead && mention.head === 'ministry') return this.latest('org-head', 'office', (entity) => fits(entity) && MINISTRY_OFFICE.test(entity.name), before);
				if (byHead || !MOVEMENT_HEADS.has(mention.head!)) return byHead;
				// "The Kel Front blamed the army …" then "the movement rejected …": an armed movement goes by any of its kind's heads
				let latest: Entity | null = null;
				for (const head of MOVEMENT_HEADS) {
					const other = head === mention.head ? null : this.latest('org-head', head, fits, before);
					if (other && (!latest || other.lastAt > latest.lastAt)) latest = other;
				}
				return latest;
			}
			case 'anonymous':
				return this.latest('anonymous', normalKey(mention.name), (entity) => entity.kind === 'anonymous', before);
			case 'description':
				return this.described(mention, before);
		}
	}

	/**
	 * "Coastal Rights Watch said …" then "the group said": the latest body named by a proper name that is no organ of a
	 * state (a ministry, an army or the police is never "the group").
	 */
	private latestCivilBody(before: number, head: string): Entity | null {
		let best: Entity | null = null;
		// ("Jane Roe of the relief group Kel Aid said …": a later person whose role names such a body leaves "the group" open)
		let roleNamed = -1;
		for (let index = this.entities.length - 1; index >= Math.max(0, this.entities.length - KEY_WINDOW); index--) {
			const entity = this.entities[index];
			if (entity.kind === 'name' && entity.lastAt <= before && entity.role && wordsOfRole(entity.role).includes(head)) roleNamed = Math.max(roleNamed, entity.lastAt);
			if (entity.kind !== 'organisation' || entity.lastAt > before || (best && entity.lastAt <= best.lastAt)) continue;
			// (a proper name, every word capitalised: "the Dunmeric capital" is a place described, not a body named)
			if (before - entity.lastAt > CIVIL_REACH || !/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]\S*(?:\s+(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]]\S*|of|for|and|the|on|without|to))*$/v.test(entity.name) || STATE_HEADS.has(entity.head ?? '') || STATE_HEADS.has(entity.name.toLowerCase().split(/\s+/).at(-1)!)) continue;
			best = entity;
		}
		return best && roleNamed < best.lastAt ? best : null;
	}

	/** "the diplomat", "the Estonian leader", "France's foreign minister": the latest entity holding that role. */
	private described(mention: Mention, before: number): Entity | null {
		if (!mention.head) return null;
		// "the foreign minister" is not "the prime minister": every title word of the description must be in the role.
		// ("the Commission President" is the holder whose role names that body too)
		// ("the Head of State" is whoever leads: the President, the King)
		const headOfState = mention.head === 'head' && HEAD_OF_STATE.test(mention.role ?? '');
		const titleWords = headOfState ? [] : bodyQualified(mention.role, mention.head) ? [...titleWordsOf(mention.role).filter((word) => word !== mention.head), bodyBeforeHead(mention.role!, mention.head)] : titleWordsOf(mention.role).filter((word) => word !== mention.head);
		// "analysts", "officials": a group is not the one person holding that title.
		const plural = PLURAL_HEAD.has(mention.head) || (endsInS(mention.surface) && !endsInS(mention.head));
		const key = headOfState || (LEADER_HEADS.includes(mention.head) && mention.head !== 'president') ? 'leader' : mention.head;
		const modifiers = plural ? groupModifiers(mention.role, mention.head) : [];
		const fits = (entity: Entity) => {
			if (entity.kind === 'organisation' || entity.kind === 'document' || entity.kind === 'country') return false;
			if (plural !== isGroup(entity)) return false;
			if (mention.side && entity.side !== mention.side) return false;
			// ("officials in the capital" then "airport officials": a group told apart by another word is another source)
			if (plural && modifiers.length && !modifiers.every((word) => entity.aliases.some((alias) => alias.toLowerCase().includes(word)))) return false;
			// (most descriptions have no title word but their head: the role is not read then)
			if (!titleWords.length) return true;
			const role = ` ${(entity.role ?? '').toLowerCase()} `;
			return titleWords.every((word) => role.includes(word));
		};
		const found = this.latest('head', key, fits, before);
		// "President Jane Roe … Commission President Ann Poe … the President said": a bare title is the holder of the bare
		// office, not of one a body's name qualifies, when both were named
		if (!found || mention.side || !bodyQualified(found.role, mention.head) || !bareTitle(mention.surface, mention.head)) return found;
		return this.latest('head', key, (entity) => fits(entity) && !bodyQualified(entity.role, mention.head!), before) ?? found;
	}

	/** "Officials concede … One said": the group of people named nearest before, in the last few hundred characters. */
	private groupBefore(before: number): Entity | null {
		for (let index = this.log.length - 1; index >= Math.max(0, this.log.length - LOOK_BACK); index--) {
			const entry = this.log[index];
			if (entry.at >= before) continue;
			if (before - entry.at > ONE_OF_REACH) return null;
			if (isGroup(entry.entity)) return entry.entity;
		}
		return null;
	}

	/** He/she: a person earlier in the sentence, else the one who spoke (or the first named) in the latest sentence naming a person. */
	private antecedent(pronoun: string, before: number, sentenceStart: number): Entity | null {
		const person = (entity: Entity) => entity.kind === 'name' || entity.kind === 'description' || entity.kind === 'anonymous';
		// "They" may be a group of people ("analysts", "two officials") as well as a body.
		const group = isGroup;
		// "It" is one thing: not "the two ministries" or "aid groups", which only "they" refers to.
		const thing = (entity: Entity) => (entity.kind === 'organisation' || entity.kind === 'document' || entity.kind === 'country') ? pronoun === 'they' || !pluralBody(entity) : pronoun === 'they' && group(entity);
		// He/she: one person, not a group, and not someone a pronoun or title already gave the other gender.
		const personFits = (entity: Entity) => person(entity) && !group(entity) && (!entity.gender || pronoun === PERSON_PRONOUN || entity.gender === pronoun) && !placeName(entity);
		const fits = pronoun === 'he' || pronoun === 'she' || pronoun === PERSON_PRONOUN ? personFits : thing;
		let sentence = -1;
		const candidates: Array<{entity: Entity; spoke: boolean; at: number; sentence: number}> = [];
		let spokeEarlier: Entity | null = null;
		// The look-back is bounded: a referent named pages earlier is not worth a scan per pronoun.
		for (let index = this.log.length - 1; index >= Math.max(0, this.log.length - LOOK_BACK); index--) {
			const entry = this.log[index];
			if (entry.at >= before || !fits(entry.entity)) continue;
			if (sentence >= 0 && entry.sentence !== sentence) {
				if (fits === personFits) break;
				// It/they: past the nearest sentence, only a thing that spoke is a likely referent.
				if (entry.spoke) {
					spokeEarlier = entry.entity;
					break;
				}
				continue;
			}
			sentence = entry.sentence;
			candidates.unshift(entry);
		}
		if (!candidates.length) return null;
		// Someone known to be "he" or "she" beats someone whose gender is not known.
		if (fits === personFits && candidates.some((entry) => entry.entity.gender === pronoun)) {
			const known = candidates.filter((entry) => entry.entity.gender === pronoun);
			candidates.splice(0, candidates.length, ...known);
		}
		// In the pronoun's own sentence, or for it/they: the first named, most often the subject.
		if (sentence === sentenceStart) return candidates[0].entity;
		// ("The port's rescue centre has issued a statement. It says …": the subject opening that sentence beats an earlier speaker)
		const opener = candidates[0].at - candidates[0].sentence <= 4 ? candidates[0].entity : null;
		if (fits === thing) return candidates.find((entry) => entry.spoke)?.entity ?? opener ?? spokeEarlier ?? candidates[0].entity;
		// In the latest sentence naming a person: the one who spoke there, else the first named.
		return (candidates.find((entry) => entry.spoke) ?? candidates[0]).entity;
	}
}

/** Whether a name is a bare acronym of two to six capitals ("DRM"): the short form definedAcronyms spells out. */
export const isBareAcronym = (name: string) => /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,6}$/v.test(name);

// Words a body's initials pass over: "Delmi Ridge Movement (DRM)", "Movement for Change (MC)".
// Words a body's initials pass over ("Office of the High Commissioner for Human Rights": OHCHR).
const INITIALS_SKIP = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'on', 'in', 'to', '&']);

/** The initials of a body's name, its small words passed over: "Office of the High Commissioner for Human Rights" -> "OHCHR". */
export function initialsOf(name: string): string {
	return name.replace(/^the\s+/i, '').split(/\s+/).filter((word) => !INITIALS_SKIP.has(word.toLowerCase())).map((word) => word.charAt(0).toUpperCase()).join('');
}
// A capitalised name of up to eight words, then a bracketed acronym of two to six capitals.
const DEFINED_ACRONYM = /((?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*)(?:\s+(?:of|the|for|and|de|du|des|la|le|el|al|on|in|&|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*)){1,8})\s+\(([\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,6})\)/gv;

/**
 * The acronyms an article spells out, "the Delmi Ridge Movement (DRM)": each short form with the name it
 * stands for, when its letters are the initials of that name's words (read back from the bracket, as many words as it
 * needs).
 */
export function definedAcronyms(body: string): Map<string, string> {
	const defined = new Map<string, string>();
	if (!body.includes('(')) return defined;
	for (const match of body.matchAll(DEFINED_ACRONYM)) {
		const [, phrase, short] = match;
		const words = phrase.split(/\s+/);
		// the fewest words back from the bracket whose initials spell the acronym
		let letters = '';
		for (let from = words.length - 1; from >= 0 && letters.length <= short.length; from--) {
			if (INITIALS_SKIP.has(words[from].toLowerCase())) continue;
			letters = words[from][0] + letters;
			if (letters === short && !defined.has(short)) defined.set(short, words.slice(from).join(' '));
		}
	}
	return defined;
}
