import assert from 'node:assert/strict';
import {test} from 'node:test';
import wrapAnsi from 'wrap-ansi';
import {cap, clean, fit, lineOf, listFit, locate, truncate, wrapBody, wrapped} from '../../source/ui/text.js';

const table: Array<[string, string, string]> = [
	['plain', 'A truce', 'A truce'],
	['colour codes', '\u001B[31mA truce\u001B[0m', 'A truce'],
	['a title change', '\u001B]0;owned\u0007A truce', 'A truce'],
	['newlines and tabs', 'A\n\ttruce', 'A truce'],
	['null', null as unknown as string, ''],
];
for (const [name, input, expected] of table) test(`text: clean ${name}`, () => assert.equal(clean(input), expected));

test('text: truncate and fit', () => {
	assert.equal(truncate('ceasefire', 5), 'ceas…');
	assert.equal(truncate('truce', 5), 'truce');
	assert.equal(fit('truce', 8), 'truce   ');
	assert.equal(fit('ceasefire', 4), 'cea…');
});

test('text: wrapBody keeps each line\'s offset in the body', () => {
	const body = 'The quake struck at dawn and shook the valley.\nRescuers reached the town by noon.';
	const lines = wrapBody(body, 20);
	for (const line of lines) if (line.text) assert.equal(body.slice(line.start, line.start + line.text.length), line.text);
	assert.ok(lines.every((line) => line.text.length <= 20));
	assert.ok(lines.some((line) => line.text === ''), 'a blank line between paragraphs');
});

test('text: locate a sentence by its offset, or by its text when the offset is stale', () => {
	const body = 'First. The minister said no. The minister said no.';
	assert.deepEqual(locate(body, 'The minister said no.', 29), {start: 29, end: 50});
	assert.deepEqual(locate(body, 'The minister said no.', 3), {start: 7, end: 28});
	assert.equal(locate(body, 'Absent.', 0), null);
	assert.equal(lineOf(wrapBody(body, 12), 29) > 0, true);
});

test('text: listFit joins names up to the width, then counts the rest', () => {
	assert.equal(listFit(['Harbor Times', 'The Ledger'], 40), 'Harbor Times, The Ledger');
	assert.equal(listFit(['Harbor Times', 'The Ledger', 'River Courier', 'Evening Post'], 32), 'Harbor Times, The Ledger +2 more');
	assert.equal(listFit(['Harbor Times', 'The Ledger', 'River Courier', 'Evening Post'], 31), 'Harbor Times +3 more');
	assert.equal(listFit([], 10), '');
	assert.equal(listFit(['Global War News', 'Modern Diplomacy', 'Bharat Horizon'], 12), 'Global W… +2');
	const many = Array.from({length: 1000}, (_, index) => `Outlet ${index}`);
	assert.ok(listFit(many, 60).length <= 60);
	assert.match(listFit(many, 60), /\+\d+ more$/);
});

test('text: cap cuts text to what a box shows', () => {
	assert.equal(cap('a'.repeat(500), 20, 3).length, 60);
	assert.equal(cap('short', 20, 3), 'short');
});

// wrapped() lays text out as Ink's wrap="wrap" does (wrap-ansi, hard, untrimmed), so the frame is the same without Ink's slow measuring.
const wrapTable: Array<[string, string, number]> = [
	['words', 'The rescue teams reached the flooded valley at dawn', 12],
	['curly quotes and a dash', '“We will rebuild every school — all of them,” the mayor said', 16],
	['a word longer than the line', 'Aftershocks: magnitude-four-point-five-and-rising tremors', 10],
	['a row ending at the width', 'abcde fghij klmno', 5],
	['double spaces', 'Relief  convoys   crossed', 7],
	['accented names', 'Mónica Ibáñez and Zoë Ørsted signed', 9],
	['fits already', 'Short line', 40],
];
for (const [name, text, width] of wrapTable) test(`text: wrapped ${name} as Ink would`, () => assert.equal(wrapped(text, width), wrapAnsi(text, width, {trim: false, hard: true})));

test('text: wrapped leaves text with wide or combining characters to Ink', () => {
	for (const text of ['地震 relief reaches the valley today', 'Cafe\u0301 owners reopened the square', 'A line\nand another one here']) assert.equal(wrapped(text, 8), text);
});
