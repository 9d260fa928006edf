/**
 * Speaker mentions in a sentence: noun-phrase chunks read as people (names with their titles), organisations,
 * documents, anonymous sources, role-only descriptions and pronouns; and the per-article registry that resolves
 * pronouns and descriptions ("the office", "the diplomat", "the Ukrainian leader") to the entity they refer to.
 */
import {ABBREVIATIONS} from '../lexicon/abbreviations.js';
import {BLOCS, CAPITALS, COUNTRIES} from '../lexicon/geography.js';
import {DOCUMENT_HEADS, ORGANISATION_HEADS, SEATS_OF_POWER} from '../lexicon/organisations.js';
import {ANONYMOUS_MARKERS, LEADER_HEADS, NAME_PREFIXES, TITLE_HEADS, TITLE_WORDS} from '../lexicon/titles.js';
import type {SpeakerType} from '../model.js';

/** A word of a sentence with its offset in the body. */
export interface Token {
	text: string;
	/** Lower-cased, possessive and trailing full stop removed. */
	word: string;
	start: number;
	end: number;
	capital: boolean;
	possessive: boolean;
}

export type MentionKind = 'name' | 'organisation' | 'document' | 'anonymous' | 'description' | 'pronoun' | 'country';

/** A noun phrase that may speak. */
export interface Mention {
	kind: MentionKind;
	/** The words as written, without a leading article. */
	surface: string;
	/** Personal name, organisation or document name; the role phrase for descriptions and anonymous sources. */
	name: string;
	role: string | null;
	side: string | null;
	/** The title head ("minister", "office") a description is resolved by. */
	head: string | null;
	start: number;
	end: number;
	pronoun?: string;
}

const ABBREVIATION = new Set(ABBREVIATIONS);
const TITLE = new Set(TITLE_WORDS);
const TITLE_HEAD = new Set(TITLE_HEADS);
const ORG_HEAD = new Set(ORGANISATION_HEADS);
const DOC_HEAD = new Set(DOCUMENT_HEADS);
const PREFIX = new Set(NAME_PREFIXES);
const ANONYMOUS = new Set(ANONYMOUS_MARKERS);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'several', 'some', 'another', 'many']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'dos', 'das', 'del', 'della', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'zu']);
// Capitalised words that start a sentence or clause but never a speaker's name.
const FUNCTION_WORDS = new Set([
	'but', 'and', 'or', 'so', 'yet', 'also', 'in', 'on', 'at', 'as', 'after', 'before', 'while', 'when', 'during', 'since',
	'meanwhile', 'however', 'still', 'earlier', 'later', 'then', 'if', 'though', 'although', 'because', 'by', 'for',
	'from', 'with', 'without', 'this', 'that', 'these', 'those', 'there', 'here', 'we', 'i', 'you', 'our', 'his', 'her',
	'their', 'its', 'my', 'your', 'what', 'which', 'who', 'whose', 'according', 'despite', 'amid', 'under', 'over',
	'to', 'of', 'into', 'about', 'last', 'next', 'now', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
	'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
	'october', 'november', 'december', 'nevertheless', 'instead', 'indeed', 'separately', 'previously', 'speaking',
	'asked', 'not', 'no', 'both', 'neither', 'either', 'each', 'all', 'any', 'such', 'like', 'unlike', 'once', 'only',
	'even', 'just', 'why', 'how', 'where', 'said', 'says', 'yes', 'accordingly', 'additionally', 'finally', 'similarly',
	'notably', 'ultimately', 'currently', 'recently', 'importantly', 'initially', 'eventually', 'consequently',
	'subsequently', 'specifically', 'overall', 'again', 'further', 'furthermore', 'moreover', 'regardless', 'standing',
	'following', 'citing', 'asked', 'reporting', 'writing', 'additional', 'related', 'read', 'watch', 'see', 'also',
]);
// Organisation heads that speak even in lower case ("the ministry said", "the government said").
const SPEAKING_BODIES = new Set([
	'office', 'ministry', 'government', 'administration', 'military', 'army', 'navy', 'delegation', 'department', 'agency',
	'council', 'commission', 'committee', 'cabinet', 'parliament', 'embassy', 'presidency', 'police', 'authorities',
	'company', 'court', 'campaign', 'coalition', 'alliance', 'secretariat', 'command', 'authority',
]);

