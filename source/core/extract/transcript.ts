/**
 * Transcripts of press conferences, briefings and interviews: a paragraph that opens with a speaker's label in
 * capitals ("MINISTER ANA RUIZ: …", "MOREAU (Kell Radio): …") is that speaker's own words, quote marks or not.
 * Questioners, moderators and the transcriber's notes are not quoted. A label is trusted only where the article
 * has at least two labelled turns: one "UPDATE: …" line does not make a transcript.
 */
import {BLOCS, CAPITALS, COUNTRIES} from '../lexicon/geography.js';
import {ANSWER_LABELS, CHAIR_LABELS, CHAIR_PHRASES, COURTESY_TURNS, NON_SPEAKER_LABELS, QUESTION_LABELS} from '../lexicon/transcripts.js';
import {NAME_PREFIXES, TITLE_WORDS} from '../lexicon/titles.js';
import type {ParsedArticle} from '../model.js';
import {remembered} from '../memo.js';
import {escapeRegExp, titleCaseWords} from '../text-scan.js';
import type {LocalQuote, LocalSpeaker} from './quotes.js';
import {surnameKey} from './speakers.js';

/** "MINISTER ANA RUIZ (Fisheries): text": the label in capitals, an optional bracketed affiliation, the turn. */
const TURN = /^((?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Lu}.'’\-]--[\u{10000}-\u{10FFFF}]]*)(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Lu}.'’\-]--[\u{10000}-\u{10FFFF}]]*){0,5})(?:\s*\(([^\(\)]{1,60})\))?\s*:\s+(\S[\s\S]*)$/v;
const NOT_SPEAKERS = new Set(NON_SPEAKER_LABELS);
/**
 * "The Minister of Defence (Ana Ruiz): …", "Ana Ruiz (Kellside) (Opposition): …", "Mr Speaker: …": a label in Title
 * Case, as a parliament's official report or an interview prints it, with up to three bracketed parts.
 */
