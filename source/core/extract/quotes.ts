/** Direct, partial and reported quotes in one article, attributed to local speakers. */
import {AFTER_CLAUSE_VERBS, AFTER_QUOTED_TERM, ATTRIBUTION_PREPOSITIONS, AUDIENCE_NOUNS, BARE_CLAUSE_VERBS, BELIEF_BIDDING_VERBS, CARRIER_PASSIVES, CHARACTERISING_VERBS, CHARGE_NOUNS, CLAUSE_VERBS, DENIAL_VERB_FORMS, INVERTED_OPENING_VERBS, IRREGULAR_PAST_VERBS, MAKE_CLEAR_VERBS, OBJECT_TAKING_VERBS, PERSON_PARTICIPLES, PUT_IT_VERBS, QUOTED_TERM_LEADS, QUOTE_ONLY_VERBS, REPORTING_VERBS, SAYING_ONLY_VERBS, STANCE_NOUNS} from '../lexicon/reporting-verbs.js';
import type {Evidence, ParsedArticle, QuoteKind, Sentence, SpeakerType} from '../model.js';
import {findQuoteSpans, type QuoteSpan} from '../segment/quote-spans.js';
import {PLACE_FEATURES} from '../lexicon/place-features.js';
import {DOCUMENT_HEADS, LAW_NOUNS, ORGANISATION_HEADS, VOICE_DOCUMENT_HEADS} from '../lexicon/organisations.js';
import {PARTY_PLURALS, TITLE_HEADS} from '../lexicon/titles.js';
import {TIME_ZONE_CODES} from '../lexicon/time-words.js';
import {CAPTION_LABELS} from '../lexicon/chrome.js';
import {BROADCASTER_HEADS, MASTHEAD_HEADS} from '../lexicon/mastheads.js';
import {WIRE_AGENCIES} from '../lexicon/wires.js';
import {remembered} from '../memo.js';
import {alternation, charClass, isAsciiWordCode, isWhiteSpaceCode, splitOnWhiteSpace, UPPER, wordsAtMost} from '../text-scan.js';
import {PLURAL_COUNTERS} from '../lexicon/numbers.js';
import {chunkWords, definedAcronyms, EntityBook, isBareAcronym, headOf, isReportingVerb, mayReport, mentionOf, namesGroup, opensApposition, readWords, sideOf, speakerTypeOf, tokenize, tokenOf, type Chunk, type Entity, type Mention, type Token, type WordRun} from './speakers.js';

/** A speaker as one article names it; merged across the corpus in merge/quotes. */
export interface LocalSpeaker {
	/** Unique within the article. */
	key: string;
	name: string;
	aliases: string[];
	role: string | null;
	type: SpeakerType;
	side?: string | null;
	/** Named only by a role ("France's foreign minister"): the merge may resolve it to the holder of that role. */
	roleOnly?: boolean;
}

/** A quote as one article carries it, pointing at its local speaker by key. */
export interface LocalQuote {
	speakerKey: string | null;
	text: string;
	kind: QuoteKind;
	evidence: Evidence;
}

