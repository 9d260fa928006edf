/** The digest shell: renders the briefing as text or markdown, to stdout or a file. Never imports Ink. */
import type {Briefing} from '../core/model.js';
import {DIGEST_FORMATS, renderDigest, type DigestFormat} from '../digest/digest.js';
import {jsonChunks} from './json-out.js';
import {fail, type ShellFlags} from './run.js';

const MIN_WIDTH = 20;

/** Colour only for a terminal that allows it: --no-color, NO_COLOR and TERM=dumb turn it off. */
function colorAllowed(flags: ShellFlags): boolean {
	const env = process.env;
	return flags.color && !flags.output && Boolean(process.stdout.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** What is wrong with the digest's --format or --width, checked before the corpus is read; null when nothing. */
export function digestFlagProblem(flags: ShellFlags): string | null {
	const format = (flags.format ?? 'text').toLowerCase();
	if (format !== 'json' && !DIGEST_FORMATS.includes(format as DigestFormat)) return `unknown --format "${flags.format}": use text, markdown or json`;
	const width = flags.width ?? 80;
	if (!Number.isInteger(width) || width < MIN_WIDTH) return `--width must be a whole number of columns, at least ${MIN_WIDTH}`;
	return null;
}

/** `brief digest`: checks --format and --width, renders, writes; returns the exit code. */
export async function runDigest(briefing: Briefing, flags: ShellFlags, write: (text: string) => void): Promise<number> {
	const problem = digestFlagProblem(flags);
	if (problem) return fail(problem, 2);
	const format = (flags.format ?? 'text').toLowerCase();
	const width = flags.width ?? 80;
	try {
		if (flags.json || format === 'json') for (const chunk of jsonChunks(briefing)) write(chunk);
		else write(renderDigest(briefing, {format: format as DigestFormat, width, color: colorAllowed(flags), explain: flags.explain}));
	} catch (error) {
		if (!flags.output) throw error;
		return fail(`cannot write ${flags.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; check the folder exists and is writable`, 1);
	}
	return 0;
}
