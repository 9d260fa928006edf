/**
 * The navigation hook: the nav reducer, what the state selects from the briefing, and the key handler
 * that turns a key press into a command (keymap) and a command into an action (with the counts it needs).
 */
import {useInput, type Key} from 'ink';
import {useMemo, useReducer, useRef} from 'react';
import type {ArticleSummary, Briefing, Evidence} from '../../core/model.js';
import {ARTICLE_HEADER_ROWS, articleLineCount, scrollToSentence} from '../components/article-view.js';
import {commandFor, type Command, type View} from '../keymap.js';
import type {Layout} from '../layout.js';
import {lookup} from '../lookup.js';
import {initialNav, navReducer, PANES, type NavAction, type NavState, type PaneId} from '../nav-state.js';
import {PANE_DEFINITIONS} from '../panes/index.js';
import {matchesFilter, type AnyPane} from '../panes/pane.js';

/** What the navigation state points at in the briefing. */
export interface Selection {
	definition: AnyPane;
	total: number;
	items: unknown[];
	cursor: number;
	innerItems: unknown[];
	innerCursor: number;
	/** The evidence Enter opens: of the inner item when the inner list has focus, else of the item. */
	evidence: Evidence[];
	evidenceLabel: string;
	evidenceCursor: number;
	/** The open evidence sentence and its article. */
	openEvidence: Evidence | undefined;
	article: ArticleSummary | undefined;
}

const clampIndex = (index: number, count: number) => Math.max(0, Math.min(index, count - 1));

/** Every pane's items for a briefing (memoised by the caller per briefing). */
export function paneItems(briefing: Briefing): Record<PaneId, unknown[]> {
	return Object.fromEntries(PANES.map((pane) => [pane, PANE_DEFINITIONS[pane].items(briefing)])) as Record<PaneId, unknown[]>;
}

/** The selection for a state: pure, so it can be tested without rendering. */
export function select(briefing: Briefing, all: Record<PaneId, unknown[]>, state: NavState): Selection {
	const definition = PANE_DEFINITIONS[state.pane];
	const filter = state.filter[state.pane];
	const items = filter ? all[state.pane].filter((item) => matchesFilter(definition.searchText(item, briefing), filter)) : all[state.pane];
	const cursor = clampIndex(state.cursor[state.pane], items.length);
	const item = items[cursor];
	const innerItems = item !== undefined && definition.inner ? definition.inner(item, briefing) : [];
	const innerCursor = clampIndex(state.innerCursor, innerItems.length);
	const innerItem = state.inner ? innerItems[innerCursor] : undefined;
	const evidence = innerItem !== undefined ? definition.innerEvidence!(innerItem, briefing) : item !== undefined ? definition.evidence(item, briefing) : [];
	const evidenceLabel = innerItem !== undefined ? definition.innerLabel!(innerItem, briefing) : item !== undefined ? definition.label(item, briefing) : '';
	const evidenceCursor = clampIndex(state.evidenceCursor, evidence.length);
	const openEvidence = evidence[evidenceCursor];
	const article = openEvidence ? lookup(briefing).article(openEvidence.article) : undefined;
	return {definition, total: all[state.pane].length, items, cursor, innerItems, innerCursor, evidence, evidenceLabel, evidenceCursor, openEvidence, article};
}

/** The keymap's view for a state. */
export function viewOf(state: NavState): View {
	return state.filtering ? 'filter' : state.screen;
}

/** How many positions the current screen moves over, and how far a page goes. */
function extent(state: NavState, selection: Selection, layout: Layout): {count: number; page: number} {
	if (state.screen === 'article') {
		const visible = Math.max(1, layout.bodyHeight - ARTICLE_HEADER_ROWS);
		const lines = selection.article ? articleLineCount(selection.article, layout.width) : 0;
		return {count: Math.max(1, lines - visible + 1), page: Math.max(1, visible - 2)};
	}
	if (state.screen === 'evidence') return {count: selection.evidence.length, page: Math.max(1, Math.floor(layout.bodyHeight / 6))};
	if (state.inner) return {count: selection.innerItems.length, page: Math.max(1, layout.detailHeight - 6)};
	return {count: selection.items.length, page: Math.max(1, layout.listHeight - 1)};
}

