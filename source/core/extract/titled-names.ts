/**
 * People named with a title of office in one article ("Special Envoy Ann Sample", "Ann Sample, the U.S.
 * special envoy"), with the office they hold. Read per article in the map stage; the reduce compares
 * them across outlets to find one office held by differently named people.
 */
import {COUNTRIES} from '../lexicon/geography.js';
import {OFFICE_TITLES} from '../lexicon/office-titles.js';
import {alternation} from '../text-scan.js';

const capitalised = (words: string) => words.replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
// Titles in any usual case ("special envoy", "Special Envoy", "Special envoy"); names must stay capitalised, so no 'i' flag.
const TITLE_FORMS = [...new Set(OFFICE_TITLES.flatMap((title) => [title, capitalised(title), title.charAt(0).toUpperCase() + title.slice(1)]))];
const TITLES = alternation(TITLE_FORMS);
const NAME_WORD = "[\\p{Lu}][\\p{L}'’-]*";
/** A title of office followed by a capitalised name of two or three words. */
const TITLED_NAME = new RegExp(`\\b(${TITLES})\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})`, 'gu');
/** A name with its title in apposition: "Ann Sample, the U.S. special envoy,". */
const NAME_THEN_TITLE = new RegExp(`(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}),\\s+(?:the|a|an)\\s+((?:[\\p{L}.'’]+\\s+){0,2}?)(${TITLES})\\b`, 'gu');

const NATIONALITY = new Map<string, string>();
for (const country of COUNTRIES)
	for (const form of [country.name, ...country.aliases, ...country.adjectives]) NATIONALITY.set(form.toLowerCase().replace(/\./g, ''), country.name);

/** A person named with a title of office in an article. */
export interface TitledName {
	/** The title's head word ("envoy", "minister"), with the country it serves when the text says. */
	office: string;
	title: string;
	name: string;
	article: string;
	sentence: string;
	offset: number;
}

/** The country word just before a title ("U.S. Special Envoy", "Norway's Foreign Minister"), if any. */
function countryBefore(text: string, start: number): string | null {
	const before = /([\p{L}.]+)(?:['’]s)?\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
	return before ? (NATIONALITY.get(before[1].toLowerCase().replace(/\./g, '')) ?? null) : null;
}

const TITLE_WORDS = new Set(OFFICE_TITLES.flatMap((title) => title.split(/\s+/)));

/** The sentence of the body around a span: from the previous terminator or line break to the next. */
function sentenceAround(body: string, start: number, end: number): {sentence: string; offset: number} {
	// Sentences are short: look back a bounded stretch rather than scan the whole body before every name.
	const windowStart = Math.max(0, start - 600);
	let from = windowStart;
	for (const stop of body.slice(windowStart, start).matchAll(/[.!?]["”’]?\s+|\n/g)) {
		const at = windowStart + stop.index!;
		// "U.S. Special Envoy", "Lt. Gen.": a dotted abbreviation or an initial does not end the sentence.
		if (/(?:\b\p{L}\.\p{L}|\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St))$/u.test(body.slice(Math.max(0, at - 4), at))) continue;
		from = at + stop[0].length;
	}
	const next = /[.!?]["”’]?(?=\s|$)|\n/.exec(body.slice(end));
	const to = next ? end + next.index + next[0].length : body.length;
	return {sentence: body.slice(from, to).trim(), offset: from};
}

/** Title + name spans in an article's sentences. */
export function titledNames(article: {id: string; body: string}): TitledName[] {
	const found: TitledName[] = [];
	const {body, id} = article;
	const spans: {title: string; words: string[]; start: number; end: number; country: string | null}[] = [];
	for (const match of body.matchAll(TITLED_NAME))
		spans.push({title: match[1], words: match[2].split(/\s+/), start: match.index!, end: match.index! + match[0].length, country: countryBefore(body, match.index!)});
	for (const match of body.matchAll(NAME_THEN_TITLE)) {
		const qualifier = match[2].trim().replace(/['’]s$/, '').toLowerCase().replace(/\./g, '');
		spans.push({title: match[3], words: match[1].split(/\s+/), start: match.index!, end: match.index! + match[0].length, country: NATIONALITY.get(qualifier) ?? null});
	}
	for (const span of spans.sort((a, b) => a.start - b.start)) {
		const words = span.words;
		// "President Sample Said" or "Minister of X": cut the name where another title or a country starts.
		const cut = words.findIndex((word, index) => index > 0 && (TITLE_WORDS.has(word.toLowerCase()) || NATIONALITY.has(word.toLowerCase())));
		const name = (cut > 0 ? words.slice(0, cut) : words).join(' ').replace(/['’]s$/, '');
		if (name.split(/\s+/).length < 2 || NATIONALITY.has(words[0].toLowerCase())) continue;
		const {sentence, offset} = sentenceAround(body, span.start, span.end);
		const head = span.title.toLowerCase().split(/\s+/).at(-1)!;
		found.push({
			office: span.country ? `${span.country} ${head}` : head,
			title: span.title,
			name,
			article: id,
			sentence,
			offset,
		});
	}
	return found;
}
