/** The filter line: "/ text" with a cursor while typing, and the match count. */
import {Box, Text} from 'ink';
import {useTheme} from '../theme.js';

export interface FilterInputProps {
	text: string;
	/** Typing (a cursor is drawn) or a kept filter. */
	active: boolean;
	matches: number;
	total: number;
}

/** One line: the filter and how many items match it. */
export function FilterInput({text, active, matches, total}: FilterInputProps) {
	const theme = useTheme();
	return (
		<Box height={1}>
			<Text color={theme.accent} bold>
				/{' '}
			</Text>
			<Text>{text}</Text>
			{active ? <Text inverse> </Text> : null}
			<Text color={theme.muted}>
				{'  '}
				{matches} of {total} match{active ? ' · Enter keeps, Esc clears' : ' · Esc clears'}
			</Text>
		</Box>
	);
}
