/**
 * Navigation state as a reducer over a discriminated union of actions: every transition is a pure
 * function of (state, action). Actions that move carry the list length, so the reducer can clamp.
 */
/** The panes in key order: 1 overview … 5 outlets. */
export const PANES = ['overview', 'provisions', 'quotes', 'figures', 'outlets'] as const;

/** One of the five panes, in key order. */
export type PaneId = (typeof PANES)[number];

/** What the body shows: the pane's list, the open item's evidence, or one article. */
export type Screen = 'list' | 'evidence' | 'article';

/** Where the user is in the dashboard: everything the keys change. */
export interface NavState {
	pane: PaneId;
	screen: Screen;
	/** Selected row of each pane's (filtered) list. */
	cursor: Record<PaneId, number>;
	/** Panes with a second list (the quotes of the selected speaker): whether it has focus, and its cursor. */
	inner: boolean;
	innerCursor: number;
	/** Selected evidence sentence of the open item. */
	evidenceCursor: number;
	/** First visible line of the open article. */
	articleScroll: number;
	/** Each pane's filter text. */
	filter: Record<PaneId, string>;
	/** Typing a filter. */
	filtering: boolean;
	help: boolean;
	quit: boolean;
}

/** Every navigation transition, by name. */
export type NavAction =
	| {type: 'focusPane'; pane: PaneId}
	| {type: 'cyclePane'; delta: 1 | -1}
	| {type: 'move'; delta: number; count: number}
	| {type: 'moveTo'; edge: 'top' | 'bottom'; count: number}
	| {type: 'enterInner'}
	| {type: 'openEvidence'}
	| {type: 'openArticle'; scroll: number}
	| {type: 'back'}
	| {type: 'startFilter'}
	| {type: 'typeFilter'; text: string}
	| {type: 'endFilter'; keep: boolean}
	| {type: 'toggleHelp'}
	| {type: 'quit'};

const perPane = <T>(value: T): Record<PaneId, T> => Object.fromEntries(PANES.map((pane) => [pane, value])) as Record<PaneId, T>;

/** The dashboard as it opens: the overview's list, nothing filtered. */
export const initialNav: NavState = {
	pane: 'overview',
	screen: 'list',
	cursor: perPane(0),
	inner: false,
	innerCursor: 0,
	evidenceCursor: 0,
	articleScroll: 0,
	filter: perPane(''),
	filtering: false,
	help: false,
	quit: false,
};

const clamp = (value: number, count: number) => Math.max(0, Math.min(value, count - 1));

/** The cursor the current screen moves: the list's, the inner list's, the evidence's or the article's scroll. */
function withPosition(state: NavState, position: (current: number) => number): NavState {
	if (state.screen === 'article') return {...state, articleScroll: position(state.articleScroll)};
	if (state.screen === 'evidence') return {...state, evidenceCursor: position(state.evidenceCursor)};
	if (state.inner) return {...state, innerCursor: position(state.innerCursor)};
	return {...state, cursor: {...state.cursor, [state.pane]: position(state.cursor[state.pane])}};
}

function focus(state: NavState, pane: PaneId): NavState {
	return {...state, pane, screen: 'list', inner: false, innerCursor: 0, evidenceCursor: 0, filtering: false, help: false};
}

/** The next navigation state. */
export function navReducer(state: NavState, action: NavAction): NavState {
	switch (action.type) {
		case 'focusPane':
			return focus(state, action.pane);
		case 'cyclePane': {
			const index = (PANES.indexOf(state.pane) + action.delta + PANES.length) % PANES.length;
			return focus(state, PANES[index]);
		}
		case 'move':
			return withPosition(state, (current) => clamp(current + action.delta, action.count));
		case 'moveTo':
			return withPosition(state, () => (action.edge === 'top' ? 0 : clamp(action.count - 1, action.count)));
		case 'enterInner':
			return {...state, inner: true, innerCursor: 0};
		case 'openEvidence':
			return {...state, screen: 'evidence', evidenceCursor: 0, help: false};
		case 'openArticle':
			return {...state, screen: 'article', articleScroll: Math.max(0, action.scroll), help: false};
		case 'back':
			if (state.help) return {...state, help: false};
			if (state.screen === 'article') return {...state, screen: 'evidence'};
			if (state.screen === 'evidence') return {...state, screen: 'list'};
			if (state.inner) return {...state, inner: false};
			if (state.filter[state.pane]) return {...state, filter: {...state.filter, [state.pane]: ''}, cursor: {...state.cursor, [state.pane]: 0}};
			return state;
		case 'startFilter':
			return {...state, filtering: true, inner: false, help: false};
		case 'typeFilter':
			return {...state, filter: {...state.filter, [state.pane]: action.text}, cursor: {...state.cursor, [state.pane]: 0}, innerCursor: 0};
		case 'endFilter':
			return action.keep
				? {...state, filtering: false}
				: {...state, filtering: false, filter: {...state.filter, [state.pane]: ''}, cursor: {...state.cursor, [state.pane]: 0}};
		case 'toggleHelp':
			return {...state, help: !state.help};
		case 'quit':
			return {...state, quit: true};
	}
}
