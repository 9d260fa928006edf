/** The headline line an article read from a page, feed or export starts with. */

/** A title compared loosely: case, curly quotes, punctuation and spacing aside. */
export const normTitle = (text: string) =>
	text
		.replace(/[\s\u00A0]+/g, ' ')
		.trim()
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/[^[\p{L}\p{N}' ]--[\u{10000}-\u{10FFFF}]]+/gv, '');

/**
 * The text with its headline as the first line, as in a saved .txt article, so parseArticle takes that
 * line as the headline rather than mistaking the first short paragraph for one.
 */
export function headlineFirst(headline: string | null, body: string): string {
	if (!headline) return body;
	const first = body.trimStart().split('\n', 1)[0] ?? '';
	return normTitle(first) === normTitle(headline) ? body : `${headline.replace(/\.$/, '')}\n\n${body}`;
}
