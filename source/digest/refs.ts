/** Source numbers ([1], [2], …), outlet names with their references, dates, numbers and evidence notes. */
import {format} from 'date-fns/format';
import {isValid} from 'date-fns/isValid';
import {parseISO} from 'date-fns/parseISO';
import {outletLabel} from '../core/framing/outlets.js';
import type {ArticleSummary, Briefing, Evidence} from '../core/model.js';
import {CLOSE, OPEN, glue, oneLine} from './wrap.js';

/** What every section needs: the briefing, its articles by id and number, and the --explain switch. */
export interface DigestContext {
	briefing: Briefing;
	/** Article id -> its number in the Sources list (1-based, corpus order). */
	numbers: Map<string, number>;
	articles: Map<string, ArticleSummary>;
	explain: boolean;
	/** Article id -> its label, filled as labels are asked for: a large corpus asks for each many times. */
	labels: Map<string, string>;
	/** Every item of every list (--all); otherwise long lists stop at their LIMITS with a "… and N more" line. */
	all: boolean;
	/** outletsOf's answers by the very list asked about: provisions ask twice (to rank, then to print) of thousands of ids. */
	outlets: WeakMap<string[], string[]>;
}

/**
 * How much of a long list the digest prints unless --all: a digest is read, and thousands of entries are not.
 * Each is well above what a story of a few dozen articles holds, so only very large corpora are cut.
 */
export const LIMITS = {
	provisions: 50,
	speakers: 50,
	quotesPerSpeaker: 30,
	unquoted: 50,
	figuresPerKind: 50,
	claims: 50,
	disagreements: 50,
	sentencesPerDisagreement: 10,
	/** Source numbers in one bracket. */
	refs: 20,
	/** Outlets named for one item. */
	outlets: 20,
	hedges: 10,
	/** Speakers an outlet quotes, in its framing. */
	voices: 30,
} as const;

/** The first `limit` items (all of them with --all) and how many were left out. */
export function bounded<T>(context: DigestContext, items: T[], limit: number): {shown: T[]; more: number} {
	if (context.all || items.length <= limit) return {shown: items, more: 0};
	return {shown: items.slice(0, limit), more: items.length - limit};
}

/** "… and 5280 more disagreements (brief digest --all prints every one)": the line that stands for what a list left out. */
export function moreLine(more: number, nouns: string): string {
	return `… and ${more} more ${nouns} (brief digest --all prints every one)`;
}

/** The context for one rendering: sources numbered in corpus order. */
export function digestContext(briefing: Briefing, explain: boolean, all = false): DigestContext {
	return {
		all,
		briefing,
		numbers: new Map(briefing.articles.map((article, index) => [article.id, index + 1])),
		articles: new Map(briefing.articles.map((article) => [article.id, article])),
		explain,
		labels: new Map(),
		outlets: new WeakMap(),
	};
}

/** The label an article goes by: its outlet, else its headline or first words in quotes, so they do not read as a name. */
export function articleLabel(article: ArticleSummary): string {
	const label = oneLine(outletLabel(article));
	return article.outlet ? label : `“${label}”`;
}

/** Source numbers of article ids, in order, unknown ids kept by name so no reference is lost. */
function sourceNumbers(context: DigestContext, ids: string[]): string[] {
	// One article (each evidence sentence's reference): no set to build, nothing to sort.
	if (ids.length === 1) return [String(context.numbers.get(ids[0]) ?? ids[0])];
	const known = [...new Set(ids)].map((id) => context.numbers.get(id) ?? id);
	const numbers = known.filter((n): n is number => typeof n === 'number').sort((a, b) => a - b);
	return [...numbers.map(String), ...known.filter((n): n is string => typeof n === 'string')];
}

/** "[1, 3]": the sources of an item; a long list may break after a comma. */
export function refs(context: DigestContext, ids: string[]): string {
	const {shown, more} = bounded(context, sourceNumbers(context, ids), LIMITS.refs);
	return shown.length ? `${OPEN}${shown.join(', ')}${more ? `, ${glue('and', String(more), 'more')}` : ''}${CLOSE}` : '';
}

/** Distinct outlet labels of articles, in source order. */
export function outletsOf(context: DigestContext, ids: string[]): string[] {
	let outlets = context.outlets.get(ids);
	if (!outlets) context.outlets.set(ids, (outlets = [...new Set(sortedIds(context, ids).map((id) => label(context, id)))]));
	return outlets;
}

