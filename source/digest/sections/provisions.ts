/** Part 2: the plan's provisions, most-reported first, each with the outlets reporting it. */
import {paragraph, plural, type Item, type Section} from '../blocks.js';
import type {Provision} from '../../core/model.js';
import {bounded, carriedBy, hedges, LIMITS, moreLine, outletsOf, rules, type DigestContext} from '../refs.js';
import {oneLine} from '../wrap.js';

/** Provisions by how many outlets report them, then how many articles; ties keep the briefing's order. */
export function provisionsByReach(context: DigestContext): Provision[] {
	// Each provision's reach is counted once, not once per comparison: a provision may carry thousands of articles.
	return context.briefing.provisions
		.map((provision, index) => ({provision, index, reach: outletsOf(context, provision.articles).length}))
		.sort((a, b) => b.reach - a.reach || b.provision.articles.length - a.provision.articles.length || a.index - b.index)
		.map(({provision}) => provision);
}

const numbersOf = new WeakMap<DigestContext, Map<string, number>>();

/** Provision id -> its number in the digest's list, so framing can say "omits 2 and 5"; worked out once per rendering. */
export function provisionNumbers(context: DigestContext): Map<string, number> {
	let numbers = numbersOf.get(context);
	if (!numbers) numbersOf.set(context, (numbers = new Map(provisionsByReach(context).map((provision, index) => [provision.id, index + 1]))));
	return numbers;
}

function provisionItem(context: DigestContext, provision: Provision): Item {
	const outlets = outletsOf(context, provision.articles).length;
	return {
		text: `${oneLine(provision.summary)}${hedges(provision.evidence, context)}${rules(context, provision.evidence)}`,
		items: [{text: `Reported by ${plural(outlets, 'outlet')}: ${carriedBy(context, provision.articles)}`, plain: true}],
	};
}

/** The section: provisions numbered most-reported first. */
export function provisionsSection(context: DigestContext): Section {
	const provisions = provisionsByReach(context);
	const {shown, more} = bounded(context, provisions, LIMITS.provisions);
	return {
		heading: 'Plan provisions',
		blocks: provisions.length
			? [
					{kind: 'list', style: 'number', items: shown.map((provision) => provisionItem(context, provision))},
					...(more ? [paragraph(moreLine(more, 'provisions, each reported by fewer outlets'))] : []),
				]
			: [paragraph('No plan provisions were found in the articles.')],
	};
}
