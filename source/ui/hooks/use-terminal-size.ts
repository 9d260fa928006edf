/** The terminal's size, updated on resize. A fixed size (tests, a caller that knows better) wins. */
import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {TerminalSize} from '../layout.js';

const FALLBACK: TerminalSize = {columns: 80, rows: 24};

function measure(stdout: NodeJS.WriteStream): TerminalSize {
	return {columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows};
}

/** Columns and rows of stdout, re-read on every `resize` event. */
export function useTerminalSize(fixed?: TerminalSize): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState<TerminalSize>(() => fixed ?? measure(stdout));
	useEffect(() => {
		if (fixed) return;
		const onResize = () => setSize(measure(stdout));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, fixed]);
	return fixed ?? size;
}
