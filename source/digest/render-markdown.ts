/** Lays the digest's blocks out as CommonMark: ATX headings, nested lists, a pipe table for figures. */
import type {Block, Column, Item, ListStyle} from './blocks.js';
import {finish, wrapText, type LineStart} from './wrap.js';

/** Backslash-escapes what CommonMark (and GFM tables) would read as markup inside article text. */
export function escapeInline(text: string): string {
	return text.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** A word at the start of a line must not open a block: a list item, heading, quote, rule or fence. */
export const protectLineStart: LineStart = (word) => {
	if (/^[#+\-=>~]/.test(word)) return `\\${word}`;
	return word.replace(/^(\d{1,9})([.)])(?=$|\uE000)/, '$1\\$2');
};

/** An entry that is only a web address becomes a CommonMark autolink, so it is clickable wherever it lands. */
const AUTOLINK = /^https?:\/\/[^\s<>\u0000-\u001F]+$/;

function strong(item: Item): string {
	if (!item.lead && AUTOLINK.test(item.text)) return `<${item.text}>`;
	return item.lead ? `**${escapeInline(item.lead)}**${escapeInline(item.text)}` : escapeInline(item.text);
}

function itemLines(item: Item, width: number, indent: string, mark: string): string[] {
	const hang = indent + ' '.repeat(mark.length);
	const lines = wrapText(strong(item), width, indent + mark, hang, protectLineStart);
	for (const child of item.items ?? []) lines.push(...itemLines(child, width, hang, '- '));
	return lines;
}

function listLines(style: ListStyle, items: Item[], width: number, spaced: boolean): string[] {
	return items.flatMap((item, index) => [
		...(spaced && index ? [''] : []),
		...itemLines(item, width, '', style === 'bullet' ? '- ' : `${index + 1}. `),
	]);
}

function tableLines(columns: Column[], rows: string[][]): string[] {
	const row = (cells: string[]) => `| ${cells.map((cell) => finish(escapeInline(cell)) || ' ').join(' | ')} |`;
	const rule = `| ${columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`;
	return [row(columns.map((column) => column.title)), rule, ...rows.map(row)];
}

function heading(level: number, text: string): string {
	return `${'#'.repeat(level)} ${finish(escapeInline(text).replaceAll('#', '\\#'))}`;
}

function blockLines(block: Block, width: number): string[] {
	switch (block.kind) {
		case 'title':
			return [heading(1, block.text)];
		case 'heading':
			return [heading(2, block.text)];
		case 'subheading':
			return [heading(3, block.text)];
		case 'paragraph':
			return wrapText(escapeInline(block.text), width, '', '', protectLineStart);
		case 'list':
			return listLines(block.style, block.items, width, block.spaced ?? false);
		case 'table':
			return tableLines(block.columns, block.rows);
	}
}

/** The blocks as CommonMark, wrapped at `width` (headings and table rows stay whole: they cannot break). */
export function renderMarkdown(blocks: Block[], width: number): string {
	return `${blocks.map((block) => blockLines(block, width).join('\n')).join('\n\n')}\n`;
}
