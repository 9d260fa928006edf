/** Part 2: the plan's provisions, most-reported first, each with the outlets reporting it. */
import {paragraph, plural, type Item, type Section} from '../blocks.js';
import type {Provision} from '../../core/model.js';
import {carriedBy, hedges, outletsOf, rules, type DigestContext} from '../refs.js';
import {oneLine} from '../wrap.js';

/** Provisions by how many outlets report them, then how many articles; ties keep the briefing's order. */
export function provisionsByReach(context: DigestContext): Provision[] {
	const reach = (provision: Provision) => outletsOf(context, provision.articles).length;
	return context.briefing.provisions
		.map((provision, index) => ({provision, index}))
		.sort((a, b) => reach(b.provision) - reach(a.provision) || b.provision.articles.length - a.provision.articles.length || a.index - b.index)
		.map(({provision}) => provision);
}

/** Provision id -> its number in the digest's list, so framing can say "omits 2 and 5". */
export function provisionNumbers(context: DigestContext): Map<string, number> {
	return new Map(provisionsByReach(context).map((provision, index) => [provision.id, index + 1]));
}

function provisionItem(context: DigestContext, provision: Provision): Item {
	const outlets = outletsOf(context, provision.articles).length;
	return {
		text: `${oneLine(provision.summary)}${hedges(provision.evidence)}${rules(context, provision.evidence)}`,
		items: [{text: `Reported by ${plural(outlets, 'outlet')}: ${carriedBy(context, provision.articles)}`, plain: true}],
	};
}

/** The section: provisions numbered most-reported first. */
export function provisionsSection(context: DigestContext): Section {
	const provisions = provisionsByReach(context);
	return {
		heading: 'Plan provisions',
		blocks: provisions.length
			? [{kind: 'list', style: 'number', items: provisions.map((provision) => provisionItem(context, provision))}]
			: [paragraph('No plan provisions were found in the articles.')],
	};
}
