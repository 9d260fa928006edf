/** The reduce stage for speech: one speaker per real person, one quote per words carried by several outlets. */
import {givenName, initialsOf, isBareAcronym, nameSkeleton, surnameKey, surnameOf} from '../extract/speakers.js';
import {editDistance, spellingKey} from '../spelling.js';
import {wordsAtMost} from '../text-scan.js';
import type {LocalQuote, LocalSpeaker} from '../extract/quotes.js';
import {sideOfWord} from '../extract/places.js';
import {BLOCS, COUNTRIES} from '../lexicon/geography.js';
import {ORGANISATION_HEADS, SPLIT_COMPOUNDS} from '../lexicon/organisations.js';
import {LEADER_HEADS, NAME_SHORT_FORMS, PLURAL_HEADS, SOURCE_RANKS, TITLE_HEADS, TITLE_WORDS} from '../lexicon/titles.js';
import {remembered, sortedOverlap} from '../memo.js';
import type {Quote, Speaker} from '../model.js';
import type {ArticleRecord} from '../record.js';

interface Local {
	speaker: LocalSpeaker;
	article: string;
}

/** Union-find over indexes: the groups that end up as one speaker or one quote. */
class Groups {
	private readonly parent: number[];
	constructor(size: number) {
		this.parent = Array.from({length: size}, (_, index) => index);
	}

	root(index: number): number {
		while (this.parent[index] !== index) {
			this.parent[index] = this.parent[this.parent[index]];
			index = this.parent[index];
		}
		return index;
	}

	join(a: number, b: number): void {
		const ra = this.root(a);
		const rb = this.root(b);
		if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
	}
}

const plain = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

// Nationality adjectives and country forms, read as the country: "Pakistani foreign ministry" ~ "Pakistan's foreign ministry".
const COUNTRY_FORM = new Map<string, string>();
for (const place of [...COUNTRIES, ...BLOCS]) {
	for (const form of [place.name, ...place.aliases, ...place.adjectives]) COUNTRY_FORM.set(plain(form).replace(/\./g, ''), plain(place.name));
}

// ("Coast Guard" ~ "coastguard": a body written as two words is keyed as one)
const SPLIT_COMPOUND = new RegExp(`\\b(?:${SPLIT_COMPOUNDS.map((pair) => pair.replace(' ', '\\s+')).join('|')})\\b`, 'g');

