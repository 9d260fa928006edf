import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Briefing} from '../../source/core/model.js';
import {renderDigest} from '../../source/digest/digest.js';
import {escapeInline, protectLineStart} from '../../source/digest/render-markdown.js';
import {emptyBriefing, fixtureBriefing} from './fixtures/briefing.js';
import {markdownProblems} from './markdown-check.js';

const markdown = (briefing: Briefing = fixtureBriefing(), width = 80) => renderDigest(briefing, {format: 'markdown', width}).split('\n');

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

test('lists nest at their parent\'s content column, tables are whole, no content opens a block', () => {
	for (const width of [30, 40, 50, 60, 70, 80, 90, 100]) {
		for (const briefing of [fixtureBriefing(), emptyBriefing()]) {
			assert.deepEqual(markdownProblems(renderDigest(briefing, {format: 'markdown', width, explain: width === 60})), [], `width ${width}`);
		}
	}
});

test('the checker catches what it is meant to', () => {
	assert.equal(markdownProblems('# Title\n\n- item\n   - not under its parent\n').length, 1);
	assert.equal(markdownProblems('# Title\n\n- 1. opens a list inside an item\n').length, 1);
	assert.equal(markdownProblems('# Title\ntext right under\n').length, 1);
	assert.equal(markdownProblems('text\n\n| a | b |\n| c |\n').length, 2);
});

test('the figures form a pipe table: header, separator, rows of the same width', () => {
	const rows = markdown().filter((line) => line.startsWith('|'));
	assert.equal(rows[0], '| Kind | Figure | Place | Source | As stated | Refs |');
	assert.match(rows[1], /^\|( :?-{3,}:? \|)+$/);
	const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
	for (const row of rows) assert.equal(cells(row), cells(rows[0]), row);
	assert.equal(rows.length, 2 + fixtureBriefing().figures.length);
});

test('a web address on its own is an autolink', () => {
	assert.ok(markdown().includes(`   - <${fixtureBriefing().articles[0].url}>`));
});

test('article text that looks like markup comes out escaped', () => {
	const text = markdown().join('\n');
	assert.ok(text.includes('“This is \\*not\\* a surrender\\_ plan; it is a \\<b\\>start\\</b\\> & nothing'));
});
