/** Horizontal bars for counts: coverage of a provision, weight of a term or a voice. */
import {Box, Text} from 'ink';
import {useTheme} from '../theme.js';
import {fit} from '../text.js';

/** A bar of `width` cells filled in proportion to value/max. */
export function barText(value: number, max: number, width: number): string {
	if (width <= 0) return '';
	const filled = max > 0 ? Math.max(value > 0 ? 1 : 0, Math.round((value / max) * width)) : 0;
	return '█'.repeat(Math.min(width, filled)) + '░'.repeat(Math.max(0, width - filled));
}

export interface BarProps {
	value: number;
	max: number;
	/** Cells of the bar. @default 10 */
	width?: number;
}

/** A bare bar. */
export function Bar({value, max, width = 10}: BarProps) {
	const theme = useTheme();
	return <Text color={theme.bar}>{barText(value, max, width)}</Text>;
}

export interface BarRowProps extends BarProps {
	label: string;
	labelWidth: number;
	/** Shown after the bar, e.g. the count. */
	note?: string;
}

/** A labelled bar row: "ceasefire     ████░░░░ 4". */
export function BarRow({label, labelWidth, value, max, width = 10, note}: BarRowProps) {
	return (
		<Box height={1}>
			<Text wrap="truncate">{fit(label, labelWidth)} </Text>
			<Bar value={value} max={max} width={width} />
			<Text> {note ?? String(value)}</Text>
		</Box>
	);
}