/** A key for an organisation, document or source name: articles, possessives and nationality forms evened out. */
function organisationKey(name: string): string {
	const words = plain(name)
		.replace(SPLIT_COMPOUND, (pair) => pair.replace(/\s+/, ''))
		.replace(/['’]s\b/g, '')
		.replace(/\./g, '')
		.replace(/[^a-z0-9 -]+/g, ' ')
		.split(/\s+/)
		.filter((word) => word && !/^(?:the|a|an|of)$/.test(word));
	return words.map((word, index) => COUNTRY_FORM.get(word) ?? placeWordKey(nameSkeleton(spellingOf(word)), index < words.length - 1)).join(' ');
}

// "Ministry of Health" ~ "health ministry": one body, its portfolio said after or before its head
const PORTFOLIO_AFTER_HEAD = /^(?:the\s+)?(ministry|department)\s+of\s+(?:the\s+)?([a-z][a-z' ]*)$/;

// ("Harska's army" ~ "Harskan army": a place word before the head reads the same with or without its adjective's "-n";
// the skeleton has dropped the vowels already, "Tavia"/"Tavian" -> "tv"/"tvn")
const placeWordKey = (skeleton: string, modifier: boolean) => (modifier && skeleton.length >= 4 && skeleton.endsWith('n') ? skeleton.slice(0, -1) : skeleton);

// ("Defence Ministry" ~ "Defense Ministry", "offence" ~ "offense": British and American spellings are one word)
const spellingOf = (word: string) => (word.endsWith('ence') ? `${word.slice(0, -4)}ense` : word);

const firstNameKey = (first: string) => {
	const lower = plain(first).replace(/[^a-z]/g, '');
	return nameSkeleton(NAME_SHORT_FORMS[lower] ?? lower).slice(0, 3);
};

const TITLE_HEAD = new Set(TITLE_HEADS);
const TITLE_WORD = new Set(TITLE_WORDS);

/** The title words of a role ending at its head ("foreign minister"), or null when it names no title. */
function rolePhrase(role: string): string | null {
	return rolePhrases(role)[0] ?? null;
}

/**
 * Every title phrase of a role, from its last head back: "Acme's chief executive" holds "chief executive" and
 * "acme chief", so a headline's "Acme chief" finds its holder.
 */
function rolePhrases(role: string): string[] {
	const words = plain(role).replace(/['’]s\b/g, '').split(/[^a-z-]+/).filter(Boolean);
	const phrases: string[] = [];
	for (let at = words.length - 1; at >= 0; at--) {
		if (!TITLE_HEAD.has(words[at]) && !TITLE_HEAD.has(words[at].replace(/s$/, ''))) continue;
		// ("Deputy Minister for Trade" is no trade minister, "chief spokesperson for the Commission" no Commission spokesperson)
		const portfolio = RANKED_TITLE.test(words[at - 1] ?? '') ? null : portfolioOf(words, at);
		if (portfolio) phrases.push(`${portfolio} ${words[at]}`.replace(/s$/, ''));
		const before = words[at - 1];
		const phrase = before && !COUNTRY_FORM.has(before) && !/^(?:senior|top|former|the|a|an)$/.test(before) ? `${before} ${words[at]}` : words[at];
		phrases.push(phrase.replace(/s$/, ''));
	}
	return phrases;
}

// "the US leader said" is its president, "the Kell leader" its prime minister: the head of a state, not a deputy or a former one
const COUNTRY_LEADER = new RegExp(`\\b(?:${LEADER_HEADS.filter((head) => head !== 'leader').join('|')})$`);
const NOT_THE_LEADER = /\b(?:vice|deputy|former|acting|assistant|interim|elect)\b|-(?:president|elect)\b/;
const leadsCountry = (role: string) => COUNTRY_LEADER.test(plain(role)) && !NOT_THE_LEADER.test(plain(role));

const PORTFOLIO_HEADS = new Set(['minister', 'ministers', 'secretary', 'commissioner']);
// Words that open a portfolio without telling it apart: "Minister of National Defence" is the defence minister
const PORTFOLIO_FILLERS = new Set(['the', 'national', 'state', 'federal', 'public', 'for']);

const RANKED_TITLE = /^(?:chief|deputy|principal|acting|assistant|vice|junior|first|second)$/;
const SPOKES_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
// heads of a body, named before it as often as after: "the Commission President", "the President of the Commission"
const BODY_LEAD_HEADS = new Set(['president', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director', 'director-general', 'head', 'chief', 'governor', 'secretary-general', 'commander']);

/**
 * The portfolio word of "minister of/for X" ("foreign" of "Minister for Foreign Affairs"), which "foreign minister" puts
 * first, or the body of "spokeswoman for the defence ministry" ("ministry", as "ministry spokeswoman" has it); else null.
 */
function portfolioOf(words: string[], at: number): string | null {
	if (words[at + 1] !== 'of' && words[at + 1] !== 'for') return null;
	// ("President of the Kell Commission" is the Commission President, "Governor of the Central Bank" the bank governor)
	if (SPOKES_HEADS.has(words[at]) || BODY_LEAD_HEADS.has(words[at])) {
		const rest = words.slice(at + 2);
		return rest.find((word) => BODY_HEADS.has(word)) ?? null;
	}
	if (!PORTFOLIO_HEADS.has(words[at])) return null;
	let from = at + 2;
	while (PORTFOLIO_FILLERS.has(words[from])) from++;
	return words[from] ?? null;
}

/** Whether a role names a group by a plural head ("ministers", "people familiar with the talks"): no one holder speaks for it. */
function namesGroupRole(role: string): boolean {
	const words = plain(role).replace(/['’]s\b/g, '').split(/[^a-z-]+/).filter(Boolean);
	for (let at = words.length - 1; at >= 0; at--) {
		if (PLURAL_HEADS.includes(words[at])) return true;
		if (TITLE_HEAD.has(words[at])) return false;
		if (TITLE_HEAD.has(words[at].replace(/s$/, ''))) return true;
	}
	return false;
}

/** The keys speakers are joined by, each worked out once per distinct name, role or side in one merge. */
class SpeakerKeys {
	readonly organisation = remembered(organisationKey);
	readonly surname = remembered(surnameKey);
	readonly given = remembered(givenName);
	readonly firstName = remembered(firstNameKey);
	private readonly phrase = remembered(rolePhrase);
	private readonly phrases = remembered(rolePhrases);
	// (a side no lexicon knows, "Marrish" here and "Marrishan" there, keyed by its letters' skeleton without an adjective's "-n")
	private readonly side = remembered((side: string) => COUNTRY_FORM.get(plain(side)) ?? placeWordKey(nameSkeleton(side), true));

	/** Role key of a person or a role-only mention: side and the title words ending at the head ("france|foreign minister"). */
	role(role: string | null, side: string | null | undefined): string | null {
		side ??= this.ownerSide(role);
		if (!role || !side) return null;
		const phrase = this.phrase(this.withoutOwnerWord(role));
		return phrase === null ? null : `${this.side(side)}|${phrase}`;
	}

	/** Every role key a holder of `role` is found by (see rolePhrases). */
	holderRoles(role: string | null, side: string | null | undefined): string[] {
		side ??= this.ownerSide(role);
		if (!role || !side) return [];
		const own = this.phrases(this.withoutOwnerWord(role));
		const phrases = leadsCountry(role) ? [...own, 'leader'] : own;
		return phrases.map((phrase) => `${this.side(side)}|${phrase}`);
	}

	/** "Brenvik's foreign minister": the owner a role opens with stands for its side when no side was read (a place no lexicon knows). */
	// ("Marrishan leader", "Marrish leader": a capitalised word no title holds, before a title's head, is its owner too)
	private readonly possessor = remembered((role): string | null => {
		const owner = /^(?:the\s+)?([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\-]--[\u{10000}-\u{10FFFF}]]*)(?:['’]s\s|\s+(?=[\p{Ll}--[\u{10000}-\u{10FFFF}]]+$)|\s+(?=([\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+)$))/v.exec(role);
		// ("Quedlin Governor": a capitalised title after it too, when it is a title's head)
		if (!owner || TITLE_WORD.has(owner[1].toLowerCase()) || (owner[2] && !TITLE_HEAD.has(owner[2].toLowerCase()))) return null;
		return owner[1];
	});
	private ownerSide(role: string | null): string | null {
		return role ? this.possessor(role) : null;
	}

	/** "Marrishan leader", "Orra's chief" -> "leader", "chief": an owner no lexicon knows is the side, not a word of the title. */
	private readonly withoutOwnerWord = remembered((role: string) => {
		const owner = this.possessor(role);
		const at = owner ? role.indexOf(owner) : -1;
		return at >= 0 ? role.slice(at + owner!.length).replace(/^['’]s/, '').trimStart() : role;
	});
}

// "a senior Kell diplomat" in one outlet, "a Kell diplomat" in another: an unnamed source's rank is how one outlet styles him
const RANK_BEFORE_SOURCE = new RegExp(`^(?:(?:a|an|the)\\s+)?(?:(?:${SOURCE_RANKS.join('|')})\\s+)+`, 'i');
const withoutRank = (name: string) => name.replace(RANK_BEFORE_SOURCE, '');

/** Joins people by surname spelling and compatible first names; organisations and documents by their normalised name. */
function groupSpeakers(locals: Local[], asBodies: Set<LocalSpeaker>): Groups {
	const groups = new Groups(locals.length);
	const keys = new SpeakerKeys();
	const bySurname = new Map<string, number[]>();
	const byOrganisation = new Map<string, number>();
	const bareWords: number[] = [];
	locals.forEach(({speaker}, index) => {
		if (speaker.type === 'person' && !speaker.roleOnly) {
			if (!speaker.role && !/\s/.test(speaker.name)) bareWords.push(index);
			else push(bySurname, keys.surname(speaker.name), index);
			return;
		}
		const key = `${speaker.type}|${keys.organisation(speaker.type === 'anonymous' ? withoutRank(speaker.name) : speaker.name)}`;
		const first = byOrganisation.get(key);
		if (first === undefined) byOrganisation.set(key, index);
		else groups.join(first, index);
	});
	// "Zentaris informed them" here, "according to the Zentaris" there: a bare word another article names a body by is
	// that body, not the surname of a person ("Ali al-Zentari") it would otherwise join
	for (const index of bareWords) {
		const body = byOrganisation.get(`organisation|${keys.organisation(locals[index].speaker.name)}`);
		if (body !== undefined) (groups.join(body, index), asBodies.add(locals[index].speaker));
		else push(bySurname, keys.surname(locals[index].speaker.name), index);
	}
	joinSpelledOut(locals, byOrganisation, groups, keys);
	joinInitialsToBody(locals, groups);
	for (const members of bySurname.values()) joinByFirstName(locals, members, groups, keys);
	joinMisspelledSurnames(locals, groups, keys);
	joinRoleOnly(locals, groups, keys);
	joinSpokespersonToBody(locals, byOrganisation, groups, keys);
	joinBodyByRole(locals, groups, keys);
	joinBodyByLastWord(locals, groups, keys);
	joinBareBody(locals, groups, keys);
	joinBodyByPlaceWord(locals, groups, keys);
	return groups;
}

// A capitalised word that reads as a place's adjective or people ("Kyrini", "Tavian", "Valdessan"), or a known country's.
const PLACE_ADJECTIVE = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:i|an|ian|ean|ese|ish|ic)$/v;

/** Whether every word of a body's name is capitalised (particles aside): a proper name, not "the defence ministry". */
const properName = (name: string) => name.replace(/^the\s+/i, '').split(/\s+/).every((word) => /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(word) || /^(?:of|for|and|the|on|in)$/.test(word));

/**
 * "the Saffron Egret Society" in one article, "the Kyrini Saffron Egret Society" in another: a body's proper name of
 * two words or more joins the one body named by it after a place's adjective or a country (two such bodies in the
 * corpus leave it alone).
 */
function joinBodyByPlaceWord(locals: Local[], groups: Groups, keys: SpeakerKeys): void {
	const byRest = new Map<string, number[]>();
	locals.forEach(({speaker}, index) => {
		if (speaker.type !== 'organisation' || !properName(speaker.name)) return;
		const words = speaker.name.replace(/^the\s+/i, '').split(/\s+/);
		if (words.length < 3 || !(PLACE_ADJECTIVE.test(words[0]) || COUNTRY_FORM.has(plain(words[0])))) return;
		push(byRest, keys.organisation(words.slice(1).join(' ')), index);
	});
	if (!byRest.size) return;
	locals.forEach(({speaker}, index) => {
		if (speaker.type !== 'organisation' || !properName(speaker.name)) return;
		const holders = byRest.get(keys.organisation(speaker.name)) ?? [];
		if (holders.length && holders.every((holder) => groups.root(holder) === groups.root(holders[0]))) groups.join(holders[0], index);
	});
}

/**
 * "the Front" in one article, "the Kel People's Front" in another: a body named by one word joins the one body whose
 * name ends with that word (two such bodies in the corpus leave it alone).
 */
function joinBodyByLastWord(locals: Local[], groups: Groups, keys: SpeakerKeys): void {
	const byLast = new Map<string, number[]>();
	locals.forEach(({speaker}, index) => {
		const key = keys.organisation(speaker.name);
		if (speaker.type === 'organisation' && key.includes(' ')) push(byLast, key.slice(key.lastIndexOf(' ') + 1), index);
	});
	locals.forEach(({speaker}, index) => {
		if (speaker.type !== 'organisation' || !/^[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+$/v.test(speaker.name)) return;
		const holders = byLast.get(keys.organisation(speaker.name)) ?? [];
		if (holders.length && holders.every((holder) => groups.root(holder) === groups.root(holders[0]))) groups.join(holders[0], index);
	});
}

// "the Ministry of Health": a portfolio's body named in capitals with no place
const PORTFOLIO_BODY = /^(?:the\s+)?(?:Ministry|Department)\s+of\s+(?:the\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+$/v;

/**
 * "the army" in one article, "Kaldor's army" or "the Kaldoran army" in another: a body named in lower case by its head
 * words alone joins the one body whose name ends with those words (two such bodies in the corpus leave it alone).
 */
function joinBareBody(locals: Local[], groups: Groups, keys: SpeakerKeys): void {
	const bare = new Map<string, number[]>();
	locals.forEach(({speaker}, index) => {
		if (speaker.type !== 'organisation' || speaker.role) return;
		// ("the health ministry", or "the Ministry of Health" with no place named: a portfolio's body, whoever's it is)
		// (the capitalised one keyed as its lower-case form, "health ministry": it joins only the one body so named, as that does)
		if (!/[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(speaker.name) && wordsAtMost(speaker.name.replace(/^the\s+/, ''), 2)) push(bare, keys.organisation(speaker.name), index);
		else if (PORTFOLIO_BODY.test(speaker.name)) push(bare, keys.organisation(plain(speaker.name).replace(PORTFOLIO_AFTER_HEAD, '$2 $1')), index);
	});
	if (!bare.size) return;
	const fuller = new Map<string, number[]>();
	locals.forEach(({speaker}, index) => {
		if (speaker.type !== 'organisation' || !/[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(speaker.name)) return;
		const key = keys.organisation(speaker.name);
		for (const tail of bare.keys()) if (key.endsWith(` ${tail}`)) push(fuller, tail, index);
	});
	for (const [tail, members] of bare) {
		const holders = fuller.get(tail) ?? [];
		// ("the Ministry of Security" here, "the security ministry" there, and no one's security ministry named: one body)
		const target = !holders.length ? members[0] : holders.every((holder) => groups.root(holder) === groups.root(holders[0])) ? holders[0] : null;
		if (target !== null) for (const index of members) groups.join(target, index);
	}
}

/**
 * "The DRM said" in an article that never spells it out joins the body another article named in full with that
 * acronym among its aliases (see spelledOut in the quotes extractor); a name it could be read as a person's too.
 */
function joinSpelledOut(locals: Local[], byOrganisation: Map<string, number>, groups: Groups, keys: SpeakerKeys): void {
	locals.forEach(({speaker}, index) => {
		if (speaker.type !== 'organisation') return;
		for (const alias of speaker.aliases) {
			if (alias === speaker.name || !isBareAcronym(alias)) continue;
			const short = byOrganisation.get(`organisation|${keys.organisation(alias)}`);
			if (short !== undefined) groups.join(short, index);
		}
	});
}

/** Whether an acronym spells a body's initials, one word of the name (a place or a qualifier, "UN") left out at most. */
function spellsInitials(acronym: string, initials: string): boolean {
	if (acronym === initials) return true;
	if (initials.length !== acronym.length + 1 || acronym[0] !== initials[0]) return false;
	for (let skip = 1; skip < initials.length; skip++) if (initials.slice(0, skip) + initials.slice(skip + 1) === acronym) return true;
	return false;
}

/**
 * "The OHCHR said" with the acronym spelled out nowhere: the one body of the corpus whose proper name has those initials
 * (three letters at least; two bodies that share them leave it alone).
 */
function joinInitialsToBody(locals: Local[], groups: Groups): void {
	const bodies = locals.map(({speaker}, index) => ({speaker, index})).filter(({speaker}) => speaker.type === 'organisation' && !isBareAcronym(speaker.name) && /\s/.test(speaker.name) && properName(speaker.name));
	locals.forEach(({speaker}, index) => {
		if (speaker.type !== 'organisation' || !isBareAcronym(speaker.name) || speaker.name.length < 3) return;
		const holders = bodies.filter((body) => spellsInitials(speaker.name, initialsOf(body.speaker.name)));
		if (holders.length && holders.every((holder) => groups.root(holder.index) === groups.root(holders[0].index))) groups.join(holders[0].index, index);
	});
}

/** "the grid operator" in one article, "The grid operator, Nordgrid," in another: a body named only by what it is joins the one body given that role. */
function joinBodyByRole(locals: Local[], groups: Groups, keys: SpeakerKeys): void {
	const byRole = new Map<string, number[]>();
	locals.forEach(({speaker}, index) => {
		if (speaker.type === 'organisation' && speaker.role) push(byRole, keys.organisation(speaker.role), index);
	});
	// "Nordgrid said" alone reads as a person; where another article shows Nordgrid to be a body, it is that body
	const byName = new Map<string, number>();
	locals.forEach(({speaker}, index) => {
		if (speaker.type === 'organisation' && !byName.has(keys.organisation(speaker.name))) byName.set(keys.organisation(speaker.name), index);
	});
	locals.forEach(({speaker}, index) => {
		if (speaker.type !== 'person' || speaker.roleOnly || speaker.role || /\s/.test(speaker.name.trim())) return;
		const body = byName.get(keys.organisation(speaker.name));
		if (body !== undefined) groups.join(body, index);
	});
	locals.forEach(({speaker}, index) => {
		if (speaker.type !== 'organisation' || speaker.role || /[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(speaker.name)) return;
		const holders = byRole.get(keys.organisation(speaker.name)) ?? [];
		// only one body holds the role: two "grid operators" named in the corpus leave "the grid operator" alone
		if (holders.length && holders.every((holder) => groups.root(holder) === groups.root(holders[0]))) groups.join(holders[0], index);
	});
}

/** A surname's letters for telling spellings apart (see spellingKey: accents gone, a doubled letter written once). */
const surnameLetters = (name: string) => spellingKey(surnameOf(name));

/** Whether two spellings of a surname are one name misspelt: the same first letter, a letter or two apart (a third of a long name). */
function nearSpellings(a: string, b: string): boolean {
	if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < 4) return false;
	const limit = Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
	// (lengths further apart than the limit need no letter-by-letter reading)
	return Math.abs(a.length - b.length) <= limit && editDistance(a, b) <= limit;
}

/**
 * "Ama Tolvenerc" in three outlets, "Ama Tolvenaire" in a fourth: one person whose surname an outlet misspelt,
 * when the first names agree, the surnames are a letter or two apart and no article names both (two people of one
 * article are two people).
 */
function joinMisspelledSurnames(locals: Local[], groups: Groups, keys: SpeakerKeys): void {
	const byFirst = new Map<string, number[]>();
	const bare: number[] = [];
	locals.forEach(({speaker}, index) => {
		if (speaker.type !== 'person' || speaker.roleOnly) return;
		const given = keys.given(speaker.name);
		if (given && !/\./.test(given)) push(byFirst, keys.firstName(given), index);
		else if (!given && !/\s/.test(speaker.name)) bare.push(index);
	});
	// every full name's surname spelling, for the bare surnames below
	const fullSpellings = new Map<string, Spelling>();
	for (const members of byFirst.values()) {
		const spellings = spellingsOf(locals, members, groups);
		for (const [letters, spelling] of spellings) {
			const all = fullSpellings.get(letters) ?? {roots: new Set(), articles: new Set()};
			for (const root of spelling.roots) all.roots.add(root);
			for (const article of spelling.articles) all.articles.add(article);
			fullSpellings.set(letters, all);
		}
		if (spellings.size < 2) continue;
		const list = [...spellings];
		for (let i = 0; i < list.length; i++)
			for (let j = i + 1; j < list.length; j++) joinIfMisspelt(list[i], list[j], groups);
	}
	// "Mr Tolvenerc" in one outlet, "Ama Tolvenaire" in the rest: a bare surname no full name shares joins the one full
	// name it is a misspelling of
	const fullGroups = new Set([...fullSpellings.values()].flatMap((spelling) => [...spelling.roots].map((root) => groups.root(root))));
	const lone = bare.filter((index) => !fullGroups.has(groups.root(index)));
	if (!lone.length) return;
	const full = [...fullSpellings];
	for (const entry of spellingsOf(locals, lone, groups)) {
		const near = full.filter(([letters]) => nearSpellings(entry[0], letters));
		if (near.length === 1) joinIfMisspelt(entry, near[0], groups);
	}
}

interface Spelling {
	roots: Set<number>;
	articles: Set<string>;
}

/** Each surname spelling of `members` once (wire copy repeats one name in a thousand articles), with the people and articles it names. */
function spellingsOf(locals: Local[], members: number[], groups: Groups): Map<string, Spelling> {
	const spellings = new Map<string, Spelling>();
	for (const index of members) {
		const letters = surnameLetters(locals[index].speaker.name);
		const spelling = spellings.get(letters) ?? {roots: new Set(), articles: new Set()};
		spelling.roots.add(groups.root(index));
		spelling.articles.add(locals[index].article);
		spellings.set(letters, spelling);
	}
	return spellings;
}

/** Joins two spellings' people when each names one person, the spellings are near and no article has both. */
function joinIfMisspelt([a, one]: [string, Spelling], [b, other]: [string, Spelling], groups: Groups): void {
	// (a spelling two people share is no one person's: left alone)
	const [rootsA, rootsB] = [new Set([...one.roots].map((root) => groups.root(root))), new Set([...other.roots].map((root) => groups.root(root)))];
	if (rootsA.size !== 1 || rootsB.size !== 1 || !nearSpellings(a, b)) return;
	if ([...one.articles].some((article) => other.articles.has(article))) return;
	groups.join([...rootsA][0], [...rootsB][0]);
}

/** In one surname block: full names join when their first names agree; a bare surname joins the commonest full name. */
function joinByFirstName(locals: Local[], members: number[], groups: Groups, keys: SpeakerKeys): void {
	const byFirst = new Map<string, number>();
	const bare: number[] = [];
	const count = new Map<string, number>();
	for (const index of members) {
		const given = keys.given(locals[index].speaker.name);
		if (!given) {
			bare.push(index);
			continue;
		}
		const key = keys.firstName(given);
		count.set(key, (count.get(key) ?? 0) + 1);
		const first = byFirst.get(key);
		if (first === undefined) byFirst.set(key, index);
		else groups.join(first, index);
	}
	const commonest = [...count.entries()].sort((a, b) => b[1] - a[1])[0];
	const target = commonest ? byFirst.get(commonest[0])! : bare[0];
	for (const index of bare) groups.join(target, index);
	joinInitials(locals, members, byFirst, groups, keys);
}

// "R.", "R. D.", "R.D.": a first name given as initials.
const INITIALS = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]\.(?:\s*[\p{Lu}--[\u{10000}-\u{10FFFF}]]\.)*$/v;

/** "R. D. Roe" and "Radan Roe": initials join the one full first name of the surname block that starts with them. */
function joinInitials(locals: Local[], members: number[], byFirst: Map<string, number>, groups: Groups, keys: SpeakerKeys): void {
	for (const index of members) {
		const name = locals[index].speaker.name;
		const initials = /^((?:[\p{Lu}--[\u{10000}-\u{10FFFF}]]\.\s*)+)\s*\S/v.exec(name)?.[1].trim();
		if (!initials || !INITIALS.test(initials)) continue;
		const letter = plain(initials[0]);
		const full = members.filter((other) => {
			const given = keys.given(locals[other].speaker.name);
			return given !== null && !/\./.test(given) && given.length > 2 && plain(given[0]) === letter;
		});
		const firsts = new Set(full.map((other) => keys.firstName(keys.given(locals[other].speaker.name)!)));
		if (firsts.size === 1) groups.join(full[0], index);
	}
}

/** "France's foreign minister": joined to the one person who holds that role elsewhere in the corpus. */
function joinRoleOnly(locals: Local[], groups: Groups, keys: SpeakerKeys): void {
	const holders = new Map<string, Set<number>>();
	const hold = (key: string | null, index: number) => key && holders.set(key, (holders.get(key) ?? new Set()).add(groups.root(index)));
	locals.forEach(({speaker}, index) => {
		if (speaker.type !== 'person' || speaker.roleOnly) return;
		for (const key of keys.holderRoles(speaker.role, speaker.side)) hold(key, index);
		for (const key of keys.holderRoles(speaker.role, '?')) hold(key, index);
	});
	// what each holder's group is called and what it holds, read (before any join below) only when some role names its body
	const described = new Map<number, Set<string>>();
	if (locals.some(({speaker}) => speaker.roleOnly && bodyWords(speaker.role ?? speaker.name).length))
		locals.forEach(({speaker}, index) => {
			if (speaker.type !== 'person' || speaker.roleOnly) return;
			const words = described.get(groups.root(index)) ?? new Set<string>();
			for (const text of [speaker.name, speaker.role ?? '', ...speaker.aliases]) for (const word of text.toLowerCase().match(/[\p{L}--[\u{10000}-\u{10FFFF}]]+/gv) ?? []) words.add(word);
			described.set(groups.root(index), words);
		});
	locals.forEach(({speaker}, index) => {
		if (!speaker.roleOnly && !unnamedSpokesperson(speaker)) return;
		const role = speaker.role ?? speaker.name;
		if (namesGroupRole(role)) return;
		// The holder with the same side and title; else the only holder of that title anywhere, when the side is not told.
		const sided = keys.role(role, speaker.side);
		const anySide = keys.role(role, '?');
		const holder = (sided ? holders.get(sided) : undefined) ?? (anySide ? holders.get(anySide) : undefined);
		if (holder?.size !== 1) return;
		const [root] = holder;
		// "spokesman of the Nyaloth Defence Forces" is not the rebels' "spokesman": a role naming its body needs a holder
		// whose name or role says one of that body's words
		const body = bodyWords(role);
		if (body.length && !body.some((word) => described.get(root)?.has(word))) return;
		groups.join(root, index);
	});
}

const BODY_HEADS = new Set(ORGANISATION_HEADS);

// "spokesman for the Kel Mining Company": the body an unnamed spokesperson speaks for (whose name it holds whole)
const SPOKESPERSON_FOR = /^(?:(?:a|an|the)\s+)?spokes(?:man|woman|person)\s+(?:for|of)\s+(.+)$/i;

/**
 * "A spokesman for the Kel Mining Company said" with no named holder of that post: the words are the body's, so the
 * unnamed spokesperson joins the body the corpus quotes under that very name.
 */
function joinSpokespersonToBody(locals: Local[], byOrganisation: Map<string, number>, groups: Groups, keys: SpeakerKeys): void {
	const named = new Set<number>();
	locals.forEach(({speaker}, index) => {
		if (speaker.type === 'person' && !speaker.roleOnly) named.add(groups.root(index));
	});
	locals.forEach(({speaker}, index) => {
		if (!unnamedSpokesperson(speaker) || named.has(groups.root(index))) return;
		const match = SPOKESPERSON_FOR.exec(speaker.role ?? speaker.name);
		const body = match ? byOrganisation.get(`organisation|${keys.organisation(match[1])}`) : undefined;
		if (body !== undefined) groups.join(body, index);
	});
}

/**
 * "An army spokesman said": a body speaks through one spokesperson, so an unnamed one is the one person who holds that
 * title in the corpus (an unnamed official or diplomat is one of many, and stays apart). The body may follow: "a
 * spokeswoman for the defence ministry".
 */
const unnamedSpokesperson = (speaker: LocalSpeaker) => speaker.type === 'anonymous' && /\bspokes(?:man|woman|person)(?:\s+(?:for|of)\s[^,;]+)?$/i.test(speaker.role ?? speaker.name);

/**
 * The capitalised words a role names its body by ("spokesman of the Lake Forces" -> lake, forces), sides left out;
 * none unless they end in a body's head word ("President of the Republic of X" names a country, not a body).
 */
function bodyWords(role: string): string[] {
	const words = (role.match(/(?<=\s)[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*/gv) ?? []).map((word) => word.replace(/['’]s$/u, '').toLowerCase()).filter((word) => !sideOfWord(word));
	return words.some((word) => BODY_HEADS.has(word)) ? words : [];
}

/** Lower-cased words of a quote, for telling the very same words apart from their punctuation. */
const plainWords = (text: string) => text.toLowerCase().replace(/[^[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]+/gv, ' ').trim();

/**
 * "the commander of your coast guard says the crews acted “in self-defence”" in one article, the named commander saying
 * 'in self-defence' in another: an unnamed role repeating the very words of exactly one named person is that person.
 */
function joinRoleOnlyByWords(records: ArticleRecord[], locals: Local[], localIndex: Map<string, Map<string, number>>, groups: Groups): void {
	// The quotes worth comparing, read into words once (wire copy repeats a text across many articles).
	const wordsOf = remembered(plainWords);
	const sayings: Array<{local: number; words: string}> = [];
	for (const record of records)
		for (const quote of record.quotes) {
			if (quote.kind === 'reported' || quote.speakerKey === null) continue;
			const local = localIndex.get(record.article.id)?.get(quote.speakerKey);
			if (local === undefined) continue;
			const words = wordsOf(quote.text);
			if (words.includes(' ')) sayings.push({local, words});
		}
	const quoted = (each: (local: number, words: string) => void) => {
		for (const {local, words} of sayings) each(local, words);
	};
	const namedSayers = new Map<string, Set<number>>();
	quoted((local, words) => {
		const {speaker} = locals[local];
		if (speaker.type === 'person' && !speaker.roleOnly) namedSayers.set(words, (namedSayers.get(words) ?? new Set()).add(groups.root(local)));
	});
	quoted((local, words) => {
		const {speaker} = locals[local];
		if (!speaker.roleOnly || speaker.type !== 'person' || namesGroupRole(speaker.role ?? speaker.name)) return;
		const sayers = namedSayers.get(words);
		if (sayers?.size === 1) groups.join([...sayers][0], local);
	});
}

/** The fullest personal name, or the commonest surface for others; accented spellings win ties. */
function canonicalName(members: LocalSpeaker[]): string {
	const people = members.filter((speaker) => speaker.type === 'person' && !speaker.roleOnly);
	// a body's own name ("Nordgrid") before what it is ("grid operator")
	const named = people.length ? [] : members.filter((speaker) => /[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(speaker.name)); // only read without people
	const pool = people.length ? people : named.length ? named : members;
	const tally = new Map<string, number>();
	for (const speaker of pool) tally.set(speaker.name, (tally.get(speaker.name) ?? 0) + 1);
	const score = (name: string) => (people.length ? name.split(/\s+/).length * 100 : 0) + tally.get(name)! * 10 + (/[^\x00-\x7f]/.test(name) ? 1 : 0);
	return [...tally.keys()].sort((a, b) => score(b) - score(a) || b.length - a.length)[0];
}

const commonest = <T>(values: T[]): T | null => {
	const tally = new Map<T, number>();
	for (const value of values) if (value !== null && value !== undefined) tally.set(value, (tally.get(value) ?? 0) + 1);
	return [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
};

const slug = (name: string) => plain(name).replace(/['’]s\b/g, 's').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'speaker';

/** Words of a quote for comparison: accents, dashes and "U.S."/"USA" evened out. */
function quoteWords(text: string): string[] {
	return plain(text)
		.replace(/[’‘`]/g, "'")
		.replace(/\b(?:u\.s\.a\.?|u\.s\.|usa)(?=\W|$)/g, 'us')
		.replace(/\./g, '')
		.split(/[^a-z0-9']+/)
		.filter(Boolean);
}

/** One way a quote is worded, read once however many articles carry it. */
interface Wording {
	/** The words numbered by the corpus's vocabulary, in the quote's order. */
	ids: Int32Array;
	/** The same numbers sorted: two wordings' common words are counted by one merge of these. */
	sorted: Int32Array;
	/** The words joined by spaces: the key for exact and contained matches. */
	joined: string;
	/** The shingles of the direct and of the reported quote, worked out when first needed. */
	shingles: [Shingles | undefined, Shingles | undefined];
}

/** A wording's shingle numbers, each once, and the three it is indexed by. */
interface Shingles {
	unique: number[];
	probes: number[];
}

/** The words of every quote numbered in order of first sight, each with its two shingle hashes worked out once. */
class QuoteVocabulary {
	private readonly numbers = new Map<string, number>();
	readonly low: number[] = [];
	readonly high: number[] = [];
	private readonly wordings = new Map<string, Wording>();
	private readonly shingleNumbers = new Map<number, number>();

	/** The wording of a quote's text, read at its first sight. */
	wording(text: string): Wording {
		let wording = this.wordings.get(text);
		if (wording) return wording;
		const words = quoteWords(text);
		const ids = new Int32Array(words.length);
		words.forEach((word, index) => (ids[index] = this.id(word)));
		wording = {ids, sorted: ids.slice().sort(), joined: words.join(' '), shingles: [undefined, undefined]};
		this.wordings.set(text, wording);
		return wording;
	}

	/** The small number of a shingle key: keys are 53-bit hashes, numbered so counts and indexes are arrays. */
	shingleNumber(key: number): number {
		let number = this.shingleNumbers.get(key);
		if (number === undefined) this.shingleNumbers.set(key, (number = this.shingleNumbers.size));
		return number;
	}

	/** How many shingle keys have been numbered. */
	get shingles(): number {
		return this.shingleNumbers.size;
	}

	private id(word: string): number {
		let id = this.numbers.get(word);
		if (id === undefined) {
			id = this.numbers.size;
			this.numbers.set(word, id);
			this.low.push(fnv1a(word, 0x811c9dc5));
			this.high.push(fnv1a(word, 0x01000193 ^ 0x5bd1e995));
		}
		return id;
	}
}

/** How many words two sorted lists of word numbers share, each occurrence matched once. */
const commonWords = (a: Int32Array, b: Int32Array): number => sortedOverlap(a, b);

/** Whether two quotes carry the same words: one holds most of the other, or their words overlap closely. */
function sameWords(a: Wording, b: Wording): boolean {
	if (a.joined === b.joined) return true;
	if (!a.ids.length || !b.ids.length) return false;
	const aShorter = a.ids.length <= b.ids.length;
	const shorter = aShorter ? a : b;
	const longer = aShorter ? b : a;
	// Neither test can pass when one quote has under half the other's words: skip the count.
	if (shorter.ids.length * 2 < longer.ids.length) return false;
	const common = commonWords(shorter.sorted, longer.sorted);
	const precision = common / shorter.ids.length;
	const recall = common / longer.ids.length;
	const f1 = common ? (2 * precision * recall) / (precision + recall) : 0;
	const contained = precision >= 0.95 && longer.joined.includes(shorter.joined) && shorter.joined.length / longer.joined.length >= 0.6;
	return contained || f1 >= 0.8;
}

const SHINGLE = 3;
const MAX_BLOCK = 200;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function fnv1a(text: string, seed: number): number {
	let hash = seed;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return hash;
}

/**
 * A number for each run of three words (or for all the words of a shorter quote), reported speech apart
 * from direct: two 32-bit hashes in one 53-bit number, so a map keyed by them builds no strings.
 */
function shingleKeys(ids: Int32Array, reported: 0 | 1, vocabulary: QuoteVocabulary): number[] {
	const {low, high} = vocabulary;
	const key = (from: number, to: number) => {
		let a = 0x811c9dc5 ^ reported;
		let b = 0x9747b28c ^ reported;
		for (let i = from; i < to; i++) {
			a = Math.imul(a ^ low[ids[i]], 0x01000193) >>> 0;
			b = Math.imul(b ^ high[ids[i]], 0x01000193) >>> 0;
		}
		return (b >>> 11) * 0x100000000 + a;
	};
	if (ids.length < SHINGLE) return [key(0, ids.length)];
	const keys: number[] = [];
	for (let index = 0; index + SHINGLE <= ids.length; index++) keys.push(key(index, index + SHINGLE));
	return keys;
}

/** A wording's shingles as small numbers (each key numbered at first sight), worked out once per wording and kind. */
function shinglesOf(instance: Instance, vocabulary: QuoteVocabulary): Shingles {
	const {wording} = instance;
	const reported = instance.quote.kind === 'reported' ? 1 : 0;
	const known = wording.shingles[reported];
	if (known) return known;
	const keys = shingleKeys(wording.ids, reported, vocabulary).map((key) => vocabulary.shingleNumber(key));
	// The probes: the first, middle and last shingle, each once.
	const shingles = {unique: [...new Set(keys)], probes: [...new Set([keys[0], keys[Math.floor(keys.length / 2)], keys.at(-1)!])]};
	wording.shingles[reported] = shingles;
	return shingles;
}

interface Instance {
	quote: LocalQuote;
	speaker: number | null;
	wording: Wording;
}

/**
 * Joins instances that carry the same words for the same speaker. Each distinct wording is compared only
 * with those whose first, middle or last 3-word shingle it contains (and they with it): the index holds
 * three probes per wording, and a shingle found in over MAX_BLOCK wordings ("the united states") tells nothing.
 */
function groupQuotes(instances: Instance[], vocabulary: QuoteVocabulary): Groups {
	const groups = new Groups(instances.length);
	// The same words by the same speaker join at once; only one instance per wording is compared with the others.
	// Keyed by a number: the joined words' number, reported or not, and the speaker (null as 0).
	const joinedNumbers = new Map<string, number>();
	let speakers = 1;
	for (const instance of instances) if (instance.speaker !== null && instance.speaker + 2 > speakers) speakers = instance.speaker + 2;
	const exact = new Map<number, number>();
	const distinct: number[] = [];
	instances.forEach((instance, at) => {
		const {joined} = instance.wording;
		let joinedNumber = joinedNumbers.get(joined);
		if (joinedNumber === undefined) joinedNumbers.set(joined, (joinedNumber = joinedNumbers.size));
		const key = (joinedNumber * 2 + (instance.quote.kind === 'reported' ? 1 : 0)) * speakers + (instance.speaker === null ? 0 : instance.speaker + 1);
		const first = exact.get(key);
		if (first === undefined) {
			exact.set(key, at);
			distinct.push(at);
		} else groups.join(first, at);
	});
	const shingles = distinct.map((at) => shinglesOf(instances[at], vocabulary));
	const wordings = new Int32Array(vocabulary.shingles);
	for (const {unique} of shingles) for (const shingle of unique) wordings[shingle]++;
	// Speakers (-1: none) in one array: most instances met are passed over on them without reading the instance.
	const speakerOf = Int32Array.from(instances, (instance) => instance.speaker ?? -1);
	const probing: number[][] = [];
	// The same lists split by speaker (keyed by shingle and speaker + 1): an instance with a speaker meets only its own
	// speaker's wordings and those of no speaker, where most of a shingle's list is another speaker's.
	const probingBySpeaker = new Map<number, number[]>();
	distinct.forEach((at, index) => {
		for (const probe of shingles[index].probes)
			if (wordings[probe] <= MAX_BLOCK) {
				(probing[probe] ??= []).push(at);
				push(probingBySpeaker, probe * speakers + speakerOf[at] + 1, at);
			}
	});
	// The instance each other one was last compared with: one met through several shared shingles is compared once.
	const comparedWith = new Int32Array(instances.length).fill(-1);
	distinct.forEach((at, index) => {
		const speaker = speakerOf[at];
		let root = groups.root(at);
		const meet = (others: number[] | undefined) => {
			if (!others) return;
			for (const other of others) {
				if (other === at || comparedWith[other] === at) continue;
				comparedWith[other] = at;
				if (speaker >= 0 && speakerOf[other] >= 0 && speakerOf[other] !== speaker) continue;
				if (groups.root(other) === root || !sameWords(instances[at].wording, instances[other].wording)) continue;
				groups.join(at, other);
				root = groups.root(at);
			}
		};
		// (which pairs join does not depend on the order they are met in: the groups are the connected wordings)
		for (const shingle of shingles[index].unique) {
			if (speaker < 0) meet(probing[shingle]);
			else {
				meet(probingBySpeaker.get(shingle * speakers + speaker + 1));
				meet(probingBySpeaker.get(shingle * speakers));
			}
		}
	});
	return groups;
}

/** Every name a speaker goes by, each once, in the order the articles give them. */
function aliasesOf(group: LocalSpeaker[]): string[] {
	const names = new Set<string>();
	for (const speaker of group) {
		names.add(speaker.name);
		for (const alias of speaker.aliases) names.add(alias);
	}
	return [...names];
}

/** Merges every article's speakers and quotes into the briefing's speakers[] and quotes[]. */
export function mergeQuotes(records: ArticleRecord[]): {speakers: Speaker[]; quotes: Quote[]} {
	const {speakers, quotes} = planSpeech(records);
	return {speakers, quotes: quotesOf(records, quotes)};
}

/**
 * The merged quotes as positions in the corpus's quotes (record by record, quote by quote): small, and
 * passed between threads without copying (speech-thread.ts). quotesOf turns it into the quotes.
 */
export interface QuotePlan {
	/** Each quote's instances, the quotes one after another. */
	members: Int32Array;
	/** Where each quote's instances end in `members`. */
	ends: Int32Array;
	/** The instance whose text stands for each quote. */
	texts: Int32Array;
	speakers: Array<string | null>;
	kinds: Array<Quote['kind']>;
}

/** mergeQuotes up to the quotes themselves: the speakers, and the quotes as a plan. */
export function planSpeech(records: ArticleRecord[]): {speakers: Speaker[]; quotes: QuotePlan} {
	const locals: Local[] = [];
	// Article id -> speaker key -> local index: no key string built per speaker or quote.
	const localIndex = new Map<string, Map<string, number>>();
	records.forEach((record) => {
		for (const speaker of record.speakers) {
			let keys = localIndex.get(record.article.id);
			if (!keys) localIndex.set(record.article.id, (keys = new Map()));
			keys.set(speaker.key, locals.length);
			locals.push({speaker, article: record.article.id});
		}
	});
	// people named by a bare word that is a body's name elsewhere: their group is that body, whatever they were read as
	const asBodies = new Set<LocalSpeaker>();
	const speakerGroups = groupSpeakers(locals, asBodies);
	joinRoleOnlyByWords(records, locals, localIndex, speakerGroups);
	const members = new Map<number, LocalSpeaker[]>();
	locals.forEach((local, index) => push(members, speakerGroups.root(index), local.speaker));
	const speakers: Speaker[] = [];
	const idOfGroup = new Map<number, string>();
	const taken = new Set<string>();
	for (const [root, group] of members) {
		const name = canonicalName(group);
		let id = slug(name);
		for (let n = 2; taken.has(id); n++) id = `${slug(name)}-${n}`;
		taken.add(id);
		idOfGroup.set(root, id);
		const named = group.filter((speaker) => !speaker.roleOnly && !asBodies.has(speaker));
		speakers.push({
			id,
			name,
			aliases: aliasesOf(group),
			role: commonest(named.map((speaker) => speaker.role)) ?? commonest(group.map((speaker) => speaker.role)),
			type: commonest(named.map((speaker) => speaker.type)) ?? group[0].type,
			side: commonest(group.map((speaker) => speaker.side ?? null)),
		});
	}
	// Wire copy repeats a quote across hundreds of articles: each text is read into words once.
	const vocabulary = new QuoteVocabulary();
	const instances: Instance[] = records.flatMap((record) =>
		record.quotes.map((quote) => {
			const local = quote.speakerKey === null ? undefined : localIndex.get(record.article.id)?.get(quote.speakerKey);
			return {quote, speaker: local === undefined ? null : speakerGroups.root(local), wording: vocabulary.wording(quote.text)};
		}),
	);
	const quoteGroups = groupQuotes(instances, vocabulary);
	const byGroup = new Map<number, number[]>();
	instances.forEach((_, index) => push(byGroup, quoteGroups.root(index), index));
	const plan: QuotePlan = {members: new Int32Array(instances.length), ends: new Int32Array(byGroup.size), texts: new Int32Array(byGroup.size), speakers: [], kinds: []};
	let at = 0;
	[...byGroup.values()].forEach((group, index) => {
		const {speaker, text, kind} = mergedQuote(group, instances, idOfGroup);
		plan.members.set(group, at);
		at += group.length;
		plan.ends[index] = at;
		plan.texts[index] = text;
		plan.speakers.push(speaker);
		plan.kinds.push(kind);
	});
	return {speakers, quotes: plan};
}

/** The quotes of a plan, each with every article and each outlet's sentence as evidence (the records' own objects). */
export function quotesOf(records: ArticleRecord[], plan: QuotePlan): Quote[] {
	const all = records.flatMap((record) => record.quotes);
	const quotes: Quote[] = [];
	let from = 0;
	plan.ends.forEach((end, index) => {
		const group = Array.from(plan.members.subarray(from, end), (at) => all[at]);
		from = end;
		quotes.push({
			speaker: plan.speakers[index],
			text: all[plan.texts[index]].text,
			kind: plan.kinds[index],
			articles: [...new Set(group.map((quote) => quote.evidence.article))],
			evidence: group.map((quote) => quote.evidence),
		});
	});
	return quotes;
}

/** One quote for a group of instances: its speaker and kind, and the instance with the most representative wording. */
function mergedQuote(group: number[], instances: Instance[], idOfGroup: Map<number, string>): {speaker: string | null; text: number; kind: Quote['kind']} {
	// The wording that stands for most instances (the medoid), then the commonest, then the longest.
	// (keyed by the wording, one per distinct text: no long text hashed and compared again)
	const texts = new Map<Wording, number[]>();
	for (const at of group) push(texts, instances[at].wording, at);
	const wordings = [...texts.values()];
	// How many instances a wording stands for: compared per distinct wording (each pair once, the test being
	// symmetric), weighted by how often each occurs.
	const fit = wordings.map((same) => same.length);
	for (let i = 0; i < wordings.length; i++)
		for (let j = i + 1; j < wordings.length; j++)
			if (sameWords(instances[wordings[i][0]].wording, instances[wordings[j][0]].wording)) {
				fit[i] += wordings[j].length;
				fit[j] += wordings[i].length;
			}
	const ranked = wordings.map((same, index) => ({at: same[0], text: instances[same[0]].quote.text, fit: fit[index], count: same.length}));
	ranked.sort((a, b) => b.fit - a.fit || b.count - a.count || b.text.length - a.text.length);
	const speaker = commonest(group.map((at) => instances[at].speaker));
	const kinds = group.map((at) => instances[at].quote.kind);
	return {
		speaker: speaker === null ? null : idOfGroup.get(speaker) ?? null,
		text: ranked[0].at,
		kind: kinds.includes('direct') ? 'direct' : kinds.includes('partial') ? 'partial' : 'reported',
	};
}
