/**
 * The proposal an article discusses and the terms it reports of it. Terms come from list blocks under a
 * heading that announces them and from sentences whose subject is the proposal, that cite it, or that say
 * what the parties agreed; coordinated terms are split into one provision each.
 */
import {CAPITALS, COUNTRIES} from '../lexicon/geography.js';
import {HEDGE_PATTERNS} from '../lexicon/hedges.js';
import {NUMBER_WORDS} from '../lexicon/numbers.js';
import {AREA_NOUNS, PLACE_FEATURES} from '../lexicon/place-features.js';
import {
	ACTION_TERM_VERBS,
	AGREEMENT_VERBS,
	BINDING_PROPOSALS,
	BOTH_SIDES,
	BREACH_MARKERS,
	CITING_OPENERS,
	COMMENT_APPOSITIVES,
	COMMENT_OBJECTS,
	COMMENTATOR_WORDS,
	COMMITMENT_VERBS,
	CRITIC_WORDS,
	DISCLOSED_OBJECTS,
	DISCLOSURE_VERBS,
	NARROWING_OPENERS,
	CARVE_OUT_PARTICIPLES,
	DEAL_PASSAGE_BODIES,
	DEAL_RECEPTION_VERBS,
	DEAL_SEALING_VERBS,
	HEADLINE_ADVERBS,
	SPEECH_NOUNS,
	DEAL_OBJECTS,
	DEMAND_VERBS,
	GLOSS_VERBS,
	COMMENTING_VERBS,
	DEAL_PASSIVE_VERBS,
	DELIVERED_VERBS,
	DETERMINERS,
	DISPUTE_NOUNS,
	EFFECT_PHRASES,
	ESTIMATE_VERBS,
	EXCHANGED_NOUNS,
	EXCLUSION_PHRASES,
	FORECAST_VERBS,
	FACILITY_NOUNS,
	FIRST_STEP_VERBS,
	HARM_OBJECTS,
	JUDGING_VERBS,
	KEEPING_VERBS,
	OBLIGING_VERBS,
	RESTORED_STATES,
	LIST_VERBS,
	MILITARY_SUBJECTS,
	NOT_PACKAGE_AFTER,
	NOT_PARTY_WORDS,
	NOT_TERM_MARKERS,
	OTHER_PROPOSAL_WORDS,
	OVERSIGHT_BODIES,
	OVERSIGHT_VERBS,
	PARTY_HEADS,
	PERMIT_NOUNS,
	PHASE_WORDS,
	PLEDGED_VERBS,
	PLIGHT_WORDS,
	PROPOSAL_MODIFIERS,
	PROPOSAL_NOUNS,
	PROGRAMME_SUBJECTS,
	PROPOSAL_ORDINALS,
	PROPOSAL_EXCLUDES,
	SERIES_TERM_VERBS,
	SILENCE_PHRASES,
	PROPOSAL_PART_NOUNS,
	RETENTION_PHRASES,
	SCHEDULE_WORDS,
	SIGNING_VERBS,
	SCHEDULED_OVERSIGHT_VERBS,
	SNAP_BACK_PHRASES,
	STEP_NOUNS,
	STAND_DOWN_VERBS,
	TALKS_NOUNS,
	TALKS_START_VERBS,
	TERM_HEADING_WORDS,
	OBJECTION_LEAD_VERBS,
	TERM_VERBS,
	VAGUE_OBJECTS,
	WEAPON_OBJECTS,
	SETTLEMENT_NOUNS,
	SHARED_OBJECT_VERBS,
	WEAK_PROPOSAL_NOUNS,
	WORKS_NOUNS,
	IRREGULAR_PARTICIPLES,
	SUBORDINATE_OPENERS,
} from '../lexicon/proposals.js';
import {DEAL_VERB_ADVERBS, PEOPLE_ADJECTIVES, PROVIDING_VERBS, SET_UP_BODIES, SHARE_QUESTION_VERBS, UNDER_WHICH_NOUNS} from '../lexicon/term-shapes.js';
import type {Evidence, ParsedArticle, Sentence} from '../model.js';
import {remembered} from '../memo.js';
import {alternation, asciiTwin, asciiTwinFor, foldsToAscii, isWhiteSpaceCode, WORD_START, wordCount, wordsAtMost} from '../text-scan.js';

export interface LocalProvision {
	summary: string;
	evidence: Evidence;
	/**
	 * For each sentence of a list item of several (or of a term told in two sentences): where the item starts, so the merge
	 * can keep its details with it.
	 */
	item?: number;
	/**
	 * For a list item: where its list's lead-in starts. A live page's "Key points" and its list of the terms are two lists
	 * of one article, and the merge may join an item of one to an item of the other.
	 */
	list?: number;
}

export interface ProposalMention {
	/** "28-point plan", "peace plan", "trade deal", … */
	name: string;
	count: number;
}

/**
 * Whether a pre-test written without the u flag lets a text through to an iu pattern: it matches, or the text holds a
 * character only Unicode folding makes ASCII. V8 runs iu patterns many times slower than i ones.
 */
const mayMatch = (pretest: RegExp, text: string) => foldsToAscii(text) || pretest.test(text);

/** An iu pattern of ASCII words and its twin without u, which gives the same matches on any text without ſ or K. */
function caseless(source: string, flags: string): (text: string) => RegExp {
	const folding = new RegExp(source, flags);
	const plain = new RegExp(source, flags.replace('u', ''));
	return (text) => (foldsToAscii(text) ? folding : plain);
}

/**
 * Trigger words: each rule's pattern cannot match a sentence without one of its words, so a sentence's words,
 * looked up once in a map, say which rules may read it before any of their patterns runs.
 */
const TRIGGER = new Map<string, number>();
let triggerCount = 0;

/** A bit for a rule that needs one of `phrases`: each phrase is keyed by its longest word, which any match of it holds. */
function triggerOf(phrases: readonly string[]): number {
	const bit = 1 << triggerCount++;
	for (const phrase of phrases) {
		const key = phrase
			.toLowerCase()
			.split(/[^a-z0-9]+/)
			.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
		TRIGGER.set(key, (TRIGGER.get(key) ?? 0) | bit);
	}
	return bit;
}

/** A word's hash as triggerBits reads it, char code by char code. */
const hashStep = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;

interface TriggerKey {
	key: string;
	bits: number;
}

/** TRIGGER by the hash of its words, so a sentence's words are looked up without cutting each one out of it. */
let triggerIndex: Map<number, TriggerKey[]> | null = null;
/** Which low bits of a hash some key has: most words of a sentence are no key, and are passed over without a lookup. */
const HASH_FILTER_BITS = 0x3fff;
const triggerFilter = new Uint8Array(HASH_FILTER_BITS + 1);

function triggerIndexOf(): Map<number, TriggerKey[]> {
	const index = new Map<number, TriggerKey[]>();
	for (const [key, bits] of TRIGGER) {
		let hash = 0;
		for (let at = 0; at < key.length; at++) hash = hashStep(hash, key.charCodeAt(at));
		index.set(hash, [...(index.get(hash) ?? []), {key, bits}]);
		triggerFilter[hash & HASH_FILTER_BITS] = 1;
	}
	return index;
}

/** Whether text[start, end), lower-cased, is the key. */
function wordIs(text: string, start: number, end: number, key: string): boolean {
	if (end - start !== key.length) return false;
	for (let at = 0; at < key.length; at++) {
		const code = text.charCodeAt(start + at);
		if ((code >= 65 && code <= 90 ? code | 32 : code) !== key.charCodeAt(at)) return false;
	}
	return true;
}

/**
 * The trigger bits of a text's words (runs of a-z and 0-9 once lower-cased), read by a scan of char codes. No other
 * character lower-cases to ASCII but İ (to "i" and a dot), read the slow way, and the Kelvin sign, which triggered lets through.
 */
function triggerBits(text: string): number {
	if (text.includes('\u0130')) return loweredTriggerBits(text.toLowerCase());
	triggerIndex ??= triggerIndexOf();
	let bits = 0;
	let start = -1;
	let hash = 0;
	for (let index = 0; index <= text.length; index++) {
		let code = index < text.length ? text.charCodeAt(index) : 0;
		if (code >= 65 && code <= 90) code |= 32;
		const wordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
		if (wordChar) {
			if (start < 0) {
				start = index;
				hash = 0;
			}
			hash = hashStep(hash, code);
		} else if (start >= 0) {
			const keys = triggerFilter[hash & HASH_FILTER_BITS] ? triggerIndex.get(hash) : undefined;
			if (keys) for (const {key, bits: keyBits} of keys) if (wordIs(text, start, index, key)) bits |= keyBits;
			start = -1;
		}
	}
	return bits;
}

/** The trigger bits of a lower-cased text's words, each looked up as a string. */
function loweredTriggerBits(lower: string): number {
	let bits = 0;
	let start = -1;
	for (let index = 0; index <= lower.length; index++) {
		const code = index < lower.length ? lower.charCodeAt(index) : 0;
		const wordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
		if (wordChar && start < 0) start = index;
		else if (!wordChar && start >= 0) {
			bits |= TRIGGER.get(lower.slice(start, index)) ?? 0;
			start = -1;
		}
	}
	return bits;
}

let triggeredText = '';
let triggeredBits = 0;
/** Trigger bits by text: the rules ask of the same sentences, and of the one before, again and again. */
const triggerCache = new Map<string, number>();

/** Whether a sentence holds a trigger word of a rule (every rule may read a text that Unicode folding could change). */
function triggered(text: string, bit: number): boolean {
	if (text !== triggeredText) {
		let bits = triggerCache.get(text);
		if (bits === undefined) {
			bits = foldsToAscii(text) ? -1 : triggerBits(text);
			// The bits are the text's alone; the memo is emptied for each article only to stay small.
			if (triggerCache.size < 4096) triggerCache.set(text, bits);
		}
		triggeredText = text;
		triggeredBits = bits;
	}
	return (triggeredBits & bit) !== 0;
}

const HEAD = alternation(PROPOSAL_NOUNS);
/** A proposal noun, singular or plural: PROPOSAL_NP and HEAD_WORD match no text without one. */
const HEAD_TRIGGER = triggerOf(PROPOSAL_NOUNS.flatMap((noun) => [noun, `${noun}s`, `${noun}es`]));
const WEAK = new Set<string>(WEAK_PROPOSAL_NOUNS);
const DETERMINER = new Set(DETERMINERS);
const JUDGING = new Set(JUDGING_VERBS);
const MODIFIER = new Set<string>(PROPOSAL_MODIFIERS);
const PART = new Set<string>(PROPOSAL_PART_NOUNS);
const ORDINAL = new Set<string>(PROPOSAL_ORDINALS);
const NOT_PACKAGE = new RegExp(`^\\s+(?:${alternation(NOT_PACKAGE_AFTER)})\\b`);
const PRONOUN_BEFORE = /\b(?:who|he|she|they|we|i|you|it|which|that|also|still)\s+$/i;

/** A proposal noun with up to four words before it, in one clause: "the 28-point draft plan", "this framework". */
const PROPOSAL_NP = new RegExp(
	`((?:\\b[[\\p{L}\\p{N}]--[\\u{10000}-\\u{10FFFF}]][[\\p{L}\\p{N}.'’–\\-]--[\\u{10000}-\\u{10FFFF}]]*\\s+){0,4}?)\\b(${HEAD})(?:es|s)?\\b(?!-)(?!\\s+(?:${HEAD})(?:es|s)?\\b)`,
	'giv',
);

interface ProposalRef {
	/** Words before the head inside the noun phrase. */
	before: string;
	head: string;
	start: number;
	end: number;
}

/** The word before "deal with" that makes "deal" a verb: an infinitive's "to", a modal, a pronoun subject, or nothing at all. */
const DEAL_AS_VERB = /(?:^|\b(?:to|will|would|can|could|must|should|may|might|shall|cannot|not|we|they|i|you|he|she|it|and|or|also|then|help|helps|helped)\s+)$/i;

/** Proposal noun phrases in a text, skipping verbs ("who plans to", "deal with") and bare weak nouns. */
function proposalRefs(text: string): ProposalRef[] {
	const cached = refCache.get(text);
	if (cached) return cached;
	const refs = triggered(text, HEAD_TRIGGER) ? findProposalRefs(text) : [];
	// The rules ask about the same sentence several times; the memo lives for one article only.
	if (refCache.size < 4096) refCache.set(text, refs);
	return refs;
}

const refCache = new Map<string, ProposalRef[]>();

/**
 * A whole proposal noun, as PROPOSAL_NP's head must be: where PROPOSAL_NP can match at all, found without trying
 * four words at every position. A bare prefix ("according", "planned") would send PROPOSAL_NP scanning the rest of the sentence.
 */
const HEAD_WORD = caseless(`\\b(?:${HEAD})(?:es|s)?\\b(?!-)`, 'giu');
const proposalNpFor = asciiTwinFor(PROPOSAL_NP);
/** HEAD_WORD as a plain test. */
const HAS_HEAD = new RegExp(`\\b(?:${HEAD})(?:es|s)?\\b(?!-)`, 'i');

/** The start of the fifth whitespace-separated run before a position: no PROPOSAL_NP match ending past it starts earlier. */
function runsBack(text: string, at: number): number {
	let index = at;
	for (let run = 0; run < 5 && index > 0; run++) {
		while (index > 0 && isWhiteSpaceCode(text.charCodeAt(index - 1))) index--;
		while (index > 0 && !isWhiteSpaceCode(text.charCodeAt(index - 1))) index--;
	}
	return index;
}

/** The matches of PROPOSAL_NP in order, the phrase search starting only a few words before each proposal noun. */
function* proposalMatches(text: string): Generator<RegExpExecArray> {
	let from = 0;
	const headWord = HEAD_WORD(text);
	const proposalNp = proposalNpFor(text);
	while (from < text.length) {
		headWord.lastIndex = from;
		const head = headWord.exec(text);
		if (!head) return;
		proposalNp.lastIndex = Math.max(from, runsBack(text, head.index));
		const match = proposalNp.exec(text);
		if (!match) return;
		from = match.index + match[0].length;
		yield match;
	}
}

const PROGRAMME = new Set(['programme', 'program', 'programmes', 'programs']);
const PROGRAMME_SUBJECT = new Set<string>(PROGRAMME_SUBJECTS);

function findProposalRefs(text: string): ProposalRef[] {
	const refs: ProposalRef[] = [];
	for (const match of proposalMatches(text)) {
		const head = match[2].toLowerCase();
		const start = match.index!;
		const end = start + match[0].length;
		const before = match[1] ?? '';
		const after = text.slice(end, end + 12);
		const left = text.slice(0, start + before.length);
		// "to deal with", "we will deal with" are verbs; "a ceasefire deal with the rebels" is the deal.
		if (/^\s+with\b/.test(after) && head === 'deal' && DEAL_AS_VERB.test(left)) continue;
		if (/^\s+of\b/.test(after) && (head === 'understanding' || head === 'declaration')) continue;
		if (/^\s+to\b/.test(after) && PRONOUN_BEFORE.test(left)) continue;
		const lastWord = (before.trim().split(/\s+/).at(-1) ?? '').toLowerCase();
		// "its nuclear programme", "the missile program": what a deal is about, not the deal.
		if (PROGRAMME.has(head) && PROGRAMME_SUBJECT.has(lastWord)) continue;
		// "phase two", "stage 2": a part of a phased deal named by its number.
		const numbered = /^\s+(?:one|two|three|four|five|\d+|I{1,3}|IV)\b/.test(after);
		if (WEAK.has(head) && !numbered && !/^(?:the|this|that|its|their|an?|new|draft|\d[\w-]*|[a-z]+-point)$/.test(lastWord) && !MODIFIER.has(lastWord) && !ORDINAL.has(lastWord)) continue;
		// "the first phase of the offensive": a part of something other than a deal.
		if (PART.has(head) && /^\s+of\s/.test(after) && !findProposalRefs(text.slice(end + 4, end + 60)).some((ref) => !PART.has(ref.head))) continue;
		// "aid workers", "aid trucks", "a charter flight": the noun modifies another noun and names no package or text.
		if ((PART.has(head) || head === 'charter') && NOT_PACKAGE.test(after)) continue;
		const trimmed = trimNounPhrase(before);
		refs.push({before: trimmed, head, start: start + (match[1].length - trimmed.length), end});
	}
	return refs;
}

/** The words of a noun phrase before its head, cut at the last verb-like or clause word. */
function trimNounPhrase(before: string): string {
	if (!before) return '';
	const words = before.trim().split(/\s+/).filter(Boolean);
	let from = 0;
	words.forEach((word, index) => {
		if (/^(?:said|says|that|saying|and|but|or|to|on|of|for|with|from|in|by|as|after|before|about|over|under|is|was|are|were|has|have|had|its?|he|she|they)$/i.test(word)) from = index + 1;
	});
	const kept = words.slice(from);
	return kept.length ? kept.join(' ') + ' ' : '';
}

/** The name an article gives its proposal: "28-point plan", "peace plan", "ceasefire". */
function proposalName(ref: ProposalRef): string {
	if (!ref.before) return ref.head.replace('cease-fire', 'ceasefire');
	const words = ref.before.trim().toLowerCase().split(/\s+/).filter(Boolean);
	const points = words.find((word) => /^(?:\d+|[a-z]+)-point$/.test(word));
	const head = ref.head.replace('cease-fire', 'ceasefire');
	if (points) return `${points} ${head}`;
	const last = words.at(-1);
	if (last && MODIFIER.has(last)) return `${last} ${head}`;
	return head;
}

/** Counts of the proposal names an article uses. */
export function proposalMentions(article: ParsedArticle): ProposalMention[] {
	const counts = new Map<string, number>();
	const texts = [article.headline ?? '', ...article.sentences.map((sentence) => sentence.text)];
	for (const text of texts)
		for (const ref of proposalRefs(text)) {
			if (PART.has(ref.head)) continue;
			const name = proposalName(ref);
			counts.set(name, (counts.get(name) ?? 0) + 1);
		}
	return [...counts].map(([name, count]) => ({name, count})).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

// ---- hedges ------------------------------------------------------------------

const NAME = "[A-Z][[\\p{L}.\\-]--[\\u{10000}-\\u{10FFFF}]]*(?:\\s+[A-Z][[\\p{L}.\\-]--[\\u{10000}-\\u{10FFFF}]]*)*(?![['’\\p{L}]--[\\u{10000}-\\u{10FFFF}]])";
const MODAL_HEDGES = new Set(['could', 'may', 'might']);

/**
 * The hedge patterns as two alternations, one per case rule, each alternative captured so the winner is known:
 * a regex's leftmost match, ties going to the earlier alternative, is the earliest pattern's earliest match.
 */
interface HedgeAlternation {
	pattern: (text: string) => RegExp;
	/** For each capture group, its pattern's place in HEDGE_PATTERNS. */
	order: number[];
}

function hedgeAlternation(named: boolean): HedgeAlternation {
	const patterns = HEDGE_PATTERNS.map((pattern, order) => ({pattern, order})).filter(({pattern}) => !MODAL_HEDGES.has(pattern) && pattern.includes('{name}') === named);
	const source = patterns.map(({pattern}) => `(\\b${pattern.replaceAll('{name}', NAME)}\\b)`).join('|');
	// A named pattern is case-sensitive: the v flag folds nothing there, and the letter class in a name needs it.
	const sensitive = new RegExp(source, 'v');
	return {pattern: named ? () => sensitive : caseless(source, 'iu'), order: patterns.map(({order}) => order)};
}

const HEDGES = [hedgeAlternation(false), hedgeAlternation(true)];
const MODAL_HEDGE = new RegExp(`\\b(?:${HEDGE_PATTERNS.filter((pattern) => MODAL_HEDGES.has(pattern)).join('|')})\\b`);
const PROPOSAL_SAYS = new RegExp(`\\bthe\\s+(?:[\\w.–\\-]+\\s+){0,3}(?:${HEAD})\\s+(?:says|said|states|stipulates)\\b`, 'i');

/** How the sentence sources what it reports: its earliest attribution or hedge phrase, else a modal ("could"). */
export function hedgeOf(text: string): string | null {
	let best: RegExpExecArray | null = null;
	let bestOrder = Infinity;
	for (const {pattern, order} of HEDGES) {
		const match = pattern(text).exec(text);
		if (!match) continue;
		const group = match.findIndex((value, index) => index > 0 && value !== undefined);
		if (!best || match.index < best.index || (match.index === best.index && order[group - 1] < bestOrder)) {
			best = match;
			bestOrder = order[group - 1];
		}
	}
	// The proposal speaking comes after every listed pattern: it wins only by starting earlier.
	const says = PROPOSAL_SAYS.exec(text);
	if (says && (!best || says.index < best.index)) best = says;
	const found = best ?? MODAL_HEDGE.exec(text);
	if (!found) return null;
	// "According to …" -> "according to …", but a name keeps its capital ("Harbour Gazette cited").
	return /^(?:According|Media|Reports|Sources|Officials|Diplomats|A|An|One|The|Reportedly|Allegedly|Said|Speaking|Not|Has)\b/.test(found[0])
		? found[0].charAt(0).toLowerCase() + found[0].slice(1)
		: found[0];
}

// ---- splitting terms -----------------------------------------------------------

// "…, and until the commission has reported, no ship shall sail": a time clause whose verb reports is no attribution.
// ([\s\S]*, not [^]*: under flag v Node 20's V8 reads [^]* as matching nothing)
// "…,' she told the Gazette": a quote's closing mark may stand between its comma and the speaker.
const ATTRIBUTION_TAIL = /,[’'”"]?\s+(?:according to (?![\s\S]*\b(?:will|would|shall|must)\b)[\s\S]*$|(?!(?:and\s+)?(?:until|till|when|once|after|before|if|unless|whether)\b)(?:[[\p{L}\p{N}.'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,8}?(?:said|says|added|adds|posted|wrote|writes|told|tweeted|announced|confirmed|reported|reports)\b.*$)/iv;
/**
 * ", Orvanne Quedlin, the agency's relief coordinator, told a news conference": a named speaker with her post set beside the name
 * between commas, then the say-verb (case-sensitive: the name is capitalised, the post is not).
 */
const APPOSED_SPEAKER_TAIL = /,[’'”"]?\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*){0,3},\s+(?:the\s|an?\s|[\p{Ll}--[\u{10000}-\u{10FFFF}]])[^,;“”"]{0,80}?,\s+(?:said|says|added|adds|wrote|writes|told|announced|confirmed)\b.*$/v;
const withoutAttribution = (text: string) => text.replace(ATTRIBUTION_TAIL, '').replace(APPOSED_SPEAKER_TAIL, '');
const hasAttribution = (text: string) => ATTRIBUTION_TAIL.test(text) || APPOSED_SPEAKER_TAIL.test(text);
/** "a 30-day truce in the valley, opening two supply routes …": what the deal opens, said in passing after its name (a lede). */
const OPENING_AFTER_DEAL = new RegExp(`^(.*\\b(?:${HEAD})\\b[^,]*),\\s+opening\\s.*$`, 'iu');
/** " - four months' wages, about 900 million - ": an aside between two dashes of one kind, short and with no dash inside. */
const PAIRED_DASHES = /\s+([-–—])\s+[^-–—;:]{1,80}?\s+\1\s+/gu;
/** "after signing", "after its entry into force": the deal's own start, from which a term's time runs. */
const DEAL_EVENT = '(?:(?:the|its)\\s+)?(?:signing|signature|entry\\s+into|ratification|start|beginning|launch)\\b';
/** ", nine days after the border raid", "less than a month after protests began": how long after the news peg, not a term. */
const PEG_AFTER = new RegExp(`(?<!\\b(?:within|for|in|by|to|until|till|of|from|than|least|most|next|every|each))(?:^|,\\s*|\\s+)(?:(?:more|less|fewer)\\s+than\\s+|nearly\\s+|almost\\s+|about\\s+|some\\s+|just\\s+|barely\\s+|only\\s+|over\\s+)?(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|several)\\s+(?:hours?|days?|nights?|weeks?|months?|years?)\\s+(?:after|since)\\s+(?!${DEAL_EVENT}).*$`, 'i');
const CUT_TAIL = new RegExp(String.raw`(?:\s*—\s*|\s+[–\-]\s+|\s+but\s+that\s|,?\s+and\s+(?:builds\s+on|follows|comes\s+after|marks)\s|,\s*(?:without|conditions|on condition that|something|a move|a (?:change|step|measure|shift) (?:that|which)|marking|which|in a bid|so that|so|as|amid|after|before|(?:just|shortly|right|only days|weeks|days|months) (?:before|after)|though|although|but|yet|whose|led by|the (?:government|ministry|official|statement)|adding|saying|while also|raising|sparking|prompting|fuelling|fueling|stoking|dashing|announcing|confirming|following|ending|bringing|paving|capping|creating|signalling|signaling|at (?:a|an|the) (?:[a-z]+['’]? )?(?:conference|meeting|summit|ceremony|event))\b|\s+in (?:a|an) (?:dramatic|major|bid|move|sign)\b|\s+in\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:deal|agreement|accord|pact|memorandum|arrangement)\s+(?:brokered|mediated|backed)\s+by\b|,\s+(?:a|the)\s+(?:provision|clause|condition)\s+(?!of\b|for\b|to\b|on\b)|,\s+in\s+(?:a|an|the|what)\s+(?:[\w\-]+\s+){0,2}?(?:deal|agreement|accord|pact|move|step|breakthrough)\s+(?:between|brokered|mediated|reached|signed|struck|concluded|that|which|since|seen)\b|,\s+to\s+(?:let|allow|enable|help|ensure|assist|support|make it possible for)\s|,\s+(?:(?:more|less|fewer)\s+than|nearly|almost|about|some|just|barely|over)\s+\S+\s+(?:days?|weeks?|months?|years?)\s+(?:after|since)\s|(?<!\b(?:only|not|until|unless))\s+(?:after|following)\s+(?!(?:a\s+(?:period|total|maximum|minimum)\s+of\s+|an?\s+(?:initial|further|first)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an)\s+(?:days?|weeks?|months?|years?)\b)|${DEAL_EVENT})).*$`, 'i');
// "signed on Tuesday" is the news peg; "takes effect on Sunday" is the term itself and keeps its day.
const WEEKDAY = /(?<!\b(?:effect|force|begins?|beginning|starts?|starting|expires?|lapses?|from|until))(?:\s+(?:late|early))?\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b(?![\s,]+\d)/g;

/** ", a key demand of the union", ", a concession to farmers": a comment set beside the term. */
const APPOSITIVE_TAIL = new RegExp(`,\\s+(?:a|an|the|one)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(COMMENT_APPOSITIVES)})\\b(?:\\s+(?:of|for|to|by|from|in)\\b[^,]*)?(?=[,.;]|$)`, 'iv');

/** ", plenty of time for …", ", far too little to …", ", hardly enough …": a verdict on the term, set beside it after a comma. */
const VERDICT_TAIL = /,\s+(?:(?:plenty|more\s+than\s+enough|not\s+nearly\s+enough|nowhere\s+near\s+enough|far\s+too\s+(?:little|few|short|long|much|many)|too\s+(?:little|few|short)|hardly|barely|scarcely)\b)[^;]*$/i;

/** "DUNFELD, June 9 (Wire) - ", "LAKEPORT (Wire) — ": the place and agency a wire story opens with. */
const DATELINE = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Lu} .'’\-]--[\u{10000}-\u{10FFFF}]]+(?:,\s+[^\(\)–—\-]{1,30}?)?(?:\s+\([^\)]{1,40}\))?\s+[\-–—]{1,2}\s+/v;

