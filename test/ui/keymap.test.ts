import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Key} from 'ink';
import {COMMANDS, commandFor, footerFor, helpSections, KEYMAP, keyLabel, type Command, type View} from '../../source/ui/keymap.js';

const NO_KEY: Key = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false};
const key = (patch: Partial<Key>): Key => ({...NO_KEY, ...patch});
const VIEWS: View[] = ['list', 'evidence', 'article', 'filter'];

test('keymap: every command has a key, a description, a category and a view', () => {
	for (const command of COMMANDS) {
		const spec = KEYMAP[command];
		assert.ok(spec.keys.length > 0, `${command} has no key`);
		assert.ok(spec.description.trim().length > 5, `${command} has no description`);
		assert.ok(spec.category, `${command} has no category`);
		assert.ok(spec.views.length > 0, `${command} works nowhere`);
	}
});

test('keymap: no key means two commands in the same view', () => {
	for (const view of VIEWS) {
		const seen = new Map<string, Command>();
		for (const command of COMMANDS.filter((name) => KEYMAP[name].views.includes(view))) {
			for (const binding of KEYMAP[command].keys) {
				const label = keyLabel(binding);
				assert.equal(seen.get(label), undefined, `${label} is bound to ${seen.get(label)} and ${command} in ${view}`);
				seen.set(label, command);
			}
		}
	}
});

// [view, input, key flags, command expected]
const presses: Array<[View, string, Partial<Key>, Command | undefined]> = [
	['list', '1', {}, 'pane.overview'],
	['list', '3', {}, 'pane.quotes'],
	['list', '5', {}, 'pane.outlets'],
	['list', '', {tab: true}, 'pane.next'],
	['list', '', {tab: true, shift: true}, 'pane.previous'],
	['list', '', {rightArrow: true}, 'pane.next'],
	['list', 'l', {}, 'pane.next'],
	['list', 'h', {}, 'pane.previous'],
	['list', 'j', {}, 'list.down'],
	['list', '', {downArrow: true}, 'list.down'],
	['list', 'k', {}, 'list.up'],
	['list', '', {pageDown: true}, 'list.pageDown'],
	['list', '', {pageUp: true}, 'list.pageUp'],
	['list', 'g', {}, 'list.top'],
	['list', 'G', {shift: true}, 'list.bottom'],
	['list', '', {return: true}, 'item.open'],
	['list', 'o', {}, 'item.article'],
	['list', '/', {}, 'filter.start'],
	['list', '?', {}, 'help.toggle'],
	['list', 'q', {}, 'app.quit'],
	['list', 'c', {ctrl: true}, 'app.quit'],
	['list', 'x', {}, undefined],
	['evidence', '', {escape: true}, 'view.back'],
	['evidence', '', {return: true}, 'item.open'],
	['evidence', 'o', {}, 'item.article'],
	['article', 'j', {}, 'list.down'],
	['article', '', {escape: true}, 'view.back'],
	['article', 'o', {}, undefined],
	['filter', 'q', {}, undefined],
	['filter', 'j', {}, undefined],
	['filter', '', {return: true}, 'filter.accept'],
	['filter', '', {escape: true}, 'filter.clear'],
	['filter', 'c', {ctrl: true}, 'app.quit'],
];

for (const [view, input, flags, expected] of presses) {
	test(`keymap: ${JSON.stringify(input)} ${JSON.stringify(flags)} in ${view} -> ${expected ?? 'nothing'}`, () => {
		assert.equal(commandFor(view, input, key(flags)), expected);
	});
}

test('keymap: the footer shows the keys that work in each view', () => {
	assert.deepEqual(footerFor('list'), ['1-5/tab pane', 'j/k move', '⏎ open', 'o article', '/ filter', '? help', 'q quit']);
	assert.ok(footerFor('list', true).includes('esc back'));
	assert.ok(footerFor('evidence').includes('esc back'));
	assert.ok(footerFor('article').includes('pgdn/pgup page'));
	assert.ok(!footerFor('article').includes('/ filter'));
	assert.ok(!footerFor('filter').includes('q quit'), 'q is text while filtering');
	for (const view of VIEWS) assert.ok(footerFor(view).join(' · ').length <= 80, `the ${view} footer fits 80 columns`);
});

test('keymap: the help overlay lists every command once', () => {
	const rows = helpSections().flatMap((section) => section.rows);
	assert.equal(rows.length, COMMANDS.length);
	assert.ok(rows.some((row) => row.keys === 'Tab → l' && row.description === 'Next pane'));
	assert.ok(rows.some((row) => row.keys === 'q Ctrl-C'));
});
