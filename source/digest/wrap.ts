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
	return text
		.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uE000-\uE00F]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

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
export function wrapText(text: string, width: number, first = '', rest = first, lineStart: LineStart = (word) => word): string[] {
	const lines: string[] = [];
	let prefix = first;
	let line = '';
	let used = displayWidth(prefix);
	for (const word of words(text)) {
		const wordWidth = displayWidth(word);
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
