/** How this machine runs the map stage: the cache folder (from the environment), its salt, the worker count. */
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {availableParallelism, homedir} from 'node:os';
import {isAbsolute, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {ExtractOptions} from '../core/build-briefing.js';

/** `$XDG_CACHE_HOME/brief`, else `~/.cache/brief` (a relative XDG_CACHE_HOME is ignored, as the spec says). */
export function cacheDirFrom(env: NodeJS.ProcessEnv, home = homedir()): string {
	const xdg = env.XDG_CACHE_HOME;
	return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'brief');
}

let fingerprint: string | undefined;
/** Set by the bundler (scripts/after-build.mjs): a bundle has no core folder beside it to hash. */
declare const BRIEF_CORE_FINGERPRINT: string | undefined;

/**
 * A hash of the core's code (sources or compiled files, lexicons included): an extractor edited without
 * bumping EXTRACTOR_VERSION must not be served records cached by the old one.
 */
export function extractorFingerprint(): string {
	if (fingerprint) return fingerprint;
	if (typeof BRIEF_CORE_FINGERPRINT === 'string') return (fingerprint = BRIEF_CORE_FINGERPRINT);
	const hash = createHash('sha256');
	const core = fileURLToPath(new URL('../core/', import.meta.url));
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			if (entry.isDirectory()) walk(join(dir, entry.name));
			else if (/\.(?:[cm]?js|tsx?|json)$/.test(entry.name)) hash.update(`${entry.name}\0`).update(readFileSync(join(dir, entry.name)));
		}
	};
	try {
		walk(core);
	} catch {
		hash.update(String(Math.random())); // cannot read the code: cache nothing across runs rather than risk stale records
	}
	fingerprint = hash.digest('base64url').slice(0, 16);
	return fingerprint;
}

/** Options for buildBriefing/extractRecords from the flags (`--no-cache`) and the environment. */
export function extractOptions(flags: {cache?: boolean}, env: NodeJS.ProcessEnv = process.env): ExtractOptions {
	const cache = flags.cache !== false;
	return {
		cacheDir: cache ? cacheDirFrom(env) : null,
		cacheSalt: cache ? extractorFingerprint() : undefined,
		workers: availableParallelism(),
	};
}
