import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {emptyBriefing, fixtureBriefing} from '../fixtures/briefing.js';
import {renderApp} from '../helpers.js';

// A failed assertion must not leave an app running.
afterEach(cleanup);

test('quotes: speakers with role, quote count and outlets; the selected speaker\'s quotes beside them', async () => {
	const app = await renderApp(fixtureBriefing, {columns: 120, rows: 40});
	const frame = await app.press('3');
	assert.match(frame, /› Lena Okafor, Foreign Minister · 2 · 2 outlets/);
	assert.match(frame, /Piet Varga, commander of the Kestland northern/);
	assert.match(frame, /│ Lena Okafor — Foreign Minister/);
	assert.match(frame, /Enter to browse · 2 quotes in Harbor Times, The Ledger/);
	assert.match(frame, /“We have chosen to stop the guns”/);
	app.unmount();
});

test('quotes: reported speech is marked as such', async () => {
	const app = await renderApp(fixtureBriefing);
	const frame = await app.press('3', 'j');
	assert.match(frame, /\(reported\) his forces had not fired a shot since midnight/);
	assert.match(frame, /“hold every metre until the last day”/);
	app.unmount();
});

test('quotes: Enter browses a speaker\'s quotes, Enter again opens the quote\'s evidence, Esc comes back', async () => {
	const app = await renderApp(fixtureBriefing);
	let frame = await app.press('3', 'enter', 'j');
	assert.match(frame, /› “a beginning, not an end”/);
	assert.match(frame, /partial quote · carried by The Ledger/);
	frame = await app.press('enter');
	assert.match(frame, /Lena Okafor: “a beginning, not an end”\n1 source sentence/);
	assert.match(frame, /Okafor said the deal was "a beginning, not an end"\./);
	assert.match(frame, /rule quote.said-before/);
	frame = await app.press('escape');
	assert.match(frame, /› “a beginning, not an end”/);
	frame = await app.press('escape', 'j');
	assert.match(frame, /› Piet Varga/);
	app.unmount();
});

test('quotes: an empty section says so plainly', async () => {
	const app = await renderApp(emptyBriefing);
	assert.match(await app.press('3'), /No quotes found in this corpus/);
	app.unmount();
});
