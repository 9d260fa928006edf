import {test} from 'node:test';
import assert from 'node:assert/strict';
import {dateInLine, parsePublished, resolveWeekday, weekdayDirection, weekdayMentions} from '../../source/core/dates.js';

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
	// a day and a month joined by hyphens, a comma before the year
	assert.equal(dateInLine('Thu 6-February-2025'), '2025-02-06');
	assert.equal(dateInLine('04 June, 2021'), '2021-06-04');
	// a day with its ordinal suffix
	assert.equal(dateInLine('Sat 23rd November 2019 | 01:10 AM'), '2019-11-23');
	assert.equal(dateInLine('(Harbour Daily - 10th Aug, 2020 )'), '2020-08-10');
	assert.equal(dateInLine('November 2nd, 2020'), '2020-11-02');
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

test('a weekday in a clause about what is to come resolves forward from the publication date', () => {
	// Published on Monday 2 March 2026.
	const text = 'The truce was agreed on Monday and will take effect from midnight on Tuesday. Commanders will begin talks Wednesday. Fighting flared on Sunday.';
	assert.deepEqual(weekdayMentions(text, '2026-03-02'), [
		{text: 'Monday', date: '2026-03-02'},
		{text: 'Tuesday', date: '2026-03-03'},
		{text: 'Wednesday', date: '2026-03-04'},
		{text: 'Sunday', date: '2026-03-01'},
	]);
	assert.equal(resolveWeekday('Friday', '2026-03-02', 'future'), '2026-03-06');
});

test('only the clause that names the weekday sets its tense', () => {
	const direction = (sentence: string) => weekdayDirection(sentence, sentence.lastIndexOf(' ') + 1);
	assert.equal(direction('The accord, which will be reviewed in May, was signed on Thursday'), 'past');
	assert.equal(direction('Officials said the envoys will meet again next Thursday'), 'future');
	assert.equal(direction('The ministers said they will resign. The talks began on Thursday'), 'past');
	assert.equal(direction('The vote that will decide it was held on Thursday'), 'past');
	assert.equal(direction('The first convoy is due to cross on Thursday'), 'future');
	assert.equal(direction('Talks on Monday and again on Thursday'), 'past');
	assert.equal(direction("'He left on a Thursday and came home on the next Thursday"), 'past');
	assert.equal(direction('Volunteers will stand on the bridge - a bridge our soldiers took on Thursday'), 'past');
	assert.equal(direction('The minister will report to parliament on the accord signed on Thursday'), 'past');
	assert.equal(direction('The accord will be signed on Thursday'), 'future');
	assert.equal(direction('The convoys went out on Monday and the envoys meet again last Thursday'), 'past');
	// a reported deadline of a term coming into force is still to come; "would" alone tells of a past plan
	assert.equal(direction('The joint statement said the changes would take effect by Thursday'), 'future');
	assert.equal(direction('He said he would travel to the border on Thursday'), 'past');
});

test('the same weekday named in the past and as still to come is listed once for each date', () => {
	const text = 'Delegates met on Friday. They will meet again on Friday.';
	assert.deepEqual(weekdayMentions(text, '2026-03-04'), [
		{text: 'Friday', date: '2026-02-27'},
		{text: 'Friday', date: '2026-03-06'},
	]);
});
