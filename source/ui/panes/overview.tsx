/** Pane 1: the story, counts and dates, top speakers, headline figures, and the outlets' disagreements. */
import {Box, Text} from 'ink';
import type {Briefing, Discrepancy, Figure} from '../../core/model.js';
import {storyTitle} from '../../core/story-title.js';
import {EvidenceLines} from '../components/evidence-lines.js';
import {Empty, Split, Title} from '../components/section.js';
import {VirtualList} from '../components/virtual-list.js';
import {lookup} from '../lookup.js';
import {cap, clean, listFit, wrapped} from '../text.js';
import {useTheme} from '../theme.js';
import {figureValue} from './figures.js';
import {below, type PaneBodyProps, type PaneDefinition} from './pane.js';
import {speakerEntries} from './quotes.js';

const SUMMARY_ROWS = 6;

function dateRange(briefing: Briefing): string {
	const {from, to} = briefing.story;
	if (!from && !to) return 'dates unknown';
	return from === to || !to ? `${from}` : `${from ?? '?'} to ${to}`;
}

/**
 * The figures a summary line has room for: the first of each kind, in the briefing's order (tolls first), so a toll
 * reported twice does not crowd out the displaced; "other" numbers (distances, counts of things) only fill what is left.
 */
export function headlineFigures(figures: readonly Figure[], count: number): Figure[] {
	const seen = new Set<string>();
	const firsts = figures.filter((figure) => !seen.has(figure.kind) && seen.add(figure.kind));
	const ranked = [...firsts.filter((figure) => figure.kind !== 'other'), ...firsts.filter((figure) => figure.kind === 'other')];
	return ranked.slice(0, count);
}

function Summary({briefing}: {briefing: Briefing}) {
	const theme = useTheme();
	const skipped = briefing.corpus.skipped.length;
	const speakers = speakerEntries(briefing)
		.filter((entry) => entry.speaker)
		.slice(0, 4)
		.map((entry) => `${clean(entry.name)} (${entry.quotes.length})`);
	const figures = headlineFigures(briefing.figures, 3).map((figure) => `${figure.value === null ? clean(figure.text) : `${figureValue(figure)} ${figure.kind.replace('_', ' ')}`}${figure.place ? ` in ${clean(figure.place)}` : ''}`);
	return (
		<Box flexDirection="column" height={SUMMARY_ROWS} flexShrink={0}>
			<Title>{clean(storyTitle(briefing.story) ?? '') || 'No proposal named in this corpus'}</Title>
			<Text wrap="truncate">
				{briefing.articles.length} articles from {briefing.outlets.length} outlets · {dateRange(briefing)}
				{skipped ? <Text color={theme.warning}> · {skipped} {skipped === 1 ? 'file' : 'files'} skipped</Text> : null}
			</Text>
			<Text wrap="truncate">
				<Text bold>Speakers: </Text>
				{speakers.length ? listFit(speakers, 200, ' · ') : <Text color={theme.muted}>No speakers found in this corpus</Text>}
			</Text>
			<Text wrap="truncate">
				<Text bold>Figures: </Text>
				{figures.length ? listFit(figures, 200, ' · ') : <Text color={theme.muted}>No figures found in this corpus</Text>}
			</Text>
			<Text> </Text>
			<Text bold>Disagreements between outlets ({briefing.discrepancies.length})</Text>
		</Box>
	);
}

function Detail({briefing, item, width, height}: {briefing: Briefing; item: Discrepancy | undefined; width: number; height: number}) {
	if (!item) return null;
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			<Text wrap="wrap" bold>
				{wrapped(cap(clean(item.summary), width, 3), width)}
			</Text>
			<Text wrap="truncate">
				{item.kind ? `${item.kind} · ` : ''}
				{listFit(lookup(briefing).outletsOf(item.articles), width - 10 - (item.kind?.length ?? 0))}
			</Text>
			<EvidenceLines briefing={briefing} evidence={item.evidence} width={width} height={Math.max(0, height - 3)} />
		</Box>
	);
}

function OverviewBody({briefing, items, cursor, layout, filter}: PaneBodyProps<Discrepancy>) {
	const rest = below(layout, SUMMARY_ROWS);
	const list = items.length ? (
		<VirtualList items={items} cursor={cursor} height={rest.listHeight} width={rest.listWidth} row={(item) => clean(item.summary)} />
	) : (
		<Empty>{filter ? 'No disagreements match the filter' : overview.empty}</Empty>
	);
	return (
		<Box flexDirection="column">
			<Summary briefing={briefing} />
			<Split
				layout={rest}
				rows={Math.max(1, items.length)}
				list={list}
				detail={<Detail briefing={briefing} item={items[cursor]} width={rest.detailWidth - 1} height={rest.detailHeight} />}
			/>
		</Box>
	);
}

export const overview: PaneDefinition<Discrepancy> = {
	id: 'overview',
	title: 'Overview',
	items: (briefing) => briefing.discrepancies,
	searchText: (item) => `${item.summary} ${item.kind ?? ''}`,
	label: (item) => clean(item.summary),
	evidence: (item) => item.evidence,
	empty: 'No disagreements between outlets found in this corpus',
	Body: OverviewBody,
};
