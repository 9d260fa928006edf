/**
 * The reduce stage for the plan: the story's proposal and one provision per term across outlets. Mentions
 * are clustered by shared numbers, names and content words (paraphrases meet through TERM_CONCEPTS),
 * comparing only mentions that share a rare feature so big corpora stay near-linear.
 */
import type {LocalProvision, ProposalMention} from '../extract/provisions.js';
import {ACTION_CONCEPTS, CARVE_OUT_PARTICIPLES, DEAL_EVENT_PARTICIPLES, EFFECT_PHRASES, EXCLUSION_PHRASES, OVERSIGHT_BODIES, PARTY_HEADS, PHASE_WORDS, PROPOSAL_EXCLUDES, PROPOSAL_NOUNS, RETENTION_PHRASES, SILENCE_PHRASES, SINGULAR_TERM_CONCEPTS, HELD_ONCE_CONCEPTS, TERM_CONCEPTS, WEAK_PROPOSAL_NOUNS} from '../lexicon/proposals.js';
import {LOADED_WORDS} from '../lexicon/loaded-words.js';
import {MONTHS} from '../lexicon/numbers.js';
import {STOP_WORDS} from '../lexicon/stopwords.js';
import {outletLabel} from '../framing/outlets.js';
import type {Discrepancy, Evidence, Provision} from '../model.js';
import {PLACE_FEATURES} from '../lexicon/place-features.js';
import type {ArticleRecord} from '../record.js';

/** Mentions at least this similar (idf-weighted Dice, average link) are one provision. */
const SAME_TERM = 0.3;
/**
 * How far a mean of summed links can be off per link summed, in another order than linkSum's: (1 + 2^-52)-fold per
 * addition, with a wide margin. Nearer the threshold than that, the links are added up again in linkSum's order.
 */
const ROUNDING = 1e-12;
/** Mentions compared per shared feature at most: bounds the work on big corpora. */
const MAX_BLOCK = 300;

// Modality and the proposal's own nouns say nothing about which term a mention states.
// Month names go too: a date is one "d:" feature, however it is written.
const STOP = new Set([...STOP_WORDS, ...MONTHS, 'shall', 'required', 'able', 'allowed', 'entire', 'plan', 'proposal', 'deal', 'agreement', 'package', 'phase', 'stage', 'arrangement', 'accord', 'pact', 'memorandum', 'protocol', 'treaty', 'compact', 'led']);
/** "Phase two: …": the label of a list's sub-heading says when, not which term. */
const PHASE_LABEL = new RegExp(`^(?:${PHASE_WORDS.join('|')})\\s+[[\\p{L}\\p{N}\\-]--[\\u{10000}-\\u{10FFFF}]]+:\\s+`, 'iv');
const CONCEPT_OF = new Map<string, string>();
/** Each phrase's pattern, its replacement, and the text it needs (a phrase of letters is found only where it stands as such). */
const CONCEPT_PHRASES: [RegExp, string, string | null][] = [];
for (const [concept, words] of Object.entries(TERM_CONCEPTS)) {
	for (const word of words) {
		if (/\s|-/.test(word)) CONCEPT_PHRASES.push([new RegExp(`\\b${word}\\b`, 'g'), ` c:${concept} `, /^[[\p{L}\p{N} \-]--[\u{10000}-\u{10FFFF}]]+$/v.test(word) ? word : null]);
		else CONCEPT_OF.set(word, concept);
	}
}

/** "5 pm" -> "1700", "1700 hours" -> "1700": clock times compare across styles. */
function clockTime(hour: number, meridiem: string): string {
	const h = meridiem.startsWith('p') && hour < 12 ? hour + 12 : hour;
	return `${h}00`.padStart(4, '0');
}

const MAGNITUDES: Record<string, number> = {thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12};
const MAGNITUDE = /([$€£¥]?)(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|mn|bn|tn|m|k|b)\b/gi;

/** Numbers with their unit class: "600,000 troops" -> n:600000, "30 per cent" -> n:30%, "90-day" -> n:90day. */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS: Record<string, number> = {thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90};
// "three equal steps", "four separate tranches": a word that says how the parts are cut may come between number and unit.
const PARTS_ADJECTIVE = '(?:equal|separate|consecutive|successive|full|further|additional|monthly|quarterly|annual|yearly|weekly|daily)';
const NUMBER_WORD = new RegExp(`\\b(${[...NUMBER_WORDS, ...Object.keys(TENS)].join('|')})\\b(?=[\\s\\-]+(?:${PARTS_ADJECTIVE}\\s+)?(?:days?|weeks?|months?|years?|hours?|percent|per cent|points?|phases?|stages?|tranches?|steps?|instal?lments?|groups?|batches|waves?|kilomet(?:re|er)s?|km|miles?|metres?|meters?)\\b)`, 'gi');
/** "two and a half years", "1 and a half days": a span with a half, read as months or days so it meets "30 months". */
const AND_A_HALF = new RegExp(`\\b(\\d+|${NUMBER_WORDS.slice(1, 13).join('|')})\\s+and\\s+a\\s+half\\s+(years?|months?|days?)\\b`, 'gi');
const IN_SMALLER_UNIT: Record<string, [number, string]> = {year: [12, 'months'], month: [30, 'days'], day: [24, 'hours']};
const withHalves = (text: string) =>
	text.replace(AND_A_HALF, (_, count: string, unit: string) => {
		const [scale, smaller] = IN_SMALLER_UNIT[unit.toLowerCase().replace(/s$/, '')];
		const value = /^\d+$/.test(count) ? Number(count) : NUMBER_WORDS.indexOf(count.toLowerCase());
		return `${Math.round((value + 0.5) * scale)} ${smaller}`;
	});
/** "thirty-six", "seventy two": a number of tens and units in words. */
const TENS_AND_UNITS = new RegExp(`\\b(twenty|${Object.keys(TENS).join('|')})[\\s\\-](${NUMBER_WORDS.slice(1, 10).join('|')})\\b`, 'gi');
/** "fifteen", "forty": a number of ten or more in words counts as its digits wherever it stands ("the first fifteen"). */
const TEN_OR_MORE = new RegExp(`\\b(${[...NUMBER_WORDS.slice(10), ...Object.keys(TENS)].join('|')})\\b(?![\\s\\-]+(?:hundred|thousand|million|billion)\\b)`, 'gi');
/** "in three groups", "in two batches": how many steps a release or a handover is taken in, as "in three stages" says. */
const IN_GROUPS = /\b(in\s+\d+)\s+(?:groups|batches|waves)\b/gi;
const HHMM = '(?:[01]\\d|2[0-3])[0-5]\\d';
/** "from 0700 to 1900 local time", "0600-1800": four-digit clock times, told from years by a leading zero or a time zone after them. */
const HHMM_SPAN = new RegExp(`\\b(${HHMM})(\\s*(?:to|until|till|and|-|–)\\s*)(${HHMM})\\b(?=(\\s*(?:local\\s+time|GMT|UTC|hrs|h)\\b)?)`, 'gi');
/** A number word of ten or more as termFeatures reads a token: "thirtysix", "fifteen". */
const TENS_AND_UNITS_WORD = new RegExp(`^(?:(?:twenty|${Object.keys(TENS).join('|')})(?:-?(?:${NUMBER_WORDS.slice(1, 10).join('|')}))?|${NUMBER_WORDS.slice(10).join('|')})$`);
/** An amount of money or a magnitude: a currency sign before a number, or a number of millions. */
const AMOUNT = /[$€£¥]\s?\d|\d\s*(?:thousand|million|billion|trillion|bn|mn|tn)\b/i;
/** "40 million US dollars" and "$40m" name one amount: the magnitude is part of the number feature, not a word. */
const MAGNITUDE_WORD = /^(?:thousand|million|billion|trillion)s?$/;
/** "twelve" -> "12", "forty" -> "40". */
const wordValue = (word: string) => String(TENS[word.toLowerCase()] ?? NUMBER_WORDS.indexOf(word.toLowerCase()));
const clock = (time: string) => `${time.slice(0, 2)}:${time.slice(2)}`;

const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
/** "first" -> 1, "twenty-third" -> 23, "thirty-first" -> 31: the days of a month in words. */
const DAY_ORDINAL = new Map<string, number>([
	...ORDINAL_UNITS.map((word, index): [string, number] => [word, index + 1]),
	...ORDINAL_TEENS.map((word, index): [string, number] => [word, index + 10]),
	['twentieth', 20],
	['thirtieth', 30],
	...ORDINAL_UNITS.map((word, index): [string, number] => [`twenty-${word}`, index + 21]),
	['thirty-first', 31],
]);
const ORDINAL_WORD = [...DAY_ORDINAL.keys()].sort((a, b) => b.length - a.length).join('|');
const MONTH_NAME = MONTHS.join('|');
// "the thirty-first of March", "March the first": a date in words is the date in digits.
const ORDINAL_BEFORE_MONTH = new RegExp(`\\b(?:the\\s+)?(${ORDINAL_WORD})\\s+(?:of\\s+)?(${MONTH_NAME})\\b`, 'gi');
const ORDINAL_AFTER_MONTH = new RegExp(`\\b(${MONTH_NAME})\\s+(?:the\\s+)?(${ORDINAL_WORD})\\b`, 'gi');

/** Days of each month, by its first three letters (February as in most years): the last is the day "the end of" it names. */
const LAST_DAY: Record<string, number> = {jan: 31, feb: 28, mar: 31, apr: 30, may: 31, jun: 30, jul: 31, aug: 31, sep: 30, oct: 31, nov: 30, dec: 31};
// "by the end of March" is "by 31 March"; "by the end of next March" or "end of March talks" keep their words.
const END_OF_MONTH = new RegExp(`\\b(?:the\\s+)?end\\s+of\\s+(${MONTH_NAME})\\b(?!\\s+\\d{1,2}\\b)`, 'gi');

/** "the thirty-first of March" -> "31 March", "the end of March" -> "31 March". */
const datesInDigits = (text: string) =>
	text
		.replace(END_OF_MONTH, (_, month: string) => `${LAST_DAY[month.toLowerCase().slice(0, 3)]} ${month}`)
		.replace(ORDINAL_BEFORE_MONTH, (_, day: string, month: string) => `${DAY_ORDINAL.get(day.toLowerCase())} ${month}`)
		.replace(ORDINAL_AFTER_MONTH, (_, month: string, day: string) => `${month} ${DAY_ORDINAL.get(day.toLowerCase())}`);

/** "five-day" -> "5-day", "a fortnight" -> "14 days": spelled numbers before a unit compare with digits. */
const digitsFor = (text: string) =>
	withHalves(datesInDigits(text))
		.replace(/\b(?:a\s+)?fortnight(?:-long)?\b/gi, '14-day')
		// "renewed for a year", "within one year" is twelve months; "$5 million a year" is a rate and stays
		.replace(/\b(?:(for|within|after|in)\s+(?:a|one)|(another))\s+(?:full\s+|further\s+)?year\b/gi, (_, preposition: string | undefined, another: string | undefined) => `${preposition ?? another} 12 months`)
		// "for a week", "a week of pauses" is seven days; "three shifts a week" is a rate and stays
		.replace(/\b(for|within|after|in)\s+(?:a|one)\s+week\b/gi, '$1 7 days')
		.replace(/\b(?:a|one)\s+week\s+of\b/gi, '7 days of')
		.replace(HHMM_SPAN, (span, from: string, between: string, to: string, zone: string | undefined) => (from.startsWith('0') || to.startsWith('0') || zone ? `${clock(from)}${between}${clock(to)}` : span))
		.replace(TENS_AND_UNITS, (_, tens: string, unit: string) => String((TENS[tens.toLowerCase()] ?? 20) + NUMBER_WORDS.indexOf(unit.toLowerCase())))
		.replace(NUMBER_WORD, wordValue)
		.replace(TEN_OR_MORE, wordValue)
		.replace(IN_GROUPS, '$1 stages');

const MONTH = MONTHS.join('|');
// "Dec. 1", "1 December", "the 1st of December": a date says when, and outlets write it every way; it is one feature, not a count.
const DATE = new RegExp(`\\b(?:(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![\\d,.]*\\s*(?:%|per|days?|weeks?|months?|years?)\\b)|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\b\\.?)`, 'gi');

const MONTH_OF_YEAR = new RegExp(`\\b(${MONTH})\\.?\\s+((?:19|20)\\d\\d)\\b`, 'gi');


