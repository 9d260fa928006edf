/** Text helpers for rendering untrusted article text in a fixed-size terminal. Pure: width is passed in. */
import {stripControlSequences} from '../core/sanitize.js';

/** Cleaned texts by their raw text: every frame cleans the same visible rows again, some of them long summaries. */
const cleaned = new Map<string, string>();
/** Entries kept before the memo starts afresh (a frame cleans a few hundred texts). */
const CLEANED_MAX = 4096;

/** Article text made safe for one terminal line: control sequences stripped, whitespace runs collapsed. */
export function clean(text: string | null | undefined): string {
	if (!text) return '';
	let result = cleaned.get(text);
	if (result === undefined) {
		if (cleaned.size >= CLEANED_MAX) cleaned.clear();
		result = stripControlSequences(text).replace(/\s+/g, ' ').trim();
		cleaned.set(text, result);
	}
	return result;
}

/** Cuts text to `width` columns with an ellipsis. */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** Pads or cuts text to exactly `width` columns. */
export function fit(text: string, width: number): string {
	return truncate(text, width).padEnd(Math.max(0, width));
}

/** One wrapped line of a body: its text and the offset of its first character in the body. */
export interface BodyLine {
	text: string;
	start: number;
}

/**
 * Wraps a body to `width` columns at spaces, keeping each line's offset in the body so a sentence
 * (by its offset) can be highlighted and scrolled into view. Paragraph breaks become blank lines.
 */
export function wrapBody(body: string, width: number): BodyLine[] {
	const lines: BodyLine[] = [];
	const limit = Math.max(10, width);
	let paragraphStart = 0;
	for (const paragraph of body.split('\n')) {
		if (paragraph.trim() === '') {
			if (lines.length && lines.at(-1)!.text !== '') lines.push({text: '', start: paragraphStart});
		} else {
			let start = 0;
			while (start < paragraph.length) {
				while (paragraph[start] === ' ') start++;
				if (start >= paragraph.length) break;
				let end = Math.min(paragraph.length, start + limit);
				if (end < paragraph.length) {
					const space = paragraph.lastIndexOf(' ', end);
					if (space > start) end = space;
				}
				lines.push({text: paragraph.slice(start, end), start: paragraphStart + start});
				start = end;
			}
			lines.push({text: '', start: paragraphStart + paragraph.length});
		}
		paragraphStart += paragraph.length + 1;
	}
	while (lines.length && lines.at(-1)!.text === '') lines.pop();
	return lines;
}

/** Where a sentence sits in a body: its evidence offset when the text is there, else its first occurrence. */
export function locate(body: string, text: string, offset?: number): {start: number; end: number} | null {
	if (!text) return null;
	if (offset !== undefined && body.slice(offset, offset + text.length) === text) return {start: offset, end: offset + text.length};
	const found = body.indexOf(text);
	return found >= 0 ? {start: found, end: found + text.length} : null;
}

/** The first wrapped line that holds a body offset. */
export function lineOf(lines: BodyLine[], offset: number): number {
	let index = 0;
	for (let i = 0; i < lines.length; i++) if (lines[i].start <= offset) index = i;
	return index;
}

/**
 * Names joined until `width` columns are used, then "+N more": a list of 1,000 outlets costs what a
 * line costs (Ink measures every character it is given, even the ones it then cuts).
 */
export function listFit(names: string[], width: number, separator = ', '): string {
	let line = '';
	for (let index = 0; index < names.length; index++) {
		const next = (line ? separator : '') + clean(names[index]);
		const rest = names.length - index - 1;
		if (line.length + next.length + (rest ? ` +${rest} more`.length : 0) > width) {
			if (line) return `${line} +${names.length - index} more`;
			// Not even the first name fits with its count: the name, cut, and a short count.
			const count = names.length > 1 ? ` +${names.length - 1}` : '';
			return `${truncate(next, Math.max(1, width - count.length))}${count}`;
		}
		line += next;
	}
	return line;
}

/** Text cut to what a box of `lines` x `width` can show, before Ink measures it. */
export function cap(text: string, width: number, lines: number): string {
	return truncate(text, Math.max(1, width * Math.max(1, lines)));
}

/** Text whose every character is one column wide for Ink: printable ASCII, Latin letters, and news punctuation (dashes, curly quotes, bullets). */
const ONE_COLUMN = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u2010-\u2027\u2030-\u203A]*$/;

/** Whether Ink gives every character of `text` one column (so cutting it by length cuts it as Ink would). */
export function isOneColumn(text: string): boolean {
	return ONE_COLUMN.test(text);
}

/**
 * Text laid out in lines of at most `width` columns exactly as Ink's `wrap="wrap"` would (wrap-ansi, hard, not
 * trimmed), for text of one-column characters; other text is returned as it is, for Ink to wrap. Ink measures a
 * wrapped text's every word by Unicode grapheme segmentation on each frame: a few evidence sentences cost more
 * than the rest of the frame.
 */
export function wrapped(text: string, width: number): string {
	if (width < 1 || text.length <= width || text.includes('\n') || !ONE_COLUMN.test(text)) return text;
	const rows = [''];
	text.split(' ').forEach((word, index) => {
		let rowLength = rows.at(-1)!.length;
		if (index !== 0) {
			if (rowLength >= width) {
				rows.push('');
				rowLength = 0;
			}
			rows[rows.length - 1] += ' ';
			rowLength++;
		}
		if (word.length > width) {
			// A word longer than a line: cut across rows, starting on this row when that costs no extra row.
			const breaksHere = 1 + Math.floor((word.length - (width - rowLength) - 1) / width);
			const breaksNext = Math.floor((word.length - 1) / width);
			if (breaksNext < breaksHere) rows.push('');
			cutWord(rows, word, width);
			return;
		}
		if (rowLength + word.length > width && rowLength > 0 && word.length > 0) rows.push('');
		rows[rows.length - 1] += word;
	});
	return rows.join('\n');
}

/** wrap-ansi's hard cut of one long word across rows, for one-column characters. */
function cutWord(rows: string[], word: string, width: number): void {
	let visible = rows.at(-1)!.length;
	for (let index = 0; index < word.length; index++) {
		if (visible + 1 <= width) rows[rows.length - 1] += word[index];
		else {
			rows.push(word[index]);
			visible = 0;
		}
		visible++;
		if (visible === width && index < word.length - 1) {
			rows.push('');
			visible = 0;
		}
	}
	if (!visible && rows.at(-1)!.length > 0 && rows.length > 1) rows[rows.length - 2] += rows.pop();
}
