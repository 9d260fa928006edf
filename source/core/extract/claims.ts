/**
 * Battlefield claims in one article: who claims to have taken, held or struck which place, or tells an
 * incident there (a shooting, a downing, a ramming), and who disputes it or tells it the other way round.
 * Places are capitalised name spans, countries by their nationality adjective ("four Sudanese sites" ->
 * the country), or named kinds of installation ("three air bases").
 */
import {ACCUSED_ACTS, CLEARED_PEOPLE, HOLDING_FORCE_NOUNS, HOLDING_GROUP_NOUNS, RIVAL_SIDES_NOUNS, SITE_FEATURES, AIRBORNE_NOUNS, MUNITION_NOUNS, ARMED_WORDS, COUNTER_VERSION_WORDS, FIRED_WEAPONS, DISTANCE_UNITS, INCIDENT_ACTORS, INCIDENT_NOUNS, INCIDENT_VERBS, FORCIBLE_TAKE_VERBS, CLAIM_NOUNS, LABOUR_WORDS, NON_STATE_FORCES, REGION_HEADS, ROAD_NOUNS, ROAD_VEHICLES, STRUCK_EMPLACEMENTS, FEAST_NAMES, DENIAL_VERBS, DENIED_ACTS, DENIED_OBJECTS, EXTENT_WORDS, FALSE_WORDS, INSTALLATION_NOUNS, KILLED_PEOPLE, LINE_FEATURES, MOVEMENT_NOUNS, NEAR_WORDS, SEIZED_VESSELS, VESSEL_SEIZE_VERBS, NON_STATE_ATTACK, NOT_STRUCK, PLACE_KINDS, REPELLING_VERBS, SIEGE_WORDS, STRIKE_NOUNS, STRIKE_VERBS, TAKE_NOUNS, TAKE_VERBS, TARGET_PREPOSITIONS, UNVERIFIED_PHRASES} from '../lexicon/claims.js';
import {EQUIPMENT_NOUNS, TARGET_NOUNS, TARGET_SPELLINGS} from '../lexicon/military.js';
import {FACILITY_PARTS, LOWER_CASE_FEATURES, NUMBERED_SITE_NOUNS, PLACE_FEATURES, PLURAL_FEATURES, POINT_SITES, SHORTENED_FEATURES, SITES_AFTER_NAME} from '../lexicon/place-features.js';
import type {Evidence, ParsedArticle} from '../model.js';
import {accountClaim, MUTUAL_BLAME} from './accounts.js';
import {extractFigures, type LocalFigure} from './figures.js';
import {coordinatedSubject, facilityPartClaims, facilityPartsOf, incidentRebuttal, incursionClaims, occupationClaims, ownVoiceRebuttal} from './incidents.js';
import {isOrganisation, NAME_SPAN, nameAt, placeAsWord, placeIn, sideOf, sideOfWord, sourceOf} from './places.js';
import {remembered} from '../memo.js';
import {creditOf} from '../parse-article.js';
import {alternation, charClass, endingInWord, escapeRegExp, foldsToAscii, isWhiteSpaceCode, UPPER, WORD_START} from '../text-scan.js';

export interface LocalClaim {
	place: string;
	claim: string;
	claimant: string | null;
	disputedBy: string | null;
	/** For ground taken: how much ("parts of", "most of", "close to capturing"), null for all of it; undefined for strikes. */
	extent?: string | null;
	evidence: Evidence;
}


// Base forms ("seize", "capture") are intentions, not claims: only finished or ongoing forms count.
const TAKE_FORMS = Object.keys(TAKE_VERBS).filter((verb) => !['seize', 'capture', 'encircle'].includes(verb));
// ("seized back control of X", "took back X": ground retaken)
const TAKE = new RegExp(`\\b(${alternation(TAKE_FORMS)})\\b(?:\\s+back\\b)?(?:\\s+(?:(?:full|complete|total|effective)\\s+)?control\\s+(?:of|over)|\\s+over)?`, 'gi');
const STRIKE = new RegExp(`\\b(${alternation(Object.keys(STRIKE_VERBS))})\\b`, 'gi');
const STRIKE_NOUN = new RegExp(`\\b(${alternation(STRIKE_NOUNS)})\\b`, 'gi');
const PASSIVE_VERBS = ['hit', 'struck', 'targeted', 'attacked', 'shelled', 'bombed', 'taken out', 'destroyed', 'burned', 'torched', 'razed'];
const PASSIVE_STRIKE = new RegExp(`\\b(?:was|were|been|being|is|are)\\s+(?:also\\s+|reportedly\\s+)?(${PASSIVE_VERBS.join('|')})\\b`, 'gi');
const UNDER_FIRE_VERBS = ['witnessed', 'saw', 'came under', 'come under', 'faced'];
const UNDER_FIRE = new RegExp(`\\b(${UNDER_FIRE_VERBS.join('|')})\\s+(?:(?:the\\s+)?(?:heaviest|heavy|intense|fresh|renewed|continued|artillery|rocket|mortar|drone|missile)\\s+)*(shelling|fire|attacks?|bombardment|strikes|barrage)\\b(?![\\s\\-]+(?:bombs?|crackers?|works|fighters?|engines?|trucks?|brigades?|hoses?|escapes?|alarms?|exits?|service)\\b)`, 'gi');
const TAKE_NOUN = new RegExp(`\\b(${alternation(Object.keys(TAKE_NOUNS))})\\s+(?:of|(?<=control\\s+)over)\\s+`, 'gi');
const SIEGE = new RegExp(`\\b(${alternation(Object.keys(SIEGE_WORDS))})\\s+(?:(${alternation(PLACE_KINDS)})\\s+of\\s+(?:the\\s+)?)?(${NAME_SPAN})`, 'gv');
const FALLEN = new RegExp(`\\bthat\\s+(?:the\\s+)?(?:(?:${alternation(PLACE_KINDS)})\\s+of\\s+)?(${NAME_SPAN})\\s+(?:has|had|have)\\s+(?:now\\s+|already\\s+)?fallen\\b(?!\\s+(?:by|below|under|to\\s+\\d|\\d))|\\b(${NAME_SPAN})\\s+(?:has\\s+|had\\s+)?(?:fell|fallen)\\s+to\\s+(?:the\\s+)?(?:(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:forces|troops|army|rebels|fighters|militants|militias?|insurgents|paramilitar(?:y|ies)|jihadists)\\b|(?!(?:USD|EUR|GBP|JPY|CNY|CHF)\\b)[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{Lu}\\d]--[\\u{10000}-\\u{10FFFF}]]{1,5}(?=\\s*(?:[,.;]|$|\\s(?:on|in|after|last|this|early|late|forces|rebels|fighters|militias?|troops)\\b)))`, 'gv');
/** A pattern tried only on texts its cheap `gate` finds something in (the words or phrase it cannot match without). */
function gated(pattern: RegExp, gate: RegExp): {exec(text: string): RegExpExecArray | null} {
	return {exec: (text) => (gate.test(text) ? pattern.exec(text) : null)};
}
/** A case-sensitive pattern that cannot match without one of `words` as written: tried only on texts that hold one. */
function requiring(pattern: RegExp, words: readonly string[]): {exec(text: string): RegExpExecArray | null} {
	return gated(pattern, wordsPattern(words));
}
// What FALLEN cannot match without (case-sensitive, as there): most sentences skip it.
const FALLEN_WORDS = ['fallen', 'fell'];
/** A pattern found in a text that holds one of the words as written: one pass is several times quicker than a search per word. */
function wordsPattern(words: readonly string[]): RegExp {
	return words.length ? new RegExp(words.map(escapeRegExp).join('|')) : /(?!)/;
}
/**
 * A case-insensitive pattern of ASCII words, for a text: with flag u (as ſ and the Kelvin sign fold onto s and k) when the
 * text holds either, else without it. The two match alike on every other text, and without u the pattern runs several times quicker.
 */
function foldingAlike(source: string, flags: string): (text: string) => RegExp {
	const unicode = new RegExp(source, `${flags}u`);
	const ascii = new RegExp(source, flags);
	return (text) => (foldsToAscii(text) ? unicode : ascii);
}
// Each list of words as one pattern, made on first use.
const WORD_PATTERNS = new WeakMap<readonly string[], RegExp>();
/** Whether a text holds one of the words as written. */
function holdsAny(text: string, words: readonly string[]): boolean {
	let pattern = WORD_PATTERNS.get(words);
	if (!pattern) WORD_PATTERNS.set(words, (pattern = wordsPattern(words)));
	return pattern.test(text);
}
const ACCUSES = new RegExp(`\\b(?:accuses|accused|accusing|accuse|blames|blamed|blaming)\\s+([^,;.]{1,60}?)\\s+(?:of|for)\\s+(${alternation(ACCUSED_ACTS)})\\b`, 'gi');
const ACCUSE_WORDS = ['accuses', 'accused', 'accusing', 'accuse', 'blames', 'blamed', 'blaming'];
// Every pattern above needs one of these words: a sentence holding none of them makes no take or strike claim.
// "its fighters are in X": ground held told without a verb of holding
// … and "the mutineers said they were still inside X": a force's "they"
const FORCES_ARE_IN = String.raw`(?:${alternation(HOLDING_FORCE_NOUNS)}|they)\s+["“]?(?:are|is|were|was)\s+(?:still\s+|now\s+)?in(?:side)?`;
const HELD_IN_WORDS = new RegExp(FORCES_ARE_IN);
const ARE_IN = /(?:are|is|were|was)\s+(?:still\s+|now\s+)?in(?:side)?\s/;
// "Each side also claims the lighthouse at X"
const RIVAL_SIDES = alternation(RIVAL_SIDES_NOUNS);
const BOTH_SIDES_CLAIM = String.raw`(?:both|each)\s+(?:${RIVAL_SIDES})\s+(?:also\s+|now\s+|again\s+|still\s+)?claim(?:s|ed)?`;
// "rejected Korvani claims about X": a claim told by its rejection
// "the other side's guards had abandoned the spit": a side's word that the rival left ground (see leftClaims)
const LEFT_VERBS = ['withdrew', 'withdrawn', 'abandoned', 'fled', 'retreated', 'evacuated', 'pulled out', 'pulled back'];
// the first-person presence crowdHoldClaims reads (WE_ARE_IN), one source for it and for the sentence gate
const WE_ARE_IN_SOURCE = String.raw`["“‘']\s*(?:We\s+(?:are|remain)\s+(?:(?:still|now|back|firmly)\s+)+|Our\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:forces|troops|fighters|men|units|soldiers)\s+(?:are|remain)\s+(?:(?:still|now|back|firmly)\s+)*)(?:in|inside)\s+(?=(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]])`;
const CLAIMS_ABOUT = String.raw`(?:claims?|reports?|accounts?|allegations?|accusations?|assertions?)\s+(?:about|over|regarding|concerning)`;
const CLAIMS_ABOUT_WORDS = new RegExp(CLAIMS_ABOUT);
// a force placed somewhere: "its troops are stationed at X"
const STATIONED_WORDS = ['stationed', 'deployed', 'positioned', 'entrenched', 'garrisoned', 'dug in'];
const CLAIM_WORD = new RegExp(
	`\\b(?:${alternation([...TAKE_FORMS, ...Object.keys(STRIKE_VERBS), ...STRIKE_NOUNS, ...PASSIVE_VERBS, ...UNDER_FIRE_VERBS, ...Object.keys(TAKE_NOUNS), ...Object.keys(SIEGE_WORDS), 'fallen', 'fell', ...ACCUSE_WORDS, ...Object.keys(INCIDENT_VERBS), ...INCIDENT_NOUNS, 'ablaze', 'alight', 'on fire', 'set fire', 'killed', 'wounded', 'injured', 'damaged', 'control', 'controls', 'controlled', 'held', 'hold', 'holds', 'holding', 'flag', 'flags', 'fired', 'hands', 'pushed', 'drove', 'driven', 'forced', 'expelled', 'chased', 'ousted', 'reopened', 'unblocked', 'strayed', 'straying', 'intruded', 'intruding', 'waters', 'airspace', 'occupy', 'occupies', 'occupying', 'administered', 'administration', 'sovereignty', 'stronghold', 'cannon', 'cannons', ...STATIONED_WORDS, 'clearing', 'capturing', 'securing', 'retaking', ...LEFT_VERBS, ...Object.keys(VESSEL_SEIZE_VERBS)])})\\b`,
	'i',
);
// the phrases among them, apart: one alternation of plain words is scanned several times quicker than one with phrases mixed in
// "its troops remain on X": a force still where it was, told without a verb of holding
const FORCES_REMAIN = String.raw`(?:${alternation(HOLDING_FORCE_NOUNS)})\s+remain(?:s|ed)?\s+(?:on|in|inside|at)`;
// "its members have never left X": ground kept (see HOLD)
const NEVER_LEFT = String.raw`(?:never|not)\s+left`;
const CLAIM_PHRASE = new RegExp(`${WORD_START}(?:${FORCES_ARE_IN}|${FORCES_REMAIN}|${CLAIMS_ABOUT}|${BOTH_SIDES_CLAIM}|${NEVER_LEFT})\\b|${WE_ARE_IN_SOURCE}`, 'iv');

const isClaimWorded = (text: string) => CLAIM_WORD.test(text) || CLAIM_PHRASE.test(text);
const EXTENT = new RegExp(`^(${alternation(EXTENT_WORDS)})\\s+`, 'i');
const NEAR = new RegExp(`\\b(${alternation(NEAR_WORDS)})\\s+$`, 'i');
const PREPOSITION = new RegExp(`^(?:${alternation(TARGET_PREPOSITIONS)})\\b`, 'i');
const TARGET = new RegExp(`^(?:${alternation(TARGET_NOUNS)})\\b`, 'i');
const INSTALLATION = /^(?:air\s*bases?|airbases?|military bases|naval bases|bases|airfields?|airports?|ports|refineries|power plants|power stations)\b/i;
const FACILITY_NAME = /\b(?:Base|Station|Airport|Airfield|Port|Field|Plant|Refinery|Bridge|Dam)$/;
// (a dotted abbreviation ends nothing: "a U.S. base"; "held the hill and had pushed the army back from X": a second predicate ends it)
// (… "and that" opens the next thing said: "says it holds the outpost and that nobody has set foot on the X")
const CLAUSE_END = /[;!?]|\.(?![A-Z]\.)(?<![A-Z]\.[A-Z]\.)|,\s*(?:although|but|though|while|which|who|as|after|before|according|adding|saying|prompting)\b|(?<!\balong)\s(?:although|but|though|while|for the first time|since|after|before|with|as)\s|\s[\-–—]\s|\sand\s+that\s|\sand\s+(?:had|has|have|would|will)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ed|en)\b/iv;
const MILITARY_ACTOR = /\b(?:forces|troops|army|military|fighters|rebels|militants|soldiers|units|militia|navy|air force|armed\s+(?:[a-z-]+\s+)?(?:groups|men)|gunmen|guards|guns|drones?|missiles?|rockets?|shells?|artillery|jets|aircraft|warplanes|bombers|strikes?|airstrikes?|attacks?|shelling|bombardment|raids?|barrage|it|they|we)\b/i;
const NOT_STRUCK_OBJECT = new RegExp(`^\\s+(?:(?:a|an|the|new|fresh|its|their|record|all-time|multi-year|\\d+-year)\\s+)*(?:${alternation(NOT_STRUCK)})\\b`, 'i');
// … and armed groups of no state ("gunmen", "armed herders"), and "his men" of a commander or spokesman
const MILITARY_SUBJECT = new RegExp(`\\b(?:forces|troops|army|navy|coast\\s*guard(?:smen)?|air force|military|paramilitar(?:y|ies)|fighters|rebels|insurgents|guerrillas|militants|jihadists|separatists|soldiers|units|brigades?|militias?|junta|marines|commandos|${alternation(NON_STATE_FORCES)}|(?:his|her|our|their)\\s+(?:own\\s+)?men)\\b`, 'i');
const DENIAL_ADVERB = String.raw`(?:[\p{L}--[\u{10000}-\u{10FFFF}]]+ly|again|also|swiftly|quickly|immediately)\s+`;
// "…, a claim police also disputed": a group named bare, in lower case, that denies
const DISPUTING_GROUPS = alternation(['police', 'officers', 'mutineers', 'residents', 'officials', ...HOLDING_GROUP_NOUNS]);
// … and "The opposition's organiser in the city, Jane Roe, disputed that": a name in apposition, its comma before the verb
const DENIAL = requiring(
	new RegExp(
		`((?:[Tt]he|An?)\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+(?:official|officer|spokesman|spokeswoman|spokesperson|commander|source)|${NAME_SPAN}(?:(?:['’]s)?\\s+(?:officials|authorities|forces|troops|military|army|government|sources|spokesman|spokeswoman|spokesperson|general staff|defen[cs]e ministry|ministry|coast\\s+guard|navy|police))?|[Ii]t|[Tt]hey|${DISPUTING_GROUPS}|[Tt]he\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+(?!(?:[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+ly|again|also|has|have|had)\\b)[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)?)(?:(?<=,\\s+[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]*(?:\\s+[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]*){0,3}),)?\\s+(?:has\\s+|have\\s+|had\\s+)?(?:${DENIAL_ADVERB})?(?:${alternation(DENIAL_VERBS)})(?:\\s+(?:(?:these|those|the|both|all|such|its|their|this|that|any|those)\\s+)*(?:[\\p{L}--[\\u{10000}-\\u{10FFFF}]]+['’]s?\\s+)?(?:${alternation(DENIED_OBJECTS)})\\b|\\s+(?:having\\s+)?(?:${alternation(DENIED_ACTS)})\\b|(?<!\\b(?:border|boundary|land|territorial|maritime|legal|enduring|long-running|decades-long|bitter|trade|labour|labor|pay|wage|diplomatic|political)\\s+dispute)(?:\\s*[.,;]|$))`,
		'v',
	),
	DENIAL_VERBS,
);
// "- a claim immediately denied by X", "a report rejected by the army", "That claim was disputed by X": a claim's denial as a noun phrase, the denier after "by"
const CLAIM_DENIED_BY = requiring(
	new RegExp(`\\b(?:${alternation(DENIED_OBJECTS.filter((word) => /^(?:claims?|reports?|assertions?|accounts?|accusations?|allegations?|version|story)$/.test(word)))})\\s+(?:that\\s+)?(?:(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+)?(?:${DENIAL_ADVERB})?(?:denied|rejected|disputed|dismissed|refuted|contested)\\s+by\\s+((?:the\\s+)?${NAME_SPAN}(?:\\s+(?:officials|authorities|forces|troops|military|army|government|ministry|spokesman|command))?|(?:the|an?)\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+(?!on\\b|in\\b|at\\b)[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)?)`, 'v'),
	['denied', 'rejected', 'disputed', 'dismissed', 'refuted', 'contested'],
);
const NOT_CONFIRMED_BY = requiring(new RegExp(`\\bnot\\s+(?:been\\s+)?(?:confirmed|acknowledged|verified)\\s+by\\s+(${NAME_SPAN})|(${NAME_SPAN})\\s+(?:did|has|have|could|would)\\s+not\\s+(?:immediately\\s+)?(?:confirm|verify|acknowledge)`, 'v'), ['confirm', 'acknowledge', 'verif']);
const UNVERIFIED = new RegExp(`\\b(?:${alternation(UNVERIFIED_PHRASES)})\\b`, 'i');
const TARGET_WORD = new RegExp(`\\b(?:${alternation(TARGET_NOUNS)})\\b`, 'i');
const EQUIPMENT_WORD = new RegExp(`\\b(?:${alternation(EQUIPMENT_NOUNS)})\\b`, 'i');
const LAND_AFTER_ADJECTIVE = /^(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:soil|territory|side|airspace|areas|cities|towns|villages|regions|locations|sites|targets|facilities|installations|bases|air bases|airbases|camps|military facilities)\b/v;

interface Found {
	place: string;
	claim: string;
	extent?: string | null;
	count: number | null;
	rule: string;
	/** Where the claim's words end in the sentence, so a dispute is looked for after them. */
	end: number;
	actorText: string;
	/** Set by rules that read the claimant (or its absence) themselves: "Morlandi accusations that …", a siege told as fact. */
	claimant?: string | null;
	/** Set by rules that read the dispute in the claim's own frame: "X says Y's claims that Z has fallen are false". */
	disputedBy?: string | null;
	/** The words before are the accused, not the claimant ("reports that soldiers had killed …"). */
	accused?: boolean;
	/** For an incident one side blames on the other ("opened fire on a Tavian patrol"): the object, whose side claims it. */
	victimText?: string;
	/** A claim only when another side answers it: "the bridge had been reopened" is news until someone says it is still held. */
	contested?: boolean;
}

/** The text of a clause from `from` to its end ("what it described as" does not end it). */
function clauseFrom(sentence: string, from: number): string {
	const rest = sentence.slice(from).replace(/^(\s*)what\s+(?:it|they|he|she)\s+(?:described|called|termed)\s+as\s+/i, (_, space: string) => space);
	const end = CLAUSE_END.exec(rest);
	return end ? rest.slice(0, end.index) : rest;
}

const FEASTS = new Set(FEAST_NAMES);
const OWNER_BEFORE_NAME = new RegExp(`^(${NAME_SPAN})['’]s\\s+(?=[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]])`, 'v');
// a named site or feature after an owner's name: "Vardeck International Airport", "Kessa Island"
const REGION_KIND_AFTER = /^\s+(?:district|province|region|oblast|governorate|county)\b/;
const OWNED_REGION = new RegExp(`^${NAME_SPAN}${REGION_KIND_AFTER.source.slice(1)}`, 'v');
const OWNED_SITE_NAME = new RegExp(`^${NAME_SPAN}`, 'v');
const SITE_HEAD = new RegExp(`\\s(?:${alternation([...PLACE_FEATURES, ...Object.keys(SITE_FEATURES)].map((word) => word[0].toUpperCase() + word.slice(1)).concat(['Base', 'Station', 'Airfield', 'Field', 'Plant', 'Refinery', 'Terminal', 'Depot', 'Bank']))})$`, 'u');
// "Gate 7", "Terminal 2", "Block C": a site named by its number or letter
const NUMBERED_SITE = new RegExp(`^(?:${alternation(NUMBERED_SITE_NOUNS)})\\s+(?:\\d{1,4}[A-Z]?|[A-Z])(?![[\\p{L}\\d]--[\\u{10000}-\\u{10FFFF}]])`, 'v');
const isNamedSite = (text: string) => NUMBERED_SITE.test(text.replace(/^the\s+/i, '')) || SITE_HEAD.test(OWNED_SITE_NAME.exec(text)?.[0] ?? '');
// "X's eastern province of Y": the kind of place after an owner, the name after it
const OWNER_BEFORE_HEAD = new RegExp(`^(?:the\\s+)?${NAME_SPAN}['’]s\\s+(?=(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:province|region|district|governorate|state|city|town|village|port)\\s+of\\s+[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]])`, 'v');

// "the vast X region", "the restive Y province": words describing a region told by its kind after its name
const DESCRIBED_REGION = new RegExp(`^(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){1,2}(?=${NAME_SPAN}\\s+(?:region|province|district|valley|state|governorate|oblast)\\b)`, 'v');
const FACILITY_PART_FIRST = new RegExp(`^(${alternation(FACILITY_PARTS)})\\b`, 'i');
// "X's east" after a name: built once per name, as placeOfPhrase reads the same names in sentence after sentence
const ownersPart = remembered((name: string) => new RegExp(`^(?:the\\s+)?${escapeRegExp(name)}['’]s\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]`, 'v'));

/** The place a noun phrase names: "the city of X" -> X, "four Sudanese sites" -> the country, "two airfields" -> "airfields". */
function placeOfPhrase(phrase: string, {allowInstallations}: {allowInstallations: boolean}): string | null {
	return allowInstallations ? placeOrInstallation(phrase) : placeOnly(phrase);
}
// remembered: the rules of a sentence read the same phrases, and an article names the same places again and again
const placeOrInstallation = remembered((phrase: string) => placeOfPhraseRead(phrase, true));
const placeOnly = remembered((phrase: string) => placeOfPhraseRead(phrase, false));

