/** Rendering the dashboard in ink-testing-library and pressing keys, for the UI tests. */
// Test files sit outside tsconfig's include, so tsx compiles their JSX as React.createElement.
import React from 'react';
import {render} from 'ink-testing-library';
import type {Briefing} from '../../source/core/model.js';
import {App} from '../../source/ui/app.js';
import type {TerminalSize} from '../../source/ui/layout.js';
import type {NavState} from '../../source/ui/nav-state.js';

/** Key names to the bytes a terminal sends. */
export const KEYS = {
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	backspace: '\u007F',
	ctrlC: '\u0003',
} as const;

/** Lets Ink's input effects and the pending-escape flush (a setImmediate) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/** Waits until Ink reads the test stdin (its input effect has run), so no key is pressed into the void. */
export async function listening(stdin: NodeJS.EventEmitter): Promise<void> {
	for (let tries = 0; tries < 200 && stdin.listenerCount('readable') === 0; tries++) await settle();
	await settle();
}

/**
 * Waits for the frame a key press causes: under load React may commit it a little later. A key that
 * changes nothing draws no frame, so the wait gives up after a while and the test checks the old one.
 */
export async function rendered(done: () => boolean): Promise<void> {
	for (let tries = 0; tries < 60 && !done(); tries++) await settle();
	await settle();
}

export interface Rendered {
	frame: () => string;
	/** Presses keys in order: KEYS names or literal text. */
	press: (...keys: Array<keyof typeof KEYS | string>) => Promise<string>;
	unmount: () => void;
}

/** Renders the App (colour off so frames are plain text) at a terminal size. */
export async function renderApp(briefing: Briefing, size: TerminalSize = {columns: 80, rows: 24}, options: {initial?: NavState; onQuit?: () => void; updated?: string} = {}): Promise<Rendered> {
	const instance = render(<App briefing={briefing} size={size} color={false} {...options} />);
	await listening(instance.stdin);
	const frame = () => instance.lastFrame() ?? '';
	return {
		frame,
		async press(...keys) {
			for (const key of keys) {
				const before = instance.frames.length;
				instance.stdin.write(key in KEYS ? KEYS[key as keyof typeof KEYS] : key);
				await rendered(() => instance.frames.length > before);
			}
			return frame();
		},
		unmount: instance.unmount,
	};
}

/** The frame's lines, trailing spaces trimmed. */
export const lines = (frame: string) => frame.split('\n').map((line) => line.trimEnd());
