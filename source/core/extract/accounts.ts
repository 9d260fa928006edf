/**
 * Contested accounts off the battlefield: what one side says happened at a named place when another side denies it,
 * insists otherwise or tells it the other way round. "The company said the sirens in X were activated. Residents in X
 * say they heard nothing." A disaster, a protest or a standoff has no take or strike verbs; its claims are rival
 * versions, and only an explicit rival makes an account a claim (an account nobody answers is news, not a claim).
 */
import {ACCOUNT_SITE_NOUNS, DISPUTE_VERBS, INSTALLATION_NOUNS, PLACE_KINDS, REPORTING_VERBS} from '../lexicon/claims.js';
import type {ParsedArticle} from '../model.js';
import {isOrganisation, NAME_SPAN, nameAt, placeAsWord, placeIn, sideOf, sideOfWord} from './places.js';
import {remembered} from '../memo.js';
import {alternation, escapeRegExp} from '../text-scan.js';

/** One side's account at a place and who answers it. */
export interface AccountFound {
	place: string;
	claim: string;
	claimant: string | null;
	disputedBy: string;
	rule: string;
}

type Sentences = ParsedArticle['sentences'];

const REPORTING = alternation(REPORTING_VERBS);
const DISPUTING = alternation(DISPUTE_VERBS);
const SITE = alternation([...ACCOUNT_SITE_NOUNS, ...INSTALLATION_NOUNS, ...PLACE_KINDS, 'quarter']);
// Who speaks: a named body or person, "the company's spokesman", "residents", "the protest organisers" (no clause verbs inside)
const WHO = String.raw`(?:[Tt]he\s+)?(?:${NAME_SPAN}(?:['’]s)?(?:\s+(?!(?:${REPORTING}|${DISPUTING})\b)[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+){0,2}(?:\s+${NAME_SPAN})?|(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[\p{Ll}--[\u{10000}-\u{10FFFF}]]+|[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+){0,2})`;

