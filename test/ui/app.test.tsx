import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {fixtureBriefing, largeBriefing} from './fixtures/briefing.js';
import {lines, renderApp} from './helpers.js';

// A failed assertion must not leave an app running.
afterEach(cleanup);

test('keys: 1-5 jump to each pane', async () => {
	const app = await renderApp(fixtureBriefing);
	assert.match(await app.press('2'), /Both armies pull back from the river/);
	assert.match(await app.press('3'), /Lena Okafor, Foreign Minister/);
	assert.match(await app.press('4'), /Figures \(4\) and claims \(1\)/);
	assert.match(await app.press('5'), /Harbor Times · 1 articles/);
	assert.match(await app.press('1'), /Disagreements between outlets/);
	app.unmount();
});

test('keys: Tab, →, l go to the next pane; Shift-Tab, ←, h to the previous; both wrap', async () => {
	const app = await renderApp(fixtureBriefing);
	assert.match(await app.press('tab'), /Both armies pull back from the river/);
	assert.match(await app.press('right'), /Lena Okafor/);
	assert.match(await app.press('l'), /Figures \(4\)/);
	assert.match(await app.press('l', 'tab'), /Disagreements between outlets/);
	assert.match(await app.press('shiftTab'), /Harbor Times · 1 articles/);
	assert.match(await app.press('left'), /Figures \(4\)/);
	assert.match(await app.press('h'), /Lena Okafor/);
	app.unmount();
});

test('keys: j/k and ↓/↑ move the cursor; g/G go to the ends', async () => {
	const app = await renderApp(fixtureBriefing);
	assert.match(await app.press('j'), /› Death toll/);
	assert.match(await app.press('down'), /› Who holds the depot/);
	assert.match(await app.press('j'), /› Who holds the depot/, 'stops at the end');
	assert.match(await app.press('k'), /› Death toll/);
	assert.match(await app.press('up'), /› Withdrawal distance/);
	assert.match(await app.press('G'), /› Who holds the depot/);
	assert.match(await app.press('g'), /› Withdrawal distance/);
	app.unmount();
});

test('keys: PgDn/PgUp page through a long list that renders only the rows that fit', async () => {
	const app = await renderApp(largeBriefing(10_000));
	let frame = await app.press('2');
	assert.match(frame, /› Term number 0\b/);
	const rows = lines(frame).filter((line) => /Term number \d+/.test(line));
	assert.ok(rows.length < 15, `${rows.length} rows drawn of 10,000`);
	frame = await app.press('pageDown');
	const cursor = Number(/› Term number (\d+)/.exec(frame)?.[1]);
	assert.ok(cursor > 1 && cursor < 15, `one page down: ${cursor}`);
	assert.match(await app.press('pageUp'), /› Term number 0\b/);
	frame = await app.press('G');
	assert.match(frame, /› Term number 9999\b/);
	assert.ok(!frame.includes('Term number 0 '), 'the top of the list is not drawn');
	app.unmount();
});

test('keys: Enter opens the evidence, o the article with the sentence in view, Esc goes back each step', async () => {
	const app = await renderApp(fixtureBriefing);
	let frame = await app.press('2', 'enter');
	assert.match(frame, /Both armies pull back from the river\n2 source sentences/);
	frame = await app.press('j', 'o');
	assert.match(frame, /Ceasefire signed after three weeks of talks\nThe Ledger · 2031-04-08 · ledger\/talks.txt/);
	assert.match(frame, /highlighted: the source sentence \(rule provision.are-to\)/);
	assert.match(frame, /Both armies are to withdraw 20 kilometres from the river/);
	assert.match(frame, /pgdn\/pgup page · g\/G ends · esc back/);
	frame = await app.press('escape');
	assert.match(frame, /› 2\/2 The Ledger/);
	frame = await app.press('escape');
	assert.match(frame, /› Both armies pull back from the river/);
	app.unmount();
});

test('keys: o from a list opens the first source article directly; Esc returns to its evidence', async () => {
	const app = await renderApp(fixtureBriefing);
	let frame = await app.press('o');
	assert.match(frame, /Marovia and Kestland agree 12-point accord\nHarbor Times · 2031-04-08/);
	frame = await app.press('escape');
	assert.match(frame, /Withdrawal distance: 15 km \(Harbor Times\) vs 20 km \(The Ledger\)\n2 source sentences/);
	app.unmount();
});

