/** A compact stack of evidence sentences for a detail pane: outlet, hedge and the sentence, each cut to fit. */
import {Box, Text} from 'ink';
import type {Briefing, Evidence} from '../../core/model.js';
import {lookup} from '../lookup.js';
import {cap, clean, wrapped} from '../text.js';
import {useTheme} from '../theme.js';

export interface EvidenceLinesProps {
	briefing: Briefing;
	evidence: Evidence[];
	width: number;
	/** Rows available. */
	height: number;
	/** Lines each sentence may wrap to. @default 2 */
	sentenceLines?: number;
}

/** The first evidence sentences that fit, with a count of the rest. */
export function EvidenceLines({briefing, evidence, width, height, sentenceLines = 2}: EvidenceLinesProps) {
	const theme = useTheme();
	const perEntry = sentenceLines + 1;
	const shown = Math.max(0, Math.min(evidence.length, Math.floor((height - 1) / perEntry)));
	const rest = evidence.length - shown;
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			{evidence.slice(0, shown).map((entry, index) => (
				<Box key={index} flexDirection="column">
					<Text wrap="truncate">
						<Text bold>{clean(lookup(briefing).outletOf(entry.article))}</Text>
						{entry.hedge ? <Text color={theme.hedge}> ({clean(entry.hedge)})</Text> : null}
					</Text>
					<Box height={sentenceLines} overflowY="hidden">
						<Text wrap="wrap">{wrapped(`“${cap(clean(entry.text), width, sentenceLines)}”`, width)}</Text>
					</Box>
				</Box>
			))}
			{rest > 0 ? <Text color={theme.muted}>… {rest} more (Enter to see all)</Text> : null}
		</Box>
	);
}
