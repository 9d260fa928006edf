/**
 * Places, sides and sources in a sentence, by general rules: capitalised name spans after locative
 * prepositions, countries and nationality adjectives from the geography lexicon, "according to X".
 */
import {BLOCS, CAPITALS, COUNTRIES} from '../lexicon/geography.js';
import {MONTHS} from '../lexicon/numbers.js';
import {LENDING_BANK_WORDS} from '../lexicon/organisations.js';
import {TITLE_CASE_BREAKS} from '../lexicon/place-features.js';
import {SOURCE_TIME_ADVERBIAL, SOURCE_TRAILING_CLAUSE} from '../lexicon/time-words.js';
import {remembered} from '../memo.js';
import {alternation, escapeRegExp} from '../text-scan.js';

/** A place (or any name) as a whole word, the pattern built once per name: names recur in every rule that looks for them again. */
export const placeAsWord = remembered((place: string) => new RegExp(`\\b${escapeRegExp(place)}\\b`, 'u'));

const SIDE_OF = new Map<string, string>();
const COUNTRY_ADJECTIVES = new Set([...COUNTRIES, ...BLOCS].flatMap((country) => country.adjectives.map((adjective) => adjective.toLowerCase())));
for (const country of [...COUNTRIES, ...BLOCS])
	for (const form of [country.name, ...country.aliases, ...country.adjectives]) SIDE_OF.set(form.toLowerCase(), country.name);

const NOT_PLACES = new Set([
	...MONTHS,
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday',
	'the',
	'a',
	'an',
	'this',
	'that',
	'his',
	'her',
	'their',
	'its',
	// a sentence opening on a quantifier ("Both countries claim the shoal"): never a place
	'both',
	'each',
	'neither',
	'either',
	// Title-case headlines: "at Least 1,400 Injured", "at Most 20"
	'least',
	'most',
]);

// a Title-case headline runs its event noun into the place: "in Varna Earthquake" is Varna
// "seized X Saturday": a weekday told without "on" after a name is when, not part of it
const WEEKDAY_TAIL = /\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
// a Title-case headline runs its verb, its count or its next preposition on after the place: "Strike On Velsh Clinic Kills
// Four" is at the Velsh Clinic, "In Oskara Says" in Oskara; a place's own name never holds these words
const TITLE_BREAK = new RegExp(String.raw`\s+(?:${TITLE_CASE_BREAKS.join('|')}|\d)(?![[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]).*$`, 'v');
const TITLE_EVENT_TAIL = /(?:\s+(?:Earthquake|Quake|Floods?|Flooding|Landslides?|Mudslides?|Cyclone|Hurricane|Typhoon|Storm|Wildfires?|Eruption|Tsunami|Blast|Explosion|Attack|Attacks|Strike|Strikes|Clashes|Fighting|Violence|Protests?|Riots?|Crash|Fire|Unrest|Turmoil|Crackdown|Demonstrations?|Rall(?:y|ies)|Raids?|Shelling|Bombing|Shooting|Ambush))+$/u;

/**
 * A capitalised name span: "Lagos", "Bay of Bengal", "Camp Dara Air Base", "Kano and Jos" is two; an article joined
 * to the next word stays in the name ("Souk al-Marrah", "Deir ez-Zor"), and may open it ("el-Qarrim", "al-Dimna");
 * a dotted abbreviation is one word ("U.N.", "U.S. Army"), not a name cut at its first dot.
 */
const NAME_FIRST_WORD = String.raw`(?:(?:al|el|ad|ar|as|an|ash|at|az|ez|es|ed|ul)-[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{M}'’\-]--[\u{10000}-\u{10FFFF}]]*|(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]]\.){2,}(?![\p{L}--[\u{10000}-\u{10FFFF}]])|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{M}'’\-]--[\u{10000}-\u{10FFFF}]]*)`;
export const NAME_SPAN = String.raw`${NAME_FIRST_WORD}(?:\s+(?:of|de|del|al|el|la|du)\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{M}'’\-]--[\u{10000}-\u{10FFFF}]]*|\s+(?:al|el|ad|ar|as|an|ash|at|az|ez|es|ed|ul)-[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{M}'’\-]--[\u{10000}-\u{10FFFF}]]*|\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{M}'’\-]--[\u{10000}-\u{10FFFF}]]*)*`;
const NAME = new RegExp(`^${NAME_SPAN}`, 'v');
const GLUED_DASH_TAIL = /-(?:\s.*)?$/su;

