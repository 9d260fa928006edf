/** How far apart two spellings are: the fewest letters to insert, delete or change to turn one into the other. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length];
}

/** A spelling key that forgives transliteration and accents: "Petrenkyy" = "Petrenkiy", "Zoë" = "Zoe". */
export function spellingKey(name: string): string {
	let key = spellingKeys.get(name);
	if (key === undefined) {
		// Names and their words recur in every article: each is keyed once, the memory kept bounded.
		if (spellingKeys.size >= 20000) spellingKeys.clear();
		key = name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[yj]/g, 'i')
			.replace(/[^a-z]/g, '')
			.replace(/(.)\1+/g, '$1');
		spellingKeys.set(name, key);
	}
	return key;
}

const spellingKeys = new Map<string, string>();
