/**
 * Casualty, force, territory and other figures in one article. A number is a figure only when the
 * words around it say what it counts (a casualty verb or noun, forces, equipment or targets with a
 * strike verb, a percentage, money, a plan's points, a deal's term); dates, years, times, ordinals,
 * ages, durations and numbers inside names are not figures.
 */
import {ARMED_NOUNS, SPARED_FATES, CAMP_NOUNS, CAPTIVE_NOUNS, CAPTIVE_PARTICIPLES, CAPTIVITY_AFTER, CAPTIVITY_BEFORE, CAPTOR_VERBS, CASUALTY_WORDS, CHILD_CAPTIVE_NOUNS, FORCE_NOUNS, FOUND_WORDS, HOUSING_VERBS, LOST_PEOPLE_NOUNS, NOT_DISPLACEMENT_CAMPS, NOT_PEOPLE_PLURALS, PEOPLE_MODIFIERS, PEOPLE_NOUNS, PERSON_NOUNS, REMAINS_NOUNS, RETURN_WORDS, TREATED_NOUNS, INJURY_NOUNS, HOSTAGE_TAKERS, LEFT_PLACES, RESIDENT_NOUNS, SHELTER_PLACES, SHELTERED_GROUPS, type CasualtyKind} from '../lexicon/casualties.js';
import {DAMAGE_WORDS, DEPLOYMENT_VERBS, DESTRUCTION_WORDS, DOWNING_WORDS, EQUIPMENT_NOUNS, LAUNCH_WORDS, OUTAGE, POLICE_NOUNS, TARGET_NOUNS, TROOP_NOUNS} from '../lexicon/military.js';
import {AGE_LIMIT_WORDS, AREA_UNITS, QUALIFIERS, MONTHS, BODY_NOUNS, COMPOUND_MEASURE_UNITS, COUNTED_TERMS, POWER_UNITS, DISTANCE_RELATIONS, DISTANCE_UNITS, FRONT_NOUNS, MEASURE_UNITS, OFFICE_HOLDERS, QUANTITY_UNITS, PARTY_NOUNS as PARTIES, PERSONNEL_ACTIONS, PLAN_NOUNS, RATE_CUT_VERBS, REVIEW_NOUNS, REVIEW_VERBS, SOURCE_NOUNS as SOURCES, STOPPAGE_CALL_VERBS, STOPPAGE_NOUNS, STORY_MEASURE_UNITS, TERM_ACTIONS, TERM_MODALS, TERM_NOUNS, TERM_VERBS, TERRITORY_WORDS, TIME_ASKING_VERBS, TIME_GIVING_VERBS, TIME_UNITS, ZONE_NOUNS} from '../lexicon/numbers.js';
import {CALL_TO_ACTION_OPENINGS} from '../lexicon/chrome.js';
import type {Evidence, FigureKind, ParsedArticle} from '../model.js';
import {COUNT, currencyWordsIn, findNumbers, isTitleCase, notAFigure, type NumberMention} from './numbers.js';
import {disasterPlace, NAME_SPAN, placeIn, sideOfWord, sourceOf} from './places.js';
import {alternation, anyOfWords, asciiTwin, asciiTwinFor, charClass, codePointAt, endingInWord, LETTER, NUMBER, phraseAtStart, widthOf, WORD_START} from '../text-scan.js';

export interface LocalFigure {
	value: number | null;
	qualifier: string | null;
	kind: FigureKind;
	text: string;
	place: string | null;
	source: string | null;
	/** What the number counts, as written ("people", "airfields", "Tornado"), for telling apart figures of one kind. */
	counts?: string | null;
	evidence: Evidence;
}

/**
 * What the article said before a sentence, which a count with its noun left out refers back to: the last count of
 * people or things in the sentences just before ("47 hostages … the first 15"), the captives the article is about
 * ("How many hostages are there? The list has 47 names"), and the text of the sentences just before ("them").
 */
interface ArticleContext {
	earlier?: Reading | null;
	people?: readonly PeopleCount[];
	captives?: FigureKind | null;
	before?: string;
}

/** A count of people read before (a toll, captives, a force), with its value. */
interface PeopleCount {
	reading: Reading;
	value: number | null;
}

/** How the words around a number classify it. */
interface Reading {
	kind: FigureKind;
	rule: string;
	/** Offsets of the phrase that states the figure, within the sentence. */
	start: number;
	end: number;
	counts: string | null;
}

const lowerSet = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()));

const CASUALTY_KINDS = Object.keys(CASUALTY_WORDS) as CasualtyKind[];
const TOLL_VERBS = ['rose', 'rises', 'risen', 'climbed', 'climbs', 'jumped', 'reached', 'reaches', 'stood', 'stands', 'topped', 'tops', 'increased', 'was', 'is', 'now', 'at', 'to', 'of'];
// The words a casualty verb's phrase can end in: the verb, a verb of its toll (glued to "has" too: the pattern allows no space), a determiner.
const verbBeforeEndings = (kind: CasualtyKind) => [...CASUALTY_WORDS[kind].before, ...TOLL_VERBS, ...['has', 'had', 'have'].flatMap((auxiliary) => TOLL_VERBS.map((verb) => auxiliary + verb)), 'of', 'another', 'some', 'the'];
const VERB_BEFORE = CASUALTY_KINDS.map((kind) => {
	// ("the toll has since risen to 35": an adverb between the auxiliary and the verb)
	const pattern = new RegExp(`\\b(?:${alternation(CASUALTY_WORDS[kind].before)})(?:\\s+(?:(?:has|had|have)(?:\\s+(?:since|now|already|again|further|also))?)?\\s*(?:${TOLL_VERBS.join('|')}))*\\s+(?:(?:a total of|another|some|the)\\s+)?$`, 'i');
	return {kind, pattern: endingInWord(pattern, verbBeforeEndings(kind)), ungated: pattern};
});
const WORD_AFTER = CASUALTY_KINDS.map((kind) => ({kind, pattern: phraseAtStart(CASUALTY_WORDS[kind].after)}));
// Whether any kind's word starts a text: tested once per word before the kinds are tried one by one.
const ANY_WORD_AFTER = phraseAtStart(CASUALTY_KINDS.flatMap((kind) => CASUALTY_WORDS[kind].after));
// the armed count too: "70 gunmen were killed", "12 insurgents were captured"
const PEOPLE = lowerSet([...PEOPLE_NOUNS, ...PERSON_NOUNS, ...ARMED_NOUNS]);
const MODIFIERS = lowerSet(PEOPLE_MODIFIERS);
const PEOPLE_AFTER = new RegExp(`^\\s*(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(PEOPLE_NOUNS)})\\b`, 'iv');
// ("got", "get": a passive said with get, "1,634 individuals got injured")
const LINKS = new Set(['and', 'a', 'an', 'the', 'of', 'including', 'who', 'that', 'were', 'was', 'have', 'has', 'had', 'been', 'are', 'is', 'being', 'got', 'get', 'gets', 'gotten', 'reportedly', 'also', 'so', 'far', 'all', 'more', 'reported', 'confirmed', 'as', 'now', 'still', 'people', 'others', 'in', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'believed', 'feared', 'presumed', 'thought', 'to', 'be', 'whom', 'them', 'remain', 'remained', 'remains', 'among', 'listed', 'declared', 'identified', 'verified', 'registered', 'recorded', 'documented', 'officially', 'seriously', 'critically', 'badly', 'severely', 'slightly', 'lightly', 'gravely', 'known', 'later', 'temporarily', 'permanently', 'forcibly', 'newly', 'may', 'might', 'could']);
const EQUIPMENT = new RegExp(`^(?:${alternation(EQUIPMENT_NOUNS)})\\b`, 'i');
const TARGETS = new RegExp(`^(?:${alternation(TARGET_NOUNS)})\\b`, 'i');
const TROOPS = new RegExp(`^(?:${alternation(TROOP_NOUNS)})\\b`, 'i');
const ARMED_OR_TROOPS = new RegExp(`^(?:${alternation([...TROOP_NOUNS, ...ARMED_NOUNS])})$`, 'i');
const ARMED = new RegExp(`^(?:${alternation(ARMED_NOUNS)})\\b`, 'i');
const DAMAGE = new RegExp(`\\b(?:${alternation(DAMAGE_WORDS)})\\b`, 'i');
const DOWNING = new RegExp(`\\b(?:${alternation(DOWNING_WORDS)})\\b`, 'i');
const DESTRUCTION = new RegExp(`\\b(?:${alternation(DESTRUCTION_WORDS)})\\b`, 'i');
const LAUNCH = new RegExp(`\\b(?:${alternation(LAUNCH_WORDS)})\\b[^,;]*$`, 'i');
const TERM_NOUN = new RegExp(`^-(?:hour|day|week|month|year)s?(?:\\s+[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+){0,2}?\\s+(?:(?:${alternation([...TERM_NOUNS, ...REVIEW_NOUNS])})s?|reductions?|cuts?|truce|deal|agreement)\\b`, 'iv');
const TERM_VERB = new RegExp(`\\b(?:${alternation(TERM_VERBS)}|slash|slashed|roll back|rolled back|pledging to \\w+)\\b`, 'i');
// "the first phase will last 42 days", "Phase one (42 days)": the length of a deal's stage ("the agreement, which runs for 90 days", "is valid for 90 days")
const TERM_LASTS_PATTERN = new RegExp(`\\b(?:${alternation(TERM_NOUNS)})(?:\\s*,\\s*(?:which|that)\\s+|\\s+)(?:[^,;.]{0,80}?\\s(?:and\\s+)?)?(?:(?:will|would|shall|is to|is due to|is set to|is expected to)\\s+)?(?:last|lasts|run|runs|(?:is|was)\\s+(?:set\\s+)?(?=for\\b)|(?:is|was|will\\s+be|would\\s+be|remains?)\\s+valid(?=\\s+for\\b))\\s*(?:for\\s+)?(?:an?\\s+(?:initial|first)\\s+)?$`, 'i');
const TERM_LASTS = endingInWord(TERM_LASTS_PATTERN, ['last', 'lasts', 'run', 'runs', 'for', 'initial', 'first']);
const TERM_BRACKET_PATTERN = new RegExp(`\\b(?:${alternation(TERM_NOUNS)})(?:\\s+(?:one|two|three|four|\\d|[IVX]+))?\\s*\\(\\s*$`, 'i');
const TERM_BRACKET = endingInWord(TERM_BRACKET_PATTERN, ['']);
// "an initial term of 90 days", "a duration of six months": the deal's own length
const TERM_OF_PATTERN = new RegExp(`\\b(?:term|duration|lifespan|${alternation(TERM_NOUNS)})\\s+of\\s+(?:(?:about|some|up to)\\s+)?$`, 'i');
const TERM_OF = endingInWord(TERM_OF_PATTERN, ['of', 'about', 'some', 'to']);
// "extended for another 12 months", "renewed for a further year": the extension is a term as the first span is
const TERM_PREPOSITION_PATTERN = /\b(?:for|within|during|over)\s+(?:a\s+further\s+|an\s+additional\s+|another\s+|a\s+|the\s+(?:first\s+|next\s+)?)?$/i;
const TERM_PREPOSITION = endingInWord(TERM_PREPOSITION_PATTERN, ['for', 'within', 'during', 'over', 'a', 'the', 'further', 'additional', 'another', 'first', 'next']);
// "must exchange lists within 45 days", "will review the controls every six months": a time limit set by an obligation
const DEADLINE_PREPOSITION_PATTERN = /\b(?:within|every|no later than)\s+(?:the\s+(?:next\s+)?)?$/i;
const DEADLINE_PREPOSITION = endingInWord(DEADLINE_PREPOSITION_PATTERN, ['within', 'every', 'than', 'the', 'next']);
// "a liaison committee meets every two weeks": a body's schedule is a term even in the present tense
const MEETS_EVERY_PATTERN = /\b(?:meets?|meeting|convenes?|sits?|reports?|reviews?|rotates?|alternates?)\b[^.;]{0,60}\bevery\s+$/i;
const MEETS_EVERY = endingInWord(MEETS_EVERY_PATTERN, ['every']);
// "the truce takes effect 48 hours after signing": a step of the deal counted from its signing
const AFTER_SIGNING = /^\s+(?:after|of|from|following)\s+(?:its\s+|their\s+|the\s+)?(?:signing|signature|ratification|entry into force|the\s+(?:deal|agreement|accord|ceasefire|truce|memorandum)\s+(?:is\s+signed|was\s+signed|takes\s+effect|enters\s+into\s+force))\b/i;
const TAKES_EFFECT = /\b(?:takes?|took|taking)\s+effect|\b(?:comes?|came|coming|enters?|entered|entering)\s+into\s+force|\b(?:begins?|starts?|expires?|ends?)\s+$/i;
// "within 48 hours of docking", "within 30 days of signing": a time limit counted from a step of the deal itself
// "within 24 hours of a request", "within 24 hours of asking": a time limit counted from a step the deal provides for
const SINCE_EVENT = /^\s+of\s+(?:its\s+|their\s+|the\s+|a\s+|an\s+)?(?:arrival|arriving|signing|signature|ratification|entry into force|docking|notification|request|asking|being asked|notice|complaint|the\s+(?:deal|agreement|accord|ceasefire|truce)\s+(?:taking effect|being signed|coming into force))\b/i;
const RATE_FOR_PATTERN = new RegExp(`\\b(?:${alternation(RATE_CUT_VERBS)})\\b[^.;]{0,60}?\\s(for\\s+)$`, 'i');
const RATE_FOR = endingInWord(RATE_FOR_PATTERN, ['for']);
const TERM_MODAL = new RegExp(`\\b(?:${alternation(TERM_MODALS)})\\b`, 'i');
// "About 6,000 militiamen to be demobilised within nine months": a list line's infinitive of obligation
const TO_BE_DONE = /\bto be\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ed|en)\b/v;
/** Whether a sentence states an obligation or plan, so a time limit in it is a deal's term rather than a duration. */
const isObligation = (sentence: string) => TERM_MODAL.test(sentence) || TO_BE_DONE.test(sentence) || INSTRUCTED_TO.test(sentence);
// "The ministers instructed their services to hold the first meeting within thirty days": a step someone is ordered to take
const INSTRUCTED_TO = /\b(?:instructs?|instructed|orders|ordered|directs?|directed|tasks?|tasked|mandates?|mandated|obliges|obliged|commits|committed)\s+(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}?to\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]{2,}/v;
const NEXT_MEETING_IN = /\b(?:review|meeting|summit|session|talks)\s+(?:is|are|will\s+be|is\s+due|falls)\s+in\s+$/i;
const MEET_AGAIN_IN = /\b(?:meet|reconvene|convene|gather)\s+again\b[^.;,]{0,40}?\s+in\s+$/i;
// "will be reviewed after five years", "is to be reviewed five years after it enters into force", "expires in two years"
const REVIEW_BEFORE_PATTERN = new RegExp(`\\b(?:${alternation(REVIEW_VERBS)})\\s+(?:(?:after|in|every|within)\\s+)?$`, 'i');
const REVIEW_BEFORE = endingInWord(REVIEW_BEFORE_PATTERN, [...REVIEW_VERBS, 'after', 'in', 'every', 'within']);
// "will review the arrangement in Varnholm after six months", "renew the protocol every two years": the review with its object
const REVIEW_OBJECT_BEFORE_PATTERN = new RegExp(`\\b(?:${alternation(REVIEW_VERBS)}|look again at)\\s+(?:the|its|their|this|that)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+(?:in|at)\\s+[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]*)?\\s+(?:after|in|every|within)\\s+$`, 'iv');
const REVIEW_OBJECT_BEFORE = endingInWord(REVIEW_OBJECT_BEFORE_PATTERN, ['after', 'in', 'every', 'within']);
// "maturities will be extended by 12 years", "can be extended by a further seven days", "an extension of maturities by 12 years"
// "an extension of another seven days": the extension's own length, said with "of" and a word of more
const EXTENDED_BY_PATTERN = /\b(?:(?:extend|extends|extended|extending|prolong|prolonged|lengthened|pushed back|pushed out)\s+by|extension\s+of\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,3}?by|extension\s+of(?=\s+(?:a\s+further|another)\s+$))\s+(?:(?:a\s+further|another|up\s+to|a\s+maximum\s+of)\s+)?$/iv;
const EXTENDED_BY = endingInWord(EXTENDED_BY_PATTERN, ['by', 'further', 'another', 'to', 'of']);
// "promise not to strike for 18 months", "will not enrich uranium above 5% for ten years": a negated obligation's span
// (and a ban for a span: "Neither army may send patrols into the zone for 90 days", "Patrols are banned for 90 days", "a ban on patrols … for 90 days")
const NOT_TO = /\b(?:not\s+to|will\s+not|won['’]t|must\s+not|shall\s+not|may\s+not|barred\s+from|banned\s+from|(?:are|is|be|remain|remains)\s+(?:banned|barred|prohibited|forbidden)|ban\s+on|[Nn]either\s+[^.;,]{1,40}?\s(?:may|can|shall|will)\s)\b/i;
// a list line that tells what happened ("- Fighting for ten days killed 40") is no term
const PAST_TENSE = /\b(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}ed|was|were|had|fled|fought|took|lost|left|began|died)\b/v;
const PAST_TENSE_ALL = new RegExp(PAST_TENSE.source, 'gv');
// "two members named by each side", "the state of emergency declared on Nov. 2": a participle that describes a noun
const DESCRIBING_PARTICIPLE = /^\s+(?:by\b|(?:on|in|since)\s+(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]]|\d))/v;

/**
 * Whether a clause tells of the past: a past verb that is not a participle describing a noun ("members named by each
 * side", "visit declared sites", "150 unarmed observers") nor a passive after a modal or in the present ("should be
 * released", "ships are released within five days").
 */
function tellsPast(clause: string): boolean {
	for (const past of clause.matchAll(PAST_TENSE_ALL)) {
		if (!/ed$/.test(past[0])) return true;
		const rest = clause.slice(past.index + past[0].length);
		if (DESCRIBING_PARTICIPLE.test(rest) || ADJECTIVE_BEFORE_NOUN.test(rest) || /\b(?:be|is|are)\s+$/i.test(clause.slice(Math.max(0, past.index - 5), past.index))) continue;
		return true;
	}
	return false;
}
/**
 * The clause a span sits in, between commas too: "The 21 poachers our coast guard arrested, lawfully, in our waters, go
 * free within 14 days" tells of the freeing. A span alone between commas ("Within 48 hours, police had …") is read with
 * the clause it opens.
 */
function commaClauseAround(sentence: string, start: number, end: number): string {
	const opening = Math.max(...[',', ';', ':', ' - ', '—'].map((mark) => sentence.lastIndexOf(mark, start)));
	const closing = /[,;:—]|\s-\s/.exec(sentence.slice(end));
	const clause = sentence.slice(opening + 1, closing ? end + closing.index : sentence.length);
	return /[\p{L}--[\u{10000}-\u{10FFFF}]]{3,}/v.test(clause.replace(sentence.slice(start, end), '')) ? clause : clauseAround(sentence, start, end);
}

// "signed an accord on Monday to clear the mines within six weeks": the span belongs to the infinitive, whatever verb sets it
const INFINITIVE = /\bto\s+(?!be\b)[\p{Ll}--[\u{10000}-\u{10FFFF}]]{2,}\b/gv;

/** The words from the last infinitive before a span to its end ("to clear the mines within six weeks"), or null. */
function infinitiveOf(sentence: string, from: number, end: number): string | null {
	const before = sentence.slice(Math.max(0, from - 100), from);
	let last = -1;
	for (const infinitive of before.matchAll(INFINITIVE)) last = infinitive.index;
	// (no clause break between: "…to clear the mines; the town fell within days" is another clause's)
	return last < 0 || /[;:]/.test(before.slice(last)) ? null : before.slice(last) + sentence.slice(from, end);
}
// "declared sites", "unarmed observers": an -ed word right before a plural noun describes it
const ADJECTIVE_BEFORE_NOUN = /^\s+(?!(?:was|has|is|does|as|us|this|its|his|hers|ours|theirs|yours|across|always|perhaps|towards|afterwards|besides|unless|less|thus|dozens|scores|hundreds|thousands|millions|tens)\b)[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}s\b/v;
// "will enrich uranium to no more than 5% for ten years": a cap a deal sets, held for its term
const CAPPED = /\b(?:no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of|capped\s+at)\b/i;
// "lists of names at least 24 hours before each convoy": notice counted back from each step a deal orders
const BEFORE_EACH = /^\s+(?:hours?|days?|weeks?)\s+(?:before|ahead\s+of|prior\s+to)\s+(?:each|every|any|all)\b/i;
// "lends $5.6bn over three years", "a $2 billion package over five years": money given over a term
// "480 million euros over three years", "half a billion euros, give or take, over three years": a sum said in words spread over years too
const LENT_OVER = /(?:\b(?:lend|lends|lent|loan|credit|provide|provides|disburse|disbursed|package|facility|programme|program|aid)\b[^.;]{0,60}?|(?:[$€£]\s?[\d.,]+\s*(?:bn|billion|million|m)?|\b(?:million|billion|bn)\s+[a-z]+)[^.;]{0,30}?)\s(?:over|across)\s+(?:the\s+next\s+)?$/i;

