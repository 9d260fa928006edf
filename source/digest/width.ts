/** Terminal column widths by code point: wide East Asian and emoji take two columns, marks none. */

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\u200B-\u200F\uFE00-\uFE0F]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** Ranges the terminal draws two columns wide (East Asian Wide and Fullwidth, the common blocks). */
const WIDE_RANGES: Array<[number, number]> = [
	[0x1100, 0x115f],
	[0x2e80, 0x303e],
	[0x3041, 0x33ff],
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
	[0xa000, 0xa4cf],
	[0xac00, 0xd7a3],
	[0xf900, 0xfaff],
	[0xfe30, 0xfe4f],
	[0xff00, 0xff60],
	[0xffe0, 0xffe6],
	[0x1f300, 0x1f64f],
	[0x1f900, 0x1f9ff],
	[0x20000, 0x3fffd],
];

/** Columns one code point takes: 0, 1 or 2. */
export function codePointWidth(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
	// Latin letters and the curly quotes and dashes of news text: one column, without a regex (the soft hyphen is a format mark).
	if ((code < 0x300 && code !== 0xad) || (code >= 0x2010 && code <= 0x2027)) return 1;
	if (ZERO_WIDTH.test(char)) return 0;
	if (WIDE_RANGES.some(([from, to]) => code >= from && code <= to)) return 2;
	// Pictographs above the BMP (emoji) are drawn wide; older BMP symbols (©, ☎) stay narrow.
	if (code >= 0x1f000 && PICTOGRAPHIC.test(char)) return 2;
	return 1;
}

/** Columns a string takes on a terminal (no ANSI codes expected). */
export function displayWidth(text: string): number {
	// Printable ASCII is one column a character: most words of most digests never reach the per-code-point rules.
	let ascii = 0;
	while (ascii < text.length) {
		const code = text.charCodeAt(ascii);
		if (code < 0x20 || code > 0x7e) break;
		ascii++;
	}
	if (ascii === text.length) return ascii;
	let width = ascii;
	for (const char of text.slice(ascii)) width += codePointWidth(char);
	return width;
}
