/**
 * Follow-on terms: the sentences right after one that cites a deal ("According to the agreement, …", "The agreement
 * provides for …") often go on stating its terms with no citation of their own ("A joint centre is to be set up in X.
 * It will monitor the corridor. There can be no escort of A's ships by B's."). Read within a short window after such a
 * sentence, a sentence that binds someone (future, modal, ban, commitment) is a term; a quote, a reaction, a forecast or
 * a casualty count ends the window.
 */
import {
	FOLLOW_ON_DEAL_VERBS,
	FOLLOW_ON_LEAD_NOUNS,
	FOLLOW_ON_OBLIGATIONS,
	FOLLOW_ON_PROCESS_VERBS,
	FOLLOW_ON_SAY_VERBS,
	FOLLOW_ON_STATES,
	FOLLOW_ON_STOPS,
	FOLLOW_ON_VERDICT_VERBS,
	FOLLOW_ON_VIEW_PARTICIPLES,
} from '../lexicon/follow-ons.js';
import type {ParsedArticle, Sentence} from '../model.js';
import {alternation} from '../text-scan.js';
import type {LocalProvision} from './provisions.js';

/** What the provisions extractor lends this rule: how it reads a text as terms, and how it spots a named deal. */
export interface FollowOnReader {
	/** The terms of a text read as the deal's own words (cleaned, split and filtered as every other term). */
	termsOf(text: string, mode: 'clause' | 'whole', sentence: Sentence): LocalProvision[];
	/** Whether a text names a proposal ("the agreement", "the 12-point plan"). */
	namesProposal(text: string): boolean;
}