// "The handover within 14 days of seized fishing crews", "withdrawal of heavy weapons within 72 hours": a term listed as a noun
const ACTION_WITHIN_PATTERN = new RegExp(`\\b(?:${alternation(TERM_ACTIONS)})(?:\\s+(?:of|to|from)\\s+(?:the\\s+|all\\s+|an?\\s+)?[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+){0,2}?)?\\s+(?:within|no later than)\\s+(?:the\\s+(?:next\\s+|first\\s+)?)?$`, 'iv');
const ACTION_WITHIN = endingInWord(ACTION_WITHIN_PATTERN, ['within', 'than', 'the', 'next', 'first']);
// "the resettlement will take ninety days", "the withdrawal is to take 30 days": how long a step the deal sets lasts
const ACTION_TAKES_PATTERN = new RegExp(`\\b(?:${alternation(TERM_ACTIONS)})\\s+(?:(?:will|would|is\\s+to|is\\s+expected\\s+to|should|must)\\s+)take\\s+(?:(?:about|some|up\\s+to|no\\s+more\\s+than|at\\s+most)\\s+)?$`, 'i');
const ACTION_TAKES = endingInWord(ACTION_TAKES_PATTERN, ['take', 'about', 'some', 'to', 'than', 'most']);
// "A joint review of the scheme after 90 days", "a review every six months": when a deal is reviewed, said as a noun
const REVIEW_NOUN_BEFORE_PATTERN = new RegExp(`\\b(?:${alternation(REVIEW_NOUNS)})(?:\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+){0,2}?)?\\s+(?:after|in|every|within)\\s+$`, 'iv');
const REVIEW_NOUN_BEFORE = endingInWord(REVIEW_NOUN_BEFORE_PATTERN, ['after', 'in', 'every', 'within']);
// "48 hours' notice", "told 48 hours in advance", "routes notified six hours ahead": a notice period
const NOTICE_AFTER = /^(?:\s+|-)(?:hour|day|week|month)s?(?:['’]|\s+of)?\s+(?:(?:advance|prior|written)\s+)?(?:notice|in advance|beforehand|ahead\b(?!\s+of\b))\b/i;
// "pulled back in three phases over 21 days": the span a deal's staged step is spread over
const PHASED_OVER_PATTERN = /\b(?:phases|stages|steps|tranches|instalments|installments)\s+(?:over|within|during)\s+(?:the\s+(?:next\s+|following\s+)?)?$/i;
const PHASED_OVER = endingInWord(PHASED_OVER_PATTERN, ['over', 'within', 'during', 'the', 'next', 'following']);
// "findings due within 72 hours": a deadline said with "due"
const DUE_WITHIN_PATTERN = /\bdue\s+(?:within|in)\s+(?:the\s+(?:next\s+)?)?$/i;
const DUE_WITHIN = endingInWord(DUE_WITHIN_PATTERN, ['within', 'in', 'the', 'next']);
// "the inspectors then have 72 hours to report", "crews get six hours to leave": a time allowed for a step
const HAVE_BEFORE_PATTERN = /\b(?:have|has|had|get|gets|are given|is given|will be given)\s+(?:only\s+|just\s+|then\s+)?$/i;
const HAVE_BEFORE = endingInWord(HAVE_BEFORE_PATTERN, ['have', 'has', 'had', 'get', 'gets', 'given', 'only', 'just', 'then']);
const TO_VERB_AFTER = /^\s+to\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+/v;
// "- Bridge reopened to convoys within 72 hours", "3. Detainees exchanged within ten days": a list line of a deal's terms
const LIST_LINE = /^\s*(?:[-–•*]|\d{1,2}[.)])\s/;
// "a hotline staffed 24 hours a day": how much of each day a duty lasts
const PER_DAY_AFTER = /^\s+(?:a|per|each|every)\s+(?:day|week)\b/i;
// "For thirty days X promises not to …", "It runs for 30 days": the deal's length opening the sentence or told of "it"
const FOR_OPENING_PATTERN = /^\s*(?:For|for)\s+(?:the\s+next\s+)?$|\b(?:[Ii]t|[Tt]he\s+(?:deal|agreement|accord|understanding|arrangement|pact|memorandum|framework))\s+(?:(?:will|would|is to|is due to)\s+)?(?:runs?|lasts?|holds?)\s+(?:for\s+)?$/;
const FOR_OPENING = endingInWord(FOR_OPENING_PATTERN, ['for', 'next', 'run', 'runs', 'last', 'lasts', 'hold', 'holds']);
// "the death toll from the floods that swept the X basin over the weekend rose to 48": up to fourteen words between toll and verb
// (a date or year may stand between: "the death toll from the conflict since October 7, 2023, has reached …";
// a death count, or a count raised: "The number of those injured was raised to more than 1,000", "expected to climb past 75")
// (a combined or final toll is the dead too, and a toll may be forecast: "is likely to be", "could rise to");
// a health authority's own count is its death toll ("the health ministry's count has risen to 221")
// (a magnitude inside the toll's subject, "the toll from the magnitude 7.7 quake rose to …", is one of its words)
const TOLL_PATTERN = /\b(?:(death|casualty|injury)\s+(?:toll|count|tally)|(?:combined|overall|total|final|true|official|civilian|confirmed|latest|provisional|preliminary|updated|revised)\s+toll|health\s+(?:ministry|authorities|authority|officials|directorate|department|office|service)['’]s?\s+(?:(?:latest|own|official|new|last)\s+)?(?:count|tally|figure)|(?:number|count|tally|toll)\s+(?:of\s+(?:the\s+|those\s+)?(?:(?:people|civilians|persons)\s+)?(?:(?:confirmed|reported|officially)\s+)?)?(dead|deaths|fatalities|injured|wounded|killed|hurt)|(fatalities|deaths))\b,?(?:\s+(?!that\s+(?:the|a|an|its|their|his|her)\s)(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+|\d{1,2}(?:\.\d)?|\d{4}),?){0,14}?\s+(?:has\s+|had\s+|have\s+)?(?:rose|rises|risen|rising|climbed|climbs|jumped|jumps|reached|reaches|stood|stands|increased|hit|hits|topped|tops|passed|surpassed|(?:went|goes|gone|has\s+gone)\s+up|(?:was|has\s+been|had\s+been)\s+(?:raised|revised|updated|put)(?:\s+up)?|was|is|now|(?:could|may|might|will|would|(?:is|was|are)\s+(?:likely|expected|feared|thought|believed|set)\s+to)\s+(?:be|rise|climb|reach|exceed|top|pass|surpass))\s+(?:from\s+(?:about\s+|around\s+|some\s+)?[\d,.]+\s+)?(?:at\s+|to\s+|past\s+|beyond\s+)?['"“‘]?(?:at least\s+|nearly\s+|about\s+|more than\s+|(?:well\s+)?(?:over|above)\s+|almost\s+|around\s+|close\s+to\s+)?$/iv;
// "bringing the confirmed death toll from the shipwreck to 31": a toll raised by the finds before it
const BROUGHT_TO_BEFORE = /\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushed)\s+to\s+(?:(?:at least|nearly|about|more than|over|almost)\s+)?$/i;
const COUNT_AFTER_BROUGHT = /^\s+the\s+(?:(?:confirmed|official|total)\s+)?(?:number|count|tally|toll)\s+of\s+(?:the\s+)?(?:(?:people|civilians|persons|those)\s+)?(?:(?:confirmed|reported)\s+)?(dead|killed|deaths|fatalities|injured|wounded|hurt|missing|displaced)\b/i;
const TOLL_BROUGHT = asciiTwin(/\b(?:bringing|brought|brings|taking|took|takes|pushing|pushed|raising|raised)\s+(?:the|its|their)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(death|casualty|injury)\s+toll\b[^.;]{0,60}?\s+to\s+(?:at least\s+|nearly\s+|about\s+|more than\s+|over\s+|almost\s+)?$/iv);
const TOLL = endingInWord(TOLL_PATTERN, ['', 'past', 'beyond', 'raised', 'revised', 'updated', 'put', 'up', 'above', 'around', 'be', 'rise', 'climb', 'reach', 'exceed', 'top', 'pass', 'surpass', 'rose', 'rises', 'risen', 'rising', 'climbed', 'climbs', 'jumped', 'jumps', 'reached', 'reaches', 'stood', 'stands', 'increased', 'hit', 'hits', 'topped', 'tops', 'passed', 'surpassed', 'was', 'is', 'now', 'at', 'to', 'least', 'nearly', 'about', 'than', 'over', 'almost']);
const MEASURE = new RegExp(`^\\s*(?:${alternation(MEASURE_UNITS)})\\b`, 'i');
// "a runway of nearly 2,500 metres", "the 94-metre dam", "mortars above 82mm": a thing's size, depth, speed or weight
const STORY_MEASURE = new RegExp(`^(?:\\s*(${alternation(STORY_MEASURE_UNITS)})|-(${alternation(COMPOUND_MEASURE_UNITS)})(?=\\s+[\\p{L}--[\\u{10000}-\\u{10FFFF}]]))(?![[\\p{L}\\p{N}]--[\\u{10000}-\\u{10FFFF}]])`, 'iv');
const TIME_UNIT = new RegExp(`^(?:${alternation(TIME_UNITS)})s?$`, 'i');
const PLAN_NOUN = new RegExp(`^\\s*(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(PLAN_NOUNS)})\\b`, 'iv');
// "20% of X", "20% of X's territory", not "70% of X's rare earth output"
const TERRITORY = /^\s*of\s+(?:(?:the|its|their)\s+)?(?:(?:country|nation|[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{L}--[\u{10000}-\u{10FFFF}]]+)['’]s\s+)?(?:(?:national|whole|entire|total|sovereign|internationally recognised|internationally recognized)\s+)?(?:territory|land|the country|(?:province|region|state|district|oblast|enclave|strip|island)\b|(?:valley|peninsula|plateau|delta|basin|highlands|countryside|territories)\b(?!['’])|what\s+[^,;.]{1,40}?\s+(?:calls?|considers?|claims?)\s+(?:as\s+)?(?:its|their)\s+(?:own\s+)?territory\b|[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{L}--[\u{10000}-\u{10FFFF}]]+(?![[\p{L}'’]--[\u{10000}-\u{10FFFF}]]))/v;
const PLAN_BEFORE = new RegExp(`\\b(?:${alternation(PLAN_NOUNS)})\\b[^,;]{0,30}$`, 'i');
const STAKE_WORDS = /\b(?:stakes?|shares?|shareholders?|equity|stock|votes?|seats|market)\b/i;
const TERRITORY_VERB = new RegExp(`\\b(?:${alternation(TERRITORY_WORDS)})\\b`, 'i');
const AREA = new RegExp(`^\\s*(?:${alternation(AREA_UNITS)})(?![\\p{L}--[\\u{10000}-\\u{10FFFF}]])`, 'iv');
const PERSONNEL_ACTION = new RegExp(`\\b(?:${alternation(PERSONNEL_ACTIONS)})\\s+(?:the\\s+)?$`, 'i');
const OFFICIALS = new RegExp(`^\\s*(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(OFFICE_HOLDERS)})\\b`, 'iv');
const SOURCE_NOUNS = new RegExp(`^\\s*(?:[[\\p{L}.\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:${alternation(SOURCES)})\\b`, 'iv');
const COUNTERFACTUAL = asciiTwin(/\b(?:could|would|might|may)\s+have\s+(?!to\b)[\p{L}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{L}--[\u{10000}-\u{10FFFF}]]+)?\s+$/iv);
const MAGNITUDE_BEFORE_PATTERN = /\bmagnitude(?:\s+of)?\s+$/i;
const MAGNITUDE_BEFORE = endingInWord(MAGNITUDE_BEFORE_PATTERN, ['magnitude', 'of']);
const MAGNITUDE_AFTER = /^(?:-magnitude\b|\s+magnitude\b|\s+on the Richter scale\b)/i;
const COUNTED_TERM = new RegExp(`^(?:${alternation(COUNTED_TERMS)})$`, 'i');
const QUANTITY = new RegExp(`^\\s*(${alternation(QUANTITY_UNITS)})\\s+of\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+`, 'iv');
// "forces stay at least 2 km from populated areas", "a buffer zone 15 kilometres wide": a ceasefire's line, unlike "300 km to the south"
const BUFFER_DISTANCE = /^\s*(km|kilometres|kilometers|nautical miles|miles|metres|meters)\s+(?:from|back|away|wide|deep)\b/i;
// "a three-member arbitration panel", "the eight-member body": a body's size said before it
const MEMBER_BODY = new RegExp(`^-member\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(BODY_NOUNS)})\\b`, 'iv');
// "a commission of eight members": the size said after the body
// "a commission of inquiry of five members": the body's own of-phrase may come first
const BODY_OF = asciiTwin(new RegExp(`\\b(?:${alternation(BODY_NOUNS)})\\s+(?:of\\s+[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?of\\s+$`, 'iv'));
// "two members named by each side", "Two members will be appointed by each government": a body's seats shared out
const MEMBERS_NAMED = /^\s+members?\s+(?:(?:will|would|shall|are to|is to|to)\s+be\s+)?(?:named|appointed|nominated|chosen|picked|selected|designated)\s+by\b/i;
// "a belt 12 km deep", "a strip 5 km wide": the zone named right before its depth or width
const ZONE_BEFORE = new RegExp(`\\b(?:${alternation(ZONE_NOUNS)})\\s+(?:of\\s+|(?:(?:will|would|must|shall|is to)\\s+be|is|was)\\s+)?$`, 'i');
// "a 5-kilometre exclusion zone", "a 20-mile buffer along the coast": the zone's size said before it
// ("a 20-nautical-mile zone", "a 5-km-wide corridor": the unit may be nautical, and a width joined on)
const ZONE_AFTER = new RegExp(`^(?:-|\\s*)(?:nautical[\\s\\-]+)?(?:kilometres?|kilometers?|km|miles?|metres?|meters?)(?:-(?:wide|deep|long))?(?:\\s+[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+){0,2}?\\s+(?:${alternation(ZONE_NOUNS)})\\b`, 'iv');
const BUFFER_VERB = /\b(?:withdraw|withdrawn|withdrawing|withdraws|withdrawal|pull(?:ed|s|ing)?|pull-back|pullback|stay|stays|remain|remains|keep|kept|buffer(?:\s+zone)?|demilitari[sz]ed(?:\s+zone)?)\b[^.;]*$/i;
// "artillery kept 30 km from the city limits": the line a pull-back is measured from, whatever verb or none
const FROM_LIMITS = /^\s*(?:km|kilometres|kilometers|miles)\s+(?:back\s+)?from\s+the\s+(?:city|town|municipal|urban)\s+limits\b/i;
// "40 km (25 miles) east of the town", "three kilometres into its airspace": a distance tied to a place says where a thing is
const DISTANCE_TO_PLACE = new RegExp(`^\\s*(${alternation(DISTANCE_UNITS)})(?:\\s*\\([^\\(\\)]{1,30}\\))?\\s+(?:${alternation(DISTANCE_RELATIONS)})\\b(?:(?<=\\b(?:of|from|into|inside|outside|beyond|off|across))(?:\\s+(?:the|its|their|our|a|an))?\\s+[[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+)?`, 'iv');
// "If a howitzer is 24 km from the line, …": a distance in a condition is a case imagined, not a fact reported
const HYPOTHESIS = /(?:^|[,;:"“‘]\s*)(?:if|unless|even if|suppose|say)\s[^,;:]*$/i;
// "felt as far away as X, 300 km to the south": how far an effect reached, not where a thing of the story lies
const REACH = /\bas\s+far(?:\s+away)?\s+as\s+[^,;]{1,40},?\s*$/i;
// "11 votes in favour", "four abstentions", "three against": a vote's tally, in digits or words
const TALLY_AFTER = /^\s+(?:votes?\s+)?(in\s+favou?r|against|abstentions?)\b(?!\s+(?:of|the|a|an|his|her|its|their)\b)/i;
// "votes 11-0", "split 50-50", "by a vote of 9-6": the first number of a tally written with a dash
const TALLY_DASH_BEFORE = /\b(?:votes?|voted|vote\s+of|split|margin\s+of|passed)\s+$/i;
// "the government has a majority of four": a margin in a house is a vote count
const MAJORITY_OF = /\bmajority\s+of\s+(?:just\s+|only\s+)?$/i;
// "It has eleven points, and …", "The protocol has eight articles.": a document's length, told with its verb of having
const PLAN_LENGTH_BEFORE = /\b(?:has|have|had|contains?|comprises?|consists\s+of|runs\s+to)\s+$/i;
const PLAN_PARTS_AFTER = /^\s+(points|articles|clauses|sections|chapters|parts)\b(?=\s*(?:[,.;:]|$))/i;
// "The agreement we signed today does six things.": a speaker counting a document's terms
const DOES_THINGS_AFTER = /^\s+things\b(?=\s*(?:[.:;]|$))/i;
const PEOPLE_WORD = new RegExp(`\\b(?:${alternation([...PEOPLE_NOUNS, ...ARMED_NOUNS])})\\b`, 'gi');
/** The last word for people in a stretch of text ("fighters"), or null. */
function lastPeopleWord(text: string): string | null {
	let last: string | null = null;
	for (const match of text.matchAll(PEOPLE_WORD)) last = match[0];
	return last;
}
// "the troop ceiling falls from 9,800 to", "cuts the number of troops it may deploy from": a force's size set or changed
// ("the number of X personnel at the base may not exceed 2,500", "limits its personnel to 2,500", "put troop numbers at between 3,000 and 4,000")
const FORCE_LEVEL = /(?<!\w)(?:(?:troop|force)\s+(?:ceiling|cap|levels?|numbers?|strength)|(?:number|numbers|ceiling|cap)\s+of\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:troops|soldiers|peacekeepers|personnel|military personnel|uniformed personnel)|(?:authori[sz]ed|maximum)\s+(?:troop\s+)?(?:strength|ceiling)|(?:limits?|limited|limiting|caps?|capped|capping|cuts?|reduces?|reduced|reducing)\s+(?:its|their|the|each\s+side['’]s|both\s+sides['’]|(?:each|either)\s+(?:country|state|navy|army)['’]s)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:troops|personnel|soldiers|garrisons?|forces))\b(?:[^;.,]|,\d){0,60}?\b(?:(?:from|to|at)\s+(?:between\s+)?|exceed\s+)(?:(?:about|some|around|roughly|nearly|up to|just over|just under)\s+)?(?:[\d,]+\s+(?:and|to)\s+)?$/iv;
const SETTLEMENT_OF = asciiTwin(/\b(?:an?|the|its|this)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:town|city|village|district|suburb|neighbourhood|neighborhood|province|region|island|country|nation)\s+of\s+$/iv);
/** One name per unit of distance, so an article's "30 km from the city" and "30 kilometres away" are one figure. */
// "a 750-kilovolt line", "the 330kV backup", "5,700 megawatts": the grid's measures, each a figure of the plant or line
const POWER_UNIT = new RegExp(`^(?:-|\\s?)(${alternation(POWER_UNITS)})(?![[\\p{L}\\p{N}]--[\\u{10000}-\\u{10FFFF}]])`, 'v');
// "a radius of 20 kilometres around the plant", "within 400 metres of the switchyard": a zone's or an impact's distance
const RADIUS_OF = /\b(?:radius|perimeter)\s+of\s+$/i;
const WITHIN_OF = new RegExp(`^\\s*(${alternation(DISTANCE_UNITS)})\\s+of\\s+(?:the|its|their|a|an)\\s+[[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+`, 'iv');
/** One name for a power unit however it is written, so "750-kilovolt" and "750kV" are one measure. */
const powerUnit = (unit: string) => ({kv: 'kV', kilovolt: 'kV', kilovolts: 'kV', mw: 'megawatts', megawatt: 'megawatts', gw: 'gigawatts', gigawatt: 'gigawatts', kw: 'kilowatts', kilowatt: 'kilowatts', mwh: 'megawatt-hours', gwh: 'gigawatt-hours'})[unit.toLowerCase()] ?? unit.toLowerCase();
const distanceUnit = (unit: string) => unit.toLowerCase().replace(/^(?:kilometres|kilometers)$/, 'km').replace(/^meters$/, 'metres');
const VOTES_TO = /\bvotes?\s+(?:to|against)\s+$/i;
const TREATED = new RegExp(`^\\s*(?:(?:more|other|further)\\s+)?(?:${alternation(TREATED_NOUNS)})\\b`, 'i');
// "treating 22 soldiers for frostbite": whoever is treated for an injury is hurt
const TREATED_FOR = new RegExp(`^\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,3}?for\\s+(?:${alternation(INJURY_NOUNS)})\\b`, 'iv');
const PARTY_NOUNS = new RegExp(`^\\s*(?:${alternation(PARTIES)})\\b`, 'i');
const CAPTIVITY_VERB = new RegExp(`\\b(${alternation(CAPTIVITY_BEFORE)})\\s+(?:(?:the|all|another|a further|some|its|their|remaining|last|first)\\s+)*$`, 'i');
const CAPTIVITY_WORD_AFTER = new RegExp(`^(?:\\s+(?:who|that))?(?:\\s+(?:are|were|is|was|will|would|be|been|being|have|has|had|to|still|now|also|later|all|due|set))*\\s+(?:${alternation(CAPTIVITY_AFTER)})\\b`, 'i');
// "nine Dorvish radar operators", "six Kellan helicopter crew members", "60 captured sailors": people counted, up to three words first
const CAPTIVE_NOUN = new RegExp(`^\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,3}?(?:${alternation(CAPTIVE_NOUNS)})\\b`, 'iv');
const CAPTIVE_PARTICIPLE = new RegExp(`\\b(?:${alternation(CAPTIVE_PARTICIPLES)})\\s`, 'i');
// "23 soldiers captured the town" is what the soldiers did: a bare participle after the people is passive only before a
// preposition, a comma or the end ("captured in early November", "detained since May", "captured, the army said")
// ("four servicemen held illegally since the summer": an adverb may come between)
const BARE_PARTICIPLE = /^\s+(?:captured|detained|held|taken prisoner|taken captive)(?:\s+(?:illegally|unlawfully|arbitrarily|secretly|incommunicado|hostage|captive|prisoner))?(?=\s*(?:[,;:.)–—]|$)|\s+(?:by|in|at|on|during|since|after|near|when|while|last|earlier|this|over|from|and|along|inside|across|overnight)\b)/i;
// "the 60 marines X says it took at Y", "the 14 sailors the navy detained": a clause that names who took or holds them
const CAPTOR_CLAUSE = new RegExp(
	`^\\s+(?:(?:that|whom|which)\\s+)?(?:(?:the\\s+)?(?:[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]*\\s+){1,3}|the\\s+[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?:our|their|its|his|her)\\s+[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?|it\\s+|they\\s+)(?:(?:says?|said|claims?|claimed)\\s+(?:it|they|[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]*)\\s+)?(?:(?:has|have|had|still|now)\\s+)?(?:${alternation(CAPTOR_VERBS)})(?:(?=\\s*(?:[,;.]|$))|\\s+(?:at|in|during|on|from|near|off|along|inside|since|prisoner|captive|last|earlier|after|when|are|were|is|was|will|would|remain|remains|must|have|has)\\b)`,
	'v',
);
// "the 500 troops held in reserve" are an army's own, not captives
const RESERVE = /^\s+(?:(?:held|kept)\s+)?(?:in\s+reserve|on\s+standby|on\s+alert|at\s+the\s+ready)\b/i;
// "Kell holds 3,000 troops on the border", "the 3,000 troops Kell holds along the front": soldiers kept at a line are deployed
const AT_THE_LINE = asciiTwin(/^[^,;.]{0,40}?\b(?:on|along|near|at|across|by)\s+(?:the|its|their|our|both)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:border|borders|front|frontier|front line|frontline|line of contact|boundary|coast)\b(?!\s+(?:post|crossing|checkpoint|prison|jail|camp))/iv);
// "release 390 Morlanders", "390 Israelis", "40 Chinese": a people named by a nationality, whatever the country
const NATIONALS = /^\s+(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*\s+)?(?:pro-|anti-)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+(?:s|ese)\b(?!['’])/v;
// "Kell holds 11 Dorvi and Dorva six Kellans": a nationality adjective standing for its people, ending the phrase
const NATIONALITY_ALONE = /^\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+(?=\s*(?:[,;:.\)–—]|$)|\s+(?:and|or|in|at|from|since|held|captured|detained)\b)/v;
// people freed from rubble or a wreck are rescued, not released
// ("helped free four people from a demolished office building": freed from ruins, not from captivity)
const RESCUE = /\b(?:rescu\w*|trapped|rubble|wreckage|debris|ruins|demolished|collapsed?|flood\w*|capsized|sank|sinking|landslides?|avalanches?|mudslides?)\b/i;
const REMAINS_OF_PATTERN = new RegExp(`\\b(?:${alternation(REMAINS_NOUNS)})\\s+of\\s+(?:(?:the|some|all|another|a further)\\s+)?(?:[^,;.]{1,40}?\\s+and\\s+)?$`, 'i');
const REMAINS_OF = endingInWord(REMAINS_OF_PATTERN, ['of', 'the', 'some', 'all', 'another', 'further', 'and']);
const REMAINS_AFTER = new RegExp(`^\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(REMAINS_NOUNS)})\\b`, 'iv');
const RETURNED = new RegExp(`\\b(?:${alternation(RETURN_WORDS)})\\b(?!\\s+(?:home|from)\\b)`, 'i');
const FOUND = new RegExp(`\\b(?:${alternation(FOUND_WORDS)})\\b`, 'i');
// "a 30-kilometre stretch of the front", "covers 30 kilometres of front": the extent of a truce line or zone
const FRONT_EXTENT = new RegExp(`^(?:-|\\s+)(?:kilometres?|kilometers?|km|miles?)\\s+(?:(?:long\\s+)?(?:stretch|section|strip|length|segment|portion|part|swathe)\\s+)?of\\s+(?:the\\s+)?(?:${alternation(FRONT_NOUNS)})\\b`, 'i');
// "X will free 410 prisoners and Y 390 nationals", "X lists 3,900, Y 2,450": a second subject whose verb is left out, not a name like "Boeing 737"
const GAPPED_SUBJECT = /(?:[,;]|\b(?:and|while|whereas|but))\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+$/v;

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const AMPERSAND = 38;
const FULL_STOP = 46;
const HYPHEN = 45;
// The marks that stand as tokens of their own: , ; : ( ) " “ ”
const isMarkToken = (point: number) => point === 44 || point === 59 || point === 58 || point === 40 || point === 41 || point === 34 || point === 0x201c || point === 0x201d;
const isLetterOrNumberPoint = (point: number) => (charClass(point) & (LETTER | NUMBER)) !== 0;
// What may follow a word's first character inside it: letters, numbers, apostrophes, ampersands, full stops and hyphens.
const continuesWord = (point: number) => point === APOSTROPHE || point === CURLY_APOSTROPHE || point === AMPERSAND || point === FULL_STOP || point === HYPHEN || isLetterOrNumberPoint(point);

/**
 * The words after a number, with offsets relative to the sentence: what `/[\p{L}\p{N}][\p{L}\p{N}'’&.-]*|[,;:()"“”]/gu`
 * finds from `from` (a full stop ending a word dropped), read by code points.
 */
export function tokensAfter(sentence: string, from: number, limit = 12): {word: string; start: number; end: number}[] {
	const tokens: {word: string; start: number; end: number}[] = [];
	// A pattern with flag u started inside a surrogate pair starts at the pair.
	let index = from > 0 && isLowSurrogate(sentence.charCodeAt(from)) && isHighSurrogate(sentence.charCodeAt(from - 1)) ? from - 1 : from;
	while (index < sentence.length && tokens.length < limit) {
		const point = sentence.codePointAt(index)!;
		const start = index;
		index += widthOf(point);
		if (isMarkToken(point)) {
			tokens.push({word: sentence[start], start, end: index});
			continue;
		}
		if (!isLetterOrNumberPoint(point)) continue;
		for (let next = codePointAt(sentence, index); next >= 0 && continuesWord(next); next = codePointAt(sentence, index)) index += widthOf(next);
		// A full stop ends the clause, unless the word holds one of its own ("U.N.", "1.5").
		const stop = sentence.charCodeAt(index - 1) === FULL_STOP;
		const word = sentence.slice(start, stop ? index - 1 : index);
		tokens.push({word, start, end: start + word.length});
		if (stop && !word.includes('.')) break;
	}
	return tokens;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

const isCapitalised = (word: string) => /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(word);
const isNumberWord = (word: string) => /^\d/.test(word) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)$/i.test(word);

/** A casualty word after the number, across people nouns and auxiliaries: "26 people were killed", "46 wounded". */
function casualtyAfter(sentence: string, mention: NumberMention): Reading | null {
	return casualtyFrom(sentence, mention.numberEnd, mention.start);
}

// a lower-case plural noun: "shoppers", "pupils", "herders" (not "across", "bus", "analysis")
const UNKNOWN_PLURAL = /^[\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]*[^su]s$/v;
const NOT_PEOPLE = lowerSet(NOT_PEOPLE_PLURALS);
const SURRENDERED_THINGS = /^\s+(?:(?:their|its|his|her|all|the)\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:weapons|arms|guns|rifles|ammunition|positions|posts)\b/iv;
const AUXILIARIES = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'are', 'is', 'being', 'got', 'get', 'gets', 'gotten', 'reportedly', 'also', 'all', 'later', 'now', 'still', 'believed', 'feared', 'presumed', 'thought', 'to', 'be', 'remain', 'remained', 'remains', 'officially', 'seriously', 'critically', 'badly', 'severely', 'slightly', 'lightly', 'gravely', 'reported', 'confirmed', 'either', 'temporarily', 'permanently', 'forcibly', 'newly']);
const NOT_FALLEN_DEAD = /^\s+(?:ill|sick|silent|asleep|behind|short|back|apart|into|out|off|from|through|by|to|below|under)\b/i;
// the apposition may hold a number of its own: "About 140,000 people, more than half of a population of 260,000, have fled"
// ("Around 1.9 million people, accounting for 90 per cent of the population, have been displaced", "one in five of its people")
const INCLUDING_ASIDE = /^\s+(?:including|among\s+them)\s+[^,;:\d"“”]{1,80},\s*["“]?(?=\s*(?:were|was|have|has|had|are|is)\b)/i;
const APPOSITION_WORDS = /^\s+(?:nearly|almost|about|roughly|more than|most|half|many|some|mostly|among|accounting\s+for|representing|one\s+in|a\s+(?:third|quarter|fifth|tenth)\s+of)\b(?:[^,;:\d]|\d{1,3}(?:,\d{3})+|\d+){1,70},/i;
// or a breakdown of them in two counted parts: "Twelve fishermen, eight from the north and four from the south, were detained"
const APPOSITION_PARTS = new RegExp(String.raw`^\s+${COUNT}\s[^,;:]{1,50}?\band\s+${COUNT}\b[^,;:]{0,50},`, 'iu');
const APPOSITION = {exec: (text: string) => APPOSITION_WORDS.exec(text) ?? APPOSITION_PARTS.exec(text)};
// "a pre-war population of roughly 260,000": how many live there, not what befell them
const POPULATION_OF_PATTERN = /\bpopulation\s+(?:of|was|is|stood at|stands at)\s+$/i;
const POPULATION_OF = endingInWord(POPULATION_OF_PATTERN, ['of', 'was', 'is', 'at']);

// the of-phrase of a group the people belong to, up to their verb: "of the two unions", "of the ruling party's militia"
// or where they were: "four fishermen on the trawler were injured", "31,000 residents of the province have been relocated"
// (or a verb of what befell them in the past: "3,000 residents of the old district fled their homes")
const ONE_MORE_PERSON = /^and\s+(?:a|an|one|another|their|his|her)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+(?=\s+(?:were|was|are|is|have|has|had|remain|remains|remained|still)\b)/v;
// (a name in quote marks too: 'fighters of the so-called "X Army" were killed'; or a number in a name: "on board flight 318 died")
// (… and an aside of who they were after the whole: "Six members of the family, including three children, were killed",
// or of its parts: "All 212 people on board flight 318, 197 passengers and 15 crew, were killed")
const WHOLE_OF_PEOPLE = /^(?:of|on|aboard|from|in)\s+(?:(?:the|its|their|his|her|our|both|all|two|three|four|\d+)\s+)*(?:["“]?[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+["”]?\s+|\d+\s+){0,6}?(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+,\s+(?:including|among\s+them)\s+[^,;:"“”]{1,80},\s+|[[\p{L}\d'’\-]--[\u{10000}-\u{10FFFF}]]+,\s+\d[\d,]*\s[^,;:\d]{1,50}?\band\s+\d[\d,]*\s[^,;:\d]{1,50},\s+)?(?=(?:were|was|are|is|have|has|had|remain|remains|remained|still|fled|left|died|perished|drowned)\s)/iv;
const CAPTIVE_NOUN_WORD = /^(?:prisoners?|detainees|inmates|pows|hostages?|captives|abductees)$/i;
// a relative clause with a verb of its own after the people, up to the people's own auxiliary: "who crossed the line on
// Friday | are being held", "who strayed into the bay | were detained" ("who were captured" is read as it stands)
const PARTICIPLE_WORD = /^(?!(?:during|according|regarding|concerning|following|pending|including|excluding|notwithstanding|nothing|something|anything|everything)$)[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}ing$/v;
const PARTICIPLE_PHRASE = /^[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ing\s+[^,;.:"“”\(\)\d]{1,70}?(?=\s+(?:are|were|is|was|have|has|had|remain|remains|remained)\s)/v;
const RELATIVE_CLAUSE = /^\s*(?:who|that)\s+(?!(?:are|were|is|was|have|has|had|be|been|being|will|would)\b)[^,;.:"“”()]{3,90}?(?=\s+(?:are|were|is|was|have|has|had|remain|remains|remained)\s)/i;
// an aside between dashes after the people: " - nearly 800, say the unions - "
const DASH_ASIDE = /^\s+[-–—]\s+[^-–—.;]{1,60}?\s+[-–—](?=\s)/u;

// residents who "left" went away from danger: with a reason or time after ("left after the shooting") or a place they live in
const SHELTERED = new RegExp(`^(?:${alternation(SHELTERED_GROUPS)})$`, 'i');
const RESIDENTS = new RegExp(`^(?:${alternation(RESIDENT_NOUNS)})$`, 'i');
// ("have left hamlets near the pass": a plural place needs no determiner)
const LEFT_PLACE = new RegExp(`^(?:have\\s+|has\\s+|had\\s+)?left\\s+(?:(?=(?:after|since|following|because|when|during|as)\\b)|(?:(?:the|their|its|our)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?|(?=[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+s\\b))(?:${alternation(LEFT_PLACES)})\\b)`, 'iv');
// "Roughly 25,000 people have left, many crossing the river at night": gone, said with nothing after ("40 are left" stays)
const LEFT_BARE = /^(?:have|has|had)\s+left(?=\s*(?:[,;:.]|$))/i;
// "Around 120,000 people left Tolvenna during the war": a town left by its name (not a day or month)
const LEFT_NAMED_PLACE = /^(?:have\s+|has\s+|had\s+)?left\s+([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Ll}'’\-]--[\u{10000}-\u{10FFFF}]]+)/v;
const PLACES_FLED = new RegExp(`^\\s*\\S+\\s+(?:[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:${alternation(LEFT_PLACES.filter((place) => place.endsWith('s')))})\\b`, 'v');
const CALENDAR_WORDS = new Set([...MONTHS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const leftNamedPlace = (rest: string) => {
	const left = LEFT_NAMED_PLACE.exec(rest);
	return left && !CALENDAR_WORDS.has(left[1].toLowerCase()) ? left : null;
};

const PARTITIVE_WORDS = new Set(['of', 'the', 'its', 'their', 'our', 'his', 'her', 'these', 'those']);

/** A casualty word after `from`, read as a figure whose phrase starts at `start`. */
function casualtyFrom(sentence: string, from: number, start: number): Reading | null {
	const tokens = tokensAfter(sentence, from, 24);
	let skipTo = -1;
	// where appositions and wholes were skipped: "58,000 people from the border villages are now housed in …"
	const skipped: Array<[number, number]> = [];
	const notSkipped = ({start: at}: {start: number}) => !skipped.some(([from, to]) => at >= from && at < to);
	let previous: string | null = null;
	// a plural the people lexicon lacks, right after the number and its modifiers ("12 shoppers were killed"): then only
	// auxiliaries may stand before the casualty word, so "5 ambulances and 12 doctors were killed" does not count the ambulances
	let unknownNoun: string | null = null;
	let modifiersOnly = true;
	// one adjective the lexicon lacks, right before the people it describes: "600 separatist fighters", "12 striking miners"
	let adjective = false;
	for (const [index, token] of tokens.entries()) {
		if (token.start < skipTo) continue;
		// 'He says "at least 70 terrorists" were killed': a partial quote closes after the people it counts
		if ((token.word === '"' || token.word === '”') && index > 0 && (unknownNoun || PEOPLE.has(tokens[index - 1].word.toLowerCase()))) continue;
		// 'said "more than 120" people had died': a partial quote of the number alone
		if ((token.word === '"' || token.word === '”') && index === 0 && /["“]\s*$/.test(sentence.slice(Math.max(0, start - 3), start))) continue;
		// "about 900,000 people, nearly half the province, have been displaced": an apposition after the people
		// "50 people (40 of them civilians) were killed": a bracketed aside after the people, then their verb
		const bracket = token.word === '(' && previous && PEOPLE.has(previous.toLowerCase()) ? /^\([^()]{1,60}\)/.exec(sentence.slice(token.start)) : null;
		if (bracket) {
			skipTo = token.start + bracket[0].length;
			skipped.push([token.start, skipTo]);
			continue;
		}
		// "The 12, including wounded patients and their companions, were killed": the aside says who, the verb after it what befell them
		const including = token.word === ',' && index <= 2 ? INCLUDING_ASIDE.exec(sentence.slice(token.end)) : null;
		if (including) {
			skipTo = token.end + including[0].length;
			skipped.push([token.start, skipTo]);
			continue;
		}
		if (token.word === ',' && previous && PEOPLE.has(previous.toLowerCase())) {
			const apposition = APPOSITION.exec(sentence.slice(token.end));
			if (apposition) {
				skipTo = token.end + apposition[0].length;
				skipped.push([token.start, skipTo]);
				continue;
			}
		}
		if (previous && (PEOPLE.has(previous.toLowerCase()) || unknownNoun === previous.toLowerCase())) {
			// "10 more girls and a counsellor remain missing": one more person joined to the people counted, before their verb
			const joined = token.word === 'and' ? ONE_MORE_PERSON.exec(sentence.slice(token.start)) : null;
			if (joined) {
				skipTo = token.start + joined[0].length;
				skipped.push([token.start, skipTo]);
				continue;
			}
			// "five sailors who strayed into the bay were detained": the people's own verb comes after their relative clause
			const relative = /^(?:who|that)$/i.test(token.word) ? RELATIVE_CLAUSE.exec(sentence.slice(token.start)) : null;
			const past = relative ? casualtyFrom(sentence, token.start + relative[0].length, start) : null;
			if (past) return {...past, counts: past.counts ?? unknownNoun ?? peopleNoun(tokens, token)};
			// "Two of the theatre staff working beside him were killed": a participle phrase says who they were, the verb after it what befell them
			const participle = PARTICIPLE_WORD.test(token.word) ? PARTICIPLE_PHRASE.exec(sentence.slice(token.start)) : null;
			const fated = participle ? casualtyFrom(sentence, token.start + participle[0].length, start) : null;
			if (fated) return {...fated, counts: fated.counts ?? unknownNoun ?? peopleNoun(tokens, token)};
			// "the 63 people the ministry says died": a source's word between the people and their fate
			const said = REPORTED_CONTACT.exec(sentence.slice(token.start));
			const fate = said ? ownFate(sentence, token.start + said[0].length - 1) : null;
			if (fate && fate.kind !== 'missing') return {kind: fate.kind, rule: `figure.${fate.kind}-after-said`, start, end: fate.end, counts: unknownNoun ?? peopleNoun(tokens, token)};
			// "nearly 800 members of the two unions were detained": the whole the people belong to, before their verb
			const whole = /^(?:of|on|aboard|from|in)$/i.test(token.word) ? WHOLE_OF_PEOPLE.exec(sentence.slice(token.start)) : null;
			// "612 people - nearly 800, say the unions - were locked up": a rival count set off by dashes
			const aside = whole ? null : DASH_ASIDE.exec(sentence.slice(tokens[index - 1].end));
			if (whole ?? aside) {
				skipTo = (whole ? token.start : tokens[index - 1].end) + (whole ?? aside)![0].length;
				skipped.push([token.start, skipTo]);
				continue;
			}
		}
		// "at least 4 journalists and at least 32 children were killed": the next count's qualifier, then its number
		// (only after the people the first number counts: "70 - and nearly 20,000 are homeless" leaves the bare 70 to its own clause)
		const qualifier = index > 1 && /^(?:and|,)$/.test(tokens[index - 1].word) && tokens.slice(0, index - 1).some(({word}) => PEOPLE.has(word.toLowerCase())) ? NEXT_COUNT_QUALIFIER.exec(sentence.slice(token.start)) : null;
		if (qualifier) {
			skipTo = token.start + qualifier[0].length;
			continue;
		}
		// "six protesters and one guard, and that 43 were injured": "and that" opens another reported clause with its own count
		if (index > 0 && /^that$/i.test(token.word) && /^and$/i.test(tokens[index - 1].word)) return null;
		previous = token.word;
		const rest = sentence.slice(token.start);
		// "246 were treated in Dunfeld hospitals": the hospitals' town between the verb and the hospitals
		// "Fifteen others are still being treated": the people and their auxiliaries may stand before a bare "treated"
		const hospital = IN_NAMED_HOSPITAL.exec(rest) ?? (index === 0 || tokens.slice(0, index).every(({word}) => PEOPLE.has(word.toLowerCase()) || /^others$/i.test(word) || AUXILIARIES.has(word.toLowerCase())) ? BARE_TREATED.exec(rest) : null);
		// "about 46,000 were living in 11 camps": people in camps counted by number are displaced, as in camps without one
		const inCamps = LIVING_IN_CAMPS.exec(rest);
		// "3,200 people are sleeping in four schools", "900 people share eleven classrooms": residents in buildings made shelters
		const sheltered = inCamps ? null : SHELTERED_IN.exec(rest);
		// (the people's own words only: "170 unaccompanied children - some as young as three - reached the camp")
		const own = tokens.slice(0, index).filter(notSkipped);
		if (sheltered && own.every(({word}, at) => PEOPLE.has(word.toLowerCase()) || AUXILIARIES.has(word.toLowerCase()) || MODIFIERS.has(word.toLowerCase()) || (/^[\p{Ll}--[\u{10000}-\u{10FFFF}]]+$/v.test(word) && PEOPLE.has(own[at + 1]?.word.toLowerCase() ?? '')))) {
			const counts = unknownNoun ?? peopleNoun(tokens, token);
			// "9 villagers sheltering in the mosque died": a participle describes them; their own verb follows
			if ((!counts || RESIDENTS.test(counts) || SHELTERED.test(counts)) && !verbInClause(sentence, token.start + sheltered[0].length)) return {kind: 'displaced', rule: 'figure.displaced-sheltered-in', start, end: token.start + sheltered[0].length, counts};
		}
		if (inCamps && tokens.slice(0, index).every(({word}) => PEOPLE.has(word.toLowerCase()) || AUXILIARIES.has(word.toLowerCase()))) return {kind: 'displaced', rule: 'figure.displaced-after', start, end: token.start + inCamps[0].length, counts: unknownNoun ?? peopleNoun(tokens, token)};
		if (hospital) {
			const counts = unknownNoun ?? peopleNoun(tokens, token);
			// "40 nurses are at the General Hospital" work there
			if (counts && HOSPITAL_STAFF.test(counts)) return null;
			return {kind: 'injured', rule: 'figure.injured-after', start, end: token.start + hospital[0].length, counts};
		}
		const left = LEFT_PLACE.exec(rest) ?? leftNamedPlace(rest) ?? LEFT_BARE.exec(rest);
		const leaving = left ? unknownNoun ?? peopleNoun(tokens, token) : null;
		if (left && leaving && RESIDENTS.test(leaving)) return {kind: 'displaced', rule: 'figure.displaced-left', start, end: token.start + left[0].length, counts: leaving};
		if (ANY_WORD_AFTER.test(rest)) for (const {kind, pattern} of WORD_AFTER) {
			const found = pattern.exec(rest);
			if (!found) continue;
			if (/fallen$/i.test(found[0]) && NOT_FALLEN_DEAD.test(rest.slice(found[0].length))) return null; // "have fallen ill", "have fallen behind"
			if (/^in shelters$/i.test(found[0]) && unknownNoun) return null; // "40,000 meals in shelters": only people are sheltered
			if (/buried$/i.test(found[0]) && /^\s+(?:alive|under|beneath|in\s+(?:the\s+)?(?:rubble|debris|mud|snow))\b/i.test(rest.slice(found[0].length))) continue; // "were buried under rubble": trapped, maybe alive (missing, read below)
			// "infected 1,500 people and killed 12": a verb with its own number belongs to that number
			// ("40 dead one day" is a toll on a day)
			// ("4,200 villagers have fled five valley villages": the number after a verb of fleeing counts the places fled)
			if (/^\s*(?:(?:at least|more than|nearly|about|some|over|up to)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b)(?!\S*\s+(?:days?|nights?|weeks?|months?|years?|hours?)\b)/i.test(rest.slice(found[0].length)) && !(kind === 'displaced' && PLACES_FLED.test(rest.slice(found[0].length)))) return null;
			// "46 patients and three dead": a casualty word right after a later number of the people counted is that number's
			const before = tokens[index - 1]?.word ?? '';
			// (a number inside a whole skipped before the verb is no count: "212 people on board flight 318 were killed")
			if (index > 1 && notSkipped(tokens[index - 1]) && (isNumberWord(before) || /^\d/.test(before)) && tokens.slice(0, index - 1).some((earlier) => PEOPLE.has(earlier.word.toLowerCase()))) return null;
			const counts = unknownNoun ?? peopleNoun(tokens, token);
			// "30 tariffs were eliminated": a euphemism for killing counts only people the lexicon knows
			if (EUPHEMISM.test(found[0]) && (unknownNoun || !counts)) return null;
			// "316 captured" ends its clause; "12 captured tanks" are things taken
			if (/^captured$/i.test(found[0]) && !BARE_PARTICIPLE.test(` ${rest}`)) continue;
			if (/^sheltered$/i.test(found[0]) && !AUXILIARIES.has(before.toLowerCase())) continue;
			// "1,350 soldiers had surrendered" were taken; "2,000 fighters surrendered their weapons" handed arms in, and civilians surrender nothing
			if (/surrendered$/i.test(found[0]) && (!counts || !(TROOPS.test(counts) || ARMED.test(counts) || /^(?:soldiers|men|officers)$/i.test(counts)) || SURRENDERED_THINGS.test(rest.slice(found[0].length)))) return null;
			// "3,000 troops crossed the border" is an incursion; civilians or a people named by nationality who crossed fled
			if (/crossed/i.test(found[0]) && counts && (TROOPS.test(counts) || ARMED.test(counts) || /^(?:soldiers|men|officers|personnel)$/i.test(counts))) return null;
			// "12 civilians sheltering near the base died": a participle right after the people describes them; their own verb follows
			if (kind === 'displaced' && /^sheltering$/i.test(found[0]) && PEOPLE.has(before.toLowerCase())) {
				const own = verbInClause(sentence, token.start + found[0].length);
				if (own) return {kind: own.kind, rule: `figure.${own.kind}-after`, start, end: own.end, counts};
			}
			// "Two more soldiers wounded in the fighting have died at the hospital": a participle after the people describes them
			// when their own verb of death follows in the clause (not another clause's: "wounded in the attack that killed three")
			if (kind === 'injured' && /^(?:wounded|injured)$/i.test(found[0]) && PEOPLE.has(before.toLowerCase())) {
				const own = verbInClause(sentence, token.start + found[0].length);
				const between = own ? sentence.slice(token.start + found[0].length, own.end) : '';
				if (own?.kind === 'killed' && !/\b(?:that|which|who)\b|\d/i.test(between)) return {kind: 'killed', rule: 'figure.killed-after-injured', start, end: own.end, counts};
			}
			// "two injured soldiers died in hospital": the participle describes the people; their own later death is the count
			if (kind === 'injured' && INJURED_PEOPLE.test(rest)) {
				const own = ownFate(sentence, token.start + INJURED_PEOPLE.exec(rest)![0].length);
				if (own?.kind === 'killed') return {kind: 'killed', rule: 'figure.killed-after-injured', start, end: own.end, counts: peopleNoun(tokens.slice(index + 1), {word: ''})};
			}
			// "three inmates were killed", "two hostages died": captives named by their noun, with a verb of what befell them after
			if ((kind === 'prisoners' || kind === 'hostages') && CAPTIVE_NOUN_WORD.test(found[0])) {
				const own = ownFate(sentence, token.start + found[0].length);
				if (own && own.kind !== kind) return {kind: own.kind, rule: `figure.${own.kind}-after`, start, end: own.end, counts: found[0].toLowerCase()};
			}
			return {kind, rule: `figure.${kind}-after`, start, end: token.start + found[0].length, counts};
		}
		// "1,200 of the village's residents": a possessive stands before the people as a determiner does
		if (!unknownNoun && /^[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]{2,}['’]s$/v.test(token.word)) continue;
		const lower = token.word.toLowerCase();
		if (unknownNoun) {
			if (AUXILIARIES.has(lower)) continue;
			return null;
		}
		if (modifiersOnly && UNKNOWN_PLURAL.test(token.word) && !PEOPLE.has(lower) && !MODIFIERS.has(lower) && !LINKS.has(lower) && !NOT_PEOPLE.has(lower)) {
			unknownNoun = lower;
			continue;
		}
		// "Five of its instructors were killed": the whole a part is counted of may be people the lexicon lacks, too
		const partitive = PARTITIVE_WORDS.has(lower) && own.every(({word}) => PARTITIVE_WORDS.has(word.toLowerCase()));
		if (!MODIFIERS.has(lower) && !partitive && !(isCapitalised(token.word) && token.start > 0)) modifiersOnly = false;
		if (token.word === ',' || PEOPLE.has(lower) || MODIFIERS.has(lower) || LINKS.has(lower) || isNumberWord(token.word)) continue;
		if (isCapitalised(token.word) && token.start > 0) continue;
		// ("two heroic police officers": a people noun of two words after it)
		const next = tokens[index + 1]?.word.toLowerCase() ?? '';
		if (!adjective && /^[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+$/v.test(token.word) && !FUNCTION_WORD.test(token.word) && (PEOPLE.has(next) || PEOPLE.has(`${next} ${tokens[index + 2]?.word.toLowerCase() ?? ''}`) )) {
			adjective = true;
			continue;
		}
		return null;
	}
	return null;
}

// a qualifier right before a number: "at least 32", "nearly 40"
const NEXT_COUNT_QUALIFIER = new RegExp(`^(?:${alternation(QUALIFIERS)})(?=\\s+(?:\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+dozen|dozens|hundreds)\\b))`, 'i');

// "injured soldiers", "wounded civilians": the participle as an adjective before people the lexicon names
const INJURED_PEOPLE = new RegExp(`^(?:injured|wounded)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!))?(?:${alternation([...PEOPLE_NOUNS, ...ARMED_NOUNS])})\\b`, 'iv');

// "the 63 people the ministry says died", "40 people that officials believe were killed": a contact clause of a source's word
const REPORTED_CONTACT = /^(?:that\s+)?(?:(?:the|its|their|local|health|military|state)\s+)*(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*\s+|[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,4}?(?:says?|said|believes?|believed|estimates?|estimated|reports?|reported|thinks?|fears?|feared)\s/v;

/** The first casualty word other than displacement later in a short clause, with where it ends: "… near the base died". */
function verbInClause(sentence: string, from: number): {kind: CasualtyKind; end: number} | null {
	const clause = /^[^,;.:]{0,80}/.exec(sentence.slice(from))![0];
	for (const space of clause.matchAll(/\s+/g)) {
		const rest = clause.slice(space.index + space[0].length);
		if (!ANY_WORD_AFTER.test(rest)) continue;
		const found = WORD_AFTER.find(({pattern}) => pattern.test(rest));
		if (!found || found.kind === 'displaced') return null;
		return {kind: found.kind, end: from + space.index + space[0].length + found.pattern.exec(rest)![0].length};
	}
	return null;
}

// ("fewer than 6,000 have reached the nearest camp": arriving at a camp or shelter too; "forced into evacuation centres": or driven into one)
const SHELTERED_IN = new RegExp(`^(?:(?:living|sheltering|sheltered|staying|housed|huddled|sleeping|camped|camping|crammed|packed)\\s+in|(?:forced|moved|herded|crowded|crammed|packed|taken|fled|evacuated|bussed|bused)\\s+(?:in)?to|share|shared|sharing|(?:reached|arrived\\s+(?:in|at)|made\\s+it\\s+to)(?=\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}?(?:camps?|shelters?|(?:reception\\s+|transit\\s+)?cent(?:re|er)s?)\\b))\\s+(?:(?:the|a|an|\\d[\\d,]*|[a-z]+(?:-[a-z]+)?)\\s+)?(?:[[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,3}?(?:${alternation(SHELTER_PLACES)})\\b`, 'iv');
const LIVING_IN_CAMPS = /^(?:living|sheltering|staying|housed|huddled)\s+in\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:(?:displacement|refugee|relief|evacuation|makeshift|temporary|overcrowded|crowded)\s+){0,2}(?:camps|shelters|centres|centers)\b/i;
// people treated in or taken to hospitals named by their town or kind are hurt: "treated in three city hospitals"
// "seven dead, 246 treated", "400 treated for injuries": people treated, the number's own predicate
// ("412 patients had been treated after the crush": treated after an event)
const BARE_TREATED = /^treated(?=\s*(?:[,;:.)]|$)|\s+(?:in|at)\s|\s+(?:after|following)\s+(?:the|a|an|this|that|last|their|its)\s|\s+for\s+(?:injuries|wounds|burns|gunshot)\b)/;
const HOSPITAL_STAFF = /^(?:doctors|nurses|medics|paramedics|surgeons|staff|volunteers|workers|employees|officials)$/;
// "Eighteen of them are at San Ardo General Hospital", "Four remain in the naval hospital": a copula and a hospital
// "40 people have been taken to Brosk General Hospital": taken to a hospital named in capitals too
// ("700 people remain at the hospital": people at an unnamed hospital are only there; in one, they are its patients)
const IN_NAMED_HOSPITAL = /^(?:(?:treated|admitted|taken|rushed|airlifted)\s+(?:in|at|to)\s+(?:(?:a|the|local|nearby|several|various|two|three|four|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+['’]s)\s+){0,3}(?:[Hh]ospitals?|[Cc]linics?|[Ii]nfirmar(?:y|ies))\b|(?:(?:are|were|remain|remains|remained|still)\s+)+(?:(?:in|at)\s+(?:the\s+)?(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*\s+){1,4}(?:Hospital|Clinic|Infirmary|Medical Centre|Medical Center)|in\s+(?:(?:the|a)\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?hospital)\b)/v;

// military euphemisms for killing ("600 fighters had been eliminated", "neutralised 40 militants") and verbs of moving
// people ("31,000 residents have been relocated"): they count only people, since tariffs are eliminated and plants relocated
const EUPHEMISM = /eliminat|neutrali[sz]|liquidat|relocated|moved out|sheltering|destroyed|seized|(?:burned|burnt)$/i;

// the auxiliaries between captives and the verb of their fate: "three inmates were later killed"
/** " and two prison officers": a second group, counted, of up to three words, coordinated with the first. */
const COUNTED_CONJUNCT = new RegExp(String.raw`^\s+and\s+${COUNT}\s+(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+(?=\s+(?:were|was|have|has|had|are|is|died|lost)\b)`, 'iv');
const AUXILIARY_RUN = /^(?:\s+(?:were|was|have|has|had|been|are|is|being|later|also|all|reportedly|subsequently|since))*\s+/i;

/** A death, a wound or a disappearance said right after the people, their auxiliaries between: the people's own fate. */
function ownFate(sentence: string, from: number): {kind: CasualtyKind; end: number} | null {
	// "nine inmates and two officers were killed": the fate said after a second counted group is the first's too
	const conjunct = COUNTED_CONJUNCT.exec(sentence.slice(from, from + 60));
	if (conjunct) from += conjunct[0].length;
	const run = AUXILIARY_RUN.exec(sentence.slice(from, from + 80));
	if (!run) return null;
	// "five inmates were among the injured": the whole they are counted in names their fate
	const among = /^among\s+(?:the|those)\s+/i.exec(sentence.slice(from + run[0].length))?.[0].length ?? 0;
	const at = from + run[0].length + among;
	const rest = sentence.slice(at, at + 60);
	const found = ANY_WORD_AFTER.test(rest) ? WORD_AFTER.find(({kind, pattern}) => (kind === 'killed' || kind === 'injured' || kind === 'missing') && pattern.test(rest)) : undefined;
	return found ? {kind: found.kind, end: at + found.pattern.exec(rest)![0].length} : null;
}

/** A casualty word after a number within its own clause (up to the next comma or semicolon): "12 of them seriously injured". */
function casualtyInClause(sentence: string, mention: NumberMention): Reading | null {
	const stop = /[,;:]/.exec(sentence.slice(mention.numberEnd));
	const clause = stop ? sentence.slice(0, mention.numberEnd + stop.index) : sentence;
	return casualtyFrom(clause, mention.numberEnd, mention.start);
}

/** The people a toll counts, when named ("two women", "Two other Druze community members"), for telling tolls apart. */
function peopleNoun(tokens: {word: string}[], until: {word: string}): string | null {
	let noun: string | null = null;
	for (const token of tokens) {
		if (token === until) break;
		if (PEOPLE.has(token.word.toLowerCase())) noun = token.word.toLowerCase();
		if (token.word === ',' || token.word === '(' || /^(?:and|including)$/i.test(token.word)) break;
	}
	return noun;
}

// "has claimed at least eight soldiers' lives", "cost 40 people their lives", "the lives of 12 miners": the dead, counted by their lives
const LIVES_AFTER = new RegExp(`^\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!))?(${alternation([...PEOPLE_NOUNS, ...ARMED_NOUNS])})(?:['’]\\s*|\\s+(?:their|his|her)\\s+)lives\\b`, 'iv');
const LIVES_VERB_BEFORE = /\b(?:claimed|claiming|claims|claim|cost|costing|costs|took|taken|taking|takes)\s+$/i;
const LIVES_OF_BEFORE = /\b(?:claimed|claiming|claims|claim|cost|costing|costs|took|taken|taking|takes|lost|saved)\s+the\s+lives\s+of\s+$/i;

/** The dead counted by the lives a fight or disaster claimed: "has claimed at least eight soldiers' lives". */
function livesClaimed(sentence: string, mention: NumberMention, before: string): Reading | null {
	const lives = LIVES_VERB_BEFORE.test(before.slice(-12)) ? LIVES_AFTER.exec(sentence.slice(mention.numberEnd)) : null;
	if (lives) return {kind: 'killed', rule: 'figure.killed-lives', start: mention.start, end: mention.numberEnd + lives[0].length, counts: lives[1].toLowerCase()};
	// "saved the lives of 40 miners" counts no dead
	const of = LIVES_OF_BEFORE.exec(before.slice(-40));
	const people = of && !/saved/i.test(of[0]) ? PART_PEOPLE.exec(sentence.slice(mention.numberEnd)) : null;
	return people ? {kind: 'killed', rule: 'figure.killed-lives', start: mention.start - of![0].length, end: mention.numberEnd + people[0].length, counts: people[1].toLowerCase()} : null;
}

// "52 people have been seized since August", "52 people taken since August": people taken, with when or by whom
const PEOPLE_TAKEN = new RegExp(`^\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!))?(${alternation(PEOPLE_NOUNS)})\\s+(?:(?:have|has|had)\\s+been\\s+|(?:were|was)\\s+)?(seized|snatched|taken)(?=\\s+(?:since|by|from|during|over|in)\\b|\\s*(?:[,;.]|$))`, 'iv');

/**
 * People seized or taken, with when or by whom, are captives: hostages, or the captives the article is about. "Taken"
 * alone says so only in an article about captives ("taken to hospital" is read before, as is "taken prisoner").
 */
function peopleTaken(sentence: string, mention: NumberMention, captives: FigureKind | null): Reading | null {
	const taken = PEOPLE_TAKEN.exec(sentence.slice(mention.numberEnd));
	if (!taken || (/^taken$/i.test(taken[2]) && !captives)) return null;
	const kind = captives ?? 'hostages';
	return {kind, rule: `figure.${kind}-taken`, start: mention.start, end: mention.numberEnd + taken[0].length, counts: taken[1].toLowerCase()};
}

/** A casualty verb or noun right before the number: "killed at least 26", "the death toll rose to 66". */
// a plural the lexicon lacks after a count, up to two words in: "two local bloggers"
const PLURAL_AFTER = /^\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?([[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+[^su\s]s)(?=\s*(?:[,;:.\)]|$)|\s+(?:for|in|at|on|and|who|after|since|during|over|from|near|under)\b)/v;
const unknownPeopleAfter = (after: string) => {
	const plural = PLURAL_AFTER.exec(after);
	return plural !== null && !NOT_PEOPLE.has(plural[1]) && !TIME_UNIT.test(plural[1]) && !THINGS_COUNTED.test(plural[1]);
};
const THINGS_COUNTED = new RegExp(`^(?:${alternation([...MEASURE_UNITS, ...QUANTITY_UNITS, ...AREA_UNITS, ...EQUIPMENT_NOUNS, ...TARGET_NOUNS])})$`, 'i');

function casualtyBefore(sentence: string, mention: NumberMention): Reading | null {
	const before = unquotedBefore(sentence.slice(Math.max(0, mention.start - 60), mention.start));
	for (const {kind, pattern} of VERB_BEFORE) {
		const found = pattern.exec(before);
		if (!found) continue;
		// "eliminating 31 terrorists" counts dead people; "eliminated 30 tariffs" no one
		if (kind === 'killed' && EUPHEMISM.test(found[0]) && !PEOPLE_OR_ARMED_AFTER.test(sentence.slice(mention.numberEnd))) continue;
		// "holding 41 captured soldiers": soldiers captured in battle are prisoners of war, whom captiveReading counts
		if (kind === 'hostages' && CAPTURED_PEOPLE.test(sentence.slice(mention.numberEnd))) continue;
		// "a stand holding thousands of people": a place that holds a crowd holds no hostages
		if (kind === 'hostages' && /held|holding/i.test(found[0]) && HOLDING_PLACE.test(sentence.slice(Math.max(0, mention.start - 80), mention.start - found[0].length))) continue;
		// "Y is holding six X soldiers captured on the ridge": combatants held, not named hostages, are prisoners of war
		if (kind === 'hostages' && /seiz/i.test(found[0]) && !PEOPLE_AFTER.test(sentence.slice(mention.numberEnd))) continue;
		if (kind === 'hostages' && /held|holding|seiz/i.test(found[0]) && COMBATANT_AFTER.test(sentence.slice(mention.numberEnd)) && !/^\s*(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?hostages?\b/iv.test(sentence.slice(mention.numberEnd)))
			return {kind: 'prisoners', rule: 'figure.prisoners-before', start: mention.start - found[0].length, end: mention.numberEnd + COMBATANT_AFTER.exec(sentence.slice(mention.numberEnd))![0].length, counts: null};
		// "kidnapped 9 aid workers": whoever is abducted is a hostage; held people are hostages only when named so
		if (kind === 'hostages' && !(/^\s*(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:hostages?|captives?|people|civilians|soldiers)\b/iv.test(sentence.slice(mention.numberEnd)) || (!/held|holding/i.test(found[0]) && (CAPTIVE_NOUN.test(sentence.slice(mention.numberEnd)) || abductedPeople(sentence.slice(mention.numberEnd)))))) continue;
		// "police held 40 people": people the state holds are detained, not hostages
		if (kind === 'hostages' && !AT_THE_LINE.test(sentence.slice(mention.numberEnd)) && STATE_HOLDS.test(sentence.slice(Math.max(0, mention.start - 80), mention.start)) && PEOPLE_AFTER.test(sentence.slice(mention.numberEnd)))
			return {kind: 'prisoners', rule: 'figure.prisoners-before', start: mention.start - found[0].length, end: mention.end, counts: peopleNoun(tokensAfter(sentence, mention.end, 4), {word: ''})};
		// "the clinic treated some 300 patients a day": a rate of care is no count of the hurt
		if (kind === 'injured' && /\btreat/i.test(found[0]) && TREATED_PER_DAY.test(sentence.slice(mention.numberEnd))) continue;
		if (kind === 'injured' && /\btreat/i.test(found[0]) && !TREATED.test(sentence.slice(mention.end)) && !TREATED_FOR.test(sentence.slice(mention.numberEnd))) continue; // "treated 600 patients" is a count of injured, "treated 40 cholera cases" is not
		if (kind === 'prisoners' || (kind === 'displaced' && /evacuat|relocat/i.test(found[0]))) {
			// ("have detained two local bloggers": people the lexicon lacks, by a verb that takes only people)
			if (!PEOPLE_AFTER.test(sentence.slice(mention.numberEnd)) && !(kind === 'prisoners' && unknownPeopleAfter(sentence.slice(mention.numberEnd)))) continue;
		}
		const end = /^\s*(?:people|persons|civilians)\b/i.exec(sentence.slice(mention.end))?.[0].length ?? 0;
		const tokens = tokensAfter(sentence, mention.end, 4);
		return {kind, rule: `figure.${kind}-before`, start: mention.start - found[0].length, end: mention.end + end, counts: peopleNoun(tokens, {word: ''})};
	}
	return null;
}

const PEOPLE_OR_ARMED_AFTER = new RegExp(`^\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation([...PEOPLE_NOUNS, ...ARMED_NOUNS])})\\b`, 'iv');
const TREATED_PER_DAY = /^\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:a|per|each|every)\s+(?:day|night|week|month|year)\b/iv;

/** The words before a number with the opening quote of a quoted count blanked: 'claims to have killed "more than 400" fighters'. */
// (British single quotes too: "puts the toll at 'at least 560'")
const unquotedBefore = (before: string) => (/\s["“‘']$/.test(before) ? `${before.slice(0, -1)} ` : before);
/** The words after a quoted count with its closing quote blanked, when the count opened with one. */
const unquotedAfter = (before: string, after: string) => (/\s["“]$/.test(before) && /^["”]/.test(after) ? ` ${after.slice(1)}` : after);

// '13 "foreign" captives', '11 “narco-terrorists” were killed': one word set in scare quotes right after a count
const SCARE_QUOTED = /^\s+(["“‘'])[\p{L}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*["”’'](?=[\s,;.]|$)/v;

/**
 * The sentence with the scare quotes of the word right after a count blanked (offsets kept): a writer's distance from a
 * word changes neither what is counted nor what befell them, so the count is read as if the word stood bare.
 */
function withScareQuotesBlanked(sentence: string, mention: NumberMention): string {
	const quoted = SCARE_QUOTED.exec(sentence.slice(mention.numberEnd, mention.numberEnd + 60));
	if (!quoted) return sentence;
	const open = mention.numberEnd + quoted[0].indexOf(quoted[1]);
	const close = mention.numberEnd + quoted[0].length - 1;
	return `${sentence.slice(0, open)} ${sentence.slice(open + 1, close)} ${sentence.slice(close + 1)}`;
}

// "police held 40 people", "the authorities are holding 12 activists": the state's holding is detention
const STATE_HOLDS = /\b(?:police|policemen|authorities|prosecutors|security forces|security services|gendarmes|troops|army|navy|coast guard|military|officers|government)\s+(?:(?:are|is|were|was|have|has|had|still|now|also)\s+)*(?:held|holding|hold|holds)\s+(?:(?:another|some|the)\s+)?$/i;

const COMBATANT_AFTER = new RegExp(`^\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!))?(?:${alternation([...TROOP_NOUNS, ...ARMED_NOUNS, 'policemen', 'police officers', 'sailors', 'airmen', 'pilots'])})\\b`, 'iv');
// "41 captured soldiers", "the 96 detained rebels": people held as prisoners, by the participle before them
const CAPTURED_PEOPLE = new RegExp(`^\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!))?(?:${alternation(CAPTIVE_PARTICIPLES)})\\s`, 'iv');

// "abducted 6 vendors", "kidnapped 30 schoolgirls": whoever is abducted is a person, whatever the noun
const ABDUCTED_NOUN = /^\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?([\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]*[^su]s)\b/v;
const abductedPeople = (after: string) => {
	const noun = ABDUCTED_NOUN.exec(after)?.[1].toLowerCase();
	return noun !== undefined && !NOT_PEOPLE.has(noun);
};

// "forced 3,000 herders from their homes", "drove some 40,000 people out of their homes"
const FORCED_BEFORE = /\b(?:forced|forcing|forces|drove|driven|driving|drives|chased|chasing|uprooted|pushed)\s+$/i;
const MOVED_BEFORE = /\b(?:moved|moving|resettled|resettling)\s+$/i;
const MOVED_FROM = new RegExp(`^\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!))?(${alternation(PEOPLE_NOUNS)})(\\s+(?:from|out\\s+of)\\s)`, 'iv');
const FROM_HOMES = /^\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?(?:from|out of)\s+(?:their|its|his|her)\s+(?:homes?|villages?|land|towns?)\b/iv;

/** People forced from their homes, the verb before and the homes after: displaced. */
function forcedFromHomes(sentence: string, mention: NumberMention): Reading | null {
	// "the authorities have moved around 600 herders from villages below the pass": civilians moved away from where they live
	const moved = MOVED_BEFORE.exec(sentence.slice(Math.max(0, mention.start - 14), mention.start));
	const movedPeople = moved ? MOVED_FROM.exec(sentence.slice(mention.numberEnd)) : null;
	if (movedPeople && !ARMED_OR_TROOPS.test(movedPeople[1])) return {kind: 'displaced', rule: 'figure.displaced-moved', start: mention.start - moved![0].length, end: mention.numberEnd + movedPeople[0].length - movedPeople[2].length, counts: movedPeople[1].toLowerCase()};
	// "caused the displacement of nearly one million people": the people a displacement is of
	const displacement = DISPLACEMENT_OF.exec(sentence.slice(Math.max(0, mention.start - 40), mention.start));
	const uprooted = displacement ? DISPLACED_PEOPLE.exec(sentence.slice(mention.numberEnd)) ?? DISPLACED_NATIONALS.exec(sentence.slice(mention.numberEnd)) : null;
	if (uprooted && !ARMED_OR_TROOPS.test(uprooted[1])) return {kind: 'displaced', rule: 'figure.displaced-displacement', start: mention.start - displacement![0].length, end: mention.numberEnd + uprooted[0].length, counts: uprooted[1].toLowerCase()};
	const forced = FORCED_BEFORE.exec(sentence.slice(Math.max(0, mention.start - 12), mention.start));
	const homes = forced ? FROM_HOMES.exec(sentence.slice(mention.numberEnd)) : null;
	return homes ? {kind: 'displaced', rule: 'figure.displaced-forced', start: mention.start - forced![0].length, end: mention.numberEnd + homes[0].length, counts: null} : null;
}

// "X and Y lost their lives, together with four fishermen": people joined to a casualty clause before them
const ALONG_WITH = endingInWord(/([^,;:.]*)(?:,\s*|\s+)(?:(?:together|along)\s+with|plus)\s+(?:(?:at least|about|some|nearly|more than|another)\s+)?$/i, ['with', 'plus', 'least', 'about', 'some', 'nearly', 'than', 'another']);

const CIVILIAN_CAPTIVES = /^(?:drivers|truckers|civilians|villagers|workers|engineers|contractors|journalists|reporters|passengers|nurses|doctors|teachers|farmers|traders|tourists|students|women|children|pilgrims|herders|fishermen)$/i;
// the captors' own verb of taking (not the state's "detained" or "arrested")
const TAKEN_BY_FORCE = /\b(?:captured|capturing|captures|seized|seizing|took|taken|taking|holds|holding|held|abducted|kidnapped)\b/i;

const DISPLACEMENT_OF = /\b(?:displacement|uprooting|exodus|flight|evacuation|evacuations)\s+of\s+(?:(?:some|about|around|nearly|almost|more than|over|at least|up to|an estimated|roughly)\s+)?$/i;
// "the exodus of over 100,000 ethnic Armenians": a people named by its demonym
const DISPLACED_NATIONALS = /^\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?([\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ans|ese|is|ens|ks))\b/v;
const DISPLACED_PEOPLE = new RegExp(`^\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(${alternation(PEOPLE_NOUNS)})\\b`, 'iv');

/** People counted after "together with" or "along with" share the casualty word of the clause before: "two sailors died, along with four fishermen". */
function alongWith(sentence: string, mention: NumberMention, before: string, previous: Reading | null = null): Reading | null {
	const along = ALONG_WITH.exec(before.slice(-120));
	const people = along ? PART_PEOPLE.exec(sentence.slice(mention.numberEnd)) : null;
	if (!along || !people || !PEOPLE.has(people[1].toLowerCase())) return null;
	// "killed 30 soldiers and holds six of them, along with two drivers": the count right before says what befell them
	if (previous && previous.kind !== 'other' && previous.kind !== 'money' && previous.end <= mention.start && /^(?:\s+more)?\s*,?\s*(?:(?:together|along)\s+with|plus)\s+(?:\S+\s+)?$/i.test(sentence.slice(previous.end, mention.start))) {
		// "captured six soldiers, plus two drivers": civilians an armed group takes with soldiers are its hostages
		const kind = previous.kind === 'prisoners' && CIVILIAN_CAPTIVES.test(people[1]) && TAKEN_BY_FORCE.test(sentence.slice(Math.max(0, previous.start - 10), previous.end)) ? 'hostages' : previous.kind;
		return {...previous, kind, rule: `${previous.rule}+along-with`, start: mention.start, end: mention.numberEnd + people[0].length, counts: people[1].toLowerCase()};
	}
	const clause = along[1];
	for (const token of tokensAfter(clause, 0, 24)) {
		const rest = clause.slice(token.start);
		if (!ANY_WORD_AFTER.test(rest)) continue;
		const word = WORD_AFTER.find(({pattern}) => pattern.test(rest));
		if (word) return {kind: word.kind, rule: `figure.${word.kind}-along-with`, start: mention.start, end: mention.numberEnd + people[0].length, counts: people[1].toLowerCase()};
	}
	return null;
}

/** Equipment or targets counted in a sentence about strikes: "shot down five jets", "struck nine sites". */
const FIGHTER_JETS = /\b(?:shot\s+down|shooting\s+down|downed|downing|brought\s+down|intercepted|jets?|aircraft|planes?|warplanes?|air\s+bases?|airfields?|airbases?|hangars?|squadrons?|sorties)\b/i;
function damageReading(sentence: string, mention: NumberMention): Reading | null {
	if (!DAMAGE.test(sentence) && !DESTRUCTION.test(sentence) && !rebuilt(sentence, mention)) return null;
	const tokens = tokensAfter(sentence, mention.numberEnd, 8);
	let last: {word: string; start: number; end: number} | null = null;
	let plain = false; // a plain lower-case word before the last token: not a model name
	for (let i = 0; i < tokens.length && i < 6; i++) {
		const token = tokens[i];
		const rest = sentence.slice(token.start);
		const noun = EQUIPMENT.exec(rest) ?? TARGETS.exec(rest);
		// "had moved 3,000 fighters to the front before the attack": fighters are jets only where aircraft are downed or flown
		if (noun && /^fighters$/i.test(noun[0]) && !FIGHTER_JETS.test(sentence)) return null;
		if (noun) {
			const isWeapon = /^(?:missiles?|rockets|drones?)$/i.test(noun[0]);
			// "hit the trawler with water cannon from two coastguard ships": the vessels or aircraft fired from are the means, not what was struck
			if (!isWeapon && EQUIPMENT.test(rest) && FIRED_FROM.test(sentence.slice(Math.max(0, mention.start - 12), mention.start)) && !/^\s+(?:downed|destroyed|damaged|wrecked|sunken|burnt-out|burned-out)\b/i.test(sentence.slice(mention.numberEnd))) return null;
			// "one of its planes \"struck a command centre\"", "two coastguard ships fired water cannon at it": craft that did
			// the striking were not struck
			if (!isWeapon && EQUIPMENT.test(rest) && CRAFT_FIRED.test(sentence.slice(token.start + noun[0].length).replace(/^\s*["“]/, ' ')) && !DOWNING.test(sentence.slice(0, mention.start))) return null;
			if (isWeapon && (LAUNCH.test(sentence.slice(0, mention.start)) || !DOWNING.test(sentence))) return null;
			// "three drones had struck the station": the weapons did the striking, nothing was downed
			if (isWeapon && STRUCK_BY_WEAPON.test(sentence.slice(token.start + noun[0].length)) && !DOWNING.test(sentence.slice(0, mention.start))) return null;
			// "not to attack 147 protected sites": the places a deal shields are its term, not damage
			if (!isWeapon && (/\bprotected\b/i.test(sentence.slice(mention.numberEnd, token.start)) || SHIELDED.test(sentence.slice(Math.max(0, mention.start - 120), mention.start)))) return null;
			// "the port's 40 boats lost about 3,500 tonnes of cod": things whose own verb counts something else are its subject, not damage done
			if (SUBJECT_OF_COUNT.test(sentence.slice(token.start + noun[0].length))) return null;
			const isArea = /^(?:regions|provinces|districts|cities|towns|villages|hamlets|settlements|houses|homes|buildings)$/i.test(noun[0]);
			// "living in 11 camps": places people live in, not places struck
			if (LIVED_IN.test(sentence.slice(Math.max(0, mention.start - 20), mention.start))) return null;
			// "with 17 villages attacked": the places' own participle says they were struck
			const struck = DAMAGE_PARTICIPLE.test(sentence.slice(token.start + noun[0].length));
			if (isArea && !struck && !/\b(?:across|in|on)\s+$/i.test(sentence.slice(Math.max(0, mention.start - 10), mention.start)) && !DESTRUCTION.test(sentence)) return null;
			// "the two provinces on either side of it agreed": a pair of places named as known, not places struck
			if (isArea && !struck && mention.value === 2 && /\bthe\s+$/i.test(sentence.slice(Math.max(0, mention.start - 5), mention.start))) return null;
			if (isArea && /\b(?:to|for|serving|supplying)\s+$/i.test(sentence.slice(Math.max(0, mention.start - 12), mention.start))) return null; // "cutting power to 200,000 homes": served, not struck
			return {kind: 'damage', rule: 'figure.damage-target', start: mention.start, end: token.start + noun[0].length, counts: noun[0].toLowerCase()};
		}
		// "four fishermen of the port": the number counts people, whatever target noun follows them
		if (PEOPLE.has(token.word.toLowerCase())) return null;
		// modifiers between the number and its noun: "three of its", "four rebel", "two Mi-8", "six Royal Navy"
		if (/^[,;:()"“”]$/.test(token.word) || /^(?:and|or|to|from|with|in|on|at|by|for|that|which|who|were|was|had|have|has|are|is|as|into|per)$/i.test(token.word) || /^\d/.test(token.word)) break;
		if (i >= 3 && !isCapitalised(token.word)) break;
		if (!isCapitalised(token.word) && !/-|['’]s$|ed$/.test(token.word) && !/^(?:of|the|its|their|his|her|a|an)$/i.test(token.word)) plain = true;
		last = token;
	}
	if (last && (plain || !isCapitalised(last.word))) last = null;
	// A model name counted in a sentence about downing: "including two Tornado, one Mi-24".
	if (last && isCapitalised(last.word) && DOWNING.test(sentence) && !sideOfWord(last.word)) {
		const next = tokens[tokens.indexOf(last) + 1];
		if (!next || /^[,;:)]$/.test(next.word) || /^(?:and|had|has|was|were|in|with|jets?|aircraft)$/i.test(next.word))
			return {kind: 'damage', rule: 'figure.damage-model', start: mention.start, end: last.end, counts: last.word};
	}
	return null;
}

// "will rebuild 14 bridges and nine schools", "14 bridges to be rebuilt": what must be rebuilt or repaired was damaged
const REBUILT_BEFORE = /\b(?:rebuil[dt]|rebuilding|rebuilds|reconstruct(?:s|ed|ing)?|repair(?:s|ed|ing)?)\s+(?:(?:the|all|some|its|their)\s+)?(?:[^,;.:]{0,40}\s(?:and|,)\s+)?$/i;
const REBUILT_AFTER = /^[^,;.:]{0,40}?\s(?:(?:to|will|must|shall|are\s+to|is\s+to)\s+)?be\s+(?:rebuilt|repaired|reconstructed)\b/i;
const rebuilt = (sentence: string, mention: NumberMention) => REBUILT_BEFORE.test(sentence.slice(Math.max(0, mention.start - 70), mention.start)) || REBUILT_AFTER.test(sentence.slice(mention.numberEnd, mention.numberEnd + 70));

const LIVED_IN = /\b(?:living|live|lives|sheltering|staying|housed)\s+in\s+$/i;
const DAMAGE_PARTICIPLE = new RegExp(`^\\s+(?:(?:were|was|had been|have been)\\s+)?(?:${alternation([...DAMAGE_WORDS, ...DESTRUCTION_WORDS].filter((word) => /(?:ed|nt|zed|hit|struck|out|down)$/.test(word)))})\\b`, 'i');
const SUBJECT_OF_COUNT = /^\s+(?:(?:have|has|had)\s+)?(?!(?:in|on|at|of|and|or|but|across|from|to|with|by|for|near|over|under|between|among|including|than|per|a|each)\s)[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+(?:(?:about|some|around|nearly|more than|over|almost|at least|an estimated)\s+)?\d/v;
const CRAFT_FIRED = /^\s+(?:had\s+|have\s+|has\s+)?(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+)?(?:struck|hit|fired|rammed|opened\s+fire|shelled|bombed|blocked|chased|slammed)\b(?!\s+by\b)/v;
const FIRED_FROM = /\b(?:from|aboard|on board)\s+$/i;
const STRUCK_BY_WEAPON = /^\s+(?:had\s+|have\s+|has\s+)?(?:struck|hit|slammed|landed|exploded|crashed)\b/i;
// a strike forbidden or promised not to happen: "bars both sides from attacking", "promised not to attack"
const SHIELDED = /\b(?:not\s+(?:to\s+)?|never\s+)(?:attack|strike|hit|target|touch|shell|bomb)\b[^.;]*$|\bfrom\s+(?:attacking|striking|hitting|targeting|shelling|bombing)\b[^.;]*$|\b(?:bars?|barred|barring|forbids?|forbidden|prohibits?|prohibited|bans?|banned)\b[^.;]{0,40}?\b(?:attacks?|strikes?|attacking|striking|shelling|targeting|bombing)\b[^.;]*$/i;

const UNDER_ARMS = /^\s+(?:(?:men|fighters|troops|soldiers)\s+)?under\s+arms\b/i;
// ("600 former council fighters", "2,000 trained militia fighters": who they were or how they serve)
const TROOP_MODIFIERS = new Set(['more', 'additional', 'extra', 'combat', 'active', 'foreign', 'american', 'ground', 'former', 'trained', 'regular', 'reserve', 'serving', 'demobilised', 'demobilized']);

/** Forces counted: "250,000 troops", "an army of 200,000 soldiers", "about 6,000 militia fighters", "a few thousand fighters". */
// "it targeted two militants preparing to fire": fighters struck are a strike's object, no force counted
const STRUCK_BEFORE = /\b(?:targeted|targeting|targets|struck|strikes|striking|hit|attacked|attacking|ambushed|bombed|shelled|fired\s+(?:on|at)|shot\s+at)\s+(?:(?:at\s+least|about|some|nearly|more\s+than|another|the)\s+)?$/i;
function troopReading(sentence: string, mention: NumberMention): Reading | null {
	if (STRUCK_BEFORE.test(sentence.slice(Math.max(0, mention.start - 40), mention.start))) return null;
	// "thought to have some 12,000 under arms": people under arms are a force
	const armed = UNDER_ARMS.exec(sentence.slice(mention.numberEnd));
	if (armed) return {kind: 'troops', rule: 'figure.troops', start: mention.start, end: mention.numberEnd + armed[0].length, counts: 'troops'};
	const tokens = tokensAfter(sentence, mention.numberEnd, 4);
	let plain = 0;
	for (const token of tokens) {
		const rest = sentence.slice(token.start);
		const found = TROOPS.exec(rest) ?? ARMED.exec(rest);
		// "two fighter jets", "fighters and bombers" in a list of aircraft are equipment
		if (found && !AIRCRAFT_AFTER.test(rest.slice(found[0].length))) return {kind: 'troops', rule: 'figure.troops', start: mention.start, end: token.start + found[0].length, counts: found[0].toLowerCase()};
		const lower = token.word.toLowerCase();
		if (isCapitalised(token.word) || /-/.test(token.word) || TROOP_MODIFIERS.has(lower) || MODIFIERS.has(lower)) continue;
		// one plain word naming whose they are: "6,000 movement fighters", "5,000 peacekeeping troops"
		if (/^[\p{Ll}--[\u{10000}-\u{10FFFF}]]+$/v.test(token.word) && !FUNCTION_WORD.test(token.word) && !TIME_UNIT.test(token.word) && plain++ === 0) continue;
		return null;
	}
	return null;
}

// "the 60-40 split of customs revenue", "split 70/30": the two shares of a division, each a figure
const SPLIT_NOUN = /^\s+(?:split|share|sharing|division|ratio|carve-up)\b/i;
const SPLIT_VERB_BEFORE = /\b(?:split|divided|shared|sharing|splitting|dividing)\s+$/i;

/** Each share of a division said as "60-40" or "70/30", with a noun or verb of dividing beside it. */
function splitShare(sentence: string, mention: NumberMention): Reading | null {
	if (mention.value === null || mention.value > 100 || mention.unit !== null) return null;
	const pair = /^[-–/](\d{1,2})\b/.exec(sentence.slice(mention.numberEnd));
	// "a 50-50 chance", "split 50-50": an even split is a manner of speaking, no shares to count
	if (pair && Number(pair[1]) === mention.value) return null;
	if (pair) {
		const end = mention.numberEnd + pair[0].length;
		const noun = SPLIT_NOUN.exec(sentence.slice(end));
		if (noun || SPLIT_VERB_BEFORE.test(sentence.slice(Math.max(0, mention.start - 16), mention.start))) return {kind: 'other', rule: 'figure.split-share', start: mention.start, end: end + (noun?.[0].length ?? 0), counts: 'share'};
	}
	const first = /\b(\d{1,2})[-–/]$/.exec(sentence.slice(Math.max(0, mention.start - 3), mention.start));
	if (!first || Number(first[1]) === mention.value) return null;
	const from = mention.start - first[0].length;
	const noun = SPLIT_NOUN.exec(sentence.slice(mention.numberEnd));
	if (!noun && !SPLIT_VERB_BEFORE.test(sentence.slice(Math.max(0, from - 16), from))) return null;
	return {kind: 'other', rule: 'figure.split-share', start: from, end: mention.numberEnd + (noun?.[0].length ?? 0), counts: 'share'};
}

// "600 police officers will be deployed", "some 500 police officers" to be sent: police sent somewhere are a force
const POLICE_AFTER = new RegExp(`^\\s+(?:(?:more|additional|extra|armed|federal|national|local|[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]*)\\s+)?(${alternation(POLICE_NOUNS)})\\b`, 'v');
const DEPLOYMENT = new RegExp(`\\b(?:${alternation(DEPLOYMENT_VERBS)})\\b`, 'i');

/** Police counted where a verb sends them somewhere: "600 police officers will be deployed around the camps". */
// "1,800 riot police on duty", "Around 1,800 police officers were on duty": police on duty are a force in place
// (not "18 officers who were on duty … have been suspended": a relative clause says who, not how many were sent)
const ON_DUTY = /^\s+(?:(?:were|are|was|is|will\s+be|had\s+been|have\s+been)\s+)?on\s+(?:duty|patrol)\b/i;

function policeDeployed(sentence: string, mention: NumberMention): Reading | null {
	const police = mention.value !== null && mention.value > 2 ? POLICE_AFTER.exec(sentence.slice(mention.numberEnd)) : null;
	if (!police) return null;
	// the verb that sends them governs the count: just before it or just after its noun ("will be deployed")
	const sent = DEPLOYMENT.test(sentence.slice(Math.max(0, mention.start - 30), mention.start)) || DEPLOYMENT.test(sentence.slice(mention.numberEnd + police[0].length).slice(0, 40)) || ON_DUTY.test(sentence.slice(mention.numberEnd + police[0].length));
	if (!sent) return null;
	return {kind: 'troops', rule: 'figure.troops-police', start: mention.start, end: mention.numberEnd + police[0].length, counts: police[1].toLowerCase()};
}

// "the Front boasts of \"three thousand men\"", "the militia has 6,000 men": the men a force has are its fighters
const FORCE_HAS = /\b(?:has|had|have|boasts?\s+of|boasted\s+of|claims?|claimed|commands?|commanded|fields?|fielded|musters?|mustered|(?:can|could)\s+call\s+on)\s+["“‘']?(?:(?:about|some|around|nearly|more than|at least|up to|as many as|roughly)\s+)?$/i;
const MEN_AFTER = /^\s+(?:armed\s+|fighting\s+|trained\s+)?men\b/i;
const FORCE_HOLDER = new RegExp(`\\b(?:${alternation([...HOSTAGE_TAKERS, ...ARMED_NOUNS, 'army', 'forces', 'group', 'movement', 'brigade', 'battalion', 'regiment', 'guard'])})\\b`, 'i');

/** Men a force or armed group has: its fighters ("the Front had six thousand men"). */
function forceMen(sentence: string, mention: NumberMention, before: string): Reading | null {
	if (mention.value === null || mention.value < 20 || mention.unit) return null;
	const men = MEN_AFTER.exec(sentence.slice(mention.numberEnd));
	const has = men ? FORCE_HAS.exec(before.slice(-40)) : null;
	if (!has || !FORCE_HOLDER.test(before.slice(-100, -has[0].length || undefined))) return null;
	return {kind: 'troops', rule: 'figure.troops-men', start: mention.start, end: mention.numberEnd + men![0].length, counts: 'men'};
}

// "puts the number of jobs lost at", "whom the document puts at", "estimated by the ministry at", "has put the figure at"
// "puts the number of civilians killed by rebel fire in the city's western districts at 260": "the number of" may run longer
const ESTIMATED_AT_PATTERN = /\b(?:puts?|putting|placed|places|placing|estimated|estimates|estimating|reckons|reckoned|numbered|counts|counted)\b((?:\s+[^\s,;:.]+){0,10}?|\s+the\s+(?:number|count|total|tally)\s+of(?:\s+[^\s,;:.]+){1,14}?)\s+at\s+$/i;
const ESTIMATED_AT = endingInWord(ESTIMATED_AT_PATTERN, ['at']);
const NUMBER_OF = /\b(?:number|count|total|tally|figure)\s+of\s+(.+)$/i;
const BARE_FIGURE = /^\s+(?:(?:the|its|their|his|her|our|this)\s+)?(?:figure|number|total|tally|count|estimate)\s*$|^\s+(?:it|them)\s*$/i;
// the subject of a clause that estimates it: "The alliance's fighters, whom …", "The insurgent fighters, estimated by …"
const ESTIMATED_SUBJECT = /([[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)\s*,\s*(?:(?:whom|which|who|whose\s+(?:strength|size|number|numbers))\s+[^,;]*)?$/v;

/**
 * A count given as an estimate of something named before it: "puts the number of shops closed at about 2,500", "The
 * guerrillas, whom the army puts at about 3,500", "the company has put the figure at a few dozen".
 */
function estimateReading(sentence: string, mention: NumberMention, before: string, previous: Reading | null): Reading | null {
	// "put the number of soldiers killed at 'at least 15'": a quoted count
	const estimated = ESTIMATED_AT.exec(before.slice(-160).replace(/\s["“'‘]$/, '  '));
	if (!estimated) return null;
	const start = mention.start - estimated[0].length;
	const reading = (kind: FigureKind, counts: string | null): Reading => ({kind, rule: 'figure.estimate', start, end: mention.end, counts});
	const numberOf = NUMBER_OF.exec(estimated[1]);
	if (numberOf) return countedPhrase(numberOf[1], reading);
	// "the figure" stands for the count before it in the sentence
	if (BARE_FIGURE.test(estimated[1])) return previous && previous.kind !== 'money' && previous.kind !== 'plan_points' ? {...previous, rule: `${previous.rule}+estimate`, start, end: mention.end} : null;
	// "put losses at 400": the object says what; "whom the document puts at", "estimated by the ministry at": the subject does
	// ("put its own losses at 22 border guards": losses counted in people are still its dead)
	const own = countedNoun(sentence, mention);
	if (estimated[1].trim() && !/^\s+by\b/i.test(estimated[1])) return countedPhrase(estimated[1], reading, own !== null && !LOST_PEOPLE_WORDS.has(own.noun.toLowerCase()));
	const subject = ESTIMATED_SUBJECT.exec(before.slice(0, before.length - estimated[0].length).slice(-120));
	return subject ? countedPhrase(subject[1], reading) : null;
}

// "the number of Kelvanians held", "the number of sailors still held": people held are prisoners
const PEOPLE_HELD = /^\s*(?:the\s+)?([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+(?:ans|ese|is)|[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+)\s+(?:(?:still|now|currently|being)\s+)*(?:held|captured)\b/v;

/** What a phrase that names a count counts: casualties by their words, forces, else the thing itself ("factory jobs lost"). */
function countedPhrase(phrase: string, reading: (kind: FigureKind, counts: string | null) => Reading, ownNoun = false): Reading | null {
	const held = PEOPLE_HELD.exec(phrase);
	if (held && (/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(held[1]) || PEOPLE.has(held[1].toLowerCase()))) return reading('prisoners', held[1].toLowerCase());
	// "One newspaper put the rescued at 147": the people saved
	if (/^\s*(?:the\s+)?(?:rescued|survivors|saved)\s*$/i.test(phrase)) return reading('other', 'rescued');
	// "The council puts its own losses at more than 200": a side's losses counted without a sum are its dead
	// ("put losses at about 1,200 homes" counts homes)
	if (!ownNoun && /\blosses\b/i.test(phrase) && !/\b(?:financial|economic|revenue|output|crop|job|trade|market)\b/i.test(phrase)) return reading('killed', null);
	// "the number of people who left": residents gone from their homes
	const gone = /^\s*(?:the\s+)?([[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)\s+(?:who|that)\s+(?:have\s+|had\s+)?(?:left|fled)\b/iv.exec(phrase);
	if (gone && RESIDENTS.test(gone[1])) return reading('displaced', gone[1].toLowerCase());
	// "the number of soldiers killed": what befell the people says what they count, before who they are
	const words = phrase.split(/\s+/);
	for (const word of words) for (const {kind, pattern} of WORD_AFTER) if (pattern.test(word)) return reading(kind, null);
	for (const word of words) if (TROOPS.test(word) || ARMED.test(word) || FORCE_WORD.test(word)) return reading('troops', word.toLowerCase());
	// "put troop numbers at between 3,000 and 4,000": a force's strength named by its noun
	if (/\b(?:troop|force)\s+(?:numbers?|strength|levels?)\b/i.test(phrase)) return reading('troops', 'troops');
	// "the number of homes destroyed": things destroyed are damage
	const destroyed = DESTRUCTION_IN.test(phrase);
	const noun = /^(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?([[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+s)\b/v.exec(phrase.trim().replace(/^(?:the|its|their|his|her|our|this|these|those)\s+/i, ''));
	return noun && !/(?:ss|us|is)$/.test(noun[1]) ? reading(destroyed ? 'damage' : 'other', noun[1].toLowerCase()) : null;
}

// "says it has lost 1,300 men since March", "has buried 97 of its soldiers": a side's own dead
const LOST_BEFORE_PATTERN = /\b(?:lost|loses|losing|buried|buries|burying)\s+$/i;
const LOST_BEFORE = endingInWord(LOST_BEFORE_PATTERN, ['lost', 'loses', 'losing', 'buried', 'buries', 'burying']);
const LOST_PEOPLE = new RegExp(`^\\s+(?:of\\s+(?:its|their|our|his|her|the)\\s+)?(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(${alternation(LOST_PEOPLE_NOUNS)})\\b`, 'iv');

const LOST_PEOPLE_WORDS = lowerSet(LOST_PEOPLE_NOUNS);
const LOST_TO_LEAVING = /^\s+to\s+(?:(?:its|their|the|a)\s+)?(?:rivals?|competitors?|emigration|other\s+(?:firms|employers|clubs|parties)|the\s+private\s+sector)\b/i;
/** A side's own dead counted by what it lost or buried: "lost 97 servicemen", "buried 97 of its soldiers". */
function lostReading(sentence: string, mention: NumberMention, before: string): Reading | null {
	const lost = LOST_BEFORE.exec(before.slice(-30));
	const fallen = lost ? LOST_PEOPLE.exec(sentence.slice(mention.numberEnd)) : null;
	// "lost 300 people to rivals": staff who left, not the dead
	if (fallen && LOST_TO_LEAVING.test(sentence.slice(mention.numberEnd + fallen[0].length))) return null;
	if (lost && fallen) return {kind: 'killed', rule: 'figure.killed-lost', start: mention.start - lost[0].length, end: mention.numberEnd + fallen[0].length, counts: fallen[1].toLowerCase()};
	// "Drevland says it lost 23 in the fighting": a side's losses in a fight, its people left unnamed
	const fight = lost && mention.value !== null && !mention.unit ? LOST_IN_FIGHT.exec(sentence.slice(mention.numberEnd)) : null;
	return fight ? {kind: 'killed', rule: 'figure.killed-lost', start: mention.start - lost![0].length, end: mention.numberEnd + fight[0].length, counts: null} : null;
}
const LOST_IN_FIGHT = /^\s+(?:(?:more|others|men)\s+)?(?:in|during)\s+(?:the\s+|last\s+\w+['’]s\s+|this\s+week['’]s\s+|the\s+latest\s+)?(?:fighting|clashes|battle|battles|attack|assault|ambush|offensive|raid|shelling|war)\b/i;
const SHELTERS_BEFORE = /\b(?:now\s+|still\s+)?(?:shelters|sheltered|(?:is|are|was|were)\s+sheltering)\s+$/i;
const CAMP_HOUSES_PATTERN = new RegExp(`(?:(\\S+)\\s+)?\\b(?:${alternation(CAMP_NOUNS)})\\b[^.;:]{0,40}?\\b(?:${alternation(HOUSING_VERBS)})\\s+$`, 'iu');
const CAMP_HOUSES = endingInWord(CAMP_HOUSES_PATTERN, HOUSING_VERBS.map((verb) => verb.split(' ').at(-1)!));
const NOT_DISPLACEMENT_CAMP = new RegExp(`^(?:${alternation(NOT_DISPLACEMENT_CAMPS)})$`, 'i');

/** People a camp or shelter houses are displaced: "X camp, which houses some 35,000 people" (not a detention camp's inmates). */
function campReading(sentence: string, mention: NumberMention, before: string): Reading | null {
	// "the sports hall now shelters some 3,400 people": whatever place shelters people gives them refuge
	if (SHELTERS_BEFORE.test(before.slice(-30)) && PEOPLE_AFTER.test(sentence.slice(mention.numberEnd))) return {kind: 'displaced', rule: 'figure.displaced-sheltered', start: mention.start, end: mention.numberEnd + PEOPLE_AFTER.exec(sentence.slice(mention.numberEnd))![0].length, counts: null};
	const camp = CAMP_HOUSES.exec(before.slice(-80));
	if (!camp || (camp[1] && NOT_DISPLACEMENT_CAMP.test(camp[1]))) return null;
	// "which now shelters about 9,000, has run short of water": the people left unsaid
	const people = PEOPLE_AFTER.exec(sentence.slice(mention.numberEnd)) ?? /^(?=\s*(?:[,;:.)–—]|$))/.exec(sentence.slice(mention.numberEnd));
	if (!people) return null;
	return {kind: 'displaced', rule: 'figure.displaced-camp', start: mention.start, end: mention.numberEnd + people[0].length, counts: null};
}

const FORCE_WORD = new RegExp(`^(?:${alternation(FORCE_NOUNS)})$`, 'i');
const DESTRUCTION_IN = new RegExp(`\\b(?:${alternation(DESTRUCTION_WORDS)})\\b`, 'i');

const AIRCRAFT_AFTER = /^\s*(?:jets?|planes?|aircraft|bombers|and\s+bombers|,\s*bombers)\b/i;
// "the navy is about 12,000 strong", "a 4,000-strong force": a force's size, said as its strength
const STRONG_AFTER = /^(?:-|\s+)strong\b/i;
// "the navy is about 12,000 strong", "The army, 40,000 strong, says …"
const FORCE_BEFORE = new RegExp(`\\b(?:${alternation([...FORCE_NOUNS, ...ARMED_NOUNS])})\\b(?:[^,;.]{0,40}?\\b(?:is|are|was|were|stands at|now|remains?)\\s+(?:still\\s+|only\\s+|now\\s+)?|\\s*,\\s*)$`, 'i');
const FORCE_AFTER = new RegExp(`^(?:\\s+[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+){0,2}?\\s+(?:${alternation([...FORCE_NOUNS, ...ARMED_NOUNS, ...TROOP_NOUNS])})\\b`, 'iv');

const BODY_STRONG = new RegExp(`^(?:-|\\s+)strong\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(BODY_NOUNS)})\\b`, 'iv');
// the end of a body's size: the clause ends, or its members are named in a word or two ("a team of 24 inspectors")
const BODY_SIZE_END = /^(?:\s*(?:[,;:.\)–—]|$)|\s+(?:to|will|would|is|was|led|from|with|that|which|who|of|has|had)\b|\s+["“]?[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+s["”]?(?=\s*(?:[,;:.\)–—]|$)|\s+(?:to|will|would|is|was|led|from|with|that|which|who|has|had|hand-picked|drawn|made)\b))/v;

/** A force's strength: "the navy is about 12,000 strong", "a 4,000-strong peacekeeping force" (not "a 300-strong crowd"). */
function strengthReading(sentence: string, mention: NumberMention, before: string): Reading | null {
	const strong = STRONG_AFTER.exec(sentence.slice(mention.numberEnd));
	if (!strong) return null;
	// "a 24-strong inspection team": a body a deal sets up, not an armed force
	const body = BODY_STRONG.exec(sentence.slice(mention.numberEnd));
	if (body) return {kind: 'other', rule: 'figure.members', start: mention.start, end: mention.numberEnd + body[0].length, counts: 'members'};
	const end = mention.numberEnd + strong[0].length;
	const force = FORCE_AFTER.exec(sentence.slice(end));
	if (force) return {kind: 'troops', rule: 'figure.troops-strong', start: mention.start, end: end + force[0].length, counts: 'troops'};
	return FORCE_BEFORE.test(before.slice(-80)) ? {kind: 'troops', rule: 'figure.troops-strong', start: mention.start, end, counts: 'troops'} : null;
}

// "its forces number about 18,000", "the militia now totals 4,000": a force's size as its verb's complement
const FORCE_NUMBERS_PATTERN = new RegExp(`\\b(?:${alternation([...FORCE_NOUNS, ...ARMED_NOUNS, ...TROOP_NOUNS])})\\s+(?:now\\s+|still\\s+)?(?:number|numbers|numbered|total|totals|totalled|totaled|stand at|stands at|stood at)\\s+$`, 'i');
const FORCE_NUMBERS = endingInWord(FORCE_NUMBERS_PATTERN, ['number', 'numbers', 'numbered', 'total', 'totals', 'totalled', 'totaled', 'at']);

// "the garrison is capped at 2,500", "its armed forces are limited to 600,000": a force, its cap, then the number
const FORCE_CAPPED = new RegExp(`\\b(?:${alternation(FORCE_NOUNS)})\\s+(?:(?:is|are|was|were|will\\s+be|would\\s+be|must\\s+be|shall\\s+be|to\\s+be)\\s+)?(?:capped|limited|restricted)\\s+(?:at|to)\\s+(?:(?:about|some|around|no\\s+more\\s+than|up\\s+to)\\s+)?$`, 'i');
// "a limit of 600,000 on the size of the army": the cap named first, the force after the number
const CAP_OF_BEFORE = /\b(?:limit|ceiling|cap)\s+of\s+(?:(?:about|some|around|up\s+to)\s+)?$/i;
const ON_FORCE_SIZE = /^\s+on\s+(?:the\s+)?(?:size|strength|numbers?)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:army|armed\s+forces|forces|military|troops|garrison|contingent)\b/iv;

/** A force's size set or changed with its noun before the number: "the troop ceiling falls from 9,800 to 7,200". */
function forceLevel(sentence: string, mention: NumberMention, before: string): Reading | null {
	// (a noun of its own after the number says what it counts: "limited to 300 observers")
	if (mention.value !== null && !mention.unit && ((FORCE_CAPPED.test(before.slice(-80)) && !/^\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(sentence.slice(mention.end))) || (CAP_OF_BEFORE.test(before.slice(-30)) && ON_FORCE_SIZE.test(sentence.slice(mention.end)))))
		return {kind: 'troops', rule: 'figure.troops-capped', start: mention.start, end: mention.end, counts: 'troops'};
	if (mention.value === null || mention.unit || !(FORCE_LEVEL.test(before.slice(-120)) || TROOPS_MOVED.test(before.slice(-90)))) return null;
	// the number's own noun, when there is one, says what it counts ("to 7,200 military personnel" is read before this)
	if (/^\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(sentence.slice(mention.end)) && !/^\s+(?:to|from|in|by|under|over|on|and|a|as|after|before|when|while|this|next|last)\b/i.test(sentence.slice(mention.end))) return null;
	return {kind: 'troops', rule: 'figure.troops-level', start: mention.start - (/\b(?:from|to|at)\s+$/i.exec(before)?.[0].length ?? 0), end: mention.end, counts: 'troops'};
}

// "Troops on the islands will fall from 1,800 to 300", "soldiers in the zone are capped at 500": a force's own level moved or capped
const TROOPS_MOVED = /\b(?:troops|soldiers|personnel|forces|garrisons?|peacekeepers)\b[^;.,]{0,40}?\b(?:fall|falls|fell|fallen|drop|drops|dropped|shrink|shrinks|shrank|rise|rises|rose|risen|grow|grows|grew|increase|increases|increased|decrease|decreases|decreased|go\s+down|go\s+up|be\s+(?:cut|reduced|capped|limited)|are\s+(?:cut|reduced|capped|limited)|were\s+(?:cut|reduced|capped|limited))\s+(?:from|to|at)\s+(?:(?:about|around|some|nearly|roughly|just)\s+)?(?:[\d,]+\s+to\s+(?:(?:about|around|some|nearly|roughly|just)\s+)?)?$/i;

/** A force sized by "number" or "total": "its forces number about 18,000". */
function forceNumbers(mention: NumberMention, before: string): Reading | null {
	const force = FORCE_NUMBERS.exec(before.slice(-60));
	return force ? {kind: 'troops', rule: 'figure.troops-number', start: mention.start - force[0].length, end: mention.end, counts: 'troops'} : null;
}

/** Whether a number after a capitalised word is a second subject's count with its verb left out ("and Y 390 nationals"), after a count of people. */
function gappedSubject(before: string, previous: Reading | null): boolean {
	if (!previous || previous.kind === 'other' || previous.kind === 'money' || previous.kind === 'plan_points') return false;
	return GAPPED_SUBJECT.test(before.slice(-40));
}

/**
 * Remains or bodies changing hands: "the remains of 212 soldiers will be handed over", "return the remains of the
 * fallen: 369 bodies in all". They count the dead of a whole war given back, not a toll of the event reported;
 * bodies found or recovered stay a toll.
 */
function remainsReading(sentence: string, mention: NumberMention, before: string): Reading | null {
	const noun = REMAINS_AFTER.exec(sentence.slice(mention.numberEnd));
	const of = noun ? null : REMAINS_OF.exec(before.slice(-80));
	if (!noun && !of) return null;
	// "X holds the bodies of 27 soldiers": remains a side holds are to be given back, as remains returned are
	if ((!RETURNED.test(sentence) && !(of && REMAINS_HELD.test(before.slice(-80)))) || FOUND.test(before.slice(-60))) return null;
	// "returned the bodies of 12 soldiers killed in the ambush": the people's own casualty word makes it a toll
	if (of && casualtyAfter(sentence, mention)?.kind === 'killed') return null;
	// "the remains of 212 Paldori and 157 Morlandi soldiers": the phrase runs to the people counted, or at least their nationality
	const counted = noun ? null : PEOPLE_AFTER.exec(sentence.slice(mention.numberEnd)) ?? /^\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*/v.exec(sentence.slice(mention.numberEnd));
	const end = mention.numberEnd + (noun?.[0].length ?? counted?.[0].length ?? 0);
	return {kind: 'other', rule: 'figure.remains', start: of ? mention.start - of[0].length : mention.start, end: Math.max(end, mention.end), counts: 'remains'};
}

const RESCUED_AFTER = /^\s+(?:(?:people|persons|passengers|migrants|survivors|crew\s+members)\s+)?(?:(?:were|was|have\s+been|had\s+been|are|have|had)\s+)?(?:(?:since|now|also|later)\s+)?(?:rescued|saved|pulled\s+out\s+alive|plucked\s+from\s+the\s+(?:sea|water)|found\s+alive)\b/i;
const REMAINS_HELD = new RegExp(`\\b(?:holds|held|holding|hold|keeps|kept|keeping)\\s+the\\s+(?:${alternation(REMAINS_NOUNS)})\\s+of\\s+$`, 'i');

/**
 * People held, freed or exchanged: "X will release 390 nationals", "holds about 1,500 servicemen", "390 nationals held
 * by Y", "the 410 servicemen to be released". Prisoners are held, released or exchanged; troops are deployed.
 */
function captiveReading(sentence: string, mention: NumberMention, rawBefore: string): Reading | null {
	// 'holds "around 300" people': a quoted count
	const before = unquotedBefore(rawBefore);
	const after = unquotedAfter(rawBefore, sentence.slice(mention.numberEnd));
	const noun = CAPTIVE_NOUN.exec(after) ?? MEMBERS_OF_FORCE.exec(after) ?? NATIONALS.exec(after);
	// "is releasing three trawlers and 26 crew": a verb of holding governs the people listed after the things it holds
	const verb = CAPTIVITY_VERB.exec(before.slice(-60)) ?? (noun && !NATIONALS.test(after) ? CAPTIVITY_LIST.exec(before.slice(-90)) : null);
	// "Kell holds 11 Dorvi": a nationality alone stands for its people only right after a verb of holding
	const people = noun ?? (verb ? NATIONALITY_ALONE.exec(after) : null);
	if (!people) return null;
	const rest = after.slice(people[0].length);
	if (RESCUE.test(sentence) || RESERVE.test(rest) || (TROOPS.test(people[0].trim().split(/\s+/).at(-1) ?? '') && !/\benemy\b/i.test(people[0]) && AT_THE_LINE.test(rest))) return null;
	// a hall that holds 500 people, or a bus 40 children, holds no prisoners (a government that holds 300 people does)
	const holding = verb && /^hold|^held/i.test(verb[1]) && /^\s+(?:of\s+)?(?:people|persons|children|men|women|crew|passengers)\b/i.test(after) && HOLDING_PLACE.test(before.slice(-80, -verb[0].length || undefined));
	const held = verb && !holding ? verb : null;
	// "60 captured sailors", "the 40 detained crew members": the participle among the words before the noun
	const described = noun && CAPTIVE_PARTICIPLE.test(people[0]);
	// "61 soldiers and 150 civilians are held": the held clause comes after the second count
	const second = COORDINATED_PEOPLE.exec(rest);
	// "more than 20 doctors and nurses held by the two sides": people of two trades held together
	const joined = JOINED_CAPTIVES.exec(rest);
	// "Two soldiers who crossed the line on Friday are being held": held, said after the people's relative clause
	const relative = RELATIVE_CLAUSE.exec(rest);
	if (!held && !described && !returnedInSwap(sentence, rest) && !capturedAfter(rest) && !(second && capturedAfter(rest.slice(second[0].length))) && !(joined && capturedAfter(rest.slice(joined[0].length))) && !(relative && capturedAfter(rest.slice(relative[0].length)))) return null;
	const counts = /([\p{L}--[\u{10000}-\u{10FFFF}]]+)$/v.exec(people[0])?.[1].toLowerCase() ?? null;
	return {kind: 'prisoners', rule: 'figure.prisoners-held', start: held ? mention.start - held[0].length : mention.start, end: mention.numberEnd + people[0].length, counts};
}

// "free the three trawlers and 26 crew", "holds two boats and 17 crew": a verb of holding, a short list item with its own count, then the people
const CAPTIVITY_LIST = asciiTwin(new RegExp(`\\b(${alternation(CAPTIVITY_BEFORE)})\\s+(?:(?:the|all|its|their|his|her|our)\\s+)?(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:[[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,3}?(?:and|,)\\s+(?:(?:about|some|around|nearly|more than|at least)\\s+)?$`, 'iv'));
// "holds fifty-eight members of the security forces": members of a force are its people
const MEMBERS_OF_FORCE = /^\s+members\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:security forces|armed forces|forces|army|police|military|navy|militia|guard|coast guard|gendarmerie)\b/iv;
// places that hold people without holding them captive: "the hall holds 500 people", "each bus holds 40 children"
// ("The ground, built for 38,000, held about 44,000 people": an aside between the place and its verb)
const HOLDING_PLACE = /\b(?:camp|camps|prison|prisons|jail|jails|facility|facilities|cell|cells|hall|halls|stadium|arena|room|rooms|bus|buses|coach|boat|boats|vessel|ship|ships|plane|planes|aircraft|venue|theatre|theater|church|mosque|school|building|shelter|centre|center|tent|tents|lifeboat|train|carriage|auditorium|chamber|court|square|site|space|capacity|can|stand|stands|terrace|terraces|ground|stadiums|grounds)\b(?:\s*,(?:[^.;,]|,(?=\d)){1,40},)?[^.;,]{0,30}$/i;

// "killing more than 400 fighters and capturing 105": a capture verb, the number bare at its clause's end
const CAPTURED_BARE_PATTERN = /\b(?:capturing|captured|captures|capture|taking prisoner|took prisoner|taken prisoner|detaining|detained|arresting|arrested)\s+(?:(?:another|a further|some|about|nearly|more than|at least|over)\s+)?$/i;
const CAPTURED_BARE = endingInWord(CAPTURED_BARE_PATTERN, ['capturing', 'captured', 'captures', 'capture', 'prisoner', 'detaining', 'detained', 'arresting', 'arrested', 'another', 'further', 'some', 'about', 'nearly', 'than', 'least', 'over']);
const CLAUSE_END = /^(?:\s+more\b)?\s*(?:[,;:.)–—]|$|\s-\s|\s+(?:and|in|at|on|during|near|after|while|along\s+with|plus)\b)/;

/** People captured whose noun is left out, after a count of people in the same sentence: "killing 400 fighters and capturing 105". */
function capturedBare(sentence: string, mention: NumberMention, before: string, previous: Reading | null): Reading | null {
	if (!previous || !['killed', 'injured', 'prisoners', 'hostages', 'troops', 'missing'].includes(previous.kind)) return null;
	const verb = CAPTURED_BARE.exec(before.slice(-40));
	if (!verb || !CLAUSE_END.test(sentence.slice(mention.end))) return null;
	return {kind: 'prisoners', rule: 'figure.prisoners-captured', start: mention.start - verb[0].length, end: mention.end, counts: previous.counts};
}

// "In exchange the rebels hand back four.": a verb of freeing, the number bare at its clause's end
const FREED_BARE_PATTERN = /\b(?:hand|hands|handed|handing)\s+(?:back|over)\s+(?:(?:another|a\s+further|only|just|some|about)\s+)?$|\b(?:free|frees|freed|freeing|release|releases|released|releasing|return|returns|returned|returning)\s+(?:(?:another|a\s+further|only|just|some|about)\s+)?$/i;

/** Captives freed whose noun is left out, after a count of captives just before: "Nineteen of them are held … In exchange the rebels hand back four." */
function freedBare(sentence: string, mention: NumberMention, before: string, earlier: Reading | null): Reading | null {
	if (!earlier || (earlier.kind !== 'prisoners' && earlier.kind !== 'hostages') || mention.value === null || mention.unit) return null;
	const verb = FREED_BARE_PATTERN.exec(before.slice(-40));
	if (!verb || !CLAUSE_END.test(sentence.slice(mention.end))) return null;
	return {...earlier, rule: `${earlier.rule}+freed`, start: mention.start - verb[0].length, end: mention.end};
}

// "the army says it holds 96 captured rebels; the rebels say they have 41 soldiers": the other side's "have" is holding too
const SIDE_HAS = /\b(?:it|they|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)\s+(?:(?:says?|said|claims?|claimed)\s+(?:it|they)\s+)?(?:has|have|had)\s+(?:(?:about|some|around|nearly|more than|at least)\s+)?$/v;

/** People a side "has" right after a count of people held in the same sentence: prisoners. */
function hasCaptives(sentence: string, mention: NumberMention, before: string, previous: Reading | null): Reading | null {
	if (previous?.kind !== 'prisoners' || !SIDE_HAS.test(before.slice(-40))) return null;
	const people = CAPTIVE_NOUN.exec(sentence.slice(mention.numberEnd));
	return people ? {kind: 'prisoners', rule: 'figure.prisoners-has', start: mention.start, end: mention.numberEnd + people[0].length, counts: /([\p{L}--[\u{10000}-\u{10FFFF}]]+)$/v.exec(people[0])?.[1].toLowerCase() ?? null} : null;
}

const JOINED_CAPTIVES = new RegExp(`^\\s+(?:and|or)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!))?(?:${alternation(CAPTIVE_NOUNS)})\\b`, 'iv');
const COORDINATED_PEOPLE_WORDS = new RegExp(`^\\s+and\\s+(?:(?:about|some|around|nearly|more than|at least|another)\\s+)?[\\d,]+\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(CAPTIVE_NOUNS)})\\b`, 'iv');
// (or a people named by nationality: "139 troops and 52 Dorvans were freed", "and 40 pro-Kellans")
const COORDINATED_NATIONALS = /^\s+and\s+(?:(?:about|some|around|nearly|more than|at least|another)\s+)?[\d,]+\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+-)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+(?:s|ese)(?![[\p{L}'’]--[\u{10000}-\u{10FFFF}]])/v;
const COORDINATED_PEOPLE = {exec: (text: string) => COORDINATED_PEOPLE_WORDS.exec(text) ?? COORDINATED_NATIONALS.exec(text)};

/** Whether the words after a count of people say they are held, taken or to be freed ("held by X", "were captured", "X says it took at the reef"). */
function capturedAfter(rest: string): boolean {
	const word = CAPTIVITY_WORD_AFTER.exec(rest);
	if (word) {
		// "were captured", "to be detained": an auxiliary makes the participle passive; a bare one needs no object after it
		const bare = !/\s(?:are|were|is|was|be|been|being|have|has|had)\s/i.test(word[0]) && /(?:captured|detained|held|taken prisoner|taken captive)$/i.test(word[0]);
		if (!bare || BARE_PARTICIPLE.test(rest)) return true;
	}
	return CAPTOR_CLAUSE.test(rest) || MOST_OF_THEM_HELD.test(rest);
}

// "106 soldiers were returned … in the exchange": people given back in a swap were its prisoners, not troops deployed
const RETURNED_AFTER = /^\s+(?:were|was|have\s+been|had\s+been|are|will\s+be|to\s+be)\s+(?:(?:also|later|since|now)\s+)?(?:returned|brought\s+back|brought\s+home|sent\s+back|sent\s+home|handed\s+back|given\s+back|flown\s+home|flown\s+back)\b/i;
const SWAP_WORD = /\b(?:exchanges?|swaps?|swapped|exchanged)\b(?!\s+of\s+(?:heavy\s+|small-arms\s+)?(?:fire|gunfire|shots|blows|views|letters|notes|ideas))/i;

/** People returned to their side in a sentence that speaks of a swap: "106 soldiers were returned … in the exchange". */
function returnedInSwap(sentence: string, rest: string): boolean {
	return RETURNED_AFTER.test(rest) && SWAP_WORD.test(sentence);
}

// "around 400 people in total, the large majority held by the government": the people's apposition says they are held
const MOST_OF_THEM_HELD = /^(?:\s+(?:in total|in all|altogether))?\s*,\s+(?:the\s+(?:large\s+|vast\s+|great\s+|overwhelming\s+)?majority|most|all|many|half|nearly\s+all)(?:\s+of\s+them)?\s+(?:(?:still|now)\s+)?(?:held|detained|jailed|imprisoned|in\s+custody|in\s+detention|behind\s+bars)\b/i;

/**
 * The phrase of a duration that is a deal's term ("a 90-day pause", "paused for 90 days", "reduce tariffs within 90 days",
 * "must exchange lists within 45 days", "48 hours' notice", "will be reviewed after five years"), else null.
 */
function dealTerm(sentence: string, mention: NumberMention): {start: number; end: number; counts?: string; rule?: string} | null {
	const after = sentence.slice(mention.numberEnd, mention.numberEnd + 60);
	const noun = mention.compound ? TERM_NOUN.exec(after) : null;
	// "has called a 48-hour general strike" sets a term; "ended the seven-week strike" tells how long one lasted
	const stoppage = noun && STOPPAGE.test(noun[0]) && !STOPPAGE_CALLED.test(sentence.slice(Math.max(0, mention.start - 40), mention.start));
	// "after a three-month closure that left 1,400 lorries marooned": a span told by what it did is over, no term
	const over = noun && SPAN_THAT_DID.test(sentence.slice(mention.numberEnd + noun[0].length));
	if (noun && !stoppage && !over) return {start: mention.start, end: mention.numberEnd + noun[0].length};
	if (over) return null;
	// "the junta had come down from 36 months to 24": a term bargained from one length to another
	const changed = /\bfrom\s+$/i.test(sentence.slice(Math.max(0, mention.start - 6), mention.start)) ? SPAN_TO_NUMBER.exec(after) : null;
	if (changed) return {start: mention.start - 'from '.length, end: mention.numberEnd + changed[0].length};
	// "need about ten days to repair the pumps", "would need 'at least two months' of repairs": how long a repair takes
	const repair = REPAIR_SPAN.exec(after);
	if (repair) return {start: mention.start, end: mention.numberEnd + repair[0].length, rule: 'figure.lasting'};
	const notice = NOTICE_AFTER.exec(after) ?? STEPS_APART.exec(after);
	if (notice) return {start: mention.start, end: mention.numberEnd + notice[0].length};
	// "Review after one year": a unit of one is singular
	const unit = (mention.value === 1 ? /^\s+(?:hour|day|week|month|year)\b/i : /^\s+(?:(?:more|further|additional)\s+)?(?:hour|day|week|month|year)s\b/i).exec(after);
	if (!unit) return null;
	const end = mention.numberEnd + unit[0].length;
	// "if they take the full 72 hours": the whole of a period set before; "clearing the backlog would take at least five weeks": a span foreseen
	const full = FULL_SPAN_BEFORE.exec(sentence.slice(Math.max(0, mention.start - 12), mention.start));
	if (full) return {start: mention.start - full[0].length, end};
	const foreseen = WILL_TAKE_BEFORE.exec(sentence.slice(Math.max(0, mention.start - 80), mention.start));
	if (foreseen) return {start: mention.start - foreseen[0].length, end};
	// "the last truce held for 48 hours": how long an earlier deal held ("collapsed after four months" is its history, which
	// five train stories leave out and one counts)
	const lifetime = DEAL_LIFETIME_BEFORE.exec(sentence.slice(Math.max(0, mention.start - 120), mention.start));
	if (lifetime) return {start: mention.start - lifetime[1].length, end};
	// "Six weeks is a start", "But 42 days is a long time": a span weighed as the subject of its clause is the deal's
	if (DURATION_SUBJECT_BEFORE.test(sentence.slice(Math.max(0, mention.start - 12), mention.start)) && DURATION_SUBJECT_AFTER.test(sentence.slice(end))) return {start: mention.start, end};
	// "spread over eight years": "over" read as a qualifier is the term's preposition
	const from = mention.qualifier === 'over' ? mention.numberStart : mention.start;
	const before = sentence.slice(Math.max(0, from - 90), from);
	// "after 90 days we will review together what works": the review said after its time
	const reviewAfter = /\bafter\s+$/i.test(before) && REVIEW_AFTER_SPAN.test(sentence.slice(end));
	if (reviewAfter) return {start: from - 'after '.length, end};
	const review = REVIEW_BEFORE.exec(before) ?? (/^\s+of\b/i.test(sentence.slice(end)) ? null : REVIEW_NOUN_BEFORE.exec(before)) ?? ACTION_WITHIN.exec(before) ?? EXTENDED_BY.exec(before) ?? ACTION_TAKES.exec(before);
	const reviewObject = review ? null : REVIEW_OBJECT_BEFORE.exec(before);
	// the phrase starts at its verb; the object between is kept
	if (reviewObject) return {start: from - reviewObject[0].length, end};
	// an extension is a term of its own: "a seven-day pause, which can be extended by a further seven days" states two
	if (review) return {start: from - review[0].length, end, ...(EXTENDED_BY.test(before) ? {counts: `${termUnit(after)} more`} : {})};
	// "the charter gives the transition eighteen months", "has given us twelve more months", "had demanded 12 months": time granted or asked for
	const granted = TIME_GIVEN.exec(before) ?? TIME_ASKED.exec(before);
	if (granted && !SENTENCED_AFTER.test(sentence.slice(end))) return {start: from - granted[0].length, end};
	const lasting = TERM_LASTS.exec(before) ?? TERM_BRACKET.exec(before) ?? TERM_OF.exec(before);
	// "The truce covers 30 km of front and runs for 14 days": the phrase is the verb's, the noun is further back
	const verb = lasting && lasting[0].length > 40 ? /(?:(?:will|would|shall|is to|is due to|is set to|is expected to)\s+)?(?:last|lasts|run|runs)\s+(?:for\s+)?$/i.exec(before) : null;
	if (lasting) return {start: from - (verb ?? lasting)[0].length, end};
	const phased = PHASED_OVER.exec(before) ?? DUE_WITHIN.exec(before);
	if (phased) return {start: from - (/(?:over|within|during|in)\s+(?:the\s+(?:next\s+|following\s+)?)?$/i.exec(phased[0])?.[0].length ?? 0), end};
	if (HAVE_BEFORE.test(before.slice(-30)) && TO_VERB_AFTER.test(sentence.slice(end))) return {start: from, end: end + (TO_VERB_AFTER.exec(sentence.slice(end))?.[0].length ?? 0)};
	const opening = FOR_OPENING.exec(before);
	// "For eight months our fishermen have gone to sea", "For five weeks the government told us": a span that has passed
	if (opening && (isObligation(sentence) || !/^\s*for/i.test(opening[0])) && !(/^\s*for/i.test(opening[0]) && SPAN_PASSED.test(sentence.slice(end)))) return {start: from - opening[0].replace(/^\s+/, '').length, end};
	const perDay = PER_DAY_AFTER.exec(sentence.slice(end));
	if (perDay && isObligation(sentence)) return {start: from, end: end + perDay[0].length, counts: `${termUnit(after)} a ${perDay[0].trim().split(/\s+/)[1].toLowerCase()}`};
	const deadline = DEADLINE_PREPOSITION.exec(before);
	// "the ministers will meet again in Varnholm in 45 days": the parties' next meeting is a term of what they signed
	const meeting = MEET_AGAIN_IN.exec(before);
	// (meeting again is always to come: "meet again in 45 days" needs no word of obligation)
	if (meeting) return {start: from - meeting[0].length, end};
	// "The review meeting is in 45 days": the date of a meeting the deal sets
	const nextMeeting = NEXT_MEETING_IN.exec(before);
	if (nextMeeting) return {start: from - nextMeeting[0].length, end};
	if (deadline && LIST_LINE.test(sentence)) return {start: from - deadline[0].length, end};
	if (deadline && (isObligation(sentence) || SINCE_EVENT.test(sentence.slice(end)) || MEETS_EVERY.test(before))) return {start: from - deadline[0].length, end};
	// "that happens within 72 hours", "the panel rules within ninety days": a deadline in a clause of the present, what a deal sets
	// (a forecast is no deadline: "could capture 15% of the market within five years")
	if (deadline && /^within/i.test(deadline[0]) && !tellsPast(infinitiveOf(sentence, from, end) ?? commaClauseAround(sentence, from - deadline[0].length, end)) && !FORECAST.test(sentence)) return {start: from - deadline[0].length, end};
	// "It wanted the army back in its barracks within twelve months": a deadline a side asked for
	if (deadline && /^within/i.test(deadline[0]) && ASKED_IN_CLAUSE.test(sentence.slice(Math.max(0, from - 120), from - deadline[0].length))) return {start: from - deadline[0].length, end};
	if (AFTER_SIGNING.test(sentence.slice(end)) && (isObligation(sentence) || TAKES_EFFECT.test(before.slice(-40)))) return {start: from, end: end + (AFTER_SIGNING.exec(sentence.slice(end))?.[0].length ?? 0)};
	// "levies drop to 5% from 40% for 120 days": a rate set for the term (present tense: what the deal sets)
	const rateFor = RATE_FOR.exec(before);
	if (rateFor) return {start: from - rateFor[1].length, end};
	const lent = LENT_OVER.exec(before);
	if (lent && /(?:over|across)\s+(?:the\s+next\s+)?$/i.test(lent[0]) && /^\s+years?\b/i.test(after)) return {start: from - (/(?:over|across)\s+(?:the\s+next\s+)?$/i.exec(before)?.[0].length ?? 0), end};
	if (BEFORE_EACH.test(after) && isObligation(sentence)) return {start: from, end: mention.numberEnd + BEFORE_EACH.exec(after)![0].length};
	// "receive a monthly allowance of $150 for 12 months", "committing the unions to no strike action for 18 months": a benefit or a ban a deal sets for a term
	const paidOrBanned = PAID_FOR.exec(before) ?? NONE_FOR.exec(before);
	// the deal's own verb stands before the term ("will … receive", "committing … to"), not elsewhere ("had no power for three weeks and will need help")
	if (paidOrBanned && (TERM_MODAL.test(sentence.slice(Math.max(0, from - 200), from)) || TO_BE_DONE.test(before))) return {start: from - paidOrBanned[1].length, end};
	// "fuel for about ten days", "knocking out the backup line for 31 hours": how long supplies last, how long a service was cut
	const supplied = SUPPLY_FOR.exec(before.slice(-40)) ?? OUTAGE_FOR.exec(before.slice(-90));
	if (supplied) return {start: from - (supplied[1] ?? supplied[0]).length, end, rule: 'figure.lasting'};
	const preposition = TERM_PREPOSITION.exec(before);
	if (!preposition) return null;
	// "- No strikes for 18 months": a list line of a deal's terms
	const forSpan = /^for\b/i.test(preposition[0].trim());
	// "fees will be waived for the first 60 days", "no permit will be issued for three years": what the deal orders, for a span
	const ordered = forSpan && ORDERED_FOR.test(sentence.slice(Math.max(0, from - preposition[0].length - 60), from - preposition[0].length));
	if (!(TERM_VERB.test(before) || ordered || (forSpan && (NOT_TO.test(before) || (LIST_LINE.test(sentence) && !PAST_TENSE.test(sentence)) || (CAPPED.test(before) && isObligation(sentence)) || dealSpan(sentence, from - preposition[0].length, end))))) return null;
	return {start: from - preposition[0].length, end, ...(/\b(?:another|further|additional)\s+$/i.test(preposition[0]) ? {counts: `${termUnit(after)} more`} : {})};
}

// a deal cited as the frame or the subject of its sentence: "Under the deal, A receives …", "The accord gives A …"
const DEAL_CITED = /\b(?:under|in)\s+the\s+(?:new\s+|revised\s+|final\s+)?(?:deal|agreement|accord|pact|treaty|lease|settlement|memorandum|protocol)\b|\b(?:the|this|a)\s+(?:new\s+|revised\s+)?(?:deal|agreement|accord|pact|treaty|lease|settlement|memorandum|protocol)\s+(?:also\s+)?(?:gives|grants|keeps|lets|allows|guarantees|entitles|hands)\b/i;

/** A span a deal sets, "for" a number of units, in a clause of what is to come: "Under the deal, A receives 30% for 25 years". */
function dealSpan(sentence: string, start: number, end: number): boolean {
	return DEAL_CITED.test(sentence) && !tellsPast(sentence.slice(Math.max(0, sentence.lastIndexOf(',', start) + 1), end));
}

// a passive the deal orders right before the span: "will be waived", "shall be issued", "are to be suspended"
const ORDERED_FOR = /\b(?:will|shall|must|is\s+to|are\s+to)\s+(?:not\s+)?be\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ed|en|t)\s+$/v;
const REVIEW_AFTER_SPAN = new RegExp(`^\\s*,?\\s+(?:we|they|both\\s+sides|the\\s+(?:parties|sides|commission|ministers|two\\s+sides))\\s+(?:will|shall|are\\s+to|would)\\s+(?:[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+ly\\s+)?(?:${alternation(REVIEW_VERBS)})\\b`, 'iv');
const SPAN_THAT_DID = /^\s+(?:that|which)\s+(?:(?:had|has)\s+)?(?:left|cost|killed|ruined|crippled|stranded|wrecked|ended|hurt|devastated|emptied|cut)\b/i;
const REPAIR_SPAN = /^\s+(?:hours?|days?|weeks?|months?|years?)["”’']?\s+(?:to\s+(?:repair|rebuild|restore|fix|mend)|of\s+(?:repairs?|repair\s+work|reconstruction|rebuilding))\b/i;
const SPAN_TO_NUMBER = /^\s+(?:hours?|days?|weeks?|months?|years?)(?=\s+to\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty)\b)/i;
// "with each step at least ten days apart", "each phase at least ten days after the one before": the spacing of a deal's steps
const STEPS_APART = /^\s+(?:hours?|days?|weeks?|months?)\s+(?:apart\b|after\s+the\s+(?:one\s+before|previous|preceding|last)\b|between\s+(?:phases|stages|steps|each)\b)/i;
const DEAL_LIFETIME_BEFORE = /\b(?:deal|agreement|accord|truce|ceasefire|cease-fire|understanding|pact|pause|memorandum)\b[^.;]{0,80}?\s((?:lasted|held)\s+(?:for\s+)?)$/i;
const FULL_SPAN_BEFORE = /\bthe\s+full\s+$/i;
// (a step of the story's own, said with its gerund: "The trip will take three hours" foresees nothing of it)
const WILL_TAKE_BEFORE = /\b[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}ing\s+[^,;.]{0,40}?\b(?:will|would|could|should|may|might|is\s+expected\s+to|are\s+expected\s+to)\s+take\s+$/v;
// the subject and its verb after an opening span, told in the past or the present perfect
const SPAN_PASSED = /^\s*,?\s+(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?(?:has|have|had|was|were|told|said|[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}ed)\b/v;
// the opening of a clause, with a quote mark or a conjunction: a span that starts it is its subject
const DURATION_SUBJECT_BEFORE = /(?:^|[.!?:;"“‘']\s*|\b(?:[Bb]ut|[Aa]nd|[Bb]ecause|[Ss]o|[Yy]et)\s+)["“‘']?$/;
// (in the present: "Two weeks was enough to retake the town" tells what happened)
const DURATION_SUBJECT_AFTER = /^\s+(?:is|would\s+be|will\s+be|isn['’]t)\b/;

const STOPPAGE = new RegExp(`\\b(?:${alternation(STOPPAGE_NOUNS)})s?$`, 'i');
const STOPPAGE_CALLED = new RegExp(`\\b(?:${alternation(STOPPAGE_CALL_VERBS)})\\s+(?:(?:a|an|the|another|its|their|fresh|new)\\s+)?$`, 'i');

// the time given or asked, right after its verb and up to three words of whom or what it is given to
// (ungated: the word before the time may be any word of whom it is given to)
const TIME_GIVEN = new RegExp(`${WORD_START}(?:${alternation(TIME_GIVING_VERBS)})\\s+(?:(?:us|them|him|her|it|me|you)\\s+|(?:the|a|an|its|their|his|her|our)\\s+(?:[[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?[[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]*\\s+)?(?:(?:another|a\\s+further|only|just|at\\s+least)\\s+)?$`, 'iv');
const TIME_ASKED_PATTERN = new RegExp(`\\b(?:${alternation(TIME_ASKING_VERBS)})\\s+(?:(?:only|just|at\\s+least|no\\s+more\\s+than)\\s+)?$`, 'i');
const TIME_ASKED = endingInWord(TIME_ASKED_PATTERN, [...TIME_ASKING_VERBS.map((verb) => verb.split(' ').at(-1)!), 'only', 'just', 'least', 'than']);
const ASKED_IN_CLAUSE = new RegExp(`\\b(?:${alternation(TIME_ASKING_VERBS)})\\b`, 'i');
// "gave him 10 years in prison", "given three weeks off": a sentence served or a leave, not a term
const SENTENCED_AFTER = /^\s+(?:off\b|in\s+(?:prison|jail)|behind\s+bars|of\s+(?:hard\s+labour|imprisonment)|(?:in|to)\s+live)\b/i;

// (not "no clean water for four days": a want endured, not a stock)
const SUPPLY_FOR = asciiTwin(/(?<!\b(?:no|without|not|lacked|lacking)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?)\b(?:fuel|diesel|food|water|supplies|stocks|reserves|rations|medicines?|oxygen)\s+(?:(?:for|to\s+last(?:\s+for)?)\s+)$/iv);
const OUTAGE_FOR = /\b(?:knock(?:ed|ing|s)?\s+out|cut\s+off|(?:was|were|been)\s+(?:lost|cut|down|offline)|without\s+(?:power|electricity|water|heating|gas)|off\s+the\s+grid|out\s+of\s+service)\b[^.;]{0,60}?\s(for\s+)$/i;
const PAID_FOR = /\b(?:allowances?|stipends?|wages?|salar(?:y|ies)|pensions?|payments?|grants?|subsid(?:y|ies)|training|rations|benefits?|fund|funds|pay|pays|finance|finances|(?:medical\s+)?care|(?:medical\s+)?treatment|counselling|counseling|housing|rent)\b[^.;]{0,40}?\s(for\s+(?:the\s+(?:first|next)\s+)?)$/i;
const NONE_FOR = asciiTwin(/\bno\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,2}?(for\s+)$/iv);
const FORECAST = /\b(?:could|might|expects?|expected|forecasts?|forecast|predicts?|predicted|likely|hopes?|aims?|projected|estimates?)\b/i;

/** The clause a span sits in, between semicolons, colons or dashes: "The lists are not yet exchanged; that happens within 72 hours". */
function clauseAround(sentence: string, start: number, end: number): string {
	const opening = Math.max(sentence.lastIndexOf(';', start), sentence.lastIndexOf(':', start), sentence.lastIndexOf(' - ', start), sentence.lastIndexOf('—', start));
	const closing = /[;:—]|\s-\s/.exec(sentence.slice(end));
	return sentence.slice(opening + 1, closing ? end + closing.index : sentence.length);
}

// "a review no later than day 60", "the old quotas return on day 181": a day of the deal's own calendar
const DAY_BEFORE_PATTERN = /\b(?:by|no later than|on|before|until|after|at)\s+day\s+$/i;
const DAY_BEFORE = endingInWord(DAY_BEFORE_PATTERN, ['day']);
const DAY_OF_DEAL = new RegExp(`\\b(?:${alternation([...REVIEW_VERBS, ...REVIEW_NOUNS])}|reviews|extend|extends|extended|return|returns|resume|resumes|snap back|snaps back|lapse|end|ends)\\b`, 'i');

const TALKS_BEGIN = /\b(?:talks|negotiations|meeting|summit|round)\b[^.;]{0,40}?\b(?:begin|begins|start|starts|open|opens|resume|resumes)\b/i;

/** A numbered day of a deal's calendar that the deal fixes something on ("ministers review the pact by day 60"), else null. */
function dayOfTerm(sentence: string, mention: NumberMention, before: string): Reading | null {
	if (mention.unit || mention.value === null || !DAY_BEFORE.test(before.slice(-24))) return null;
	if (/^\s+of\b/i.test(sentence.slice(mention.numberEnd))) return null; // "on day 10 of the siege": a war's calendar, not a deal's
	// "The rest follow by day 20", "by day twenty": a deadline on the deal's calendar needs no word of obligation
	// (the day talks begin is a date of the calendar: "Talks on phase two begin by day 16")
	const deadline = /\b(?:by|no\s+later\s+than|before)\s+day\s+$/i.test(before.slice(-24)) && !TALKS_BEGIN.test(sentence);
	if (!deadline && (mention.inWords || (!isObligation(sentence) && !DAY_OF_DEAL.test(sentence)))) return null;
	const preposition = DAY_BEFORE.exec(before.slice(-24))!;
	return {kind: 'other', rule: 'figure.deal-day', start: mention.start - preposition[0].length, end: mention.end, counts: 'day'};
}

const TERM_UNIT = /^(?:-|\s+)(?:(?:more|straight|consecutive|full)\s+)?(hour|day|week|month|year|decade)s?\b/i;

/** What a deal's term counts: "days" for "within 30 days", so an article's 30 days and 30 months stay two terms. */
function termUnit(after: string): string {
	const unit = TERM_UNIT.exec(after)?.[1].toLowerCase();
	return unit ? `${unit}s` : 'term';
}

const FUNCTION_WORD = /^(?:as|and|or|but|to|in|on|at|by|for|with|from|of|that|which|who|while|after|before|since|than|when|is|are|was|were|has|have|had|will|would|a|an|the)$/i;

/** What a counted noun after the number is, when it is a plain plural: "60 trading partners" (not "230 as rescuers"). */
function countedNoun(sentence: string, mention: NumberMention, from = mention.numberEnd): {noun: string; end: number} | null {
	const tokens = tokensAfter(sentence, from, 8);
	let words = 0;
	for (const whole of tokens) {
		if (/^["“”]$/.test(whole.word)) continue; // scare quotes around the noun: 147 "protected sites"
		// a closing single quote glued to the noun: 'three written warnings'
		const token = /['’]$/.test(whole.word) ? {...whole, word: whole.word.replace(/['’]+$/, ''), end: whole.end - (whole.word.length - whole.word.replace(/['’]+$/, '').length)} : whole;
		if (!/^[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+$/v.test(token.word) || FUNCTION_WORD.test(token.word)) return null;
		if (TIME_UNIT.test(token.word)) return null;
		// nouns counted without a plural s: people, a workforce, a herd, aircraft ("3,100 staff", "1,150 stolen cattle")
		if ((/^[\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*s$/v.test(token.word) && !/(?:ss|ous|us|is)$/.test(token.word)) || /^(?:people|men|women|children|crew|staff|personnel|cattle|livestock|sheep|poultry|aircraft)$/.test(token.word)) return {noun: token.word, end: token.end};
		// an adverb of the adjective after it adds no word: "50 lightly armed police officers"
		if (/^[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}ly$/v.test(token.word)) continue;
		// a body's name between a count and its noun is one word: "30 unarmed Harbour Safety Board inspectors"
		if (!(words > 0 && isCapitalised(token.word) && tokens.indexOf(whole) > 0 && isCapitalised(tokens[tokens.indexOf(whole) - 1].word))) words++;
		if (words >= 3) return null;
	}
	return null;
}

/** Where the words that say what a rate or amount is begin: up to six words back within the clause ("tariffs on steel will fall to"). */
function leadIn(sentence: string, start: number): number {
	const before = sentence.slice(Math.max(0, start - 80), start);
	const clause = /[^,;:()“”"•]*$/.exec(before)?.[0] ?? '';
	const words = /(?:[^\s]+\s+){0,6}$/.exec(clause)?.[0] ?? '';
	return start - words.length;
}

/**
 * Whether speech cuts an "including" part off the count before it: "said, including …" does; "said the toll had reached
 * 2,400, including 900 children" does not, when the part names the people it counts.
 */
function saidBetween(sentence: string, previous: Reading, mention: NumberMention, after: string): boolean {
	const said = /\b(?:said|told)\b/;
	if (!said.test(sentence.slice(Math.max(0, mention.start - 80), mention.start))) return false;
	return said.test(sentence.slice(Math.max(previous.end, mention.start - 80), mention.start)) || !PEOPLE_AFTER.test(after);
}

const NONE_BEFORE_PATTERN = /\b(?:no|not a single|not one)\s+$/i;
const NONE_BEFORE = endingInWord(NONE_BEFORE_PATTERN, ['no', 'not a single', 'not one']);

// "raised its count of civilian dead to 126", "revised the number of injured to 40": a count of casualties changed to the number
const COUNT_CHANGED_PATTERN = /\b(?:raised|raises|raising|lowered|lowers|lowering|revised|revises|revising|updated|updates|updating|brought|brings|cut|cuts)\s+(?:its|their|the|his|her|our)\s+(?:own\s+|latest\s+|official\s+)?(?:count|tally|toll|number|figure|estimate)\s+of\s+(?:the\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(dead|deaths|fatalities|killed|injured|wounded|injuries|missing|displaced|detained|arrests)\s+(?:to|at)\s+(?:(?:at least|nearly|about|more than|over|almost|some)\s+)?$/iv;
const COUNT_CHANGED = endingInWord(COUNT_CHANGED_PATTERN, ['to', 'at', 'least', 'nearly', 'about', 'than', 'over', 'almost', 'some']);

const CASUALTIES_NUMBER = /\b(?:the|their|its|our)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(dead|injured|wounded|missing|displaced)\s+(?:(?:now|already|probably|still)\s+)?(?:number|numbered|total|totalled|totaled)\s+(?:(?:at least|about|around|roughly|some|nearly|almost|more than|over|well over|fewer than|less than)\s+)?$/iv;

/**
 * A count whose own noun phrase says what it counts, read before the casualty words after the number (which may be the
 * next count's): "puts the number of dead at 23 and the injured at 314", "raised its count of civilian dead to 126".
 */
function namedCount(sentence: string, mention: NumberMention, before: string, previous: Reading | null): Reading | null {
	const toll = TOLL_GIVEN_AS.exec(before.slice(-140));
	if (toll && !/\d/.test(toll[0])) return {kind: toll[1].toLowerCase() === 'injury' ? 'injured' : 'killed', rule: 'figure.toll-given', start: mention.start - toll[0].length, end: mention.end, counts: null};
	// "The dead number more than 30,000": the casualties named as the subject of "number"
	const numbered = CASUALTIES_NUMBER.exec(before.slice(-60));
	if (numbered) return {kind: NAMED_KIND[numbered[1].toLowerCase()], rule: 'figure.casualties-number', start: mention.start - numbered[0].length, end: mention.end, counts: null};
	const changed = COUNT_CHANGED.exec(before.slice(-120));
	if (changed) {
		const kind = WORD_AFTER.find(({pattern}) => pattern.test(changed[1]))?.kind;
		if (kind) return {kind, rule: 'figure.count-changed', start: mention.start - changed[0].length, end: mention.end, counts: null};
	}
	// "the number of detained crew was 17", "the number of people arrested stood at 210": a count named by what befell them, then its level
	const stands = NUMBER_OF_STANDS.exec(before.slice(-120));
	const standsKind = stands ? stands[1].toLowerCase().split(/\s+/).map((word) => NAMED_KIND[word] ?? FATE_IN_CLAUSE[word]).find(Boolean) : undefined;
	if (stands && standsKind) return {kind: standsKind, rule: 'figure.count-stands', start: mention.start - stands[0].length, end: mention.end, counts: null};
	const estimated = ESTIMATED_AT.exec(before.slice(-160));
	// the phrase estimated holds no number of its own: "the number of dead at 23 and the injured at" is the 23's, not the 314's
	if (!estimated || /\d/.test(estimated[1]) || !NUMBER_OF.test(estimated[1])) return null;
	const reading = estimateReading(sentence, mention, before, previous);
	return reading && (CASUALTY_KINDS as string[]).includes(reading.kind) ? reading : null;
}

// ("the number of citizens who lost their lives had risen to 259": the people's fate in a relative clause)
const NUMBER_OF_STANDS = /(?<!\w)(?:number|count|tally|total)\s+of\s+(?:the\s+|those\s+)?((?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+(?:who|that)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)?)\s+(?:(?:has|had|have)\s+)?(?:rose|risen|climbed|jumped|reached|grew|grown|increased|stood|stands|was|is|(?:was|has\s+been|had\s+been)\s+put)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|overnight|today|yesterday))?\s+(?:(?:to|at)\s+)?(?:(?:at least|about|around|some|nearly|almost|more than|over|roughly)\s+)?$/iv;
// "reported the official death toll from the quake as 14,866", "the toll … climbed Wednesday to almost 15,000": the toll
// named, a few words about it, then the verb and its preposition (a day or place may come between)
const TOLL_GIVEN_AS = /\b(death|casualty|injury)\s+toll\b(?:\s+[^\s.;:]+){0,10}?\s+(?:(?:rose|climbed|jumped|soared|increased|reached|grew|stood|stands|was|is)\b(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|overnight|today|yesterday))?\s+(?:to|at)|as)\s+(?:(?:at least|about|around|some|nearly|almost|more than|over|roughly|approximately)\s+)?$/i;

// "puts it at 11", "gives the figure at": a source's count of what was named before, by a pronoun or a bare "figure"
// ("puts the civilian toll higher, at 1,130": a toll of another source, set above or below the count just before)
const PUTS_IT_AT = /\b(?:puts?|places?|placed|sets?)\s+(?:it|the\s+(?:figure|number|total|count|tally)|the\s+(?:[a-z]+\s+)?(toll))(?:\s+(?:much\s+|far\s+|even\s+)?(?:higher|lower),?)?\s+(?:at|nearer|closer\s+to)\s+(?:(?:at least|about|around|some|nearly|more than|over|almost)\s+)?$/i;
// "the number of dead", "the death toll": a count named by what it counts
const COUNT_NAMED = /\b(?:(death|casualty|injury)\s+toll|(?:number|count|tally|total)\s+of\s+(?:the\s+)?(?:people\s+)?(dead|killed|deaths|fatalities|injured|wounded|hurt|missing|displaced|detained|arrested|arrests|hostages|prisoners|detainees))\b/gi;
// the verbs of a relative clause that say what befell the people counted ("who died", "who lost their lives", "who fled")
const FATE_IN_CLAUSE: Record<string, FigureKind> = {died: 'killed', perished: 'killed', lives: 'killed', fled: 'displaced', disappeared: 'missing', vanished: 'missing', abducted: 'hostages', kidnapped: 'hostages'};
const NAMED_KIND: Record<string, FigureKind> = {death: 'killed', casualty: 'killed', injury: 'injured', dead: 'killed', killed: 'killed', deaths: 'killed', fatalities: 'killed', injured: 'injured', wounded: 'injured', hurt: 'injured', missing: 'missing', displaced: 'displaced', detained: 'prisoners', arrested: 'prisoners', arrests: 'prisoners', prisoners: 'prisoners', detainees: 'prisoners', hostages: 'hostages'};

// "Among the dead are", "among those injured were at least": a whole of casualties named before the copula and the count
// ("Among the dead in Quedlin County were …": where the whole was counted may stand between it and its verb)
const AMONG_WHOLE_BEFORE = /\bamong\s+(?:the|those|them|its|their)\s+(?:\d[\d,]*\s+)?(?:(?:known|confirmed|reported|latest)\s+)?(dead|killed|injured|wounded|hurt|missing|hostages|detainees|prisoners|displaced|arrested)\s+(?:(?:in|at|from|on)\s+[^,;.\d]{2,40}?\s+)?(?:(?:so\s+far|now|also)\s+)?(?:are|were|is|was)\s+(?:(?:also|at\s+least|about|some|nearly|more\s+than)\s+)*$/i;

const APPOSED_WHOLE = /\b(?:the|its|their|all)\s+(?:(?:remaining|last|freed|released|other)\s+)?(hostages|captives|dead|injured|wounded|missing|detainees|prisoners)\s*(?:,|:|\s[-–—])\s*(?:(?:all|about|some|nearly|at\s+least|more\s+than)\s+)?$/i;

// "the victims include 13 children", "those killed included five doctors", "the dead also included 29 Trelvanians": the casualties named as the subject of "include"
// (the victims of a toll, said alone, are its dead)
const WHOLE_INCLUDES_BEFORE = /\b(?:the|those)\s+(?:\d[\d,]*\s+)?(?:(?:known|confirmed|reported)\s+)?(dead|killed|injured|wounded|hurt|missing|victims)\s+(?:(?:so\s+far|also|further)\s+)?(?:include|included|includes)\s+(?:(?:at\s+least|about|some|nearly|more\s+than)\s+)*$/i;
const includedKind = (word: string): FigureKind => (word.toLowerCase() === 'victims' ? 'killed' : NAMED_KIND[word.toLowerCase()]);

/** A count given for "it" or "the figure", whose kind the last count named in this or the sentences just before says. */
function countReferredTo(mention: NumberMention, before: string, sentencesBefore: string): Reading | null {
	const at = mention.value === null ? null : PUTS_IT_AT.exec(before.slice(-60));
	if (!at) return null;
	const named = [...`${sentencesBefore} ${before}`.slice(-400).matchAll(COUNT_NAMED)].pop();
	// a toll named by its own word is of the dead when no count named before says otherwise
	const kind = named ? NAMED_KIND[(named[1] ?? named[2]).toLowerCase()] : at[1] ? 'killed' : undefined;
	return kind ? {kind, rule: 'figure.count-referred', start: mention.start - at[0].length, end: mention.end, counts: null} : null;
}

// the verb of a loss and whom it cost: "cost traders", "has lost"
const SUM_VERB_BEFORE = /\b(?:cost|costs|costing|lost|losing|loses)\s+(?:(?:the|its|their|them|us|him|her|it)\s+|[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?$/v;
const MULTIPLIER = /\b(?:million|billion|trillion|bn|m)\b/i;
// what follows a share of a sum: its giver ("by A", "from A"), the next share, the clause's end; not a noun ("2 million people")
// ("700 million of it from the operator": the share's own of-phrase)
const MONEY_SHARE_AFTER = /^(?:\s*(?:[,;:.\)–—]|$)|\s+(?:by|from|and|each|apiece|a\s+year|per\s+year|annually|will|would|is|was|are|were|of\s+(?:it|which|that))\b|\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]])/v;
// "85,000 korins for every household whose home was destroyed, up to 30,000 for damaged homes": the next sum of a list, its currency said once
const NEXT_SUM_BEFORE = /,\s*(?:(?:and|or)\s+)?$/;
const NEXT_SUM_AFTER = /^\s+(?:for|per|to)\s+(?:each|every|a|an|the|damaged|destroyed|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ed)\b/v;

const PAYMENT_PARTS_OF = /\b(?:tranches?|instalments?|installments?|payments?|disbursements?)\s+of\s+(?:about\s+|some\s+|roughly\s+|up\s+to\s+)?$/i;

// a hospital's patients are in its care by definition: "six other patients in intensive care", "340 patients are to be
// evacuated" count the patients where they lie or are moved, no toll of the attack and no flight from home
const PATIENTS_IN_CARE = /^\s*(?:are\s+|were\s+|remain\s+|still\s+)*(?:in\s+(?:intensive\s+care|(?:a\s+)?(?:critical|serious|stable)\s+condition|hospital)|(?:are|were|is|was|will\s+be|would\s+be)?\s*(?:to\s+be\s+)?(?:evacuated|moved|transferred))\b/i;
function patientsWhereTheyLie(sentence: string, casualty: Reading): boolean {
	if ((casualty.kind !== 'injured' && casualty.kind !== 'displaced') || casualty.counts !== 'patients') return false;
	const text = sentence.slice(casualty.start, casualty.end);
	const noun = /\bpatients\b/i.exec(text);
	return noun !== null && PATIENTS_IN_CARE.test(text.slice(noun.index + noun[0].length));
}
const PATIENTS_IN_NEED = /^\s+(?:of\s+(?:her|his|its|their|the|our)\s+)?patients\s+(?:who\s+)?(?:urgently\s+)?(?:need|needs|needing|require|requires|requiring|awaiting|await)\s+(?:urgent\s+|emergency\s+)?(?:surgery|operations|treatment|evacuation|medical evacuation|to be (?:moved|evacuated|transferred))\b/i;

// "freezes the retirement age for miners at 55", "the pension age, which stays at 65", "Retirement age frozen at 60": a threshold a rule sets
const AGE_LIMIT_PATTERN = new RegExp(`\\b(?:(?:${alternation(AGE_LIMIT_WORDS)})\\s+age|age\\s+of\\s+(?:retirement|consent|majority))\\b[^.;:\\d]{0,50}?\\s(?:at|to|from|of|above|below|under|over)\\s+(?:(?:about|around|some)\\s+)?$`, 'i');
const AGE_LIMIT = endingInWord(AGE_LIMIT_PATTERN, ['at', 'to', 'from', 'of', 'above', 'below', 'under', 'over', 'about', 'around', 'some']);
// "The government had planned to raise it to 58": the threshold of the sentence before, changed
const AGE_LIMIT_CHANGED = /\b(?:raise|raised|raises|raising|lift|lifted|lifting|lower|lowered|lowering|cut|cuts|increase|increased|reduce|reduced|push|pushed|bring|brought)\s+it\s+(?:back\s+)?to\s+$/i;

/** An age a rule sets as a threshold, not anyone's years: "keeps the retirement age at 55", after such a sentence "raise it to 58". */
function ageLimitReading(mention: NumberMention, before: string, earlierAgeLimit: boolean): Reading | null {
	if (mention.value === null || mention.unit || mention.value < 10 || mention.value > 99) return null;
	const limit = AGE_LIMIT.exec(before.slice(-90)) ?? (earlierAgeLimit ? AGE_LIMIT_CHANGED.exec(before.slice(-40)) : null);
	if (!limit) return null;
	// the phrase starts at the threshold's words: "retirement age for underground miners at 55"
	const opening = /\b[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+age\b|\bage\b/iv.exec(limit[0]);
	const start = mention.start - limit[0].length + (opening && AGE_LIMIT.test(limit[0]) ? opening.index : /\S/.exec(limit[0])?.index ?? 0);
	return {kind: 'other', rule: 'figure.age-limit', start, end: mention.end, counts: 'age'};
}

/** Classifies one number by the words around it, or null when it is not a figure. */
const CASUALTY_BEFORE_INCLUDING = /\b(?:died|dead|killed|wounded|injured|hurt|missing)\b[^.;]{0,20}?,?\s*including\s+$/i;
function readFigure(sentence: string, mention: NumberMention, previous: Reading | null, titleCase: boolean | (() => boolean) = false, earlierAgeLimit = false, context: ArticleContext = {}): Reading | null {
	const named = notAFigure(sentence, mention, titleCase);
	// every test on the words before a number looks at most a clause back: bounded, so a huge sentence stays linear
	const before = sentence.slice(Math.max(0, mention.start - 200), mention.start);
	const reason = named === 'name' && gappedSubject(before, previous) ? null : named;
	const after = sentence.slice(mention.numberEnd);
	const phrase = (kind: FigureKind, rule: string, end = mention.end, counts: string | null = null): Reading => ({kind, rule, start: mention.start, end, counts});
	// "would have saved 310 million drals a year": a sum in a counterfactual is still a sum the story weighs
	if (mention.unit === 'money' && /have/i.test(before) && COUNTERFACTUAL.test(before.slice(-60))) return {...phrase('money', 'figure.money'), start: leadIn(sentence, mention.start)};
	if (/have/i.test(before) && COUNTERFACTUAL.test(before.slice(-60))) return null;
	// "more than 600 patients who need surgery", "620 of her patients need to be moved": patients in need of care are hurt
	const patients = PATIENTS_IN_NEED.exec(after);
	if (patients) return phrase('injured', 'figure.injured-patients', mention.numberEnd + patients[0].length, 'patients');
	const share = splitShare(sentence, mention);
	if (share) return share;
	if (NONE_BEFORE.test(before.slice(-16))) return null; // "no one was hurt"
	// "no ransom, not one ruda", "not one soldier crossed": "not one" says none, in any currency or of anyone
	if (mention.value === 1 && mention.inWords && /\bnot\s+$/i.test(before.slice(-5))) return null;
	if (mention.value === 1 && /\b(?:every|each|any)\s+$/i.test(before.slice(-8)) && /^\s+of\b/i.test(after)) return null; // "every one of the detainees"
	// "12 soldiers died, including one who died in hospital": one of a toll just given, told of, is no count of its own
	if (mention.value === 1 && /\bincluding\s+$/i.test(before.slice(-12)) && /^\s+(?:who|whom)\b/i.test(after) && CASUALTY_BEFORE_INCLUDING.test(before.slice(-120))) return null;
	if (mention.unit === 'percent' && mention.value === 100 && /^\s*(?:sure|certain|committed|confident|behind|right|wrong|true|correct|clear|safe|convinced)\b/i.test(sentence.slice(mention.end))) return null; // "100 percent committed": a manner of speaking
	if (mention.compound === 'point') {
		const plan = PLAN_NOUN.exec(sentence.slice(mention.end + 6));
		if (plan) return phrase('plan_points', 'figure.plan-points', mention.end + 6 + plan[0].length, 'points');
	}
	// "has cost them tens of millions of dollars": a vague sum is news as a loss ("hide millions of dollars" is no figure)
	if (mention.unit === 'money' && mention.vague && /(?:millions|billions)$/i.test(mention.vague)) return SUM_VERB_BEFORE.test(before.slice(-40)) ? phrase('money', 'figure.money-vague') : null;
	// "Support us from 3 euros a month", "Subscribe for $4.99": the page's price to its reader, no sum of the story
	if (mention.unit === 'money' && READER_APPEAL.test(sentence)) return null;
	if (mention.unit === 'money') return {...phrase('money', 'figure.money'), start: leadIn(sentence, mention.start)};
	// "a closure that cost traders tens of millions": millions a thing cost, lost or is worth are a sum
	if (mention.vague && /(?:millions|billions)$/i.test(mention.vague) && SUM_VERB_BEFORE.test(before.slice(-40)) && !/^\s+of\b/i.test(after)) return phrase('money', 'figure.money-vague');
	// "a fund of 9 million euros, to which A gives 5 million and B 4 million": shares of a sum keep its currency
	if (previous?.kind === 'money' && mention.unit === null && MULTIPLIER.test(mention.text) && MONEY_SHARE_AFTER.test(after)) return phrase('money', 'figure.money-share');
	if (previous?.kind === 'money' && mention.unit === null && !mention.inWords && NEXT_SUM_BEFORE.test(sentence.slice(Math.max(0, mention.start - 8), mention.start)) && NEXT_SUM_AFTER.test(after)) return phrase('money', 'figure.money-share');
	// "in three tranches of 160 million": a payment's parts are sums, their currency said once before
	if (mention.unit === null && MULTIPLIER.test(mention.text) && PAYMENT_PARTS_OF.test(before.slice(-40)) && MONEY_SHARE_AFTER.test(after)) return phrase('money', 'figure.money-share');
	// "3. 1,870 people detained": the number of a list line is no count
	if (mention.value !== null && mention.value < 100 && !mention.inWords && /^[.)]\s+\S/.test(after) && !sentence.slice(0, mention.start).trim()) return null;
	if (mention.unit === 'percent') {
		// ("holds 19 per cent of Vessel Corp" is a stake, not ground; "controls 18 per cent of what X calls its territory" is ground)
		if (TERRITORY.test(sentence.slice(mention.end)) && TERRITORY_VERB.test(sentence) && !STAKE_WORDS.test(sentence)) return phrase('percent_territory', 'figure.percent-territory', mention.end + (TERRITORY.exec(sentence.slice(mention.end))?.[0].length ?? 0));
		const destroyed = SHARE_DESTROYED.exec(sentence.slice(mention.end));
		if (destroyed) return phrase('damage', 'figure.damage-share', mention.end + destroyed[0].length, 'percent');
		// "knocked out about 40% of the country's generating capacity", "damaged 30 per cent of homes"
		const knocked = DESTROYED_BEFORE.exec(before.slice(-40));
		if (knocked && /^\s+of\b/i.test(sentence.slice(mention.end))) return {kind: 'damage', rule: 'figure.damage-share', start: mention.start - knocked[0].length, end: mention.end + (SHARE_OF_WHAT.exec(sentence.slice(mention.end))?.[0].length ?? 0), counts: 'percent'};
		// "lost 4,200 megawatts, roughly 40% of what was available": the share restates the damage before it
		if (previous?.kind === 'damage' && /,\s*$/.test(before) && /^\s+of\b/i.test(sentence.slice(mention.end))) return {...phrase('damage', 'figure.damage-share'), end: mention.end + (SHARE_OF_WHAT.exec(sentence.slice(mention.end))?.[0].length ?? 0), counts: 'percent'};
		return {...phrase('other', 'figure.percent'), start: leadIn(sentence, mention.start)};
	}
	if (mention.unit === 'points') {
		// "the plan has 20 points": a plan's length, not a market move
		// "the 15 points Y read out": points with a determiner are a list's, a market moves by bare points ("fell 120 points")
		// "lift growth by 0.3 points" is a move, whatever document the sentence names
		const move = !Number.isInteger(mention.value) || /\b(?:by|to|from)\s+$/i.test(before.slice(-6));
		if (!move && (PLAN_BEFORE.test(before) || /\b(?:the|all|its|their|these|those)\s+$/i.test(before.slice(-8))) && /^\s*points?\b/i.test(sentence.slice(mention.numberEnd))) return {...phrase('plan_points', 'figure.plan-points'), start: leadIn(sentence, mention.start)};
		if (!move && PLAN_LENGTH_BEFORE.test(before.slice(-20)) && PLAN_PARTS_AFTER.test(sentence.slice(mention.numberEnd))) return {...phrase('plan_points', 'figure.plan-points'), start: leadIn(sentence, mention.start)};
		return {...phrase('other', 'figure.points'), start: leadIn(sentence, mention.start)};
	}
	const ageLimit = ageLimitReading(mention, before, earlierAgeLimit);
	if (ageLimit) return ageLimit;
	if (reason === 'duration' || (reason === 'time' && /^\s+hours\b/i.test(after))) {
		const term = dealTerm(sentence, mention);
		return term ? {kind: 'other', rule: term.rule ?? 'figure.deal-term', start: term.start, end: term.end, counts: term.counts ?? termUnit(after)} : null;
	}
	const day = dayOfTerm(sentence, mention, before);
	if (day) return day;
	if (mention.value !== null && !mention.unit) {
		const magnitudeBefore = MAGNITUDE_BEFORE.exec(before);
		if (magnitudeBefore) return {kind: 'other', rule: 'figure.magnitude', start: magnitudeBefore.index, end: mention.end, counts: 'magnitude'};
		const magnitudeAfter = MAGNITUDE_AFTER.exec(after);
		if (magnitudeAfter) return phrase('other', 'figure.magnitude', mention.numberEnd + magnitudeAfter[0].length, 'magnitude');
	}
	if (reason === 'date' && mention.value !== null && !mention.inWords && TALLY_DASH_BEFORE.test(before.slice(-24))) {
		const second = /^-\d{1,3}\b/.exec(after);
		if (second) return {kind: 'other', rule: 'figure.votes', start: mention.start - (TALLY_DASH_BEFORE.exec(before.slice(-24))?.[0].length ?? 0), end: mention.numberEnd + second[0].length, counts: 'votes in favour'};
	}
	if (reason) return null;
	const remains = remainsReading(sentence, mention, before);
	if (remains) return remains;
	// "and 147 were rescued", "146 people had been rescued": the people saved are counted apart from the toll
	const rescued = mention.value !== null ? RESCUED_AFTER.exec(after) : null;
	if (rescued) return phrase('other', 'figure.rescued', mention.numberEnd + rescued[0].length, 'rescued');
	// "… the bodies of 27 soldiers and Y holds those of 21 airmen": the other side's remains
	if (previous?.counts === 'remains' && /\bthose\s+of\s+$/i.test(before.slice(-12))) return {...previous, start: mention.start - 'those of '.length, end: mention.numberEnd + (PEOPLE_AFTER.exec(after)?.[0].length ?? 0)};
	// "Funerals for seven of the soldiers will be held on Saturday": the funerals counted, not people held
	const funerals = mention.value !== null && mention.value > 1 ? FUNERALS_FOR.exec(before.slice(-24)) : null;
	if (funerals) return {kind: 'other', rule: 'figure.funerals', start: mention.start - funerals[0].length, end: mention.numberEnd + (PART_OF_WHOLE.exec(after)?.[0].length ?? 0), counts: 'funerals'};
	// "Among the dead are 14 firefighters", "among the injured were 30 children": the whole named first says what the count is
	// "The hostages, 12 guards and two cooks, were released": a count in apposition to the casualties or captives named
	const apposed = APPOSED_WHOLE.exec(before.slice(-40));
	if (apposed) return {kind: THEM_KINDS[apposed[1].toLowerCase()], rule: 'figure.apposed-whole', start: mention.start, end: countedNoun(sentence, mention)?.end ?? mention.end, counts: countedNoun(sentence, mention)?.noun ?? null};
	const amongWhole = AMONG_WHOLE_BEFORE.exec(before.slice(-60)) ?? WHOLE_INCLUDES_BEFORE.exec(before.slice(-60));
	if (amongWhole) return {kind: includedKind(amongWhole[1]), rule: 'figure.among-whole', start: mention.start - amongWhole[0].length, end: countedNoun(sentence, mention)?.end ?? mention.end, counts: countedNoun(sentence, mention)?.noun ?? null};
	// "hitting 12 people, three of them fatally": the part the shots killed
	const fatally = FATALLY_OF_THEM.exec(after);
	if (fatally) return phrase('killed', 'figure.killed-fatally', mention.numberEnd + fatally[0].length);
	if (!mention.vague && PARTITIVE.test(after)) return partitiveReading(sentence, mention, previous, context);
	// "is one of three men still missing": the one singled out of a whole numbered in words is no count; the whole is
	if (mention.value === 1 && mention.inWords && /^\s+of\s/.test(after) && numberedWhole(after.replace(/^\s+of\s+/, ''))) return null;
	// "killed 14 people, three nurses among them", "free 800 detainees, among them 60 serving life sentences": a part of the count before
	const among = previous && previous.kind !== 'money' && previous.kind !== 'other' && previous.kind !== 'plan_points' ? AMONG_THEM_AFTER.exec(after) ?? (AMONG_THEM_BEFORE.test(before) ? AMONG_PART.exec(after) : null) : null;
	if (among) return {...previous!, rule: `${previous!.rule}+among`, start: mention.start, end: mention.numberEnd + among[0].length};
	// "Of the 214 dead, 152 were in the north": the whole named first, a part of it opens the main clause
	const partOfWhole = previous && (CASUALTY_KINDS as string[]).includes(previous.kind) ? wholeFirstPart(sentence, mention, previous) : null;
	if (partOfWhole) return partOfWhole;
	// "seven people had died, five protesters and two police officers, and …": the toll broken down by whom it counts
	const part = previous && (CASUALTY_KINDS as string[]).includes(previous.kind) ? breakdownPart(sentence, mention, previous) : null;
	if (part) return part;
	// "30 hostages are held, of whom it believes 18 are alive": a part of the count before, unless its own words say what it counts ("of whom 12 died")
	if (previous && OF_WHOM.test(before.slice(-40)) && previous.kind !== 'money' && previous.kind !== 'other' && previous.kind !== 'plan_points')
		return casualtyAfter(sentence, mention) ?? {...previous, rule: `${previous.rule}+of-whom`, start: mention.start, end: mention.end};
	if (/^\s+another\b/i.test(after)) return null;
	if (mention.value !== null && POPULATION_OF.test(before.slice(-30))) return phrase('other', 'figure.population', mention.end, 'population');
	// "a town of 14,000 cannot be the answer": a place sized by a bare number is sized by its people
	const settlement = mention.value !== null && !mention.unit ? SETTLEMENT_OF.exec(before.slice(-40)) : null;
	if (settlement && !countedNoun(sentence, mention)) return {...phrase('other', 'figure.population', mention.end, 'population'), start: mention.start - settlement[0].length};
	// "held a district of 3,000 people hostage": the place is sized by its people named after the number
	const dwellers = settlement ? /^\s+(?:people|residents|inhabitants|souls)\b/i.exec(after) : null;
	if (dwellers) return {...phrase('other', 'figure.population', mention.numberEnd + dwellers[0].length, 'population'), start: mention.start - settlement![0].length};
	// "The number of dead is disputed. The army puts it at 11": the count named just before, given by a source
	const referred = countReferredTo(mention, before, context.before ?? '');
	if (referred) return referred;
	// "puts the number of dead at 23 and the injured at 314": a count that names what it counts, before the words after it
	const namedKind = namedCount(sentence, mention, before, previous);
	if (namedKind) return namedKind;
	const toll = TOLL.exec(sentence.slice(Math.max(0, mention.numberStart - 160), mention.numberStart)) ?? (/\bto\s+(?:\S+\s+)?$/.test(before.slice(-20)) ? TOLL_BROUGHT.exec(sentence.slice(Math.max(0, mention.numberStart - 160), mention.numberStart)) : null);
	if (toll) return {kind: /injur|wound/i.test(toll[1] ?? toll[2] ?? '') ? 'injured' : 'killed', rule: 'figure.toll', start: mention.numberStart - toll[0].length, end: mention.end, counts: null};
	// "bringing to 11 the number of people killed by the storms": the count named after the number it is brought to
	const broughtTo = BROUGHT_TO_BEFORE.test(before.slice(-24)) ? COUNT_AFTER_BROUGHT.exec(sentence.slice(mention.end)) : null;
	if (broughtTo) return {kind: NAMED_KIND[broughtTo[1].toLowerCase()] ?? 'killed', rule: 'figure.toll-brought', start: mention.start - BROUGHT_TO_BEFORE.exec(before.slice(-24))![0].length, end: mention.end + broughtTo[0].length, counts: null};
	const casualty = casualtyBefore(sentence, mention) ?? casualtyAfter(sentence, mention) ?? forcedFromHomes(sentence, mention) ?? alongWith(sentence, mention, before, previous) ?? peopleTaken(sentence, mention, context.captives ?? null) ?? livesClaimed(sentence, mention, before);
	// "40 soldiers fled the barracks": armed people who fled are gone from their units, not driven from their homes
	if (casualty?.kind === 'displaced' && casualty.counts && ARMED_OR_TROOPS.test(casualty.counts) && !/\bhomes?\b/i.test(sentence.slice(casualty.start, casualty.end + 40))) return {...casualty, kind: 'missing', rule: 'figure.missing-fled'};
	if (casualty && patientsWhereTheyLie(sentence, casualty)) return {...casualty, kind: 'other', rule: 'figure.count-patients'};
	if (casualty) return casualty;
	const lost = lostReading(sentence, mention, before);
	if (lost) return lost;
	const housed = campReading(sentence, mention, before);
	if (housed) return housed;
	const estimate = estimateReading(sentence, mention, before, previous);
	if (estimate) return estimate;
	// "the fires have burned 64,000 hectares": land is counted by its area, whatever befell it
	if (mention.value !== null && AREA.test(after)) return phrase('area', 'figure.area', mention.end + (AREA.exec(after)?.[0].length ?? 0));
	// "Of the 31 schools, 19 were destroyed": the 31 is the whole, not the damage
	const damage = WHOLE_BEFORE.test(before) ? null : capacityLost(sentence, mention, before) ?? outageReading(sentence, mention, before) ?? damageReading(sentence, mention) ?? antecedentDamage(sentence, mention, previous) ?? destroyedObject(sentence, mention);
	if (damage) return damage;
	const captives = captiveReading(sentence, mention, before) ?? capturedBare(sentence, mention, before, previous) ?? hasCaptives(sentence, mention, before, previous) ?? freedBare(sentence, mention, before, previous ?? context.earlier ?? null);
	if (captives) return captives;
	// "2,870 people have lost their lives, including 1,140 soldiers and police officers": soldiers counted in a toll are part of it
	const tollPart = previous && (CASUALTY_KINDS as string[]).includes(previous.kind) && /\bincluding\s+$/i.test(before.slice(-12)) ? troopReading(sentence, mention) : null;
	if (tollPart) return {...previous!, rule: `${previous!.rule}+including`, start: mention.start, end: tollPart.end, counts: tollPart.counts};
	const troops = troopReading(sentence, mention) ?? strengthReading(sentence, mention, before) ?? forceNumbers(mention, before) ?? forceLevel(sentence, mention, before) ?? policeDeployed(sentence, mention) ?? forceMen(sentence, mention, before);
	if (troops) return troops;
	if (mention.value !== null && AREA.test(after)) return phrase('area', 'figure.area', mention.end + (AREA.exec(after)?.[0].length ?? 0));
	if (mention.value !== null && PERSONNEL_ACTION.test(before.slice(-30)) && OFFICIALS.test(after)) return phrase('other', 'figure.personnel', mention.end + (OFFICIALS.exec(after)?.[0].length ?? 0));
	// "six Kell officers, six Dorva officers and a chair": the next item of a list of staff
	if (mention.value !== null && previous?.rule === 'figure.personnel' && /,\s*(?:and\s+)?$/.test(before) && OFFICIALS.test(after)) return phrase('other', 'figure.personnel', mention.end + (OFFICIALS.exec(after)?.[0].length ?? 0));
	// "1,140 polling stations, including all 212 in the north": "all" before the part
	// ("The dead included 29 Trelvanians, 17 Osperans and 21 people from other countries": the list's last item after "and")
	if (previous && /\b(?:including|included|includes)\s+(?:[^.;]*(?:,\s*(?:and\s+)?|\s+and\s+))?(?:all\s+)?$/i.test(before.slice(-80)) && !saidBetween(sentence, previous, mention, after)) {
		const counted = countedNoun(sentence, mention);
		return {...previous, rule: `${previous.rule}+including`, start: mention.start, end: counted?.end ?? mention.end, counts: counted?.noun ?? null};
	}
	if (mention.value === null) return null;
	const power = POWER_UNIT.exec(after);
	if (power) return phrase('other', 'figure.power', mention.numberEnd + power[0].length, powerUnit(power[1]));
	const radius = RADIUS_OF.test(before.slice(-20)) ? MEASURE.exec(after) : null;
	if (radius) return {...phrase('other', 'figure.buffer', mention.numberEnd + radius[0].length, 'zone'), start: mention.start - (RADIUS_OF.exec(before.slice(-20))?.[0].length ?? 0)};
	const within = /\bwithin\s+$/i.test(before.slice(-8)) ? WITHIN_OF.exec(after) : null;
	if (within) return phrase('other', 'figure.distance', mention.numberEnd + within[0].length, distanceUnit(within[1]));
	// (a length destroyed is damage before it is a front's extent: "buried 27 km of the coast road")
	const wrecked = destroyedLength(mention, before, after);
	if (wrecked) return wrecked;
	const extent = FRONT_EXTENT.exec(after);
	if (extent) return phrase('other', 'figure.front-extent', mention.numberEnd + extent[0].length, 'front');
	const zone = ZONE_AFTER.exec(after);
	if (zone) return phrase('other', 'figure.buffer', mention.numberEnd + zone[0].length, 'zone');
	const elided = rangeEnd(sentence, mention, previous) ?? ellipsis(sentence, mention, previous) ?? levelNow(sentence, mention, previous);
	if (elided) return elided;
	const seats = MEMBERS_NAMED.exec(after);
	if (seats) return phrase('other', 'figure.members', mention.numberEnd + seats[0].length, 'members named');
	const body = MEMBER_BODY.exec(after);
	if (body) return phrase('other', 'figure.members', mention.numberEnd + body[0].length, 'members');
	if (BODY_OF.test(before.slice(-30)) && /^\s+members\b/i.test(after)) return {...phrase('other', 'figure.members', mention.numberEnd + 8, 'members'), start: mention.start - (BODY_OF.exec(before.slice(-30))?.[0].length ?? 0)};
	// "an inspection team of 24", "a team of 24 \"inspectors\"": the body's size with its members left unnamed or named after
	if (BODY_OF.test(before.slice(-30)) && BODY_SIZE_END.test(after)) return {...phrase('other', 'figure.members', mention.end, 'members'), start: mention.start - (BODY_OF.exec(before.slice(-30))?.[0].length ?? 0)};
	const buffer = BUFFER_DISTANCE.exec(after);
	const limits = FROM_LIMITS.exec(after);
	if (limits) return phrase('other', 'figure.buffer', mention.numberEnd + limits[0].length, distanceUnit(limits[0].trim().split(/\s+/)[0]));
	if (buffer && (BUFFER_VERB.test(before.slice(-80)) || (ZONE_BEFORE.test(before.slice(-30)) && /(?:deep|wide)$/i.test(buffer[0])))) return {...phrase('other', 'figure.buffer', mention.numberEnd + buffer[0].length, distanceUnit(buffer[1])), start: leadIn(sentence, mention.start)};
	const parts = PLAN_LENGTH_BEFORE.test(before.slice(-20)) ? PLAN_PARTS_AFTER.exec(after) : null;
	if (parts) return {...phrase('plan_points', 'figure.plan-points', mention.numberEnd + parts[0].length, parts[1].toLowerCase()), start: leadIn(sentence, mention.start)};
	const things = /\b(?:does|do)\s+$/i.test(before.slice(-8)) && PLAN_BEFORE.test(before) ? DOES_THINGS_AFTER.exec(after) : null;
	if (things) return {...phrase('plan_points', 'figure.plan-points', mention.numberEnd + things[0].length, 'things'), start: leadIn(sentence, mention.start)};
	const tally = TALLY_AFTER.exec(after);
	if (tally) return phrase('other', 'figure.votes', mention.numberEnd + tally[0].length, tally[1].toLowerCase().replace(/^in\s+favou?r$/, 'votes in favour').replace(/^abstention$/, 'abstentions'));
	if (MAJORITY_OF.test(before.slice(-30))) return {...phrase('other', 'figure.votes', mention.end, 'majority'), start: mention.start - (MAJORITY_OF.exec(before.slice(-30))?.[0].length ?? 0)};
	const distance = DISTANCE_TO_PLACE.exec(after);
	if (distance && (HYPOTHESIS.test(before.slice(-80)) || REACH.test(before.slice(-60)))) return null;
	if (distance) return phrase('other', 'figure.distance', mention.numberEnd + distance[0].length, distanceUnit(distance[1]));
	const force = FORCE_OF.exec(before.slice(-60));
	// "a joint security force of 1,200 men", "a garrison of 150 marines": the force's people named after its size
	// ("a neutral force of 800 guards": the guards a force is made of are its men)
	const forcePeople = force ? /^\s+(?:men|troops|soldiers|personnel|fighters|peacekeepers|marines|sailors|guards|guardsmen)\b/i.exec(after) : null;
	if (forcePeople) return {...phrase('troops', 'figure.troops-force', mention.numberEnd + forcePeople[0].length, 'troops'), start: mention.start - force![0].length};
	// ("The force of 2,500 will withdraw": its verb may follow the size)
	// ("goes to a neutral guard force of 800 within three days": or a preposition of when or where)
	if (force && !/^\s+(?!to\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]|(?:will|would|is|are|was|were|has|have|had|must|should|shall|can|could|may|might|within|by|from|in|at|on|under|for|drawn)\b)[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(after)) return {...phrase('troops', 'figure.troops-force', mention.end, 'troops'), start: mention.start - force[0].length};
	const multiplied = /\b(?:dozen|hundred|thousand|million|billion)\b/i.test(mention.text);
	// the whole of a damaged part ("damaged two of its three pumps") is no news; the whole of a deal's share is
	const whole = mention.inWords && previous?.rule === 'figure.count-part' ? numberedWholeReading(sentence, mention, before) : null;
	if (whole) return whole;
	const measured = mention.inWords ? measureReading(mention, before, after) : null;
	if (measured) return measured;
	// "firmed 1.3 percent to 212.4 per dollar", "gained against the US dollar, to 3.47": a currency's rate
	const rate = PER_CURRENCY_AFTER.exec(after);
	if (rate || RATE_AGAINST_BEFORE.test(before.slice(-60))) return phrase('other', 'figure.exchange-rate', mention.numberEnd + (rate?.[0].length ?? 0), 'exchange rate');
	// "a three-phase ceasefire", "a two-stage withdrawal": the stages of a deal said before it
	// "frees its hostages in three groups", "in two waves": the batches a release or a withdrawal comes in, as its stages
	const batches = /\bin\s+$/i.test(before.slice(-4)) ? /^\s+(groups|waves|convoys)\b/i.exec(after) : null;
	if (batches && mention.value >= 2 && mention.value <= 12) return {...phrase('other', 'figure.count-term', mention.numberEnd + batches[0].length, batches[1].toLowerCase()), start: mention.start - 3};
	const staged = STAGED_COMPOUND.exec(after);
	if (staged) return phrase('other', 'figure.count-term', mention.numberEnd + staged[0].length, `${staged[1].toLowerCase()}s`);
	const bare = bareCount(mention, before, after, context.people ?? []);
	if (bare) return bare;
	if (mention.inWords && !multiplied && !writtenOut(mention)) {
		const term = countedNoun(sentence, mention);
		// "two experts said": people counted only as a report's source
		if (term && SOURCE_NOUNS.test(sentence.slice(mention.numberEnd)) && /^\s+(?:said|told|say|says|believe|warned)\b/.test(sentence.slice(term.end))) return null;
		// "a ceasefire between two camps": sides set against each other, not things counted
		// (and "midway between the two island states")
		if (/\bbetween\s+(?:the\s+)?$/i.test(before.slice(-13))) return null;
		// "the two portfolios that decide who is prosecuted": a pair the clause after it names as known, not counted
		if (term && /\bthe\s+$/i.test(before.slice(-5)) && /^\s+(?:that|which|who)\b/.test(sentence.slice(term.end))) return null;
		// "entering two districts of our capital": a pair of places is most often the two a story has named, not a count
		if (term && mention.value === 2 && PLACE_PAIR.test(term.noun)) return null;
		// "Pellrun and Zelmorth, two districts of the capital": a count in apposition to the places it names describes them
		if (term && /[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*\s*,\s*$/v.test(before.slice(-40)) && /^\s+of\b/i.test(sentence.slice(term.end))) return null;
		// "The two states also agreed …": the two parties of the story, named as known, are no count
		if (term && mention.value === 2 && /\bthe\s+$/i.test(before.slice(-5)) && TWO_PARTIES.test(term.noun)) return null;
		// "may hold no more than four portfolios", "at most three officers": a cap a deal sets on a count
		if (term && mention.qualifier && CAP_QUALIFIERS.has(mention.qualifier)) return phrase('other', 'figure.count-capped', term.end, term.noun);
		return term && isCountedTerm(sentence, mention.numberEnd, term) ? phrase('other', 'figure.count-term', term.end, term.noun) : null;
	}
	if (VOTES_TO.test(before)) return phrase('other', 'figure.votes', mention.end, 'votes'); // "by 14 votes to 6"
	// ("there were a hundred ways to …": a hundred said with "a" before ways, times or things is a manner of speaking)
	if ((PARTY_NOUNS.test(after) && (mention.value <= 4 || /^an?\s/i.test(mention.text))) || (SOURCE_NOUNS.test(after) && /\b(?:said|told|say|says)\b/.test(after))) return null;
	const quantity = QUANTITY.exec(after);
	if (quantity) {
		// "set fire to 8,000 tonnes of maize", "2,000 tonnes of rice were burnt": goods destroyed are damage
		const destroyed = BURNT_BEFORE.test(before.slice(-40)) || GOODS_DESTROYED.test(after);
		return phrase(destroyed ? 'damage' : 'other', destroyed ? 'figure.damage-goods' : 'figure.quantity', mention.numberEnd + quantity[0].length, quantity[1].toLowerCase());
	}
	// "2 million tonnes to leave the port": a cargo's tonnage (thousands of tonnes and more), not an object's weight
	const cargo = CARGO.exec(after);
	if (cargo && mention.value >= 1000) return phrase('other', 'figure.quantity', mention.numberEnd + cargo[0].length, cargo[1].toLowerCase());
	const measure = measureReading(mention, before, after);
	if (measure) return measure;
	if (MEASURE.test(after)) return null; // degrees and pounds: a temperature, an angle or a sum, not a figure of the story
	const counted = countedNoun(sentence, mention);
	// "Aid trucks, up to 40 a day, will be inspected", "Forty a day are to pass": a daily rate of what the sentence names
	if (!counted && PER_DAY_RATE.test(after)) return phrase('other', 'figure.rate', mention.numberEnd + PER_DAY_RATE.exec(after)![0].length, 'a day');
	if (counted && /^names$/i.test(counted.noun)) {
		// "both sides will free their detainees; some 600 names are on the first list": the names listed are the people to be freed
		const listed = LISTED_CAPTIVES.exec(sentence) ?? NAMES_TAKEN.exec(sentence.slice(counted.end));
		if (listed) return phrase(/hostage|captive/i.test(listed[0]) ? 'hostages' : 'prisoners', 'figure.prisoners-listed', counted.end, 'names');
		// "How many hostages are there? … The list the mediators hold has 47 names": the names of the captives the article is about
		// ("29 names of people whose families have not been told": names whose own of-phrase says whose they are)
		if (context.captives && !/^\s+of\b/i.test(sentence.slice(counted.end))) return phrase(context.captives, `figure.${context.captives}-listed`, counted.end, 'names');
	}
	if (counted) return phrase('other', 'figure.count', counted.end, counted.noun);
	return null;
}

const FATALLY_OF_THEM = /^\s+of\s+(?:them|whom)\s+fatally\b/i;
const READER_APPEAL = new RegExp(`^\\s*(?:${alternation(CALL_TO_ACTION_OPENINGS)})\\b`, 'i');
const FUNERALS_FOR = /\bfunerals?\s+(?:for|of)\s+(?:the\s+|all\s+)?$/i;
const PART_OF_WHOLE = /^\s+(?:of\s+(?:the|its|their|our)\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+(?=\s+(?:will|would|are|were|is|was|have|has|had)\b)|^\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+/v;
const PER_CURRENCY_AFTER = /^\s+(?:per|to\s+the|against\s+the)\s+(?:US\s+|U\.S\.\s+)?(?:dollar|euro|pound|yen|yuan|franc)\b/i;
const RATE_AGAINST_BEFORE = /\b(?:against|versus)\s+the\s+(?:US\s+|U\.S\.\s+)?(?:dollar|euro|pound|yen|yuan|franc)\s*,?\s+(?:to|at)\s+$/i;
const STAGED_COMPOUND = /^-(phase|stage|step|tier)\s+(?=[\p{L}--[\u{10000}-\u{10FFFF}]])/iv;
// "The first 120,000 will cross on Thursday", "The first forty arrive tomorrow": the first batch of what was counted before
const FIRST_BEFORE = /\b(?:the|The)\s+first\s+$/;
const FIRST_VERB_AFTER = /^\s+(?:will|would|are|were|is|was|should|must|can|to|arrive|arrived|arrives|travel|travelled|cross|crossed|leave|left|go|went|land|landed)\b/;
// "the first 15 within 72 hours", "the first 15 by Friday": when the first batch goes
const FIRST_WHEN_AFTER = /^\s+(?:within|by|on|in|due|before|after)\b/;
// "Monitors from both bodies, 36 in all, are posted": the total of what the clause names, set off by commas
const IN_ALL_AFTER = /^\s+(?:in\s+all|in\s+total|altogether)\s*[,;.)–—]/i;

/** A bare number that counts what was named before it: the first batch of it, or its total in an apposition. */
function bareCount(mention: NumberMention, before: string, after: string, people: readonly PeopleCount[] = []): Reading | null {
	if (mention.value === null || mention.value < 2 || mention.unit) return null;
	// "the release of 47 hostages in three stages, the first 15 within 72 hours": the first batch of people counted just before
	// (the last count larger than the batch: "52 people seized, including two drivers … The first 15" is of the 52)
	const batchOf = [...people].reverse().find((count) => count.value !== null && count.value > mention.value!)?.reading ?? null;
	const first = FIRST_BEFORE.exec(before.slice(-12));
	if (batchOf && first && (FIRST_VERB_AFTER.test(after) || FIRST_WHEN_AFTER.test(after))) return {...batchOf, rule: `${batchOf.rule}+first`, start: mention.start - first[0].length, end: mention.end};
	if (FIRST_BEFORE.test(before.slice(-12)) && FIRST_VERB_AFTER.test(after)) return {kind: 'other', rule: 'figure.count-first', start: mention.start - 'first '.length, end: mention.end, counts: 'first'};
	const total = /,\s*$/.test(before) ? IN_ALL_AFTER.exec(after) : null;
	if (total) return {kind: 'other', rule: 'figure.count-total', start: mention.start, end: mention.numberEnd + total[0].length - 1, counts: 'total'};
	return null;
}

/** One name for a unit of measure however it is written, so "2,500 metres" and "a 2,500-metre runway" are one measure. */
const measureUnit = (unit: string) =>
	unit
		.toLowerCase()
		.replace(/^(?:kilomet(?:re|er)s?)$/, 'km')
		.replace(/^(?:met(?:re|er)s?)$/, 'metres')
		.replace(/^(?:millimet(?:re|er)s?)$/, 'mm')
		.replace(/^(?:centimet(?:re|er)s?)$/, 'cm')
		.replace(/^(?:mile|foot|yard|tonne|ton)$/, (one) => (one === 'foot' ? 'feet' : `${one}s`));

const LENGTH_OF = /^\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+/iv;
const LENGTH_DESTROYED_BEFORE = new RegExp(`\\b(?:${alternation(DESTRUCTION_WORDS)}|blew\\s+up|blown\\s+up|blowing\\s+up|ripped\\s+up|tore\\s+up|torn\\s+up|severed|cut)\\s+(?:(?:about|some|nearly|around|roughly|more\\s+than|at\\s+least|over|up\\s+to|another)\\s+)?$`, 'i');
const LENGTH_DESTROYED_AFTER = new RegExp(`^\\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\\s+of\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,4}?(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are)\\s+(?:(?:badly|partly|completely|totally|heavily)\\s+)?(?:${alternation(DESTRUCTION_WORDS)})\\b`, 'iv');

/** A length of a road or a line destroyed, which is damage: "lava buried 27 km of the coast road", "85 km of track was damaged". */
function destroyedLength(mention: NumberMention, before: string, after: string): Reading | null {
	const length = LENGTH_OF.exec(after);
	if (!length || !(LENGTH_DESTROYED_BEFORE.test(before.slice(-40)) || LENGTH_DESTROYED_AFTER.test(after))) return null;
	return {kind: 'damage', rule: 'figure.damage-length', start: mention.start, end: mention.numberEnd + length[0].length, counts: measureUnit(/^\s*([\p{L}--[\u{10000}-\u{10FFFF}]]+)/v.exec(after)![1])};
}

/**
 * A thing's size, depth, speed or weight: "a runway of nearly 2,500 metres", "the 94-metre dam", "currents of up to four
 * knots". Not a distance in a case imagined ("If a howitzer is 24 km from the line") nor how far an effect reached.
 */
function measureReading(mention: NumberMention, before: string, after: string): Reading | null {
	// "40 km (25 miles) east of the town": a measure glossed in another unit is one measure
	const measure = mention.value === null || /\(\s*(?:about\s+|some\s+|around\s+|roughly\s+)?$/i.test(before.slice(-12)) ? null : STORY_MEASURE.exec(after);
	if (!measure || HYPOTHESIS.test(before.slice(-80)) || REACH.test(before.slice(-60))) return null;
	// the compound's noun is part of the phrase: "the 94-metre dam"
	const noun = measure[2] ? /^\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+/v.exec(after.slice(measure[0].length))?.[0] ?? '' : '';
	const destroyed = destroyedLength(mention, before, after);
	if (destroyed) return destroyed;
	return {kind: 'other', rule: 'figure.measure', start: mention.start, end: mention.numberEnd + measure[0].length + noun.length, counts: measureUnit(measure[1] ?? measure[2])};
}

/** Whether a counted noun is a term the story counts, alone or with the word before it: "lines" in "four production lines". */
function isCountedTerm(sentence: string, from: number, term: {noun: string; end: number}): boolean {
	if (COUNTED_TERM.test(term.noun)) return true;
	const twoWords = /[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+$/v.exec(sentence.slice(from, term.end));
	return twoWords !== null && COUNTED_TERM.test(twoWords[0].replace(/\s+/, ' '));
}

/**
 * Whether a number in words is beyond what style guides spell out (one to nine, or ten): "Forty-two firms"
 * opening a sentence or "fourteen thousand" in an explainer is a count as "42" would be, unlike "two sides".
 */
function writtenOut(mention: NumberMention): boolean {
	return mention.value !== null && mention.value > 12;
}

// (and the two places of a local deal: "the two districts beside the dam signed", "The two ports signed a pact")
const TWO_PARTIES = /^(?:states|countries|nations|governments|armies|navies|capitals|districts|neighbou?rhoods|cities|islands|ports|prisons|jails)$/i;
const PLACE_PAIR = /^(?:districts|neighbou?rhoods|cities|islands|ports|prisons|jails)$/i;
const CAP_QUALIFIERS = new Set(['no more than', 'not more than', 'at most', 'a maximum of']);
const PER_DAY_RATE = /^\s+(?:a|per|each)\s+day\b/i;

// the people a list of names counts, when the sentence names them
const LISTED_CAPTIVES = /\b(?:prisoners|detainees|hostages|captives|POWs)\b/i;
// "a list of 212 names, fighters and civilians taken by the army": the names are of people taken
const NAMES_TAKEN = /^\s*,?[^.;:]{0,60}?\b(?:taken|held|captured|detained|abducted|seized)\s+(?:by|in|at|from|during|since)\b/i;

const CARGO = /^\s*(tonnes|tons|metric tons|barrels)\b/i;
const GOODS_DESTROYED = asciiTwin(new RegExp(`^[^,;.]{0,50}?\\s(?:were|was|had been|have been)\\s+(?:[\\p{L}--[\\u{10000}-\\u{10FFFF}]]+ly\\s+)?(?:${alternation(DESTRUCTION_WORDS)})\\b`, 'iv'));
const BURNT_BEFORE = /\b(?:set fire to|set alight|torched|burn(?:ed|t)|destroy(?:ed|ing)|damag(?:ed|ing))\s+(?:(?:some|about|around|nearly|more than|over|an estimated|at least)\s+)?$/i;
// "a peacekeeping force of about 3,000": a force's size with its noun left out
const FORCE_OF_PATTERN = /\b(?:force|forces|contingent|deployment|army|garrison|detachment|guard)\s+of\s+(?:(?:about|some|around|nearly|up to|at least|more than|roughly)\s+)?$/i;
const FORCE_OF = endingInWord(FORCE_OF_PATTERN, ['of', 'about', 'some', 'around', 'nearly', 'to', 'least', 'than', 'roughly']);
const OF_WHOM = asciiTwin(/\bof\s+whom\s+(?:(?:it|they|he|she|officials|the\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)\s+(?:believes?|says?|said|thinks?|estimates?)\s+)?(?:(?:at least|about|some|around|nearly|more than)\s+)?$/iv);
const SHARE_OF_WHAT = /^\s+of\s+[^,;.]{1,40}?(?=\s*(?:[,;.]|$)|\s+(?:before|after|according|in)\b)/;
/** The people a part of a toll counts, with no verb of their own after them: "five protesters", "two police officers)". */
// (up to two words before the people: "six Kellan coast guardsmen")
const PART_PEOPLE = new RegExp(`^\\s+(?:(?:of\\s+them|other)\\s+)?(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(${alternation([...PEOPLE_NOUNS, ...ARMED_NOUNS])}|[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]][[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]*[^su\\s]s)\\b(?!\\s+(?:were|was|had|have|are|is|died|killed|injured|wounded)\\b)`, 'iv');

const SPARED_AFTER = new RegExp(`^\\s+(?:(?:were|was|have been|had been|are)\\s+)?(?:${alternation(SPARED_FATES)})\\b`, 'i');

const TOLL_WORD_LEFT = /^\s+(?:people\s+)?(?:dead|killed|deaths|injured|wounded|hurt|missing)(?=\s*(?:[,(:]|[-–—]\s))/i;

// "Of the 214 dead, ", "Of the 42 hostages still held, ": the whole, opening the sentence, up to the comma before its part
const WHOLE_FIRST = /^\s*["“‘']?\s*(?:[Oo]f|[Aa]mong)\s+(?:the|those|these|its|their|our)\s+$/;
const WHOLE_FIRST_GAP = /^[^,;:.\d]{1,60},\s*(?:(?:about|around|some|nearly|almost|roughly|at least|more than|only|just|fewer than)\s+)?$/;

/** A part of a count named first as the whole of a sentence's opening phrase: "Of the 214 dead, 152 were in the north". */
function wholeFirstPart(sentence: string, mention: NumberMention, previous: Reading): Reading | null {
	const whole = sentence.slice(0, previous.start);
	if (!WHOLE_FIRST.test(whole) || !WHOLE_FIRST_GAP.test(sentence.slice(previous.start, mention.start).replace(/^\S+/, ''))) return null;
	// "Of the 42 hostages, 30 were killed": the part's own fate, when its clause says one
	const own = casualtyInClause(sentence, mention);
	if (own) return own.kind === previous.kind ? {...own, rule: `${own.rule}+part`} : own;
	return {...previous, rule: `${previous.rule}+part`, start: mention.start, end: mention.end};
}

/** A count right after a toll, set off by a comma, a bracket or "and", that names only whom it counts: a part of that toll. */
function breakdownPart(sentence: string, mention: NumberMention, previous: Reading): Reading | null {
	// "puts the toll at nine dead - six protesters and three police officers": the toll's own word stands before its parts
	let between = sentence.slice(previous.end, mention.start).replace(TOLL_WORD_LEFT, '');
	// "killed 12 soldiers, 40 civilians and 3 police officers": a verb before its count governs the list of people after it
	const listed = /-before(?:\+part)*$/.test(previous.rule) ? LISTED_PEOPLE.exec(between) : null;
	if (listed && PEOPLE.has(listed[1].toLowerCase())) between = between.slice(listed[0].length);
	// "brings the toll to seven: five fishermen and two sailors", "killed 12 – nine soldiers and three civilians"
	// ("312 people have been killed, including 94 soldiers": the part a toll includes)
	// "Three sailors died when the strait turned deadly last month: two crewmen on the tanker and …": a list after a colon
	const colonList = /^[^.;:]{0,100}:\s*$/.test(between) && !/\d/.test(between);
	// "143 people have been killed since the fighters overran the town on Sept. 19, including 61 soldiers": the toll's
	// clause may run on (a date is no count) before the part it includes
	const includedLater = INCLUDED_AFTER_CLAUSE.test(between) && !/\d/.test(between.replace(DATE_IN_CLAUSE, ''));
	// "two crewmen on the tanker and one fisherman from the trawler": the list of parts goes on past where each served
	const nextPart = /\+part$/.test(previous.rule) && (PART_DESCRIBED_AND.test(between) || PART_PERSON_AND.test(between));
	// "seven people had died on 19 September, six protesters and one guard": a toll dated before its parts
	const datedComma = DATED_COMMA.test(between) && DATE_WORD.test(between) && !/\d/.test(between.replace(DATE_IN_CLAUSE, '')) && !/\b(?:in|at|near)\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(between);
	if (!colonList && !includedLater && !nextPart && !datedComma && (between.length > 14 || !/^\s*(?:,|\(|:|\s[-–—]|[–—]|,?\s*and|,?\s*including|,?\s*among them)\s*$/.test(between))) return null;
	// "two drillers and one engineer": the last part of a list may be one person
	// "died in the crush on 14 March, 40 miles north of X": a measure is no part of a toll
	if (MEASURE.test(sentence.slice(mention.numberEnd))) return null;
	const people = PART_PEOPLE.exec(sentence.slice(mention.numberEnd)) ?? (mention.value === 1 && mention.inWords && /\+part$/.test(previous.rule) ? PART_PERSON.exec(sentence.slice(mention.numberEnd)) : null);
	// "54 persons confirmed dead, 146 persons rescued and 38 persons still missing": the rescued are no part of the dead
	if (people && SPARED_AFTER.test(sentence.slice(mention.numberEnd + people[0].length, mention.numberEnd + people[0].length + 40))) return null;
	// "1,210 people had been arrested and 146 police officers and guardsmen injured": the part's own word of another kind
	const own = people ? casualtyInClause(sentence, mention) : null;
	if (own && own.kind !== previous.kind) return own;
	// after "and", only people the lexicon knows: "…, and some 4.2 million tonnes of grain" counts no people
	// "nine were injured, and two divers went into the sea and have not been found": a later word of another kind in the
	// part's clause says what befell it (no other count nor a closing bracket between: "two police officers) and 246 treated")
	const later = people && !NOT_PEOPLE.has(people[1].toLowerCase()) ? verbInClause(sentence, mention.numberEnd + people[0].length) : null;
	if (later && later.kind !== previous.kind && !/[\d)]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(sentence.slice(mention.numberEnd + people![0].length, later.end))) return {kind: later.kind, rule: `figure.${later.kind}-after`, start: mention.start, end: later.end, counts: people![1].toLowerCase()};
	if (people && (NOT_PEOPLE.has(people[1].toLowerCase()) || (/\band\b/.test(between) && !PEOPLE.has(people[1].toLowerCase())))) return null;
	return people ? {...previous, rule: `${previous.rule}+part`, start: mention.start, end: mention.numberEnd + people[0].length, counts: people[1].toLowerCase()} : null;
}

const PART_PERSON = new RegExp(`^\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!))?(${alternation(PERSON_NOUNS)}|[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]][[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]*(?:er|or|man|ist|ian|ant|ent))\\b(?!\\s+(?:were|was|had|have|are|is|died|killed|injured|wounded)\\b)`, 'iv');
const PART_DESCRIBED_AND = /^\s+(?:on|from|of|in|at|aboard)\s+[^,;:.\d()]{1,50}?\s+and\s+$/;
// "six coast guardsmen, a fisherman and two sailors": one person listed between two counted parts
const PART_PERSON_AND = /^\s*,\s+(?:a|an|one)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+,?\s+and\s+$/v;
const DATED_COMMA = /^\s+(?:on|since|by|in|during|over|between|last|this|early|late)\s+[^,;:()"“”]{1,60},\s*$/i;
const DATE_WORD = new RegExp(`\\b(?:${alternation(MONTHS)}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|overnight|week|night|morning|afternoon|evening)\\b`, 'i');
const INCLUDED_AFTER_CLAUSE = /^[^;:()"“”]{0,120},\s*including\s*$/;
const DATE_IN_CLAUSE = new RegExp(`\\b(?:(?:${alternation(MONTHS)}|(?:${alternation(MONTHS.map((month) => month.slice(0, 3)))})[a-z]?\\.?)\\s+\\d{1,2}(?:,\\s+\\d{4})?|\\d{1,2}\\s+(?:${alternation(MONTHS)})(?:\\s+\\d{4})?)\\b`, 'gi');
// the people a count before names, then the comma or "and" of a list: " soldiers, ", " police officers and "
const LISTED_PEOPLE = /^\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?([[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)(?=\s*(?:,|,?\s+and)\s*$)/v;
const AMONG_THEM_AFTER = /^\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?among\s+them\b/v;
const AMONG_THEM_BEFORE = /[,;:(]\s*(?:among|including)\s+them\s+$/i;
// (a part ends before the next one coordinated with it: "among them nine rangers | and five soldiers")
const AMONG_PART = /^(?:\s+(?!(?:and|or)\b)[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+){0,4}?(?=\s*(?:[,;.\)]|$|\s(?:and|or)\s))|^(?:\s+(?!(?:and|or)\b)[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+){1,4}/v;
// "Eight of twenty seats": the whole's number may be in words
const PARTITIVE = /^\s*of\s+(?:(?:the|them|those|these|whom|its|their|our|his|her|us)\b|\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|one\s+hundred)\b)/i;
const OF_WHOM_SAID = /^\s*of\s+whom\s+(?:it|they|he|she|officials|(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*){0,2}|the\s+[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+)?)\s+(?:believes?|believed|says?|said|thinks?|fears?|feared|estimates?|estimated|reports?|reported)\s/v;
const PART_OF_THEM = /^\s*of\s+(?:them|those|these|whom)\b/i;
// "of the district's five hospitals": the whole's owner may stand between its determiner and its number
const WHOLE_PREFIX = /^\s*of\s+(?:(?:the|its|their|our|his|her|these|those)\s+)?(?:[\p{L}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*['’]s\s+)?(?:(?:at least|more than|some|about|nearly|around)\s+)?/iv;
// "three of whom died, one of them a week later": a part told only by when it happened is no toll of its own
const PART_BY_TIME = /^\s*,?\s*(?:(?:[[\p{L}\d]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:later|after|afterwards)\b|(?:later|afterwards)(?=\s*(?:[,;.\)]|$))|the\s+(?:next|following)\s+(?:day|morning|week)\b)/iv;
// "Three of the district's five hospitals": the whole's owner may stand before its number
const WHOLE_BEFORE_PATTERN = /\b(?:of|among)\s+(?:the|its|their|our|all)\s+(?:[\p{L}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*['’]s\s+)?$/iv;
const WHOLE_BEFORE = endingInWord(WHOLE_BEFORE_PATTERN, ['the', 'its', 'their', 'our', 'all', "'s"]);

/** Each pattern read only after its last word (endingInWord), with the gated form: a test holds every gate to its pattern. */
export const PATTERNS_GATED_BY_LAST_WORD: ReadonlyArray<[string, RegExp, {test(text: string): boolean}]> = [
	['TOLL', TOLL_PATTERN, TOLL],
	['WHOLE_BEFORE', WHOLE_BEFORE_PATTERN, WHOLE_BEFORE],
	['ESTIMATED_AT', ESTIMATED_AT_PATTERN, ESTIMATED_AT],
	['REMAINS_OF', REMAINS_OF_PATTERN, REMAINS_OF],
	['CAMP_HOUSES', CAMP_HOUSES_PATTERN, CAMP_HOUSES],
	['POPULATION_OF', POPULATION_OF_PATTERN, POPULATION_OF],
	['LOST_BEFORE', LOST_BEFORE_PATTERN, LOST_BEFORE],
	['FORCE_NUMBERS', FORCE_NUMBERS_PATTERN, FORCE_NUMBERS],
	['FORCE_OF', FORCE_OF_PATTERN, FORCE_OF],
	['REVIEW_BEFORE', REVIEW_BEFORE_PATTERN, REVIEW_BEFORE],
	['REVIEW_NOUN_BEFORE', REVIEW_NOUN_BEFORE_PATTERN, REVIEW_NOUN_BEFORE],
	['REVIEW_OBJECT_BEFORE', REVIEW_OBJECT_BEFORE_PATTERN, REVIEW_OBJECT_BEFORE],
	['EXTENDED_BY', EXTENDED_BY_PATTERN, EXTENDED_BY],
	['ACTION_WITHIN', ACTION_WITHIN_PATTERN, ACTION_WITHIN],
	['ACTION_TAKES', ACTION_TAKES_PATTERN, ACTION_TAKES],
	['TERM_LASTS', TERM_LASTS_PATTERN, TERM_LASTS],
	['TERM_BRACKET', TERM_BRACKET_PATTERN, TERM_BRACKET],
	['TERM_OF', TERM_OF_PATTERN, TERM_OF],
	['PHASED_OVER', PHASED_OVER_PATTERN, PHASED_OVER],
	['DUE_WITHIN', DUE_WITHIN_PATTERN, DUE_WITHIN],
	['HAVE_BEFORE', HAVE_BEFORE_PATTERN, HAVE_BEFORE],
	['FOR_OPENING', FOR_OPENING_PATTERN, FOR_OPENING],
	['DEADLINE_PREPOSITION', DEADLINE_PREPOSITION_PATTERN, DEADLINE_PREPOSITION],
	['RATE_FOR', RATE_FOR_PATTERN, RATE_FOR],
	['TIME_ASKED', TIME_ASKED_PATTERN, TIME_ASKED],
	['TERM_PREPOSITION', TERM_PREPOSITION_PATTERN, TERM_PREPOSITION],
	['MEETS_EVERY', MEETS_EVERY_PATTERN, MEETS_EVERY],
	['MAGNITUDE_BEFORE', MAGNITUDE_BEFORE_PATTERN, MAGNITUDE_BEFORE],
	['DAY_BEFORE', DAY_BEFORE_PATTERN, DAY_BEFORE],
	['NONE_BEFORE', NONE_BEFORE_PATTERN, NONE_BEFORE],
	['CAPTURED_BARE', CAPTURED_BARE_PATTERN, CAPTURED_BARE],
	['COUNT_CHANGED', COUNT_CHANGED_PATTERN, COUNT_CHANGED],
	...VERB_BEFORE.map(({kind, pattern, ungated}): [string, RegExp, {test(text: string): boolean}] => [`VERB_BEFORE ${kind}`, ungated, pattern]),
];

/**
 * A part of a whole: "1,200 of its soldiers have died", "killed 5,000 of our people", "230 of the 400 seats", and
 * "600 trucks a day, 50 of them carrying fuel" (the part counts what the sentence counted before it).
 */
function partitiveReading(sentence: string, mention: NumberMention, previous: Reading | null, context: ArticleContext = {}): Reading | null {
	const after = sentence.slice(mention.numberEnd);
	// "128 remain, at least 31 of whom it believes are dead": a source's word between "of whom" and the part's own fate
	const said = OF_WHOM_SAID.exec(after);
	const fate = said ? ownFate(sentence, mention.numberEnd + said[0].length - 1) : null;
	if (fate) return {kind: fate.kind, rule: `figure.${fate.kind}-of-whom-said`, start: mention.start, end: fate.end, counts: previous?.counts ?? null};
	// "one of them died", "One of those hurt was his nephew": one of a set already counted is told of, no new count
	if (mention.value === 1 && mention.inWords && ONE_OF_COUNTED.test(after)) return null;
	const them = PART_OF_THEM.exec(after);
	// "killed 18 people, six of them civilians": the part counts what the count it divides counts, unless its own
	// clause says otherwise ("…, 34 of them believed dead"); the next clause's word is not its own ("…, and 56 were wounded")
	if (them && previous && previous.kind !== 'money') {
		const own = casualtyInClause(sentence, mention);
		if (own) return own;
		// "wounded 30 people, three of them fatally": the part the wounds killed is dead
		const fatally = previous.kind === 'injured' ? /^\s+(?:later\s+)?fatally\b/i.exec(after.slice(them[0].length)) : null;
		if (fatally) return {kind: 'killed', rule: 'figure.killed-fatally', start: mention.start, end: mention.numberEnd + them[0].length + fatally[0].length, counts: previous.counts};
		// "says it killed 30 soldiers and holds six of them": the part a verb of holding governs is held
		const holding = HOLDS_PART_BEFORE.exec(sentence.slice(Math.max(0, mention.start - 30), mention.start));
		if (holding && previous.kind !== 'other') return {kind: 'prisoners', rule: 'figure.prisoners-part', start: mention.start - holding[0].length, end: mention.numberEnd + them[0].length, counts: previous.counts};
		// "fighters gather at six sites …; up to 3,000 of them will be integrated": "them" are the people named before, no part of a
		// count of places or boats ("600 trucks a day, 50 of them carrying fuel" is)
		// (nor of a deal's term: "within 60 days; up to 3,000 of them"); armed people so counted are a force
		const thingsBefore = (previous.kind === 'other' && previous.counts && COUNTED_TERM.test(previous.counts)) || previous.rule.startsWith('figure.deal-term');
		const people = thingsBefore ? lastPeopleWord(sentence.slice(Math.max(0, mention.start - 200), mention.start)) : null;
		if (people) return ARMED.test(people) ? {kind: 'troops', rule: 'figure.troops-part', start: mention.start, end: mention.numberEnd + them[0].length, counts: people.toLowerCase()} : null;
		const partEnd = mention.numberEnd + them[0].length;
		if (PART_BY_TIME.test(sentence.slice(partEnd))) return null;
		// "everybody knows one of those families": one singled out of a count is no count of its own
		if (mention.value === 1 && mention.inWords) return null;
		const nationals = NATIONALS.exec(sentence.slice(partEnd));
		const end = countedNoun(sentence, mention, partEnd)?.end ?? (nationals ? partEnd + nationals[0].length : partEnd);
		return {...previous, rule: `${previous.rule}+part`, start: mention.start, end};
	}
	// "one of the three men killed": the one singled out of a numbered whole is no count; the whole is read on its own
	if (mention.value === 1 && mention.inWords && numberedWhole(after.slice(WHOLE_PREFIX.exec(after)?.[0].length ?? 0))) return null;
	// "two of the wounded had died in hospital": the part's own verb after the whole says what befell it
	const tollWhole = TOLL_WHOLE.exec(after);
	const moved = tollWhole ? casualtyFrom(sentence, mention.numberEnd + tollWhole[0].length, mention.start) : null;
	if (moved) return moved;
	const casualty = casualtyBefore(sentence, mention) ?? casualtyAfter(sentence, mention) ?? lostReading(sentence, mention, sentence.slice(Math.max(0, mention.start - 30), mention.start));
	if (casualty) return casualty;
	const damage = damageReading(sentence, mention) ?? destroyedObject(sentence, mention);
	if (damage) return damage;
	// "nine of our fishermen are still held": a part of a people held
	const held = them ? null : captiveReading(sentence, mention, sentence.slice(Math.max(0, mention.start - 200), mention.start));
	// "herders had buried their dead – 37 of them, by his count", "'monitors', 200 of them": a part of people named before, with no count of theirs
	if (them && /them$/i.test(them[0]) && !previous && !held && mention.value !== null && (!mention.inWords || mention.value >= 10)) {
		const counted = themCounted(sentence, mention, them[0], context.before ?? '');
		// "About 18,500 people have left their homes. Some 2,300 of them came from …": a part that opens its clause, of
		// people no word of kind names, is a part of the larger count just before (not "represents 60 of them")
		const opens = /(?:^|[.;:!?]\s*)["“‘']?\s*$/.test(sentence.slice(0, mention.start));
		const whole = counted.kind === 'other' && opens ? [...(context.people ?? [])].reverse().find((count) => count.value !== null && count.value > mention.value!) : undefined;
		return whole && !casualtyInClause(sentence, mention) ? {...whole.reading, rule: `${whole.reading.rule}+of-them`, start: mention.start, end: mention.numberEnd + them[0].length} : counted;
	}
	if (held || mention.value === null || them) return held;
	const whole = WHOLE_PREFIX.exec(after);
	const wholeNumber = whole ? numberedWhole(after.slice(whole[0].length)) : null;
	const counted = whole ? countedNoun(sentence, mention, mention.numberEnd + whole[0].length + (wholeNumber?.end ?? 0)) : null;
	// "four of the 22 cabinet posts", "two of its four cranes": a part in words is news when its whole is numbered, or
	// when the whole is of things a story counts ("seized three of our trawlers", "six of their aircraft took off")
	if (mention.inWords && (mention.value < 2 || (!wholeNumber && !(counted && isCountedTerm(sentence, mention.numberEnd, counted))))) return null;
	if (!counted || (mention.inWords && PARTY_NOUNS.test(` ${counted.noun}`))) return null;
	// "Eleven of the 40 schools in the valley were flattened": the part destroyed is damage
	const destroyed = DESTROYED_AFTER.exec(sentence.slice(counted.end).replace(PLACE_PHRASE, ''));
	// "up to 2,500 of its fighters would join the army": a large part of a side's fighters is a force
	if (!destroyed && !wholeNumber && mention.value >= 20 && (TROOPS.test(counted.noun) || ARMED.test(counted.noun))) return {kind: 'troops', rule: 'figure.troops-part', start: mention.start, end: counted.end, counts: counted.noun.toLowerCase()};
	// "11 of the victims were citizens of Morrick": the victims of a toll, said alone, are its dead (as when they "include")
	if (!destroyed && !wholeNumber && /^victims$/i.test(counted.noun)) return {kind: 'killed', rule: 'figure.killed-part', start: mention.start, end: counted.end, counts: counted.noun};
	return {kind: destroyed ? 'damage' : 'other', rule: destroyed ? 'figure.damage-part' : 'figure.count-part', start: mention.start, end: counted.end, counts: counted.noun};
}

// the people a bare "of them" refers back to, by the kind of count they are: "their dead", "the hostages"
const THEM_KINDS: Readonly<Record<string, FigureKind>> = {dead: 'killed', wounded: 'injured', injured: 'injured', hostages: 'hostages', captives: 'hostages', detainees: 'prisoners', prisoners: 'prisoners', missing: 'missing', refugees: 'displaced', displaced: 'displaced'};
const THEM_ANTECEDENT = new RegExp(`\\b(?:${alternation([...Object.keys(THEM_KINDS), ...PEOPLE_NOUNS, ...ARMED_NOUNS, ...CAPTIVE_NOUNS])})\\b`, 'gi');

/** "N of them" with no count before it in the sentence: the part of the people named last before it, of their kind if a toll's. */
function themCounted(sentence: string, mention: NumberMention, them: string, sentencesBefore = ''): Reading {
	// "Nineteen of them are in government custody": the part's own words say they are held
	if (CAPTIVITY_WORD_AFTER.test(sentence.slice(mention.numberEnd + them.length)) && !RESCUE.test(sentence)) return {kind: 'prisoners', rule: 'figure.prisoners-of-them', start: mention.start, end: mention.numberEnd + them.length, counts: null};
	let antecedent: string | null = null;
	for (const match of sentence.slice(Math.max(0, mention.start - 200), mention.start).matchAll(THEM_ANTECEDENT)) antecedent = match[0].toLowerCase();
	// "Are the hostages all alive? … We have seen proof of life for thirty-one of them.": with none in its own sentence,
	// "them" are the people the sentences just before named last
	if (!antecedent) for (const match of sentencesBefore.slice(-300).matchAll(THEM_ANTECEDENT)) antecedent = match[0].toLowerCase();
	const kind = antecedent ? THEM_KINDS[antecedent] ?? 'other' : 'other';
	return {kind, rule: kind === 'other' ? 'figure.count-of-them' : `figure.${kind}-of-them`, start: mention.start, end: mention.numberEnd + them.length, counts: kind === 'other' ? antecedent : null};
}

const HOLDS_PART_BEFORE = /\b(?:holds|held|holding|is\s+holding|captured|capturing|took|taken|seized|detained|detains|detaining)\s+$/i;

// the whole of a part named by what befell it, before the part's own verb: "two of the wounded | had died"
const TOLL_WHOLE = /^\s+of\s+(?:the|its|their|our|those)\s+(?:wounded|injured|hostages|captives|detainees|prisoners|missing)(?=\s+(?:who\s+)?(?:had|have|has|later|since|subsequently|then|also)?\s*(?:died|perished|been\s+killed|were\s+killed|succumbed|been\s+freed|been\s+released|were\s+released|were\s+freed)\b)/i;

// "in the valley", "across the district": a short place phrase between a counted noun and its verb
const PLACE_PHRASE = /^\s+(?:in|at|on|across|near|along)\s+(?:the\s+)?[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)?(?=\s+(?:were|was|had|have|are|is)\b)/v;

/** The number a partitive's whole begins with ("22 cabinet posts", "four cranes"), with where it ends, or null. */
function numberedWhole(text: string): {value: number; end: number} | null {
	const whole = findNumbers(text.slice(0, 60))[0];
	if (!whole || whole.start !== 0 || whole.value === null || whole.unit) return null;
	return {value: whole.value, end: whole.numberEnd + (/^\s+/.exec(text.slice(whole.numberEnd))?.[0].length ?? 0)};
}

// "seven of the twenty-one seats": the word before "of" a number, so this one is the whole of a part
const PART_BEFORE = /(\S+)\s+of\s+(?:(?:the|its|their|our|his|her|these|those)\s+)?$/i;

/** The whole a numbered part is taken from, when written in words: "twenty-one seats" in "seven of the twenty-one seats". */
function numberedWholeReading(sentence: string, mention: NumberMention, before: string): Reading | null {
	const part = PART_BEFORE.exec(before.slice(-40));
	if (!part || mention.value === null || mention.value < 2) return null;
	const partValue = findNumbers(part[1])[0];
	if (!partValue || partValue.value === null || partValue.value < 2 || partValue.value >= mention.value) return null;
	const counted = countedNoun(sentence, mention);
	if (!counted || PARTY_NOUNS.test(` ${counted.noun}`)) return null;
	return {kind: 'other', rule: 'figure.count-whole', start: mention.start, end: counted.end, counts: counted.noun};
}

// "damaged two of its three pumps", "destroyed 40 greenhouses": whatever a destruction verb counts is damage
const DESTROYED_BEFORE = /\b(?:set\s+fire\s+to|setting\s+fire\s+to|torched|torching|destroyed|destroying|damaged|damaging|wrecked|wrecking|razed|flattened|levell?ed|gutted|burned down|burnt down|burned|burnt|wiped out|swept away|washed away|knocked out|put out of action)\s+$/i;

const DESTROYED_ADJECTIVE = /^\s+(?:damaged|destroyed|wrecked|burnt-out|burned-out|gutted|flattened|downed)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?([[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+s)\b/v;

/** A count of things that a destruction verb governs, whatever they are: "damaged two of its three pumps". */
const OTHERS_DAMAGED = /^\s+(?:others|more)\b(?!\s+(?:than|people|civilians|residents|were\s+(?:killed|injured|wounded|hurt)))(\s+(?:(?:were|are|have\s+been|had\s+been)\s+)?(?:(?:badly|severely|partly|partially|heavily)\s+)?(?:damaged|destroyed))?/i;
function destroyedObject(sentence: string, mention: NumberMention): Reading | null {
	// "destroyed 51,800 homes and severely damaged 240,000 others", "left 30,000 more damaged": the things named before
	const more = OTHERS_DAMAGED.exec(sentence.slice(mention.numberEnd));
	if (more && (more[1] || DESTROYED_BEFORE.test(sentence.slice(Math.max(0, mention.start - 30), mention.start)))) return {kind: 'damage', rule: 'figure.damage-others', start: mention.start, end: mention.numberEnd + more[0].length, counts: 'others'};
	// "the 3 damaged transformers", "40 burnt-out trucks": the participle before the noun says so
	const described = DESTROYED_ADJECTIVE.exec(sentence.slice(mention.numberEnd));
	if (described && !PEOPLE.has(described[1].toLowerCase())) return {kind: 'damage', rule: 'figure.damage-object', start: mention.start, end: mention.numberEnd + described[0].length, counts: described[1].toLowerCase()};
	if (!DESTROYED_BEFORE.test(sentence.slice(Math.max(0, mention.start - 30), mention.start))) {
		// "Between 14 and 16 tankers were burnt": the things' own passive says so
		const counted = countedNoun(sentence, mention);
		// (land or goods measured are read as an area or a quantity: "9,000 hectares are flooded")
		const measured = AREA.test(sentence.slice(mention.numberEnd)) || MEASURE.test(sentence.slice(mention.numberEnd)) || STORY_MEASURE.test(sentence.slice(mention.numberEnd)) || QUANTITY.test(sentence.slice(mention.numberEnd)) || CARGO.test(sentence.slice(mention.numberEnd));
		const passive = counted && !measured && !PEOPLE.has(counted.noun.toLowerCase()) ? DESTROYED_AFTER.exec(sentence.slice(counted.end)) : null;
		return passive ? {kind: 'damage', rule: 'figure.damage-object', start: mention.start, end: counted!.end + passive[0].length, counts: counted!.noun.toLowerCase()} : null;
	}
	const whole = WHOLE_PREFIX.exec(sentence.slice(mention.numberEnd));
	const counted = countedNoun(sentence, mention, whole ? mention.numberEnd + whole[0].length : mention.numberEnd);
	if (!counted || PEOPLE.has(counted.noun.toLowerCase())) return null;
	return {kind: 'damage', rule: 'figure.damage-object', start: mention.start, end: counted.end, counts: counted.noun.toLowerCase()};
}

const SERVED = new RegExp(`^\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(OUTAGE.served)})\\b`, 'iv');
// "… homes without power", "… households were left without electricity", "… customers remain without heat"
// a short place phrase may come first: "homes across the region are without power", "households in the X region lost power"
const SERVED_PLACE = String.raw`(?:\s+(?:in|across|throughout|around|of)\s+(?:the\s+|our\s+|their\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+(?=\s+(?:are|were|is|was|have|has|had|still|now|remain|remained|remains|left|lost|without)\b))?`;
const WITHOUT_SERVICE = new RegExp(`^${SERVED_PLACE}(?:(?:\\s+(?:who|that|are|were|is|was|have|has|had|been|being|still|now|remain|remained|remains|left|briefly|temporarily|also|all))*\\s+without|(?:\\s+(?:have|has|had|also|all))?\\s+lost)\\s+(?:(?:any|their|mains)\\s+)?(?:${alternation(OUTAGE.services)})\\b`, 'iv');
// "plunged some 450,000 homes into the dark": a blackout said by where it left the homes
const INTO_DARK = new RegExp(`^${SERVED_PLACE.replace('(?=\\s+(?:are|', '(?=\\s+(?:into|are|')}\\s+into\\s+(?:the\\s+)?(?:dark|darkness|blackout|cold)\\b`, 'iv');
const PLUNGED_BEFORE = /\b(?:plunged|plunging|plunges|plunge|left|leaving|threw|throwing|thrown)\s+(?:(?:about|some|nearly|almost|around|more than|over|up to|at least|as many as)\s+)?$/i;
// "outages caused by strikes on the grid affected 310,000 customers", "cut power to 200,000 homes", "blackouts hit 2 million homes"
const OUTAGE_BEFORE = new RegExp(
	`(?:\\b(?:${alternation(OUTAGE.nouns)})\\b[^,;.]{0,80}?\\b(?:affected|affecting|affect|affects|hit|hits|hitting|struck|reached|reaching|left|leaving|plunged|plunging)|\\b(?:cut|cuts|cutting|knocked out|knocking out|severed|cutting off|cut off)\\s+(?:the\\s+)?(?:${alternation(OUTAGE.services)})\\s+(?:supplies\\s+|supply\\s+)?(?:to|for)|\\b(?:${alternation(OUTAGE.services)})(?:\\s+supplies|\\s+supply)?\\s+(?:was|were|has been|have been|had been|is|are)\\s+(?:still\\s+)?cut(?:\\s+off)?\\s+(?:to|for))\\s+(?:(?:about|some|nearly|almost|around|more than|over|up to|at least|as many as)\\s+)?$`,
	'i',
);

/** Homes or people left without power: the measure of damage to a grid ("left 80,000 homes without heating"). */
function outageReading(sentence: string, mention: NumberMention, before: string): Reading | null {
	const after = sentence.slice(mention.numberEnd);
	const served = SERVED.exec(after);
	if (!served) return null;
	const without = WITHOUT_SERVICE.exec(after.slice(served[0].length)) ?? (PLUNGED_BEFORE.test(before.slice(-30)) ? INTO_DARK.exec(after.slice(served[0].length)) : null);
	const outage = without ? null : OUTAGE_BEFORE.exec(before.slice(-120));
	if (!without && !outage) return null;
	const end = mention.numberEnd + served[0].length + (without?.[0].length ?? 0);
	const counts = /([\p{L}--[\u{10000}-\u{10FFFF}]]+)$/v.exec(served[0])?.[1].toLowerCase() ?? null;
	return {kind: 'damage', rule: 'figure.damage-outage', start: outage ? mention.start - outage[0].length : mention.start, end, counts};
}

const DESTROYED_AFTER = new RegExp(`^\\s+(?:were|was|had been|have been|are|is)\\s+(?:(?:completely|badly|partly|partially|severely|totally|heavily|also|either)\\s+)?(?:${alternation(DESTRUCTION_WORDS)})\\b`, 'i');

// "lost some 4,200 megawatts of generating capacity", "has lost, by its own account, 4,200 MW"
const CAPACITY_UNIT = /^\s*(?:megawatts|MW|gigawatts|GW)\b(?:\s+of\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:capacity|generation|generating capacity|power))?/iv;
const CAPACITY_LOST_BEFORE = /\b(?:lost|loses|losing|knocked out|knocking out|destroyed|wiped out|took out|taken out|put out of action)(?:\s*,[^,;]{1,40},)?\s+$/i;
// "4,200 megawatts of capacity is out of service"
const OUT_OF_SERVICE = /^\s+(?:is|are|was|were|has been|have been|had been|remains?|remained)\s+(?:still\s+|now\s+)?(?:out of service|offline|off line|knocked out|lost|destroyed|damaged|out of action)\b/i;

/** Generating capacity lost to strikes, the measure of damage to a grid: "the country had lost some 4,200 megawatts of capacity". */
function capacityLost(sentence: string, mention: NumberMention, before: string): Reading | null {
	const unit = CAPACITY_UNIT.exec(sentence.slice(mention.numberEnd));
	if (!unit) return null;
	const lost = CAPACITY_LOST_BEFORE.exec(before.slice(-70));
	const out = lost ? null : OUT_OF_SERVICE.exec(sentence.slice(mention.numberEnd + unit[0].length));
	if (!lost && !out) return null;
	return {kind: 'damage', rule: 'figure.damage-capacity', start: mention.start, end: mention.numberEnd + unit[0].length + (out?.[0].length ?? 0), counts: 'megawatts'};
}

// "around 40 per cent of available generating capacity was knocked out", "about 60% of buildings in the old town have been damaged"
const SHARE_DESTROYED = new RegExp(`^\\s+of\\s+[^,;.]{1,60}?\\s(?:was|were|have been|has been|had been|is|are)\\s+(?:(?:[\\p{L}--[\\u{10000}-\\u{10FFFF}]]+ly|either)\\s+)?(?:${alternation([...DESTRUCTION_WORDS, 'knocked out', 'lost', 'out of service', 'offline', 'put out of action'])})\\b`, 'iv');

/** A bare count destroyed whose noun came before it: "Of the 31 schools in the district, 19 were destroyed". */
function antecedentDamage(sentence: string, mention: NumberMention, previous: Reading | null): Reading | null {
	const destroyed = DESTROYED_AFTER.exec(sentence.slice(mention.numberEnd));
	if (!destroyed || !previous?.counts || previous.kind !== 'other') return null;
	return {kind: 'damage', rule: 'figure.damage-antecedent', start: mention.start, end: mention.numberEnd + destroyed[0].length, counts: previous.counts};
}

// "displaced 300,000 in A and 120,000 in B", "the government says 1,000, the rebels say 1,100", "but only 210 entered", "85,000 barrels a day, or 110,000,"
// ("a toll of 37, then 41", "nine, later 11": the same count revised within the sentence)
const ELLIPSIS_BEFORE = /(?:,\s*or|,\s*(?:and\s+)?(?:then|later)|[,;–—(]|\s-|\b(?:down|up)\s+from|\band|\bbut|\bwhile|\bwhereas|\bversus|\bvs\.?|\bagainst|\bcompared\s+(?:with|to)|\b(?:says?|said|claims?|claimed)\s+(?:that\s+)?(?:it|they|the\s+[a-z]+)\s+(?:has|have|had)|\bsays?|\bsaid|\bcounts|\blists|\blisted|\breports|\bestimates|\bestimated|\bclaims|\bputs\s+(?:it|the\s+(?:figure|number|toll))\s+at|\bwhich\s+(?:is|was)|\bnot)\s+(?:(?:only|just|another|a further)\s+)?["“‘']?$/i;
const RIVAL_BEFORE = /\b(?:more|fewer|higher|lower|less|greater)\s+than\s+the\s+$|\b(?:compared\s+(?:with|to)|against|well\s+above|well\s+below|double|twice)\s+the\s+$/i;
const RIVAL_SOURCE_AFTER = /^\s+(?:(?:the|its|their|his|her)\s+)?(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:acknowledges?|acknowledged|admits?|admitted|reports?|reported|gives?|gave|cites?|cited|counts?|counted|recognises?|recognizes?|recognised|recognized|confirms?|confirmed|lists?|listed|publishe[sd]|publish|claims?|claimed)\b/iv;
// "300 tankers a day, against fewer than 40 a day": a rate repeats its period after the number left bare
// "40 dead one day, 60 the next": the period left out after "the next"
// "three were killed on Saturday and two more overnight": a count added to the one before ("30 were freed and 12 remain": or the rest of it)
// 'says "more than 120".', "says 70 - and": a closing quote or a dash ends the clause too
// ("frees 75 detainees - 56 held by the army, 19 by the rebels": the verb left out before a named holder)
const ELLIPSIS_AFTER = /^(?:\s+more\b(?!\s+than\b)|\s+by\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]]|\s*["”’']?\s*[,.;:\)]|\s*["”’']?\s*$|\s+[\-–—](?=\s)|\s+the\s+(?:next|following)(?=\s*(?:[,.;:\)–—\-]|$))|\s+(?:a|per|each)\s+(?:day|week|month|year)\b|\s+(?:in|at|on|across|from|during|since|according|respectively|so far|were|was|had|have|are|did|as|now|today|held|remain|remains|still|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ed)\b)/iv;
const GAPPED_NEXT = /^\s+(?:and|or)\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*\s+(?:(?:about|some|nearly|at least|more than)\s+)?\d/v;
// "Around 2,600 prisoners – 1,500 Paldori and 1,100 Morlandi – are held": the noun left out after a nationality
const ELLIPSIS_NATIONALITY = /^\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s*[,;:.\)–—]|\s*$|\s+(?:and|or)\b)/v;

// "47 new deaths, bringing the total to 1,204", "410 prisoners and 390 nationals, for a total of 800"
const RUNNING_TOTAL = asciiTwin(/\b(?:(?:bringing|taking|raising|pushing|lifting)\s+(?:the\s+)?(?:overall\s+|cumulative\s+|national\s+|nationwide\s+|provincial\s+|official\s+)?(?:total|tally|number|count)(?:\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+){0,3}?\s+to|(?:for|making|with)\s+a\s+(?:combined\s+|grand\s+)?total\s+of)\s+$/iv);

// "and three were released", "and 246 are recovering": a copula and the word it joins the number to
// "seven dead, 246 treated": a bare participle right after the number is a predicate too
const PREDICATE_AFTER = /^\s+(?:(?:were|was|are|is|have|has|had)\s+(?:(?:still|also|now|all|since|been|being|later|reportedly)\s+)*)?([\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]*ed\b|(?<=(?:were|was|are|is|have|has|had|still|also|now|all|since|been|being|later|reportedly)\s+)[\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]*)/v;

/**
 * Whether a number's clause has a predicate of its own that is not a word of the count before it: "Two guards were
 * killed and three were sent home" says nothing of the three's deaths, so the three take no kind by ellipsis.
 */
function ownPredicate(after: string, kind: FigureKind): boolean {
	const predicate = PREDICATE_AFTER.exec(after);
	if (!predicate) return false;
	// "400 trucks a day, but only 150 crossed": other counts are told by their verbs, casualties by their words
	if (!(CASUALTY_KINDS as string[]).includes(kind)) return false;
	// "and 780,000 are living as refugees": a word of the count's kind anywhere in the predicate's clause keeps it
	const clause = /^[^,;:.]*/.exec(after.slice(predicate[0].length - predicate[1].length, predicate[0].length + 160))![0];
	const pattern = WORD_AFTER.find((word) => word.kind === kind)!.pattern;
	return !tokensAfter(clause, 0, 16).some((token) => pattern.test(clause.slice(token.start)));
}

/** A bare number standing for the same kind of count as the one before it in the sentence. */
const TOLL_REVISED_FROM = /\b(?:raising|raised|revising|revised|lifting|lifted|updating|updated|lowering|lowered|cutting)\s+(?:its|their|the|his|her)\s+(?:(?:death|casualty|own|earlier|previous|official)\s+)?(?:toll|count|tally|figure|estimate)\s+from\s+(?:(?:about|around|some|nearly)\s+)?$/i;
// "raises its toll to 221, from 214 last night", "rose to 120 from 98": the level reached, then the level it rose from
const TO_LEVEL_FROM = /\bto\s+(?:(?:about|around|some|nearly|at\s+least|more\s+than)\s+)?[\d,.]+(?:\s+(?:dead|killed|deaths|injured|wounded|people))?,?\s+from\s+(?:(?:about|around|some|nearly)\s+)?$/i;
function ellipsis(sentence: string, mention: NumberMention, previous: Reading | null): Reading | null {
	if (!previous || previous.kind === 'money' || previous.kind === 'plan_points' || (previous.kind === 'other' && !previous.counts)) return null;
	// "two forward posts, one at the pass and one in the valley": each "one" singles out a thing counted, no count of its own
	if (mention.value === 1 && mention.inWords && previous.kind === 'other') return null;
	const total = RUNNING_TOTAL.exec(sentence.slice(Math.max(0, mention.start - 60), mention.start));
	if (total) return {...previous, rule: `${previous.rule}+total`, start: mention.start - total[0].length, end: mention.end};
	const before = sentence.slice(Math.max(0, mention.start - 40), mention.start);
	// "about 1.4 million households are without power, up from the 1.2 million reported this morning": the same count, earlier
	// ("…, raising its toll from 1,200 the night before": the count revised, from its earlier value)
	if (/\b(?:up|down)\s+from\s+(?:the\s+|an?\s+(?:earlier|previous)\s+)?$/i.test(before) || TOLL_REVISED_FROM.test(before) || TO_LEVEL_FROM.test(before)) return {...previous, rule: `${previous.rule}+ellipsis`, start: mention.start, end: mention.end};
	// "daily traffic had fallen from around 60 ships to fewer than 10": the same count, changed
	if (FROM_NUMBER_TO.test(sentence.slice(Math.max(0, mention.start - 60), mention.start))) return {...previous, rule: `${previous.rule}+ellipsis`, start: mention.start, end: mention.end};
	// "2,900 still work there, out of about 11,000 before the war", "12 inspectors instead of the current four": the same count at another time
	const earlier = EARLIER_LEVEL_BEFORE.exec(before);
	const when = earlier ? EARLIER_LEVEL_AFTER.exec(sentence.slice(mention.end)) : null;
	if (earlier && when) return {...previous, rule: `${previous.rule}+earlier`, start: mention.start, end: mention.end + (when[1] ? when[0].length : 0)};
	// "at least 97 of the dead were civilians, far more than the 63 the ministry acknowledges": a rival count by its source
	const rival = RIVAL_BEFORE.exec(before);
	if (rival && RIVAL_SOURCE_AFTER.test(sentence.slice(mention.end))) return {...previous, rule: `${previous.rule}+rival`, start: mention.start, end: mention.end};
	// "…; a panel of experts estimated 3,000 to 4,000": a verb of estimating read as the number's qualifier still frames a rival count
	const estimatedBy = mention.qualifier === 'estimated' && /[;,]\s*(?:[^,;]{1,80}\s)?$/.test(sentence.slice(Math.max(0, mention.start - 100), mention.start));
	// "an exchange of 120 prisoners (60 held by each side)": a bracket opens a part of the count before it too
	if (!estimatedBy && !ELLIPSIS_BEFORE.test(before) && !/\(\s*$/.test(before) && !GAPPED_SUBJECT.test(before)) return null;
	// "three members named by the bloc, three by the junta and three by the parties": the seats shared out go on
	if (previous.counts === 'members named' && /^\s+by\b/.test(sentence.slice(mention.end))) return {...previous, rule: `${previous.rule}+ellipsis`, start: mention.start, end: mention.end};
	// "wounded 22, not 16 as first reported": a count corrected; "fifteen months, not ten" is a term refused, no figure of its own
	if (/\bnot\s+(?:\S+\s+)?$/i.test(before) && !isRivalled(previous)) return null;
	// "five were hurt, two of them badly; one, a deckhand, is still in hospital": one singled out of a part is no count
	if (mention.value === 1 && mention.inWords && /\+part/.test(previous.rule)) return null;
	// "X lost 134 citizens, Y 29 and Z 17": a gapped subject's count, the next gapped subject after it
	const gappedNext = GAPPED_SUBJECT.test(before) && GAPPED_NEXT.test(sentence.slice(mention.end));
	if (!gappedNext && !ELLIPSIS_AFTER.test(sentence.slice(mention.end)) && !ELLIPSIS_NATIONALITY.test(sentence.slice(mention.end))) return null;
	// "1,200 troops and four shared border posts": an -ed word before a plural noun describes the number's own noun
	if (DESCRIBED_NOUN_AFTER.test(sentence.slice(mention.end))) return null;
	if (ownPredicate(sentence.slice(mention.end), previous.kind)) return null;
	return {...previous, rule: `${previous.rule}+ellipsis`, start: mention.start, end: mention.end};
}

// ("from about 60 ships a day to fewer than 10": the rate's words between)
const FROM_NUMBER_TO = /\bfrom\s+(?:(?:about|around|some|nearly|roughly|more\s+than|over|almost)\s+)?\d[\d,.]*(?:\s+[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+){0,3}\s+to\s+$/iv;
const DESCRIBED_NOUN_AFTER = /^\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}ed\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}s\b(?!\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ed|by|to)\b)/v;
const EARLIER_LEVEL_BEFORE = /\b(?:out\s+of|against|instead\s+of|compared\s+(?:with|to))\s+(?:the\s+(?:current|present|usual|previous|original)\s+)?$/i;
// the time the other level belongs to, or the clause's end
const EARLIER_LEVEL_AFTER = /^(\s+(?:before|prior\s+to)\s+the\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)|^(?=\s*(?:[,.;:\)–—]|$))/v;

const HOW_MANY = /\bhow many\s+/i;
// "Estimates of the displaced range from 64,000 to 71,000", "figures for the dead vary from 300 to 420"
const ESTIMATES_RANGE = /(?<!\w)(?:estimates|figures|counts|tallies|numbers|tolls)\s+(?:of|for)\s+(?:the\s+)?(?=(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,3}?(?:range|ranges|ranged|ranging|vary|varies|varied|run|runs|ran)\s+(?:from|between)\b)/iv;

/** What a sentence says it counts before its numbers: "the two sides dispute how many prisoners are to be freed". */
function topicOf(sentence: string): Reading | null {
	const howMany = HOW_MANY.exec(sentence) ?? ESTIMATES_RANGE.exec(sentence);
	const topic = howMany ? casualtyFrom(sentence, howMany.index + howMany[0].length, howMany.index) : null;
	return topic && ESTIMATES_RANGE.test(sentence) ? {...topic, rule: `${topic.rule}+range`} : topic;
}

// "range from 64,000 (the relief agencies) to 71,000 (the ministry)": both ends of a range of estimates, each with its source
const RANGE_FROM_PATTERN = /\b(?:range|ranges|ranged|ranging|vary|varies|varied|run|runs|ran)\s+(?:from|between)\s+(?:(?:about|some|around|roughly|nearly)\s+)?$/i;
const RANGE_VERB_BEFORE = /\b(?:range|ranges|ranged|ranging|vary|varies|varied|run|runs|ran)\s+$/i;
const RANGE_TO = /^\s*(?:\([^()]{1,60}\)\s*)?(?:to|and)\s+(?:(?:about|some|around|roughly|nearly)\s+)?$/i;

/** An end of a range of estimates of the count the sentence names: "Estimates of the displaced range from 64,000 (X) to 71,000 (Y)". */
function rangeEnd(sentence: string, mention: NumberMention, previous: Reading | null): Reading | null {
	if (!previous || !/\+range$/.test(previous.rule) || mention.value === null || mention.unit) return null;
	const before = sentence.slice(Math.max(0, mention.start - 80), mention.start);
	const lastNumber = /\d[\d,.]*\s*(?:\([^()]{1,60}\)\s*)?(?:to|and)\s+(?:\S+\s+)?$/.exec(before);
	// "range between 50 and 70": the whole range is one mention that opens with its "between"
	const opensRange = mention.qualifier === 'between' && RANGE_VERB_BEFORE.test(before);
	if (!opensRange && !RANGE_FROM_PATTERN.test(before) && !(lastNumber && RANGE_TO.test(before.slice(lastNumber.index + /^\d[\d,.]*/.exec(lastNumber[0])![0].length)))) return null;
	const source = /^\s*\([^()]{1,60}\)/.exec(sentence.slice(mention.end));
	return {...previous, start: mention.start, end: mention.end + (source?.[0].length ?? 0)};
}

// "The government says about 180,000.", "Officials put the figure nearer 20.", "the militia says it has 6,000.", "Not nine, as the ministry says.", "the real figure is closer to 180,000":
// a bare number set against the count of a sentence just before
const RIVAL_FRAME = /(?:^|\b(?:says?|said|say|puts?|put|believes?|believed|believe|thinks?|reckons?|documented|counted|recorded|registered|verified|confirmed|prefers?|preferred|cites?|cited|quotes?|quoted|sticks?\s+to|stuck\s+to|stands?\s+by|stood\s+by)\s+(?:(?:the\s+(?:real\s+|true\s+)?(?:figure|number|toll|total|count)|it)\s+(?:at|nearer|closer\s+to|nearer\s+to)\s+|(?:that\s+)?the\s+(?:real\s+|true\s+|actual\s+)?(?:figure|number|toll|total|count)(?:,[^,;.]{1,40},)?\s+is\s+(?:closer\s+to\s+|nearer\s+(?:to\s+)?|more\s+like\s+)?|(?:that\s+)?(?:it|they)\s+(?:has|have|had|holds?|held|counts?|counted)\s+)?|\b(?:gave|given|gives|give)\s+(?:a|the|an\s+(?:earlier|initial))\s+(?:figure|toll|count|number|total)\s+of\s+|\b(?:than|above|below)\s+(?:the\s+)?(?:[[\p{Ll}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:figure|estimate|count|number|toll|total)\s+of\s+|^["“‘']?\s*[Nn]ot\s+)(?:(?:about|around|roughly|some|nearly|only|just|at\s+least|more\s+than)\s+)?$/v;
// ("The directorate said the toll, up from 86 on Thursday, included …": the toll named, then its earlier level set off by commas)
const UP_FROM = /(?:^\s*["“‘']?(?:(?:that|this|it)\s+(?:is|was|has\s+risen)\s+)?|\b(?:toll|tally|count|figure|total),\s*)(?:up|down)\s+from\s+(?:(?:about|around|some|nearly|just)\s+)?$/i;
// "The police figure has risen from", "the count now stands at", "takes the police count to": a count named only as a figure or a
// toll, which a number after it moves; its kind is the kind of the count the sentences just before gave
const COUNT_MOVED = /\b(?:(?:figure|count|toll|tally|total)\s+(?:(?:has|had|have)\s+)?(?:(?:since|now|already|again|further|also)\s+)?(?:risen|rose|rises|climbed|climbs|increased|jumped|grown|grew|fallen|fell|dropped|reached|stands|stood)|(?:takes?|took|taking|brings?|brought|bringing)\s+(?:the|its|their|his|her)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:figure|count|toll|tally|total))\s+(?:from|to|at)\s+(?:(?:about|around|roughly|some|nearly|at\s+least|more\s+than|over)\s+)?$/iv;
// "from 58 to 61": the earlier level, then the level the count moved to
const MOVED_ON_TO = /^\s+to\s+(?:(?:about|around|roughly|some|nearly|at\s+least|more\s+than|over)\s+)?\d/i;
// the bare number ends its clause, or a source follows: "Not nine, as the ministry says", "…about 180,000."
const RIVAL_END = /^\s*(?:[,.;:!?)”"’]|$)/;
// ("It had given a figure of 34 last night", "The agency counted at least 610 by Wednesday;": the time the count was given, then the clause's end)
const RIVAL_TIME = /^\s+(?:last\s+(?:night|week|month)|earlier(?:\s+(?:today|this\s+week))?|this\s+(?:morning|week)|yesterday|overnight|(?:on|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?=\s*(?:[,.;:!?)]|$))/;

// "It runs about 11,000 today", "manages roughly 300,000 now", "the work that 11,000 used to do": the count's level at another time
const NOW_AFTER = /^\s+(?:today|now|at\s+present|currently|used\s+to)\b/i;

/** A bare number that tells the level now (or before) of a count already read: the same kind of count. */
function levelNow(sentence: string, mention: NumberMention, earlier: Reading | null): Reading | null {
	if (!earlier || mention.unit || mention.value === null || !NOW_AFTER.test(sentence.slice(mention.numberEnd)) || !isLevel(earlier)) return null;
	return {...earlier, rule: `${earlier.rule}+now`, start: mention.start, end: mention.numberEnd + NOW_AFTER.exec(sentence.slice(mention.numberEnd))![0].length};
}

/** Whether a reading is a count whose level can change: people or things counted, not a sum, a share or a term. */
const isLevel = (reading: Reading) => isRivalled(reading) || (reading.kind === 'other' && reading.counts !== null && /^figure\.(?:count|quantity|population)/.test(reading.rule));

// "increased from 148 to 154", "rose from about 60 to 72": the words between a count's earlier and later level
const FROM_LEVEL_BEFORE = /\bfrom\s+(?:(?:about|around|some|nearly|roughly)\s+)?$/i;
const TO_LEVEL_BETWEEN = /^\s+to\s+(?:(?:at least|about|around|some|nearly|more than|over|almost)\s+)?$/i;

/** The earlier level of a count that a phrase read as a casualty count revises: the 148 of "rose from 148 to 154". */
function earlierLevel(sentence: string, earlier: NumberMention, mention: NumberMention, reading: Reading): boolean {
	if (earlier.value === null || earlier.unit || mention.unit || !(CASUALTY_KINDS as string[]).includes(reading.kind) || reading.start > earlier.start) return false;
	return FROM_LEVEL_BEFORE.test(sentence.slice(Math.max(0, earlier.start - 30), earlier.start)) && TO_LEVEL_BETWEEN.test(sentence.slice(earlier.end, mention.start));
}

// a count named as disputed or unknown with no number of its own: "The death toll is disputed", "the number of dead is unclear"
// ("Nobody agrees on the toll.": a toll no one agrees on is in doubt, and "the toll" alone is the dead's)
const COUNT_IN_DOUBT = /\b(?:disputed|contested|unclear|unknown|uncertain|vary|varies|differ|differs|disagree|disagrees|(?:nobody|no\s+one)\s+agrees)\b/i;
const BARE_TOLL = /\bthe\s+toll\b/i;

/** The count a sentence names without a number, which bare numbers in the sentences after it answer: "How many died is disputed." */
function countTopic(sentence: string): Reading | null {
	const asked = topicOf(sentence);
	if (asked) return (CASUALTY_KINDS as string[]).includes(asked.kind) ? {...asked, rule: 'figure.topic'} : null;
	if (!COUNT_IN_DOUBT.test(sentence)) return null;
	const named = [...sentence.matchAll(COUNT_NAMED)].pop();
	const kind = named ? NAMED_KIND[(named[1] ?? named[2]).toLowerCase()] : BARE_TOLL.test(sentence) ? 'killed' : undefined;
	return kind ? {kind, rule: 'figure.topic', start: 0, end: 0, counts: null} : null;
}

// "…, according to a rights group; the government says the figure is closer to 3,900": another clause of the sentence answers its count
// ("… counts 47 civilians killed, while the rights office has verified 36": a clause of contrast does too)
const RIVAL_CLAUSE = /;[^;]*$|(?:,\s*|\s)(?:while|whereas|but)\s[^;,]*$|\b(?:than|above|below)\s+(?:the\s+)?(?:[[\p{Ll}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:figure|estimate|count|number|toll|total)\s+of\s+(?:(?:about|around|some|nearly|at\s+least|more\s+than)\s+)?$/v;

/** A bare number later in a sentence that sets another source's count against the count read before it: the same kind. */
function rivalInSentence(sentence: string, mention: NumberMention, before: string, previous: Reading | null): Reading | null {
	if (!previous || !isRivalled(previous) || !RIVAL_CLAUSE.test(before)) return null;
	return rivalCount(sentence, mention, previous);
}

/** A bare number that answers the count of a sentence just before with another source's: the same kind of count. */
function rivalCount(sentence: string, mention: NumberMention, earlier: Reading | null, people: readonly PeopleCount[] = []): Reading | null {
	if (!earlier || mention.value === null || mention.unit) return null;
	const now = levelNow(sentence, mention, earlier);
	if (now) return now;
	const before = sentence.slice(0, mention.start);
	// "The toll is 63 dead and 29 missing. That is up from nine on Sunday": the same count earlier, the first that has grown past it
	if (UP_FROM.test(before.slice(-30))) {
		const grown = people.find((count) => count.value !== null && mention.value !== null && count.value > mention.value)?.reading ?? earlier;
		return {...grown, rule: `${grown.rule}+earlier`, start: mention.start, end: mention.end};
	}
	// "The police figure has risen from 58 to 61.", "That takes the police count to 61": a count named only as a figure, moved
	const moved = COUNT_MOVED.exec(before.slice(-80));
	if (moved && (RIVAL_END.test(sentence.slice(mention.end)) || RIVAL_TIME.test(sentence.slice(mention.end)) || MOVED_ON_TO.test(sentence.slice(mention.end)))) return {...earlier, rule: `${earlier.rule}+moved`, start: mention.start - moved[0].length, end: mention.end};
	if (!RIVAL_FRAME.test(before.slice(-80)) || !(RIVAL_END.test(sentence.slice(mention.end)) || RIVAL_TIME.test(sentence.slice(mention.end)))) return null;
	// "Not nine": a denial opening the sentence; a source's verb must govern the number otherwise
	if (!/\b(?:says?|said|say|puts?|put|figure|number|toll|total|count|documented|counted|recorded|registered|verified|confirmed|prefers?|preferred|cites?|cited|quotes?|quoted|sticks?|stuck|stands?|stood)\b/i.test(before) && !/^["“‘']?\s*[Nn]ot\s/.test(before)) return null;
	// "The ministry has counted nine. Nine deaths too many": a count a body kept, which its restating merges with
	const kept = /\b(?:documented|counted|recorded|registered|verified|confirmed)\s+(?:\S+\s+)?$/i.test(before.slice(-30));
	return {...earlier, rule: `${earlier.rule}+${kept ? 'counted' : 'rival'}`, start: mention.start, end: mention.end};
}

// "12 guards held by the inmates", "aid workers held by the Saltgrass Front", "in rebel hands": a captor who is no state
const HELD_BY_TAKERS = new RegExp(`^[^.;]{0,40}?\\b(?:held\\s+(?:hostage\\s+|captive\\s+|there\\s+|for\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,3}?)?by\\s+(?:the\\s+|its\\s+|their\\s+|armed\\s+)?(?:[[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,3}?(?:${alternation(HOSTAGE_TAKERS)})|in\\s+(?:rebel|militia|insurgent|gang|kidnappers['’]?|pirate|mutineers['’]?)\\s+hands)\\b`, 'iv');
// "the inmates are holding 12 guards", "the gang still holds nine aid workers"; whom captors free they held too ("the
// hijackers released 40 women", "inmates released the last 19 officers"), and a verb coordinated with theirs has them
// as its subject ("the hijackers freed 40 women but still hold 62 people"); where they are or what they did may come between ("the gunmen inside the embassy still hold 19 people", "protesters who stormed the embassy are holding 52 staff")
const TAKERS_HOLD = new RegExp(`\\b(?:${alternation(HOSTAGE_TAKERS)})\\s+(?:(?:inside|in|at|within|on)\\s+(?:the\\s+)?(?:[[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,3}?|(?:who|that)\\s+[^.;,]{1,50}?\\s+(?=(?:are|is|were|was|have|has|had|still|now)\\s))?(?:(?:who|that|are|is|was|were|have|has|had|still|now|also|then|later)\\s+)*(?:(?![^.;,]*\\b(?:says?|said|claims?|claimed)\\b)[^.;,]{1,60}?\\s(?:but|and)\\s+(?:(?:still|also|now|have|has|had)\\s+)*)?(?:(?:agreed|agrees|agree|promised|promises|offered|offers|pledged|vowed|(?:is|are|was|were)\\s+(?:due|set|expected|ready))\\s+to\\s+)?(?:hold|holds|holding|held|release|releases|released|releasing|free|frees|freed|freeing)\\s+(?:(?:the|all|some|at\\s+least|about|another|more\\s+than|last|first|remaining)\\s+)*$`, 'iv');

const COMBATANTS_HELD = new RegExp(`\\b(?:captured|${alternation([...TROOP_NOUNS, ...ARMED_NOUNS, 'soldier', 'policemen', 'police officers', 'gendarmes', 'guardsmen', 'sailors', 'airmen', 'pilots'])})\\b`, 'i');

/** Whether the people a count of prisoners holds are held by captors who are no state: hostages, then. */
function heldByHostageTakers(sentence: string, start: number, end: number): boolean {
	// "the rebels were holding 41 captured soldiers", "the Front holds 58 soldiers and policemen": fighters taken are prisoners of war
	if (COMBATANTS_HELD.test(sentence.slice(start, end))) return false;
	return HELD_BY_TAKERS.test(sentence.slice(end, end + 120)) || TAKERS_HOLD.test(sentence.slice(Math.max(0, start - 80), start));
}

// a holder or a releaser that is a state: people it holds or frees are its prisoners, whatever the story's captives
const STATE_IN_SENTENCE = /\b(?:police|policemen|authorities|government|army|troops|soldiers|security forces|military|prosecutors?|courts?|judges?|ministry|state|jails?|prisons?)\b/i;

const CHILDREN = new RegExp(`^(?:${alternation(CHILD_CAPTIVE_NOUNS)})$`, 'i');

/**
 * Children held or freed with no state in the sentence, in a story whose captives are not prisoners, are hostages ("the
 * talks that freed 118 pupils"); other people held or freed, with no holder named, in a story whose captives are hostages ("Eleven embassy staff were freed"
 * after "the gunmen hold 42 hostages"): hostages too, unless they are fighters or a state is in the sentence. A verb of
 * holding before the people has a subject that decides ("Dorva is holding four Kellish": a state's prisoners).
 */
function heldInHostageStory(sentence: string, mention: NumberMention, reading: Reading, captives: FigureKind | null): boolean {
	if (reading.rule === 'figure.prisoners-held' && CHILDREN.test(reading.counts ?? '') && captives !== 'prisoners') return !STATE_IN_SENTENCE.test(sentence);
	if (captives !== 'hostages' || reading.rule !== 'figure.prisoners-held' || reading.start < mention.start) return false;
	return !COMBATANTS_HELD.test(sentence.slice(reading.start, reading.end)) && !STATE_IN_SENTENCE.test(sentence);
}

// "free 212 detainees and the Front 87 soldiers": a gapped second subject with its verb left out frees people too;
// "212 detainees for 87 soldiers" in a swap: what the captives are exchanged for are captives
const GAPPED_CAPTIVES = /^\s*,?\s*(?:and|while|with)\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*){0,3}\s+(?:(?:about|some|around|nearly|more than|at least|another)\s+)?$/v;
const SWAPPED_FOR = /^\s+(?:in\s+(?:exchange|return)\s+)?for\s+(?:(?:about|some|around|nearly|more than|at least|another|the)\s+)?$/i;
// "We are getting back 95 of our people": a side that gets people back in a swap gets its captives back
const GOT_BACK = /\b(?:get|gets|getting|got|gotten|bring|brings|bringing|brought|receive|receives|receiving|received)\s+(?:back|home)\s+(?:(?:about|some|around|nearly|more than|at least|another|all|the)\s+)?$/i;
const OWN_PEOPLE = new RegExp(`^\\s+(?:of\\s+(?:our|their|its|his|her)\\s+)?(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation([...PEOPLE_NOUNS, ...TROOP_NOUNS, ...ARMED_NOUNS, ...CAPTIVE_NOUNS])})\\b`, 'iv');
const CAPTIVE_TALK = /\b(?:prisoners?|captives?|detainees?|hostages?|POWs?)\b/i;

/** People set against captives in a swap are captives too, whatever else they are ("soldiers", "people"). */
function swapPartner(sentence: string, mention: NumberMention, reading: Reading, previous: Reading | null): Reading | null {
	if (reading.kind !== 'troops' && reading.kind !== 'other') return null;
	if (reading.kind === 'other' && (!reading.counts || !OWN_PEOPLE.test(sentence.slice(mention.numberEnd)))) return null;
	const captives = previous && (previous.kind === 'prisoners' || previous.kind === 'hostages') && previous.end <= mention.start ? previous : null;
	const between = captives ? sentence.slice(captives.end, mention.start) : '';
	if (captives && (GAPPED_CAPTIVES.test(between) || (SWAPPED_FOR.test(between) && SWAP_WORD.test(sentence)))) return {...reading, kind: 'prisoners', rule: `${reading.rule}+swapped`};
	const back = GOT_BACK.exec(sentence.slice(Math.max(0, mention.start - 40), mention.start));
	if (back && OWN_PEOPLE.test(sentence.slice(mention.numberEnd)) && (SWAP_WORD.test(sentence) || CAPTIVE_TALK.test(sentence))) return {...reading, kind: 'prisoners', rule: `${reading.rule}+got-back`, start: Math.min(reading.start, mention.start - back[0].length)};
	return null;
}

/** "release 13 Varenians and seven foreign nationals": the next item of a list of hostages is held as they are. */
function listedWithHostages(sentence: string, mention: NumberMention, previous: Reading | null): boolean {
	return previous?.kind === 'hostages' && previous.end <= mention.start && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(sentence.slice(previous.end, mention.start));
}

// Verbs by which a named subject gives a figure: "put the death toll at 16", "gave a lower figure of 87", "pledged $172 million"
const GIVING_VERBS = 'said|says|told|reported|reports|estimated|estimates|put|puts|gave|gives|pledged|pledges|promised|promises|offered|offers|donated|donates|announced|announces|counted|counts|recorded|records|documented|confirmed|confirms|claimed|claims';
// a lower-case word of a descriptor before a name, not a preposition ("Rights group X", "the monitoring group X", "foreign minister X")
const DESCRIPTOR_WORD = String.raw`(?!(?:in|at|on|from|near|of|for|with|by|after|before|during|to|and|but|as|when|while|since|if)\b)[[\p{Ll}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+`;
const NAMED_GIVER = new RegExp(`^(?:(?:the\\s+|The\\s+)?(?:[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{Ll}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:${DESCRIPTOR_WORD}){0,3}?)?(${NAME_SPAN})\\s+(?:also\\s+|later\\s+|earlier\\s+|separately\\s+|has\\s+|had\\s+|have\\s+)?(?:${GIVING_VERBS})\\b`, 'v');
// "The authorities gave a lower figure of 87 deaths": a body named by a common noun
const COMMON_GIVER = new RegExp(`^(?:[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]*,\\s+)?([Tt]he\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)?)\\s+(?:also\\s+|later\\s+|has\\s+|had\\s+|have\\s+)?(?:put|puts|gave|gives|estimated|estimates|pledged|pledges|promised|promises|donated|counted|recorded|documented)\\b`, 'v');
// "claims from X, which reported a higher death toll of 61"; "with the country's foreign minister X saying it could deploy …"
// ("those provided by X health authorities, who reported 224 deaths": a body named by its country and a common noun)
const WHICH_GAVE = new RegExp(`((?:${NAME_SPAN})(?:\\s+(?:health|interior|defen[cs]e|local|provincial|regional|state|civil|military|security))?(?:\\s+(?:authorities|officials|ministry|agency|officers))?),\\s+(?:which|who)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:${GIVING_VERBS})\\b`, 'v');
const WITH_SAYING = new RegExp(`\\bwith\\s+(?:the\\s+)?(?:[[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,4}?(${NAME_SPAN})\\s+(?:saying|estimating|putting|reporting|claiming)\\b`, 'v');
const NOT_GIVERS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'there', 'the', 'a', 'an']);

// "according to claims from X", "according to figures compiled by X": the report words are not the source
const REPORT_WORDS = /^(?:(?:the\s+)?(?:latest\s+|new\s+|official\s+|separate\s+)?(?:claims?|reports?|figures?|data|statistics|estimates?|statements?|a\s+statement|a\s+report|an\s+estimate|a\s+tally|tallies|counts?|a\s+count)\s+(?:(?:compiled|released|published|issued|given)\s+)?(?:from|by|of)\s+(?:the\s+)?)(?=\S)/i;
// "The latest confirmed toll …": an adjective before a participle is no one who confirmed it
const NO_SOURCE = /^the\s+(?:latest|new|newest|official|final|first|last|total|overall|provisional|preliminary|updated|revised)$/i;
const withoutReportWords = (source: string | null) => (source === null || NO_SOURCE.test(source) || /^(?:which|whom|who|whose|that)\b/i.test(source) ? null : source.replace(REPORT_WORDS, ''));

// "Brazil pledged 172 million dollars and Catherine Ashton, the EU's foreign affairs chief, announced …", "with Georgia and
// Estonia each promising to donate": a giver anywhere in the sentence, its apposition skipped; the last before a figure gives it
const GIVER_ANYWHERE = new RegExp(`(?:^|[,;]\\s*|\\b(?:and|with|while|but)\\s+)(${NAME_SPAN}(?:\\s+and\\s+${NAME_SPAN})?)(?:\\s*,\\s*[^,;:"“”]{1,80}?,)?\\s+(?:each\\s+|also\\s+|later\\s+|has\\s+|had\\s+|have\\s+)?(?:${GIVING_VERBS}|promising|pledging|offering|donating|saying|putting|estimating|reporting)\\b`, 'gv');

/** The giver nearest before `at`: the last "NAME verb" of GIVER_ANYWHERE that starts before it, else null. */
function giverBefore(sentence: string, at: number): string | null {
	let giver: string | null = null;
	GIVER_ANYWHERE.lastIndex = 0;
	for (let match = GIVER_ANYWHERE.exec(sentence); match && match.index <= at; match = GIVER_ANYWHERE.exec(sentence)) {
		// "The EU pledged": the article before a name is not part of it
		const name = match[1].trim().replace(/^The\s+(?=[\p{Lu}--[\u{10000}-\u{10FFFF}]])/v, '');
		if (!NOT_GIVERS.has(name.toLowerCase()) && !/^(?:In|On|At|From|After|Before|During|Since|When|While|If|The)$/.test(name)) giver = name;
	}
	return giver;
}

/** Who gives a sentence's figure when sourceOf finds no "X said": the subject that puts, gives or pledges it, or a "with X saying" source. */
function figureSource(sentence: string, at = sentence.length): string | null {
	if (!/\b(?:said|says|told|report|estimat|put|gave|give|pledg|promis|offer|donat|announc|count|record|document|confirm|claim|saying)/.test(sentence)) return null;
	return giverBefore(sentence, at) ?? sentenceGiver(sentence);
}

// The last sentence sentenceGiver read and its answer: every figure of a sentence asks it of the same sentence.
let giverRead: {sentence: string; giver: string | null} | null = null;

/** figureSource's answer that does not depend on where the figure stands: the sentence's named or common giver. */
function sentenceGiver(sentence: string): string | null {
	if (giverRead?.sentence === sentence) return giverRead.giver;
	const named = NAMED_GIVER.exec(sentence) ?? WHICH_GAVE.exec(sentence) ?? WITH_SAYING.exec(sentence);
	const name = named?.[1].replace(/['’]s$/, '').trim();
	const giver = name && !NOT_GIVERS.has(name.toLowerCase()) && !/^(?:In|On|At|From|After|Before|During|Since|When|While|If)\b/.test(name) ? name : COMMON_GIVER.exec(sentence)?.[1] ?? null;
	giverRead = {sentence, giver};
	return giver;
}

// "At least 49 pupils escaped in the first days", "287 pupils were taken, along with six teachers": in a story of people
// held, people who escaped or were taken with no other place said are among the held
const HELD_OR_ESCAPED_AFTER = /^\s+(?:(?:have|has|had|were|was|been|later|since|also|reportedly)\s+)*(?:escaped|managed\s+to\s+escape|taken(?=\s*[,;.]|\s+(?:along|with|from|in\s+the\s+(?:raid|attack))\b))/i;

/** Whether a reading counts people or things a rival source could count otherwise (not a sum, a share, a term or an age). */
const isRivalled = (reading: Reading) => (CASUALTY_KINDS as string[]).includes(reading.kind) || reading.kind === 'troops' || (reading.kind === 'other' && reading.counts !== null && /^figure\.(?:count|population|estimate)/.test(reading.rule));

/** The sentences figures are read from: the headline (no offset) and the body's sentences. */
function unitsOf(article: ParsedArticle): {text: string; offset?: number; heading: boolean}[] {
	const units: {text: string; offset?: number; heading: boolean}[] = [];
	if (article.headline) units.push({text: article.headline, heading: true});
	for (const sentence of article.sentences) units.push({text: sentence.text, offset: sentence.start, heading: article.paragraphs[sentence.paragraph]?.heading ?? false});
	return units;
}

const CAPTIVE_WORD = /\b(?:(hostages?|captives?|abductees?|kidnapped|abducted)|(prisoners?|detainees?|POWs?|inmates))\b/gi;

/** The kind of captives a sentence names last: "How many hostages are there?" -> hostages. */
function captivesNamed(sentence: string): FigureKind | null {
	let kind: FigureKind | null = null;
	for (const match of sentence.matchAll(CAPTIVE_WORD)) kind = match[1] ? 'hostages' : 'prisoners';
	return kind;
}

const WHOLE_OF_COUNT = /^\s+[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+of\s+(?:the|its|their|our|both|his|her)\s+$/v;

const ONE_OF_COUNTED = /^\s+of\s+(?:them|those(?:\s+(?:hurt|injured|wounded|killed|dead|detained|held|missing|arrested))?|the\s+(?:hurt|injured|wounded|dead|detained|missing|victims|casualties))\b/i;
// the words between a count and a part of it it includes: "… members of the family, including ", "… people, among them "
const INCLUDING_BETWEEN = /^[^.;\d]{0,80}?,\s*(?:including|among\s+them)\s+$/i;

/** Every figure one article states, in text order (the headline first). */
export function extractFigures(article: ParsedArticle): LocalFigure[] {
	const figures: LocalFigure[] = [];
	const units = unitsOf(article);
	// A currency the lexicon does not know is learnt from the article's plain sums and read as money everywhere in it.
	const currencies = currencyWordsIn(units.map((unit) => unit.text).join('\n'));
	// The place of the sentence before is looked for only when a figure refers back to "the attack".
	let previousText: string | null = null;
	const previousPlace = () => (previousText === null ? null : placeIn(previousText));
	// Whether the sentence before set an age threshold, which "it" in the next may raise or lower.
	let ageLimitBefore = false;
	// The last count of the sentences just before, which a bare number may answer ("The government says about 180,000.").
	let earlier: Reading | null = null;
	let people: PeopleCount[] = [];
	let sentencesSince = 0;
	// The captives the article has named last ("How many hostages are there?"), and the text of the two sentences before.
	let captives: FigureKind | null = null;
	let recent: string[] = [];
	// The kind of the last people read as held: in a prison siege the inmates named everywhere hold guards as hostages.
	let lastHeld: FigureKind | null = null;
	for (const unit of units) {
		let previous: Reading | null = topicOf(unit.text);
		if (unit.offset === undefined || ++sentencesSince > 2) ((earlier = null), (people = []));
		// Whether the sentence refers back to "the attack": asked only of a casualty figure with no place of its own.
		const attackBack = () => /\bthe\s+(?:\w+\s+)?(?:attack|strike|strikes|assault|shelling|bombardment|barrage|raid)\b/i.test(unit.text);
		// Who a sentence cites and whether it is in title case matter only once it holds a number or a toll of one.
		let source: string | null | undefined;
		const sourceOnce = () => (source === undefined ? (source = withoutReportWords(sourceOf(unit.text))) : source);
		// without an "X said" for the whole sentence, each figure's giver is the subject nearest before it ("A pledged N and B M")
		const sourceOf_ = (at: number) => sourceOnce() ?? figureSource(unit.text, at);
		// (a photo gallery's counter before a caption, "1 of 3 | …", is gone from the body where the page is read)
		const mentions = findNumbers(unit.text, currencies);
		let titleCaseKnown: boolean | undefined;
		const titleCase = () => (titleCaseKnown ??= isTitleCase(unit.text));
		const earlierAgeLimit = ageLimitBefore;
		ageLimitBefore = false;
		// the sentences just before, once per sentence: a count with its noun left out may refer back to them
		const recentText = unit.offset === undefined ? '' : recent.join(' ');
		let countRead = false;
		// the mentions of this sentence read as figures, by index
		const readAt = new Set<number>();
		for (const [index, mention] of mentions.entries()) {
			// "800 members of the two unions were detained": the number inside the whole that a count belongs to is no count
			const before = index > 0 ? unit.text.slice(mentions[index - 1].end, mention.start) : '';
			if (mentions[index - 1]?.value && mentions[index - 1].unit === null && WHOLE_OF_COUNT.test(before)) continue;
			const context: ArticleContext = {earlier: unit.offset === undefined ? null : earlier, people, captives: unit.offset === undefined ? null : captives, before: recentText};
			const text = withScareQuotesBlanked(unit.text, mention);
			let reading: Reading | null = readFigure(text, mention, previous, titleCase, earlierAgeLimit, context) ?? (index === 0 && !previous ? rivalCount(text, mention, earlier, people) : rivalInSentence(text, mention, before, previous));
			if (!reading) continue;
			countRead = true;
			// "the number killed had increased from 148 to 154": the count's earlier level, left unread inside the phrase, is a figure too
			const from = index > 0 && !readAt.has(index - 1) ? earlierLevel(unit.text, mentions[index - 1], mention, reading) : null;
			if (from) figures.push({value: mentions[index - 1].value, qualifier: mentions[index - 1].qualifier, kind: reading.kind, text: unit.text.slice(mentions[index - 1].start, mention.end).trim(), place: null, source: sourceOf_(reading.start), counts: reading.counts ?? null, evidence: {article: article.id, text: unit.text, offset: unit.offset, rule: unit.offset === undefined ? `${reading.rule}+earlier.headline` : `${reading.rule}+earlier`}});
			readAt.add(index);
			reading = swapPartner(unit.text, mention, reading, previous) ?? reading;
			// ("All 212 people on board, 197 passengers and 15 crew, were killed": an apposition inside the count's own phrase)
			// "Six members of the family, including three children and two women, were killed": the aside's counts, read with
			// their own verb, are parts of the count before (marked so, they are never compared across outlets as the count)
			if (previous && index > 0 && reading.kind === previous.kind && (CASUALTY_KINDS as string[]).includes(reading.kind) && !/\+part\b/.test(reading.rule) && (INCLUDING_BETWEEN.test(before) || (/\+part\b/.test(previous.rule) && /^\s+[^.;,\d]{1,40}?\s+and\s+$/.test(before)) || (/,\s*$/.test(before) && previous.start < mention.start && mention.start < previous.end)))
				reading = {...reading, rule: `${reading.rule}+part`};
			// ("each side is to free its prisoners: 112 held by the Brigades": the writer's own word for them stands)
			if (reading.kind === 'prisoners' && !reading.rule.startsWith('figure.apposed-whole') && (heldByHostageTakers(unit.text, mention.start, reading.end) || listedWithHostages(unit.text, mention, previous) || heldInHostageStory(unit.text, mention, reading, captivesNamed(unit.text) === 'hostages' ? 'hostages' : (lastHeld ?? context.captives ?? null)))) reading = {...reading, kind: 'hostages', rule: `${reading.rule}+hostages`};
			const held: FigureKind | null = unit.offset === undefined ? null : lastHeld ?? captives;
			const heldAfter: RegExpExecArray | null = held && reading.kind === 'other' && reading.counts ? HELD_OR_ESCAPED_AFTER.exec(unit.text.slice(reading.end, reading.end + 40)) : null;
			if (held && heldAfter) reading = {...reading, kind: held, rule: `${reading.rule}+held-story`, end: reading.end + heldAfter[0].length};
			if (unit.offset !== undefined && (reading.kind === 'hostages' || reading.kind === 'prisoners')) lastHeld = reading.kind;
			if (unit.offset !== undefined && isRivalled(reading)) ((earlier = reading), (sentencesSince = 0));
			if (unit.offset !== undefined && reading.kind !== 'other' && isRivalled(reading)) people = [...people.slice(-3), {reading, value: mention.value}];
			if (reading.rule === 'figure.age-limit') ageLimitBefore = true;
			previous = reading;
			figures.push({
				value: mention.value,
				qualifier: mention.qualifier,
				kind: reading.kind,
				text: unit.text.slice(reading.start, reading.end).trim(),
				place: isCasualtyOrDamage(reading.kind) ? (placeRightAfter(unit.text, reading.end) ?? placeIn(clauseOfToll(unit.text, reading), mention.start) ?? (unit.heading ? null : disasterPlace(unit.text)) ?? (attackBack() ? previousPlace() : null)) : null,
				source: sourceOf_(reading.start),
				counts: reading.counts ?? (reading.kind === 'other' && mention.unit === 'percent' ? (goodsOf(unit.text, mention.start) ?? shareOf(unit.text, mention.end)) : null),
				evidence: {article: article.id, text: unit.text, offset: unit.offset, rule: unit.offset === undefined ? `${reading.rule}.headline` : reading.rule},
			});
			// "between five and eight people", "2,000 to 2,500 fighters": a range gives both its ends as figures
			if (mention.high !== null) figures.push({...figures[figures.length - 1], value: mention.high});
		}
		for (const reading of onePersonFigures(unit.text))
			figures.push({
				value: 1,
				qualifier: null,
				kind: reading.kind,
				text: unit.text.slice(reading.start, reading.end),
				place: placeIn(unit.text, reading.start),
				source: sourceOf_(reading.start),
				counts: reading.counts,
				evidence: {article: article.id, text: unit.text, offset: unit.offset, rule: reading.rule},
			});
		// "How many died is still disputed. The ministry says 10.": a count named with no number is what the next bare numbers answer
		const topic = unit.offset !== undefined && !countRead ? countTopic(unit.text) : null;
		if (topic) ((earlier = topic), (people = []), (sentencesSince = 0));
		if (unit.offset !== undefined) {
			previousText = unit.text;
			recent = [...recent.slice(-1), unit.text];
			captives = captivesNamed(unit.text) ?? captives;
		}
	}
	return withSharesNamed(figures);
}

/**
 * A bare percentage that repeats one share the article named ("Sixty per cent" after "60 per cent of the cod") counts
 * what that share counts, so one fact stays one figure; with two shares of that size named, it is left alone.
 */
function withSharesNamed(figures: LocalFigure[]): LocalFigure[] {
	const named = new Map<number, Set<string>>();
	for (const figure of figures)
		if (figure.evidence.rule?.startsWith('figure.percent') && figure.value !== null && figure.counts) named.set(figure.value, (named.get(figure.value) ?? new Set()).add(figure.counts));
	for (const figure of figures) {
		const shares = figure.value === null ? undefined : named.get(figure.value);
		if (!figure.evidence.rule?.startsWith('figure.percent') || figure.counts || shares?.size !== 1) continue;
		const share = [...shares][0];
		// "all but 10% of their other tariffs" is a share of something else: its own of-phrase must name the same thing
		const at = figure.evidence.text.indexOf(figure.text);
		const of = at < 0 ? null : /^\s+of\s+([^,;.]{1,60})/.exec(figure.evidence.text.slice(at + figure.text.length));
		if (!of || of[1].toLowerCase().includes(share.toLowerCase())) figure.counts = share;
	}
	return figures;
}

const ONE_PERSON_VERBS = ['killed', 'shot dead', 'injured', 'wounded', 'hurt', 'kidnapped', 'abducted', 'taken hostage', 'missing'];
const ONE_PERSON = new RegExp(
	`\\b(?:a|an)\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(PERSON_NOUNS)})\\s+(?:was|were|has been|had been|is)\\s+(?:also\\s+|reportedly\\s+)?(${ONE_PERSON_VERBS.join('|')})\\b`,
	'giv',
);
const ONE_PERSON_KIND: Record<string, FigureKind> = {killed: 'killed', 'shot dead': 'killed', injured: 'injured', wounded: 'injured', hurt: 'injured', kidnapped: 'hostages', abducted: 'hostages', 'taken hostage': 'hostages', missing: 'missing'};

const PERSON = new RegExp(`\\b(?:${alternation(PERSON_NOUNS)})\\b`, 'i');
const personIn = (phrase: string) => PERSON.exec(phrase)?.[0].toLowerCase() ?? null;

// Most sentences hold none of the verbs: they skip the scan that tries every "a" and "an".
const MIGHT_BE_ONE_PERSON = anyOfWords(ONE_PERSON_VERBS);
const onePersonFor = asciiTwinFor(ONE_PERSON);

/** Tolls of one named by an article: "a local resident was killed", "an aid worker was kidnapped". */
function onePersonFigures(sentence: string): Reading[] {
	const readings: Reading[] = [];
	if (!MIGHT_BE_ONE_PERSON.test(sentence)) return readings;
	const onePerson = onePersonFor(sentence);
	onePerson.lastIndex = 0;
	for (let match = onePerson.exec(sentence); match; match = onePerson.exec(sentence))
		readings.push({kind: ONE_PERSON_KIND[match[1].toLowerCase()], rule: 'figure.one-person', start: match.index, end: match.index + match[0].length, counts: personIn(match[0])});
	return readings;
}

/** The sentence up to the end of the clause a figure ends in: a place after the next comma is another clause's ("…, the question asked in X"). */
function throughClause(sentence: string, from: number): string {
	for (let index = from; index < sentence.length; index++) {
		const code = sentence.charCodeAt(index);
		if (code === 44 || code === 59 || code === 58) return sentence.slice(0, index); // , ; :
	}
	return sentence;
}

// "signed a deal in X to end fighting that has killed thousands": a toll in a relative clause is of the fighting, not of X
const RELATIVE_TOLL = /\b(?:that|which)\s+(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?$/i;

/** The words a toll's place is looked for in: its clause, from its relative pronoun on when it is a relative clause's. */
function clauseOfToll(sentence: string, reading: Reading): string {
	const clause = throughClause(sentence, reading.end);
	const relative = RELATIVE_TOLL.exec(sentence.slice(Math.max(0, reading.start - 30), reading.start));
	return relative ? ' '.repeat(reading.start - relative[0].length) + clause.slice(reading.start - relative[0].length) : clause;
}

// "…, 23 in Kessel, three in Ardo": a locative right after a figure is its own place, whatever place ends the figure before
const LOCATIVE_RIGHT_AFTER = /^\s+(?:in|at|near)\s/i;

/** The place named right after a figure ("20 killed in A, 23 in B": 23 is B's), else null. */
function placeRightAfter(sentence: string, end: number): string | null {
	const after = throughClause(sentence, end).slice(end);
	return LOCATIVE_RIGHT_AFTER.test(after) ? placeIn(after, 0, 2) : null;
}

const isCasualtyOrDamage = (kind: FigureKind) => kind !== 'other' && kind !== 'money' && kind !== 'plan_points' && kind !== 'troops';

// "25% of army commands", "25% of the cabinet": what a share is a share of, up to three words
const SHARE_OF = /^\s+of\s+(?:(?:the|its|their|all)\s+)?((?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+)(?=\s*(?:[,;:.\)]|$)|\s+(?:for|to|in|on|at|going|reserved|held|and|or|with|from|by)\b)/v;

/** What a percentage is a share of, so one article's "25% of army commands" and "25% of the cabinet" stay two figures. */
function shareOf(sentence: string, end: number): string | null {
	return SHARE_OF.exec(sentence.slice(end, end + 60))?.[1].toLowerCase() ?? null;
}

const GOODS = /\b(?:on|against|for)?\s*(?:most\s+|all\s+)?([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.]--[\u{10000}-\u{10FFFF}]]*(?:\s[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.]--[\u{10000}-\u{10FFFF}]]*)?)\s+(?:goods|imports|products|exports|steel|cars|vehicles|companies|firms)\b/gv;

/** Whose goods a rate applies to, nearest to the number: "duties on Japanese imports will fall to 15%" -> "Japan goods". */
function goodsOf(sentence: string, at: number): string | null {
	let best: {side: string; distance: number; before: boolean} | null = null;
	GOODS.lastIndex = 0;
	for (let match = GOODS.exec(sentence); match; match = GOODS.exec(sentence)) {
		const side = sideOfWord(match[1].replace(/\.$/, '')) ?? sideOfWord(match[1]);
		if (!side) continue;
		const before = match.index < at;
		const distance = Math.abs(match.index - at);
		// the rate's own goods come before it ("tariffs on X will fall to 30%") unless none do
		if (!best || (before && !best.before) || (before === best.before && distance < best.distance)) best = {side, distance, before};
	}
	return best ? `${best.side} goods` : null;
}
