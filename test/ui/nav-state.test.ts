import assert from 'node:assert/strict';
import {test} from 'node:test';
import {initialNav, navReducer, type NavAction, type NavState} from '../../source/ui/nav-state.js';

const state = (patch: Partial<NavState>): NavState => ({...initialNav, ...patch});
const cursor = (pane: NavState['pane'], value: number) => ({...initialNav.cursor, [pane]: value});
const filter = (pane: NavState['pane'], value: string) => ({...initialNav.filter, [pane]: value});

// [name, state before, action, the fields expected after]
const table: Array<[string, NavState, NavAction, Partial<NavState>]> = [
	['focus a pane', initialNav, {type: 'focusPane', pane: 'quotes'}, {pane: 'quotes', screen: 'list'}],
	['focus resets the evidence screen', state({screen: 'evidence', pane: 'figures'}), {type: 'focusPane', pane: 'outlets'}, {pane: 'outlets', screen: 'list'}],
	['focus leaves the inner list', state({pane: 'quotes', inner: true, innerCursor: 3}), {type: 'focusPane', pane: 'overview'}, {inner: false, innerCursor: 0}],
	['next pane', initialNav, {type: 'cyclePane', delta: 1}, {pane: 'provisions'}],
	['next pane wraps', state({pane: 'outlets'}), {type: 'cyclePane', delta: 1}, {pane: 'overview'}],
	['previous pane wraps', initialNav, {type: 'cyclePane', delta: -1}, {pane: 'outlets'}],
	['move down', initialNav, {type: 'move', delta: 1, count: 3}, {cursor: cursor('overview', 1)}],
	['move down stops at the end', state({cursor: cursor('overview', 2)}), {type: 'move', delta: 1, count: 3}, {cursor: cursor('overview', 2)}],
	['move up stops at the top', initialNav, {type: 'move', delta: -1, count: 3}, {cursor: cursor('overview', 0)}],
	['page down clamps', initialNav, {type: 'move', delta: 20, count: 7}, {cursor: cursor('overview', 6)}],
	['page up clamps', state({cursor: cursor('overview', 5)}), {type: 'move', delta: -20, count: 7}, {cursor: cursor('overview', 0)}],
	['move in an empty list', initialNav, {type: 'move', delta: 1, count: 0}, {cursor: cursor('overview', 0)}],
	['move only the current pane', state({pane: 'figures'}), {type: 'move', delta: 1, count: 4}, {cursor: cursor('figures', 1)}],
	['bottom', initialNav, {type: 'moveTo', edge: 'bottom', count: 10}, {cursor: cursor('overview', 9)}],
	['top', state({cursor: cursor('overview', 9)}), {type: 'moveTo', edge: 'top', count: 10}, {cursor: cursor('overview', 0)}],
	['move in the inner list', state({pane: 'quotes', inner: true}), {type: 'move', delta: 1, count: 2}, {innerCursor: 1, cursor: initialNav.cursor}],
	['move in the evidence', state({screen: 'evidence'}), {type: 'move', delta: 1, count: 2}, {evidenceCursor: 1}],
	['scroll the article', state({screen: 'article', articleScroll: 4}), {type: 'move', delta: 10, count: 8}, {articleScroll: 7}],
	['article top', state({screen: 'article', articleScroll: 4}), {type: 'moveTo', edge: 'top', count: 8}, {articleScroll: 0}],
	['enter the inner list', state({pane: 'quotes'}), {type: 'enterInner'}, {inner: true, innerCursor: 0}],
	['open evidence', state({evidenceCursor: 3}), {type: 'openEvidence'}, {screen: 'evidence', evidenceCursor: 0}],
	['open the article', state({screen: 'evidence'}), {type: 'openArticle', scroll: 12}, {screen: 'article', articleScroll: 12}],
	['back from the article', state({screen: 'article'}), {type: 'back'}, {screen: 'evidence'}],
	['back from the evidence', state({screen: 'evidence'}), {type: 'back'}, {screen: 'list'}],
	['back from the inner list', state({pane: 'quotes', inner: true}), {type: 'back'}, {inner: false}],
	['back clears a kept filter', state({filter: filter('overview', 'toll'), cursor: cursor('overview', 1)}), {type: 'back'}, {filter: initialNav.filter, cursor: initialNav.cursor}],
	['back closes help first', state({screen: 'article', help: true}), {type: 'back'}, {help: false, screen: 'article'}],
	['back on the plain list does nothing', initialNav, {type: 'back'}, initialNav],
	['start a filter', state({pane: 'quotes', inner: true}), {type: 'startFilter'}, {filtering: true, inner: false}],
	['type a filter resets the cursor', state({filtering: true, cursor: cursor('overview', 2)}), {type: 'typeFilter', text: 'to'}, {filter: filter('overview', 'to'), cursor: initialNav.cursor}],
	['keep a filter', state({filtering: true, filter: filter('overview', 'to')}), {type: 'endFilter', keep: true}, {filtering: false, filter: filter('overview', 'to')}],
	['clear a filter', state({filtering: true, filter: filter('overview', 'to')}), {type: 'endFilter', keep: false}, {filtering: false, filter: initialNav.filter}],
	['filters are per pane', state({pane: 'outlets', filtering: true, filter: filter('overview', 'to')}), {type: 'typeFilter', text: 'x'}, {filter: {...filter('overview', 'to'), outlets: 'x'}}],
	['help on', initialNav, {type: 'toggleHelp'}, {help: true}],
	['help off', state({help: true}), {type: 'toggleHelp'}, {help: false}],
	['quit', initialNav, {type: 'quit'}, {quit: true}],
];

for (const [name, before, action, expected] of table) {
	test(`nav: ${name}`, () => {
		const after = navReducer(before, action);
		for (const [field, value] of Object.entries(expected)) assert.deepEqual(after[field as keyof NavState], value, field);
	});
}

test('nav: the reducer never mutates the state it is given', () => {
	const before = structuredClone(initialNav);
	for (const [, , action] of table) navReducer(initialNav, action);
	assert.deepEqual(initialNav, before);
});
