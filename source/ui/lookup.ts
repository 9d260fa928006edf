/** Lookups the renderers need over one briefing (article by id, speaker by id), built once per briefing. */
import type {ArticleSummary, Briefing, Provision, Speaker} from '../core/model.js';

/** Lookups by id over one briefing. */
export interface BriefingLookup {
	article(id: string): ArticleSummary | undefined;
	speaker(id: string | null): Speaker | undefined;
	provision(id: string): Provision | undefined;
	/** The outlet name an article is grouped under in `outlets`, else its own outlet, else its id. */
	outletOf(articleId: string): string;
	/** Distinct outlet names over a list of article ids, in order (the same array for the same list: do not change it). */
	outletsOf(articleIds: string[]): string[];
}

const cache = new WeakMap<Briefing, BriefingLookup>();

/** The lookup for a briefing (memoised per briefing object). */
export function lookup(briefing: Briefing): BriefingLookup {
	const cached = cache.get(briefing);
	if (cached) return cached;
	const articles = new Map(briefing.articles.map((article) => [article.id, article]));
	const speakers = new Map(briefing.speakers.map((speaker) => [speaker.id, speaker]));
	const provisions = new Map(briefing.provisions.map((provision) => [provision.id, provision]));
	const outlets = new Map<string, string>();
	for (const outlet of briefing.outlets) for (const id of outlet.articles) outlets.set(id, outlet.name);
	const outletOf = (id: string) => outlets.get(id) ?? articles.get(id)?.outlet ?? id;
	// By the very list asked about: every frame asks again for each visible row, and a list may hold thousands of ids.
	const outletLists = new WeakMap<string[], string[]>();
	const outletsOf = (ids: string[]) => {
		let names = outletLists.get(ids);
		if (!names) outletLists.set(ids, (names = [...new Set(ids.map(outletOf))]));
		return names;
	};
	const result: BriefingLookup = {
		article: (id) => articles.get(id),
		speaker: (id) => (id === null ? undefined : speakers.get(id)),
		provision: (id) => provisions.get(id),
		outletOf,
		outletsOf,
	};
	cache.set(briefing, result);
	return result;
}
