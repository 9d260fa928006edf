/**
 * Structural checks of the digest's CommonMark, in lieu of a parser: headings, list nesting,
 * pipe tables, and no line whose content would open a block the digest did not mean.
 */

const ITEM = /^( *)(- |\d{1,9}\. )/;
const BLOCK_START = /^([-+>#=~]|\d{1,9}[.)](\s|$))/;

function headingProblems(lines: string[]): string[] {
	const problems: string[] = [];
	lines.forEach((line, i) => {
		if (!line.startsWith('#')) return;
		if (!/^#{1,6} \S/.test(line)) problems.push(`bad heading: ${line}`);
		if (i > 0 && lines[i - 1] !== '') problems.push(`no blank line before: ${line}`);
		if (lines[i + 1] !== '') problems.push(`no blank line after: ${line}`);
	});
	return problems;
}

function listProblems(lines: string[]): string[] {
	const problems: string[] = [];
	let columns: number[] = [];
	let afterBlank = false;
	for (const line of lines) {
		if (!line.trim()) {
			afterBlank = true;
			continue;
		}
		const item = ITEM.exec(line);
		const indent = line.length - line.trimStart().length;
		// After a blank line, an unindented line that is not an item ends the list.
		if (line.startsWith('#') || line.startsWith('|') || (afterBlank && !item && indent === 0)) columns = [];
		afterBlank = false;
		if (line.startsWith('#') || line.startsWith('|')) continue;
		if (item) {
			if (indent !== 0 && !columns.includes(indent)) problems.push(`item not under a parent's content: ${line}`);
			columns = [...columns.filter((column) => column <= indent), indent + item[2].length];
		} else if (columns.length ? !columns.includes(indent) : indent !== 0) {
			problems.push(`line off its item's column: ${line}`);
		}
		const content = line.replace(ITEM, '').trimStart();
		if (BLOCK_START.test(content)) problems.push(`content opens a block: ${line}`);
	}
	return problems;
}

function tableProblems(lines: string[]): string[] {
	const problems: string[] = [];
	const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
	lines.forEach((line, i) => {
		if (!line.startsWith('|') || lines[i - 1]?.startsWith('|')) return;
		const rows = lines.slice(i, lines.findIndex((next, j) => j > i && !next.startsWith('|')) >>> 0);
		if (lines[i - 1] !== '') problems.push(`no blank line before table: ${line}`);
		if (rows.length < 2 || !/^\|( :?-{3,}:? \|)+$/.test(rows[1])) problems.push(`table without a separator row: ${line}`);
		for (const row of rows) if (cells(row) !== cells(rows[0]) || !row.endsWith('|')) problems.push(`ragged table row: ${row}`);
	});
	return problems;
}

/** Everything wrong with the digest's markdown; empty when it is well formed. */
export function markdownProblems(text: string): string[] {
	const lines = text.split('\n');
	return [...headingProblems(lines), ...listProblems(lines), ...tableProblems(lines)];
}