// "…, a claim the police reject", "…, an accusation X denied", "…, which the army disputes", "whatever the police say"
const DENIAL_TAIL = new RegExp(
	String.raw`(?:,\s*|\s)(?:(?:a|an)\s+(?:claim|accusation|allegation|account|charge|version|story)\s+(?:that\s+)?|which\s+)(${WHO})\s+(?:has\s+|have\s+|had\s+)?(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+)?(?:${DISPUTING})\b|\bwhatever\s+(${WHO})\s+(?:say|says|said|claim|claims)\b`,
	'v',
);
// The next sentence opens with its speaker answering: "X denied this", "Organisers dispute that account", "The firm insists …"
// … the account itself ("this", "that account", "both claims"), not another charge ("rejected the accusation of a cover-up")
const ANSWERED_ACCOUNT = String.raw`(?:\s*[.,;]|\s+(?:this|that|it|them)\b|\s+(?:the|that|this|these|those|both|their|its|his|her)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+['’]s?\s+)?(?:claims?|accounts?|versions?|story|stories|allegations?|accusations?|reports?)\b(?!\s+of\b))`;
// … or calls it untrue: "Families say that is impossible", "The union called it a lie"
const CALLED_UNTRUE = String.raw`(?:say|says|said|call|calls|called)\s+(?:that|this|it)\s+(?:(?:is|was)\s+)?(?:simply\s+|just\s+|plainly\s+)?(?:impossible|untrue|not\s+true|false|wrong|nonsense|a\s+lie|lies)\b`;
const DISPUTE_OPENS = new RegExp(String.raw`^(${WHO})(?:,\s+[^,;]{2,60},)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|again\s+|still\s+|flatly\s+|strongly\s+)?(?:(?:${DISPUTING})${ANSWERED_ACCOUNT}|insists?|insisted|maintains?|maintained|counters?|countered|${CALLED_UNTRUE})`, 'v');
// "each side accusing the other of starting it", "the two sides blamed each other", "trading blame": both sides' accounts,
// each disputing the other's (the claims rules read it too)
export const MUTUAL_BLAME = /\b(?:(?:each|either)\s+(?:side\s+)?(?:accusing|accused|accuses|blaming|blamed|blames)\s+the\s+other|(?:both|the\s+two)\s+sides?\s+(?:accusing|accused|accuse|blaming|blamed|blame)\s+(?:each\s+other|one\s+another|the\s+other)|(?:accusing|accused|accuse|blaming|blamed|blame)\s+(?:each\s+other|one\s+another)|trad(?:ed|ing|e)\s+(?:blame|accusations))\b/i;
// "X said/says/told … (that)": a sentence's speaker and the account after the verb
const SAID = new RegExp(String.raw`^(.{2,90}?)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|again\s+|later\s+|repeatedly\s+)?(?:${REPORTING})\b\s*`, 'u');
const ACCORDING_TO = /\baccording to\s+((?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s*){1,4}?)(?=\s+(?:I|we|who|in|at|on)\b|[,.;])/v;
// a negation that makes a second account the other way round: "they heard nothing", "overtopped, not breached"
const NEGATION = /\b(?:not|never|nothing|no|none|neither|nobody|only|n['’]t)\b/i;
// "the Dolvek levee", "the Ostel quarter market": a site named by the place before its noun
const NAMED_SITE = new RegExp(String.raw`\b(?:the\s+)?(${NAME_SPAN})\s+(?:(?:${SITE})\s+)?(?:${SITE})\b`, 'gv');
// "the compound of the state broadcaster X", "the gates of the Y mine": a site of a named place
const SITE_OF = new RegExp(String.raw`\b(?:${SITE})\s+of\s+(?:the\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?(${NAME_SPAN})`, 'v');
// "the levee", "the base": a site pointing back to one named before
const SITE_REFERENCE = new RegExp(String.raw`\bthe\s+(${SITE})\b(?!\s+(?:of\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]])`, 'v');

// Words without which DENIAL_TAIL cannot match a sentence, nor answerIn find an answer in the next (besides NEGATION):
// a dispute verb, "whatever"; an insistence, a word for untrue, mutual blame (a gate only: each may start a longer word)
const DENIAL_WORD = new RegExp(String.raw`\b(?:${DISPUTING}|whatever)`, 'i');
const ANSWER_WORD = new RegExp(String.raw`\b(?:${DISPUTING}|insist|maintain|counter|impossible|untrue|false|wrong|nonsense|lie|accus|blam|trad)`, 'i');

// "telling reporters in X", "speaking in Y", "said in Z": where the speaker spoke, not where the account is set
const VENUE_WORD = /(?:reporters|journalists|press|diplomats|conference|briefing|rally|summit|speaking|spoke|said|says)\s+in\s/;
// … the audience alone too, as an account read from after its verb opens: "[told] a news conference in X that …"
const VENUE = new RegExp(String.raw`(?:\b(?:told|telling|tells|briefed|briefing|addressed|addressing)\s+|^\s*)(?:reporters|journalists|the\s+press|diplomats|(?:a|the)\s+(?:news|press)\s+(?:conference|briefing))\s+in\s+(?:the\s+capital,?\s+)?${NAME_SPAN}|\b(?:speaking|spoke|said|says)\s+(?:at\s+(?:a|the)\s+(?:news\s+|press\s+)?(?:conference|briefing|rally|summit)\s+)?in\s+(?:the\s+capital,?\s+)?${NAME_SPAN}`, 'gv');

/** The named place an account names: after a locative ("in X", "at the X crossing") or before its site noun ("the X levee"). */
function placeOfAccount(whole: string, speaker: string): string | null {
	// the venue is blanked out only when it could be the place found: most accounts name no venue
	const text = VENUE_WORD.test(whole) ? whole.replace(VENUE, (venue) => ' '.repeat(venue.length)) : whole;
	const located = placeIn(text);
	if (located && isPlace(located, speaker)) return located;
	const siteOf = SITE_OF.exec(text);
	const owner = siteOf ? nameAt(siteOf[1]) : null;
	if (owner && isPlace(owner, speaker)) return owner;
	NAMED_SITE.lastIndex = 0;
	for (let match = NAMED_SITE.exec(text); match; match = NAMED_SITE.exec(text)) {
		const name = nameAt(match[1]);
		if (name && match.index > 0 && isPlace(name, speaker)) return name; // a name opening the sentence is its subject, not a site
	}
	return null;
}

/** A place, not a side, a body or the speaker: "Dolvek province says" names a party, "Ostel Power" a company. */
function isPlace(name: string, speaker: string): boolean {
	return !sideOfWord(name) && !isOrganisation(name) && !speaker.includes(name) && !/^(?:I|We|They|He|She|It)$/.test(name);
}

/** The speaker of a sentence and where its account starts, else null. */
// remembered: each sentence is read as an account and again as the answer to the one before it
const accountOf = remembered(accountRead);

function accountRead(sentence: string): {speaker: string; from: number} | null {
	const said = SAID.exec(sentence);
	if (said) {
		const speaker = speakerName(said[1]);
		if (speaker) return {speaker, from: said[0].length};
	}
	const according = ACCORDING_TO.exec(sentence);
	return according ? {speaker: according[1].trim(), from: 0} : null;
}

/** "The company's spokesman, Jane Roe," -> "The company's spokesman"; "Residents we spoke to in X" -> "Residents"; a clause is none. */
function speakerName(subject: string): string | null {
	const head = subject
		.replace(/^.*[;:]\s*/, '')
		.replace(/^(?:But|And|Meanwhile|Separately|However),?\s+/, '')
		.split(/,|\s+(?:who|which|whose|we|I|that)\s+/)[0]
		.trim();
	if (!head || head.split(/\s+/).length > 7 || /^(?:it|they|he|she|we|i|this|that|there)$/i.test(head)) return null;
	if (/\b(?:is|are|was|were|has|have|had|will|would|when|if|after|before|because)\b/i.test(head)) return null; // a clause, not a subject
	return sideOf(head) ?? head;
}

const keyOf = (who: string) => (sideOf(who) ?? who).toLowerCase().replace(/^the\s+/, '').replace(/['’]s\b.*$/, '').split(/\s+/)[0];
const sameSpeaker = (a: string, b: string) => keyOf(a) === keyOf(b);

/** The words of an account, from the clause that names its place ("… but repeated his claim that X"), cut at its end and to a dozen words. */
function accountText(sentence: string, from: number, place: string): string {
	const at = sentence.indexOf(place, from);
	const opening = at < 0 ? -1 : Math.max(...[...sentence.slice(from, at).matchAll(/\b(?:that|claimed|claims|says|said)\s+/g)].map((match) => from + match.index + match[0].length), -1);
	const rest = sentence.slice(opening >= 0 ? opening : from).replace(/^that\s+/, '');
	const end = rest.search(/[;]|,\s+(?:a|an)\s+(?:claim|accusation|allegation)\b|,\s+which\b|\.\s*$/);
	return (end < 0 ? rest : rest.slice(0, end)).split(/\s+/).slice(0, 12).join(' ').replace(/[,.;:]+$/, '');
}

/**
 * Who answers an account in the sentence after it: opens with a denial or insistence, blames each other, or tells it the
 * other way round at the same place; with the account's place, which is looked for (`placeOnce`) only once the sentence
 * after could answer at all, as most sentences are answered by none.
 */
function answerIn(next: string, speaker: string, placeOnce: () => string | null, site: string | null): {by: string; place: string} | null {
	const mutual = MUTUAL_BLAME.test(next);
	const opens = mutual ? null : DISPUTE_OPENS.exec(next);
	const opener = opens ? speakerName(opens[1]) : null;
	const opensOther = opener && !sameSpeaker(opener, speaker) ? opener : null;
	const rival = mutual || opensOther ? null : accountOf(next);
	const rivalOther = rival && !sameSpeaker(rival.speaker, speaker) && NEGATION.test(next.slice(rival.from)) ? rival : null;
	if (!mutual && !opensOther && !rivalOther) return null;
	const place = placeOnce();
	if (!place) return null;
	if (mutual) return {by: 'each side', place};
	// an answer that names another place is about that place: "X insisted in Y that …"
	const elsewhere = placeIn(next);
	if (elsewhere && !elsewhere.includes(place) && !place.includes(elsewhere)) return null;
	if (opensOther) return {by: opensOther, place};
	const samePlace = placeAsWord(place).test(next) || (site !== null && theSite(site).test(next));
	return samePlace ? {by: rivalOther!.speaker, place} : null;
}

// Patterns of one site or site noun, built once each (a place's: placeAsWord): a pattern of names is costly to build, and places recur.
const theSite = remembered((site: string) => new RegExp(`\\bthe\\s+${escapeRegExp(site)}\\b`, 'i'));
const siteNamed = remembered((noun: string) => new RegExp(String.raw`(${NAME_SPAN})\s+${escapeRegExp(noun)}\s+(outside|near|in|at)\s+(${NAME_SPAN})|(?:${escapeRegExp(noun)})\s+(?:outside|near|in|at)\s+(?:the\s+)?(${NAME_SPAN})`, 'gv'));

/** The last place the sentence before (in the paragraph) names: the scene a placeless account is about. */
function sceneBefore(sentences: Sentences, i: number): string | null {
	const before = sentences[i - 1];
	if (!before || before.paragraph !== sentences[i].paragraph) return null;
	return placeIn(before.text, before.text.length, before.text.length);
}

/** The site a sentence's account is about when it names it only by its noun ("the base"): the one named in the sentences before. */
function siteBefore(sentences: Sentences, i: number, noun: string): string | null {
	const earlier = sentences.slice(Math.max(0, i - 6), i).map((sentence) => sentence.text).join(' ');
	const named = siteNamed(noun);
	named.lastIndex = 0;
	let place: string | null = null;
	for (let match = named.exec(earlier); match; match = named.exec(earlier)) place = match[3] ?? match[4];
	const name = place ? nameAt(place) : null;
	return name && !sideOfWord(name) && !isOrganisation(name) ? name : null;
}

// what gave way in a disaster: an account of "the collapse" or "the embankment" is about the named facility that failed
const FAILURE = /\b(?:collapse|collapsed|failure|failed|breach|breached|gave\s+way|embankment|spillway|explosion|blast|sinking|sank|capsized)\b/i;
const NAMED_FACILITY = new RegExp(String.raw`(${NAME_SPAN})\s+(?:Dam|Mine|Bridge|Plant|Refinery|Factory|Tower|Terminal|Reservoir|Barrage)\b`, 'gv');

/** The facility the article named last before sentence `i` ("the X Dam"), with its kind: the site of a disaster told without its name. */
function namedFacilityBefore(sentences: Sentences, i: number): string | null {
	let facility: string | null = null;
	for (const sentence of sentences.slice(0, i)) for (const match of sentence.text.matchAll(NAMED_FACILITY)) facility = match[0].replace(/^(?:The|In|At|On|After|Before)\s+/, '');
	return facility;
}

/**
 * The contested account sentence `i` tells, if another side answers it: in its own words ("…, which police deny"), in the
 * sentence after ("X denied this", a rival version at the same place), or in a rival clause after a semicolon.
 */
export function accountClaim(sentences: Sentences, i: number, isHeading: (paragraph: number) => boolean): AccountFound | null {
	const sentence = sentences[i].text;
	if (isHeading(sentences[i].paragraph)) return null;
	// "A blames the levee at X; B says the levee held": two speakers in one sentence
	const halves = sentence.split(/;\s*/);
	if (halves.length === 2) {
		const first = accountOf(halves[0]);
		const second = accountOf(halves[1]);
		if (first && second && !sameSpeaker(first.speaker, second.speaker)) {
			const place = placeOfAccount(halves[0].slice(first.from), first.speaker) ?? (FAILURE.test(sentence) ? namedFacilityBefore(sentences, i) : null);
			if (place) return {place, claim: accountText(halves[0], first.from, place), claimant: first.speaker, disputedBy: second.speaker, rule: 'claim.account-rival'};
		}
	}
	const next = sentences[i + 1] && sentences[i + 1].paragraph - sentences[i].paragraph <= 1 && !isHeading(sentences[i + 1].paragraph) ? sentences[i + 1].text : '';
	// no denial in its own words and no answer after it: nothing below can find one, so the account is not read at all
	if (!DENIAL_WORD.test(sentence) && !(next && (NEGATION.test(next) || ANSWER_WORD.test(next)))) return null;
	// the denial answers the clause it ends: "Police said …; the organisers said …, which police deny"
	const clauseStart = halves.length === 2 && DENIAL_TAIL.test(halves[1]) ? sentence.length - halves[1].length : 0;
	const own = accountOf(sentence.slice(clauseStart));
	const account = own ? {speaker: own.speaker, from: clauseStart + own.from} : null;
	if (!account) return null;
	const tail = DENIAL_TAIL.exec(sentence.slice(account.from));
	const tailWho = tail ? speakerName(tail[1] ?? tail[2]) : null;
	const site = SITE_REFERENCE.exec(sentence.slice(account.from))?.[1] ?? null;
	const placeOnce = () => placeOfAccount(sentence.slice(account.from), account.speaker) ?? placeOfAccount(sentence.slice(0, account.from), account.speaker);
	if (tailWho && !sameSpeaker(tailWho, account.speaker)) {
		const place = placeOnce() ?? (site ? siteBefore(sentences, i, site) : null) ?? sceneBefore(sentences, i);
		return place ? {place, claim: accountText(sentence, account.from, place), claimant: account.speaker, disputedBy: tailWho, rule: 'claim.account-denied'} : null;
	}
	const answer = next ? answerIn(next, account.speaker, placeOnce, site) : null;
	return answer ? {place: answer.place, claim: accountText(sentence, account.from, answer.place), claimant: account.speaker, disputedBy: answer.by, rule: 'claim.account-answered'} : null;
}
