/** Pane 2: the plan's provisions with how many outlets report each; the detail shows each outlet's wording and hedge. */
import {Box, Text} from 'ink';
import type {Briefing, Provision} from '../../core/model.js';
import {barText} from '../components/bar.js';
import {EvidenceLines} from '../components/evidence-lines.js';
import {Empty, Split, Title} from '../components/section.js';
import {VirtualList} from '../components/virtual-list.js';
import {lookup} from '../lookup.js';
import {clean, listFit} from '../text.js';
import {useTheme} from '../theme.js';
import type {PaneBodyProps, PaneDefinition} from './pane.js';

const BAR_WIDTH = 6;

function Detail({briefing, item, width, height}: {briefing: Briefing; item: Provision | undefined; width: number; height: number}) {
	const theme = useTheme();
	if (!item) return null;
	const outlets = lookup(briefing).outletsOf(item.articles);
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			<Title>{clean(item.summary)}</Title>
			<Text color={theme.muted} wrap="truncate">
				reported by {outlets.length} of {briefing.outlets.length} outlets: {listFit(outlets, width - 30)}
			</Text>
			<EvidenceLines briefing={briefing} evidence={item.evidence} width={width} height={Math.max(0, height - 2)} />
		</Box>
	);
}

function ProvisionsBody({briefing, items, cursor, layout, filter}: PaneBodyProps<Provision>) {
	const theme = useTheme();
	if (!items.length) return <Empty>{filter ? 'No provisions match the filter' : provisions.empty}</Empty>;
	const outletCount = Math.max(1, briefing.outlets.length);
	const coverage = (item: Provision) => lookup(briefing).outletsOf(item.articles).length;
	return (
		<Split
			layout={layout}
			rows={items.length}
			list={
				<VirtualList
					items={items}
					cursor={cursor}
					height={layout.listHeight}
					width={layout.listWidth}
					row={(item) => clean(item.summary)}
					suffixWidth={BAR_WIDTH + 4}
					suffix={[
						{text: (item) => barText(coverage(item), outletCount, BAR_WIDTH), color: theme.bar, gap: 1},
						{text: (item) => String(coverage(item)).padStart(2), gap: 1},
					]}
				/>
			}
			detail={<Detail briefing={briefing} item={items[cursor]} width={layout.detailWidth - 1} height={layout.detailHeight} />}
		/>
	);
}

export const provisions: PaneDefinition<Provision> = {
	id: 'provisions',
	title: 'Provisions',
	items: (briefing) => briefing.provisions,
	searchText: (item) => `${item.id} ${item.summary} ${item.evidence.map((entry) => entry.text).join(' ')}`,
	label: (item) => clean(item.summary),
	evidence: (item) => item.evidence,
	empty: 'No plan provisions found in this corpus',
	Body: ProvisionsBody,
};
