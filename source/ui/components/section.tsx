/** Small layout pieces the panes share: a titled block, an empty-section notice, the list/detail split. */
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {Layout} from '../layout.js';
import {useTheme} from '../theme.js';

/** A bold title line. */
export function Title({children}: {children: ReactNode}) {
	const theme = useTheme();
	return (
		<Text bold color={theme.accent} wrap="truncate">
			{children}
		</Text>
	);
}

/** What an empty section says, plainly. */
export function Empty({children}: {children: ReactNode}) {
	const theme = useTheme();
	return (
		<Text color={theme.muted} italic>
			{children}
		</Text>
	);
}

export interface SplitProps {
	layout: Layout;
	list: ReactNode;
	detail: ReactNode;
	/** Rows the list may use when stacked. @default layout.listHeight */
	listHeight?: number;
	/** Rows available to list and detail together. @default layout.bodyHeight */
	height?: number;
	/** How many rows the list has: a short list gives the rest to the detail when stacked. */
	rows?: number;
}

/** The list beside its detail when the terminal is wide, above it when narrow. */
export function Split({layout, list, detail, listHeight: most = layout.listHeight, height = layout.bodyHeight, rows}: SplitProps) {
	const listHeight = rows === undefined ? most : Math.max(1, Math.min(most, rows));
	const theme = useTheme();
	// The list side has no overflow clip: its lists cut every row to fit (see VirtualList), and clipping costs every frame.
	if (layout.split) {
		return (
			<Box height={height} width={layout.width}>
				<Box width={layout.listWidth} height={height} flexDirection="column">
					{list}
				</Box>
				<Box width={1} height={height} flexDirection="column">
					<Text color={theme.muted}>{'│\n'.repeat(height).trimEnd()}</Text>
				</Box>
				<Box width={layout.detailWidth} height={height} flexDirection="column" overflowY="hidden" paddingLeft={1}>
					{detail}
				</Box>
			</Box>
		);
	}
	return (
		<Box height={height} width={layout.width} flexDirection="column">
			<Box height={listHeight} flexDirection="column">
				{list}
			</Box>
			<Text color={theme.muted}>{'─'.repeat(layout.width)}</Text>
			<Box height={Math.max(0, height - listHeight - 1)} flexDirection="column" overflowY="hidden">
				{detail}
			</Box>
		</Box>
	);
}