const MODAL = new Set(['will', 'shall', 'must', 'should', 'can', 'cannot', "can't", 'is to', 'are to', 'is said to', 'are said to']);
const OBLIGATION = new RegExp(
	`\\b(${alternation([...FOLLOW_ON_OBLIGATIONS, 'is said to', 'are said to'])})(?:\\s+not)?\\s+(?:(?:also|then|first|only|jointly|immediately|gradually|initially|each|both|all)\\s+|[a-z]+ly\\s+)*([a-z][a-z\\-']*)(?:\\s+([a-z][a-z\\-']*))?`,
	'i',
);
const VERDICT = new Set<string>(FOLLOW_ON_VERDICT_VERBS);
const VIEW = new Set<string>(FOLLOW_ON_VIEW_PARTICIPLES);
const PROCESS = new Set<string>(FOLLOW_ON_PROCESS_VERBS);
// "This is to ensure …", "That means …": the writer's gloss on the term before
const GLOSS_START = /^(?:This|That|These|Those)\s+(?:is|are|was|were|means|meant|would|will|should|could)\b/;
const STATE = new RegExp(`^(?:(?:initially|only|also|still|fully|jointly|directly)\\s+)?(?:${alternation(FOLLOW_ON_STATES)})\\b`, 'i');
// "will be established", "will be sent", "will be held"; not "will be difficult", "will be important"
const PARTICIPLE = /^(?:[a-z]{2,}(?:ed|en|wn|pt)|sent|spent|lent|built|dealt|held|kept|set|met|let|paid|laid|made|run|begun|done|shut|cut|put|bound|found|sold|told|left|brought|bought|sought|fought|hung)$/;
const STOP = new RegExp(`\\b(?:${alternation(FOLLOW_ON_STOPS)})\\b`, 'i');
const SAY = new RegExp(`\\b(?:${alternation(FOLLOW_ON_SAY_VERBS)})\\b|\\baccording\\s+to\\b`, 'i');
const SAID_TO = /\b(?:is|are)\s+said\s+to\b/gi;
const FIRST_PERSON = /\b(?:I|we|our|us|my|me)\b/;
// "Its chair will rotate …" tells more of the term before: the extractor joins it to that term or leaves it, on purpose.
const OTHER_VOICE_START = /^(?:He|She|I|We|You|If|Unless|When|Whether|Although|Though|While|But|Yet|Or|Its|Their)\b/;
const DEAL_IT = new RegExp(`^(?:It|This)\\s+(?:also\\s+)?(?:${alternation(FOLLOW_ON_DEAL_VERBS)})\\s+(.+?)[.!]?$`, 'i');
const LEAD_IN = new RegExp(`\\b(?:${alternation(FOLLOW_ON_LEAD_NOUNS)})\\b[^:]*:\\s*$`, 'i');
const LONG_QUOTE = /["“][^"”]*(?:\s+[^\s"”]+){4,}[^"”]*["”]/u;
const CONDITIONAL = /\b(?:if|unless|otherwise|whether)\b/i;
// "Part of the savings will finance …": a share of what the term before set out, a detail of it
const SHARE_SUBJECT = /^(?:Part|Some|Much|Half|Most)\s+of\s+(?:the|this|that|these|those|its|their)\b/;
// "is also planned", "also commit to": an adverb between the parts of an obligation
const ADVERB_INSIDE = /\b(is|are)\s+(?:also|further|now|still|then|[a-z]{3,}ly)\s+|\b(?:also|further|each|both|jointly)\s+(?=(?:undertakes?|promises?|commits?)\s+to\b)/gi;
/** Rules by which a sentence reports the deal itself or what its parties agreed: its terms may run on after it. */
const CITING_RULE = /^provision\.(?:agreed-|according-to|under-which|proposal-|done-under)/;
/** A speaker's quote: the sentence opens on a quote mark, or quotes words next to a verb of saying. */
const speechQuote = (text: string) => /^["“‘]/u.test(text) || (LONG_QUOTE.test(text) && SAY.test(text)) || closesOpenQuote(text);
/** "… and the council will stand beside them.”": the last sentence of a quote opened sentences before. */
function closesOpenQuote(text: string): boolean {
	const curly = (text.match(/”/g) ?? []).length > (text.match(/“/g) ?? []).length;
	const straight = (text.match(/"/g) ?? []).length % 2 === 1 && /"\s*$/.test(text);
	return curly || straight;
}

/** Whether a sentence turns the paragraph away from the deal's text: someone's quote, a reaction, a forecast, a toll. */
function endsWindow(text: string): boolean {
	if (speechQuote(text)) return true;
	if (STOP.test(text)) return true;
	// A writer or speaker in the first person ("We will hold them to it") is no longer the deal.
	return FIRST_PERSON.test(text.replace(/["“][^"”]*["”]/gu, ''));
}

/** Whether a modal's verb binds someone ("will be established", "can come", "is said to be valid") rather than judges. */
function bindingVerb(modal: string, verb: string, next: string | undefined, rest: string): boolean {
	const word = verb.toLowerCase();
	if (!MODAL.has(modal.toLowerCase())) return true;
	if (word === 'be') {
		const after = (next ?? '').toLowerCase();
		// "is to be signed on Friday": news of the deal's own passage
		if (VIEW.has(after) || PROCESS.has(after)) return false;
		return PARTICIPLE.test(after) || STATE.test(rest);
	}
	// "should" binds only in a passive ("ships should not be attacked"); "the money should allow …" expects.
	if (/^should$/i.test(modal)) return false;
	// "is said to" hedges only a state the deal is in ("is said to be valid for four months"), or a verb after it.
	return !VERDICT.has(word) && !PROCESS.has(word) && /^[a-z]{2,}$/.test(word);
}

/** The terms a sentence in a follow-on window states, if it binds someone in its main clause with no speaker of its own. */
function candidateTerms(sentence: Sentence, reader: FollowOnReader): LocalProvision[] {
	const text = sentence.text.trim();
	if (!/^[A-Z]/.test(text) || /\?\s*["”’']?\s*$/u.test(text) || OTHER_VOICE_START.test(text) || GLOSS_START.test(text) || SHARE_SUBJECT.test(text)) return [];
	// "…, officials said": someone's account of the deal, not its text; "is said to" only hedges.
	if (SAY.test(text.replace(SAID_TO, ''))) return [];
	const dealIt = DEAL_IT.exec(text);
	if (dealIt) return reader.termsOf(dealIt[1], 'clause', sentence);
	const plain = text.replace(ADVERB_INSIDE, (_whole, be?: string) => (be ? `${be} ` : ''));
	const found = OBLIGATION.exec(plain);
	if (!found || CONDITIONAL.test(text)) return [];
	// The obligation belongs to the main clause: its subject comes first, in a dozen words or so.
	const before = plain.slice(0, found.index).replace(/^(?:[^,]{1,40}),\s+(?=[A-Z])/, '');
	// "The launchers that can reach the city are legal": a modal in a relative clause binds no one.
	if (before.split(/\s+/).filter(Boolean).length > 12 || /\b(?:that|which|who|whom|whose)\s*$/i.test(before)) return [];
	const rest = plain.slice(found.index + found[1].length).replace(/^\s+(?:not\s+)?(?:be\s+)?/, '');
	if (!bindingVerb(found[1], found[2], found[3], rest)) return [];
	// One sentence, one term: split into clauses, its pieces restate parts of terms other outlets state whole
	// (measured: splitting cost precision on two train stories and fixed none).
	return reader.termsOf(text, 'whole', sentence);
}

/**
 * Terms stated in the sentences after a deal citation. `provisions` are the article's terms found so far: a sentence that
 * gave one and names the deal opens a window over its own paragraph and the next; each follow-on term found extends it.
 */
export function followOnTerms(article: ParsedArticle, provisions: readonly LocalProvision[], reader: FollowOnReader): LocalProvision[] {
	const own = provisions.filter((provision) => provision.evidence.article === article.id);
	const offsets = own.map((provision) => provision.evidence.offset ?? -1);
	// A list item's offset may fall inside its sentence rather than at its start ("2. The parties will …").
	const yieldedIn = (sentence: Sentence) => offsets.some((offset) => offset >= sentence.start && offset < sentence.end);
	const paragraphAt = (offset: number) => article.sentences.find((sentence) => sentence.start <= offset && offset < sentence.end)?.paragraph;
	const listed = new Set(own.filter((provision) => provision.evidence.rule?.startsWith('provision.list-')).map((provision) => paragraphAt(provision.evidence.offset ?? -1)));
	const citing = own.filter((provision) => CITING_RULE.test(provision.evidence.rule ?? '')).map((provision) => provision.evidence.offset ?? -1);
	const found: LocalProvision[] = [];
	// The last paragraph the window reaches; -1 when closed.
	let reach = -1;
	for (const sentence of article.sentences) {
		const paragraph = sentence.paragraph;
		if (article.paragraphs[paragraph].heading) {
			// A section heading inside a list of terms ("Inspections in port") does not use up the window: it reaches the section under it.
			if (reach >= paragraph) reach = paragraph + 2;
			continue;
		}
		if (yieldedIn(sentence) || listed.has(paragraph)) {
			if (reach >= paragraph || citing.some((offset) => offset >= sentence.start && offset < sentence.end) || reader.namesProposal(sentence.text)) reach = paragraph + 1;
			continue;
		}
		// "Some of the measures negotiated:": a lead-in to terms set out in the paragraphs below it.
		if (LEAD_IN.test(sentence.text) || (/:\s*$/.test(sentence.text) && reader.namesProposal(sentence.text))) {
			reach = paragraph + 1;
			continue;
		}
		if (paragraph > reach) continue;
		if (endsWindow(sentence.text)) {
			reach = -1;
			continue;
		}
		const terms = candidateTerms(sentence, reader);
		if (!terms.length) continue;
		found.push(...terms);
		reach = paragraph + 1;
	}
	return found;
}