interface Place {
	name: string;
	kind: 'country' | 'bloc';
}
const PLACE_WORDS = new Map<string, Place>();
for (const country of COUNTRIES) {
	for (const form of [country.name, ...country.aliases, ...country.adjectives]) PLACE_WORDS.set(form.toLowerCase(), {name: country.name, kind: 'country'});
}
for (const [capital, country] of Object.entries(CAPITALS)) PLACE_WORDS.set(capital.toLowerCase(), {name: country, kind: 'country'});
for (const bloc of BLOCS) for (const form of [bloc.name, ...bloc.aliases, ...bloc.adjectives]) PLACE_WORDS.set(form.toLowerCase(), {name: bloc.name, kind: 'bloc'});
const PLACE_PARTS = new Set([...PLACE_WORDS.keys()].flatMap((form) => form.split(' ')));

const TOKEN = /\p{L}[\p{L}\p{M}\p{N}'’\-]*(?:\.\p{L}[\p{L}\p{M}]?)*\.?(?:-\p{L}+)?|\p{N}[\p{N}.,]*|\S/gu;

/** Words of `text` (a sentence at `base` in the body) with offsets and normalised forms. */
export function tokenize(text: string, base = 0): Token[] {
	const tokens: Token[] = [];
	TOKEN.lastIndex = 0;
	for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
		let raw = match[0];
		// A full stop closing a sentence is not part of the word; one closing an acronym or an abbreviation is.
		if (raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw) && !ABBREVIATION.has(raw.slice(0, -1).toLowerCase())) raw = raw.slice(0, -1);
		const possessive = /['’]s$/i.test(raw) && raw.length > 2;
		let word = raw.toLowerCase().replace(/['’]s$/, '').replace(/['’]$/, '');
		if (!/^(?:\p{L}\.)+\p{L}?\.?$/u.test(word)) word = word.replace(/\.$/, '');
		tokens.push({text: raw, word, start: base + match.index, end: base + match.index + raw.length, capital: /^\p{Lu}/u.test(raw), possessive});
	}
	return tokens;
}

const isLetterWord = (token: Token) => /^\p{L}/u.test(token.text);
const placeOf = (word: string): Place | undefined => PLACE_WORDS.get(word) ?? PLACE_WORDS.get(word.replace(/\./g, ''));

/** Whether a word can sit inside a speaker's noun phrase. */
function fitsPhrase(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
	if (!isLetterWord(token)) return false;
	const word = token.word;
	if (word === 'of' || word === 'the') {
		// "Secretary of State", "Office of the President": only between title or capitalised words.
		const joins = (other: Token | undefined) => Boolean(other && isLetterWord(other) && (other.capital || TITLE.has(other.word) || ORG_HEAD.has(other.word)));
		return word === 'of' ? joins(previous) && joins(next) && !previous!.possessive : previous?.word === 'of' && joins(next);
	}
	if (word === 'and') return false;
	// "Ursula von der Leyen", "Mohammed bin Salman": particles inside a name, before a capitalised word.
	if (NAME_PARTICLES.has(word) && !token.capital) return Boolean(next && (next.capital || NAME_PARTICLES.has(next.word)) && isLetterWord(next));
	if (token.capital) return !FUNCTION_WORDS.has(word);
	return TITLE.has(word) || ORG_HEAD.has(word) || DOC_HEAD.has(word) || /^[\p{Ll}]+-[\p{Ll}]+$/u.test(word) || word === 'joint';
}

