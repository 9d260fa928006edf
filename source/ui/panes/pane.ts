/** What a pane is: its items, how to filter them, their evidence, and the component that draws them. */
import type {ComponentType} from 'react';
import type {Briefing, Evidence} from '../../core/model.js';
import type {Layout} from '../layout.js';
import type {PaneId} from '../nav-state.js';

export interface PaneBodyProps<T> {
	briefing: Briefing;
	/** The pane's items after the filter. */
	items: T[];
	cursor: number;
	/** Whether the inner list (a speaker's quotes) has the keyboard, and its cursor. */
	inner: boolean;
	innerCursor: number;
	/** The layout of the area the pane may draw in (the body, less the filter line). */
	layout: Layout;
	filter: string;
}

export interface PaneDefinition<T, I = unknown> {
	id: PaneId;
	/** The tab label. */
	title: string;
	/** The items the pane lists, in order (cursor and filter apply to these). */
	items(briefing: Briefing): T[];
	/** The text the filter matches against. */
	searchText(item: T, briefing: Briefing): string;
	/** A one-line name of the item, for the evidence screen's title. */
	label(item: T, briefing: Briefing): string;
	/** The sentences the item was found in. */
	evidence(item: T, briefing: Briefing): Evidence[];
	/** A second list inside the selected item (a speaker's quotes): Enter moves into it. */
	inner?: (item: T, briefing: Briefing) => I[];
	innerLabel?: (item: I, briefing: Briefing) => string;
	innerEvidence?: (item: I, briefing: Briefing) => Evidence[];
	/** What the pane says when there is nothing to list. */
	empty: string;
	Body: ComponentType<PaneBodyProps<T>>;
}

/** Pane items and components vary by pane; the registry holds them with their types erased. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPane = PaneDefinition<any, any>;

/** A filter match: every word of the filter appears in the text, case-insensitively. */
export function matchesFilter(text: string, filter: string): boolean {
	const haystack = text.toLowerCase();
	return filter
		.toLowerCase()
		.split(/\s+/)
		.filter(Boolean)
		.every((word) => haystack.includes(word));
}

/** Rows a layout has left after `rows` are taken from the top of its body. */
export function below(layout: Layout, rows: number): Layout {
	const bodyHeight = Math.max(0, layout.bodyHeight - rows);
	const listHeight = layout.split ? bodyHeight : Math.max(2, Math.min(layout.listHeight, Math.floor(bodyHeight * 0.45)));
	return {...layout, bodyHeight, listHeight, detailHeight: layout.split ? bodyHeight : Math.max(0, bodyHeight - listHeight - 1)};
}