/** "Harbour Post [1], Valley Courier [3, 5]": who carries an item, each with its sources. */
export function carriedBy(context: DigestContext, ids: string[]): string {
	const byOutlet = new Map<string, string[]>();
	for (const id of sortedIds(context, ids)) {
		const name = label(context, id);
		const group = byOutlet.get(name);
		if (group) group.push(id);
		else byOutlet.set(name, [id]);
	}
	const {shown, more} = bounded(context, [...byOutlet], LIMITS.outlets);
	const named = shown.map(([name, group]) => withRefs(name, refs(context, group))).join(', ');
	return more ? `${named} and ${more} more outlets` : named;
}

/** A name with its references attached to its last word, so a wrap never parts the name from "[1". */
export function withRefs(name: string, ref: string): string {
	if (!ref) return name;
	const parts = name.split(' ');
	return [...parts.slice(0, -1), glue(parts.at(-1) ?? '', ref)].join(' ');
}

function sortedIds(context: DigestContext, ids: string[]): string[] {
	const order = (id: string) => context.numbers.get(id) ?? Number.MAX_SAFE_INTEGER;
	return [...new Set(ids)].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function label(context: DigestContext, id: string): string {
	let known = context.labels.get(id);
	if (known === undefined) {
		const article = context.articles.get(id);
		known = article ? articleLabel(article) : id;
		context.labels.set(id, known);
	}
	return known;
}

/** " (hedged: “seen by Reuters”)" when the evidence says how the article sources the item. */
export function hedges(evidence: Evidence[], context?: DigestContext): string {
	const phrases = [...new Set(evidence.map((e) => e.hedge && oneLine(e.hedge)).filter(Boolean))];
	const {shown, more} = context ? bounded(context, phrases, LIMITS.hedges) : {shown: phrases, more: 0};
	return shown.length ? ` (hedged: ${shown.map((phrase) => `“${phrase}”`).join(', ')}${more ? ` and ${more} more` : ''})` : '';
}

/** The distinct rule ids of an item's evidence, in evidence order. */
export function ruleIds(evidence: Evidence[]): string[] {
	return [...new Set(evidence.map((e) => e.rule && oneLine(e.rule)).filter((rule): rule is string => Boolean(rule)))];
}

/** " [rule quote.said-after]" with --explain: the rule ids that found the item. */
export function rules(context: DigestContext, evidence: Evidence[]): string {
	const ids = context.explain ? ruleIds(evidence) : [];
	return ids.length ? ` ${glue(`${OPEN}rule`, `${ids.join(', ')}${CLOSE}`)}` : '';
}

/** "21 Nov 2025" for an ISO date; the raw value when it is not one. */
export function dayOf(iso: string): string {
	let day = days.get(iso);
	if (day === undefined) {
		const date = parseISO(iso);
		day = isValid(date) ? format(date, 'd MMM yyyy') : oneLine(iso);
		if (days.size >= 10000) days.clear();
		days.set(iso, day);
	}
	return day;
}

/** dayOf's answers: a large corpus has thousands of articles and a few dozen dates, and date-fns formats slowly. */
const days = new Map<string, string>();

/** "20-25 Nov 2025", "28 Oct-2 Nov 2025", "21 Nov 2025", or "dates unknown". */
export function dateRange(from: string | null, to: string | null): string {
	const first = from ?? to;
	const last = to ?? from;
	if (!first || !last) return 'dates unknown';
	const a = parseISO(first);
	const b = parseISO(last);
	if (!isValid(a) || !isValid(b)) return first === last ? oneLine(first) : `${oneLine(first)} to ${oneLine(last)}`;
	if (first === last) return format(a, 'd MMM yyyy');
	if (format(a, 'yyyy-MM') === format(b, 'yyyy-MM')) return `${format(a, 'd')}-${format(b, 'd MMM yyyy')}`;
	if (format(a, 'yyyy') === format(b, 'yyyy')) return `${format(a, 'd MMM')}-${format(b, 'd MMM yyyy')}`;
	return `${format(a, 'd MMM yyyy')}-${format(b, 'd MMM yyyy')}`;
}

export {formatNumber} from '../core/figure-value.js';
