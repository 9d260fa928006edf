/** The `?` overlay: every key binding by category, generated from the keymap. */
import {Box, Text} from 'ink';
import {helpSections} from '../keymap.js';
import {fit} from '../text.js';
import {useTheme} from '../theme.js';

export interface HelpOverlayProps {
	width: number;
	height: number;
}

type Section = ReturnType<typeof helpSections>[number];

/** Rows a column of sections takes: a heading per section and a row per command. */
const rowsOf = (sections: Section[]) => sections.reduce((sum, section) => sum + 1 + section.rows.length, 0);

function Column({sections, width, keysWidth}: {sections: Section[]; width: number; keysWidth: number}) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" width={width} flexShrink={0} paddingRight={1}>
			{sections.map((section) => (
				<Box key={section.category} flexDirection="column" flexShrink={0}>
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

/** A bordered box listing the keys, in two columns when one does not fit the height (80x24). */
export function HelpOverlay({width, height}: HelpOverlayProps) {
	const theme = useTheme();
	const sections = helpSections();
	const inner = width - 4;
	const twoColumns = rowsOf(sections) + 3 > height;
	const half = Math.ceil(sections.length / 2) - 1;
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.accent} width={width} height={height} overflow="hidden" paddingX={1}>
			<Text bold>Keys · ? or Esc closes</Text>
			{twoColumns ? (
				<Box>
					<Column sections={sections.slice(0, half)} width={Math.floor(inner / 2)} keysWidth={14} />
					<Column sections={sections.slice(half)} width={inner - Math.floor(inner / 2)} keysWidth={14} />
				</Box>
			) : (
				<Column sections={sections} width={inner} keysWidth={22} />
			)}
		</Box>
	);
}
