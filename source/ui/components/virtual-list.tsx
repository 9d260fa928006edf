/** A list that renders only the rows that fit, so a list of 10,000 items costs the same as one of 10.
 * No overflow clip: every row is already cut to the width and the slice to the height, and Ink slices
 * every line under a clip on every frame (a third of a pane switch went to clipping). */
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {useTheme} from '../theme.js';
import {fit} from '../text.js';

/** The slice of rows to render so the cursor is visible, kept near the middle once the list scrolls. */
export function visibleWindow(count: number, cursor: number, height: number): {start: number; end: number} {
	if (height <= 0 || count === 0) return {start: 0, end: 0};
	const start = Math.max(0, Math.min(cursor - Math.floor(height / 2), count - height));
	return {start, end: Math.min(count, start + height)};
}

export interface VirtualListProps<T> {
	items: T[];
	cursor: number;
	height: number;
	width: number;
	/** The row text of an item; it is cut to the width. */
	row: (item: T, index: number) => string;
	/** Whether the list has the keyboard (the cursor row is drawn inverse), else the cursor row is bold. @default true */
	focused?: boolean;
	/** Optional trailing decoration drawn after the row text (a coverage bar). */
	suffix?: (item: T, index: number) => ReactNode;
	suffixWidth?: number;
}

/** The visible rows of a list with a cursor. */
export function VirtualList<T>({items, cursor, height, width, row, focused = true, suffix, suffixWidth = 0}: VirtualListProps<T>) {
	const theme = useTheme();
	const {start, end} = visibleWindow(items.length, cursor, height);
	const textWidth = Math.max(1, width - 2 - suffixWidth);
	return (
		<Box flexDirection="column" height={height} width={width}>
			{items.slice(start, end).map((item, offset) => {
				const index = start + offset;
				const selected = index === cursor;
				return (
					<Box key={index} height={1}>
						<Text color={selected ? theme.accent : undefined}>{selected ? '› ' : '  '}</Text>
						<Text inverse={selected && focused} bold={selected} wrap="truncate">
							{fit(row(item, index), textWidth)}
						</Text>
						{suffix ? suffix(item, index) : null}
					</Box>
				);
			})}
		</Box>
	);
}
