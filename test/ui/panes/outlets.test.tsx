import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {emptyBriefing, fixtureBriefing} from '../fixtures/briefing.js';
import {renderApp} from '../helpers.js';

// A failed assertion must not leave an app running.
afterEach(cleanup);

test('outlets: headline and lede, terms and voices as bars, covered and omitted, hedges, loaded words', async () => {
	const app = await renderApp(fixtureBriefing, {columns: 120, rows: 40});
	const frame = await app.press('5', 'G');
	assert.match(frame, /› River Courier · 1 articles/);
	assert.match(frame, /│ Fragile truce holds on the river border/);
	assert.match(frame, /│ A fragile truce took hold on the river border on Wednesday morning\./);
	assert.match(frame, /│ fragile truce +████████ 2\.9/);
	assert.match(frame, /│ Piet Varga +████████ 1/);
	assert.match(frame, /│ Covers: Each side frees 300 prisoners/);
	assert.match(frame, /│ Omits: Both armies pull back from the river/);
	assert.match(frame, /│ Hedges: reportedly \(1\)/);
	assert.match(frame, /│ Loaded words: fragile \(1\)/);
	app.unmount();
});

test('outlets: bars scale to the outlet\'s strongest term', async () => {
	const app = await renderApp(fixtureBriefing, {columns: 120, rows: 40});
	const frame = await app.press('5');
	assert.match(frame, /accord +████████ 3\.2/);
	assert.match(frame, /guns +███░░░░░ 1\.4/);
	app.unmount();
});

test('outlets: Enter opens the lede of each article of the outlet', async () => {
	const app = await renderApp(fixtureBriefing);
	const frame = await app.press('5', 'enter');
	assert.match(frame, /Harbor Times\n1 source sentence/);
	assert.match(frame, /rule article.lede/);
	app.unmount();
});

test('outlets: nothing found is said plainly', async () => {
	const app = await renderApp(emptyBriefing);
	const frame = await app.press('5');
	assert.match(frame, /Distinctive terms\nnone found/);
	assert.match(frame, /Covers: none/);
	app.unmount();
});
