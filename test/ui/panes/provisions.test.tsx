import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {emptyBriefing, fixtureBriefing} from '../fixtures/briefing.js';
import {renderApp} from '../helpers.js';

// A failed assertion must not leave an app running.
afterEach(cleanup);

test('provisions: each term with a coverage bar of outlets; the detail has each outlet\'s wording and hedge', async () => {
	const app = await renderApp(fixtureBriefing);
	const frame = await app.press('2');
	assert.match(frame, / 2 Provisions /);
	assert.match(frame, /› Both armies pull back from the river +████░░  2/);
	assert.match(frame, /  Each side frees 300 prisoners +████░░  2/);
	assert.match(frame, /reported by 2 of 3 outlets: Harbor Times, The Ledger/);
	assert.match(frame, /The Ledger \(people familiar with the text said\)\n“Both armies are to withdraw 20 kilometres/);
	app.unmount();
});

test('provisions: j moves to the next term and its detail', async () => {
	const app = await renderApp(fixtureBriefing);
	const frame = await app.press('2', 'j');
	assert.match(frame, /› Each side frees 300 prisoners/);
	assert.match(frame, /River Courier \(reportedly\)\n“The plan reportedly frees 300 prisoners/);
	app.unmount();
});

test('provisions: an empty section says so plainly', async () => {
	const app = await renderApp(emptyBriefing);
	assert.match(await app.press('2'), /No plan provisions found in this corpus/);
	app.unmount();
});
