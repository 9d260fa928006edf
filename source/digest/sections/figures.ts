/** Part 4: figures as an aligned table, then claims on the ground with who claims and who disputes them. */
import {paragraph, type Block, type Column, type Item, type Section} from '../blocks.js';
import {FIGURE_KINDS, type Claim, type Figure, type FigureKind} from '../../core/model.js';
import {figureValueText} from '../../core/figure-value.js';
import {bounded, carriedBy, hedges, LIMITS, moreLine, refs, ruleIds, rules, type DigestContext} from '../refs.js';
import {oneLine} from '../wrap.js';

const KIND_LABELS: Record<FigureKind, string> = {
	killed: 'killed',
	injured: 'injured',
	missing: 'missing',
	displaced: 'displaced',
	hostages: 'hostages',
	prisoners: 'prisoners',
	troops: 'troops',
	percent_territory: 'territory',
	area: 'area',
	damage: 'damage',
	plan_points: 'plan points',
	money: 'money',
	other: 'other',
};

/** "at least 1,200", "19%", "$750 billion", "dozens": a figure's value as the article qualifies it; "vague" for a count with no number. */
export function figureValue(figure: Figure): string {
	return oneLine(figureValueText(figure) ?? '') || 'vague';
}

/** Figures grouped by kind in the model's kind order; the briefing's order within a kind. */
function figuresByKind(figures: Figure[]): Figure[] {
	const rank = (figure: Figure) => {
		const index = FIGURE_KINDS.indexOf(figure.kind);
		return index < 0 ? FIGURE_KINDS.length : index;
	};
	return figures
		.map((figure, index) => ({figure, index}))
		.sort((a, b) => rank(a.figure) - rank(b.figure) || a.index - b.index)
		.map(({figure}) => figure);
}

/** The figures of each kind up to the limit, and how many were left out. */
function boundedByKind(context: DigestContext, figures: Figure[]): {shown: Figure[]; more: number} {
	const shown: Figure[] = [];
	const seen = new Map<FigureKind, number>();
	for (const figure of figures) {
		const count = (seen.get(figure.kind) ?? 0) + 1;
		seen.set(figure.kind, count);
		if (context.all || count <= LIMITS.figuresPerKind) shown.push(figure);
	}
	return {shown, more: figures.length - shown.length};
}

function figureTable(context: DigestContext, figures: Figure[]): Block {
	const columns: Column[] = [
		// Short labels stay whole; the prose columns wrap.
		{title: 'Kind', align: 'left', shrink: 0},
		{title: 'Figure', align: 'left', shrink: 0},
		{title: 'Place', align: 'left'},
		{title: 'Source', align: 'left'},
		{title: 'As stated', align: 'left'},
		{title: 'Refs', align: 'left'},
		...(context.explain ? [{title: 'Rule', align: 'left' as const}] : []),
	];
	const rows = figures.map((figure) => [
		KIND_LABELS[figure.kind] ?? oneLine(String(figure.kind)),
		figureValue(figure),
		figure.place ? oneLine(figure.place) : '-',
		`${figure.source ? oneLine(figure.source) : 'unattributed'}${hedges(figure.evidence, context)}`,
		oneLine(figure.text),
		refs(context, figure.articles),
		...(context.explain ? [ruleIds(figure.evidence).join(', ') || '-'] : []),
	]);
	return {kind: 'table', columns, rows};
}

function claimItem(context: DigestContext, claim: Claim): Item {
	const claimant = claim.claimant ? oneLine(claim.claimant) : 'an unnamed claimant';
	const dispute = claim.disputedBy ? `disputed by ${oneLine(claim.disputedBy)}` : 'no dispute reported';
	return {
		lead: oneLine(claim.place),
		text: `: ${oneLine(claim.claim)}. Claimed by ${claimant}; ${dispute}${hedges(claim.evidence, context)}. Reported by ${carriedBy(context, claim.articles)}.${rules(context, claim.evidence)}`,
	};
}

/** The section: the figures table, then the claims list. */
export function figuresSection(context: DigestContext): Section {
	const {figures, claims} = context.briefing;
	const table = boundedByKind(context, figuresByKind(figures));
	const listed = bounded(context, claims, LIMITS.claims);
	return {
		heading: 'Figures and claims',
		blocks: [
			{kind: 'subheading', text: 'Figures'},
			figures.length ? figureTable(context, table.shown) : paragraph('No figures were found in the articles.'),
			...(table.more ? [paragraph(moreLine(table.more, `figures, beyond ${LIMITS.figuresPerKind} of a kind`))] : []),
			{kind: 'subheading', text: 'Claims on the ground'},
			claims.length
				? {kind: 'list', style: 'bullet', items: listed.shown.map((claim) => claimItem(context, claim))}
				: paragraph('No claims on the ground were found in the articles.'),
			...(listed.more ? [paragraph(moreLine(listed.more, 'claims'))] : []),
		],
	};
}
