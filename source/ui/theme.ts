/** Colours and emphasis for the dashboard; with colour off every colour is undefined and only bold/inverse remain. */
import {createContext, useContext} from 'react';

export interface Theme {
	/** Whether colour is on; emphasis (bold, inverse, dim) is used either way. */
	color: boolean;
	accent?: string;
	muted?: string;
	highlight?: string;
	warning?: string;
	bar?: string;
	hedge?: string;
}

/** The theme for a colour setting: `color` false (NO_COLOR or --no-color) leaves every colour out. */
export function makeTheme(color: boolean): Theme {
	if (!color) return {color};
	return {color, accent: 'cyan', muted: 'gray', highlight: 'yellow', warning: 'red', bar: 'green', hedge: 'magenta'};
}

/** Whether the shell should draw colour: off for NO_COLOR (any non-empty value) or --no-color. */
export function colorWanted(flag: boolean, env: Record<string, string | undefined>): boolean {
	return flag && !env.NO_COLOR;
}

export const ThemeContext = createContext<Theme>(makeTheme(true));

/** The current theme. */
export const useTheme = (): Theme => useContext(ThemeContext);
