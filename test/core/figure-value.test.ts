import assert from 'node:assert/strict';
import {test} from 'node:test';
import {figureValueText, formatNumber} from '../../source/core/figure-value.js';
import type {Figure} from '../../source/core/model.js';

const figure = (kind: string, value: number | null, text: string, qualifier: string | null = null) =>
	({value, qualifier, kind, text, place: null, source: null, articles: ['a.txt'], evidence: []}) as unknown as Figure;

test('sums of money past a million read in words with the currency of their own phrase', () => {
	assert.equal(figureValueText(figure('money', 750e9, 'spend some $750bn on energy', 'some')), 'some $750 billion');
	assert.equal(figureValueText(figure('money', 1.3e12, 'over €1.3 trillion in pledges', 'over')), 'over €1.3 trillion');
	assert.equal(figureValueText(figure('money', 4_500_000, 'a £4.5m fund')), '£4.5 million');
	assert.equal(figureValueText(figure('money', 90_000, 'paid 90,000 dinars')), '90,000');
});

test('rates keep their percent sign; counts stay grouped digits', () => {
	assert.equal(figureValueText(figure('other', 15, 'a 15 per cent tariff on most goods')), '15%');
	assert.equal(figureValueText(figure('other', 50, 'a 50% levy on steel')), '50%');
	assert.equal(figureValueText(figure('percent_territory', 19, 'about 19 percent of the country', 'about')), 'about 19%');
	assert.equal(figureValueText(figure('killed', 1240, 'at least 1,240 people were killed', 'at least')), 'at least 1,240');
	assert.equal(figureValueText(figure('other', 817, 'their 817 km border')), '817');
});

test('a count with no number is its qualifier, or nothing', () => {
	assert.equal(figureValueText(figure('injured', null, 'injured dozens', 'dozens')), 'dozens');
	assert.equal(figureValueText(figure('injured', null, 'many were hurt')), null);
	assert.equal(formatNumber(1234567.5), '1,234,567.5');
});
