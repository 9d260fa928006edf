/**
 * Key bindings as data: command -> keys, description, category and the views it works in.
 * The footer and the `?` overlay are generated from this table; nothing else knows a key.
 */
import type {Key} from 'ink';

/** Where the user is: a pane's list, an item's evidence, an article, or typing a filter. */
export type View = 'list' | 'evidence' | 'article' | 'filter';

/** Every command the dashboard knows; each has an entry in KEYMAP. */
export type Command =
	| 'pane.overview'
	| 'pane.provisions'
	| 'pane.quotes'
	| 'pane.figures'
	| 'pane.outlets'
	| 'pane.next'
	| 'pane.previous'
	| 'list.down'
	| 'list.up'
	| 'list.pageDown'
	| 'list.pageUp'
	| 'list.top'
	| 'list.bottom'
	| 'item.open'
	| 'item.article'
	| 'view.back'
	| 'filter.start'
	| 'filter.accept'
	| 'filter.clear'
	| 'help.toggle'
	| 'app.quit';

/** A named key Ink reports as a flag, or a typed character. */
export type KeyName = 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab';

/** One key that triggers a command. */
export interface KeyBinding {
	/** A typed character ("j", "?"). */
	input?: string;
	/** A named key. */
	name?: KeyName;
	/** Shift must be held (Shift-Tab). @default false */
	shift?: boolean;
	/** Ctrl must be held (Ctrl-C). @default false */
	ctrl?: boolean;
}

/** The help overlay's headings. */
export type Category = 'Panes' | 'Lists' | 'Items' | 'Filter' | 'General';

/** A command's keys, what it does, and where it works. */
export interface CommandSpec {
	keys: KeyBinding[];
	description: string;
	category: Category;
	/** The views the command works in. */
	views: View[];
	/** The footer's short label, "1-5/tab pane"; commands without one appear only in the help overlay. */
	footer?: string;
	/** The views whose footer shows the command, when not all of `views` (space is short at 80 columns). */
	footerViews?: View[];
}

const BROWSE: View[] = ['list', 'evidence', 'article'];
const MOVE: View[] = ['list', 'evidence', 'article'];

/** The key bindings: the one place a key is named (lazygit/newsboat vocabulary). */
export const KEYMAP: Record<Command, CommandSpec> = {
	'pane.overview': {keys: [{input: '1'}], description: 'Overview: story, counts, speakers, disagreements', category: 'Panes', views: BROWSE, footer: '1-5/tab pane'},
	'pane.provisions': {keys: [{input: '2'}], description: 'Plan provisions and their coverage', category: 'Panes', views: BROWSE},
	'pane.quotes': {keys: [{input: '3'}], description: 'Quotes by speaker', category: 'Panes', views: BROWSE},
	'pane.figures': {keys: [{input: '4'}], description: 'Figures and claims', category: 'Panes', views: BROWSE},
	'pane.outlets': {keys: [{input: '5'}], description: 'Outlets and their framing', category: 'Panes', views: BROWSE},
	'pane.next': {keys: [{name: 'tab'}, {name: 'rightArrow'}, {input: 'l'}], description: 'Next pane', category: 'Panes', views: ['list']},
	'pane.previous': {keys: [{name: 'tab', shift: true}, {name: 'leftArrow'}, {input: 'h'}], description: 'Previous pane', category: 'Panes', views: ['list']},
	'list.down': {keys: [{name: 'downArrow'}, {input: 'j'}], description: 'Move down', category: 'Lists', views: MOVE, footer: 'j/k move'},
	'list.up': {keys: [{name: 'upArrow'}, {input: 'k'}], description: 'Move up', category: 'Lists', views: MOVE},
	'list.pageDown': {keys: [{name: 'pageDown'}, {input: ' '}], description: 'Page down', category: 'Lists', views: MOVE, footer: 'pgdn/pgup page', footerViews: ['article']},
	'list.pageUp': {keys: [{name: 'pageUp'}, {input: 'b'}], description: 'Page up', category: 'Lists', views: MOVE},
	'list.top': {keys: [{input: 'g'}, {name: 'home'}], description: 'First item', category: 'Lists', views: MOVE, footer: 'g/G ends', footerViews: ['article']},
	'list.bottom': {keys: [{input: 'G'}, {name: 'end'}], description: 'Last item', category: 'Lists', views: MOVE},
	'item.open': {keys: [{name: 'return'}], description: 'Open the item: its evidence, or the article from the evidence', category: 'Items', views: ['list', 'evidence'], footer: '⏎ open'},
	'item.article': {keys: [{input: 'o'}], description: 'Open the article with the sentence highlighted', category: 'Items', views: ['list', 'evidence'], footer: 'o article'},
	'view.back': {keys: [{name: 'escape'}], description: 'Back: close the article, the evidence or the filter', category: 'Items', views: BROWSE, footer: 'esc back', footerViews: ['evidence', 'article']},
	'filter.start': {keys: [{input: '/'}], description: 'Filter the current pane as you type', category: 'Filter', views: ['list'], footer: '/ filter'},
	'filter.accept': {keys: [{name: 'return'}], description: 'Keep the filter and go back to the list', category: 'Filter', views: ['filter'], footer: 'type to filter · ⏎ keep'},
	'filter.clear': {keys: [{name: 'escape'}], description: 'Clear the filter', category: 'Filter', views: ['filter'], footer: 'esc clear'},
	'help.toggle': {keys: [{input: '?'}], description: 'Show or hide this help', category: 'General', views: BROWSE, footer: '? help'},
	'app.quit': {keys: [{input: 'q'}, {input: 'c', ctrl: true}], description: 'Quit and restore the terminal', category: 'General', views: [...BROWSE, 'filter'], footer: 'q quit', footerViews: BROWSE},
};

