import {test} from 'node:test';
import assert from 'node:assert/strict';
import {renderDigest} from '../../source/digest/digest.js';
import {fixtureBriefing} from './fixtures/briefing.js';

test('a figures table longer than a call can take arguments still renders', () => {
	const briefing = fixtureBriefing();
	const figure = briefing.figures[0];
	briefing.figures = Array.from({length: 150_000}, (_, index) => ({...figure, value: index}));
	const text = renderDigest(briefing, {width: 80, all: true});
	assert.ok(text.includes('about 149,999'));
});
