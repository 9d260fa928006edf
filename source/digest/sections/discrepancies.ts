/** Part 6: where outlets disagree, each with the sentences that disagree. */
import {paragraph, type Item, type Section} from '../blocks.js';
import type {Discrepancy} from '../../core/model.js';
import {bounded, hedges, LIMITS, moreLine, refs, rules, type DigestContext} from '../refs.js';
import {oneLine} from '../wrap.js';

function discrepancyItem(context: DigestContext, discrepancy: Discrepancy): Item {
	const kind = discrepancy.kind ? `${oneLine(discrepancy.kind)}: ` : '';
	const {shown, more} = bounded(context, discrepancy.evidence, LIMITS.sentencesPerDisagreement);
	return {
		text: `${kind}${oneLine(discrepancy.summary)} ${refs(context, discrepancy.articles)}${rules(context, discrepancy.evidence)}`,
		items: [
			...shown.map((evidence) => ({text: `${refs(context, [evidence.article])} “${oneLine(evidence.text)}”${hedges([evidence])}`})),
			...(more ? [{text: moreLine(more, 'sentences'), plain: true}] : []),
		],
	};
}

/** The section: one entry per discrepancy, the disagreeing sentences under it. */
export function discrepanciesSection(context: DigestContext): Section {
	const {discrepancies} = context.briefing;
	const {shown, more} = bounded(context, discrepancies, LIMITS.disagreements);
	return {
		heading: 'Where outlets disagree',
		blocks: discrepancies.length
			? [
					{kind: 'list', style: 'bullet', spaced: true, items: shown.map((d) => discrepancyItem(context, d))},
					...(more ? [paragraph(moreLine(more, 'disagreements'))] : []),
				]
			: [paragraph('No disagreements between outlets were found.')],
	};
}
