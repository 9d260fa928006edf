/** Optional `---` front matter at the top of an article: simple `key: value` lines. */

export interface FrontMatter {
	fields: Record<string, string>;
	/** The text after the block (the whole text when there is none). */
	rest: string;
}

const BLOCK = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export function splitFrontMatter(text: string): FrontMatter {
	const match = BLOCK.exec(text);
	if (!match) return {fields: {}, rest: text};
	const fields: Record<string, string> = {};
	for (const line of match[1].split('\n')) {
		const pair = /^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
		if (!pair) continue;
		fields[pair[1].toLowerCase()] = pair[2].replace(/^(["'])(.*)\1$/, '$2');
	}
	return {fields, rest: text.slice(match[0].length)};
}

const NO_VALUE = /^(?:unknown|n\/?a|none|null|-|\?|)$/i;

/** A metadata value, or null for the usual ways of saying there is none ("unknown", "n/a", ""). */
export function metaValue(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const trimmed = value.trim();
	return NO_VALUE.test(trimmed) ? null : trimmed;
}
