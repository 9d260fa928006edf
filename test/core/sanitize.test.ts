import {test} from 'node:test';
import assert from 'node:assert/strict';
import {stripControlSequences} from '../../source/core/sanitize.js';

const cases: Array<[string, string]> = [
	['plain text', 'plain text'],
	['red \u001B[31mALERT\u001B[0m end', 'red ALERT end'],
	['title \u001B]0;pwned\u0007 here', 'title  here'],
	['link \u001B]8;;http://x\u001B\\text\u001B]8;;\u001B\\', 'link text'],
	['bell\u0007 and back\bspace', 'bell and backspace'],
	['c1 \u009B31m csi', 'c1  csi'],
	['keeps\ttabs\nand newlines', 'keeps\ttabs\nand newlines'],
	['crlf\r\nline', 'crlf\nline'],
	['emoji 🕊️ and RTL שלום stay', 'emoji 🕊️ and RTL שלום stay'],
];

test('removes terminal control sequences and keeps text', () => {
	for (const [input, expected] of cases) assert.equal(stripControlSequences(input), expected, JSON.stringify(input));
});
