/**
 * The digest as a small document: titles, headings, paragraphs, lists and tables of plain
 * strings. Sections build blocks from the briefing; the text and markdown renderers lay them out.
 */

/** One list entry: an optional lead (bold in markdown), its text, and nested entries. */
export interface Item {
	/** Shown strong in markdown; `lead + text` is the entry's full wording. */
	lead?: string;
	text: string;
	items?: Item[];
	/** In plain text, nested entries without a bullet ("Headline: …" lines under an outlet). */
	plain?: boolean;
}

/** How a list marks its entries: bullets, numbers ("1."), or source references ("[1]"). */
export type ListStyle = 'bullet' | 'number' | 'ref';

/** A table column: its title, alignment, and whether it may narrow. */
export interface Column {
	title: string;
	align: 'left' | 'right';
	/** 0: narrowed only when no other column can give way. @default 1 */
	shrink?: 0 | 1;
}

/** One block of the digest; the renderers put a blank line between blocks. */
export type Block =
	| {kind: 'title'; text: string}
	| {kind: 'heading'; text: string}
	| {kind: 'subheading'; text: string}
	| {kind: 'paragraph'; text: string}
	| {kind: 'list'; style: ListStyle; items: Item[]; /** A blank line between entries. */ spaced?: boolean}
	| {kind: 'table'; columns: Column[]; rows: string[][]};

/** One part of the digest: a heading and what goes under it. */
export interface Section {
	/** The section heading; the header section has none of its own. */
	heading: string;
	blocks: Block[];
}

/** A one-line paragraph block. */
export const paragraph = (text: string): Block => ({kind: 'paragraph', text});

/** English plural for a count: `plural(1, 'article')` -> "1 article". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : nouns}`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(parts: string[]): string {
	if (parts.length < 2) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