function placeOfPhraseRead(phrase: string, allowInstallations: boolean): string | null {
	let text = phrase.trim().replace(/^["“”'‘]+/, '');
	// "the whole X Ridge", "the entire X valley": all of the place
	text = text.replace(/^(?:(?:the|a|an|at least|some|several|all|its|their|his|her|other|more than|nearly|about|up to|whole|entire)\s+)+/i, '');
	text = text.replace(/^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\s+(?:of\s+(?:its|their|the|his|her)\s+)?/i, '');
	text = text.replace(OWNER_BEFORE_HEAD, ''); // "X's eastern province of Y": the province, not its country
	text = text.replace(DESCRIBED_REGION, ''); // "the vast X region": the region
	text = text.replace(PLACE_HEAD, '').replace(REGION_TOWN_HEAD, ''); // "the eastern railway hub of X", "the North Y city of X"
	text = text.replace(/^["“”'‘]+/, '');
	// "Chad's Salamat region" -> "Salamat region"; "Tarn's Vardeck International Airport": a named site, not its city
	// … and "Tavia's X district": a country's region named with its own kind after it, whatever the country
	text = text.replace(OWNER_BEFORE_NAME, (whole, owner: string) => (sideOfWord(owner) || isNamedSite(text.slice(whole.length)) || OWNED_REGION.test(text.slice(whole.length)) ? '' : whole));
	const numbered = NUMBERED_INSTALLATION.exec(text) ?? NUMBERED_SITE.exec(text);
	if (numbered) return numbered[1] ?? numbered[0];
	// "the control tower", "the switchyard": a part of a site named by its common noun is held and struck like a named place
	// (not "hangars at X air base": the named site placed after it is the claim's)
	const part = FACILITY_PART_FIRST.exec(text);
	if (part && !/^\s+(?:at|in|near|of|outside|on)\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(text.slice(part[0].length))) return part[1].toLowerCase();
	// "the road through X": the road named by the place it crosses, as "the X road" names it
	const through = ROAD_THROUGH.exec(text);
	const crossed = through ? nameAt(text.slice(through[0].length)) : null;
	if (crossed && !sideOfWord(crossed) && !isOrganisation(crossed)) return `${crossed} ${canonicalTarget(through![1])}`;
	const name = nameAt(text);
	if (name && FEASTS.has(name)) return null; // "attacks around Christmas": a date, not a place
	// "much of Norvia's east", "the city's outskirts": a part of the owner, not the owner itself
	if (name && ownersPart(name).test(text)) return null;
	if (name) {
		const rest = text.slice(name.length);
		const side = sideOfWord(name);
		// "a Tavian ammunition depot near X", "three Kyrini tanks", "Tavian ports": a nationality word the lexicon does not know, used before the noun it modifies
		if (!side && isNationalityBefore(name, rest)) return null;
		// "Beltra, a Tavian town near the frontier": after "a" a nationality word describes the place named before
		if (!side && /^\s*(?:a|an)\s/i.test(phrase) && NATIONALITY_ENDING.test(name) && /^\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(rest)) return null;
		if (side && side.toLowerCase() !== name.toLowerCase() && !/^\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(rest)) {
			// a nationality adjective: a place only before land or target nouns ("Iraqi soil", "Syrian military facilities")
			return LAND_AFTER_ADJECTIVE.test(rest.trimStart()) ? side : null;
		}
		if (isOrganisation(name)) return null;
		// "a KDF mortar round": a body's acronym before what it owns is no place
		if (/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,6}$/v.test(name) && /^\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(rest)) return null;
		const facility = FACILITY_AFTER_NAME.exec(rest);
		if (!facility) return name;
		// "the UN base outside X": an owner's facility is placed by the town it stands by
		const by = FACILITY_BY_PLACE.exec(rest.slice(facility[0].length));
		const town = by ? nameAt(by[2]) : null;
		return town && !isOrganisation(town) && !sideOfWord(town) ? `${name} ${canonicalTarget(facility[1])} ${by![1].toLowerCase()} ${town}` : `${name} ${canonicalTarget(facility[1])}`;
	}
	if (!allowInstallations) return null;
	const installation = INSTALLATION.exec(text.replace(/^(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?=(?:air\s*bases?|airbases?|military bases|naval bases|bases|airfields?|airports?)\b)/v, ''));
	return installation ? canonicalTarget(installation[0]) : null;
}

const ROAD_THROUGH = new RegExp(`^(${alternation(ROAD_NOUNS)})\\s+(?:through|across)\\s+(?:the\\s+)?(?=[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]])`, 'v');
// "the X airfield", and a natural feature named in lower case: "the Kolo forest" is the forest, not a place called Kolo
// … and a road, a market or a checkpoint named by its place ("the X-Y road", "the Z market"): the site, which an annotator names so
const FACILITY_AFTER_NAME = new RegExp(`^\\s+(airfield|air base|airbase|base|barracks|port|airport|refinery|power plant|power station|substation|dam|depot|terminal|market|road|highway|checkpoint|junction|${alternation([...LOWER_CASE_FEATURES, ...SITES_AFTER_NAME])})\\b`, 'i');
const FACILITY_BY_PLACE = /^\s+(outside|near)\s+((?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]].*)$/sv;
const INSTALLATION_NOUN = alternation(INSTALLATION_NOUNS);
const LINE_AFTER = new RegExp(`^\\s+(?:${alternation(LINE_FEATURES)})\\b`, 'i');
// "the Tarn-2 power station": a name with a number is a facility before an installation noun ("F-16 jets" is a model)
const NUMBERED_INSTALLATION = new RegExp(`^([\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}\\p{M}'’]--[\\u{10000}-\\u{10FFFF}]]*(?:\\s+[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}\\p{M}'’]--[\\u{10000}-\\u{10FFFF}]]*)*-\\d+[A-Za-z]?)\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}?(?:${INSTALLATION_NOUN})\\b`, 'v');
const INSTALLATION_WORD = new RegExp(`\\b(?:${INSTALLATION_NOUN})\\b`, 'i');
const EMPLACEMENT_WORD = new RegExp(`\\b(?:${alternation(STRUCK_EMPLACEMENTS)})\\b`, 'i');

const NATIONALITY_ENDING = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:i|ian|ean|ese|ish)$/v;
// The lower-case word after a name: a noun it modifies ("Kyrini drones"), unless a word that is no noun ("overnight", "again")
const MODIFIED_NOUN = /^\s+([\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]*)/v;
const NOT_MODIFIED = new Set(['and', 'or', 'but', 'on', 'in', 'at', 'by', 'to', 'from', 'for', 'with', 'near', 'after', 'before', 'since', 'as', 'overnight', 'again', 'twice', 'today', 'tonight', 'yesterday', 'itself', 'last', 'this', 'early', 'late', 'during', 'while', 'until', 'was', 'were', 'is', 'are', 'had', 'has', 'said', 'says']);
// A city's own installations keep it a place: "Karachi port", "Helsinki airport"
// … and a ferry's landing or crossing named by its place: "the X ferry crossing" of a name like a nationality word ("-i") is a site, not a side's ferry
const PLACE_NOUN_AFTER = new RegExp(`^\\s+(?:${alternation(PLACE_KINDS)}|harbour|harbor|airfield|airbase|air base|island|islands|bay|coast|province|oblast|area|outskirts|ferry\\s+(?:crossing|landing|terminal|point|ramp))\\b`, 'i');

/** A word with a nationality ending used before the noun it modifies ("Tavian ports", "Kyrini drones"): an adjective, not a place. */
function isNationalityBefore(name: string, rest: string): boolean {
	if (!NATIONALITY_ENDING.test(name) || PLACE_NOUN_AFTER.test(rest)) return false;
	const noun = MODIFIED_NOUN.exec(rest)?.[1];
	return !!noun && !NOT_MODIFIED.has(noun) && !/ly$/.test(noun);
}
// the words before the kind of place describe it ("the eastern railway hub of X"); a preposition would put something else near it
const PLACE_HEAD = /^(?:the\s+)?(?:(?!(?:near|in|at|on|outside|around|inside|off|from|to|by|with)\s)(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+['’]?|[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+-(?:held|controlled|occupied|run)|[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:an|ese|ish|i))\s+){0,3}?(?:city|cities|towns?|villages?|regions?|districts?|provinces?|hub|areas?|neighbou?rhoods?|port|capital|outskirts|centre|center|suburbs?|settlements?|localit(?:y|ies)|oblast|sector|state|border district|border town)\s+of\s+(?=[\p{Lu}--[\u{10000}-\u{10FFFF}]]|(?:el|al|ad|an|ar|as|ash|at|az)-)/v;

// "the North Vorrel city of X": a town told by its region's name; "the Y region of Z" stays Y (a region of a country is the region)
const REGION_TOWN_HEAD = /^(?:the\s+)?(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,3}(?:city|town|village|hamlet|settlement)\s+of\s+(?=[\p{Lu}--[\u{10000}-\u{10FFFF}]]|(?:el|al|ad|an|ar|as|ash|at|az)-)/v;

const canonicalTarget = (noun: string) => TARGET_SPELLINGS[noun.toLowerCase()] ?? noun.toLowerCase().replace(/\s+/g, ' ');

const CLAUSE_GOES_ON = /\b(?:killed|killing|wounded|wounding|injured|injuring|said|says|told|was|were|is|are|has|have|had|left|leaving|cut|cutting|destroying|setting|sending)\b/;

interface ListedPlace {
	place: string;
	extent: string | null;
	/** The count before the place's noun ("four Sudanese sites" -> 4), for telling two accounts apart. */
	count: number | null;
	end: number;
}

// "two tanks near the village of X", "the water tower on X Hill": a target and the place after it
// … and "near the Tavian town of X": a nationality word before the kind of place describes it
const TARGET_WHERE = new RegExp(`\\b(?:across|in|inside|near|outside|around|at|off|on|above)\\s+(?:the\\s+)?(?:(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+(?:an|ese|ish|i)\\s+){0,2}?(?:${alternation(PLACE_KINDS)})\\s+of\\s+(?:the\\s+)?)?(${NAME_SPAN})`, 'gv');

// "the N4 highway", "Route 9", "Highway 12": a road by its number; a road by a name only with its noun ("the Kessa Highway")
const ROAD_NAME = String.raw`(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]]{1,3}-?\d{1,3}[A-Za-z]?(?![[\p{L}\d]--[\u{10000}-\u{10FFFF}]])|(?:Route|Highway|Road)\s+\d{1,3}\b|${NAME_SPAN}\s+(?:Highway|Motorway|Expressway|Freeway))`;
const ROAD_WHERE = new RegExp(String.raw`\b(?:on|along)\s+(?:the\s+)?(${ROAD_NAME})(?:\s+(?:${alternation(ROAD_NOUNS)})\b)?`, 'v');
const ROAD_VEHICLE = new RegExp(`\\b(?:${alternation(ROAD_VEHICLES)})\\b`, 'i');

/** A convoy and the road it was on: "a convoy of 23 tankers on the N4 highway" -> N4; any other target, or no numbered or named road, null. */
function roadWhere(conjunct: string): {target: string; place: string; end: number} | null {
	const road = ROAD_WHERE.exec(conjunct);
	if (!road || !ROAD_VEHICLE.test(conjunct.slice(0, road.index))) return null;
	return {target: conjunct.slice(0, road.index), place: road[1], end: road.index + road[0].length};
}

/** The target before a place and the place: "a depot on Friday near X" -> "a depot on Friday", X (a weekday is no place). */
function targetWhere(conjunct: string): {target: string; place: string} | null {
	TARGET_WHERE.lastIndex = 0;
	for (let match = TARGET_WHERE.exec(conjunct); match; match = TARGET_WHERE.exec(conjunct)) {
		// the words after the name may be the feature it names: "camps in the Kolo forest"
		const after = conjunct.slice(match.index + match[0].length);
		// … or the kind of region it names ("in Tavia's X district")
		const place = placeOfPhrase(FACILITY_AFTER_NAME.test(after) || REGION_KIND_AFTER.test(after) ? match[1] + after : match[1], {allowInstallations: false});
		// "a station on the X pipeline": the name is a line's, the target is somewhere along it
		if (LINE_AFTER.test(conjunct.slice(match.index + match[0].length))) continue;
		if (place) return {target: conjunct.slice(0, match.index), place};
	}
	return null;
}
// "strikes on refineries and fuel trains": a bare plural with no count or determiner is a kind of target, not a struck place
const GENERIC_PLURAL = /^(?:air\s*bases|airbases|military bases|naval bases|bases|airfields|airports|ports|refineries|power plants|power stations)$/i;
// (", followed by the town of Y": the next place the same verb took, after it)
const SEPARATOR = /^(?:,\s*(?:and\s+|including\s+|along\s+with\s+|(?:then\s+)?followed\s+by\s+)?|\s+and\s+|\s+including\s+)$/;
const BETWEEN_END = /\bbetween\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][^,;]*$/v;
const APPOSITIVE = new RegExp(`^(?:(?:the|its|a|an)\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:capital|seat|stronghold|gateway)\\s+of\\s|(?:a|an)\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,3}?(?:${alternation(PLACE_KINDS)})\\s+(?:in|near|on|outside|north|south|east|west)\\b)`, 'v');
const COUNT = /^(?:(?:the|at least|some|more than|nearly|about|up to)\s+)*(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s/i;
const WORD_COUNTS: Record<string, number> = {one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12};

/**
 * The places a list names, each with its extent: "the city of A and parts of B and C" -> A, parts of B, parts of C.
 * The list ends at the first item that names no place. With `joinNames`, "A and B" of a strike is one area.
 */
function placesOfList(list: string, allowInstallations: boolean, joinNames = false): ListedPlace[] {
	const places: ListedPlace[] = [];
	let extent: string | null = null;
	let offset = 0;
	let separator = '';
	// a first item that names no place, carried over "and" to the next: "the X radar and missile site at Y" is one target
	let pending: {text: string; start: number} | null = null;
	for (const part of list.split(/(,\s*(?:and\s+|including\s+|along\s+with\s+|(?:then\s+)?followed\s+by\s+)?|\s+and\s+|\s+including\s+)/)) {
		let start = offset;
		offset += part.length;
		if (SEPARATOR.test(part)) {
			if (pending && !/^\s+and\s+$/.test(part)) break;
			// "the town on the highway between A and B": the two ends of a stretch place the target, neither was taken
			if (/^\s+and\s+$/.test(part) && BETWEEN_END.test(list.slice(0, start))) break;
			separator = part;
			if (pending) pending.text += part;
			continue;
		}
		let whole = part;
		// the item after a placeless one, with its own article, is read on its own first ("a fuel convoy and the X post in Y
		// province" -> X), then joined; a bare name after "and" ends a compound ("the offices of groups A and B")
		if (pending && !(/^\s*(?:then\s+)?(?:the|an?)\s/i.test(part) && placeOfPhrase(part.trim(), {allowInstallations}))) {
			whole = pending.text + part;
			start = pending.start;
		}
		pending = null;
		// '…Monday," the minister added': the quote closed, the speaker's tag follows with its own space
		// "… and then the army post at X": the order of the acts, no part of the target
		let conjunct = whole.trim().replace(/^["“”'‘’]+/, '').trimStart();
		// "in control of A and of B": the preposition repeated after "and"
		if (/^\s+and\s+$/.test(separator) && places.length) conjunct = conjunct.replace(/^of\s+/, '');
		const thenStripped = /^then\s/i.test(conjunct);
		if (thenStripped) conjunct = conjunct.replace(/^then\s+/i, '');
		if (!conjunct) continue;
		const extentMatch = EXTENT.exec(conjunct);
		if (extentMatch) {
			extent = extentMatch[1].toLowerCase();
			conjunct = conjunct.slice(extentMatch[0].length);
		} else if (/^(?:the|a|an)\s/i.test(conjunct)) extent = null; // its own determiner: the extent no longer carries
		const countWord = COUNT.exec(conjunct)?.[1].toLowerCase();
		const count = countWord ? WORD_COUNTS[countWord] ?? Number(countWord.replace(/,/g, '')) : null;
		if (SPEAKER_TAG.test(conjunct)) break; // "near X overnight, the Front said": the list has ended at its speaker
		// "X, the state capital of Y, …", "X, a town near Y": a description of the place before, set off by commas, names no place of its own
		if (places.length && /^,\s*$/.test(separator) && APPOSITIVE.test(conjunct)) continue;
		let place = placeOfPhrase(conjunct, {allowInstallations});
		// only a bare name joins the one before into an area ("strikes on A and B"); a target placed after it is its own ("… and then the post at B")
		const direct = !!place && !thenStripped;
		if (!place) {
			// a target with its place after it: "26 military installations across X", "“nine terrorist locations” in X"; ground taken only of a named kind ("the airport in X")
			// … or a convoy placed on the road it travelled: "a convoy of tankers on the N4 highway"
			const road = allowInstallations ? roadWhere(conjunct) : null;
			if (road) place = road.place;
			const where = road ? null : targetWhere(conjunct);
			// a strike's target may be a vessel or vehicle placed after it: "sank a frigate off X", "destroyed two howitzers near Y"
			// "the hill villages around X", "the waters around X": places of a kind near a named one
			const isTarget = where && (TARGET_WORD.test(where.target) || /\b(?:villages|towns|settlements|hills|hilltops|suburbs|outposts|waters|airspace|approaches)\s*$/.test(where.target) || INSTALLATION_WORD.test(where.target) || (allowInstallations && (EQUIPMENT_WORD.test(where.target) || EMPLACEMENT_WORD.test(where.target) || ROAD_VEHICLE.test(where.target) || /^(?:an?|the)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?\s*$/v.test(where.target))));
			if (isTarget) place = where.place;
		}
		// "strikes on airbases, including X": the kind of target is no place, but the list goes on to name one
		if (place && GENERIC_PLURAL.test(conjunct.trim()) && place === canonicalTarget(conjunct.trim())) continue;
		// "attacks on government bases": a kind of target neither named nor counted is no place
		if (place && GENERIC_PLURAL.test(place) && count === null) continue;
		if (!place && !places.length && whole === part && /^(?:the|an?|its|their)\s+[^,]{1,80}$/i.test(conjunct)) {
			pending = {text: whole, start};
			continue;
		}
		if (!place) break; // the list has ended
		const previous = places.at(-1);
		if (joinNames && direct && previous && /^\s+and\s+$/.test(separator) && /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(place) && /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(previous.place) && !/\band\b/.test(previous.place)) {
			previous.place = `${previous.place} and ${place}`;
			previous.end = start + whole.length;
			continue;
		}
		places.push({place, extent, count, end: start + whole.length});
		if (CLAUSE_GOES_ON.test(conjunct)) break; // "X killed two, the council said": the clause has moved on from its list
	}
	return places;
}

const SPEAKER_TAG = /^(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+){0,3}\s+(?:said|says|reported|claimed|claims|added|told|announced)\b/v;
const FORCIBLE_TAKING = new Set<string>(FORCIBLE_TAKE_VERBS);
const SAYS_NAMED_HAS = /\b(?:said|says|claimed|claims|insists|insisted|alleges|alleged)\s+(?:that\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{L}--[\u{10000}-\u{10FFFF}]]+\s+(?:has|had|have)\s+(?:also\s+|now\s+)?$/v;

const POLICE_SAYS_IT = /\b(?:police|gendarmerie|gendarmes|security\s+forces|(?:national|republican|presidential)\s+guard)\s+(?:(?:also|again|now|later|separately)\s+)?(?:said|says|say|claimed|claims|announced)\s+(?:that\s+)?(?:it|they)\s+(?:(?:had|has|have)\s+)?(?:(?:also|now|finally)\s+)?$/i;
/** Whether the words before a take verb or noun make it a force's taking, or a side's word that it took ground. */
const isForceTaking = (before: string) =>
	MILITARY_SUBJECT.test(before) ||
	// '"We have liberated X," the colonel said'
	/["“‘]\s*We\s+(?:have\s+|had\s+)?(?:now\s+|fully\s+|also\s+|finally\s+)?$/u.test(before) ||
	/\b[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{L}--[\u{10000}-\u{10FFFF}]]+(?:['’]s)?\s+(?:(?:also|again|now|later|separately)\s+)?(?:(?:said|says|say|claimed|claims|announced)\s+(?:that\s+)?(?:it|they)\b|claim(?:s|ed)?\s+(?:on\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+)?to\s+have\s+$)/v.test(before) ||
	// "the gendarmerie says it retook X": a police body's own word on ground is a side's, like an army's
	POLICE_SAYS_IT.test(before);

// "The NSF seized …", "the NSF now has control of …": a group by its code name, a force in a sentence of arms or troops
const CODE_NAMED_SUBJECT = /(?:^|[\s\(])([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Lu}\d]--[\u{10000}-\u{10FFFF}]]{1,5})\)?\s+(?:(?:had|has|have)\s+)?(?:(?:now|also|finally|quickly)\s+)?$/v;
const isCodeNamedForce = (before: string, sentence: string, forceCodes: ReadonlySet<string>) => {
	const code = CODE_NAMED_SUBJECT.exec(before)?.[1];
	return !!code && (/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]+$/v.test(code) && (ARMED.test(sentence) || MILITARY_SUBJECT.test(sentence)) || forceCodes.has(code));
};
// "the Northern Shield Forces (NSF)", "K19 rebels", "the paramilitary NSF": code names the article gives to armed forces, so that
// "The NSF seized control of X" later claims without a word of arms in its own sentence
// (its three forms' fixed words, which mayNameForceCode looks for first)
const FORCE_NAME_HEADS = 'Forces|Force|Army|Front|Movement|Brigades?|Militia|Guards?|Corps';
const FORCES_AFTER_CODE = 'rebels|fighters|militia|militias|militiamen|forces|troops|insurgents|paramilitaries|jihadists|militants|gunmen';
const FORCES_BEFORE_CODE = 'rebel|paramilitary|militia|insurgent|jihadist|separatist';
const FORCE_CODE = String.raw`[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Lu}\d]--[\u{10000}-\u{10FFFF}]]{1,5}`;
const FORCE_CODE_NAMED = new RegExp(
	String.raw`\b(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*\s+){1,5}(?:${FORCE_NAME_HEADS})\s+\((${FORCE_CODE})\)|\b(${FORCE_CODE})\s+(?:${FORCES_AFTER_CODE})\b|\b(?:${FORCES_BEFORE_CODE})\s+(?:group\s+|movement\s+)?(${FORCE_CODE})\b`,
	'gv',
);
function forceCodesOf(text: string): Set<string> {
	const codes = new Set<string>();
	if (!mayNameForceCode(text)) return codes;
	for (const match of text.matchAll(FORCE_CODE_NAMED)) codes.add(match[1] ?? match[2] ?? match[3]);
	return codes;
}

const CODE_IN_BRACKETS = new RegExp(String.raw`(?:${FORCE_NAME_HEADS})\s+\(`);
const BEFORE_CODE = new RegExp(String.raw`\b(?:${FORCES_BEFORE_CODE})\s`);
const AFTER_CODE = new RegExp(String.raw`\s(?:${FORCES_AFTER_CODE})\b`, 'g');

/**
 * Whether FORCE_CODE_NAMED may match in `text`: one of its forms' fixed words is there, with a code of capitals before
 * "fighters" or "troops". Most articles name no force by a code, and skip its scan, which tries every capitalised word
 * (and every capital or digit) as the start of a force's name: about a twentieth of the claims stage.
 */
function mayNameForceCode(text: string): boolean {
	if ((text.includes('(') && CODE_IN_BRACKETS.test(text)) || BEFORE_CODE.test(text)) return true;
	AFTER_CODE.lastIndex = 0;
	for (let after = AFTER_CODE.exec(text); after; after = AFTER_CODE.exec(text)) {
		let end = after.index;
		while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
		if (codeEndsAt(text, end)) return true;
	}
	return false;
}

/** Whether a force's code ("NSF", "K19": a capital, then one to five capitals or digits) may end at `end`. */
function codeEndsAt(text: string, end: number): boolean {
	for (let at = end - 1; at >= 0 && at >= end - 6; at--) {
		const code = text.charCodeAt(at);
		const upper = (charClass(code) & UPPER) !== 0;
		if (!upper && !(code >= 48 && code <= 57)) return false;
		if (upper && at <= end - 2) return true;
	}
	return false;
}

const RETAKING_VERBS = new Set(['retook', 'retaken', 'regained', 'reclaimed', 'cleared', 'took back', 'taken back', 'secured']);
const POLICE_FORCE = /\b(?:police|policemen|riot\s+officers|gendarmes|gendarmerie|guardsmen|security\s+forces|(?:national|republican|presidential)\s+guard)\b/i;
const PROTEST_SITE = /\b(?:protesters|protestors|demonstrators|barricades?|protest\s+camp|sit-in|encampment|occupation)\b/i;

// "Riot police cleared X Square", "officers had secured the main gate of Y University": police retaking a named site
const POLICE_TAKER = /\b(?:police|policemen|officers|riot\s+officers|gendarmes|gendarmerie|guardsmen|security\s+forces)\s+(?:(?:had|have|has)\s+)?(?:now\s+|finally\s+|also\s+)?$/i;

/** Riot police retaking a site from protesters: "the guard said police had cleared X, where protesters had camped for a month". */
const isProtestSiteRetaken = (before: string, verb: string, sentence: string) => RETAKING_VERBS.has(verb.toLowerCase()) && POLICE_FORCE.test(before.slice(-80)) && PROTEST_SITE.test(sentence);

// "Ketla, a village north of the river that Kyrin says it has captured": the place a take verb without an object refers back to
// … or with no relative word: "X, an airport town the rebels said they had taken"
const RELATIVE_PLACE = new RegExp(`(${NAME_SPAN}),\\s+(?:a|an|the)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,3}?(?:${alternation(PLACE_KINDS)})\\b(?:(?:[^,;]|(?<=\\d),(?=\\d)){0,60}?\\b(?:that|which))?\\s+[^,;]{0,50}$`, 'v');
// "the riverside district of X, which the police say they retook": the kind of place told first, the relative after its name
const KIND_OF_PLACE_WHICH = new RegExp(`\\b(?:${alternation(PLACE_KINDS)})\\s+of\\s+(${NAME_SPAN}),\\s+(?:that|which)\\s+[^,;]{0,50}$`, 'v');
// "on the ground at X, where she said forces had taken …": the place a where-clause hangs on
const WHERE_BEFORE = new RegExp(`\\b(?:at|in|on|near|outside)\\s+(?:the\\s+)?(${NAME_SPAN}),\\s+where\\s+[^,;.]*$`, 'v');
const NO_OBJECT = /^\s*(?:$|[,.;]|(?:since|on|in|last|this|overnight|earlier|after|before|during|by|from|weeks|days|months)\b)/i;

// "pushed government forces out of X", "drove the rebels from Y": ground taken by expelling the other side
const EXPELLING_VERBS = ['pushed', 'drove', 'driven', 'forced', 'expelled', 'chased', 'ousted', 'cleared'];
// "cleared the criminal elements from X": clearing names the people cleared out, not only a force
const CLEARED_OBJECT = new RegExp(`^cleared\\s+(?:the\\s+)?(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:${alternation(CLEARED_PEOPLE)})\\s`, 'iv');
const EXPELLED = new RegExp(String.raw`\b(?:${EXPELLING_VERBS.join('|')})\s+(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,3}?(?:out\s+of|from)\s+`, 'gv');

/** Ground a side says it took by driving the other out: "the Front claimed to have pushed government forces out of X". */
function expelledClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (!holdsAny(sentence, EXPELLING_VERBS)) return found;
	EXPELLED.lastIndex = 0;
	for (let match = EXPELLED.exec(sentence); match; match = EXPELLED.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		// the expelled are a force ("government forces", "the rebels", "Kellish vessels"), and a force or a side's word did it
		const cleared = /^cleared\b/i.test(match[0]);
		// (police clear a site of people: "when police cleared dockers from the X Terminal")
		const byPolice = cleared && /\b(?:police|policemen|officers|gendarmes)\s+(?:(?:had|have|has)\s+)?$/i.test(before);
		if ((cleared ? !CLEARED_OBJECT.test(match[0]) : !MILITARY_SUBJECT.test(match[0]) && !HOLDING_SUBJECT.test(match[0])) || (!isForceTaking(before) && !byPolice && !/\bclaim(?:s|ed)?\s+to\s+have\s+$/.test(before))) continue;
		const from = match.index + match[0].length;
		for (const item of placesOfList(clauseFrom(sentence, from), false))
			found.push({place: item.place, claim: cleared ? 'cleared' : 'pushed out', extent: item.extent, count: null, rule: 'claim.take-expelled', end: from + item.end, actorText: before});
	}
	return found;
}

// "X was captured by the rebels", "the town of X, a former army stronghold, was seized on Sunday by the rebels": ground taken told in the passive, its taker after "by"
// … and ground held: "the village of X was held by Tavian troops"
const PASSIVE_TAKEN_VERBS = ['seized', 'captured', 'taken', 'overrun', 'retaken', 'recaptured', 'liberated', 'stormed', 'occupied', 'taken back', 'overran', 'held', 'controlled'];
const PASSIVE_HELD: Readonly<Record<string, string>> = {held: 'controls', controlled: 'controls'};
const PASSIVE_TAKEN = new RegExp(String.raw`(?:^|[.;:]\s+|,\s+(?:and|but|while|after|as|when)\s+|\b(?:after|when|as|since|that|before|said|says|reported|confirmed|and)\s+)((?:[Tt]he\s+)?(?:(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:${alternation(PLACE_KINDS)})\s+of\s+)?${NAME_SPAN})(?:,\s+(?:a|an|the)\s+[^,;.]{1,80},)?\s+(?:was|were|had\s+been|has\s+been|have\s+been|(?:is|are)(?:\s+(?:still|now|firmly))?(?=\s+(?:held|controlled)))\s+(?:(?:reportedly|also|now|quickly|briefly|finally)\s+)?(${PASSIVE_TAKEN_VERBS.join('|')})\b((?:\s+[^,;.]{0,40}?)?)\s+by\s+((?:the\s+)?(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+)`, 'gv');

/** Ground taken told in the passive with its taker: "Velm was captured by the rebels on Sunday" (the taker is the claim's side). */
function passiveTakeClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (!/\sby\s/.test(sentence)) return found;
	PASSIVE_TAKEN.lastIndex = 0;
	for (let match = PASSIVE_TAKEN.exec(sentence); match; match = PASSIVE_TAKEN.exec(sentence)) {
		// the taker is a force ("by the rebels", "by government troops"), not "by surprise" or "by storm"; it ends at the force's noun
		const force = MILITARY_SUBJECT.exec(match[4]);
		const agent = force ? match[4].slice(0, force.index + force[0].length) : match[4];
		if (!force && !sideOf(agent)) continue;
		const place = placeOfPhrase(match[1], {allowInstallations: false});
		if (!place || sideOfWord(place)) continue;
		const verb = PASSIVE_HELD[match[2].toLowerCase()] ?? TAKE_VERBS[match[2].toLowerCase()] ?? match[2].toLowerCase();
		found.push({place, claim: verb, extent: null, count: null, rule: match[2] in PASSIVE_HELD ? 'claim.held-passive' : 'claim.take-passive', end: match.index + match[0].length, actorText: agent, claimant: sideOf(agent) ?? agent.replace(/^the\s+/i, 'the ')});
	}
	return found;
}

// "that supporters, not police, cleared X", "it was fans, not police, who took Y": the one side's word that it, not the other, did it
const CONTRAST_TAKER = /(?:^|[\s,"“\(])((?:the\s+)?[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+)?),\s+not\s+((?:the\s+)?[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+)?),?\s+(?:who\s+|that\s+)?(?:(?:had|has|have)\s+)?$/v;

/** "A, not B, took X" with A or B a force or a crowd: the taker and the side it says did not, which disputes it. */
function contrastTaker(before: string): {taker: string; other: string} | null {
	const match = CONTRAST_TAKER.exec(before);
	if (!match || !(HOLDING_SUBJECT.test(match[0]) || MILITARY_SUBJECT.test(match[0]))) return null;
	return {taker: match[1], other: match[2]};
}

const ENTERED_WATERS = /^\s+(?:the\s+)?(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*\s+){0,3}(?:territorial\s+)?waters\b/v;
// the force right before "landed on": "its coast guard landed on X", "marines had landed on Y"
const LANDING_FORCE = new RegExp(`\\b(?:${alternation(HOLDING_FORCE_NOUNS)}|coast\\s*guardsmen|troops|marines|soldiers)\\s+(?:(?:had|have|has)\\s+)?(?:(?:also|now|reportedly)\\s+)?$`, 'i');
/** Ground a side says it took: "Chadian forces claim to have seized the town of A and parts of B". */
function takeClaims(sentence: string, forceCodes: ReadonlySet<string>): Found[] {
	const found: Found[] = [...expelledClaims(sentence)];
	TAKE.lastIndex = 0;
	for (let match = TAKE.exec(sentence); match; match = TAKE.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		// a force takes ground, or a side says it did: "Chinese investors took over X" is no claim
		// "Osterra in turn says Norland has fortified Kell Rock": one side's word that a named other took ground by force
		const byPolice = RETAKING_VERBS.has(match[1].toLowerCase()) && POLICE_TAKER.test(before);
		const contrast = contrastTaker(before);
		if (!isForceTaking(before) && !contrast && !(SAYS_NAMED_HAS.test(before) && FORCIBLE_TAKING.has(match[1].toLowerCase())) && !(FORCIBLE_TAKING.has(match[1].toLowerCase()) && isCodeNamedForce(before, sentence, forceCodes)) && !isProtestSiteRetaken(before, match[1], sentence) && !byPolice) continue;
		if (/\bover$/i.test(match[0]) && !MILITARY_SUBJECT.test(before)) continue;
		// "arrested in the occupied X": after a determiner the participle is a standing name of the ground, no news of its taking
		if (/^(?:occupied|annexed)$/i.test(match[1]) && /\b(?:the|an?|its|their|this|that)\s+$/i.test(before)) continue;
		if (/^landed/i.test(match[1]) && !LANDING_FORCE.test(before)) continue;
		// "the trawler had entered Ostrog waters": a vessel entering waters takes no ground (read apart as "entered waters")
		if (/^entered$/i.test(match[1]) && ENTERED_WATERS.test(sentence.slice(match.index + match[0].length))) continue; // "a shell landed on X" is a strike, "its marines landed on X" a landing // '"We have taken over Kell Holdings"': a takeover
		if (/\b(?:been|be|was|were|is|are)\s+$/i.test(before) && !/\bhas been\s+$/i.test(before)) continue; // passive: the place is the subject, read by strike rules
		const near = NEAR.exec(before)?.[1].toLowerCase() ?? null;
		const verb = TAKE_VERBS[match[1].toLowerCase()];
		const from = match.index + match[0].length;
		const list = clauseFrom(sentence, from);
		const policeOnly = byPolice && !isForceTaking(before) && !isProtestSiteRetaken(before, match[1], sentence);
		const items = placesOfList(list, false).filter((item) => !policeOnly || isNamedSite(item.place));
		// … or "at X, where forces had taken control of the lighthouse": an unnamed site in the place the clause hangs on
		const antecedent = items.length ? null : NO_OBJECT.test(list) ? RELATIVE_PLACE.exec(before) ?? KIND_OF_PLACE_WHICH.exec(before) : UNNAMED_TARGET.test(list) ? WHERE_BEFORE.exec(before) : null;
		const place = antecedent ? placeOfPhrase(antecedent[1], {allowInstallations: false}) : null;
		if (place) items.push({place, extent: null, count: null, end: 0});
		for (const item of items) {
			const extent = near ? `${near} ${match[1].toLowerCase()}` : item.extent;
			const claim = near ? `${near} ${match[1].toLowerCase()} ${item.place}` : item.extent ? `${item.extent} ${item.place} ${verb}` : verb;
			// police clearing a square is news, a claim only when the other side answers it
			found.push({place: item.place, claim, extent, count: null, rule: near ? 'claim.take-near' : place === item.place ? 'claim.take-relative' : 'claim.take', end: from + item.end, actorText: before, ...(policeOnly ? {contested: true} : {}), ...(contrast ? {disputedBy: contrast.other} : {})});
		}
	}
	return found;
}

// a quote mark that may stand between any two words of a quoted phrase: 'protesters "control the streets" of X'
const QUOTE_MARK = String.raw`["“”'‘’]?`;
// Who holds ground or waters for a side: "its troops", "their navy", "Kell's coastguard cutters".
const HOLDING_FORCES = alternation(HOLDING_FORCE_NOUNS);
// … and crowds, students, inmates: holders only with a verb of holding, never by "are in"
const HOLDERS = alternation([...HOLDING_FORCE_NOUNS, ...HOLDING_GROUP_NOUNS]);
const HOLDING_SUBJECT = new RegExp(`\\b(?:${HOLDERS})\\b`, 'i');
// police and crowds hold named sites only ("the X Square", "Y University"): "its members control the Z works council" is no ground
const GROUP_SUBJECT = new RegExp(`\\b(?:${alternation(['police', 'policemen', 'officers', ...HOLDING_GROUP_NOUNS])})\\b`, 'i');
// "they are in X" is ground held only when they are a force ("the mutineers said they were still inside X"); students in X are visitors
const FORCE_SUBJECT = new RegExp(`\\b(?:${HOLDING_FORCES})\\b`, 'i');
const IS_IN_END = /(?:are|is|were|was)\s+(?:still\s+|now\s+)?(?:in|inside)\s+$/;
// "said on Friday that", "have said repeatedly that": when the saying was, between the verb and what was said
// … and where it was said, "claimed in a statement that", "said in a video on Sunday that"
const SAYING_WHEN = String.raw`(?:(?:on|late\s+on|early\s+on|last)\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+|(?:yesterday|today|repeatedly|again|earlier)\s+|in\s+(?:a|an|its|their|his|her)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+)?(?:statement|video|message|post|interview|briefing|communiqu[eé])\s+){0,2}`;
// "X says it now controls Y", "rebel fighters remained in control of Y": ground a side says it holds
// … and "say they still occupy X", "its troops remain on X", "continue to hold X"; "… and controls Y" after a hold of the same side
// … and "says its members have never left X": the leaving denied is the place kept
// what a hold is of: a name, or a part of a site named by its common noun ("remain in the control tower area")
const PLACE_AHEAD = String.raw`(?=\s+(?:the\s+)?(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]]|(?:${alternation(FACILITY_PARTS)})\b))`;
const HOLD = new RegExp(
	String.raw`\b(?:(?:says|said|say|claims|claimed|claim|insists|insisted|insist|maintains|maintained|states|stated|asserts|asserted|declares|declared|(?:telling|told)\s+[^,;.]{1,30}?\s+that)\s+${SAYING_WHEN}(?:that\s+)?(?:it|they|we|(?:his|her|its|their|our)\s+(?:own\s+)?men|(?:(?:its|their|our|his|her|the\s+[[\p{L}'’]--[\u{10000}-\u{10FFFF}]]+)\s+|[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${HOLDERS})(?:\s+of\s+(?:the\s+)?${NAME_SPAN})?)\s+(?:also\s+)?(?:(?:now\s+|fully\s+|still\s+)?(?:controls?|controlled|occupy|occupies)|${QUOTE_MARK}(?:are|is|were|was)\s+(?:still\s+|now\s+)?${QUOTE_MARK}holding${PLACE_AHEAD}|(?:continue|continues|continued)\s+to\s+(?:hold|control|occupy)|remain(?:s|ed)?\s+(?:on|in|inside|at)${PLACE_AHEAD}|${QUOTE_MARK}(?:are|is|were|was)\s+(?:still\s+|now\s+)?(?:in|inside)${PLACE_AHEAD}|(?:are|is|were|was|remain|remains|remained)\s+(?:still\s+|now\s+)?(?:stationed|deployed|positioned|dug\s+in|entrenched|garrisoned)\s+(?:in|inside|at|on)${PLACE_AHEAD}|(?:has|have|had)\s+(?:long\s+|now\s+|fully\s+)?(?:controlled|held)|(?:(?:has|have|had)\s+)?(?:kept|keeps|retained|retains|maintained|maintains|exercised|exercises|exercise)\s+(?:(?:full|complete|effective|total|firm|uninterrupted)\s+)?control\s+(?:of|over)|(?:still\s+|now\s+)?holds?|still\s+held|held${PLACE_AHEAD}|(?:(?:has|have|had)\s+)?${QUOTE_MARK}(?:never|not)\s+left(?=\s+(?:the\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?(?:of\s+(?:the\s+)?)?[\p{Lu}--[\u{10000}-\u{10FFFF}]]))|(?:remain(?:s|ed)?|(?:is|are|was|were)\s+(?:still\s+|now\s+)?)\s*in\s+(?:full\s+|firm\s+)?control\s+of|Our\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:troops|forces|units|soldiers|fighters|men)\s+(?:still\s+|now\s+|firmly\s+)?(?:hold|control)|\band\s+that\s+(?:it|they|we)\s+(?:still\s+|now\s+)?(?:controls?|holds?)|\bclaim(?:s|ed)?\s+to\s+(?:still\s+)?(?:control|hold|be\s+in\s+control\s+of)|\band\s+(?:(?:had|has|have)\s+)?(?:still\s+|also\s+)?(?:controls?|controlled|holds?|held|holding|commands?)(?=\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]]|\s+the\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+(?:on|at|of|in|into|to)\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]]))\s+`,
	'gv',
);
// "Y says it holds the shoulder and controls X": the second verb's subject is the hold's told just before, in its clause
// … or any verb first: "said its fighters had never left the port and still held the roadblocks on X"
// … or a force named bare: "said troops were 'holding X and holding Y'"
const HOLD_BEFORE_AND = new RegExp(String.raw`\b(?:says|said|say|claims|claimed|insists|insisted|maintains|maintained)\s+${SAYING_WHEN}(?:that\s+)?(?:it|they|(?:its|their|his|her|our)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+|(?:the\s+)?(?:${HOLDING_FORCES}))\s+[^.;,]*$`, 'v');
// "Both armies say they hold X", "Protesters and police both said that they controlled Y": each side claims it, so each disputes the other
const BOTH_BEFORE = /\b(?:[Bb]oth|[Ee]ach)\b[^,;.]{0,50}$/u;

// What HOLD, CROWD_HOLDS and WE_HOLD cannot match without, and what UNDER_CONTROL cannot (case-sensitive, as there): most sentences skip them.
const STATIONED_AT = new RegExp(`\\b(?:${alternation(STATIONED_WORDS)})\\s+\\S+\\s*$`);
// ("its members have never left X": ground kept, told by the leaving denied)
const HOLD_WORDS = ['control', 'hold', 'held', 'holding', 'occupy', 'occupies', 'remain', 'remains', 'remained', 'command', 'commands', 'left', ...STATIONED_WORDS];
const UNDER_CONTROL_WORDS = ['control', 'hands', 'administration', 'sovereignty', 'rule'];

// "RTV's correspondent in X says …", "A resident said …": the speaker opening a sentence, without where they are
const OPENING_SPEAKER = /^((?:[Tt]he\s+|An?\s+)?[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+(?!in\b|at\b|from\b)[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+){0,3}?)(?:\s+(?:in|at|from)\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*)?\s+(?:says|said|told|reports|reported)\b/v;
const CLAIM_OWNER = new RegExp(`((?:[Tt]he\\s+)?${NAME_SPAN}|[Tt]he\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)['’]s\\s+$`, 'v');
const KIND_OF_PLACE_FIRST = new RegExp(`^(?:the\\s+)?(?:${alternation(PLACE_KINDS)})s?\\s+of\\s+[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]]`, 'v');

const SITE_ON_BEFORE = new RegExp(String.raw`(${NAME_SPAN})\s+(?:on|at|atop|above)\s+(?:the\s+)?$`, 'v');

/** Ground a side says it holds: "Kyrin says it now controls the X district", "fighters remained in control of X". */
function holdClaims(sentence: string, forceCodes: ReadonlySet<string>): Found[] {
	const found: Found[] = [];
	if (holdsAny(sentence, HOLD_WORDS) || (ARE_IN.test(sentence) && HELD_IN_WORDS.test(sentence))) {
		HOLD.lastIndex = 0;
		for (let match = HOLD.exec(sentence); match; match = HOLD.exec(sentence)) {
			const before = sentence.slice(0, match.index + match[0].length);
			// "the company says it controls half the market" is no claim; "the TLF insists it still holds X" is
			// "It also claims to control the villages of X and Y": a side's word on ground, when armed or told by the kind of place
			const claimsTo = /^claim/.test(match[0]) && (ARMED.test(sentence) || MILITARY_SUBJECT.test(sentence) || KIND_OF_PLACE_FIRST.test(sentence.slice(match.index + match[0].length)));
			if (!claimsTo && !isForceTaking(before) && !/\bstill\s+(?:holds?|held)\s+$/.test(before) && !HOLDING_SUBJECT.test(before) && !isCodeNamedForce(sentence.slice(0, match.index), sentence, forceCodes)) continue;
			// "It says it pulled out … and that it still controls X": the second thing a side says, only after a verb of saying
			if (/^and\b/.test(match[0]) && !/\b(?:says|said|say|claims|claimed|insists|insisted|maintains|maintained)\b/.test(sentence.slice(0, match.index))) continue;
			if (/^and\s+(?!that\b)/.test(match[0]) && !HOLD_BEFORE_AND.test(sentence.slice(0, match.index))) continue;
			if (IS_IN_END.test(match[0]) && !FORCE_SUBJECT.test(before) && !MILITARY_SUBJECT.test(before)) continue;
			const both = BOTH_BEFORE.test(sentence.slice(0, match.index));
			const from = match.index + match[0].length;
			const byGroup = !claimsTo && !MILITARY_SUBJECT.test(before) && !/^and\s/.test(match[0]) && GROUP_SUBJECT.test(before);
			// a crowd or a union that "remains at" a site is there, not holding it: only forces remain on ground
			if (byGroup && /\bremain(?:s|ed)?\s+(?:on|in|inside|at)\s+$/.test(match[0]) && !FORCE_SUBJECT.test(before)) continue;
			// a force stationed in a country is a garrison, not ground claimed: "its troops are stationed in Qatar"
			const stationed = STATIONED_AT.test(match[0]);
			const items = placesOfList(clauseFrom(sentence, from), false).filter((item) => (!byGroup || isNamedSite(item.place)) && !(stationed && sideOfWord(item.place)));
			// who says so, read only for a place held
			// "the brigade's claim that its fighters hold X", "despite the army's claim to control X": whose claim it is
			const owner = /^claims?\s/.test(match[0]) ? CLAIM_OWNER.exec(sentence.slice(0, match.index))?.[1] : undefined;
			// … and "A says …, despite B's claim to control X": the speaker who says otherwise disputes it
			const despite = owner && /\b(?:despite|contrary\s+to|in\s+spite\s+of)\s+(?:the\s+)?[^\s]+(?:\s+[^\s]+)?\s*$/i.test(sentence.slice(0, match.index)) ? sourceOf(sentence) ?? OPENING_SPEAKER.exec(sentence)?.[1] ?? null : null;
			const saidAt = /^and\s+(?!that\b)/.test(match[0]) ? HOLD_BEFORE_AND.exec(sentence.slice(0, match.index))?.index : /^(?:says|said|say|claims|claimed|insists|insisted|insist|maintains|maintained|states|stated|asserts|asserted|declares|declared)\b/.test(match[0]) ? match.index : undefined;
			// ("He said the front's units also held X": a pronoun's side is the holders' possessor)
			const holder = owner ? sideOf(owner) ?? owner : items.length && saidAt !== undefined ? holderBefore(sentence.slice(0, saidAt)) ?? possessorAfterPronoun(sentence.slice(0, saidAt), match[0]) : null;
			for (const item of items)
				found.push({...(despite && despite !== owner ? {disputedBy: sideOf(despite) ?? despite} : {}), place: item.place, claim: item.extent ? `controls ${item.extent} ${item.place}` : stationed || /[\s"“](?:are|is|were|was)\s+(?:still\s+|now\s+)?in(?:side)?\s+$/.test(match[0]) ? 'present in' : 'controls', extent: item.extent, count: null, rule: 'claim.holds', end: from + item.end, actorText: sentence.slice(0, match.index), ...(holder ? {claimant: holder} : {}), ...(both ? {claimant: null, disputedBy: 'each side'} : {})});
		}
	}
	// "Brisk remains under rebel control", "X was now under their control": a place said held, by whose control it names
	if (holdsAny(sentence, UNDER_CONTROL_WORDS)) {
		UNDER_CONTROL.lastIndex = 0;
		for (let match = UNDER_CONTROL.exec(sentence); match; match = UNDER_CONTROL.exec(sentence)) {
			// only ground held by arms: "Acme is now in Chinese hands" is a takeover
			// … or a named site or feature ("the X Pass remains under our control"), or a square or campus in a standoff of crowds and police
			// "the X Lookout on Y Ridge was in our hands": the subject is the place on the feature, not the feature it stands on
			const siteOn = SITE_ON_BEFORE.exec(sentence.slice(0, match.index));
			const site = siteOn ? placeOfPhrase(siteOn[1], {allowInstallations: false}) : null;
			const places = site ? [site] : placesOfList(match[1], false).map((item) => item.place);
			const place = places[0] ?? null;
			// (or a side's control by its nationality word over a kind of place: "the village of X was back under Korvish control")
			const sideControl = (sideOfWord(match[2]) || NATIONALITY_ENDING.test(match[2])) && /control$/.test(match[0]) && PLACE_KIND_WORD.test(sentence);
			// (a place under a side's administration, rule or sovereignty is governed ground: no company is)
			const governed = /(?:administration|rule|sovereignty)$/.test(match[0]);
			if (!/^(?:rebel|government|army|military)$/i.test(match[2]) && !sideControl && !governed && !ARMED.test(sentence) && !MILITARY_SUBJECT.test(sentence) && !(place && isNamedSite(place)) && !CROWD.test(sentence)) continue;
			// the side is the one whose control it names ("in Tavian hands"), else whoever says so
			const owner = /^(?:their|its|our|the)$/i.test(match[2]) ? sentence.slice(0, match.index) : match[2];
			for (const held of places) if (!sideOfWord(held)) found.push({place: held, claim: 'controls', extent: null, count: null, rule: 'claim.holds-under', end: match.index + match[0].length, actorText: owner});
		}
	}
	// "Tolvanian forces now occupy the villages of A and B, according to X": a force's hold told as the news of the day
	if (/\bnow\b/.test(sentence)) {
		NOW_HOLD.lastIndex = 0;
		for (let match = NOW_HOLD.exec(sentence); match; match = NOW_HOLD.exec(sentence)) {
			const from = match.index + match[0].length;
			for (const item of placesOfList(clauseFrom(sentence, from), false))
				found.push({place: item.place, claim: item.extent ? `controls ${item.extent} ${item.place}` : 'controls', extent: item.extent, count: null, rule: 'claim.holds-now', end: from + item.end, actorText: match[1]});
		}
	}
	if (/\bin\s+(?:[a-z]+\s+)?control\s+(?:of|over)\b/.test(sentence)) {
		FORCE_IN_CONTROL.lastIndex = 0;
		for (let match = FORCE_IN_CONTROL.exec(sentence); match; match = FORCE_IN_CONTROL.exec(sentence)) {
			const from = match.index + match[0].length;
			// (a code name only in a sentence of arms: "the EU in control of its borders" holds nothing)
			if (/^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Lu}\d]--[\u{10000}-\u{10FFFF}]]+$/v.test(match[1]) && !isCodeNamedForce(match[1] + ' ', sentence, forceCodes)) continue;
			for (const item of placesOfList(clauseFrom(sentence, from), false))
				found.push({place: item.place, claim: item.extent ? `controls ${item.extent} ${item.place}` : 'controls', extent: item.extent, count: null, rule: 'claim.holds-now', end: from + item.end, actorText: sentence.slice(0, from)});
		}
	}
	// "X was now under the control of government forces": the same, the holder named after "of"
	if (/\bcontrol\s+of\b/.test(sentence)) {
		UNDER_CONTROL_OF.lastIndex = 0;
		for (let match = UNDER_CONTROL_OF.exec(sentence); match; match = UNDER_CONTROL_OF.exec(sentence)) {
			const place = placeOfPhrase(match[1], {allowInstallations: false});
			if (place && !sideOfWord(place) && (!match[3] || isNamedSite(place))) found.push({place, claim: 'controls', extent: null, count: null, rule: 'claim.holds-under', end: match.index + match[0].length, actorText: match[2]});
		}
	}
	// "Norland has administered Kell Island since 1958": a side's hold told as fact, a claim the other side may call illegal
	if (/\bsince\b/.test(sentence) && !BUSINESS.test(sentence)) {
		HELD_SINCE.lastIndex = 0;
		for (let match = HELD_SINCE.exec(sentence); match; match = HELD_SINCE.exec(sentence)) {
			const place = isOrganisation(match[1]) ? null : placeOfPhrase(match[2], {allowInstallations: false});
			if (place && place !== match[1]) found.push({place, claim: 'controls', extent: null, count: null, rule: 'claim.held-since', end: match.index + match[0].length, actorText: match[1], claimant: sideOf(match[1]) ?? match[1]});
		}
	}
	// "the fishing grounds at Kell Shoal, where Osterran control has been fully re-established": control said restored
	if (/\bcontrol\b/.test(sentence)) {
		CONTROL_RESTORED.lastIndex = 0;
		for (let match = CONTROL_RESTORED.exec(sentence); match; match = CONTROL_RESTORED.exec(sentence)) {
			const place = placeOfPhrase(match[1], {allowInstallations: false});
			if (place && (sideOfWord(match[2]) || /^(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:an|i|ese|ish)|government|state|army|rebel)$/v.test(match[2]))) found.push({place, claim: 'control restored', extent: null, count: null, rule: 'claim.control-restored', end: match.index + match[0].length, actorText: sentence.slice(0, match.index)});
		}
	}
	return found;
}

// "X said Y's guards had withdrawn from Z", "told radio that the other side had 'abandoned' the spit under fire": said, and done
const LEFT = new RegExp(
	String.raw`\b(?:says|said|say|claims|claimed|insists|insisted|maintains|maintained|states|stated|asserts|asserted|(?:telling|told)\s+[^,;.]{1,40}?)\s+${SAYING_WHEN}(?:that\s+)?((?:the\s+)?[^,;.]{2,50}?)\s+(?:(?:has|have|had)\s+)?${QUOTE_MARK}(?:withdrew|withdrawn|abandoned|fled|retreated\s+from|evacuated|pulled\s+(?:out|back)\s+(?:of|from))${QUOTE_MARK}\s+(?:(?:its|their|his|her)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${HOLDERS}|men)\s+)?(?:from\s+|out\s+of\s+)?`,
	'gv',
);

// "in line with the ceasefire", "as part of the accord", "under the deal": done by the terms of an agreement
const UNDER_A_DEAL = /(?<!\w)(?:in\s+line\s+with|as\s+part\s+of|in\s+accordance\s+with|under|according\s+to|as\s+agreed\s+(?:in|under))\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:accord|agreement|deal|ceasefire|truce|pact|memorandum|plan|arrangement|terms|protocol)\b/iv;

/**
 * A side's word that the rival's force left a place ("the ministry said the other side withdrew its personnel from X"):
 * a rebuttal of whoever says they hold it, kept only where someone does (mergeClaims drops it alone).
 */
function leftClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (!holdsAny(sentence, LEFT_VERBS)) return found;
	LEFT.lastIndex = 0;
	for (let match = LEFT.exec(sentence); match; match = LEFT.exec(sentence)) {
		const from = match.index + match[0].length;
		// "said its troops had withdrawn from X for tactical reasons": the speaker's own side pulled back, which rebuts no one
		// but tells that X changed hands: its own claim, the speaker's
		if (/^(?:it|they|we|(?:its|their|our|his|her)\b.*)$/i.test(match[1].trim())) {
			// (a pull-back "in line with the accord" keeps a deal, and claims no ground changed hands)
			if (!MILITARY_SUBJECT.test(sentence.slice(0, match.index + match[0].length)) || UNDER_A_DEAL.test(sentence.slice(from))) continue;
			const own = holderBefore(sentence.slice(0, match.index));
			if (/(?:withdrew|withdrawn|pulled\s+(?:out|back)\s+(?:of|from)|retreated\s+from)\s*$/.test(sentence.slice(0, from).replace(/["“”'‘’]/g, '').trimEnd() + ' ') || /\bfrom\s+$/.test(match[0]))
				for (const item of placesOfList(clauseFrom(sentence, from), false))
					found.push({place: item.place, claim: 'withdrawn from', extent: item.extent, count: null, rule: 'claim.withdrew', end: from + item.end, actorText: sentence.slice(0, match.index), ...(own ? {claimant: own} : {})});
			continue;
		}
		// who left is a force or a side: "Kell guards", "the Dorvan side", not "the families"
		if (!MILITARY_SUBJECT.test(match[1]) && !HOLDING_SUBJECT.test(match[1]) && !/\bside\b/i.test(match[1])) continue;
		const holder = holderBefore(sentence.slice(0, match.index));
		for (const item of placesOfList(clauseFrom(sentence, from), false))
			found.push({place: item.place, claim: 'left by the other side', extent: item.extent, count: null, rule: 'claim.holds-left', end: from + item.end, actorText: sentence.slice(0, match.index), ...(holder ? {claimant: holder} : {})});
	}
	if (!found.length) found.push(...forceLeftClaims(sentence));
	return found;
}

// "Fighters of a local militia have pulled back from the town of X after days of assault": a force's retreat told as news
const FORCE_LEFT = /\b(?:(?:has|have|had)\s+(?:now\s+|since\s+|reportedly\s+|also\s+)?)?(?:pulled\s+(?:back\s+from|out\s+of|out\s+from)|(?:withdrawn|withdrew|retreated|fled)\s+(?:from|out\s+of))\s+/gu;
// the clause of the verb, its subject first: "Troops shelled the town and residents fled from X" is the residents'
const CLAUSE_OPENING = /(?:^|[,;:(]|\b(?:and|but|that|while|after|as|when|since|before)\b)(?![^,;:(]*\b(?:and|but|that|while|after|as|when|since|before)\b)[^,;:(]*$/u;
const PULL_BACK_PLANNED = /\b(?:will|would|to|must|shall|should|could|may|might|agreed|agree|agrees|plans?|expected|ordered|began|begin|begins|started|start)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+)?$/v;

function forceLeftClaims(sentence: string): Found[] {
	const found: Found[] = [];
	FORCE_LEFT.lastIndex = 0;
	for (let match = FORCE_LEFT.exec(sentence); match; match = FORCE_LEFT.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		const subject = CLAUSE_OPENING.exec(before)?.[0] ?? before;
		// a force, in the clause of the verb, that has pulled back: not one that will or agreed to, nor one under a deal's terms
		if (!MILITARY_SUBJECT.test(subject) || PULL_BACK_PLANNED.test(before) || UNDER_A_DEAL.test(sentence)) continue;
		const from = match.index + match[0].length;
		for (const item of placesOfList(clauseFrom(sentence, from), false))
			found.push({place: item.place, claim: 'withdrawn from', extent: item.extent, count: null, rule: 'claim.withdrew', end: from + item.end, actorText: before});
	}
	return found;
}

const MOVEMENT = alternation(MOVEMENT_NOUNS);
// "the opposition said its supporters still held the streets of X", 'Y boasts that his "peaceful protesters" control the streets of Z'
const CROWD_HOLDS = new RegExp(
	String.raw`\b(?:said|says|say|boasts|boasted|claimed|claims|insisted|insists|maintained|maintains)\s+(?:that\s+)?(?:(?:its|their|his|her|our|the)\s+)?${QUOTE_MARK}(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${MOVEMENT})${QUOTE_MARK}\s+(?:still\s+|now\s+|firmly\s+)?${QUOTE_MARK}(?:control|controls|controlled|hold|holds|held)\s+(?:the\s+streets${QUOTE_MARK}\s+(?:of|in)\s+(?:the\s+)?|(?=(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]]))`,
	'gv',
);
// '"We hold X, and we will hold it"': a movement's own word that it holds a named place, the name ending its clause
// '"We are still in X," he said', '"Our forces are back in Y"': a side's own word that its force is in a named place
// ("We are in X" alone may be a visit: "we" needs "still", "back" or "now")
const WE_ARE_IN = new RegExp(WE_ARE_IN_SOURCE, 'gv');
const WE_HOLD = /["“‘']\s*We\s+(?:still\s+|now\s+)?(?:hold|control)\s+(?:the\s+streets\s+(?:of|in)\s+)?(?=(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]])/gv;
const HELD_NAME = new RegExp(`^(?:the\\s+)?${NAME_SPAN}`, 'v');
// ("We hold X today": a word of when or how firmly ends the name too)
const HELD_NAME_ENDS = /^\s*(?:$|[,.;!?"”’']|and\b|until\b|(?:today|tonight|now|still|firmly|fully|again)\b)/;

/** Streets or a place a protest movement says its people hold: "the opposition said its supporters still held the streets of X". */
function crowdHoldClaims(sentence: string): Found[] {
	const found: Found[] = [];
	const patterns = [...(holdsAny(sentence, HOLD_WORDS) ? [CROWD_HOLDS, WE_HOLD] : []), ...(/\b(?:are|remain)\b/.test(sentence) ? [WE_ARE_IN] : [])];
	for (const pattern of patterns) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
			const from = match.index + match[0].length;
			const items = placesOfList(clauseFrom(sentence, from), false);
			// "We hold Acme responsible": a name with more words after it is no place held
			const name = HELD_NAME.exec(sentence.slice(from))?.[0];
			if (pattern !== CROWD_HOLDS && !(name && HELD_NAME_ENDS.test(sentence.slice(from + name.length)))) continue;
			const holder = pattern === CROWD_HOLDS ? holderBefore(sentence.slice(0, match.index)) : null;
			for (const item of items)
				found.push({
					place: item.place,
					claim: /\bstreets\b/.test(match[0]) ? 'controls the streets' : pattern === WE_ARE_IN ? 'present in' : 'holds',
					extent: item.extent,
					count: null,
					rule: 'claim.crowd-holds',
					end: from + item.end,
					actorText: sentence.slice(0, match.index),
					...(holder ? {claimant: holder} : {}),
				});
		}
	}
	return found;
}

const SECURED_WORDS = ['secured', 'liberated', 'cleared', 'control', 'never', 'hold', 'held', 'stood', 'claim'];
// "X said that Y had 'never changed hands'", "… and that Y never fell": a side's word that it kept a place
const NEVER_LOST = new RegExp(String.raw`\b(?:said|says|insisted|insists|maintained|maintains)\b[^.;]{0,160}?\bthat\s+((?:the\s+)?(?:(?:${alternation(PLACE_KINDS)})\s+of\s+)?${NAME_SPAN})\s+(?:had\s+|has\s+)?${QUOTE_MARK}never\s+(?:changed\s+hands|fell|left\s+(?:our|its|their|government|army)\s+(?:hands|control))`, 'gv');
// "Quintar, an island our marines hold": a place a side's force holds, told in a relative clause after it
const HELD_RELATIVE = new RegExp(
	String.raw`(${NAME_SPAN}),\s+(?:a|an|the)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:${alternation([...PLACE_KINDS, ...PLACE_FEATURES])})\s+(?:that\s+|which\s+)?(?:our|its|their|(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:an|ian|i|ese|ish))\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${HOLDING_FORCES})\s+(?:still\s+|now\s+|firmly\s+)?(?:hold|holds|control|controls|held|controlled)\b`,
	'gv',
);
// "the X road, which he said the rebels have controlled since May": a hold told in a relative clause, with or without its sayer
const HELD_WHICH = new RegExp(
	String.raw`((?:the\s+)?${NAME_SPAN}(?:\s+(?:road|highway|bridge|market|crossing|checkpoint|pass|ridge|valley|district|camp|base|barracks))?),\s+(?:which|that)\s+(?:(?:he|she|they|it|the\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+|${NAME_SPAN})\s+(?:said|says|claims?|claimed|insists?|insisted)\s+)?((?:the|its|their|our)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${HOLDING_FORCES}))\s+(?:(?:have|has|had)\s+)?(?:long\s+|still\s+|now\s+)?(?:controlled|held|hold|holds|control|controls)\b`,
	'gv',
);
const SECURED_STATE = String.raw`${QUOTE_MARK}(?:(?:fully|completely|entirely|now|totally)\s+)?${QUOTE_MARK}(secured|liberated|cleared|under\s+(?:full\s+|firm\s+)?(?:army|government|military|state|our|its|their)\s+control)\b`;
// "the minister has described X as 'fully secured'", "the army declared the town of X liberated"
const DESCRIBED_SECURED = new RegExp(String.raw`\b(?:described|describes|declared|declares|pronounced|pronounces|called|calls)\s+((?:the\s+)?(?:(?:${alternation(PLACE_KINDS)})\s+of\s+)?${NAME_SPAN})\s+(?:as\s+)?${SECURED_STATE}`, 'gv');
// "X said last week that the town was 'fully secured'": a side's word that a place is secured, after its verb of saying
// … or with no "that", a description after the name: "Police insist X, the roundabout in the centre, was cleared overnight"
const SAID_SECURED = new RegExp(String.raw`\b(?:said|says|insisted|insists|insist|announced|announces|maintained|maintains)\s+(?:(?:[^,;.]{0,30}?\s)?that\s+)?((?:the\s+)?(?:(?:${alternation(PLACE_KINDS)})\s+of\s+)?${NAME_SPAN})(?:,\s+(?:the|a|an)\s+[^,;.]{1,80},)?\s+(?:was|is|had\s+been|has\s+been|were|are|remains|remained)\s+${SECURED_STATE}`, 'gv');
// "The army said the post at X held": a position said to have withstood an attack
const POST_HELD = new RegExp(String.raw`\b(?:said|says|insisted|insists|maintained|maintains)\s+(?:that\s+)?(?:the|its|their|our)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:post|base|garrison|outpost|position|positions|line|lines|defences|defenses)\s+(?:at|in|of|near)\s+((?:the\s+)?${NAME_SPAN})\s+(?:had\s+|has\s+)?(?:held|stood|holds)\b`, 'gv');
// "Both sides claimed control of parts of X": two sides' rival claims in one breath
// … and "Both armies say they are in control of X", "Each government insists it holds Y"
const BOTH_CLAIM = new RegExp(
	String.raw`\b(?:[Bb]oth|[Ee]ach)\s+(?:${RIVAL_SIDES})\s+(?:(?:also|now|again|still)\s+)?(?:claimed|claim|claims|(?:say|said|says|insist|insisted|insists)\s+(?:that\s+)?(?:they|it)\s+(?:(?:still|now)\s+)?(?:control|controlled|hold|held|holds|controls|(?:are|were|is|was)\s+in\s+(?:full\s+)?control\s+of))\s+(?:control\s+(?:of|over)\s+)?`,
	'gu',
);
// "the X Ridge, a saddle of rock that both armies claim": the place a rival claim's relative clause hangs on
const BOTH_CLAIM_RELATIVE = new RegExp(String.raw`(${NAME_SPAN}),\s+(?:a|an|the)\s+[^,;.]{0,80}?\b(?:that|which)\s+(?:both|each)\s+(?:${RIVAL_SIDES})\s+(?:(?:also|now|still)\s+)?claims?\b`, 'gv');

// "Halvani officials have again rejected Korvani claims about Quellin": the claim told by its rejection
const REJECTED_ABOUT = requiring(
	new RegExp(
		String.raw`(${NAME_SPAN}(?:(?:['’]s)?\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?|(?:[Tt]he|An?)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)\s+(?:has\s+|have\s+|had\s+)?(?:${DENIAL_ADVERB})?(?:${alternation(DENIAL_VERBS)})\s+(?:the\s+)?(?:(${NAME_SPAN})(?:['’]s?)?\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?${CLAIMS_ABOUT}\s+(?:the\s+)?(?:(?:${alternation(PLACE_KINDS)})\s+of\s+)?(${NAME_SPAN})`,
		'v',
	),
	DENIAL_VERBS,
);

/** A side's claims about a place, told by the other side rejecting them: "X rejected Y's claims about Z". */
function rejectedAboutClaims(sentence: string): Found[] {
	const match = CLAIMS_ABOUT_WORDS.test(sentence) ? REJECTED_ABOUT.exec(sentence) : null;
	if (!match || /['’]s$/.test(match[3])) return []; // "claims about Kessa's budget": about something of the place's
	const place = placeOfPhrase(match[3], {allowInstallations: false});
	if (!place || sideOfWord(place) === place) return [];
	const claimant = match[2] ? sideOf(match[2]) ?? match[2] : null;
	const deniedBy = sideOf(match[1]) ?? match[1];
	if (claimant && sameSideAs(claimant, deniedBy)) return [];
	return [{place, claim: 'claims rejected', count: null, rule: 'claim.rejected-about', end: match.index + match[0].length, actorText: '', claimant, disputedBy: deniedBy}];
}

// each pattern with the words (as written) it cannot match without
const SECURED_STATE_WORD = /\b(?:secured|liberated|cleared|under\s+(?:full\s+|firm\s+)?[\p{L}--[\u{10000}-\u{10FFFF}]]+\s+control)\b/v;
const SECURED_PATTERNS: [RegExp, RegExp][] = [
	[DESCRIBED_SECURED, /\b(?:described|describes|declared|declares|pronounced|pronounces|called|calls)\s[^.;]{0,80}?\b(?:secured|liberated|cleared|control)\b/],
	[SAID_SECURED, SECURED_STATE_WORD],
	[NEVER_LOST, /\bnever\s+(?:changed|fell|left)\b/],
	[HELD_RELATIVE, /,\s+(?:a|an|the)\s[^,;]{0,60}\b(?:hold|holds|held|control|controls|controlled)\b/],
	[HELD_WHICH, /,\s+(?:which|that)\s[^,;]{0,60}\b(?:hold|holds|held|control|controls|controlled)\b/],
	[POST_HELD, /\b(?:post|base|garrison|outpost|positions?|lines?|defences|defenses)\s+(?:at|in|of|near)\s[^.;]{1,60}?\b(?:held|stood|holds)\b/],
];
const BOTH_WORDS = ['Both', 'both', 'Each', 'each'];

// "its flag flies over X", "the flag of the Kingdom flies over X", "troops raised the national flag over X": a side's flag on ground, its mark of holding it
const FLAG_WORDS = ['flag', 'flags'];
const FLAG_OWNER = String.raw`(?:(?:[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Tt]he|[Aa])\s+)?(?:(?:national|[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:an|ese|ish|i))\s+)?flags?(?:\s+of\s+(?:the\s+)?${NAME_SPAN})?`;
// a flag of nobody named ("the flag", "a flag") is a side's only when a force raises it: fans raise flags too
const SIDES_FLAG = new RegExp(String.raw`\b(?:[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|national|[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:an|ese|ish|i))\s+flags?\b|\bflags?\s+of\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]]`, 'v');
const FLAG_OVER = new RegExp(
	String.raw`\b(?:${FLAG_OWNER}\s+(?:now\s+|still\s+|again\s+|already\s+)?(?:flies|fly|flew|(?:is|are|was|were)\s+(?:now\s+|still\s+)?flying|(?:has|have|had)\s+been\s+(?:raised|hoisted)|(?:was|were)\s+(?:raised|hoisted)|went\s+up|(?:is|are)\s+(?:still|now)(?=\s+over))|(?:raised|hoisted|planted|unfurled)\s+${FLAG_OWNER})\s+(?:over|above|on)\s+`,
	'gv',
);

/** Ground marked with a side's flag: "Tavia's army says its flag flies over X", "our troops raised the flag over Y". */
function flagClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (!holdsAny(sentence, FLAG_WORDS)) return found;
	FLAG_OVER.lastIndex = 0;
	for (let match = FLAG_OVER.exec(sentence); match; match = FLAG_OVER.exec(sentence)) {
		if (!SIDES_FLAG.test(match[0]) && !MILITARY_SUBJECT.test(sentence)) continue;
		const from = match.index + match[0].length;
		for (const item of placesOfList(clauseFrom(sentence, from), false))
			found.push({place: item.place, claim: 'flag flies over', extent: item.extent, count: null, rule: 'claim.flag', end: from + item.end, actorText: sentence.slice(0, match.index)});
	}
	return found;
}

/** A place a side calls secured or liberated, or both sides claim: "the minister described X as 'fully secured'", "Both sides claimed control of X". */
function securedClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (!holdsAny(sentence, SECURED_WORDS)) return found;
	for (const [pattern, gate] of SECURED_PATTERNS) {
		if (!gate.test(sentence)) continue; // each pattern cannot match without its gate's words: most sentences skip most
		pattern.lastIndex = 0;
		for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
			const place = placeOfPhrase(match[1], {allowInstallations: false});
			if (!place || sideOfWord(place) === place) continue;
			const state = pattern === NEVER_LOST ? 'never changed hands' : pattern === POST_HELD ? 'held' : pattern === HELD_RELATIVE || pattern === HELD_WHICH ? 'controls' : match[2].toLowerCase().startsWith('under') ? 'controls' : match[2].toLowerCase();
			// who says so: the subject before the verb of saying, when a rule starts at it
			const holder = pattern === NEVER_LOST || pattern === SAID_SECURED || pattern === POST_HELD ? holderBefore(sentence.slice(0, match.index)) : pattern === HELD_WHICH ? sideOf(match[2]) ?? match[2] : null;
			found.push({place, claim: state, extent: null, count: null, rule: 'claim.secured', end: match.index + match[0].length, actorText: sentence.slice(0, match.index), ...(holder ? {claimant: holder} : {})});
		}
	}
	BOTH_CLAIM.lastIndex = 0;
	for (let match = holdsAny(sentence, BOTH_WORDS) ? BOTH_CLAIM.exec(sentence) : null; match; match = BOTH_CLAIM.exec(sentence)) {
		const from = match.index + match[0].length;
		for (const item of placesOfList(clauseFrom(sentence, from), false))
			found.push({place: item.place, claim: item.extent ? `controls ${item.extent} ${item.place}` : 'controls', extent: item.extent, count: null, rule: 'claim.both-claim', end: from + item.end, actorText: sentence.slice(0, match.index), claimant: null, disputedBy: 'each side'});
	}
	BOTH_CLAIM_RELATIVE.lastIndex = 0;
	for (let match = holdsAny(sentence, BOTH_WORDS) ? BOTH_CLAIM_RELATIVE.exec(sentence) : null; match; match = BOTH_CLAIM_RELATIVE.exec(sentence)) {
		const place = placeOfPhrase(match[1], {allowInstallations: false});
		if (place && sideOfWord(place) !== place) found.push({place, claim: 'claimed by both sides', extent: null, count: null, rule: 'claim.both-claim', end: match.index + match[0].length, actorText: '', claimant: null, disputedBy: 'each side'});
	}
	return found;
}

// "the X bridge, blocked by protesters for a fortnight, had been reopened": a blockade the authorities say they lifted
const BLOCKADE_LIFTED = new RegExp(
	String.raw`((?:the\s+)?${NAME_SPAN}(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?),\s+(?:which\s+(?:was|were|had\s+been)\s+)?(?:blocked|barricaded|occupied|blockaded|held)\s+by\s+[^,;]{1,60},\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:now\s+|finally\s+)?(reopened|cleared|unblocked|freed)\b`,
	'gv',
);

/** A blockade the other side says it lifted, kept only when the blockaders answer it: "police said the X bridge, blocked by protesters, had been reopened". */
function blockadeLiftedClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (!/\b(?:reopened|cleared|unblocked|freed)\b/.test(sentence)) return found;
	BLOCKADE_LIFTED.lastIndex = 0;
	for (let match = BLOCKADE_LIFTED.exec(sentence); match; match = BLOCKADE_LIFTED.exec(sentence)) {
		const place = placeOfPhrase(match[1], {allowInstallations: false});
		if (place) found.push({place, claim: match[2], extent: null, count: null, rule: 'claim.blockade-lifted', end: match.index + match[0].length, actorText: sentence.slice(0, match.index), contested: true});
	}
	return found;
}

const VESSEL = alternation(SEIZED_VESSELS);
const VESSEL_COUNT = String.raw`(?:(?:the|a|an|at\s+least|some|several|first|\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens)\s+)*(?:of\s+)?`;
// a side's boat: "Tavian trawlers", "Kyrini-flagged boats", "our trawlers"; or any boat, when a coast guard or navy seizes it
const SIDES_VESSEL = String.raw`(?:our|its|their|his|[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:i|ian|an|ean|ese|ish)(?:-(?:flagged|registered|owned))?)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${VESSEL})`;
const WHOLE_SIDES_VESSEL = new RegExp(`^${SIDES_VESSEL}$`, 'v');
// "seized the first Tavian trawler near X", "detaining two Kyrini boats off the Y Ridge", "seized three of our trawlers … near X":
// a boat of a side (its nationality or "our"/"its"), the seizure placed after it
const VESSEL_SEIZED = new RegExp(String.raw`\b(${alternation(Object.keys(VESSEL_SEIZE_VERBS))})\s+${VESSEL_COUNT}(${SIDES_VESSEL}|(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${VESSEL}))\b`, 'gv');
// "three Kyrini trawlers were seized near X by the Tavian coast guard": the same told in the passive
const VESSEL_SEIZED_PASSIVE = new RegExp(String.raw`\b(${SIDES_VESSEL})\b[^,.;]{0,30}?\s(?:was|were|had\s+been|have\s+been|has\s+been)\s+(${alternation(Object.keys(VESSEL_SEIZE_VERBS))})\b`, 'gv');
// What both seizure patterns cannot match without (case-sensitive, as there): a seizing verb and a boat or its crew.
const SEIZE_WORDS = Object.keys(VESSEL_SEIZE_VERBS);
const SEIZING_STATE = /\b(?:coast\s*guards?|navy|naval|navies|warships?|patrol\s+(?:boats?|vessels?|ships?)|cutters?|marines|border\s+guards?)\b/i;

/** A side's boats or crews seized at sea near a named place: "Tavian coast guard vessels seized the first Kyrini trawler near X". */
function vesselSeizedClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (!holdsAny(sentence, SEIZE_WORDS) || !holdsAny(sentence, SEIZED_VESSELS)) return found;
	VESSEL_SEIZED.lastIndex = 0;
	for (let match = VESSEL_SEIZED.exec(sentence); match; match = VESSEL_SEIZED.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		if (FORBIDDEN_BEFORE.test(before) || NEGATED_BEFORE.test(before) || /\bto\s+$/i.test(before)) continue; // a ban, a denial or an aim
		// a state seizes a side's boats (its nationality, or "our trawlers" told by the side they were taken from) …
		// … not the police or pirates: "police arrested two Tavian fishermen near X" is a crime story
		if (/\b(?:police|policemen|officers|pirates|gunmen|smugglers|gangs?|kidnappers)\b/i.test(before.slice(-80))) continue;
		// any other boat only when a coast guard or navy takes it: "the navy seized a tanker off X"
		if (!WHOLE_SIDES_VESSEL.test(match[2]) && !SEIZING_STATE.test(before.slice(-80))) continue;
		const from = match.index + match[0].length;
		const where = incidentPlace(clauseFrom(sentence, from));
		if (!where || sideOfWord(where.place) === where.place) continue; // "off Tavia": a country's coast is no place claimed
		found.push({place: where.place, claim: `${VESSEL_SEIZE_VERBS[match[1].toLowerCase()]} ${vesselNoun(match[2])}`, count: null, rule: 'claim.vessel-seized', end: from + where.end, actorText: before});
	}
	VESSEL_SEIZED_PASSIVE.lastIndex = 0;
	for (let match = VESSEL_SEIZED_PASSIVE.exec(sentence); match; match = VESSEL_SEIZED_PASSIVE.exec(sentence)) {
		const from = match.index + match[0].length;
		const clause = clauseFrom(sentence, from);
		if (/\bby\s+(?:the\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:police|policemen|officers|pirates|gunmen|smugglers|gangs?|kidnappers)\b/iv.test(clause)) continue; // a crime story
		const where = incidentPlace(clause);
		if (!where || sideOfWord(where.place) === where.place) continue;
		found.push({place: where.place, claim: `${VESSEL_SEIZE_VERBS[match[2].toLowerCase()]} ${vesselNoun(match[1])}`, count: null, rule: 'claim.vessel-seized', end: from + where.end, actorText: `${sentence.slice(0, match.index)}${clause.slice(0, where.end)}`});
	}
	return found;
}

const vesselNoun = (phrase: string) => phrase.split(/\s+/).at(-1)!.toLowerCase();

// "…; the rebels say they still hold X": the subject of the saying verb in the hold's own clause
// (a head and whose it is: "the commander of X's border guard says …")
const CLAUSE_SUBJECT = /(?:^|[;:]\s*|,\s*(?:and|but|while|whereas)\s+)((?:[Tt]he\s+)?[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+){0,3}(?:\s+of\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+){0,2})?)\s*$/v;

/** Who says it holds ground, named just before the saying verb ("the rebels say they still hold X"), else null. */
// "He said the front's units …": the possessor of the holding force after a pronoun's verb of saying
const POSSESSED_HOLDERS = new RegExp(String.raw`\b(?:that\s+)?((?:the\s+)?(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+))['’]s\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${HOLDERS})\b`, 'v');

/** The side a pronoun's hold is for, by the possessor of its holders: "He said the front's units held X" -> "the front". */
function possessorAfterPronoun(before: string, words: string): string | null {
	if (!/(?:^|[\s,])(?:he|she|they|it)\s+(?:(?:also|again|later)\s+)?$/i.test(before)) return null;
	const possessor = POSSESSED_HOLDERS.exec(words)?.[1];
	return possessor ? sideOf(possessor) ?? possessor : null;
}

function holderBefore(before: string): string | null {
	const subject = CLAUSE_SUBJECT.exec(before.replace(/\s+(?:(?:has|have|had)\s+)?(?:also|again|now|later|further|still|repeatedly|long|always)?\s*$/, ' ').replace(/\s+(?:has|have|had)\s*$/, ' '))?.[1];
	if (!subject || /^(?:it|they|we|he|she)$/i.test(subject) || !(/^[Tt]he\s/.test(subject) || /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(subject))) return null;
	return sideOf(subject) ?? subject;
}

const PLACE_KIND_WORD = new RegExp(`\\b(?:${alternation(PLACE_KINDS)})\\b`, 'i');
// … or several places: "A, B and C are under our administration"
const UNDER_CONTROL = new RegExp(String.raw`((?:${NAME_SPAN},\s+)*${NAME_SPAN},?\s+and\s+${NAME_SPAN}(?=\s+(?:are|were|remain|remained|have))|${NAME_SPAN})\s+(?:is|was|are|were|remain|remains|remained|has\s+remained|have\s+remained|has\s+been|have\s+been|had\s+been|stays|stayed)\s+(?:now\s+|still\s+|firmly\s+|fully\s+|back\s+|again\s+)*${QUOTE_MARK}(?:under|in)\s+(?:the\s+)?(?:full\s+|firm\s+)?(their|its|our|rebel|government|army|military|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)\s+(?:control|hands|administration|sovereignty|rule)\b`, 'gv');
// "Tolvanian forces now occupy the villages of A and B", "rebel fighters now control X": a force that holds ground now, by no verb of saying
// … and a group by its code name: "The NSF now has complete control of X"
const NOW_HOLD = new RegExp(String.raw`(?:^|[.;:]\s+|,\s+(?:and|but|while)\s+)((?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${HOLDING_FORCES})|(?:[Tt]he\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,6})\s+(?:(?:are|is)\s+)?now\s+(?:occupy|occupies|control|controls|hold|holds|in\s+(?:full\s+)?control\s+of|(?:has|have)\s+(?:(?:full|complete|total|effective)\s+)?control\s+(?:of|over))\s+`, 'gv');
// "the paramilitary group now in control of the city of X", "rebels in full control of Y": a force told by the ground it holds
const FORCE_IN_CONTROL = new RegExp(String.raw`\b((?:(?:paramilitary|armed|rebel|militant|jihadist|insurgent|separatist)\s+groups?|${HOLDING_FORCES}|${alternation(NON_STATE_FORCES)})|[\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,6})\s+(?:now\s+|still\s+)?in\s+(?:(?:full|complete|total|effective)\s+)?control\s+(?:of|over)\s+`, 'gv');
// "Brastovik was now under the control of government forces", "… remains under the control of the rebels": held by a force named after "of"
// … and a civil body that runs a site ("the X Terminal was "fully under the control of the port authority""): read for a named site only
const CIVIL_HOLDERS = ['authority', 'authorities', 'administration', 'government', 'council', 'management', 'operator'];
const UNDER_CONTROL_OF = new RegExp(String.raw`((?:[Tt]he\s+)?(?:(?:${alternation(PLACE_KINDS)})\s+of\s+)?${NAME_SPAN})\s+(?:is|was|remains|remained|has\s+remained|has\s+been|had\s+been|stays|stayed)\s+(?:${QUOTE_MARK}(?:now|still|firmly|fully|back|again)\s+)*${QUOTE_MARK}under\s+the\s+(?:full\s+|firm\s+|complete\s+|total\s+|effective\s+)?control\s+of\s+((?:the\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:${HOLDING_FORCES}|${alternation(NON_STATE_FORCES)}|(${alternation(CIVIL_HOLDERS)})(?![\s\-]+[\p{Ll}--[\u{10000}-\u{10FFFF}]])))\b`, 'gv');
// "Acme has controlled the Brakel mills since 2010": a business holds no ground
const BUSINESS = /\b(?:company|companies|firm|shares?|stake|market|holdings|investors?|owners?|shareholders?|brand)\b/i;
const HELD_SINCE = new RegExp(String.raw`(?:^|[.;]\s+|,\s+(?:and|but|while)\s+)(${NAME_SPAN})\s+(?:has|have)\s+(?:long\s+)?(?:administered|controlled|held|occupied)\s+((?:the\s+)?${NAME_SPAN})\s+since\b`, 'gv');
const CONTROL_RESTORED = new RegExp(String.raw`(${NAME_SPAN}),\s+where\s+([\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{L}--[\u{10000}-\u{10FFFF}]]+|government|state|army|rebel)\s+control\s+(?:has|had)\s+(?:now\s+)?been\s+(?:fully\s+)?(?:re-?established|restored|regained)\b`, 'gv');

const TAKE_NOUN_FRAME = /\b(?:claimed|claims|claim|announced|announces|announce|completed|completes|complete|declared|declares|confirmed|confirms|reported|reports)\s+(?:the\s+)?(?:(?:full|complete|final|total|effective)\s+)?$/i;

/** Ground taken told by its noun: "Kyrin forces completed the liberation of X", "the army announced the capture of X". */
function takeNounClaims(sentence: string): Found[] {
	const found: Found[] = [];
	TAKE_NOUN.lastIndex = 0;
	for (let match = TAKE_NOUN.exec(sentence); match; match = TAKE_NOUN.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		if (!TAKE_NOUN_FRAME.test(before) || !(isForceTaking(before) || sideOf(before))) continue; // "since the fall of X" is history, not a claim
		const from = match.index + match[0].length;
		for (const item of placesOfList(clauseFrom(sentence, from), false))
			found.push({place: item.place, claim: TAKE_NOUNS[match[1].toLowerCase()], extent: item.extent, count: null, rule: 'claim.take-noun', end: from + item.end, actorText: before});
	}
	// "the army had completed clearing the district of X": ground taken told by a finished gerund
	COMPLETED_TAKING.lastIndex = 0;
	for (let match = /\b(?:completed|finished)\s/.test(sentence) ? COMPLETED_TAKING.exec(sentence) : null; match; match = COMPLETED_TAKING.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		if (!isForceTaking(before)) continue;
		const from = match.index + match[0].length;
		for (const item of placesOfList(clauseFrom(sentence, from), false))
			found.push({place: item.place, claim: COMPLETED_TAKEN[match[1].toLowerCase()], extent: item.extent, count: null, rule: 'claim.take-noun', end: from + item.end, actorText: before});
	}
	return found;
}
const COMPLETED_TAKEN: Record<string, string> = {clearing: 'cleared', capturing: 'captured', securing: 'secured', taking: 'taken', retaking: 'retaken'};
const COMPLETED_TAKING = new RegExp(`\\b(?:completed|finished)\\s+(${Object.keys(COMPLETED_TAKEN).join('|')})\\s+(?:(?:full\\s+)?control\\s+of\\s+)?`, 'gi');

const CLAIM_NOUN = alternation(CLAIM_NOUNS);
// "Kyrin claims that X has fallen", "the army's claims that …": who makes the claim the that-clause reports
const CLAIMED_THAT = new RegExp(`(?:(${NAME_SPAN})(?:['’]s?)?\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:${CLAIM_NOUN})|\\b(?:${CLAIM_NOUN}|${alternation(CLAIM_NOUNS.map((noun) => noun[0].toUpperCase() + noun.slice(1)))})\\s+(?:from|by)\\s+(${NAME_SPAN}))\\s+that\\s+$`, 'v');
const FRAME_SPEAKER = new RegExp(`(${NAME_SPAN}|(?:[Tt]he|An?)\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)\\s+(?:says|said|insists|insisted|maintains|maintained|stated|added)\\s+(?:that\\s+)?`, 'v');
const CALLED_FALSE_AFTER = new RegExp(`^[^.;]{0,60}?\\s(?:was|were|is|are)\\s+(?:[\"“'‘]\\s*)?(?:an?\\s+)?(?:(?:completely|totally|entirely|simply|all|pure|utter|complete|total|outright)\\s+)?(?:${alternation(FALSE_WORDS)})\\b`, 'i');

/** A place said to have fallen: "The staff says Kyrin's claims that Dvor has fallen are false", "Dvor fell to rebel forces". */
function fallenClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (!holdsAny(sentence, FALLEN_WORDS)) return found;
	FALLEN.lastIndex = 0;
	for (let match = FALLEN.exec(sentence); match; match = FALLEN.exec(sentence)) {
		const place = placeOfPhrase(match[1] ?? match[2], {allowInstallations: false});
		if (!place) continue;
		const thatAt = match[1] ? match.index + match[0].indexOf('that') + 'that'.length + 1 : match.index;
		const before = sentence.slice(0, thatAt);
		const end = match.index + match[0].length;
		const claimedThat = CLAIMED_THAT.exec(before);
		const claimedBy = claimedThat ? claimedThat[1] ?? claimedThat[2] : null;
		// "… are false": the claim is disputed by whoever says so at the sentence's start
		const speaker = claimedBy && CALLED_FALSE_AFTER.test(sentence.slice(end)) ? FRAME_SPEAKER.exec(before)?.[1] ?? null : null;
		found.push({
			place,
			claim: 'fallen',
			extent: null,
			count: null,
			rule: 'claim.fallen',
			end,
			actorText: before,
			...(claimedBy ? {claimant: sideOf(claimedBy) ?? claimedBy} : {}),
			...(speaker ? {disputedBy: sideOf(speaker) ?? speaker} : {}),
		});
	}
	return found;
}

// What SIEGE cannot match without (case-sensitive, as there).
const SIEGE_VERBS = Object.keys(SIEGE_WORDS);
const REGION_NAME = new RegExp(`\\s(?:${alternation(REGION_HEADS)})$`);

const APPOSED_BEFORE = new RegExp(`(${NAME_SPAN}),\\s+(?:the|a|an)\\s+$`, 'v');
const KIND_AFTER = new RegExp(`^\\s+(?:${alternation(PLACE_KINDS)})\\b`, 'i');

/** A place told as held in a ring: "a corridor out of the encircled town of X", "besieged X". */
function siegeClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (!holdsAny(sentence, SIEGE_VERBS)) return found;
	SIEGE.lastIndex = 0;
	for (let match = SIEGE.exec(sentence); match; match = SIEGE.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		// without a kind of place only "besieged X"/"encircled X" as an attribute; "forces encircled X" is the take rule's
		if (!match[2] && (!/^(?:besieged|encircled)$/.test(match[1]) || /\b(?:has|have|had|was|were|is|are|been|they|it|forces|troops)\s+$/i.test(before))) continue;
		// "X, the besieged district of …": the ring is round the name before, not the city after
		const apposed = match[2] ? APPOSED_BEFORE.exec(before) : null;
		// "the besieged district of the Tavian city of X": a nationality word before its noun is no place
		if (!apposed && NATIONALITY_ENDING.test(match[3]) && KIND_AFTER.test(sentence.slice(match.index + match[0].length))) continue;
		const place = placeOfPhrase(apposed ? apposed[1] : match[3], {allowInstallations: false});
		if (!place) continue;
		// "the conflict in the besieged X Strip": a whole region described, the story's setting, not a locality claimed
		if (!match[2] && REGION_NAME.test(place)) continue;
		const source = sourceOf(sentence);
		found.push({place, claim: SIEGE_WORDS[match[1]], extent: null, count: null, rule: 'claim.siege', end: match.index + match[0].length, actorText: before, claimant: source ? sideOf(source) ?? source : null});
	}
	return found;
}

const ACCUSED_PLACE = new RegExp(`\\b(?:at|in|near|inside|into|outside|around|against|on|onto|to|off|towards?)\\s+(?:the\\s+)?(?:(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(PLACE_KINDS)})\\s+of\\s+)?(${NAME_SPAN})`, 'v');
const ACCUSER = new RegExp(`(${NAME_SPAN}|[Tt]he\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+(?!and\\b)[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)?)(?:['’]s\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)?)?\\s+(?:(?:has|have|had|again|also)\\s+)*$`, 'v');

const keyOf = (name: string) => name.toLowerCase().replace(/['’]s$/, '');

/** A military act one side accuses another of at a place: "Aldor accuses Kyrin's troops of crossing the border at X". */
function accusationClaims(sentence: string): Found[] {
	const found: Found[] = [];
	ACCUSES.lastIndex = 0;
	for (let match = ACCUSES.exec(sentence); match; match = ACCUSES.exec(sentence)) {
		const accused = match[1];
		// "Each side accused the other of violating the truce near X": both sides' claims, each disputing the other's
		const mutual = /^(?:the\s+other(?:\s+side)?|each\s+other|one\s+another)$/i.test(accused);
		if (!mutual && !MILITARY_SUBJECT.test(accused) && !sideOf(accused) && !/^(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(accused)) continue; // "accused the government of selling out"
		const from = match.index + match[0].length;
		const clause = clauseFrom(sentence, from);
		// "of shelling X", "of storming the town of X": the act's object; else "of crossing the border at X"
		// "of crossing the border at X", "of landing marines on X": the act's object is no place, the place follows it
		const object = !/^(?:crossing|landing|deploying|sending)$/i.test(match[2]) ? placesOfList(clause, false)[0] : undefined;
		const where = object ? null : ACCUSED_PLACE.exec(clause);
		const place = object?.place ?? (where ? placeOfPhrase(where[1], {allowInstallations: false}) : null);
		if (!place || sideOfWord(place) === place) continue; // a country is where the act was, not the place claimed
		const act = object ? match[2].toLowerCase() : `${match[2].toLowerCase()}${clause.slice(0, where!.index).replace(/\s+/g, ' ').trimEnd()}`.split(' ').slice(0, 8).join(' ');
		const end = object ? from + object.end : from + where!.index + where![0].length;
		// "On Monday Kyrin accused …": the day is no part of the accuser
		// "X says it never fired at the plant and accuses Y of …": the accuser is the subject of the first verb
		const accuser = ACCUSER.exec(sentence.slice(0, match.index))?.[1].replace(/^(?:On|Late on|Early on|Last)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+/, '') ?? coordinatedSubject(sentence.slice(0, match.index));
		if (accuser && keyOf(accuser) === keyOf(place)) continue; // "Kyrin accused Tavia of shelling Kyrin": a side's own land, told as a grievance
		if (mutual) found.push({place, claim: `accused of ${act}`, count: null, rule: 'claim.accused', end, actorText: accused, claimant: 'each side', disputedBy: 'each side'});
		else found.push({place, claim: `accused of ${act}`, count: null, rule: 'claim.accused', end, actorText: accused, claimant: accuser ? sideOf(accuser) ?? accuser : null});
	}
	return found;
}

// "stop striking", "a ban on strikes against", "halt its strikes on": strikes forbidden or ended, not any side's claim
const FORBIDDEN_BEFORE = /\b(?:stop|stops|stopping|halt|halts|halting|cease|ceases|ceasing|end|ends|ending|refrain\s+from|refraining\s+from|ban\s+on|bans\s+on|moratorium\s+on|no\s+more|not\s+to|never\s+to)\s+(?:(?:its|their|all|any|the|further|new)\s+)*$/i;
const NON_STATE = new RegExp(`\\b(?:${alternation(NON_STATE_ATTACK)})\\s+$`, 'i');
const WITH_MEASURES = /^[^.;]{0,60}?\bwith\s+(?:new\s+|fresh\s+|more\s+|higher\s+|steep\s+)*(?:tariffs|sanctions|duties|levies|fines|penalties|restrictions|export controls|lawsuits?)\b/i;
// … with a date between ("the attack of 22 November against X")
const NOUN_GAP = /^((?:\s+(?!(?:and|but|while|that|which|who)\b)[[\p{L}\d"“”'’\-]--[\u{10000}-\u{10FFFF}]]+){0,5}?)\s+((?:on|against|inside|into|in|at|along|across|targeting|near|around)\b)/v;
const AREA_AFTER = new RegExp(`^(?:\\s+[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+){1,4}?\\s+(?:in|of)\\s+(?:the\\s+)?(${NAME_SPAN})`, 'v');
// … and "in X's eastern province of Y": the province named after its owner
const PASSIVE_IN = new RegExp(`^\\s+(?:in|near|outside|on\\s+the\\s+outskirts\\s+of)\\s+(?:the\\s+)?(?:general\\s+)?(?:area|region|district|town|city|village)?\\s*(?:of\\s+)?(${NAME_SPAN}(?:(?<=['’]s)\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:province|region|district|governorate|state)\\s+of\\s+${NAME_SPAN})?)`, 'v');
const SUBJECT_LEAD = /^(?:.*(?:,|\bthat|\b(?:said|says|claimed|claims|added|confirmed|reported))\s)?/s;

const FRONTED_PLACE = new RegExp(`^(?:(?:Meanwhile|Elsewhere|Earlier|Later|Overnight|Now),?\\s+(?:in|at|near|outside)|In|At|Near|Outside)\\s+(?:the\\s+)?(?:(?:city|town|village|district|region|province|port)\\s+of\\s+)?(${NAME_SPAN}),\\s`, 'v');
const UNNAMED_TARGET = /^\s+(?:a|an|the|its|their)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\b/v;

/** Strike verbs with a military or national actor: "Iran struck four Iraqi sites", "drones hit a depot in X". */
// "ending a war that has killed thousands, destroyed most of X": what a war did, told as its summary
const WAR_DID_BEFORE = /\b(?:war|conflict|fighting|violence|crisis|insurgency)\s+(?:that|which)\s+(?:has|had|have)\s+(?:(?:killed|displaced|uprooted|forced|wounded|claimed|left|devastated)\b[^.;:]*[,\s])?$/i;

const DENIED_DOING = /\b(?:denied|denies|deny|denying|rejected|rejects)\s+(?:ever\s+|having\s+|deliberately\s+|intentionally\s+)*$/i;

function strikeVerbClaims(sentence: string): Found[] {
	const found: Found[] = [];
	STRIKE.lastIndex = 0;
	for (let match = STRIKE.exec(sentence); match; match = STRIKE.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		if (/\b(?:was|were|been|being|is|are|be)\s+(?:also\s+|reportedly\s+)?$/i.test(before)) continue; // passive: see passiveStrikeClaims
		if (FORBIDDEN_BEFORE.test(before)) continue; // "to stop striking power plants": a term of a deal, not a strike
		if (DENIED_DOING.test(before)) continue; // "The army denied targeting the hospital": a side's denial claims no strike
		const from = match.index + match[0].length;
		const list = clauseFrom(sentence, from);
		if (/^\s*(?:by\b|,)/i.test(list) || NOT_STRUCK_OBJECT.test(list) || WITH_MEASURES.test(sentence.slice(from))) continue; // "struck a deal", "hit X with tariffs"
		if (/^\s*(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][^,;.]{0,40}?\s+(?:hardest|worst|the\s+most)\b/v.test(list)) continue; // "the outages hit X hardest": who suffered most, not a target
		const claimedBy = CLAIM_TO_HAVE.exec(before)?.[1] ?? null; // "the rebels' claim to have shot down …": a side's word, whoever struck
		if (!claimedBy && !sideOf(before) && !MILITARY_ACTOR.test(before)) continue; // "the storm hit X", "shares hit a record"
		if (WAR_DID_BEFORE.test(before)) continue; // "a war that has killed thousands and destroyed most of X": the war's toll, no side's strike
		const items = placesOfList(list, true, true);
		for (const item of items) {
			const end = from + item.end;
			// "… was “a fairy tale”, he said": the claim is called false in its own sentence, by its speaker
			const calledFalse = claimedBy && CALLED_FALSE_AFTER.test(sentence.slice(from)) ? speakerOfFalse(sentence, from) : null;
			found.push({
				place: item.place,
				claim: STRIKE_VERBS[match[1].toLowerCase()],
				count: item.count,
				rule: 'claim.strike-verb',
				end,
				actorText: before,
				...(claimedBy ? {claimant: sideOf(claimedBy) ?? claimedBy} : {}),
				...(calledFalse ? {disputedBy: calledFalse} : {}),
			});
		}
		// "In X, an air strike hit the central market": an unnamed target in the place the sentence opens with
		const scene = items.length ? null : FRONTED_PLACE.exec(sentence) ?? WHERE_BEFORE.exec(before);
		const place = scene && UNNAMED_TARGET.test(list) ? placeOfPhrase(scene[1], {allowInstallations: false}) : null;
		if (place) found.push({place, claim: STRIKE_VERBS[match[1].toLowerCase()], count: null, rule: 'claim.strike-scene', end: from + list.length, actorText: before});
	}
	return found;
}

const CLAIM_TO_HAVE = endingInWord(new RegExp(`(${NAME_SPAN}|[Tt]he\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)['’]s?\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?claims?\\s+to\\s+have\\s+$`, 'v'), ['have']);
const SAID_AFTER = new RegExp(`[,”"’]\\s+(${NAME_SPAN}|(?:he|she|they|it)|(?:the|an?)\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)?)\\s+(?:said|says|added|insisted)\\b`, 'iv');

/** Who calls a claim false in the claim's own sentence: "X said the claim … was false", "… was false, the army said"; a pronoun is read from the sentences before. */
function speakerOfFalse(sentence: string, end: number): string {
	const framed = FRAME_SPEAKER.exec(sentence.slice(0, end))?.[1];
	const said = framed ?? SAID_AFTER.exec(sentence.slice(end))?.[1];
	return said && !/^(?:he|she|they|it)$/i.test(said) ? sideOf(said) ?? said : UNNAMED_SPEAKER;
}

/** Who "he said"/"she said" is when a claim's own sentence calls it false: read from the sentences before, else unnamed. */
const UNNAMED_SPEAKER = 'its speaker';
const NAMED_SAYING = /\bsaid\s+((?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+)|((?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,4}[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+)\s+said\b/gv;

function speakerBefore(earlier: string): string | null {
	let who: string | null = null;
	NAMED_SAYING.lastIndex = 0;
	for (let match = NAMED_SAYING.exec(earlier); match; match = NAMED_SAYING.exec(earlier)) who = match[1] ?? match[2];
	return who ? sideOf(who) ?? who : null;
}

const SENTENCE_SUBJECT = /(?:^|[.!?]["”’']?\s+)((?:[Tt]he\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)){0,3}?)\s+(?:issued|said|says|released|published|added|rejected|responded|denied|insisted|told|put\s+out)\b/gv;

/** Who "It said …" is: the subject of the last sentence before it that says or issues something, else null. */
function subjectBefore(before: string): string | null {
	let subject: string | null = null;
	SENTENCE_SUBJECT.lastIndex = 0;
	for (let match = SENTENCE_SUBJECT.exec(before); match; match = SENTENCE_SUBJECT.exec(before)) subject = match[1];
	return subject && !/^(?:it|they|he|she|we|i)$/i.test(subject) ? subject : null;
}

// "a day after the first salvo on X", "two weeks before the raid on Y": a strike that dates something else
const TIME_ANCHOR = /(?<!\w)(?:day|days|week|weeks|month|months|hours?)\s+(?:after|before)\s+(?:the\s+)?(?:(?:first|last|initial|earlier)\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}$/iv;

/** Strike nouns with their target after a preposition: "an attack on X", "shelling along all sectors in X". */
function strikeNounClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (WAR_TOLL.test(sentence) && WHOLE_TOLL.test(sentence)) return found; // "29 sailors have been killed in attacks since March, most in strikes on X": a war's toll summed
	STRIKE_NOUN.lastIndex = 0;
	for (let match = STRIKE_NOUN.exec(sentence); match; match = STRIKE_NOUN.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		if (/\bto\s+$/i.test(before) || NON_STATE.test(before) || FORBIDDEN_BEFORE.test(before)) continue; // "ability to strike" is an aim; a terror attack is no side's claim
		if (/^strikes?$/i.test(match[1]) && /\b(?:general|hunger|wildcat|national|nationwide|rail|transport|sit-in|(?:workers|miners|dockers|teachers|nurses|drivers|doctors|pilots|farmers|employees|staff)['’])\s+$/iu.test(before)) continue; // "a general strike", "dockers' strikes"
		// the cause cited, not the claim ("the fighting triggered by X's attack on Y": how a war began)
		if (/\b(?:retaliation\s+(?:for|against)|in the wake of|deadly|(?:triggered|sparked|prompted|provoked|set\s+off)\s+by)\b[^,;]*$/i.test(before.slice(-60))) continue;
		if (TIME_ANCHOR.test(before.slice(-80))) continue; // "a day after the first missile salvo on X": a date told by an earlier strike
		if (isHypotheticalStrike(before, sentence.slice(match.index + match[0].length))) continue;
		// "repelled an attack on X": the defender kept X, so the claim is its hold on X, not a strike
		const repelledBefore = REPELLED_BEFORE.test(before);
		const gap = NOUN_GAP.exec(sentence.slice(match.index + match[0].length));
		if (!gap || /\b[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ed\b/v.test(gap[1])) continue;
		if (/^offensive$/i.test(match[1]) && /^(?:in|across|along)$/i.test(gap[2])) continue; // "an offensive in the X valley": where a campaign was fought, not a place struck
		const from = match.index + match[0].length + gap[0].length;
		const target = clauseFrom(sentence, from);
		const items = placesOfList(target, true, true);
		const area = items.length ? null : AREA_AFTER.exec(target);
		const place = area ? placeOfPhrase(area[1], {allowInstallations: false}) : null;
		if (place) items.push({place, extent: null, count: null, end: area![0].length});
		// "the rebel attack on X had been beaten back": repelled, told in the passive after its target
		const lastPlace = items.length ? target.lastIndexOf(items.at(-1)!.place) : -1;
		const repelled = repelledBefore || (lastPlace >= 0 && REPELLED_AFTER.test(target.slice(lastPlace + items.at(-1)!.place.length)));
		// "small-arms fire in X", "a mortar round near Y": fire reported there, not a strike on it
		const claim = repelled ? 'held' : /fire|round/i.test(match[1]) ? 'came under fire' : 'struck';
		for (const item of items) found.push({place: item.place, claim, count: item.count, rule: repelled ? 'claim.repelled-attack' : 'claim.strike-noun', end: from + item.end, actorText: before});
	}
	return found;
}

// "warned that any attack on X would end the deal", "an attack on X after a settlement would be met with force": a strike supposed, not made
const SUPPOSED_BEFORE = /(?<!\w)(?:any|no|future|possible|potential|a\s+single|no\s+further|an?\s+(?:future|possible|potential))\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?$/iv;
const MODAL_AFTER = /^(?:(?!\b(?:that|which|who|and|but)\b)[^,;.:"“”]){0,80}?\s(?:would|will|could|might|shall)\s+(?:(?:also|only|surely|certainly)\s+)?(?:be|end|trigger|mean|draw|invite|provoke|prompt|bring|lead|constitute|count|collapse|break|wreck|derail|result)\b/iu;
const isHypotheticalStrike = (before: string, after: string) => SUPPOSED_BEFORE.test(before) || MODAL_AFTER.test(after);

const REPELLED_AFTER = new RegExp(String.raw`^\s*(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:quickly\s+|swiftly\s+|easily\s+)?(?:${alternation(['repelled', 'repulsed', 'beaten back', 'pushed back', 'fought off', 'fended off', 'warded off', 'foiled', 'thwarted'])})\b`);
const REPELLED_BEFORE = new RegExp(String.raw`\b(?:${alternation(REPELLING_VERBS)})\s+(?:(?:an?|the|two|three|several|repeated|multiple|fresh|new|another)\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?$`, 'v');

/** "a warehouse in X", "the depot near Y": an installation placed by the named place after it, opening a passive's subject. */
const SITE_IN_SUBJECT = new RegExp(`^(?:the|a|an|its|their)\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:${INSTALLATION_NOUN})\\s+(?:in|at|near|outside)\\s+(?:the\\s+)?(${NAME_SPAN})`, 'v');

const KIND_OF_AT = new RegExp(`\\b(?:${alternation(PLACE_KINDS)})\\s+of\\s+`, 'gi');

/** What follows each "the village of", "the town of the" in a text, in lower case: the places it tells by their kind, read in one pass. */
function toldByKind(text: string): string[] {
	const told: string[] = [];
	KIND_OF_AT.lastIndex = 0;
	for (let match = KIND_OF_AT.exec(text); match; match = KIND_OF_AT.exec(text)) {
		const rest = text.slice(match.index + match[0].length).toLowerCase();
		told.push(rest, rest.replace(/^the\s+/, ''));
	}
	return told;
}

/** Passive strikes: "X was taken out in general area Y", "the Y airfield and Z Air Station were also hit". */
function passiveStrikeClaims(sentence: string): Found[] {
	const found: Found[] = [];
	PASSIVE_STRIKE.lastIndex = 0;
	for (let match = PASSIVE_STRIKE.exec(sentence); match; match = PASSIVE_STRIKE.exec(sentence)) {
		const end = match.index + match[0].length;
		const where = PASSIVE_IN.exec(sentence.slice(end));
		// "a car was hit near X" is an accident: near or outside a place only a shelling, a bombing or armed fire
		if (where && !/^\s+in\s/.test(where[0]) && /^(?:hit|struck|destroyed)$/i.test(match[1]) && !ARMED.test(sentence)) continue;
		if (where) {
			const place = placeOfPhrase(where[1], {allowInstallations: false});
			if (place) found.push({place, claim: match[1].toLowerCase(), count: null, rule: 'claim.strike-passive-in', end: end + where[0].length, actorText: sentence});
			continue;
		}
		const lead = SUBJECT_LEAD.exec(sentence.slice(0, match.index))?.[0] ?? '';
		const subject = sentence.slice(lead.length, match.index).replace(/\s+in\s+[^,]*?(?=\s+and\s+|$)/g, '');
		const byKind = toldByKind(subject);
		for (const item of placesOfList(subject, true)) {
			// only facilities, installations and countries: "one jet was hit" names no place
			// … or a place told by its kind: "the village of X was shelled"
			const place = item.place.toLowerCase();
			const isFacility = byKind.some((told) => told.startsWith(place)) || FACILITY_NAME.test(item.place) || / (?:air base|airfield|base|port|airport)$/.test(item.place) || sideOfWord(item.place) || INSTALLATION.test(item.place);
			if (isFacility) found.push({place: item.place, claim: match[1].toLowerCase(), count: item.count, rule: 'claim.strike-passive', end, actorText: sentence});
		}
		// "a warehouse in X storing food aid was hit by an air strike": an installation placed by the name after it
		const site = found.length ? null : SITE_IN_SUBJECT.exec(sentence.slice(lead.length, match.index));
		const place = site ? placeOfPhrase(site[1], {allowInstallations: false}) : null;
		if (place && sideOfWord(place) !== place && (ARMED.test(sentence) || /^(?:shelled|bombed|attacked|targeted)$/i.test(match[1])))
			found.push({place, claim: match[1].toLowerCase(), count: null, rule: 'claim.strike-passive', end, actorText: sentence});
	}
	return found;
}

const UNDER_FIRE_AT = new RegExp(`\\b(?:at|in|near|outside|around)\\s+(?:the\\s+)?(?:(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(PLACE_KINDS)})\\s+of\\s+)?(${NAME_SPAN})`, 'v');

/** A place that came under fire: "the border district of X witnessed heavy shelling", "its guards came under fire at X". */
function underFireClaims(sentence: string): Found[] {
	const found: Found[] = [];
	UNDER_FIRE.lastIndex = 0;
	for (let match = UNDER_FIRE.exec(sentence); match; match = UNDER_FIRE.exec(sentence)) {
		const clauseStart = Math.max(sentence.lastIndexOf(',', match.index), sentence.lastIndexOf(':', match.index), -1) + 1;
		const subject = sentence.slice(clauseStart, match.index).trim();
		const named = /\bof\s+([\p{Lu}--[\u{10000}-\u{10FFFF}]][^,]*)$/v.exec(subject)?.[1] ?? subject;
		// "X says its guards came under fire from Y at Z": a force under fire is placed after, never by its speaker
		const force = MILITARY_SUBJECT.test(subject) || /\b(?:its|their|our|we|they|guards|police|convoys?|patrols?|peacekeepers|observers|monitors|says|said|claims|claimed|reported|insists)\b/i.test(subject);
		// … and "Aid workers said the corridor into X came under fire": the subject after the verb of saying names the place
		const said = force ? /\b(?:says|said|claims|claimed|reported|insists)\s+(?:that\s+)?(?:the|a|an|its|their)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:corridor|road|route|convoy|convoys|crossing|checkpoint|bridge|camp|shelter|warehouse|hospital)\s+((?:into|to|in|at|near|outside)\s+.*)$/iv.exec(subject) : null;
		const where = force ? UNDER_FIRE_AT.exec(clauseFrom(sentence, match.index + match[0].length)) ?? (said ? UNDER_FIRE_AT.exec(said[1].replace(/^(?:into|to)\s/i, 'at ')) : null) : null;
		const place = force ? (where ? placeOfPhrase(where[1], {allowInstallations: false}) : null) : placeOfPhrase(named, {allowInstallations: false});
		if (place) found.push({place, claim: `came under ${match[2].toLowerCase()}`, count: null, rule: 'claim.under-fire', end: match.index + match[0].length, actorText: sentence.slice(match.index)});
	}
	return found;
}

const WEAPON = String.raw`(?:guns|gunfire|snipers|drones?|missiles?|rockets?|shells?|shelling|artillery|mortars?|mortar\s+rounds?|aircraft|jets|warplanes|bombers|air\s*strikes?|strikes?|rocket\s+fire|barrage|bombardment)`;
// "the X plant, hit by Tavian drones on the same night": a strike told in a participle after its target
const REDUCED_PASSIVE = new RegExp(
	String.raw`(?:^|[,;:\(]\s*|\b(?:and|but|said|says|that|when|after|while)\s+)((?:the\s+)?${NAME_SPAN}(?:\d+[A-Za-z]?)?(?:\s+[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+){0,3}),\s+(?:which\s+(?:was|were)\s+)?(?:(?:also|reportedly|badly|heavily)\s+)?(hit|struck|targeted|attacked|shelled|bombed|damaged|destroyed)\s+by\s+((?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?(?:${WEAPON}|forces|troops|the\s+army))\b`,
	'gv',
);

// What REDUCED_PASSIVE cannot match without (case-sensitive, as there): most sentences skip it.
const STRUCK_BY = /(?:hit|struck|targeted|attacked|shelled|bombed|damaged|destroyed)\s+by\s/;

/** A strike told after its target: "the Tarn-2 plant, hit by Velorian drones overnight, …". */
function reducedPassiveClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (!STRUCK_BY.test(sentence)) return found;
	REDUCED_PASSIVE.lastIndex = 0;
	for (let match = REDUCED_PASSIVE.exec(sentence); match; match = REDUCED_PASSIVE.exec(sentence)) {
		const place = placeOfPhrase(match[1], {allowInstallations: false});
		if (place) found.push({place, claim: match[2].toLowerCase(), count: null, rule: 'claim.strike-participle', end: match.index + match[0].length, actorText: match[3]});
	}
	return found;
}

// … and "gunmen set fire to houses in X"
const SET_ABLAZE = /\bset\s+(?:fire\s+to\s+([^.;]{1,80})|([^.;]{1,80}?)\s+(?:ablaze|on fire|alight)\b)/gi;

/** "Drones set the X depot ablaze": a strike told by the fire it started. */
function setAblazeClaims(sentence: string): Found[] {
	const found: Found[] = [];
	SET_ABLAZE.lastIndex = 0;
	for (let match = SET_ABLAZE.exec(sentence); match; match = SET_ABLAZE.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		const actor = before.slice(-60);
		if (!ARMED.test(actor) && !MILITARY_SUBJECT.test(actor)) continue; // "protesters set cars on fire"
		for (const item of placesOfList(match[1] ?? match[2], true, true))
			found.push({place: item.place, claim: 'set ablaze', count: item.count, rule: 'claim.strike-ablaze', end: match.index + match[0].length, actorText: before});
	}
	return found;
}

// "its rockets killed four villagers in X", "the shells that killed two children at Y": a deadly strike placed by where its dead were
// a perfect tense or "since" sums a war's toll ("strikes have killed 4,000 people in X since May"): a figure, not one strike
const deadlyStrikeIn = foldingAlike(String.raw`\b${WEAPON}\s+(?:that\s+|which\s+)?(?:had\s+)?(?:killed|wounded|injured)\s+`, 'gi');
// What a deadly strike cannot be told without (same flags, so the same case folding): most sentences skip it.
const deadlyVerbIn = foldingAlike(String.raw`(?:killed|wounded|injured)\s`, 'i');
const WAR_TOLL = /\b(?:have|has)\s+(?:been\s+)?(?:killed|wounded|injured)\b/;
const WHOLE_TOLL = /\b(?:since|so far|in total|to date|throughout|over the (?:past|last)|during the war|in the war)\b/i;
const VICTIMS_AT = new RegExp(`^[^,;]{0,60}?\\b(?:in|at|near|outside)\\s+(?:the\\s+)?(?:(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+|(?!)){0,2}?(?:${alternation(PLACE_KINDS)})\\s+of\\s+)?(${NAME_SPAN})`, 'v');

/** A strike told by its dead at a place: "Rocket fire killed four civilians in X on Monday". */
function deadlyStrikeClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (!deadlyVerbIn(sentence).test(sentence)) return found;
	const deadly = deadlyStrikeIn(sentence);
	deadly.lastIndex = 0;
	for (let match = deadly.exec(sentence); match; match = deadly.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		if (NON_STATE.test(before) || FORBIDDEN_BEFORE.test(before)) continue;
		const from = match.index + match[0].length;
		const clause = clauseFrom(sentence, from);
		const where = WHOLE_TOLL.test(clause) ? null : VICTIMS_AT.exec(clause);
		const place = where ? placeOfPhrase(where[1], {allowInstallations: false}) : null;
		if (place && sideOfWord(place) !== place) found.push({place, claim: 'struck', count: null, rule: 'claim.strike-deadly', end: from + where!.index + where![0].length, actorText: before});
	}
	return found;
}

// "the terminal at X, where 31 people were killed in a missile strike": a place told by the strike that killed people there
const WHERE_STRUCK = new RegExp(
	String.raw`(${NAME_SPAN}(?:\s+[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+){0,2}),\s+where\s+[^,;.]{0,60}?\b(?:were|was|had\s+been|have\s+been)\s+(?:killed|wounded|injured)\s+(?:in|by)\s+(?:an?\s+|the\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:${alternation(STRIKE_NOUNS)})\b`,
	'gv',
);

/** A strike told in a relative clause of where it killed: "outside the terminal at X, where 31 people were killed in a missile strike". */
function whereStruckClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (!/,\s+where\s/.test(sentence)) return found;
	WHERE_STRUCK.lastIndex = 0;
	for (let match = WHERE_STRUCK.exec(sentence); match; match = WHERE_STRUCK.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		if (NON_STATE.test(before.slice(-40)) || /\b(?:terror|terrorist|suicide)\b/i.test(match[0])) continue; // a terror attack is no side's claim
		const place = placeOfPhrase(match[1], {allowInstallations: false});
		if (place && sideOfWord(place) !== place) found.push({place, claim: 'struck', count: null, rule: 'claim.strike-where', end: match.index + match[0].length, actorText: before});
	}
	return found;
}

// armed sides only: "gunmen killed three worshippers" is an attack by unnamed assailants, no side's claim
const KILLERS = String.raw`(?:soldiers|troops|forces|militias?|militiamen|army|fighters|rebels|paramilitaries|snipers)`;
const KILLED = alternation(KILLED_PEOPLE);
// "soldiers and a militia had killed 47 civilians in X", "villagers were killed in X last week by soldiers": killings a force is accused of
const FORCE_KILLED = new RegExp(
	String.raw`\b${KILLERS}\s+(?:and\s+[^,.;]{1,40}?\s+)?(?:had\s+)?(?:killed|massacred|executed)\s+(?:(?:at\s+least|more\s+than|some|about|dozens\s+of|scores\s+of|[\d,]+|two|three|four|five|six|seven|eight|nine|ten)\s+)*(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${KILLED})\b|\b(?:${KILLED})\s+(?:were|was|had\s+been|have\s+been)\s+(?:killed|massacred|executed)\b(?=[^.;]{0,60}?\bby\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?${KILLERS}\b)`,
	'gv',
);

// What FORCE_KILLED cannot match without (case-sensitive, as there).
const KILLING_WORDS = ['killed', 'massacred', 'executed'];

/** Killings a force is accused of at a place: "Rights groups say soldiers killed 40 villagers in X". */
function forceKilledClaims(sentence: string): Found[] {
	const found: Found[] = [];
	if (!holdsAny(sentence, KILLING_WORDS)) return found;
	// … also opening a sentence ("Snipers killed two aid workers near X"): read with its first letter in lower case, offsets alike
	const first = sentence.charAt(0).toLowerCase();
	const text = first.length === 1 ? first + sentence.slice(1) : sentence;
	FORCE_KILLED.lastIndex = 0;
	for (let match = FORCE_KILLED.exec(text); match; match = FORCE_KILLED.exec(text)) {
		const from = match.index + match[0].length;
		const clause = clauseFrom(sentence, from);
		const where = WHOLE_TOLL.test(clause) ? null : VICTIMS_AT.exec(clause);
		const place = where ? placeOfPhrase(where[1], {allowInstallations: false}) : null;
		if (place && sideOfWord(place) !== place)
			found.push({place, claim: 'killings', count: null, rule: 'claim.force-killed', end: from + where!.index + where![0].length, actorText: sentence.slice(0, match.index), accused: true});
	}
	return found;
}

// in lower case (or opening the sentence): "the African Union" or "the Seafarers' Union" is a body's name, not a labour dispute
const LABOUR = new RegExp(`(?:^(?:${alternation(LABOUR_WORDS.map((word) => word[0].toUpperCase() + word.slice(1)))})|\\b(?:${alternation(LABOUR_WORDS)}))\\b`, 'u');
const ARMED = new RegExp(`\\b(?:${alternation(ARMED_WORDS)})\\b`, 'i');

/** Places a strike hit, by every strike rule; none in a sentence about a labour dispute ("the miners' strike at the X mine"). */
function strikeClaims(sentence: string): Found[] {
	if (LABOUR.test(sentence) && !ARMED.test(sentence)) return [];
	return [...strikeVerbClaims(sentence), ...strikeNounClaims(sentence), ...passiveStrikeClaims(sentence), ...reducedPassiveClaims(sentence), ...setAblazeClaims(sentence), ...deadlyStrikeClaims(sentence), ...whereStruckClaims(sentence), ...forceKilledClaims(sentence), ...underFireClaims(sentence), ...incidentClaims(sentence)];
}

// … and "fired artillery at", "fired two rockets into": fire with its weapon named
// … and water cannon however told: "fired water cannons on", "shot a water cannon at", "used its water cannon against"
const WATER_CANNON = String.raw`(?:fired|shot|used|turned|aimed|trained|sprayed)\s+(?:[\w\-]+\s+){0,2}?water\s+cannons?\s+(?:at|on|against)`;
const INCIDENT = new RegExp(`\\b(${alternation(Object.keys(INCIDENT_VERBS))}|${WATER_CANNON}|fired\\s+(?:[\\w\\-]+\\s+){0,2}?(?:${alternation(FIRED_WEAPONS)})\\s+(?:at|on|into))\\b`, 'gi');
const incidentClaimOf = (verb: string) => INCIDENT_VERBS[verb.toLowerCase()] ?? (/water\s+cannon/i.test(verb) ? 'used water cannon on' : 'fired on');
// what a downing brings down: "intercepted a boat carrying migrants" is no downing
const AIRBORNE = new RegExp(`\\b(?:${alternation(AIRBORNE_NOUNS)})\\b`, 'i');
const MUNITION = new RegExp(`\\b(?:${alternation(MUNITION_NOUNS)})\\b`, 'i');
const INCIDENT_NOUN = new RegExp(`\\b(${alternation(INCIDENT_NOUNS)})\\b`, 'gi');
const INCIDENT_ACTOR = new RegExp(`\\b(?:${alternation(INCIDENT_ACTORS)})\\b`, 'i');
const NATIONALITY_WORD = /\b[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:i|ian|ean|ese|ish)\b/v;
const DISTANCE_COUNT = String.raw`(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\s+few|several)`;
const COMPASS_OF = String.raw`(?:north|south|east|west)(?:-?(?:north|south|east|west))?\s+of`;
// "near the X border crossing", "over the village of Y", "nine nautical miles southwest of Z", "three kilometres inside W"
const INCIDENT_PLACE = new RegExp(
	String.raw`\b(?:at|near|over|off|outside|around|in|inside|close\s+to|towards?|back\s+(?:to|into)|${DISTANCE_COUNT}\s+(?:${alternation(DISTANCE_UNITS)})\s+(?:inside|into|from|off|${COMPASS_OF}))\s+(?:the\s+)?(?:(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:${alternation(PLACE_KINDS)}|centre|center|outskirts|edge|heart|part|parts|area|areas)\s+of\s+(?:the\s+)?)?(${NAME_SPAN})`,
	'v',
);
const NEGATED_BEFORE = /\b(?:not|never|no|n['’]t)\s+(?:(?:have|has|had|been|first|once)\s+)*$/i;

const CROWD = /\b(?:police|policemen|riot\s+officers|protesters|protestors|demonstrators|crowds?|rioters|students|strikers|mourners)\b/i;
const DOWNING = new Set(['shot down', 'intercepted']);
const CROWD_OBJECT = /^\s+(?:(?:the|a|an|unarmed|peaceful|crowds?\s+of)\s+)*(?:protesters|protestors|demonstrators|crowds?|marchers|mourners|rioters|students|strikers)\b/i;
const MUNITION_VERBS = new Set(['landed', 'exploded', 'rained down']);
const CONVOY_VERBS = new Set(['blocked', 'turned back']);
const CONVOY_OBJECT = new RegExp(`^\\s+(?:(?:the|a|an|its|their|two|three|four|five|\\d+|several|dozens\\s+of)\\s+)*(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:aid|relief|food|${alternation(ROAD_VEHICLES)})\\b`, 'iv');

// INCIDENT_PLACE searched along a clause (made once; incidentPlace resets it)
const INCIDENT_PLACE_ALL = new RegExp(INCIDENT_PLACE.source, 'gv');

/** The first place an incident's clause names after its object: "a patrol near the X crossing" -> X. */
function incidentPlace(clause: string): {place: string; end: number} | null {
	// "ambushed a convoy on the N4 highway north of X": the road the convoy was on, unless a place is named before it
	const road = roadWhere(clause);
	const pattern = INCIDENT_PLACE_ALL;
	pattern.lastIndex = 0;
	for (let where = pattern.exec(clause); where && where.index <= (road ? Math.min(90, road.target.length) : 90); where = pattern.exec(clause)) {
		const at = where.index + where[0].length - where[1].length;
		// "in Tavian waters, nine miles off X": whose waters, not where; the place comes after
		if (LAND_NOUN_AFTER.test(clause.slice(where.index + where[0].length))) continue;
		// "over Tavian territory" is no place; "off the Plover Bank" is a shoal, not a lender
		const place = placeOfPhrase(clause.slice(at), {allowInstallations: false}) ?? (/^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*\s+Banks?$/v.test(where[1]) ? where[1] : null);
		if (place) return {place, end: where.index + where[0].length};
	}
	return road && road.target.length <= 90 ? {place: road.place, end: road.end} : null;
}
// "ambushed a convoy in Mali": an ambush or a clash happens at a spot; a whole country as its place says where the war is, no claim on ground
const isCountryName = (place: string) => sideOfWord(place) !== null && sideOfWord(place)!.toLowerCase() === place.trim().toLowerCase();
const FINITE_VERB = /\b(?:has|have|had|was|were|is|are|will|would)\s+(?:(?:been|be|now|since|later|also)\s+)?[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}|\b(?:died|killed|risen|rose|climbed)\b/v;
const LAND_NOUN_AFTER = /^\s+(?:waters|territory|airspace|soil|side|skies|lines|positions|hands|control)\b/;
const SAID_NEXT = /^\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+)?(?:said|says|say|told|reported)\b/v;
// "the clash on the X Glacier": "on" places an incident only on a named feature ("fired on X" is the verb's object)
const FEATURE_ON = new RegExp(`^[^,;]{0,30}?\\bon\\s+(?:the\\s+)?(?:upper\\s+|lower\\s+)?(${NAME_SPAN})`, 'v');

/** A named feature an incident was on ("on the X Ridge"), else null. */
function featureOn(clause: string): {place: string; end: number} | null {
	const match = FEATURE_ON.exec(clause);
	const place = match && isNamedSite(match[1]) ? placeOfPhrase(match[1], {allowInstallations: false}) : null;
	return place ? {place, end: match!.index + match![0].length} : null;
}

/**
 * Incidents one side tells: "Kyrin soldiers opened fire on a patrol near the X crossing", "air defences shot down a drone
 * over the village of Y", "the cutter rammed the trawler nine nautical miles off Z", "an exchange of fire at W".
 */
function incidentClaims(sentence: string): Found[] {
	const found: Found[] = [];
	INCIDENT.lastIndex = 0;
	for (let match = INCIDENT.exec(sentence); match; match = INCIDENT.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		if (FORBIDDEN_BEFORE.test(before) || NEGATED_BEFORE.test(before) || /\bto\s+$/i.test(before)) continue; // a ban, a denial or an aim
		// "blocked a convoy", "turned back aid trucks": only a convoy or aid is stopped as an incident ("blocked the bill" is politics)
		if (CONVOY_VERBS.has(match[1].toLowerCase()) && !CONVOY_OBJECT.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 60))) continue;
		const munition = MUNITION_VERBS.has(match[1].toLowerCase());
		if (!munition && !MILITARY_ACTOR.test(before) && !MILITARY_SUBJECT.test(before) && !INCIDENT_ACTOR.test(before) && !sideOf(before) && !NATIONALITY_WORD.test(before)) continue;
		const from = match.index + match[0].length;
		// "the troops were pushed back towards X": a force's retreat towards a place tells no claim on it
		if (/^(?:pushed|pushing) back$/i.test(match[1]) && /^\s+(?:towards?|to|into|in\s+the\s+direction\s+of)\s/i.test(sentence.slice(from))) continue;
		// "Kenyan police fired tear gas at protesters in X": crowd control, not a side's incident
		if (CROWD.test(`${before.slice(-40)} ${sentence.slice(from, from + 60)}`) && !MILITARY_SUBJECT.test(before)) continue;
		// "security forces opened fire on demonstrators near X": a crackdown on a crowd is a toll, not a side's claim on the place
		if (CROWD_OBJECT.test(sentence.slice(from))) continue;
		const where = incidentPlace(clauseFrom(sentence, from));
		const claim = incidentClaimOf(match[1]);
		// "the plane landed in X", "a gas main exploded": only a munition landing or exploding is a strike
		if (munition && !MUNITION.test(before.slice(-40))) continue;
		if (DOWNING.has(claim) && !AIRBORNE.test(`${before.slice(-40)} ${clauseFrom(sentence, from).slice(0, where ? where.end : 0)}`)) continue;
		// a downing is told by the side that did it; a shooting or a ramming by the side it was done to
		// … and a passive one by whoever reports it ("a Tavian drone was shot down": the drone is not the claimant's)
		const passive = /\b(?:was|were|been|being|is|are)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+)?$/v.test(before);
		const victimText = passive ? '' : DOWNING.has(claim) ? undefined : clauseFrom(sentence, from).slice(0, where ? where.end : 0);
		if (where && !isCountryName(where.place)) found.push({place: where.place, claim, count: null, rule: 'claim.incident', end: from + where.end, actorText: before, victimText});
	}
	INCIDENT_NOUN.lastIndex = 0;
	for (let match = INCIDENT_NOUN.exec(sentence); match; match = INCIDENT_NOUN.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		if (FORBIDDEN_BEFORE.test(before) || NON_STATE.test(before) || /\bto\s+$/i.test(before)) continue;
		// "clashes at the mine, police say": a clash or a shooting is a side's incident only among armed forces
		if (!/fire\b/i.test(match[1]) && !ARMED.test(sentence) && !MILITARY_SUBJECT.test(sentence) && !INCIDENT_ACTOR.test(sentence)) continue;
		const from = match.index + match[0].length;
		const clause = clauseFrom(sentence, from);
		// the place right after the noun: "an exchange of fire at X", not a place the sentence names later
		// … nor one past a comma ("captured in the clash returned within days, at X"), nor a speaker's town ("officials in X said")
		// … nor one past the verb of a clause the noun opens ("a man wounded in the ambush has died in hospital in X": where he died)
		const near = (at: {place: string; end: number} | null) => !!at && at.end - at.place.length < 40 && !clause.slice(0, at.end - at.place.length).includes(',') && !FINITE_VERB.test(clause.slice(0, at.end - at.place.length)) && !SAID_NEXT.test(clause.slice(at.end));
		const where = [featureOn(clause), incidentPlace(clause)].filter(near).sort((a, b) => a!.end - b!.end)[0];
		if (where && !isCountryName(where.place)) found.push({place: where.place, claim: match[1].toLowerCase().replace(/^exchanges/, 'exchange'), count: null, rule: 'claim.incident-noun', end: from + where.end, actorText: ''}); // the noun names no actor: only a source claims it
	}
	return found;
}

// "X said", "X says on Sunday that", "a spokesman told Radio Y (that)"
const SPEAKER = String.raw`((?:the\s+)?${NAME_SPAN}(?:['’]s\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?|\s+(?:officials|authorities|sources|military|army|navy|government|ministry|defen[cs]e\s+ministry|spokesman|spokeswoman|spokesperson|activists|supporters|leaders|organisers|organizers))?|(?:[Tt]he|An?)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?|(?:[Tt]he|An?)\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|official|officer|commander|army|military|ministry|government|navy|command))(?:,\s+[^,;.]{1,80},(?:\s+[^,;.]{1,80},)?)?\s+(?:also\s+|later\s+|(?:has|have|had)\s+(?:always\s+|long\s+)?)?(?:said|says|say|insisted|insists|insist|maintained|maintains|maintain|stated|told\s+(?:${NAME_SPAN}|reporters|journalists|the\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+))\s+(?:(?:on|late on|early on|last)\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+|(?:yesterday|today|later|separately)\s+)?(?:that\s+)?`;
// "The military said all the drones had been intercepted", "… said there was no damage": the strike did not land
// … and "Tavia's insistence that every drone was downed", "officials said the rockets had been intercepted and the refinery was intact"
const NOTHING_HIT = requiring(
	new RegExp(
		String.raw`(?:${SPEAKER}|(${NAME_SPAN})['’]s\s+(?:insistence|assertion|statement|position)\s+that\s+)(?:(?:(?:all|every one|every|the)\s+)?(?:of\s+)?(?:the\s+)?(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten)?\s*(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:drones?|missiles?|rockets?|projectiles?|shells?|munitions)\s+(?:had\s+been|have\s+been|were|was)\s+(?:all\s+)?(?:intercepted|shot down|downed)|there\s+(?:was|had been|were)\s+["“]?no\s+(?:damage|casualties)|(?:the|its|their)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:depot|base|plant|terminal|bridge|port|airfield|refinery|station|facility)\s+(?:was|is|had been|remained|remains)\s+(?:undamaged|untouched|intact))`,
		'v',
	),
	['intercepted', 'shot down', 'downed', 'damage', 'casualties', 'untouched', 'intact'],
);
// "“No helicopter was lost,” the colonel said": the other side says nothing it has was destroyed
const NONE_LOST = new RegExp(
	String.raw`\b(?:[Nn]o|[Nn]ot\s+(?:a\s+single|one))\s+(?:single\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${alternation([...EQUIPMENT_NOUNS, ...TARGET_NOUNS])})\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:lost|destroyed|hit|damaged|sunk|struck)\b`,
	'v',
);
const SAID_BEFORE = new RegExp(`(${NAME_SPAN}|(?:[Tt]he|An?)\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)?)\\s+(?:said|says|insisted|insists|added)\\s+(?:that\\s+)?["“]?$`, 'v');

/** Who says nothing was lost: "X said no jet was lost", "“Not one jet was hit,” X said"; null when nobody is named. */
function noneLostBy(after: string): string | null {
	const match = NONE_LOST.exec(after);
	if (!match) return null;
	const who = SAID_BEFORE.exec(after.slice(Math.max(0, match.index - 80), match.index))?.[1] ?? SAID_AFTER.exec(after.slice(match.index, match.index + 200))?.[1];
	return who && !/^(?:he|she|they|it|we|i)$/i.test(who) ? sideOf(who) ?? who : null;
}
// "Colonel X said the strike had targeted a weapons depot used by the rebels": the other side's account of a strike that killed civilians
const MILITARY_TARGET = requiring(
	new RegExp(
		String.raw`${SPEAKER}(?:(?:(?:the|its|their)\s+(?:air\s*)?(?:strike|attack|raid|airstrike|bombing|shelling)|(?:its|their|our)\s+(?:guns|artillery|forces|troops|jets|drones|units|missiles|rockets)|it|they)\s+(?:had\s+|has\s+)?(?:only\s+)?(?:targeted|hit|struck|was aimed at|was directed at|fired\s+(?:only\s+)?(?:at|on))|(?:the|its|their)\s+(?:real\s+|actual\s+|intended\s+|only\s+)?target\s+(?:was|had\s+been|is))\s+(?:only\s+)?(?:(?:a|an|the)\s+)?[^,.;]{0,50}?\b(?:depot|base|position|positions|command|headquarters|launch|cell|hideout|militants|fighters|rebels|terrorists|weapons|ammunition|military)\b`,
		'v',
	),
	['targeted', 'hit', 'struck', 'aimed', 'directed', 'fired', 'target'],
);
// "The ministry said the claim was false", "… called the reports fabricated", "… said reports of the fall of X were lies"
const CALLED_FALSE = requiring(
	new RegExp(
		String.raw`(${NAME_SPAN}|(?:[Tt]he|An?)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)\s+(?:said|says|called|described|insisted)\s+(?:that\s+)?(?:(?:the|this|that|these|those|such|its|their)\s+)?(?:[\p{L}--[\u{10000}-\u{10FFFF}]]+['’]s?\s+)?(?:claims?|reports?|account|assertions?|accusations?|allegations?)(\s+(?:of|about|that)\s+[^,.;"“”]{1,60}?)?(?:\s+(?:was|were|is|are|as))?\s+["“]?(?:(?:completely|totally|entirely|simply)\s+)?(?:${alternation(FALSE_WORDS)})\b`,
		'v',
	),
	FALSE_WORDS,
);
// "…, a claim the army called \"a lie\""
const CLAIM_CALLED = requiring(
	new RegExp(
		String.raw`\bclaims?\s+(?:that\s+)?((?:[Tt]he\s+)?${NAME_SPAN}(?:(?:['’]s)?\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)?|(?:[Tt]he|An?)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)\s+(?:has\s+|have\s+)?(?:called|calls|described as|dismissed as|branded|termed)\s+["“‘']?(?:a\s+|an\s+)?(?:(?:outright|complete|total|blatant|pure|utter|sheer)\s+)?(?:lie|lies|false|untrue|baseless|fabrication|fabricated|fake|propaganda|nonsense|fiction|fantasy|fairy\s+tale|myth|invention)\b`,
		'v',
	),
	['claim'],
);
// "X, the rebels' spokesman, calls that \"a lie\"": the claim just told, called false by pronoun
const CALLS_IT_FALSE = requiring(
	new RegExp(
		String.raw`(${NAME_SPAN}|(?:[Tt]he|An?|Our|Its|Their)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)(?:,\s+[^,;.]{1,60},)?\s+(?:calls|called|dismissed|dismisses|described|describes|branded|brands)\s+(?:that|this|it|them|these|those)\s+(?:as\s+)?["“‘']?(?:(?:complete|total|outright|blatant|pure|utter)\s+)?(?:${alternation(FALSE_WORDS)})\b`,
		'v',
	),
	FALSE_WORDS,
);
// "…, calling the militia's claim \"a fantasy\"", "X called the rebels' account 'fiction'": the claim itself named and called false
const CALLS_CLAIM_FALSE = requiring(
	new RegExp(
		String.raw`(?:^|[.;]\s+|,\s+)(?:(${NAME_SPAN}|(?:[Tt]he|An?)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)(?:,\s+[^,;.]{1,60},)?\s+)?(?:calling|calls|called|dismissing|dismissed|branding|branded|describing|described)\s+(?:the\s+|this\s+|that\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+(?:['’]s?|s['’])\s+)?(?:claims?|account|accounts|version|assertions?|reports?)\s+(?:as\s+)?["“‘']?(?:(?:complete|total|outright|blatant|pure|utter)\s+)?(?:${alternation(FALSE_WORDS)})\b`,
		'v',
	),
	['calling', 'calls', 'called', 'dismiss', 'brand', 'describ'],
);
// "rebel fighters still held the ridge", "the village remained under its control", "the ridge is firmly in our hands": the other side says it holds the place
const STILL_HELD = requiring(
	new RegExp(
		String.raw`${SPEAKER}[^.;]{0,60}?\b(?:still\s+(?:held|hold|holds|control|controls|controlled)|remain(?:s|ed)?\s+(?:in|under)\s+(?:its|their|our|government|army|rebel|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)\s+(?:control|hands)|(?:are|is|were|was|remain|remains|remained)\s+still\s+(?:there|inside|in\s+(?:control|place|position))|still\s+in\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:hands|control)|remain(?:s|ed)?\s+in\s+(?:full\s+)?control\s+of|(?:has|had)\s+(?:long\s+)?been\s+under\s+(?:its|their|our|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)\s+(?:control|administration|sovereignty|rule)|(?:are|is|were|was)\s+still\s+(?:firmly\s+)?under\s+(?:the\s+)?(?:its|their|our|government|army|rebel|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)\s+(?:control|hands)|(?:had\s+|has\s+)?(?:stayed|remained)\s+(?:firmly\s+)?under\s+(?:its|their|our|government|army|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)\s+(?:guard|protection)\s+throughout|(?:are|is|were|was)\s+(?:firmly|fully|securely|solidly|completely|entirely|squarely)\s+(?:in|under)\s+(?:the\s+)?(?:its|their|our|government|army|rebel|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)\s+(?:control|hands))\b`,
		'v',
	),
	['still', 'remain', 'been under', 'firmly', 'fully', 'securely', 'solidly', 'completely', 'entirely', 'squarely'],
);
// "The army said it had retaken the town", "the militia says it recaptured it": the other side took the place back
const TAKEN_BACK = requiring(
	new RegExp(
		String.raw`${SPEAKER}(?:it|they|we|(?:its|their|our|government|army|rebel)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:troops|forces|units|soldiers|fighters))\s+(?:had\s+|has\s+|have\s+)?(?:since\s+|now\s+|quickly\s+)?(?:retaken|retook|recaptured|regained|liberated|took\s+back|taken\s+back|won\s+back|reclaimed)\s+(?:control\s+of\s+)?(?:it|them|(?:the|this)\s+(?:town|city|village|district|area|quarter|ridge|hill|hills|hilltops?|airport|airfield|base|port|position|positions|settlement|crossing|bridge|plant|power\s+station|station|depot|checkpoint|outpost))\b`,
		'v',
	),
	['retaken', 'retook', 'recaptured', 'regained', 'liberated', 'took', 'taken', 'won', 'reclaimed'],
);
// "which the army says it had already left", "X said the tower had been empty for a week": the loser says there was nothing to take
const LEFT_BEFORE = new RegExp(
	String.raw`\b(?:said|says|insisted|insists|maintained|maintains)\s+(?:that\s+)?[^.;]{0,80}?\b(?:(?:it|they|we|(?:its|their|his|her|our)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:troops|forces|soldiers|units|fighters|men))\s+(?:had|has|have)\s+(?:already\s+|long\s+since\s+|since\s+)?(?:left|abandoned|vacated|withdrawn\s+from|pulled\s+out)|(?:had\s+been|was|were)\s+["“]?(?:empty|abandoned|deserted|unoccupied|unmanned)\b)`,
	'v',
);
const SPEAKER_BEFORE_VERB = new RegExp(`(${NAME_SPAN}|(?:[Tt]he|An?)\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)?)(?:,\\s+(?:who|which|the|a|an)\\b[^,]*,)?\\s+(?:also\\s+|later\\s+)?$`, 'v');

/** Who says a place had been left before it was taken, named before the saying verb ("General X, who commands …, said"). */
function leftBeforeBy(after: string): string | null {
	const match = LEFT_BEFORE.exec(after);
	if (!match) return null;
	const who = SPEAKER_BEFORE_VERB.exec(after.slice(Math.max(0, match.index - 120), match.index))?.[1];
	return who ? sideOf(who) ?? who : null;
}
// "The regime denies its troops were there", "The army denies having any forces there": the accused side was not at the place
const NOT_THERE = requiring(
	new RegExp(
		String.raw`(${NAME_SPAN}|(?:[Tt]he|An?)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)\s+(?:has\s+|have\s+)?(?:denies|denied|deny)\s+(?:that\s+)?(?:having\s+(?:had\s+)?)?(?:any\s+|its\s+|their\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:troops|forces|units|soldiers|fighters)\s+(?:were\s+|was\s+|had\s+been\s+)?(?:there|in\s+the\s+(?:area|village|town|district)|present|nearby|deployed\s+there)\b`,
		'v',
	),
	['deni', 'deny'],
);
// "Kyrin said Tavian troops still held the village", "Tavian statements that its troops still hold part of it": the holder's side disputes
const SIDE_HOLDS = requiring(
	new RegExp(
		String.raw`(${NAME_SPAN})(?:['’]s)?\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:troops|forces|units|soldiers|fighters|army|statements|claims|assertions)\s+(?:that\s+(?:its|their)\s+(?:troops|forces|units|soldiers|fighters)\s+)?(?:still|continue\s+to)\s+(?:held|hold|holds|control|controls|controlled)\b`,
		'v',
	),
	['still', 'continue'],
);
// "Tavia says its guards never left Tavian soil", "the gang leader says his men never left the hill", "a trader said the gunmen had never left": the accused or ousted side denies the act
const NEVER_DID = requiring(
	new RegExp(
		String.raw`${SPEAKER}(?:it|they|we|(?:its|their|our|his|her)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:troops|forces|guards|soldiers|units|army|fighters|guns|artillery|jets|drones|police|vessels?|ships?|boats?|crews?|patrols?|men|members|people|group)|(?:the\s+)?(?:${alternation(NON_STATE_FORCES)}|rebels|fighters|militants|insurgents))\s+(?:had\s+|have\s+|has\s+)?(?:never|did\s+not|didn['’]t|had\s+not|hadn['’]t|have\s+not|has\s+not)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+)?(?:left|crossed|entered|fired|attacked|targeted|struck|shelled|hit|opened|rammed|launched|sent|lost|lose|surrendered|ceded|abandoned|gave\s+up|given\s+up)\b`,
		'v',
	),
	['never', 'not', 'n’t', "n't"],
);
const OWN_SIDE = String.raw`(?:over|on|inside|in|within)\s+(?:its|their|our|his|her)\s+own\s+(?:territory|side|soil|airspace|skies|waters|checkpoint|positions?|ground|land)|on\s+the\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+side\s+of\s+the\s+(?:border|line|frontier|river)`;
// "its units had only responded to mortar fire": the other side fired first
const RESPONDED = String.raw`\bresponded\s+to\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:fire|attacks?|shelling)\b`;
// "Tavia said the drone was unarmed", "Kyrin says its patrol was shot at first", "… came down over its own territory": the other side's version
const COUNTER = String.raw`\b(?:${alternation(COUNTER_VERSION_WORDS)})\b|${OWN_SIDE}|${RESPONDED}`;
const COUNTER_WORDS = new RegExp(COUNTER, 'v');
const COUNTER_VERSION_SAID = new RegExp(String.raw`${SPEAKER}[^.;]{0,140}?(?:${COUNTER})`, 'v');
// tried only on texts that hold the counter-version's words, which end every match
const COUNTER_VERSION = {exec: (text: string) => (COUNTER_WORDS.test(text) ? COUNTER_VERSION_SAID.exec(text) : null)};

/** '"The drone was unarmed and came down over our own territory," the ministry said': a counter-version with its speaker after it. */
function counterVersionBy(after: string): RegExpExecArray | null {
	const words = COUNTER_WORDS.exec(after);
	if (!words) return null;
	const sentenceEnd = after.slice(words.index).search(/[.!?](?:["”’']|\s|$)/);
	const rest = after.slice(words.index, sentenceEnd < 0 ? undefined : words.index + sentenceEnd + 2);
	const said = SAID_AFTER.exec(rest);
	return said && !/^(?:he|she|they|it)$/i.test(said[1]) ? said : null;
}
// "Tavia says the Kyrin boat rammed the cutter": the other side tells the same incident the other way round
const RIVAL_INCIDENT = requiring(new RegExp(String.raw`${SPEAKER}[^.;]{0,140}?\b(?:rammed|struck|opened\s+fire|fired\s+(?:on|at)|shot\s+at|attacked)\b`, 'v'), ['rammed', 'struck', 'opened', 'fired', 'shot', 'attacked']);
// "The rebels say fighting is continuing there", "the district is contested house by house": ground said taken is still fought over
const STILL_FOUGHT = requiring(new RegExp(String.raw`${SPEAKER}[^.;]{0,60}?\b(?:(?:fighting|battles?|clashes|combat)\s+(?:(?:is|are|was|were|has\s+been)\s+)?(?:still\s+)?(?:continuing|continues|continued|going\s+on|goes\s+on|raging|rages|under\s+way)|(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?contested)\b`, 'v'), ['fighting', 'battle', 'clashes', 'combat', 'contested']);
// "Kyrin says the occupation is illegal": the other side calls the hold unlawful
const HOLD_ILLEGAL = requiring(new RegExp(String.raw`${SPEAKER}(?:the|its|their|this)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:occupation|annexation|presence|control|administration)\s+(?:of\s+[^,.;]{1,40}\s+)?(?:is|was|remains)\s+(?:an?\s+)?(?:illegal|unlawful|illegitimate|invalid)\b`, 'v'), ['illegal', 'unlawful', 'illegitimate', 'invalid']);
// "The army says the attack was repelled within hours": the taking never happened
// … and "the army says … that the post repelled the attack": told in the active, by the post or force that held
// … and "the army said the enemy was repelled from X", "rebel units had been driven out of X": the attackers told as beaten off
const REPELLED = requiring(
	new RegExp(
		String.raw`${SPEAKER}(?:[^.;]{0,160}?\b(?:and\s+)?that\s+)?(?:(?:(?:the|their|its|this|that|any|every)\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:attack|attacks|assault|offensive|advance|push|raid|attempt)(?:\s+(?:on|against|towards|toward)\s+[^,.;]{1,40}?)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:quickly\s+|swiftly\s+)?(?:repelled|repulsed|beaten\s+back|pushed\s+back|thwarted|foiled)|(?:the|its|their|our)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:post|garrison|base|outpost|position|defenders|troops|forces|soldiers|men|units)\s+(?:had\s+|have\s+|has\s+)?(?:quickly\s+|swiftly\s+)?(?:repelled|repulsed|beat\s+back|fought\s+off)\s+(?:the|an?|every|all)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:attack|attacks|assault|attackers|raid|offensive)|(?:the\s+)?(?:enemy|attackers|assailants|raiders|intruders|(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:troops|forces|fighters|rebels|militants|militiamen|units|soldiers|gunmen))\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:quickly\s+|swiftly\s+)?(?:repelled|repulsed|driven\s+(?:out|back|off)|pushed\s+(?:out|back)|beaten\s+back|thrown\s+back|expelled|forced\s+(?:out|back)|ejected))\b`,
		'v',
	),
	['repelled', 'repulsed', 'beaten', 'pushed', 'thwarted', 'foiled', 'beat', 'fought', 'driven', 'thrown', 'expelled', 'forced', 'ejected'],
);
// "Tarvania's army says it holds all three", "the rebels say they control both": the other side holds the places named before
const RIVAL_HOLDS = gated(
	new RegExp(
		String.raw`${SPEAKER}(?:it|they|we|(?:its|their|our)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${HOLDING_FORCES}))\s+(?:still\s+|now\s+|also\s+)?(?:holds?|controls?)\s+(?:all\s+(?:two|three|four|five|six|of\s+them)|both(?:\s+of\s+them)?|them(?:\s+all)?)\b`,
		'v',
	),
	/\b(?:holds?|controls?)\s+(?:all|both|them)\b/,
);
// "the bridge never left government hands", "X said the town remained in army hands", "the pass never changed hands"
const NEVER_LEFT_HANDS = requiring(new RegExp(String.raw`${SPEAKER}[^.;]{0,60}?\bnever\s+(?:left|fell\s+out\s+of|changed)\s+(?:(?:our|its|their|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)\s+)?(?:hands|control)\b`, 'v'), ['never']);
// "… and that the two districts were \"calm and under police control\"", "the capital was calm": the other side says nobody holds the streets
const CALM_UNDER_CONTROL = requiring(
	new RegExp(
		String.raw`${SPEAKER}[^.;]{0,200}?\b(?:the|both|all)\s+(?:(?:two|three|four|five|several)\s+)?(?:districts?|streets|neighbou?rhoods?|quarters?|squares?|city|capital|town)\s+(?:were|was|are|is|remained|remains|had\s+been)\s+${QUOTE_MARK}(?:(?:calm|quiet|peaceful)\b(?:\s+and\s+under\s+(?:full\s+)?(?:police|government|army|military|security|state)\s+control\b)?|under\s+(?:full\s+)?(?:police|government|army|military|security|state)\s+control\b)`,
		'v',
	),
	['calm', 'quiet', 'peaceful', 'under'],
);
// "Opposition activists said hundreds of people were back in the north end of the square": the place cleared is held again
const BACK_IN = requiring(new RegExp(String.raw`${SPEAKER}[^.;]{0,60}?\b(?:were|was|are|is|had\s+come|came)\s+back\s+(?:in|on|at|inside)\b`, 'v'), ['back']);
const CIVILIAN_HARM = /\b(?:killing|killed|civilians|market|hospital|school|homes?|residential|mosque|church|clinic)\b/i;
const PRESENT_FORCE = String.raw`(?:troops|fighters|forces|soldiers|units|men|rebels|militants|gunmen)`;
// "Residents say rebel fighters are still in the town", "their fighters remained in X", "fighters still patrol the streets",
// "the army only reached the outskirts", "they never lost it": the other side says it was never driven out
const STILL_THERE = gated(
	new RegExp(
		String.raw`${SPEAKER}[^.;]{0,60}?\b(?:${PRESENT_FORCE}\s+(?:(?:are|is|were|was)\s+still\s+(?:in|inside|there)|remain(?:s|ed)?\s+(?:in|inside)\s|still\s+(?:patrol|patrols|patrolled|roam|roams|move\s+freely|operate|operates))|only\s+reached|reached\s+only|got\s+no\s+further\s+than|never\s+lost\s+(?:it|them|control|the\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+))`,
		'v',
	),
	/\b(?:still\s+(?:in|inside|there|patrol|patrols|patrolled|roam|roams|move|operate|operates)|remain(?:s|ed)?\s+(?:in|inside)\s|only\s+reached|reached\s+only|no\s+further|never\s+lost)\b/,
);
// "'Nobody holds X,' he said", "No one controls the town, residents say": a witness says neither side holds the place
const NOBODY_HOLDS = gated(new RegExp(String.raw`\b(?:[Nn]obody|[Nn]o\s+one|[Nn]either\s+side)\s+(?:really\s+|truly\s+|fully\s+)?(?:holds?|controls?)\s+(?:the\s+)?(${NAME_SPAN}|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)`, 'v'), /\b(?:[Nn]obody|[Nn]o\s+one|[Nn]either\s+side)\s/);

// "…,' a trader said", "…, residents say": the witness after the words
const WITNESS_AFTER = new RegExp(String.raw`^[^.;!?]*?[,”"’']\s+(${NAME_SPAN}|(?:the|an?)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)\s+(?:said|says|say|added|insisted)\b`, 'v');

// '"The rebels are not in X," he said', '"There was no police at Gate 7"', "they are not in that building": a side said absent from the place
const NOT_PRESENT = requiring(
	new RegExp(String.raw`\b(?:(?:they|we|(?:the\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${HOLDERS}))\s+(?:are|is|were|was)\s+not\s+(?:in|inside|at)\s+(?:(?:the|that)\s+)?([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+\d{1,4})?|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)|[Tt]here\s+(?:is|was|were|are)\s+no\s+(?:${HOLDERS})\s+(?:at|in|inside)\s+(?:the\s+)?([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+\d{1,4})?|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+))`, 'v'),
	[' not in', ' not at', ' not inside', 'no '],
);

/** Who says a side is not in the place ('"The rebels are not in X," the colonel said'); null when the place is another, or nobody is named. */
function notPresentBy(after: string, place: string): string | null {
	const match = NOT_PRESENT.exec(after);
	const named = match ? match[1] ?? match[2] : null;
	if (!match || !named || (/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(named) && !place.toLowerCase().startsWith(named.toLowerCase()))) return null;
	const who = SAID_BEFORE.exec(after.slice(Math.max(0, match.index - 80), match.index))?.[1] ?? quoteSpeakerAfter(after.slice(match.index, match.index + 200));
	return who && !/^(?:he|she|they|it|we|i)$/i.test(who) ? sideOf(who) ?? who : null;
}
const quoteSpeakerAfter = (text: string) => {
	const match = QUOTE_SPEAKER_AFTER.exec(text);
	return match ? match[1] ?? match[2] : undefined;
};
// '…," rebel spokesman Hadrel Zandrow said', '…," said the colonel': the speaker after a closing quote, a role before a name passed over
const QUOTE_SPEAKER_AFTER = new RegExp(String.raw`^[^”"]*[,.!?]?["”]\s*,?\s+(?:(?:said|says|added|insisted)\s+((?:the\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?${NAME_SPAN}|the\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)|(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?(${NAME_SPAN}|(?:the|an?)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)\s+(?:said|says|added|insisted|told)\b)`, 'v');

/** Who says nobody holds the place ("'Nobody holds X,' a trader said"), named before or after; null when none is named. */
function nobodyHoldsBy(after: string, place: string): string | null {
	const match = NOBODY_HOLDS.exec(after);
	if (!match || (/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(match[1]) && !place.toLowerCase().includes(match[1].toLowerCase()))) return null;
	const who = SAID_BEFORE.exec(after.slice(Math.max(0, match.index - 80), match.index))?.[1] ?? WITNESS_AFTER.exec(after.slice(match.index, match.index + 120))?.[1];
	return who && !/^(?:he|she|they|it|we|i)$/i.test(who) ? sideOf(who) ?? who : UNNAMED_SPEAKER;
}

// "Local officials said the building was a school", "residents said the strike hit a wedding party": the target was civilian
const CIVILIAN_TARGET = gated(
	new RegExp(
		String.raw`${SPEAKER}[^.;]{0,40}?\b(?:the|its)\s+(?:building|target|site|strike|missile|bomb|attack|shell|drone)\s+(?:was|had\s+been|hit|had\s+hit|struck|landed\s+on)\s+(?:only\s+)?(?:a|an|the)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:school|hospital|home|house|wedding|market|bakery|mosque|church|shelter|apartment|residential|clinic|funeral|kindergarten|farm)`,
		'v',
	),
	/\b(?:building|target|site|strike|missile|bomb|attack|shell|drone)\s+(?:was|had\s+been|hit|had\s+hit|struck|landed\s+on)\s+(?:only\s+)?(?:a|an|the)\s/,
);

/**
 * Who disputes a claim, from the rest of its sentence and the sentences after it: a side that denies it, says
 * nothing was hit, names a military target for a strike that killed civilians, or "unverified".
 */
function disputeOf(after: string, claimant: string | null, civilianHarm: boolean, place: string, incident = false): string | null {
	const denial = DENIAL.exec(after);
	if (denial && !deniesElsewhere(after.slice(denial.index + denial[0].length), place)) {
		const who = /^(?:it|they)$/i.test(denial[1]) ? null : sideOf(denial[1]) ?? denial[1];
		if (who && who !== claimant) return who;
	}
	// "… - a claim immediately denied by X": the denial told as a noun phrase, its denier after "by"
	const deniedBy = CLAIM_DENIED_BY.exec(after);
	if (deniedBy && sideKeyOf(deniedBy[1]) !== (claimant && sideKeyOf(claimant))) return sideOf(deniedBy[1]) ?? deniedBy[1];
	const calledFalse = CALLED_FALSE.exec(after) ?? CLAIM_CALLED.exec(after) ?? CALLS_IT_FALSE.exec(after);
	// "…, calling the militia's claim 'a fantasy'": the participle's subject opens its sentence
	const claimCalled = calledFalse ? null : CALLS_CLAIM_FALSE.exec(after);
	const caller = claimCalled ? claimCalled[1] ?? OPENING_SPEAKER.exec(after.slice(after.lastIndexOf('. ', claimCalled.index) + 1).trimStart())?.[1] ?? null : null;
	// ("reports of the fall of Y were lies" answers a claim on Y only)
	const falseBy = calledFalse && !(calledFalse[2] && namesOtherPlace(calledFalse[2], place)) ? sideOf(calledFalse[1]) ?? calledFalse[1] : caller && !/^(?:it|they|he|she|we)$/i.test(caller) ? sideOf(caller) ?? caller : null;
	if (falseBy && falseBy !== claimant) return falseBy;
	// a side's own rebuttal says more than an outlet's "could not confirm"
	const rebuttedBy = rebuttalOf(after, claimant, civilianHarm, place, incident);
	if (rebuttedBy) return rebuttedBy;
	const notConfirmed = NOT_CONFIRMED_BY.exec(after);
	const unconfirmedBy = notConfirmed ? notConfirmed[1] ?? notConfirmed[2] : null;
	if (unconfirmedBy && !/^(?:It|They|This|That|The)$/.test(unconfirmedBy)) return sideOf(unconfirmedBy) ?? unconfirmedBy;
	if (UNVERIFIED.test(after)) return 'unverified';
	return MUTUAL_BLAME.test(after) ? 'each side' : blamedOtherwise(after, claimant);
}

const BLAMER = String.raw`(${NAME_SPAN}|(?:[Tt]he|An?)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)\s+(?:also\s+|again\s+)?(?:blames|blamed|blame)\s+(?!each\s+other|one\s+another)`;
// "The government blamed rebel mortar crews; the rebels said the shells came from army positions": each side blames the other
const RIVAL_BLAME = requiring(new RegExp(String.raw`${BLAMER}[^.;]{1,60};\s+(${NAME_SPAN}|(?:[Tt]he|An?)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)\s+(?:said|says|blames|blamed|insists|insisted)\b`, 'v'), ['blame']);
const ONE_BLAME = requiring(new RegExp(BLAMER, 'v'), ['blame']);

/** A side that lays the act on someone else after another side's claim ("The rebels blame our gunners"); two sides doing so blame each other. */
function blamedOtherwise(after: string, claimant: string | null): string | null {
	const rival = RIVAL_BLAME.exec(after);
	if (rival && !sameSideAs(rival[1], rival[2])) return 'each side';
	const blame = ONE_BLAME.exec(after);
	if (!blame || !claimant || /^(?:it|they|he|she|we)$/i.test(blame[1])) return null;
	return sameSideAs(blame[1], claimant) ? null : sideOf(blame[1]) ?? blame[1];
}

/** Whether two names are one side: "the rebels" and "The rebels", "Tavia" and "the Tavian army". */
const sameSideAs = (a: string, b: string) => sideKeyOf(a).split(/\s+/).at(-1) === sideKeyOf(b).split(/\s+/).at(-1) || (!!sideOf(a) && sideOf(a) === sideOf(b));

/** A named side's rebuttal in the sentence that makes claims of its own, when the claim's own text found none (or only "unverified"). */
function answeredBy(dispute: string | null, answering: string, claimant: string | null, found: Found): string | null {
	if ((dispute && dispute !== 'unverified') || !answering) return dispute;
	return rebuttalOf(answering, claimant, false, found.place, found.rule.startsWith('claim.incident')) ?? dispute;
}

/** The side that rebuts a claim in its own words, told after its verb of saying or in a quote before its speaker. */
function rebuttalOf(after: string, claimant: string | null, civilianHarm: boolean, place: string, incident: boolean): string | null {
	const said = rebuttalSaid(after, claimant, civilianHarm, place, incident);
	if (said || !QUOTE_OPENING.test(after)) return said;
	const reported = quotesAsReported(after);
	return reported === after ? null : rebuttalSaid(reported, claimant, civilianHarm, place, incident);
}

const QUOTE_OPENING = /["“]/;
// the quote's first word, in lower case after "said that" as the rebuttals read it ("its troops", "the ridge"); a name keeps its capital
const OPENING_FUNCTION_WORD = /^(?:Our|We|Its|It|Their|They|The|This|That|Nobody|No)\b/;
// a quote and the words after it up to its sentence's end, where its speaker is named
const QUOTE_THEN_SPEAKER = /["“]([^"“”]{3,400}?)[,.!?]?["”]\s*,?\s+[^.;!?"“”]{0,80}?(?=[.;!?]|$)/g;

/**
 * '"Our troops never left the hill," the army spokesman said' read as 'the army spokesman said that Our troops never
 * left the hill': the rebuttals are patterns of a speaker before its words, and a rival answers in quotes as often.
 */
function quotesAsReported(text: string): string {
	return text.replace(QUOTE_THEN_SPEAKER, (whole: string, words: string) => {
		const speaker = quoteSpeakerAfter(whole.slice(1));
		return speaker && !/^(?:he|she|they|it|we|i)$/i.test(speaker) ? `${speaker[0].toUpperCase()}${speaker.slice(1)} said that ${words.replace(OPENING_FUNCTION_WORD, (word) => word.toLowerCase())}` : whole;
	});
}

/** A rival's rebuttal in the quote paragraph after a claim, when the quote's speaker is named after it and is another side. */
function quotedRebuttal(quote: string, claimant: string | null, found: Found): string | null {
	const reported = quotesAsReported(quote);
	return reported === quote ? null : rebuttalSaid(reported, claimant, false, found.place, found.rule.startsWith('claim.incident'));
}

/** The side that rebuts a claim after its verb of saying: nothing was hit, it took the place back, still holds it, repelled the attack, tells it otherwise. */
function rebuttalSaid(after: string, claimant: string | null, civilianHarm: boolean, place: string, incident: boolean): string | null {
	const rebuttal =
		NOTHING_HIT.exec(after) ??
		aboutPlace(TAKEN_BACK.exec(after), place) ??
		aboutPlace(STILL_HELD.exec(after), place) ??
		NEVER_DID.exec(after) ??
		NOT_THERE.exec(after) ??
		SIDE_HOLDS.exec(after) ??
		aboutPlace(STILL_FOUGHT.exec(after), place) ??
		aboutPlace(REPELLED.exec(after), place) ??
		RIVAL_HOLDS.exec(after) ??
		aboutPlace(STILL_THERE.exec(after), place) ??
		CIVILIAN_TARGET.exec(after) ??
		HOLD_ILLEGAL.exec(after) ??
		aboutPlace(NEVER_LEFT_HANDS.exec(after), place) ??
		CALM_UNDER_CONTROL.exec(after) ??
		aboutPlace(BACK_IN.exec(after), place) ??
		aboutPlace(incidentRebuttal(after), place) ??
		aboutPlace(COUNTER_VERSION.exec(after), place) ??
		counterVersionBy(after) ??
		OPPOSITE_ACCOUNT.exec(after) ??
		(incident ? aboutPlace(RIVAL_INCIDENT.exec(after), place) : null) ??
		(civilianHarm ? MILITARY_TARGET.exec(after) : null);
	let rebutter = rebuttal ? rebuttal[1] ?? rebuttal[2] : null;
	// "It said the drone was unarmed": the last side named saying something before it, when that is not the claimant
	if (rebutter && /^(?:it|they|he|she|we)$/i.test(rebutter)) rebutter = subjectBefore(after.slice(0, rebuttal!.index)) ?? UNNAMED_SPEAKER;
	const rebuttedBy = rebutter ? sideOf(rebutter) ?? rebutter : noneLostBy(after) ?? leftBeforeBy(after) ?? nobodyHoldsBy(after, place) ?? notPresentBy(after, place);
	return rebuttedBy && rebuttedBy !== claimant ? rebuttedBy : null;
}

// "Every survivor I have spoken to says the opposite", "people who fled the villages, 40 km away, tell a different story": the other side's account, told as other
const OPPOSITE_ACCOUNT = requiring(
	new RegExp(
		String.raw`(?:\b(?:But|And|Yet)\s+)?((?:[Tt]he\s+|[Ee]very\s+|[Aa]ll\s+|[Mm]any\s+|[Mm]ost\s+)?(?:${NAME_SPAN}|[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)(?:['’]s?\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+|\s+(?!(?:who|that|which|in|of|at|from)\b)[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)(?:,?\s+[^.;:"“”]{1,70}?,?)?\s+(?:says|say|said|tell|tells|told|give|gives|gave|offer|offers|offered|paint|paints|painted|have|has|had)\s+(?:a\s+(?:very\s+|completely\s+|starkly\s+|quite\s+|rather\s+)?different\s+(?:story|account|version|picture)|(?:another|an?\s+opposing|a\s+contrary|a\s+conflicting|a\s+rival)\s+(?:story|account|version)|the\s+(?:exact\s+)?opposite)\b`,
		'v',
	),
	['opposite', 'different', 'another', 'opposing', 'contrary', 'conflicting', 'rival'],
);

// "A security source said the post had been partly overrun": a place said held was taken, at least for a time
const OVERRUN = gated(new RegExp(String.raw`${SPEAKER}[^.;]{0,60}?\b(?:had\s+been|has\s+been|was|were)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+)?["“‘']?(?:overrun|taken|captured|stormed|abandoned)\b`, 'v'), /\b(?:been|was|were)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+)?["“‘']?(?:overrun|taken|captured|stormed|abandoned)\b/v);

/** Who says a place held was overrun or taken after all, for a hold claim only: "… said the post had been partly overrun". */
function overrunBy(after: string, claimant: string | null, found: Found): string | null {
	const match = aboutPlace(OVERRUN.exec(after), found.place);
	const who = match ? match[1] ?? match[2] : null;
	if (!who || /^(?:it|they|he|she|we)$/i.test(who)) return null;
	const side = sideOf(who) ?? who;
	return side !== claimant ? side : null;
}

/** The rival account of an incident in the clauses before it, split off by a semicolon, when its speaker is another side. */
function rivalAccountBefore(actorText: string, claimant: string | null, place: string): string | null {
	const cut = actorText.lastIndexOf(';');
	return cut < 0 ? null : rebuttalOf(`${actorText.slice(0, cut)}.`, claimant, false, place, true);
}

// "… of the X" right after a rebuttal (a pattern of names is costly to build: made once, not per rebuttal)
const OF_NAME_AFTER = new RegExp(`^\\s+of\\s+(?:the\\s+)?(${NAME_SPAN})`, 'v');

/** A rebuttal that names another place than the claim's is about that place ("still held X" against a claim on Y): none. */
function aboutPlace(match: RegExpExecArray | null, place: string): RegExpExecArray | null {
	if (!match) return null;
	// "retaken the town of X": the name right after the match is the rebuttal's place too
	const next = OF_NAME_AFTER.exec(match.input.slice(match.index + match[0].length))?.[1];
	// (a speaker's apposition is no place of the rebuttal: "X, a commander in the group led by Y, said …")
	const named = (next ? placeOfPhrase(next, {allowInstallations: false}) : null) ?? placeIn(match[0].replace(/,\s+[^,;.]{1,80}(?=,)/g, '').replace(/\b(?:in|under)\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*\s+(?:hands|control)\b/gv, '')); // "in Tavian hands" names a side
	return named && !place.toLowerCase().includes(named.toLowerCase()) && !named.toLowerCase().includes(place.toLowerCase()) ? null : match;
}

/** "… dismissed reports that soldiers had killed civilians at Y": a denial whose own clause names another place is about that place. */
function deniesElsewhere(object: string, place: string): boolean {
	const clause = /^\s*(?:that|of|about)\b[^.;!?]*/i.exec(object)?.[0];
	const named = clause ? placeIn(clause) : null;
	return !!named && !place.toLowerCase().includes(named.toLowerCase()) && !named.toLowerCase().includes(place.toLowerCase());
}

const NAMES_IN = new RegExp(NAME_SPAN, 'gv');

/** Whether words about a claim ("of the fall of Y") name a place, none of them the claim's. */
function namesOtherPlace(words: string, place: string): boolean {
	const named = [...words.matchAll(NAMES_IN)].map((match) => placeOfPhrase(match[0], {allowInstallations: false})).filter((name): name is string => !!name);
	const same = (name: string) => place.toLowerCase().includes(name.toLowerCase()) || name.toLowerCase().includes(place.toLowerCase());
	return named.length > 0 && !named.some(same);
}

const CONTRARY_TO = new RegExp(`\\b(?:[Cc]ontrary\\s+to|[Dd]espite)\\s+(?:the\\s+)?(${NAME_SPAN}|[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)['’]s?\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:claims?|boasts?|reports?|statements?|assertions?|account)\\b(?!\\s+to\\s)`, 'v');

/** "Contrary to the regime's boasts, rebel fighters remained in control of X": the side whose account the claim contradicts. */
function contraryTo(text: string): string | null {
	const match = CONTRARY_TO.exec(text);
	return match ? sideOf(match[1]) ?? match[1] : null;
}

// "denied the rebels had ever taken X", "dismissed claims they had seized Y": a clause after the verb without "that"
// (the text read may end at "had": what was taken is the claim that follows)
const BARE_COMPLEMENT = String.raw`(?=(?:the\s+)?[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+){0,3}?\s+(?:had|has|have|were|was)(?:\s+(?:ever|already|now|never|just|also|then))?(?:\s+been)?(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:ed|en|ook|ken)\b|\s*$))`;
const DENIED_THAT = requiring(
	new RegExp(
		`(${NAME_SPAN}|(?:[Tt]he|An?)\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:${DENIAL_ADVERB})?(?:${alternation(DENIAL_VERBS)})\\s+(?:as\\s+[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:(?:the\\s+)?(?:(${NAME_SPAN}|[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)(?:['’]s?)?\\s+)?(?:${CLAIM_NOUN})\\s+)?(?:that\\s+|${BARE_COMPLEMENT})(?!(?:account|version|claim|claims|report|reports|figure|assertion|story)\\b)`,
		'v',
	),
	DENIAL_VERBS,
);

// "Col X dismissed the rebels' claim to have seized the bridge at Y (as propaganda)": the rebels claim, the colonel denies
const DENIED_CLAIM_TO = requiring(
	new RegExp(
		`(${NAME_SPAN}|(?:[Tt]he|An?)\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:${DENIAL_ADVERB})?(?:${alternation(DENIAL_VERBS)})\\s+(?:as\\s+[^,;.]{1,30}\\s+)?(?:the\\s+)?((?:the\\s+)?${NAME_SPAN}|[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)['’]s?\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:${CLAIM_NOUN})\\s+to\\s+have\\s+(?:[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+\\s+)?$`,
		'v',
	),
	DENIAL_VERBS,
);

/**
 * A claim reported inside its denial: "The rebels again denied that the army had taken X" -> the army claims, the
 * rebels deny; "The ministry rejected Tavian accusations that …" -> Tavia claims.
 */
function deniedBefore(actorText: string, earlier: string, accused = false): {claimant: string | null; deniedBy: string} | null {
	const claimTo = DENIED_CLAIM_TO.exec(actorText);
	if (claimTo) return {claimant: sideOf(claimTo[2]) ?? claimTo[2].replace(/['’]s?$/, ''), deniedBy: sideOf(claimTo[1]) ?? sideOfMention(claimTo[1], earlier) ?? claimTo[1]};
	const denial = DENIED_THAT.exec(actorText);
	if (!denial) return null;
	// a clause denied without "that" is the claim's own only when nothing breaks in between ("denied the charges had been dropped, and said …")
	if (!/\bthat\s+$/.test(denial[0]) && /[,;:]/.test(actorText.slice(denial.index + denial[0].length))) return null;
	const subject = actorText.slice(denial.index + denial[0].length).replace(/\s+(?:has|have|had|was|were|is|are)(?:\s+(?:ever|already|now|never|just|also|then))?(?:\s+been)?\s*$/i, '').trim();
	const claimant = denial[2] ? sideOf(denial[2]) ?? denial[2] : !accused && subject && subject.split(/\s+/).length <= 4 && !/^(?:it|they|he|she|we)$/i.test(subject) ? sideOf(subject) ?? subject : null;
	return {claimant, deniedBy: sideOf(denial[1]) ?? sideOfMention(denial[1], earlier) ?? denial[1]};
}

// The earlier mention of a head noun ("a Tavian military source"), built once per noun: a pattern of names is costly to build.
const mentionWithHead = remembered((head: string) => new RegExp(`\\b(?:[Aa]n?|[Tt]he)\\s+(${NAME_SPAN})\\s+(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?${head}\\b`, 'gv'));

/** "The same source", "the ministry": the side of the earlier phrase with that head noun ("A Tavian military source said …" -> Tavian). */
function sideOfMention(phrase: string, earlier: string): string | null {
	const head = /^(?:the|a|an)\s+(?:same\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)*?([\p{Ll}--[\u{10000}-\u{10FFFF}]]+)$/iv.exec(phrase.trim())?.[1];
	if (!head) return null;
	const mention = mentionWithHead(head);
	mention.lastIndex = 0;
	let side: string | null = null;
	for (let match = mention.exec(earlier); match; match = mention.exec(earlier)) side = sideOf(match[1]) ?? match[1];
	return side;
}

const OPENS_QUOTE = /^\s*["“'‘]/;

/**
 * The sentences that can dispute sentence `i`'s claims: the rest of its paragraph and the next paragraph's first, up
 * to the next claim. A paragraph that opens with a quote (the claimant's own words) is passed over to the one after it.
 */
function followingText(sentences: ParsedArticle['sentences'], foundIn: Found[][], i: number): {text: string; quote: string} {
	const texts: string[] = [];
	// the quote paragraph passed over, read last: a rival may answer in quotes ('"Our troops never left the hill," the colonel said')
	const quote: string[] = [];
	let quoteParagraph = -1;
	for (let j = i + 1; j < sentences.length && texts.length < 3; j++) {
		// a next sentence with its own claims may still answer this one ("…, said its fighters still held the bridge and had
		// recaptured X"): read it, and stop there
		// … but a quote of the claimant's own in its paragraph ('"Our troops hold X," he said') is passed over to the answer after it
		if (foundIn[j].length && !(sentences[j].paragraph === sentences[i].paragraph && OPENS_QUOTE.test(sentences[j].text))) break;
		if (foundIn[j].length) continue;
		const paragraph = sentences[j].paragraph;
		// a quote's paragraph is the speaker's; a sentence after the quote in it ("The army denied …") is the report again
		if (paragraph === quoteParagraph && (OPENS_QUOTE.test(sentences[j].text) || /^[^“”"]*[”"]/.test(sentences[j].text))) {
			quote.push(sentences[j].text);
			continue;
		}
		const opensParagraph = paragraph !== sentences[j - 1].paragraph;
		// … unless the quote says the claimant's side is not there ('"The army is not in X," a rebel spokesman said'): that is the answer
		if (opensParagraph && paragraph !== sentences[i].paragraph && quoteParagraph < 0 && OPENS_QUOTE.test(sentences[j].text) && !NOT_PRESENT.exec(sentences[j].text)) {
			quoteParagraph = paragraph;
			quote.push(sentences[j].text);
			continue;
		}
		texts.push(sentences[j].text);
		if (paragraph !== sentences[i].paragraph) break;
	}
	return {text: texts.join(' '), quote: quote.join(' ')};
}

/** The two sentences before sentence `i`, where a later "the same source" was first named. */
/**
 * The next sentence of the paragraph when it makes claims of its own: it may still answer this one with a side's
 * rebuttal ("…, said its fighters still held the bridge and had recaptured X"), but its denials are its own claims'.
 */
function answeringSentence(sentences: ParsedArticle['sentences'], foundIn: Found[][], i: number): string {
	const next = sentences[i + 1];
	// … or opens the next paragraph: "X said protesters control Y. // The guard said it had cleared Z and that the districts were calm."
	return next && foundIn[i + 1].length && next.paragraph - sentences[i].paragraph <= 1 ? next.text : '';
}

const earlierText = (sentences: ParsedArticle['sentences'], i: number) => sentences.slice(Math.max(0, i - 2), i).map((sentence) => sentence.text).join(' ');

// … and a force named by a capitalised word and its noun: "Government forces said they had entered …"
const SAYS_IT_HAS = endingInWord(new RegExp(`(${NAME_SPAN}(?:\\s+(?:${alternation(HOLDING_FORCE_NOUNS)}))?|[Tt]he\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)\\s+(?:also\\s+|again\\s+)?(?:says|say|said|claims|claim|claimed)\\s+(?:that\\s+)?(?:(?:it|they)\\s+(?:has|have|had)|it['’]s|they['’]ve)\\s+$`, 'v'), ['has', 'have', 'had', 's', 've']);
// a body's own name in capitals ("Dawn Forces", "Varnoka"), not a pronoun nor a country's possessed force ("Kell's army")
const NAMED_SAYER = /^(?!(?:The|They|It|We|He|She)\b)[\p{Lu}--[\u{10000}-\u{10FFFF}]][^'’]*$/v;
const BRACKETED_ACRONYM = /\s*\([\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,8}\)/gv;
const CLAIMS_TO_HAVE = endingInWord(new RegExp(`(${NAME_SPAN}|[Tt]he\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)(?:['’]s)?\\s+(?:also\\s+|again\\s+)?claim(?:s|ed)?\\s+(?:on\\s+[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+\\s+)?to\\s+have\\s+$`, 'v'), ['have']);

/**
 * Who makes a claim. A strike is claimed by whoever reports it ("according to X", "Peru's army said" -> Peru), else
 * the striking side; ground taken by the side that reports it, else the side that took it ("Chadian forces" -> Chad).
 */
function claimantOf(text: string, found: Found, sides: () => Map<string, string>): string | null {
	// "A says the trawler turned across the cutter's bow; B says the cutter rammed it": an incident is told by its own clause's speaker
	const sentence = found.rule.startsWith('claim.incident') ? text.slice(found.actorText.lastIndexOf(';') + 1).trimStart() : text;
	const named = apposedSpeaker(sentence) ?? roleBody(sentence) ?? sourceOf(sentence) ?? BODY_SAID.exec(sentence)?.[1] ?? null;
	// ("militants attacked a convoy in X, Reuters reported": a news agency carries the account and claims nothing)
	const source = named && creditOf(named.replace(/^the\s+/i, '')) !== null ? null : named;
	const sourceSide = source ? sideOf(source) : null;
	const reporter = source ? sourceSide ?? sideByAdjective(source, sides) ?? source : null;
	// the side the words before the claim name, read only when no reporter names one: the named force right before the verb
	// first ("accused A of arming B forces that seized X": B took it, A is accused)
	const actor = () => namedTaker(found.actorText) ?? strikerOf(takerClause(found.actorText), found.place);
	// an incident: the side it was done to tells a shooting or a ramming, the side that did it a downing; the article's own
	// names place an adjective no lexicon knows ("a Dovrani patrol" -> Dovran)
	if (found.victimText !== undefined) return reporter ?? sideOf(found.victimText) ?? sideByAdjective(found.victimText, sides);
	if (found.rule === 'claim.incident' || found.rule === 'claim.vessel-seized') return reporter ?? actor() ?? sideByAdjective(found.actorText, sides);
	if (found.extent === undefined) return reporter ?? actor();
	// "Lanmore troops seized X, officials said": a force named as the taking's subject outranks a source that names no side
	const taker = !sourceSide && source && GENERIC_SOURCE.test(source.trim()) ? namedTaker(found.actorText) ?? subjectForce(found.actorText, sides) : null;
	if (taker) return taker;
	// ("the Dawn Forces (DF) says it's taken X": the body's acronym in brackets after its name is no part of the saying)
	const actorText = found.actorText.includes('(') ? found.actorText.replace(BRACKETED_ACRONYM, '') : found.actorText;
	const claimsToHave = CLAIMS_TO_HAVE.exec(actorText)?.[1] ?? SAYS_IT_HAS.exec(actorText)?.[1] ?? null; // "Kyrin claims to have encircled X", "… that Kyrin says it has captured"
	// ("Kenya's paramilitary Dawn Forces says it has taken X": the body that says "it has" took it, not the country it is of)
	const sayer = claimsToHave && !/^(?:they|it|we|he|she)$/i.test(claimsToHave) ? sideOf(claimsToHave) ?? claimsToHave.replace(/['’]s$/, '') : null;
	return sourceSide ?? (sayer && NAMED_SAYER.test(sayer) ? sayer : null) ?? actor() ?? reporter ?? sayer ?? sideByAdjective(found.actorText, sides) ?? holderByAdjective(sentence, found, sides);
}

// "… reached safety since paramilitary forces captured X": the clause of the verb, after its last subordinating word
const LAST_CLAUSE = /\b(?:since|when|after|before|while|because|until|as|that|where)\s+((?:(?!\b(?:since|when|after|before|while|because|until|as|that|where)\s)[^;])*)$/u;

/** The side words name, passing over the place's own ("Israel's attacks on Iranian territory" struck Iran: Israel claims, not Iran). */
function strikerOf(words: string, place: string): string | null {
	const side = sideOf(words);
	if (!side || side !== place) return side;
	const own = [...words.matchAll(/[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*/gv)].filter((word) => sideOfWord(word[0]) === place).at(-1);
	return own ? sideOf(words.slice(0, own.index)) : side;
}

const SHORTENED_FEATURE = new RegExp(`^(?:${alternation(SHORTENED_FEATURES)})$`, 'i');

/**
 * A landform named by its feature word alone ("across the Strip", "on the Island") is the one the article names in full
 * ("the Tessary Strip"): the full name, when the article has exactly one.
 */
function fullFeatureName(place: string, article: ParsedArticle): string {
	if (!SHORTENED_FEATURE.test(place)) return place;
	// (a hyphened word with a lower-case part says who runs the place: "the Hamas-run Kell Strip" is the Kell Strip)
	const named = new RegExp(String.raw`(?<![[\p{L}\-]--[\u{10000}-\u{10FFFF}]])((?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’]--[\u{10000}-\u{10FFFF}]]+(?:-[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’]--[\u{10000}-\u{10FFFF}]]+)*\s+){1,2})${place}\b`, 'gv');
	const names = new Set([...`${article.headline ?? ''}\n${article.body}`.matchAll(named)].map((match) => `${match[1].trim()} ${place}`).filter((name) => !/^(?:The|A|An|This|That|Its|Their|Our|In|On|At|Across|Over)\s/.test(name)));
	// "the Hamas-run Kell Strip" and "the Kell Strip" name one strip: the shortest name that ends every other
	const shortest = [...names].sort((a, b) => a.length - b.length)[0];
	return shortest && [...names].every((name) => name === shortest || name.endsWith(` ${shortest}`)) ? shortest : place;
}

// the subject of a taking, a force with its name or adjective before it and where it is after it: "Lanmore troops",
// "Islamic extremists in Quellmoor have", "Rebels in the north have"
const SUBJECT_FORCE = new RegExp(String.raw`^["“]?(?:[Tt]he\s+)?((?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*\s+){0,3}?)((?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:${alternation([...HOLDING_FORCE_NOUNS, ...NON_STATE_FORCES].flatMap((noun) => [noun, noun[0].toUpperCase() + noun.slice(1)]))}))(?:\s+(?:in|from)\s+(?:the\s+)?(?:[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+\s*){1,3}?)?\s+(?:(?:have|has|had)\s+)?(?:(?:now|also|reportedly|then|later)\s+)?$`, 'v');
// sources that say who told a story, not whose side took the ground: "officials said", "residents say", "military sources said"
const GENERIC_SOURCE = /^(?:the\s+)?(?:(?:local|security|military|medical|hospital|government|tribal|regional|provincial|district|humanitarian|diplomatic)\s+)?(?:officials?|residents?|witnesses|sources?|locals|villagers|activists|elders|observers|monitors)$/i;
// the last clause before the verb: after a comma, a semicolon or a reporting verb
const CLAUSE_BREAK = /(?:[,;:]|\b(?:said|says|say|reported|that|while|after|when|but)\b)\s*/g;

/** The force a taking's own clause opens with: its side, else its name and noun ("Lanmore troops"), or null. */
function subjectForce(actorText: string, sides: () => Map<string, string>): string | null {
	const clause = actorText.split(CLAUSE_BREAK).at(-1) ?? actorText;
	const match = SUBJECT_FORCE.exec(clause);
	if (!match) return null;
	const name = match[1].trim();
	const noun = match[2].trim();
	if (!name) return /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(noun) ? noun : null;
	return sideOf(name) ?? sideByAdjective(name, sides) ?? `${name} ${noun}`;
}

/** The words before a verb of taking that name its taker: its own clause when that names a force, else all of them. */
function takerClause(actorText: string): string {
	const clause = LAST_CLAUSE.exec(actorText)?.[1];
	const words = clause && MILITARY_SUBJECT.test(clause) ? clause : actorText;
	// "Islamic extremists in Quellmoor have seized X": where the force is, after its noun, is not whose it is
	return words.replace(LOCATION_AFTER, (match: string, offset: number) => (FORCE_WORD_END.test(words.slice(0, offset)) ? '' : match));
}
const LOCATION_AFTER = new RegExp(String.raw`\s+(?:in|from)\s+(?:the\s+)?${NAME_SPAN}`, 'gv');
const FORCE_WORD_END = new RegExp(`(?:${MILITARY_SUBJECT.source})$`, 'i');

/** "He said Tavian units also held X": the holder's adjective inside a hold's own words names its side (not the place held). */
function holderByAdjective(sentence: string, found: Found, sides: () => Map<string, string>): string | null {
	if (found.rule !== 'claim.holds' || !sentence.startsWith(found.actorText)) return null;
	const side = sideByAdjective(sentence.slice(found.actorText.length, found.end).replace(found.place, ''), sides);
	return side && side !== found.place ? side : null;
}

// "B forces that seized X", "the B7 rebels advanced and seized X", "the paramilitary B Forces (BF) seized X", "the BF seized X":
// a force named right before the verb of taking
const FORCE_NOUN = alternation([...HOLDING_FORCE_NOUNS, ...HOLDING_FORCE_NOUNS.map((noun) => noun[0].toUpperCase() + noun.slice(1))]);
const NAMED_TAKER = new RegExp(
	String.raw`(?:^|[\s,;\(])(?:the\s+)?(?:([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\d'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\d'’\-]--[\u{10000}-\u{10FFFF}]]*){0,2})\s+(${FORCE_NOUN})(?:\s+\(([\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,6})\))?|([\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,6}))\s+((?:that|who|which)\s+)?(?:(?:had|have|has)\s+)?(?:(?:now|later|also|then|quickly|finally)\s+)?(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ed\s+and\s+)?$`,
	'v',
);
// a group's code name, which no lexicon knows as a side: "K19", "NSF"
const CODE_NAME = /^(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Lu}\d\-]--[\u{10000}-\u{10FFFF}]]+|[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{L}--[\u{10000}-\u{10FFFF}]]*\d[[\p{L}\d]--[\u{10000}-\u{10FFFF}]]*)$/v;

/**
 * The force a taking is told of, by its name just before the verb: its side, else the name. A name only when it is
 * the antecedent of a relative clause ("arming B forces that seized X": B took it, not the accused), a code name, or a
 * name with its code after it ("B Forces (BF)").
 */
function namedTaker(actorText: string): string | null {
	const match = NAMED_TAKER.exec(actorText);
	if (!match) return null;
	const [, name, noun, code, bareCode, relative] = match;
	if (bareCode) return sideOf(bareCode) ?? bareCode;
	if (/^(?:The|A|An|Its|Their|Our|His|Her)$/.test(name)) return null;
	// "B Forces (BF)": the force's own name, its noun capitalised
	if (code || /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(noun)) return code || relative || CODE_NAME.test(name) ? sideOf(name) ?? `${name} ${noun}` : null;
	return relative || CODE_NAME.test(name) ? sideOf(name) ?? name : null;
}

// "The Tavian army also said", "…, the Tavian coast guard said": a side's body named by its adjective
const BODY_SAID = new RegExp(
	String.raw`(?:^|,["”’']?\s+)([Tt]he\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:army|military|ministry|government|forces|navy|coast\s+guard|officials|authorities|command|general\s+staff))\s+(?:also\s+|later\s+)?(?:said|says|reported|claimed|claims|announced)\b`,
	'v',
);
const ADJECTIVE_ENDINGS = ['n', 'an', 'ian', 'i', 'ese', 'ish'];

/**
 * The countries an article names with their adjectives, for names no lexicon knows: "Dovrani" -> "Dovran" when the
 * article also names Dovran on its own ("Teskan" -> "Teska", "Ombari" -> "Omba").
 */
function articleSides(article: ParsedArticle): Map<string, string> {
	const words = new Set(article.body.match(/\b[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]{2,}\b/gv) ?? []);
	const sides = new Map<string, string>();
	for (const word of words)
		for (const ending of ADJECTIVE_ENDINGS) {
			const stem = word.slice(0, -ending.length);
			if (word.endsWith(ending) && stem.length >= 4 && words.has(stem) && !sideOfWord(stem)) sides.set(word, stem);
		}
	return sides;
}

/**
 * A nationality word or its people taken for a place ("holds five Tavians", "hit the Tavian village"): a side's word, not
 * ground. Known to the lexicon, or by the article's own country names ("Tavian" beside "Tavia").
 */
function isPeopleWord(place: string, body: string): boolean {
	if (!/^[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+$/v.test(place)) return false;
	const singular = place.replace(/(?<=(?:n|i|ese|ish))s$/, '');
	const side = sideOfWord(singular);
	if (side) return side.toLowerCase() !== singular.toLowerCase();
	// the country the word is made from, named in the article on its own ("Tavian" beside "Tavia", "Kyrini" beside "Kyrin")
	return ADJECTIVE_ENDINGS.some((ending) => {
		const stem = singular.slice(0, -ending.length);
		return singular.endsWith(ending) && stem.length >= 4 && placeAsWord(stem).test(body);
	});
}

/**
 * The side the last adjective or name of a phrase names by the article's own names ("Dovrani air defences" -> "Dovran"),
 * else null. The article's names are read only for a phrase with a capitalised word.
 */
function sideByAdjective(phrase: string, sidesOf: () => Map<string, string>): string | null {
	const words = phrase.match(/\b[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+\b/gv);
	if (!words) return null;
	const sides = sidesOf();
	const names = new Set(sides.values());
	let side: string | null = null;
	for (const word of words) {
		if (sides.has(word)) side = sides.get(word)!;
		else if (names.has(word)) side = word;
	}
	return side;
}

// "The ORF's military spokesman, Ilan Vosk, said its fighters …": the body whose spokesman speaks, so "its fighters" are its
const APPOSED_SPEAKER = new RegExp(
	String.raw`(?:^|[.;:]\s+|,\s+(?:and|but|while)\s+)(${NAME_SPAN}|[Tt]he\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)['’]s?\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|commander|chief|leader|envoy|negotiator|representative|minister|general)\s*,\s+[^,;]{2,60},\s+(?:also\s+|later\s+)?(?:said|says|told|claimed|claims|insisted|insists|added)\b`,
	'v',
);

const SPEAKER_ROLE = /spokes|commander|chief|leader|head|negotiator|representative/;
// "Major X, spokesman for the Y police, said …", "X, a spokeswoman for the ministry, told …": the body after "for", the person before
// … and "Brig Gen X, the army's spokesman, said": the body before "'s"
const SPEAKER_FOR = new RegExp(
	String.raw`(?:^|[.;:]\s+|,\s+(?:and|but|while)\s+)${NAME_SPAN},\s+(?:(?:an?\s+|the\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:spokesman|spokeswoman|spokesperson|commander|chief|leader|head|negotiator|representative)\s+(?:for|of)\s+((?:the\s+)?[^,;]{2,50}?)|((?:the\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)['’]s?\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:spokesman|spokeswoman|spokesperson|commander|chief|leader|head|negotiator|representative)),\s+(?:also\s+|later\s+)?(?:said|says|told|claimed|claims|insisted|insists|added)\b`,
	'v',
);

// the words of a body before its spokesman: "army spokesman X", "the Tarvessan army spokesman", "Sorvakia's defence ministry spokesman"
const ROLE_WORD = /\b(?:spokes(?:man|woman|person)|press\s+officer)\b/g;
const BODY_BEFORE_ROLE = new RegExp(String.raw`((?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*(?:['’]s)?\s+|(?:army|military|police|navy|government|defen[cs]e|foreign|interior|ministry|rebel|rebels['’]|militia|guard|opposition|movement|front|union|company['’]s|army['’]s|ministry['’]s|police['’]|government['’]s)\s+){1,4})$`, 'v');
const BODY_AFTER_ROLE = /^\s+(?:for|of)\s+((?:the\s+)?[^,;.]{2,40}?)(?=\s*,|\s+(?:said|says|told|insisted|insists|added|confirmed|stated|repeated)\b)/;
const SAYING_NEAR = /\b(?:said|says|say|told|tells|telling|insisted|insists|added|confirmed|stated|repeated|maintained|maintains|claimed|claims|announced|disputed|dismissed|denied|rejected)\b/;

/**
 * The body whose spokesman says a sentence: "army spokesman Colonel X said" -> "the army", '"…," said Navy spokesman Y' ->
 * "Navy", "A spokesman for the Z army said" -> "the Z army"; a claim is its side's, not its spokesman's. Null for "her spokesman".
 */
function roleBody(sentence: string): string | null {
	if (!sentence.includes('spokes') && !sentence.includes('press officer')) return null;
	ROLE_WORD.lastIndex = 0;
	for (let match = ROLE_WORD.exec(sentence); match; match = ROLE_WORD.exec(sentence)) {
		const end = match.index + match[0].length;
		// the spokesman is the sayer: a verb of saying right after his name, or "said" right before him
		const before = sentence.slice(0, match.index);
		if (!SAYING_NEAR.test(sentence.slice(end, end + 70)) && !/\bsaid\s+(?:(?:the|a|an)\s+)?(?:\S+\s+){0,4}$/.test(before.slice(-60))) continue;
		const after = BODY_AFTER_ROLE.exec(sentence.slice(end))?.[1];
		if (after) return after;
		const words = BODY_BEFORE_ROLE.exec(before.replace(/^.*\bsaid\s+/s, ''))?.[1]?.trim();
		if (!words || /^(?:Her|His|Its|Their|Our|A|An|The)$/.test(words)) continue;
		const body = words.replace(/^(?:The|A|An)\s+/, '').replace(/['’]s?$/, '').replace(/^rebel$/i, 'rebels');
		// "Army spokesman X" is the army's, as "army spokesman X" is; a name ("NLM", "Guard") keeps its capital
		return /^[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(body) || /^(?:Army|Police|Navy|Military|Government|Opposition|Rebels|Militia)$/.test(body) ? `the ${body.toLowerCase()}` : body;
	}
	return null;
}

// "He said army units also controlled X", '"…," she said': a sayer named in a sentence before
const PRONOUN_SAYS = /^(?:["“‘][^"“”’]*["”’],?\s+(?:he|she|they)\s+|(?:He|She|They)\s+(?:also\s+|later\s+|again\s+)?)(?:said|says|told|added|insisted|insists|maintained|claimed|repeated)\b/;

/** The side of the sayer a pronoun points back to: the speaker of one of the two sentences before, in its paragraph or the one before. */
function speakerSideBefore(sentences: ParsedArticle['sentences'], i: number): string | null {
	for (let j = i - 1; j >= Math.max(0, i - 2) && sentences[i].paragraph - sentences[j].paragraph <= 1; j--) {
		const text = sentences[j].text;
		const speaker = apposedSpeaker(text) ?? roleBody(text) ?? sourceOf(text) ?? BODY_SAID.exec(text)?.[1] ?? null;
		if (speaker) return sideOf(speaker) ?? speaker;
	}
	return null;
}

/** The body a spokesman set off by commas speaks for: "The army's spokesman, Brig Gen X, said" -> "The army", "X, spokesman for the police, said" -> "the police". */
function apposedSpeaker(sentence: string): string | null {
	const apposed = APPOSED_SPEAKER.exec(sentence)?.[1];
	if (apposed) return apposed;
	const role = SPEAKER_ROLE.test(sentence) ? SPEAKER_FOR.exec(sentence) : null;
	return role ? role[1] ?? role[2] : null;
}

/** What one sentence claims, by every rule: ground taken first, then strikes, sieges and accusations. */
// "The war began in 2024, when units seized much of the east": a war's history told as background, not a claim of the day
const HISTORY = /\b(?:began|started|erupted|broke\s+out)\s+in\s+(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+)?\d{4},?\s+when\b|^In\s+\d{4},?\s+when\b/v;

/** (`forceCodes`: the code names the article gives its armed forces, forceCodesOf its body.) */
function claimsIn(sentence: string, forceCodes: ReadonlySet<string>): Found[] {
	if (HISTORY.test(sentence)) return [];
	return [...takeClaims(sentence, forceCodes), ...passiveTakeClaims(sentence), ...takeNounClaims(sentence), ...holdClaims(sentence, forceCodes), ...leftClaims(sentence), ...securedClaims(sentence), ...flagClaims(sentence), ...rejectedAboutClaims(sentence), ...crowdHoldClaims(sentence), ...blockadeLiftedClaims(sentence), ...vesselSeizedClaims(sentence), ...fallenClaims(sentence), ...strikeClaims(sentence), ...siegeClaims(sentence), ...accusationClaims(sentence), ...incursionClaims(sentence), ...occupationClaims(sentence)];
}

const POINT_SITE_NAME = new RegExp(`^(.+)\\s(?:${alternation(POINT_SITES)})$`);

/** "captured the X junction" … "the army holds X": the bare name an article claims beside one road point named by it is that point. */
function nameRoadPoints(claims: LocalClaim[]): void {
	const points = new Map<string, string | null>();
	for (const claim of claims) {
		const bare = POINT_SITE_NAME.exec(claim.place)?.[1];
		if (bare) points.set(bare, points.has(bare) && points.get(bare) !== claim.place ? null : claim.place);
	}
	for (const claim of claims) claim.place = points.get(claim.place) ?? claim.place;
}

/** Every battlefield claim one article makes or reports, one per place and sentence; `figures`, when given, are extractFigures(article), not read again. */
export function extractClaims(article: ParsedArticle, figures?: LocalFigure[]): LocalClaim[] {
	const forceCodes = forceCodesOf(article.body);
	const claims: (LocalClaim & {count: number | null; sentence: number})[] = [];
	const sentences = article.sentences;
	const claimWorded = sentences.map((sentence) => !article.paragraphs[sentence.paragraph]?.heading && isClaimWorded(sentence.text));
	// fire at a part of a site ("near the plant's switchyard") is told without the claim words the other rules need
	const parts = facilityPartsOf(article);
	const foundIn = sentences.map((sentence, i): Found[] => [...(claimWorded[i] ? claimsIn(sentence.text, forceCodes) : []), ...(article.paragraphs[sentence.paragraph]?.heading ? [] : facilityPartClaims(sentence.text, parts))]);
	// the article's own country names, read only when a claimant is named by an adjective no lexicon knows
	let sides: Map<string, string> | undefined;
	const sidesOnce = () => (sides ??= articleSides(article));
	for (let i = 0; i < sentences.length; i++) if (!foundIn[i].length && claimWorded[i]) foundIn[i] = backReferenceClaims(sentences, i, forceCodes);
	const headingPlaces = new Map<number, string | null>();
	for (let i = 0; i < sentences.length; i++) if (!foundIn[i].length && claimWorded[i]) foundIn[i] = headingSceneClaims(article, i, headingPlaces);
	for (let i = 0; i < sentences.length; i++) if (!foundIn[i].length && claimWorded[i]) foundIn[i] = collisionAccountClaims(sentences, i);
	for (let i = 0; i < sentences.length; i++) {
		if (!foundIn[i].length) continue;
		const sentence = sentences[i];
		const seen = new Set<string>();
		// the sentences after can dispute this one's claims only when they make none of their own
		const {text: next, quote} = followingText(sentences, foundIn, i);
		const answering = answeringSentence(sentences, foundIn, i);
		const civilianHarm = CIVILIAN_HARM.test(sentence.text);
		for (const found of foundIn[i]) {
			const key = found.place.toLowerCase();
			if (seen.has(key) || isSetting(found, article.headline) || isPeopleWord(found.place, article.body)) continue;
			const denied = found.actorText.length < sentence.text.length ? deniedBefore(found.actorText, earlierText(sentences, i), found.accused) : null;
			const claimant = denied ? denied.claimant : found.claimant !== undefined ? found.claimant : claimantOf(sentence.text, found, sidesOnce) ?? (PRONOUN_SAYS.test(sentence.text) ? speakerSideBefore(sentences, i) : null);
			const disputedBy =
				denied?.deniedBy ??
				(found.disputedBy === UNNAMED_SPEAKER ? speakerBefore(earlierText(sentences, i)) ?? UNNAMED_SPEAKER : found.disputedBy) ??
				contraryTo(sentence.text.slice(0, found.end)) ??
				// "The two sides blame each other for the strike on X": each side's account disputes the other's
				(MUTUAL_BLAME.test(sentence.text.slice(0, found.end)) ? 'each side' : null) ??
				answeredBy(disputeOf(`${sentence.text.slice(found.end)} ${next}`, claimant, civilianHarm, found.place, found.rule.startsWith('claim.incident')), answering, claimant, found);
			// … or by the rival account told before it in its own sentence: "A says the trawler turned across the cutter's bow; B says the cutter rammed it"
			// … or "The rebels say they hold both villages; the army says its troops are in X": a rival hold before it
			const toldOtherwise = !disputedBy && /^claim\.(?:incident|holds|secured)/.test(found.rule) ? rivalAccountBefore(found.actorText, claimant, found.place) ?? overrunBy(`${sentence.text.slice(found.end)} ${next}`, claimant, found) : null;
			if (found.contested && (!disputedBy || disputedBy === 'unverified')) continue;
			seen.add(key);
			claims.push({
				place: fullFeatureName(found.place, article),
				claim: found.claim,
				claimant,
				disputedBy: disputedBy ?? toldOtherwise ?? ownVoiceRebuttal(next, article.outlet) ?? (quote ? quotedRebuttal(quote, claimant, found) : null),
				...(found.extent !== undefined ? {extent: found.extent} : {}),
				evidence: {article: article.id, text: sentence.text, offset: sentence.start, rule: found.rule},
				count: found.count,
				sentence: i,
			});
		}
	}
	// off the battlefield: a side's account at a place that another side answers ("…, which police deny")
	const isHeading = (paragraph: number) => !!article.paragraphs[paragraph]?.heading;
	for (let i = 0; i < sentences.length; i++) {
		if (foundIn[i].length) continue;
		const account = accountClaim(sentences, i, isHeading);
		if (account)
			claims.push({place: account.place, claim: account.claim, claimant: account.claimant, disputedBy: account.disputedBy, evidence: {article: article.id, text: sentences[i].text, offset: sentences[i].start, rule: account.rule}, count: null, sentence: i});
	}
	nameRoadPoints(claims);
	markRivalCounts(claims);
	markRivalTakings(claims);
	return [...claims.map(({count: _count, sentence: _sentence, ...claim}) => claim), ...disputedTolls(article, figures)];
}


/**
 * The place a story is about, told as besieged or under fire with nobody's word for it ("aid reaches besieged X", "reports
 * of shelling on the outskirts of X" under a headline on X): the story's setting, not a side's claim.
 */
function isSetting(found: Found, headline: string | null): boolean {
	// the pattern holds the place as written: a headline without it is read no further
	if (!headline || !headline.includes(found.place) || !placeAsWord(found.place).test(headline)) return false;
	if (found.rule === 'claim.siege') return true;
	return found.rule === 'claim.strike-noun' && !MILITARY_ACTOR.test(found.actorText) && !sideOf(found.actorText) && !sourceOf(found.actorText);
}

const DENIES_THAT = new RegExp(`\\b(?:${alternation(DENIAL_VERBS)})\\s+(?:[[\\p{L}'’]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,3}?that\\s`, 'v');
// "the town", "the station" with no name after it: a place named in a sentence before
const BACK_REFERENCE = new RegExp(`\\b[Tt]he\\s+(?:disputed\\s+|whole\\s+|entire\\s+|main\\s+)?(${alternation([...PLACE_KINDS, ...INSTALLATION_NOUNS, ...PLACE_FEATURES, ...PLURAL_FEATURES, ...Object.keys(SITE_FEATURES)])})\\b(?!\\s+(?:of\\s+)?[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]])`, 'gv');
const FEATURE_WORDS = new Set([...PLACE_FEATURES, ...PLURAL_FEATURES, ...Object.keys(SITE_FEATURES)]);

/** The feature names ("Callow Reef") one text holds, by their capitalised feature word ("Reef"). */
const FEATURE_NAME_SPAN = new RegExp(`(${NAME_SPAN})`, 'gv');

function featureNamesIn(text: string): Array<{head: string; name: string}> {
	const out: Array<{head: string; name: string}> = [];
	for (const match of text.matchAll(FEATURE_NAME_SPAN)) {
		const name = match[1].replace(/['’]s$/, '').replace(/^(?:The|In|At|On|Near|Off|Around)\s+/, '');
		const words = name.split(/\s+/);
		const head = words.at(-1)!;
		if (words.length >= 2 && words.length <= 4 && FEATURE_WORDS.has(head.toLowerCase())) out.push({head, name});
	}
	return out;
}

/** Where an article names places with one feature word ("Reef"): sentence indices (ascending), the distinct names up to each, the first name. */
interface FeatureMentions {
	sentence: number[];
	distinct: number[];
	first: string;
}
/** Per article (its sentences), per feature word: its mentions, read on first use; null when the article names none. */
const FEATURE_MENTIONS = new WeakMap<ParsedArticle['sentences'], Map<string, FeatureMentions | null>>();

/** The article's names with one feature word, read once per article and word: only sentences holding the word as written can name one. */
function featureMentionsOf(sentences: ParsedArticle['sentences'], head: string): FeatureMentions | null {
	let byHead = FEATURE_MENTIONS.get(sentences);
	if (!byHead) FEATURE_MENTIONS.set(sentences, (byHead = new Map()));
	const known = byHead.get(head);
	if (known !== undefined) return known;
	let mentions: FeatureMentions | null = null;
	const names = new Set<string>();
	for (let at = 0; at < sentences.length; at++) {
		if (!sentences[at].text.includes(head)) continue;
		for (const found of featureNamesIn(sentences[at].text)) {
			if (found.head !== head) continue;
			names.add(found.name);
			mentions ??= {sentence: [], distinct: [], first: found.name};
			mentions.sentence.push(at);
			mentions.distinct.push(names.size);
		}
	}
	byHead.set(head, mentions);
	return mentions;
}

/** "the reef" when the article before (sentences before `i`, then `prefix`) has named one reef only ("Callow Reef"): that name, else null. */
function onlyFeatureNamed(noun: string, sentences: ParsedArticle['sentences'], i: number, prefix: string): string | null {
	const head = noun[0].toUpperCase() + noun.slice(1);
	const entry = featureMentionsOf(sentences, head);
	// the last mention before sentence i: binary search over the ascending sentence indices
	let low = 0;
	let high = entry ? entry.sentence.length : 0;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (entry!.sentence[middle] < i) low = middle + 1;
		else high = middle;
	}
	const earlier = low > 0 ? entry!.distinct[low - 1] : 0;
	if (earlier > 1) return null;
	const names = new Set(prefix.includes(head) ? featureNamesIn(prefix).filter((found) => found.head === head).map((found) => found.name) : []);
	if (earlier === 1) names.add(entry!.first);
	return names.size === 1 ? [...names][0] : null;
}

/** "the campus" for the one university named before it, when no campus is named: the feature by its own head, then by its owners' heads. */
function onlyFeatureNamedAs(noun: string, sentences: ParsedArticle['sentences'], i: number, prefix: string): string | null {
	for (const head of [noun, ...(SITE_FEATURES[noun] ?? [])]) {
		const name = onlyFeatureNamed(head, sentences, i, prefix);
		if (name) return name;
	}
	return null;
}

// The patterns that find a noun's antecedent, made once per noun of the lexicon (none matches empty).
const ANTECEDENT_PATTERNS = new Map<string, RegExp[]>();
function antecedentPatterns(noun: string): RegExp[] {
	let patterns = ANTECEDENT_PATTERNS.get(noun);
	if (!patterns) {
		const word = escapeRegExp(noun);
		patterns = [
			new RegExp(`(${NAME_SPAN})(?:\\s+[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+){0,3}?\\s+${word}\\b`, 'gv'),
			// "the district of X", not "the Y district of X" (that district is Y)
			new RegExp(`(?<![\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]*\\s)\\b${word}\\s+of\\s+(?:the\\s+)?(${NAME_SPAN})`, 'gv'),
			// … but "the Sudanese city of X" is X: a nationality word describes the place
			new RegExp(`\\b[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+(?:an|ese|ish|i)\\s+${word}\\s+of\\s+(?:the\\s+)?(${NAME_SPAN})`, 'gv'),
			new RegExp(`(${NAME_SPAN}),\\s+(?:a|an|the)\\s+(?:[[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,4}?${word}\\b`, 'gv'),
		];
		ANTECEDENT_PATTERNS.set(noun, patterns);
	}
	return patterns;
}

/** The named place the earlier text gave a noun ("X, a town on …", "the X compressor station", "the town of X"), the nearest. */
function antecedentOf(noun: string, earlier: string): string | null {
	let nearest: {place: string; at: number} | null = null;
	// every pattern holds the noun as written (case-sensitive): most earlier texts lack it
	if (!earlier.includes(noun)) return null;
	for (const pattern of antecedentPatterns(noun)) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(earlier); match; match = pattern.exec(earlier)) {
			const place = placeOfPhrase(match[1], {allowInstallations: false});
			// (at the same place a later pattern wins: "the Tavian city of X" is X, not "Tavian")
			if (place && (!nearest || match.index >= nearest.at)) nearest = {place, at: match.index};
		}
	}
	return nearest?.place ?? null;
}

const INSTALLATION_SET = new Set(INSTALLATION_NOUNS);

// "the X pipeline junction": built once per noun (a lexicon's), as a pattern of names is costly to build
const installationNamed = remembered((noun: string) => new RegExp(`(${NAME_SPAN})(?:\\s+[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+){0,2}?\\s+${escapeRegExp(noun)}\\b`, 'gv'));

/** "the junction" when the article before sentence `i` named one junction only ("the X pipeline junction"): that name, else null. */
function onlyInstallationNamed(noun: string, sentences: ParsedArticle['sentences'], i: number): string | null {
	const named = installationNamed(noun);
	const names = new Set<string>();
	for (const sentence of sentences.slice(0, i)) {
		if (!sentence.text.includes(noun)) continue;
		// exec on the pattern itself: matchAll would copy it, and a copy may have to be compiled again
		named.lastIndex = 0;
		for (let match = named.exec(sentence.text); match; match = named.exec(sentence.text)) {
			const place = placeOfPhrase(match[1].replace(/^(?:The|In|At|On|Near|Off|Around)\s+/, ''), {allowInstallations: false});
			if (place && !sideOfWord(place) && !isOrganisation(place)) names.add(place);
		}
	}
	return names.size === 1 ? [...names][0] : null;
}

/**
 * Claims whose place is told by a noun that points back: "X, a town on the plateau, … The army said it had retaken the
 * town." The noun is read as the name from the two sentences before in its paragraph; offsets stay the sentence's own.
 */
function backReferenceClaims(sentences: ParsedArticle['sentences'], i: number, forceCodes: ReadonlySet<string>): Found[] {
	const sentence = sentences[i].text;
	const earlier = sentences.slice(Math.max(0, i - 2), i).filter((other) => other.paragraph === sentences[i].paragraph).map((other) => other.text).join(' ');
	BACK_REFERENCE.lastIndex = 0;
	for (let match = BACK_REFERENCE.exec(sentence); match; match = BACK_REFERENCE.exec(sentence)) {
		const noun = match[1].toLowerCase();
		// a feature ("the reef", "the island") may point back to the one the article named anywhere before
		// (the one feature named by its own word first: "Both Kell and Dorva claim the shoal" points back to the X Shoal, not to Dorva)
		const feature = FEATURE_WORDS.has(noun) ? onlyFeatureNamedAs(noun, sentences, i, sentence.slice(0, match.index)) : null;
		const near = feature ?? antecedentOf(noun, `${earlier} ${sentence.slice(0, match.index)}`);
		// a site named once anywhere before ("the X pipeline junction") is read back only for ground taken or held: "the plant"
		// a story is about is struck and shelled in every paragraph, which is its setting, not a claim
		const far = near || !INSTALLATION_SET.has(noun) ? null : onlyInstallationNamed(noun, sentences, i);
		const place = near ?? far;
		if (!place) continue;
		const named = sentence.slice(0, match.index) + place + sentence.slice(match.index + match[0].length);
		const shift = match[0].length - place.length;
		const after = match.index + place.length;
		// "X denied that the town had fallen", "every missile fired at the base was intercepted": the earlier claim's dispute, not a claim
		if (DENIES_THAT.test(sentence.slice(0, match.index)) || /\b(?:intercepted|shot\s+down|downed)\b/i.test(sentence)) return [];
		const claims = claimsIn(named, forceCodes)
			.filter((found) => found.place === place && (!far || /^claim\.(?:take|holds|secured)/.test(found.rule)))
			.map((found) => ({...found, rule: `${found.rule}.back-reference`, end: found.end >= after ? found.end + shift : Math.min(found.end, match!.index + match![0].length)}));
		// "says the town was quiet …, despite the army's claim to control the whole town": a later mention may be the claim's
		if (claims.length) return claims;
	}
	return [];
}

/** The one place a subhead asks or tells about ("What happened at X?", "Shooting near X"), else null. */
function headingPlace(heading: string): string | null {
	if (/\band\b|,/.test(heading)) return null; // "What happened at X and Y?": which one each sentence tells is not said
	return placeIn(heading);
}

/**
 * An incident told without its place in the paragraph under a subhead that names one: "What happened at X? / Tavia says
 * Kyrin soldiers opened fire on its checkpoint." The place is the subhead's; offsets stay the sentence's own.
 */
function headingSceneClaims(article: ParsedArticle, i: number, headingPlaces: Map<number, string | null>): Found[] {
	const sentence = article.sentences[i];
	const heading = article.paragraphs[sentence.paragraph - 1];
	if (!heading?.heading) return [];
	// every sentence of the paragraph asks its subhead: read it once
	let place = headingPlaces.get(sentence.paragraph - 1);
	if (place === undefined) headingPlaces.set(sentence.paragraph - 1, (place = headingPlace(heading.text)));
	return place ? incidentsAt(sentence.text, place, 'claim.incident.heading') : [];
}

/** The first incident a sentence tells, placed at `place` told elsewhere (a subhead, the sentence before). */
function incidentsAt(sentence: string, place: string, rule: string): Found[] {
	INCIDENT.lastIndex = 0;
	for (let match = INCIDENT.exec(sentence); match; match = INCIDENT.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		if (FORBIDDEN_BEFORE.test(before) || NEGATED_BEFORE.test(before) || /\bto\s+$/i.test(before)) continue;
		if (!MILITARY_ACTOR.test(before) && !MILITARY_SUBJECT.test(before) && !INCIDENT_ACTOR.test(before) && !NATIONALITY_WORD.test(before)) continue;
		const claim = incidentClaimOf(match[1]);
		const end = match.index + match[0].length;
		const passive = /\b(?:was|were|been|being|is|are)\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ly\s+)?$/v.test(before);
		return [{place, claim, count: null, rule, end, actorText: before, victimText: passive ? '' : DOWNING.has(claim) ? undefined : clauseFrom(sentence, end)}];
	}
	return [];
}

// "the trawler and the cutter collided in fog on the X Bank": where two vessels met, for the accounts told after it
const COLLISION_AT = new RegExp(String.raw`\b(?:collided|collision|clashed)\b[^.;]{0,50}?\b(?:on|at|near|off|over|in)\s+(?:the\s+)?(${NAME_SPAN})`, 'v');

/**
 * An incident told without its place just after the sentence that placed the collision: "The two boats collided on the X
 * Bank. Four crew were hurt. Tavia says the cutter rammed the trawler; Kyrin says the trawler turned across its bow."
 */
function collisionAccountClaims(sentences: ParsedArticle['sentences'], i: number): Found[] {
	// … or the paragraph before, when this one opens on the two accounts: "They collided on the X Bank. / Each side blames the other. A says …"
	const opensOnAccounts = MUTUAL_BLAME.test(sentences.find((sentence) => sentence.paragraph === sentences[i].paragraph)!.text);
	for (let j = i - 1; j >= Math.max(0, i - (opensOnAccounts ? 4 : 2)) && sentences[i].paragraph - sentences[j].paragraph <= (opensOnAccounts ? 1 : 0); j--) {
		const met = COLLISION_AT.exec(sentences[j].text);
		const place = met ? collisionPlace(met[1]) : null;
		if (place) return incidentsAt(sentences[i].text, place, 'claim.incident.collision');
	}
	return [];
}

/** The place a collision names: "Kell Reef"; "the X Bank" is a shoal, not a lender. */
const collisionPlace = (name: string) => placeOfPhrase(name, {allowInstallations: false}) ?? (/^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*\s+Banks?$/v.test(name) ? name : null);

const TAKEN_BACK_CLAIMS = new Set(['retaken', 'recaptured', 'liberated', 'controls', 'regained', 'reclaimed', 'taken back']);
const sideKeyOf = (claimant: string) => (sideOf(claimant) ?? claimant).toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '');

/** "The rebels said they had captured X. The army said it had retaken the town": a taking and its reversal dispute each other. */
function markRivalTakings(claims: (LocalClaim & {sentence: number})[]): void {
	for (const claim of claims) {
		if (claim.extent === undefined || !claim.claimant || (claim.disputedBy && claim.disputedBy !== 'unverified')) continue;
		const rival = claims.find(
			(other) =>
				other !== claim &&
				other.extent !== undefined &&
				Math.abs(other.sentence - claim.sentence) <= 2 &&
				other.place.toLowerCase() === claim.place.toLowerCase() &&
				other.claimant &&
				sideKeyOf(other.claimant) !== sideKeyOf(claim.claimant!) &&
				[claim, other].some((taking) => TAKEN_BACK_CLAIMS.has(taking.claim)),
		);
		if (rival) claim.disputedBy = rival.claimant;
	}
}

// What FIGURE_REJECTED cannot match without (case-sensitive, as there): fewer sentences hold one than name a figure.
const REJECTING_VERBS = [...DENIAL_VERBS, 'questioned', 'questions', 'contested', 'contests'];
const FIGURE_REJECTED = requiring(
	new RegExp(
		`(${NAME_SPAN}|[Tt]he\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)?)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:${DENIAL_ADVERB})?(?:${alternation(DENIAL_VERBS)}|questioned|questions|contested|contests)\\s+(?:(?:the|their|this|that|these)\\s+)?(?:([[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+)['’]s?\\s+)?(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:figures?|toll|count|tally|numbers|estimates?)\\b`,
		'v',
	),
	REJECTING_VERBS,
);
const FIGURE_WORD = /\b(?:figures?|toll|count|tally|numbers|estimates?)\b/i;
const KIND_OF_PLACE = new RegExp(`\\b(?:city|town|village|hamlet|settlement|district|province|valley|camp)\\s+of\\s+(${NAME_SPAN})`, 'v');
const TOLL_KINDS = new Set(['killed', 'injured', 'missing', 'displaced']);
const SAYS = /^(.*?)\s+(?:say|says|said|claim|claims|claimed|report|reported|insist|insisted)\b/;

/** Who a sentence says reports its figure: "Villagers in the hamlet of X say 60 died" -> "Villagers". */
function reporterOf(sentence: string): string | null {
	const source = sourceOf(sentence);
	if (source) return sideOf(source) ?? source;
	const subject = SAYS.exec(sentence)?.[1].split(/,|\s+(?:in|of|from|at|near|who|whose)\s+/)[0].trim();
	return subject && subject.split(/\s+/).length <= 5 ? sideOf(subject) ?? subject : null;
}

/**
 * A toll one side reports and another rejects: "Villagers in X say 60 people died. The minister rejected the
 * villagers' figure." The claim is the rejected figure, at its place; the figures are read only when a rejection is found.
 */
function disputedTolls(article: ParsedArticle, figures?: LocalFigure[]): LocalClaim[] {
	const sentences = article.sentences;
	// the cheap tests first: most sentences reject nothing and name no figure at all
	const rejections = sentences.map((sentence, index) => ({index, match: holdsAny(sentence.text, REJECTING_VERBS) && FIGURE_WORD.test(sentence.text) ? FIGURE_REJECTED.exec(sentence.text) : null})).filter((rejection) => rejection.match);
	if (!rejections.length) return [];
	const sentenceAt = new Map(sentences.map((sentence, index) => [sentence.start, index]));
	const tolls = (figures ?? extractFigures(article))
		.map((figure) => ({...figure, place: figure.place ?? KIND_OF_PLACE.exec(figure.evidence.text)?.[1] ?? null}))
		.filter((figure) => TOLL_KINDS.has(figure.kind) && figure.place && figure.value !== null && figure.evidence.offset !== undefined);
	const claims: LocalClaim[] = [];
	for (const {index, match} of rejections) {
		const rejectedBy = sideOf(match![1]) ?? match![1];
		const whose = match![2]?.toLowerCase().replace(/s$/, '');
		// "rejected the villagers' figure of 60 deaths": the figure may follow the rejection in its own sentence
		const inRejection = tolls.find((figure) => sentenceAt.get(figure.evidence.offset!) === index && figure.evidence.text.indexOf(figure.text) > match!.index);
		const candidates = tolls.filter((figure) => {
			const at = sentenceAt.get(figure.evidence.offset!) ?? -1;
			return at >= index - 2 && at < index;
		});
		// "the villagers' figure": the toll the villagers gave; else the nearest one before the rejection
		const toll = inRejection ?? (whose ? candidates.find((figure) => figure.evidence.text.toLowerCase().includes(whose)) : candidates.at(-1));
		if (!toll) continue;
		const claimant = toll === inRejection ? match![2] ?? null : reporterOf(toll.evidence.text);
		if (claimant === rejectedBy) continue;
		claims.push({
			place: toll.place!,
			claim: `${toll.qualifier ? `${toll.qualifier} ` : ''}${toll.value} ${toll.kind}`,
			claimant,
			disputedBy: rejectedBy,
			evidence: {...toll.evidence, rule: 'claim.disputed-toll'},
		});
	}
	return claims;
}

/** "A said it struck nine sites. B said six were hit": the next sentence's other side with another count disputes the claim. */
function markRivalCounts(claims: (LocalClaim & {count: number | null; sentence: number})[]): void {
	for (const claim of claims) {
		if (claim.disputedBy || claim.count === null || !claim.claimant) continue;
		const rival = claims.find(
			(other) =>
				other.sentence === claim.sentence + 1 &&
				other.place.toLowerCase() === claim.place.toLowerCase() &&
				other.count !== null &&
				other.count !== claim.count &&
				other.claimant &&
				other.claimant !== claim.claimant,
		);
		if (rival) claim.disputedBy = `${rival.claimant} (says ${rival.count})`;
	}
}
