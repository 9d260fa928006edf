/** The footer: the keys that work on the current screen, from the keymap. */
import {Text} from 'ink';
import {footerFor, type View} from '../keymap.js';
import {truncate} from '../text.js';
import {useTheme} from '../theme.js';

export interface FooterProps {
	view: View;
	width: number;
	/** Esc does something in the list (leave the inner list, clear the filter). @default false */
	canGoBack?: boolean;
}

/** One line of key hints. */
export function Footer({view, width, canGoBack = false}: FooterProps) {
	const theme = useTheme();
	return (
		<Text color={theme.muted} wrap="truncate">
			{truncate(footerFor(view).join(' · '), width)}
		</Text>
	);
}
