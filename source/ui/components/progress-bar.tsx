/** The loading screen: articles read and parsed of the total, a bar, and the elapsed time. */
import {Box, Text} from 'ink';
import type {Progress} from '../../core/build-briefing.js';
import {useTheme} from '../theme.js';
import {barText} from './bar.js';

export interface ProgressBarProps {
	progress: Progress | null;
	/** Milliseconds since loading started. */
	elapsed: number;
	width: number;
}

/** "Parsing articles 1,200/10,000 ████░░░░ 3.4s". */
export function ProgressBar({progress, elapsed, width}: ProgressBarProps) {
	const theme = useTheme();
	const stage = !progress ? 'Finding articles' : progress.stage === 'read' ? 'Reading articles' : 'Parsing articles';
	const counts = progress ? `${progress.done.toLocaleString('en-US')}/${progress.total.toLocaleString('en-US')}` : '';
	return (
		<Box flexDirection="column" paddingX={1}>
			<Text bold color={theme.accent}>
				brief
			</Text>
			<Text>
				{stage} {counts}
			</Text>
			<Text>
				<Text color={theme.bar}>{barText(progress?.done ?? 0, progress?.total ?? 0, Math.max(10, Math.min(50, width - 20)))}</Text> {(elapsed / 1000).toFixed(1)}s
			</Text>
		</Box>
	);
}