export function numberFeatures(text: string): string[] {
	text = digitsFor(text);
	const features: string[] = [];
	text = text.replace(DATE, (_, monthFirst: string | undefined, dayAfter: string | undefined, dayFirst: string | undefined, monthAfter: string | undefined) => {
		features.push(`d:${(monthFirst ?? monthAfter ?? '').toLowerCase().slice(0, 3)}${Number(dayAfter ?? dayFirst)}`);
		return ' ';
	});
	// "in September 2027": a month of a year is a date too
	text = text.replace(MONTH_OF_YEAR, (_, month: string, year: string) => {
		features.push(`d:${month.toLowerCase().slice(0, 3)}${year}`);
		return ' ';
	});
	// "from midnight", "at noon": the clock time in words is the time in digits ("00:00", "12:00").
	text = text.replace(/\b(?:midnight|noon|midday)\b/gi, (word) => {
		features.push(word.toLowerCase() === 'midnight' ? 'n:t0000' : 'n:t1200');
		return ' ';
	});
	// "00:01", "17:00": a clock time is one feature, as "5 pm" is.
	text = text.replace(/\b(\d{1,2}):(\d{2})\b/g, (_, hour: string, minute: string) => {
		features.push(`n:t${hour.padStart(2, '0')}${minute}`);
		return ' ';
	});
	// "1.2 billion korins", "$1.2bn", "700 million": an amount in full, so parts and their total compare ("700 million and
	// 500 million" in a "1.2 billion" fund). A bare "m" after a number is metres unless money comes before it.
	text = text.replace(MAGNITUDE, (whole, currency: string, value: string, magnitude: string) => {
		const scale = MAGNITUDES[magnitude.toLowerCase()];
		if (!scale || (!currency && /^(?:m|k)$/i.test(magnitude))) return whole;
		return `${currency} ${Math.round(Number(value.replace(/,/g, '')) * scale)}`;
	});
	// "split the catch 60-40", "a 70/30 split": two whole shares that make a hundred are percentages, as "60% and 40%" are.
	text = text.replace(/\b(\d{1,2})\s*[-–/:]\s*(\d{1,2})\b(?![-–/:.,]?\d)/g, (whole, first: string, second: string) => {
		if (Number(first) + Number(second) !== 100) return whole;
		features.push(`n:${first}%`, `n:${second}%`);
		return ' ';
	});
	const pattern = /(\d[\d,]*(?:\.\d+)?)\s*(?:-\s*)?(?:(?:equal|separate|consecutive|successive)\s+)?(%|percent(?:age points?)?|per cent|pm|p\.m\.?|am|a\.m\.?|hours?|hrs|days?|weeks?|months?|years?|points?|phases?|stages?|tranches?|steps?|instal?lments?|(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?)(?![\p{L}--[\u{10000}-\u{10FFFF}]]))?/giv;
	for (const match of text.matchAll(pattern)) {
		const value = match[1].replace(/,/g, '').replace(/\.$/, '');
		const unit = (match[2] ?? '').toLowerCase();
		if (/^(?:pm|p\.m\.?|am|a\.m\.?)$/.test(unit)) features.push(`n:t${clockTime(Number(value), unit)}`);
		else if (/^(?:hours|hrs)$/.test(unit) && /^\d{4}$/.test(value)) features.push(`n:t${value}`);
		// "within 24 hours", "a 48-hour truce" is a span of time, not the count of "a team of 24"
		else if (/^(?:hours?|hrs)$/.test(unit)) features.push(`n:${value}h`);
		else if (/^(?:%|percent|per cent)$/.test(unit)) features.push(`n:${value}%`);
		else if (unit.startsWith('percentage')) features.push(`n:${value}pp`);
		else if (/^days?$/.test(unit)) features.push(`n:${value}day`);
		// "within 30 months", "eight months before": a span of weeks, months or years, not a count
		// A span is one feature however it is counted: "two weeks" is "14 days", "two years" is "24 months".
		else if (/^weeks?$/.test(unit)) features.push(`n:${Number(value) * 7}day`);
		else if (/^years?$/.test(unit)) features.push(`n:${Number(value) * 12}mo`);
		else if (/^months?$/.test(unit)) features.push(`n:${value}mo`);
		// "in three phases" / "in three stages": how many steps a term is taken in.
		else if (/^(?:phase|stage|tranche|step|instal)/.test(unit)) features.push(`n:${value}step`);
		else if (/^(?:km|kilomet)/.test(unit)) features.push(`n:${value}km`);
		else if (/^miles?$/.test(unit)) features.push(`n:${value}mi`);
		else if (/^met/.test(unit)) features.push(`n:${value}m`);
		else if (/^(?:19|20)\d\d$/.test(value)) continue; // a year dates the term, it does not name it
		else features.push(`n:${value}`);
	}
	return features;
}

// "leave"/"leaves", "free"/"freed", "line"/"lines": a final e goes too, so a word and its inflections meet.
// "enrichment"/"enrich", "deployment"/"deploy": a noun in -ment meets its verb.
// "centre"/"center", "kilometres"/"kilometers", "labour"/"labor": one outlet's British spelling meets another's American.
const stem = (word: string) => word.replace(/(?<=[\p{L}--[\u{10000}-\u{10FFFF}]]{3})ments?$/v, '').replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1').replace(/(?<=[\p{L}--[\u{10000}-\u{10FFFF}]]{3})e$/v, '')
	.replace(/(?<=[\p{L}--[\u{10000}-\u{10FFFF}]]{2}[tb])r$/v, 'er').replace(/(?<=[\p{L}--[\u{10000}-\u{10FFFF}]]{2})our$/v, 'or');

