/** Lays the digest's blocks out as plain text: wrapped, hanging-indented, tables aligned. */
import type {Block, Column, Item, ListStyle} from './blocks.js';
import {displayWidth} from './width.js';
import {finish, wrapInto, wrapText, words} from './wrap.js';

const GAP = 2;
const bold = (line: string, color: boolean) => (color && line ? `\u001B[1m${line}\u001B[22m` : line);

/** Marker of the n-th entry (1-based), padded to the widest marker of the list. */
function marker(style: ListStyle, n: number, count: number): string {
	if (style === 'bullet') return '- ';
	if (style === 'ref') return `[${n}]`.padEnd(`[${count}]`.length) + ' ';
	return `${n}.`.padStart(`${count}.`.length) + ' ';
}

/** Appends an item's wrapped lines, then its children's, to `lines` (one array for a whole list: big corpora make long ones). */
function itemLines(item: Item, width: number, indent: string, mark: string, lines: string[] = []): string[] {
	const hang = indent + ' '.repeat(mark.length);
	const plain = mark === '';
	wrapInto(lines, `${item.lead ?? ''}${item.text}`, width, indent + mark, plain ? `${indent}  ` : hang);
	for (const child of item.items ?? []) itemLines(child, width, hang, child.plain ? '' : '- ', lines);
	return lines;
}

function listLines(style: ListStyle, items: Item[], width: number, spaced: boolean): string[] {
	const lines: string[] = [];
	items.forEach((item, index) => {
		if (spaced && index) lines.push('');
		itemLines(item, width, '', marker(style, index + 1, items.length), lines);
	});
	return lines;
}

/** The narrowest a column can get without cutting a word. */
function minimumWidth(column: Column, cells: string[]): number {
	// A loop, not Math.max(...): a table of a big corpus has more words than a call can take arguments.
	let widest = 1;
	for (const cell of [column.title, ...cells]) for (const word of words(cell)) widest = Math.max(widest, displayWidth(word));
	return widest;
}

/** Column widths that fit `width`, narrowing the widest shrinkable column first; null when even the narrowest do not fit. */
export function columnWidths(columns: Column[], rows: string[][], width: number): number[] | null {
	const cells = columns.map((_, i) => rows.map((row) => row[i] ?? ''));
	const natural = columns.map((column, i) => cells[i].reduce((most, cell) => Math.max(most, displayWidth(cell)), displayWidth(finish(column.title))));
	const minimum = columns.map((column, i) => Math.min(natural[i], minimumWidth(column, cells[i])));
	const widths = [...natural];
	const total = () => widths.reduce((sum, w) => sum + w, 0) + GAP * (columns.length - 1);
	while (total() > width) {
		let widest = -1;
		for (let i = 0; i < widths.length; i++) {
			if (widths[i] <= minimum[i]) continue;
			const tier = (columns[i].shrink ?? 1) > 0 ? 1 : 0;
			const best = widest < 0 ? -1 : (columns[widest].shrink ?? 1) > 0 ? 1 : 0;
			if (tier > best || (tier === best && widths[i] > widths[widest])) widest = i;
		}
		if (widest < 0) return null;
		widths[widest] -= 1;
	}
	return widths;
}

function pad(text: string, size: number, align: Column['align']): string {
	const room = ' '.repeat(Math.max(0, size - displayWidth(text)));
	return align === 'right' ? room + text : text + room;
}

function tableLines(columns: Column[], rows: string[][], width: number): string[] {
	const widths = columnWidths(columns, rows, width);
	if (!widths) {
		// Too many columns for the width: each row becomes an entry of "Column: value" pairs.
		const items = rows.map((row) => ({text: columns.map((column, i) => `${column.title}: ${row[i] ?? ''}`).join('; ')}));
		return listLines('bullet', items, width, false);
	}
	const line = (cells: string[]) => {
		const wrapped = cells.map((cell, i) => wrapText(cell, widths[i]));
		const height = wrapped.reduce((most, lines) => Math.max(most, lines.length), 0);
		return Array.from({length: height}, (_, row) =>
			wrapped.map((lines, i) => pad(lines[row] ?? '', widths[i], columns[i].align)).join(' '.repeat(GAP)).trimEnd(),
		);
	};
	return [...line(columns.map((column) => column.title)), widths.map((w) => '-'.repeat(w)).join(' '.repeat(GAP)), ...rows.flatMap(line)];
}

function blockLines(block: Block, width: number, color: boolean): string[] {
	switch (block.kind) {
		case 'title':
		case 'heading': {
			const lines = wrapText(block.text, width);
			const rule = (block.kind === 'title' ? '=' : '-').repeat(lines.reduce((most, line) => Math.max(most, displayWidth(line)), 0));
			return [...lines.map((line) => bold(line, color)), rule];
		}
		case 'subheading':
			return wrapText(`${block.text}:`, width).map((line) => bold(line, color));
		case 'paragraph':
			return wrapText(block.text, width);
		case 'list':
			return listLines(block.style, block.items, width, block.spaced ?? false);
		case 'table':
			return tableLines(block.columns, block.rows, width);
	}
}

/** The blocks as plain text, a blank line between blocks; ANSI bold on headings only when `color`. */
export function renderText(blocks: Block[], width: number, color: boolean): string {
	return `${blocks.map((block) => blockLines(block, width, color).join('\n')).join('\n\n')}\n`;
}
