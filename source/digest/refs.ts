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
}

/** The context for one rendering: sources numbered in corpus order. */
export function digestContext(briefing: Briefing, explain: boolean): DigestContext {
	return {
		briefing,
		numbers: new Map(briefing.articles.map((article, index) => [article.id, index + 1])),
		articles: new Map(briefing.articles.map((article) => [article.id, article])),
		explain,
		labels: new Map(),
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
	const numbers = sourceNumbers(context, ids);
	return numbers.length ? `${OPEN}${numbers.join(', ')}${CLOSE}` : '';
}

/** Distinct outlet labels of articles, in source order. */
export function outletsOf(context: DigestContext, ids: string[]): string[] {
	return [...new Set(sortedIds(context, ids).map((id) => label(context, id)))];
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
	return [...byOutlet].map(([name, group]) => withRefs(name, refs(context, group))).join(', ');
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
export function hedges(evidence: Evidence[]): string {
	const phrases = [...new Set(evidence.map((e) => e.hedge && oneLine(e.hedge)).filter(Boolean))];
	return phrases.length ? ` (hedged: ${phrases.map((phrase) => `“${phrase}”`).join(', ')})` : '';
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
	const date = parseISO(iso);
	return isValid(date) ? format(date, 'd MMM yyyy') : oneLine(iso);
}

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

/** 1234567.5 -> "1,234,567.5", locale-free so every machine prints the same bytes. */
export function formatNumber(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	const [whole, fraction] = String(Math.abs(value)).split('.');
	const grouped = /e/.test(whole) ? whole : whole.replace(/\B(?=(\d{3})+$)/g, ',');
	return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
