/** Pane 4: casualty, force and territory figures as a table, then the claims on the ground. */
import {Box, Text} from 'ink';
import {figureValueText} from '../../core/figure-value.js';
import type {Briefing, Claim, Figure} from '../../core/model.js';
import {EvidenceLines} from '../components/evidence-lines.js';
import {Empty, Title} from '../components/section.js';
import {Table} from '../components/table.js';
import {visibleWindow} from '../components/virtual-list.js';
import {lookup} from '../lookup.js';
import {clean, listFit, truncate} from '../text.js';
import type {PaneBodyProps, PaneDefinition} from './pane.js';

export type FigureOrClaim = {type: 'figure'; figure: Figure} | {type: 'claim'; claim: Claim};

/** A figure's value as written in the table: "at least 1,200", "dozens". */
export function figureValue(figure: Figure): string {
	return clean(figureValueText(figure) ?? '') || clean(figure.text);
}

const cell = (text: string | null | undefined, width: number) => truncate(clean(text) || '—', width);
const mark = (selected: boolean) => (selected ? '›' : ' ');

/** Cell widths for `columns` text columns in a table `width` wide (each column costs 3 more for borders and padding). */
const cellWidth = (width: number, columns: number, fixed: number) => Math.max(6, Math.floor((width - fixed - 4 - 3 * columns) / columns));
// fixed: the marker, kind (12) and value (16) columns with their borders.

function figureRow(briefing: Briefing, figure: Figure, selected: boolean, width: number) {
	const w = cellWidth(width, 3, 32);
	return {' ': mark(selected), kind: truncate(figure.kind.replace('_', ' '), 12), value: cell(figureValue(figure), 16), place: cell(figure.place, w), source: cell(figure.source, w), outlets: cell(listFit(lookup(briefing).outletsOf(figure.articles), w), w)};
}

function claimRow(briefing: Briefing, claim: Claim, selected: boolean, width: number) {
	const w = cellWidth(width, 5, 0);
	return {' ': mark(selected), place: cell(claim.place, w), claim: cell(claim.claim, w), claimant: cell(claim.claimant, w), 'disputed by': cell(claim.disputedBy, w), outlets: cell(listFit(lookup(briefing).outletsOf(claim.articles), w), w)};
}

/** Item rows for the figures and the claims tables in `rows` (each table costs four rows of frame and heading). */
export function tableBudgets(figures: number, claims: number, rows: number): [number, number] {
	const frames = (figures ? 4 : 0) + (claims ? 4 : 0);
	const free = Math.max(2, rows - frames);
	if (!claims) return [free, 0];
	if (!figures) return [0, free];
	const claimRows = Math.min(claims, Math.max(1, Math.floor(free / 3)));
	const figureRows = Math.min(figures, free - claimRows);
	return [figureRows, Math.min(claims, free - figureRows)];
}

function evidenceOf(item: FigureOrClaim) {
	return item.type === 'figure' ? item.figure.evidence : item.claim.evidence;
}

function FiguresBody({briefing, items, cursor, layout, filter}: PaneBodyProps<FigureOrClaim>) {
	if (!items.length) return <Empty>{filter ? 'No figures or claims match the filter' : figures.empty}</Empty>;
	const detailRows = Math.min(7, Math.floor(layout.bodyHeight / 3));
	const figureItems = items.filter((item) => item.type === 'figure');
	const claimItems = items.filter((item) => item.type === 'claim');
	const [figureBudget, claimBudget] = tableBudgets(figureItems.length, claimItems.length, layout.bodyHeight - detailRows - 1);
	// Each table scrolls on its own, so the claims stay in sight while the figures are browsed.
	const figureWindow = visibleWindow(figureItems.length, Math.min(cursor, figureItems.length - 1), figureBudget);
	const claimWindow = visibleWindow(claimItems.length, Math.max(0, cursor - figureItems.length), claimBudget);
	const figureRows = figureItems.slice(figureWindow.start, figureWindow.end).map((item, offset) => figureRow(briefing, (item as {figure: Figure}).figure, figureWindow.start + offset === cursor, layout.width));
	const claimRows = claimItems.slice(claimWindow.start, claimWindow.end).map((item, offset) => claimRow(briefing, (item as {claim: Claim}).claim, figureItems.length + claimWindow.start + offset === cursor, layout.width));
	const selected = items[cursor];
	return (
		<Box flexDirection="column" height={layout.bodyHeight} overflowY="hidden">
			<Title>
				Figures ({briefing.figures.length}) and claims ({briefing.claims.length}) · {cursor + 1}/{items.length}
			</Title>
			{figureRows.length ? <Table data={figureRows} width={layout.width} /> : null}
			{claimRows.length ? <Table data={claimRows} width={layout.width} /> : null}
			<Box flexDirection="column" height={detailRows} overflowY="hidden">
				<Text wrap="truncate" bold>
					{selected.type === 'figure' ? clean(selected.figure.text) : `${clean(selected.claim.place)}: ${clean(selected.claim.claim)}`}
				</Text>
				<EvidenceLines briefing={briefing} evidence={evidenceOf(selected)} width={layout.width} height={detailRows - 1} sentenceLines={1} />
			</Box>
		</Box>
	);
}

export const figures: PaneDefinition<FigureOrClaim> = {
	id: 'figures',
	title: 'Figures',
	items: (briefing) => [
		...briefing.figures.map((figure) => ({type: 'figure' as const, figure})),
		...briefing.claims.map((claim) => ({type: 'claim' as const, claim})),
	],
	searchText: (item) =>
		item.type === 'figure'
			? `${item.figure.kind} ${item.figure.text} ${item.figure.place ?? ''} ${item.figure.source ?? ''}`
			: `${item.claim.place} ${item.claim.claim} ${item.claim.claimant ?? ''} ${item.claim.disputedBy ?? ''}`,
	label: (item) => (item.type === 'figure' ? `${item.figure.kind}: ${clean(item.figure.text)}` : `${clean(item.claim.place)}: ${clean(item.claim.claim)}`),
	evidence: evidenceOf,
	empty: 'No figures or claims found in this corpus',
	Body: FiguresBody,
};
