import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Briefing} from '../../source/core/model.js';
import {renderDigest} from '../../source/digest/digest.js';
import {escapeInline, protectLineStart} from '../../source/digest/render-markdown.js';
import {emptyBriefing, fixtureBriefing} from './fixtures/briefing.js';

const markdown = (briefing: Briefing = fixtureBriefing(), width = 80) => renderDigest(briefing, {format: 'markdown', width}).split('\n');
const ITEM = /^( *)(- |\d{1,9}\. )/;

test('escapes what CommonMark would read as markup in article text', () => {
	const cases: Array<[string, string]> = [
		['a *not* b', 'a \\*not\\* b'],
		['surrender_plan', 'surrender\\_plan'],
		['<b>start</b>', '\\<b\\>start\\</b\\>'],
		['[1](x)', '\\[1\\](x)'],
		['a | b', 'a \\| b'],
		['`code`', '\\`code\\`'],
		['back\\slash', 'back\\\\slash'],
		['&amp; & more', '\\&amp; & more'],
		['U.S.-backed plan', 'U.S.-backed plan'],
	];
	for (const [input, expected] of cases) assert.equal(escapeInline(input), expected, input);
});

test('a word starting a line never opens a block', () => {
	const cases: Array<[string, string]> = [
		['-', '\\-'],
		['+', '\\+'],
		['#', '\\#'],
		['##tag', '\\##tag'],
		['>', '\\>'],
		['===', '\\==='],
		['~~~', '\\~~~'],
		['1.', '1\\.'],
		['12)', '12\\)'],
		['1.5', '1.5'],
		['2026', '2026'],
		['Guns', 'Guns'],
	];
	for (const [word, expected] of cases) assert.equal(protectLineStart(word), expected, word);
});

test('ATX headings in order: the title, the six parts, the sub-parts', () => {
	const headings = markdown().filter((line) => line.startsWith('#'));
	assert.deepEqual(headings, [
		'# Briefing: six-point truce',
		'## Plan provisions',
		'## Quotes by speaker',
		'## Figures and claims',
		'### Figures',
		'### Claims on the ground',
		'## Framing by outlet',
		'## Where outlets disagree',
		'## Sources',
		'### Skipped files',
	]);
	const lines = markdown();
	lines.forEach((line, i) => {
		if (!line.startsWith('#')) return;
		assert.match(line, /^#{1,6} \S/);
		if (i > 0) assert.equal(lines[i - 1], '', `blank line before ${line}`);
		assert.equal(lines[i + 1], '', `blank line after ${line}`);
	});
});

test('lists nest at their parent\'s content column and continuation lines stay inside their item', () => {
	for (const briefing of [fixtureBriefing(), emptyBriefing()]) {
		const lines = markdown(briefing, 60);
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
				assert.ok(indent === 0 || columns.includes(indent), `item not under a parent's content: ${line}`);
				columns = [...columns.filter((column) => column <= indent), indent + item[2].length];
			} else if (columns.length) {
				assert.ok(columns.includes(indent), `continuation off its item's column: ${line}`);
			} else {
				assert.equal(indent, 0, `paragraph line indented: ${line}`);
			}
		}
	}
});

test('the figures form a pipe table: header, separator, rows of the same width', () => {
	const rows = markdown().filter((line) => line.startsWith('|'));
	assert.equal(rows[0], '| Kind | Figure | Place | Source | As stated | Refs |');
	assert.match(rows[1], /^\|( :?-{3,}:? \|)+$/);
	const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
	for (const row of rows) assert.equal(cells(row), cells(rows[0]), row);
	assert.equal(rows.length, 2 + fixtureBriefing().figures.length);
});

test('article text that looks like markup comes out escaped', () => {
	const text = markdown().join('\n');
	assert.ok(text.includes('“This is \\*not\\* a surrender\\_ plan; it is a \\<b\\>start\\</b\\> & nothing'));
	// The long quote's "- 1." must not start a line unescaped, whatever the width.
	for (const width of [40, 50, 60, 70, 80, 90, 100]) {
		for (const line of markdown(fixtureBriefing(), width)) {
			if (line.startsWith('#')) continue;
			const content = line.replace(ITEM, '').trimStart();
			assert.doesNotMatch(content, /^([-+>#=~]|\d{1,9}[.)](\s|$))/, `${width}: ${line}`);
		}
	}
});
