#!/usr/bin/env node
/** brief: flags and help, then one of three renderings of the same Briefing. */
import {FLAGS, plainCommandLine} from './source/shell/argv.js';
import {runShell, type ShellFlags} from './source/shell/run.js';

const help = `
	Usage
	  $ brief [PATH ...]            open the dashboard (the digest when stdout is not a terminal)
	  $ brief digest [PATH ...]     print the plain-text digest
	  $ brief --json [PATH ...]     print the briefing as JSON
	  $ brief extract [PATH ...]    print one NDJSON record per article (the map stage)

	  PATH is a folder (read recursively), article files (.txt, .md), saved pages (.html), feeds
	  (.rss, .atom, .xml), exports (.json, .jsonl, .ndjson), an http(s) address of a page or feed,
	  or - for standard input; none means the bundled seeds.

	Options
	  --json             print the briefing (schema: briefing.schema.json)
	  --format FORMAT    digest format: text (default), markdown or json
	  --width N          digest wrap width (default 80)
	  --output FILE      write the digest to FILE instead of printing it
	  --no-color         no colour (NO_COLOR is respected too)
	  --explain          with --json or digest: say which rule found each item
	  --all              digest: print every entry of every list (a long list otherwise
	                     stops with "… and N more")
	  --watch            dashboard: re-parse when articles are added, changed or removed
	  --records FILE     merge NDJSON records written by \`brief extract\` instead of reading articles
	  --no-cache         do not read or write the cache (records, briefing memos)
	  --help             show this help
	  --version          show the version

	Examples
	  $ brief
	  $ brief digest ~/stories/ceasefire --width 60
	  $ brief --json ~/stories/ceasefire > briefing.json
`;

// meow is imported only for what the plain reader leaves to it (--help, --width 60, ...): it is most of a cached run's start-up.
const plain = plainCommandLine(process.argv.slice(2), FLAGS);
if (plain) process.title = 'brief'; // as meow names the process after the package's bin
const cli = plain ? {input: plain.input, flags: plain.flags as unknown as ShellFlags} : (await import('meow')).default(help, {importMeta: import.meta, flags: FLAGS});

process.exitCode = await runShell(cli.input, cli.flags);
