/** The `?` overlay: every key binding by category, generated from the keymap. */
import {Box, Text} from 'ink';
import {helpSections} from '../keymap.js';
import {fit} from '../text.js';
import {useTheme} from '../theme.js';

export interface HelpOverlayProps {
	width: number;
	height: number;
}

/** A bordered box listing the keys; rows beyond the height are cut. */
export function HelpOverlay({width, height}: HelpOverlayProps) {
	const theme = useTheme();
	const keysWidth = 22;
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.accent} width={width} height={height} overflow="hidden" paddingX={1}>
			<Text bold>Keys · ? or Esc closes</Text>
			{helpSections().map((section) => (
				<Box key={section.category} flexDirection="column">
					<Text bold color={theme.accent}>
						{section.category}
					</Text>
					{section.rows.map((row) => (
						<Text key={row.description} wrap="truncate">
							{fit(row.keys, keysWidth)} {row.description}
						</Text>
					))}
				</Box>
			))}
		</Box>
	);
}