/** The commands in table order (the footer's and the overlay's order). */
export const COMMANDS = Object.keys(KEYMAP) as Command[];

/** Whether a key press matches a binding. */
export function matches(binding: KeyBinding, input: string, key: Key): boolean {
	if (Boolean(binding.ctrl) !== key.ctrl) return false;
	if (binding.name) return key[binding.name] && Boolean(binding.shift) === key.shift;
	return input === binding.input;
}

/** The command a key press means in a view, if any. Ctrl-C quits everywhere. */
export function commandFor(view: View, input: string, key: Key): Command | undefined {
	return COMMANDS.find((command) => {
		const spec = KEYMAP[command];
		return (spec.views.includes(view) || command === 'app.quit') && spec.keys.some((binding) => matches(binding, input, key) && (view !== 'filter' || binding.ctrl || binding.name));
	});
}

const KEY_LABELS: Record<KeyName, string> = {
	upArrow: '↑',
	downArrow: '↓',
	leftArrow: '←',
	rightArrow: '→',
	pageUp: 'PgUp',
	pageDown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
};

/** How a binding is written in the help overlay: "Shift-Tab", "Ctrl-C", "j", "Space". */
export function keyLabel(binding: KeyBinding): string {
	const typed = binding.input === ' ' ? 'Space' : binding.ctrl ? binding.input!.toUpperCase() : binding.input!;
	const base = binding.name ? KEY_LABELS[binding.name] : typed;
	return `${binding.ctrl ? 'Ctrl-' : ''}${binding.shift ? 'Shift-' : ''}${base}`;
}

/** The footer's labels for a view: the keys that work here. `canGoBack`: Esc does something in the list (an inner list, a filter). */
export function footerFor(view: View, canGoBack = false): string[] {
	return COMMANDS.filter((command) => {
		const spec = KEYMAP[command];
		if (!spec.footer || !spec.views.includes(view)) return false;
		return (spec.footerViews ?? spec.views).includes(view) || (command === 'view.back' && canGoBack);
	}).map((command) => KEYMAP[command].footer!);
}

/** The help overlay's rows, grouped by category. */
export function helpSections(): Array<{category: Category; rows: Array<{keys: string; description: string}>}> {
	const categories: Category[] = ['Panes', 'Lists', 'Items', 'Filter', 'General'];
	return categories.map((category) => ({
		category,
		rows: COMMANDS.filter((command) => KEYMAP[command].category === category).map((command) => ({
			keys: KEYMAP[command].keys.map(keyLabel).join(' '),
			description: KEYMAP[command].description,
		})),
	}));
}
