/** Where things go on a terminal of a given size. Pure: the size is passed in. */

/** The smallest terminal the dashboard draws in; below it, it asks for a larger one. */
export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;
/** From this width the list and the detail sit side by side. */
export const SPLIT_COLUMNS = 110;

/** Columns and rows of the terminal. */
export interface TerminalSize {
	columns: number;
	rows: number;
}

/** Sizes of the frame's parts for one terminal size. */
export interface Layout {
	tooSmall: boolean;
	/** List and detail side by side (wide) or stacked (narrow). */
	split: boolean;
	width: number;
	/** Rows the frame uses: one short of the terminal, so Ink updates lines instead of clearing the screen. */
	height: number;
	/** Rows between the header and the footer. */
	bodyHeight: number;
	listWidth: number;
	listHeight: number;
	detailWidth: number;
	detailHeight: number;
}

const HEADER_ROWS = 2;
const FOOTER_ROWS = 1;

/** The layout for a terminal size. */
export function layoutFor({columns, rows}: TerminalSize): Layout {
	const width = columns;
	const height = Math.max(1, rows - 1);
	const bodyHeight = Math.max(0, height - HEADER_ROWS - FOOTER_ROWS);
	const split = columns >= SPLIT_COLUMNS;
	const listWidth = split ? Math.max(36, Math.floor(columns * 0.42)) : columns;
	const listHeight = split ? bodyHeight : Math.max(3, Math.floor(bodyHeight * 0.45));
	return {
		tooSmall: columns < MIN_COLUMNS || rows < MIN_ROWS,
		split,
		width,
		height,
		bodyHeight,
		listWidth,
		listHeight,
		detailWidth: split ? columns - listWidth - 1 : columns,
		// Stacked: one row for the rule between list and detail.
		detailHeight: split ? bodyHeight : Math.max(0, bodyHeight - listHeight - 1),
	};
}
