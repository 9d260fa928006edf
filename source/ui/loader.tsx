/**
 * The dashboard's root: a progress bar while the corpus loads, the App once the briefing is ready,
 * and (when watched) a reload on every change with "updated HH:mm" in the header.
 */
import {format} from 'date-fns/format';
import {Box, Text, useApp, useInput} from 'ink';
import {useCallback, useEffect, useState} from 'react';
import type {Progress} from '../core/build-briefing.js';
import type {Briefing} from '../core/model.js';
import {App} from './app.js';
import {ProgressBar} from './components/progress-bar.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {useWatch, type CorpusWatcher} from './hooks/use-watch.js';
import type {TerminalSize} from './layout.js';
import {makeTheme, ThemeContext} from './theme.js';

/** Builds the briefing, reporting progress (the shell's runs in a worker thread). */
export type LoadBriefing = (onProgress: (progress: Progress) => void) => Promise<Briefing>;

export interface LoaderProps {
	/** Reads and parses the corpus, reporting progress. */
	load: LoadBriefing;
	/** Calls back on corpus changes (--watch); none: load once. */
	watch?: CorpusWatcher;
	/** Milliseconds since the epoch: the shell passes Date.now; tests pass a fixed clock. */
	clock: () => number;
	/** @default true */
	color?: boolean;
	size?: TerminalSize;
	/** What a corpus with no articles is called in the message ("the bundled seeds", a path). */
	corpusName?: string;
}

type Status = {state: 'loading'; progress: Progress | null} | {state: 'failed'; message: string} | {state: 'ready'; briefing: Briefing};

function Message({title, detail}: {title: string; detail: string}) {
	return (
		<Box flexDirection="column" paddingX={1}>
			<Text bold>{title}</Text>
			<Text>{detail}</Text>
			<Text>q quits.</Text>
		</Box>
	);
}

/** Loads the briefing with a progress bar, then shows the dashboard; reloads in place when watched. */
export function Loader({load, watch, clock, color = true, size: fixed, corpusName = 'this corpus'}: LoaderProps) {
	const {exit} = useApp();
	const size = useTerminalSize(fixed);
	const [status, setStatus] = useState<Status>({state: 'loading', progress: null});
	const [started] = useState(clock);
	const [now, setNow] = useState(started);
	const [updated, setUpdated] = useState<string | undefined>(undefined);
	const loading = status.state === 'loading';

	useEffect(() => {
		let live = true;
		load((progress) => live && setStatus({state: 'loading', progress}))
			.then((briefing) => live && setStatus(briefing.articles.length ? {state: 'ready', briefing} : {state: 'failed', message: noArticles(briefing, corpusName)}))
			.catch((error: Error) => live && setStatus({state: 'failed', message: error.message}));
		return () => {
			live = false;
		};
	}, [load, corpusName]);

	useEffect(() => {
		if (!loading) return;
		const timer = setInterval(() => setNow(clock()), 200);
		return () => clearInterval(timer);
	}, [loading, clock]);

	const reload = useCallback(async () => {
		setUpdated('updating…');
		try {
			const briefing = await load(() => {});
			setStatus({state: 'ready', briefing});
			setUpdated(`updated ${format(clock(), 'HH:mm')}`);
		} catch {
			setUpdated(`update failed ${format(clock(), 'HH:mm')}`);
		}
	}, [load, clock]);
	useWatch(watch, reload);

	// The App has its own keys; before it is up, q and Ctrl-C still quit.
	useInput(
		(input, key) => {
			if (input === 'q' || (key.ctrl && input === 'c')) exit();
		},
		{isActive: status.state !== 'ready'},
	);

	return (
		<ThemeContext.Provider value={makeTheme(color)}>
			{status.state === 'ready' ? (
				<App briefing={status.briefing} color={color} size={size} updated={updated} />
			) : status.state === 'failed' ? (
				<Message title="brief could not open the corpus" detail={status.message} />
			) : (
				<ProgressBar progress={status.progress} elapsed={now - started} width={size.columns} />
			)}
		</ThemeContext.Provider>
	);
}

function noArticles(briefing: Briefing, corpusName: string): string {
	const skipped = briefing.corpus.skipped;
	return `No articles found in ${corpusName}${skipped.length ? ` (${skipped.length} ${skipped.length === 1 ? 'file' : 'files'} skipped: ${skipped[0].reason}${skipped.length > 1 ? ', …' : ''})` : ''}.`;
}
