import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {emptyBriefing, fixtureBriefing} from '../fixtures/briefing.js';
import {lines, renderApp} from '../helpers.js';
import type {Figure} from '../../../source/core/model.js';
import {headlineFigures} from '../../../source/ui/panes/overview.js';

// A failed assertion must not leave an app running.
afterEach(cleanup);

test('overview: the story, counts, dates, speakers, figures and disagreements at 80x24', async () => {
	const app = await renderApp(fixtureBriefing);
	const frame = app.frame();
	assert.match(frame, /brief · 12-point accord/);
	assert.match(frame, /3 articles from 3 outlets · 2031-04-08 to 2031-04-09 · 1 file skipped/);
	assert.match(frame, /Speakers: Lena Okafor \(2\) · Piet Varga \(2\)/);
	// One figure per kind: the second toll does not crowd out the displaced.
	assert.match(frame, /Figures: at least 1,240 killed · about 40,000 displaced in the border districts/);
	assert.match(frame, /Disagreements between outlets \(3\)/);
	assert.match(frame, /› Withdrawal distance: 15 km/);
	assert.match(frame, /Harbor Times\n“Under the accord, both armies will pull back 15 kilometres/);
	assert.ok(lines(frame).length <= 23, 'one row short of the terminal');
	assert.ok(lines(frame).every((line) => line.length <= 80), 'nothing wider than the terminal');
	app.unmount();
});

test('overview: side by side at 120x40, list on the left and the detail on the right', async () => {
	const app = await renderApp(fixtureBriefing, {columns: 120, rows: 40});
	assert.match(app.frame(), /Figures: at least 1,240 killed · about 40,000 displaced in the border districts · 300 prisoners/);
	const row = lines(app.frame()).find((line) => line.startsWith('› Withdrawal'));
	assert.ok(row?.includes('│ Withdrawal distance: 15 km (Harbor Times) vs 20 km (The Ledger)'), row);
	app.unmount();
});

test('overview: Enter opens a disagreement\'s evidence: sentences, articles and rule ids', async () => {
	const app = await renderApp(fixtureBriefing);
	const frame = await app.press('j', 'enter');
	assert.match(frame, /Death toll: at least 1,240 vs 1,500\n2 source sentences/);
	assert.match(frame, /› 1\/2 Harbor Times — Marovia and Kestland agree 12-point accord/);
	assert.match(frame, /harbor\/accord.txt · 2031-04-08 · rule discrepancy.figure/);
	assert.match(frame, /At least 1,240 people have been killed since the spring/);
	assert.match(frame, /2\/2 The Ledger/);
	app.unmount();
});

test('overview: an empty corpus says so plainly', async () => {
	const app = await renderApp(emptyBriefing);
	const frame = app.frame();
	assert.match(frame, /No disagreements between outlets found in this corpus/);
	assert.match(frame, /Speakers: No speakers found in this corpus/);
	assert.match(frame, /Figures: No figures found in this corpus/);
	app.unmount();
});

test('overview: headline figures take one of each kind, with "other" numbers only to fill', () => {
	const figure = (kind: string, value: number) => ({value, qualifier: null, kind, text: `${value}`, place: null, source: null, articles: ['a.txt'], evidence: []}) as unknown as Figure;
	const picked = headlineFigures([figure('killed', 41), figure('killed', 44), figure('displaced', 9000), figure('other', 817)], 3);
	assert.deepEqual(picked.map((f) => `${f.kind} ${f.value}`), ['killed 41', 'displaced 9000', 'other 817']);
	const noOther = headlineFigures([figure('other', 12), figure('injured', 5), figure('killed', 3), figure('troops', 200)], 3);
	assert.deepEqual(noOther.map((f) => f.kind), ['injured', 'killed', 'troops']);
});
