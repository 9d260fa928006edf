/**
 * Hard-wrapped lines -> one line per paragraph. Wire copy reprinted by a site (and old or e-mailed pages) breaks each
 * paragraph into lines of about the same width; every other step reads a line as a paragraph, so a wrapped lede became
 * a headline of five words and a quote cut at the wrap was lost. Lines are joined only where the text says the sentence
 * runs on: no closing stop, and either the page is wrapped at a fixed width or the break falls where no sentence ends.
 */
import {RUN_ON_WORDS} from '../lexicon/line-wraps.js';

const RUN_ON = new Set(RUN_ON_WORDS);
// a stop, colon or semicolon, then any closing quotes or brackets: the line ends its sentence or leads into a list
const ENDS_CLAUSE = /[.!?…:;]["'”’»)\]]*$/;
// a bullet, a numbered item, a time stamp or a table row begins its own line
const OWN_LINE = /^(?:[-•*·▪–—>|#]|\d{1,2}[.)]\s|\d{1,2}[:.]\d{2}\b|\(?\d+\)\s)/;
// a lower-case word, then a space or a comma (not an address: "press@…", "www.…")
const CONTINUES = /^[\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{Ll}'’\-]--[\u{10000}-\u{10FFFF}]]*[\s,;]/v;
// A page wrapped at a fixed width: most long lines end mid-sentence and none is much wider than the rest.
const MIN_WRAPPED_LINES = 4;
const MAX_WRAP_WIDTH = 110;
// (narrower than this is a list or a column of figures, not prose wrapped to a width)
const MIN_WRAP_WIDTH = 40;
// A joined paragraph stops growing here: a run of unpunctuated lines is no one sentence for every later step to scan.
const MAX_PARAGRAPH = 3000;

function lastWord(line: string): string {
	const match = /([[\p{L}']--[\u{10000}-\u{10FFFF}]]+)\W*$/v.exec(line);
	return match ? match[1].toLowerCase() : '';
}

/** The width a page is hard-wrapped at, or 0 when its lines are paragraphs. */
export function wrapWidth(lines: readonly string[]): number {
	const filled = lines.map((line) => line.trim()).filter((line) => line.length > 0);
	if (filled.length < MIN_WRAPPED_LINES * 2) return 0;
	// a loop, not Math.max(...): a file of many short lines has more lines than a call can take arguments
	let widest = 0;
	for (const line of filled) widest = Math.max(widest, line.length);
	if (widest > MAX_WRAP_WIDTH || widest < MIN_WRAP_WIDTH) return 0;
	const full = filled.filter((line) => line.length >= widest * 0.75);
	const runOn = full.filter((line) => !ENDS_CLAUSE.test(line));
	return runOn.length >= MIN_WRAPPED_LINES && runOn.length * 2 >= full.length ? widest : 0;
}

/** Whether a line break falls inside a sentence: the line runs on and the next line continues it. */
function runsOn(line: string, next: string, width: number, firstOfBlock: boolean): boolean {
	if (!/[\p{L}--[\u{10000}-\u{10FFFF}]]/v.test(line) || !next || ENDS_CLAUSE.test(line) || OWN_LINE.test(next)) return false;
	if (/(?:,|\s[–—-])$/.test(line) || RUN_ON.has(lastWord(line)) || CONTINUES.test(next)) return true;
	// a line as wide as the wrap, in a wrapped page (not a headline over the lede: that ends on a run-on word or not at all)
	return width > 0 && !firstOfBlock && line.length >= width * 0.75;
}

/** Joins hard-wrapped lines into paragraphs; blank lines and every line that ends a sentence stay breaks. */
export function unwrapLines(lines: readonly string[]): string[] {
	const width = wrapWidth(lines);
	const out: string[] = [];
	let open = false; // whether the last line of `out` runs on into this one
	let blockStart = true; // whether this line opens a block (the top, or after a blank line)
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i].trim();
		if (open) out[out.length - 1] += ` ${line}`;
		else out.push(lines[i]);
		open = i + 1 < lines.length && out[out.length - 1].length < MAX_PARAGRAPH && runsOn(line, lines[i + 1].trim(), width, blockStart);
		blockStart = !line;
	}
	return out;
}