test('keys: j/k, PgDn and g/G scroll the article', async () => {
	const body = Array.from({length: 60}, (_, index) => `Line ${index} of the long report.`).join('\n');
	const long = {...fixtureBriefing, articles: fixtureBriefing.articles.map((article, index) => (index === 0 ? {...article, body} : article))};
	const briefing = {...long, discrepancies: [{summary: 'Deep in the report', articles: [long.articles[0].id], evidence: [{article: long.articles[0].id, text: 'Line 40 of the long report.', offset: body.indexOf('Line 40 of'), rule: 'test.deep'}]}]};
	const app = await renderApp(briefing);
	let frame = await app.press('o');
	assert.match(frame, /Line 40 of the long report\./, 'scrolled to the sentence');
	assert.doesNotMatch(frame, /Line 0 of/);
	frame = await app.press('g');
	assert.match(frame, /Line 0 of the long report/);
	frame = await app.press('j');
	assert.doesNotMatch(frame, /Line 0 of/);
	assert.match(frame, /Line 1 of/);
	frame = await app.press('G');
	assert.match(frame, /Line 59 of the long report/);
	frame = await app.press('k', 'pageUp');
	assert.doesNotMatch(frame, /Line 59 of/);
	app.unmount();
});

test('keys: / filters the current pane as you type; Backspace edits; Enter keeps; Esc clears', async () => {
	const app = await renderApp(fixtureBriefing);
	let frame = await app.press('/', 't', 'o', 'l');
	assert.match(frame, /\/ tol +1 of 3 match · Enter keeps, Esc clears/);
	assert.match(frame, /› Death toll/);
	assert.doesNotMatch(frame, /Withdrawal distance/);
	assert.match(frame, /type to filter · ⏎ keep · esc clear/);
	frame = await app.press('backspace', 'backspace', 'backspace', 'q');
	assert.match(frame, /\/ q +0 of 3 match/, 'q is text while filtering');
	assert.match(frame, /No disagreements match the filter/);
	frame = await app.press('backspace', 'd', 'e', 'p', 'o', 't', 'enter');
	assert.match(frame, /\/ depot +1 of 3 match · Esc clears/);
	assert.match(frame, /› Who holds the depot/);
	frame = await app.press('escape');
	assert.doesNotMatch(frame, /match/);
	assert.match(frame, /› Withdrawal distance/);
	frame = await app.press('/', 'x', 'escape');
	assert.match(frame, /Withdrawal distance/);
	assert.doesNotMatch(frame, /\/ x/);
	app.unmount();
});

test('keys: each pane keeps its own filter', async () => {
	const app = await renderApp(fixtureBriefing);
	await app.press('3', '/', 'v', 'a', 'r', 'enter');
	let frame = await app.press('1');
	assert.doesNotMatch(frame, /\/ var/);
	frame = await app.press('3');
	assert.match(frame, /\/ var +1 of 2 match/);
	assert.match(frame, /› Piet Varga/);
	app.unmount();
});

test('keys: ? shows the help overlay generated from the keymap; ? or Esc hides it', async () => {
	const app = await renderApp(fixtureBriefing, {columns: 100, rows: 40});
	let frame = await app.press('?');
	assert.match(frame, /Keys · \? or Esc closes/);
	assert.match(frame, /Shift-Tab ← h +Previous pane/);
	assert.match(frame, /q Ctrl-C +Quit and restore the terminal/);
	frame = await app.press('?');
	assert.doesNotMatch(frame, /Keys · /);
	frame = await app.press('?', 'escape');
	assert.doesNotMatch(frame, /Keys · /);
	app.unmount();
});

test('keys: q quits, and Ctrl-C too', async () => {
	for (const key of ['q', 'ctrlC']) {
		let quit = 0;
		const app = await renderApp(fixtureBriefing, undefined, {onQuit: () => quit++});
		await app.press(key);
		assert.equal(quit, 1, key);
		app.unmount();
	}
});

test('layout: below 80x24 the dashboard asks for a larger terminal', async () => {
	const app = await renderApp(fixtureBriefing, {columns: 70, rows: 20});
	assert.match(app.frame(), /Please enlarge the terminal\nbrief needs at least 80x24; this one is 70x20\. q quits\./);
	let quit = 0;
	app.unmount();
	const small = await renderApp(fixtureBriefing, {columns: 70, rows: 20}, {onQuit: () => quit++});
	await small.press('q');
	assert.equal(quit, 1);
	small.unmount();
});

test('header: "updated HH:mm" shows when the corpus is watched', async () => {
	const app = await renderApp(fixtureBriefing, undefined, {updated: 'updated 14:05'});
	assert.match(lines(app.frame())[0], /3 articles · 3 outlets · updated 14:05$/);
	app.unmount();
});

test('text: control sequences in article text never reach the screen', async () => {
	const app = await renderApp(fixtureBriefing);
	const frame = await app.press('G', 'enter', 'j', 'o');
	assert.match(frame, /Marovia says the depot at Tarsk is still in its hands\./);
	assert.doesNotMatch(frame, /\u001B|\[31m|\[0m/);
	app.unmount();
});

test('help: at 80x24 the overlay fits by using two columns, General (q quit) included', async () => {
	const app = await renderApp(fixtureBriefing);
	const frame = await app.press('?');
	assert.match(frame, /│ Panes +Items +│/);
	assert.match(frame, /q Ctrl-C +Quit and restore/);
	assert.ok(lines(frame).length <= 23);
	app.unmount();
});