/** The country or bloc a word names or is the adjective of ("Nigerian" -> Nigeria), else null. */
// remembered: every extractor asks it of every name and word pair, and the same few recur throughout an article
export const sideOfWord = remembered(sideOfWordRead);

function sideOfWordRead(word: string): string | null {
	const bare = word.replace(/['’]s$/, '').replace(/^the\s+/i, '');
	return SIDE_OF.get(bare.toLowerCase()) ?? null;
}

const CAPITAL_OF = new Map(Object.entries(CAPITALS).map(([capital, country]) => [capital.toLowerCase(), country]));

/** The side a phrase names: its last country, nationality word or capital ("Nigerian forces" -> Nigeria, "Abuja said" -> Nigeria), else null. */
// remembered: speakers, claimants and subjects are asked for again in every rule that reads them
export const sideOf = remembered(sideOfRead);

function sideOfRead(phrase: string): string | null {
	let side: string | null = null;
	const words = phrase.match(/[[\p{L}.'’\-]--[\u{10000}-\u{10FFFF}]]+/gv) ?? [];
	const capital = (word: string) => CAPITAL_OF.get(word.replace(/['’]s$/, '').toLowerCase()) ?? null;
	for (let i = 0; i < words.length; i++) {
		// the longest name first, and its last word is then no name of its own: "South Sudan" is not "Sudan"
		const three = i + 2 < words.length ? `${words[i]} ${words[i + 1]} ${words[i + 2]}` : null;
		const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : null;
		const long = three ? sideOfWord(three) ?? capital(three) : null;
		const two = long ? null : pair ? sideOfWord(pair) ?? capital(pair) : null;
		const found = long ?? two ?? sideOfWord(words[i].replace(/[.]$/, '')) ?? capital(words[i].replace(/[.]$/, ''));
		if (found && /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(words[i])) {
			side = found;
			i += long ? 2 : two ? 1 : 0;
		}
	}
	return side;
}

/** The capitalised name span at the start of `text` (after an optional "the"), trimmed of possessives. */
export function nameAt(text: string): string | null {
	const bare = text.replace(/^the\s+/i, '');
	const match = NAME.exec(bare);
	if (!match || /^[-\d]/.test(bare.slice(match[0].length))) return null; // "Mi-24", "F-16": a model, not a place
	// a closing single quote is no part of the name: "holding 'X'"
	// (a dash glued to the name's end starts a tail a headline ran on: "In Kell- Rights Group Source" is Kell)
	const name = match[0].replace(GLUED_DASH_TAIL, '').replace(TITLE_BREAK, '').replace(/['’]s$/, '').replace(/['’]+$/, '').replace(/\s+(?:on|of)$/, '').replace(TITLE_EVENT_TAIL, '').replace(WEEKDAY_TAIL, '');
	// "in Hamas's October 7 attack", "in the army's March offensive": a possessor's dated event, not a place
	const possessed = /['’]s\s+([\p{L}--[\u{10000}-\u{10FFFF}]]+)/v.exec(name);
	if (possessed && NOT_PLACES.has(possessed[1].toLowerCase())) return null;
	return NOT_PLACES.has(name.toLowerCase()) || !name ? null : name;
}

// "in the remote hamlet of X": up to two words before the kind of place; "In X, ..." opens a sentence with its scene
const LOCATIVE = new RegExp(`\\b(?:[Ii]n|[Oo]n|[Aa]t|[Aa]cross|[Ii]nside|[Nn]ear|[Oo]utside|into|struck|hit|rocked|shook|devastated|battered)\\s+(?:the\\s+)?(?:(?:[[\\p{Ll}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:city|town|village|hamlet|settlement|region|district|province|state|area|port|capital|valley|island) of\\s+)?(${NAME_SPAN})`, 'gv');
const OWNED_REGION_NAME = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+['’]s\s+([\p{Lu}--[\u{10000}-\u{10FFFF}]].*)$/v;
const REGION_KIND_AFTER = /^\s+(?:district|province|region|oblast|governorate|county)\b/;
const STRIKE_BEFORE = /\b(?:attacks?|strikes?|airstrikes?|raids?|shelling|bombardment|barrage|assault|offensive|fire|struck|dropped|landed|fell|rained down)\b(?:\s+[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+){0,2}\s*$/iv;
const LAND_NOUN = /^\s+(?:soil|territory|side|airspace|border|waters|towns?|cities|city|villages?|regions?|areas?|positions|border areas)\b/i;

/** A place named after a locative preposition ("in Jos", "on Iraqi soil" -> Iraq), nearest to `near` when given, else the first. */
export function placeIn(sentence: string, near?: number, within = 100): string | null {
	let best: {place: string; distance: number} | null = null;
	LOCATIVE.lastIndex = 0;
	for (let match = LOCATIVE.exec(sentence); match; match = LOCATIVE.exec(sentence)) {
		const name = nameAt(match[1]);
		// a span a Title-case headline ran on ("In Lanmore Strike On Velsh Clinic") is read again after the name cut from it
		if (TITLE_BREAK.test(match[1])) LOCATIVE.lastIndex = match.index + match[0].length - match[1].length + (TITLE_BREAK.exec(match[1])?.index ?? match[1].length);
		if (!name) continue;
		// "on" places only a strike's target ("an attack on X"); "blamed on X", "tariffs on X" name no scene
		const nameEnd = match.index + match[0].length - match[1].length + name.length;
		if (/^on\b/i.test(match[0]) && !STRIKE_BEFORE.test(sentence.slice(Math.max(0, match.index - 40), match.index)) && !LAND_NOUN.test(sentence.slice(nameEnd))) continue;
		// "in Tavia's X district": the district, not its country's possessive
		const owned = OWNED_REGION_NAME.exec(name);
		let place: string | null = owned && REGION_KIND_AFTER.test(sentence.slice(nameEnd)) ? owned[1] : name;
		const side = sideOfWord(place);
		if (side) {
			// "on Iraqi soil" names a place; "in the Iraqi shelling" names the attacker
			const isCountryName = side.toLowerCase() === place.toLowerCase() || !COUNTRY_ADJECTIVES.has(place.toLowerCase());
			place = isCountryName || LAND_NOUN.test(sentence.slice(nameEnd)) ? side : null;
		} else if (isOrganisation(place) || describesKindOfPlace(place, sentence.slice(nameEnd))) place = null;
		if (!place) continue;
		if (near === undefined) return place;
		const distance = Math.min(Math.abs(match.index - near), Math.abs(nameEnd - near));
		if (distance <= within && (!best || distance < best.distance)) best = {place, distance};
	}
	return best?.place ?? null;
}

// "the Himalayan nation", "the Caribbean country": an adjective of a region before the kind of place, not its name
const ADJECTIVE_ENDING = /(?:an|ese|ic|ish)$/;
const KIND_OF_STATE = /^\s+(?:nation|country|kingdom|republic|state|island nation|archipelago)\b/;

/** Whether a one-word name is an adjective describing the place that follows ("Himalayan" of "the Himalayan nation"). */
function describesKindOfPlace(name: string, after: string): boolean {
	return !name.includes(' ') && ADJECTIVE_ENDING.test(name) && KIND_OF_STATE.test(after);
}

const DISASTER_PLACE = new RegExp(`(${NAME_SPAN})\\s+(?:earthquake|quake|floods?|flooding|landslides?|mudslides?|cyclone|hurricane|typhoon|storm|wildfires?|eruption|tsunami)\\b`, 'v');
// What DISASTER_PLACE cannot match without (case-sensitive, as there): most sentences name no disaster.
const DISASTER_WORD = /quake|flood|landslide|mudslide|cyclone|hurricane|typhoon|storm|wildfire|eruption|tsunami/;

/** The place a natural disaster is named after ("the Valdor Valley earthquake" -> "Valdor Valley"), else null. */
export function disasterPlace(sentence: string): string | null {
	const match = DISASTER_WORD.test(sentence) ? DISASTER_PLACE.exec(sentence) : null;
	const name = match ? nameAt(match[1]) : null;
	return name && !sideOfWord(name) && !isOrganisation(name) ? name : null;
}

/** Names that are bodies, not places: "Air Force", "Foreign Office", "Ministry of Defence". */
export function isOrganisation(name: string): boolean {
	return (/\b(?:Ministry|Office|Force|Forces|Army|Navy|Council|Committee|Party|Agency|Times|Post|News|House|Press|Television|Court|Parliament|Chamber|Assembly|Senate|Congress|Commission|Department|Operation|Front|Movement|Command|Brigade|Battalion|Regiment|Guard)\b/.test(name) || isLender(name)) && !/\b(?:Air Base|Base|Station)\b/.test(name);
}

// "the World Bank", "Bank of Norland", a bare "Bank": a lender; "the Kell Bank" with no lending word is a shoal or a shore
const LENDER = new RegExp(`\\b(?:${alternation(LENDING_BANK_WORDS)})\\s+Bank\\b|\\bBank\\s+(?:of|for)\\b|^Bank$`, 'u');
const isLender = (name: string) => /\bBank\b/.test(name) && LENDER.test(name);

// (a dotted abbreviation is part of the source: "according to U.N. estimates" is not "U")
const ACCORDING_TO = /(?<!\w)according to\s+(?:the\s+)?((?:(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]]\.){2,}|[^,.;:"“”])+)/iv;
// A body's name may hold "for": "the Tolvane Observatory for Human Rights", "the Office for National Statistics"
const BODY_NAME_SPAN = String.raw`${NAME_SPAN}(?:\s+for\s+(?:the\s+)?${NAME_SPAN})?`;
// ("The fighting has claimed 300 lives": a toll's verb, not a source's; "the airline has said": the airline)
const SAID_BY = new RegExp(`(?:^|,["”’']?\\s*|\\bas\\s+)((?:the\\s+)?${BODY_NAME_SPAN}|(?:[Tt]he|[Aa]n?)\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+(?:\\s+(?!(?:has|have|had)\\s)[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+)?|[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][\\p{L}--[\\u{10000}-\\u{10FFFF}]]+['’]s(?:\\s+[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+){1,2}|(?:[\\p{L}--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:officials|police|authorities|witnesses|sources|residents|medics|doctors|rescuers|paramedics))(?:\\s+(?:also|again|later|earlier|previously|separately|meanwhile))?(?:\\s+${SOURCE_TIME_ADVERBIAL})?(?:\\s+(?:has|have|had))?\\s+(?:said|says|say|told|stated|reported|confirmed|claimed(?![^.;]{0,40}\\blives\\b)|announced|insists|insisted|maintains|maintained)\\b`, 'v');

// SAID_BY cannot match without one of its verbs (case-sensitive, as there): most sentences skip it.
const SAYING_VERB = /said|say|told|stated|reported|confirmed|claimed|announced|insist|maintain/;

/** Who a sentence attributes its facts to: "according to Interior Minister X Y" -> "X Y"; "…, the MLA said" -> "the MLA". */
export function sourceOf(sentence: string): string | null {
	const according = ACCORDING_TO.exec(sentence);
	if (according) return personIn(withoutWhenOrHow(according[1].trim()));
	const said = SAYING_VERB.test(sentence) ? SAID_BY.exec(sentence) : null;
	if (said) {
		const who = said[1].trim().replace(/\s+(?:also|again|later|earlier|previously|separately|too|meanwhile)$/i, ''); // "The army also said"
		if (/^(?:it|he|she|they|we|i|this|which|who|that)$/i.test(who)) return null;
		return personIn(who);
	}
	return null;
}

// "a report released by the agency on Thursday evening", "statistics released by the agency after revising …"
const WHEN_AFTER_SOURCE = new RegExp(`\\s+${SOURCE_TIME_ADVERBIAL}$`);

/** An according-to phrase without the time it was given or the way its giver came to it. */
const withoutWhenOrHow = (phrase: string) => phrase.replace(SOURCE_TRAILING_CLAUSE, '').replace(WHEN_AFTER_SOURCE, '');

/** The personal name at the end of a titled phrase ("Interior Minister Jane Roe" -> "Jane Roe"), or the phrase. */
function personIn(phrase: string): string {
	const words = phrase.split(/\s+/);
	const titled = /^(?:minister|president|secretary|spokesman|spokesperson|spokeswoman|governor|mayor|general|chief|commander|official|head|director|prime|foreign|interior|defence|defense|mla|mp|senator)$/i;
	let cut = -1;
	for (let i = 0; i < words.length - 1; i++) if (titled.test(words[i])) cut = i;
	const rest = words.slice(cut + 1);
	if (cut >= 0 && rest.length >= 2 && rest.every((word) => /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(word))) return rest.join(' ');
	return phrase;
}