/** A chunk of consecutive phrase words: determiner, modifiers, titles, name. */
export interface Chunk {
	tokens: Token[];
	determiner: string | null;
	start: number;
	end: number;
}

/** Noun-phrase chunks of a sentence's tokens; pronouns are chunks of their own. */
export function chunkTokens(tokens: Token[]): Chunk[] {
	const chunks: Chunk[] = [];
	let current: Token[] = [];
	let determiner: string | null = null;
	const flush = () => {
		while (current.length && (current.at(-1)!.word === 'of' || current.at(-1)!.word === 'the')) current.pop();
		if (current.length) chunks.push({tokens: current, determiner, start: current[0].start, end: current.at(-1)!.end});
		current = [];
		determiner = null;
	};
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		const next = tokens[index + 1];
		if (PRONOUNS.has(token.word) && !(token.capital && next?.capital && isLetterWord(next) && !TITLE.has(next.word) && !FUNCTION_WORDS.has(next.word) && token.word === 'he')) {
			flush();
			chunks.push({tokens: [token], determiner: null, start: token.start, end: token.end});
			continue;
		}
		if (DETERMINERS.has(token.word) && !(token.word === 'the' && current.at(-1)?.word === 'of')) {
			flush();
			if (next && fitsPhrase(next, undefined, tokens[index + 2])) determiner = token.word;
			continue;
		}
		if (fitsPhrase(token, current.at(-1), next)) current.push(token);
		else flush();
		if (token.possessive && next && !fitsPhrase(next, token, tokens[index + 2])) flush();
	}
	flush();
	return chunks;
}

const surfaceOf = (tokens: Token[], body: string) => (tokens.length ? body.slice(tokens[0].start, tokens.at(-1)!.end) : '');

/** The side a phrase speaks for: the first country, nationality or seat of power in it. */
export function sideOf(tokens: Token[], text: string): string | null {
	const lower = text.toLowerCase();
	for (const [seat, country] of Object.entries(SEATS_OF_POWER)) if (new RegExp(`\\b${seat}\\b`).test(lower)) return country;
	for (let index = 0; index < tokens.length; index++) {
		const two = index + 1 < tokens.length ? `${tokens[index].word} ${tokens[index + 1].word}` : '';
		const place = (two && placeOf(two)) || placeOf(tokens[index].word);
		if (place) return place.name;
	}
	return null;
}

