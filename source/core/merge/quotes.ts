/** The reduce stage for speech: one speaker per real person, one quote per words carried by several outlets. */
import {givenName, nameSkeleton, surnameKey} from '../extract/speakers.js';
import type {LocalQuote, LocalSpeaker} from '../extract/quotes.js';
import {BLOCS, COUNTRIES} from '../lexicon/geography.js';
import {NAME_SHORT_FORMS, TITLE_HEADS} from '../lexicon/titles.js';
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

/** A key for an organisation, document or source name: articles, possessives and nationality forms evened out. */
function organisationKey(name: string): string {
	const words = plain(name)
		.replace(/['’]s\b/g, '')
		.replace(/\./g, '')
		.replace(/[^a-z0-9 -]+/g, ' ')
		.split(/\s+/)
		.filter((word) => word && !/^(?:the|a|an|of)$/.test(word));
	return words.map((word) => COUNTRY_FORM.get(word) ?? nameSkeleton(word)).join(' ');
}

const firstNameKey = (first: string) => {
	const lower = plain(first).replace(/[^a-z]/g, '');
	return nameSkeleton(NAME_SHORT_FORMS[lower] ?? lower).slice(0, 3);
};

/** Role key of a person or a role-only mention: side and the title words ending at the head ("france|foreign minister"). */
function roleKey(role: string | null, side: string | null | undefined): string | null {
	if (!role || !side) return null;
	const words = plain(role).replace(/['’]s\b/g, '').split(/[^a-z-]+/).filter(Boolean);
	let at = words.length - 1;
	while (at >= 0 && !TITLE_HEADS.includes(words[at]) && !TITLE_HEADS.includes(words[at].replace(/s$/, ''))) at--;
	if (at < 0) return null;
	const before = words[at - 1];
	const phrase = before && !COUNTRY_FORM.has(before) && !/^(?:senior|top|former|the|a|an)$/.test(before) ? `${before} ${words[at]}` : words[at];
	return `${plain(side)}|${phrase.replace(/s$/, '')}`;
}

/** Joins people by surname spelling and compatible first names; organisations and documents by their normalised name. */
function groupSpeakers(locals: Local[]): Groups {
	const groups = new Groups(locals.length);
	const bySurname = new Map<string, number[]>();
	const byOrganisation = new Map<string, number>();
	locals.forEach(({speaker}, index) => {
		if (speaker.type === 'person' && !speaker.roleOnly) {
			const key = surnameKey(speaker.name);
			push(bySurname, key, index);
			return;
		}
		const key = `${speaker.type}|${organisationKey(speaker.name)}`;
		const first = byOrganisation.get(key);
		if (first === undefined) byOrganisation.set(key, index);
		else groups.join(first, index);
	});
	for (const members of bySurname.values()) joinByFirstName(locals, members, groups);
	joinRoleOnly(locals, groups);
	return groups;
}

/** In one surname block: full names join when their first names agree; a bare surname joins the commonest full name. */
function joinByFirstName(locals: Local[], members: number[], groups: Groups): void {
	const byFirst = new Map<string, number>();
	const bare: number[] = [];
	const count = new Map<string, number>();
	for (const index of members) {
		const given = givenName(locals[index].speaker.name);
		if (!given) {
			bare.push(index);
			continue;
		}
		const key = firstNameKey(given);
		count.set(key, (count.get(key) ?? 0) + 1);
		const first = byFirst.get(key);
		if (first === undefined) byFirst.set(key, index);
		else groups.join(first, index);
	}
	const commonest = [...count.entries()].sort((a, b) => b[1] - a[1])[0];
	const target = commonest ? byFirst.get(commonest[0])! : bare[0];
	for (const index of bare) groups.join(target, index);
}

/** "France's foreign minister": joined to the one person who holds that role elsewhere in the corpus. */
function joinRoleOnly(locals: Local[], groups: Groups): void {
	const holders = new Map<string, Set<number>>();
	const hold = (key: string | null, index: number) => key && holders.set(key, (holders.get(key) ?? new Set()).add(groups.root(index)));
	locals.forEach(({speaker}, index) => {
		if (speaker.type !== 'person' || speaker.roleOnly) return;
		hold(roleKey(speaker.role, speaker.side), index);
		hold(roleKey(speaker.role, '?'), index);
	});
	locals.forEach(({speaker}, index) => {
		if (!speaker.roleOnly) return;
		const role = speaker.role ?? speaker.name;
		// The holder with the same side and title; else the only holder of that title anywhere, when the side is not told.
		const sided = roleKey(role, speaker.side);
		const anySide = roleKey(role, '?');
		const holder = (sided ? holders.get(sided) : undefined) ?? (anySide ? holders.get(anySide) : undefined);
		if (holder?.size === 1) groups.join([...holder][0], index);
	});
}

/** The fullest personal name, or the commonest surface for others; accented spellings win ties. */
function canonicalName(members: LocalSpeaker[]): string {
	const people = members.filter((speaker) => speaker.type === 'person' && !speaker.roleOnly);
	const pool = people.length ? people : members;
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

/** Whether two quotes carry the same words: one holds most of the other, or their words overlap closely. */
function sameWords(a: Instance, b: Instance): boolean {
	if (a.joined === b.joined) return true;
	if (!a.words.length || !b.words.length) return false;
	const [shorter, longer] = a.words.length <= b.words.length ? [a, b] : [b, a];
	const short = shorter.words;
	const long = longer.words;
	// Neither test can pass when one quote has under half the other's words: skip the count.
	if (short.length * 2 < long.length) return false;
	const bag = new Map<string, number>();
	for (const word of long) bag.set(word, (bag.get(word) ?? 0) + 1);
	let common = 0;
	for (const word of short) {
		const left = bag.get(word) ?? 0;
		if (left > 0) {
			common++;
			bag.set(word, left - 1);
		}
	}
	const precision = common / short.length;
	const recall = common / long.length;
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
function shingleKeys(instance: Instance): number[] {
	const {words} = instance;
	const reported = instance.quote.kind === 'reported' ? 1 : 0;
	const low = words.map((word) => fnv1a(word, 0x811c9dc5));
	const high = words.map((word) => fnv1a(word, 0x01000193 ^ 0x5bd1e995));
	const key = (from: number, to: number) => {
		let a = 0x811c9dc5 ^ reported;
		let b = 0x9747b28c ^ reported;
		for (let i = from; i < to; i++) {
			a = Math.imul(a ^ low[i], 0x01000193) >>> 0;
			b = Math.imul(b ^ high[i], 0x01000193) >>> 0;
		}
		return (b >>> 11) * 0x100000000 + a;
	};
	if (words.length < SHINGLE) return [key(0, words.length)];
	const keys: number[] = [];
	for (let index = 0; index + SHINGLE <= words.length; index++) keys.push(key(index, index + SHINGLE));
	return keys;
}

interface Instance {
	quote: LocalQuote;
	speaker: number | null;
	words: string[];
	/** The words joined by spaces: the key for exact and contained matches. */
	joined: string;
}

/**
 * Joins instances that carry the same words for the same speaker. Each distinct wording is compared only
 * with those whose first, middle or last 3-word shingle it contains (and they with it): the index holds
 * three probes per wording, and a shingle found in over MAX_BLOCK wordings ("the united states") tells nothing.
 */
function groupQuotes(instances: Instance[]): Groups {
	const groups = new Groups(instances.length);
	// The same words by the same speaker join at once; only one instance per wording is compared with the others.
	const exact = new Map<string, number>();
	const distinct: number[] = [];
	instances.forEach((instance, at) => {
		const key = `${instance.quote.kind === 'reported'}|${instance.speaker}|${instance.joined}`;
		const first = exact.get(key);
		if (first === undefined) {
			exact.set(key, at);
			distinct.push(at);
		} else groups.join(first, at);
	});
	const keysOf = new Map<number, number[]>();
	const wordings = new Map<number, number>();
	for (const at of distinct) {
		const keys = [...new Set(shingleKeys(instances[at]))];
		keysOf.set(at, keys);
		for (const key of keys) wordings.set(key, (wordings.get(key) ?? 0) + 1);
	}
	const probing = new Map<number, number[]>();
	for (const at of distinct) {
		const keys = shingleKeys(instances[at]);
		for (const probe of new Set([keys[0], keys[Math.floor(keys.length / 2)], keys.at(-1)!])) if (wordings.get(probe)! <= MAX_BLOCK) push(probing, probe, at);
	}
	const compare = (at: number, other: number) => {
		if (other === at || groups.root(other) === groups.root(at)) return;
		const instance = instances[at];
		const candidate = instances[other];
		if (candidate.speaker !== null && instance.speaker !== null && candidate.speaker !== instance.speaker) return;
		if (sameWords(instance, candidate)) groups.join(at, other);
	};
	for (const at of distinct) for (const key of keysOf.get(at)!) for (const other of probing.get(key) ?? []) compare(other, at);
	return groups;
}

/** Merges every article's speakers and quotes into the briefing's speakers[] and quotes[]. */
export function mergeQuotes(records: ArticleRecord[]): {speakers: Speaker[]; quotes: Quote[]} {
	const locals: Local[] = [];
	const localIndex = new Map<string, number>();
	records.forEach((record) => {
		for (const speaker of record.speakers) {
			localIndex.set(`${record.article.id}\u0000${speaker.key}`, locals.length);
			locals.push({speaker, article: record.article.id});
		}
	});
	const speakerGroups = groupSpeakers(locals);
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
		const named = group.filter((speaker) => !speaker.roleOnly);
		speakers.push({
			id,
			name,
			aliases: [...new Set(group.flatMap((speaker) => [speaker.name, ...speaker.aliases]))],
			role: commonest(named.map((speaker) => speaker.role)) ?? commonest(group.map((speaker) => speaker.role)),
			type: commonest(named.map((speaker) => speaker.type)) ?? group[0].type,
			side: commonest(group.map((speaker) => speaker.side ?? null)),
		});
	}
	const instances: Instance[] = records.flatMap((record) =>
		record.quotes.map((quote) => {
			const local = quote.speakerKey === null ? undefined : localIndex.get(`${record.article.id}\u0000${quote.speakerKey}`);
			const words = quoteWords(quote.text);
			return {quote, speaker: local === undefined ? null : speakerGroups.root(local), words, joined: words.join(' ')};
		}),
	);
	const quoteGroups = groupQuotes(instances);
	const byGroup = new Map<number, Instance[]>();
	instances.forEach((instance, index) => push(byGroup, quoteGroups.root(index), instance));
	const quotes: Quote[] = [...byGroup.values()].map((group) => mergedQuote(group, idOfGroup));
	return {speakers, quotes};
}

/** One quote for a group of instances: the most representative wording, every article, each outlet's sentence as evidence. */
function mergedQuote(group: Instance[], idOfGroup: Map<number, string>): Quote {
	// The wording that stands for most instances (the medoid), then the commonest, then the longest.
	const texts = new Map<string, Instance[]>();
	for (const instance of group) push(texts, instance.quote.text, instance);
	const wordings = [...texts.values()];
	// How many instances a wording stands for: compared per distinct wording, weighted by how often each occurs.
	const fits = (candidate: Instance) => wordings.reduce((sum, same) => sum + (sameWords(same[0], candidate) ? same.length : 0), 0);
	const ranked = wordings.map((same) => ({text: same[0].quote.text, fit: fits(same[0]), count: same.length}));
	ranked.sort((a, b) => b.fit - a.fit || b.count - a.count || b.text.length - a.text.length);
	const speaker = commonest(group.map((instance) => instance.speaker));
	const kinds = group.map((instance) => instance.quote.kind);
	return {
		speaker: speaker === null ? null : idOfGroup.get(speaker) ?? null,
		text: ranked[0].text,
		kind: kinds.includes('direct') ? 'direct' : kinds.includes('partial') ? 'partial' : 'reported',
		articles: [...new Set(group.map((instance) => instance.quote.evidence.article))],
		evidence: group.map((instance) => instance.quote.evidence),
	};
}
