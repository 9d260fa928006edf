import {test} from 'node:test';
import assert from 'node:assert/strict';
import {GLUE, glue, oneLine, wrapText} from '../../source/digest/wrap.js';
import {displayWidth} from '../../source/digest/width.js';

test('wraps greedily at spaces within the width', () => {
	const cases: Array<[string, number, string[]]> = [
		['the guns fall silent at midnight', 12, ['the guns', 'fall silent', 'at midnight']],
		['short', 80, ['short']],
		['', 10, ['']],
		['a https://example.org/a-very-long-unbreakable-address b', 10, ['a', 'https://example.org/a-very-long-unbreakable-address', 'b']],
		['和平 和平 和平', 9, ['和平 和平', '和平']],
	];
	for (const [text, width, expected] of cases) assert.deepEqual(wrapText(text, width), expected, text);
});

test('puts a prefix on the first line and a hanging indent on the rest', () => {
	assert.deepEqual(wrapText('Prisoners exchanged all-for-all within ten days', 24, '1. ', '   '), [
		'1. Prisoners exchanged',
		'   all-for-all within',
		'   ten days',
	]);
});

test('keeps glued words together and prints the glue as a space', () => {
	const lines = wrapText(`reported by Valley ${glue('Courier', '[2]')}`, 20);
	assert.deepEqual(lines, ['reported by Valley', 'Courier [2]']);
	assert.ok(lines.every((line) => !line.includes(GLUE)));
});

test('never exceeds the width except for a word that cannot fit', () => {
	const text = 'Mediators from three neighbouring states gathered at the lakeside hotel on Monday evening';
	for (const width of [10, 15, 20, 33]) {
		for (const line of wrapText(text, width, '  - ', '    ')) assert.ok(displayWidth(line) <= width || !line.trim().replace(/^- /, '').includes(' '), `${width}: ${line}`);
	}
});

test('flattens article text to one line and drops control characters', () => {
	assert.equal(oneLine('  The truce\n\theld \u0007overnight.\u00A0 '), 'The truce held overnight.');
	assert.equal(oneLine(`glue${GLUE}inside`), 'glueinside');
});

test('oneLine leaves a clean line as it is and evens out the rest', () => {
	const cases: Array<[string, string]> = [
		['The levee held overnight', 'The levee held overnight'],
		['  The levee\theld\n overnight ', 'The levee held overnight'],
		['The\u00A0levee held', 'The levee held'],
		['The levee\u0007 held', 'The levee held'],
		['The \uE000levee', 'The levee'],
		['', ''],
	];
	for (const [text, expected] of cases) assert.equal(oneLine(text), expected, JSON.stringify(text));
});

test('wraps tabs, newlines and runs of spaces as single breaks', () => {
	assert.deepEqual(wrapText('aid  trucks\tcrossed\r\nthe bridge ', 14), ['aid trucks', 'crossed the', 'bridge']);
});
