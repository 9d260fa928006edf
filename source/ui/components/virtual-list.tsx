/** A list that renders only the rows that fit, so a list of 10,000 items costs the same as one of 10.
 * No overflow clip: every row is already cut to the width and the slice to the height, and Ink slices
 * every line under a clip on every frame (a third of a pane switch went to clipping). */
import {Box, Text} from 'ink';
import {useTheme} from '../theme.js';
import {fit, isOneColumn} from '../text.js';

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
	/** Optional trailing columns drawn after the row text (a coverage bar, a count), each of one-column text. */
	suffix?: Array<SuffixColumn<T>>;
	suffixWidth?: number;
}

/** A trailing column of a list: each row's text in it, one colour for the column, and blank cells before it. Every column
 * but the last has rows of one width (the rows are drawn a column at a time, each after the widest row of the one before). */
export interface SuffixColumn<T> {
	text: (item: T, index: number) => string;
	color?: string;
	/** Blank cells before the column. @default 0 */
	gap?: number;
}

/** One visible row: its index in the list and its text, cut (not padded) to the text width. */
interface Row<T> {
	item: T;
	index: number;
	text: string;
}

/** The visible rows of a list with a cursor. */
export function VirtualList<T>({items, cursor, height, width, row, focused = true, suffix, suffixWidth = 0}: VirtualListProps<T>) {
	const {start, end} = visibleWindow(items.length, cursor, height);
	const textWidth = Math.max(1, width - 2 - suffixWidth);
	const rows = items.slice(start, end).map((item, offset): Row<T> => ({item, index: start + offset, text: row(item, start + offset)}));
	const Rows = rows.every((entry) => isOneColumn(entry.text)) ? ColumnRows : BoxRows;
	return <Rows rows={rows} cursor={cursor} height={height} width={width} textWidth={textWidth} focused={focused} suffix={suffix} />;
}

interface RowsProps<T> {
	rows: Array<Row<T>>;
	cursor: number;
	height: number;
	width: number;
	textWidth: number;
	focused: boolean;
	suffix?: Array<SuffixColumn<T>>;
}

/**
 * The rows as columns of one Text each (marker, text, ellipses, each suffix column): Ink lays out, measures and writes a
 * few nodes instead of four or more per row. Only for one-column text, which is cut by length exactly as Ink would cut it;
 * the blank cells a short row leaves are drawn by Ink as the padding spaces would be, so only the cursor row (drawn
 * inverse) is padded. The ellipsis of a cut row goes in a column of its own over the text column's last cell: Ink
 * measures every line of a text on every frame, and a line of printable ASCII is measured by its length where one
 * with an ellipsis is read a grapheme at a time.
 */
function ColumnRows<T>({rows, cursor, height, width, textWidth, focused, suffix}: RowsProps<T>) {
	const theme = useTheme();
	const at = rows.findIndex((entry) => entry.index === cursor);
	const selected = at >= 0 ? rows[at] : undefined;
	const cut = rows.map((entry, offset) => offset !== at && entry.text.length > textWidth);
	const lines = rows.map((entry, offset) => (cut[offset] ? entry.text.slice(0, textWidth - 1) : entry.text));
	const before = lines.slice(0, Math.max(0, at));
	const after = lines.slice(at + 1);
	const lastCut = cut.lastIndexOf(true);
	return (
		<Box height={height} width={width}>
			<Box width={2} flexShrink={0}>
				{selected ? (
					<Text>
						{'\n'.repeat(at)}
						<Text color={theme.accent}>› </Text>
					</Text>
				) : null}
			</Box>
			<Box width={textWidth} flexShrink={0} flexDirection="column">
				{selected ? (
					<Text wrap="truncate">
						{before.map((line) => `${line}\n`).join('')}
						<Text inverse={focused} bold>
							{fit(selected.text, textWidth)}
						</Text>
						{after.map((line) => `\n${line}`).join('')}
					</Text>
				) : (
					<Text wrap="truncate">{before.concat(after).join('\n')}</Text>
				)}
			</Box>
			{lastCut >= 0 ? (
				<Box width={1} marginLeft={-1} flexShrink={0}>
					<Text>{cut.slice(0, lastCut + 1).map((isCut) => (isCut ? '…' : '')).join('\n')}</Text>
				</Box>
			) : null}
			{suffix?.map((column, index) => (
				<Box key={index} marginLeft={column.gap ?? 0} flexShrink={0}>
					<Text color={column.color}>{rows.map((entry) => column.text(entry.item, entry.index)).join('\n')}</Text>
				</Box>
			))}
		</Box>
	);
}

/** The rows as a Box each, for text with wide or zero-width characters that Ink must cut itself. */
function BoxRows<T>({rows, cursor, height, width, textWidth, focused, suffix}: RowsProps<T>) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" height={height} width={width}>
			{rows.map(({item, index, text}) => {
				const selected = index === cursor;
				return (
					<Box key={index} height={1}>
						<Text color={selected ? theme.accent : undefined}>{selected ? '› ' : '  '}</Text>
						<Text inverse={selected && focused} bold={selected} wrap="truncate">
							{fit(text, textWidth)}
						</Text>
						{suffix?.length ? <SuffixCells suffix={suffix} item={item} index={index} /> : null}
					</Box>
				);
			})}
		</Box>
	);
}

/** One row's trailing columns, for BoxRows: each column's text in its colour after its blank cells. */
function SuffixCells<T>({suffix, item, index}: {suffix: Array<SuffixColumn<T>>; item: T; index: number}) {
	return (
		<Text>
			{suffix.map((column, at) => (
				<Text key={at}>
					{' '.repeat(column.gap ?? 0)}
					<Text color={column.color}>{column.text(item, index)}</Text>
				</Text>
			))}
		</Text>
	);
}

/** The two ways of drawing rows, for the tests: both draw the same frame from one-column text. */
export const rowRenderers = {ColumnRows, BoxRows};
