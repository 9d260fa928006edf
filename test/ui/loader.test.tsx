// Test files sit outside tsconfig's include, so tsx compiles their JSX as React.createElement.
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {format} from 'date-fns';
import {cleanup, render} from 'ink-testing-library';
import React from 'react';
import type {Progress} from '../../source/core/build-briefing.js';
import type {Briefing} from '../../source/core/model.js';
import {Loader} from '../../source/ui/loader.js';
import {emptyBriefing, fixtureBriefing} from './fixtures/briefing.js';
import {listening, settle} from './helpers.js';

// A failed assertion must not leave an app (and its timers) running.
afterEach(cleanup);

const size = {columns: 80, rows: 24};
const clock = () => Date.UTC(2031, 3, 9, 14, 5, 30);

/** Polls the frame until it matches (a reload is debounced), or gives up and returns the last frame. */
async function until(frame: () => string | undefined, pattern: RegExp): Promise<string> {
	for (let tries = 0; tries < 200 && !pattern.test(frame() ?? ''); tries++) await settle();
	return frame() ?? '';
}

/** A load the test finishes by hand, reporting progress on the way. */
function manualLoad() {
	let report: (progress: Progress) => void = () => {};
	let finish: (briefing: Briefing) => void = () => {};
	let fail: (error: Error) => void = () => {};
	const load = (onProgress: (progress: Progress) => void) =>
		new Promise<Briefing>((resolve, reject) => {
			report = onProgress;
			finish = resolve;
			fail = reject;
		});
	return {load, report: (progress: Progress) => report(progress), finish: (briefing: Briefing) => finish(briefing), fail: (error: Error) => fail(error)};
}

test('loader: a progress bar with articles read and parsed of the total and the elapsed time, then the dashboard', async () => {
	const manual = manualLoad();
	const {lastFrame, unmount} = render(<Loader load={manual.load} clock={clock} color={false} size={size} />);
	assert.match(await until(lastFrame, /Finding articles/), /Finding articles\n ░+ 0\.0s/);
	manual.report({stage: 'read', done: 1200, total: 10_000});
	assert.match(await until(lastFrame, /Reading/), /Reading articles 1,200\/10,000\n ██████░+ 0\.0s/);
	manual.report({stage: 'parse', done: 5000, total: 10_000});
	assert.match(await until(lastFrame, /Parsing/), /Parsing articles 5,000\/10,000/);
	manual.finish(fixtureBriefing);
	assert.match(await until(lastFrame, /Disagreements/), /brief · 12-point accord/);
	unmount();
});

test('loader: --watch reloads on a change, updates the panes in place and says "updated HH:mm"', async () => {
	let change = () => {};
	let stopped = false;
	const watch = (onChange: () => void) => {
		change = onChange;
		return () => {
			stopped = true;
		};
	};
	let loads = 0;
	const renamed = {...fixtureBriefing, story: {...fixtureBriefing.story, name: '14-point accord'}};
	const load = async () => (++loads === 1 ? fixtureBriefing : renamed);
	const {lastFrame, unmount, stdin} = render(<Loader load={load} watch={watch} clock={clock} color={false} size={size} />);
	await until(lastFrame, /12-point accord/);
	await listening(stdin);
	stdin.write('2');
	await until(lastFrame, /› Both armies/);
	change();
	change();
	const frame = await until(lastFrame, /updated \d\d:\d\d/);
	assert.match(frame, new RegExp(`brief · 14-point accord .*updated ${format(clock(), 'HH:mm')}`));
	assert.match(frame, /› Both armies pull back/, 'the pane stays where it was');
	assert.equal(loads, 2, 'two changes in quick succession reload once');
	unmount();
	await settle();
	assert.ok(stopped, 'the watcher is closed on exit');
});

test('loader: a corpus with no articles says so', async () => {
	const load = async () => ({...emptyBriefing, articles: []});
	const {lastFrame, unmount} = render(<Loader load={load} clock={clock} color={false} size={size} corpusName="~/stories/empty" />);
	assert.match(await until(lastFrame, /No articles/), /No articles found in ~\/stories\/empty \(1 file skipped: not an article file \(\.pdf\)\)\.\n q quits\./);
	unmount();
});

test('loader: a failed load says why', async () => {
	const manual = manualLoad();
	const {lastFrame, unmount} = render(<Loader load={manual.load} clock={clock} color={false} size={size} />);
	await settle();
	manual.fail(new Error('unreadable folder (EACCES)'));
	assert.match(await until(lastFrame, /could not/), /brief could not open the corpus\n unreadable folder \(EACCES\)/);
	unmount();
});

test('loader: q quits while the corpus is still loading', async () => {
	const manual = manualLoad();
	const instance = render(<Loader load={manual.load} clock={clock} color={false} size={size} />);
	await listening(instance.stdin);
	let exited = false;
	const done = instance.stdin.listenerCount('readable');
	assert.ok(done > 0);
	instance.stdin.write('q');
	await settle();
	exited = instance.stdin.listenerCount('readable') === 0;
	assert.ok(exited, 'Ink stopped reading input: the app exited');
	instance.unmount();
});