const INCLUDED_ASIDE = /,\s+including\s+[^,;:]{1,60},\s+(?!(?:and|or|but|while|which|who|with|as)\b)(?=[\p{Ll}--[\u{10000}-\u{10FFFF}]])/v;
/** A term cleaned of quote marks, attribution and trailing comment. */
const SUBJECT_ASIDE = /^((?:[[\p{L}\p{N}'’.\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}?[[\p{L}\p{N}'’.\-]--[\u{10000}-\u{10FFFF}]]+),\s+(?:which|who|as)\s[^,;]{1,80},\s+(?=(?:will|would|shall|must|is\s+to|are\s+to|can|may)\s)/v;

function cleanTerm(text: string): string {
	let term = text.replace(DATELINE, '').replace(/[“”"]/g, '').replace(/^[-•*·▪–]\s*/, '').replace(/^\((?:[a-z]|[ivx]{1,4})\)\s+/, '');
	// Every weekday ends in "day": WEEKDAY's look-behind need not be tried at every space of a text without one.
	if (term.includes('day')) term = term.replace(WEEKDAY, '');
	term = term.replace(/\s+/g, ' ').trim();
	// "Reporter Jo Lin reported the rebels would free …": a named source before the clause is who tells it, not the term.
	if (/\b(?:reported|reports|said|says|added|stated)\s/.test(term)) term = term.replace(SOURCE_LEAD, '');
	// "halt the strikes they have traded for four weeks": what the parties have done so far is history, not the term.
	if (term.includes(' ha')) term = term.replace(PAST_RELATIVE, '');
	// The patterns below but CUT_TAIL and CITATION_TAIL each need a comma, and cutting text adds none.
	const commas = term.includes(',');
	if (commas) {
		// "Velmoor, which lies downstream, will receive 45 per cent …", "X, as a gesture of good will, will lift …": an aside
		// between a short subject and its modal is background; the term is the subject with its verb, not the subject alone.
		term = term.replace(SUBJECT_ASIDE, '$1 ');
		// "give a Quillby-led team, including Pentar's air accident board, unhindered access": who the object takes in, set
		// between commas before the rest of the clause, is no item of a list.
		term = term.replace(INCLUDED_ASIDE, ' ');
		// "The minister said, …" leads in; "Talks would begin within weeks, he said, without …" has its term before the say-verb.
		term = term.replace(/^.{0,120}?\b(?:added|said|stated|told \w+),\s+/i, (lead) => (FUTURE_MODAL.test(lead) ? lead : ''));
		// "Under the plan, a copy of which was seen by X, a truce …": the relative clause on the citation is sourcing, not the term.
		term = term.replace(/^(?:(?:an?|one|the)\s+(?:copy|draft|version|text|summary)\s+of\s+which|which|whose\s+[\p{L}--[\u{10000}-\u{10FFFF}]]+)\s[^,]{0,80},\s+/iv, '');
		term = withoutAttribution(term);
		// A participle aside between commas ("…, imposed earlier by X in response to Y, remains in force") is background.
		term = term.replace(/,\s+(?:imposed|announced|introduced|signed|reached|brokered|seen|first|previously|originally)\b[^,]*,/i, '');
		// "sets up an inquiry, which must report within four months, and obliges X to …": the aside on the first term, closed
		// by a comma before the deal's next verb, goes; the next term stays.
		term = term.replace(/,\s+(?:which|who)\s+[^,;]*,(?=\s+and\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}s\s)/v, '');
	}
	// "pledging to pull back support for militias and President Ila Brenn boasting of …": a second "with" subject is no term.
	term = term.replace(ABSOLUTE_SUBJECT, '');
	// "would freeze the front lines, and the rebels' commander dismissed it as …": a clause joined on with its own subject and a
	// past verb tells what happened next, no term; "and the army would pull back" keeps its modal and stays.
	if (term.includes(' and ')) term = term.replace(PAST_CLAUSE_AFTER, '').replace(NEWS_SINCE_AFTER, '');
	// ", a conflict that has left 35 dead and forced 200,000 from their homes": what the thing before has done is background.
	if (commas) term = term.replace(PERFECT_APPOSITIVE, '');
	// "the back pay - four months' wages - to be paid in three parts": an aside between paired dashes, not the end.
	term = term.replace(PAIRED_DASHES, ' ').replace(PEG_AFTER, '').replace(CUT_TAIL, '');
	// "halt operations at midnight after five days in which troops repelled …": the days before the deal are its background.
	if (term.includes(' after ')) term = term.replace(AFTER_DAYS_OF_WAR, '');
	// "an unconditional ceasefire to end five days of deadly fighting": what the truce ends is its occasion, not a term.
	if (term.includes(' to end ')) term = term.replace(TO_END_THE_WAR, '');
	if (term.includes(', opening ')) term = term.replace(OPENING_AFTER_DEAL, '$1');
	if (commas) {
		term = term.replace(APPOSITIVE_TAIL, '');
		// "allows five days, plenty of time for a regime to hide it": the writer's verdict set beside the term.
		term = term.replace(VERDICT_TAIL, '');
		// "Kel Island, known in Norland as Kelso Island, …": a second name for a place is no part of the term.
		term = term.replace(ALIAS_ASIDE, '');
		// "around Velma, a hill town shelled for a month": what the place is, set beside its name, is background.
		term = term.replace(PLACE_APPOSITION, '');
	}
	// "pull their ships back from the reef under a protocol signed in the capital": the citation of the deal closes the term.
	const cited = UNDER.test(term) ? CITATION_TAIL.exec(term) : null;
	if (cited && wordCount(term.slice(0, cited.index)) >= 3) term = term.slice(0, cited.index);
	// "But the council would supervise the board": a sentence's opening conjunction ties it to the one before, no part of the term.
	term = term.replace(/^(?:that|to|also|and|but|then)\s+/i, '');
	// "In return it would drop the levy": the connector says how the terms trade, it is no release or exchange.
	term = term.replace(/^in\s+(?:exchange|return)(?:\s+for\s+[^,]{1,60})?,?\s+/i, '');
	// A dash left where an aside was cut ("pull back support for guerrillas -- and …") closes nothing.
	return term.replace(/(?:\s+(?:--|[-–—]))?[\s,;:.]+$|\s+(?:--|[-–—])$/, '').trim();
}

/** ", and since Monday some of those boats have been coming …": what has happened under the deal so far is news, no term. */
const NEWS_SINCE_AFTER = /,?\s+and\s+(?:since\s+|so\s+far\b|already\b)(?![^;]*\b(?:will|would|shall|must)\b)[^;]*\b(?:has|have|had)\b[^;]*$/i;
/** ", and the rebels' commander dismissed it as …": "and", a subject with its determiner or name, a past verb and its object, no modal after. */
const PAST_CLAUSE_AFTER = /,?\s+and\s+(?:the|an?|its|their|his|her|this|that|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*)\s+(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}?(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}ed|said|told|called|took|gave|made|went|came|sent|struck)\s+(?:it|them|him|her|the|an?|as|that|this|his|their|its)\b(?![^;]*\b(?:will|would|shall|must|to\s+be|are\s+to|is\s+to)\b)[^;]*$/v;

/** "Outlet's Jo Lin reported (that) X would …": a lead naming its source (a capitalised word), then a clause with a modal. */
const SOURCE_LEAD = /^(?=[^,;]*[\p{Lu}--[\u{10000}-\u{10FFFF}]][^,;]*\s(?:reported|reports|said|says|added|stated)\s)(?:[[\p{L}’'.\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,6}?(?:reported|reports|said|says|added|stated)\s+(?:that\s+)?(?=(?!(?:it|they|he|she|we|i|you)\s)(?:[[\p{L}\p{N}’'\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,6}?(?:will|would|shall|is\s+to|are\s+to)\s)/v;

/** " after five days in which …", " after six weeks of heavy fighting": the stretch of war a deal ends, not when a term starts. */
const AFTER_DAYS_OF_WAR = /\s+after\s+(?:[[\p{L}\p{N}\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,2}?(?:hours?|days?|nights?|weeks?|months?|years?)\s+(?:in\s+which|during\s+which|of\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:fighting|clashes|war|warfare|combat|shelling|violence|bombardment|hostilities|strikes|air\s+strikes|raids|protests|unrest))\b.*$/iv;

/** "a ceasefire to end the war", "a truce to end months of clashes": a truce's purpose after its noun. */
const TO_END_THE_WAR = /(?<=\b(?:ceasefire|cease-fire|truce|pause|halt|armistice)['’"”]?)\s+to\s+end\s+(?:(?:the|a|an|their|its|this|that)\s+)?(?:[[\p{L}\p{N}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}?(?:fighting|clashes|war|conflict|hostilities|violence|bloodshed|crisis|standoff|offensive)\b.*$/iv;

/** " and President Ila Brenn boasting of …": a named subject and a gerund, the next part of a "with" absolute. */
const ABSOLUTE_SUBJECT = /\s+and\s+(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*\s+){1,4}[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}ing\b.*$/sv;

/** ", a conflict that has left …", ", the fighting which had killed …": a noun set beside the term, told of in the perfect. */
const PERFECT_APPOSITIVE = /,\s+(?:a|an|the)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+(?:that|which)\s+(?:has|have|had)\s+(?!been\s+(?:agreed|set|planned)\b).*$/sv;

/** A relative clause in the perfect after a noun: "(that) they have traded for weeks", "which it had held since 2019". */
const PAST_RELATIVE = /(?<=[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,})\s+(?:(?:that|which)\s+(?:(?:they|we|it)\s+)?|(?:they|we|it)\s+)(?:have|has|had)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+)?(?!been\b)[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}(?:ed|en|wn|ught|ung|eld|ept|ost|ade)\b[^,;]*?(?=\s+(?:will|would|shall|must|is|are|was|were|can|could|may)\b|[,;]|$)/gv;

/** What a place is, set beside its name and told on to the end ("Velma, a hill town shelled for a month"). */
const PLACE_APPOSITION = new RegExp(
	`(?<=[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]*),\\s+(?:a|an)\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,3}?(?:${alternation([...PLACE_FEATURES, ...SETTLEMENT_NOUNS])})\\s+(?:that|which|where|whose|home\\s+to|hit|held|struck|under|[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{2,}(?:ed|en|wn))\\b[^;]*$`,
	'v',
);

/** CITATION_TAIL's preposition: no character folds onto its letters, so a plain test says where it cannot match. */
const UNDER = /\sunder\s/i;
const ALIAS_ASIDE = /,\s+(?:also\s+|locally\s+|widely\s+|better\s+)?known\s+(?:(?:in|to|locally|by)\s+[^,]{1,40}?\s+)?as\s+[^,]{1,50},/iu;
const CITATION_TAIL = asciiTwin(new RegExp(`,?\\s+under\\s+(?:an?|the|this|that|their|its)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:${HEAD})\\b(?:\\s+(?:signed|reached|agreed|brokered|struck|concluded)\\b.*)?$`, 'iv'));

const VERB_PREFIX = /^(.{0,80}?\b(?:would|will|could|shall|may|must|have|has|had)(?:\s+(?:also|both|be|have|not|all))*(?:\s+(?:required|obliged|forced|allowed|expected|able))?(?:\s+to)?\s+)/i;

const OWN_CLAUSE = /^(?:[[\p{L}\p{N}$€£¥%'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,5}?(?:will|would|shall|could|must|can|may|(?:is|are)\s+(?:(?:due|set|expected)\s+)?to)\s/v;

/** One to three words naming whom a thing is given, no thing yet ("Brenvik beef", "farm workers"). */
const RECIPIENT_ONLY = /^(?!(?:an?|the|their|its|his|her|our|\d)\b)(?:(?!(?:until|till|to|for|of|in|on|at|by|with|from|within|an?|the)\b)[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s*){1,3}$/v;

/** Whether a conjunct after "and" starts a verb phrase: (adverb) word followed by a determiner or number. */
function startsVerbPhrase(conjunct: string, before: string): boolean {
	// "X will … and displaced residents will be allowed to return": a new clause with its own subject and modal.
	if (OWN_CLAUSE.test(conjunct.trim())) return /\b(?:will|would|shall|could|must|can|may|is|are|was|were|has|have|had)\b/.test(before);
	// "gives Brenvik beef and pork a duty-free quota": a second recipient of a verb of giving, whose thing comes after it.
	const given = GIVES.exec(before.trim());
	if (given && RECIPIENT_ONLY.test(given[2])) return false;
	// "carry the sick and wounded out of the delta": "wounded" is the second half of one group, no verb.
	if (PEOPLE_PAIR_START.test(before.trim()) && PEOPLE_PAIR_END.test(conjunct.trim())) return false;
	const words = conjunct.trim().split(/\s+/);
	let index = 0;
	// "quickly withdraw", "then hand over": an adverb before the verb; "and then, no doubt, by another" has no verb at all.
	if (/^(?:[\p{L}--[\u{10000}-\u{10FFFF}]]+ly|then|later|also)$/iv.test((words[0] ?? '').replace(/[,;]$/, '')) && words.length > 1) index = 1;
	const verb = words[index] ?? '';
	const next = (words[index + 1] ?? '').toLowerCase().replace(/["“”]/g, '');
	// "… by 6% in January and by a further 5% in July": "by" gives a measure or an agent of the step before, never a new
	// step ("provides for a truce and for elections" does repeat its "for" for a second term).
	if (!/^[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(verb) || DETERMINER.has(verb.toLowerCase()) || verb.toLowerCase() === 'by') return false;
	// "pull back from the towns and from a 30-km stretch of road": a second place the same step goes from, in or to;
	// "a fund for the families of the abducted pupils and of the men killed": a second "of" of the same noun.
	if (PLACE_PREPOSITION.test(verb) || /^of$/i.test(verb)) return false;
	// "withdraw its artillery and armour 30 km": after an object, a word no deal uses as a verb is a second object;
	// "keep artillery, mortars and rockets 10 km from the camp": so is the last of a series of bare nouns.
	if (/^\d/.test(next) && /(?:\b(?:its|their|his|her|the|all)\s+|,\s+)[\p{L}--[\u{10000}-\u{10FFFF}]]+$/v.test(before.trim()) && !KNOWN_VERB.has(verb.toLowerCase())) return false;
	// "would freeze the front line and cap Velmoria's army": a deal's verb before a party's possession opens a term.
	if (KNOWN_VERB.has(verb.toLowerCase()) && /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*['’]s$/v.test(words[index + 1] ?? '')) return true;
	// "sets up an inquiry … and obliges Quessa Power to keep …": a deal's verb before the party it binds opens a term.
	if (OBLIGING_VERB.has(verb.toLowerCase()) && /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(words[index + 1] ?? '')) return true;
	// "…, and return to the lines of last spring": a verb of moving whose goal follows it.
	if (MOVING_VERB.test(verb) && /^(?:to|from|behind|beyond|into|out)$/.test(next) && /\b(?:will|would|shall|must|are to|is to)\b/.test(before)) return true;
	// "pay $90m towards …": a sum of money is the object of a deal's verb ("and downstream $10 million" is a second payer).
	// "are to free prisoners and lift sanctions": a step's verb before a bare object, after a modal and a step's verb, is the next step.
	if (STEP_VERB.has(verb.toLowerCase()) && BARE_OBJECT_WORD.test(next) && !NOT_OBJECT_WORD.test(next) && stepVerbAfterModal(before)) return true;
	return DETERMINER.has(next) || /^\d/.test(next) || (/^[$€£¥]\d/.test(next) && KNOWN_VERB.has(verb.toLowerCase())) || /^(?:up|back|down|out|off)$/.test(next);
}

/**
 * Base forms of a deal's verbs of a step ("free", "lift", "move"), less those that start a noun phrase as often
 * ("import quotas", "host nations", "fund managers").
 */
const STEP_VERB = new Set<string>(
	[...ACTION_TERM_VERBS, ...SERIES_TERM_VERBS]
		.map((verb) => verb.split(' ')[0].replace(/(?<=(?:sh|ch|x|ss))es$|s$/, ''))
		.concat([...COMMITMENT_VERBS, ...STAND_DOWN_VERBS].map((verb) => verb.split(' ')[0]), ['move', 'pull', 'redeploy', 'relocate'])
		.filter((verb) => !['import', 'host', 'match', 'double', 'cover', 'fund', 'loan', 'supply', 'feed', 'shelter', 'train', 'monitor', 'share', 'place', 'put', 'set', 'make', 'name', 'hand', 'give'].includes(verb)),
);
/** A bare object's first word: a noun or an adjective before one, in lower case. */
const BARE_OBJECT_WORD = /^[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}$/v;
/** Words that make the conjunct no verb phrase with an object ("return of refugees", "release on bail"). */
const NOT_OBJECT_WORD = /^(?:of|to|from|in|into|on|at|for|with|by|and|or|as|over|under|than|is|are|was|were|will|would|who|which|that|home)$/;
/** A modal or "to", then a step's verb: the conjunct before is itself a step ("will free …", "are to release …"). */
const MODAL_STEP = /\b(?:will|would|shall|must|to|can|may)\s+(?:(?:also|then|jointly|both|immediately|gradually|each)\s+)?([\p{Ll}--[\u{10000}-\u{10FFFF}]]+)\b/gv;
function stepVerbAfterModal(before: string): boolean {
	// "are to share river data": after "are to", "will", a deal's verb with an object is a step, "share" and "fund" too.
	for (const match of before.matchAll(MODAL_STEP)) if (STEP_VERB.has(match[1]) || (KNOWN_VERB.has(match[1]) && /^\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(before.slice(match.index + match[0].length)))) return true;
	return false;
}

const MOVING_VERB = /^(?:withdraw|retreat|return|move|relocate|redeploy|fall)$/i;

/** A deal's verbs whose object is the party they bind ("obliges X to …", "commits Y to …"). */
const OBLIGING_VERB = new Set<string>(OBLIGING_VERBS);

/** Prepositions of place and extent: a conjunct they open is another place or stretch of the step before. */
const PLACE_PREPOSITION = /^(?:from|in|into|at|along|across|around|near|through|within|between|beyond|behind|outside|inside|towards?|onto|off)$/i;

/** Verbs of the deal lexicons, base forms and third person: what "and <verb> 30 …" can be. */
const KNOWN_VERB = new Set<string>(
	[...ACTION_TERM_VERBS, ...SERIES_TERM_VERBS, ...COMMITMENT_VERBS, ...STAND_DOWN_VERBS].flatMap((verb) => {
		const word = verb.split(' ')[0];
		return [word, word.replace(/(?:es|s)$/, ''), word.replace(/s$/, ''), `${word}s`, `${word}es`];
	}),
);

const EXCHANGED_NOUN = new RegExp(`\\b(${alternation(EXCHANGED_NOUNS)})\\b`, 'i');

/** "X will hand over the remains of 212 soldiers, and Y will return the remains of 157": the two halves of one swap, each with its own party. */
function halvesOfExchange(first: string, second: string): boolean {
	const noun = EXCHANGED_NOUN.exec(first)?.[1].toLowerCase();
	return (noun !== undefined && OWN_CLAUSE.test(second.trim()) && EXCHANGED_NOUN.exec(second)?.[1].toLowerCase() === noun) || mutualHandBack(first, second) || (SWAPS_PEOPLE.test(first) && RETURNS_THE_DEAD.test(second.trim()));
}

/** "swap prisoners and return the bodies of the dead": the dead handed back in the same swap, one exchange. */
const SWAPS_PEOPLE = new RegExp(`\\b(?:swap|swaps|exchange|exchanges|trade|trades)\\s+(?:(?:all|their|its|the|some|\\d[\\d,]*)\\s+)*(?:${alternation(EXCHANGED_NOUNS)})\\s*$`, 'i');
const RETURNS_THE_DEAD = /^(?:(?:will|would|to)\s+)?(?:return|hand\s+over|hand\s+back|repatriate)\s+(?:the\s+)?(?:bodies|remains)\b/i;

/** "… to implement and monitor the truce": a verb that needs an object ends the text before "and", so the next verb's object is its too. */
const OBJECT_AFTER = new RegExp(`\\b(?:to|will|would|shall|must|can)\\s+(?:jointly\\s+|also\\s+)?(?:${alternation(SHARED_OBJECT_VERBS)})$`, 'i');

/** "X would return 46 of Y's citizens": a party, a modal and a verb of giving people back, then their count. */
// (a count in words, "five Tolsanders", as well as in digits)
const HANDS_BACK = /(?:^|\s)((?:[[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,4}?)(?:will|would|shall|is\s+to|are\s+to)\s+(?:also\s+|then\s+|in\s+turn\s+)?(return|release|free|repatriate|hand\s+(?:over|back)|send\s+home)\s+(?:some\s+|about\s+|around\s+|nearly\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\b)/iv;

/**
 * "A would return 46 Bs, and B would return 31 As": each party hands back the other's nationals, one swap told from both ends.
 * "The army will free 40 prisoners and the rebels will free 12" names no one's nationals: two steps.
 */
function mutualHandBack(first: string, second: string): boolean {
	const [a, b] = [HANDS_BACK.exec(first), HANDS_BACK.exec(second.trim())];
	if (a === null || b === null || b.index !== 0 || a[2].toLowerCase() !== b[2].toLowerCase()) return false;
	return handBackToEachOther(first, second, a, b);
}

/** "Velmar will free five Tolsanders …" then "Tolsand will release seven Velmarese nationals": each hands back the other's people, in any verb. */
function handsBackInTurn(first: string, second: string): boolean {
	const [a, b] = [HANDS_BACK.exec(first), HANDS_BACK.exec(second.trim())];
	return a !== null && b !== null && b.index === 0 && handBackToEachOther(first, second, a, b);
}

function handBackToEachOther(first: string, second: string, a: RegExpExecArray, b: RegExpExecArray): boolean {
	const [partyA, partyB] = [lastName(a[1]), lastName(b[1])];
	return partyA !== partyB && namesPeopleOf(first.slice(a.index + a[0].length), partyB) && namesPeopleOf(second.trim().slice(b[0].length), partyA);
}

/** The last capitalised word of a subject ("Osterland" of "the republic of Osterland"), or '' when it has none. */
const lastName = (subject: string) => subject.match(/[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*/gv)?.at(-1) ?? '';

/** Whether a count's words open with a people named from a party ("31 Osterlanders" from "Osterland"): its first five letters. */
function namesPeopleOf(counted: string, party: string): boolean {
	const count = /^(?:[\d,]*|[a-z]+)\s+/.exec(counted);
	return party.length >= 4 && count !== null && counted.startsWith(party.slice(0, 5), count[0].length);
}

const SERIES_THIRD_PERSON = [...ACTION_TERM_VERBS.filter((verb) => !verb.includes(' ')), ...SERIES_TERM_VERBS];
// "would stop the shelling for 30 days, open two supply routes …": after a modal the same verbs come in their base form.
const SERIES_VERB = new Set<string>([...SERIES_THIRD_PERSON, ...SERIES_THIRD_PERSON.map((verb) => verb.replace(/(?<=(?:sh|ch|x|ss))es$|s$/, ''))]);
const firstWord = (text: string) => (/^\s*([\p{Ll}--[\u{10000}-\u{10FFFF}]]+)/v.exec(text)?.[1] ?? '');
/** "creates a no-trawl belt, sets up a joint patrol and provides for inspectors in every port": each of the deal's verbs after its first opens a term. */
const continuesSeries = (part: string, piece: string) => SERIES_VERB.has(firstWord(part)) && SERIES_VERB.has(firstWord(piece)) && /^\s*(?:(?:provides|allows)\s+for\s+\S|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+(?!(?:and|or|of|from|to|in|on|at|for|with|by)\b)\S)/v.test(piece);

/** "The treaty takes effect in May and will be reviewed after three years": a second predicate of the same subject. */
const MODAL_PREDICATE = /^(?:will|would|shall|is to|are to)\s+(?:also\s+)?(?:be\s+)?[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}/v;
const SUBJECT_BEFORE_VERB = /^((?:The|An?|Its|Their)\s+(?:[[\p{L}\p{N}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?)(?:comes|takes|enters|goes|runs|lasts|applies|expires|will|would|shall|is|are)\b/v;

const HUNG_CLAUSE = /,\s+where\s+(?=(?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,4}?(?:will|would|shall|must|are to|is to)\s)|,\s+with\s+(?=(?:every|each|all)\s+[\p{L}--[\u{10000}-\u{10FFFF}]]+\s+(?:[\p{L}--[\u{10000}-\u{10FFFF}]]+\s+)?[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ed\b)/giv;

/** A finite verb of a clause: a modal or auxiliary, or a deal's verb in the present ("creates", "opens"). */
const CLAUSE_VERB = new RegExp(`\\b(?:will|would|shall|must|can|could|may|is|are|was|were|has|have|had|runs|${alternation(ACTION_TERM_VERBS)})\\b`, 'i');

/** A word that opens a subordinate or relative clause, or an attribution: what follows it is no clause of its own. */
const SUBORDINATE_OPENER = /^(?:which|who|whom|whose|that|where|when|whenever|if|unless|until|till|once|after|before|as|because|since|although|though|while|whereas|so|but|or|nor|and|including|with|without|officials?|sources?)\b/i;
const FUTURE_MODAL = /\b(?:will|would|shall|must|is to|are to)\b/i;
/** A subject of up to five words (no relative pronoun: "a period that can be extended" describes the term before) and a modal of the future. */
const SERIES_CLAUSE = /^(?:(?!(?:which|that|who|whom|whose|where|when|if)\b)[[\p{L}\p{N}$€£¥%'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,5}?(?:will|would|shall|must|(?:is|are)\s+(?:(?:due|set|expected)\s+)?to)\s/iv;

/**
 * "the government will release 200 detainees, flights are to resume within 30 days, engineers will clear the road …": a
 * comma piece with a subject and modal of its own, after a clause with a modal, is the next term of a series of clauses.
 */
function nextClauseOfSeries(before: string, piece: string): boolean {
	const trimmed = piece.trim();
	return SERIES_CLAUSE.test(trimmed) && !SUBORDINATE_OPENER.test(trimmed) && FUTURE_MODAL.test(before);
}

/**
 * ", and that strip would …": a demonstrative "that" before a noun and its verb, not the "that" of a reported clause. It is
 * tied to its noun by a word joiner while the clauses are split, so neither "and that" nor "and" cuts there.
 */
const DEMONSTRATIVE_THAT = new RegExp(`(,?\\s+and\\s+that)\\s+(?=(?:${[...AREA_NOUNS, ...PLACE_FEATURES].join('|')})\\s+(?:would|will|shall|must|is|are|can|could|may)\\b)`, 'g');
const TIED = '\u2060';
/**
 * "A must move its heavy weapons 25 km west, while B must move its own 25 km east": "its own" with no noun takes the first
 * clause's object, and the two parties' halves are one term.
 */
const WHILE_ITS_OWN = /,?\s+while\s+(?=[^;,]*?\b(?:will|would|shall|must|is to|are to)\s[^;,]*?\b(?:its|their)\s+own\b(?!\s+[\p{L}--[\u{10000}-\u{10FFFF}]]))/giv;

/**
 * Splits clause-level coordination: "A, while B", "A and that B", "A and to B", "V1 X and V2 Y". "…, to last 30 days and to be
 * renewable by mutual consent": what the term before is to be ("renewable", "extendable") is said of it, not a step.
 */
/** "…, and return them through Pentar": a verb whose object is a pronoun does the next thing to the object before, one term with it. */
const OBJECT_BEFORE_AGAIN = /^(?:(?:also|then|later)\s+)?[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}\s+(?:them|it)\b(?!\s+(?:is|are|was|were|will|would|has|have)\b)/v;
/** "would exchange all prisoners": a piece that opens with a modal and its verb, no subject of its own. */
const MODAL_STEP_AGAIN = /^(?:would|will|shall|must)\s+(?:also\s+|then\s+)?[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}\s+\S/v;
/** "Both sides would withdraw …": a subject of up to six words, with no verb or clause of its own, then its modal. */
const SUBJECT_WITH_MODAL = /^((?:(?!(?:that|which|who|said|says|and|or|if|when)\b)[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,6}?)(?:would|will|shall|must)\s/v;
function splitClauses(text: string): string[] {
	// "A will free 11 pilots in exchange for the helicopter crew": what a release is traded for is its other half, not a term.
	const swap = /\b(?:free|frees|freed|release|releases|released|return|returns|returned|swap|swapped|hand(?:s|ed)? over)\b[^;]*?,?\s+in exchange for\s+/i.test(text);
	// "A corridor will run to the port, where ships will be inspected …", "…, with every ship inspected at the port": a second
	// term with its own subject hangs on the first.
	// "…, in a deal struck on Tuesday while street violence was still raging": a past "while" clause is the scene, not a term.
	// "two centres, with room for 2,500, where claims would be screened": a "where" on a bare noun phrase says what it is for.
	const hung = text.replace(HUNG_CLAUSE, (clause: string, at: number) => (/^,\s+where\b/i.test(clause) && !CLAUSE_VERB.test(text.slice(0, at)) ? clause : '; ')).replace(/,?\s+while\s+([^;]*)/gi, (clause, rest: string) => (/\b(?:was|were|had)\b/i.test(rest) && !/\b(?:will|would|shall|must|can|is to|are to)\b/i.test(rest) ? '' : clause));
	// "…, and that strip would become a buffer zone": "that" points back at the place the term before named, and says more of it.
	const parts = hung.replace(DEMONSTRATIVE_THAT, `$1${TIED}`).replace(WHILE_ITS_OWN, `${TIED}while${TIED}`).split(swap ? /,?\s+while\s+(?=[^;]*?\b(?:will|would|shall|must|is to|are to)\b)|;\s+|,?\s+and that\s+|,?\s+and to\s+(?!be\s+\S+(?:able|ible)\b)/i : /,?\s+while\s+(?=[^;]*?\b(?:will|would|shall|must|is to|are to)\b)|;\s+|,?\s+and that\s+|,?\s+and to\s+(?!be\s+\S+(?:able|ible)\b)|\s+in exchange for\s+/i).flatMap((part) => {
		const series = part.split(/,\s+/);
		const joined: string[] = [series[0]];
		for (const piece of series.slice(1)) {
			if (continuesSeries(part, piece) || nextClauseOfSeries(joined[joined.length - 1], piece)) joined.push(piece);
			else joined[joined.length - 1] += `, ${piece}`;
		}
		return joined;
	});
	const out: string[] = [];
	for (const part of parts) {
		const pieces = part.split(/,?\s+and\s+(?!an?\s+(?:half|quarter)\b)/);
		let current = pieces[0];
		const prefix = VERB_PREFIX.exec(current)?.[1] ?? '';
		const subject = SUBJECT_BEFORE_VERB.exec(current)?.[1] ?? '';
		/** A noun phrase just joined on with "and", which may be the first half of the next clause's subject. */
		let joined = '';
		for (const piece of pieces.slice(1)) {
			// "Both sides would withdraw heavy weapons …, and would exchange all prisoners": the same subject's next modal step.
			const sameSubject = MODAL_STEP_AGAIN.test(piece) ? SUBJECT_WITH_MODAL.exec(current) : null;
			if (subject && MODAL_PREDICATE.test(piece) && !MODAL_PREDICATE.test(current.slice(subject.length))) {
				out.push(current);
				current = subject + piece;
				joined = '';
			} else if (sameSubject) {
				out.push(current);
				current = `${sameSubject[1].trimEnd()} ${piece}`;
				joined = '';
			} else if ((startsVerbPhrase(piece, current) || continuesSeries(part, piece)) && !halvesOfExchange(current, piece) && !OBJECT_AFTER.test(current) && !OBJECT_BEFORE_AGAIN.test(piece)) {
				// "…120 buses, and the wounded and sick will be evacuated first": "the wounded" opens the new clause's subject.
				if (joined && OWN_CLAUSE.test(piece.trim())) {
					out.push(current.slice(0, -` and ${joined}`.length));
					current = `${joined} and ${piece}`;
				} else {
					out.push(current);
					current = prefix && !/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(piece) && !OWN_CLAUSE.test(piece.trim()) ? prefixFor(prefix, piece) + piece : piece;
				}
				joined = '';
			} else {
				current += ` and ${piece}`;
				joined = SUBJECT_HALF.test(piece.trim()) ? piece : '';
			}
		}
		out.push(current);
	}
	return out.flatMap(splitGivenThings).map((term) => term.replaceAll(TIED, ' '));
}

/** "will be demobilised and receive an allowance": a bare verb after a passive takes the modal, not "be". */
const prefixFor = (prefix: string, piece: string) => (/\bbe\s+$/.test(prefix) && !/^[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ed|en|wn|ut|et|ld|id|pt)\b/v.test(piece) ? prefix.replace(/\s*\bbe\s+$/, ' ') : prefix);

const GIVES = /^((?:(?:would|will|shall)\s+)?(?:gives?|giving|grants?|granting|offers?|offering|awards?|awarding)\s+)(.+)$/iu;
const THING_START = /^(?:an?|the|their|its|his|her|our|\d)\b/iu;

/**
 * "gives workers an 11 percent pay rise, a one-off bonus and their jobs back": each thing given is a term of its own, with
 * the verb and whom it goes to. Only when every conjunct starts a noun phrase of its own (a determiner or a number).
 */
function splitGivenThings(term: string): string[] {
	const gives = GIVES.exec(term);
	if (!gives) return [term];
	const words = gives[2].split(/\s+/);
	// Whom it goes to: the words before the first thing ("workers", "the two unions"), which ends in a noun, not a
	// determiner, a number or a preposition ("an 11 percent rise in two stages" goes to nobody named).
	const first = words.findIndex((word, index) => index > 0 && index <= 4 && THING_START.test(word) && !/^(?:an?|the|their|its|his|her|our|\d[\d,.]*|in|on|at|of|for|to|by|with|from|over|under|per)$/i.test(words[index - 1]) && !/,$/.test(words[index - 1]));
	const recipient = first > 0 ? first : 0;
	const things = words.slice(recipient).join(' ').split(/,\s+(?:and\s+)?|\s+and\s+/);
	if (things.length < 2 || !things.every((thing) => THING_START.test(thing))) return [term];
	const lead = gives[1] + words.slice(0, recipient).map((word) => `${word} `).join('');
	return things.map((thing) => lead + thing);
}

/**
 * "starting at 6 a.m.", "beginning on Monday", "running from the coast", "monitored by 120 observers", "renewable by both
 * sides", "starting with minors": said of the item before, not an item. "followed by" brings the next step, which is a
 * term of its own.
 */
const MODIFYING_PARTICIPLE = /^(?:(?:starting|beginning)\s+with\b|[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}(?:able|ible)\s+(?:by|to|for|at|on|after|once|if|with|until)\b|(?:starting|beginning|running|lasting|stretching|effective|ending|expiring|coming)\s+(?:at|on|from|in|until|till|to|for|through|along|within|after|before)\b|(?!followed\b)(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}(?:ed|en)|led|run|held|set|kept)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}ly\s+|(?:(?:\d+|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)\s+)?(?:days?|weeks?|months?|years?)\s+ago\s+)?by\b|to\s+be\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}(?:ed|en|wn|ut)\b)/iv;
/** An item ending in who or what comes first: "…, starting with minors". */
const FIRST_IN_ORDER = /,\s+(?:starting|beginning)\s+with\s+[^,;]+$/i;
/** One to three lower-case words with no determiner or verb: "students", "the wounded" is the next item. */
const BARE_NOUNS = /^(?!(?:an?|the|its|their|all)\b)[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+){0,2}$/v;
/** ", the state oil company,": a short description set beside the name before it, between commas. */
const NAME_DESCRIPTION = /^(?:the|an?)\s+(?:(?!of\b)[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+$/v;

/** An item ending in a participle's agent, "…, led jointly by the envoy". */
const AGENT_BEFORE = /,\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}(?:ed|en)|led|run|held|set|kept)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}ly\s+)?by\s+[^,]+$/v;
/** "former prime minister Pell Avory", "the Quillan Council": up to six words, no number, ending in a name. */
const NAMED_AGENT = /^(?:[[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,5}[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*$/v;
const PREPOSITION_START = /^(?:in|at|on|of|to|for|from|with|by|as|into|under|over|between|against|within)\b/i;
/** An item that ends in "… of artillery" (or "… of artillery, rocket launchers"), which more bare nouns may go on. */
/** An item that ends in a purpose and its bare objects: "… to ensure accountability" (or "… to ensure accountability, truth"). */
const PURPOSE_OBJECT = /\bto\s+(?:ensure|promote|guarantee|achieve|foster|secure|encourage|strengthen|build|advance)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+(?:,\s+|\s+)){0,6}[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+$/v;
// "a programme of disarmament, demobilisation and reintegration": one programme of three steps.
const OF_OBJECT = /\b(?:[\p{L}--[\u{10000}-\u{10FFFF}]]+(?:al|ion|ment|ing|ure|ery|ance|ence)|programmes?|programs?|process)\s+of\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+(?:,\s+|\s+)){0,6}[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+$/v;
/** A conjunct that starts with a noun, not a determiner, a number, a verb form or a capital. */
const BARE_NOUN_START = /^(?!(?:the|a|an|its|their|his|her|our|all|both|each|every|some|any|no|more|other|new|free|open|end|reopen|release|return|lift|set|hold|allow)\b)[\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]*(?<!ing|ed)(?:\s|$)/v;

/** Splits a list of terms: "A, B, and C" where proper-noun runs ("Northport, Eastvale and Westmoor") stay whole. */
/** "the wounded", "all detainees": a short noun phrase with a determiner and no verb. */
// "…, and civilians and aid trucks would be able to …": a bare plural is a subject's first half too.
const SUBJECT_HALF = /^(?:(?:the|all|both|each|every|their|its)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+|[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}s)$/iv;

const COUNTED_COLON = asciiTwin(/\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+){0,4}:\s/iv);

const CONCESSION = /^(?:whatever|whichever|whoever|however|wherever|whenever)\b/i;
/** "including all 212 in the north", "including 150 serving life sentences": a part of the count before it, not a list of terms. */
const PART_COUNT = /^including\s+(?:all\s+|some\s+|about\s+|at least\s+)?\d/i;
const SAME_SHARE = /^or\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?(?:\d|(?:a|one|two|three)\s+(?:third|half|quarter|fifth|tenth)s?\b|half\b|(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(?:per\s*cent|percent)\b)/i;
/** "about 300 in total according to the council", "some 40 in all": how many the item before counts, set beside it. */
const TOTAL_ASIDE = /^(?:about|some|around|roughly|nearly|almost|at\s+least|more\s+than|up\s+to|over)\s+\d[\d,]*(?:\s+(?:in\s+total|in\s+all|altogether|all\s+told))?(?:\s+according\s+to\b.*)?$/i;
/** The same item again in other words, or a part of it: joins the item before. */
const isElaboration = (piece: string) => SAME_SHARE.test(piece) || PART_COUNT.test(piece) || TOTAL_ASIDE.test(piece);
/** "in three instalments, the first in spring": one of the counted parts of the item before, told apart. */
const ORDINAL_PART = /^the\s+(?:first|second|third|fourth|last|final|rest|remainder|balance|remaining)\b/i;
const COUNTED_PARTS = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:instalments|installments|tranches|stages|phases|steps|payments|batches|waves|rounds|parts)\b/iv;
const NARROWING = new RegExp(`^(?:${alternation(NARROWING_OPENERS)})\\b`, 'i');

/** "… to be freed", "… to be sent": an item's own passive infinitive. */
const PASSIVE_INFINITIVE = /\bto\s+be\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ed|en|wn|nt|ld|ut)\b/v;
/** A count and one adjective ("98 local", "200 wounded"): "and" after it joins a second adjective of the same noun. */
const COUNT_ADJECTIVE = /\b\d[\d,]*\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:al|an|ese|ish|ic|ive|ous|ern|ary|ed)|[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:an|ese|ish|ic|i))$/v;

/** A place preposition and a name at the end of an item: "out of Ellistane", "around al-Marsa". */
const NAMED_PLACE_END = /\b(?:from|of|in|into|around|near|to|across|along|within|through|outside)\s+(?:the\s+)?(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]{1,3}-)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*(?:[\s\-]+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*)*$/v;
/** "the surrounding towns", "nearby villages", "the districts around it": places, with no verb. */
const NEARBY_PLACES = new RegExp(
	`^(?:the\\s+|its\\s+|their\\s+)?(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation([...SETTLEMENT_NOUNS, ...AREA_NOUNS, ...PLACE_FEATURES])})s?(?:\\s+(?:around|near|nearby|close\\s+to)\\s+[^,;]{1,30})?$`,
	'v',
);

/**
 * "a pardon from which murder, torture and arson are excluded", "a pardon, with murder and rape exempted":
 * a list closed by a carve-out's participle names what one term leaves out.
 */
const CARVE_OUT_LIST = new RegExp(
	`\\b(?:(?:from|of)\\s+which|with)\\s+(?:(?!\\b(?:will|would|shall|must|which|that)\\b)[^;:\\(\\)]){3,120}?\\s+(?:(?:are|is|were|was|would\\s+be|will\\s+be|remain|remains|stay|stays)\\s+)?(?:[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+ly\\s+)?(?:${alternation(CARVE_OUT_PARTICIPLES)})\\b`,
	'giv',
);
/**
 * "a pardon, except for murder, torture and arson, …": after an exception's opener, the short bare nouns
 * joined on (no determiner, at most three words, each closed by a separator) are more of what is left out.
 */
const EXCEPTION_LIST = new RegExp(
	`\\b(?:${alternation(NARROWING_OPENERS.filter((opener) => /^(?:ex|other|save|apart|but|with)/.test(opener)))})\\s+(?:[[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}[[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+(?:(?:,\\s+(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?!(?:an?|the|its|their|his|her|all|both|each|every|any|no)\\b)[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]*(?:\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]*){0,2}(?=\\s*(?:[,.;]|$)|\\s+(?:and|or)\\s))+`,
	'giv',
);
/** Not white space to any splitter: the commas and "and"s of a carve-out keep their places, restored after the split. */
const CARVE_TIE = '\u2061';

/** The carve-out's separators tied, so that neither splitClauses nor splitList cuts inside it. */
const tieSpan = (span: string) => (/,|\s(?:and|or)\s/.test(span) ? span.replace(/,\s+/g, `,${CARVE_TIE}`).replace(/\s+(and|or)\s+/g, `${CARVE_TIE}$1${CARVE_TIE}`) : span);
const tieCarveOuts = (text: string) => text.replace(CARVE_OUT_LIST, tieSpan).replace(EXCEPTION_LIST, tieSpan);

/** "the Quessic kingdom", "the island republic": a description whose head is a common noun (its adjectives may be names). */
const COMMON_NOUN_DESCRIPTION = /^(?:the|an?)\s+(?:(?!of\b)[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}[\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]*$/v;
/** "the island republic that has hosted the talks": a description with a relative clause of what has been, after a name. */
const NAME_DESCRIBED = /^(?:the|an?)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+(?:that|which|who)\s+(?:has|have|had|is|was|were)\s+(?!(?:to|due|set)\b)/v;

/** "the disengagement", "disengagement, disarmament": nouns of action, alone or in a run joined by commas and "and". */
// a noun of action in lower case ("disengagement", "integration", "withdrawal")
const ACTION_NOUN_WORD = String.raw`[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:tion|ment|al|ure|sion|ance|ence)`;
const ACTION_NOUN_RUN = new RegExp(String.raw`^(?:(?:the|an?)\s+)?${ACTION_NOUN_WORD}(?:(?:,\s+(?:and\s+)?|\s+and\s+)${ACTION_NOUN_WORD})*$`, 'v');
const BARE_ACTION_NOUN = new RegExp(String.raw`^${ACTION_NOUN_WORD}$`, 'v');
// ("conditional integration of armed groups": one adjective may stand before the last noun)
const ACTION_OF = new RegExp(String.raw`^(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+)?${ACTION_NOUN_WORD}\s+of\s`, 'v');

/** Whether the pieces of a list from `from` are bare nouns of action up to one with an "of" complement, which they share. */
function actionChainEnds(pieces: string[], from: number): boolean {
	for (let index = from; index < pieces.length; index += 2) {
		const piece = pieces[index].trim();
		if (ACTION_OF.test(piece)) return true;
		if (!BARE_ACTION_NOUN.test(piece)) return false;
	}
	return false;
}

function splitList(text: string): string[] {
	return splitTiedList(tieCarveOuts(text)).map((term) => term.replaceAll(CARVE_TIE, ' '));
}

const PEOPLE_PAIR_START = new RegExp(`\\bthe\\s+(?:${PEOPLE_ADJECTIVES.join('|')})$`, 'i');
const PEOPLE_PAIR_END = new RegExp(`^(?:${PEOPLE_ADJECTIVES.join('|')})\\b`, 'i');
function splitTiedList(text: string): string[] {
	const out: string[] = [];
	for (const clause of splitClauses(text)) {
		const pieces = clause.split(/(,\s+and\s+|,\s+|\s+and\s+(?!an?\s+(?:half|quarter)\b))/);
		let current = pieces[0];
		for (let i = 1; i < pieces.length; i += 2) {
			const separator = pieces[i];
			const trimmed = pieces[i + 1].trim();
			if (/^(?:more|others|so on|other things|elsewhere)$/i.test(trimmed)) continue;
			// "…, whatever the number is": a concession on the item before, no item.
			if (CONCESSION.test(trimmed)) continue;
			// "eight of the 20 posts, or 40 per cent", "from 1,140 stations, including all 212 in the north": the same item again, or a part of it.
			// "a pay freeze, excluding nurses and pilots", "a pardon, provided they disband": what narrows the item before.
			// "aid to be sent into the enclave, and 33 of the hostages to be freed": a count with a clause of its own is the next item.
			const ownInfinitive = /^\d/.test(trimmed) && PASSIVE_INFINITIVE.test(current) && PASSIVE_INFINITIVE.test(pieces.slice(i + 1).join('').split(/,\s+/)[0]);
			if ((isElaboration(trimmed) && !ownInfinitive) || NARROWING.test(trimmed) || (ORDINAL_PART.test(trimmed) && COUNTED_PARTS.test(current))) {
				current += separator + trimmed;
				continue;
			}
			// "carry the sick and wounded out of the delta": two adjectives standing for people make one group.
			if (separator.trim() === 'and' && PEOPLE_PAIR_START.test(current) && PEOPLE_PAIR_END.test(trimmed)) {
				current += separator + trimmed;
				continue;
			}
			// "the demobilization and disarmament of 50,000 fighters": two nouns of action sharing one "of" complement are one item.
			if (separator.trim() === 'and' && /^(?:the|an?)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:tion|ment|al|ure|sion)$/v.test(current.trim()) && /^[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:tion|ment|al|ure|sion)\s+of\s/v.test(trimmed)) {
				current += separator + trimmed;
				continue;
			}
			// "the disengagement, disarmament and integration of armed groups": a run of such nouns sharing the last one's complement.
			if (ACTION_NOUN_RUN.test(current.trim()) && actionChainEnds(pieces, i + 1)) {
				current += separator + trimmed;
				continue;
			}
			// "33 of the 98 local and foreign hostages": two adjectives of one counted noun, no second item.
			if (separator.trim() === 'and' && COUNT_ADJECTIVE.test(current) && /^[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(trimmed)) {
				current += separator + trimmed;
				continue;
			}
			// "two corridors: the Hill Road … and the Shore Road …": the named parts of one counted term.
			if (COUNTED_COLON.test(current)) {
				current += separator + trimmed;
				continue;
			}
			// "an audit of Ferrolux, the state mining company, to be …": what the name before is, said between commas.
			if (separator.trim() === ',' && i + 2 < pieces.length && /[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*$/v.test(current) && NAME_DESCRIPTION.test(trimmed)) {
				current += separator + trimmed;
				continue;
			}
			// "a mission led by Brastow, the island republic that has hosted the talks": what the name before is, told at the end
			// (a list's last item comes after "and"; a bare comma there opens an apposition).
			if (separator.trim() === ',' && i + 2 >= pieces.length && /[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*$/v.test(current) && (NAME_DESCRIBED.test(trimmed) || COMMON_NOUN_DESCRIPTION.test(trimmed))) {
				current += separator + trimmed;
				continue;
			}
			// "a truce along the border, starting at 6 a.m. on Friday, and …": a participle with a time or place modifies the item before it.
			// "led jointly by the envoy and former prime minister Pell Avory": a second named agent of that participle is no item.
			// "phased releases, starting with minors and students": who goes first, and the next of them, are that item's order.
			if (MODIFYING_PARTICIPLE.test(trimmed) || (separator.trim() === 'and' && AGENT_BEFORE.test(current) && NAMED_AGENT.test(trimmed)) || (separator.trim() === 'and' && FIRST_IN_ORDER.test(current) && BARE_NOUNS.test(trimmed))) {
				current += separator + trimmed;
				continue;
			}
			// "the withdrawal of artillery, rocket launchers and tanks to 30 km": bare nouns after "of" are that one head's objects.
			// "withdraw its artillery and armour 30 km from the city": two objects that share what follows the second.
			const sharedRest = separator.trim() === 'and' && BARE_NOUN_START.test(trimmed) && /^\S+\s+(?:\d|(?:to|from|in|into|at|by|within|across|along|behind|beyond|out of)\s)/.test(trimmed);
			// "monitoring of the border, amnesty to fighters, security guarantees …": a noun with a complement of its own, with more items
			// after it, is the next item.
			// (", taking into account …" after it narrows it and is no next item)
			const moreItems = pieces.slice(i + 3).some((piece, k) => k % 2 === 0 && !NARROWING.test(piece.trim()) && !isElaboration(piece.trim()));
			const ownComplement = moreItems && /\s(?:to|for|of|from|on|with|by)\s/.test(trimmed);
			// "a justice policy to ensure accountability, truth and healing": bare nouns after a purpose's verb are its objects.
			const purposeObject = PURPOSE_OBJECT.test(current) && /^[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+)?$/v.test(trimmed);
			if ((OF_OBJECT.test(current) && BARE_NOUN_START.test(trimmed) && !ownComplement) || sharedRest || purposeObject) {
				current += separator + trimmed;
				continue;
			}
			// "safe corridors out of Ellistane and the surrounding towns": a second place after a place's name is where the same item goes.
			if (separator.trim() === 'and' && NAMED_PLACE_END.test(current) && NEARBY_PLACES.test(trimmed)) {
				current += separator + trimmed;
				continue;
			}
			const short = trimmed.split(/\s+/).length <= 2;
			// Proper-noun runs, prepositional phrases and "economic and trade matters" stay inside one term.
			if (/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(trimmed) || PREPOSITION_START.test(trimmed) || (/^\d/.test(trimmed) && !ownInfinitive) || (short && current.split(/\s+/).length > 4 && /and/.test(separator))) {
				current += separator + trimmed;
				continue;
			}
			out.push(current);
			// "ceding territory and weapons": the bare second object takes the first one's verb.
			const gerund = /^(.*\b[\p{L}--[\u{10000}-\u{10FFFF}]]+ing)\s+\S+$/v.exec(current.trim());
			current = gerund && short ? `${gerund[1]} ${trimmed}` : trimmed;
		}
		out.push(current);
	}
	return out;
}

// ---- sentence rules ---------------------------------------------------------------

interface TermSource {
	/** The text holding the terms. */
	text: string;
	/** A list of terms, clauses to split, or one term kept whole (a timetable's steps). */
	mode: 'list' | 'clause' | 'whole';
	rule: string;
	/** Text put before each term in its summary ("the army would be required to"). */
	lead?: string;
	/** The party and modal of `lead` without its verb ("Varenia will "): a later term that opens with a verb of its own takes it. */
	partyLead?: string;
	/** A breach is what the term is about (oversight, snap-back): "violation" marks no accusation here. */
	breach?: boolean;
	/** The sentence cites the proposal ("Under the accord, emissions must fall …"): its "must" is the proposal's, not a demand. */
	cited?: boolean;
	/** A second term the same sentence states of the proposal ("… and runs for 14 days"). */
	next?: TermSource;
}

const NOT_TERM = new RegExp(`\\b(?:${alternation(NOT_TERM_MARKERS)})\\b`, 'i');
const BREACH = new Set<string>(BREACH_MARKERS);
const NOT_TERM_BUT_BREACH = new RegExp(`\\b(?:${alternation(NOT_TERM_MARKERS.filter((marker) => !BREACH.has(marker)))})\\b`, 'i');
const OBLIGATION = new Set(['must', 'should']);
const NOT_TERM_CITED = new RegExp(`\\b(?:${alternation(NOT_TERM_MARKERS.filter((marker) => !OBLIGATION.has(marker)))})\\b`, 'i');
const NOT_TERM_CITED_BUT_BREACH = new RegExp(`\\b(?:${alternation(NOT_TERM_MARKERS.filter((marker) => !OBLIGATION.has(marker) && !BREACH.has(marker)))})\\b`, 'i');
const TERM_VERB = alternation(TERM_VERBS);
const LIST_VERB = new RegExp(`\\b(?:${alternation(LIST_VERBS)})\\b\\s*:?\\s*`, 'i');
const MODALS = `(?:(?:would|will|could|may|might|also|reportedly|further|itself|still|then|${alternation(DEAL_VERB_ADVERBS)})\\s+){0,3}`;
const LIST_VERB_EXACT = new RegExp(`^(?:${alternation(LIST_VERBS)})$`, 'i');
// "…, which would include …", "a deal that gives workers …": a relative clause on the proposal states its terms.
const RELATIVE_TERM = new RegExp(`^(?:\\s*(?:\\([^\\)]*\\))?,\\s*which|\\s+that)\\s+${MODALS}(${TERM_VERB})\\b\\s*(.*)$`, 'is');
// "The truce agreement reached in the capital envisages …": a short participle phrase may sit between subject and verb.
// "The deal signed on Friday does not give …": the phrase after the participle stops at a negation, which the verb after it denies.
// "The agreement between the government and the rebels signed on Friday includes …", "The agreement to end the blockade
// provides for …", "the accord on grain deliveries provides that …": whom it binds or what it is about come first.
// (no relative pronoun inside: "a pact on Wednesday that commits …" is a relative clause, read as one where it follows the deal)
const DEAL_COMPLEMENT = '(?:\\s+(?:between\\s+[^,.;]{3,80}?\\s+and|on|over|with|to\\s+[a-z]{3,})\\s+(?:(?!(?:that|which|who)\\b)[^,.;\\s]+\\s+){0,8}?(?!(?:that|which|who)\\b)[^,.;\\s]+(?=\\s))?';
const PARTICIPLE = DEAL_COMPLEMENT + '(?:\\s+(?:reached|achieved|struck|concluded|negotiated|signed|agreed|drawn\\s+up|put\\s+forward|tabled|unveiled|announced|drafted|brokered|proposed|presented|circulated|leaked|published|seen|obtained)\\b(?:(?!\\b(?:not|never)\\b|n[\'’]t\\b)[^,.;]){0,90}?)?';
/** "The pact would raise …", "A 20-point draft drawn up by the envoys would freeze …": the proposal, then "would" and its verb. */
const PROPOSAL_ACTING = new RegExp(`^${PARTICIPLE}\\s*(?:,[^,]{3,160},)?\\s*(?:would|will)\\s+(?:also\\s+)?([\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)\\s+(.+)$`, 'sv');
const PROVIDES_LISTED = new RegExp(`^${PARTICIPLE}\\s*(?:,[^,]{3,160},)?\\s*${MODALS}(${alternation(PROVIDING_VERBS)})\\s+["“]?(?:(?:an?|the|several|various|a\\s+(?:number|range|series|set)\\s+of|\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+)?(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}?(?:measures|steps|arrangements|mechanisms|provisions|guarantees|commitments|elements|components|stages|phases|points)\\s+(?:that|which)\\s+(?:would\\s+|will\\s+)?(?:include|includes|included)\\s+(.+)$`, 'iv');
const PROVIDES_THAT = new RegExp(`^${PARTICIPLE}\\s*(?:,[^,]{3,160},)?\\s*${MODALS}(provides|provided|specifies|specified)\\s+(that\\s+.+)$`, 'is');
// "the pause proposed by the president to allow the rescue of …": a verb after "to" is the purpose of whoever proposed it.
const VERBAL_TERM = new RegExp(`^${PARTICIPLE}\\s*(?:,[^,]{3,160},)?\\s*${MODALS}(?<!\\bto\\s+)(${TERM_VERB})\\b\\s*(.*)$`, 'is');
// "It said …" is the article quoting someone, not the proposal speaking: no say-verbs after a pronoun.
const PRONOUN_TERM = new RegExp(
	`(?:^|\\bthat\\s+)(?:it|It)\\s+${MODALS}(${alternation(TERM_VERBS.filter((verb) => !/^(?:says|said|states|stated)$/.test(verb)))})\\b\\s*(.*)$`,
	's',
);
const PREPOSITION_BEFORE = /\b(?:on|to|of|for|with|about|from|in|into|against|over|under|behind|toward|towards|at|by|accept|reject|support|oppose|back|discuss|refine|received)\s+$/i;

/** The object of a term verb: what follows "including" when there is one, else the whole object. */
/** A deal's verb whose object is the parties it binds, base form or third person. */
const OBLIGING_BASE = /^(?:oblige|commit|require|force|bind|allow|permit)s?$/i;
/** "the army and the Front to …": two parties joined by "and", then "to" and what they are bound to. */
/** "the two nations to a settlement": one party bound to a noun phrase ("both navies to clear …" reads whole without the verb). */
const BOUND_PARTY = /^(?:the|both|all|each|its|their)\s+(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?to\s+(?=(?:a|an|the|its|their)\s)/v;
const BOUND_PARTIES = /^(?:the\s+|both\s+|all\s+)?(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}?and\s+(?:the\s+)?(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}?to\s+(?=\S)/v;

/** ", and establishes …", "and also creates …": the deal's next verb in the present after a noun-phrase object. */
// ("includes cars but excludes steel and aluminium": what the deal leaves out, after "but", is a term of its own too)
const NEXT_DEAL_VERB = new RegExp(`,?\\s+(?:and\\s+(?:also\\s+)?((?:${alternation(ACTION_TERM_VERBS.filter((verb) => !['lets', 'raises', 'limits', 'caps', 'bars', 'cuts', 'bans'].includes(verb)))}|provides for|requires|commits|obliges)\\s+\\S.*)|but\\s+((?:${alternation(PROPOSAL_EXCLUDES)})\\s+\\S.*))$`, 'i');

/** ", for", ", and for", " and for" before an item's article, number or bare noun: the list verb's "for" said again. */
const REPEATED_FOR = /(,\s+(?:and\s+)?|\s+and\s+)for\s+(?=(?:an?|the|its|their)\b|\d|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+(?:to|of)\b)/giv;

/**
 * "…within 30 days, but heavy weapons are the priority, and senior commanders are to meet within five days": after the writer's
 * aside ("but …", which cleanTerm cuts with all after it) a clause with its own subject and modal is the deal's next term.
 */
const CLAUSE_AFTER_ASIDE_CUT = /,\s+(?:but|though|although|while|whereas)\s+(?![^,;]*\b(?:will|would|shall|must|is\s+to|are\s+to)\b)[^,;]{3,80},\s+and\s+((?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,7}?(?:will|would|shall|must|is\s+to|are\s+to)\s[^,;]+)$/v;
function withClauseAfterAside(source: TermSource): TermSource {
	const later = CLAUSE_AFTER_ASIDE_CUT.exec(source.text);
	if (!later) return source;
	return {...source, text: source.text.slice(0, later.index), next: {...source, text: later[1]}};
}

/** Verbs by which a deal's text sets duties: a "should" or "must" in their object ("prisoners who should be freed") is the deal's. */
const DUTY_VERB = /^(?:calls?\s+for|requires?|stipulates?|mandates?|provides?\s+for|envisages?)$/i;
const dealWorded = (source: TermSource | null, verb: string): TermSource | null => (source && DUTY_VERB.test(verb) ? {...source, cited: true, ...(source.next ? {next: {...source.next, cited: true}} : {})} : source);

/** A deal's verbs of its own wording, whose "that"-clause is the text of a term. */
const SAYS_THAT = /^(?:says|said|states|stated|stipulates|stipulated|specifies|specified|requires|required|mandates|mandated|provides|provided)$/i;

function objectSource(object: string, verb: string, rule: string): TermSource | null {
	// "provides for a hotline, for an inquiry and for 48 hours' notice": the verb's "for" repeated before each item marks
	// a list, not a phrase of the item before.
	if (/\sfor$/i.test(verb)) object = object.replace(REPEATED_FOR, '; ');
	// "covers key areas such as trade, energy and transit": the fields a deal spans are its scope, one term at most.
	if (SCOPE_AREAS.test(object)) return {text: `${verb} ${object}`, mode: 'whole', rule};
	// (", including X, unhindered access …": an "including" set between commas within the clause opens no list)
	const including = LIST_VERB.exec(object.replace(INCLUDED_ASIDE, (aside) => ' '.repeat(aside.length)));
	if (including && !PART_COUNT.test(object.slice(including.index))) return {text: object.slice(including.index + including[0].length), mode: 'list', rule};
	// "would commit the army and the Front to a 30-day ceasefire": the parties it binds, then the one thing they are bound
	// to; the verb stays, so a next verb of the deal ("… and creates two centres") still opens a term of its own.
	if (OBLIGING_BASE.test(verb) && BOUND_PARTIES.test(object) && !ACTION_NOUN.test(BOUND_PARTIES.exec(object)![0])) return {text: `${verb} ${object}`, mode: 'clause', rule};
	// "commits the two nations to a peace settlement": one bound party keeps the verb too, or the term reads "The two nations to …".
	if (/^commits?$/i.test(verb) && BOUND_PARTY.test(object) && !ACTION_NOUN.test(BOUND_PARTY.exec(object)![0])) return {text: `${verb} ${object}`, mode: 'clause', rule};
	// "envisages the release of A and a withdrawal of B": a noun-phrase object lists terms like "including" does.
	if (LIST_VERB_EXACT.test(verb) || (!/^(?:says|said|states|stated|gives?|grants?)$/i.test(verb) && /^(?:the|a|an)\s/i.test(object))) {
		// "calls for a cessation of hostilities and establishes diplomatic relations": a second verb of the deal opens a term of its own.
		const second = NEXT_DEAL_VERB.exec(object);
		if (second?.[2]) return {text: object.slice(0, second.index), mode: 'list', rule, next: {text: second[2], mode: 'whole', rule: 'provision.excluded'}};
		if (second) return {text: object.slice(0, second.index), mode: 'list', rule, next: {text: second[1], mode: 'clause', rule}};
		return {text: object, mode: 'list', rule};
	}
	// "The agreement stipulates that the factions must …": a duty the deal's own text sets, so its "must" is no demand.
	if (SAYS_THAT.test(verb) && (/^that\s/i.test(object) || OWN_CLAUSE.test(object))) return withClauseAfterAside({text: object.replace(/^that\s+/i, ''), mode: 'clause', rule, cited: true});
	if (/^(?:says|said|states|stated)$/i.test(verb)) return withClauseAfterAside({text: object.replace(/^that\s+/i, ''), mode: 'clause', rule});
	if (/^(?:makes?|offers?|contains?)$/i.test(verb)) return null; // "makes concessions" without a list names no term
	// "gives workers a pay rise, a bonus and …": the verb stays with its object, so each thing given keeps it (splitGivenThings).
	return {text: /^gives?$/i.test(verb) ? `give ${object}` : object, mode: 'clause', rule};
}

/** "key areas such as …", "a range of sectors including …": bare fields named as what the deal spans, not steps it sets. */
const SCOPE_AREAS = /^(?:(?:key|main|major|several|many|various|other|a\s+range\s+of|a\s+number\s+of|a\s+host\s+of|a\s+wide\s+range\s+of)\s+)*(?:areas|fields|sectors|issues|topics|subjects|domains|spheres)\s+(?:such\s+as|including|like)\s/i;

// "the body the accord creates to manage the river": a verb followed by "to" has its object before it (a relative clause), no term.
// "The charter also lifts, with immediate effect, the decree …": an aside may sit between the verb and its object.
const ACTS = new RegExp(`^\\s*(?:,[^,]{3,160},)?\\s*(?:also\\s+|now\\s+)?(${alternation(ACTION_TERM_VERBS)})(?:,\\s+[^,]{3,40},)?\\s+(?!(?:${alternation(COMMENT_OBJECTS)}|to)\\b)(.+)$`, 'is');
/** "the release of 33 hostages", "a withdrawal from the towns": a step that lists actions lists terms, not who it covers. */
const ACTION_NOUN = asciiTwin(/\b(?:releases?|return|exchanges?|swaps?|handovers?|withdrawals?|pullbacks?|pull-backs?|reopening|opening|lifting|end|cuts?|deliver(?:y|ies)|entry|transfers?)\b|\b[\p{L}--[\u{10000}-\u{10FFFF}]]{3,}(?:tion|ment)s?\s+(?:of|from|to)\b/iv);

/** The parts of a deal that are steps of it in time ("the first phase", "the second tranche"). */
const STEP_PART = new Set<string>(PHASE_WORDS);
/** "a 30-kilometre section of the front", "40 miles of the border": a stretch of ground measured out. */
const EXTENT = /^(?:(?:an?|the)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred)[-\s](?:kilometres?|kilometers?|km|miles?|metres?|meters?)\b/i;

/** ", and runs for 14 days from Friday": a second predicate of the proposal that says how long it runs. */
const DURATION_PREDICATE = /,?\s+and\s+((?:runs|lasts|expires|ends|applies|remains in (?:force|place|effect))\s+(?:for|until|till|through|on|from|at|in|after|by)\b.*)$/i;

const SHARE_OF = /(?:part|some|half|most|much|all|share|portion|rest|bulk|remainder|a third|a quarter)\s+of\s+$/i;
const CONDITION = /^\s*((?:would|will|shall)?\s*(?:also\s+)?(?:be|is|are|remain|remains)\s+(?:tied|linked|conditional|contingent|subject)\s+(?:to|on|upon)\s+.+)$/is;

/** A relative clause ends where the sentence's main verb resumes: "Talks on X, which would include A, are due to …". */
function mainClauseCut(text: string): string {
	const resumed = /,\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might)\b/.exec(text);
	return resumed ? text.slice(0, resumed.index) : text;
}

const ESTIMATED_BEFORE = new RegExp(`\\b(?:${alternation(ESTIMATE_VERBS)})\\b`, 'i');
const SAID_BEFORE = /\b(?:said|says|told|added|hoped|hopes|predicted|predicts|insisted|insists)\b/i;
/** An object that ends in a quotation of three words or more. */
const QUOTED_TAIL = /["“‘]\s*(?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+[\s,]+){2,}[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+[.,!?]?["”’]?[.!?]?\s*$/v;

const RELATIVE_OBJECT_BEFORE = /\b(?:who|that|which)\s+(?:(?:had|has|have)\s+)?(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+)?[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]{3,}(?:ed|ned|ght|id|ew|ok|gned)\s+(?:the\s+|this\s+|that\s+|its\s+|their\s+)?$/v;

/** "Although the declaration calls for …, it falls short of …": a clause that concedes, then the sentence's main clause. */
const CONCESSIVE_OPENER = /^\s*(?:although|though|even\s+though|even\s+if|while|whilst|whereas)\s/i;
/** ", it falls short", ", critics say": where the main clause starts after a concessive one (its subject, then a finite verb). */
const MAIN_CLAUSE_RESUMES = /,\s+(?:(?:it|they|he|she|we)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+)?[\p{Ll}--[\u{10000}-\u{10FFFF}]]{2,}|(?:this|critics|officials|analysts|diplomats|(?:the|its|their)\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)?)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|does|do|did|says|said|say|remains|falls|leaves|lacks|stops))\b/v;

/** The text after the proposal's name, cut where a concessive clause it stands in gives way to the main clause. */
function concessiveCut(before: string, rest: string): string {
	if (!CONCESSIVE_OPENER.test(before)) return withoutEmphasis(rest);
	const resumes = MAIN_CLAUSE_RESUMES.exec(rest);
	return withoutEmphasis(resumes ? rest.slice(0, resumes.index) : rest);
}

/** "the agreement does reopen borders": an emphatic "does" before the deal's verb, read as the verb alone ("reopens"); "did" tells the past. */
const EMPHATIC_DO = /^(\s*(?:also\s+)?)(?:does|do)\s+(?!not\b)([\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,})\b/v;
// (a deal's verb only: "does little to ease …" is a judgement, no term)
const withoutEmphasis = (rest: string) => rest.replace(EMPHATIC_DO, (whole, lead: string, verb: string) => (KNOWN_VERB.has(verb) ? `${lead}${verb}${/(?:s|sh|ch|x|z)$/.test(verb) ? 'es' : 's'}` : whole));

/** "The 28-point draft plan, seen by …, proposes …", "this framework, which involves …", "the plan would give …". */
/**
 * "a 20-point plan (to end the war) that would freeze the front line and require X to pull back": what the proposal would do,
 * told in a relative clause on its name. Not when the sentence reacts to it ("critics rejected a plan that would …").
 */
const RELATIVE_ACTS = /^(?:\s+to\s+(?:end|halt|stop|settle|resolve)\s+[^,;]{1,60}?)?(?:\s*,\s*which|\s+that)\s+(?:would|will)\s+(?:also\s+)?([\p{Ll}--[\u{10000}-\u{10FFFF}]]+)\s+(.+)$/sv;
function relativeActs(left: string, rest: string): TermSource | null {
	const acts = RELATIVE_ACTS.exec(rest);
	// "agreed to a ceasefire that would …" is read by agreedTerms, which keeps the deal with what it would do.
	if (!acts || JUDGING.has(acts[1]) || /(?:ed|ing)$/.test(acts[1]) || NOT_TERM.test(left) || FORECAST.test(left) || AGREED_TO_BEFORE.test(left)) return null;
	const text = acts[1] === 'see' ? acts[2] : `${acts[1]} ${acts[2]}`;
	return {text: mainClauseCut(text), mode: 'clause', rule: 'provision.proposal-which'};
}

/** The acts a relative clause gives a proposal named inside a clause, or null. */
function relativeOnProposal(clause: string): TermSource | null {
	for (const ref of proposalRefs(clause)) {
		const acts = PART.has(ref.head) ? null : relativeActs(clause.slice(0, ref.start) + ref.before, clause.slice(ref.end));
		if (acts) return acts;
	}
	return null;
}

const AGREED_TO_BEFORE = /\b(?:agreed|agree|agrees|agreeing)\b[^,;]{0,40}?\b(?:to|on)\s+(?:(?:an?|the)\s+)?(?:[[\p{L}\p{N}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}$/iv;
const FORECAST = new RegExp(`\\b(?:${alternation(FORECAST_VERBS)})\\b`, 'i');

/** A deal's verb in the past tense: "provided for", "included", "stipulated". */
const PAST_TERM_VERB = /^(?:provided\s+for|included|involved|required|stipulated|envisaged|foresaw|proposed|mandated|called\s+for|set\s+out|offered|granted|allowed|gave|obliged|committed|stated|said)$/i;
/** Before a deal's head, its own name or a year: "The Quellmoor ", "the 2019 ", "The 2023 Dorva ". */
const OTHER_DEAL_NAME = /^(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:19|20)\d\d\s+)?(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Ll}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+)*$/v;
const HAS_NAME_OR_YEAR = /(?:^|\s)(?:(?:19|20)\d\d|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Ll}'’\-]--[\u{10000}-\u{10FFFF}]]+)\s+$/v;
/** "The terms of the peace agreement include …": the deal's terms as the subject are the deal itself. */
const TERMS_OF = /^(?:the\s+)?(?:(?:main|key|other)\s+)?(?:terms|provisions|clauses)\s+of\s+$/i;
/** "provides first of all for …", "provides, among other things, for …": an adverb between the verb and its "for". */
const ADVERB_BEFORE_FOR = /^(\s*(?:also\s+)?(?:provides|provided|calls|called))\s*,?\s+(?:first\s+of\s+all|above\s+all|among\s+other\s+things|in\s+particular|notably|firstly|first|finally|also|further|moreover)\s*,?\s+for\b/i;


/** "what the", "whether its": the deal named inside an indirect question. */
const INDIRECT_QUESTION_BEFORE = /\b(?:what|whether)\s+(?:(?:the|this|that|its|their)\s+)?(?:[[\p{L}\p{N}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?$/iv;

function proposalSubject(sentence: string, previousMentions: boolean): TermSource | null {
	for (const ref of proposalRefs(sentence)) {
		const determiner = ref.before.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
		if (/^(?:any|no|every)$/.test(determiner)) continue;
		// "The next package will target banks": another proposal than the one reported (a phase may be next).
		if (!PART.has(ref.head) && /\b(?:next|another|future|previous|earlier|former|last)\s/i.test(ref.before)) continue;
		const left = sentence.slice(0, ref.start);
		// "did not say what the deal provides for the district", "whether the money will be released": a question about
		// the deal asks what it holds and states nothing of it.
		if (INDIRECT_QUESTION_BEFORE.test(`${left}${ref.before}`.slice(-60))) continue;
		const rest = concessiveCut(sentence.slice(0, ref.end), sentence.slice(ref.end)).replace(ADVERB_BEFORE_FOR, '$1 for');
		const part = PART.has(ref.head);
		const relative = RELATIVE_TERM.exec(rest);
		// "in the first phase, which covers women and children": a part of the deal lists terms only with "include".
		if (relative && (!part || /^(?:includ|involv)/i.test(relative[1]))) return objectSource(mainClauseCut(relative[2]), relative[1], 'provision.proposal-which');
		const relativeAct = part ? null : relativeActs(`${left}${ref.before}`, rest);
		if (relativeAct) return relativeAct;
		// "part of the money would fund …": a share of the package is its subject.
		if (PREPOSITION_BEFORE.test(left) && !(part && SHARE_OF.test(left)) && !TERMS_OF.test(left)) continue;
		// "the ministers who praised the deal will ask …", "the agency that co-signed the accord says …": the proposal is
		// the object of a relative clause, not the subject of the verb after it
		if (RELATIVE_OBJECT_BEFORE.test(`${left}${ref.before}`)) continue;
		// "drafted by Brastow and the Kelmor States was backed by …": a capitalised "States" ends a name, it is no verb of the deal.
		const verbal = ((match) => (match && /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(match[1]) ? null : match))(VERBAL_TERM.exec(rest));
		// "the pause proposed by the president": a participle with its agent tells who made the deal, it is no verb of the deal.
		if (verbal && /(?:ed|en)$/i.test(verbal[1]) && /^by\s/i.test(verbal[2])) continue;
		// "The Quellmoor Protocol provided for a 30-day ceasefire", "a 2019 code set a buffer": an earlier deal, named or dated,
		// told in the past tense is the story's history; "told MPs that the agreement provided for …" reports this one.
		if (verbal && PAST_TERM_VERB.test(verbal[1]) && OTHER_DEAL_NAME.test(ref.before) && HAS_NAME_OR_YEAR.test(ref.before.replace(/^(?:The|An?)\s+/, ' ')) && !SAID_BEFORE.test(left)) continue;
		if (verbal && !/\bmust|should\b/i.test(rest.slice(0, rest.indexOf(verbal[1])))) {
			// "The first phase will include the wounded, the sick and detained civilians": who one step of the deal
			// covers and where it happens are that step's details, one term named by its step.
			if (STEP_PART.has(ref.head) && !SHARE_OF.test(left) && !ACTION_NOUN.test(verbal[2])) {
				const said = rest.slice(0, rest.length - verbal[2].length).replace(/^\s*(?:,[^,]{3,160},)?\s*/, ' ');
				return {text: `${sentence.slice(ref.start, ref.end)}${said}${verbal[2]}`, mode: 'whole', rule: 'provision.step-covers'};
			}
			// "A 14-day truce covers a 30-kilometre section of the front": a stretch of ground is where the proposal holds, one
			// term said with its subject (and how long it runs), not a list of terms.
			if (/^(?:covers?|spans?)$/i.test(verbal[1]) && EXTENT.test(verbal[2]))
				return {text: `${sentence.slice(ref.start, ref.end)} ${verbal[1]} ${verbal[2]}`, mode: 'whole', rule: 'provision.proposal-extent'};
			// "The truce covers the north and runs for 14 days": how long the proposal runs is said of it, not of its object.
			const duration = DURATION_PREDICATE.exec(verbal[2]);
			// "X said the pact would give fishing towns “their first good season in a decade”": the speaker's hope, in their words.
			if (SAID_BEFORE.test(left) && QUOTED_TAIL.test(verbal[2])) return null;
			if (!duration) return dealWorded(objectSource(verbal[2], verbal[1], 'provision.proposal-subject'), verbal[1]);
			const object = objectSource(verbal[2].slice(0, duration.index), verbal[1], 'provision.proposal-subject');
			const runs: TermSource = {text: duration[1], mode: 'whole', rule: 'provision.proposal-runs', lead: `${sentence.slice(ref.start, ref.end)} `};
			return object ? {...object, next: runs} : runs;
		}
		// "The agreement also provides \"transitional measures that include A, B and C\"": the kind of thing it provides, then its items.
		const listed = PROVIDES_LISTED.exec(rest);
		if (listed && !part) return {text: listed[2], mode: 'list', rule: 'provision.proposal-subject'};
		// "The accord provides that the coordinates will be set in the centre": the deal's own text, a clause.
		const providesThat = PROVIDES_THAT.exec(rest);
		if (providesThat && !part) return objectSource(providesThat[2], 'provides', 'provision.proposal-subject');
		// "The pact would raise the pension age to 67": the proposal as the subject of any action verb.
		const acting = PROPOSAL_ACTING.exec(rest);
		// "…, but said the deal will let people ‘now have hopes for a better life.’": the speaker's hope, in their words.
		if (acting && SAID_BEFORE.test(left) && QUOTED_TAIL.test(acting[2])) return null;
		if (acting && !JUDGING.has(acting[1]) && !/(?:ed|ing)$/.test(acting[1])) {
			// "The first phase will last 42 days": a part of the deal keeps its name, the term says which part.
			const share = part ? SHARE_OF.exec(left) : null;
			const lead = part ? `${share ? share[0] : ''}${sentence.slice(ref.start, ref.end)} ${/\bwould\b/.test(rest.slice(0, 12)) ? 'would' : 'will'} ` : undefined;
			// "The deal would see 33 hostages released": what the deal would see done is the term, without "see".
			// "would see the dissolution of armed groups, the formation of a government and …": nouns of action it sees done are a list.
			if (/^see$/i.test(acting[1])) return {text: acting[2], mode: /^(?:the|an?)\s+[\p{L}--[\u{10000}-\u{10FFFF}]]+(?:tion|ment|al|ure|ing)\s+of\b/iv.test(acting[2]) ? 'list' : 'clause', rule: 'provision.proposal-would', lead};
			return {text: `${acting[1]} ${acting[2]}`, mode: 'clause', rule: 'provision.proposal-would', lead};
		}
		// "The deal cuts tariffs on cars to 15%": the deal itself acting in the present tense states a term.
		// "He estimated that the deal lowers debt service by $1.9 billion": someone's reckoning of its effect, not a term.
		const acts = part || ESTIMATED_BEFORE.test(left) ? null : ACTS.exec(rest);
		if (acts) return {text: `${acts[1]} ${acts[2]}`, mode: 'clause', rule: 'provision.proposal-acts'};
		// "The deal does not cover farm goods": what the proposal leaves out is a term too, said with its subject.
		const excludes = part ? null : PROPOSAL_EXCLUDE.exec(rest);
		if (excludes) return {text: `${excludes[1]} ${excludes[2]}`, mode: 'clause', rule: 'provision.excluded', lead: `${sentence.slice(ref.start, ref.end)} `};
		// "Future reconstruction funds would be tied to independent inspection": the condition attached to the package.
		const condition = CONDITION.exec(rest);
		if (condition) return {text: `${sentence.slice(ref.start, ref.end)} ${condition[1]}`, mode: 'clause', rule: 'provision.conditional'};
	}
	// "While the full text of the declaration remains confidential, it includes …": "it" is the deal the concession named.
	const resumes = CONCESSIVE_OPENER.test(sentence) ? MAIN_CLAUSE_RESUMES.exec(sentence) : null;
	if (resumes && proposalRefs(sentence.slice(0, resumes.index)).length) {
		const main = PRONOUN_TERM.exec(sentence.slice(resumes.index).replace(/^,\s+/, ''));
		if (main) return objectSource(main[2], main[1], 'provision.proposal-it');
	}
	if (previousMentions) {
		// "- It establishes a joint mechanism": a bullet's mark is no part of its sentence.
		const bare = sentence.replace(/^[-•*·▪–]\s*/, '');
		const pronoun = PRONOUN_TERM.exec(bare);
		if (pronoun) return objectSource(pronoun[2], pronoun[1], 'provision.proposal-it');
		// "It also creates a $400 million fund, commits both navies to …": the deal named in the sentence before, acting.
		const acts = /^It\s/.test(bare) ? ACTS.exec(bare.slice(2)) : null;
		if (acts) return {text: `${acts[1]} ${acts[2]}`, mode: 'clause', rule: 'provision.proposal-it'};
	}
	return null;
}

// A comma inside a number ("1,150") is no end of the citation.
const CITED = new RegExp(`^(.*?\\b)?(${alternation(CITING_OPENERS)})\\s+(?:terms\\s+of\\s+)?(?:the|this|that|these|those|a|an|its|their)\\s+((?:[^,]|,(?=\\d{3}\\b)){0,80}),(?!\\d{3}\\b)\\s*(.+)$`, 'is');
/** "both sides agreed to …", "they pledged that …": what the parties took on, read by the rule for agreed terms. */
const PARTIES_AGREED = new RegExp(`\\b(?:${alternation(AGREEMENT_VERBS)})\\b`, 'i');
/**
 * CITED where the sentence opens with the citation (group 1 empty). CITED's optional group cannot match empty, so where a
 * later "according to an official," follows, CITED reads from that one and loses the deal the sentence opened with.
 */
const CITED_AT_START = new RegExp(`^()(${alternation(CITING_OPENERS)})\\s+(?:terms\\s+of\\s+)?(?:the|this|that|these|those|a|an|its|their)\\s+((?:[^,]|,(?=\\d{3}\\b)){0,80}),(?!\\d{3}\\b)\\s*(.+)$`, 'is');
/** "Under the plan the army would free …": no comma after the citation, the clause starting right after the proposal's name. */
// "Under the accord detainees must be freed": a bare plural may be the subject too.
const CLAUSE_AFTER_NAME = /^\s+((?:(?:the|an?|its|their|every|each|all|both|that|this|these|those|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*|\d[\d,.]*)\s+(?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}?|[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}s\s+(?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?)(?:would|will|shall|must|is|are)\s+.*)$/sv;

/** "X would be dismantled, according to a copy of the text": the citation after the term. */
const CITED_AFTER = /^(.{12,}?),\s+(?:according to|under|as set out in|as laid out in)\s+((?:the|this|a|an|its|their)\s+[^,]{0,80})(?:,\s+(?:[[\p{L}.'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,6}?(?:said|says|announced|added|confirmed|stated))?[.!]?$/isv;

/** "…, the draft says.", "…, the document stipulates.": the citation of the proposal's own text after the clause. */
const PROPOSAL_SAYS_AFTER = /^(.{12,}?),\s+((?:the|this|its|their)\s+(?:[[\p{L}\p{N}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)\s+(?:says|states|stipulates|specifies|adds|provides)[.!]?$/isv;

const SAY_VERBS_AFTER = ['says', 'states', 'stipulates', 'specifies', 'adds', 'provides'];

/** "a deal under which X will …", "the accord, under which Y would …": the proposal's noun, then "under which" and a clause. */
// "a power-sharing formula under which …": an arrangement's noun opens the clause as a deal's does.
const UNDER_WHICH = new RegExp(`\\b(?:${HEAD}|${alternation(UNDER_WHICH_NOUNS)})(?:es|s)?\\b[^,;]{0,40}?,?\\s+under\\s+which\\s+(.+)$`, 'isu');

/** Whether a text ends in PROPOSAL_SAYS_AFTER's verb (and a full stop): its lazy lead need not try every comma otherwise. */
function endsInSayVerb(text: string): boolean {
	if (foldsToAscii(text)) return true;
	const end = /[.!]$/.test(text) ? text.length - 1 : text.length;
	return SAY_VERBS_AFTER.some((verb) => end >= verb.length && text.slice(end - verb.length, end).toLowerCase() === verb);
}

/** What every CITED_AFTER match holds. */
const CITATION_AFTER_CUE = /,\s+(?:according to|under|as set out in|as laid out in)\s/i;

// "brokered by X, …", "which took effect on Monday, …": an aside on the deal before the clause that states its term.
// "drawn up by X, …": a participle of two words is an aside too.
const ASIDE_START = /^(?:(?:which|that)\s|[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}(?:ed|en|wn)(?:\s+(?:up|out|together))?\s+(?:by|in|at|on|after|with|under|between|last|this)\b)/v;
// The clause that follows the aside: a subject, then its modal within a few words ("detained fishermen on both sides
// must …" has no determiner); two parties joined by "and", each with its acronym, make a longer subject.
const CLAUSE_AFTER_ASIDE = /^(?:(?:the|an?|its|their|every|each|all|both|no|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*)\s+)?(?:[[\p{L}\p{N}'’\(\)\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,6}?(?:(?:and|or)\s+(?:[[\p{L}\p{N}'’\(\)\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,6}?)?(?:would|will|shall|must|is to|are to|may|can|takes\s+effect|comes\s+into\s+(?:force|effect)|enters\s+into\s+force)\b/v;

/** A clause without the aside that opens it ("brokered by X, a former president, a panel will …" -> "a panel will …"). */
function withoutLeadingAside(text: string): string {
	if (!ASIDE_START.test(text)) return text;
	for (let comma = text.indexOf(', '); comma >= 0; comma = text.indexOf(', ', comma + 2)) {
		const rest = text.slice(comma + 2);
		if (CLAUSE_AFTER_ASIDE.test(rest)) return rest;
	}
	return text;
}

/** "Under the first phase, which took effect on Monday, both sides must …, according to the text": the clause after the opening citation. */
function afterOpeningCitation(text: string): string {
	const opening = CITED.exec(text);
	if (!opening || opening[1] || !proposalRefs(`the ${opening[3]}`).length) return text;
	return withoutLeadingAside(opening[4]);
}

/** "According to the plan, X would …", "Under the terms of the agreement, X will …", "As part of the deal, …". */
function citedProposal(sentence: string): TermSource | null {
	// "… as part of a deal under which the Front will free 20 hostages": the relative clause states the deal's term.
	const underWhich = /\bunder\s+which\s/i.test(sentence) ? UNDER_WHICH.exec(sentence) : null;
	if (underWhich && FUTURE_MODAL.test(underWhich[1]) && !insideQuote(sentence, underWhich.index)) return {text: underWhich[1], mode: 'clause', rule: 'provision.under-which', cited: true};
	if (!triggered(sentence, HEAD_TRIGGER) || !mayMatch(HAS_HEAD, sentence)) return null;
	// The patterns below end up asking for a proposal noun and a comma inside the sentence: without them, none can cite.
	if (!sentence.includes(',')) return null;
	// "Troops would withdraw within 60 days, the draft says": the proposal's own text cited after the clause.
	const says = endsInSayVerb(sentence) ? PROPOSAL_SAYS_AFTER.exec(sentence) : null;
	if (says && /\b(?:would|will|shall|must)\b/.test(says[1]) && proposalRefs(says[2]).length)
		return {text: afterOpeningCitation(says[1]), mode: 'clause', rule: 'provision.according-to', cited: true};
	const after = mayMatch(CITATION_AFTER_CUE, sentence) ? CITED_AFTER.exec(sentence) : null;
	if (after && proposalRefs(after[2]).length && /\b(?:would|will|shall|must)\b/.test(after[1])) {
		// "X have drafted a plan that would freeze the front, according to a draft seen by Y": the plan's acts, not who drafted it.
		const relative = relativeOnProposal(after[1]);
		if (relative) return {...relative, rule: 'provision.according-to', cited: true};
		// "An agreement signed by X and Y will see A, B and C, according to the agreement": the deal is the clause's subject,
		// and its verb says how the terms are given.
		const subject = proposalRefs(after[1])[0]?.start === 0 ? proposalSubject(after[1], false) : null;
		if (subject && !subject.next) return {...subject, rule: 'provision.according-to', cited: true};
		return {text: afterOpeningCitation(after[1]), mode: 'clause', rule: 'provision.according-to', cited: true};
	}
	let match = CITED.exec(sentence);
	if (!match) return uncommaedCitation(sentence);
	// "Under the deal, cars would face …, according to an official, who …": the later source names no proposal; read the
	// citation the sentence opens with ("Under the accord, both sides agreed to …" is left to the rule for what parties agreed)
	const atStart = match[1] && /^according to$/i.test(match[2]) && !proposalRefs(`the ${match[3]}`).length ? CITED_AT_START.exec(sentence) : null;
	if (atStart && proposalRefs(`the ${atStart[3]}`).length && !PARTIES_AGREED.test(atStart[4])) match = atStart;
	// The determiner was read by the pattern: put it back so "during that phase" still names a part of the deal.
	if (!proposalRefs(`the ${match[3]}`).length) return null;
	// "Orvik, which pledged $12 billion as part of the deal, rose 6%": the citation closes a relative clause, not the main one.
	if (match[1] && /,\s+(?:which|who)\s[^,]*$/i.test(match[1])) return null;
	// "X were close to a deal, according to a draft seen by Y, as the river kept rising": a clause of the scene after the citation.
	if (match[1] && /^(?:as|while|amid|since|because|when|after|before)\s/i.test(match[4]) && !FUTURE_MODAL.test(match[4])) return null;
	const opener = match[2].toLowerCase();
	// "During the first phase, …" cites a part of the deal; "during the talks" cites nothing.
	if (opener === 'during' && !proposalRefs(`the ${match[3]}`).some((ref) => PART.has(ref.head))) return null;
	// A bare "In"/"Per" cites only at the start and when the proposal is all the phrase holds: "In the deal, …".
	if ((opener === 'in' || opener === 'per') && (match[1] || !/^(?:[\w.–-]+\s+){0,3}\S+$/.test(match[3]))) return null;
	// '"They will go home under the pact," he said': the deal in a speaker's own words is not its text.
	if (insideQuote(sentence, (match[1] ?? '').length)) return null;
	const rule = opener === 'according to' ? 'provision.according-to' : 'provision.under-proposal';
	// "Under the deal, brokered by X, a former president, a commission will …": the aside on the deal is not the term.
	match[4] = withoutLeadingAside(match[4]);
	// "Under the pact signed by the Interior Minister, Ana Quennel, the island will …": the name set beside the signatory.
	if (AGENT_END.test(match[3])) match[4] = withoutSignatoryName(match[4]);
	const named = proposalRefs(`the ${match[3]}`)[0];
	const afterName = named ? `the ${match[3]}`.slice(named.end) : '';
	const unpunctuated = named ? CLAUSE_AFTER_NAME.exec(afterName) : null;
	// "Under the deal they will rotate every 14 days, with monitors alongside": what follows the comma modifies the clause
	// the citation opened, and is no term without it.
	const loose = !unpunctuated && MODIFIER_START.test(match[4]) ? LOOSE_CLAUSE_AFTER_NAME.exec(afterName) : null;
	if (loose) return {text: `${loose[1]}, ${match[4]}`, mode: 'clause', rule, cited: true};
	// "Under the truce that ban is suspended, and shares rose 14%": what the writer joins on with "and" is not the deal's.
	// A second step of the deal keeps its modal ("and pilots will be trained"); the writer's comment has none.
	if (unpunctuated) {
		const comment = /^and\s/i.test(match[4]) && !/\b(?:would|will|shall|must|is to|are to)\b/i.test(match[4]);
		return {text: comment ? unpunctuated[1] : `${unpunctuated[1]}, ${match[4]}`, mode: 'clause', rule, cited: true};
	}
	// "Hostages must be home within 72 hours under the plan, and no soldier will leave before": the citation closes the
	// clause it sources; the clause joined after it is the writer's own.
	if (match[1] && wordCount(match[1]) >= 3 && /^and\s/i.test(match[4]) && AUXILIARY.test(match[1])) return {text: match[1], mode: 'clause', rule, cited: true};
	// "The crew will be freed under the pact, officials said", "…, his family has been told": after the citation comes only who
	// told it, so the clause before the citation is the term; an attribution alone never is.
	if (TOLD_ONLY.test(match[4])) return match[1] && wordCount(match[1]) >= 3 && FUTURE_WORD.test(match[1]) ? {text: match[1], mode: 'clause', rule, cited: true} : null;
	// "X exchanged 230 prisoners under a deal brokered by Y, the first such swap in years": after the citation comes
	// a comment on the clause before it, which is the term.
	if (match[1] && wordCount(match[1]) >= 3 && !/\b(?:that|said|says)\s*$/i.test(match[1]) && /^(?:the|a|an|its|their|this|one)\s/i.test(match[4]) && !AUXILIARY.test(match[4]))
		return {text: match[1], mode: 'clause', rule, cited: true};
	// "…, but not those charged with arson": the rest of a clause the citation cut in two is no term of its own.
	if (/^(?:but|except|unless|or)\b/i.test(match[4])) return null;
	// "According to a draft seen by X, Quessa holds the bodies of 27 soldiers": what a party has now, sourced to the text, is a fact.
	if (opener === 'according to' && HOLDS_NOW.test(match[4]) && !FUTURE_WORD.test(match[4])) return null;
	return {text: match[4], mode: 'clause', rule, cited: true};
}

const AUXILIARY = /\b(?:will|would|shall|must|can|could|may|is|are|was|were|has|have|had)\b/i;
/** A clause that is only who told it: "officials said", "his family has been told", "the ministry announced on Friday". */
const TOLD_ONLY = /^(?:[[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,6}?(?:(?:has|have|had)\s+been\s+|(?:was|were)\s+)?(?:said|says|say|added|adds|told|announced|announces|confirmed|confirms|reported|reports|stated|states|insisted|explained|wrote|posted)\b(?:\s+(?:on|this|last|late|early|in|at)\b[^,;]*)?[.!]?$/iv;
/** A clause whose verb says what its subject holds now ("X holds the bodies of …", "Y has 40 posts"), not what it will do. */
const HOLDS_NOW = /^(?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,5}?(?:holds|hold|owns|own|controls|control|has|have)\s+(?!to\b|been\b|agreed\b|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ed|en)\b|(?:the|a|an|full|sole|exclusive)\s+(?:right|power|option|authority|say|veto)\b|(?:\S+\s+){0,2}(?:days?|weeks?|months?|hours?|years?)\b|until\b|till\b)/v;
const FUTURE_WORD = /\b(?:will|would|shall|must|is to|are to)\b/i;

/** "Under its terms", "Under the accord": a citation that opens the sentence, up to the proposal's name. */
const OPENING_CITATION = new RegExp(`^(?:${alternation(CITING_OPENERS.filter((opener) => !/^(?:in|per|during)$/i.test(opener)))})\\s+(?:the|this|that|its|their)\\s+`, 'i');
/** CLAUSE_AFTER_NAME's subject, up to eight words long ("a joint security force of 1,200 men will …"). */
const LONG_SUBJECT_CLAUSE = /^\s+((?:(?:the|an?|its|their|every|each|all|both|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*|\d[\d,.]*)\s+(?:(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+|\d[\d,.]*)\s+){0,7}?)(?:would|will|shall|must|is to|are to)\s+.*)$/sv;
/** "a force of 1,200 men - 600 from each side - will …": an aside between paired dashes. */
const DASHED_ASIDE = /\s+[-–—]\s+[^-–—]{1,80}?\s+[-–—]\s+/g;

/**
 * "Under its terms a force of 1,200 men - 600 from each side - will guard the field, the station and the junction": an opening
 * citation with no comma after it, where the clause after the proposal's name runs past every comma CITED could cut at.
 */
function uncommaedCitation(sentence: string): TermSource | null {
	const opening = OPENING_CITATION.exec(sentence);
	if (!opening) return null;
	const named = proposalRefs(sentence)[0];
	if (!named || named.start > opening[0].length) return null;
	const clause = LONG_SUBJECT_CLAUSE.exec(sentence.slice(named.end).replace(DASHED_ASIDE, ' '));
	if (!clause || insideQuote(sentence, 0)) return null;
	const rule = /^according/i.test(opening[0]) ? 'provision.according-to' : 'provision.under-proposal';
	return {text: clause[1], mode: 'clause', rule, cited: true};
}

/** "with monitors alongside", "including the port": a phrase that modifies a clause and states no term alone. */
const MODIFIER_START = new RegExp(`^(?:with|without|including|${alternation(NARROWING_OPENERS)})\\s`, 'i');
/** A clause after the proposal's name with any subject (a pronoun, a possessive) and at least a verb after it. */
const LOOSE_CLAUSE_AFTER_NAME = /^\s+((?:they|it|he|she|we|its|their|his|her|the|an?|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*)\s+\S+\s+\S.*)$/v;
/** A citation that ends on an agent: "signed by the Interior Minister", "brokered by the regional bloc". */
const AGENT_END = /\b(?:by|with)\s+(?:the\s+)?(?:[[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}[[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]+\s*$/v;
/** A name of up to four capitalised words and its comma, as an apposition opens. */
const NAME_APPOSITION = /^(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*\s+){0,3}[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*,\s+/v;

/** A clause without the name set beside the agent before it, when a clause with its own subject and modal follows the name. */
function withoutSignatoryName(text: string): string {
	const name = NAME_APPOSITION.exec(text);
	if (!name) return text;
	const rest = text.slice(name[0].length);
	return CLAUSE_AFTER_ASIDE.test(rest) ? rest : text;
}

/** An object that only names the proposal again: "most of it", "the majority of the plan", "implement the consensus". */
function onlyNamesProposal(object: string): boolean {
	if (/^an?\s/i.test(object)) return false; // "a framework that …" introduces the proposal
	// "every line of this text", "each clause of the accord": the whole deal, read part by part.
	object = object.replace(/^(?:every|each|any|all)\s+(?:single\s+)?(?:line|word|clause|article|point|part|provision|letter|comma)s?\s+of\s+(?=(?:the|this|that|its|their|it)\b)/i, '');
	if (/^(?:(?:most|all|much|parts?|some|the majority|the bulk|elements|the terms|the details) of\s+)?(?:it|them|this|that)\b/i.test(object)) return true;
	const reference = /^(?:\w+\s+){0,2}?(?:(?:most|all|much|parts?|some|the majority|elements|the terms|the details|implementation) of\s+)?(?:the|this|that|its|their)\s+([\w.–-]+\s+){0,3}?/i.exec(object);
	if (!reference) return false;
	const refs = proposalRefs(object.slice(0, reference[0].length + 40));
	return refs.length > 0 && refs[0].start <= reference[0].length + 1;
}

/** "…, and Lanmark alone hosts 40,000 refugees": a clause with a subject of its own ends what the parties agreed to. */
const NEXT_SUBJECT = /,\s+and\s+(?:the\s+)?(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*\s+){1,3}(?:alone\s+|also\s+|itself\s+|still\s+|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|must|should|says|said|hosts|holds|remains|wants|insists|fears)\b.*$/sv;

const AGREED_TRIGGER = triggerOf(['agreed', 'agree', 'agreeing', 'pledged', 'pledging', 'promised', 'undertook', 'consented']);
/** The pattern's first word, as a plain test (no character folds onto its letters): most sentences have none. */
const NOBODY_WORD = /\b(?:neither|nobody|no one|none)\b/i;
const AGREED_WORD = /\b(?:agree|pledg|promised|undertook|consented)/i;

/** ", and Dorva agreed to …", ", and the rebels pledged to …": a second party's own pledge after the first one's. */
const OTHER_PARTY_AGREED = /,?\s+and\s+(?:(?:the|both|each)\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)?|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*){0,2})\s+(?:also\s+)?(?:agreed|pledged|promised)\s+to\s+(.+)$/v;

/** "the two countries agreed to a ceasefire", "both sides agreed that …", "pledging to reduce tariffs …". */
function agreedTerms(sentence: string): TermSource | null | 'none' {
	if (!triggered(sentence, AGREED_TRIGGER) || !AGREED_WORD.test(sentence)) return null;
	// "agreed on Sunday to …" is when; "agreed on a moratorium on strikes" names what, so only a day or date follows that "on".
	const match = /(?<!\w)(?<!(?:remains?|is|are|stay|I|you)\s)(agreed|agree|agreeing|pledged|pledging|promised|undertook|consented)(?:\s+(?:in|between|with|at|during|earlier|last|later|on(?=\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\p{L}--[\u{10000}-\u{10FFFF}]]*\.?\s+\d))|also|both|jointly|formally)\b[^,.;]{0,40}?)?\s+(to|on|that)\s+(.+)$/isv.exec(sentence);
	if (!match) return null;
	// "a strong incentive to agree to a long ceasefire", "ready to agree to talks": an agreement that may come is none yet.
	if (match[1].toLowerCase() === 'agree' && /\bto\s+$/i.test(sentence.slice(0, match.index))) return 'none';
	// "the two sides had not agreed on who would govern": what is left open is no term.
	if (/\b(?:not|never|n['’]t|yet to|failed to|unable to|no longer)\s+(?:\w+\s+)?$/i.test(sentence.slice(0, match.index))) return 'none';
	// "a line below which neither government has pledged to go": a promise nobody made.
	if (NOBODY_WORD.test(sentence) && /\b(?:neither|nobody|no one|none)\b(?:\s+[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+){0,3}\s+$/iv.test(sentence.slice(0, match.index))) return 'none';
	// "The two sides agree on very little": an agreement denied by its own object.
	if (/^(?:(?:very|so|too)\s+)?(?:little|nothing|few|none|not much)\b/i.test(match[3])) return 'none';
	// "promised to fall", "agreed to try": a bare verb names no term.
	if (wordCount(match[3].replace(/[\s,;:.!?"”’]+$/, '')) < 2) return 'none';
	// "they've agreed to …" inside a quote: a vague restatement, the term is reported plainly elsewhere.
	if (/["“”]/.test(sentence) && /\b(?:they|we|they['’]ve|we['’]ve|they['’]d)\s+(?:(?:have|had|also|only|just|now|already)\s+){0,2}$/i.test(sentence.slice(0, match.index))) return 'none';
	// "Aurel: “Both governments have agreed to bring the crews home.”": a speaker's gloss on the deal, not its text; a
	// quoted term with a number or a named proposal ("agreed to a truce from midnight") is still one.
	if (insideQuote(sentence, match.index) && !/\d/.test(match[3]) && !proposalRefs(match[3]).length) return 'none';
	const rule = `provision.agreed-${match[2].toLowerCase()}`;
	// "X agreed to drop its tariff to 30%, and Y agreed to lower its rate to 10%": the other party's pledge is a term of its own.
	const other = OTHER_PARTY_AGREED.exec(match[3]);
	if (other && !onlyNamesProposal(other[1]) && wordCount(other[1]) >= 2) {
		const first = agreedTerms(sentence.slice(0, match.index + match[0].length - match[3].length + other.index));
		const next: TermSource = {text: other[1], mode: 'clause', rule};
		return first && first !== 'none' && !first.next ? {...first, next} : next;
	}
	const object = match[3].replace(NEXT_SUBJECT, '');
	if (onlyNamesProposal(object)) return 'none';
	// "have agreed on the text of a trade deal": the deal's wording settled is the news of the deal, no term of it.
	if (TEXT_OF_DEAL.test(object) && proposalRefs(object).some((ref) => DOCUMENT_HEAD.has(ref.head))) return 'none';
	// "agreed to a ceasefire": the new proposal itself is the term, with what a relative clause says of it.
	const itself = proposalRefs(object)[0];
	// "a very large Phase One Deal with China": a deal named by capitalised words is still the deal itself.
	const atStart = itself && (itself.start <= 2 || NAMED_DEAL_LEAD.test(object.slice(0, itself.start)));
	if (itself && atStart && /^(?:an?|the)?\s*(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}$/iv.test((object.slice(0, itself.start) + itself.before).replace(NAME_WITHIN, ' '))) {
		const rest = object.slice(itself.end);
		const relative = /^\s+(?:that|which)\s+(?:[^,;]|,(?=\d{3}))+/i.exec(rest);
		const more = /^\s*,?\s+and\s+["“]?to\s+/i.test(rest) ? rest : '';
		// "agree to peace deal as hostages …": a deal named and nothing of what it holds is the news of the deal, no term.
		if (DOCUMENT_HEAD.has(itself.head) && !relative && !more && !/\d/.test(object.slice(0, itself.end))) return 'none';
		return {text: object.slice(0, itself.end) + (relative?.[0] ?? more), mode: 'clause', rule};
	}
	// "agreed to a curfew along the valley road and a halt to raids on grain stores": two named steps, two terms.
	return {text: object.replace(NOUN_STEPS, '; '), mode: 'clause', rule};
}

/** "the text of", "the wording of": a deal's words, as what was settled. */
const TEXT_OF_DEAL = /^(?:the\s+)?(?:text|wording|final\s+text|draft\s+text|language)\s+of\s/i;
/** Capitalised words between two proposal nouns of one name ("Phase One Trade Deal"). */
/** "Phase One " inside "a very large Phase One Deal": a capitalised name counts as one word of the noun phrase. */
const NAME_WITHIN = /(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]*\s+){2,}/gv;
/** A determiner, a few adjectives and a capitalised name before a proposal noun ("a very large Phase One "). */
const NAMED_DEAL_LEAD = /^(?:an?|the)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]*\s+)+$/v;

/** Proposal nouns that name a text, not a measure ("a ceasefire", "a truce" are terms of their own). */
const DOCUMENT_HEAD = new Set(['plan', 'proposal', 'framework', 'deal', 'agreement', 'accord', 'pact', 'treaty', 'memorandum', 'protocol', 'charter', 'compact', 'arrangement', 'roadmap', 'blueprint', 'statute']);

const NOUN_STEPS = /,?\s+and\s+(?=(?:an?|the)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:halt|end|freeze|ban|moratorium|release|return|exchange|withdrawal|pullback|reopening|suspension|lifting|cut|cap|limit|review)\s+(?:to|of|on|in|from)\s)/giv;

const RETENTION = new RegExp(`^(.*?\\b(?:${alternation(RETENTION_PHRASES)}))\\b`, 'i');
/** RETENTION without its lazy lead, which tries every start: a test that fails for most sentences. */
const RETENTION_TRIGGER = triggerOf(RETENTION_PHRASES);
const RETENTION_WORD = new RegExp(`\\b(?:${alternation(RETENTION_PHRASES)})\\b`, 'i');
const PASSIVE_DONE = /\b(?:had|have|has|will|would)\s+(?:also\s+)?been\s+(?:activated|established|set up|opened|reopened|restored|resumed|lifted|released|suspended|implemented|put in place|withdrawn|removed|exchanged|freed|created|launched)\b/i;
/** A word of every BOTH_SIDES phrase: a sentence without one has no clause that BOTH matches. */
const BOTH_TRIGGER = triggerOf(BOTH_SIDES);
const BOTH = new RegExp(`\\b(?:${alternation(BOTH_SIDES)})\\b`, 'i');
// "Both sides commit not to strike ports": a present-tense undertaking of both parties is a commitment too.
const COMMITMENT = /\b(?:commit|commits|undertake|undertakes)\s+(?:not\s+)?to\s+[a-z]{3,}|\b(?:will|would|shall)\s+(?:also\s+)?(?:retain|keep|lower|reduce|cut|remove|suspend|lift|withdraw|cease|stop|halt|release|exchange|establish|open|allow|recognise|recognize|respect|maintain|return|hold talks|resume|swap|refrain from|abide by|(?:begin|start|open|launch)\s+(?:\w+\s+)?(?:talks|negotiations))\b/i;

// "Tariffs on both sides will be cut", "instructions have been given on both sides": both sides in the subject, or
// after the verb they act in; "the suffering of civilians on both sides" and "fishermen on both sides" say whom something touches.
const BOTH_SIDES_SUBJECT = asciiTwin(/^(?:[[\p{L}\p{N}%$'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,4}on (?:both|each|either) sides?\b|\b[\p{Ll}--[\u{10000}-\u{10FFFF}]]{2,}(?:ed|(?<!m)en|wn|de)\s+on (?:both|each|either) sides?\b/iv);

/** What stays in place, what has been done under the deal, what each side will do. */
function impliedTerms(sentence: string, mentionsProposal: boolean): TermSource | null {
	const retained = triggered(sentence, RETENTION_TRIGGER) && RETENTION_WORD.test(sentence) ? RETENTION.exec(sentence) : null;
	if (retained) return {text: retained[1], mode: 'clause', rule: 'provision.remains'};
	// split only when a rule below reads clauses: most sentences reach neither
	let split: string[] | undefined;
	const clauses = () => (split ??= sentence.split(/,\s+(?:and|but)\s+|;\s+/));
	if (mentionsProposal) {
		const done = clauses().find((clause) => PASSIVE_DONE.test(clause));
		if (done) return {text: done.replace(/^.*?\b(?:said|told|confirmed|announced)\b(?:\s+[\w\s]{0,40}?)?\s+that\s+/i, ''), mode: 'clause', rule: 'provision.done-under'};
		// BOTH_SIDES_SUBJECT tries every start; most sentences have no "on both sides" at all.
		if (/\son (?:both|each|either) side/i.test(sentence) && BOTH_SIDES_SUBJECT.test(sentence) && !/\bnot\b/i.test(sentence)) return {text: sentence, mode: 'clause', rule: 'provision.both-sides'};
	}
	const at = !triggered(sentence, BOTH_TRIGGER) ? -1 : clauses().findIndex((clause) => BOTH.test(clause) && COMMITMENT.test(clause) && !/\b(?:statement|details|press conference|news conference)\b/i.test(clause));
	if (at < 0) return null;
	const commitment = clauses()[at];
	// "…, and set up a council" goes on with the same parties; "…, and a council of 24 will run the city" is a term of its own.
	const rest = clauses().slice(at + 1);
	// "…, and would exchange all prisoners": the same sides' next step, its modal said again.
	const further = rest.filter((clause) => startsVerbPhrase(clause, commitment) || MODAL_STEP_AGAIN.test(clause));
	const own = rest.filter((clause) => !startsVerbPhrase(clause, commitment) && SUBJECT_AND_MODAL.test(clause.trim()));
	const rule = 'provision.each-side';
	return {text: [commitment.slice(BOTH.exec(commitment)!.index), ...further].join(', and '), mode: 'clause', rule, ...(own.length ? {next: {text: own.join('; '), mode: 'clause', rule}} : {})};
}

/** "a joint council of 24 members will run the city": a clause with a subject and a modal of its own. */
const SUBJECT_AND_MODAL = /^(?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,7}?(?:will|would|shall|is to|are to)\s/v;

// ---- commitments of a party -----------------------------------------------------

const COMMIT_VERB = alternation(COMMITMENT_VERBS);
const PARTY_HEAD = alternation(PARTY_HEADS);
/** A party: a capitalised name ("the European Union", "Tokyo") or a party noun ("the government", "the two sides"). */
const PARTY = `(?:[Tt]he\\s+)?(?:(?:[A-Z][[\\p{L}\\p{N}’'.\\&\\-]--[\\u{10000}-\\u{10FFFF}]]*|of|and|for)\\s+){0,5}?(?:[A-Z][[\\p{L}\\p{N}’'.\\&\\-]--[\\u{10000}-\\u{10FFFF}]]*|(?:[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:${PARTY_HEAD}))`;
const TAKES_ON =
	'(?:will|would|shall|is to|are to|is set to|are set to|is due to|are due to|plans to|plan to|intends to|(?:is|are|was|were|stands?|stood) (?:ready|prepared|willing|poised) to|(?:has|have|had) (?:also )?(?:pledged|promised|committed|offered) to|(?:pledged|promised|offered|pledges|promises|offers) to)';
const COMMITS = new RegExp(
	`(?:^|\\bthat\\s+|\\b(?:said|says|announced|added|confirmed|stated)\\s+|[,;:]\\s+|\\band\\s+)(${PARTY}|it|they)\\s+(?:also\\s+)?(${TAKES_ON})(?:\\s+(?:also|now|then|jointly|immediately|initially|gradually|further|each|first))?\\s+(${COMMIT_VERB})\\b\\s*(.*)$`,
	'v',
);
const DELIVERED = new RegExp(
	`(?:^|\\bthat\\s+|\\b(?:said|says|announced|added|confirmed)\\s+|[,;]\\s+|\\band\\s+)(${PARTY})\\s+((?:has|have)\\s+(?:also\\s+|already\\s+)?(?:${alternation(DELIVERED_VERBS)})|(?:also\\s+)?(?:${alternation(PLEDGED_VERBS)}))\\b\\s*(.*)$`,
	'v',
);
/** "… and will buy $40 billion of energy": a second commitment of the same party in one clause. */
// "… will share its readings, and must give 48 hours' notice": a duty coordinated with the commitment is the party's next term.
// "will end its levy by May, stop recruiting for a year, and …": a series of the party's steps, comma by comma.
const NEXT_COMMITMENT = new RegExp(`(?:,?\\s+and\\s+|,\\s+(?=(?:${COMMIT_VERB}|stop|halt|cease)\\s))((?:(?:will|would|shall|must|is to|are to|to)\\s+)?(?:also\\s+)?)(${COMMIT_VERB}|stop|halt|cease|give\\s+(?=(?:[[\\p{L}\\p{N}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}?notice\\b))\\s*(?=\\S)`, 'gv');
/** "stop hiring", "halt building": a step that stops an activity, named by its gerund. */
const STOPS_DOING = /^(?:stop|halt|cease)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}ing\b/v;
const MONEY = /(?:[$€£¥]\s?\d|\d[\d,.]*\s*(?:million|billion|trillion|bn|m)\b|\b(?:dollars|euros|pounds|yen|yuan)\b)/i;
const MILITARY = new RegExp(`\\b(?:${alternation(MILITARY_SUBJECTS)})\\b`, 'i');
const VAGUE = new Set<string>(VAGUE_OBJECTS);
const STAND_DOWN = new Set<string>(STAND_DOWN_VERBS);
const WEAPONS = new RegExp(`\\b(?:${alternation(WEAPON_OBJECTS)})\\b`, 'i');
const BINDING = new Set<string>(BINDING_PROPOSALS);

/** Whether an article speaks of a deal, truce or package that binds its parties (not only of a plan or draft). */
function speaksOfBindingDeal(article: ParsedArticle): boolean {
	return [article.headline ?? '', ...article.sentences.map((sentence) => sentence.text)].some((text) => proposalRefs(text).some((ref) => BINDING.has(ref.head)));
}
const NAMED_BEFORE_SAY = /((?:the\s+)?(?:[A-Z][[\p{L}’'.\&\-]--[\u{10000}-\u{10FFFF}]]*\s+){0,4}[A-Z][[\p{L}’'.\&\-]--[\u{10000}-\u{10FFFF}]]*)\s*,?\s+(?:which\s+|who\s+)?(?:said|says|announced|added)\s+(?:that\s+)?$/v;

/** "once a lasting ceasefire is agreed", "when a final peace deal is signed": a later, wider deal than the one reported. */
const FOR_LATER_DEAL = new RegExp(`\\b(?:once|when|if|after|until)\\s+(?:a|an|the)\\s+(?:lasting|permanent|durable|final|comprehensive|wider|broader|political)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:${HEAD})\\b`, 'iv');

/** Whether a position of a text lies inside a quotation: a party's words are not yet its commitment. */
function insideQuote(text: string, index: number): boolean {
	const before = text.slice(0, index);
	const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
	if (curly > 0 || (before.match(/"/g) ?? []).length % 2 === 1) return true;
	// an outlet that quotes in single marks: ‘ opening a word opens, ’ not before a letter closes (an apostrophe is inside a word)
	if (!before.includes('‘')) return false;
	return (before.match(/(?<![[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]])‘/gv) ?? []).length > (before.match(/’(?![[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]])/gv) ?? []).length;
}

/** Whether a sentence ends a quotation opened in an earlier one ("… It has now signed an agreement to leave our towns.”"). */
function closesQuote(text: string): boolean {
	if (!text.includes('”') && !text.includes('"')) return false;
	let opening = 0;
	let closing = 0;
	let straight = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x201c) opening++;
		else if (code === 0x201d) closing++;
		else if (code === 34) straight++;
	}
	if (closing > opening) return true;
	return straight % 2 === 1 && /"\W*$/.test(text.trim());
}

/** The party a clause's "it"/"they" stands for when the sentence names it just before a say-verb. */
function partyOf(subject: string, clause: string, start: number): string | null {
	if (!/^(?:it|they)$/i.test(subject)) return subject;
	return NAMED_BEFORE_SAY.exec(clause.slice(0, start))?.[1] ?? null;
}

/** What every COMMITS match holds (the last word of a TAKES_ON phrase, an adverb, a commitment verb), tested first because most clauses lack it. */
const TAKES_ON_WORD = new RegExp(`\\b(?:will|would|shall|to)\\s+(?:[a-z]+\\s+)?(?:${COMMIT_VERB})\\b`, 'i');
/** What every DELIVERED match holds. */
const COMMIT_TRIGGER = triggerOf([...COMMITMENT_VERBS, ...DELIVERED_VERBS]);
const DELIVERED_WORD = new RegExp(`\\b(?:${alternation(DELIVERED_VERBS)})\\b`, 'i');

/** "The Union will send $50 million in aid, along with 200 rescue workers", "the bank is ready to lend up to $300 million". */
function partyCommitments(sentence: string): TermSource[] {
	const out: TermSource[] = [];
	if (!triggered(sentence, COMMIT_TRIGGER) || (!TAKES_ON_WORD.test(sentence) && !DELIVERED_WORD.test(sentence))) return out;
	let clauseParty: string | null = null;
	for (const clause of sentence.split(/;\s+|,?\s+and that\s+|,\s+(?:but|while|whereas)\s+|,\s+and\s+(?=[\p{Lu}--[\u{10000}-\u{10FFFF}]])|,\s+and\s+(?=(?:the\s+|an?\s+)?(?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,7}(?:will|would|shall|is to|are to|(?:is|are)\s+(?:due|set|expected)\s+to)\s)/v)) {
		const commits = TAKES_ON_WORD.test(clause) ? COMMITS.exec(clause) : null;
		const delivered = commits || !DELIVERED_WORD.test(clause) ? null : DELIVERED.exec(clause);
		const match = commits ?? delivered;
		if (!match || insideQuote(sentence, sentence.indexOf(clause) + match.index)) continue;
		const subjectStart = match.index + match[0].indexOf(match[1]);
		// "X would give up nothing, but it would withdraw from …": the "it" of a later clause is the party of the one before.
		const named = partyOf(match[1], clause, subjectStart);
		const party = named ?? (/^it$/i.test(match[1]) && subjectStart === 0 ? clauseParty : null);
		if (named) clauseParty = named;
		const verbBase = (commits ? match[3] : '').toLowerCase();
		if (!party || (MILITARY.test(party) && !STAND_DOWN.has(verbBase)) || (/^(?:The\s+)?(?:[A-Z][\p{Ll}--[\u{10000}-\u{10FFFF}]]+)$/v.test(party) && FIRST_WORDS.test(party)) || (commonPlural(party) && !(MILITARY.test(party) && STAND_DOWN.has(verbBase)))) continue;
		const rawObject = (commits ? match[4] : match[3]) ?? '';
		// "pull back to the 1994 line": the destination's "to" is no infinitive marker.
		const destination = /^to\s/i.test(rawObject) && /^(?:withdraw|pull back|return|hand over)$/.test(verbBase) ? 'to ' : '';
		const object = cleanTerm(rawObject);
		// "will impose tariffs if talks fail" is a threat; "ready to send help" names nothing delivered.
		// "troops will open fire / return fire" is combat, whatever the verb.
		if (!object || /^fire\b/i.test(object) || /\b(?:if|unless|otherwise)\b/i.test(object) || VAGUE.has(object.toLowerCase()) || WEAPONS.test(object)) continue;
		// "will pay for this surrender", "offered to host such talks", "will withdraw the remark that …": the deal or the talks
		// pointed back at, or words taken back.
		if (POINTS_BACK.test(object) || TAKEN_BACK.test(object)) continue;
		// "has pledged $1.2B for reconstruction once a lasting ceasefire is agreed": a promise for a deal still to come, not this one.
		if (FOR_LATER_DEAL.test(object)) continue;
		// "would hand over nothing it has lost": a step denied is no commitment.
		if (/^(?:nothing|none)\b/i.test(object)) continue;
		// "The bloc says it will send 40 monitors", "the airline says it is ready to resume flights": a body announcing its own
		// plan is its plan, not the deal's text; money it says it will give is a pledge to the package.
		if (/^(?:it|they)$/i.test(match[1]) && !MONEY.test(object) && named) continue;
		// "has pledged 2.5 million to cover the cost of the observer mission", "$450 million towards the return fund": a
		// contribution to what the deal sets up is a detail of that term, not a term of its own.
		if (MONEY.test(object) && TOWARDS_MACHINERY.test(object)) continue;
		// "has provided $1 billion since the war began" is the donor's record, not this package.
		if (delivered && (!MONEY.test(object) || /\b(?:since|so far|to date|over the past|last year|previously|in (?:19|20)\d\d)\b/i.test(object))) continue;
		const modal = commits ? match[2] : '';
		const steps = commitmentSteps(commits ? match[3] : match[2], object, modal);
		for (const [index, step] of steps.entries()) {
			const lead = `${capitalise(party)} ${step.verb.replace(/\s+/g, ' ')} ${index === 0 ? destination : ''}`;
			for (const part of step.object.split(/,?\s+(?:along with|as well as|together with|plus)\s+/i))
				out.push({text: part, mode: 'clause', rule: commits ? 'provision.party-commits' : 'provision.party-delivered', lead, partyLead: `${capitalise(party)} ${modal ? `${modal} ` : ''}`});
		}
	}
	return out;
}

const POINTS_BACK = /^(?:for\s+)?(?:this|that|these|those|such)\s+[\p{L}--[\u{10000}-\u{10FFFF}]]+(?:\s+(?:for|in|at)\s[^,;]*)?$/iv;
const TAKEN_BACK = new RegExp(`^(?:the|his|her|their|its|my|our|that|this)\\s+(?:${alternation(SPEECH_NOUNS)})\\b`, 'i');

/** Money given towards the cost of a body, fund or mission the deal sets up. */
const TOWARDS_MACHINERY = new RegExp(`\\b(?:to\\s+(?:cover|meet|pay)\\s+(?:the\\s+|part\\s+of\\s+the\\s+)?(?:running\\s+)?costs?\\s+of|towards?)\\s+(?:the|an?|its|their)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,3}?(?:${alternation(OVERSIGHT_BODIES)}|fund|mission|audit|inquiry)\\b`, 'iv');

/** "scrap its levy and will buy $40 billion of energy": each verb of one party's clause with its own object. */
function commitmentSteps(verb: string, object: string, modal: string): {verb: string; object: string}[] {
	const steps: {verb: string; object: string}[] = [];
	let current = {verb: modal ? `${modal} ${verb}` : verb, from: 0};
	for (const next of object.matchAll(NEXT_COMMITMENT)) {
		const after = object.slice(next.index + next[0].length);
		// A bare verb after "and" starts a step only before its own object ("and ease controls", not "and release").
		if (!next[1] && !startsVerbPhrase(`${next[2]} ${after}`, '') && !STOPS_DOING.test(`${next[2]} ${after}`)) continue;
		steps.push({verb: current.verb, object: object.slice(current.from, next.index)});
		// "are to release crews and to stop striking plants": a bare "to" carries the first step's modal on.
		const own = next[1].trim().replace(/^to$/, '');
		current = {verb: `${own || modal} ${next[2]}`.trim(), from: next.index + next[0].length};
	}
	steps.push({verb: current.verb, object: object.slice(current.from)});
	return steps.filter((step) => step.object.trim());
}

const COUNTRY_WORDS = new Set([...COUNTRIES.flatMap((country) => [country.name, ...country.aliases]), ...Object.keys(CAPITALS)]);

/** "Companies will resume orders": one capitalised plural noun is people at large, not a party (countries aside). */
const commonPlural = (party: string) => /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+s$/v.test(party) && !COUNTRY_WORDS.has(party);

const FIRST_WORDS = new RegExp(`^(?:The\\s+)?(?:${alternation(NOT_PARTY_WORDS)})$`);

const EXCHANGED = asciiTwin(new RegExp(`(?:^|\\bthat\\s+|\\b(?:said|says|added)\\s+)((?:the\\s+)?(?:(?!(?:said|says|added|told)\\b)(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+|\\d[\\d,]*)\\s+){0,3}?(?:${alternation(EXCHANGED_NOUNS)})\\s+(?:would|will)\\s+be\\s+(?:handed|released|freed|exchanged|returned|transferred|repatriated)\\b.*)$`, 'iv'));

const EXCHANGE_TRIGGER = triggerOf(EXCHANGED_NOUNS);
const EXCHANGE_VERB = new RegExp(`\\b(?:${alternation(EXCHANGED_NOUNS)})\\s+(?:would|will)\\s+be\\s+(?:handed|released|freed|exchanged|returned|transferred|repatriated)\\b`, 'i');

/** "Officials said the hostages would be handed over to the Red Cross in groups": how the exchange is carried out. */
function exchangeTerm(sentence: string): TermSource | null {
	// EXCHANGED tries every position of the sentence; most sentences lack its verb phrase altogether.
	if (!triggered(sentence, EXCHANGE_TRIGGER) || !mayMatch(EXCHANGE_VERB, sentence)) return null;
	const match = EXCHANGED.exec(sentence);
	// "Hostages will be released only if the army withdraws": one side's condition, not the deal's term.
	if (!match || insideQuote(sentence, match.index) || /\b(?:only if|unless)\b/i.test(match[1])) return null;
	return {text: match[1], mode: 'clause', rule: 'provision.exchange'};
}

const CONDITIONED = asciiTwin(/(?:^|\bthat\s+|\b(?:said|says|added)\s+)((?:the\s+)?(?:(?!(?:said|says|added|told)\b)[[\p{L}’'\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,5}?(?:(?:would|will)\s+be\s+(?:tied|linked|conditional|contingent|subject)\s+(?:to|on|upon)|(?:is|are)\s+(?:conditional|contingent)\s+(?:on|upon))\s+.+)$/iv);

/** What every CONDITIONED match contains, tested first because most sentences have none of it. */
const CONDITION_TRIGGER = triggerOf(['tied', 'linked', 'conditional', 'contingent', 'subject']);
const CONDITION_WORDS = /(?:tied|linked|conditional|contingent|subject)\s+(?:to|on|upon)\s/i;

/** "Officials said the relaxed licensing would be tied to guarantees …": a condition the deal sets on one of its terms. */
function conditionTerm(sentence: string): TermSource | null {
	if (!triggered(sentence, CONDITION_TRIGGER) || !mayMatch(CONDITION_WORDS, sentence)) return null;
	const match = CONDITIONED.exec(sentence);
	if (!match || insideQuote(sentence, match.index)) return null;
	return {text: match[1], mode: 'clause', rule: 'provision.conditional'};
}

// ---- the machinery of a deal: carve-outs, oversight, dates, snap-backs, talks to come -------------

/** Where a clause may start inside a sentence: its start, after "that" or a say-verb, after a comma. */
const CLAUSE_START = '(?:^|\\bthat\\s+|\\b(?:said|says|added|announced|confirmed)\\s+|[,;:]\\s+|\\bbut\\s+)';
const FUTURE = '(?:will|would|shall|is to|are to|is due to|are due to|is set to|are set to|is expected to|are expected to)';
const OTHER_PROPOSAL = new RegExp(`\\b(?:${alternation(OTHER_PROPOSAL_WORDS)})\\s`, 'i');
const PRONOUN_SUBJECT = /^(?:I|we|you|he|she|they|it|this|that|there)\b/i;
/** "dispute how many prisoners are to be released": an open question, not a term; "analysts expect tariffs …": a forecast. */
// "It is unclear if …" asks; "a warrant that pays out if growth exceeds 3.5%" states a term's condition.
const QUESTION_SUBJECT = new RegExp(`\\b(?:how|whether|what|who|which|when|why|${alternation(FORECAST_VERBS)})\\b|\\b(?:unclear|know|knows|ask|asks|asked|see|decide|decides|wonder|sure|certain)\\s+if\\b|^\\W*if\\b`, 'i');
/** "Exports remain banned under a separate law": another instrument's rule, not this deal's. */
const OTHER_INSTRUMENT = new RegExp(`\\b(?:under|by|in)\\s+(?:an?|the|its|their)\\s+(?:separate|different|other|${alternation(OTHER_PROPOSAL_WORDS)})\\b`, 'i');

/** The machinery rules' shared guards: a quoted clause, a question or forecast for a subject, another instrument. */
const machineryAside = (sentence: string, index: number, clause: string, subject: string) =>
	insideQuote(sentence, index) || QUESTION_SUBJECT.test(subject) || OTHER_INSTRUMENT.test(clause);

const EXCLUSION = new RegExp(
	`${CLAUSE_START}((?:[[\\p{L}\\p{N}%$.'’\\-]--[\\u{10000}-\\u{10FFFF}]]+,?\\s+){1,12}?(?:also\\s+|still\\s+)?(?:${alternation(EXCLUSION_PHRASES)})\\s+(.+)|(?:[[\\p{L}\\p{N}%$.'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,8}?(?:will\\s+|would\\s+)?still\\s+(?:need|needs|require|requires)\\s+(?:an?\\s+|the\\s+|special\\s+|export\\s+|individual\\s+)*(?:${alternation(PERMIT_NOUNS)})\\b.*)$`,
	'iv',
);
const EXCLUSION_WORDS = /\b(?:subject to|covered by|exempt|excluded|outside|off-limits|banned|restricted|left out of|still (?:need|require))/i;
/** What every EXCLUSION match holds. */
const EXCLUSION_TRIGGER = triggerOf([...EXCLUSION_PHRASES, 'still need', 'still needs', 'still require', 'still requires']);
const EXCLUSION_CUE = new RegExp(`\\b(?:${alternation(EXCLUSION_PHRASES)})\\s|\\bstill\\s+(?:need|needs|require|requires)\\s`, 'i');
const HARM = new RegExp(`^(?:the\\s+|further\\s+|more\\s+|daily\\s+|regular\\s+)*(?:${alternation(HARM_OBJECTS)})\\b`, 'i');

/** "The most advanced tools remain subject to licences", "rice is exempt from the cut": what the deal leaves out. */
function exclusionTerm(sentence: string): TermSource | null {
	if (!triggered(sentence, EXCLUSION_TRIGGER) || !mayMatch(EXCLUSION_WORDS, sentence) || !mayMatch(EXCLUSION_CUE, sentence)) return null;
	const match = EXCLUSION.exec(sentence);
	if (!match) return null;
	const subject = match[1].slice(0, match[1].search(EXCLUSION_WORDS));
	// "The deal remains subject to ratification" is its status, not a part it leaves out; "towns remain subject to shelling" is war.
	if (machineryAside(sentence, match.index, match[1], subject) || PRONOUN_SUBJECT.test(subject) || onlyNamesProposal(subject) || (match[2] && HARM.test(match[2]))) return null;
	return {text: match[1], mode: 'clause', rule: 'provision.excluded'};
}

const PROPOSAL_EXCLUDE = new RegExp(`^\\s*(?:,[^,]{3,160},)?\\s*(?:also\\s+)?(${alternation(PROPOSAL_EXCLUDES)})\\s+(.+)$`, 'is');

const SCHEDULE = new RegExp(`\\b(?:${alternation(SCHEDULE_WORDS)})\\b`, 'i');
const SCHEDULED = new Set<string>(SCHEDULED_OVERSIGHT_VERBS);
const BODY = alternation(OVERSIGHT_BODIES);
const BODY_WORD = new RegExp(`\\b(?:${BODY})\\b`, 'i');
const BODY_TRIGGER = triggerOf(OVERSIGHT_BODIES);
const OVERSIGHT_TRIGGER = triggerOf(OVERSIGHT_VERBS);
const OVERSIGHT_VERB = new RegExp(`\\b(?:${alternation(OVERSIGHT_VERBS)})\\b`, 'i');
/** "The Relief Committee (IRC), a Geneva-based body, will verify …": the body's acronym and an apposition between it and its verb. */
const BODY_ASIDE = '(?:\\s*\\([^\\(\\)]{1,20}\\))?(?:,\\s+(?:an?|the)\\s[^,;]{3,60},)?';
const OVERSIGHT = new RegExp(
	`${CLAUSE_START}((?:(?:an?|the|its|their)\\s+)?(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}?(?:${BODY})(?:\\s+(?:of|from|led by|chaired by|co-chaired by|headed by|made up of|drawn from|with)\\s+[^,;]{1,50}?)?${BODY_ASIDE}\\s+(?:${FUTURE}|can|could)\\s+(?:also\\s+|then\\s+|jointly\\s+|regularly\\s+)?(${alternation(OVERSIGHT_VERBS)})\\b(.*))$`,
	'iv',
);

/** "Upstream engineers will sit in the control room as observers": one side's people placed to watch the other's, a term of oversight. */
const OBSERVER_ROLE = new RegExp(
	`${CLAUSE_START}((?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,4}?(?:will|would|shall|are to|is to)\\s+(?:also\\s+)?(?:for the first time\\s+)?(?:sit|serve|act|be present|take part|be posted|be stationed)\\b[^,;.]{0,60}?\\bas\\s+(?:${BODY})\\b[^,;]*)`,
	'iv',
);

/** The role verb every OBSERVER_ROLE match holds. */
const ROLE_TRIGGER = triggerOf(['sit', 'serve', 'act', 'be present', 'take part', 'be posted', 'be stationed']);

/** ", and the displaced are to be resettled": a clause after a body's duties, with a subject (not the body's "it") and modal of its own. */
const OTHER_SUBJECT_CLAUSE = /,\s+and\s+(?!(?:it|they|its|their|then|also)\b)(?=(?:the\s+|an?\s+|all\s+)?(?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,4}?(?:will|would|shall|must|are to|is to)\s)/v;

/** "A joint committee will review the controls every six months", "a monitoring mission will verify the pull-back". */
function oversightTerm(sentence: string): TermSource | null {
	const role = triggered(sentence, BODY_TRIGGER) && triggered(sentence, ROLE_TRIGGER) ? OBSERVER_ROLE.exec(sentence) : null;
	if (role && !machineryAside(sentence, role.index, role[1], role[1].slice(0, role[1].search(/\s(?:will|would|shall|are|is)\s/i))) && !PRONOUN_SUBJECT.test(role[1]))
		return {text: role[1], mode: 'whole', rule: 'provision.observer-role', breach: true};
	if (!triggered(sentence, BODY_TRIGGER) || !triggered(sentence, OVERSIGHT_TRIGGER) || !mayMatch(BODY_WORD, sentence) || !mayMatch(OVERSIGHT_VERB, sentence)) return null;
	const match = OVERSIGHT.exec(sentence);
	if (!match || machineryAside(sentence, match.index, match[1], match[1].slice(0, match[1].search(/\s(?:will|would|shall|can|could|is|are)\s/i)))) return null;
	const verb = match[2].toLowerCase();
	const scheduled = SCHEDULE.test(match[3]);
	// "The council will meet on Friday" is news; "a parliamentary committee will review the deal" is ratification.
	if ((SCHEDULED.has(verb) && !scheduled) || (onlyNamesProposal(match[3].trim()) && !scheduled)) return null;
	// One body's several duties ("will verify the lists and interview each prisoner") are one term: how the deal is watched.
	const text = match[1].replace(new RegExp(`^(.*?\\b(?:${BODY}))${BODY_ASIDE}`, 'iu'), '$1');
	// "… will meet weekly, and displaced families are to be resettled within 90 days": a clause with a subject of its own is
	// another term, not one of the body's duties.
	const other = OTHER_SUBJECT_CLAUSE.exec(text);
	if (!other) return {text, mode: 'whole', rule: 'provision.oversight', breach: true};
	return {text: text.slice(0, other.index), mode: 'whole', rule: 'provision.oversight', breach: true, next: {text: text.slice(other.index + other[0].length), mode: 'clause', rule: 'provision.oversight-and'}};
}

const EFFECT_TRIGGER = triggerOf(EFFECT_PHRASES);
const EFFECT_WORDS = new RegExp(`\\b(?:${alternation(EFFECT_PHRASES)})\\b`, 'i');
const EFFECT = new RegExp(
	`${CLAUSE_START}((?:the|this|its|their|an?|all)\\s+(?:[[\\p{L}\\p{N}%$.'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,6}?(?:(?:${FUTURE}|could|can|may)\\s+(?:also\\s+|only\\s+|automatically\\s+)?)?(?:${alternation(EFFECT_PHRASES)})\\b(?:(?<=for|until|from)|\\s+(?:on|from|in|at|within|after|before|by|until|unless|when|once|for|immediately|next|this|automatically|\\d)\\b).*)$`,
	'iv',
);

/** "The tariff cut takes effect on 1 July", "the truce expires unless renewed": when the deal or a term starts, runs and ends. */
function effectTerm(sentence: string): TermSource | null {
	if (!triggered(sentence, EFFECT_TRIGGER) || !mayMatch(EFFECT_WORDS, sentence)) return null;
	const match = EFFECT.exec(sentence);
	if (!match) return null;
	// "The old accord expires in March": another deal's dates are background.
	const subject = match[1].slice(0, match[1].search(EFFECT_WORDS));
	if (machineryAside(sentence, match.index, match[1], subject) || OTHER_PROPOSAL.test(subject)) return null;
	// "Their passports are valid for ten years": only the deal, or what it acts on, is valid for a term's time.
	if (/\bvalid\s+(?:for|until)\b/i.test(match[1]) && !proposalRefs(subject).length && !DEAL_OBJECT.test(subject)) return null;
	return {text: match[1], mode: 'clause', rule: 'provision.effective'};
}

const SNAP_BACK_TRIGGER = triggerOf(SNAP_BACK_PHRASES);
const SNAP_BACK_WORDS = new RegExp(`\\b(?:${alternation(SNAP_BACK_PHRASES)})\\b`, 'i');
const SNAP_BACK = new RegExp(
	`${CLAUSE_START}((?:[[\\p{L}\\p{N}%$.'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,6}?(?:will|would|could|can|shall)\\s+(?:automatically\\s+|also\\s+)?(?:${alternation(SNAP_BACK_PHRASES)})\\b.*\\b(?:if|should|in case of|in the event of|unless)\\b.+)$`,
	'iv',
);

/** "Tariffs would snap back to 25% if either side breaks the rules": the penalty the deal sets on a breach. */
function snapBackTerm(sentence: string): TermSource | null {
	if (!triggered(sentence, SNAP_BACK_TRIGGER) || !mayMatch(SNAP_BACK_WORDS, sentence)) return null;
	const match = SNAP_BACK.exec(sentence);
	if (!match || machineryAside(sentence, match.index, match[1], match[1].slice(0, match[1].search(SNAP_BACK_WORDS))) || PRONOUN_SUBJECT.test(match[1])) return null;
	return {text: match[1], mode: 'clause', rule: 'provision.snap-back', breach: true};
}

const DEAL_PASSIVE = new RegExp(
	`${CLAUSE_START}((?:[[\\p{L}\\p{N}%$.'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,8}?${FUTURE}\\s+(?:also\\s+|then\\s+|gradually\\s+|immediately\\s+|fully\\s+|partly\\s+)?be\\s+(?:also\\s+|gradually\\s+|immediately\\s+|fully\\s+|partly\\s+)?(${alternation(DEAL_PASSIVE_VERBS)})\\b.*)$`,
	'iv',
);
const DEAL_OBJECT = new RegExp(`\\b(?:${alternation(DEAL_OBJECTS)})\\b`, 'i');
const PASSIVE_TRIGGER = triggerOf(DEAL_PASSIVE_VERBS);
const PASSIVE_WORDS = new RegExp(`\\bbe\\s+(?:\\w+\\s+)?(?:${alternation(DEAL_PASSIVE_VERBS)})\\b`, 'i');

const ACRONYM_ASIDE = /\s+\([[\p{Lu}\p{N}]--[\u{10000}-\u{10FFFF}]]{2,8}\)(?=\s)/gv;
/** "The ceasefire would be monitored by an observer team": who watches the deal is its oversight term, not its fate. */
const watchedBy = (verb: string, clause: string) => /^(?:monitored|verified|inspected|guaranteed)$/i.test(verb) && new RegExp(`\\b${verb}\\s+(?:jointly\\s+)?by\\s`, 'i').test(clause);
/** A body named as the subject's head noun ("A joint coordination centre (JCC)", "an interim regional administration"). */
const SET_UP_BODY = new RegExp(`\\b(?:${alternation(SET_UP_BODIES)})$`, 'i');
/** "A joint centre is to be established", "an interim administration will be set up": a body the deal sets up, in a deal story. */
const setsUpBody = (subject: string, verb: string) => /^(?:set up|established|created)$/i.test(verb) && /^(?:an?|the)\s/i.test(subject) && SET_UP_BODY.test(subject.trim());

/** A condition of what was not done just before the clause: "if the men are not released soon, …", "unless X pays, …". */
const NEGATED_CONDITION = /\b(?:if|should)\s+[^,;]*?\b(?:not|never|fails?|failed|refuses?|refused|n['’]t)\b[^,;]*,\s*$|\bunless\s+[^,;]*,\s*$/i;
/** "Sanctions on the central bank will be lifted", "disputes will be referred to a joint panel": what the deal does to a thing. */
function passiveTerm(text: string): TermSource | null {
	if (!triggered(text, PASSIVE_TRIGGER) || !mayMatch(PASSIVE_WORDS, text)) return null;
	// "A Joint Coordination Centre (JCC) is to be established": the acronym in brackets is no word of the subject.
	const sentence = text.replace(ACRONYM_ASIDE, '');
	const match = DEAL_PASSIVE.exec(sentence);
	if (!match) return null;
	const subject = match[1].slice(0, match[1].search(/\s(?:will|would|shall|is|are)\s/i));
	// "More troops will be deployed" is war news; "it will be lifted" names nothing; "the deal will be renewed" is its fate.
	if (machineryAside(sentence, match.index, match[1], subject) || PRONOUN_SUBJECT.test(subject) || MILITARY.test(subject) && !/withdrawn|pulled back|moved back|repatriated|released|freed|swapped|exchanged/i.test(match[2]) || (onlyNamesProposal(subject) && !watchedBy(match[2], match[1])) || OTHER_PROPOSAL.test(subject)) return null;
	if (/\b(?:if|unless)\b/i.test(match[1]) && !/\b(?:restored|reimposed)\b/i.test(match[2])) return null;
	// "added that if the two men were not released soon, fighting would be resumed": a party's threat on a step not taken.
	if (NEGATED_CONDITION.test(sentence.slice(0, match.index + match[0].length - match[1].length)) && !/\b(?:restored|reimposed)\b/i.test(match[2])) return null;
	// The subject names what deals act on, or the sentence names the deal: "schools will be reopened" is recovery news.
	if (!DEAL_OBJECT.test(subject) && !proposalRefs(sentence).length && !setsUpBody(subject, match[2])) return null;
	return {text: match[1], mode: 'clause', rule: 'provision.passive', breach: true};
}

const DISPUTE_TRIGGER = triggerOf(DISPUTE_NOUNS);
const DISPUTE = new RegExp(
	`${CLAUSE_START}((?:(?:any|all|the|a)\\s+)?(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(DISPUTE_NOUNS)})\\b[^,;.]{0,50}?\\s+(?:will|would|shall|are to|is to|can|could)\\s+(?:go|be referred|be sent|be taken|be brought|be settled|be resolved|be decided|be heard|be handled)\\s+(?:to|by|before|through|at|in)\\b.*)$`,
	'iv',
);

/** "Any dispute over its terms will go to an independent arbitrator": where the deal sends its quarrels. */
function disputeTerm(sentence: string): TermSource | null {
	if (!triggered(sentence, DISPUTE_TRIGGER)) return null;
	const match = DISPUTE.exec(sentence);
	if (!match || machineryAside(sentence, match.index, match[1], '')) return null;
	return {text: match[1], mode: 'clause', rule: 'provision.disputes', breach: true};
}

const TALKS_NOUN = alternation(TALKS_NOUNS);
const TALKS_WORDS = new RegExp(`\\b(?:${TALKS_NOUN})\\b`, 'i');
const TALKS_TRIGGER = triggerOf(TALKS_NOUNS);
const TALKS_START_TRIGGER = triggerOf([...TALKS_START_VERBS, 'expected', 'planned', 'scheduled', 'due']);
const TALKS_START = new RegExp(`\\b(?:${alternation(TALKS_START_VERBS)}|expected|planned|scheduled|due)\\b`, 'i');
const TALKS = new RegExp(
	`${CLAUSE_START}((?:(?:the|a|further|new|formal|follow-up|separate|second|third|fresh|more|wider|broader)\\s+)*(?:${TALKS_NOUN})\\s+(?:on|over|about|for|covering|to settle|to resolve)\\s+[^,;]{3,80}?(?:,[^,;]{3,80},)?\\s+(?:${FUTURE}|are scheduled to|is scheduled to)\\s+(?:${alternation(TALKS_START_VERBS)})\\b.*|(?:further|more|new|fresh)\\s+(?:rounds?(?:\\s+of\\s+(?:talks|negotiations))?|talks|negotiations)(?:\\s+(?:on|over|about)\\s+[^,;]{3,60}?)?\\s+(?:are|is)\\s+(?:expected|planned|scheduled|due)\\b.*)$`,
	'iu',
);

/** "Talks on services are to begin in the autumn", "further rounds are expected": negotiations the deal leaves for later. */
function talksTerm(sentence: string): TermSource | null {
	if (!triggered(sentence, TALKS_TRIGGER) || !triggered(sentence, TALKS_START_TRIGGER) || !mayMatch(TALKS_WORDS, sentence) || !mayMatch(TALKS_START, sentence)) return null;
	const match = TALKS.exec(sentence);
	if (!match || machineryAside(sentence, match.index, match[1], '')) return null;
	// "Talks on pensions, which were left out of the deal, are due to begin": the aside goes, the start stays.
	return {text: match[1].replace(/,\s*which\b[^,]*,/i, ''), mode: 'clause', rule: 'provision.talks'};
}

const SIGNED_AIM = new RegExp(
	`\\b(?:${alternation(SIGNING_VERBS)})\\s+(?:(?:an?|the|their|its|a\\s+new)\\s+)(?:[[\\p{L}\\p{N}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,3}?(?:${alternation(BINDING_PROPOSALS)})(\\s+(?:(?:late|early)\\s+)?(?:on|last|this)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|week)|\\s+(?:overnight|yesterday|today))?\\s+to\\s+([\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+\\s+.+)$`,
	'iv',
);
/** "signed agreements ratifying their commitment to release …", "signed a pact pledging to reopen …": the deal's pledge, by a participle. */
const SIGNED_PLEDGE = new RegExp(
	`\\b(?:${alternation(SIGNING_VERBS)})\\s+(?:(?:an?|the|their|its|two|three|new)\\s+)?(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}?(?:${alternation(BINDING_PROPOSALS)})(?:e?s)?,?\\s+(?:(?:ratifying|reaffirming|confirming)\\s+(?:their|its|a|the)\\s+(?:[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+\\s+)?commitments?\\s+to|pledging\\s+to|promising\\s+to|committing\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,3}?to)\\s+([\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+\\s+.+)$`,
	'iv',
);
const SIGNING_TRIGGER = triggerOf(SIGNING_VERBS);
const SIGNING_WORD = new RegExp(`\\b(?:${alternation(SIGNING_VERBS)})\\s`, 'i');

/** "The two countries signed a pact to share the river's water equally": the aim a signed deal is named for. */
function signedAimTerm(sentence: string): TermSource | null {
	if (!triggered(sentence, SIGNING_TRIGGER) || !mayMatch(SIGNING_WORD, sentence)) return null;
	const pledged = /\b(?:committing|pledging|promising|ratifying|reaffirming|confirming)\s/i.test(sentence) ? SIGNED_PLEDGE.exec(sentence) : null;
	if (pledged && !insideQuote(sentence, pledged.index)) {
		const rule = 'provision.signed-to';
		// "…, and promising freedom to demonstrate": a second pledge of the same deal.
		const more = /,?\s+and\s+(?:promising|pledging|guaranteeing|committing\s+(?:\S+\s+){0,3}?to)\s+(.+)$/i.exec(pledged[1]);
		// "to release and drop charges against …": the verbs share their object, one term.
		return more ? {text: pledged[1].slice(0, more.index), mode: 'whole', rule, next: {text: more[1], mode: 'whole', rule}} : {text: pledged[1], mode: 'whole', rule};
	}
	const match = SIGNED_AIM.exec(sentence);
	if (!match || insideQuote(sentence, match.index)) return null;
	// "a deal to end the war" names its hope, not a term; the verb must do something the deal sets.
	if (JUDGING.has(match[2].split(/\s+/)[0].toLowerCase()) || /^(?:end|stop|halt|resolve|settle|avert|avoid|prevent|defuse|ease|calm|boost|help|support|improve|strengthen|deepen|expand)\s/i.test(match[2])) return null;
	// "As diplomats signed a deal to return the airport to civilian hands, she allowed herself a hope": the signing sits in
	// a clause set before the sentence's own, which starts after its comma.
	// "Osterland — which has just signed a deal to sell gas to Quarvessa — looks set to …": one party's other deal, told in an aside.
	if (/\b(?:which|who)\s+(?:(?:has|have|had|also|just|recently|already|earlier|separately)\s+){0,3}$/i.test(sentence.slice(0, match.index))) return null;
	const subordinate = SUBORDINATE_SIGNING.test(sentence.slice(0, match.index));
	const aim = subordinate ? match[2].replace(/,\s.*$/s, '') : match[2];
	// "to pull back troops, swap hostages and send aid": a series of steps, each opened by a deal's verb, is a list of terms.
	const steps = withoutAttribution(aim);
	const series = stepSeries(steps);
	// "signed a deal on Monday to reopen the corridor": the day after the deal marks the lede's gist, terms only as a series.
	if (match[1] && !series) return null;
	return series ? {text: steps, mode: 'list', rule: 'provision.signed-to'} : {text: aim, mode: 'clause', rule: 'provision.signed-to'};
}

/** Whether a text is a series of verb phrases ("pull back troops, swap hostages and send aid"), each opened by a step's verb. */
function stepSeries(text: string): boolean {
	const pieces = text.replace(/[.!]$/, '').split(/,\s+(?:and\s+)?|\s+and\s+/);
	return pieces.length > 2 && pieces.every((piece) => STEP_VERB.has(firstWord(piece)) || KNOWN_VERB.has(firstWord(piece)));
}

/** The clause a signing is told in opens with "as", "while", "when", "after" …, after the sentence's start or a comma. */
const SUBORDINATE_SIGNING = /(?:^|,)\s*(?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?(?:as|while|when|after|before|since|once|just as)\s+[^,;]*$/iv;

const WHEN = '(?:in|by|next|within|from|on|no later than|over|before|after|this|early|late|at the end of|at the start of)';
const TIMETABLE_TRIGGER = triggerOf(['begin', 'start', 'resume', 'end', 'finish', 'conclude', 'completed', 'finished', 'planned', 'scheduled', 'due', 'expected', 'set', 'take place']);
const TIMETABLE_VERB = /\b(?:begin|start|resume|end|finish|conclude|completed|finished|planned|scheduled|due|expected|set|take place)\b/i;
// "The swap will take place in three phases at the bridge": where and in how many steps the works go ahead is their timetable too.
const TIMETABLE_WORDS = new RegExp(`\\b(?:(?:begin|start|resume|end|finish|conclude|be completed|be finished|take place)|(?:start|begin)\\s+(?:production|operations|operating|producing|work))\\s+${WHEN}\\b|\\b(?:planned|scheduled|expected|due|set)\\s+(?:for|to|in|by|on|before|within|next)\\b`, 'i');
const TIMETABLE = new RegExp(
	`${CLAUSE_START}((?:(?:the|its|their)\\s+)?(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(WORKS_NOUNS)})(?:\\s+(?:in|of|on|at|for|to)\\s+[^,;]{1,40}?)?\\s+${FUTURE}\\s+(?:begin|start|resume|end|finish|conclude|be completed|be finished|take place)\\s+${WHEN}\\b.*|(?:the|its|their)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(FACILITY_NOUNS)})\\s+${FUTURE}\\s+(?:start|begin)\\s+(?:production|operations|operating|producing|work)\\s+${WHEN}\\b.*|(?:an?|the)\\s+(?:second|third|fourth|next|further|final|new|last)\\s+(?:${alternation(STEP_NOUNS)})\\b[^,;]{0,60}?\\s+(?:is|are)\\s+(?:planned|scheduled|expected|due|set)\\s+(?:for|to|in|by|on|before|within|next)\\b.*)$`,
	'iv',
);

/** The works, facility or step whose timetable every TIMETABLE match gives. */
const TIMETABLE_NOUN_TRIGGER = triggerOf([...WORKS_NOUNS, ...FACILITY_NOUNS, ...STEP_NOUNS]);

/** "Construction would begin next year and production in 2029": the timetable of the works the deal sets going, kept as one term. */
function timetableTerm(sentence: string): TermSource | null {
	if (!triggered(sentence, TIMETABLE_TRIGGER) || !triggered(sentence, TIMETABLE_NOUN_TRIGGER) || !mayMatch(TIMETABLE_VERB, sentence) || !mayMatch(TIMETABLE_WORDS, sentence)) return null;
	const match = TIMETABLE.exec(sentence);
	if (!match || machineryAside(sentence, match.index, match[1], match[1].slice(0, match[1].search(/\s(?:will|would|shall|is|are)\s/i)))) return null;
	return {text: match[1].replace(/,?\s+and that\s+/gi, '; '), mode: 'whole', rule: 'provision.timetable'};
}

const WILL_CLAUSE = /\b(?:will|would|shall)\s+(?:also\s+)?(?:speak|meet|talk|hold|resume|continue|begin|start|reconvene|review|monitor|verify|exchange|release|return|open|withdraw)\b/i;

/** A future step stated right after a term in the same paragraph ("The commanders will speak again on May 12."). */
function continuedTerm(sentence: string, sameParagraph: boolean): TermSource | null {
	if (/^(?:I|We|He|She|They|It)\b/.test(sentence.replace(/^["“]/, ''))) return null;
	// In a new paragraph only a sentence that opens with its subject and modal carries on the terms.
	if (sameParagraph && WILL_CLAUSE.test(sentence)) return {text: sentence, mode: 'clause', rule: 'provision.continued'};
	// "Night shifts will be capped at four a week": the next of a paragraph's terms, said with its own subject and no speaker.
	const led = LED_BY_SUBJECT.exec(sentence);
	// "will be capped" is a passive term; "will be difficult", "will help" judge the deal.
	if (!led || (!led[1] && JUDGING.has(led[2].toLowerCase())) || (led[1] && !/(?:ed|en|wn|ut|et|ld|id|pt)$/.test(led[2])) || insideQuote(sentence, led.index) || closesQuote(sentence)) return null;
	// "Prices will rise, economists warned": a forecast from outside the deal.
	// "Investors will also receive a warrant" is a term; "Prices will rise, economists warned" a commentator's view.
	if (QUESTION_SUBJECT.test(sentence) || (COMMENTATOR.test(sentence) && COMMENTING.test(sentence)) || NOT_TERM.test(sentence)) return null;
	// "Families will be contacted by the office, he added": a speaker's account of what happens next, not the deal's text.
	if (hasAttribution(sentence)) return null;
	return {text: sentence, mode: 'clause', rule: 'provision.continued'};
}

const COMMENTING = new RegExp(`\\b(?:${alternation(COMMENTING_VERBS)})\\b`, 'i');
const COMMENTATOR = new RegExp(`\\b(?:${alternation([...COMMENTATOR_WORDS, ...CRITIC_WORDS])})\\b`, 'i');

/** A sentence that opens with its subject and a future modal, no say-verb before it. */
const LED_BY_SUBJECT = /^(?:(?:the|an?|all|each|every|both)\s+)?(?:(?!(?:said|says|told|added|warned|expects?|believes?|hopes?|fears?)\b)[[\p{L}\p{N}%$'’\-]--[\u{10000}-\u{10FFFF}]]+,?\s+){1,9}?(?:will|would|shall|are to|is to)\s+(?:also\s+|then\s+)?(be\s+)?([\p{Ll}--[\u{10000}-\u{10FFFF}]]+)\b/v;

// ---- list blocks -------------------------------------------------------------------

// A dash or dot bullet, or a number ("1.", "2)") that opens a numbered list of terms.
// "(a)", "(iv)": a legal text's lettered items are bullets too.
const BULLET = /^(?:[-•*·▪–]\s*|\d{1,2}[.)]\s+|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+)/;
const PHASE_LABEL = new RegExp(`^(?:${alternation(PHASE_WORDS)})\\s+(?:one|two|three|four|five|six|\\d+|[IVX]+|[A-Z])\\b`, 'i');
const HEADING_WORDS = new RegExp(`\\b(?:${alternation(TERM_HEADING_WORDS)})\\b`, 'i');
/** A byline with its page furniture: "By Jo Lin | 3 May 2026", "By Jo Lin and Sam Ode, 4 min read", "6 min read". */
const BYLINE = /^(?:By|Words by|Reporting by)\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.'’\-]--[\u{10000}-\u{10FFFF}]]*|and|&))*\s*(?:$|[\|·•–—]\s*)|\b\d+[\-\s]*(?:min|mins|minutes?)\s+read\b/v;

/** `/:\s*$/.test(text)`, without trying the pattern at every position: trimEnd cuts what \s matches. */
const endsInColon = (text: string) => text.trimEnd().endsWith(':');

/** A lead-in by which a party sets out its position on the deal rather than the deal's terms. */
const OBJECTION_LEAD = new RegExp(`\\b(?:${alternation(OBJECTION_LEAD_VERBS)})\\b`, 'i');
/**
 * Whether a list's lead-in sets out a party's objections or demands: "The union rejects the following:". A proposal named
 * before the verb may be its subject ("the draft demands:") or hold it in a clause ("the deal, which the union rejected,
 * says:"): the items are the deal's.
 */
const setsOutObjection = (lead: string) => {
	const verb = OBJECTION_LEAD.exec(lead);
	return verb !== null && !HAS_HEAD.test(lead.slice(0, verb.index));
};

/** "What will the Union get?", "What does Kell give up under the deal?", "What's in it for Dorva?": a heading asking a party's share. */
const SHARE_QUESTION = new RegExp(`^(?:what\\s+(?:will|would|does|do|did|could|can)\\s+(?:[[\\p{L}\\p{N}'’.\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,6}?(?:${alternation(SHARE_QUESTION_VERBS)})|what(?:['’]s|\\s+is)\\s+in\\s+it\\s+for\\s+[^?]{1,40})(?:\\s+(?:in|out\\s+of|from|under|with|by)\\s+[^?]{1,50})?\\s*\\?$`, 'iv');

/** Whether a paragraph announces the terms listed below it. */
function announcesTerms(text: string, heading: boolean): boolean {
	if (heading && SHARE_QUESTION.test(text.trim())) return true;
	if (heading && HEADING_WORDS.test(text) && (proposalRefs(text).length > 0 || /\b(?:provisions|terms|key points|key measures|commitments|pledges|who gives what)\b/i.test(text))) return true;
	return endsInColon(text) && wordsAtMost(text, 20) && (proposalRefs(text).length > 0 || HEADING_WORDS.test(text));
}

/** The sentences of a list item that say something: a number standing alone ("1.") is the segmenter's, not a term. */
const itemSentences = (article: ParsedArticle, paragraph: number) =>
	article.sentences.filter((sentence) => sentence.paragraph === paragraph && /[\p{L}--[\u{10000}-\u{10FFFF}]]/v.test(sentence.text));

// "Government and rebels sign disarmament pact in the capital": the signing is the news, not a term of what was signed;
// so are the dead a live page counts ("six medics confirmed dead") and the tally of a vote ("council votes 12-3 to …").
const NEWS_ITEM = new RegExp(
	`\\b(?:says|said|deny|denies|denied|claims|claimed|accuses)\\b|\\b(?:calls|called|brands|branded|dubs|dubbed|slams|slammed|hails|hailed|condemns|condemned|denounces|denounced)\\s+(?:the|this|it)\\b|\\b(?<!(?:those|people|anyone|all|who are|who were|persons)\\s)accused\\b|\\b(?:both|each|either)\\s+(?:sides?|armies|army|forces?|camps?|parties|party|countries|country)\\s+claims?\\b|^(?:[[\\p{L}'’.\\-]--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+[[\\p{L}'’.\\-]--[\\u{10000}-\\u{10FFFF}]]+){0,3}:\\s+)?(?:at\\s+least\\s+|about\\s+|some\\s+|nearly\\s+)?\\d[\\d,]*\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:dead|killed|injured|wounded|missing)\\b(?![^,;]*\\b(?:will|would|shall|must|to\\s+be|are\\s+to|receive|get|compensat))|\\b(?:shelling|fighting|clashes|strikes|attacks|bombardment)\\s+(?:continues?|goes on|go on|rages?|persists?)\\b|\\b(?:death|casualty)\\s+toll\\b|\\b(?:counts|counted|recorded|records|reports|reported)\\s+(?:[[\\p{L}\\p{N},.]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}?(?:cases|deaths)\\b|\\b(?:confirmed|reported|feared|found)\\s+(?:dead|killed)\\b|\\b(?:votes?|voted)\\s+\\d+\\s*[\\-–]\\s*\\d+\\b|\\b(?:rises|rose|climbs|climbed)\\s+to\\s+\\d|\\btolls?\\s+(?:now\\s+|has\\s+)?(?:stands?|stood)\\s+at\\b|^(?:[[\\p{L}\\p{N}'’.\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,8}?(?:sign|signs|signed|ink|inks|inked|announced|announces|accepted|accepts)\\s+(?:(?:the|a|an|their|its)\\s+)?(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:${HEAD})\\b|^(?:(?:the|a|an)\\s+)?(?:${HEAD})\\s+between\\s+[^;]{3,80}?\\s+(?:(?:is|has been|now)\\s+)?(?:in\\s+(?:force|effect|place)\\s+since|holding\\s+since|held\\s+since|took\\s+(?:effect|hold))\\b`,
	'iv',
);

/**
 * More of a live page's news among its key points: a plural "say", a toll raised by a body ("health authority raises
 * town toll to 45"), the dead of a count with its auxiliary ("27 civilians have been killed"), the deal's fate ("a
 * ceasefire … has collapsed"), the deal as what a party published, and how the parties took it ("plan: accepted by
 * X, rejected by Y"), a text kept secret, or people counted where they are ("more than 200 people are missing"): news of
 * the deal or the story, no term of it.
 */
const DEAL_NEWS_ITEM = new RegExp(
	[
		`\\b(?:say|claim)\\s+(?:that\\s+)?(?:they|it|he|she)\\b`,
		`\\b(?:raises?|raised|raising|revises?|revised|puts?|lifts?|lifted|brings?|brought)\\s+(?:[[\\p{L}\\p{N}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}?tolls?\\s+(?:to|at)\\s+(?:at\\s+least\\s+|more\\s+than\\s+)?\\d`,
		`^(?:(?:at\\s+least|about|some|nearly|more\\s+than)\\s+)?\\d[\\d,]*\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:have|has|had)\\s+(?:now\\s+)?been\\s+(?:killed|injured|wounded|reported\\s+(?:dead|killed|missing))\\b`,
		`^(?:(?:the|an?)\\s+)?(?:[[\\p{L}\\p{N}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}?(?:${HEAD})\\b[^;]{0,80}?\\s+(?:has|have|had)\\s+(?:now\\s+|already\\s+|effectively\\s+)?(?:collapsed|broken\\s+down|failed|ended|expired|lapsed|unravell?ed|been\\s+(?:broken|violated|suspended|abandoned|shelved|rejected|scrapped))\\b`,
		`^(?:[[\\p{L}\\p{N}'’.\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,8}?(?:has|have)\\s+(?:now\\s+|also\\s+)?(?:published|unveiled|presented|tabled|proposed|drafted|put\\s+forward|rejected)\\s+(?:(?:the|a|an|their|its)\\s+)?(?:[[\\p{L}\\p{N}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}?(?:${HEAD})\\b`,
		`\\b(?:${HEAD})\\b[^;]{0,40}?(?::|,|\\s[\\-–—])\\s+(?:(?:now|formally|already)\\s+)?(?:accepted|rejected|welcomed|endorsed|backed|condemned|criticised|criticized|denounced|dismissed|hailed|praised)\\s+(?:["“‘'][^"”’']{1,30}["”’']\\s+)?by\\b`,
		`\\b(?:kept|keeps|remains?|stays?)\\s+(?:secret|classified|confidential|unpublished|under\\s+wraps)\\b`,
		`^(?:(?:at\\s+least|about|some|nearly|almost|over|more\\s+than)\\s+)?\\d[\\d,]*\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:are|is|remain|remains)\\s+(?:still\\s+|now\\s+)?(?:${alternation(PLIGHT_WORDS)})\\b(?![^,;]*\\b(?:will|would|shall|must|to\\s+be|are\\s+to|receive|get|compensat))`,
	].join('|'),
	'iv',
);
const DEAL_NEWS_TRIGGER = triggerOf(['say', 'claim', 'toll', 'tolls', 'been', 'has', 'have', 'had', ...PLIGHT_WORDS, 'accepted', 'rejected', 'welcomed', 'endorsed', 'backed', 'condemned', 'criticised', 'criticized', 'denounced', 'dismissed', 'hailed', 'praised', 'secret', 'classified', 'confidential', 'unpublished', 'wraps']);

const ADVERBS = `(?:(?:${alternation(HEADLINE_ADVERBS)})\\s+)*`;
// "agree a daily 10-hour pause around the town": a truce or pause agreed may state the term itself; a text signed does not.
const DEAL_TEXT_WORDS = `(?:(?:the|a|an|their|its|this)\\s+)?(?:[[\\p{L}\\p{N}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,4}?(?:${[...DOCUMENT_HEAD].join('|')})\\b`;
const DEAL_WORDS = `(?:(?:the|a|an|their|its|this)\\s+)?(?:[[\\p{L}\\p{N}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,4}?(?:${HEAD})\\b`;
const COUNT_WORD = `(?:\\d[\\d,]*|${alternation(Object.keys(NUMBER_WORDS).filter((word) => NUMBER_WORDS[word] > 0))}|dozens|scores|hundreds)`;
/**
 * A headline among a live page's key points that tells the story's events in its own verbs: a party's claim still held
 * ("Both sides still hold the ridge"), the deal's text made ("A and B sign a fishing and border treaty"), taken ("Fishermen's unions
 * condemn the treaty") or sent to a vote ("Treaty goes to a national vote"), and the dead counted ("Four sailors killed in a
 * clash", "Divers recover more bodies: toll now 44").
 */
const HEADLINE_NEWS = new RegExp(
	[
		`${WORD_START}(?:both|each|either|all)\\s+(?:sides?|armies|army|forces?|camps?|parties|party|countries|country|groups?)\\s+${ADVERBS}(?:claims?|holds?|controls?)\\b`,
		`^(?:[[\\p{L}\\p{N}'’.\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,8}?${ADVERBS}(?:${alternation(DEAL_SEALING_VERBS)})\\s+(?:to\\s+|on\\s+)?${DEAL_TEXT_WORDS}`,
		`${WORD_START}(?:${alternation(DEAL_RECEPTION_VERBS)})\\s+${DEAL_WORDS}`,
		`^${DEAL_WORDS}\\s+(?:goes|go|heads|head|is\\s+(?:sent|put|going)|sent|put)\\s+(?:to|before)\\s+(?:(?:a|an|the)\\s+)?(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:${alternation(DEAL_PASSAGE_BODIES)})\\b`,
		`^(?:(?:at\\s+least|about|some|nearly|more\\s+than)\\s+)?${COUNT_WORD}\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:killed|dead|injured|wounded)\\s+(?:in|by|at|after|during|on|as)\\b`,
		`${WORD_START}(?:recover|recovers|recovered|retrieve|retrieves|retrieved|find|finds|found|pull|pulls|pulled)\\s+(?:[[\\p{L}\\p{N}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?bodies\\b`,
		`${WORD_START}tolls?\\s+(?:now|rises\\s+to|climbs\\s+to|reaches|hits)\\s+(?:at\\s+least\\s+)?\\d`,
		// "118 pupils and four teachers freed near the town": people freed somewhere, a headline of what happened
		`^(?:(?:at\\s+least|about|some|nearly|more\\s+than)\\s+)?${COUNT_WORD}\\s+(?:[[\\p{L}\\p{N}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,5}?(?:freed|released|rescued|evacuated)\\s+(?:near|outside|close\\s+to)\\b`,
		// "Hardliners call the deal a surrender": what a camp names the deal, without quotation marks
		`${WORD_START}(?:call|calls|called|brand|brands|branded|dub|dubs|dubbed|label|labels|labell?ed)\\s+${DEAL_WORDS}\\s+(?:an?|the)\\s+[\\p{L}--[\\u{10000}-\\u{10FFFF}]]`,
		// "Army confirms the town and the road are under state control": a party vouching for how things stand
		`^(?:[[\\p{L}\\p{N}'’.\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,6}?(?:confirms|confirmed|insists|insisted|warns|warned|admits|admitted|acknowledges|acknowledged|concedes|conceded)\\s+(?:that\\s+)?[^;:]{1,80}?\\s(?:is|are|was|were|has|have|had)\\s`,
		// "Relief agency raises its appeal to $95 million": a body asking donors for money, not a term of the deal
		`${WORD_START}(?:launch|launches|launched|raise|raises|raised|increase|increases|increased|double|doubles|doubled|revise|revises|revised)\\s+(?:its|their|an?|the)\\s+(?:[[\\p{L}\\p{N}$€£.,\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}?appeal\\b`,
	].join('|'),
	'iv',
);

/**
 * "A and B agree a …", "A and B signed a 90-day truce …" before a truce or pause (not a text: "sign a treaty" is news): who
 * agreed or signed, left off the term.
 */
const AGREED_MEASURE = new RegExp(`^(?:[[\\p{L}\\p{N}'’.\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,8}?${ADVERBS}(?:${alternation(DEAL_SEALING_VERBS)})\\s+(?:to\\s+|on\\s+)?(?=(?:a|an|the)\\s+(?:[[\\p{L}\\p{N}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,4}?(?:${HEAD})\\b)`, 'iv');

/** A past participle: "-ed", "-en", "-wn", or an irregular one ("cut", "held", "fled"). */
const PAST_PARTICIPLE = `(?:[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{2,}(?:ed|en|wn)|${alternation(IRREGULAR_PARTICIPLES)})`;
/** A past or perfect finite verb: "was signed", "were injured", "has cut", "have now been freed". */
const PAST_FINITE = new RegExp(`${WORD_START}(?:(?:was|were)\\s+(?:[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+ly\\s+)?|(?:has|have|had)\\s+(?:(?:now|already|also|just|since)\\s+)?(?:been\\s+)?)${PAST_PARTICIPLE}\\b`, 'iv');
/** The modal of a term, lower case so that "since May" is no "may". */
const TERM_MODAL = /\b(?:will|would|shall|must|may|can|could|to\s+be|is\s+to|are\s+to)\b/;
const SUBORDINATE_BEFORE = new RegExp(`\\b(?:${alternation(SUBORDINATE_OPENERS)})\\b`, 'i');
/**
 * "- The accord was signed in the capital this afternoon", "- The steelworks has cut 1,800 jobs since May", "- Police now say 27
 * people were injured": a key point whose main verb is past or perfect, with no modal of a term, tells what happened, not what
 * the deal provides. A past verb after "once", "when", "who" is in a clause inside a term ("lifted once the stockpile has gone").
 */
function pastEventItem(text: string): boolean {
	if (TERM_MODAL.test(text)) return false;
	if (ENDED_OR_BEGAN.test(text)) return true;
	const past = PAST_FINITE.exec(text);
	return past !== null && !SUBORDINATE_BEFORE.test(text.slice(0, past.index));
}

/** "- The curfew in the capital ended at 5am after three weeks": a thing that began or ended in the past tense is an event told. */
const ENDED_OR_BEGAN = /^(?:the|a|an)\s+(?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}?(?:ended|began|started|expired|lapsed|resumed|collapsed|broke\s+down)\s+(?:at|on|in|after|overnight|yesterday|today|this|last|early|late)\b/iv;

/** "- The rebel commander calls the draft 'capitulation'": how a party names the deal, in its words, is news of it. */
const NAMES_IT = /\b(?:calls|called|brands|branded|dubs|dubbed|labels|labelled|labeled)\s+[^"“‘]{1,60}?\s["“‘']/i;
/** "- Police now say …", "- Officials say …": a plural "say" reports; "a say in", "to say" do not. */
const PLURAL_SAY = /(?<!\b(?:a|to|will|would|shall|must|the|no|final|any|equal|greater)\s)\bsay\b/i;

/** '- President Arlo: "The Republic is one"': a key point that gives a person's words whole after their name is a quotation. */
const QUOTED_LINE = /^(?:[[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}[[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]+:\s*["“‘][^"“”]+["”’][.!]?$/v;

/** Whether a key point is news (who says what, a toll, the deal's fate or reception), not a term. */
const isNewsItem = (text: string) =>
	(triggered(text, NEWS_TRIGGER) && NEWS_ITEM.test(text)) ||
	(triggered(text, DEAL_NEWS_TRIGGER) && DEAL_NEWS_ITEM.test(text)) ||
	HEADLINE_NEWS.test(text) ||
	NAMES_IT.test(text) ||
	PLURAL_SAY.test(text) ||
	QUOTED_LINE.test(text);

/** A word every NEWS_ITEM match holds. */
const NEWS_TRIGGER = triggerOf(['calls', 'called', 'brands', 'branded', 'dubs', 'dubbed', 'slams', 'slammed', 'hails', 'hailed', 'condemns', 'condemned', 'denounces', 'denounced', 'since', 'took', 'counts', 'counted', 'recorded', 'records', 'reports', 'reported', 'dead', 'killed', 'vote', 'votes', 'voted', 'says', 'said', 'deny', 'denies', 'denied', 'claims', 'claimed', 'accuses', 'accused', 'claim', 'injured', 'wounded', 'missing', 'continue', 'continues', 'goes', 'go', 'rage', 'rages', 'persist', 'persists', 'toll', 'rises', 'rose', 'climbs', 'climbed', 'sign', 'signs', 'signed', 'ink', 'inks', 'inked', 'stands', 'stand', 'stood', 'announced', 'announces', 'accepted', 'accepts']);

/** Short lines or bullets under a heading that announces terms: one provision each, one per sentence of a longer bullet. */
function listBlockTerms(article: ParsedArticle): {provisions: LocalProvision[]; paragraphs: Set<number>} {
	const out: LocalProvision[] = [];
	const used = new Set<number>();
	const {paragraphs} = article;
	// "The deal has two halves: … . The main terms:": a paragraph's last sentence may lead into the list.
	const lastSentence = new Map<number, string>();
	for (const sentence of article.sentences) lastSentence.set(sentence.paragraph, sentence.text);
	for (let i = 0; i < paragraphs.length; i++) {
		// "sets out three phases:" then "Phase one, from Monday:" over bullets: the sub-heading was read with the list it is in.
		if (used.has(i)) continue;
		const lead = paragraphs[i].heading ? paragraphs[i].text : (lastSentence.get(i) ?? paragraphs[i].text);
		if (!announcesTerms(paragraphs[i].text, paragraphs[i].heading) && !(lead !== paragraphs[i].text && announcesTerms(lead, false))) continue;
		// "The ministry rejects the following elements of the accord:": what one party rejects or demands is its position, not the terms.
		if (setsOutObjection(lead)) continue;
		let endsWithStop: boolean | null = null;
		let label = '';
		let sawBullet = false;
		const leadNumbered = /^\d{1,2}[.)]\s/.test(paragraphs[i].text);
		const hedge = hedgeOf(paragraphs[i].text);
		const block: LocalProvision[] = [];
		const blockParagraphs: number[] = [];
		for (let j = i + 1; j < paragraphs.length; j++) {
			const item = paragraphs[j];
			let text = item.text.replace(BULLET, '');
			const stop = /[.!?]["”’]?$/.test(text);
			const bulleted = BULLET.test(item.text);
			const subHeading = !bulleted && j + 1 < paragraphs.length && BULLET.test(paragraphs[j + 1].text);
			// After bullets, a plain line is the story resuming ("The minister called it fair."), unless it heads more bullets.
			if (sawBullet && !bulleted && !subHeading) break;
			// "Who is fighting around the district?": an explainer's next question heads the next section, no term
			if (!bulleted && /\?["”’]?$/.test(text)) break;
			// "3. Under the Protocol: (a) … (e)" then "4. The Protocol is …": the lead-in's own numbering resumes, not more terms.
			if (bulleted && leadNumbered && /^\d/.test(item.text)) break;
			// "By Jo Lin | 3 May 2026 | 4 min read": a page's byline under its headline is chrome, never a term.
			if (!bulleted && BYLINE.test(text)) continue;
			sawBullet ||= bulleted;
			const sentences = itemSentences(article, j);
			// "2. Returns. Ostia will readmit …": a numbered item's label of a few words names the term the rest states
			const labelled = sentences.length > 1 && ITEM_LABEL.test(sentences[0].text.replace(BULLET, ''));
			if (labelled) sentences.shift();
			// A bullet may hold a term and its exception ("… drops licences. The newest tools still need one."); a plain line is one short term.
			if (bulleted ? wordCount(text) > 60 || sentences.length > 3 : wordCount(text) > 25 || sentences.length > 1) break;
			if (endsWithStop === null) endsWithStop = stop;
			// Plain lines that start ending in a full stop are the story resuming; bullets mix phrases and sentences freely.
			else if (stop && !endsWithStop && !bulleted) break;
			const evidence = {article: article.id, text: item.text, offset: item.start, rule: 'provision.list-item', hedge};
			// "Phase two" over bullets: a sub-heading names the part of the deal its items belong to, and is a term
			// itself only when it says something of its own ("Phase one (42 days)").
			if (subHeading) {
				label = PHASE_LABEL.exec(text)?.[0] ?? '';
				// "The 11-point agreement says:" leads into the items; it states nothing of its own
				if (/\d/.test(text) && !text.trimEnd().endsWith(':')) block.push({summary: cleanTerm(text), evidence: {...evidence, rule: 'provision.list-heading'}});
				blockParagraphs.push(j);
				continue;
			}
			blockParagraphs.push(j);
			// A live page's "Key points" mix the terms with the news: who says or denies what, a toll that rises.
			if (isNewsItem(text)) continue;
			// "- A and B agree a five-day pause for the port, starting Sunday": the pause agreed is the term, not who agreed it.
			text = text.replace(AGREED_MEASURE, '');
			// "- The terms, as officials describe them:": a bullet that leads into the bullets under it states no term itself.
			if (bulleted && endsInColon(text)) continue;
			// "- Ceasefire from midnight; rebels to hand in weapons within 60 days": a key point's parts, like its sentences, are
			// terms the merge joins back into one unless another outlet states them apart. A numbered clause of a text keeps
			// its semicolons ("6. The parties will provide the lists; the agency will share them").
			const unnumbered = bulleted && !/^[\d(]/.test(item.text) && sentences.length === 1;
			// "- A 20-point draft by the envoys would freeze the front line and cap the army": a key point that tells what the deal
			// would do gives its steps, as the same sentence in prose would; the merge keeps them one item unless outlets part them.
			const acting = unnumbered ? proposalSubject(text, false) : null;
			const steps = acting?.rule === 'provision.proposal-would' ? termsOf(acting, sentences[0], article, hedge).map((term) => term.summary) : [];
			const parts = steps.length > 1 ? steps : unnumbered ? text.split(/;\s+/).flatMap(nounPhrasePair).filter((part) => wordCount(part) >= 2) : [];
			const terms =
				sentences.length > 1 || labelled
					? sentences.map((sentence) => ({text: sentence.text.replace(BULLET, ''), evidence: {...evidence, text: sentence.text, offset: sentence.start}, item: item.start}))
					: parts.length > 1
						? parts.map((part) => ({text: part, evidence, item: item.start}))
						: [{text, evidence}];
			for (const term of terms) {
				// "- X also called on members to …", "- This positions the port as …": a demand or a gloss among the key points.
				if (notATerm(term.text) || pastEventItem(term.text)) continue;
				const summary = capitalise(cleanTerm(term.text));
				if (summary) block.push({summary: label ? `${label}: ${summary}` : summary, evidence: term.evidence, ...('item' in term ? {item: term.item} : {}), list: paragraphs[i].start});
			}
		}
		// One plain line under a headline is its standfirst ("A truce and a prisoner swap: the deal, explained"): a list has two items or a bullet.
		if (!sawBullet && block.length < 2) continue;
		out.push(...block);
		for (const paragraph of blockParagraphs) used.add(paragraph);
	}
	return {provisions: out, paragraphs: used};
}

/** A key point's part with no verb: "intelligence sharing and a hotline between army chiefs". */
const NOUN_PHRASE_PAIR = /^((?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,5}?[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+)\s+and\s+((?:an?)\s+[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+){1,8})$/v;
const VERB_OR_PAIRING = /\b(?:between|both|will|would|shall|must|is|are|to|with|of|from)\b/i;

/**
 * "intelligence sharing and a hotline between army chiefs": two noun phrases of a key point, the second with its own article,
 * are two terms; "a truce between the army and the rebels" pairs two parties and is one.
 */
function nounPhrasePair(part: string): string[] {
	const pair = NOUN_PHRASE_PAIR.exec(part);
	return pair && !VERB_OR_PAIRING.test(pair[1]) ? [pair[1], pair[2]] : [part];
}

/** "Returns.", "Work visas.", "Joint patrols.": a label of one to three words closing with a full stop. */
const ITEM_LABEL = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+){0,2}\.$/v;

// ---- assembling ---------------------------------------------------------------------

/**
 * "What it leaves out", "where the exchange point lies", "how much water X will let through": a question word opens a
 * heading, a relative clause or an indirect question, which names what a term is about but states none. A clause that
 * leads into a main one ("When the truce ends, troops will withdraw") is kept.
 */
const WH_FRAGMENT = /^(?:what|where|how|when|whether|why|which|who|whom|whose)\b[^,;:]*$/i;

/** "said the deputy head of the office": a verb-first attribution left after a citation is who says it, not a term. */
const ATTRIBUTION_ONLY = /^(?:said|says|told|added|stated|announced|according\s+to)\s/i;

/** "fewer than a third of the estimated 2,600 prisoners": the deal measured against the whole, which is background, not a term. */
const SHARE_OF_WHOLE = /^(?:(?:fewer|less|more)\s+than|only|just|barely|under|over|about|roughly|nearly|almost|some)\s+(?:an?\s+|one\s+|two\s+)?(?:third|quarter|half|fifth|tenth|fraction|thirds|quarters)\s+of\s+(?:the|all|an)\b/i;

/** "The first crews have reached the plant": a step already taken under the deal is news of it, not a term. */
const FIRST_STEP = new RegExp(`^(?:[[\\p{L}\\p{N}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,6}?(?:has|have)\\s+(?:now\\s+|already\\s+|also\\s+|just\\s+)?(?:${alternation(FIRST_STEP_VERBS)})\\b`, 'iv');
/** "Under the accord, the parties have agreed that:": the lead-in of a list, which states no term itself. */
const LEAD_IN = /\b(?:that|as follows|the following)\s*:?$/i;
const LEAD_IN_ENDS = ['that', 'as follows', 'the following'];

/** Whether a text ends as LEAD_IN's matches do (the phrase, white space, a colon): the end-anchored pattern tries every position. */
function endsAsLeadIn(text: string): boolean {
	const trimmed = (text.endsWith(':') ? text.slice(0, -1) : text).trimEnd();
	return LEAD_IN_ENDS.some((phrase) => endsWithCaseless(trimmed, phrase));
}

/** Whether a text ends in a lower-case ASCII phrase, ASCII letters compared without case as flag i (no u) does. */
function endsWithCaseless(text: string, phrase: string): boolean {
	const from = text.length - phrase.length;
	if (from < 0) return false;
	for (let at = 0; at < phrase.length; at++) {
		const code = text.charCodeAt(from + at);
		if ((code >= 65 && code <= 90 ? code | 32 : code) !== phrase.charCodeAt(at)) return false;
	}
	return true;
}

/** "Members will vote on the agreement in a ballot", "both parliaments must ratify the treaty": a step on the way to the deal, not a term of it. */
const ON_THE_DEAL = new RegExp(
	`${WORD_START}(?:still\\s+)?(?:require|requires|need|needs)\\s+(?:the\\s+|formal\\s+|final\\s+)?(?:approval|ratification|endorsement|sign-off)\\b|${WORD_START}(?:${HEAD})\\s+(?:is|are|remains|remain|will be|would be)\\s+subject\\s+to\\s+(?:the\\s+)?(?:approval|ratification|endorsement|sign-off|a vote)\\b|${WORD_START}(?:vote|votes|voted|voting|ballot|balloted)\\s+(?:on|for|against|over)\\s+(?:the|this|that|its|their)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:${HEAD})\\b|${WORD_START}(?:ratify|ratifies|ratifying|endorse|endorses|endorsing)\\s+(?:the|this|that|its|their)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:${HEAD})\\b|${WORD_START}put\\s+(?:the|this|that|its|their)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:${HEAD})\\s+to\\s+(?:a\\s+)?(?:vote|ballot|referendum)\\b`,
	'iv',
);

/** "The full text of the agreement will be published", "the text could still change": the document itself, no term in it. */
const TEXT_ITSELF = new RegExp(
	`${WORD_START}(?:the|its|their)\\s+(?:full\\s+|final\\s+|complete\\s+|exact\\s+)?(?:text|wording|document)(?:\\s+of\\s+(?:the|this|that|its|their)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:${HEAD}))?\\s+(?:will|would|could|may|might|can|is|are|has|have|was)\\s+(?:still\\s+|also\\s+|not\\s+|yet\\s+|only\\s+)*(?:be\\s+|been\\s+)?(?:published|released|made\\s+public|posted|circulated|changed?|amended|revised|finali[sz]ed|translated|transmitted)\\b`,
	'iv',
);

const CONTENT_WORD = /[\p{L}--[\u{10000}-\u{10FFFF}]]{3,}|\d[\d,.%]*/gv;
/** "The accord covers all of them": a pronoun names the terms of a sentence before, and states none. */
const PRONOUN_ONLY = /^(?:(?:all|each|both|some|most|many|none|any|either|neither|one|two|three|several)\s+(?:of\s+)?)?(?:them|it|those|these|this|that)$/i;

/** Whether a text holds a word of three letters or a number that is no determiner: the first one found ends the search. */
function hasContentWord(text: string): boolean {
	CONTENT_WORD.lastIndex = 0;
	for (let match = CONTENT_WORD.exec(text); match; match = CONTENT_WORD.exec(text)) if (!DETERMINER.has(match[0].toLowerCase())) return true;
	return false;
}

/** "It still requires approval by the Assembly": the approval the deal awaits is a step on the way to it, not a term of it. */
const APPROVAL_ONLY = /^(?:the\s+)?(?:formal\s+|final\s+|parliamentary\s+|legislative\s+)?(?:approval|ratification|endorsement|sign-off|consent)\s+(?:of|by|from)\s/i;
/** "the first thing the two sides had agreed on in sixty days": a stretch of time alone names no term. */
const TIME_ONLY = /^(?:in|within|after|for|over|during|since)\s+(?:the\s+)?(?:(?:last|past|next|first|coming)\s+)?(?:[[\p{L}\p{N}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)$/iv;
/** "The swap was agreed on Sunday in Tarrowick": the day (and place) the deal was made is no term of it. */
const WHEN_ONLY = /^(?:(?:last|next|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:in|at)\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*){0,2})?$/v;
/** "the level field that the deal restores is, in her phrase, …": a verb ending a relative clause, then the copula of the main clause. */
const VERB_THEN_COPULA = /^[\p{Ll}--[\u{10000}-\u{10FFFF}]]+s\s+(?:is|are|was|were)\b/v;

/** A body that watches over the deal ("the agency", "the joint commission") as the subject of a duty. */
const OVERSEER_DUTY = new RegExp(`^(?:(?:the|an?|its|their)\\s+)?(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,3}?(?:${alternation([...OVERSIGHT_BODIES, 'agency'])})\\s+(?:will|would|shall|must|is to|are to|can)\\s`, 'iv');

/** "a joint committee to monitor the ceasefire and address violations": a body set up with its duties, breaches among them. */
const BODY_PURPOSE = new RegExp(`\\b(?:${alternation([...OVERSIGHT_BODIES, 'agency'])})\\s+(?:to|that\\s+will|which\\s+will)\\s+(?:monitor|verify|oversee|supervise|investigate|observe|watch|police)\\b`, 'i');

/** One provision per term of a term source found in a sentence. */
/** A short quotation with "and" or a comma inside: a speaker's one phrase ("consult immediately and act"), which no split cuts. */
const SHORT_QUOTE = /[“"](?=[^”"]*(?:\sand\s|,))((?:[^\s”"]+\s+){1,7}[^\s”"]+)[”"]/gu;
/** What SHORT_QUOTE puts between a quotation's words while the terms are split: no pattern reads it as a space. */
const QUOTE_TIE = '\u2061';
const tieQuotes = (text: string) => text.replace(SHORT_QUOTE, (_quote, words: string) => `“${words.replace(/\s+/g, QUOTE_TIE)}”`);
const untie = (text: string) => text.replaceAll(QUOTE_TIE, ' ');

/**
 * "includes a programme of compensation: the fund will pay families …, and the government will provide most of it": one thing
 * named, then clauses after a colon that say how it works, is one term (a count before the colon, "two steps:", lists them).
 */
const EXPLAINED_ITEM = /^an?\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}?[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+:\s+(?:(?:the|its|their|an?|each|every|both)\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?(?:will|would|shall|must|is\s+to|are\s+to)\s/v;

function termsOf(source: TermSource, sentence: Sentence, article: ParsedArticle, hedge: string | null): LocalProvision[] {
	const body = cleanTerm(tieQuotes(source.text).replace(PAIRED_DASHES, ' ').replace(/\s*[—–]\s.*$/, ''));
	// "The agency will publish any violation it confirms": what an overseer does with a breach is how the deal is watched.
	const breach = source.breach || OVERSEER_DUTY.test(body) || BODY_PURPOSE.test(body);
	const notTerm = breach ? (source.cited ? NOT_TERM_CITED_BUT_BREACH : NOT_TERM_BUT_BREACH) : source.cited ? NOT_TERM_CITED : NOT_TERM;
	if (!body || notTerm.test(body)) return [];
	const terms = source.mode === 'list' ? (EXPLAINED_ITEM.test(body) ? [body] : splitList(body)) : source.mode === 'clause' ? splitClauses(body) : [body];
	const quoted = /["“”]/.test(sentence.text);
	return terms
		.map((term) => cleanTerm(untie(term)))
		// '"We will go wherever the agreement allows us to go," she said': a speaker's own plans, in her words.
		.filter((term) => !(quoted && /\b(?:we|us|our)\b/i.test(term)))
		.filter((term) => !keepsTheDeal(term) && !RESTORES_ORDER.test(term) && !WITHHELD.test(term) && !VAGUE_THING.test(unquoted(term)) && !notATerm(term))
		.filter((term) => hasContentWord(term) && !PRONOUN_ONLY.test(term) && wordsAtMost(term, 40) && !notTerm.test(term) && !WH_FRAGMENT.test(term) && !ATTRIBUTION_ONLY.test(term) && !SHARE_OF_WHOLE.test(term) && !FIRST_STEP.test(term) && !(endsAsLeadIn(term) && LEAD_IN.test(term)) && !ON_THE_DEAL.test(term) && !TEXT_ITSELF.test(term) && !ENDS_THE_WAR.test(term) && !HALTS_WAR_LENGTH.test(term) && !EARLIER_VERSION.test(term) && !WHAT_FIGURES_ARE.test(term) && !/^of\s/i.test(term) && !APPROVAL_ONLY.test(term) && !TIME_ONLY.test(term) && !WHEN_ONLY.test(term) && !VERB_THEN_COPULA.test(term))
		.map((term, index) => ({
			summary: capitalise(leadFor(source, term, index) + term),
			evidence: {article: article.id, text: sentence.text, offset: sentence.start, rule: source.rule, hedge},
		}));
}

/**
 * The text before a term: "will share the pier …, and give up the airfield": a later term opening with a verb of its own
 * takes the party and modal, not the first term's verb; one with a subject and modal of its own takes nothing.
 */
function leadFor(source: TermSource, term: string, index: number): string {
	if (!source.lead) return '';
	if (index === 0 || !source.partyLead) return source.lead;
	if (OWN_CLAUSE.test(term)) return '';
	return startsVerbPhrase(term, '') ? source.partyLead : source.lead;
}

/** "Neither party would disclose the figures": a party answering the press about the deal, not a term of it. */
const WITHHELD_VERB = `(?:${alternation(DISCLOSURE_VERBS)})\\s+(?:(?:the|those|these|its|their|any|such|further)\\s+)?(?:${alternation(DISCLOSED_OBJECTS)})\\b`;
// Only a refusal: "the agency will confirm the figures each month" is how the deal is checked, a term.
const WITHHELD = new RegExp(`\\b(?:(?:would|will|could|can|did|do|does)\\s+not|declined\\s+to|refused\\s+to)\\s+${WITHHELD_VERB}|^(?:neither|nobody|no one|none)\\b[^,;]{0,40}?\\b(?:would|will|could|can|did)\\s+${WITHHELD_VERB}`, 'i');
/** "gives both leaders something to sell to voters": a thing given that is no thing named. */
const VAGUE_THING = /^(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,5}?(?:gives?|giving|given|gave|offers?|offering|leaves?|leaving|hands?|concede[sd]?|conceding)\s+(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?(?:something|anything|nothing|little|much)\b/iv;
/** The text as VAGUE_THING reads it: "had 'given away nothing'" quotes a boast whose opening mark hides its verb. */
const unquoted = (term: string) => term.replace(/(^|\s)['‘"“]/gu, '$1');

/** "X also called on members to raise spending": one party's demand of another. A deal that "calls on" the parties states a term. */
const DEMAND = new RegExp(`${WORD_START}(?:${alternation(DEMAND_VERBS)})\\s+[^;:]{1,60}?\\bto\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]`, 'iv');
function demandsOfOther(term: string): boolean {
	const verb = DEMAND.exec(term);
	return verb !== null && !HAS_HEAD.test(term.slice(0, verb.index));
}

/** "This positions the port as the region's hub", "That marks a shift": the writer's gloss on what came before. */
const GLOSS = new RegExp(`^(?:this|that)\\s+(?:[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+ly\\s+|also\\s+|further\\s+)?(?:${alternation(GLOSS_VERBS)})\\b`, 'iv');

/** "fix it", "end them": a verb whose only object is a pronoun names no term ("I was told the ceasefire would fix it"). */
const VERB_ON_PRONOUN = /^[\p{L}--[\u{10000}-\u{10FFFF}]]+\s+(?:it|them|this|that|everything|things)$/iv;

/** "without saying where": an aside on how a speaker spoke, left when a clause is cut from its attribution. */
const WITHOUT_ASIDE = /^without\s+[\p{L}--[\u{10000}-\u{10FFFF}]]+ing\b/iv;

/** "a humanitarian truce brokered by the regional bloc": the deal itself and who made it, which states none of its terms. */
const DEAL_AND_BROKER = new RegExp(`^(?:(?:a|an|the)\\s+)?(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}?(?:${HEAD})\\s+(?:brokered|mediated|negotiated|sponsored|drawn\\s+up)\\s+by\\s+[^,;]+$`, 'iv');

/** Whether a term, cut from its sentence, is another kind of statement: a demand, a gloss, a bare pronoun object, an aside or the deal itself. */
const notATerm = (term: string) => demandsOfOther(term) || GLOSS.test(term) || VERB_ON_PRONOUN.test(term) || WITHOUT_ASIDE.test(term) || DEAL_AND_BROKER.test(term);

/** "restores the authority of the state", "brings back peace": what a speaker says the deal achieves, not a term of it. */
const RESTORES_ORDER = new RegExp(
	`^(?:(?:it|this|that|which|the\\s+[\\p{L}--[\\u{10000}-\\u{10FFFF}]]+)\\s+)?(?:(?:will|would)\\s+)?(?:restores?|restoring|brings?\\s+back|bringing\\s+back|re-?establish(?:es)?)\\s+(?:the\\s+)?(?:${alternation(RESTORED_STATES).replaceAll(' ', '\\s+')})\\b`,
	'iv',
);

/** "will respect every line of this text", "to abide by the accord": a pledge to keep the deal, which states none of its terms. */
const KEEPS = new RegExp(`^(?:.{0,80}?\\b(?:will|would|shall|must|to|can)\\s+(?:fully\\s+|faithfully\\s+|strictly\\s+|also\\s+)?)?(?:${alternation(KEEPING_VERBS).replaceAll(' ', '\\s+')})\\s+(.+)$`, 'i');
const keepsTheDeal = (term: string) => {
	const object = KEEPS.exec(term)?.[1].replace(/\s+(?:in\s+full|fully|to\s+the\s+letter|faithfully|in\s+good\s+faith)$/i, '');
	if (!object || !onlyNamesProposal(object)) return false;
	// "will observe the truce from 06:00 on Friday" says when the truce starts: only the bare deal is kept, nothing more.
	const named = proposalRefs(object)[0];
	return !named || !/\S/.test(object.slice(named.end));
};

/**
 * "a ceasefire that would halt nine months of fighting around the port": the deal told by how long the war it ends has
 * lasted is a lede's gloss of the deal, history rather than a term ("… and free 33 hostages" is read as a clause of its own).
 */
const HALTS_WAR =
	'(?:halt|end|stop|pause|freeze)\\s+(?:more\\s+than\\s+|nearly\\s+|almost\\s+|some\\s+|over\\s+)?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|many)\\s+(?:days?|weeks?|months?|years?)\\s+of\\s+(?:fighting|war|conflict|clashes|hostilities|violence|bloodshed)\\b[^,;]*$';
const ENDS_THE_WAR = new RegExp(`^(?:(?:an?|the)\\s+)?(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:${HEAD})\\s+(?:that|which)\\s+(?:would|will|could)\\s+${HALTS_WAR}`, 'iv');
/** "halt nine months of fighting": the same gloss once a relative clause has left the deal's name behind. */
const HALTS_WAR_LENGTH = new RegExp(`^${HALTS_WAR}`, 'iu');

/**
 * "an earlier draft had set the distance at 15 km", "the previous accord had capped it at 40": what another version of
 * the deal said, told beside the term it changed, is history.
 */
const EARLIER_VERSION = new RegExp(`^(?:an?|the|its|their)\\s+(?:${alternation(['earlier', 'previous', 'original', 'old', 'former'])})\\s+(?:[[\\p{L}\\p{N}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:${HEAD}|version|text)\\b`, 'iv');

/** "many of its figures are pledges by companies rather than binding commitments": what the deal's numbers amount to is a comment. */
const WHAT_FIGURES_ARE = /^(?:(?:many|most|some|much|all|none|few)\s+of\s+)?(?:the|its|their|these|those)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:figures|numbers|sums|commitments|pledges|promises|targets)\s+(?:is|are|remain)\s+(?:only\s+|merely\s+|mostly\s+|largely\s+|still\s+)?(?:pledges|promises|aspirations|targets|intentions|estimates|voluntary|non-binding|not\s+binding)\b/iv;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const CRITIC_TRIGGER = triggerOf(CRITIC_WORDS);
const CRITIC = new RegExp(`^(?:[[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,3}?(?:${alternation(CRITIC_WORDS)})\\b[^,.;]{0,60}?\\b(?:said|say|says|argued|argue|argues|complained|complain|complains|noted|note|notes|pointed out|warned|warn|warns)\\b`, 'iv');

const SILENCE_TRIGGER = triggerOf(SILENCE_PHRASES);
const LEAVE_TRIGGER = triggerOf(['leave', 'leaves', 'leaving', 'left']);
/** What the deal is silent on, in so many words: ASCII phrases, so run without the slow u flag where nothing folds. */
const SILENCE = caseless(`\\b(?:${alternation(SILENCE_PHRASES)})\\b`, 'iu');
/** "agreed to leave the port's status to later negotiations": what the deal leaves to talks to come. */
const LEFT_TO_TALKS = new RegExp(
	`\\b(?:leave|leaves|leaving|left)\\s+(?:[[\\p{L}\\p{N}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,6}?(?:to|for|until)\\s+(?:the\\s+|a\\s+|later\\s+|future\\s+|further\\s+|separate\\s+|permanent\\s+|final\\s+|next\\s+)*(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:${TALKS_NOUN})\\b`,
	'iv',
);
/** LEFT_TO_TALKS's verb, as a plain test: most sentences with "left" in them leave nothing to talks. */
const LEAVE_WORD = /\b(?:leave|leaves|leaving|left)\s/i;

/** Whether a clause says what the deal is silent on: one of the phrases, or a matter left to later talks. */
const saysSilence = (text: string) =>
	SILENCE(text).test(text) || (mayMatch(LEAVE_WORD, text) && mayMatch(TALKS_WORDS, text) && LEFT_TO_TALKS.test(text));

/** A sentence without its clauses that say what the deal is silent on ('' when every clause does). */
function withoutSilence(text: string): string {
	if (!saysSilence(text)) return text;
	// "Although the declaration calls for …, it falls short of a treaty": the concession states a term, the main clause a limit.
	const resumes = CONCESSIVE_OPENER.test(text) ? MAIN_CLAUSE_RESUMES.exec(text) : null;
	const pieces = resumes ? [text.slice(0, resumes.index), ', ', text.slice(resumes.index + 2)] : text.split(/(;\s+|,\s+(?:and|but|while)\s+)/);
	let kept = '';
	for (let index = 0; index < pieces.length; index += 2) {
		if (saysSilence(pieces[index])) continue;
		kept += (kept ? (pieces[index - 1] ?? ' ') : '') + pieces[index];
	}
	return kept && !/[.!?]["”’]?$/.test(kept) ? `${kept}.` : kept;
}

/** "In return, …", "In exchange …", "For its part, …": what the other side gives for the term told just before. */
const RECIPROCAL_OPENER = /^(?:In\s+(?:return|exchange)|For\s+(?:its|their|his|her)\s+part)\s*,?\s+(?=[\p{Lu}--[\u{10000}-\u{10FFFF}]])/v;

/**
 * The other side's half of a trade told a sentence after the term, past a remark on it ("… a 15% tariff. That marks a drop
 * from 25%. In return, Quellmoor will inject $550bn into …"): the opener ties it to the term, so it is read as the next term.
 */
function reciprocalTerm(text: string): TermSource | null {
	const opener = RECIPROCAL_OPENER.exec(text);
	return opener ? continuedTerm(text.slice(opener[0].length), false) : null;
}

/** "Nor does the deal …", "Neither will the truce …": a negation put first, whose verb the deal does not do. */
const INVERTED_NEGATION = /^(?:Nor|Neither)\s+(?:does|do|did|will|would|shall|is|are|was|were|can|could|has|have|had)\s/;

/** The terms one sentence reports, by the first rule that reads it. */
/**
 * "Among the conditions agreed, according to X sources, were the easing of the blockade, the entry of fuel and …": the terms
 * named first, then the verb, then the list they are among. What the lead-in says was demanded or rejected is a position.
 */
const AMONG_THE_TERMS = /^Among\s+(?:the|its|their)\s+(?:(?:main|key|other|principal|chief)\s+)?(?:terms|conditions|provisions|measures|points|clauses|commitments)\b([^,;]{0,60}?(?:,[^,;]{1,80},)?)\s+(?:were|are|was|is|will\s+be|would\s+be)\s+(.+?)[.!]?$/i;

function sentenceTerms(sentence: Sentence, previous: Sentence | undefined, previousYielded: boolean, articleHasProposal: boolean, binding: boolean, yieldedJustBefore = false): TermSource[] {
	// "Opposition lawmakers said the deal does not cover …": a critic's account of the deal is a reaction.
	if (triggered(sentence.text, CRITIC_TRIGGER) && CRITIC.test(sentence.text)) return [];
	// "Nor does the truce cover the hills north of the delta": what the deal leaves out, as "does not cover" says.
	if (INVERTED_NEGATION.test(sentence.text)) return [];
	// "The pact does not apply to the islands", "agreed to leave the port's status to later negotiations": what the deal is
	// silent on; the other clauses of the sentence still state their terms.
	// "KELLBURG, Quellmoor – An agreement …": a wire's dateline is where the story was filed, no part of any term.
	const text = (triggered(sentence.text, SILENCE_TRIGGER | LEAVE_TRIGGER) ? withoutSilence(sentence.text) : sentence.text).replace(DATELINE, '');
	// "Under the Protocol, and with effect from 00:01 on 25 November:": a lead-in to the terms listed after it.
	if (!text || endsInColon(text)) return [];
	// "I believe her when she says the government has agreed to …": a columnist's own voice, not the deal's text.
	// Cutting quotations out leaves an "I" before white space only where one stood before it or before a quote mark.
	if (/I[\s“"]/.test(text) && FIRST_PERSON.test(text.replace(/[“"][^”"]*[”"]/g, ''))) return [];
	const mentions = proposalRefs(text).length > 0;
	const cited = citedProposal(text);
	if (cited) return [cited];
	const among = articleHasProposal ? AMONG_THE_TERMS.exec(text) : null;
	if (among && !OBJECTION_LEAD.test(among[1])) return [{text: among[2], mode: 'list', rule: 'provision.among-terms'}];
	const subject = proposalSubject(text, mentions || (previous ? proposalRefs(previous.text).length > 0 : false));
	if (subject) return subject.next ? [subject, subject.next] : [subject];
	const agreed = agreedTerms(text);
	if (agreed === 'none') return [];
	if (agreed) return agreed.next ? [agreed, agreed.next] : [agreed];
	if (!articleHasProposal) return [];
	const implied = impliedTerms(text, mentions);
	if (implied) return implied.next ? [implied, implied.next] : [implied];
	// A speaker's words continued from the sentence before are no term of the deal, whatever they promise.
	if (binding && !closesQuote(text)) {
		const committed = partyCommitments(text);
		if (committed.length) return committed;
		const exchange = exchangeTerm(text);
		if (exchange) return [exchange];
		const condition = conditionTerm(text);
		if (condition) return [condition];
		const machinery = machineryTerm(text);
		if (machinery) return machinery.next ? [machinery, machinery.next] : [machinery];
		// "The pact was signed on Friday. It runs for five years": the "it" is the proposal the sentence before opened with.
		const opening = previous && /^It\s/.test(text) ? proposalOpening(previous.text) : null;
		const resolved = opening ? machineryTerm(`${opening}${text.slice(2)}`) : null;
		if (resolved) return [resolved];
	}
	// A plan's terms often run on into the next paragraph ("… 72 hours. ¶ Troops would then withdraw …").
	const continued = previousYielded && previous && sentence.paragraph - previous.paragraph <= 1 ? continuedTerm(text, sentence.paragraph === previous.paragraph) : null;
	if (continued) return [continued];
	const reciprocal = yieldedJustBefore ? reciprocalTerm(text) : null;
	return reciprocal ? [reciprocal] : [];
}

/** How the deal works: what it leaves out, who oversees it, when it runs, what snaps back, talks, steps and disputes. */
const machineryTerm = (text: string) =>
	exclusionTerm(text) ?? oversightTerm(text) ?? effectTerm(text) ?? snapBackTerm(text) ?? talksTerm(text) ?? passiveTerm(text) ?? timetableTerm(text) ?? signedAimTerm(text) ?? disputeTerm(text);

/** "The agreement was signed …": the proposal a sentence opens with, as it names it ("The agreement"), else null. */
function proposalOpening(text: string): string | null {
	const ref = proposalRefs(text)[0];
	return ref && ref.start <= 4 && /^(?:The|This|Its|Their)\s/.test(text) && !/^['’]s\b/.test(text.slice(ref.end)) ? text.slice(0, ref.end) : null;
}

// Opinion verbs only: "I can confirm the agreement provides for …" in a transcript still states terms.
const FIRST_PERSON = /(?:^|[\s,;(])I\s+(?:(?:do\s+not|don['’]t|did\s+not|didn['’]t)\s+)?(?:believe|think|doubt|suspect|fear|hope|suppose|wonder|trust)\b/;

/** "Its chair …", "Their staff …": a subject that belongs to what the sentence before was about. */
const POSSESSIVE_START = /^(?:Its|Their)\s/;

/**
 * Whether a term's subject is a body or the deal ("A commission will oversee …", "The pact runs …"), whose "Its chair …" the next
 * sentence may tell more of; a party's "its fighters will leave …" is a term of its own.
 */
function namesBodyOrDeal(term: string): boolean {
	const verb = /\s(?:will|would|shall|must|is|are|can)\s/.exec(term);
	const subject = verb ? term.slice(0, verb.index) : term;
	return BODY_WORD.test(subject) || proposalRefs(subject).length > 0;
}

/** "Two members will be named by each side": a count of the members of a body the term before sized ("a five-member panel"). */
const COUNTED_MEMBERS = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Each|All|Half|\d+)\s+(?:of\s+(?:its|their|the)\s+)?([\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}?)s?\s+(?:will|would|shall|must|are to|is to)\s/v;

/** "-member" after a size ("a five-member panel"), for one member noun: made once per noun. */
const memberSized = remembered((member: string) => new RegExp(`[\\p{L}--[\\u{10000}-\\u{10FFFF}]]-${member}s?\\b`, 'iv'), 200);

/** Whether a term counts members of the body the term before it named by its size: then it details that term. */
function countsMembersOf(term: string, before: string): boolean {
	const member = COUNTED_MEMBERS.exec(term)?.[1];
	return member !== undefined && memberSized(member).test(before);
}

const QUESTION_END = /\?\s*["”’']?\s*$/u;
const WORDED = /[\p{L}--[\u{10000}-\u{10FFFF}]]{3}/v;

// "4. Hostage Release Within 72 Hours": a numbered sub-heading of an explainer's sections
const NUMBERED_HEADING = /^(\d{1,2})[.\)]\s+[[\p{Lu}\p{N}]--[\u{10000}-\u{10FFFF}]]/v;
/** Numbered sections in a row before an explainer's run of them counts as walking through a plan's points. */
const SECTION_RUN = 3;

/**
 * "1. A Terror-Free Zone" / "The zone will be …", "2. Rebuilding" / "…": an explainer that walks through a plan point by
 * point under numbered sub-headings. The first sentence under each heading of a run of three or more numbered in order
 * states that point; the indices of those sentences.
 */
function numberedSectionLeads(article: ParsedArticle): Set<number> {
	const {paragraphs, sentences} = article;
	const firstSentence = new Map<number, number>();
	sentences.forEach((sentence, index) => {
		if (!firstSentence.has(sentence.paragraph)) firstSentence.set(sentence.paragraph, index);
	});
	const leads = new Set<number>();
	let run: number[] = [];
	let expected = -1;
	const flush = () => {
		if (run.length >= SECTION_RUN) for (const paragraph of run) if (firstSentence.has(paragraph + 1)) leads.add(firstSentence.get(paragraph + 1)!);
		run = [];
	};
	for (let i = 0; i < paragraphs.length; i++) {
		const numbered = paragraphs[i].heading ? NUMBERED_HEADING.exec(paragraphs[i].text) : null;
		// (a section is its heading and the paragraph under it; a question heads an explainer's question, not a point)
		if (!numbered || QUESTION_END.test(paragraphs[i].text) || i + 1 >= paragraphs.length || paragraphs[i + 1].heading) {
			if (paragraphs[i].heading) flush();
			continue;
		}
		const number = Number(numbered[1]);
		if (run.length && number !== expected) flush();
		run.push(i);
		expected = number + 1;
	}
	flush();
	return leads;
}

/** The proposal mentions of an article and the provisions it reports. */
export function extractProvisions(article: ParsedArticle): {proposals: ProposalMention[]; provisions: LocalProvision[]} {
	refCache.clear();
	triggerCache.clear();
	const proposals = proposalMentions(article);
	const listed = listBlockTerms(article);
	const provisions = listed.provisions;
	let previousYielded = false;
	// the last sentence that stated a term (see reciprocalTerm)
	let yieldedAt = -1;
	const binding = speaksOfBindingDeal(article);
	const sectionLeads = proposals.length ? numberedSectionLeads(article) : new Set<number>();
	article.sentences.forEach((sentence, index) => {
		// a question asks what a deal will do ("Who will enforce the zone?"); it states no term
		if (listed.paragraphs.has(sentence.paragraph) || article.paragraphs[sentence.paragraph].heading || QUESTION_END.test(sentence.text)) {
			previousYielded = false;
			return;
		}
		const gapped = yieldedAt >= 0 && yieldedAt === index - 2 && article.sentences[yieldedAt].paragraph === sentence.paragraph;
		const sources = sentenceTerms(sentence, article.sentences[index - 1], previousYielded, proposals.length > 0, binding, gapped);
		// One hedge per sentence, however many of its clauses state terms.
		const hedge = sources.length ? hedgeOf(sentence.text) : null;
		// "The agency that co-signed the accord says 27.": a number alone is no term
		const terms = sources.flatMap((source) => termsOf(source, sentence, article, hedge)).filter((term) => WORDED.test(term.summary));
		// (a section's opening sentence no rule reads states its point when it says what will be: "Kell will be rebuilt …")
		if (!terms.length && sectionLeads.has(index) && TERM_MODAL.test(sentence.text) && !isNewsItem(sentence.text) && !notATerm(sentence.text) && !pastEventItem(sentence.text)) {
			const summary = capitalise(cleanTerm(sentence.text));
			if (WORDED.test(summary)) terms.push({summary, evidence: {article: article.id, text: sentence.text, offset: sentence.start, rule: 'provision.numbered-section', hedge: hedgeOf(sentence.text)}});
		}
		// "… a commission will oversee the dam. Its chair will rotate each year.": the next sentence says more of the same term.
		const last = provisions.at(-1);
		if (previousYielded && last && terms.length === 1 && terms[0].evidence.rule === 'provision.continued' && POSSESSIVE_START.test(terms[0].summary) && namesBodyOrDeal(last.summary)) {
			provisions[provisions.length - 1] = {...last, summary: `${last.summary}; ${terms[0].summary.charAt(0).toLowerCase()}${terms[0].summary.slice(1)}`};
			return;
		}
		// "… a five-member panel will investigate. Two members will be named by each side.": one term told in two sentences,
		// kept together as a list item's sentences are (the merge joins them unless another outlet states them apart).
		if (previousYielded && last && terms.length === 1 && terms[0].evidence.rule === 'provision.continued' && countsMembersOf(terms[0].summary, last.summary)) {
			const item = last.item ?? last.evidence.offset;
			provisions[provisions.length - 1] = {...last, item};
			provisions.push({...terms[0], item});
			return;
		}
		// "Velmar will free five Tolsanders. Tolsand will release seven Velmarese.": one swap told from both ends, one term.
		if (previousYielded && last && terms.length === 1 && handsBackInTurn(last.summary, terms[0].summary)) {
			const item = last.item ?? last.evidence.offset;
			provisions[provisions.length - 1] = {...last, item};
			provisions.push({...terms[0], item});
			previousYielded = true;
			yieldedAt = index;
			return;
		}
		provisions.push(...terms);
		// "Both sides will abide by it in full.": a pledge to keep the deal states no term, but the terms around it run on.
		previousYielded = terms.length > 0 || sources.some((source) => keepsTheDeal(cleanTerm(source.text)));
		if (terms.length) yieldedAt = index;
	});
	return {proposals, provisions};
}
