/**
 * Incidents at the parts of a site and the rebuttals that tell them otherwise: fire reported at a plant's switchyard
 * or cooling pond (a part named by its common noun, not by a capitalised name), a boat said to have entered another
 * side's waters off a named cape, and the other side's versions: the blasts were its own air defence, the shells were
 * fired by the claimant itself "to discredit" it, its own officers took the place before the claimant arrived.
 */
import {NON_STATE_FORCES} from '../lexicon/claims.js';
import {FACILITY_PARTS, LOWER_CASE_FEATURES} from '../lexicon/place-features.js';
import type {ParsedArticle} from '../model.js';
import {isOrganisation, NAME_SPAN, nameAt, sideOfWord} from './places.js';
import {alternation} from '../text-scan.js';

/** A claim one rule found in a sentence, in the shape claims.ts reads it. */
export interface IncidentFound {
	place: string;
	claim: string;
	count: number | null;
	rule: string;
	/** Where the claim's words end in the sentence, so a dispute is looked for after them. */
	end: number;
	actorText: string;
	/** For ground held: how much of it (null for all); absent for fire and incidents. */
	extent?: string | null;
}

const PART = alternation(FACILITY_PARTS);
// the last word of a part named in two ("the pond" for "the cooling pond"): read as the part when the article names one such
const PART_HEADS = [...new Set(FACILITY_PARTS.filter((part) => /\s/.test(part)).map((part) => part.split(/[\s]+/).at(-1)!))];
const PART_MENTION = new RegExp(`\\b(?:${PART})\\b`, 'gi');
// "near the plant's switchyard", "on the embankment of the cooling pond", "within 400 metres of the switchyard"
const PART_AT = new RegExp(
	String.raw`\b(?:near|at|on|beside|by|around|inside|into|in|over|towards?|hit|hitting|struck|striking|targeted|targeting|shelled|shelling|damaged|damaging|within\s+[\d,]+\s*(?:metres|meters|m|yards)\s+of)\s+(?:the\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+of\s+the\s+)?(?:(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+['’]s|its|their)\s+)?(${PART}|${alternation(PART_HEADS)})\b`,
	'giv',
);
// fire, munitions and their traces, before the part in the same clause
const FIRE_CUE = /\b(?:shells?|shelling|shelled|rounds|impacts|craters?|rockets?|missiles?|drones?|munitions|mortars?|artillery|fired|firing|struck|landed|landing|dropped|exploded|came\s+down|come\s+down|lobbing|air\s*strikes?)\b/gi;
const NEGATED = /\b(?:no|not|never|nor)\s+(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}$/iv;

/** The parts of a site an article names ("switchyard", "cooling pond"), lower case: read once per article. */
export function facilityPartsOf(article: ParsedArticle): ReadonlySet<string> {
	return new Set((article.body.match(PART_MENTION) ?? []).map((part) => part.toLowerCase()));
}

/** The part a mention names: itself, or for a bare head ("the pond") the one part of the article with that head. */
function partNamed(mention: string, parts: ReadonlySet<string>): string | null {
	const word = mention.toLowerCase();
	if (FACILITY_PARTS.includes(word)) return word;
	const matching = [...parts].filter((part) => part.endsWith(` ${word}`));
	return matching.length === 1 ? matching[0] : null;
}

/** What the fire was, by the words before the part: "drone strike" for a drone, "shelled" for shells and guns, else "struck". */
function fireClaim(before: string): string {
	if (/\bdrones?\b/i.test(before)) return 'drone strike';
	if (/\b(?:shells?|shelling|shelled|rounds|mortars?|artillery)\b/i.test(before)) return 'shelled';
	return 'struck';
}

/**
 * Fire at a part of a site named by its common noun: "inspectors counted 22 shells landing near the plant's switchyard",
 * "a drone dropped munitions near the pond" (the cooling pond the article named). None without a part in the article.
 */
export function facilityPartClaims(sentence: string, parts: ReadonlySet<string>): IncidentFound[] {
	if (!parts.size) return [];
	const found: IncidentFound[] = [];
	PART_AT.lastIndex = 0;
	for (let match = PART_AT.exec(sentence); match; match = PART_AT.exec(sentence)) {
		const part = partNamed(match[1], parts);
		if (!part) continue;
		// the cue is the nearest one before the part, in its clause and within a hundred characters
		const clauseStart = Math.max(sentence.lastIndexOf(';', match.index), sentence.lastIndexOf(':', match.index), match.index - 100, 0);
		// "a shell hit the turbine hall": a verb that takes the part as its object needs fire named before it, as a preposition does
		const before = sentence.slice(clauseStart, match.index);
		let cue: RegExpExecArray | null = null;
		FIRE_CUE.lastIndex = 0;
		for (let next = FIRE_CUE.exec(before); next; next = FIRE_CUE.exec(before)) cue = next;
		if (!cue || NEGATED.test(before.slice(0, cue.index))) continue; // "no shells landed near it", "access to the switchyard"
		found.push({place: part, claim: fireClaim(before), count: null, rule: 'claim.facility-part', end: match.index + match[0].length, actorText: sentence.slice(0, match.index)});
	}
	return found;
}

