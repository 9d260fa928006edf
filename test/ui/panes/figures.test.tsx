import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {emptyBriefing, fixtureBriefing} from '../fixtures/briefing.js';
import {renderApp} from '../helpers.js';
import {tableBudgets} from '../../../source/ui/panes/figures.js';

// A failed assertion must not leave an app running.
afterEach(cleanup);

test('figures: a table of kind, value with qualifier, place, source and outlets; then the claims', async () => {
	const app = await renderApp(fixtureBriefing);
	const frame = await app.press('4');
	assert.match(frame, /Figures \(4\) and claims \(1\) · 1\/5/);
	assert.match(frame, /│ +│ kind +│ value +│ place +│ source +│ outlets +│/);
	assert.match(frame, /│ › │ killed +│ at least 1,240 +│ — +│ Red Lanter… +│ Harbor Tim… │/);
	assert.match(frame, /│ +│ displaced │ about 40,000 +│ the border… │ — +│ River Cour… │/);
	assert.match(frame, /│ +│ place │ claim +│ claimant │ disputed by │ outlets +│/);
	assert.match(frame, /│ Tarsk │ grain depot… │ Kestland │ Marovia +│ Harbor T… \+1 │/);
	app.unmount();
});

test('figures: G selects the last row (a claim) and shows its evidence; Enter opens it', async () => {
	const app = await renderApp(fixtureBriefing);
	let frame = await app.press('4', 'G');
	assert.match(frame, /│ › │ Tarsk │/);
	assert.match(frame, /Tarsk: grain depot seized/);
	frame = await app.press('enter');
	assert.match(frame, /Tarsk: grain depot seized\n2 source sentences/);
	assert.match(frame, /rule claim.seized/);
	app.unmount();
});

test('figures: an empty section says so plainly', async () => {
	const app = await renderApp(emptyBriefing);
	assert.match(await app.press('4'), /No figures or claims found in this corpus/);
	app.unmount();
});

// [figures, claims, rows, expected budgets]
const budgets: Array<[number, number, number, [number, number]]> = [
	[8, 4, 13, [4, 1]],
	[3, 1, 20, [3, 1]],
	[100, 100, 20, [8, 4]],
	[0, 5, 20, [0, 16]],
	[5, 0, 20, [16, 0]],
];
for (const [figureCount, claimCount, rows, expected] of budgets) {
	test(`figures: ${figureCount} figures and ${claimCount} claims in ${rows} rows -> ${expected.join('/')}`, () => {
		assert.deepEqual(tableBudgets(figureCount, claimCount, rows), expected);
	});
}

test('figures: the claims table stays in sight while a long figures table scrolls', async () => {
	const many = {...fixtureBriefing, figures: Array.from({length: 40}, (_, index) => ({...fixtureBriefing.figures[0], value: 1000 + index, qualifier: null}))};
	const app = await renderApp(many);
	const frame = await app.press('4', 'pageDown');
	assert.match(frame, /│ Tarsk │/);
	assert.doesNotMatch(frame, /│ 1,000 /);
	app.unmount();
});