const TITLED_TURN = /^((?:The\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+(?:of|for|on|and|the|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*)){0,7})((?:\s*\([^\(\)]{1,60}\)){0,3})\s*:\s+(\S[\s\S]*)$/v;
/** A turn is said in sentences: a live blog's subhead ("Ruiz: talks 'on track'") ends on no stop. */
const SENTENCE_END = /[.?!…]["”’)]?$/u;
/** "Ruiz: "We will sign."": words in quote marks after a colon are a quote the prose rules read, not a turn. */
const OPENS_QUOTE = /^["“”‘’'«]/u;
/** "Ana Ruiz", "Kellside North": the words of a name in brackets, capitalised, a particle allowed between. */
const BRACKETED_NAME = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+(?:(?:de|van|von|al|el|bin|da|di|du|le|la)\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]+){1,3}$/v;
const CHAIR_TURNS = new Set(CHAIR_LABELS);
const COURTESIES = new Set(COURTESY_TURNS);
/** Whether a turn says nothing but a courtesy: "Thank you.", "Good morning, everyone!" */
const onlyCourtesy = (text: string) => text.length < 40 && COURTESIES.has(text.toLowerCase().replace(/[’]/g, "'").replace(/[,.!\s]+/g, ' ').trim());
const TITLES = new Set(TITLE_WORDS);
const PREFIXES = new Set(NAME_PREFIXES);
/** A title or an honorific before a name: "Minister", "Dr.", "Alhaji". */
const isTitle = (word: string) => TITLES.has(word.toLowerCase()) || PREFIXES.has(word.toLowerCase().replace(/\.$/, ''));
// "ISLAMABAD: …", "NEW DELHI: …": a dateline in capitals is a place, not a speaker.
const PLACES = new Set([...COUNTRIES, ...BLOCS].flatMap((place) => [place.name, ...place.aliases]).concat(Object.keys(CAPITALS)).map((name) => name.toUpperCase()));

/** One labelled turn: who the label names and where the words start. */
export interface Turn {
	label: string;
	/** The bracketed affiliation after the label, if any ("Kell Radio"). */
	affiliation: string | null;
	/** The words of the turn, verbatim. */
	text: string;
	/** Offset of `text` in the body. */
	offset: number;
	paragraph: number;
	/** Who a Title Case label names, worked out with it ("The Minister of Defence (Ana Ruiz)"); capitals are split later. */
	speaker?: {name: string | null; role: string | null};
}


/**
 * Whether a paragraph may open with a label in capitals, as TURN needs: a first letter that is no ASCII character
 * but a capital, and a second character that is no lower-case ASCII letter ("The …" is prose). Most paragraphs are
 * ruled out before the pattern is tried.
 */
function mayOpenTurn(text: string): boolean {
	const first = text.charCodeAt(0);
	if (first < 128 && !(first >= 65 && first <= 90)) return false;
	const second = text.charCodeAt(1);
	return !(second >= 97 && second <= 122);
}

/** The labelled turns of an article, questioners' included; none unless two or more paragraphs are labelled. */
export function transcriptTurns(article: ParsedArticle): Turn[] {
	const turns: Turn[] = [];
	article.paragraphs.forEach((paragraph, index) => {
		const match = mayOpenTurn(paragraph.text) ? TURN.exec(paragraph.text) : null;
		// A label is a few words, not a shouted sentence: "WARNING: …" of one word still needs its second turn.
		if (!match || /\d/.test(match[1]) || PLACES.has(match[1])) return;
		turns.push({label: match[1], affiliation: match[2] ?? null, text: match[3].trim(), offset: paragraph.start + paragraph.text.indexOf(match[3]), paragraph: index});
	});
	if (turns.length < 2) return titledTurns(article);
	// The first paragraph's label without a title is its dateline ("KELL: …"), however unknown the place, unless the
	// label speaks again further down (an interviewer's opening turn).
	const first = turns[0];
	if (first?.paragraph === 0 && !first.label.split(/\s+/).some((word) => TITLES.has(word.toLowerCase())) && !turns.slice(1).some((turn) => turn.label === first.label)) turns.shift();
	return turns.length >= 2 ? turns : [];
}

/**
 * Who a Title Case label names: a role whose bracket holds the name ("The Minister of Defence (Ana Ruiz)" -> Ana
 * Ruiz, Minister of Defence), else the label's own words after any title ("Dr Ana Ruiz (Kellside)" -> Ana Ruiz).
 */
export function titledLabelSpeaker(label: string, brackets: string[]): {name: string | null; role: string | null} {
	const words = label.replace(/^The\s+/, '').split(/\s+/);
	const roleOnly = /^The\s/.test(label) || words.every((word) => isTitle(word) || /^[\p{Ll}--[\u{10000}-\u{10FFFF}]]/v.test(word));
	if (roleOnly && brackets.length && BRACKETED_NAME.test(brackets[0])) return {name: brackets[0], role: words.filter((word) => !PREFIXES.has(word.toLowerCase().replace(/\.$/, ''))).join(' ') || null};
	if (/^The\s/.test(label)) return {name: null, role: words.join(' ')};
	let at = 0;
	while (at < words.length - 1 && isTitle(words[at])) at++;
	const role = words.slice(0, at).filter((word) => !PREFIXES.has(word.toLowerCase().replace(/\.$/, ''))).join(' ');
	return {name: words.slice(at).join(' ') || null, role: role || null};
}

/**
 * The turns of a transcript printed in Title Case (a parliament's report, an interview): none unless three or more
 * paragraphs are turns in sentences, by at least two voices, one of them speaking twice. A live blog's subheads
 * ("Ruiz: 'we will sign'") open on a quote or end on no stop, so they make no transcript.
 */
function titledTurns(article: ParsedArticle): Turn[] {
	const turns: Turn[] = [];
	article.paragraphs.forEach((paragraph, index) => {
		const colon = paragraph.text.indexOf(':');
		if (colon < 2 || colon > 160 || !/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(paragraph.text)) return;
		const match = TITLED_TURN.exec(paragraph.text);
		if (!match || !/[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*$/v.test(match[1]) || /\d/.test(match[1]) || PLACES.has(match[1].toUpperCase())) return;
		const text = match[3].trim();
		if (OPENS_QUOTE.test(text) || !SENTENCE_END.test(text) || text.split(/\s+/).length < 3) return;
		const label = match[1];
		if (NOT_SPEAKERS.has(label.toUpperCase())) return;
		const brackets = [...match[2].matchAll(/\(([^()]+)\)/g)].map((bracket) => bracket[1].trim());
		const speaker = titledLabelSpeaker(label, brackets);
		const named = speaker.name && speaker.name !== brackets[0];
		const affiliation = (named ? brackets : brackets.slice(1)).join(', ') || null;
		const offset = paragraph.start + paragraph.text.lastIndexOf(text, paragraph.text.length);
		// the chair keeps its label ("Mr Speaker"), which tells a chamber; a member's turns group by the name
		turns.push({label: isChair(label) ? label : speaker.name ?? label, affiliation, text, offset, paragraph: index, speaker});
	});
	const voices = new Map<string, number>();
	for (const turn of turns) voices.set(turn.label, (voices.get(turn.label) ?? 0) + 1);
	return turns.length >= 3 && voices.size >= 2 && [...voices.values()].some((count) => count >= 2) ? turns : [];
}

/** The title words and the name a label holds: "DEPUTY MINISTER EDDA KASTEL" -> role "Deputy Minister", name "Edda Kastel". */
export function labelledSpeaker(label: string): {name: string | null; role: string | null} {
	const words = label.split(/\s+/);
	let at = 0;
	while (at < words.length && isTitle(words[at])) at++;
	const role = titleCaseWords(words.slice(0, at).filter((word) => !PREFIXES.has(word.toLowerCase().replace(/\.$/, ''))).join(' '));
	const name = titleCaseWords(words.slice(at).join(' '));
	return {name: name || null, role: role || null};
}

/** Whether the body names someone in full with this surname: "Lina Moreau" for "MOREAU". */
function namedInFull(body: string, surname: string): boolean {
	// search, not test: the pattern is global (for matchAll below), and search leaves its lastIndex at 0
	return body.search(fullNameOf(surname)) >= 0;
}

// A capitalised word before a surname ("Lina Moreau"): made once per surname, as labels repeat turn after turn.
const fullNameOf = remembered((surname: string) => new RegExp(`([\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’.\\-]--[\\u{10000}-\\u{10FFFF}]]+)\\s+${escapeRegExp(surname)}(?![\\p{L}--[\\u{10000}-\\u{10FFFF}]])`, 'gv'), 500);

/**
 * Labels of the people who ask: an interviewer named in the label ("ILSE BRANDVIK: How far, and how quickly?") asks
 * in most of her turns and answers in none, so at least two turns and more than half of them hold a question.
 */
function interviewers(turns: Turn[]): Set<string> {
	const asked = new Map<string, {turns: number; questions: number}>();
	for (const turn of turns) {
		const count = asked.get(turn.label) ?? {turns: 0, questions: 0};
		count.turns++;
		if (/\?["”’]?\s*$|\?\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(turn.text)) count.questions++;
		asked.set(turn.label, count);
	}
	// With a single labelled voice there is nobody to ask: a speech with rhetorical questions is still the speaker's.
	if (asked.size < 2) return new Set();
	return new Set([...asked].filter(([, count]) => count.turns >= 2 && count.questions > count.turns / 2).map(([label]) => label));
}

/** Whether a label is the chair of a chamber ("Mr Speaker", "THE DEPUTY SPEAKER"), who runs the floor. */
const isChair = (label: string) => CHAIR_TURNS.has(label.toUpperCase().replace(/\s+/g, ' ').replace(/\./g, ''));

const CHAIR_PHRASE = new RegExp(`\\b(?:${CHAIR_PHRASES.map(escapeRegExp).join('|')})\\b`, 'i');

/**
 * Labels of a named chair ("LINA MOREAU: Good evening. The minister will make a short statement and then take
 * questions."): every turn short, each a courtesy or a word that runs the floor, and at least one of the latter.
 */
function chairs(turns: Turn[]): Set<string> {
	const byLabel = new Map<string, Turn[]>();
	for (const turn of turns) {
		const own = byLabel.get(turn.label);
		if (own) own.push(turn);
		else byLabel.set(turn.label, [turn]);
	}
	if (byLabel.size < 2) return new Set();
	const short = (turn: Turn) => turn.text.split(/\s+/).length <= 30;
	return new Set(
		[...byLabel]
			.filter(([, own]) => own.every((turn) => short(turn) && (onlyCourtesy(turn.text) || CHAIR_PHRASE.test(turn.text))) && own.some((turn) => CHAIR_PHRASE.test(turn.text)))
			.map(([label]) => label),
	);
}

const ANSWERS = new Set(ANSWER_LABELS);
const QUESTIONS = new Set(QUESTION_LABELS);
// a personal name of two to four capitalised words, a particle allowed between
const INTRO_NAME = String.raw`[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+(?:\s+(?:(?:de|van|von|al|el|bin|da|di|du|le|la)\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+){1,3}`;
/** "Ambassador Ruiz, thank you for joining us.": a question that opens by addressing someone, title optional. */
const ADDRESS = /^(?:([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.'’\-]--[\u{10000}-\u{10FFFF}]]*)\s+)?([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]+),\s/v;

/**
 * Who answers a "Q: … / A: …" interview: the person a question addresses by surname ("Q: Ambassador Ruiz, thank
 * you for joining us."), named in full elsewhere in the article ("the envoy Ana Ruiz joins me"). None when no
 * question names anyone: a guess would hand every answer to the wrong person.
 */
export function intervieweeOf(article: ParsedArticle, turns: Turn[]): string | null {
	if (!turns.some((turn) => ANSWERS.has(turn.label.toUpperCase()))) return null;
	for (const turn of turns) {
		if (!QUESTIONS.has(turn.label.toUpperCase())) continue;
		const address = ADDRESS.exec(turn.text);
		if (!address || isTitle(address[2]) || (address[1] && !isTitle(address[1]))) continue;
		for (const match of article.body.matchAll(fullNameOf(address[2]))) if (!isTitle(match[1])) return `${match[1]} ${address[2]}`;
	}
	return introducedInterviewee(article, turns);
}

// "The Tribune spoke to Ana Ruiz, the mediator, …", "In an interview with Ana Ruiz …", "Ana Ruiz told the Tribune in an
// interview …": the person the lines before the first question say is being interviewed
const INTERVIEW_CUE = new RegExp(String.raw`\b(?:spoke|speaks|talked|talks)\s+(?:to|with)\s+(${INTRO_NAME})|\b(?:interview(?:ed)?|sat\s+down)\s+with\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+){0,4}?(${INTRO_NAME})|\binterviewed\s+(?:[\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+){0,3}?(${INTRO_NAME})|(${INTRO_NAME}),?\s+(?:[^.,;]{0,60},\s+)?(?:told|tells|spoke\s+to)\s+[^.;]{0,40}\bin\s+an\s+interview`, 'gv');

/**
 * The interviewee the paragraphs before the first question introduce, named in full by an interview's cue ("spoke
 * to", "an interview with"): the answers are that person's. None when the cues name no one or two people.
 */
function introducedInterviewee(article: ParsedArticle, turns: Turn[]): string | null {
	const first = turns.find((turn) => QUESTIONS.has(turn.label.toUpperCase()));
	if (!first) return null;
	const intro = article.paragraphs.slice(0, first.paragraph).map((paragraph) => paragraph.text).join(' ');
	const found = new Set<string>();
	for (const match of intro.matchAll(INTERVIEW_CUE)) {
		const name = match.slice(1).find(Boolean);
		if (name && name.includes(' ')) found.add(name);
	}
	return found.size === 1 ? [...found][0] : null;
}

/**
 * The turns of named speakers as direct quotes. A label's surname finds a person the article already names
 * ("MINISTER RUIZ" -> Ana Ruiz); otherwise the label makes a new speaker, keyed `t1`, `t2`, ….
 */
export function extractTranscriptQuotes(article: ParsedArticle, known: LocalSpeaker[]): {speakers: LocalSpeaker[]; quotes: LocalQuote[]} {
	const speakers: LocalSpeaker[] = [];
	const quotes: LocalQuote[] = [];
	const turns = transcriptTurns(article);
	// (most articles are no transcript: the speakers the prose names are filed only when there are turns to match)
	if (!turns.length) return {speakers, quotes};
	const bySurname = new Map<string, LocalSpeaker>();
	for (const speaker of known) if (speaker.type === 'person' && !speaker.roleOnly) bySurname.set(surnameKey(speaker.name), speaker);
	// In a chamber with a chair ("Mr Speaker: Order."), the members who ask are speakers too, not interviewers.
	const chamber = turns.some((turn) => isChair(turn.label));
	const asking = new Set([...(chamber ? [] : interviewers(turns)), ...chairs(turns)]);
	const answerer = intervieweeOf(article, turns);
	// "ILSE BRANDVIK (presenter): …" once makes every later "ILSE BRANDVIK: …" the presenter's too
	const presenters = new Set(turns.filter((turn) => NOT_SPEAKERS.has(turn.affiliation?.toUpperCase() ?? '')).map((turn) => turn.label));
	for (const turn of turns) {
		const answer = answerer !== null && ANSWERS.has(turn.label.toUpperCase());
		const asks = NOT_SPEAKERS.has(turn.label.toUpperCase().replace(/\s+/g, ' ')) || presenters.has(turn.label);
		if ((asks && !answer) || isChair(turn.label) || asking.has(turn.label) || onlyCourtesy(turn.text)) continue;
		const {name, role} = answer ? {name: answerer, role: null} : (turn.speaker ?? labelledSpeaker(turn.label));
		if (!name) continue; // "THE MINISTER": a role with no name is left to the merge of reported speech, not guessed here
		const surname = surnameKey(name);
		let speaker = bySurname.get(surname);
		// A lone word ("WARNING: …", "SMITH: …") is a speaker only as the surname of someone named in full elsewhere, or
		// after a title or an honorific ("ALHAJI OKOMU: …").
		const titled = answer || turn.label.trim().split(/\s+/).length > name.split(' ').length;
		if (!speaker && !titled && !name.includes(' ') && !namedInFull(article.body, name)) continue;
		if (!speaker) {
			speaker = {key: `t${speakers.length + 1}`, name, aliases: [name], role, type: 'person'};
			speakers.push(speaker);
			bySurname.set(surname, speaker);
		} else if (!known.includes(speaker)) {
			// "Ruiz" of "MINISTER RUIZ": every surface form and the title, on speakers this module made only
			if (!speaker.aliases.includes(name)) speaker.aliases.push(name);
			speaker.role ??= role;
		}
		const paragraph = article.paragraphs[turn.paragraph];
		quotes.push({
			speakerKey: speaker.key,
			text: turn.text,
			kind: 'direct',
			evidence: {article: article.id, text: paragraph.text, offset: paragraph.start, rule: 'quote.transcript-turn'},
		});
	}
	return {speakers, quotes};
}
