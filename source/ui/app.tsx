/** The dashboard: header, the current pane (or an item's evidence, or an article), and a footer of keys. */
import {Box, Text, useApp} from 'ink';
import type {Briefing} from '../core/model.js';
import {ArticleView} from './components/article-view.js';
import {EvidenceView} from './components/evidence-view.js';
import {FilterInput} from './components/filter-input.js';
import {Footer} from './components/footer.js';
import {Header} from './components/header.js';
import {HelpOverlay} from './components/help-overlay.js';
import {useNavigation, type Navigation} from './hooks/use-navigation.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {layoutFor, MIN_COLUMNS, MIN_ROWS, type Layout, type TerminalSize} from './layout.js';
import type {NavState} from './nav-state.js';
import {below} from './panes/pane.js';
import {makeTheme, ThemeContext} from './theme.js';

export interface AppProps {
	briefing: Briefing;
	/** Draw colour (false for NO_COLOR or --no-color). @default true */
	color?: boolean;
	/** A fixed terminal size; the real one (and its resizes) otherwise. */
	size?: TerminalSize;
	/** "updated HH:mm" when the corpus is watched. */
	updated?: string;
	/** Where navigation starts. @default initialNav */
	initial?: NavState;
	/** Called when the user quits, before Ink exits. */
	onQuit?: () => void;
}

function Body({briefing, navigation, layout}: {briefing: Briefing; navigation: Navigation; layout: Layout}) {
	const {state, selection, view} = navigation;
	if (state.help) return <HelpOverlay width={layout.width} height={layout.bodyHeight} />;
	if (state.screen === 'article' && selection.article && selection.openEvidence) {
		return <ArticleView article={selection.article} evidence={selection.openEvidence} scroll={state.articleScroll} width={layout.width} height={layout.bodyHeight} />;
	}
	if (state.screen === 'evidence' || state.screen === 'article') {
		return <EvidenceView briefing={briefing} label={selection.evidenceLabel} evidence={selection.evidence} cursor={selection.evidenceCursor} width={layout.width} height={layout.bodyHeight} />;
	}
	const filter = state.filter[state.pane];
	const showFilter = view === 'filter' || filter !== '';
	const Pane = selection.definition.Body;
	return (
		<Box flexDirection="column" height={layout.bodyHeight}>
			{showFilter ? <FilterInput text={filter} active={view === 'filter'} matches={selection.items.length} total={selection.total} /> : null}
			<Pane briefing={briefing} items={selection.items} cursor={selection.cursor} inner={state.inner} innerCursor={selection.innerCursor} layout={showFilter ? below(layout, 1) : layout} filter={filter} />
		</Box>
	);
}

function TooSmall({size}: {size: TerminalSize}) {
	return (
		<Box flexDirection="column">
			<Text bold>Please enlarge the terminal</Text>
			<Text>
				brief needs at least {MIN_COLUMNS}x{MIN_ROWS}; this one is {size.columns}x{size.rows}. q quits.
			</Text>
		</Box>
	);
}

function Dashboard({briefing, size, updated, initial, onQuit}: Omit<AppProps, 'color'> & {size: TerminalSize}) {
	const {exit} = useApp();
	const layout = layoutFor(size);
	const navigation = useNavigation(
		briefing,
		layout,
		() => {
			onQuit?.();
			exit();
		},
		initial,
	);
	if (layout.tooSmall) return <TooSmall size={size} />;
	const {state, view} = navigation;
	const canGoBack = state.inner || state.filter[state.pane] !== '' || state.help;
	return (
		<Box flexDirection="column" width={layout.width} height={layout.height}>
			<Header briefing={briefing} pane={state.pane} width={layout.width} updated={updated} />
			<Body briefing={briefing} navigation={navigation} layout={layout} />
			<Footer view={view} width={layout.width} canGoBack={canGoBack} />
		</Box>
	);
}

/** The dashboard over one briefing, sized to the terminal and re-laid out when it resizes. */
export function App({color = true, size: fixed, ...props}: AppProps) {
	const size = useTerminalSize(fixed);
	return (
		<ThemeContext.Provider value={makeTheme(color)}>
			<Dashboard {...props} size={size} />
		</ThemeContext.Provider>
	);
}
