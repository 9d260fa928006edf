/**
 * The everyday command lines (`brief`, `brief --json PATH`, `brief digest PATH --no-color`) read without
 * meow: importing meow and its package.json machinery costs more than the rest of a cached `--json` start-up.
 * Anything else (--help, --version, a flag with a value, an unknown or repeated flag) is left to meow,
 * so whatever is read here is read exactly as meow reads it.
 */

/** A flag as meow declares it. */
export interface FlagSpec {
	type: 'boolean' | 'string' | 'number';
	default?: unknown;
	isMultiple?: boolean;
}

/** The positional arguments and every declared flag, as meow returns them. */
export interface CommandLine {
	input: string[];
	flags: Record<string, unknown>;
}

/** brief's flags, as meow declares them (cli.tsx's help text describes each). */
export const FLAGS = {
	json: {type: 'boolean', default: false},
	format: {type: 'string', default: 'text'},
	width: {type: 'number', default: 80},
	output: {type: 'string'},
	color: {type: 'boolean', default: true},
	explain: {type: 'boolean', default: false},
	watch: {type: 'boolean', default: false},
	records: {type: 'string', isMultiple: true},
	cache: {type: 'boolean', default: true},
	all: {type: 'boolean', default: false},
} as const;

/** A bare boolean flag, `--json` or `--no-cache`; a value after `=` is meow's to read. */
const BOOLEAN_FLAG = /^--(no-)?([a-z]+)$/;
/** After a boolean flag, meow takes these as its value, not as a path. */
const BOOLEAN_WORDS = new Set(['true', 'false']);

/** The flags' values before the command line sets any: meow's defaults (a boolean defaults to false, a list to []). */
function defaults(table: Record<string, FlagSpec>): Record<string, unknown> {
	const flags: Record<string, unknown> = {};
	for (const [name, spec] of Object.entries(table)) {
		if (spec.default !== undefined) flags[name] = spec.default;
		else if (spec.isMultiple) flags[name] = [];
		else if (spec.type === 'boolean') flags[name] = false;
	}
	return flags;
}

/** Reads `argv` when it is only paths, commands and bare boolean flags of `table`, each at most once; otherwise undefined. */
export function plainCommandLine(argv: string[], table: Record<string, FlagSpec>): CommandLine | undefined {
	const flags = defaults(table);
	const input: string[] = [];
	const seen = new Set<string>();
	for (const token of argv) {
		if (BOOLEAN_WORDS.has(token)) return undefined;
		if (token === '-' || !token.startsWith('-')) {
			input.push(token);
			continue;
		}
		const [, negated, name] = BOOLEAN_FLAG.exec(token) ?? [];
		if (!name || !Object.hasOwn(table, name) || table[name].type !== 'boolean' || table[name].isMultiple || seen.has(name)) return undefined;
		seen.add(name);
		flags[name] = !negated;
	}
	return {input, flags};
}