// "the Sea Lark had entered Ostran waters off Cape Torra", "accused the ship of straying into its waters near X"
// (a side's waters or airspace, or territorial ones: "entered the waters near X" says no more than where a ship sailed)
const INCURSION = new RegExp(
	String.raw`\b(?:entered|entering|enters|violated|violating|strayed\s+into|straying\s+into|intruded\s+into|intruding\s+into|crossed\s+into|crossing\s+into|sailed\s+into|sailing\s+into)\s+(?:(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+|its|their|our)\s+(?:(?:territorial|national|sovereign|coastal)\s+)?|(?:the\s+)?(?:territorial|national|sovereign|coastal)\s+)(?:waters|airspace)\s+(?:off|near|around|over|close\s+to|by)\s+(?:the\s+)?(?:(?:village|town|city|island|port|coast)\s+of\s+)?(${NAME_SPAN})`,
	'gv',
);

/** A ship or plane said to have entered a side's waters off a named place: "the coast guard said the ship entered its waters off Cape X". */
export function incursionClaims(sentence: string): IncidentFound[] {
	if (!/\b(?:waters|airspace)\b/.test(sentence)) return [];
	const found: IncidentFound[] = [];
	INCURSION.lastIndex = 0;
	for (let match = INCURSION.exec(sentence); match; match = INCURSION.exec(sentence)) {
		const before = sentence.slice(0, match.index);
		if (NEGATED.test(before)) continue; // "the ship never entered its waters off X": the other side's version
		const place = nameAt(match[1]);
		if (!place || sideOfWord(place) === place) continue; // "off Tavia": a country's coast is no place claimed
		found.push({place, claim: `${/^violat/.test(match[0]) ? 'violated' : 'entered'} ${/airspace/.test(match[0]) ? 'airspace' : 'waters'}`, count: null, rule: 'claim.incursion', end: match.index + match[0].length, actorText: before});
	}
	return found;
}

const FORCE_WORDS = ['forces', 'troops', 'soldiers', 'army', 'militia', 'militias', 'rebels', 'fighters', 'insurgents', ...NON_STATE_FORCES];
// as written in lower case, or opening a sentence: "Soldiers hold X"
const FORCE = String.raw`\b(?:${alternation([...FORCE_WORDS, ...FORCE_WORDS.map((word) => word[0].toUpperCase() + word.slice(1))])})\b`;
// "armed herders who overran X still occupy the village of Y", "the soldiers hold Y": ground a force holds, told in the present
const OCCUPYING = new RegExp(
	String.raw`${FORCE}(?:[^,;.:"“”]{0,60}?\s(?:still|now|continue\s+to|continues\s+to)|\s+(?:still\s+|now\s+)?(?=(?:holds?|controls?|occup(?:y|ies))\s))\s*(occupy|occupies|occupying|hold|holds|holding|control|controls|controlling)\s+(?:the\s+)?(?:(?:village|town|city|settlement|district|area|port)\s+of\s+)?(${NAME_SPAN})`,
	'gv',
);
// Each verb OCCUPYING can match, as a whole word: the first of it in a match is where the verb stands.
const OCCUPYING_VERB = new Map(['occupy', 'occupies', 'occupying', 'hold', 'holds', 'holding', 'control', 'controls', 'controlling'].map((verb) => [verb, new RegExp(`\\b${verb}\\b`)]));

const FEATURE_AFTER = new RegExp(`^\\s+(${alternation(LOWER_CASE_FEATURES)})\\b`, 'i');