const isNameWord = (token: Token) =>
	(!token.capital && NAME_PARTICLES.has(token.word)) ||
	token.capital && !token.possessive && isLetterWord(token) && !TITLE.has(token.word) && !ORG_HEAD.has(token.word) && !DOC_HEAD.has(token.word) && !PLACE_PARTS.has(token.word.replace(/\./g, '')) && !FUNCTION_WORDS.has(token.word) && !/-\p{Ll}+$/u.test(token.text) && !/^(?:\p{Lu}\.?){2,}$/u.test(token.text.replace(/['’]s$/, ''));

/** The title head of a role phrase ("French Foreign Minister" -> "minister"). */
export function headOf(words: string[]): string | null {
	for (let index = words.length - 1; index >= 0; index--) {
		const word = words[index].replace(/s$/, '');
		if (TITLE_HEAD.has(words[index])) return words[index];
		if (TITLE_HEAD.has(word)) return word;
	}
	return null;
}

/** Reads one chunk as a mention, or null when it cannot speak. `body` is the article body the offsets point into. */
export function mentionOf(chunk: Chunk, body: string): Mention | null {
	const tokens = chunk.tokens;
	const surface = surfaceOf(tokens, body);
	const base = {surface, start: chunk.start, end: chunk.end};
	if (tokens.length === 1 && PRONOUNS.has(tokens[0].word)) {
		return {...base, kind: 'pronoun', name: tokens[0].word, role: null, side: null, head: null, pronoun: tokens[0].word};
	}
	// The personal name: the run of name words at the end of the chunk ("White House Press Secretary [Jane Roe]").
	let nameFrom = tokens.length;
	while (nameFrom > 0 && (isNameWord(tokens[nameFrom - 1]) || (tokens[nameFrom - 1].word === 'he' && nameFrom < tokens.length))) nameFrom--;
	let nameTokens = tokens.slice(nameFrom);
	while (nameTokens.length > 1 && PREFIX.has(nameTokens[0].word)) nameTokens = nameTokens.slice(1);
	if (nameTokens.every((token) => !token.capital)) nameTokens = [];
	const roleTokens = tokens.slice(0, nameFrom);
	const words = tokens.map((token) => token.word);
	const side = sideOf(tokens, surface);
	const role = roleTokens.length ? surfaceOf(roleTokens, body) : null;
	if (nameTokens.length) {
		return {...base, kind: 'name', name: surfaceOf(nameTokens, body), role: role && /\p{L}/u.test(role) ? role : null, side, head: headOf(roleTokens.map((t) => t.word))};
	}
	const last = words.at(-1)!;
	const lastPlain = last.replace(/s$/, '');
	const seat = Object.keys(SEATS_OF_POWER).find((name) => surface.toLowerCase().includes(name));
	if (seat || words.some((word) => ORG_HEAD.has(word)) && !TITLE_HEAD.has(last) && !TITLE_HEAD.has(lastPlain)) {
		if (!seat && !tokens.some((token) => token.capital || token.possessive) && (chunk.determiner !== 'the' || !words.some((word) => SPEAKING_BODIES.has(word)))) return null;
		const head = [...words].reverse().find((word) => ORG_HEAD.has(word)) ?? seat ?? null;
		return {...base, kind: 'organisation', name: surface.replace(/^the\s+/i, ''), role: null, side, head};
	}
	if (DOC_HEAD.has(last) || DOC_HEAD.has(lastPlain)) {
		return {...base, kind: 'document', name: surface, role: null, side, head: lastPlain};
	}
	const head = headOf(words);
	if (head) {
		const anonymous = (chunk.determiner !== null && ANONYMOUS.has(chunk.determiner)) || words.some((word) => word === 'unnamed' || word === 'anonymous');
		return {...base, kind: anonymous ? 'anonymous' : 'description', name: surface, role: surface, side, head};
	}
	if (tokens.length <= 3 && side && tokens.every((token) => placeOf(token.word) || PLACE_PARTS.has(token.word))) {
		return {...base, kind: 'country', name: side, role: null, side, head: null};
	}
	return null;
}

/** Whether a mention of `head` ("leader") fits a role ("Ukrainian President"). */
export function roleHasHead(role: string, head: string): boolean {
	const lower = role.toLowerCase();
	const heads = LEADER_HEADS.includes(head) ? LEADER_HEADS : [head];
	return heads.some((one) => new RegExp(`\\b${one}s?\\b`).test(lower));
}

/** What a local speaker is, from the kind of mention that introduced it. */
export function speakerTypeOf(kind: MentionKind): SpeakerType {
	if (kind === 'organisation' || kind === 'country') return 'organisation';
	if (kind === 'document') return 'document';
	if (kind === 'anonymous') return 'anonymous';
	return 'person';
}

/** Something an article names that may speak: a person, an organisation, a document, a source. */
export interface Entity {
	id: number;
	kind: MentionKind;
	name: string;
	aliases: string[];
	role: string | null;
	side: string | null;
	head: string | null;
	/** Offset of the latest mention. */
	lastAt: number;
	/** Offset of the latest time it spoke, or -1. */
	spokeAt: number;
}

/** The given name of a personal name ("Ursula" of "Ursula von der Leyen"), or null for a surname alone. */
export function givenName(name: string): string | null {
	const parts = name.split(/\s+/);
	return parts.length > 1 && /^\p{Lu}/u.test(parts[0]) ? parts[0] : null;
}

/** A surname's spelling skeleton: accents, vowels and doubled letters dropped (Zelenskyy ~ Zelenskiy ~ Zelensky). */
export function nameSkeleton(name: string): string {
	const plain = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
	const skeleton = plain[0] + plain.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
	return plain.length ? skeleton : '';
}

const normalKey = (text: string) =>
	text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s\b/g, '').replace(/^(?:the|a|an)\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** The speakers of one article so far, in the order they were mentioned, with coreference over them. */
export class EntityBook {
	readonly entities: Entity[] = [];
	/** Every resolved mention in reading order: where it stood, the sentence it stood in, what it named. */
	private readonly log: Array<{at: number; sentence: number; entity: Entity; spoke: boolean}> = [];

	/** The entity a mention refers to, creating one when it is new; null for a pronoun with no antecedent. */
	resolve(mention: Mention, sentenceStart: number, spoke = false): Entity | null {
		const found = this.find(mention, sentenceStart);
		if (found) {
			this.touch(found, mention);
			this.log.push({at: mention.start, sentence: sentenceStart, entity: found, spoke});
			return found;
		}
		if (mention.kind === 'pronoun') return null;
		if (mention.kind === 'description' && (mention.head === 'official' || mention.head === 'source') && !mention.side) return null;
		const entity: Entity = {
			id: this.entities.length,
			kind: mention.kind,
			name: mention.name,
			aliases: [mention.surface],
			role: mention.role,
			side: mention.side,
			head: mention.head,
			lastAt: mention.start,
			spokeAt: -1,
		};
		this.entities.push(entity);
		this.log.push({at: mention.start, sentence: sentenceStart, entity, spoke});
		return entity;
	}

	/** Notes a mention in running text so later pronouns and short names can find it; speakers are not created. */
	observe(mention: Mention, sentenceStart: number): void {
		if (mention.kind !== 'name' && mention.kind !== 'organisation' && mention.kind !== 'country' && mention.kind !== 'anonymous') return;
		if (mention.kind === 'name' && !mention.name.includes(' ') && !this.byName(mention)) return;
		this.resolve(mention, sentenceStart);
	}

	private touch(entity: Entity, mention: Mention): void {
		entity.lastAt = Math.max(entity.lastAt, mention.start);
		if (mention.kind === 'pronoun') return;
		if (!entity.aliases.includes(mention.surface)) entity.aliases.push(mention.surface);
		if (mention.kind === 'name' && mention.name.length > entity.name.length && entity.kind === 'name') entity.name = mention.name;
		if (mention.kind === 'name' && entity.kind !== 'name') {
			entity.kind = 'name';
			entity.name = mention.name;
		}
		if (!entity.role && mention.role) entity.role = mention.role;
		if (!entity.side && mention.side) entity.side = mention.side;
		if (!entity.head && mention.head) entity.head = mention.head;
	}

	private latest(test: (entity: Entity) => boolean, before: number): Entity | null {
		let best: Entity | null = null;
		for (const entity of this.entities) if (entity.lastAt <= before && test(entity) && (!best || entity.lastAt > best.lastAt)) best = entity;
		return best;
	}

	private byName(mention: Mention): Entity | null {
		const last = mention.name.split(/\s+/).at(-1)!;
		const skeleton = nameSkeleton(last);
		const given = givenName(mention.name);
		const first = given ? nameSkeleton(given) : null;
		return this.latest((entity) => {
			if (entity.kind !== 'name') return false;
			if (nameSkeleton(entity.name.split(/\s+/).at(-1)!) !== skeleton) return false;
			const other = givenName(entity.name);
			if (!first || !other) return true;
			const theirs = nameSkeleton(other);
			return theirs === first || theirs.startsWith(first.slice(0, 3)) || first.startsWith(theirs.slice(0, 3));
		}, Number.POSITIVE_INFINITY);
	}

	private find(mention: Mention, sentenceStart: number): Entity | null {
		const before = mention.start;
		switch (mention.kind) {
			case 'name':
				return this.byName(mention);
			case 'pronoun':
				return this.antecedent(mention.pronoun!, before, sentenceStart);
			case 'organisation':
			case 'document':
			case 'country': {
				const key = normalKey(mention.name);
				const same = this.latest((entity) => entity.kind === mention.kind && normalKey(entity.name) === key, before);
				if (same || mention.kind !== 'organisation' || /\p{Lu}/u.test(mention.surface.replace(/^the\s+/i, '')[0] ?? '') && mention.surface.split(/\s+/).length > 2) return same;
				// "the office", "the ministry": the latest organisation with that head.
				const bare = mention.surface.toLowerCase().split(/\s+/).filter((word) => word !== 'the' && !placeOf(word));
				return bare.length === 1 && bare[0] === mention.head ? this.latest((entity) => entity.kind === 'organisation' && entity.head === mention.head && (!mention.side || entity.side === mention.side), before) : null;
			}
			case 'anonymous': {
				const key = normalKey(mention.name);
				return this.latest((entity) => entity.kind === 'anonymous' && normalKey(entity.name) === key, before);
			}
			case 'description':
				return this.described(mention, before);
		}
	}

	/** "the diplomat", "the Ukrainian leader", "France's foreign minister": the latest entity holding that role. */
	private described(mention: Mention, before: number): Entity | null {
		const head = mention.head;
		if (!head) return null;
		return this.latest((entity) => {
			if (entity.kind === 'organisation' || entity.kind === 'document' || entity.kind === 'country') return false;
			if (mention.side && entity.side && mention.side !== entity.side) return false;
			if (mention.side && !entity.side) return false;
			return Boolean(entity.role && roleHasHead(entity.role, head));
		}, before);
	}

	/** He/she: a person earlier in the sentence, else the first person named in the latest sentence that names one. */
	private antecedent(pronoun: string, before: number, sentenceStart: number): Entity | null {
		const person = (entity: Entity) => entity.kind === 'name' || entity.kind === 'description' || entity.kind === 'anonymous';
		if (pronoun === 'he' || pronoun === 'she') {
			let sentence = -1;
			const candidates: Array<{entity: Entity; spoke: boolean}> = [];
			for (let index = this.log.length - 1; index >= 0; index--) {
				const entry = this.log[index];
				if (entry.at >= before || !person(entry.entity)) continue;
				if (sentence >= 0 && entry.sentence !== sentence) break;
				sentence = entry.sentence;
				candidates.unshift(entry);
			}
			// Earlier in the pronoun's own sentence: its first person, most often the subject.
			if (sentence === sentenceStart) return candidates[0]?.entity ?? null;
			// In that sentence, the one who spoke; else the first named, most often its subject.
			return (candidates.find((entry) => entry.spoke) ?? candidates[0])?.entity ?? null;
		}
		const thing = (entity: Entity) => entity.kind === 'organisation' || entity.kind === 'document' || entity.kind === 'country';
		const group = (entity: Entity) => thing(entity) || (pronoun === 'they' && entity.kind === 'anonymous');
		// A thing named earlier in the same sentence ("India's strike, which it called…"): the first one.
		let inSentence: Entity | null = null;
		for (let index = this.log.length - 1; index >= 0 && this.log[index].sentence >= sentenceStart; index--) {
			const entry = this.log[index];
			if (entry.sentence === sentenceStart && entry.at < before && group(entry.entity)) inSentence = entry.entity;
		}
		if (inSentence) return inSentence;
		let spoke: Entity | null = null;
		for (const entity of this.entities) if (group(entity) && entity.spokeAt >= 0 && entity.spokeAt < before && (!spoke || entity.spokeAt > spoke.spokeAt)) spoke = entity;
		return spoke ?? this.latest(group, before);
	}
}
