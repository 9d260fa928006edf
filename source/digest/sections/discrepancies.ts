/** Part 6: where outlets disagree, each with the sentences that disagree. */
import {paragraph, type Item, type Section} from '../blocks.js';
import type {Discrepancy} from '../../core/model.js';
import {hedges, refs, rules, type DigestContext} from '../refs.js';
import {oneLine} from '../wrap.js';

function discrepancyItem(context: DigestContext, discrepancy: Discrepancy): Item {
	const kind = discrepancy.kind ? `${oneLine(discrepancy.kind)}: ` : '';
	return {
		text: `${kind}${oneLine(discrepancy.summary)} ${refs(context, discrepancy.articles)}${rules(context, discrepancy.evidence)}`,
		items: discrepancy.evidence.map((evidence) => ({
			text: `${refs(context, [evidence.article])} “${oneLine(evidence.text)}”${hedges([evidence])}`,
		})),
	};
}

/** The section: one entry per discrepancy, the disagreeing sentences under it. */
export function discrepanciesSection(context: DigestContext): Section {
	const {discrepancies} = context.briefing;
	return {
		heading: 'Where outlets disagree',
		blocks: discrepancies.length
			? [{kind: 'list', style: 'bullet', spaced: true, items: discrepancies.map((d) => discrepancyItem(context, d))}]
			: [paragraph('No disagreements between outlets were found.')],
	};
}
