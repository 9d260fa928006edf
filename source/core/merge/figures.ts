/**
 * The reduce stage for figures and claims: one row per figure or place across outlets.
 * Figures block by kind + value + place (a map, never all pairs); the same kind and place with
 * different values across outlets is a discrepancy. Claims block by place; differing extent across
 * outlets ("parts of" vs "most of") is a discrepancy.
 */
import type {LocalClaim} from '../extract/claims.js';
import type {LocalFigure} from '../extract/figures.js';
import type {Claim, Discrepancy, Evidence, Figure, FigureKind} from '../model.js';
import type {ArticleRecord} from '../record.js';
import {ARMED_NOUNS, CAPTIVE_NOUNS, DEPLOYED_ROLES, PEOPLE_NOUNS} from '../lexicon/casualties.js';
import {EQUIPMENT_NOUNS, TARGET_NOUNS} from '../lexicon/military.js';
import {AREA_UNITS, MEASURE_UNITS, MULTIPLIERS, NOT_CURRENCY, QUALIFIERS_ABOVE, QUALIFIERS_BELOW, QUANTITY_UNITS, TIME_UNITS} from '../lexicon/numbers.js';
import {SHORTENED_FEATURES} from '../lexicon/place-features.js';
import {outletLabel} from '../framing/outlets.js';
import {remembered} from '../memo.js';
import {nameSkeleton} from '../extract/speakers.js';


const keyOf = remembered((text) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim(),
);
const keyText = (text: string | null | undefined) => keyOf(text ?? '');

/** Nouns that say nothing about which figure it is ("26 people" = "26"). */
const GENERIC_COUNTS = new Set(['people', 'persons', 'person', 'others', 'individuals']);
// (of the dead or the held, "11 suspected members of the gang" says only that they were people of some group: the group
// tells who they were, so "11 terrorists killed" in the same article is that toll again; "15 members" of a body stay a count)
const GENERIC_CASUALTY_COUNTS = new Set(['member']);
const countsKey = (figure: LocalFigure) => {
	const counts = keyText(figure.counts).replace(/s$/, '');
	if (figure.kind !== 'other' && GENERIC_CASUALTY_COUNTS.has(counts)) return '';
	return GENERIC_COUNTS.has(counts) || GENERIC_COUNTS.has(counts + 's') ? '' : counts;
};
const EQUIPMENT = new RegExp(`^(?:${EQUIPMENT_NOUNS.map(keyText).join('|')})s?$`);
const TARGETS = new RegExp(`^(?:${TARGET_NOUNS.map(keyText).join('|')})s?$`);
/** What sort of thing a figure counts, so outlets' "five jets" and "five aircraft" merge but "three aircraft" and "three airfields" do not. */
function countsClass(figure: LocalFigure): string {
	const counts = countsKey(figure);
	if (!counts) return '';
	// "11 narco-terrorists" and "11 terrorists", "drug traffickers" and "traffickers": a compound is a sort of its head noun
	if (figure.kind !== 'damage') return counts.split(' ').at(-1) ?? counts;
	if (TARGETS.test(counts) || TARGETS.test(counts + 's')) return 'target';
	if (EQUIPMENT.test(counts) || EQUIPMENT.test(counts + 's') || /^[A-Z]/.test(figure.counts ?? '')) return 'equipment';
	return counts;
}

interface Draft {
	figure: Figure;
	counts: string;
	/** The sort of thing counted, for matching across outlets. */
	kindOfThing: string;
	place: string;
	/** The figure's articles, for asking whether one is among them. */
	inArticles: Set<string>;
	/** A bare count of people (kind other), which may repeat a count of the dead, held or displaced. */
	people?: boolean;
}

/** Whether two mentions in one article are the same figure: same kind and value, places and counted things agree or one is unknown. */
const sameInArticle = (draft: Draft, figure: LocalFigure) =>
	draft.figure.kind === figure.kind &&
	draft.figure.value === figure.value &&
	// tolls of one or two are mostly different people: the same only when place and counted people agree
	(draft.figure.value === null || draft.figure.value > 2 || (draft.place === keyText(figure.place) && draft.counts === countsKey(figure))) &&
	(draft.figure.value !== null || keyText(draft.figure.text) === keyText(figure.text)) &&
	(!draft.place || !figure.place || draft.place === keyText(figure.place)) &&
	(draft.counts === countsKey(figure) || (draft.figure.kind !== 'other' && (!draft.counts || !countsKey(figure))) || (isDistance(draft.counts) && isDistance(countsKey(figure)))) &&
	// "assets released within 30 days" and "sanctions reimposed within 30 days" are two deadlines of one length
	(!isDeadline(figure) || !/\bwithin\b/i.test(draft.figure.text) || draft.figure.evidence.some((evidence) => sameDeadline(evidence, figure.evidence))) &&
	// "seven died, five protesters and two police officers … police say two officers were killed": a part of one toll and a
	// toll of its own (or a rival's count) of one size are two figures
	(!PEOPLE_KINDS.has(figure.kind) || isPartOrRival(figure.evidence) === isPartOrRival(draft.figure.evidence[0])) &&
	// "renewed for 12 months" and "withdrawal within 12 months": a span and a deadline of one length are two terms
	!(isDeadline(figure) && SPAN_FOR.test(draft.figure.text)) &&
	!(SPAN_FOR.test(figure.text) && /^figure\.deal-term/.test(figure.evidence.rule ?? '') && /\bwithin\b/i.test(draft.figure.text) && /^figure\.deal-term/.test(draft.figure.evidence[0].rule ?? ''));

