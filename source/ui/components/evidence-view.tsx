/** The evidence of one item: each source sentence with its article, outlet, hedge and the rule that found it. */
import {Box, Text} from 'ink';
import type {Briefing, Evidence} from '../../core/model.js';
import {lookup} from '../lookup.js';
import {cap, clean, wrapped} from '../text.js';
import {useTheme} from '../theme.js';
import {Empty, Title} from './section.js';
import {visibleWindow} from './virtual-list.js';

export interface EvidenceViewProps {
	briefing: Briefing;
	/** What the evidence is for: the item's one-line name. */
	label: string;
	evidence: Evidence[];
	cursor: number;
	width: number;
	height: number;
}

const ENTRY_ROWS = 6;

/** The item's title, then a window of its evidence entries around the cursor. */
export function EvidenceView({briefing, label, evidence, cursor, width, height}: EvidenceViewProps) {
	const theme = useTheme();
	const {start, end} = visibleWindow(evidence.length, cursor, Math.max(1, Math.floor((height - 2) / ENTRY_ROWS)));
	return (
		<Box flexDirection="column" width={width} height={height} overflowY="hidden">
			<Title>{label}</Title>
			<Text color={theme.muted}>
				{evidence.length} source sentence{evidence.length === 1 ? '' : 's'} · Enter or o opens the article
			</Text>
			{evidence.length ? null : <Empty>No source sentence recorded for this item</Empty>}
			{evidence.slice(start, end).map((entry, offset) => {
				const index = start + offset;
				const selected = index === cursor;
				const article = lookup(briefing).article(entry.article);
				return (
					<Box key={index} flexDirection="column" height={ENTRY_ROWS} overflowY="hidden">
						<Text wrap="truncate" inverse={selected} bold={selected}>
							{selected ? '› ' : '  '}
							{index + 1}/{evidence.length} {clean(lookup(briefing).outletOf(entry.article))} — {clean(article?.headline) || clean(entry.article)}
						</Text>
						<Text wrap="truncate" color={theme.muted}>
							{'  '}
							{clean(entry.article)}
							{article?.published ? ` · ${article.published}` : ''} · rule {clean(entry.rule) || 'unknown'}
							{entry.hedge ? <Text color={theme.hedge}> · hedge: {clean(entry.hedge)}</Text> : null}
						</Text>
						<Box height={3} overflowY="hidden" paddingLeft={2}>
							<Text wrap="wrap">{wrapped(cap(clean(entry.text), width - 2, 3), width - 2)}</Text>
						</Box>
					</Box>
				);
			})}
		</Box>
	);
}
