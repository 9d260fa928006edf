import {test} from 'node:test';
import assert from 'node:assert/strict';
import meow from 'meow';
import {FLAGS, plainCommandLine} from '../../source/shell/argv.js';

/** What meow makes of `argv` with brief's flags: the reading the plain reader must match exactly. */
const meowReads = (argv: string[]) => {
	const cli = meow('', {importMeta: import.meta, argv, flags: FLAGS});
	return {input: cli.input, flags: cli.flags};
};

// Read without meow, and read as meow reads them.
const PLAIN: string[][] = [
	[],
	['--json'],
	['--json', 'stories/quake'],
	['digest', 'stories/quake', '--no-color'],
	['digest', '-'],
	['-', '--json'],
	['extract', 'a.txt', 'b.md'],
	['--json', '--no-cache', '--explain', 'trade deal'],
	['--watch', 'stories/truce'],
	['--no-json', '2024'],
	['--color', '--cache', '0x1f'],
];

// Left to meow: help and version, flags with values, unknown, repeated or short flags, meow's true/false values.
const LEFT_TO_MEOW: string[][] = [
	['--help'],
	['--version'],
	['digest', '--width', '60'],
	['digest', '--width=60'],
	['--format', 'markdown'],
	['--records', 'a.ndjson'],
	['--output', 'out.txt'],
	['--json', '--json'],
	['--json', '--no-json'],
	['--json', 'true'],
	['false'],
	['--cache=false'],
	['-j'],
	['--verbose'],
	['--', 'stories'],
	['--constructor'],
	['--JSON'],
];

for (const argv of PLAIN) {
	test(`plain command line: brief ${argv.join(' ')}`, () => {
		assert.deepEqual(plainCommandLine(argv, FLAGS), meowReads(argv));
	});
}

for (const argv of LEFT_TO_MEOW) {
	test(`left to meow: brief ${argv.join(' ')}`, () => {
		assert.equal(plainCommandLine(argv, FLAGS), undefined);
	});
}
