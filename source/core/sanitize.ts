/** Removes terminal control sequences from untrusted article text before it reaches any output. */

// CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), other two-byte ESC sequences, and 8-bit CSI.
const ESCAPE_SEQUENCE = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[PX^_][^\u001B]*(?:\u001B\\)?|\u001B[@-Z\\-_]?|\u009B[0-?]*[ -/]*[@-~]/g;
// C0 and C1 controls except tab and newline; DEL too. Bidi overrides are kept: they are text, not commands.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function stripControlSequences(text: string): string {
	// Most articles hold no carriage return and no escape: the scans for them are skipped.
	const lines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
	const plain = lines.includes('\u001B') || lines.includes('\u009B') ? lines.replace(ESCAPE_SEQUENCE, '') : lines;
	return plain.replace(CONTROL, '');
}

// A grave accent that opens a quote: after the start, a space, a bracket or a dash, and before a word.
const BACKTICK_OPENS = /(?<=^|[\s\(\[—–\-])`(?=[[\p{L}\p{N}$“"]--[\u{10000}-\u{10FFFF}]])/gv;

/**
 * Some outlets print quote marks as grave accents (`more work to be done`, and Rwanda`s for an apostrophe): each one
 * becomes the typographic single mark it stands for, one character for one, so offsets into the text hold.
 */
export function backticksAsQuotes(text: string): string {
	if (!text.includes('`')) return text;
	return text.replace(BACKTICK_OPENS, '‘').replaceAll('`', '’');
}