/** Ground an armed force is said to hold now: "the farmers say armed herders still occupy X", "The soldiers hold Y." */
export function occupationClaims(sentence: string): IncidentFound[] {
	if (!/\b(?:occupy|occupies|occupying|hold|holds|holding|control|controls|controlling)\b/i.test(sentence)) return [];
	const found: IncidentFound[] = [];
	OCCUPYING.lastIndex = 0;
	for (let match = OCCUPYING.exec(sentence); match; match = OCCUPYING.exec(sentence)) {
		const name = nameAt(match[2]);
		if (!name || sideOfWord(name) || isOrganisation(name)) continue;
		const feature = name === match[2] ? FEATURE_AFTER.exec(sentence.slice(match.index + match[0].length)) : null; // "the Kuri forest"
		const place = feature ? `${name} ${feature[1].toLowerCase()}` : name; // "hold talks", "control Tavia", "hold the Army Council"
		const verbAt = match[0].search(OCCUPYING_VERB.get(match[1])!);
		if (/\b(?:no|not|never|no\s+longer)\b|n['’]t\b/i.test(match[0].slice(0, verbAt))) continue; // 'troops no longer hold X'
		found.push({place, claim: /^occup/i.test(match[1]) ? 'occupies' : 'holds', extent: null, count: null, rule: 'claim.holds-present', end: match.index + match[0].length, actorText: sentence.slice(0, match.index)});
	}
	return found;
}

const SPEAKER = String.raw`(${NAME_SPAN}|(?:[Tt]he|An?|Our|Its|Their)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)(?:,\s+[^,;]{1,80},)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|again\s+)?(?:says|said|say|insists|insisted|maintains|maintained|accuses|accused)\s+(?:that\s+)?`;
// "Gen Strel has said the blasts in X were caused by Tavian air-defence missiles": the damage had another cause
const OTHER_CAUSE = String.raw`(?:the\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?(?:blasts?|explosions?|damage|deaths|craters|casualties)\b[^.;]{0,50}?\b(?:was|were|had\s+been|are|is)\s+["“‘']?(?:caused\s+by|the\s+work\s+of|due\s+to)\b`;
// "Velmara says Ostran units fired on the site themselves", "… fired by the rebels to discredit the army": self-inflicted
const SELF_INFLICTED = String.raw`[^.;]{0,100}?(?:\b(?:fired|firing|shelled|shelling|struck|hit|attacked|bombed)\b[^.;]{0,40}?\b(?:themselves|itself)\b|\bto\s+(?:discredit|manufacture\s+a\s+pretext|provoke)\b|\ba\s+false\s+flag\b)`;
// "Police say the village was secured by their own officers", "a police unit had secured X before the vigilantes arrived"
const TAKEN_FIRST = String.raw`[^.;]{0,80}?(?:\b(?:was|were|had\s+been|has\s+been)\s+(?:secured|retaken|recaptured|taken|liberated|cleared|entered)\s+by\s+(?:their|its|our|his|her)\s+own\b|\b(?:secured|entered|retaken|recaptured|reached|cleared)\b[^.;]{0,60}?\bbefore\s+(?:the\s+)?(?:[[\p{Ll}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:arrived|got\s+there|came))`;
const REBUTTAL = new RegExp(`${SPEAKER}(?:${OTHER_CAUSE}|${SELF_INFLICTED}|${TAKEN_FIRST})`, 'v');
// What REBUTTAL cannot match without: most texts skip it.
const REBUTTAL_WORD = /\b(?:caused\s+by|work\s+of|due\s+to|themselves|itself|discredit|pretext|provoke|false\s+flag|own|before)\b/;

/**
 * Another side's version of an incident: the damage had another cause, the claimant did it to itself, or the other
 * side's own men took the place first. Group 1 is who says so.
 */
export function incidentRebuttal(after: string): RegExpExecArray | null {
	return REBUTTAL_WORD.test(after) ? REBUTTAL.exec(after) : null;
}

// "This is false: our ship's track shows …": the next sentence calls the claim untrue in the article's own voice
const OWN_VOICE_FALSE = /^\s*(?:This|That|It|The\s+(?:claim|accusation|allegation|charge))\s+is\s+(?:simply\s+|completely\s+|entirely\s+|plainly\s+)?(?:false|untrue|not\s+true|baseless|wrong)\b/;

/** The outlet that calls a claim false in its own voice in the next sentence (a statement's "This is false."), else null. */
export function ownVoiceRebuttal(next: string, outlet: string | null): string | null {
	return outlet && OWN_VOICE_FALSE.test(next) ? outlet : null;
}

// "Tavia's general staff says it has never fired at the plant and …": the sayer that opens a clause the "and" continues
const SAYING_SUBJECT = new RegExp(String.raw`^(?:[^,;]*?,\s+)?((?:[Tt]he\s+)?${NAME_SPAN}(?:['’]s(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+){1,2})?|[Tt]he\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)\s+(?:says|said|insists|insisted|claims|claimed|maintains|maintained)\b[^;]*\band\s+$`, 'v');

/** Who does the second verb of "X says … and accuses Y": the sayer of the clause, else null. */
export function coordinatedSubject(before: string): string | null {
	return /\band\s+$/.test(before) ? SAYING_SUBJECT.exec(before)?.[1] ?? null : null;
}
