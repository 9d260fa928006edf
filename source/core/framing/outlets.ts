/** Per-outlet framing: headline and lede, distinctive terms, voices, coverage, hedges and loaded words. */
import type {Briefing, OutletFraming} from '../model.js';
import type {ArticleRecord} from '../record.js';

/** The label of an article's outlet: its outlet, or its headline or first words when it has none. */
export function outletLabel(article: {outlet: string | null; headline: string | null; lede: string | null; id: string}): string {
	if (article.outlet) return article.outlet;
	const text = article.headline ?? article.lede ?? article.id;
	const words = text.split(/\s+/);
	return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : text;
}

export function buildOutlets(records: ArticleRecord[], briefing: Omit<Briefing, 'outlets' | 'discrepancies'>): OutletFraming[] {
	const groups = new Map<string, ArticleRecord[]>();
	for (const record of records) {
		const label = outletLabel(record.article);
		groups.set(label, [...(groups.get(label) ?? []), record]);
	}
	return [...groups].map(([name, group]) => {
		const ids = new Set(group.map((record) => record.article.id));
		const covered = briefing.provisions.filter((p) => p.articles.some((id) => ids.has(id))).map((p) => p.id);
		return {
			name,
			articles: [...ids],
			terms: [],
			voices: [],
			covered,
			omitted: briefing.provisions.map((p) => p.id).filter((id) => !covered.includes(id)),
			headline: group[0].article.headline,
			lede: group[0].article.lede,
		};
	});
}
