/**
 * Regular expressions compiled to machine code on their first run, not interpreted first (V8's "tier-up"): the extractors
 * run some thousands of large patterns over short sentence strings, and with tier-up on, extraction of the bench corpus
 * took about 1.3x as long (claims twice, titled names three times as long). What a pattern matches is the same either way.
 * Imported first by the CLI, before any pattern has run: one that has started in the interpreter stays there after this.
 * The flag is the process's, so the extraction workers it starts share it.
 */
import {setFlagsFromString} from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
