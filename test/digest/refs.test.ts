import {test} from 'node:test';
import assert from 'node:assert/strict';
import {carriedBy, dateRange, digestContext, formatNumber, refs, rules} from '../../source/digest/refs.js';
import {finish} from '../../source/digest/wrap.js';
import {ARTICLE_IDS, fixtureBriefing} from './fixtures/briefing.js';

test('states the date range compactly, "dates unknown" when none', () => {
	const cases: Array<[string | null, string | null, string]> = [
		['2025-11-20', '2025-11-25', '20-25 Nov 2025'],
		['2025-11-21', '2025-11-21', '21 Nov 2025'],
		['2025-10-28', '2025-11-02', '28 Oct-2 Nov 2025'],
		['2024-12-30', '2025-01-02', '30 Dec 2024-2 Jan 2025'],
		['2025-11-21', null, '21 Nov 2025'],
		[null, null, 'dates unknown'],
		['spring', 'spring', 'spring'],
	];
	for (const [from, to, expected] of cases) assert.equal(dateRange(from, to), expected, `${from} ${to}`);
});

test('groups thousands without the locale', () => {
	const cases: Array<[number, string]> = [
		[40000, '40,000'],
		[212, '212'],
		[1234567.5, '1,234,567.5'],
		[-2500, '-2,500'],
		[0.25, '0.25'],
	];
	for (const [value, expected] of cases) assert.equal(formatNumber(value), expected);
});

test('numbers sources in corpus order and names who carries an item', () => {
	const context = digestContext(fixtureBriefing(), false);
	const [harbour, valleyA, valleyB, wire] = ARTICLE_IDS;
	assert.equal(finish(refs(context, [valleyB, harbour, harbour])), '[1, 3]');
	assert.equal(finish(refs(context, ['missing.txt'])), '[missing.txt]');
	assert.equal(finish(carriedBy(context, [wire, valleyB, harbour, valleyA])), 'Harbour Ledger [1], Valley Courier [2, 3], “Dravian army says it still holds the ridge” [4]');
});

test('names rule ids only with --explain', () => {
	const evidence = [{article: 'a', text: 't', rule: 'quote.said-after'}, {article: 'b', text: 't', rule: 'quote.said-after'}];
	assert.equal(finish(rules(digestContext(fixtureBriefing(), true), evidence)), ' [rule quote.said-after]');
	assert.equal(rules(digestContext(fixtureBriefing(), false), evidence), '');
});
