/** Where the bundled seed corpus lives, from the compiled CLI (dist/) or the sources (tsx). */
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export function bundledSeeds(): string {
	for (const relative of ['../../seeds', '../../../seeds', '../seeds']) {
		const path = fileURLToPath(new URL(relative, import.meta.url));
		if (existsSync(`${path}/sources.json`)) return path;
	}
	throw new Error('the bundled seeds are missing from this installation');
}
