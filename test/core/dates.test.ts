import {test} from 'node:test';
import assert from 'node:assert/strict';
import {dateInLine, parsePublished, resolveWeekday, weekdayMentions} from '../../source/core/dates.js';

test('parses publication dates in common forms, null when unreadable', () => {
	const cases: Array<[string | null, string | null]> = [
		['2025-11-21', '2025-11-21'],
		['2025-11-21T08:30:00Z', '2025-11-21'],
		['21 November 2025', '2025-11-21'],
		['November 21, 2025', '2025-11-21'],
		['Nov 21, 2025', '2025-11-21'],
		['yesterday', null],
		['2025-13-45', null],
		[null, null],
	];
	for (const [input, expected] of cases) assert.equal(parsePublished(input), expected, String(input));
});

test('finds a date inside a byline line', () => {
	assert.equal(dateInLine('Harbour Gazette11-05-2025'), '2025-05-11');
	assert.equal(dateInLine('By Ana Ruiz, March 3, 2024'), '2024-03-03');
	assert.equal(dateInLine('No date here'), null);
});

test('resolves weekdays against the publication date, keeps them when it is unknown', () => {
	assert.equal(resolveWeekday('Thursday', '2025-11-21'), '2025-11-20'); // the 21st is a Friday
	assert.equal(resolveWeekday('Friday', '2025-11-21'), '2025-11-21');
	assert.equal(resolveWeekday('Thursday', null), null);
	assert.deepEqual(weekdayMentions('Talks on Monday and again on Monday, then Wednesday.', null), [
		{text: 'Monday', date: null},
		{text: 'Wednesday', date: null},
	]);
});