// a part of a toll ("five protesters and two police officers"), or a count set against another source's
const isPartOrRival = (evidence: Evidence) => /\+(?:part|including|among|rival)\b/.test(evidence.rule ?? '');

// a span a term runs for: "for 12 months", "for a further year"
const SPAN_FOR = /^for\b/i;

// a deal's time limit: "within 30 days", "must be home within 72 hours"
const isDeadline = (figure: LocalFigure) => /^figure\.deal-term/.test(figure.evidence.rule ?? '') && /\bwithin\b/i.test(figure.text);
// words that name no step of a deal: function words, the units of time
const TERM_STOP = new Set(['the', 'and', 'for', 'from', 'with', 'within', 'will', 'would', 'shall', 'must', 'are', 'was', 'were', 'been', 'its', 'their', 'them', 'they', 'all', 'every', 'one', 'first', 'then', 'that', 'which', 'who', 'has', 'have', 'had', 'can', 'may', 'not', 'more', 'after', 'under', 'this', 'said', 'says', 'told', 'days', 'day', 'hours', 'hour', 'weeks', 'week', 'months', 'month', 'years', 'year', 'billion', 'million']);
/** The lower-case words of a term's sentence, stemmed to five letters: what the term limits ("assets released", "sanctions reimposed"). */
// (a sentence's or list line's first word counts lower-cased: "Elections within 24 months")
const termWords = (evidence: Evidence) =>
	new Set((evidence.text.replace(/^[^\p{L}--[\u{10000}-\u{10FFFF}]]*[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v, (opening) => opening.toLowerCase()).match(/(?<![[\p{L}'’]--[\u{10000}-\u{10FFFF}]])[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}/gv) ?? []).filter((word) => !TERM_STOP.has(word)).map((word) => word.slice(0, 5)));
/** Whether two deadlines of one length limit the same step: their sentences share a plain word ("hostages", "released"). */
const sameDeadline = (a: Evidence, b: Evidence) => {
	const words = termWords(b);
	return [...termWords(a)].some((word) => words.has(word));
};

// a zone and a distance of one size in one article are one measure: "a 20 km radius", "within 20 km of the plant"
const DISTANCE_COUNTS = new Set(['zone', 'km', 'kilometre', 'kilometer', 'metre', 'meter', 'mile', 'nautical mile']);
const isDistance = (counts: string) => DISTANCE_COUNTS.has(counts);

const sameSentence = (a: Evidence, b: Evidence) => a.offset === b.offset && a.text === b.text;

// "a fund of 310 million kelvars": the word an amount read as money is counted in, right after its number or multiplier
const MONEY_WORD = /(?:\d|\b(?:thousand|million|billion|trillion))[\s\-]+(?!(?:thousand|million|billion|trillion)\b)([\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,})\b/v;
const NOT_MONEY_WORDS = new Set([...NOT_CURRENCY, ...TIME_UNITS, ...MEASURE_UNITS, ...QUANTITY_UNITS, ...AREA_UNITS, ...Object.keys(MULTIPLIERS)].map((word) => word.toLowerCase()));

/**
 * The currency words the story's outlets count money in ("4 million kelvars" read as money in one article): an outlet that
 * learnt no currency of its own ("handed 4 million kelvars") writes its sums in the same one.
 */
function storyCurrencies(records: ArticleRecord[]): Set<string> {
	const words = new Set<string>();
	for (const record of records)
		for (const figure of record.figures) {
			if (figure.kind !== 'money' || /[$€£¥₹₽₴]/.test(figure.text)) continue;
			const word = MONEY_WORD.exec(figure.text)?.[1].toLowerCase();
			if (!word || NOT_MONEY_WORDS.has(word) || NOT_MONEY_WORDS.has(word.replace(/s$/, ''))) continue;
			const one = word.replace(/s$/, '');
			for (const form of [word, one, `${one}s`]) words.add(form);
		}
	return words;
}

/** A count the outlet left as a plain number whose unit the story counts money in is money: "310 MILLION kelvars in the fund". */
function asStoryMoney(figure: LocalFigure, currencies: Set<string>): LocalFigure {
	if (figure.kind !== 'other' || figure.value === null) return figure;
	if (!currencies.size) return figure;
	const word = MONEY_WORD.exec(figure.text.replace(/\b(?:THOUSAND|MILLION|BILLION|TRILLION)\b/g, (multiplier) => multiplier.toLowerCase()))?.[1].toLowerCase();
	return word && currencies.has(word) ? {...figure, kind: 'money'} : figure;
}

/** One article's figures with repeated mentions (lede and body, bullet and paragraph) folded together. */
function articleFigures(record: ArticleRecord, currencies: Set<string> = new Set()): Draft[] {
	const drafts: Draft[] = [];
	for (const read of record.figures) {
		const figure = asStoryMoney(read, currencies);
		// two of one number in one sentence are two facts: "six Kell officers, six Dorva officers"
		const same = drafts.find((draft) => sameInArticle(draft, figure) && !draft.figure.evidence.some((evidence) => sameSentence(evidence, figure.evidence)));
		if (same) {
			same.figure.evidence.push(figure.evidence);
			same.place ||= keyText(figure.place);
			same.figure.place ??= figure.place;
			same.figure.source ??= figure.source;
			same.figure.qualifier ??= figure.qualifier;
			same.counts ||= countsKey(figure);
			same.kindOfThing ||= countsClass(figure);
			continue;
		}
		drafts.push({
			figure: {value: figure.value, qualifier: figure.qualifier, kind: figure.kind, text: figure.text, place: figure.place, source: figure.source, articles: [record.article.id], evidence: [figure.evidence]},
			counts: countsKey(figure),
			kindOfThing: countsClass(figure),
			place: keyText(figure.place),
			inArticles: new Set([record.article.id]),
			people: isPeople(figure),
		});
	}
	return foldPeopleRepeats(drafts);
}

const PEOPLE = new Set([...PEOPLE_NOUNS, ...CAPTIVE_NOUNS, ...ARMED_NOUNS].map((noun) => noun.toLowerCase()));
/** Kinds that count people by what befell them or what they do. */
const PEOPLE_KINDS: ReadonlySet<FigureKind> = new Set(['killed', 'injured', 'missing', 'displaced', 'hostages', 'prisoners', 'troops']);
// (a body's seats are no one's toll: "a nine-member committee" beside "nine people were killed")
const isPeople = (figure: LocalFigure) => figure.kind === 'other' && figure.value !== null && figure.value > 2 && PEOPLE.has((figure.counts ?? '').toLowerCase()) && !/^figure\.members/.test(figure.evidence.rule ?? '');

const DEPLOYED = new Set(DEPLOYED_ROLES.map((noun) => keyText(noun).replace(/s$/, '')));

/** Whether a bare count may repeat a toll: "150 civilian dead" and "150 unarmed observers" a deal sends are not the same people. */
function samePeople(counted: Draft, repeat: Draft): boolean {
	return !DEPLOYED.has(repeat.counts) || counted.counts === repeat.counts;
}

/**
 * A bare count of people an article already counted as killed, held or displaced is that count again ("at least 17 villagers
 * were killed …" then "the names of 17 victims"; "40 fishermen detained …" then "Our 40 fishermen will come home"): folded into it.
 */
function foldPeopleRepeats(drafts: Draft[]): Draft[] {
	return drafts.filter((draft) => {
		if (!draft.people) return true;
		const counted = drafts.find((other) => PEOPLE_KINDS.has(other.figure.kind) && other.figure.value === draft.figure.value && samePeople(other, draft));
		if (!counted) return true;
		counted.figure.evidence.push(...draft.figure.evidence);
		return false;
	});
}

// a place sized by its people ("a district of 3,000 people") counts no one a story's event befell
const isPopulation = (draft: Draft) => draft.figure.evidence.some((evidence) => /^figure\.population/.test(evidence.rule ?? ''));

/**
 * A bare count of people one outlet gives with no verb ("118 pupils") that another outlet tells what befell ("118 pupils
 * were abducted") is that count again: it takes the kind the other outlets give the same number of the same people.
 */
function withKindsOfOtherOutlets(drafted: Draft[][]): void {
	const kinds = new Map<string, Map<FigureKind, Set<number>>>();
	drafted.forEach((drafts, article) => {
		for (const draft of drafts) {
			// (a bare number read by analogy with the count before it, "40 dead one day, 60 the next", tells no one's fate)
			if (!PEOPLE_KINDS.has(draft.figure.kind) || draft.figure.value === null || draft.figure.evidence.every((evidence) => PART_RULE.test(evidence.rule ?? '') || /\+ellipsis\b/.test(evidence.rule ?? ''))) continue;
			const key = `${draft.figure.value}|${draft.counts}`;
			const byKind = kinds.get(key) ?? new Map<FigureKind, Set<number>>();
			kinds.set(key, byKind.set(draft.figure.kind, (byKind.get(draft.figure.kind) ?? new Set()).add(article)));
		}
	});
	drafted.forEach((drafts, article) => {
		for (const draft of drafts) {
			if (!draft.people || isPopulation(draft) || DEPLOYED.has(draft.counts)) continue;
			const byKind = kinds.get(`${draft.figure.value}|${draft.counts}`);
			const told = byKind ? [...byKind].filter(([, articles]) => !articles.has(article)).sort((a, b) => b[1].size - a[1].size) : [];
			// outlets that disagree on what befell them leave the count as it stands
			if (!told.length || (told.length > 1 && told[0][1].size === told[1][1].size)) continue;
			draft.figure.kind = told[0][0];
			draft.people = false;
		}
	});
}

/**
 * Figures across outlets: the same kind, value and place is one figure listing every article. Figures block by
 * kind and value; within a block an outlet that names no place joins the one that does.
 */
export function mergeFigures(records: ArticleRecord[]): {figures: Figure[]; discrepancies: Discrepancy[]} {
	const blocks = new Map<string, Draft[]>();
	const figures: Figure[] = [];
	// the sort of thing each merged figure counts ("troop", "" for people at large), for telling a part from a rival
	const things = new Map<Figure, string>();
	const currencies = storyCurrencies(records);
	const drafted = records.map((record) => articleFigures(record, currencies));
	withKindsOfOtherOutlets(drafted);
	for (const [index, record] of records.entries()) {
		for (const draft of drafted[index]) {
			const key = `${draft.figure.kind}|${draft.figure.value ?? `~${keyText(draft.figure.text)}`}`;
			const block = blocks.get(key) ?? [];
			blocks.set(key, block);
			const match = matchAcrossOutlets(block, draft, record.article.id);
			if (!match) {
				block.push(draft);
				figures.push(draft.figure);
				things.set(draft.figure, draft.kindOfThing);
				continue;
			}
			match.figure.articles.push(record.article.id);
			match.inArticles.add(record.article.id);
			for (const evidence of draft.figure.evidence) match.figure.evidence.push(evidence);
			match.figure.source ??= draft.figure.source;
			if (!match.place && draft.place) ((match.place = draft.place), (match.figure.place = draft.figure.place));
			match.counts ||= draft.counts;
			if (!match.kindOfThing && draft.kindOfThing) things.set(match.figure, (match.kindOfThing = draft.kindOfThing));
		}
	}
	return {figures, discrepancies: figureDiscrepancies(records, figures, things)};
}

const ABOVE = new Set(QUALIFIERS_ABOVE);
const BELOW = new Set(QUALIFIERS_BELOW);
const sideOfQualifier = (qualifier: string | null) => (qualifier === null ? 0 : ABOVE.has(qualifier.toLowerCase()) ? 1 : BELOW.has(qualifier.toLowerCase()) ? -1 : 0);
/** "more than 200" and "nearly 200" are two claims: one outlet's floor is not another's ceiling. */
const qualifiersClash = (a: Figure, b: Figure) => sideOfQualifier(a.qualifier) * sideOfQualifier(b.qualifier) < 0;

/** The figure another outlet already gave that this one repeats: same place (or one unnamed), then the closest counted thing. */
function matchAcrossOutlets(block: Draft[], draft: Draft, article: string): Draft | undefined {
	// One pass over the block (every article repeating a figure meets it): the first of each rank is kept, the same
	// draft as ranking the same-place figures, then the open-place ones, by counted thing, kind of thing, then either unknown.
	const best: (Draft | undefined)[] = new Array(6);
	for (const other of block) {
		const samePlace = other.place === draft.place;
		if (!samePlace && (draft.place ? other.place : !other.place)) continue;
		if (other.inArticles.has(article) || qualifiersClash(other.figure, draft.figure)) continue;
		const rank =
			other.counts === draft.counts ? 0 : other.kindOfThing === draft.kindOfThing ? 1 : !other.kindOfThing || !draft.kindOfThing ? 2 : -1;
		if (rank < 0) continue;
		if (rank === 0 && samePlace) return other;
		const slot = (samePlace ? 0 : 3) + rank;
		best[slot] ??= other;
	}
	return best.find((match) => match !== undefined);
}

/** Kinds whose differing values for one place are a discrepancy; "other" figures differ for many reasons. */
const COMPARABLE: ReadonlySet<FigureKind> = new Set(['killed', 'injured', 'missing', 'displaced', 'hostages', 'prisoners', 'troops', 'percent_territory', 'plan_points']);
const PLACELESS_COMPARABLE: ReadonlySet<FigureKind> = new Set(['troops', 'plan_points', 'percent_territory']);

function outletOf(records: ArticleRecord[]): (article: string) => string {
	const names = new Map(records.map((record) => [record.article.id, outletLabel(record.article)]));
	return (article) => names.get(article) ?? article;
}

// a part of a count told with it ("44 people, including 15 children", "among the 43 dead, 15 are children"), as the local rules mark it
const PART_RULE = /\+(?:part|including|among|of-whom)\b/;
/** Whether every mention of a figure is a part of a count told with it: no rival of the count, nor of another outlet's part. */
const isPartOfCount = (figure: Figure) => figure.evidence.length > 0 && figure.evidence.every((evidence) => PART_RULE.test(evidence.rule ?? ''));

/** The same kind and place given different numbers by different outlets: each outlet's number and sentence. */
function figureDiscrepancies(records: ArticleRecord[], figures: Figure[], things: ReadonlyMap<Figure, string>): Discrepancy[] {
	const outlet = outletOf(records);
	const byKindPlace = new Map<string, Figure[]>();
	for (const figure of figures) {
		if (figure.value === null || !COMPARABLE.has(figure.kind) || isPartOfCount(figure)) continue;
		if (!figure.place && !PLACELESS_COMPARABLE.has(figure.kind)) continue;
		if (!figure.place && CLOSE_COMPARABLE.has(figure.kind)) continue; // told apart by how close their numbers are, below
		const key = `${figure.kind}|${keyText(figure.place)}`;
		const group = byKindPlace.get(key);
		if (group) group.push(figure);
		else byKindPlace.set(key, [figure]);
	}
	const discrepancies: Discrepancy[] = [];
	const placeDisputed = new Set<Figure>();
	for (const group of byKindPlace.values()) {
		// each article's largest number for the kind and place is its headline count; parts of it ("including two women") are not rivals
		const headline = new Map<string, Figure>();
		for (const figure of group)
			for (const article of figure.articles) if (!headline.has(article) || headline.get(article)!.value! < figure.value!) headline.set(article, figure);
		withoutNarrowerParts(headline, things);
		const values = new Set([...headline.values()].map((figure) => figure.value));
		if (values.size < 2 || headline.size < 2) continue;
		for (const figure of group) placeDisputed.add(figure);
		const chosen = [...new Set(headline.values())];
		const kind = group[0].kind;
		const place = group[0].place ? ` in ${group[0].place}` : '';
		const parts = chosen.map((figure) => `${figure.qualifier ? figure.qualifier + ' ' : ''}${figure.value} (${[...new Set(figure.articles.filter((article) => headline.get(article) === figure).map(outlet))].join(', ')})`);
		const articles = [...headline.keys()];
		discrepancies.push({
			summary: `${kind.replace('_', ' ')}${place}: ${parts.join(' vs ')}`,
			kind: 'figure',
			articles,
			evidence: chosen.flatMap((figure) => figure.evidence.find((evidence) => headline.get(evidence.article) === figure) ?? []),
		});
	}
	discrepancies.push(...closeDiscrepancies(figures.filter((figure) => !placeDisputed.has(figure) && !isPartOfCount(figure)), outlet));
	return discrepancies;
}

/**
 * Drops from the articles' counts of one kind and place those of a narrower group well below the largest count
 * ("15 troops" killed in one strike beside "more than 700 people" killed in the province): a part of the toll, not a
 * rival of it. A narrower group's count near the largest ("26 tourists" against "28 people") stays a rival.
 */
function withoutNarrowerParts(counted: Map<string, Figure>, things: ReadonlyMap<Figure, string>): void {
	let largest: Figure | undefined;
	for (const figure of counted.values()) if (!largest || figure.value! > largest.value!) largest = figure;
	if (!largest) return;
	const broad = things.get(largest) ?? '';
	for (const [article, figure] of counted) {
		const thing = things.get(figure) ?? '';
		if (thing && thing !== broad && figure.value! * CLOSE_RATIO < largest.value!) counted.delete(article);
	}
}

/** Kinds whose counts outlets give without a place ("2,412 people have been killed"), compared by how close the numbers are. */
const CLOSE_COMPARABLE: ReadonlySet<FigureKind> = new Set(['killed', 'injured', 'missing', 'displaced', 'hostages', 'prisoners', 'troops']);
/** How far apart two outlets' numbers for one count may be: "31 vs 35 vs at least 26 miners", "20,000 vs 18,000 troops", not "20,000 vs 3,000". */
const CLOSE_RATIO = 1.35;

/**
 * Outlets giving one placeless count different numbers: figures of a kind sorted by value fall into runs of close numbers
 * (each within CLOSE_RATIO of the one before); a run that several outlets give different numbers in is a discrepancy.
 * Runs whose figures all name one place, and figures already in a place's discrepancy, are left to the place comparison above.
 */
function closeDiscrepancies(figures: Figure[], outlet: (article: string) => string): Discrepancy[] {
	const byKind = new Map<FigureKind, Figure[]>();
	for (const figure of figures) {
		if (figure.value === null || figure.value < 5 || !CLOSE_COMPARABLE.has(figure.kind)) continue;
		const group = byKind.get(figure.kind);
		if (group) group.push(figure);
		else byKind.set(figure.kind, [figure]);
	}
	const discrepancies: Discrepancy[] = [];
	for (const [kind, group] of byKind) {
		group.sort((a, b) => a.value! - b.value!);
		let run: Figure[] = [];
		const flush = () => {
			const discrepancy = runDiscrepancy(kind, run, outlet);
			if (discrepancy) discrepancies.push(discrepancy);
		};
		for (const figure of group) {
			if (run.length && figure.value! > run.at(-1)!.value! * CLOSE_RATIO) (flush(), (run = []));
			run.push(figure);
		}
		flush();
	}
	return discrepancies;
}

/** The discrepancy one run of close numbers makes, when outlets differ in it and it is not all one place's. */
function runDiscrepancy(kind: FigureKind, run: Figure[], outlet: (article: string) => string): Discrepancy | null {
	if (run.length < 2 || !run.some((figure) => !figure.place)) return null;
	// each article's largest number in the run is its count; a repeat of it or a smaller part is not a rival
	const counted = new Map<string, Figure>();
	for (const figure of run) for (const article of figure.articles) if (!counted.has(article) || counted.get(article)!.value! < figure.value!) counted.set(article, figure);
	const chosen = [...new Set(counted.values())];
	if (new Set(chosen.map((figure) => figure.value)).size < 2) return null;
	// one part per number: two figures of one value (different people counted alike) read as one side of the disagreement
	const byValue = new Map<number, Figure[]>();
	for (const figure of chosen) byValue.set(figure.value!, [...(byValue.get(figure.value!) ?? []), figure]);
	const parts = [...byValue.values()].map((same) => {
		const articles = same.flatMap((figure) => figure.articles.filter((article) => counted.get(article) === figure));
		return `${same[0].qualifier ? same[0].qualifier + ' ' : ''}${same[0].value} (${[...new Set(articles.map(outlet))].join(', ')})`;
	});
	return {
		summary: `${kind.replace('_', ' ')}: ${parts.join(' vs ')}`,
		kind: 'figure',
		articles: [...counted.keys()],
		evidence: chosen.flatMap((figure) => figure.evidence.find((evidence) => counted.get(evidence.article) === figure) ?? []),
	};
}

/** Claims across outlets: one claim per place; differing extent across outlets is a discrepancy. */
export function mergeClaims(records: ArticleRecord[]): {claims: Claim[]; discrepancies: Discrepancy[]} {
	const byPlace = new Map<string, {claim: Claim; locals: LocalClaim[]; articles: Set<string>}>();
	// how many claims name each place key (its spellings are told apart by how often each is used)
	const placeCounts = new Map<string, number>();
	for (const record of records) {
		for (const local of record.claims) {
			const key = keyText(local.place);
			placeCounts.set(key, (placeCounts.get(key) ?? 0) + 1);
		}
	}
	const places = new Set(placeCounts.keys());
	const fullNames = fullLandformNames(places);
	for (const [variant, name] of transliterations(placeCounts)) if (!fullNames.has(variant)) fullNames.set(variant, name);
	// a rival's leaving ("the other side withdrew from X") answers a hold or a taking someone claims; told alone it is no claim
	const isLeft = (local: LocalClaim) => local.evidence.rule === 'claim.holds-left';
	const claimedKeys = new Set(records.flatMap((record) => record.claims.filter((local) => !isLeft(local) && /^claim\.(?:holds|take)/.test(local.evidence.rule ?? '')).map((local) => placeKey(local.place, places, fullNames))));
	for (const record of records) {
		for (const local of record.claims) {
			const key = placeKey(local.place, places, fullNames);
			if (isLeft(local) && !claimedKeys.has(key)) continue;
			let entry = byPlace.get(key);
			if (!entry) {
				entry = {claim: {place: local.place, claim: local.claim, claimant: local.claimant, disputedBy: local.disputedBy, articles: [], evidence: []}, locals: [], articles: new Set()};
				byPlace.set(key, entry);
			}
			entry.locals.push(local);
			const {claim} = entry;
			// "X" rather than "X and Y"; the full name rather than its short form ("Mora Island", not "Mora" or "Island")
			if (local.place.length < claim.place.length ? !isShortFormOf(keyText(local.place), keyText(claim.place)) : isShortFormOf(keyText(claim.place), keyText(local.place))) claim.place = local.place;
			if (!entry.articles.has(record.article.id)) {
				entry.articles.add(record.article.id);
				claim.articles.push(record.article.id);
			}
			claim.evidence.push(local.evidence);
			claim.claimant ??= local.claimant;
			claim.disputedBy = mergeDispute(claim.disputedBy, local.disputedBy);
		}
	}
	const claims: Claim[] = [];
	const discrepancies: Discrepancy[] = [];
	const outlet = outletOf(records);
	for (const {claim, locals} of byPlace.values()) {
		claim.claim = claimVersions(locals);
		if (!claim.disputedBy || claim.disputedBy === 'unverified') claim.disputedBy = rivalVersion(claim.claimant, locals) ?? claim.disputedBy;
		claim.disputedBy = withoutOwnSide(claim.claimant, claim.disputedBy, locals);
		claims.push(claim);
		const extents = new Map<string, LocalClaim[]>();
		for (const local of locals) {
			if (local.extent === undefined) continue;
			const same = extents.get(local.extent ?? 'all');
			if (same) same.push(local);
			else extents.set(local.extent ?? 'all', [local]);
		}
		const outletsByExtent = [...extents.entries()].map(([extent, group]) => ({extent, articles: [...new Set(group.map((local) => local.evidence.article))], evidence: group[0].evidence}));
		const articles = new Set(outletsByExtent.flatMap((entry) => entry.articles));
		if (outletsByExtent.length < 2 || articles.size < 2) {
			const disputed = disputeDiscrepancy(claim, locals, outlet);
			if (disputed) discrepancies.push(disputed);
			continue;
		}
		discrepancies.push({
			summary: `${claim.place}: ${outletsByExtent.map((entry) => `${entry.extent} (${entry.articles.map(outlet).join(', ')})`).join(' vs ')}`,
			kind: 'claim',
			articles: [...articles],
			evidence: outletsByExtent.map((entry) => entry.evidence),
		});
	}
	return {claims, discrepancies};
}

/**
 * A claim a named side disputes ("sank the frigate off X" vs "the frigate is in port"): the claim against its denial,
 * with the claiming sentence and the sentence that carries the dispute. An outlet's "could not be verified" is no side.
 */
function disputeDiscrepancy(claim: Claim, locals: LocalClaim[], outlet: (article: string) => string): Discrepancy | null {
	if (!claim.disputedBy || claim.disputedBy === 'unverified') return null;
	const disputing = locals.filter((local) => local.disputedBy && local.disputedBy !== 'unverified');
	const claiming = locals.find((local) => !local.disputedBy) ?? locals[0];
	const evidence = [claiming.evidence, ...disputing.map((local) => local.evidence).filter((evidence) => evidence !== claiming.evidence).slice(0, 1)];
	const articles = [...new Set(locals.map((local) => local.evidence.article))];
	const claimant = claim.claimant && !claim.claim.includes('(') ? ` (${claim.claimant})` : ''; // versions from several sides already name theirs
	return {
		summary: `${claim.place}: ${claim.claim}${claimant} vs disputed by ${claim.disputedBy} (${[...new Set(disputing.map((local) => outlet(local.evidence.article)))].join(', ')})`,
		kind: 'claim',
		articles,
		evidence,
	};
}

/**
 * Two sides telling one place's incident, or one taking ground and the other holding it, each in its own outlet
 * ("X opened fire on our post near Z" in one, "Y fired first near Z" in another): the other side disputes the claim.
 */
function rivalVersion(claimant: string | null, locals: LocalClaim[]): string | null {
	// (an attack on X its defender says it beat off is the defender's hold on X: "repelled an attack on X")
	const contested = locals.filter((local) => local.claimant && /^claim\.(?:incident|holds|take|repelled-attack)/.test(local.evidence.rule ?? ''));
	if (!contested.some((local) => /^claim\.(?:incident|holds|repelled-attack)/.test(local.evidence.rule ?? ''))) return null; // two takings are the per-article rule's
	const first = claimant ?? contested[0]?.claimant ?? null;
	const rival = contested.find((local) => !sameSide(local.claimant, first));
	return first && rival ? rival.claimant : null;
}

/**
 * The versions of one place's claim: "taken; liberated". When the versions come from different sides, each names
 * its claimant, so a siege told as fact and a strike one side alleges do not read as one side's word.
 */
function claimVersions(locals: LocalClaim[]): string {
	const versions = new Map<string, Set<string | null>>();
	for (const local of locals) {
		const claimants = versions.get(local.claim);
		if (claimants) claimants.add(local.claimant);
		else versions.set(local.claim, new Set([local.claimant]));
	}
	// The sides: a claimant is one unless a side already counted is the same (a repeated claimant always is).
	const sides: (string | null)[] = [];
	for (const claimant of new Set(locals.map((local) => local.claimant))) if (!sides.some((side) => sameSide(side, claimant))) sides.push(claimant);
	if (sides.length < 2) return [...versions.keys()].join('; ');
	return [...versions.entries()]
		.map(([text, claimants]) => `${text} (${distinctSides(claimants).map((claimant) => claimant ?? 'unattributed').join(', ')})`)
		.join('; ');
}

/**
 * Each side once, named as it is first named: a claimant is kept unless one named before it (kept or not) is the
 * same side. Taken over distinct claimants in first-seen order: a repeat always finds its own first naming.
 */
function distinctSides(claimants: Iterable<string | null>): (string | null)[] {
	const kept: (string | null)[] = [];
	const seen: (string | null)[] = [];
	for (const claimant of claimants) {
		if (!seen.some((other) => sameSide(other, claimant))) kept.push(claimant);
		seen.push(claimant);
	}
	return kept;
}

/** The side a claimant or denier names, for comparing: "Kyrin’s military" and "Kyrin" -> "kyrin". */
const sideKey = remembered((who) =>
	keyText(who.replace(/['’]s\b.*$/, ''))
		.replace(/^the /, '')
		.split(' ')[0],
);

/** Whether two claimants or deniers are one side: the same first name word, or a country and its adjective ("Tavia", "Tavian", "Tavian general staff"). */
function sameSide(a: string | null, b: string | null): boolean {
	if (a === null || b === null) return a === b;
	const [x, y] = [sideKey(a), sideKey(b)].sort((p, q) => p.length - q.length);
	if (x === y) return x.length >= 3 || keyText(a) === keyText(b);
	if (x.length < 4) return false;
	// "Tavia"/"Tavian", "Paldor"/"Paldori", "Kenya"/"Kenyan": a name and its adjective
	return (y.startsWith(x) && /^(?:n|an|ian|i|ese|ish)s?$/.test(y.slice(x.length))) || (x.endsWith('a') && y.startsWith(x.slice(0, -1)) && /^ans?$/.test(y.slice(x.length - 1)));
}

/**
 * A joint target ("X and Y") is filed under X when X is claimed on its own somewhere, so one place is one row; a landform's
 * short form ("Mora", "Strip") under its full name ("Mora Island", "Kell Strip") when that is claimed too.
 */
function placeKey(place: string, places: ReadonlySet<string>, fullNames: ReadonlyMap<string, string | null>): string {
	const key = keyText(place);
	const first = key.split(' and ')[0];
	if (first !== key && places.has(first)) return first;
	return fullNames.get(key) ?? key;
}

/**
 * "Vorlyansk" in one outlet, "Vorliansk" in the rest: a place's name spelt two ways (the same consonants, vowels and "y"/"i"
 * apart, as nameSkeleton reads names) is one place, filed under its commonest spelling. Short names are left apart.
 */
function transliterations(counts: ReadonlyMap<string, number>): Map<string, string> {
	const bySkeleton = new Map<string, string[]>();
	for (const key of counts.keys()) {
		if (key.includes(' ') || key.length < 6) continue;
		const skeleton = nameSkeleton(key);
		if (skeleton.length < 4) continue;
		const spellings = bySkeleton.get(skeleton);
		if (spellings) spellings.push(key);
		else bySkeleton.set(skeleton, [key]);
	}
	const names = new Map<string, string>();
	for (const keys of bySkeleton.values()) {
		if (keys.length < 2) continue;
		const commonest = keys.reduce((best, key) => ((counts.get(key) ?? 0) > (counts.get(best) ?? 0) ? key : best));
		for (const key of keys) if (key !== commonest) names.set(key, commonest);
	}
	return names;
}

const SHORTENED_FEATURE_SET = new Set(SHORTENED_FEATURES);

/** Whether a place key is the short form of another: "mora" of "mora island", "strip" of "kell strip". */
function isShortFormOf(short: string, full: string): boolean {
	const words = full.split(' ');
	const feature = words.at(-1)!;
	if (words.length < 2 || !SHORTENED_FEATURE_SET.has(feature)) return false;
	return short === words.slice(0, -1).join(' ') || (short === feature && words.length === 2);
}

/** Each short landform key ("mora", "strip") with the one full name it stands for among the places claimed (null when several). */
function fullLandformNames(places: ReadonlySet<string>): Map<string, string | null> {
	const names = new Map<string, string | null>();
	const add = (short: string, full: string) => names.set(short, names.has(short) && names.get(short) !== full ? null : full);
	for (const full of places) {
		const words = full.split(' ');
		if (words.length < 2 || !SHORTENED_FEATURE_SET.has(words.at(-1)!)) continue;
		add(words.slice(0, -1).join(' '), full);
		if (words.length === 2) add(words[1], full);
	}
	return names;
}

/**
 * A side never disputes its own claim: a denier of the claimant's side (a place both sides claim, merged from each side's
 * version) gives way to the rival sides that claim the place too.
 */
function withoutOwnSide(claimant: string | null, disputedBy: string | null, locals: LocalClaim[]): string | null {
	if (!claimant || !disputedBy) return disputedBy;
	const deniers = disputedBy.split('; ');
	if (!deniers.some((denier) => sameSide(denier, claimant))) return disputedBy;
	const others = deniers.filter((denier) => !sameSide(denier, claimant));
	if (others.length) return others.join('; ');
	// (the first rival as it is first named: one side may be named several ways, "the army", "the ministry")
	return locals.map((local) => local.claimant).find((other) => other && other !== 'each side' && !sameSide(other, claimant)) ?? null;
}

/** A named denier wins over "unverified"; two deniers are both kept. */
function mergeDispute(current: string | null, next: string | null): string | null {
	if (!next || current === next) return current;
	if (!current || current === 'unverified') return next;
	if (next === 'unverified' || current.split('; ').some((denier) => sameSide(denier, next))) return current;
	return `${current}; ${next}`;
}

export type {Evidence};
