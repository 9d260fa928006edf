/** Pane 4: casualty, force and territory figures as a table, then the claims on the ground. */
import {Table} from '@alcalzone/ink-table';
import {Box, Text} from 'ink';
import type {Briefing, Claim, Figure} from '../../core/model.js';
import {EvidenceLines} from '../components/evidence-lines.js';
import {Empty, Title} from '../components/section.js';
import {visibleWindow} from '../components/virtual-list.js';
import {lookup} from '../lookup.js';
import {clean, listFit, truncate} from '../text.js';
import type {PaneBodyProps, PaneDefinition} from './pane.js';

export type FigureOrClaim = {type: 'figure'; figure: Figure} | {type: 'claim'; claim: Claim};

/** A figure's value as written in the table: "at least 1,200", "dozens". */
export function figureValue(figure: Figure): string {
	const value = figure.value === null ? '' : figure.value.toLocaleString('en-US');
	return clean([figure.qualifier, value].filter(Boolean).join(' ')) || clean(figure.text);
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

/** Table rows are one line each: the row separators ink-table draws by default would halve what fits. */
class CompactTable<T extends Record<string, string>> extends Table<T> {
	separator = () => <Box />;
}

function evidenceOf(item: FigureOrClaim) {
	return item.type === 'figure' ? item.figure.evidence : item.claim.evidence;
}

function FiguresBody({briefing, items, cursor, layout, filter}: PaneBodyProps<FigureOrClaim>) {
	if (!items.length) return <Empty>{filter ? 'No figures or claims match the filter' : figures.empty}</Empty>;
	const detailRows = Math.min(7, Math.floor(layout.bodyHeight / 3));
	// Each table has four rows of frame and heading; the rest are items.
	const tableRows = Math.max(1, layout.bodyHeight - detailRows - 9);
	const {start, end} = visibleWindow(items.length, cursor, tableRows);
	const visible = items.slice(start, end).map((item, offset) => ({item, selected: start + offset === cursor}));
	const figureRows = visible.flatMap(({item, selected}) => (item.type === 'figure' ? [figureRow(briefing, item.figure, selected, layout.width)] : []));
	const claimRows = visible.flatMap(({item, selected}) => (item.type === 'claim' ? [claimRow(briefing, item.claim, selected, layout.width)] : []));
	const selected = items[cursor];
	return (
		<Box flexDirection="column" height={layout.bodyHeight} overflow="hidden">
			<Title>
				Figures ({briefing.figures.length}) and claims ({briefing.claims.length}) · {cursor + 1}/{items.length}
			</Title>
			{figureRows.length ? <CompactTable data={figureRows} /> : null}
			{claimRows.length ? <CompactTable data={claimRows} /> : null}
			<Box flexDirection="column" height={detailRows} overflow="hidden">
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
