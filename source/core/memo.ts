/** Small shared helpers for the hot paths: a bounded memo of pure string functions, and sorted-list overlap. */

/**
 * A pure function of a string, remembered: names, roles, places and claimants recur in every article.
 * The memo is cleared when it holds `limit` strings, so memory stays bounded on any corpus.
 */
export function remembered<T>(compute: (text: string) => T, limit = 20000): (text: string) => T {
	const memo = new Map<string, T>();
	return (text) => {
		let value = memo.get(text);
		if (value === undefined && !memo.has(text)) {
			if (memo.size >= limit) memo.clear();
			value = compute(text);
			memo.set(text, value);
		}
		return value as T;
	};
}

/** How many values two ascending lists share, counting repeats as often as both hold them: one merge pass. */
export function sortedOverlap(a: ArrayLike<number>, b: ArrayLike<number>): number {
	let common = 0;
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			common++;
			i++;
			j++;
		} else if (a[i] < b[j]) i++;
		else j++;
	}
	return common;
}