const REPORTING = new Set(REPORTING_VERBS);
const CLAUSE = new Set(CLAUSE_VERBS);
const BARE_CLAUSE = new Set(BARE_CLAUSE_VERBS);
const MAKE_CLEAR = new Set(MAKE_CLEAR_VERBS);
const QUOTE_ONLY = new Set(QUOTE_ONLY_VERBS);
const SPOKE = new Set(['spoke', 'spoken']);
const SPOKE_OF = /(?:\b(?:of|about)\s+(?:(?:a|an|the|his|her|its|their|our|what)\s+)?|:\s*)$/;
// ("made clear they intend to …": a pronoun and its verb may follow without "that")
const CLEAR_THAT = /^\s+(?:it\s+)?clear(?=\s+(?:that|they|he|she|it|we)\s)/;
// Words before a verb form that make it a noun: "a post", "these claims", "in a note".
// "the two states", "both reports", "member states": an -s form after a plural count or quantifier is a noun, not a
// verb agreeing with one speaker ("the two said" is still a verb)
const PLURAL_COUNTER = new Set(PLURAL_COUNTERS);
const countedNoun = (word: string, before: string | undefined) => before !== undefined && word.endsWith('s') && PLURAL_COUNTER.has(before);
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'these', 'those', 'such', 'this', 'that', 'no', 'any']);
const SPEECH_VERB = REPORTING_VERBS.filter((verb) => /^(?:said|says|wrote|writes|told|added|posted|stated|declared|tweeted)$/.test(verb)).join('|');
/** Where an unclosed quote's own attribution starts: ", Jane Roe wrote". */
const ATTRIBUTION_CUT = new RegExp(`,\\s+(?=(?:[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}.’'\\-]--[\\u{10000}-\\u{10FFFF}]]*\\s+){1,4}(?:${SPEECH_VERB})\\b)`, 'v');
// What may stand between a speaker and its verb: adverbs, auxiliaries, an apposition, a bracket.
// ("The ministry, which on Monday said …": when it was said may stand after "which")
const SUBJECT_GAP = /^(?:\s*,\s*(?:who|which)\s+(?:(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?|\s*,[^,;"“”]{1,150},\s*|\s*\([^\(\)]{1,60}\)\s*|\s+(?:in\s+turn|for\s+(?:its|his|her|their)\s+part)(?=\s|,)|\s+(?:also|now|still|later|then|again|further|previously|there|here|has|had|have|was|were|is|are|will|would|did|does|do|not|just|separately|reportedly|publicly|repeatedly|once|earlier|always|(?:right|wrong|quick|careful|keen|eager|first) to|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly|yesterday|today|tonight|overnight|(?:on|late|early|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|night|morning|afternoon|evening)(?:\s+(?:morning|afternoon|evening|night))?)(?=\s|,))*\s*$/v;
// "A diplomat who asked not to be named said", "A trader who holds Acme bonds and asked …": a relative clause of words
// (names allowed, no comma or quote) between the speaker and the verb (one character class, so a run of words is read once)
// One comma, then words up to the verb with no other break: what SUBJECT_GAP must bridge after an apposition's closing comma.
// Before a name set off as an apposition: its comma, or a rank marked retired ("…, Brigadier General (retd) Jane Roe, said")
// or the honorific's possessive the name's chunk leaves out ("…, His Excellency Jane Roe, said")
const SET_OFF_BEFORE = /,\s*(?:(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.]--[\u{10000}-\u{10FFFF}]]*\s+){1,3}\((?:[Rr]etd|[Rr]et\.?|[Rr]td|[Rr]etired)\)\s*|H(?:is|er)\s+)?$/v;
// A comma between a role and a name in apposition, and the capitalised "His" or "Her" of an honorific ("…, His Excellency Jane Roe")
const COMMA_GAP = /^\s*,\s*(?:H(?:is|er)\s+)?$/;
const COMMA_THEN_WORDS = /^\s*,\s+[^,;:"“”()]+$/;
const WHO_GAP = /^\s+who\s+[[\p{L}\p{N}’'\s\-]--[\u{10000}-\u{10FFFF}]]{1,80}$/v;

/** Whether a gap opens with white space, "who" and white space, as WHO_GAP needs before its run of words is read. */
function opensWithWho(gap: string): boolean {
	const at = startOfWordsIn(gap, 0, gap.length);
	return at > 0 && gap.startsWith('who', at) && isWhiteSpaceCode(gap.charCodeAt(at + 3));
}
// "A statement issued by the ministry on Monday said": the document's author speaks.
// ("A statement posted on Telegram by the ministry said": where it went out may stand before its author)
const STATEMENT_BY = /^\s+(?:(?:issued|released|posted|published|sent)\s+(?:(?:on|via|to)\s+[^,;"“”]{1,40}?\s+)?)?(?:by|from)\s+[^,;"“”]{2,80}?\s*$/;
// "without using the word “ceasefire”": a word mentioned, not spoken ("will be named the “Kel Route”" too).
const NAMING = /(?:\b(?:the|a)\s+(?:word|words|term|terms|phrase|name|slogan|hashtag|label|headline|title)|\bso-called|\b(?:dubbed|nicknamed|codenamed|code-named|named|renamed|titled|entitled|known as|branded)(?:\s+the)?|#)\s*$/i;
// A reported clause starts with its subject, not with a preposition or a conjunction.
// ("said yesterday, speaking through an interpreter": a time set off by a comma opens no clause either)
// ("said it plainly in Tarsk: …", "said it bluntly": "it" is the object, the manner adverb no clause's verb)
// ("said alongside von der Roe", "said while visiting the camp": where and when, not what)
const NOT_A_CLAUSE = /^it\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly(?:\s*[,:;.]|\s+(?:in|at|on|to|before|after)\b|$)|^(?:yesterday|today|tonight|earlier|later|again|also|then|now|recently|afterwards|(?:last|this|on)\s+[\p{L}--[\u{10000}-\u{10FFFF}]]+)\s*,|^(?:to|as(?!\s+(?:many|much)\s+as\b)|and|but|or|on|in|at(?!\s+(?:least|most)\b)|by|for|of|with|without|against|about(?!\s+[\d$€£])|over(?!\s+[\d$€£])|from|after|before|during|since|towards?|into|through|amid|via|following|alongside|beside|behind|near|while|whilst|positively|negatively|publicly|privately)\b/iv;
// "dismissed the claim that …", "rejected accusations that …", "denied that the clinic was hit": the clause is what the
// speaker denies, not what they said (read alone it says the opposite)
const DISMISSING = /^(?:dismiss|reject|den(?:y|ies|ied|ying)$)/;
// The last words of NAMING's phrases ("the word", "so-called", "code-named", "known as"), for a test back from the end.
const NAMING_ENDS = new Set(['word', 'words', 'term', 'terms', 'phrase', 'name', 'slogan', 'hashtag', 'label', 'headline', 'title', 'called', 'dubbed', 'nicknamed', 'codenamed', 'named', 'renamed', 'titled', 'entitled', 'as', 'branded', 'the']);

/** Whether a lead ends as NAMING needs (a hash sign, or one of its last words): else the pattern need not be tried from its every start. */
function mayIntroduceName(lead: string): boolean {
	const end = endOfWordsIn(lead, 0, lead.length);
	return lead.charCodeAt(end - 1) === 35 || NAMING_ENDS.has(lastAsciiWord(lead, end).toLowerCase());
}

const COINED = /\bwhat\s+(?:\S+\s+){1,3}(?:called|calls|termed|terms|dubbed|dubs|described\s+as|describes\s+as|labelled|labeled)\s*$/i;
const MAX_GAP = 160;
const MAX_PASSAGE = 1500;
// A reported clause longer than this is a run-on text, not a sentence: it is cut there.
const MAX_CLAUSE = 600;
// ("insists this is no amnesty": "this" before a verb opens the clause; "as many as nine may need …" is a count)
const CLAUSE_PREPOSITION = /^(?:on|in|at(?!\s+(?:least|most)\b)|during|after|before|from|with|late|early|earlier|last|this(?!\s+(?:is|was|will|would|has|had|could|should|can|may|might|must|means|meant)\b)|via|while|when|to|through|following|ahead|shortly|also|separately|again|previously|later|as(?!\s+(?:many|much)\s+as\b))\b/i;

interface SentenceView {
	sentence: Sentence;
	chunks: Chunk[];
	/** The chunk at `index` read as a mention, or null. */
	mention: (index: number) => Mention | null;
	verbs: Token[];
	/** The quoted spans that overlap the sentence (see spansWithin), found once. */
	spans: QuoteSpan[];
	/** The "according to X" attribution of the sentence, once looked for. */
	according?: Attribution | null;
	/** Where the sentence's subject may start: after an opening participle phrase ("Addressing the rally, …"), else the sentence's start. */
	subjectFrom: number;
	/** The speakers of its verbs as subjectOf found them, by the verb's offset (less one and negated when inverted). */
	subjects: Map<number, Attribution | null> | undefined;
}

// "Addressing the ceremony, the President …", "Speaking to farmers by video link, Gen Roe …": a participle phrase before the subject
// (a clock time's colon, "at 18:00", is inside it)
const OPENING_PARTICIPLE = /^\s*[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+ing\s+(?:the|a|an|to|with|at|in|on|from|his|her|their|its|by|about|for|after|before|during|reporters|journalists|delegates|supporters|crowds?)\b(?:[^,;:"“”]|(?<=\d):(?=\d)){0,120},/v;

/**
 * Whether the first word of the body's text from `start` to `end` (after white space) ends in "ing": only then can
 * OPENING_PARTICIPLE match the sentence. Read in the body, whose characters the tokenizer has just read: the
 * sentence's own string is not touched unless the pattern is tried.
 */
function firstWordEndsIng(body: string, start: number, end: number): boolean {
	const from = startOfWordsIn(body, start, end);
	const to = endOfWordAt(body, from, end);
	return to - from >= 5 && body.charCodeAt(to - 3) === 105 && body.charCodeAt(to - 2) === 110 && body.charCodeAt(to - 1) === 103;
}

interface Attribution {
	mention: Mention;
	rule: string;
	role?: string | null;
	/** The head of a body the mention (a "his" or "her") owns and that speaks: "office" of "His office said". */
	owned?: string;
}

// Bodies a person's possessive names ("his office", "her organisation"): the person's office, or the body her role names
const OWNED_BODIES = new Set(['office', 'organisation', 'organization', 'group', 'charity', 'agency', 'party', 'campaign', 'movement']);

/** "His office said": the "his" or "her" before a lone body head, as a pronoun owning that body; else null. */
function ownedBodyAt(view: SentenceView, index: number, body: string): Attribution | null {
	const chunk = view.chunks[index];
	const head = body.slice(chunk.start, chunk.end);
	if (!OWNED_BODIES.has(head) || chunk.start < 4) return null;
	const owner = body.slice(chunk.start - 4, chunk.start);
	const pronoun = owner === 'his ' || owner === 'His ' ? 'he' : owner === 'her ' || owner === 'Her ' ? 'she' : null;
	if (!pronoun) return null;
	const mention: Mention = {kind: 'pronoun', surface: owner.trim(), name: pronoun, role: null, side: null, head: null, start: chunk.start - 4, end: chunk.start - 1, pronoun};
	return {mention, rule: 'quote.said-owned', owned: head};
}

/** Whether `text.split(/\s+/)` gives at least `count` pieces (a clause of that many words), counted without splitting. */
function piecesAtLeast(text: string, count: number): boolean {
	let pieces = 1;
	for (let index = 0; index < text.length && pieces < count; index++)
		if (isWhiteSpaceCode(text.charCodeAt(index)) && (index === 0 || !isWhiteSpaceCode(text.charCodeAt(index - 1)))) pieces++;
	return pieces >= count;
}

/** Index of the first item whose `key` is at or after `offset`; items are sorted by that key. */
function firstFrom<T>(items: T[], offset: number, key: (item: T) => number): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (key(items[middle]) >= offset) high = middle;
		else low = middle + 1;
	}
	return low;
}

const ROLE_PLACE_GAP = /^\s+(?:in|at|on|for)\s+(?:the\s+)?[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+)?\s*,\s*$/v;

/** Where an apposition's role ends: a comma or stop, or the end, after an optional bracketed short form. */
const ROLE_ENDS = /^\s*(?:\([^()]{1,40}\)\s*)?(?:[,.;:]|$)/;

/** Whether a role chunk stands in apposition to the name just before it or just after it (set off by commas). */
function appositionOf(view: SentenceView, index: number, body: string): 'after-name' | 'before-name' | null {
	const chunk = view.chunks[index];
	const previous = view.chunks[index - 1];
	const next = view.chunks[index + 1];
	const commaBetween = (a: Chunk, b: Chunk) => b.start - a.end <= 7 && COMMA_GAP.test(body.slice(a.end, b.start));
	// "Jane Roe, the ministry's spokesman,": the role's article stands between the comma and the chunk.
	const roleAfter = (a: Chunk, b: Chunk) => commaBetween(a, b) || (b.start - a.end <= 7 && /^\s*,\s*(?:the|a|an)\s+$/i.test(body.slice(a.end, b.start)));
	// ("At a briefing in Port Amel, the coast guard's spokesman, Jane Roe, said": a name after "in" is where, not who)
	// (its body's short form may follow in brackets: "Jane Roe, spokesman of the Defence Forces (DF), said")
	if (previous && roleAfter(previous, chunk) && view.mention(index - 1)?.kind === 'name' && ROLE_ENDS.test(body.slice(chunk.end, Math.min(view.sentence.end, chunk.end + 48))) && !placeAt(view, previous, body)) return 'after-name';
	if (next && commaBetween(chunk, next) && view.mention(index + 1)?.kind === 'name' && /^\s*,/.test(body.slice(next.end, next.end + 2))) return 'before-name';
	if (roleOfBeforeName(view, index, body)) return 'before-name';
	// "The party's organiser in the city, Jane Roe,": where the role is held, in lower case, between it and the name
	if (next && view.mention(index + 1)?.kind === 'name' && ROLE_PLACE_GAP.test(body.slice(chunk.end, next.start)) && /^\s*,/.test(body.slice(next.end, next.end + 2))) return 'before-name';
	// "Director General of the Agency (DG AG) Lt Gen Jane Roe": a bracketed short form between the title and the name.
	const bracket = /^\s*\([^()]{1,40}\)\s*/.exec(body.slice(chunk.end, chunk.end + 48));
	if (bracket) {
		const after = firstFrom(view.chunks, chunk.end + bracket[0].length, (other) => other.start);
		if (view.chunks[after]?.start === chunk.end + bracket[0].length && view.mention(after)?.kind === 'name') return 'before-name';
	}
	return null;
}

/**
 * " of the opposition ", " to the Assembly ", " in the city ": the words between a role and its group, the body it is
 * posted to or its place, at most an article and one lower-case word.
 */
const ROLE_OF = /^\s+(?:of|to|at|in|for)\s+(?:the\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?$/v;

/** "The leader of the opposition Green Party, Ana Vesel,", "Kovia's envoy to the Assembly, Ana Vesel,": a role with its phrase set off before the name. */
function roleOfBeforeName(view: SentenceView, index: number, body: string): boolean {
	const [chunk, group, name] = [view.chunks[index], view.chunks[index + 1], view.chunks[index + 2]];
	if (!group || !name || !ROLE_OF.test(body.slice(chunk.end, group.start))) return false;
	return /^\s*,\s*$/.test(body.slice(group.end, name.start)) && view.mention(index + 2)?.kind === 'name' && /^\s*,/.test(body.slice(name.end, name.end + 2));
}

/** "the agency's spokesman, Jane Roe": the chunk of the name set off by a comma after a role-only chunk, or -1. */
function appositiveNameAfter(view: SentenceView, index: number, body: string): number {
	const role = view.mention(index);
	return role?.kind === 'description' || role?.kind === 'anonymous' ? nameSetOffAfter(view, index, body) : -1;
}

/**
 * The chunk of a name set off by a comma right after chunk `index`, or -1. The name closes the apposition: a comma, a
 * stop or the sentence's end follows it ("…, Jane Roe and her aides" does not).
 */
function nameSetOffAfter(view: SentenceView, index: number, body: string): number {
	const name = view.chunks[index + 1];
	if (!name || view.mention(index + 1)?.kind !== 'name' || !COMMA_GAP.test(body.slice(view.chunks[index].end, name.start))) return -1;
	return /^\s*(?:[,.;!?]|$)/.test(body.slice(name.end, Math.min(view.sentence.end, name.end + 2))) ? index + 1 : -1;
}

/** Whether a chunk follows a locative preposition in its sentence ("in Port Velmo"): a place, not a person. */
const placeAt = (view: SentenceView, chunk: Chunk, body: string) => afterPlacePreposition(body, Math.max(view.sentence.start, chunk.start - 12), chunk.start) || afterCompassWord(view, chunk, body);

// "in the northern Kel City", "across southern Tavia": a locative preposition, then a compass word before the name
const COMPASS_PLACE = /\b(?:in|at|near|inside|outside|across|around|from|of)\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+$/i;

/** Whether a chunk follows a locative preposition and a compass word: a place, since no person is "in the northern" anyone. */
function afterCompassWord(view: SentenceView, chunk: Chunk, body: string): boolean {
	const from = Math.max(view.sentence.start, chunk.start - 40);
	// (the lead must close on "ern" or "tral" and white space, as `/(?:ern|tral)\s+$/` tests it, read back in the body)
	const end = endOfWordsIn(body, from, chunk.start);
	if (end === chunk.start || !(endsWithAt(body, from, end, 'ern') || endsWithAt(body, from, end, 'tral'))) return false;
	return COMPASS_PLACE.test(leadTo(view, body, chunk.start, 40));
}

/** Whether the body's text from `from` to `end` ends with `tail`, compared in place. */
function endsWithAt(body: string, from: number, end: number, tail: string): boolean {
	return end - from >= tail.length && body.startsWith(tail, end - tail.length);
}

const PLACE_PREPOSITIONS = ['in', 'at', 'near', 'inside', 'outside', 'across', 'around'];

/**
 * Whether `body` from `from` to `to` ends with a locative preposition and white space, as
 * `/\b(?:in|at|near|inside|outside|across|around)\s+$/i` tests `body.slice(from, to)`: read back from the end, no slice.
 */
function afterPlacePreposition(body: string, from: number, to: number): boolean {
	const end = endOfWordsIn(body, from, to);
	if (end === to) return false;
	const start = asciiRunStart(body, from, end);
	// the word starts at the slice's start or after a character that is no word character to \b
	if (start > from && isAsciiWordCode(body.charCodeAt(start - 1))) return false;
	return spellsOneOf(body, start, end, PLACE_PREPOSITIONS, true);
}
const AFTER_PREPOSITION = /\b(?:in|at|from|near|inside|outside|across|around)\s+(?:the\s+)?$/i;
// The last words AFTER_PREPOSITION and PASSIVE_AGENT can end on: a lead ending on another word is not tried against them.
const PREPOSITION_ENDS = ['in', 'at', 'from', 'near', 'inside', 'outside', 'across', 'around', 'the'];
const AGENT_ENDS = ['by', 'the'];

/**
 * Whether the run of ASCII letters that ends the body's text from `from` to `to`, once its closing white space (at least
 * one character) is left out, is one of `words` (in any case when `anyCase`), compared in place. A pattern ending
 * `\b(?:words)\s+$` can only match a text whose run this is.
 */
function endsOnWord(body: string, from: number, to: number, words: readonly string[], anyCase: boolean): boolean {
	const end = endOfWordsIn(body, from, to);
	return end !== to && spellsOneOf(body, asciiRunStart(body, from, end), end, words, anyCase);
}

/** Where the run of ASCII letters that ends at `end` starts, reading back no further than `from`. */
function asciiRunStart(body: string, from: number, end: number): number {
	let start = end;
	for (let code = body.charCodeAt(start - 1); start > from && ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)); code = body.charCodeAt(--start - 1));
	return start;
}

/** Whether the ASCII letters of the body from `start` to `end` spell one of `words` (in any case when `anyCase`), compared in place. */
function spellsOneOf(body: string, start: number, end: number, words: readonly string[], anyCase: boolean): boolean {
	// (letters only: setting the 32 bit lower-cases an ASCII capital)
	const fold = anyCase ? 32 : 0;
	search: for (const word of words) {
		if (word.length !== end - start) continue;
		for (let index = 0; index < word.length; index++) if ((body.charCodeAt(start + index) | fold) !== word.charCodeAt(index)) continue search;
		return true;
	}
	return false;
}

/** Where the body's text from `from` to `to` starts once opening white space is left out (`to` when it is all white space). */
function startOfWordsIn(body: string, from: number, to: number): number {
	let at = from;
	while (at < to && isWhiteSpaceCode(body.charCodeAt(at))) at++;
	return at;
}

/** Where the word that starts at `at` ends: the next white space, or `to`. */
function endOfWordAt(body: string, at: number, to: number): number {
	let end = at;
	while (end < to && !isWhiteSpaceCode(body.charCodeAt(end))) end++;
	return end;
}

/** Where the body's text from `from` to `to` ends once closing white space is left out. */
function endOfWordsIn(body: string, from: number, to: number): number {
	let at = to;
	while (at > from && isWhiteSpaceCode(body.charCodeAt(at - 1))) at--;
	return at;
}

/** The last character of the body from `from` to `to` that is not white space, as a code; -1 when there is none. */
function lastMarkIn(body: string, from: number, to: number): number {
	const at = endOfWordsIn(body, from, to);
	return at > from ? body.charCodeAt(at - 1) : -1;
}

/** Whether the body from `from` to `to` ends with a colon or a comma and white space, as `/[:,]\s*$/` tests its slice. */
function closesOnColonOrComma(body: string, from: number, to: number): boolean {
	const mark = lastMarkIn(body, from, to);
	return mark === COLON || mark === COMMA;
}

/** Whether "that" and white space stand as one of the first `count` words of a text that opens with white space. */
function thatWithinWords(text: string, count: number): boolean {
	let at = 0;
	for (let word = 0; word < count; word++) {
		const from = at;
		while (at < text.length && isWhiteSpaceCode(text.charCodeAt(at))) at++;
		if (at === from) return false;
		if (text.startsWith('that', at) && isWhiteSpaceCode(text.charCodeAt(at + 4))) return true;
		while (at < text.length && !isWhiteSpaceCode(text.charCodeAt(at))) at++;
	}
	return false;
}

/** Whether a text opens with white space and a first word ending in "ly": only then can a manner adverb ("said privately that") open it. */
function firstWordEndsLy(text: string): boolean {
	const at = startOfWordsIn(text, 0, text.length);
	if (at === 0) return false;
	const end = endOfWordAt(text, at, text.length);
	return end - at >= 3 && text.charCodeAt(end - 2) === 108 && text.charCodeAt(end - 1) === 121;
}

/** "The embassy in Tarsk said": the phrase the place after a preposition belongs to, when it can speak; else nobody. */
// titles of people posted to a country or a body: "ambassador to Kovia", "envoy to the Assembly"
const POSTED_HEADS = new Set(['ambassador', 'envoy', 'representative', 'emissary', 'delegate', 'attache', 'attaché', 'consul', 'negotiator']);

/** The envoy of "X's ambassador to Kovia": the title before " to " and the place it is posted to, as one role; else null. */
function envoyTo(view: SentenceView, index: number, body: string): Attribution | null {
	const title = index > 0 ? view.mention(index - 1) : null;
	if (!title || (title.kind !== 'description' && title.kind !== 'anonymous') || !POSTED_HEADS.has(title.head ?? '')) return null;
	const gap = body.slice(view.chunks[index - 1].end, view.chunks[index].start);
	if (gap !== ' to ' && gap !== ' to the ') return null;
	const surface = body.slice(title.start, view.chunks[index].end);
	return {mention: {...title, surface, name: surface, role: surface, end: view.chunks[index].end}, rule: 'quote.said'};
}

function placeOwner(view: SentenceView, index: number, body: string): Attribution | null {
	const owner = view.chunks[index - 1];
	if (!owner || !/^\s+(?:in|at|from|near|inside|outside|across|around)\s+(?:the\s+)?$/i.test(body.slice(owner.end, view.chunks[index].start))) return null;
	const mention = view.mention(index - 1);
	// "correspondent Orsolya Kestrin in Tarsk says": a person's full name before a place; a lone capitalised word may be a place itself
	if (!mention || (mention.kind === 'name' && !/\s/.test(mention.surface.trim()))) return null;
	const subject = refineSubject(view, index - 1, mention, body, null);
	// "Our correspondent in Tarsk says": the journalist is told apart by the place
	return subject.mention === mention ? {...subject, mention: placed(mention, body.slice(owner.end, view.chunks[index].end))} : subject;
}

/** Up to `width` characters of the sentence before `offset`: what the rules look back at, bounded in a run-on sentence. */
function leadTo(view: SentenceView, body: string, offset: number, width = 80): string {
	return body.slice(Math.max(view.sentence.start, offset - width), offset);
}

/** Whether `offset` is where the sentence's words begin. */
function startsSentence(view: SentenceView, body: string, offset: number): boolean {
	return offset - view.sentence.start <= 4 && /^\s*$/.test(body.slice(view.sentence.start, offset));
}

/** The quoted spans that overlap a sentence; spans are in body order and do not overlap, so a binary search finds the first. */
function spansWithin(spans: QuoteSpan[], sentence: Sentence): QuoteSpan[] {
	let low = 0;
	let high = spans.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (spans[middle].close > sentence.start) high = middle;
		else low = middle + 1;
	}
	const inside: QuoteSpan[] = [];
	for (let index = low; index < spans.length && spans[index].open < sentence.end; index++) inside.push(spans[index]);
	return inside;
}

/**
 * A verb in the passive: "it was warned fifteen minutes before", "residents were told to leave". Its subject heard the
 * words, so it reports no clause of its own ("is saying", "were telling" stay active).
 */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|get|got|gets)\s+(?:(?:[\p{L}--[\u{10000}-\u{10FFFF}]]+ly|also|not|never|first|only)\s+)?$/iv;
const isPassive = (verb: Token, body: string) =>
	!verb.word.endsWith('ing') && !verb.word.endsWith('s') && mayCloseOnAuxiliary(body, Math.max(0, verb.start - 30), verb.start) && PASSIVE_BEFORE.test(body.slice(Math.max(0, verb.start - 30), verb.start));

// The words PASSIVE_BEFORE's lead can close on (an auxiliary, or an adverb after one), and adverbs in "-ly".
const PASSIVE_CLOSER_WORDS = ['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got', 'gets', 'also', 'not', 'never', 'first', 'only'];
const PASSIVE_CLOSERS = new Set(PASSIVE_CLOSER_WORDS);

/**
 * Whether the body from `from` to `to` closes on white space after a word PASSIVE_BEFORE can end on: most verbs follow
 * a noun or a name, and the pattern, which cannot be anchored at the lead's end, is not tried from its every start. A
 * word with a character beyond ASCII in or before it is taken on trust (case folding reaches past ASCII).
 */
function mayCloseOnAuxiliary(body: string, from: number, to: number): boolean {
	const end = endOfWordsIn(body, from, to);
	if (end === to) return false;
	let start = end;
	let wide = false;
	for (let code = body.charCodeAt(start - 1); start > from && ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 128); code = body.charCodeAt(--start - 1)) wide ||= code >= 128;
	if (wide) return true;
	// (ASCII letters only: compared in place, in any case, not copied out and lower-cased)
	return spellsOneOf(body, start, end, PASSIVE_CLOSER_WORDS, true) || (end - start >= 3 && (body.charCodeAt(end - 2) | 32) === 108 && (body.charCodeAt(end - 1) | 32) === 121);
}

// Reporting verbs that are nouns too in their base form ("the energy pledge", "a ceasefire call", "the casualty report")
const NOUN_LIKE_VERBS = new Set(['pledge', 'claim', 'report', 'demand', 'promise', 'vow', 'call', 'note', 'reply', 'remark', 'estimate', 'boast', 'warning']);
// singular-looking nouns that take a plural verb: "the police claim", "the people demand"
const PLURAL_COLLECTIVES = new Set(['police', 'people', 'media', 'public', 'military', 'army', 'government', 'staff', 'crew', 'family', 'two', 'three', 'four', 'both', 'all', 'men', 'women', 'children']);

/**
 * Whether the word at `index` is the head of a noun compound after an article rather than a verb: "the energy
 * pledge", not "the rebels claim" (a plural subject) nor "the police claim".
 */
function compoundNoun(forms: WordRun['forms'], index: number): boolean {
	const word = forms[index].word;
	if (!NOUN_LIKE_VERBS.has(word) || index < 2) return false;
	const before = forms[index - 1];
	return NOUN_MARKERS.has(forms[index - 2].word) && before.letter && !before.word.endsWith('s') && !PLURAL_COLLECTIVES.has(before.word) && !before.possessive;
}

/**
 * "…accused of backing the rebels, claims it denies, insisting …": an -s form set off by a comma and followed by a
 * subject that denies it is the noun (the charges it rejects), not a verb reporting "it denies".
 */
function deniedCharge(forms: WordRun['forms'], index: number): boolean {
	const form = forms[index];
	if (!CHARGE_NOUN.has(form.word)) return false;
	// ("…, rejecting Kellish claims.", "dismissing reports that …": the object of a verb of denial)
	if (DENIAL_FORM.has(forms[index - 1]?.word ?? '') || (DENIAL_FORM.has(forms[index - 2]?.word ?? '') && forms[index - 1].capital)) return true;
	if (forms[index - 1]?.text !== ',') return false;
	const subject = forms[index + 1];
	let verb = forms[index + 2];
	if (!subject || !verb || !(subject.capital || SUBJECT_PRONOUNS.has(subject.word))) return false;
	if ((verb.word === 'has' || verb.word === 'have' || verb.word === 'had') && forms[index + 3]) verb = forms[index + 3];
	return DENIAL_FORM.has(verb.word);
}
const CHARGE_NOUN = new Set(CHARGE_NOUNS);
const DENIAL_FORM = new Set(DENIAL_VERB_FORMS);
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'which']);

/** Tokens, phrase chunks and reporting verbs of a sentence, with quoted words left out. */
function viewSentence(sentence: Sentence, body: string, spans: QuoteSpan[], surnames: ReadonlySet<string>): SentenceView {
	// Only the words between quoted spans are read: no token crosses a quote mark, so the gaps tokenize alone.
	const words: WordRun = {forms: [], starts: []};
	let from = sentence.start;
	const inside = spansWithin(spans, sentence);
	for (const span of inside) {
		if (span.open > from) readWords(body, from, span.open, words);
		from = Math.max(from, span.close);
	}
	if (from < sentence.end) readWords(body, from, sentence.end, words);
	const verbFirst = opensWithVerb(words, sentence, body) && inside.length > 0;
	// "Commented a senior official: "…"": the verb opening the sentence is nobody; its speaker is the phrase after it
	if (verbFirst) {
		words.forms.shift();
		words.starts.shift();
	}
	let chunks = chunkWords(words);
	const opener = firstWordEndsIng(body, sentence.start, sentence.end) ? OPENING_PARTICIPLE.exec(sentence.text) : null;
	// the participle opening the sentence is no name ("Addressing" is nobody)
	if (opener && chunks[0] && chunks[0].to - chunks[0].from === 1 && chunks[0].start === words.starts[0]) chunks = chunks.slice(1);
	// nor is a caption's label ("Photo: Women queue for water …"): the sentence and its subject start after the colon
	// (the colon is looked for in the body, whose characters were just read, before the sentence's own string is touched)
	const label = !opener && !verbFirst && firstColonIn(body, sentence.start, Math.min(sentence.end, sentence.start + 20)) > sentence.start ? captionLabel(sentence.text) : 0;
	if (label) chunks = chunks.filter((chunk) => chunk.start >= sentence.start + label);
	const verbs: Token[] = [];
	const forms = words.forms;
	for (let index = 0; index < forms.length; index++) {
		const form = forms[index];
		// One test of the word's lists rules out every other word before the look-ups below.
		if (form.capital || !mayReport(form)) continue;
		const end = words.starts[index] + form.text.length;
		if ((isReportingVerb(form) || makesClear(form.word, end, body) || bidsBelief(form.word, end, body) || putsIt(form.word, end, body)) && !NOUN_MARKERS.has(forms[index - 1]?.word ?? '') && !forms[index - 1]?.possessive && !compoundNoun(forms, index) && !countedNoun(form.word, forms[index - 1]?.word) && !deniedCharge(forms, index)) verbs.push(tokenOf(form, words.starts[index]));
	}
	const cache: Array<Mention | null | undefined> = [];
	// Chunks are read as mentions on first use: most chunks of most sentences are never asked about.
	const mention = (index: number) => (cache[index] === undefined ? (cache[index] = personOrNothing(mentionOf(chunks[index], body), surnames)) : cache[index]!);
	return {sentence, chunks, mention, verbs, spans: inside, subjectFrom: verbFirst ? words.starts[0] : sentence.start + (opener ? opener[0].length : label), subjects: undefined};
}

// "Photo: ", "Video: ": a caption's label opening a sentence
const CAPTION_LABEL = new RegExp(`^\\s*(?:${alternation(CAPTION_LABELS)})\\s*:\\s*`, 'i');

/** How long the caption label opening a sentence is ("Photo: "), 0 for none. */
function captionLabel(text: string): number {
	return firstColonIn(text, 0, Math.min(20, text.length)) > 0 ? CAPTION_LABEL.exec(text)?.[0].length ?? 0 : 0;
}

/** Where the first colon of `text` from `from` to `to` stands, else -1: the rest of a long sentence is not read. */
function firstColonIn(text: string, from: number, to: number): number {
	for (let index = from; index < to; index++) if (text.charCodeAt(index) === COLON) return index;
	return -1;
}

const INVERTED_OPENING = new Set(INVERTED_OPENING_VERBS);
const ONE_PERSON_OPENERS = new Set(['a', 'an', 'the', 'one', 'another']);

/**
 * Whether a sentence opens with a capitalised past-tense reporting verb and then its speaker: "Added the minister",
 * "Commented Jane Roe". ("Said" may be a given name: it opens only before a determiner.)
 */
function opensWithVerb(words: WordRun, sentence: Sentence, body: string): boolean {
	const [verb, next] = words.forms;
	if (!verb || !next || !verb.capital || !INVERTED_OPENING.has(verb.word) || words.starts[0] !== startOfWordsIn(body, sentence.start, sentence.end)) return false;
	return ONE_PERSON_OPENERS.has(next.word) || (next.capital && next.letter && verb.word !== 'said');
}

/**
 * "al-Roe" alone is the short form of a person the article names in full ("Jane al-Roe"), else a place ("el-Qarrim"):
 * the lone surname with its article is no one unless the article gives it to a name.
 */
function personOrNothing(mention: Mention | null, surnames: ReadonlySet<string>): Mention | null {
	return mention?.kind === 'name' && mention.anaphoric && !surnames.has(mention.name) ? null : mention;
}

// "Jane al-Roe", "Abu Quessar al-Roe", "Liraz bint Hennad al-Roe": a surname with its article after a capitalised name word
const ARTICLED_SURNAME = /[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]*\s+((?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben|bint|ould)-[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]*)/gv;

// A lower-case particle of one to four letters joined to a capitalised word, tried where it could start
const PARTICLE_JOIN = /\b[\p{Ll}--[\u{10000}-\u{10FFFF}]]{1,4}-[\p{Lu}--[\u{10000}-\u{10FFFF}]]/vy;

/**
 * Whether PARTICLE_JOIN matches anywhere in `body`: tried only in the four places before each hyphen, rather than
 * from every character of the body (a match holds a hyphen, and starts one to four characters before it).
 */
function hasParticleJoin(body: string): boolean {
	for (let hyphen = body.indexOf('-', 1); hyphen >= 0; hyphen = body.indexOf('-', hyphen + 1))
		for (let start = Math.max(0, hyphen - 4); start < hyphen; start++) {
			PARTICLE_JOIN.lastIndex = start;
			if (PARTICLE_JOIN.test(body)) return true;
		}
	return false;
}

/** The surnames with an article ("al-Roe") the body gives to people named in full. */
function articledSurnames(body: string): Set<string> {
	const surnames = new Set<string>();
	if (!hasParticleJoin(body)) return surnames;
	for (const match of body.matchAll(ARTICLED_SURNAME)) surnames.add(match[1].replace(/['’]s$/, ''));
	return surnames;
}

// "wants us to believe", "would have voters believe": a columnist's way of putting words in someone's mouth
const BIDDING = new Set(BELIEF_BIDDING_VERBS);
const TO_BELIEVE = /^\s+(?:us|you|voters|readers|everyone)\s+(?:to\s+)?believe\b/;

/** "Jane Roe wants us to believe that the deal was “fair”": the bid to believe attributes what follows to her. */
function bidsBelief(word: string, end: number, body: string): boolean {
	return BIDDING.has(word) && TO_BELIEVE.test(body.slice(end, end + 24));
}

const PUT_IT = new Set(PUT_IT_VERBS);
// "put it, '…'", "put it bluntly: '…'", "put it better than I can: it '…'" (the quote follows the colon at once, or
// after a word or two); "put the cost at '…'", "puts the toll at 40" (an estimate)
const IT_THEN_QUOTE = /^\s+it(?:\s*[,:]?\s*[“"‘']|(?:\s+[[\p{L}’']--[\u{10000}-\u{10FFFF}]]+){1,5}?\s*[,:]\s*(?:[[\p{L}’']--[\u{10000}-\u{10FFFF}]]+\s+){0,2}[“"‘'])|^\s+(?:the|its|his|her|their|our)\s+[^,.;:"“”‘]{1,40}?\s+at\s+(?:[“"‘']|(?:about|some|around|more than|at least|over|nearly)?\s*[\p{N}--[\u{10000}-\u{10FFFF}]])/v;

/** "as the envoy put it, 'a truce on paper'", "the company put the cost at '…'": "put" attributes the quote or the estimate after it. */
function putsIt(word: string, end: number, body: string): boolean {
	return PUT_IT.has(word) && IT_THEN_QUOTE.test(body.slice(end, end + 64));
}

/** "has made clear that …", "made it clear that …": a verb of making that reports a clause. */
function makesClear(word: string, end: number, body: string): boolean {
	return MAKE_CLEAR.has(word) && CLEAR_THAT.test(body.slice(end, end + 16));
}

/** Whether a text is white space throughout (or empty). */
function isBlank(text: string): boolean {
	for (let index = 0; index < text.length; index++) if (!isWhiteSpaceCode(text.charCodeAt(index))) return false;
	return true;
}

/** An apposition that names a role: ", the agency spokesperson," -> "agency spokesperson". */
function appositionRole(gap: string): string | null {
	// Only a gap that opens and closes on a comma can hold one (looked at before the gap is hashed for the memo); the
	// same apposition recurs for every verb of its speaker.
	return opensWith(gap, COMMA) && gap.charCodeAt(endOfWordsIn(gap, 0, gap.length) - 1) === COMMA ? appositionRoleOf(gap) : null;
}

const appositionRoleOf = remembered((gap): string | null => {
	// (the role starts at a word: with white space free to shrink, the look-ahead alone let ", which has …," through)
	const match = /^\s*,\s*(?!(?:who|which|whose)\b)([^,\s][^,]{2,79}),\s*$/.exec(gap);
	if (!match) return null;
	const words = match[1].trim().replace(/^(?:the|a|an)\s+/i, '');
	return headOf(words.toLowerCase().split(/[^[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+/v)) ? words : null;
});

// " in the ", " of ": a preposition right before a body, which then ends a phrase rather than heading it
const IN_A_BODY = /\b(?:in|at|of|from|within|inside|to)\s+(?:the\s+)?$/i;

/** "the grid operator, Nordgrid": the body a name just after it, set off by a comma, stands in apposition to; null if none. */
function bodyBefore(view: SentenceView, index: number, body: string): Mention | null {
	const before = view.mention(index - 1);
	// "Kovia's envoy to the Assembly, Ana Vesel,": the body ends the role of a person, it is not the name's
	if (index >= 2 && before?.kind === 'organisation' && roleOfBeforeName(view, index - 2, body)) return null;
	// ("The leader of the Front, the largest bloc in the Assembly, Jane Roe, said": a body after a preposition ends an apposition)
	if (before?.kind === 'organisation' && IN_A_BODY.test(leadTo(view, body, view.chunks[index - 1].start, 16))) return null;
	return before?.kind === 'organisation' && /^\s*,\s*$/.test(body.slice(view.chunks[index - 1].end, view.chunks[index].start)) ? before : null;
}

/**
 * The speaker of a reporting verb (see findSubject), worked out once per verb and reading: the quote rules, the reported
 * speech rules and a participle's look back ask about the same verbs, and the answer is a pure function of the sentence.
 */
function subjectOf(view: SentenceView, verb: Token, body: string, inverted: boolean): Attribution | null {
	const key = inverted ? -1 - verb.start : verb.start;
	const subjects = (view.subjects ??= new Map());
	let subject = subjects.get(key);
	if (subject === undefined) subjects.set(key, (subject = findSubject(view, verb, body, inverted)));
	return subject;
}

// "Both sides still say", "the two capitals said", "Both say": the pair of parties, opening a clause, with an adverb or two
const BOTH_SUBJECT = new RegExp(String.raw`(?:^|[;:]\s*|,\s+(?:and|but|while|yet)\s+|\b(?:and|but|yet)\s+)((?:[Bb]oth|[Tt]he\s+two)\s+(?:${alternation(PARTY_PLURALS)})|[Bb]oth)(?:\s+(?:still|also|now|again|each|both|already|publicly|firmly|now))*\s+$`);

/** "Both sides say they won": the pair of parties a clause opens with, as one speaker, else null. */
function bothSubject(view: SentenceView, verb: Token, body: string): Attribution | null {
	const from = Math.max(view.sentence.start, verb.start - 40);
	const lead = body.slice(from, verb.start);
	if (!lead.includes('oth') && !lead.includes('two')) return null;
	const match = BOTH_SUBJECT.exec(lead);
	if (!match) return null;
	const start = from + match.index + match[0].indexOf(match[1]);
	const surface = match[1].replace(/\s+/g, ' ');
	const mention: Mention = {kind: 'organisation', surface, name: surface.charAt(0).toUpperCase() + surface.slice(1), role: null, side: null, head: null, start, end: start + match[1].length};
	return {mention, rule: 'quote.said-both'};
}

/** The speaker named right after its verb: "said Jane Roe", "said relief chief Jane Roe", "said the ministry". */
function speakerAfter(view: SentenceView, verb: Token, body: string): Attribution | null {
	// "said Jane Roe", "said relief chief Jane Roe": a name may follow a lower-case title word or two.
	const at = firstFrom(view.chunks, verb.end, (chunk) => chunk.start);
	const chunk = view.chunks[at];
	const between = chunk && chunk.start - verb.end <= 40 ? body.slice(verb.end, chunk.start) : null;
	// ("said one diplomat", "said two officials": a count is the chunk's determiner, outside its words; "said its director, …" an owner's)
	// ("said a displaced woman", "said a wounded man": a participle the chunker leaves out may stand after the determiner)
	const index = between !== null && (/^\s*(?:(?:the|a|an|one|two|three|four|several|some|another|its|his|her|their)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}ed\s+)?)?$/iv.test(between) || (view.mention(at)?.kind === 'name' && /^\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?\s+$/v.test(between))) ? at : -1;
	// "said the Oba of Ruvi, Ana Duarte, one of …": a title the lexicons do not know, in the form "the X of Y", then the name set off
	const styled = index >= 0 && !view.mention(index) && /^\s*the\s+$/i.test(between ?? '') && /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+ of (?:the )?[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(body.slice(chunk.start, chunk.end));
	// (a full name: one word set off after an unknown title is as likely a place)
	const styledName = styled ? nameSetOffAfter(view, index, body) : -1;
	if (styledName >= 0 && view.mention(styledName)!.name.includes(' ')) return {mention: view.mention(styledName)!, rule: 'quote.said-inverted', role: body.slice(chunk.start, chunk.end)};
	// ("warns Kell will ‘finish the job’": a name with a verb of its own after it is the subject of what is said, not who says it)
	if (index >= 0 && CLAUSE_VERB_AFTER.test(body.slice(view.chunks[index].end, view.chunks[index].end + 12))) return null;
	if (index >= 0 && view.mention(index)) {
		// "said Minister for Trade Eda Roe": the title, its portfolio and the holder are one person
		const holder = portfolioAfter(view, index, view.mention(index)!, body);
		if (holder) return {mention: holder, rule: 'quote.said-inverted', role: holder.role};
		// "said the Veltan trade minister, Ana Duarte, who …": the name in apposition speaks, with that role.
		const named = appositiveNameAfter(view, index, body);
		if (named >= 0) return {mention: view.mention(named)!, rule: 'quote.said-inverted', role: view.mention(index)!.surface};
		// "said the Minister for Commerce, Jane Roe.": a role with its portfolio or body, then the name set off, speaks as that name
		const portfolio = portfolioThenName(view, index, body);
		if (portfolio) return portfolio;
		// "said Mr Berg, the trade secretary,": the apposition after the name gives the role.
		// ("said Jo Roe, minister of labour.": a role with no article, set off at the sentence's end, and a portfolio listed
		// in full: "minister of science, energy, telecommunications and transport")
		const after = /^\s*,\s*((?:the|a|an)\s+[^,.;"“”]{3,60}?)\s*(?:[,.;]|$)/i.exec(body.slice(view.chunks[index].end, view.sentence.end)) ?? BARE_ROLE_AT_END.exec(body.slice(view.chunks[index].end, view.sentence.end));
		// "said a woman from Talu who …": an unnamed source keeps where she is from ("a diplomat in X" stays a diplomat)
		const from = view.mention(index)!.kind === 'anonymous' ? PLACED_AFTER.exec(body.slice(view.chunks[index].end, view.sentence.end)) : null;
		if (from) return {mention: placed(view.mention(index)!, from[1]), rule: 'quote.said-inverted'};
		// (a portfolio listed in full is a role when its first part is one)
		const role = !after ? null : after[1].includes(',') ? (appositionRole(`, ${after[1].split(',')[0]},`) && after[1]) || null : appositionRole(`, ${after[1]},`);
		const refined = refineSubject(view, index, view.mention(index)!, body, role);
		return {...refined, rule: refined.rule === 'quote.said' ? 'quote.said-inverted' : refined.rule};
	}
	return onePersonAfter(view, verb, body);
}

/** ", minister of labour." or ", minister of science, energy and transport.": a role with no article closing the sentence. */
const BARE_ROLE_AT_END = /^\s*,\s*([\p{Ll}--[\u{10000}-\u{10FFFF}]][^,.;"“”]{2,60}?(?:,\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)*(?:,?\s+and\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)?)\s*[.!?]?["”’]?\s*$/v;

const CLAUSE_VERB_AFTER = /^\s+(?:will|would|shall|must|can|could|may|might|should|is|are|was|were|has|have|had)\s/;

// " one fitter, who asked …", " a grocer in …": one unnamed person, by a noun no lexicon knows, right after the verb
const ONE_PERSON_AFTER = /^\s+(?:one|a|an|another)\s+([\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}(?<!ing|ed|ly))(?=\s*[,.]|\s*$|\s+(?:who|in|at|from|outside|near)\s)/v;

/** "“…,” said one fitter, who asked not to be named": an unnamed person after an inverted verb, its noun unknown to the lexicons. */
function onePersonAfter(view: SentenceView, verb: Token, body: string): Attribution | null {
	const after = ONE_PERSON_AFTER.exec(body.slice(verb.end, Math.min(view.sentence.end, verb.end + 40)));
	if (!after) return null;
	const start = verb.end + after[0].length - after[1].length;
	const noun = after[1];
	return {mention: {kind: 'anonymous', surface: noun, name: noun, role: noun, side: null, head: noun, start, end: start + noun.length}, rule: 'quote.said-inverted'};
}

/** "the Minister for Commerce, Jane Roe", "the envoy to the Assembly, Jane Roe": the name after a role and its portfolio, with that role. */
function portfolioThenName(view: SentenceView, index: number, body: string): Attribution | null {
	const role = view.mention(index);
	const group = view.chunks[index + 1];
	if (!(role?.kind === 'description' || role?.kind === 'anonymous') || !group?.capital || !ROLE_OF.test(body.slice(view.chunks[index].end, group.start))) return null;
	// (a full name: one word set off after a place may be a second place, "an official in Kel, Tor")
	const name = nameSetOffAfter(view, index + 1, body);
	return name >= 0 && view.mention(name)!.name.includes(' ') ? {mention: view.mention(name)!, rule: 'quote.said-inverted', role: role.surface + body.slice(view.chunks[index].end, group.end)} : null;
}

/** Whether the chunk after `index` is a named body set off by commas alone right before the verb: "A group, the Tovrel Army, says". */
function appositiveBody(view: SentenceView, index: number, verb: Token, body: string): boolean {
	const next = view.chunks[index + 1];
	if (!next?.capital || next.end >= verb.start || view.mention(index + 1)?.kind !== 'organisation') return false;
	return /^\s*,\s*(?:the\s+)?$/i.test(body.slice(view.chunks[index].end, next.start)) && /^\s*,\s*$/.test(body.slice(next.end, verb.start));
}

// "'s post on ", "a statement via ": a statement, then the platform it went out on.
const PLATFORM_AFTER = /(['’]s)?\s+([\p{L}--[\u{10000}-\u{10FFFF}]]+)\s+(?:on|via)\s+$/v;
// the words PLATFORM_AFTER ends on: a lead ending on another word is not tried against it
const PLATFORM_ENDS = ['on', 'via'];
const VOICE_DOCUMENTS = new Set(VOICE_DOCUMENT_HEADS);

/**
 * "…, Jane Roe told the news agency, Velnews, adding that …": where a speech verb before a participle stands, whose
 * listener after it is no speaker of the participle (the participle goes on with that verb's speaker); else no limit.
 */
function listenerBefore(view: SentenceView, verb: Token, body: string): number {
	// ("with its spokesman Jane Roe adding that …": a participle with its own subject right before it has no comma)
	if (!verb.word.endsWith('ing') || !/,\s*$/.test(body.slice(Math.max(0, verb.start - 4), verb.start))) return Infinity;
	let at = Infinity;
	for (const other of view.verbs) if (other.start < verb.start && SPEECH_WORDS.has(other.word)) at = other.start;
	return at;
}

// ", who gave only his first name, Osmund", ", who gave her name as …", ", identified only as …": the name after it.
const GAVE_NAME = /^[^.;"“”]{0,60}?,\s*(?:(?:who\s+)?(?:gave|gives|giving)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|full\s+|last\s+)?name(?:\s+only)?(?:\s+as|\s*,)|(?:who\s+(?:was\s+)?)?identified\s+(?:(?:himself|herself)\s+)?(?:only\s+)?as)\s+/u;

/** "said a shopkeeper reached by phone, who gave only his first name, Osmund": an unnamed speaker who gives a name is that named person, the description his role. */
function nameGivenAfter(view: SentenceView, attribution: Attribution, body: string): Attribution {
	const {mention} = attribution;
	if (mention.kind !== 'description' && mention.kind !== 'anonymous') return attribution;
	const given = GAVE_NAME.exec(body.slice(mention.end, Math.min(view.sentence.end, mention.end + 160)));
	if (!given) return attribution;
	const at = mention.end + given[0].length;
	const index = view.chunks.findIndex((chunk) => chunk.start === at);
	const name = index < 0 ? null : view.mention(index);
	return name?.kind === 'name' ? {mention: name, rule: attribution.rule, role: mention.surface} : attribution;
}

/**
 * Whether chunk `index` stands inside a "who" clause that runs from an earlier chunk up to the verb, as WHO_GAP
 * bridges it: "Residents of Kel who sheltered in the Temple at Port Amel said".
 */
function insideWhoClause(view: SentenceView, index: number, verb: Token, body: string): boolean {
	const chunk = view.chunks[index];
	// (only a "who" from the subject's start or MAX_WHO before the verb counts: the body before it is not searched)
	const from = Math.max(view.subjectFrom, verb.start - MAX_WHO);
	const at = from > chunk.start ? -1 : body.slice(from, chunk.start + WHO.length).lastIndexOf(WHO);
	if (at < 0) return false;
	const who = from + at;
	let earlier = index - 1;
	while (earlier >= 0 && view.chunks[earlier].end > who) earlier--;
	// ("A woman who gave her name as Jane Roe said": the name she gives is who speaks)
	return earlier >= 0 && isBlank(body.slice(view.chunks[earlier].end, who)) && !WHO_GAVE_NAME.test(body.slice(who, chunk.start)) && WHO_GAP.test(body.slice(view.chunks[earlier].end, verb.start));
}
const WHO = ' who ';
const WHO_GAVE_NAME = /^\s+who\s+(?:(?:was|is)\s+)?(?:gave|gives|identified|introduced)\b/;
const TIME_ZONES = new Set(TIME_ZONE_CODES);
// (a longer chunk is no time zone, and is not copied out of the body to be looked up)
const TIME_ZONE_LONGEST = Math.max(...TIME_ZONE_CODES.map((code) => code.length));
// how far before a verb a "who" clause may open (WHO_GAP's longest stretch, and the "who")
const MAX_WHO = 90;

// ", sitting beside ", ", standing next to ": a participle aside opened by a comma, up to its object
// (not a preposition in -ing: ", according to U.N. estimates", ", including Kel")
const ASIDE_OPENED = /^\s*,\s+(?!(?:according|including|excluding|regarding|concerning|following|during|notwithstanding)\s)[\p{Ll}--[\u{10000}-\u{10FFFF}]]{2,}ing\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+){0,3}$/v;

/** The chunk before a participle aside that opens right before chunk `index` ("Roe, sitting beside Kess"), or -1. */
function asideOpenedBefore(view: SentenceView, index: number, body: string): number {
	const before = view.chunks[index - 1];
	return view.mention(index - 1) && ASIDE_OPENED.test(body.slice(before.end, view.chunks[index].start)) ? index - 1 : -1;
}

const SET_OFF_THEN_PARTICIPLE = /^\s*,[^,;"“”]{1,150},\s*$/;

// ", seated among top officers opposite ": an aside on a sentence's subject that opens on a participle of where or how it is
const PARTICIPLE_ASIDE_LEAD = /^\s*,\s+(?:seated|sitting|standing|flanked|accompanied|joined|surrounded|wearing|dressed|speaking|appearing)\s[^,;"“”]{0,80}$/;

/** The speaker of a reporting verb: the phrase before it (across adverbs and an apposition), or a document's author. */
function findSubject(view: SentenceView, verb: Token, body: string, inverted: boolean): Attribution | null {
	const both = inverted ? null : bothSubject(view, verb, body);
	if (both) return both;
	const listened = listenerBefore(view, verb, body);
	for (let index = firstFrom(view.chunks, verb.start + 1, (chunk) => chunk.end) - 1; index >= 0; index--) {
		const chunk = view.chunks[index];
		// No gap the rules accept (adverbs, one apposition, "issued by …") is this long.
		if (verb.start - chunk.end > MAX_GAP) break;
		if (chunk.start > listened) continue;
		// "Villagers who fled to Pellquist said": a name inside the relative clause is not who speaks
		if (insideWhoClause(view, index, verb, body)) continue;
		// ("Roe, seated opposite Kell, who wore a uniform, told …": a name inside a participle's aside on the subject is not it)
		if (index > 0 && view.chunks[0].start === view.subjectFrom && view.mention(0) && PARTICIPLE_ASIDE_LEAD.test(body.slice(view.chunks[0].end, chunk.start))) return refineSubject(view, 0, view.mention(0)!, body, null);
		// "who at 23:15 GMT last night said": a clock's time zone is no one
		if (chunk.end - chunk.start <= TIME_ZONE_LONGEST && TIME_ZONES.has(body.slice(chunk.start, chunk.end))) continue;
		// "Jane Roe's post on Chirpline said": the platform a statement went out on is not its speaker, its owner is
		const platform = endsOnWord(body, Math.max(view.sentence.start, chunk.start - 40), chunk.start, PLATFORM_ENDS, false) ? PLATFORM_AFTER.exec(leadTo(view, body, chunk.start, 40)) : null;
		if (platform && VOICE_DOCUMENTS.has(platform[2].toLowerCase())) {
			const owner = index > 0 && platform[1] ? view.mention(index - 1) : null;
			return owner && (owner.kind === 'name' || owner.kind === 'organisation' || owner.kind === 'country') && view.chunks[index - 1].end === chunk.start - platform[0].length + platform[1].length ? {mention: owner, rule: 'quote.said'} : null;
		}
		const gap = body.slice(chunk.end, verb.start);
		// "Roe thanked Kel, Dorn and the Union, saying …": a phrase set off by commas before a participle closes its object, and
		// the participle goes on with the clause's subject, not the last name before it
		if (verb.word.endsWith('ing') && SET_OFF_THEN_PARTICIPLE.test(gap)) continue;
		// "Jane Roe said": white space alone bridges (SUBJECT_GAP with no part repeated) and none of the patterns below
		// that need a word or a comma can match it, so they are not tried.
		const blank = isBlank(gap);
		const bridged = blank || SUBJECT_GAP.test(gap) || (opensWithWho(gap) && WHO_GAP.test(gap));
		// "Roe, sitting beside Kess added …": an aside whose closing comma is missing; its object is not who speaks, the subject is
		const aside = blank && index > 0 ? asideOpenedBefore(view, index, body) : -1;
		if (aside >= 0) return refineSubject(view, aside, view.mention(aside)!, body, null);
		// "A diplomat following the talks said": the people a participle phrase describes, right before the verb
		if (!bridged && (PARTICIPLE_PHRASE.test(gap) || PAST_PARTICIPLE_PHRASE.test(gap)) && PARTICIPLE_HEADS.has(view.mention(index)?.kind ?? '')) return refineSubject(view, index, view.mention(index)!, body, null);
		const byAuthor = !blank && STATEMENT_BY.test(gap);
		const commaOnly = !blank && /^\s*,\s*$/.test(gap);
		// "The agency's chief, Jane Roe, has said", "…, Jane Roe, on Tuesday said": the comma closing an apposition, then adverbs
		const commaAdverbs = !blank && !commaOnly && !bridged && COMMA_THEN_WORDS.test(gap) && SUBJECT_GAP.test(gap.slice(gap.indexOf(',') + 1));
		// "a statement posted on its website, which described …": a participle phrase, then "which" for the document.
		if (!bridged && endsOnWord(body, chunk.end, verb.start, WHICH, false) && PARTICIPLE_WHICH.test(gap)) {
			const thing = view.mention(index);
			if (thing?.kind === 'document') return documentVoice(view, index, body);
			if (thing?.kind === 'organisation') return {mention: thing, rule: 'quote.said'};
		}
		const post = bridged || !mayOpenPostModifier(gap) ? null : POST_MODIFIER.exec(gap);
		// ("ordered residents of the north to flee and said": a phrase ending on "and" joins a second verb to the sentence's subject)
		const modified = post !== null && !ENDS_ON_JOIN.test(post[1]) && SUBJECT_GAP.test(gap.slice(post[0].length)) && (!/^\s*,/.test(gap.slice(post[0].length)) || opensApposition(gap.slice(post[0].length).trimStart().slice(1)));
		if (!bridged && !byAuthor && !commaOnly && !commaAdverbs && !modified) continue;
		const head = bridged ? participleHead(view, index, body) : -1;
		if (head >= 0) return refineSubject(view, head, view.mention(head)!, body, null);
		const mention = view.mention(index);
		if (!mention) {
			// "His office said", "Her organisation said": the body of the person "his" or "her" stands for
			const owned = bridged ? ownedBodyAt(view, index, body) : null;
			if (owned) return owned;
			continue;
		}
		// "Released captives interviewed by the group said": the agent of a participle before the verb is not its subject
		// (a document's author, "a statement issued by the office said", is the document's voice: see refineSubject)
		// ("Rebels loyal to the former president Jane Roe said", "an official familiar with the text said": whom they are loyal to, or what they know, is not who speaks)
		if (blank && LOYAL_TO.test(leadTo(view, body, chunk.start, 50))) continue;
		if (blank && endsOnWord(body, Math.max(view.sentence.start, chunk.start - 30), chunk.start, AGENT_ENDS, false) && PASSIVE_AGENT.test(leadTo(view, body, chunk.start, 30)) && PERSON_KINDS.has(view.mention(index - 1)?.kind ?? 'document')) continue;
		// "An aid worker with a charity, speaking on condition of anonymity, said": a person and what places them.
		if (modified) {
			if (mention.kind === 'description' || mention.kind === 'anonymous') return refineSubject(view, index, placed(mention, post![1]), body, null);
			// "Mr Dunmere of the opposition said": a person's name, then the body he speaks for
			if (mention.kind === 'name' && /^of\s+(?:the\s+)?[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(post![1])) return {mention, rule: 'quote.said', role: post![1].replace(/^of\s+(?:the\s+)?/, '')};
			continue;
		}
		// "…, signed by its leader, Jane Roe, which called …": "which" is never the person; it is the thing named before.
		if (!blank && /^\s*,\s*which\b/.test(gap) && PERSON_KINDS.has(mention.kind)) {
			const antecedent = relativeAntecedent(view, index, body);
			// "Kyrin, which hosts the refugees, said": with no document or body before it, a name "which" follows is a place or body
			if (antecedent || mention.kind !== 'name') return antecedent;
		}
		if (mention.kind === 'document' && byAuthor) return refineSubject(view, index, mention, body, null);
		// "The spokesman for the agency, Jane Roe, said": the name set off by commas speaks.
		const appositiveName = mention.kind === 'name' && (commaOnly || commaAdverbs) && SET_OFF_BEFORE.test(leadTo(view, body, chunk.start));
		if (!bridged && !appositiveName) continue;
		// "The grid operator, Nordgrid, said": a name set off after a body is that body's name, not a person's
		const named = appositiveName && index > 0 ? bodyBefore(view, index, body) : null;
		if (named) return {mention: {...mention, kind: 'organisation', head: named.head, side: mention.side ?? named.side}, rule: 'quote.apposition', role: named.surface};
		if (!appositiveName && gap.trimStart().startsWith(",") && !opensApposition(gap.trimStart().slice(1))) continue;
		// ("said in a statement posted on its channel that …": a verb right after a document in a phrase of the subject's is a
		// participle of that document, whose voice is the subject's)
		if (mention.kind === 'document' && blank && (ISSUED_DOCUMENT.test(leadTo(view, body, chunk.start, 40)) || (ISSUING_PARTICIPLES.has(verb.word) && IN_A_DOCUMENT.test(leadTo(view, body, chunk.start, 40))))) return documentVoice(view, index, body);
		// "A splinter group, the Tovrel Army, says": an unnamed body's name set off after it speaks for it
		if (mention.kind === 'organisation' && !chunk.capital && appositiveBody(view, index, verb, body)) return {mention: view.mention(index + 1)!, rule: 'quote.apposition'};
		const subject = refineSubject(view, index, mention, body, appositionRole(gap));
		const joint = blank && subject.mention === mention ? jointBodies(view, index, body) : null;
		if (joint) return {mention: joint, rule: 'quote.said'};
		// "Opposition politicians in Kyrin demanded": a place after a preposition is where the speaker is, not the speaker.
		if (subject.mention === mention && endsOnWord(body, Math.max(view.sentence.start, chunk.start - 16), chunk.start, PREPOSITION_ENDS, true) && AFTER_PREPOSITION.test(leadTo(view, body, chunk.start, 16))) return placeOwner(view, index, body);
		// "Velmarch's ambassador to Kovia said": the country an envoy is sent to is not who speaks
		const envoy = subject.mention === mention && (mention.kind === 'country' || mention.kind === 'name') ? envoyTo(view, index, body) : null;
		if (envoy) return envoy;
		return subject;
	}
	const one = inverted ? null : oneOfThem(view, verb, body);
	if (one) return one;
	if (inverted) {
		const after = speakerAfter(view, verb, body);
		if (after) return after;
	}
	if (verb.word.endsWith('ing') || followsCommaOrJoin(body, Math.max(view.sentence.start, verb.start - 80), verb.start)) {
		// A participle ("…, stating") or a second verb ("…, but said"): the speaker of the verb before it, else the sentence's subject.
		const disputer = verb.word.endsWith('ing') ? quotedAs(view, verb, body) ?? whoDisputed(view, verb, body) : null;
		if (disputer) return disputer;
		const verbAt = firstFrom(view.verbs, verb.start, (other) => other.start);
		for (const earlier of view.verbs.slice(Math.max(0, verbAt - 3), verbAt).reverse()) {
			if (/ing$/.test(earlier.word)) continue;
			// ("A deal was announced by Jane Roe, calling it …": a passive's agent speaks, not its subject)
			const agent = passiveAgent(view, earlier, body);
			if (agent >= 0) return subjectAt(view, agent, body, 'quote.participle');
			const subject = subjectOf(view, earlier, body, false);
			if (subject) return {...subject, rule: 'quote.participle'};
		}
		const clause = clauseSpeaker(view, body, verb.start);
		if (clause >= 0) return subjectAt(view, clause, body, 'quote.clause-subject');
		const first = sentenceSubject(view, body, verb.start);
		if (first >= 0) return subjectAt(view, first, body, 'quote.sentence-subject');
	}
	return null;
}

// "… came after President Jane Roe, in an interview, compared it to “…”": a clause's subject after its subordinator;
// "… was announced by President Jane Roe on Tuesday, calling it “…”": a passive's agent
const SUBORDINATE_LEAD = /\b(?:after|when|while|before|because|since|once|until)\s+(?:the\s+)?$/i;
const PASSIVE_AGENT_LEAD = /\b(?:was|were|is|are|been)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+)?[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ed|en|wn)\s+by\s+(?:the\s+)?$/v;

const CARRIER_PASSIVE = new Set(CARRIER_PASSIVES);

/** The chunk naming the agent of a passive reporting verb ("was announced by President Jane Roe"), or -1. */
function passiveAgent(view: SentenceView, verb: Token, body: string): number {
	// ("was quoted by Kell television as saying": who carried the words, not who said them)
	if (CARRIER_PASSIVE.has(verb.word)) return -1;
	if (!/\b(?:was|were|been|is|are)\s+$/.test(body.slice(Math.max(view.sentence.start, verb.start - 12), verb.start))) return -1;
	const by = /^\s+by\s+/.exec(body.slice(verb.end, verb.end + 8));
	if (!by) return -1;
	const index = firstFrom(view.chunks, verb.end + by[0].length, (chunk) => chunk.start);
	const mention = index < view.chunks.length && view.chunks[index].start - (verb.end + by[0].length) <= 4 ? view.mention(index) : null;
	return mention && (PERSON_KINDS.has(mention.kind) || mention.kind === 'organisation') && mention.kind !== 'pronoun' ? index : -1;
}

/**
 * The speaker a participle or a quote with no verb of its own belongs to when the sentence's subject is not it: the
 * subject of a clause opened by a subordinator, or the agent of a passive, the last one before `limit`; -1 when none.
 */
function clauseSpeaker(view: SentenceView, body: string, limit: number): number {
	let found = -1;
	for (let index = firstFrom(view.chunks, view.sentence.start, (chunk) => chunk.start); index < view.chunks.length && view.chunks[index].end <= limit; index++) {
		const mention = view.mention(index);
		if (!mention || !(PERSON_KINDS.has(mention.kind) || mention.kind === 'organisation') || mention.kind === 'pronoun') continue;
		const lead = body.slice(Math.max(view.sentence.start, view.chunks[index].start - 40), view.chunks[index].start);
		if (SUBORDINATE_LEAD.test(lead) || PASSIVE_AGENT_LEAD.test(lead)) found = index;
	}
	return found;
}

// "One said", "One of them told her", "Another, who asked not to be named, said": one of a group named just before
const ONE_OF_THEM_IS = /^\s*(?:One\s+of\s+(?:them|those|the\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)|Another|Among\s+(?:them|those\s[^,;"“”‘]{1,40}))\s+(?:is|was)\s+$/v;
const ONE_OF_THEM = /^\s*(?:One|Another)(?:\s+of\s+(?:them|those))?(?:\s*,\s+(?:who|speaking|asking)\s[^,;“”"‘]{1,90},)?(?:\s+(?:also|later|privately|publicly))?\s*$/u;

// "“…,” one of them ": a quote that opens the sentence, then the lower-case words of ONE_OF_THEM up to the verb
const QUOTE_THEN_ONE = /^\s*[“"‘][^“"‘”]*[,!?][”"’]\s+(?=(?:one|another)\b(?:\s+of\s+(?:them|those))?(?:\s+(?:also|later|privately|publicly))?\s*$)/u;

/** Where "one of them" starts after a quote that opens the sentence ("“…,” one of them said"), or -1. */
function afterOpeningQuote(view: SentenceView, verb: Token, body: string): number {
	const quote = QUOTE_THEN_ONE.exec(body.slice(view.sentence.start, verb.start));
	return quote ? view.sentence.start + quote[0].length : -1;
}

/** "Residents gave conflicting accounts. One said …": the group a bare "One" or "Another" opening the sentence is one of. */
function oneOfThem(view: SentenceView, verb: Token, body: string): Attribution | null {
	// ("“…,” one of them said": after a quote that opens the sentence, the same words in lower case)
	const from = verb.start - view.sentence.start > 140 ? -1 : ONE_OF_THEM.test(body.slice(view.sentence.start, verb.start)) ? view.sentence.start : afterOpeningQuote(view, verb, body);
	if (from < 0) return null;
	const at = from + body.slice(from, verb.start).search(/\S/);
	const word = /^\S+/.exec(body.slice(at))![0];
	return {mention: {kind: 'pronoun', surface: word, name: 'one', role: null, side: null, head: null, start: at, end: at + word.length, pronoun: 'one'}, rule: 'quote.one-of-them'};
}

// " shuttling between the two sides in the ", " occupying ": a participle phrase after a noun, up to the next chunk
// (a preposition in -ing places the people too, "a diplomat following the talks"; a noun in -ing is none)
const PARTICIPLE_PHRASE = /^\s+(?!(?:according|something|nothing|anything|everything|morning|evening|meeting|building|king|thing|wing|spring|string|ceiling|sibling|being)\s)[\p{Ll}--[\u{10000}-\u{10FFFF}]]{2,}ing\s[^,;:"“”‘’\(\)]{0,100}$/v;
// " freed on Sunday after 59 days in the hands of ", " trapped for a week under ": what befell the people, after the noun
// (the participle opens a phrase, a preposition or a time after it: "Hamas's exiled chief" is a modifier, no phrase)
const PAST_PARTICIPLE_PHRASE = new RegExp(`^\\s+(?:${PERSON_PARTICIPLES.join('|')})\\s+(?:on|in|at|by|for|after|since|during|from|under|near|inside|outside|with|without|across|overnight|last|this|earlier|yesterday|today)\\s[^,;:"“”‘’\\(\\)]{0,100}$`, 'u');
const PARTICIPLE_HEADS = new Set(['name', 'description', 'anonymous', 'organisation']);

/**
 * "Clerics shuttling between the two sides in the capital said", "Pupils occupying the campus said": the
 * people a participle phrase describes speak, not a body or place the phrase names. The index of their chunk, or -1.
 */
function participleHead(view: SentenceView, index: number, body: string): number {
	for (let head = index - 1; head >= Math.max(0, index - 6); head--) {
		const gap = body.slice(view.chunks[head].end, view.chunks[index].start);
		if (gap.length > 120) break;
		// (a phrase in -ing within four chunks, as before; one of what befell them may run a little longer)
		if (!(head >= index - 4 && PARTICIPLE_PHRASE.test(gap)) && !PAST_PARTICIPLE_PHRASE.test(gap)) continue;
		return PARTICIPLE_HEADS.has(view.mention(head)?.kind ?? '') ? head : -1;
	}
	return -1;
}

// What places an unnamed person after the noun: "involved in the talks", "briefed on the plan", "with a charity", "at the agency".
// ("Released captives interviewed by the group said": a participle and its agent place the people, the agent does not speak)
const POST_MODIFIER = /^\s+((?:(?:involved|briefed|familiar|close|based|working|loyal|linked|allied|affiliated|aligned|attached)\s+)?(?:in|on|at|with|from|for|to|of|inside|within)\s+[^,;"“”]{2,70}?|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ed|en)\s+by\s+[^,;"“”]{2,60}?)(?:\s+who)?(?=\s*,|\s*$)/v;
// "officials at the agency", "villagers in the hamlet of X": the people before a place or a body, across a few plain words.
const PLACED_BY = /^\s+((?:at|in|with|from|of|for|on|inside|within)\s+(?:(?:the|a|an)\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}(?:of\s+(?:the\s+)?)?)$/v;

const REPORTERS = new Set(['correspondent', 'reporter', 'journalist', 'stringer']);

/** An unnamed source told apart by what places it ("senior official at the agency"); other people keep their name. */
function placed(mention: Mention, where: string): Mention {
	// A group placed by a phrase ("officials at the water board") is an unnamed source too, not any group of officials.
	const group = mention.kind === 'description' && namesGroup(mention.surface, mention.head);
	// "our correspondent in Tarsk", "our reporter at the pithead": an outlet's journalist goes by where she reports from
	const onSite = mention.kind === 'description' && REPORTERS.has(mention.head ?? '');
	if (mention.kind !== 'anonymous' && !group && !onSite) return mention;
	const name = `${mention.name} ${where.trim()}`;
	return {...mention, kind: 'anonymous', name, role: name};
}

// "a woman from Talu", "one diplomat accredited to the commission", "a source familiar with the talks"
const PLACED_AFTER = /^\s+(from\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*){0,2}(?=[\s,.;]|$)|(?:familiar\s+with|briefed\s+on|accredited\s+to|close\s+to|involved\s+in|with\s+knowledge\s+of)\s+[^,.;"“”‘’]{2,40}?(?=\s*[,.;]|$))/v;
const ASKED_OPENING = /^(?:Asked|Pressed|Questioned|Challenged)\s+(?:about|on|over|whether|if|why|how|what|to)\b[^,;"“”]{0,120},/;

/** Where a sentence's opening question clause ("Asked about the log published by X,") ends; the sentence's start when it has none. */
function askedClauseEnd(view: SentenceView, body: string): number {
	const match = ASKED_OPENING.exec(body.slice(view.sentence.start, view.sentence.start + 140));
	return match ? view.sentence.start + match[0].length : view.sentence.start;
}

const LOYAL_TO = /\b(?:loyal|linked|allied|affiliated|aligned|attached|close|familiar)\s+(?:to|with)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}$/v;
const PASSIVE_AGENT = /\b[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ed|en)\s+by\s+(?:the\s+)?$/v;
const PARTICIPLE_WHICH = /^\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ed|en)\b[^,;"“”]{0,60},\s*which\s+$/v;
const WHICH = ['which'];
// The words POST_MODIFIER's first part may open with; its second opens with a participle ("interviewed by").
const POST_MODIFIER_OPENINGS = new Set(['involved', 'briefed', 'familiar', 'close', 'based', 'working', 'loyal', 'linked', 'allied', 'affiliated', 'aligned', 'attached', 'in', 'on', 'at', 'with', 'from', 'for', 'to', 'of', 'inside', 'within']);

/** Whether a gap opens with white space and a word POST_MODIFIER can open with: one of its prepositions or participles, or a word ending "ed" or "en". */
function mayOpenPostModifier(gap: string): boolean {
	const at = startOfWordsIn(gap, 0, gap.length);
	if (at === 0) return false;
	const end = endOfWordAt(gap, at, gap.length);
	const last = gap.charCodeAt(end - 1);
	if (end - at >= 3 && gap.charCodeAt(end - 2) === 101 && (last === 100 || last === 110)) return true;
	return end - at <= 8 && POST_MODIFIER_OPENINGS.has(gap.slice(at, end));
}

// The words that, closing a lead, make a verb a second one of its sentence ("…, but said"), as `\b(?:and|but|while|then)\s*$` reads them.
const JOINING_WORDS = ['and', 'but', 'while', 'then'];

/** Whether the body from `from` to `to` ends with a comma or a joining word and white space, as `/(?:,|\b(?:and|but|while|then))\s*$/` tests its slice. */
function followsCommaOrJoin(body: string, from: number, to: number): boolean {
	const mark = lastMarkIn(body, from, to);
	if (mark === COMMA) return true;
	const end = endOfWordsIn(body, from, to);
	return spellsOneOf(body, asciiRunStart(body, from, end), end, JOINING_WORDS, false) && /\b(?:and|but|while|then)\s*$/.test(body.slice(from, to));
}
const PERSON_KINDS = new Set(['name', 'description', 'anonymous', 'pronoun']);
const ENDS_ON_JOIN = /\s(?:and|but|or|then)$/;
// "in a statement", "via a recorded message": a document in a prepositional phrase is the subject's.
const IN_A_DOCUMENT = /\b(?:in|via|through|with)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}$/v;
// "The firm has issued a short statement saying …": a document its subject put out is the subject's too.
const ISSUED_DOCUMENT = /\b(?:issued|issues|issue|released|releases|release|published|publishes|posted|posts|circulated|sent|sends|put\s+out|puts\s+out)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}$/v;

// The participles a document is put out with: "a statement posted on its channel", "a letter sent to the council"
const ISSUING_PARTICIPLES = new Set(['issued', 'released', 'published', 'posted', 'circulated', 'sent', 'tweeted', 'shared']);

/** Who speaks through a document: the sentence's subject when it is "in a statement" of theirs, else the document. */
function documentVoice(view: SentenceView, index: number, body: string): Attribution {
	const chunk = view.chunks[index];
	const lead = leadTo(view, body, chunk.start, 40);
	if (IN_A_DOCUMENT.test(lead) || ISSUED_DOCUMENT.test(lead)) {
		const subject = sentenceSubject(view, body, chunk.start);
		if (subject >= 0 && subject < index && view.mention(subject)!.kind !== 'document') return subjectAt(view, subject, body, 'quote.in-document');
	}
	return refineSubject(view, index, view.mention(index)!, body, null);
}

/** The thing a "which" clause after a person refers to: the latest document or body named before, within a few chunks. */
function relativeAntecedent(view: SentenceView, index: number, body: string): Attribution | null {
	for (let at = index - 1; at >= Math.max(0, index - 6); at--) {
		const mention = view.mention(at);
		if (mention?.kind === 'document') return documentVoice(view, at, body);
		if (mention?.kind === 'organisation') return {mention, rule: 'quote.said'};
	}
	return null;
}

/** The chunk that opens a sentence (after an optional "Meanwhile,"), ending before `limit`, if it can speak; else -1. */
function sentenceSubject(view: SentenceView, body: string, limit: number): number {
	// "At the conclusion of the mission, Mr. Roe issued …": an opening phrase of a few words before the subject.
	// ("In a converted sailors' hostel above the harbour, Jane Roe keeps …": possessives and hyphens in it too)
	for (let index = firstFrom(view.chunks, view.subjectFrom, (chunk) => chunk.start); index < view.chunks.length && view.chunks[index].start - view.subjectFrom <= 64; index++) {
		const chunk = view.chunks[index];
		if (chunk.end > limit) break;
		// ("Desperate for help, residents pleaded: …": a capitalised adjective opening the sentence with its complement is no one)
		if (chunk.start === view.subjectFrom && chunk.to - chunk.from === 1 && OPENING_ADJECTIVE_TAIL.test(body.slice(chunk.end, Math.min(limit, chunk.end + 50)))) continue;
		// ("But Kell has refused, saying …": a conjunction joining the sentence to the one before may open it)
		if (/^(?:(?:but|and|yet|still|so)\s+)?(?:[[\p{L}\s'’\-]--[\u{10000}-\u{10FFFF}]]{0,60},)?\s*(?:the|a|an)?\s*$/iv.test(body.slice(view.subjectFrom, chunk.start)) && view.mention(index) !== null) return index;
	}
	return -1;
}

// "… for help, ", "… about the future, ": a preposition's short phrase closed by a comma right after a sentence's first word
const OPENING_ADJECTIVE_TAIL = /^\s+(?:for|about|with|of|from|at)\s+[^,;:"“”]{1,30},\s/;

/**
 * "The Varenian Armed Forces “repelled the attack”, it said in a statement": a closing "it" after a comma is the
 * body that opens its own sentence, not the body an earlier sentence named.
 */
function ownSubjectBody(view: SentenceView, mention: Mention, body: string, unknown: (name: Mention) => boolean): Mention | null {
	if (mention.kind !== 'pronoun' || mention.pronoun !== 'it' || mention.start < view.sentence.start || mention.start >= view.sentence.end) return null;
	const lead = body.slice(Math.max(view.sentence.start, mention.start - 10), mention.start);
	// ("Varnoka replied on Friday when it announced …": "it" in a clause the subject's own sentence goes on with)
	const clause = !/,\s*$/.test(lead) && SUBORDINATE_IT.test(lead);
	if (!clause && !/,\s*$/.test(lead)) return null;
	const subject = sentenceSubject(view, body, mention.start);
	const own = subject >= 0 && view.chunks[subject].end < mention.start ? view.mention(subject) : null;
	if (own?.kind === 'organisation') return own;
	// (a one-word name no one has given a first name or a title is a body when "it" refers back to it: "Varnoka")
	return clause && own?.kind === 'name' && !own.name.includes(' ') && !own.role && unknown(own) ? {...own, kind: 'organisation'} : null;
}
const SUBORDINATE_IT = /\b(?:when|as|after|before|because|since|while|once|until)\s+$/i;

/**
 * "Norland welcomed the deal, its foreign ministry said": a body "its" owns, with no side of its own, is the body of the
 * country opening the sentence (a person is "his" or "her", so a name there is a country or place too).
 */
function itsBody(view: SentenceView, mention: Mention, body: string): Mention | null {
	if (mention.kind !== 'organisation' || mention.side || mention.start - view.sentence.start < 8 || !/\bits\s+$/.test(body.slice(mention.start - 5, mention.start))) return null;
	const subject = sentenceSubject(view, body, mention.start);
	const owner = subject >= 0 && view.chunks[subject].end < mention.start - 5 ? view.mention(subject) : null;
	if (!owner || !(owner.kind === 'country' || (owner.kind === 'name' && !owner.name.includes(' ')))) return null;
	const side = owner.side ?? owner.name;
	return {...mention, side, name: `${owner.name}'s ${mention.name}`};
}

/**
 * "Officials in Norland gave few details, but the country's coast guard said …": "the country's" body is the body of
 * the country named last before it, in its sentence or the one before.
 */
function countrysBody(mention: Mention, view: SentenceView, previous: SentenceView | undefined, body: string): Mention | null {
	if (mention.kind !== 'organisation' || mention.side || !/^country['’]s\s/i.test(mention.surface)) return null;
	const country = lastCountry(view, mention.start) ?? (previous ? lastCountry(previous, previous.sentence.end) : null);
	if (!country) return null;
	const owned = mention.surface.replace(/^country['’]s\s+/i, '');
	return {...mention, side: country.side ?? country.name, name: `${country.name}'s ${owned}`};
}

// "issued a statement", "put out a brief communique": a body issuing the document a later sentence quotes
const ISSUED_STATEMENT = /\b(?:issued|released|published|put\s+out|sent\s+out)\s+(?:a|an|its|their)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}(?:statement|communiqu[eé])\b/v;
const BARE_STATEMENT = /^(?:the\s+)?(?:statement|communiqu[eé])$/i;

/**
 * "The Front issued a statement on Monday. … “We remain committed,” the statement read.": a bare "the statement" is the
 * voice of the body that issued one in the sentences just before (in its paragraph or the one before).
 */
function statementIssuer(mention: Mention, view: SentenceView, earlier: (back: number) => SentenceView | undefined, body: string): Mention | null {
	// (the surface leaves the article out: a bare head is "the statement" only when "the" stands right before it)
	if (mention.kind !== 'document' || !BARE_STATEMENT.test(mention.surface) || !/\bthe\s+$/i.test(body.slice(Math.max(0, mention.start - 5), mention.start))) return null;
	for (let back = 1; back <= 3; back++) {
		const previous = earlier(back);
		if (!previous || view.sentence.paragraph - previous.sentence.paragraph > 1) return null;
		const issued = ISSUED_STATEMENT.exec(previous.sentence.text);
		if (!issued) continue;
		const subject = sentenceSubject(previous, body, previous.sentence.start + issued.index);
		const issuer = subject >= 0 ? subjectAt(previous, subject, body, 'quote.said').mention : null;
		return issuer && (issuer.kind === 'organisation' || issuer.kind === 'name' || issuer.kind === 'country') ? issuer : null;
	}
	return null;
}

/** The last country a sentence names before `before`. */
function lastCountry(view: SentenceView, before: number): Mention | null {
	for (let index = view.chunks.length - 1; index >= 0; index--) {
		if (view.chunks[index].end > before) continue;
		const mention = view.mention(index);
		if (mention?.kind === 'country') return mention;
	}
	return null;
}

/** The sentence's subject at chunk `index`: "The agency's chief, Jane Roe, …" is Jane Roe with that role. */
function subjectAt(view: SentenceView, index: number, body: string, rule: string): Attribution {
	const mention = view.mention(index)!;
	if ((mention.kind === 'description' || mention.kind === 'anonymous') && appositionOf(view, index, body) === 'before-name') {
		// The name is the next chunk, or the one after a bracketed short form.
		const name = view.mention(index + 1)?.kind === 'name' ? index + 1 : index + 2;
		if (view.mention(name)?.kind === 'name') return {mention: view.mention(name)!, rule, role: roleBeforeName(view, index, mention, body)};
	}
	return {mention, rule};
}

/** The role set off before a name, with the body or portfolio it names: "Minister for Foreign Affairs" of "The Minister for Foreign Affairs, Jane Roe,". */
function roleBeforeName(view: SentenceView, index: number, mention: Mention, body: string): string {
	return roleOfBeforeName(view, index, body) ? mention.surface + body.slice(view.chunks[index].end, view.chunks[index + 1].end) : mention.surface;
}

// ", a ", ", the ", ", ": between a name and the role set off after it.
const ROLE_SET_OFF = /^\s*,\s*(?:(?:the|a|an)\s+)?$/i;

/** A role-only subject right after a name (", Acme's chief economist said") or a statement by someone. */
function refineSubject(view: SentenceView, index: number, mention: Mention, body: string, role: string | null): Attribution {
	const previous = view.chunks[index - 1];
	// "Jane Roe, the agency chief, who led the talks, said": a role set off by commas on both sides (not "Minister Roe, the
	// commander says …", where the name is called upon, nor "… at Brenport, a port official told …").
	const gap = previous ? body.slice(previous.end, view.chunks[index].start) : '';
	const setOff = opensWith(gap, COMMA) && (/^\s*,\s*$/.test(gap) || (/^\s*,\s*(?:the|a|an)\s+$/i.test(gap) && /^\s*,/.test(body.slice(view.chunks[index].end, view.chunks[index].end + 3))));
	if ((mention.kind === 'description' || mention.kind === 'anonymous') && previous && setOff) {
		const named = view.mention(index - 1);
		// "At a briefing in Port Amel, the coast guard's spokesman, Jane Roe, has denied": the name after "in" is where
		// the role was, the name after the role is who holds it
		const placed = named?.kind !== 'name' || placeAt(view, previous, body);
		const holder = placed ? appositiveNameAfter(view, index, body) : -1;
		if (holder >= 0) return {mention: view.mention(holder)!, rule: 'quote.apposition', role: mention.surface};
		if (!placed) return {mention: named!, rule: 'quote.apposition', role: mention.surface};
	}
	const where = previous && (mention.kind === 'country' || mention.kind === 'organisation' || mention.kind === 'name') ? PLACED_BY.exec(body.slice(previous.end, view.chunks[index].start)) : null;
	if (where) {
		// "Officials in Kell said", "A senior official at the disaster agency said": the people speak, not where they are.
		const people = view.mention(index - 1);
		const holder = people && where[1].startsWith('for ') && mention.kind === 'name' ? portfolioHolder(people, mention, where[1]) : null;
		if (holder) return {mention: holder, rule: 'quote.said', role: role ?? holder.role};
		if (people && (people.kind === 'description' || people.kind === 'anonymous')) {
			// "Jane Roe, a spokeswoman for Kel Relief, which runs the clinic, said": the role is set off after the name, who speaks
			const named = index >= 2 ? view.mention(index - 2) : null;
			if (named?.kind === 'name' && ROLE_SET_OFF.test(body.slice(view.chunks[index - 2].end, view.chunks[index - 1].start)) && /^\s*,/.test(body.slice(view.chunks[index].end, view.chunks[index].end + 3))) return {mention: named, rule: 'quote.apposition', role: `${people.surface} ${where[1]}${mention.surface}`};
			return {mention: placed(people, `${where[1]}${mention.surface}`), rule: 'quote.said', role};
		}
		// "Senator Ana Ruiz of the opposition Balder party said": the person of a body speaks, and the body is her role.
		if (people?.kind === 'name' && /^\s+of\s/.test(where[0]) && mention.kind !== 'name') return {mention: people, rule: 'quote.said', role: role ?? `${where[1].replace(/^of\s+(?:the\s+)?/, '')}${mention.surface}`};
	}
	if (mention.kind === 'name' && previous && COMMA_GAP.test(body.slice(previous.end, view.chunks[index].start)) && /^\s*,/.test(body.slice(view.chunks[index].end, view.chunks[index].end + 3))) {
		// "The party's trade spokesperson, Jane Roe, said": the role before the name is hers.
		const described = view.mention(index - 1);
		if (described && (described.kind === 'description' || described.kind === 'anonymous')) return {mention, rule: 'quote.apposition', role: role ?? described.surface};
	}
	if (mention.kind === 'document') {
		const by = /^\s+(?:(?:issued|released|posted|published)\s+(?:(?:on|via|to)\s+[^,;"“”]{1,40}?\s+)?)?(?:by|from)\s+/.exec(body.slice(view.chunks[index].end, view.chunks[index].end + 90));
		if (by) {
			const at = view.chunks[index].end + by[0].length;
			const author = firstFrom(view.chunks, at, (chunk) => chunk.start);
			if (author < view.chunks.length && /^(?:(?:the|a|an)\s+)?$/i.test(body.slice(at, view.chunks[author].start)) && view.mention(author)) return {mention: view.mention(author)!, rule: 'quote.statement-by'};
		}
	}
	return {mention, rule: 'quote.said', role};
}

const BODY_KINDS = new Set(['organisation', 'country']);

/**
 * "In a joint statement, Varenia and Velstra said": two bodies joined by "and" that open the clause speak as one
 * (people are left apart: each keeps a name of their own).
 */
function jointBodies(view: SentenceView, index: number, body: string): Mention | null {
	const second = view.mention(index);
	const first = index > 0 ? view.mention(index - 1) : null;
	if (!first || !second || !BODY_KINDS.has(first.kind) || !BODY_KINDS.has(second.kind) || first.anaphoric || second.anaphoric) return null;
	if (!/^\s+and\s+(?:the\s+)?$/.test(body.slice(view.chunks[index - 1].end, view.chunks[index].start))) return null;
	// (the first body opens the sentence or a clause: "Talks between X and Y said" has no such start)
	if (!/(?:^|[,;:]|\bthe)\s*$/i.test(body.slice(view.sentence.start, view.chunks[index - 1].start))) return null;
	const name = `${first.name} and ${second.name}`;
	return {...second, kind: 'organisation', name, surface: body.slice(first.start, second.end), role: null, side: null, head: null, start: first.start};
}

/**
 * "The Minister for Trade Jane Roe said": the title, "for", then one run of capitals holding the portfolio and the
 * holder's name; the name is its last two words, the title and portfolio her role.
 */
function portfolioHolder(title: Mention, run: Mention, joint: string): Mention | null {
	if ((title.kind !== 'description' && title.kind !== 'anonymous') || !title.head || !PORTFOLIO_TITLES.has(title.head)) return null;
	// "Spokesman for the Kel Ministry of Health Dr Jane Roe": the run has been read as a name after its body already
	if (run.role && run.surface.endsWith(` ${run.name}`)) {
		const role = `${title.surface} ${joint}${run.role.replace(/\s+(?:Dr|Mr|Mrs|Ms|Prof)\.?$/, '')}`;
		return {...run, surface: run.name, role, head: title.head, side: title.side ?? run.side, start: run.end - run.name.length};
	}
	if (joint !== 'for ') return null;
	const words = run.surface.split(' ');
	if (words.length < 3 || words.length > 6 || !words.every((word) => /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]*$/v.test(word))) return null;
	const name = words.slice(-2).join(' ');
	const role = `${title.surface} for ${words.slice(0, -2).join(' ')}`;
	return {...run, kind: 'name', surface: name, name, role, head: title.head, side: title.side ?? run.side, start: run.end - name.length};
}

/** The holder a title names with its portfolio after "for" in the next chunk ("Minister for Defence Jane Roe"), else null. */
function portfolioAfter(view: SentenceView, index: number, title: Mention, body: string): Mention | null {
	const next = view.chunks[index + 1];
	if (!next?.capital || !title.head || !PORTFOLIO_TITLES.has(title.head) || next.start - view.chunks[index].end !== 5 || !body.startsWith(' for ', view.chunks[index].end)) return null;
	const run = view.mention(index + 1);
	return run?.kind === 'name' ? portfolioHolder(title, run, 'for ') : null;
}

const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner', 'spokesperson', 'spokesman', 'spokeswoman']);

const POSSESSIVE_PRONOUN: Record<string, string> = {his: 'he', her: 'she', their: 'they', its: 'it'};

/** The subject of a sentence that introduces a quote with a colon: its first phrase, or the owner of "Her message". */
function colonSubject(view: SentenceView, body: string, limit: number): Attribution | null {
	const owner = /^\s*(His|Her|Their|Its)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?=[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+(?:was|were|is|are|read|reads)\b)/iv.exec(body.slice(view.sentence.start, Math.min(limit, view.sentence.start + 60)));
	if (owner) {
		const start = view.sentence.start + owner[0].indexOf(owner[1]);
		const pronoun = POSSESSIVE_PRONOUN[owner[1].toLowerCase()];
		const mention: Mention = {kind: 'pronoun', surface: owner[1], name: pronoun, role: null, side: null, head: null, start, end: start + owner[1].length, pronoun};
		return {mention, rule: 'quote.colon-owner'};
	}
	const first = sentenceSubject(view, body, limit);
	return first >= 0 ? subjectAt(view, first, body, 'quote.colon-subject') : null;
}

/** "according to X" in a sentence: X (worked out once per sentence). */
function accordingTo(view: SentenceView, body: string): Attribution | null {
	if (view.according === undefined) view.according = findAccordingTo(view, body);
	return view.according;
}

// A law or document the name only modifies, then the phrase's end ("the Velshan constitution,"): no speaker. A body the name
// modifies ("the Velshan ministry,", "Velshan officials,") is the source, as before.
const MODIFIES_NOUN = new RegExp(`^\\s+(?:${alternation(LAW_NOUNS)})\\s*[,.;:]`);

function findAccordingTo(view: SentenceView, body: string): Attribution | null {
	const lower = view.sentence.text.toLowerCase();
	for (const phrase of ATTRIBUTION_PREPOSITIONS) {
		const at = lower.indexOf(phrase + ' ');
		if (at < 0) continue;
		const from = view.sentence.start + at + phrase.length;
		// "according to the ministry", "according to local officials": the article and one modifier may come first.
		const next = firstFrom(view.chunks, from, (chunk) => chunk.start);
		const index = next < view.chunks.length && view.chunks[next].start - from <= 40 && /^\s*(?:(?:the|a|an)\s+)?(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+)?$/v.test(body.slice(from, view.chunks[next].start)) ? next : -1;
		// "according to the Velshan constitution, …": a name that only modifies the noun after it is not the source
		if (index >= 0 && MODIFIES_NOUN.test(body.slice(view.chunks[index].end, Math.min(view.sentence.end, view.chunks[index].end + 40)))) return null;
		if (index >= 0 && view.mention(index)) {
			// "according to its chief negotiator, Jane Roe": the name in apposition is the source, with that role.
			const named = appositiveNameAfter(view, index, body);
			if (named >= 0) return {mention: view.mention(named)!, rule: 'quote.according-to', role: view.mention(index)!.surface};
			const after = /^\s*,\s*((?:the|a|an)\s+[^,.;"“”]{3,80}?)\s*,/i.exec(body.slice(view.chunks[index].end, view.sentence.end));
			const role = after ? appositionRole(`, ${after[1]},`) : null;
			return {...refineSubject(view, index, view.mention(index)!, body, role), rule: 'quote.according-to'};
		}
	}
	return null;
}

const IN_WORDS_OF = /^[\s,]*in\s+the\s+(?:own\s+)?words\s+of\s+(?:(?:the|a|an|one|its|his|her|their)\s+)?$/i;
const IN_OWN_WORDS = /^\s+(?:own\s+)?words\b/;

/** The speaker a quote is credited to right after it: "in Roe's words", "in the words of one diplomat"; else null. */
function wordsOwnerAfter(view: SentenceView, close: number, body: string): Attribution | null {
	if (!/^[\s,]*in\s/i.test(body.slice(close, close + 8))) return null;
	const index = firstFrom(view.chunks, close, (chunk) => chunk.start);
	const chunk = view.chunks[index];
	if (!chunk || chunk.start - close > 40) return null;
	const lead = body.slice(close, chunk.start);
	// "in Roe's words": the possessor, then "words"; "in the words of X": the chunk after "of"
	const possessor = /^[\s,]*in\s+(?:(?:the|a|an|one)\s+)?$/i.test(lead) && /['’]s?$/.test(body.slice(chunk.start, chunk.end)) && IN_OWN_WORDS.test(body.slice(chunk.end, chunk.end + 12));
	if (!possessor && !IN_WORDS_OF.test(lead)) return null;
	const mention = view.mention(index);
	return mention && mention.kind !== 'document' ? {...refineSubject(view, index, mention, body, null), rule: 'quote.in-words-of'} : null;
}

// "said it could not …", "says the road is shut": a saying verb, then a clause with a subject of its own
const OWN_CLAUSE_AFTER = /^\s+(?:that\s+)?(?:it|he|she|they|we|there|the|this|these|those|its|his|her|their)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+/v;
const SAYING_AFTER = new Set(['said', 'says', 'added', 'adds']);

/**
 * Whether the first verb of a sentence that opens on its subject says, then reports a clause of its own, or quotes
 * words of its own after it ("X called the outcome “the biggest of all the deals”").
 */
function reportsOwnClause(view: SentenceView, body: string): boolean {
	const verb = view.verbs[0];
	if (verb === undefined) return false;
	if (view.spans.some((span) => span.open > verb.end)) return true;
	return SAYING_AFTER.has(verb.word) && OWN_CLAUSE_AFTER.test(body.slice(verb.end, view.sentence.end));
}

/** Who speaks a quoted span: the attribution after it, before it, elsewhere in its sentence, or the previous quote's speaker. */
function attribute(span: QuoteSpan, opening: SentenceView, closing: SentenceView, following: SentenceView | undefined, body: string, refersBack: (mention: Mention) => boolean = () => false): Attribution | null {
	const alone = startsSentence(opening, body, span.open);
	if (alone && following && following.sentence.paragraph === closing.sentence.paragraph && span.close >= closing.sentence.end - 1) {
		// The quote ends its sentence ("…matter!” Jane Roe said"): the attribution is the next sentence's opening.
		const verb = following.verbs[0];
		const subject = verb && following.chunks[0] && following.chunks[0].start === following.sentence.start ? subjectOf(following, verb, body, false) : null;
		if (subject && following.chunks[0].end <= verb.start && verb.start - following.sentence.start <= 60) return {...subject, rule: 'quote.said-after'};
		// “Who will pay?” asked Jane Roe: the question mark ended the sentence, and the next opens with the verb
		if (verb && startsSentence(following, body, verb.start)) {
			const inverted = subjectOf(following, verb, body, true);
			if (inverted) return {...inverted, rule: 'quote.said-inverted'};
		}
	}
	const fromAfter = (): Attribution | null => {
		const verb = closing.verbs[firstFrom(closing.verbs, span.close, (one) => one.start)];
		if (!verb || verb.start - span.close > 120 || /[“"]/.test(body.slice(span.close, verb.start))) return null;
		const subject = subjectOf(closing, verb, body, /^[\s,—–-]*$/.test(body.slice(span.close, verb.start)));
		return subject && {...subject, rule: subject.rule === 'quote.said' ? 'quote.said-after' : subject.rule};
	};
	const fromBefore = (): Attribution | null => {
		const at = firstFrom(opening.verbs, span.open + 1, (one) => one.end) - 1;
		const verb = opening.verbs[at];
		// “A,” said the spokesman, “B.”: the verb after the first half names the speaker of the second.
		const split = verb ? closesQuote(leadTo(opening, body, verb.start), '”"’\'') : false;
		let subject = verb ? subjectOf(opening, verb, body, split) : null;
		// "the organisation welcomed …" inside what someone said: a body named by its head alone is not the one quoted
		// nor is "it" of "the union said it welcomed the deal but the cost would “…”": the quote sits in what the union said
		// nor is "the agency" of "Jane Roe, its spokeswoman, said the agency welcomed “…”": the spokeswoman's words
		// nor the caller of "Jane Roe said Kelwatt only called her office at 1:55, “fifteen minutes before …”": a quote set off
		// by a comma after a characterising verb's object is not what that verb characterised
		// (an anaphoric head the article has named a body for, "the movement" after "the Kel Front", is that body)
		if (verb && (!subject || (subject.mention.anaphoric && !refersBack(subject.mention)) || ((subject.mention.kind === 'pronoun' || bodyByHead(subject.mention) || commaBetween(body, verb.end, span.open)) && !CLAUSE.has(verb.word)))) subject = reporterBefore(opening, at, body, span.open) ?? subject;
		// "Roe said the fund had insisted that the transfers come first: “…”": a quote after a colon that ends a clause
		// reported inside another is the outer speaker's ("Roe said the minister told reporters: “…”" stays the minister's)
		else if (verb && subject && CLAUSE.has(verb.word) && colonAfterClause(body, verb.end, span.open)) subject = reporterBefore(opening, at, body, span.open) ?? subject;
		// "Ann said the family spoke to her ‘whenever the signal allows’": "spoke" gives its words only with "of" or "about"
		// ("ministers spoke of a “historic” day"); otherwise the quote is the reporter's words before it
		else if (verb && subject && SPOKE.has(verb.word) && !SPOKE_OF.test(body.slice(verb.end, span.open))) subject = reporterBefore(opening, at, body, span.open);
		// "He stressed that the pause did not apply there and that the army would respond “without hesitation”": a verb
		// inside what an earlier verb reports with "that" is part of the reported words, and so is the quote after it
		else if (verb && subject && insideThatClause(opening, at, body, span.open)) subject = reporterBefore(opening, at, body, span.open) ?? subject;
		return subject && {...subject, rule: subject.rule === 'quote.said' ? 'quote.said-before' : subject.rule};
	};
	// "… “within days,” according to its negotiator": a source named right after the quote is its speaker.
	if (/^[\s,]*according to\s/i.test(body.slice(span.close, span.close + 16))) {
		const sourced = accordingTo(closing, body);
		// ("… and said it would “rebalance trade”, according to the Herald": a body after the quote only carried the words of
		// a speaker whose verb introduces it; "according to its chief negotiator, Jane Roe" is whose words they are)
		const said = sourced && (sourced.mention.kind === 'organisation' || namesMedia(sourced.mention.name)) && !alone ? fromBefore() : null;
		if (said || sourced) return said ?? sourced;
	}
	// "… “never left it,” in Roe's words", "in the words of one diplomat": whose words they are, said right after them
	const owner = wordsOwnerAfter(closing, span.close, body);
	if (owner) return owner;
	// A quote inside a sentence belongs to the verb that introduces it; one that opens its sentence, to the verb after it,
	// and so does one the sentence closes on an attribution ("Their claims were “pure propaganda”, a spokesman told reporters.").
	const found = alone || closesOnAttribution(body.slice(span.close, closing.sentence.end)) ? fromAfter() ?? fromBefore() : fromBefore() ?? fromAfter();
	if (found) return found;
	const colon = firstFrom(opening.chunks, span.open + 1, (chunk) => chunk.end) - 1;
	// ("She said it plainly in Tarsk: “…”": a name after "in" is where she said it, not who)
	if (colon >= 0 && /^\s*:\s*$/.test(body.slice(opening.chunks[colon].end, span.open)) && opening.mention(colon) && !(opening.mention(colon)!.kind === 'name' && placeAt(opening, opening.chunks[colon], body))) {
		// "Jane Roe addressed fighters in a recorded message: “…”": the message is hers.
		if (opening.mention(colon)!.kind === 'document') return documentVoice(opening, colon, body);
		// "Major Jane Roe, the General Staff spokesman: “…”": the named person whose role stands before the colon.
		if (appositionOf(opening, colon, body) === 'after-name') return {mention: opening.mention(colon - 1)!, rule: 'quote.colon', role: opening.mention(colon)!.surface};
		return {mention: opening.mention(colon)!, rule: 'quote.colon'};
	}
	if (lastMarkIn(body, Math.max(opening.sentence.start, span.open - 4), span.open) === COLON) {
		// "Her message was blunt: “…”", "The statement read: “…”": a colon with no speaking verb, the sentence's subject.
		const introduced = colonSubject(opening, body, span.open);
		if (introduced) return introduced;
	}
	const later = firstFrom(closing.verbs, span.close, (verb) => verb.start);
	for (const verb of closing.verbs.slice(later, later + 3)) {
		const subject = subjectOf(closing, verb, body, false);
		if (subject) return {...subject, rule: 'quote.said-later'};
	}
	return accordingTo(opening, body);
}

const MEDIA_HEADS = new Set([...MASTHEAD_HEADS, ...BROADCASTER_HEADS]);
const WIRES = new Set(WIRE_AGENCIES);
/** Whether a name is a newspaper's, a broadcaster's or a wire's ("the Kell Herald", "Harbour TV", a wire agency). */
const namesMedia = (name: string) => WIRES.has(name) || MEDIA_HEADS.has(name.split(/\s+/).at(-1) ?? '');

/** Whether a comma stands in the body from `from` to `to`. */
function commaBetween(body: string, from: number, to: number): boolean {
	for (let at = from; at < to; at++) if (body.charCodeAt(at) === COMMA) return true;
	return false;
}

/** "the agency", "the company": a body named by its head noun alone, in lower case. */
function bodyByHead(mention: Mention): boolean {
	return mention.kind === 'organisation' && !mention.anaphoric && mention.surface === mention.surface.toLowerCase();
}

// ", ministry spokesman Col Ana Ruiz told reporters." closing the sentence right after the quote.
const ATTRIBUTION_CLOSE = /^["”’']?\s*,\s+[^,;"“”]{2,80}?\s(?:said|says|told|tells|added|adds|insisted|insists|stressed|noted|wrote|argued|argues)\b[^,;"“”]{0,40}$/;

/** Whether what follows a quote's close to its sentence's end is only an attribution clause. */
const closesOnAttribution = (tail: string) => tail.length <= 140 && ATTRIBUTION_CLOSE.test(tail);

/**
 * "Jane Roe said the agency welcomed the plan and would act “from the first hour”": when the verb nearest a quote has
 * no speaker of its own ("the agency welcomed", "the army had been told"), the quote sits in the clause an earlier
 * verb reports, and is that verb's speaker's.
 */
/** Whether a colon ends what a verb reported before a quote: "insisted that the transfers come first: “…”", not "told reporters: “…”". */
function colonAfterClause(body: string, from: number, open: number): boolean {
	const between = body.slice(from, open);
	return /:\s*$/.test(between) && /^\s+(?:that\s+)?(?:\S+\s+){4,}/.test(between) && /^\s+that\s|^(?:\s+\S+){6,}/.test(between) && !/[“”"‘]/.test(between);
}

const NAMING_VERBS = new Set(CHARACTERISING_VERBS.filter((verb) => /^(?:call|describ|term|dub|label|brand|quot)/.test(verb)));
// "that" opening a reported clause after the verb, up to a few words on ("said in a statement that", "said … and that")
const THAT_CLAUSE = /^[^;:]{0,90}?\bthat\s[^;:]*$/;
// ", and a spokesman … told": a clause with a subject of its own joined after the reported one (not ", and that …")
const JOINED_SUBJECT = /,\s+(?:and|but|while|whereas)\s+(?!that\b)/;

/**
 * Whether the verb at `at`, the one nearest a quote, stands inside the "that" clause an earlier clause verb of the
 * sentence reports: "The ministry said in a statement that Kel thanked Tor for its “…”". A verb that names what it
 * quotes ("had called it “…”") or reports a clause of its own ("had warned that “…”") keeps the quote.
 */
// "told Kel radio that …": the inner verb reports a "that" clause of its own, after a listener of a few words
const OWN_THAT = /^\s+(?:[^,;“”"‘]{0,40}?\s)?that\s/;

function insideThatClause(view: SentenceView, at: number, body: string, open: number): boolean {
	const inner = view.verbs[at];
	if (at < 1 || NAMING_VERBS.has(inner.word) || OWN_THAT.test(body.slice(inner.end, open))) return false;
	const outer = view.verbs[at - 1];
	if (!CLAUSE.has(outer.word) || outer.word.endsWith('ing')) return false;
	const between = body.slice(outer.end, inner.start);
	return THAT_CLAUSE.test(between) && !JOINED_SUBJECT.test(between.slice(between.indexOf('that')));
}

function reporterBefore(view: SentenceView, at: number, body: string, open: number): Attribution | null {
	for (let index = at - 1; index >= Math.max(0, at - 2); index--) {
		const verb = view.verbs[index];
		if (!CLAUSE.has(verb.word) || /ing$/.test(verb.word)) continue;
		// ("X announced the pullout, as the United Nations issued a warning over “…”": the quote is in another actor's clause)
		if (OTHER_ACTOR_CLAUSE.test(body.slice(verb.end, open))) return null;
		const subject = subjectOf(view, verb, body, false);
		if (subject) return {...subject, rule: 'quote.in-reported'};
	}
	return null;
}

/** Whether `text` has "according to" in any case (a literal pattern, which the engine searches for fast). */
function saysAccordingTo(text: string): boolean {
	return /according to/i.test(text);
}

/** Where "according to" (in any case) stands in a text, in order: the whole body is searched once, not each sentence. */
function accordingToOffsets(text: string): number[] {
	const offsets: number[] = [];
	const pattern = /according to/gi;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) offsets.push(match.index);
	return offsets;
}

/** Whether a sentence holds "according to", given where the phrase stands in the body (see accordingToOffsets). */
function holdsAccordingTo(offsets: number[], sentence: Sentence): boolean {
	const at = firstFrom(offsets, sentence.start, (offset) => offset);
	return at < offsets.length && offsets[at] + 'according to'.length <= sentence.end;
}

const ROLE_HEADS = new Set(TITLE_HEADS);
// A personal name of two to four capitalised words and its closing comma.
const APPOSED_HOLDER = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.’'\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.’'\-]--[\u{10000}-\u{10FFFF}]]*|[\p{Ll}--[\u{10000}-\u{10FFFF}]]{1,3}-[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]*)){1,3},\s*/v;

/** "According to the ministry, 40 homes were destroyed": the sourced clause, for a sentence that quotes nobody directly. */
function accordingClause(view: SentenceView, body: string, according: number[]): {attribution: Attribution; clause: string; further?: string} | null {
	const text = view.sentence.text;
	if (!holdsAccordingTo(according, view.sentence) || view.spans.length) return null;
	const leading = /^According to [^,]{3,80},\s*(.+?)[.!]?$/.exec(text);
	// ("…, according to its information minister, Jane Roe.": the holder's name set off after the source's title)
	const match = leading ?? /^(.+?),?\s+[Aa]ccording [Tt]o [^,;]{3,80}?(?:,\s*[\p{Lu}--[\u{10000}-\u{10FFFF}]][^,;]{2,60}?)?(?:,\s*[Ww]ho\s+(?:said|says|added|adds)\s+(?:that\s+)?(.+?))?[.!]?$/v.exec(text);
	const attribution = match && accordingTo(view, body);
	// "According to Jane Roe, an analyst at Harbor Bank, trade will recover": the apposition is not the clause.
	// (the comma of "14,000" closes no apposition: "The war has killed 14,000 people, according to …" keeps its opening)
	// (only the opening form has a source's apposition to drop, and a comma that goes on with a list is none: "According to
	// the deal, the ports of Kel, Dorn and Tarv remain …", "Rioters used sticks, bricks or stones, according to …" keep theirs)
	const opening = withoutDateline(match?.[1] ?? '');
	let clause = (leading ? withoutSourceApposition(opening) : opening).replace(/^(?:meanwhile|however|separately|earlier|later|still|also|but|and|so),\s*/i, '');
	if (!attribution || !piecesAtLeast(clause, 4)) return null;
	// "According to the ministry spokesman, Jane Roe, the victims include …": the holder's name set off after the title is the source's
	const holder = /^According to [^,]{3,80}?([\p{L}--[\u{10000}-\u{10FFFF}]]+),/v.exec(text)?.[1];
	if (holder && ROLE_HEADS.has(holder.toLowerCase())) clause = clause.replace(APPOSED_HOLDER, '');
	// "…, according to a diplomat, who said Kyrin had resisted it": the source's second clause is reported too
	const further = match?.[2] && piecesAtLeast(match[2], 4) ? match[2] : undefined;
	return {attribution, clause, ...(further ? {further} : {})};
}

// "an analyst at Harbor Bank, " opening what follows "According to Jane Roe,": the source's apposition, unless its comma
// goes on with a list ("the ports of Kel, Dorn and Tarv remain", "12,000 people")
const SOURCE_APPOSITION = /^(?:the|a|an)\s+[^,]{3,80},(?!\d)\s*/i;
const LIST_GOES_ON = /^(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]*\s+){1,3}?(?:and|or)\s|^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]*){0,2},/v;

/** A clause after "According to X," without the apposition to X that may open it ("an analyst at Harbor Bank,"). */
function withoutSourceApposition(clause: string): string {
	const apposition = SOURCE_APPOSITION.exec(clause);
	// ("According to X, a magnitude 6.0 quake struck at 19:17 on Sunday, just before …": a clause with a verb is what X says)
	return apposition && !LIST_GOES_ON.test(clause.slice(apposition[0].length)) && !APPOSITION_VERB.test(apposition[0]) ? clause.slice(apposition[0].length) : clause;
}
const APPOSITION_VERB = new RegExp(String.raw`\b(?:is|are|was|were|has|have|had|will|would|${alternation(IRREGULAR_PAST_VERBS)})\b`, 'i');

/** Who a sentence ending in a colon introduces: the speaker of its last reporting verb, else its first named subject. */
function introducer(view: SentenceView, body: string): Attribution | null {
	for (const verb of view.verbs.slice(-3).reverse()) {
		const subject = subjectOf(view, verb, body, true);
		if (subject) return subject;
	}
	const first = sentenceSubject(view, body, view.sentence.end);
	return first >= 0 ? subjectAt(view, first, body, 'quote.colon-before') : null;
}

/** Direct when the quote is a sentence of its own or follows its attribution; partial when it sits inside one. */
function kindOf(span: QuoteSpan, opening: SentenceView, body: string): QuoteKind {
	if (span.continues || startsSentence(opening, body, span.open) || closesOnColonOrComma(body, Math.max(opening.sentence.start, span.open - 80), span.open)) return /^[[\p{Lu}\p{N}]--[\u{10000}-\u{10FFFF}]]/v.test(span.text) ? 'direct' : 'partial';
	return 'partial';
}

/** A text less the run of full stops, commas, "!" and "?" that closes it, as `text.replace(/[.,!?]+$/, '')`, read back from the end. */
function withoutClosingStops(text: string): string {
	let end = text.length;
	for (let code = text.charCodeAt(end - 1); end > 0 && (code === 46 || code === 44 || code === 33 || code === 63); code = text.charCodeAt(--end - 1));
	return end === text.length ? text : text.slice(0, end);
}

// A determiner, a number or a possessive right before an opening mark, and the word before that.
const TERM_DETERMINER = /(?:^|[\s\(])(?:([[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+)\s+)?(?:the|a|an|his|her|its|their|our|my|your|this|these|those|every|each|such|some|any|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*['’]s)\s*$/v;
const TERM_DETERMINER_WORDS = ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'such', 'some', 'any', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Whether the body from `from` to `to` may close as TERM_DETERMINER needs: its last run of characters (after white space
 * or "(", before closing white space) is one of its words, a number, or a possessive. The pattern, which cannot be
 * anchored at the end, is tried only then.
 */
function mayCloseOnDeterminer(body: string, from: number, to: number): boolean {
	const end = endOfWordsIn(body, from, to);
	let start = end;
	for (let code = body.charCodeAt(start - 1); start > from && code !== 40 && !isWhiteSpaceCode(code); code = body.charCodeAt(--start - 1));
	if (start === end) return false;
	const first = body.charCodeAt(start);
	const last = body.charCodeAt(end - 1);
	if ((first >= 48 && first <= 57) || (last === 115 && end - start >= 3 && (body.charCodeAt(end - 2) === 39 || body.charCodeAt(end - 2) === 0x2019))) return true;
	return spellsOneOf(body, start, end, TERM_DETERMINER_WORDS, false);
}
const TERM_LEADS = new Set([...REPORTING_VERBS, ...QUOTED_TERM_LEADS]);
const AFTER_TERM = new Set(AFTER_QUOTED_TERM);

/**
 * A quoted word or two inside a noun phrase, between a determiner and the rest of the phrase ('the Front's "peace camp"
 * has grown', 'the "toll" the gunmen levied', 'a "republic" of sleeping bags'): the writer's scare quotes on a label, not
 * anyone's words, unless a speech verb puts the phrase in a mouth ('spoke of a "historic" opening').
 */
function quotedTerm(span: QuoteSpan, view: SentenceView, body: string): boolean {
	if (/[.,;:!?]/.test(span.text) || !wordsAtMost(span.text, 4) || !mayCloseOnDeterminer(body, Math.max(0, span.open - 60), span.open)) return false;
	const lead = TERM_DETERMINER.exec(body.slice(Math.max(0, span.open - 60), span.open));
	if (!lead) return false;
	const after = TERM_AFTER.exec(body.slice(span.close, span.close + 40));
	// ('as part of a "phase one" trade deal': a label before a document's noun is a name after "of" too)
	const labelled = after !== null && LABELLED_HEADS.has(after[2] ?? after[1]);
	// ('described it as a "cash-for-votes" deal' stays the speaker's words)
	if (lead[1] && TERM_LEADS.has(lead[1].toLowerCase()) && !(labelled && lead[1].toLowerCase() === 'of')) return false;
	// ('has called the delay a "serious violation"': what a speaker calls a thing is her word for it)
	if (CALLED_OBJECT.test(body.slice(Math.max(0, span.open - 60), span.open))) return false;
	const next = after?.[1];
	// ('announced a "phase one" trade deal': a label before a document's noun is a name inside any clause)
	return next !== undefined && !AFTER_TERM.has(next) && (labelled || !inReportedClause(view, span.open, body)) && !CLOSING_ATTRIBUTION.test(body.slice(span.close, view.sentence.end));
}
// "called the delay a ", "branded the plan the ": a verb of naming, its object, then the article of what it is called
const CALLED_OBJECT = /\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|term(?:s|ed)?)\s+(?!(?:for|on|off|up|out|in)\b)(?:[[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,4}(?:a|an|the)\s*$/iv;
// the one or two lower-case words after a quoted term
const TERM_AFTER = /^\s+([\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]*)(?:\s+([\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]*))?/v;
// nouns a quoted label names a kind of: 'a "phase one" trade deal', 'the "safe" zone'
const LABELLED_HEADS = new Set([...DOCUMENT_HEADS, 'zone', 'zones', 'corridor', 'talks', 'ceasefire', 'truce', 'line', 'route', 'deals', 'plans']);

// "…, the lab has said.": a sentence that closes on its source quotes that source, quoted phrases and all.
const CLOSING_ATTRIBUTION = new RegExp(`,\\s+[^,;"“”]{2,80}?\\s(?:(?:has|have|had)\\s+)?(?:${AFTER_CLAUSE_VERBS.join('|')})\\.?\\s*$`, 'u');

// Where a clause of its own starts, cutting a reported clause off: "…, while", "; ".
const CLAUSE_BREAK = /^.*(?:\bwhile\b|\bwhereas\b|;)/su;

/** Whether a reporting verb stands at most a dozen words before `offset` in its sentence, with no new clause between: "Vennick stressed that the plan must reflect both the …". */
function inReportedClause(view: SentenceView, offset: number, body: string): boolean {
	const before = body.slice(Math.max(view.sentence.start, offset - 120), offset).replace(CLAUSE_BREAK, '');
	return before.split(/[^[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+/v).slice(-13).some((word) => CLAUSE.has(word.toLowerCase()));
}

/** A name, a title or a slogan in quote marks ("Operation Northwind", "Morning Show"): not speech. */
function isTitleCase(text: string): boolean {
	// Most quoted phrases are longer than a title: counted before they are split (closing stops part no words).
	if (piecesAtLeast(text, 6)) return false;
	const stripped = withoutClosingStops(text);
	const words = stripped.split(/\s+/);
	return words.length <= 5 && words.every((word) => /^[[\p{Lu}\p{N}]--[\u{10000}-\u{10FFFF}]]/v.test(word) || /^(?:of|the|and|for|un|in|on|a)$|^-/.test(word)) && !words.every((word) => word === word.toUpperCase());
}

/**
 * What a characterising verb reports when a "that" clause follows its object: "called the assault proof that …",
 * "expressed hope that …", "signaled that …". Without "that" it reports no clause ("called it a …").
 */
function characterisedClause(view: SentenceView, verb: Token, body: string): string | null {
	const rest = body.slice(verb.end, Math.min(view.sentence.end, verb.end + MAX_CLAUSE));
	// ("that" among the first four words is looked for before the pattern is tried: most verbs have no such clause)
	const match = thatWithinWords(rest, 4) ? /^\s+((?:[[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?that\s+.+?)[.;:,]*(["”’]?)\s*$/v.exec(rest) : null;
	if (!match || /[“"‘]/.test(rest.slice(0, rest.indexOf('that')))) return null;
	const clause = `${match[1].replace(/^that\s+/, '')}${match[2]}`.trim();
	return piecesAtLeast(clause, 4) && !NOT_A_CLAUSE.test(clause) ? clause : null;
}

// "acknowledges it left the town", "confirmed they received the letter": a pronoun and a past tense make a clause too
const PRONOUN_CLAUSE = new RegExp(String.raw`^\s*(?:it|they|he|she|we|there)\s+(?:will|would|had|has|have|was|were|is|are|could|should|can|may|might|did|does|[\p{Ll}--[\u{10000}-\u{10FFFF}]]{2,}ed|${alternation(IRREGULAR_PAST_VERBS)})\b`, 'v');
// "stressed the deal was temporary", "estimates the cut is worth …": a short subject then an auxiliary make a clause
// without "that" ("confirmed the visit", "announced the names of those who were …" stay objects)
const SUBJECT_CLAUSE = /^\s*(?:the|a|an|this|these|those|its|his|her|their|our|all|both|every|each|no|[[\p{Lu}\p{N}]--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}'’.,\-]--[\u{10000}-\u{10FFFF}]]*)(?:\s+(?!(?:who|which|that|whose|whom|and|or)\b)[[\p{L}\p{N}'’%$.\-]--[\u{10000}-\u{10FFFF}]]+){0,5}?\s+(?:will|would|had|has|have|was|were|is|are|could|should|can|may|might|must|did|does)\b/v;
// "told the council her government accepted the renewal": after a listener, a subject of a few words and a past-tense
// verb with its object make a clause too ("told the council the amended text" has no word between article and verb).
const PAST_CLAUSE = new RegExp(String.raw`^\s*(?:the|a|an|this|these|those|its|his|her|their|our|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*)(?:\s+(?!(?:who|which|that|whose|whom|and|or)\b)[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+){1,3}?\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ed|${alternation(IRREGULAR_PAST_VERBS)})\s+(?:the|a|an|its|his|her|their|our|to|that|on|in|at|from|with|by|[\p{N}--[\u{10000}-\u{10FFFF}]][[\p{N},.]--[\u{10000}-\u{10FFFF}]]*)\s`, 'v');
// Who was told: "told reporters", "told us", "told the state broadcaster", "told Radio Kovia" (up to four words).
// (whole words: "members" does not open with the listener "me")
const LISTENER_WORD = /^\s+(?:to\s+)?(?:reporters|journalists|parliament|lawmakers|him|her|them|us|me|(?:the|a|an|his|her|its|their|our|your|my|both|all|the two)\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}.’'\-]--[\u{10000}-\u{10FFFF}]]*)(?![[\p{L}\p{N}\-]--[\u{10000}-\u{10FFFF}]])/v;
// ("the story of a bridge that …": "that" ends a listener, it is never one of its words)
// ("told journalists on 23 November that …": a date's number is one of those words)
const NEXT_LISTENER_WORD = /^\s+(?!(?:that|which|who|whom|whose)\b)(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.’'\-]--[\u{10000}-\u{10FFFF}]]*|[[\p{Ll}\p{N}\-]--[\u{10000}-\u{10FFFF}]]+)/v;
const LISTENER_NAME = /^(?:\s+(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}.’'\-]--[\u{10000}-\u{10FFFF}]]*|[\p{N}--[\u{10000}-\u{10FFFF}]]{1,3}(?=\s)))+/v;
const CAPITALISED_LISTENER = /^\s+(?:to\s+)?(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.’'\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.’'\-]--[\u{10000}-\u{10FFFF}]]*)*$/v;
const BARE_SUBJECT_CLAUSE = /^\s+(?!(?:that|which|who|on|in|at|by|for|with|about|of|to|during|after|before|and|or)\b)[\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]*){0,2}?\s+(?:had|have|has|were|was|are|is|will|would|could|can)\s/v;
const TELLING = new Set(['told', 'tells', 'tell', 'telling', 'assured', 'assures', 'assure', 'assuring', 'remind', 'reminds', 'reminded', 'reminding', 'warned', 'warns', 'warn', 'informed', 'informs', 'inform']);

const AUDIENCE = new Set(AUDIENCE_NOUNS);
/** Whether a listener phrase names an audience ("a news conference", "a meeting of donors"), not an object ("the story of a town"). */
function heardBy(listener: string): boolean {
	return heardByWords(listener);
}

// Listener phrases recur ("told reporters", "told a news conference"): each is split and looked up once.
const heardByWords = remembered((listener) => listener.toLowerCase().split(/\s+/).some((word) => AUDIENCE.has(word)));

/** Whether what follows a verb of telling opens on a person named by a title: "the president", "his commander", "the envoys". */
function titledListener(rest: string): boolean {
	const title = /^\s+(?:to\s+)?(?:the|his|her|its|their|our)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+)?([\p{Ll}--[\u{10000}-\u{10FFFF}]]+)\s+that\s/v.exec(rest);
	return title !== null && headOf([title[1]]) !== null;
}

/** "told Radio Kovia the bridge was shut": the clause after the listener, when a clause (a subject and an auxiliary) follows one. */
function afterListener(rest: string): string | null {
	let listener = LISTENER_WORD.exec(rest);
	// "told investors that …", "told state television the …": a listener without an article is one only if it names an audience
	const bare = !listener;
	// "told the Standard by telephone that …", "told her that …": a named or personal listener, then "that"
	// ("told the president that …": a person named by a title is a listener as a name is)
	const named = /^\s+(?:to\s+)?(?:(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]]|(?:him|her|them|us|me)\b)/v.test(rest) || titledListener(rest);
	listener ??= /^\s+[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+/v.exec(rest);
	// up to six words more: "told both delegations on the fourth day that …"
	for (let length = listener ? listener[0].length : 0, words = 0; listener && words < 6; words++) {
		// a listener's name is read whole ("the Daily Post"), not cut after its first capital
		length += LISTENER_NAME.exec(rest.slice(length))?.[0].length ?? 0;
		const after = rest.slice(length);
		const heard = heardBy(rest.slice(0, length));
		// "told a news conference that …": a listener of a few lower-case words, then "that"
		if ((/^\s+that\s/.test(after) && (heard || named)) || ((!bare || heard) && (PRONOUN_CLAUSE.test(after) || SUBJECT_CLAUSE.test(after) || PAST_CLAUSE.test(after)))) return after;
		// "told President Roe assault units had taken …": after a capitalised listener, a bare plural subject and its auxiliary
		if (named && words === 0 && CAPITALISED_LISTENER.test(rest.slice(0, length)) && BARE_SUBJECT_CLAUSE.test(after)) return after;
		listener = NEXT_LISTENER_WORD.exec(after);
		if (listener) length += listener[0].length;
	}
	return null;
}
// What may follow a speaker's verb that closes its own sentence: a listener, a time or a medium (", the ministry said in a statement.")
// ("…, our correspondent reports from the port.": where the speaker is too)
// ("…, the official told state broadcaster VTK.": the outlet's name after its kind closes the sentence too)
const CLOSING_TAIL = new RegExp(String.raw`^(?:\s+(?:to\s+)?(?:(?:(?:the|a|an|local|state|national|our|this)\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${alternation(AUDIENCE_NOUNS)})(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}.’'\-]--[\u{10000}-\u{10FFFF}]]*){0,3}|(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}.’'\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}.’'\-]--[\u{10000}-\u{10FFFF}]]*|[\p{N}--[\u{10000}-\u{10FFFF}]]{1,3})){0,3}))?(?:\s+(?:on|in|at|from|late|early|last|this|during|after|before|via|through|earlier|later|yesterday|today|tonight|overnight)\b[^,;“”"]{0,70})?\s*[.!]?\s*$`, 'v');
// "…, the coast guard said on Tuesday, up from 11 on the first day": after the speaker (and when), the reporter's own
// aside or a second clause, not more of what was said ("…, she said earlier, adding that …": the added clause is its own;
// "…, the ministry said, updating an earlier toll": a participle after the speaker is the reporter's aside)
const ASIDE_AFTER_SPEAKER = /^(?:\s+(?:yesterday|today|tonight|overnight|earlier|later|(?:on|last|this)\s+[\p{L}--[\u{10000}-\u{10FFFF}]]+(?:\s+(?:morning|afternoon|evening|night))?))?\s*,\s*(?:and|but|while|whereas|as|amid|after|before|following|despite|citing|(?:up|down)\s+from|(?:hours|days|weeks|a\s+day|a\s+week)\s+after|adding|saying|[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}ing)\s+/v;
// "PEMBERLIN, March 14 (Wire) - ": the dateline of a lead is not what its source said
const DATELINE = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Lu}\s.'’\-]--[\u{10000}-\u{10FFFF}]]+,[^–—]{0,60}?\s[\-–—]\s+/v;
// "Dorvan: The death toll has risen …", "New Dorvan: …": a place and a colon opening a wire story's first paragraph
const COLON_DATELINE = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*){0,2}:\s+(?=[\p{Lu}--[\u{10000}-\u{10FFFF}]])/v;

/** A clause less the dateline that opens its paragraph: "PEMBERLIN, March 14 (Wire) - " or "Dorvan: ". */
// "Tessary, (Kel Wire - 1st Apr, 2024) ", "Tessary, April 1 (Kel Wire) - ", "Tessary (Kel Wire) - ": a place in title case with
// a wire's credit in brackets, after a comma (and a date) or before a dash
const CREDIT_DATELINE = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:[\s\-][\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+){0,2}(?:,\s*(?:[^\(\)\n]{0,25}?\d[^\(\)\n]{0,10}?\s*)?\([^\(\)\n]{2,100}\)\s*(?:[\-–—]\s+)?|\s*\([^\(\)\n]{2,60}\)\s*[\-–—]\s+)(?=[\p{Lu}--[\u{10000}-\u{10FFFF}]])/v;

function withoutDateline(clause: string): string {
	if (mayOpenInCapitals(clause)) clause = clause.replace(DATELINE, '');
	else if (clause.includes('(')) clause = clause.replace(CREDIT_DATELINE, '');
	const colon = clause.indexOf(':');
	return colon > 0 && colon < 40 ? clause.replace(COLON_DATELINE, '') : clause;
}
const SPEECH_WORDS = new Set(AFTER_CLAUSE_VERBS);
// ", Kel News reports.": an outlet carrying the attribution before it, after the speaker's verb
const CARRIER_TAIL = /^\s*,\s*(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][^,;“”"]{1,50}?\s(?:reports|reported|writes|wrote)\s*[.!]?\s*$/v;

/**
 * A clause whose speaker comes after it: "Families will be contacted by the office, he added." or, set off by commas
 * inside it, "The fund, she noted, will go to farmers." / "In a drought, he said, the accord allows …".
 */
// ", the head of the disaster authority", ", its sheriff" closing the words before a speaker's name: a role in apposition to the name
const ROLE_BEFORE_NAME = /,\s+((?:the|a|an|its|his|her|their)\s+[^,;"“”]{2,80})$/i;

function clauseAroundSpeaker(view: SentenceView, verb: Token, speakerStart: number, body: string): string | null {
	if (!SPEECH_WORDS.has(verb.word)) return null;
	const sentence = view.sentence;
	const lead = body.slice(sentence.start, speakerStart);
	const comma = lead.lastIndexOf(',');
	// the speaker's own phrase ("Norway's special envoy") holds no comma and a few words at most
	if (comma < 0 || !wordsAtMost(lead.slice(comma + 1), 5)) return null;
	// 'would "carry on their tasks," he said': the comma inside a closing quote mark keeps the mark with the clause
	let before = `${lead.slice(0, comma)}${/^[”"’']/.test(lead.slice(comma + 1)) ? lead[comma + 1] : ''}`.trim();
	// a sentence opening with a quote is the quote-span rules' to attribute; a partial quote inside the clause stays in it
	if (/^[“"‘']/.test(before)) return null;
	// "…, an official said, Kel News reports.": the outlet that carries an attributed clause is no second speaker of it
	if (CLOSING_ATTRIBUTION.test(before)) return null;
	// "Jane Roe said the toll had risen to 54, Kel News reported.": nor is the outlet that carries a clause opening on its own speaker
	if (opensOwnSaying(before)) return null;
	// ("…, the head of the disaster authority, Jane Roe, told AFP": the role set off before the name is the speaker's, not the clause's)
	const role = (charClass(body.charCodeAt(speakerStart)) & UPPER) !== 0 ? ROLE_BEFORE_NAME.exec(before) : null;
	if (role && appositionRole(`, ${role[1]},`)) before = before.slice(0, role.index);
	// "…, the minister said, according to state media.": who carried the words is no part of them
	let after = body.slice(verb.end, sentence.end);
	if (opensWithSource(after)) after = after.replace(/^\s*,\s*according to\s+[^,;“”"]{2,60}?([.!]?)\s*$/i, '$1');
	let clause: string;
	// ("…, officials said, as the first troops began …": what went on as they spoke is the reporter's, not theirs)
	if (CLOSING_TAIL.test(after) || CARRIER_TAIL.test(after) || (ASIDE_AFTER_SPEAKER.test(after) && !CLAUSE_PREPOSITION.test(before))) clause = before;
	else {
		const rest = /^\s*,\s*(.+?)[.!]?\s*$/su.exec(after)?.[1];
		if (!rest) return null;
		const partOfClause = CLAUSE_PREPOSITION.test(before) || /\b(?:that|which|who)$/i.test(before);
		// a quote after the speaker is the quote-span rules'; the words before it ("Members have lost $4 million, she
		// said, "and …"") are still reported, unless they are only the opening of a clause the quote goes on with
		if (/^[“"‘']/.test(rest)) {
			if (partOfClause) return null;
			clause = before;
		}
		// "In a drought, he noted, the accord …" and "an accord that, he said, keeps …": only the words after the speaker are said
		else clause = partOfClause || opensOwnStatement(before, lead.slice(comma + 1), rest) ? rest : `${before} ${rest}`;
	}
	clause = withoutDateline(clause).replace(/^that\s+/i, '').trim();
	return clauseSized(clause) && /^[[\p{L}\p{N}$€£]--[\u{10000}-\u{10FFFF}]]/v.test(clause) ? clause.slice(0, MAX_CLAUSE) : null;
}

// "Confirming the deal, the president said, …", "Asked about the talks, she said, …": the speaker's own act opening the sentence
const SPEAKER_ACT = /^(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+ing|Asked)\s+(?:the|a|an|his|her|its|their|this|that|these|those|to|about|on|with|at|in|after|for|whether|if|reporters|journalists)\b/v;

/**
 * Whether the words after "X said," are a statement of their own, without the words before the speaker: after the
 * speaker's own act ("Announcing the deal, the minister said, it will …") or after a clause of the reporter's that a
 * conjunction ends ("The plan is unpublished, but sources say, 33 captives …"). Not "Fighting in the north, he said, had
 * eased", where the words before are the statement's subject.
 */
function opensOwnStatement(before: string, speakerPhrase: string, rest: string): boolean {
	if (!OWN_SUBJECT.test(rest) || FINITE_VERB_FIRST.test(rest)) return false;
	return SPEAKER_ACT.test(before) || /^\s*(?:but|and|yet|while|whereas)\s/i.test(speakerPhrase);
}
const FINITE_VERB_FIRST = /^(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|did|does|do)\b/i;

// what may end the sentence after the speaker of "…, said Dr Jane Roe": a time, then the end
const INVERTED_TAIL = /^(?:\s+(?:on|late|early|last|this|yesterday|today|tonight|overnight)\b[^,;“”"]{0,30})?\s*[.!]?\s*$/u;

const FINITE_VERB = /\b(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|did|does|do)\b/;

/** Whether the words after an inverted speaker are up to two appositions (", director of the hospital,") and a time, then the end. */
function endsAfterSpeaker(tail: string): boolean {
	for (let pieces = 0; pieces < 2 && !INVERTED_TAIL.test(tail); pieces++) {
		const comma = /^\s*,/.exec(tail);
		if (!comma || !opensApposition(tail.slice(comma[0].length))) return false;
		const next = tail.indexOf(',', comma[0].length);
		const piece = next < 0 ? tail : tail.slice(0, next);
		// ("…, says Jane Roe, the road will be shut": a clause with its own verb goes on with what was said)
		if (/[;:“”"‘’()]/.test(piece) || (FINITE_VERB.test(piece) && !/^\s*,\s*(?:who|which|whose)\s/.test(piece))) return false;
		tail = next < 0 ? '' : tail.slice(next);
	}
	return INVERTED_TAIL.test(tail);
}

/** Whether a comma, then only white space, stands right before `at` (and after `from`). */
function commaRightBefore(body: string, from: number, at: number): boolean {
	let index = at - 1;
	while (index > from && isWhiteSpaceCode(body.charCodeAt(index))) index--;
	return index > from && body.charCodeAt(index) === COMMA;
}

/** "Nine people were killed, said Dr Jane Roe, director of the hospital.": the clause before the verb and the speaker after it. */
function invertedReport(view: SentenceView, verb: Token, body: string): {clause: string; attribution: Attribution} | null {
	const sentence = view.sentence;
	const lead = body.slice(sentence.start, verb.start);
	// (a quote before the verb is the quote-span rules' to attribute: "“We will stay,” said …")
	if (!/,\s*$/.test(lead) || closesQuote(lead, CLOSING_MARKS)) return null;
	const attribution = speakerAfter(view, verb, body);
	if (!attribution || attribution.mention.start < verb.end) return null;
	if (!endsAfterSpeaker(body.slice(attribution.mention.end, sentence.end))) return null;
	let clause = lead.replace(/[\s,]+$/, '');
	// (one opening phrase at most, "At the market, 19 people were killed, said …": a lead of more pieces may hold a speaker
	// or an aside of its own set off by commas)
	if (/[“”"]/.test(clause) || clause.indexOf(',') !== clause.lastIndexOf(',')) return null;
	clause = withoutDateline(clause).trim();
	return clauseSized(clause) && /^[[\p{L}\p{N}$€£]--[\u{10000}-\u{10FFFF}]]/v.test(clause) ? {clause: clause.slice(0, MAX_CLAUSE), attribution} : null;
}

// "The depot is intact, he said, and all four missiles were shot down.": "and" after the speaker joins a second statement
// ("while the government counts …" after the speaker is someone else's, and ends the clause without one).
const JOINED_CLAUSE = /^\s*,\s*(?:and|but)\s+/;
// A second statement's own subject: "and all four missiles …", not "and is weighing …" (the first one's verb phrase).
const OWN_SUBJECT = /^(?:the|a|an|all|both|every|each|some|no|its|their|his|her|our|it|they|he|she|we|[[\p{Lu}\p{N}]--[\u{10000}-\u{10FFFF}]])/v;

/** "…, he said, and all four missiles were shot down": the statement joined after the speaker, if it has its own subject. */
function clauseJoinedAfterSpeaker(view: SentenceView, verb: Token, body: string): string | null {
	const after = body.slice(verb.end, Math.min(view.sentence.end, verb.end + MAX_CLAUSE + 20));
	const joined = JOINED_CLAUSE.exec(after);
	if (!joined || !SPEECH_WORDS.has(verb.word)) return null;
	const clause = after.slice(joined[0].length).replace(/[.!]?\s*$/, '').trim();
	return OWN_SUBJECT.test(clause) && !/[“”"‘]/.test(clause) && piecesAtLeast(clause, 4) ? clause.slice(0, MAX_CLAUSE) : null;
}

// ", according to its negotiator, Jane Roe" closing a clause: who vouches for it, not what was said.
const CLOSING_SOURCE = /,?\s+according to\s+[^,;:]{2,80}(?:,\s*[^,;:]{2,60})?$/i;

/** A reported clause without the "according to" source that closes its sentence. */
function withoutClosingSource(clause: string): string {
	// (a clause that never says "according to" has no such source: the pattern is not tried from its every space)
	const source = saysAccordingTo(clause) ? CLOSING_SOURCE.exec(clause) : null;
	return source ? clause.slice(0, source.index).replace(/[\s,]+$/, '') : clause;
}

// "said on Sunday it had sunk …", "said late on Monday": when it was said, between the verb and its clause.
// ("said Monday the deal …", "said late Tuesday that …": a weekday needs no "on" in American style)
const WHEN_SAID = /^\s+(?:(?:late|early|earlier|later)\s+)?(?:(?:(?:on|last|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this)\s+(?:week|month|morning|afternoon|evening|night)|yesterday|today|tonight|overnight)(?=\s)/i;

// "the union says four died", "says three miners died", "two were killed": a count and what befell them is a clause
const COUNT_CLAUSE = /^(?:(?!(?:1[89]|20)\d\d\b)[\p{N}--[\u{10000}-\u{10FFFF}]][[\p{N},]--[\u{10000}-\u{10FFFF}]]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+)?[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ed$/v;
// "insists all is well", "Kovia says Tarsk blinked", "says it has 6,000": a clause of two or three words has a subject (a name, a pronoun,
// "all") and a lower-case verb; "said nothing", "said Monday", "said so too", "No comment" are not clauses
const SHORT_CLAUSE = /^(?:(?!(?:No|Not|Yes|Thanks|Well|Maybe|Perhaps|Never|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+|all|everything|nothing|everyone|nobody|it|they|he|she|we|this)\s+(?!(?:too|also|again|so|yet|instead|first|last|later|earlier|today|tonight|yesterday|then|now|not|only|otherwise|though)\b)[\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{Ll}’'\-]--[\u{10000}-\u{10FFFF}]]*(?<!ly)(?:\s+(?:[[\p{Ll}’'\-]--[\u{10000}-\u{10FFFF}]]+|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+|[\p{N}--[\u{10000}-\u{10FFFF}]][[\p{N},.]--[\u{10000}-\u{10FFFF}]]*))?$/v;

// "the ministry says 49.", "the government says about 180,000": a rival count on its own is what its source says
// (a year is no count: "said 2026")
const COUNT_ONLY = /^(?:(?:about|some|nearly|almost|around|roughly|over|only|just|at\s+least|more\s+than|fewer\s+than|less\s+than|up\s+to)\s+)?(?!(?:1[89]|20)\d\d\b)[\p{N}--[\u{10000}-\u{10FFFF}]][[\p{N},.]--[\u{10000}-\u{10FFFF}]]*(?:\s*%|\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?$/v;

/**
 * Whether a text opens with a capital and a second character that is no lower-case ASCII letter, as DATELINE ("KELL,
 * March 4 -") needs; the first character is taken on trust unless it is ASCII.
 */
function mayOpenInCapitals(text: string): boolean {
	const first = text.charCodeAt(0);
	if (first < 128 && !(first >= 65 && first <= 90)) return false;
	const second = text.charCodeAt(1);
	return !(second >= 97 && second <= 122);
}

/**
 * Whether the rest after a verb may open with a listener ("told reporters", "told the Post", "told him"), as the pattern
 * that cuts one out needs: white space, then a capital, a character beyond ASCII or a word starting as one of its listeners
 * or "to"/"the" do ("that", the usual opening, is none of them).
 */
function mayOpenWithListener(rest: string): boolean {
	let at = 0;
	while (at < rest.length && isWhiteSpaceCode(rest.charCodeAt(at))) at++;
	if (at === 0 || rest.startsWith('tha', at)) return false;
	const first = rest.charCodeAt(at);
	return first >= 128 || (first >= 65 && first <= 90) || LISTENER_INITIALS.includes(rest[at]);
}

const LISTENER_INITIALS = 'rjplht';

const AMOUNT_SAID = /^(?:(?:very|so|too|relatively)\s+)?(?:little|nothing|much|something|anything|more|less|a\s+lot|a\s+great\s+deal)\s+(?:about|on|regarding|concerning)\s/i;

/** Whether a clause is long enough to be one: four words, or a short clause with a subject and a verb. */
function clauseSized(clause: string): boolean {
	// "said it would": an auxiliary with its verb left out says nothing on its own
	if (/^\S+\s+(?:will|would|could|can|did|does|do|is|was|are|were|has|had|have|might|should|must|may)$/i.test(clause)) return false;
	// "had said very little about the blockade", "said nothing on the talks": how much was said, not what
	if (AMOUNT_SAID.test(clause)) return false;
	return piecesAtLeast(clause, 4) || SHORT_CLAUSE.test(clause) || COUNT_CLAUSE.test(clause) || COUNT_ONLY.test(clause) || /^[\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+(?:is|are|was|were|will|would|has|had|can|could|may|might|must)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+$/v.test(clause);
}

// "… a village that the army says …", "… the flood, which Kovia said …": a relative pronoun after a noun, before the speaker
const RELATIVE_BEFORE = /\b([[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+)(,?)\s+(?:that|which|whom)\s+(?:the\s+|a\s+|an\s+)?$/iv;
// A clause that opens with its own subject: after a relative pronoun, its object is the one left out.
const CLAUSE_SUBJECT = /^(?:the|a|an|all|both|every|each|some|its|their|his|her|our|it|they|he|she|we|[[\p{Lu}\p{N}]--[\u{10000}-\u{10FFFF}]])(?![\p{L}--[\u{10000}-\u{10FFFF}]])|^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v;

// "troops who, it says, crossed …": a pronoun set off inside a relative clause speaks for the sentence's subject
const RELATIVE_SPEAKER = /\b(?:who|which|that)\s*,\s*$/i;

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'whom']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Whether a text ends with a relative pronoun and white space, an article between them allowed ("that the "): what
 * RELATIVE_BEFORE needs at its end, tested back from the end before the pattern is tried from every start.
 */
function endsLikeRelative(text: string): boolean {
	let end = text.length;
	while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
	if (end === text.length) return false;
	let word = lastAsciiWord(text, end);
	if (ARTICLES.has(word.toLowerCase())) {
		const wordStart = end - word.length;
		end = wordStart;
		while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
		if (end === wordStart) return false;
		word = lastAsciiWord(text, end);
	}
	return RELATIVE_PRONOUNS.has(word.toLowerCase());
}

/** The run of ASCII letters of `text` that ends at `end`. */
function lastAsciiWord(text: string, end: number): string {
	let start = end;
	for (let code = text.charCodeAt(start - 1); start > 0 && ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)); code = text.charCodeAt(--start - 1));
	return text.slice(start, end);
}

/** Whether a speaker opens a relative clause on a noun ("a town that the rebels said …"), set off by a comma or not; null for a "that" clause of a verb. */
function relativeClauseOf(view: SentenceView, body: string, speakerStart: number): 'set-off' | 'restrictive' | null {
	const lead = leadTo(view, body, speakerStart, 40);
	const before = endsLikeRelative(lead) ? RELATIVE_BEFORE.exec(lead) : null;
	if (!before || REPORTING.has(before[1].toLowerCase()) || /^(?:so|now|such|given|assuming|provided)$/i.test(before[1])) return null;
	return before[2] ? 'set-off' : 'restrictive';
}

const COMMA = 44;
const COLON = 58;

/** Whether the first character of `text` after white space is `code`, as `/^\s*X/` tests. */
function opensWith(text: string, code: number): boolean {
	return text.charCodeAt(startOfWordsIn(text, 0, text.length)) === code;
}

/** Whether a text ends with one of `marks`, then perhaps a comma, and white space: `/[marks]\s*,?\s*$/` read back from the end. */
function closesQuote(text: string, marks: string): boolean {
	let end = endOfWordsIn(text, 0, text.length);
	if (text.charCodeAt(end - 1) === 44) {
		end--;
		while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
	}
	return end > 0 && marks.includes(text[end - 1]);
}

/** Whether a text opens with white space, a comma, white space and "according to" in any case, as a closing source needs. */
function opensWithSource(text: string): boolean {
	let at = 0;
	while (at < text.length && isWhiteSpaceCode(text.charCodeAt(at))) at++;
	if (text.charCodeAt(at) !== COMMA) return false;
	at++;
	while (at < text.length && isWhiteSpaceCode(text.charCodeAt(at))) at++;
	// (the phrase's letters compared with the 32 bit set, which lower-cases an ASCII capital and makes no other character a letter)
	for (let index = 0; index < ACCORDING_TO.length; index++) {
		const code = text.charCodeAt(at + index);
		if ((ACCORDING_TO.charCodeAt(index) === 32 ? code : code | 32) !== ACCORDING_TO.charCodeAt(index)) return false;
	}
	return true;
}

const ACCORDING_TO = 'according to';

/** A text less a closing full stop or exclamation mark and white space, as `text.replace(/[.!]\s*$/, '')`. */
function withoutClosingStop(text: string): string {
	const end = endOfWordsIn(text, 0, text.length);
	const last = text.charCodeAt(end - 1);
	return last === 46 || last === 33 ? text.slice(0, end - 1) : text;
}

const CLOSING_MARKS = '"”’';
const CLAUSE_STOPS = '.;:,';

/** A text less its closing run of stops and commas, a quote mark after them kept: `text.replace(/[.;:,]+(["”’]?)\s*$/, '$1')`. */
function withoutClosingPunctuation(text: string): string {
	const end = endOfWordsIn(text, 0, text.length);
	let before = end;
	if (before > 0 && CLOSING_MARKS.includes(text[before - 1])) before--;
	let from = before;
	while (from > 0 && CLAUSE_STOPS.includes(text[from - 1])) from--;
	return from === before ? text : text.slice(0, from) + text.slice(before, end);
}

const DEMONSTRATIVE_THAT = /^(?:is|was|were|are|has|had|would|will|could|should|might|may|must)(?![[\p{L}\-]--[\u{10000}-\u{10FFFF}]])/v;
/** How long the white space and "that " opening a clause are: the length `/^\s*(?:that\s+)?/` matches, read by char codes; a demonstrative "that" stays. */
function thatOpening(text: string): number {
	let at = 0;
	while (at < text.length && isWhiteSpaceCode(text.charCodeAt(at))) at++;
	// ("said that, because of …, it was": the complementiser set off by a comma goes too)
	const comma = text.charCodeAt(at + 4) === COMMA ? 1 : 0;
	if (!text.startsWith('that', at) || !isWhiteSpaceCode(text.charCodeAt(at + 4 + comma))) return at;
	let after = at + 4 + comma;
	while (after < text.length && isWhiteSpaceCode(text.charCodeAt(after))) after++;
	// "Families say that is impossible": "that" before a verb is the clause's subject, not its opening word
	return DEMONSTRATIVE_THAT.test(text.slice(after, after + 12)) ? at : after;
}

/** Whether `word` stands in a text with white space on both sides ("and" of " and ", not of "thousand"), as `\s+word\s+` needs. */
function standsApart(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (at > 0 && isWhiteSpaceCode(text.charCodeAt(at - 1)) && isWhiteSpaceCode(text.charCodeAt(at + word.length))) return true;
	return false;
}

// "State television quoted Jane Roe, a regional official, as saying": who was quoted, not who carried the words
const QUOTED_AS = /\bquot(?:ed|es|ing)\s+([^;:“”"]{2,100}?)\s+as\s+$/;

/** "quoted Jane Roe, a regional official, as saying that …": the person quoted speaks the participle. */
function quotedAs(view: SentenceView, verb: Token, body: string): Attribution | null {
	const lead = leadTo(view, body, verb.start, 120);
	const match = lead.endsWith('as ') ? QUOTED_AS.exec(lead) : null;
	// ("X was quoted by state television as saying": the passive's subject speaks, as any participle's)
	if (!match || match[1].startsWith('by ')) return null;
	const from = verb.start - lead.length + match.index + match[0].indexOf(match[1], 5);
	const pronoun = OBJECT_PRONOUN[match[1].toLowerCase()];
	if (pronoun) return {mention: {kind: 'pronoun', surface: match[1], name: pronoun, role: null, side: null, head: null, start: from, end: from + match[1].length, pronoun}, rule: 'quote.quoted-as'};
	const index = view.chunks.findIndex((chunk, at) => chunk.start >= from && chunk.start < verb.start && view.mention(at) !== null);
	return index < 0 ? null : subjectAt(view, index, body, 'quote.quoted-as');
}

const OBJECT_PRONOUN: Record<string, string> = {him: 'he', her: 'she', them: 'they'};

// "…, a claim police also disputed, saying …": the subject of the clause on the claim, right before a participle
const DISPUTED_CLAIM = new RegExp(String.raw`,\s+an?\s+(?:${alternation([...STANCE_NOUNS, 'allegation', 'accusation'])})\s+(?:that\s+|which\s+)?((?:the\s+)?[[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+){0,3}?)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+|also\s+|later\s+|quickly\s+)?[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ed\s*,\s*$`, 'v');

/** "…, a claim police also disputed, saying officers held the gate": who disputed the claim speaks the participle. */
function whoDisputed(view: SentenceView, verb: Token, body: string): Attribution | null {
	const lead = leadTo(view, body, verb.start, 100);
	const match = lead.includes(', a') ? DISPUTED_CLAIM.exec(lead) : null;
	if (!match) return null;
	const at = verb.start - lead.length + match.index + match[0].indexOf(match[1], match[0].search(/\s/));
	const index = view.chunks.findIndex((chunk) => chunk.start >= at && chunk.end <= at + match[1].length + 1);
	return index >= 0 && view.mention(index) ? subjectAt(view, index, body, 'quote.participle') : null;
}

// ", a claim the police deny", ", an account the army rejects": the reporter's aside on the clause before it
const STANCE_AFTER = new RegExp(String.raw`,\s+an?\s+(?:${alternation([...STANCE_NOUNS, 'allegation', 'accusation'])})\s`, 'u');

// "repeated the government's position that …", "repeats the brigade's claim that …": a stand, then what it holds
const STANCE_THAT = new RegExp(String.raw`^\s+(?:(?:the|his|her|its|their|our)\s+)?(?:[[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:${alternation(STANCE_NOUNS)})\s+that\s+`, 'v');

/** What a clause verb's stand holds ("repeated its claim that the town had fallen"): the clause after "that", or null. */
function stanceClause(view: SentenceView, verb: Token, body: string): string | null {
	// ("that" among the first six words is looked for in a short piece before the whole clause is read)
	if (!thatWithinWords(body.slice(verb.end, Math.min(view.sentence.end, verb.end + 60)), 6)) return null;
	const rest = body.slice(verb.end, Math.min(view.sentence.end, verb.end + MAX_CLAUSE));
	const stance = STANCE_THAT.exec(rest);
	if (!stance || /[“"‘]/.test(stance[0])) return null;
	const clause = beforeSecondVerb(withoutClosingPunctuation(withoutClosingStop(rest.slice(stance[0].length))).trim());
	return clauseSized(clause) && !NOT_A_CLAUSE.test(clause) ? clause : null;
}

/**
 * A clause up to a second verb of speaking that reports its own: "the strike was legal" of "the strike was legal and
 * warned that it could spread", or of "…, but he repeated his demand for …" (the speaker's pronoun may open it).
 */
function beforeSecondVerb(rest: string): string {
	const second = /\s+(?:and|but)\s+(?:(?:he|she|they|it|we)\s+)?(?:also\s+|then\s+)?([\p{Ll}--[\u{10000}-\u{10FFFF}]]+)\b/gv;
	for (let match = standsApart(rest, 'and') || standsApart(rest, 'but') ? second.exec(rest) : null; match; match = second.exec(rest)) {
		if (!CLAUSE.has(match[1]) || match[1].endsWith('ing') || /[“"‘]/.test(rest.slice(0, match.index))) continue;
		return rest.slice(0, match.index).replace(/[\s,]+$/, '');
	}
	return rest;
}

// ", and the union says …", ", but the text declares …": a new subject of up to six words, then its own verb of speaking
const OTHER_SUBJECT_WORDS = 6;
const JOINS = [', and ', ', but '];

/** A clause up to another speaker joined after a comma: "parliament was never consulted" of "…, and the union says it wants pay". */
function beforeOtherSpeaker(rest: string): string {
	let cut = -1;
	for (const join of JOINS) {
		for (let at = rest.indexOf(join); at >= 0 && (cut < 0 || at < cut); at = rest.indexOf(join, at + 1)) {
			if (speaksAfterSubject(rest.slice(at + join.length, at + join.length + 140)) && quotesClosed(rest.slice(0, at))) {
				cut = at;
				break;
			}
		}
	}
	return cut > 0 ? rest.slice(0, cut) : rest;
}

// ", but Jane Roe, a council spokeswoman, said …": a name, its apposition set off by commas, then the name's own verb
const APPOSED_SPEAKER = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.’'\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.’'\-]--[\u{10000}-\u{10FFFF}]]*){0,3},\s+(?:the|a|an|its|his|her|their)\s[^,;:“”"‘]{2,70},\s+([\p{Ll}--[\u{10000}-\u{10FFFF}]]+)\b/v;

/** Whether words open with a subject of their own and a verb of speaking: "the union says", not "that convoys would say". */
function speaksAfterSubject(text: string): boolean {
	const apposed = APPOSED_SPEAKER.exec(text);
	if (apposed && CLAUSE.has(apposed[1]) && !apposed[1].endsWith('ing')) return true;
	const words = text.split(/\s+/, OTHER_SUBJECT_WORDS + 1);
	if (words[0] === 'that' || words[0] === 'said' || words[0] === 'says') return false;
	for (let index = 1; index < words.length; index++) {
		const word = words[index];
		if (word === 'that' || word === 'which' || word === 'who' || /[,;:“”"‘]/.test(words[index - 1])) return false;
		if (CLAUSE.has(word) && !word.endsWith('ing')) return true;
	}
	return false;
}

const COLON_CLAUSE = /^\s*:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][^“”"‘’]*$/v;

// "insist Tolvern Square, the roundabout at the centre, was cleared": a name, its apposition, then a verb is the
// clause's subject, not a listener ("told Kell Radio, …")
const APPOSED_SUBJECT = /^\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.’'\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.’'\-]--[\u{10000}-\u{10FFFF}]]*){0,3},\s+(?:the|a|an)\s[^,;“”"]{1,80},\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+)?(?:was|were|is|are|has|had|have|will|would|could|can|should|must|may|might|remains|remained)\b/v;

const QUOTE_CLOSER: Record<string, string> = {'“': '”', '"': '"', '‘': '’', "'": "'’"};

// what follows a quoted subject: at most two words of it, then its verb ("“at least 70 fighters” were killed", "'a handful' would come")
const VERB_AFTER_QUOTE = new RegExp(String.raw`^\s+(?!(?:and|but|or|to|on|in|at|as|for|of|with|by|about|after|before|when|while|because|if|again|too|twice|instead)\b)(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:will|would|had|has|have|was|were|is|are|could|should|can|may|might|must|did|does|[\p{Ll}--[\u{10000}-\u{10FFFF}]]{2,}ed|${alternation(IRREGULAR_PAST_VERBS)})\b`, 'v');

/** Whether a clause opens with a short quoted phrase that its verb follows: "“more than 120” people had lost their lives". */
function opensWithQuotedSubject(rest: string): boolean {
	const open = /^\s*([“"‘'])/.exec(rest);
	if (!open) return false;
	const from = open[0].length;
	let close = -1;
	for (let at = from; at < Math.min(rest.length, from + 80) && close < 0; at++) if (QUOTE_CLOSER[open[1]].includes(rest[at]) && !/[\p{L}--[\u{10000}-\u{10FFFF}]]/v.test(rest[at + 1] ?? '')) close = at;
	return close > from && VERB_AFTER_QUOTE.test(rest.slice(close + 1, close + 60));
}

/** The reported clause after a verb ("said that the talks…"), or null when the verb introduces no clause. */
// ", while …", ", whereas …", ", as the United Nations …": a clause of its own after what a speaker reported.
const OTHER_ACTOR_CLAUSE = /,\s+(?:while|whereas|as(?=\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]))\s/v;

const OBJECT_TAKING = new Set(OBJECT_TAKING_VERBS);
// what such a verb takes as its object: a holding ("ownership of", "control over", "most of", "nearly the entire"), or a
// listener warned against something ("Tor against entering", "the neighbours of reprisals")
const OBJECT_ONLY = /^\s+(?:(?:full|total|partial|sole|exclusive|historic|historical)\s+)?(?:ownership|control|sovereignty|jurisdiction|possession|responsibility|credit|victory|rights?|title|most|much|all|parts?|nearly|almost|virtually|practically|the\s+(?:entire|whole|bulk))\b|^\s+(?:the\s+)?(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]*|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]*)*\s+(?:against|of|over)\s/v;
const AUXILIARY = /\b(?:will|would|had|has|have|was|were|is|are|could|should|can|may|might|must|did|does|do)\b/;
const IRREGULAR_PAST = new Set(IRREGULAR_PAST_VERBS);
// words a past participle or a plural noun follows inside a noun phrase, where it is no verb ("the armed groups")
const PHRASE_WORDS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'of', 'in', 'on', 'at', 'for', 'with', 'against', 'by', 'from', 'to', 'and', 'or', 'all', 'some', 'any', 'many', 'these', 'those', 'this', 'that']);

/**
 * Whether the text up to its first comma holds a verb of its own: an auxiliary, a past tense or a present "-s" form
 * after a word that can be its subject ("the army controls", "troops entered"), not only a noun phrase.
 */
function hasFiniteVerb(rest: string): boolean {
	const stretch = rest.split(/[,;:]/, 1)[0];
	if (AUXILIARY.test(stretch)) return true;
	const words = stretch.trim().split(/\s+/).map((word) => word.replace(/[.!?”’"']+$/, ''));
	for (let index = 1; index < words.length; index++) {
		const word = words[index];
		if (!/^[\p{Ll}--[\u{10000}-\u{10FFFF}]]+$/v.test(word) || PHRASE_WORDS.has(words[index - 1].toLowerCase())) continue;
		if (IRREGULAR_PAST.has(word) || (word.length > 3 && word.endsWith('ed'))) return true;
		// ("the army controls the road": a present "-s" form has an object or an adverb after it; "territorial waters" ends the phrase)
		if (word.length > 3 && /[^su]s$/.test(word) && index < words.length - 1 && !PREPOSITIONS.has(words[index + 1].toLowerCase())) return true;
		// "its troops control the town": a plural subject after its determiner, then its verb
		if (index >= 2 && PHRASE_WORDS.has(words[index - 2].toLowerCase()) && /^[\p{Ll}--[\u{10000}-\u{10FFFF}]]+[^su]s$/v.test(words[index - 1]) && !PREPOSITIONS.has(word)) return true;
	}
	return false;
}
const PREPOSITIONS = new Set(['around', 'near', 'across', 'off', 'between', 'beyond', 'under', 'over', 'along', 'inside', 'outside', 'into', 'onto', 'through', 'towards', 'toward', 'behind', 'within', 'without', 'about', 'after', 'before', 'since', 'during', 'against', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'and', 'or', 'that', 'which', 'who']);

// ", the Kel news agency reported", ", state media reports": an outlet's carrier verb closing a clause someone else said
const CARRIED_BY = /,\s+(?:[^\s,;"“”]+\s+){1,5}?(?:reported|reports)\.?\s*$/;

// "what it said were", "what he claimed was": "what", its subject, the verb, then a copula
const WHAT_BEFORE = /\bwhat\s+(?:[^\s,;:.]+\s+){1,3}$/i;
const WHAT_SAID_WAS = /^\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|would\s+be)\b/;

function reportedClause(view: SentenceView, verb: Token, body: string): string | null {
	let rest = body.slice(verb.end, Math.min(view.sentence.end, verb.end + MAX_CLAUSE));
	if (closesQuote(leadTo(view, body, verb.start), '”"')) return null;
	// "targeting what it said were militant sites": the verb qualifies a noun phrase of the reporter's, and reports no clause
	if (WHAT_SAID_WAS.test(rest) && WHAT_BEFORE.test(leadTo(view, body, verb.start, 40))) return null;
	// "said “more than 120” people had died": a quoted phrase that is the clause's subject, not the whole of what was said
	const quoteLed = opensWithQuotedSubject(rest);
	if (!quoteLed && /^\s*[,:]?\s*[“"‘]/.test(rest)) return null;
	// "told reporters that", "told AFP:": the listener is not part of the clause.
	if (mayOpenWithListener(rest) && !APPOSED_SUBJECT.test(rest)) rest = rest.replace(/^\s+(?:to\s+)?(?:reporters|journalists|parliament|lawmakers|him|her|them|(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}.’'\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}.’'\-]--[\u{10000}-\u{10FFFF}]]*|[\p{N}--[\u{10000}-\u{10FFFF}]]{1,3})){0,3})(?=\s+that\b|\s*[,:])/v, '');
	// (the patterns below that open with a comma are tried only when one opens the rest)
	if (opensWith(rest, COMMA)) rest = rest.replace(/^\s*,\s*(?:however|though|meanwhile|too|also|again|moreover|nonetheless|nevertheless|in turn|for (?:his|her|its|their) part),(?=\s+that\b)/i, '');
	// "he said, on the night of the signing, that …": a time or place set off by commas before "that"
	if (opensWith(rest, COMMA)) rest = rest.replace(/^\s*,\s*(?:on|in|at|after|before|during|last|earlier|later|when)\s[^,;“"‘”]{1,60},(?=\s+that\b)/i, '');
	// "Our correspondent writes: The exchange of remains is …": a colon then a sentence in no quote marks is what was written
	if (opensWith(rest, COLON) && SPEECH_WORDS.has(verb.word) && COLON_CLAUSE.test(rest)) rest = rest.slice(rest.indexOf(':') + 1);
	if (opensWith(rest, COMMA) || opensWith(rest, COLON)) return null;
	// "said privately that", "warned repeatedly that": a manner adverb between the verb and its clause
	if (firstWordEndsLy(rest)) rest = rest.replace(/^\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly(?=\s+that\b)/v, '');
	if (MAKE_CLEAR.has(verb.word)) rest = rest.replace(CLEAR_THAT, '');
	rest = rest.replace(WHEN_SAID, '');
	if (CLAUSE_PREPOSITION.test(rest.trimStart())) {
		const that = rest.search(/\bthat\b/);
		// ("said on Tuesday, after talks that diplomats …": a "that" past the phrase's comma belongs to another clause)
		const comma = rest.indexOf(',');
		if (that < 0 || (comma >= 0 && comma < that)) return null;
		rest = rest.slice(that);
	}
	// "confirms it will monitor …": a pronoun and an auxiliary make a clause without "that" ("confirmed the visit" stays an object)
	const told = TELLING.has(verb.word) && !/^\s*that\b/.test(rest) ? afterListener(rest) : null;
	if (told !== null) rest = told;
	else if (!quoteLed && !/^\s*that\b/.test(rest) && !PRONOUN_CLAUSE.test(rest) && !SUBJECT_CLAUSE.test(rest)) {
		if (!BARE_CLAUSE.has(verb.word) && !MAKE_CLEAR.has(verb.word)) return null;
		// "Kel claims ownership of the sea", "warned Tor against entering its waters": an object, not a clause of its own
		if (OBJECT_TAKING.has(verb.word) && OBJECT_ONLY.test(rest) && !hasFiniteVerb(rest)) return null;
	}
	rest = withoutClosingSource(withoutClosingStop(rest));
	const opening = thatOpening(rest);
	// ("confirms that on 19 November units …": after "that", a clause may open with a time or a place)
	const afterThat = opening > 0 && /\bthat,?$/.test(rest.slice(0, opening).trimEnd());
	rest = withoutClosingPunctuation(rest.slice(opening)).trim();
	rest = beforeOtherSpeaker(beforeSecondVerb(rest));
	// "Roe said the toll had risen to 54, Kel News reported": the outlet that carried it closes the sentence, outside the clause
	const carried = rest.includes(',') ? CARRIED_BY.exec(rest) : null;
	if (carried && quotesClosed(rest.slice(0, carried.index))) rest = rest.slice(0, carried.index);
	// "X says 160 were killed, while the agency puts the number …": a contrast with another source ends what X said
	// ("… the campus was theirs, a claim police disputed": the reporter's word on the claim is no part of it)
	// ("…, as the United Nations issued a warning over …": another actor's clause after ", as" is the reporter's setting)
	const contrast = OTHER_ACTOR_CLAUSE.exec(rest) ?? (rest.includes(', a') ? STANCE_AFTER.exec(rest) : null);
	if (contrast && quotesClosed(rest.slice(0, contrast.index))) rest = rest.slice(0, contrast.index);
	// "X says the flow is too low; in Y, Z says …": a semicolon outside quotes ends what X said
	const semicolon = rest.indexOf(';');
	if (semicolon > 0 && !/[“"‘]/.test(rest.slice(0, semicolon))) rest = rest.slice(0, semicolon).trim();
	rest = withoutMainClause(view, verb, body, rest);
	if (!clauseSized(rest) || (!quoteLed && /^[^[\p{L}\p{N}“"‘]--[\u{10000}-\u{10FFFF}]]/v.test(rest)) || (!afterThat && NOT_A_CLAUSE.test(rest))) return null;
	return rest;
}

// "While Roe noted that the date was set, he declined to give it": a sentence opened by a subordinate clause
const SUBORDINATE_OPENING = /^\s*(?:While|Although|Though|Whereas|Even though|Even as)\s/;
// ", he declined …", ", the minister added …": the main clause's subject and verb after the comma that ends it
// (", residents say …": a plural noun alone may be that subject)
const MAIN_CLAUSE_AFTER = /,\s+(?:he|she|they|it|we|I|the\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+|[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+|[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}s)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ed|s)|say|said|insist|deny|argue|believe)\b/v;

/** A clause reported inside a sentence's opening subordinate clause, less the main clause after it. */
function withoutMainClause(view: SentenceView, verb: Token, body: string, rest: string): string {
	if (!SUBORDINATE_OPENING.test(view.sentence.text) || body.slice(view.sentence.start, verb.start).includes(',')) return rest;
	const main = MAIN_CLAUSE_AFTER.exec(rest);
	return main && quotesClosed(rest.slice(0, main.index)) ? rest.slice(0, main.index) : rest;
}

/** Whether every quote mark opened in a piece of a clause is closed in it: "had been “fully cleared” overnight". */
function quotesClosed(text: string): boolean {
	const straight = (text.match(/"/g) ?? []).length;
	return straight % 2 === 0 && (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length && !/‘(?![^’]*’)/.test(text);
}

/** Whether a speaker's own relative clause set off by a comma ("…, which said") stands between it and its verb. */
function setOffWhich(body: string, from: number, to: number): boolean {
	// (no comma after "which": "Jane Roe, who chairs the panel, said …" speaks in her own main clause)
	return to - from <= 40 && /^\s*,\s*(?:who|which)\s[^,]*$/.test(body.slice(from, to));
}

/** Every quote of one article with its local speakers. */
export function extractQuotes(article: ParsedArticle): {speakers: LocalSpeaker[]; quotes: LocalQuote[]} {
	const book = new EntityBook();
	const found = quotesIn(article, book);
	found.push(...entryTitleQuotes(article, found), ...entryTitleSentences(article, book));
	const headline = article.headline;
	if (headline && /[“"‘']/.test(headline)) {
		// A headline in sentence case ("Minister says talks 'on track'") attributes like a sentence; it has no body offset.
		const end = headline.length;
		const paragraphs = [{text: headline, start: 0, end, heading: false}];
		const asText = {...article, body: headline, paragraphs, sentences: [{text: headline, start: 0, end, paragraph: 0}]};
		// ("Prime Minister Roe: “We are coming home” as …": a speaker's label and a colon before a quote attribute in any case)
		const attributed = isSentenceCase(headline) ? quotesIn(asText, book) : LABEL_COLON_QUOTE.test(headline) ? quotesIn(asText, book).filter((item) => item.evidence.rule === 'quote.colon') : [];
		for (const item of attributed) found.push({...item, evidence: {article: article.id, text: headline, rule: `${item.evidence.rule}.headline`}});
		const said = new Set(attributed.map((item) => item.text));
		for (const span of findQuoteSpans(headline, paragraphs, ATTRIBUTION_CUT)) {
			if (said.has(span.text)) continue;
			const echo = echoedIn(span.text, found);
			// The same words keep the body quote's kind; a piece of a longer quote is partial.
			if (echo) found.push({entity: echo.entity, text: span.text, kind: wordsOf(echo.text) === wordsOf(span.text) ? echo.kind : 'partial', evidence: {article: article.id, text: headline, rule: 'quote.headline-echo'}});
			else {
				// "‘We know who laid them’: Roe signs the deal": the person the headline names after its colon, one the body quotes
				const named = namedAfterColon(headline.slice(span.close), found);
				if (named) found.push({entity: named, text: span.text, kind: 'direct', evidence: {article: article.id, text: headline, rule: 'quote.headline-colon'}});
			}
		}
	}
	return placesThatSpeak(spelledOut(localRecords(found), article.body), article.body);
}

/**
 * "Teskel says it was warned": a one-word name the article also uses as a place ("in Teskel", "Teskel province")
 * speaks for the place's authorities, a body, not a person whose surname it resembles.
 */
function placesThatSpeak(records: {speakers: LocalSpeaker[]; quotes: LocalQuote[]}, body: string): {speakers: LocalSpeaker[]; quotes: LocalQuote[]} {
	for (const speaker of records.speakers) {
		if (speaker.type !== 'person' || speaker.roleOnly || speaker.role || !/^[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+$/v.test(speaker.name)) continue;
		if (usedAsPlace(speaker.name, body)) speaker.type = 'organisation';
	}
	return records;
}

function usedAsPlace(name: string, body: string): boolean {
	const [after, before] = placePatterns(name);
	return after.test(body) || before.test(body);
}

/** The two patterns usedAsPlace tries for a name, built once per name (with the place features' alternation), not per call. */
const placePatterns = remembered((name): [RegExp, RegExp] => [
	new RegExp(`\\b(?:in|into|across|throughout|outside)\\s+${name}\\b(?![’'\\-]|\\s+[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]])`, 'v'),
	new RegExp(`\\b${name}\\s+(?:${PLACE_FEATURE_PATTERN})\\b`, 'iu'),
]);

const PLACE_FEATURE_PATTERN = alternation(PLACE_FEATURES);

/**
 * "The DRM said": a body named by an acronym the article spells out ("the Delmi Ridge Movement (DRM)")
 * goes by its full name, the acronym kept among its aliases, so outlets that use either form meet in the merge.
 */
function spelledOut(records: {speakers: LocalSpeaker[]; quotes: LocalQuote[]}, body: string): {speakers: LocalSpeaker[]; quotes: LocalQuote[]} {
	if (!records.speakers.some((speaker) => speaker.type === 'organisation' && isBareAcronym(speaker.name))) return records;
	const defined = definedAcronyms(body);
	for (const speaker of records.speakers) {
		const full = speaker.type === 'organisation' ? defined.get(speaker.name) : undefined;
		if (!full) continue;
		speaker.name = full;
		speaker.aliases = [...new Set([...speaker.aliases, full])];
	}
	return records;
}

// Every mark findQuoteSpans opens or closes a span on: double, curly, angled and single.
const QUOTE_MARK = /["“”„«»'‘]/;

/**
 * "Opposition: 'They are buying silence'", "Junta: airport 'under control'": a label and a colon, at most four words,
 * before an entry title's quote (a few words of the editor's may follow the colon).
 */
// (a live blog's entry may open on its time, "14:05 GMT - Rebels: 'finished'": the time before a title's words, and a
// title that is only its time)
const TITLE_TIME = /^\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|[AaPp]\.?[Mm]\.?|local(?:\s+time)?)?\s*[\-–—\|]\s*/;
const TIME_ONLY = new RegExp(`${TITLE_TIME.source}$`);
const TITLE_LABEL = /^(?:\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|[AaPp]\.?[Mm]\.?|local(?:\s+time)?)?\s*[\-–—\|]\s*)?((?:[[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+\s){0,3}[[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+:)\s*(?:[[\p{L}\p{N}’'\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,5}$/v;
// "'A sell-out,' says opposition": the label after the quote, with its verb
const TITLE_SAYS = /^\s*,?\s*(?:says|said)\s+((?:[[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+\s){0,3}[[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+)\s*$/v;

/** The label of an entry title ("Opposition:"), '' for a bare quote, null when the title holds more than a label and the quote. */
function titleLabel(before: string, after: string): string | null {
	if (!after.trim()) return before.trim() && !TIME_ONLY.test(before) ? TITLE_LABEL.exec(before)?.[1] ?? null : '';
	const says = before.trim() ? null : TITLE_SAYS.exec(after);
	return says ? `${says[1]}:` : null;
}

const BODY_HEADS = new Set(ORGANISATION_HEADS);

/** Whether an entry title's label ("Rebels:", "The party:", "Kel's party:") names a group or a body rather than one person. */
function groupLabel(label: string): boolean {
	const last = /([[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+)\s*:\s*$/v.exec(label)?.[1].toLowerCase().replace(/['’]s$/, '');
	return last !== undefined && (BODY_HEADS.has(last) || (last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && label.trim().split(/\s+/).length <= 2));
}

/**
 * A live-blog entry titled with a quote ("Police chief: 'Not in dispute'", "'Paid for in blood'") quotes the person whose
 * words the entry goes on to quote first: the title is an editor's cut of them.
 */
function entryTitleQuotes(article: ParsedArticle, found: Found[]): Found[] {
	const titles: Found[] = [];
	const headings = article.paragraphs.filter((paragraph) => paragraph.heading);
	headings.forEach((heading, index) => {
		// (a heading without a quote mark has no quoted span: most headings are passed over unread)
		if (!QUOTE_MARK.test(heading.text)) return;
		const paragraphs = [{text: heading.text, start: 0, end: heading.text.length, heading: false}];
		const spans = findQuoteSpans(heading.text, paragraphs, ATTRIBUTION_CUT);
		if (spans.length !== 1) return;
		const [span] = spans;
		const label = titleLabel(heading.text.slice(0, span.open), heading.text.slice(span.close));
		if (label === null) return;
		const entryEnd = headings[index + 1]?.start ?? article.body.length;
		const inEntry = (item: Found) => item.entity !== null && (item.evidence.offset ?? -1) >= heading.end && (item.evidence.offset ?? entryEnd) < entryEnd;
		// "Rebels: 'The village is ours'" over "The Kel Front says …": a label naming a group or body is the body the entry
		// opens on, not the spokesman it goes on to quote
		const opening = groupLabel(label) ? found.find(inEntry) : undefined;
		const byBody = opening && (opening.entity!.kind === 'organisation' || opening.entity!.kind === 'country') ? opening : undefined;
		const first = byBody ?? found.find((item) => item.kind !== 'reported' && inEntry(item));
		if (!first) return;
		titles.push({entity: first.entity, text: span.text, kind: 'partial', evidence: {article: article.id, text: heading.text, offset: heading.start, rule: byBody ? 'quote.entry-title-body' : 'quote.entry-title'}});
	});
	return titles;
}


/**
 * "17:35 GMT - Roe hails 'a deal for our farmers'": an entry title written as a sentence, with no label and colon, attributes
 * like a headline does; its speaker is one the title names (a pronoun there has nothing to point back to).
 */
function entryTitleSentences(article: ParsedArticle, book: EntityBook): Found[] {
	const titles: Found[] = [];
	for (const heading of article.paragraphs) {
		if (!heading.heading || !QUOTE_MARK.test(heading.text)) continue;
		const time = TITLE_TIME.exec(heading.text)?.[0] ?? '';
		const text = heading.text.slice(time.length);
		const paragraphs = [{text, start: 0, end: text.length, heading: false}];
		const spans = findQuoteSpans(text, paragraphs, ATTRIBUTION_CUT);
		if (spans.length !== 1 || titleLabel(text.slice(0, spans[0].open), text.slice(spans[0].close)) !== null || !isSentenceCase(text)) continue;
		const asText = {...article, body: text, paragraphs, sentences: [{text, start: 0, end: text.length, paragraph: 0}]};
		for (const item of quotesIn(asText, book)) {
			if (item.kind === 'reported' || !item.entity || !namedIn(item.entity, text)) continue;
			titles.push({...item, kind: 'partial', evidence: {article: article.id, text: heading.text, offset: heading.start, rule: `${item.evidence.rule}.entry-title`}});
		}
	}
	return titles;
}

/** Whether a text names an entity by the last word of its name ("Roe" of "Jane Roe", "ministry" of "the defence ministry"). */
function namedIn(entity: Entity, text: string): boolean {
	const last = entity.name.split(/\s+/).at(-1);
	return last !== undefined && last.length > 1 && text.includes(last);
}

const wordsOf = (text: string) => ` ${text.toLowerCase().replace(/[^[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]+/gv, ' ').trim()} `;

/** "‘We are digging with our hands’: Rescuers search …": a headline quote that repeats words quoted in the body is the body speaker's. */
function echoedIn(text: string, found: Found[]): Found | null {
	const words = wordsOf(text);
	if (words.trim().split(' ').length < 3) return null;
	return found.find((item) => item.kind !== 'reported' && item.entity && wordsOf(item.text).includes(words)) ?? null;
}

/** The speaker a headline names right after the colon that follows its quote ("…’: Roe signs …"), if the body quotes a person of that surname. */
function namedAfterColon(rest: string, found: Found[]): Entity | null {
	const surname = /^[’'"”]?\s*:\s*([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.exec(rest)?.[1];
	if (!surname) return null;
	const item = found.find((one) => one.entity?.kind === 'name' && one.entity.name.split(/\s+/).at(-1) === surname);
	return item?.entity ?? null;
}

// A headline opening on a speaker's label, a colon and a quote: "Prime Minister Roe: “…”"
const LABEL_COLON_QUOTE = /^[^:“”"‘’]{2,60}:\s*[“"‘']/;

/** A headline written like a sentence: most longer words in lower case, so capitals mark names. */
function isSentenceCase(headline: string): boolean {
	const unquoted = headline.replace(/[“"‘'][^“”"‘’']*[”"’']/g, ' ');
	const words = (unquoted.match(/[\p{L}--[\u{10000}-\u{10FFFF}]]{4,}/gv) ?? []).filter((word) => word !== word.toUpperCase());
	return words.filter((word) => /^[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(word)).length >= words.length / 2;
}

type Found = {entity: Entity | null; text: string; kind: QuoteKind; evidence: Evidence};

/** The quotes of one text (an article's body, or its headline as a one-sentence text), resolved in `book`. */
function quotesIn(article: ParsedArticle, book: EntityBook): Found[] {
	const body = article.body;
	const spans = findQuoteSpans(body, article.paragraphs, ATTRIBUTION_CUT);
	const according = accordingToOffsets(body);
	const sentences = article.sentences;
	const views: Array<SentenceView | undefined> = [];
	// A sentence is read into a view when first needed: a heading's only when a quote beside it asks for it.
	const surnames = articledSurnames(body);
	const viewAt = (index: number) => (index < 0 || index >= sentences.length ? undefined : (views[index] ??= viewSentence(sentences[index], body, spans, surnames)));
	const sentenceAt = (offset: number) => {
		let low = 0;
		let high = sentences.length - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (sentences[middle].end > offset) high = middle;
			else low = middle + 1;
		}
		return low;
	};
	const found: Found[] = [];
	// The earliest paragraph a quote found so far stands in: found only grows, so each quote is placed once, not once per
	// paragraph that asks (a question every paragraph's first name asks, which was quadratic in a long article).
	let earliestFound = Infinity;
	let foundPlaced = 0;
	const earliestFoundParagraph = () => {
		for (; foundPlaced < found.length; foundPlaced++) earliestFound = Math.min(earliestFound, sentences[sentenceAt(found[foundPlaced].evidence.offset ?? 0)].paragraph);
		return earliestFound;
	};
	let lastQuote: {entity: Entity | null; paragraph: number} | null = null;
	// Paragraphs of a quote left open with no attribution of their own: the speaker named where the quote closes.
	let runOn: Array<{item: Found; fallback: Entity | null}> = [];
	const settleRunOn = (closingSpeaker: Entity | null) => {
		for (const {item, fallback} of runOn) {
			item.entity = closingSpeaker ?? fallback;
			item.evidence.rule = closingSpeaker ? 'quote.closing-attribution' : 'quote.continues';
		}
		runOn = [];
	};
	/**
	 * The person a quote-less paragraph ends by introducing, for a quote that opens the next paragraph with no attribution
	 * of its own: the named subject of that paragraph's last sentence.
	 */
	const introducedBefore = (viewIndex: number): Entity | null => {
		const sentence = sentences[viewIndex];
		const previous = viewAt(viewIndex - 1);
		if (!previous || previous.sentence.paragraph !== sentence.paragraph - 1 || article.paragraphs[previous.sentence.paragraph]?.heading) return null;
		if (!startsSentence(viewAt(viewIndex)!, body, article.paragraphs[sentence.paragraph].start) || previous.spans.length) return null;
		const subject = sentenceSubject(previous, body, previous.sentence.end);
		if (subject < 0 || previous.mention(subject)!.kind !== 'name') return oneOfThemIs(previous);
		return book.resolve(subjectAt(previous, subject, body, 'quote.introduced-before').mention, previous.sentence.start, true);
	};
	/** "One of them is Jane Roe, 37, who …", "Among them was Jane Roe": the person a sentence introduces after its copula. */
	const oneOfThemIs = (previous: SentenceView): Entity | null => {
		const name = previous.chunks.findIndex((chunk, index) => previous.mention(index)?.kind === 'name' && ONE_OF_THEM_IS.test(body.slice(previous.sentence.start, chunk.start)));
		return name < 0 ? null : book.resolve(previous.mention(name)!, previous.sentence.start, true);
	};
	/**
	 * The person the sentence before introduces in the same paragraph, for a quote that opens a sentence with no
	 * attribution of its own: "Jane Roe, a fisherman, watched from the school. ‘My house was there.’" is hers.
	 */
	const introducedHere = (viewIndex: number): Entity | null => {
		const previous = viewAt(viewIndex - 1);
		if (!previous || previous.sentence.paragraph !== sentences[viewIndex].paragraph || previous.spans.length) return null;
		const subject = sentenceSubject(previous, body, previous.sentence.end);
		if (subject < 0) return null;
		const named = subjectAt(previous, subject, body, 'quote.introduced-before');
		return named.mention.kind === 'name' ? book.resolve(named.mention, previous.sentence.start, true) : null;
	};
	/**
	 * Whether a name at `start` opens the paragraph after the article's first spoken paragraph, with no apposition of a
	 * role of its own ("Jane Roe, 41, who …", not "Jane Roe, the mayor, …"): where a wire lede's speaker is named.
	 */
	const ledeNamedAt = (viewIndex: number, start: number, end: number): boolean => {
		const sentence = sentences[viewIndex];
		if (sentence.paragraph < 1 || (viewIndex > 0 && sentences[viewIndex - 1].paragraph === sentence.paragraph)) return false;
		// ("Speaking to officers in Kel, General Jane Roe said …": the name may follow an opening participle phrase)
		if (article.paragraphs[sentence.paragraph - 1]?.heading || body.slice(viewAt(viewIndex)!.subjectFrom, start).trim() !== '' || earliestFoundParagraph() < sentence.paragraph - 1) return false;
		// ("Jane Roe, the …", "Gen Jane Roe, spokesman for the army, …": a role set off after the name is an office of her own)
		return !/^\s*,\s+(?:[Tt]he|[Aa]n?|(?!who\b|whose\b)[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)\s/v.test(body.slice(end, end + 16));
	};
	let spanIndex = 0;
	for (let viewIndex = 0; viewIndex < sentences.length; viewIndex++) {
		if (article.paragraphs[sentences[viewIndex].paragraph]?.heading) continue;
		const view = viewAt(viewIndex)!;
		let appositionRole: string | null = null;
		let askedUntil: number | undefined;
		let lastNamed: {entity: Entity; index: number} | null = null;
		for (let index = 0; index < view.chunks.length; index++) {
			const chunk = view.chunks[index];
			// Only a chunk with a capital or a definite article ("the ministry") can name someone worth remembering.
			if (chunk.determiner !== 'the' && !chunk.capital) continue;
			const mention = view.mention(index);
			if (!mention) continue;
			// "Jane Roe, spokesman of the agency," / "The agency's spokesman, Jane Roe,": the role is hers, not a second person.
			if (mention.kind === 'description' || mention.kind === 'anonymous') {
				// "Minister for Defence Jane Roe visited the troops": the title, its portfolio and the holder are one person
				const holder = portfolioAfter(view, index, mention, body);
				if (holder) {
					book.observe(holder, view.sentence.start);
					appositionRole = null;
					index++;
					continue;
				}
				const apposition = appositionOf(view, index, body);
				if (apposition === 'after-name') {
					// (the role is hers even when she does not speak here: a later "her organisation" or "the director" finds it)
					if (lastNamed && lastNamed.index === index - 1) book.setRole(lastNamed.entity, mention.surface);
					continue;
				}
				if (apposition === 'before-name') {
					appositionRole = roleBeforeName(view, index, mention, body);
					// the organisation of "the leader of the Green Party, Ana Vesel," is part of her role, not a speaker before her
					if (roleOfBeforeName(view, index, body)) index++;
					continue;
				}
			}
			// "In Tavia, the minister …", "on the beach at Port Velmo": a name after a locative preposition is a place, not a "he" or "she".
			if (mention.kind === 'name' && placeAt(view, chunk, body)) continue;
			// "Asked about the log published by X, he said …": what the question was about is not who answers it
			if (mention.kind === 'name' && chunk.start < (askedUntil ??= askedClauseEnd(view, body))) continue;
			const entity = (ledeNamedAt(viewIndex, chunk.start, mention.end) && book.nameLede(mention, view.sentence.start, article.paragraphs[view.sentence.paragraph - 1].start)) || book.observe(mention, view.sentence.start);
			if (mention.kind !== 'name') continue;
			if (entity && appositionRole) book.setRole(entity, appositionRole);
			appositionRole = null;
			lastNamed = entity ? {entity, index} : null;
		}
		/** The body a person owns that speaks ("His office said"): her office, or the body her role names; null if none is known. */
		const ownedBody = (found: Attribution, view: SentenceView): Entity | null => {
			const owner = book.resolve(found.mention, view.sentence.start);
			const name = owner && owner.kind === 'name' ? bodyOfOwner(owner, found.owned!) : null;
			if (!name) return null;
			const entity = book.resolve({kind: 'organisation', surface: name, name, role: null, side: owner!.side, head: found.owned!, start: found.mention.start, end: found.mention.end + 1 + found.owned!.length}, view.sentence.start, true);
			if (entity) entity.spokeAt = Math.max(entity.spokeAt, found.mention.start);
			return entity;
		};
		const speak = (found: Attribution | null): Entity | null => {
			if (!found) return null;
			if (found.owned) return ownedBody(found, view);
			const attribution = nameGivenAfter(view, found, body);
			const entity = book.resolve(ownSubjectBody(view, attribution.mention, body, (name) => !book.knows(name, view.sentence.start)) ?? itsBody(view, attribution.mention, body) ?? countrysBody(attribution.mention, view, viewAt(viewIndex - 1), body) ?? statementIssuer(attribution.mention, view, (back) => viewAt(viewIndex - back), body) ?? ownedSpokesperson(attribution.mention, view, viewAt(viewIndex - 1), body), view.sentence.start, true);
			if (entity) {
				entity.spokeAt = Math.max(entity.spokeAt, attribution.mention.start);
				if (attribution.role) book.setRole(entity, attribution.role);
			}
			return entity;
		};
		while (spanIndex < spans.length && spans[spanIndex].open < view.sentence.end) {
			const span = spans[spanIndex++];
			if (span.open < view.sentence.start && !span.continues) continue;
			if (!span.continues) settleRunOn(null);
			const closingIndex = sentenceAt(Math.max(span.end - 1, span.start));
			const closing = viewAt(closingIndex)!;
			const kind = kindOf(span, view, body);
			const lead = body.slice(Math.max(0, span.open - 30), span.open);
			if (mayIntroduceName(lead) && NAMING.test(lead)) continue;
			if (kind === 'partial' && quotedTerm(span, view, body)) continue;
			const attribution = attribute(span, view, closing, viewAt(closingIndex + 1), body, (mention) => book.knows(mention, view.sentence.start));
			// 'the head of the "neutral" commission said': a quote inside the speaker's own name is a label of it, not words
			if (attribution && attribution.mention.start < span.open && span.close <= attribution.mention.end) continue;
			// ("“A.” Roe recalled. “B.” Kelnews said it could not verify his account.": a quote ending its sentence in a paragraph
			// whose last quote was someone's goes on with that speaker when the next sentence's verb reports a clause of its own)
			const last = lastQuote as {entity: Entity | null; paragraph: number} | null;
			const goesOn: boolean = Boolean(attribution?.rule === 'quote.said-after' && last?.entity && last.paragraph === closing.sentence.paragraph && attribution.mention.start >= closing.sentence.end && reportsOwnClause(viewAt(closingIndex + 1)!, body));
			let entity: Entity | null = goesOn ? last!.entity : speak(attribution);
			let rule = goesOn ? 'quote.continues' : (attribution?.rule ?? null);
			// ("Quote: “…”": a page's label before a quote that is the whole sentence)
			const wholeSentence = kind === 'direct' && (startsSentence(view, body, span.open) || startsSentence(view, body, span.open - captionLabel(view.sentence.text)));
			const previous = viewAt(viewIndex - 1);
			if (!entity && wholeSentence && previous && /:\s*$/.test(previous.sentence.text) && view.sentence.paragraph - previous.sentence.paragraph <= 1) {
				// "The mayor had a message for residents:" then the quote: the introducing sentence's speaker.
				const introduction = introducer(previous, body);
				entity = introduction && book.resolve(introduction.mention, previous.sentence.start, true);
				rule = 'quote.colon-before';
			}
			// a person the paragraph introduces before the quote outweighs the speaker of a quote in an earlier paragraph
			const here: Entity | null = !entity && wholeSentence && !span.continues && !(lastQuote && lastQuote.paragraph === view.sentence.paragraph) ? introducedHere(viewIndex) : null;
			// (a paragraph between them that introduces someone else by name hands the quote to that person: "Jane Roe, 37,
			// fled on Tuesday." then "‘We heard it before we saw it.’")
			const between: Entity | null = !here && !entity && wholeSentence && !span.continues && lastQuote && view.sentence.paragraph - lastQuote.paragraph === 2 ? introducedBefore(viewIndex) : null;
			const before: Entity | null = !here && !(between && lastQuote && between !== lastQuote.entity) && lastQuote && (span.continues || wholeSentence) && view.sentence.paragraph - lastQuote.paragraph <= 2 ? lastQuote.entity : null;
			// "Gen Roe was in a sombre mood. [new paragraph] ‘We did not come to beg.": the person the paragraph before introduced
			// (a paragraph that carries such a quote on keeps that person)
			const introduced: Entity | null = entity || before ? null : here ?? (span.continues ? runOn[0]?.fallback ?? null : wholeSentence ? introducedBefore(viewIndex) : null);
			if (!entity && span.runsOn && (span.continues ? runOn.length > 0 : wholeSentence)) {
				// ‘We came to stop the killing. [new paragraph] ‘What we signed protects us,’ the minister said.
				const item: Found = {entity: null, text: span.text, kind, evidence: {article: article.id, ...passage(body, view.sentence.start, closing.sentence.end, span), rule: 'quote.continues'}};
				found.push(item);
				runOn.push({item, fallback: before ?? introduced});
				continue;
			}
			if (span.continues) settleRunOn(entity);
			if (!entity && (before || introduced)) {
				entity = before ?? introduced;
				rule = before ? 'quote.continues' : 'quote.introduced-before';
			}
			if (!entity || !rule) continue;
			// A capitalised name in quotes is a title, unless the speaker coined it: "what he called “Freedom Day”".
			if (kind === 'partial' && isTitleCase(span.text) && !COINED.test(body.slice(Math.max(0, span.open - 60), span.open))) continue;
			found.push({entity, text: span.text, kind, evidence: {article: article.id, ...passage(body, view.sentence.start, closing.sentence.end, span), rule}});
			lastQuote = {entity, paragraph: closing.sentence.paragraph};
		}
		const sourced = accordingClause(view, body, according);
		// ("…, the minister said, according to state media": the clause's own speaker is its source, the outlet only carried it)
		if (sourced && !relayedClause(sourced.clause) && !opensOwnReport(sourced.clause)) {
			const entity = speak(sourced.attribution);
			if (entity) found.push({entity, text: sourced.clause, kind: 'reported', evidence: {article: article.id, text: view.sentence.text, offset: view.sentence.start, rule: 'quote.reported-according-to'}});
			if (entity && sourced.further) found.push({entity, text: sourced.further, kind: 'reported', evidence: {article: article.id, text: view.sentence.text, offset: view.sentence.start, rule: 'quote.reported-according-to'}});
		}
		let quoted: boolean | undefined;
		// The latest comma of the sentence up to the verb at hand, read once forward (verbs come in order), never before the sentence.
		let lastComma = -1;
		let commaRead = view.sentence.start + 1;
		const commaBefore = (offset: number) => {
			for (; commaRead <= offset; commaRead++) if (body.charCodeAt(commaRead) === 44) lastComma = commaRead;
			return lastComma;
		};
		for (const verb of view.verbs) {
			if (isPassive(verb, body)) continue;
			// "Nine people were killed, said Dr Jane Roe, director of the hospital.": the speaker after the verb, the clause before it
			const uses = verbUses(verb.word);
			const before = uses & AFTER_CLAUSE && commaRightBefore(body, view.sentence.start, verb.start) ? invertedReport(view, verb, body) : null;
			let clause = before ? null : uses & TAKES_CLAUSE ? reportedClause(view, verb, body) ?? stanceClause(view, verb, body) : uses & NO_CHARACTERISED_CLAUSE ? null : characterisedClause(view, verb, body);
			// no clause after the verb: perhaps one before it (", the ministry said."), in a sentence with a comma and no quote
			if (!clause && (!(uses & AFTER_CLAUSE) || commaBefore(verb.start) <= view.sentence.start)) continue;
			// only a quote that stands as a sentence of its own leaves the sentence to the quote-span rules
			if (!clause) quoted ??= view.spans.some((span) => kindOf(span, view, body) === 'direct');
			if (!clause && quoted) continue; // a quote is the quote-span rules' to attribute
			const attribution = before ? before.attribution : subjectOf(view, verb, body, false);
			if (!attribution) continue;
			// "a village that Kovia says it has captured": a relative clause whose own subject leaves its object out is no
			// statement ("a plant which he said would create 3,000 jobs" keeps its verb and is one)
			const relative = clause ? relativeClauseOf(view, body, attribution.mention.start) : null;
			if (relative && CLAUSE_SUBJECT.test(clause!)) continue;
			// "the flood, which the agency says has killed 600 people, is receding": a clause set off by commas ends at the next
			// ("the ministry, which on Monday said nine had died, revised its toll": the same for a speaker's own "which" clause)
			// (only when the speaker is the sentence's subject, whose own verb follows: "a talk with Gen Roe, who stated that A, B
			// and C are …" runs on)
			if ((relative === 'set-off' || (clause && setOffWhich(body, attribution.mention.end, verb.start) && view.chunks[sentenceSubject(view, body, verb.start)]?.start === attribution.mention.start)) && !/[“"‘]/.test(clause!)) clause = clause!.replace(/,\s.*$/s, '');
			let rule = 'quote.reported';
			let speaker: Attribution = attribution;
			if (!clause && before) {
				clause = before.clause;
				rule = 'quote.reported-inverted';
			} else if (!clause) {
				clause = clauseAroundSpeaker(view, verb, attribution.mention.start, body);
				rule = 'quote.reported-after';
				// "Kyrin blames Tavian troops who, it says, crossed …": "it" inside the sentence is its subject
				// ("…, it said." closing its sentence speaks for a body named before: the clause's own subject is not its speaker)
				const subject = /^(?:it|they)$/i.test(attribution.mention.surface) && RELATIVE_SPEAKER.test(leadTo(view, body, attribution.mention.start, 20)) ? sentenceSubject(view, body, attribution.mention.start) : -1;
				if (subject >= 0 && view.mention(subject)?.kind !== attribution.mention.kind) speaker = subjectAt(view, subject, body, rule);
				// ("… ahead of Roe's meeting in Kell, she said": a person the reported clause names is what is said, not who
				// says it; "she" looks back from the clause's start)
				else if (clause && (attribution.mention.pronoun === 'he' || attribution.mention.pronoun === 'she')) speaker = pronounBeforeClause(attribution, body.indexOf(clause, view.sentence.start));
			}
			if (!clause) continue;
			const entity = speak(speaker);
			if (!entity) continue;
			if (sourced?.further === clause) continue; // "according to a diplomat, who said …": already reported
			found.push({entity, text: clause, kind: 'reported', evidence: {article: article.id, text: view.sentence.text, offset: view.sentence.start, rule}});
			const joined = rule === 'quote.reported-after' ? clauseJoinedAfterSpeaker(view, verb, body) : null;
			if (joined) found.push({entity, text: joined, kind: 'reported', evidence: {article: article.id, text: view.sentence.text, offset: view.sentence.start, rule: 'quote.reported-joined'}});
		}
	}
	settleRunOn(null);
	return runOnLeftOpen(found);
}

/** A pronoun's attribution that looks back from `from` (a clause it closes) rather than from where it stands. */
function pronounBeforeClause(attribution: Attribution, from: number): Attribution {
	return from >= 0 && from < attribution.mention.start ? {...attribution, mention: {...attribution.mention, start: from}} : attribution;
}

// What the reported-speech rule asks of a verb's word, as bits: a speech word closing a clause before it (SPEECH_WORDS),
// a verb reporting the clause after it (CLAUSE or MAKE_CLEAR), or one that reports no characterised clause (DISMISSING,
// QUOTE_ONLY, BIDDING, PUT_IT).
const AFTER_CLAUSE = 1;
const TAKES_CLAUSE = 2;
const NO_CHARACTERISED_CLAUSE = 4;
const VERB_USES = new Map<string, number>();

/** The uses of a verb's word (see AFTER_CLAUSE), worked out once per word: one look-up per verb instead of one per list. */
function verbUses(word: string): number {
	let uses = VERB_USES.get(word);
	if (uses === undefined) {
		uses = (SPEECH_WORDS.has(word) ? AFTER_CLAUSE : 0) | (CLAUSE.has(word) || MAKE_CLEAR.has(word) ? TAKES_CLAUSE : 0) | (DISMISSING.test(word) || QUOTE_ONLY.has(word) || BIDDING.has(word) || PUT_IT.has(word) ? NO_CHARACTERISED_CLAUSE : 0);
		// (the words are reporting verbs' forms, a closed list; the table is bounded all the same)
		if (VERB_USES.size >= 20000) VERB_USES.clear();
		VERB_USES.set(word, uses);
	}
	return uses;
}

/** Whether a clause ends on its own speaker and verb after a comma ("A, the minister said"): a statement someone relayed. */
function relayedClause(clause: string): boolean {
	const comma = clause.lastIndexOf(',');
	// (the last word is read only when a comma stands before it)
	if (comma <= 0) return false;
	const last = /([\p{L}--[\u{10000}-\u{10FFFF}]]+)\W*$/v.exec(clause)?.[1]?.toLowerCase();
	return last !== undefined && SPEECH_WORDS.has(last) && wordsAtMost(clause.slice(comma + 1), 6);
}

/**
 * Whether a clause opens on its own speaker and verb ("According to Kel Radio, Jane Roe said that …"): the outlet only
 * carried the words, which the clause's own speaker is found to have said.
 */
function opensOwnReport(clause: string): boolean {
	// ("According to Kel Radio, one survivor, Jane Roe, said he …": a subject with a name set off in apposition, then its verb)
	const apposed = NAMED_SUBJECT_APPOSITION.exec(clause);
	if (apposed) return SPEECH_WORDS.has(apposed[1]);
	return ownReport(clause) !== null;
}

/** The first dozen words of a clause that opensOwnReport, and where its verb stands among them; null for any other clause. */
function ownReport(clause: string): {words: string[]; at: number} | null {
	// (its first character is read before the clause is split: only a capital or the "t" or "a" of an article opens one)
	const first = clause.charCodeAt(0);
	if (!(first === 116 || first === 97 || (first >= 65 && charClass(first) & UPPER))) return null;
	const words = splitOnWhiteSpace(clause, 12);
	if (!/^(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]]|(?:the|a|an)$)/v.test(words[0] ?? '')) return null;
	for (let index = 1; index < words.length; index++) {
		if (holdsClauseMark(words[index - 1])) return null;
		if (SPEECH_WORDS.has(words[index])) return index + 1 < words.length ? {words, at: index} : null;
	}
	return null;
}

/** Whether a word holds a mark that ends a speaker's phrase, as `/[,;:“”"‘]/` tests it. */
function holdsClauseMark(word: string): boolean {
	for (let index = 0; index < word.length; index++) {
		const code = word.charCodeAt(index);
		if (code === COMMA || code === 59 || code === COLON || code === 0x201c || code === 0x201d || code === 34 || code === 0x2018) return true;
	}
	return false;
}

// "one survivor, Jane Roe, said": a short subject, a capitalised name set off by commas, then the word after it
const NAMED_SUBJECT_APPOSITION = /^(?:(?:the|a|an|one)\s+)?[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?,\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]*){0,3},\s+(?:has\s+|had\s+)?([\p{Ll}--[\u{10000}-\u{10FFFF}]]+)\s/v;

const SAYING_WORDS = new Set(SAYING_ONLY_VERBS);

/** Whether a clause opens on its own speaker and a verb that only reports ("Jane Roe said in her report that …"). */
function opensOwnSaying(clause: string): boolean {
	const apposed = NAMED_SUBJECT_APPOSITION.exec(clause);
	if (apposed) return SAYING_WORDS.has(apposed[1]);
	// (the verb opensOwnReport found: the first speech word of the clause; "Residents were told to leave" is a passive)
	const report = ownReport(clause);
	return report !== null && SAYING_WORDS.has(report.words[report.at]) && !PASSIVE_CLOSERS.has(report.words[report.at - 1]);
}

const BARE_SPOKESPERSON = /^(?:(?:a|an|the)\s+)?spokes(?:man|woman|person)$/i;

/**
 * "Kelso Air says it will fly again. A spokesman said …": a spokesperson with no owner, right after a sentence of the
 * same paragraph whose subject is a body, speaks for that body ("Kelso Air spokesman"), and no later name unmasks them
 * unless it is given that body too.
 */
function ownedSpokesperson(mention: Mention, view: SentenceView, previous: SentenceView | undefined, body: string): Mention {
	// ("a spokeswoman for the defence ministry" has its owner already)
	if (mention.kind !== 'anonymous' || !BARE_SPOKESPERSON.test(mention.surface) || /^\s+(?:for|of|at|from|with|in)\s/.test(body.slice(mention.end, mention.end + 6))) return mention;
	if (!previous || previous.sentence.paragraph !== view.sentence.paragraph) return mention;
	const subject = sentenceSubject(previous, body, previous.sentence.end);
	const owner = subject >= 0 ? previous.mention(subject) : null;
	if (!owner || owner.kind !== 'organisation' || owner.anaphoric || !/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(owner.name)) return mention;
	const role = `${owner.name} ${mention.surface.replace(/^(?:a|an|the)\s+/i, '').toLowerCase()}`;
	return {...mention, name: role, role, side: mention.side ?? owner.side};
}

// a body named in a role after "of", "at" or "for": "director of the Kel Rights Watch" (its capitalised words)
const BODY_IN_ROLE = /\b(?:of|at|for)\s+(?:the\s+)?([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+(?:of|for|and|on|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*))*\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*)/v;

/**
 * The body a named person's "his office" or "her organisation" is: the office of the title she holds ("Prime
 * Minister's office"), else of her name; an organisation is the body her role names, if it names one.
 */
function bodyOfOwner(owner: Entity, head: string): string | null {
	const role = owner.role ?? '';
	if (head === 'office') {
		const title = CAPITALISED_TITLE.exec(role.split(',')[0].trim())?.[1];
		return `${title && !onlyCourtesy(title) ? title : owner.name}'s office`;
	}
	return BODY_IN_ROLE.exec(role)?.[1] ?? null;
}

/** Whether a title is a courtesy or rank alone ("Mr", "Dr"), no office. */
const onlyCourtesy = (title: string) => COURTESY.test(title);
const COURTESY = /^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?$/;
// a title in capitals alone, after an optional "the": "the Prime Minister"
const CAPITALISED_TITLE = /^(?:[Tt]he\s+)?((?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*\s+)*[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*)$/v;

/** The quotes found, less any part of a quote over paragraphs that no one was found to speak. */
function runOnLeftOpen(found: Found[]): Found[] {
	return found.some((item) => !item.entity) ? found.filter((item) => item.entity) : found;
}

/** The evidence passage: the sentence(s) of the quote, or a window of a run-on text around it. */
function passage(body: string, start: number, end: number, span: QuoteSpan): {text: string; offset: number} {
	if (end - start <= MAX_PASSAGE) return {text: body.slice(start, end), offset: start};
	const from = Math.max(start, span.open - 200);
	const to = Math.min(end, Math.max(span.close + 200, from + 400));
	return {text: body.slice(from, to), offset: from};
}

/** Local speakers for the entities that spoke, and quotes pointing at them by key. */
function localRecords(found: Found[]): {speakers: LocalSpeaker[]; quotes: LocalQuote[]} {
	const speakers = new Map<number, LocalSpeaker>();
	const quotes: LocalQuote[] = [];
	for (const item of found) {
		const entity = item.entity!;
		if (!speakers.has(entity.id)) speakers.set(entity.id, speakerOf(entity));
		quotes.push({speakerKey: `s${entity.id}`, text: item.text, kind: item.kind, evidence: item.evidence});
	}
	return {speakers: [...speakers.values()], quotes};
}

/** The side a role phrase speaks for (see sideOf): roles recur across articles, so each is read once. */
const sideOfRole = remembered((role) => sideOf(tokenize(role)));

/** A copy of a list of strings without repeats, in order, as `[...new Set(list)]`: a short list of distinct strings is only copied. */
function distinct(list: string[]): string[] {
	for (let index = 1; index < list.length; index++) if (list.lastIndexOf(list[index], index - 1) >= 0) return [...new Set(list)];
	return list.slice();
}

/** An entity as the article's local speaker record. */
function speakerOf(entity: Entity): LocalSpeaker {
	const name = entity.kind === 'name' ? entity.name : entity.name.replace(/^(?:the|a|an)\s+/i, '');
	return {
		key: `s${entity.id}`,
		name,
		aliases: distinct(entity.aliases),
		role: entity.role ? entity.role.replace(/^(?:the|a|an)\s+/i, '') : null,
		type: speakerTypeOf(entity.kind),
		side: entity.side ?? (entity.role ? sideOfRole(entity.role) : null),
		roleOnly: entity.kind === 'description',
	};
}
