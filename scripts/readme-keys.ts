// Writes the README's key table from the dashboard's keymap, so the two never disagree.
// `npx tsx scripts/readme-keys.ts` rewrites README.md; test/readme.test.ts checks it is current.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {helpSections} from '../source/ui/keymap.js';

export const START = '<!-- keys:start (generated from source/ui/keymap.ts by scripts/readme-keys.ts) -->';
export const END = '<!-- keys:end -->';

/** The markdown table of every key binding, grouped as the `?` overlay groups them. */
export function keyTable(): string {
	const rows = helpSections().flatMap(({category, rows}) =>
		rows.map((row) => `| ${category} | ${row.keys.split(' ').map((key) => `\`${key === '|' ? '\\|' : key}\``).join(' ')} | ${row.description} |`),
	);
	return ['| | keys | what they do |', '| --- | --- | --- |', ...rows].join('\n');
}

export function withKeyTable(readme: string): string {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < start) throw new Error('README.md has no key-table markers');
	return `${readme.slice(0, start + START.length)}\n${keyTable()}\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const path = fileURLToPath(new URL('../README.md', import.meta.url));
	writeFileSync(path, withKeyTable(readFileSync(path, 'utf8')));
}
