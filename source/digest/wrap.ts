/** Greedy word wrapping by display width, with a first-line prefix and a hanging indent. */
import {displayWidth} from './width.js';

/** Joins words that must stay on one line ("News [1]"); shown as a space once wrapped. */
export const GLUE = '\uE000';

/** Brackets the digest writes itself ("[1]"), told apart from article text so markdown escapes only the latter. */
export const OPEN = '\uE001';
/** Closes OPEN. */
export const CLOSE = '\uE002';

/** Two words kept together on one line. */
export function glue(...words: string[]): string {
	return words.join(GLUE);
}

/** Inline text as one line: whitespace runs collapsed, control characters and stray glue removed. */
export function oneLine(text: string): string {
	// Most text is one line already: one scan says so, and the two replacements are skipped.
	if (!NOT_ONE_LINE.test(text)) return text;
	return text
		.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uE000-\uE00F]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** What oneLine would change: a control or private-use character, whitespace other than a single space, or a space at either end. */
const NOT_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\uE000-\uE00F]|[^\S ]| {2}|^ | $/;

/** Splits text into words at spaces only, so glued words stay whole. */
export function words(text: string): string[] {
	return text.split(/[ \t\r\n]+/).filter(Boolean);
}

/** How a renderer protects a word that lands at the start of a line (markdown escapes list markers). */
export type LineStart = (word: string) => string;

/**
 * Lines of at most `width` columns: the first starts with `first`, the rest with `rest` (the
 * hanging indent). A word longer than the room left sits alone on its line: it is never cut.
 */
export function wrapText(text: string, width: number, first = '', rest = first, lineStart: LineStart = asWritten): string[] {
	return wrapInto([], text, width, first, rest, lineStart);
}

const asWritten: LineStart = (word) => word;

/** Whether a character code separates words (what `words` splits at). */
const isBreak = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** wrapText appending to `lines` (a renderer's one array for a whole list); returns `lines`. */
export function wrapInto(lines: string[], text: string, width: number, first = '', rest = first, lineStart: LineStart = asWritten): string[] {
	let prefix = first;
	let line = '';
	let used = displayWidth(prefix);
	// The words are scanned out of the text in place (as `words` splits them), printable ASCII measured as they are read.
	for (let start = 0; start < text.length; ) {
		if (isBreak(text.charCodeAt(start))) {
			start++;
			continue;
		}
		let end = start;
		let ascii = true;
		for (; end < text.length; end++) {
			const code = text.charCodeAt(end);
			if (isBreak(code)) break;
			if (code < 0x20 || code > 0x7e) ascii = false;
		}
		const word = text.slice(start, end);
		start = end;
		const wordWidth = ascii ? word.length : displayWidth(word);
		if (line && used + 1 + wordWidth > width) {
			lines.push(finish(prefix + line).trimEnd());
			prefix = rest;
			line = '';
			used = displayWidth(prefix);
		}
		if (line) {
			used += 1 + wordWidth;
			line += ` ${word}`;
		} else {
			const placed = lineStart(word);
			used += placed === word ? wordWidth : displayWidth(placed);
			line = placed;
		}
	}
	lines.push(finish(prefix + line).trimEnd());
	return lines;
}

/** The printable form of a laid-out line: glue becomes a space, the digest's own brackets plain brackets. */
export function finish(text: string): string {
	return MARKS.test(text) ? text.replace(MARKS_ALL, (mark) => PRINTED[mark]) : text;
}

const MARKS = /[\uE000-\uE002]/;
const MARKS_ALL = /[\uE000-\uE002]/g;
const PRINTED: Record<string, string> = {[GLUE]: ' ', [OPEN]: '[', [CLOSE]: ']'};
