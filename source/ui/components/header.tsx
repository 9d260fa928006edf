/** The header: the story, the corpus, "updated HH:mm" when watching, and the pane tabs. */
import {Box, Text} from 'ink';
import type {Briefing} from '../../core/model.js';
import {storyTitle} from '../../core/story-title.js';
import {PANES, type PaneId} from '../nav-state.js';
import {PANE_DEFINITIONS} from '../panes/index.js';
import {clean, truncate} from '../text.js';
import {useTheme} from '../theme.js';

export interface HeaderProps {
	briefing: Briefing;
	pane: PaneId;
	width: number;
	/** "updated 14:05", shown at the right when the corpus is watched. */
	updated?: string;
}

/** Two lines: title and status, then the tabs with the current pane marked. */
export function Header({briefing, pane, width, updated}: HeaderProps) {
	const theme = useTheme();
	const status = `${briefing.articles.length} articles · ${briefing.outlets.length} outlets${updated ? ` · ${updated}` : ''}`;
	const title = truncate(`brief · ${clean(storyTitle(briefing.story) ?? '') || 'briefing'}`, Math.max(10, width - status.length - 2));
	return (
		<Box flexDirection="column" width={width}>
			<Box justifyContent="space-between" width={width}>
				<Text bold color={theme.accent}>
					{title}
				</Text>
				<Text color={theme.muted}>{status}</Text>
			</Box>
			<Box width={width}>
				{PANES.map((id, index) => (
					<Text key={id} inverse={id === pane} bold={id === pane} color={id === pane ? theme.accent : undefined}>
						{` ${index + 1} ${PANE_DEFINITIONS[id].title} `}
					</Text>
				))}
			</Box>
		</Box>
	);
}