const BANNED_FIGHTING = /\b(?:neither|nor|no|not|never)\b(?:\s+[[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+){0,4}?\s+(?:strikes?|attacks?|attacking|striking|shelling|raids?|firing)\b/v;

const EXCEPTION_TAIL = /,\s+(?:unless|except|excluding|save for|but not)\b.*$/is;

/** "a pardon from which murder … is excluded": what a term leaves out names no term, as an exception tail does not. */
const CARVE_OUT_CLAUSE = new RegExp(`\\s+(?:from|of)\\s+which\\s+[^;:\\(\\)]{3,120}?\\s+(?:are|is|were|was|would\\s+be|will\\s+be)\\s+(?:[\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+ly\\s+)?(?:${CARVE_OUT_PARTICIPLES.join('|')})\\b`, 'giv');

/**
 * "The Pellan army and the rebel Hill Front (HF) would stop shooting …": a subject of two named parties says who is bound,
 * as every term of the deal binds them; each outlet names them its own way, and their names are no part of which term.
 */
const PARTY = `(?:(?:the)\\s+)?(?:[[\\p{L}'’.\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,4}?(?:[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’.\\-]--[\\u{10000}-\\u{10FFFF}]]*|\\([\\p{Lu}--[\\u{10000}-\\u{10FFFF}]]{2,}\\)|${PARTY_HEADS.join('|')})`;
const PARTIES_SUBJECT = new RegExp(`^${PARTY}\\s+and\\s+${PARTY}\\s+(?=(?:would|will|shall|must|are to|can|may)\\s)`, 'v');

/** "talks between the government and the militia that holds the north": who talks says nothing of which talks. */
const TALKS_BETWEEN = /(?<=\b(?:talks|negotiations|dialogue)\s+)between\s+[^,;]*/giu;

/** "while the memorandum remains in force": how long a term binds, which is no part of which term it is. */
const WHILE_IN_FORCE = /\b(?:while|whilst|as long as|so long as)\s+(?:the|this|that|its|their)\s+(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:remains?|stays?|is|are)\s+in\s+(?:force|place|effect)\b/giv;

/** "Kel Island (Kelso Island)", "the Hill Front (HF)": a second name or an acronym in brackets names nothing new. */
const NAME_ALIAS = /(?<=[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*)\s+\((?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*)(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*){0,3}\)/gv;

const PLACE_FEATURE = new Set(PLACE_FEATURES);
const PARTY_HEAD = new Set<string>(PARTY_HEADS);

const capitalisedWords = (text: string) => text.match(/[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*/gv) ?? [];
/** "Tolm Pass and the east gate will open …": a subject naming places the term is about, not parties it binds. */
const namesPlace = (subject: string) => capitalisedWords(subject).some((word) => PLACE_FEATURE.has(word.toLowerCase()));

/**
 * The features of the names of the deal's parties, wherever a term states them as its subject ("The Pellan army and the
 * rebel Hill Front (HF) would …"): every term binds them, so their names tell no term from another, in any outlet's words.
 */
export function partyNames(records: ArticleRecord[]): Set<string> {
	const names = new Set<string>();
	for (const record of records)
		for (const provision of record.provisions) {
			const subject = PARTIES_SUBJECT.exec(provision.summary.replace(PHASE_LABEL, ''))?.[0];
			if (!subject || namesPlace(subject)) continue;
			// (the names, not the kind of body: "front" and "army" may name a term's own things, "the front line")
			const own = capitalisedWords(subject).filter((word) => word !== 'The' && !PARTY_HEAD.has(word.toLowerCase()));
			for (const feature of termFeatures(own.join(' '))) if (!feature.includes(':')) names.add(feature);
		}
	return names;
}

/**
 * "a Brevanian-funded clean-up" and "Brevania will pay for the clean-up", "Korean" and "Korea": a people's word and its
 * country's name are one name wherever the corpus uses both (a word in -an whose form without the n, ending in a, is a
 * word of the corpus too).
 */
function demonymFolds(featureSets: Iterable<Set<string>>): Map<string, string> {
	const words = new Set<string>();
	for (const features of featureSets) for (const feature of features) if (!feature.includes(':')) words.add(feature);
	const fold = new Map<string, string>();
	for (const word of words) if (/^[\p{L}--[\u{10000}-\u{10FFFF}]]{3,}an$/v.test(word) && words.has(word.slice(0, -1))) fold.set(word, word.slice(0, -1));
	return fold;
}

const folded = (features: Set<string>, fold: Map<string, string>) => (fold.size && [...features].some((feature) => fold.has(feature)) ? new Set([...features].map((feature) => fold.get(feature) ?? feature)) : features);

/** A term's features less the parties' names, unless nothing else is left. */
export function withoutParties(features: Set<string>, parties: Set<string>): Set<string> {
	if (!parties.size) return features;
	const kept = [...features].filter((feature) => !parties.has(feature));
	return kept.length && kept.length < features.size ? new Set(kept) : features;
}

/** The features a term is compared by: numbers, concepts, and stemmed content words. */
/** "pull their gunners back", "pull its troops out": the verb and its particle around the object are one "pull back" or "pull out". */
const SPLIT_PULL_BACK = /\bpull(s|ed|ing)?\s+((?:(?:their|its|the|all|his|her)\s+)?(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?)(back|out)\b/gv;

/** "with the 50% tariff remaining on anything above it": a thing still in place, not "the remaining hostages" of another tranche. */
const STILL_IN_PLACE = /(\S)\s+remaining(?=\s+(?:on|in|at|under|for|until|till|outside|inside|there|unchanged|intact|in\s+place)\b|\s*[,;.]|\s*$)/g;

/** "Brastow-led", "UN-backed", "state-run": a compound of an agent and its participle. */
const AGENT_COMPOUND = /([\p{L}--[\u{10000}-\u{10FFFF}]])-(led|backed|run|brokered|funded|financed|sponsored|mediated|monitored|supervised)\b/gv;

/** "the Kelmor-Tarsland road" is the road from Kelmor to Tarsland: two names, not one word "kelmortarsland". */
const NAME_PAIR = /([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’]--[\u{10000}-\u{10FFFF}]]+)-(?=[\p{Lu}--[\u{10000}-\u{10FFFF}]])/gv;

export function termFeatures(summary: string): Set<string> {
	// "…freed within 14 days, unless charged with arson": the exception does not name the term, its main clause does.
	// "a Brastow-led mission" is "a mission led by Brastow": the name, not a word "brastowled".
	let text = datesInDigits(summary.replace(AGENT_COMPOUND, '$1 $2').replace(NAME_PAIR, '$1 ').replace(PHASE_LABEL, '').replace(PARTIES_SUBJECT, (subject) => (namesPlace(subject) ? subject : '')).replace(WHILE_IN_FORCE, '').replace(TALKS_BETWEEN, '').replace(NAME_ALIAS, '').replace(CARVE_OUT_CLAUSE, '')).replace(EXCEPTION_TAIL, '').toLowerCase().replace(/[’']s\b/g, '').replace(/[’']/g, '');
	// "Édrine" / "Edrine", "Marséa" / "Marsea": outlets drop accents on the same names.
	if (/[^\x00-\x7f]/.test(text)) text = text.normalize('NFKD').replace(/[\p{M}--[\u{10000}-\u{10FFFF}]]/gv, '');
	const features = new Set(numberFeatures(text));
	// "$40m", "40 million US dollars": an amount of money, however written, is one kind of term feature.
	if (AMOUNT.test(text)) features.add('c:money');
	// "Neither party shall carry out strikes", "no attacks on ports": a ban on fighting is a truce, however worded.
	if (BANNED_FIGHTING.test(text)) features.add('c:ceasefire');
	text = text.replace(/\d[\d,.]*/g, ' ').replace(SPLIT_PULL_BACK, 'pull$1 $3 $2').replace(STILL_IN_PLACE, '$1');
	// (a phrase the text does not hold is not looked for: a hundred patterns would each scan every text)
	for (const [pattern, replacement, needs] of CONCEPT_PHRASES) if (needs === null || text.includes(needs)) text = text.replace(pattern, replacement);
	for (const raw of text.split(/[^[\p{L}:\-]--[\u{10000}-\u{10FFFF}]]+/v)) {
		// "hostages:" before a list is the word; "-day" left of "30-day" is the unit "day"
		const token = raw.replace(/^[:-]+|[:-]+$/g, '');
		if (token.startsWith('c:')) features.add(token);
		// "thirty-six" is counted as 36 by its number feature, not as a word
		else if (token.length >= 3 && !STOP.has(token) && !/^[\p{L}--[\u{10000}-\u{10FFFF}]]{3,}ly$/v.test(token) && !TENS_AND_UNITS_WORD.test(token) && !MAGNITUDE_WORD.test(token)) features.add(CONCEPT_OF.has(token) ? `c:${CONCEPT_OF.get(token)}` : stem(token.replace(/-/g, '')));
	}
	return features;
}

/**
 * "147 protected sites", "a team of 24 inspectors": a plain count with the words it counts ("q:147:site"). Two outlets
 * counting the same thing by the same number state one term, however else they word it.
 */
export function countedThings(summary: string, features: ReadonlySet<string> = termFeatures(summary)): string[] {
	const text = digitsFor(summary.toLowerCase());
	const out: string[] = [];
	// Money ("$40 million") and magnitudes count no thing of their own.
	for (const match of text.matchAll(/(?<![\d.,$€£¥])(\d[\d,]*)\s+(?!(?:thousand|million|billion|trillion|bn|m|k|dollars|euros|pounds)\b)([[\p{L}\-]--[\u{10000}-\u{10FFFF}]]{3,})(?:\s+([[\p{L}\-]--[\u{10000}-\u{10FFFF}]]{3,}))?/gv)) {
		const value = match[1].replace(/,/g, '');
		if (!features.has(`n:${value}`) || Number(value) < 10) continue;
		for (const word of [match[2], match[3]]) if (word && !STOP.has(word)) out.push(`q:${value}:${stem(word)}`);
	}
	// "seven Tolsanders", "five Velmarese nationals": a small count of a people named from a place is a swap's half, which
	// another outlet counts the same way, where "two observers" or "three crossings" could be anything.
	for (const match of summary.matchAll(PEOPLE_COUNT)) out.push(`q:${NUMBER_WORDS.indexOf(match[1].toLowerCase())}:${stem(match[2].toLowerCase())}`);
	return out;
}

// (case-sensitive, so that the people's name is capitalised: "two" or "Two" before it)
const PEOPLE_COUNT = new RegExp(`\\b(${NUMBER_WORDS.slice(2, 10).flatMap((word) => [word, word[0].toUpperCase() + word.slice(1)]).join('|')})\\s+([\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]{3,})\\b`, 'gv');

interface Mention {
	provision: LocalProvision;
	order: number;
	/** Its sentence: article and offset (worked out once, for the many sets of sentences). */
	sentence: string;
	features: Set<string>;
	numbers: NumberFeatures;
	kind: TermKind;
	/** What its plain counts count ("q:147:site"); see countedThings. */
	counted: string[];
	/** The noun phrase a term is stated as ("permanent ceasefire"), when the mention is one; see namedTerm. */
	named: string | null;
	/** A detail joined to another outlet's fuller statement of its term (see joinDetailsStatedWhole): never the summary. */
	detail?: boolean;
}

/** What a mention says of its term: the term itself, what the deal leaves out of it, or when it starts or ends. */
type TermKind = 'term' | 'carve-out' | 'start';

const phrases = (list: readonly string[]) => list.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
// What the deal keeps as it was ("the steel tariffs stay in place", "the 20% levy remains in force", "… stay") is carved out
// of it; a truce that "remains in force for 30 days" states its own length, a term.
const CARVE_OUT = new RegExp(
	`\\b(?:${phrases([...EXCLUSION_PHRASES, ...PROPOSAL_EXCLUDES, ...SILENCE_PHRASES])}|still (?:need|needs|require|requires))\\b|\\b(?:${phrases(RETENTION_PHRASES)})\\b(?!\\s+(?:for|until|till|through|to|into)\\b)|\\b(?:stay|stays|remain|remains)\\s*[.!]?$`,
	'i',
);
const CARVE_OUT_LABEL = /^(?:exclusions?|exemptions?|exceptions?|carve-outs?|left out|not covered|what(?:'s| is) left out)\s*:/i;
const OUTSIDE_ZONE = /\b(?:remain|remains|stay|stays)\s+outside\s+(?:(?:a|an|the)\s+)?(?:\d|(?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,2}?(?:zone|area|radius|perimeter|belt|corridor|limit)\b)/iv;
const START = new RegExp(`\\b(?:${phrases(EFFECT_PHRASES.filter((phrase) => /effect|force|expire|lapse/.test(phrase)))}|entry into (?:force|effect))\\b`, 'i');

const SUBORDINATE_BEFORE = /\b(?:before|after|when|until|till|once|unless)\s+(?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){0,6}$/iv;
const LENGTH = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|sixty|ninety)[-\s](?:day|week|month|year)s?\b/i;

/**
 * "The newest tools still need a licence" is not the relaxation it carves out of, nor "the cut takes effect on 1 July" the
 * cut. `truceStory`: whether the story's proposal is itself a truce; when it is a wider accord, "the ceasefire takes
 * effect at 18:00" says when one of its terms starts, and is that term.
 */
export function termKind(summary: string, truceStory = true): TermKind {
	// "vessels shall remain outside a zone of 12 nautical miles": staying out of a measured zone is the term, not a carve-out.
	// "Exclusion: pension funds' bonds are not touched": a list item labelled as what the deal leaves out.
	// "No works on the airstrip while the memorandum remains in force": how long the term binds, nothing kept as it was.
	const binding = summary.replace(WHILE_IN_FORCE, '');
	if ((CARVE_OUT.test(binding) && !OUTSIDE_ZONE.test(binding)) || CARVE_OUT_LABEL.test(summary)) return 'carve-out';
	const start = START.exec(summary);
	// "… reviewed in September, eight months before the no-strike pledge expires": a start inside a time clause is not the predicate.
	if (!start || SUBORDINATE_BEFORE.test(summary.slice(0, start.index))) return 'term';
	const subject = summary.slice(0, start.index);
	// "A truce takes effect once both sides sign, with front lines frozen in place": what the clause adds is the term itself;
	// so does a length in its subject ("A 30-day moratorium on strikes took effect at midnight").
	// "The zone takes effect at 06:00 and all residents must be evacuated by Tuesday": a clause of its own after it, too.
	if (/,\s+with\s+\S|\s+and\s+(?:[[\p{L}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,6}?(?:must|will|would|shall|is\s+to|are\s+to)\s/v.test(summary.slice(start.index + start[0].length)) || LENGTH.test(subject)) return 'term';
	return !truceStory && termFeatures(subject).has('c:ceasefire') ? 'term' : 'start';
}

/** A mention's number features, read once: pairs of mentions compare them many times. */
interface NumberFeatures {
	/** The "n:" features in the mention's order. */
	all: string[];
	/** Their unit classes ("", "%", "day", …). */
	units: Set<string>;
	hasCount: boolean;
	/** The values of its plain counts ("n:1000" -> 1000). */
	counts: Map<string, number>;
	/** The values of its percentages ("n:6%" -> 6). */
	percents: number[];
}

const unitOf = (feature: string) => feature.replace(/^n:[\d.]+/, '');

function numberFeaturesOf(features: Set<string>): NumberFeatures {
	const all = [...features].filter((feature) => feature.startsWith('n:'));
	const counts = new Map<string, number>();
	for (const feature of all) if (isCount(feature)) counts.set(feature, Number(feature.slice(2)));
	const percents = all.filter((feature) => /^n:[\d.]+%$/.test(feature)).map((feature) => Number(feature.slice(2, -1)));
	return {all, units: new Set(all.map(unitOf)), hasCount: counts.size > 0, counts, percents};
}

/** Number features of one unit class that two mentions disagree on: "30%" vs "10%" are different terms. */
function numbersConflict(a: Mention, b: Mention): boolean {
	const [na, nb] = [a.numbers, b.numbers];
	// "$150 million, with the remaining $250 million from a bank" and "a $400 million fund": parts of one total, whatever they call the rest.
	if (totals(na, nb) || totals(nb, na) || percentSteps(na, nb) || percentSteps(nb, na)) return false;
	// "the remaining hostages" and "33 hostages" are different tranches of one exchange; "the remaining strip, some 5,800
	// sq km" and "5,800 sq km" count the same thing.
	if ((a.features.has('c:remaining') && nb.hasCount && !countsAllIn(na, b)) || (b.features.has('c:remaining') && na.hasCount && !countsAllIn(nb, a))) return true;
	if (!na.all.length || !nb.all.length) return false;
	const shared = na.all.some((feature) => b.features.has(feature) || nearAny(na.counts.get(feature), nb) || nearDistance(feature, nb));
	return !shared && na.all.some((feature) => nb.units.has(unitOf(feature))) && !withinCeiling(a, b) && !withinCeiling(b, a);
}

/** "up to 15 per cent", "as many as 2,500": a ceiling, which a smaller figure of the same unit stays under. */
const CEILING = /\b(?:up\s+to|as\s+(?:much|many)\s+as|at\s+most|no\s+more\s+than)\s+([$€£¥]?\d[\d,.]*\s*(?:%|per\s*cent|percent)?)/gi;

/**
 * "a wage increase of up to 15 per cent" and "pay up 12% from 1 July": a figure under the other's ceiling of the same unit
 * is the same term told as its limit, not a different figure.
 */
function withinCeiling(capped: Mention, other: Mention): boolean {
	// (a term's numbers as a whole, which absorbRestatements compares, have no summary of their own)
	const summary = capped.provision?.summary;
	if (!summary || !/\b(?:up\s+to|as\s+(?:much|many)\s+as|at\s+most|no\s+more\s+than)\s/i.test(summary)) return false;
	const ceilings = [...summary.matchAll(CEILING)].flatMap((match) => numberFeatures(match[1]));
	const value = (feature: string) => parseFloat(feature.slice(2));
	const otherOwn = other.numbers.all.filter((feature) => !capped.features.has(feature));
	return otherOwn.length > 0 && otherOwn.every((feature) => ceilings.some((ceiling) => unitOf(ceiling) === unitOf(feature) && value(feature) <= value(ceiling)));
}

/** "a railway of roughly 400km" and "a 410-km railway": one stretch whose length outlets round apart, as a disputed count. */
function nearDistance(feature: string, numbers: NumberFeatures): boolean {
	if (!isDistance(feature)) return false;
	const value = parseFloat(feature.slice(2));
	return numbers.all.some((other) => other !== feature && unitOf(other) === unitOf(feature) && disputedValue(value, parseFloat(other.slice(2))));
}

const isCount = (feature: string) => /^n:\d+$/.test(feature);

/** Whether a mention has numbers and the other holds every one of them (or a near count). */
const countsAllIn = (numbers: NumberFeatures, other: Mention) => numbers.all.length > 0 && numbers.all.every((feature) => other.features.has(feature) || nearAny(numbers.counts.get(feature), other.numbers));

/** "212 and 157 soldiers" and "369 bodies in all", "$40 million and $20 million" and "a $60 million fund": a total and its parts. */
function totals(whole: NumberFeatures, parts: NumberFeatures): boolean {
	if (parts.counts.size < 2) return false;
	let sum = 0;
	for (const value of parts.counts.values()) sum += value;
	for (const value of whole.counts.values()) if (value === sum) return true;
	return false;
}

/** "an 11 percent pay rise in two stages" and "by 6 percent from January and by a further 5 percent from July": one rise and its steps. */
function percentSteps(whole: NumberFeatures, parts: NumberFeatures): boolean {
	if (parts.percents.length < 2 || whole.percents.length !== 1) return false;
	return Math.abs(parts.percents.reduce((sum, value) => sum + value, 0) - whole.percents[0]) < 1e-9;
}

/** Whether one mention's counts add up to a count of 100 or more of the other's: too large to be a coincidence. */
function largeTotal(a: NumberFeatures, b: NumberFeatures): boolean {
	const sum = (numbers: NumberFeatures) => [...numbers.counts.values()].reduce((total, value) => total + value, 0);
	return (b.counts.size >= 2 && sum(b) >= 100 && totals(a, b)) || (a.counts.size >= 2 && sum(a) >= 100 && totals(b, a));
}

/** Whether a count (undefined: not a count) is near one of a mention's counts. */
function nearAny(value: number | undefined, numbers: NumberFeatures): boolean {
	if (value === undefined) return false;
	for (const other of numbers.counts.values()) if (nearValue(value, other) || disputedValue(value, other)) return true;
	return false;
}

/**
 * "40 unarmed monitors" / "45 unarmed observers", "17 crew" / "nineteen detained", "$180 million" in a draft / "$210 million" signed:
 * outlets and drafts give one term's count a little apart; two counts of ten or more within DISPUTED of each other do not
 * tell two terms apart (they still have to share the term's words to be joined).
 */
const DISPUTED = 0.15;
const disputedValue = (x: number, y: number) => x >= 10 && y >= 10 && Math.abs(x - y) <= DISPUTED * Math.max(x, y);

/** Two large plain counts within a tenth of each other: one term whose figure outlets dispute (1,000 vs 1,100 prisoners). */
function nearCount(a: string, b: string): boolean {
	if (!isCount(a) || !isCount(b)) return false;
	return nearValue(Number(a.slice(2)), Number(b.slice(2)));
}

const nearValue = (x: number, y: number) => x >= 100 && y >= 100 && Math.abs(x - y) <= 0.1 * Math.max(x, y);

function similarity(a: Mention, b: Mention, weight: Map<string, number>): number {
	if (a.kind !== b.kind || numbersConflict(a, b)) return 0;
	// A total and its parts state one quantity: their counts are shared.
	const summed = totals(a.numbers, b.numbers) || totals(b.numbers, a.numbers);
	const stepped = percentSteps(a.numbers, b.numbers) || percentSteps(b.numbers, a.numbers);
	let shared = 0;
	let total = 0;
	for (const feature of a.features) {
		const w = weight.get(feature)!;
		total += w;
		// A mention holds a feature, a disputed count counting as the same ("1,000" for "1,100").
		if (b.features.has(feature) || nearAny(a.numbers.counts.get(feature), b.numbers) || (summed && isCount(feature)) || (stepped && feature.endsWith('%'))) shared += 2 * w;
	}
	for (const feature of b.features) total += weight.get(feature)!;
	const dice = total ? shared / total : 0;
	// "a belt 12 miles wide" and "a 12-mile belt": one measured stretch of ground is one term, however each outlet words it;
	// "$150 million, with the remaining $250 million" and "a $400 million fund": parts that add up to a large total are its term.
	// "Permanent ceasefire from midnight, monitored by …" and "a permanent ceasefire from Friday, policed by …": one named term.
	const named = a.named !== null && a.named === b.named;
	return named || sharesCountedThing(a, b) || sharesDistance(a, b) || sharesDeadline(a, b) || (summed && largeTotal(a.numbers, b.numbers)) ? Math.max(dice, MEASURED) : dice;
}

// A term stated as a noun phrase: up to three words, then a preposition, a comma or the end (a verb after it makes a
// clause, "Israeli forces will withdraw …", whose subject says nothing of which term it is).
// A verb that says when the term starts ("a permanent ceasefire takes effect at midnight") still names the term.
const NAMED_TERM = /^(?:(?:a|an|the)\s+)?((?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,2}[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)(?=\s+(?:from|of|on|in|at|for|with|by|within|under|between|along|across)\b|\s+(?:(?:will|would|is due to|is to)\s+)?(?:takes?|took|comes?|came|enters?|entered|goes?|went)\s+(?:into\s+)?(?:effect|force)\b|\s*,|\s*[.;]?$)/iv;

/**
 * The phrase a term is named by, as features ("c:ceasefire permanent", "phas return"), when it has a modifier and a head:
 * two outlets naming one "permanent ceasefire" or one "phased return of residents" state one term, however differently
 * each goes on to describe it.
 */
export function namedTerm(summary: string): string | null {
	const phrase = NAMED_TERM.exec(summary.replace(PHASE_LABEL, ''))?.[1];
	if (!phrase) return null;
	const features = [...termFeatures(phrase)];
	if (features.length < 2) return null;
	return features.sort().join(' ');
}

const ACTION = new Set<string>(ACTION_CONCEPTS.map((concept) => `c:${concept}`));
// (days and months: "a 12-hour wind-down" and "within 12 hours" are how long a truce's steps last, not a deadline)
const isSpan = (feature: string) => /^n:[\d.]+(?:day|mo)$/.test(feature);
/**
 * "hand over all rifles, mortars and armoured cars within 40 days" and "heavy weapons to be handed over within 40
 * days": one step done within one time limit is one term, however each outlet lists what it covers.
 */
const sharesDeadline = (a: Mention, b: Mention) => a.numbers.all.some((feature) => isSpan(feature) && b.features.has(feature)) && [...a.features].some((feature) => ACTION.has(feature) && b.features.has(feature));

/** The similarity two mentions that share a distance and no conflicting number have at least. */
const MEASURED = 0.6;
const isDistance = (feature: string) => /^n:[\d.]+(?:km|mi|m)$/.test(feature);
const sharesCountedThing = (a: Mention, b: Mention) => a.counted.some((feature) => b.counted.includes(feature));
// (and a word: "returns may begin … with no blast within 12 km" names the zone in passing, and is another term)
const sharesDistance = (a: Mention, b: Mention) => a.numbers.all.some((feature) => isDistance(feature) && b.features.has(feature)) && [...a.features].some((feature) => isWordFeature(feature) && b.features.has(feature));

/**
 * "The first phase covers 150 people …", "the first phase will include the wounded …": what outlets say one step of the
 * deal covers is that step's one term, whatever details each gives.
 */
function stepOf(mention: Mention): string | null {
	if (mention.provision.evidence.rule !== 'provision.step-covers') return null;
	const step = /^(?:the\s+|an?\s+)?([[\p{L}\p{N}\-]--[\u{10000}-\u{10FFFF}]]+\s+[\p{L}--[\u{10000}-\u{10FFFF}]]+)\b/iv.exec(mention.provision.summary);
	return step ? `step:${step[1].toLowerCase()}` : null;
}

const DEAL_START = new RegExp(
	`^(?:(?:the|this|its|their|an?)\\s+)?(?:[[\\p{L}\\p{N}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:${PROPOSAL_NOUNS.join('|')})\\s+(?:(?:will|would|is to|shall)\\s+)?(?:takes?|comes?|enters?|goes?|go|take|come|enter)\\s+(?:into\\s+)?(?:effect|force)\\b|^(?:its\\s+|the\\s+)?entry\\s+into\\s+(?:force|effect)\\b`,
	'iv',
);

/** "The treaty enters into force on Monday", "Entry into force at 06:00 on 2 March": when the deal itself starts is one term. */
function dealStartOf(mention: Mention): string | null {
	return mention.kind === 'start' && DEAL_START.test(mention.provision.summary) ? 'start:deal' : null;
}

const sentenceKey = (mention: Mention) => mention.sentence;

/** The list a mention is an item of (its article and where the list starts), or null for a sentence. */
const listKey = (mention: Mention) => (mention.provision.evidence.rule === 'provision.list-item' ? `${mention.provision.evidence.article}|${mention.provision.list ?? ''}` : null);

/** The lists a node's mentions are items of, each with those items (an item of one sentence is where that sentence is). */
function listItemsOf(node: Mention[]): Map<string, Set<string>> {
	const lists = new Map<string, Set<string>>();
	for (const mention of node) {
		const list = listKey(mention);
		if (list === null) continue;
		const item = String(mention.provision.item ?? `@${mention.provision.evidence.offset}`);
		const items = lists.get(list);
		if (items) items.add(item);
		else lists.set(list, new Set([item]));
	}
	return lists;
}

/**
 * Whether two clusters hold different items of one list: the items of one list are different terms by construction, but
 * "1. A fund of 1.2 billion is set up. The operator pays 700 million of it." is one item, whose sentences may join.
 */
function otherItemsOfOneList(a: Map<string, Set<string>>, b: Map<string, Set<string>>): boolean {
	for (const [list, items] of a) {
		const others = b.get(list);
		if (!others) continue;
		if (items.size > 1 || others.size > 1) return true;
		for (const item of items) if (!others.has(item)) return true;
	}
	return false;
}

/** Groups mentions into terms: candidate pairs share a rarer feature; clusters join while their average link holds. */
function clusterMentions(mentions: Mention[]): Mention[][] {
	const df = new Map<string, number>();
	for (const mention of mentions) for (const feature of mention.features) df.set(feature, (df.get(feature) ?? 0) + 1);
	const weight = new Map<string, number>();
	// Numbers and dates name a term as surely as its words; concepts a little more than a word.
	for (const feature of df.keys()) weight.set(feature, Math.log(1 + mentions.length / (df.get(feature) ?? 1)) * (feature.startsWith('n:') || feature.startsWith('d:') ? 2 : feature.startsWith('c:') ? 1.5 : 1));
	// The same words in several articles (wire copy) are one node from the start.
	const nodeOf = new Map<string, number>();
	const nodes: Mention[][] = [];
	for (const mention of mentions) {
		const key = stepOf(mention) ?? dealStartOf(mention) ?? mention.provision.summary.toLowerCase();
		if (!nodeOf.has(key)) {
			nodeOf.set(key, nodes.length);
			nodes.push([]);
		}
		nodes[nodeOf.get(key)!].push(mention);
	}
	const n = nodes.length;
	const representative = nodes.map((node) => node[0]);
	// Block on rare features, and on every node's two rarest so a bare "a ceasefire" still meets its kin.
	const keys = new Set<string>();
	for (const {features} of representative) {
		const rarest = [...features].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0)).slice(0, 2);
		for (const feature of features) if ((df.get(feature) ?? 0) <= Math.max(4, mentions.length * 0.4) || rarest.includes(feature)) keys.add(feature);
	}
	const blocks = new Map<string, number[]>();
	representative.forEach(({features}, index) => {
		for (const feature of features) {
			if (!keys.has(feature)) continue;
			const block = blocks.get(feature) ?? [];
			if (block.length < MAX_BLOCK) block.push(index);
			blocks.set(feature, block);
		}
	});
	// Each node meets the later members of its blocks, each once (the last node that met another is kept per node): the
	// pairs are compared without a map of every pair met. Only non-zero links are kept (a zero adds nothing to a sum), and
	// the pairs similar enough to be one term, to be joined from the most similar down.
	const blocksOf: number[][][] = nodes.map(() => []);
	const placesIn: number[][] = nodes.map(() => []);
	for (const members of blocks.values())
		members.forEach((index, at) => {
			blocksOf[index].push(members);
			placesIn[index].push(at);
		});
	const metBy = new Int32Array(n).fill(-1);
	const links: Map<number, number>[] = nodes.map(() => new Map());
	const ordered: [number, number][] = [];
	for (let i = 0; i < n; i++)
		blocksOf[i].forEach((members, block) => {
			for (let at = placesIn[i][block] + 1; at < members.length; at++) {
				const j = members[at];
				if (metBy[j] === i) continue;
				metBy[j] = i;
				const value = similarity(representative[i], representative[j], weight);
				if (!(value > 0)) continue;
				links[i].set(j, value);
				links[j].set(i, value);
				if (value >= SAME_TERM) ordered.push([i * n + j, value]);
			}
		});
	const sentences = nodes.map((node) => new Set(node.map(sentenceKey)));
	const lists = nodes.map((node) => listItemsOf(node));
	const cluster = nodes.map((_, index) => [index]);
	const owner = nodes.map((_, index) => index);
	/** A node's place in its cluster's member list. */
	const place = nodes.map(() => 0);
	/** The sum of similarities between two clusters' members, added in the order of a loop over a's members, then b's. */
	const linkSum = (a: number, b: number) => {
		let sum = 0;
		const members = cluster[b];
		for (const x of cluster[a]) {
			const near = links[x];
			if (near.size >= members.length) {
				for (const y of members) sum += near.get(y) ?? 0;
				continue;
			}
			const places: number[] = [];
			for (const y of near.keys()) if (owner[y] === b) places.push(place[y]);
			places.sort((p, q) => p - q);
			for (const p of places) sum += near.get(members[p])!;
		}
		return sum;
	};
	// Each cluster's links to the others summed, kept as clusters join: the mean link of two clusters is read off, and
	// added up again in linkSum's order only when it is so near SAME_TERM that the order of the additions could tell.
	// The sums are kept under a label per cluster: a join relabels the side with fewer linked clusters, never both.
	const linked = links.map((near) => new Map(near));
	const label = nodes.map((_, index) => index);
	const meanLink = (a: number, b: number) => {
		const size = cluster[a].length * cluster[b].length;
		const mean = (linked[label[a]].get(label[b]) ?? 0) / size;
		return Math.abs(mean - SAME_TERM) <= ROUNDING * size ? linkSum(a, b) / size : mean;
	};
	const version = nodes.map(() => 0);
	// The versions both clusters had when they last failed to join, as one number (versions never pass n).
	const failed = new Map<number, number>();
	ordered.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
	for (const [key] of ordered) {
		const a = owner[Math.floor(key / n)];
		const b = owner[key % n];
		if (a === b) continue;
		const pairKey = Math.min(a, b) * n + Math.max(a, b);
		const stamp = version[a] * (n + 1) + version[b];
		if (failed.get(pairKey) === stamp) continue; // neither cluster changed since they last failed to join
		// Terms the extractor split out of one sentence are different terms by construction, and so are the items of one list.
		if (meanLink(a, b) < SAME_TERM || shareSentence(sentences[a], sentences[b]) || otherItemsOfOneList(lists[a], lists[b])) {
			failed.set(pairKey, stamp);
			continue;
		}
		const offset = cluster[a].length;
		cluster[b].forEach((y, index) => {
			owner[y] = a;
			place[y] = offset + index;
		});
		for (const y of cluster[b]) cluster[a].push(y);
		// The smaller set goes into the larger: a big cluster's sentences are not copied at every join.
		const [larger, smaller] = sentences[a].size >= sentences[b].size ? [sentences[a], sentences[b]] : [sentences[b], sentences[a]];
		for (const sentence of smaller) larger.add(sentence);
		sentences[a] = larger;
		for (const [list, items] of lists[b]) {
			const joined = lists[a].get(list);
			if (joined) for (const item of items) joined.add(item);
			else lists[a].set(list, items);
		}
		const [kept, gone] = linked[label[a]].size >= linked[label[b]].size ? [label[a], label[b]] : [label[b], label[a]];
		for (const [c, sum] of linked[gone]) {
			if (c === kept) continue;
			linked[kept].set(c, (linked[kept].get(c) ?? 0) + sum);
			linked[c].delete(gone);
			linked[c].set(kept, (linked[c].get(kept) ?? 0) + sum);
		}
		linked[kept].delete(gone);
		linked[gone] = new Map();
		label[a] = kept;
		cluster[b] = [];
		version[a]++;
	}
	joinLoneByStrongestLink(cluster, owner, links, (a, b) => shareSentence(sentences[a], sentences[b]) || otherItemsOfOneList(lists[a], lists[b]));
	const groups = cluster.filter((members) => members.length).map((members) => members.flatMap((index) => nodes[index]).sort((x, y) => x.order - y.order));
	return joinOneOutletWordings(joinStartsToTheirTerm(joinHeldOnce(joinKeyNounDetails(joinDraftVariants(joinDefiniteDetails(joinLoneItemsNamingSingular(joinDetailsStatedWhole(keepItemsWhole(absorbGeneric(absorbRestatements(groups, weight))), weight))))))), weight);
}

/** A term at least this many outlets state is established: another outlet's own wording of it can be recognised. */
const STATED_BY_SEVERAL = 3;
/** One outlet's own wording of a term: at most this many mentions, all from one article. */
const OWN_WORDING = 2;
/** The share of a wording's weight a term's mentions must hold on average (each feature weighed by how many of them hold it)… */
const HELD_ON_AVERAGE = 0.1;
/** …and how many times the share of the next term it must reach: a wording two terms hold alike is neither's. */
const CLEAR_LEAD = 1.3;
/** A feature at least this heavy names the term; a word nearly half the mentions hold says nothing of which term. */
const SPECIFIC_WEIGHT = 1.2;
/** How many such features a wording must share with the term. */
const SPECIFIC_SHARED = 2;

/**
 * "Clemency for detained persons who committed no violence" in one outlet's list, beside the release of the detainees that
 * three other outlets state: a term one outlet words its own way shares too few words with each other mention for the
 * average link, yet its words are those of one term of several outlets far more than of any other. Such a wording (one or
 * two mentions of one article) joins that term, as a detail, when the term's mentions hold on average HELD_ON_AVERAGE of
 * its weight, CLEAR_LEAD times what the next term holds, with SPECIFIC_SHARED features in common; and when its outlet does
 * not already state the term (an outlet tells each term once, though its list of the terms may restate its body).
 */
function joinOneOutletWordings(groups: Mention[][], weight: Map<string, number>): Mention[][] {
	const articles = groups.map((group) => new Set(group.map((mention) => mention.provision.evidence.article)));
	// Each established term's share of mentions holding each feature, and the terms holding each specific feature.
	const holding = new Map<number, Map<string, number>>();
	const holders = new Map<string, number[]>();
	groups.forEach((group, host) => {
		if (articles[host].size < STATED_BY_SEVERAL) return;
		const shares = new Map<string, number>();
		for (const mention of group) for (const feature of mention.features) shares.set(feature, (shares.get(feature) ?? 0) + 1 / group.length);
		holding.set(host, shares);
		for (const feature of shares.keys()) if (weight.get(feature)! >= SPECIFIC_WEIGHT) (holders.get(feature) ?? holders.set(feature, []).get(feature)!).push(host);
	});
	if (!holding.size) return groups;
	const wholes = new Map<number, Mention>();
	const whole = (host: number) => {
		let known = wholes.get(host);
		if (!known) {
			const features = new Set(groups[host].flatMap((mention) => [...mention.features]));
			wholes.set(host, (known = {features, numbers: numberFeaturesOf(features)} as Mention));
		}
		return known;
	};
	// A host's sentences and list items, read once: a large term is a candidate for many wordings.
	const hostSentences = new Map<number, Set<string>>();
	const hostLists = new Map<number, Map<string, Set<string>>>();
	const sentencesOf = (host: number) => hostSentences.get(host) ?? hostSentences.set(host, new Set(groups[host].map(sentenceKey))).get(host)!;
	const listsOf = (host: number) => hostLists.get(host) ?? hostLists.set(host, listItemsOf(groups[host])).get(host)!;
	const joins: [wording: number, host: number, share: number][] = [];
	groups.forEach((group, wording) => {
		if (articles[wording].size !== 1 || group.length > OWN_WORDING) return;
		const listed = group.every((mention) => mention.provision.evidence.rule === 'provision.list-item');
		const [article] = articles[wording];
		const candidates = new Set<number>();
		for (const mention of group) for (const feature of mention.features) for (const host of holders.get(feature) ?? []) candidates.add(host);
		const shares: [number, number][] = [];
		for (const host of candidates) {
			const term = groups[host];
			if ((!listed && articles[host].has(article)) || term[0].kind !== group[0].kind || group.some((mention) => numbersConflict(mention, whole(host)))) continue;
			if (group.some((mention) => sentencesOf(host).has(sentenceKey(mention))) || otherItemsOfOneList(listItemsOf(group), listsOf(host))) continue;
			const held = holding.get(host)!;
			let best = 0;
			for (const mention of group) {
				let total = 0;
				let heldWeight = 0;
				let specific = 0;
				for (const feature of mention.features) {
					const w = weight.get(feature)!;
					total += w;
					const share = held.get(feature);
					if (!share) continue;
					heldWeight += w * share;
					if (w >= SPECIFIC_WEIGHT) specific++;
				}
				if (specific >= SPECIFIC_SHARED && total) best = Math.max(best, heldWeight / total);
			}
			if (best > 0) shares.push([host, best]);
		}
		shares.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
		const [first, second] = shares;
		if (first && first[1] >= HELD_ON_AVERAGE && (!second || first[1] >= CLEAR_LEAD * second[1])) joins.push([wording, first[0], first[1]]);
	});
	if (!joins.length) return groups;
	// The clearest first: a term takes one wording from each outlet (or more from its list).
	joins.sort((a, b) => b[2] - a[2] || a[0] - b[0]);
	const joined = new Set<number>();
	for (const [wording, host] of joins) {
		const listed = groups[wording].every((mention) => mention.provision.evidence.rule === 'provision.list-item');
		const [article] = articles[wording];
		if (!listed && articles[host].has(article)) continue;
		groups[host].push(...groups[wording].map((mention) => ({...mention, detail: true})));
		articles[host].add(article);
		joined.add(wording);
	}
	return groups.filter((_, index) => !joined.has(index)).map((group) => group.sort((x, y) => x.order - y.order));
}

/** A lone statement this similar to one mention of a term restates that term, however little it shares with the rest. */
const STRONG_LINK = 0.45;

/**
 * "Halt the fighting in two stages, with A stopping first and B 12 hours later" beside "a phased halt over a 12-hour
 * wind-down, with A first and B 12 hours later": a node left alone by the average link, whose strongest link to one
 * mention of a term is close, is that term told again (the term's shorter mentions share little with it, and pull the mean down).
 */
function joinLoneByStrongestLink(cluster: number[][], owner: number[], links: Map<number, number>[], apart: (a: number, b: number) => boolean): void {
	const lone = cluster.map((members, index) => (members.length === 1 ? index : -1)).filter((index) => index >= 0);
	for (const c of lone) {
		const node = cluster[c][0];
		let best = -1;
		let bestValue = STRONG_LINK;
		for (const [other, value] of links[node]) if (owner[other] !== c && cluster[owner[other]].length > 1 && (value > bestValue || (value === bestValue && best >= 0 && other < best))) [best, bestValue] = [other, value];
		if (best < 0 || apart(owner[best], c)) continue;
		const host = owner[best];
		owner[node] = host;
		cluster[host].push(node);
		cluster[c] = [];
	}
}

/** A host must span at least this many articles for a lone mention to be taken as a detail of it. */
const KEY_HOST_ARTICLES = 2;

/** The word features and counts (ten or more) that name a mention's thing: no date, concept or small number. */
const keyFeatures = (mention: Mention) => [...mention.features].filter((feature) => (isWordFeature(feature) && !feature.startsWith('c:')) || (isCount(feature) && Number(feature.slice(2)) >= 10));

/**
 * "A timetable for paying the soldiers' wages", said once beside wage arrears several outlets state: a lone sentence most
 * of whose words (or counts) other terms hold too, and whose words held elsewhere only one term of several articles
 * holds, is a detail of that term (a schedule, a part, a step), not a term of its own.
 */
function joinKeyNounDetails(groups: Mention[][]): Mention[][] {
	const holders = new Map<string, Set<number>>();
	groups.forEach((group, index) => {
		for (const mention of group) for (const feature of keyFeatures(mention)) (holders.get(feature) ?? holders.set(feature, new Set()).get(feature)!).add(index);
	});
	const articles = groups.map((group) => new Set(group.map((mention) => mention.provision.evidence.article)).size);
	const kept = groups.map((group) => [...group]);
	groups.forEach((group, index) => {
		if (group.length !== 1 || group[0].provision.evidence.rule === 'provision.list-item') return;
		const [mention] = group;
		let host = -1;
		const keys = keyFeatures(mention);
		// Most of what it names must be the host's things: a sentence with as many words of its own says something new.
		if (keys.filter((feature) => holders.get(feature)!.size > 1).length * 2 < keys.length) return;
		for (const feature of keys) {
			const others = [...holders.get(feature)!].filter((other) => other !== index);
			if (others.length !== 1) continue;
			if (host >= 0 && host !== others[0]) return;
			host = others[0];
		}
		if (host < 0 || articles[host] < KEY_HOST_ARTICLES || !kept[host].length || kept[host][0].kind !== mention.kind || kept[host].some((other) => sentenceKey(other) === sentenceKey(mention))) return;
		// "will contribute $25 million to the fund" beside a $90 million fund: a sum the term gives otherwise is a term of its own.
		const features = new Set(kept[host].flatMap((other) => [...other.features]));
		if (numbersConflict(mention, {features, numbers: numberFeaturesOf(features)} as Mention)) return;
		kept[host].push({...mention, detail: true});
		kept[index] = [];
	});
	return kept.filter((group) => group.length).map((group) => group.sort((x, y) => x.order - y.order));
}

/** A verb that creates the term it is followed by: "set up an exclusion zone", "establish a buffer zone". */
const CREATING_VERB = /^(?:set\s+up|sets\s+up|establish(?:es)?|creates?|declares?|imposes?)\s+/i;
/** A sentence that reports an earlier draft of the deal, whose numbers the signed text may have changed. */
const CITES_DRAFT = /\bdrafts?\b/i;

/**
 * "The draft would stop the shelling for 30 days" beside the signed "no shelling for 40 days": a draft's term with
 * another number than the deal's is still that term. A lone mention from a sentence citing a draft joins the one term
 * most of whose mentions hold all its words, its numbers aside, when it gives a number of a unit that term gives too.
 */
function joinDraftVariants(groups: Mention[][]): Mention[][] {
	return joinLoneToHolder(groups, (mention) => {
		if (!CITES_DRAFT.test(mention.provision.evidence.text) || !mention.numbers.all.length) return null;
		// "would set up an exclusion zone with a radius of 10 km around the summit crater": the term a draft names is what
		// the signed text must hold, not every detail the draft gives of it.
		const named = namedTerm(mention.provision.summary.replace(CREATING_VERB, ''));
		const words = named ? named.split(' ') : [...mention.features].filter((feature) => !/^[nd]:/.test(feature));
		return words.length ? {words, fits: (host) => host.some((other) => mention.numbers.all.some((feature) => other.numbers.units.has(unitOf(feature))))} : null;
	});
}

/** "The withdrawal must be finished within 20 days": a term's thing, named with "the", then a duty or detail of it. */
// "The zone takes effect at 06:00 and …": when the thing starts is a detail of it too.
const DEFINITE_SUBJECT = /^The\s+((?:[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+\s+)?[[\p{L}\-]--[\u{10000}-\u{10FFFF}]]+)\s+(?:must|will|would|shall|should|can|may|is to|are to|is|are|takes\s+effect|comes\s+into\s+(?:force|effect)|enters\s+into\s+force)\s/v;

/** "A monitoring committee will verify …": a body that watches over the deal, named without "the", is the one the deal sets up. */
const INDEFINITE_BODY = new RegExp(`^An?\\s+((?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+)?(?:${OVERSIGHT_BODIES.join('|')}))\\s+(?:must|will|would|shall|is to)\\s`, 'iv');
const namedBody = (summary: string) => INDEFINITE_BODY.exec(summary)?.[1];

/** A host must hold a lone mention's words in at least this share of its mentions, and in more of them than any other host (or as many, and be larger). */
const NAMES_SUBJECT = 0.5;

/** "The fund would …", "The commission will …": a body the deal sets up, told of again; "the Fund" (a lender) or "the north council" is a party. */
const BODY_SET_UP = new Set(['fund', 'commission', 'council', 'agency']);

const OVERSIGHT_BODY = new Set<string>(OVERSIGHT_BODIES);

/** The features a detail's definite subject names, or null when it names a party ("The government will …") or nothing. */
function definiteSubject(mention: Mention): string[] | null {
	const subject = DEFINITE_SUBJECT.exec(mention.provision.summary)?.[1] ?? namedBody(mention.provision.summary);
	// "The captives would be flown home …": a plural names people or things several terms touch, not one term's thing;
	// "The monitors will report weekly" names the people of the one body that watches over the deal.
	if (!subject || (/[^s]s$/i.test(subject) && !OVERSIGHT_BODY.has(subject.split(/\s+/).at(-1)!.toLowerCase())) || (!BODY_SET_UP.has(subject) && subject.split(/\s+/).some((word) => PARTY_HEAD.has(word.toLowerCase())))) return null;
	const features = [...termFeatures(subject)].filter((feature) => !/^[nd]:/.test(feature));
	return features.length && !features.some((feature) => feature === 'c:military' || feature === 'c:fighter') ? features : null;
}

/**
 * "The hotline must be staffed around the clock", said by one outlet only, after others listed "a hotline between the
 * two navies": the thing named with "the" is the term several mentions state, and the sentence tells a detail of it (a
 * deadline, a schedule), not a term of its own. It joins the one term most of whose mentions name that thing.
 */
function joinDefiniteDetails(groups: Mention[][]): Mention[][] {
	return joinLoneToHolder(groups, (mention) => {
		const words = definiteSubject(mention);
		return words ? {words, fits: () => true} : null;
	});
}

/**
 * What a lone mention must find in a host: words every counted host mention holds, a test of the host as a whole, and the
 * host's kind when it is not the mention's own (a start told of a term).
 */
type Holding = {words: string[]; fits: (host: Mention[]) => boolean; kind?: TermKind};

/**
 * Joins each lone mention that asks for it (holding() not null) to the term of several mentions that holds its words in
 * the largest share of its mentions, at least NAMES_SUBJECT (the larger term on a tie of shares), as a detail.
 */
function joinLoneToHolder(groups: Mention[][], holding: (mention: Mention) => Holding | null): Mention[][] {
	const joined = new Set<Mention[]>();
	for (const group of groups) {
		if (group.length !== 1) continue;
		const [mention] = group;
		const wanted = holding(mention);
		if (!wanted) continue;
		let best: Mention[] | null = null;
		let bestShare = 0;
		let tied = false;
		for (const host of groups) {
			if (host === group || joined.has(host) || host.length < 2 || host[0].kind !== (wanted.kind ?? mention.kind) || !wanted.fits(host)) continue;
			const share = host.filter((other) => wanted.words.every((feature) => other.features.has(feature))).length / host.length;
			// Between hosts naming it as often, the one more outlets state is the term the mention points back to.
			if (share > bestShare || (share === bestShare && best && host.length > best.length)) [best, bestShare, tied] = [host, share, false];
			else if (share === bestShare && best && host.length === best.length) tied = true;
		}
		if (!best || tied || bestShare < NAMES_SUBJECT || best.some((other) => sentenceKey(other) === sentenceKey(mention))) continue;
		best.push({...mention, detail: true});
		best.sort((x, y) => x.order - y.order);
		joined.add(group);
	}
	return groups.filter((group) => !joined.has(group));
}

/**
 * "The ban on tear gas would take effect immediately", "the curbs come into force at once": one outlet's word that a term
 * starts, with no date or time of its own, says nothing of the term but that it starts: a detail of the term whose mentions
 * hold the words of its subject most often, not a term of its own. (A start on a date may be a term: "The cut takes effect
 * on 1 July".)
 */
function joinStartsToTheirTerm(groups: Mention[][]): Mention[][] {
	return joinLoneToHolder(groups, (mention) => {
		const start = mention.kind === 'start' && !dealStartOf(mention) ? START.exec(mention.provision.summary) : null;
		if (!start || [...termFeatures(mention.provision.summary.slice(start.index).split(/[,;]/)[0])].some((feature) => !isWordFeature(feature))) return null;
		const words = [...termFeatures(mention.provision.summary.slice(0, start.index))].filter((feature) => isWordFeature(feature) && mention.features.has(feature));
		return words.length ? {words, fits: () => true, kind: 'term'} : null;
	});
}

/** How much of a detail's features (by weight) another outlet's sentence must hold for the detail to be part of its term. */
const STATED_WHOLE = 0.75;
/** The share of the detail's words (not numbers) that sentence must hold. */
const STATED_WORDS = 0.6;
/** A detail whose words the sentence holds (nearly) all of may name a number the sentence leaves out, down to this share. */
const STATED_SOME = 0.5;
const ALL_WORDS = 0.75;
/** A detail names at least this many features: "that ban is suspended" is too bare to place. */
const DETAIL_FEATURES = 4;
/** How many features a host sentence has beyond the detail it holds: else the detail could as well be the host. */
const HOST_MORE = 3;
/** A term this small (mentions) may be a detail of another: a term many outlets state apart is a term of its own. */
const DETAIL_MENTIONS = 2;

/** A sentence that yielded one mention, read whole (its summary may have cut the detail off). */
interface WholeSentence {
	article: string;
	kind: TermKind;
	features: Set<string>;
	/** The sentence as a mention, for comparing numbers. */
	whole: Mention;
}

/** Each group's sentences that yielded one mention: a sentence the extractor split into terms holds several terms by construction. */
function wholeSentencesOf(groups: Mention[][]): WholeSentence[][] {
	const perSentence = new Map<string, number>();
	for (const group of groups) for (const mention of group) perSentence.set(sentenceKey(mention), (perSentence.get(sentenceKey(mention)) ?? 0) + 1);
	// Wire copy repeats a sentence across hundreds of articles: each text is read once (its features are shared, never changed).
	const read = new Map<string, Pick<WholeSentence, 'features' | 'whole'>>();
	return groups.map((group) =>
		group
			.filter((mention) => perSentence.get(sentenceKey(mention)) === 1)
			.map((mention) => {
				const {text} = mention.provision.evidence;
				let known = read.get(text);
				if (!known) {
					const features = termFeatures(text);
					read.set(text, (known = {features, whole: {features, numbers: numberFeaturesOf(features)} as Mention}));
				}
				return {article: mention.provision.evidence.article, kind: mention.kind, ...known};
			}),
	);
}

/** The share of a detail's features (by weight) a sentence states, or 0 when it does not state the detail. */
function statedShare(detail: Mention, sentence: WholeSentence, weight: Map<string, number>): number {
	if (detail.kind !== sentence.kind || detail.features.size < DETAIL_FEATURES) return 0;
	let total = 0;
	let held = 0;
	// A number shared by chance ("during the 30-day first phase") is not the detail: its words must be there too.
	let words = 0;
	let wordsHeld = 0;
	let heldCount = 0;
	for (const feature of detail.features) {
		const w = weight.get(feature)!;
		const word = isWordFeature(feature);
		total += w;
		if (word) words += w;
		if (!sentence.features.has(feature)) continue;
		heldCount++;
		held += w;
		if (word) wordsHeld += w;
	}
	// The sentence's features the detail lacks, counted without listing them.
	if (sentence.features.size - heldCount < HOST_MORE) return 0;
	if (!total || !words || wordsHeld / words < STATED_WORDS) return 0;
	const share = held / total;
	if (share >= STATED_WHOLE) return share;
	// "lists swapped within 48 hours" in "detainees freed in 20 days, with lists swapped": every word is there, and the
	// number is one the fuller sentence leaves out (of another unit: one it gives differently is another term).
	return share >= STATED_SOME && wordsHeld / words >= ALL_WORDS && !numbersConflict(detail, sentence.whole) ? share : 0;
}

/** A feature that is a word (or a concept), not a number or a date. */
const isWordFeature = (feature: string) => !/^[nd]:/.test(feature);

/**
 * The host sentences numbered in the order joinDetailsStatedWhole reads them (host by host), and the sentences that hold
 * each word: a detail is compared only with sentences holding some of its words, since statedShare needs STATED_WORDS of them.
 */
class SentenceIndex {
	readonly host: number[] = [];
	readonly sentence: WholeSentence[] = [];
	private readonly holding = new Map<string, number[]>();
	private readonly met: Int32Array;
	private stamp = 0;

	constructor(sentences: WholeSentence[][]) {
		sentences.forEach((hostSentences, host) => {
			for (const sentence of hostSentences) {
				for (const feature of sentence.features) {
					if (!isWordFeature(feature)) continue;
					const holding = this.holding.get(feature);
					if (holding) holding.push(this.host.length);
					else this.holding.set(feature, [this.host.length]);
				}
				this.host.push(host);
				this.sentence.push(sentence);
			}
		});
		this.met = new Int32Array(this.host.length);
	}

	/**
	 * The sentences (ascending) that may state one of the group's mentions: those holding one of the mention's rarest words
	 * that make up over half its words' weight. A sentence holding none of them holds under half, short of STATED_WORDS.
	 */
	candidates(group: Mention[], weight: Map<string, number>): number[] {
		const found: number[] = [];
		this.stamp++;
		for (const mention of group) {
			if (mention.features.size < DETAIL_FEATURES) continue; // statedShare's first test
			const words = [...mention.features].filter(isWordFeature);
			let total = 0;
			for (const word of words) total += weight.get(word)!;
			words.sort((a, b) => (this.holding.get(a)?.length ?? 0) - (this.holding.get(b)?.length ?? 0));
			let taken = 0;
			for (const word of words) {
				if (taken > total / 2) break;
				taken += weight.get(word)!;
				for (const ordinal of this.holding.get(word) ?? []) {
					if (this.met[ordinal] === this.stamp) continue;
					this.met[ordinal] = this.stamp;
					found.push(ordinal);
				}
			}
		}
		return found.sort((a, b) => a - b);
	}
}

/**
 * "The government will contribute $40 million" and another outlet's "a $250 million fund, with the government contributing
 * $40 million": when an outlet states a minor term's words inside a sentence it kept as one term, the minor term is a
 * detail of that term (a side payment, the lists of a release, a body's second sentence in one bullet), and joins it.
 */
function joinDetailsStatedWhole(groups: Mention[][], weight: Map<string, number>): Mention[][] {
	const sentences = wholeSentencesOf(groups);
	const items = groups.map((group) => new Set(group.map(itemKey).filter((key): key is string => key !== null)));
	const kept = groups.map((group) => [...group]);
	const joinedInto = groups.map((_, index) => index);
	let index: SentenceIndex | null = null;
	groups.forEach((group, at) => {
		if (group.length > DETAIL_MENTIONS) return;
		const articles = new Set(group.map((mention) => mention.provision.evidence.article));
		let best = -1;
		let bestShare = 0;
		// A bullet of its own is a term its outlet lists apart; two sentences of one bullet are one line the outlet wrote.
		const apart = new Map<number, boolean>();
		const isApart = (host: number) => host === at || group.some((mention) => mention.provision.evidence.rule === 'provision.list-item' && !items[host].has(itemKey(mention) ?? ''));
		// The sentences in hosts' order, each host's in order: only those that may hold enough of a mention's words.
		for (const ordinal of (index ??= new SentenceIndex(sentences)).candidates(group, weight)) {
			const host = index.host[ordinal];
			let skip = apart.get(host);
			if (skip === undefined) apart.set(host, (skip = isApart(host)));
			const sentence = index.sentence[ordinal];
			if (skip || articles.has(sentence.article)) continue;
			for (const mention of group) {
				const share = statedShare(mention, sentence, weight);
				if (share > bestShare) {
					best = host;
					bestShare = share;
				}
			}
		}
		if (best < 0) return;
		let host = best;
		while (joinedInto[host] !== host) host = joinedInto[host];
		if (host === at) return;
		kept[host].push(...kept[at].map((mention) => ({...mention, detail: true})));
		kept[at] = [];
		joinedInto[at] = host;
	});
	return kept.filter((group) => group.length).map((group) => group.sort((x, y) => x.order - y.order));
}

const itemKey = (mention: Mention) => (mention.provision.item === undefined ? null : `${mention.provision.evidence.article}|${mention.provision.item}`);

/**
 * "7. A breach is reported within 24 hours. The team reports within 72 hours.": the sentences of one list item that no
 * other article states apart are the details of that item's term, and join the term another of its sentences found.
 */
function keepItemsWhole(groups: Mention[][]): Mention[][] {
	const onlyItem = groups.map((group) => {
		const key = itemKey(group[0]);
		return key !== null && group.every((mention) => itemKey(mention) === key) ? key : null;
	});
	// The item's host: the first group where another article states one of its sentences, else its first sentence's.
	const hostOf = new Map<string, number>();
	const shared = new Map<string, number>();
	groups.forEach((group, index) => {
		for (const mention of group) {
			const key = itemKey(mention);
			if (key === null) continue;
			if (!hostOf.has(key)) hostOf.set(key, index);
			if (onlyItem[index] === null && !shared.has(key)) shared.set(key, index);
		}
	});
	for (const [key, index] of shared) hostOf.set(key, index);
	const kept = groups.map((group) => [...group]);
	groups.forEach((group, index) => {
		const key = onlyItem[index];
		const host = key === null ? index : hostOf.get(key)!;
		if (host === index) return;
		kept[host].push(...group);
		kept[index] = [];
	});
	return kept.filter((group) => group.length).map((group) => group.sort((x, y) => x.order - y.order));
}

/** A lone mention whose words a larger term's mentions already hold more than half of (by weight, 0.55) restates that term. */
const RESTATED = 0.55;

/**
 * "Agreed to reopen a shipping corridor across the sea": a passing sentence that names a term in fewer words than the
 * outlets that state it; it joins the term whose mentions hold most of its words, when none of its numbers is new to the term.
 */
function absorbRestatements(groups: Mention[][], weight: Map<string, number>): Mention[][] {
	const lone = (group: Mention[]) => group.length === 1 && group[0].provision.evidence.rule !== 'provision.list-item';
	const hosts = groups.filter((group) => !lone(group));
	const unions = hosts.map((group) => new Set(group.flatMap((mention) => [...mention.features])));
	// A term's numbers as a whole: "$40 million" agrees with a fund whose outlets give "$60 million" and "$40 million and $20 million".
	const whole = unions.map((features) => ({features, numbers: numberFeaturesOf(features)}) as Mention);
	const keys = hosts.map((group) => new Set(group.map(sentenceKey)));
	const naming = conceptNaming(groups, hosts, unions);
	const kept: Mention[][] = [];
	for (const group of groups) {
		if (!lone(group)) {
			kept.push(group);
			continue;
		}
		const [mention] = group;
		let total = 0;
		for (const feature of mention.features) total += weight.get(feature)!;
		let best = -1;
		let bestShare = RESTATED;
		hosts.forEach((host, index) => {
			if (host[0].kind !== mention.kind || keys[index].has(sentenceKey(mention)) || numbersConflict(mention, whole[index])) return;
			let held = 0;
			for (const feature of mention.features) if (unions[index].has(feature)) held += weight.get(feature)!;
			if (total && held / total >= bestShare) {
				best = index;
				bestShare = held / total;
			}
		});
		if (best < 0) best = onlyHostNaming(mention, naming);
		if (best >= 0 && (hosts[best][0].kind !== mention.kind || keys[best].has(sentenceKey(mention)) || numbersConflict(mention, whole[best]))) best = -1;
		if (best >= 0) hosts[best].push(mention);
		else kept.push(group);
	}
	return kept.map((group) => group.sort((x, y) => x.order - y.order));
}

/**
 * "- Tovania to readmit rejected asylum seekers" and another outlet's term of readmission stated by several mentions: a
 * bullet alone naming a concept a deal holds once joins the one term of several mentions that names it, when nothing
 * else does (two bullets of one list stay apart).
 */
function joinLoneItemsNamingSingular(groups: Mention[][]): Mention[][] {
	const loneItem = (group: Mention[]) => group.length === 1 && group[0].provision.evidence.rule === 'provision.list-item';
	const joined = new Set<Mention[]>();
	for (const group of groups) {
		if (!loneItem(group)) continue;
		const [item] = group;
		for (const concept of SINGULAR) {
			if (!item.features.has(concept)) continue;
			const naming = groups.filter((other) => other !== group && !joined.has(other) && other.some((mention) => mention.features.has(concept)));
			const [host] = naming;
			const sameList = host?.some((mention) => listKey(mention) === listKey(item));
			if (naming.length !== 1 || host.length < 2 || host[0].kind !== item.kind || sameList || host.some((mention) => numbersConflict(mention, item))) continue;
			host.push(item);
			host.sort((x, y) => x.order - y.order);
			joined.add(group);
			break;
		}
	}
	return groups.filter((group) => !joined.has(group));
}

const SINGULAR = SINGULAR_TERM_CONCEPTS.map((concept) => `c:${concept}`);

/**
 * "A hotline between the two navies' commands" and "a direct hotline between fleet command and coast guard headquarters":
 * a deal sets up one hotline, so terms every mention of which names it are one term, however each outlet words its ends.
 * Two items of one list stay apart: the list told them as two.
 */
function joinHeldOnce(groups: Mention[][]): Mention[][] {
	for (const concept of HELD_ONCE) {
		// (a term told in one sentence with others the splitting left together names it in passing: it stays where it is)
		const naming = groups.filter((group) => group.every((mention) => mention.features.has(concept)));
		if (naming.length < 2) continue;
		const keys = naming.flatMap((group) => group.map(listKey).filter((key) => key !== null));
		if (new Set(keys).size !== keys.length || naming.some((group) => group[0].kind !== naming[0][0].kind)) continue;
		const [host, ...rest] = [...naming].sort((a, b) => b.length - a.length);
		for (const group of rest) host.push(...group);
		host.sort((x, y) => x.order - y.order);
		groups = groups.filter((group) => !rest.includes(group));
	}
	return groups;
}
const HELD_ONCE = HELD_ONCE_CONCEPTS.map((concept) => `c:${concept}`);

/** For each concept a deal holds once: the terms (host indices) that name it, and how many lone mentions do. */
function conceptNaming(groups: Mention[][], hosts: Mention[][], unions: Set<string>[]): Map<string, {hosts: number[]; lone: number}> {
	const naming = new Map(SINGULAR.map((concept) => [concept, {hosts: [] as number[], lone: 0}]));
	unions.forEach((features, index) => {
		for (const concept of SINGULAR) if (features.has(concept)) naming.get(concept)!.hosts.push(index);
	});
	const hostSet = new Set(hosts);
	for (const group of groups) if (!hostSet.has(group)) for (const concept of SINGULAR) if (group[0].features.has(concept)) naming.get(concept)!.lone++;
	return naming;
}

/** "The settlement sets up an inquiry under a retired judge": the one term naming a concept a deal holds once, or -1. */
function onlyHostNaming(mention: Mention, naming: Map<string, {hosts: number[]; lone: number}>): number {
	for (const concept of SINGULAR) {
		const named = naming.get(concept)!;
		if (mention.features.has(concept) && named.hosts.length === 1 && named.lone === 1) return named.hosts[0];
	}
	return -1;
}

/** Whether two clusters hold a mention of one sentence, looked up from the smaller. */
function shareSentence(a: Set<string>, b: Set<string>): boolean {
	const [smaller, larger] = a.size <= b.size ? [a, b] : [b, a];
	for (const sentence of smaller) if (larger.has(sentence)) return true;
	return false;
}

/**
 * A mention that names no number, no name and little beyond concepts ("temporary tariff reductions"), or one concept and
 * a single word besides ("a local ceasefire", "halt fighting around the site"): too bare to be a term of its own.
 */
function isGeneric(mention: Mention): boolean {
	const features = [...mention.features];
	if (features.some((feature) => feature.startsWith('n:'))) return false;
	if (/\s[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(mention.provision.summary)) return false;
	const concepts = features.filter((feature) => feature.startsWith('c:'));
	const others = features.length - concepts.length;
	return (concepts.length >= 2 && others <= 3) || (concepts.length === 1 && others <= 1);
}

/**
 * Lone generic mentions, or a few that only meet each other ("a local ceasefire" and "halt fighting around the site"), restate
 * a term the corpus gives more precisely: they join the largest cluster sharing their concepts.
 */
function absorbGeneric(clusters: Mention[][]): Mention[][] {
	const kept = clusters.filter((group) => !group.every(isGeneric));
	for (const group of clusters) {
		if (kept.includes(group)) continue;
		const concepts = [...new Set(group.flatMap((mention) => [...mention.features].filter((feature) => feature.startsWith('c:'))))];
		const host = kept
			.filter((other) => other[0].kind === group[0].kind && other.some((mention) => concepts.every((concept) => mention.features.has(concept))))
			.sort((a, b) => b.length - a.length)[0];
		if (host) for (const mention of group) host.push(mention);
		else kept.push(group);
	}
	return kept;
}

const words = (text: string) => (text.match(/\S+/g) ?? []).length;

/** "Terrorists who lay down their arms …": one side's loaded word makes a worse summary of a term than a neutral mention. */
const LOADED = new RegExp(`\\b(?:${phrases(LOADED_WORDS)})\\b`, 'i');

/** The clearest mention: a full statement of moderate length that carries the cluster's numbers. */
/** Whether a mention is a list item's second or later sentence, the item's first being among the mentions too. */
function laterSentenceOfItem(mention: Mention, mentions: Mention[]): boolean {
	const key = itemKey(mention);
	return key !== null && mentions.some((other) => itemKey(other) === key && (other.provision.evidence.offset ?? 0) < (mention.provision.evidence.offset ?? 0));
}

function clearest(mentions: Mention[]): Mention {
	// A detail states part of the term: the fuller statement it was joined to names the term.
	const stated = mentions.some((mention) => mention.detail) && mentions.some((mention) => !mention.detail) ? mentions.filter((mention) => !mention.detail) : mentions;
	// "* Redeployment: troops will withdraw … . The port will get joint control.": a bullet's first sentence states its term, the rest detail it.
	const group = stated.filter((mention) => !laterSentenceOfItem(mention, stated));
	const numbers = new Set<string>();
	for (const features of new Set(group.map((mention) => mention.features))) for (const feature of features) if (feature.startsWith('n:')) numbers.add(feature);
	// Wire copy repeats a summary: what its words score is worked out once (its features are shared, never changed).
	const worded = new Map<string, number>();
	const wordScore = (mention: Mention) => {
		const summary = mention.provision.summary;
		let value = -Math.abs(words(summary.replace(PHASE_LABEL, '')) - 9) / 2;
		let shared = 0;
		for (const feature of mention.features) if (numbers.has(feature)) shared++;
		value += shared;
		value += mention.features.size / 4;
		if (/^(?:It|They|This|That)\b/.test(summary)) value -= 4;
		if (LOADED.test(summary)) value -= 4;
		return value;
	};
	const score = (mention: Mention) => {
		let value = worded.get(mention.provision.summary);
		if (value === undefined) worded.set(mention.provision.summary, (value = wordScore(mention)));
		if (mention.provision.evidence.rule === 'provision.list-item') value += 1;
		// "Sets up a coastguard hotline …": the deal's verb without the deal reads worse than a listed term or a full clause.
		if (mention.provision.evidence.rule === 'provision.proposal-acts') value -= 2;
		return value;
	};
	// Each mention scored once; the first of the best wins, as a reduce keeping the earlier on ties would pick.
	let best = group[0];
	let bestScore = score(best);
	for (let index = 1; index < group.length; index++) {
		const value = score(group[index]);
		if (value > bestScore) {
			best = group[index];
			bestScore = value;
		}
	}
	return best;
}

/** A short slug for a term: its first content words. */
function slug(summary: string, taken: Set<string>): string {
	const base =
		summary
			.toLowerCase()
			.replace(/[’']s\b/g, '')
			.split(/[^[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]+/v)
			.filter((word) => word.length > 1 && !STOP.has(word))
			.slice(0, 3)
			.join('-') || 'term';
	let id = base;
	for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
	taken.add(id);
	return id;
}

/** The proposal the corpus discusses most, named as specifically as the text names it. */
export function storyProposal(mentions: ProposalMention[][]): string | null {
	const byHead = new Map<string, number>();
	const byName = new Map<string, number>();
	for (const list of mentions)
		for (const {name, count} of list) {
			const head = name.split(' ').at(-1)!;
			byHead.set(head, (byHead.get(head) ?? 0) + count);
			byName.set(name, (byName.get(name) ?? 0) + count);
		}
	const head = [...byHead].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
	if (!head) return null;
	const variants = [...byName].filter(([name]) => name !== head && name.endsWith(` ${head}`)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const pointed = variants.find(([name]) => /-point /.test(name));
	if (pointed) return pointed[0];
	if (variants[0] && variants[0][1] >= 2 && !/^(?:draft|final|interim|partial) /.test(variants[0][0])) return variants[0][0];
	return head;
}

/**
 * Whether the proposal is named in at least half the articles: a story with no terms found whose proposal only some
 * outlets bring in ("rebels declared a ceasefire" in a quake story) is not about that proposal, and is not named after it.
 */
function mentionedWidely(story: string | null, records: ArticleRecord[]): boolean {
	if (!story) return false;
	const head = story.split(' ').at(-1)!;
	const naming = records.filter((record) => record.proposals.some(({name}) => name.split(' ').at(-1) === head)).length;
	return naming * 2 >= records.length;
}

/** The reduce: the story's proposal and one provision per term, in the order the corpus first states them. */
export function mergeProvisions(records: ArticleRecord[]): {story: string | null; provisions: Provision[]; discrepancies: Discrepancy[]} {
	const mentions: Mention[] = [];
	const seen = new Set<string>();
	// Wire copy repeats a summary across hundreds of articles: its features are read once and shared (never changed).
	const read = new Map<string, Pick<Mention, 'features' | 'numbers' | 'kind' | 'named' | 'counted'>>();
	const story = storyProposal(records.map((record) => record.proposals));
	const truceStory = story === null || termFeatures(story).has('c:ceasefire');
	const own = new Map<string, Set<string>>();
	for (const record of records) for (const provision of record.provisions) if (!own.has(provision.summary)) own.set(provision.summary, termFeatures(provision.summary));
	const fold = demonymFolds(own.values());
	const parties = folded(partyNames(records), fold);
	for (const record of records)
		for (const provision of record.provisions) {
			// The same term stated twice in one article (a summary bullet and the body) is one mention.
			const key = `${provision.evidence.article}|${provision.summary.toLowerCase()}`;
			if (seen.has(key)) continue;
			seen.add(key);
			let summaryRead = read.get(provision.summary);
			if (!summaryRead) {
				const features = withoutParties(folded(own.get(provision.summary)!, fold), parties);
				summaryRead = {features, numbers: numberFeaturesOf(features), kind: termKind(provision.summary, truceStory), named: namedTerm(provision.summary), counted: countedThings(provision.summary, features)};
				read.set(provision.summary, summaryRead);
			}
			mentions.push({provision, order: mentions.length, sentence: `${provision.evidence.article}|${provision.evidence.offset}`, ...summaryRead});
		}
	const taken = new Set<string>();
	const pledgeStory = story !== null && PLEDGE_STORY_NOUNS.has(story.toLowerCase().split(/\s+/).pop() ?? '');
	const groups = clusterMentions(mentions).filter((group) => !uncorroboratedAgreement(group, records.length) && !uncorroboratedNewsLead(group, records.length) && !(!pledgeStory && ownPledgeOnly(group)) && !uncorroboratedPassive(group, records.length));
	const provisions = groups.map((group) => {
		const best = clearest(group);
		const evidence: Evidence[] = [best.provision.evidence, ...group.filter((mention) => mention !== best).map((mention) => mention.provision.evidence)];
		return {
			id: slug(best.provision.summary, taken),
			summary: best.provision.summary,
			articles: [...new Set(group.map((mention) => mention.provision.evidence.article))],
			evidence,
		};
	});
	const outletOf = new Map(records.map((record) => [record.article.id, outletLabel(record.article)]));
	const discrepancies = groups.flatMap((group, index) => disputedCounts(group, provisions[index].summary, outletOf));
	return {story: provisions.length || mentionedWidely(story, records) ? story : null, provisions, discrepancies};
}

/** Outlets a story needs before a term only one of them reports as something "agreed to" counts as unconfirmed. */
const CORROBORATING_ARTICLES = 3;
const BINDING_NOUN = new RegExp(`\\b(?:${PROPOSAL_NOUNS.filter((noun) => !WEAK_PROPOSAL_NOUNS.includes(noun as never)).join('|')})\\b`, 'i');

/**
 * "The town council has agreed to waive harbour dues", "the mediators promised to act as guarantors": what someone "agreed
 * to", in one sentence of one outlet, with no figure, date or named deal, is a lede's gloss of the deal or a side
 * promise of someone else, not a term: the deal's terms are reported by more than one outlet, or with their numbers.
 */
function uncorroboratedAgreement(group: Mention[], articles: number): boolean {
	if (articles < CORROBORATING_ARTICLES || group.length !== 1) return false;
	const [mention] = group;
	if (!mention.provision.evidence.rule?.startsWith('provision.agreed-')) return false;
	return !mention.numbers.all.length && ![...mention.features].some((feature) => feature.startsWith('d:')) && !BINDING_NOUN.test(mention.provision.summary);
}

/**
 * "The nineteen crew will be home within three days under an accord signed on Friday", "A Kellish engineer held for six days
 * is to be freed under an accord imposed on Dorva": a sentence that brings the deal in as news ("under a/an <deal> signed
 * …") tells the story's event in its own outlet's words, not a term in the deal's. Said once, in a story that several
 * outlets tell, it restates a term they state (and failed to join it) or is no term at all.
 */
const NEWS_OF_DEAL = new RegExp(`(?:\\bunder\\s+an?|\\S\\s+under\\s+the)\\s+(?:[[\\p{L}\\-]--[\\u{10000}-\\u{10FFFF}]]+\\s+){0,2}?(?:${PROPOSAL_NOUNS.join('|')})\\s+(?:${DEAL_EVENT_PARTICIPLES.join('|')})\\b`, 'iv');

function uncorroboratedNewsLead(group: Mention[], articles: number): boolean {
	return articles >= CORROBORATING_ARTICLES && group.length === 1 && NEWS_OF_DEAL.test(group[0].provision.evidence.text);
}

/** Proposals that are themselves what donors give ("the aid package", "the pledges"): there a party's pledge is a term. */
const PLEDGE_STORY_NOUNS = new Set(['package', 'packages', 'pledge', 'pledges', 'aid', 'assistance', 'funding', 'funds', 'money', 'loan', 'loans', 'programme', 'program', 'commitments']);

/**
 * "Pendrask has pledged $35 million in aid for the region", "The government has set aside a further 40 billion shillings":
 * money a party says it has given or promised, told only so (never as what the deal provides), is that party's own
 * undertaking beside a truce or an accord, not one of its terms.
 */
const ownPledgeOnly = (group: Mention[]) => group.every((mention) => mention.provision.evidence.rule === 'provision.party-delivered' || PLEDGED_AMOUNT.test(mention.provision.summary));
/** "Friendly nations pledge 420 million US dollars to rebuild …": a key point telling a pledge of money, as the body would. */
const PLEDGED_AMOUNT = /^(?:[[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]+\s+){1,6}?(?:pledges?|pledged|promises?|promised|has\s+pledged|have\s+pledged)\s+(?:a\s+further\s+|another\s+|some\s+|about\s+)?[$€£¥]?\d/v;

/**
 * "In return, 90 prisoners will be freed on the first day", "The special inspections will be lifted from next Monday": a
 * passive step with no party and no citation of the deal, in one sentence of one outlet in a story several outlets tell, is
 * a detail of a term they state (that failed to join it) or the outlet's own gloss, not a term of its own.
 */
function uncorroboratedPassive(group: Mention[], articles: number): boolean {
	return articles >= CORROBORATING_ARTICLES && group.length === 1 && group[0].provision.evidence.rule === 'provision.passive';
}

/** One term whose outlets give near but different counts ("1,000 prisoners" / "1,100 detainees"): a figure discrepancy. */
function disputedCounts(group: Mention[], summary: string, outletOf: Map<string, string>): Discrepancy[] {
	const byCount = new Map<string, Mention[]>();
	for (const mention of group)
		for (const feature of mention.features) {
			if (!isCount(feature)) continue;
			const side = byCount.get(feature);
			if (side) side.push(mention);
			else byCount.set(feature, [mention]);
		}
	const out: Discrepancy[] = [];
	const counts = [...byCount.keys()];
	// Each count's outlets listed once, when first needed: not again for every near count it is compared with.
	const listed: string[][] = [];
	const outlets = (at: number) => (listed[at] ??= [...new Set(byCount.get(counts[at])!.map((mention) => outletOf.get(mention.provision.evidence.article) ?? mention.provision.evidence.article))]);
	for (let i = 0; i < counts.length; i++)
		for (let j = i + 1; j < counts.length; j++) {
			if (!nearCount(counts[i], counts[j])) continue;
			const [a, b] = [byCount.get(counts[i])!, byCount.get(counts[j])!];
			const outletsA = outlets(i);
			const outletsB = outlets(j);
			// Both figures from one outlet only (a list and its own correction) is no disagreement between outlets.
			if (outletsB.every((outlet) => outletsA.includes(outlet)) && outletsA.every((outlet) => outletsB.includes(outlet))) continue;
			const shown = (feature: string) => Number(feature.slice(2)).toLocaleString('en-US');
			out.push({
				summary: `${summary}: ${shown(counts[i])} (${outletsA.join(', ')}) vs ${shown(counts[j])} (${outletsB.join(', ')})`,
				kind: 'figure',
				articles: [...new Set([...a, ...b].map((mention) => mention.provision.evidence.article))],
				evidence: [...a, ...b].map((mention) => ({...mention.provision.evidence, rule: 'discrepancy.provision-count'})),
			});
		}
	return out;
}
