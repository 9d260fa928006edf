/** A boxed table with one line per row, drawn as @alcalzone/ink-table draws it without its row separators. */
import {Table as InkTable} from '@alcalzone/ink-table';
import {Box, Text} from 'ink';
import {isOneColumn} from '../text.js';

/** Table rows are one line each: the row separators ink-table draws by default would halve what fits. Exported for the tests. */
export class CompactTable<T extends Record<string, string>> extends InkTable<T> {
	separator = () => <Box />;
}

export interface TableProps<T extends Record<string, string>> {
	data: T[];
	/** Columns the table may take; a wider table is left to ink-table (and Ink's layout). */
	width: number;
}

/** One column of a table: its heading, its cells, and its width (the longest of them, with a space each side). */
interface Column {
	key: string;
	cells: string[];
	width: number;
}

/** The columns ink-table would draw: every key of every row, in first-seen order, as wide as its longest text plus two. */
export function tableColumns(data: Array<Record<string, string>>): Column[] {
	const keys = [...new Set(data.flatMap((row) => Object.keys(row)))];
	return keys.map((key) => {
		const cells = data.map((row) => row[key] ?? '');
		return {key, cells, width: Math.max(key.length, ...cells.map((cell) => cell.length)) + 2};
	});
}

/** A cell's text as ink-table pads it: one space before, the rest after. */
const padCell = (text: string, width: number) => ` ${text}${' '.repeat(Math.max(0, width - 1 - text.length))}`;

/**
 * The table as a Text per column (borders bold; headings bold blue) instead of ink-table's Box per row and Text per cell:
 * Ink lays out and writes 2 x columns + 1 nodes instead of about 2 per cell. Only for one-column text that fits the width,
 * where both draw the same frame; otherwise ink-table draws it. Cells are not padded: the rules above and below give the
 * column its width, and Ink leaves the rest of a short cell blank as the spaces did.
 */
export function Table<T extends Record<string, string>>({data, width}: TableProps<T>) {
	const columns = tableColumns(data);
	const total = columns.reduce((sum, column) => sum + column.width, 0) + columns.length + 1;
	const plain = columns.every((column) => isOneColumn(column.key) && column.cells.every(isOneColumn));
	if (!plain || total > width || !columns.length) return <CompactTable data={data} />;
	const border = (index: number) => {
		const [top, bottom] = index === 0 ? ['┌', '└'] : index === columns.length ? ['┐', '┘'] : ['┬', '┴'];
		return (
			<Text key={`border-${index}`} bold>
				{[top, ...Array.from({length: data.length + 1}, () => '│'), bottom].join('\n')}
			</Text>
		);
	};
	return (
		<Box flexShrink={0}>
			{columns.flatMap((column, index) => [
				border(index),
				<Text key={`column-${index}`}>
					<Text bold>{'─'.repeat(column.width)}</Text>
					{'\n'}
					<Text bold color="blue">
						{padCell(column.key, column.width)}
					</Text>
					{column.cells.map((cell) => `\n${` ${cell}`.trimEnd()}`).join('')}
					{'\n'}
					<Text bold>{'─'.repeat(column.width)}</Text>
				</Text>,
			])}
			{border(columns.length)}
		</Box>
	);
}