/** The actions a command means here (none when it does nothing, e.g. Enter on an empty list). */
export function actionsFor(command: Command, state: NavState, selection: Selection, layout: Layout, briefing: Briefing): NavAction[] {
	const {count, page} = extent(state, selection, layout);
	const openArticle = (evidence: Evidence | undefined): NavAction[] => {
		const article = evidence && lookup(briefing).article(evidence.article);
		return article && evidence ? [{type: 'openArticle', scroll: scrollToSentence(article, evidence, layout.width, layout.bodyHeight)}] : [];
	};
	switch (command) {
		case 'pane.overview':
		case 'pane.provisions':
		case 'pane.quotes':
		case 'pane.figures':
		case 'pane.outlets':
			return [{type: 'focusPane', pane: command.slice('pane.'.length) as PaneId}];
		case 'pane.next':
			return [{type: 'cyclePane', delta: 1}];
		case 'pane.previous':
			return [{type: 'cyclePane', delta: -1}];
		case 'list.down':
			return [{type: 'move', delta: 1, count}];
		case 'list.up':
			return [{type: 'move', delta: -1, count}];
		case 'list.pageDown':
			return [{type: 'move', delta: page, count}];
		case 'list.pageUp':
			return [{type: 'move', delta: -page, count}];
		case 'list.top':
			return [{type: 'moveTo', edge: 'top', count}];
		case 'list.bottom':
			return [{type: 'moveTo', edge: 'bottom', count}];
		case 'item.open':
			if (state.screen === 'evidence') return openArticle(selection.openEvidence);
			if (selection.definition.inner && !state.inner) return selection.innerItems.length ? [{type: 'enterInner'}] : [];
			return selection.evidence.length ? [{type: 'openEvidence'}] : [];
		case 'item.article': {
			if (state.screen === 'evidence') return openArticle(selection.openEvidence);
			// From the list: the first sentence's article, with the evidence behind it for Esc.
			const first = selection.evidence[0];
			return first ? [{type: 'openEvidence'}, ...openArticle(first)] : [];
		}
		case 'view.back':
			return [{type: 'back'}];
		case 'filter.start':
			return [{type: 'startFilter'}];
		case 'filter.accept':
			return [{type: 'endFilter', keep: true}];
		case 'filter.clear':
			return [{type: 'endFilter', keep: false}];
		case 'help.toggle':
			return [{type: 'toggleHelp'}];
		case 'app.quit':
			return [{type: 'quit'}];
	}
}

/** The filter text after a key typed while filtering, or undefined when the key is not text. */
export function typedFilter(text: string, input: string, key: Key): string | undefined {
	if (key.backspace || key.delete) return text.slice(0, -1);
	if (key.ctrl || key.meta || !input || /[\u0000-\u001F\u007F]/.test(input)) return undefined;
	return text + input;
}

/** What the navigation hook hands the App. */
export interface Navigation {
	state: NavState;
	selection: Selection;
	view: View;
}

/** Navigation over a briefing: reducer state, its selection, and the keyboard wired to both. */
export function useNavigation(briefing: Briefing, layout: Layout, onQuit: () => void, initial: NavState = initialNav): Navigation {
	const [state, dispatch] = useReducer(navReducer, initial);
	const all = useMemo(() => paneItems(briefing), [briefing]);
	const selection = useMemo(() => select(briefing, all, state), [briefing, all, state]);
	const view = viewOf(state);
	// Ink re-subscribes a new handler only after React's passive effects run, which can be after the next
	// key arrives; the handler reads the latest render's values from a ref so no key sees a stale state.
	const latest = useRef({state, selection, layout, briefing, onQuit});
	latest.current = {state, selection, layout, briefing, onQuit};
	useInput((input, key) => {
		const now = latest.current;
		const currentView = viewOf(now.state);
		const command = commandFor(currentView, input, key);
		if (!command) {
			const text = currentView === 'filter' ? typedFilter(now.state.filter[now.state.pane], input, key) : undefined;
			if (text !== undefined) dispatch({type: 'typeFilter', text});
			return;
		}
		if (command === 'app.quit') now.onQuit();
		for (const action of actionsFor(command, now.state, now.selection, now.layout, now.briefing)) dispatch(action);
	});
	return {state, selection, view};
}
