// After tsc (which type-checks and emits dist/source/ for the benchmark's probe): bundles the CLI and its two
// worker entries into dist/bundle-*/, because Node 20 has no module compile cache and start-up grows with the
// number of ES modules it resolves, reads and links (~140 for a cached `brief --json`, several hundred for the
// dashboard). dist/cli.js becomes a one-line stub, so the package's bin and `node dist/cli.js` stay as they were.
// Modules a command imports lazily stay lazy: they become chunks loaded on first use.
import {chmodSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild-wasm';

const project = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const cli = join(dist, 'cli.js');
/** An older bundle is kept this long: a CLI started from it may still import its lazy chunks. */
const KEEP_OLD_MS = 10 * 60 * 1000;

// The worker entries are started by URL (`./briefing-worker.js`, `./extract-worker.js`, `./digest-worker.js`) from the module that
// starts them, so every file of the bundle sits in one folder: any chunk finds them beside itself.
const entryPoints = {
	cli: 'cli.tsx',
	'briefing-worker': 'source/shell/briefing-worker.ts',
	'extract-worker': 'source/core/extract-worker.ts',
	'digest-worker': 'source/shell/digest-worker.ts',
};

/** The cache salt the compiled core (dist/source/core, just emitted by tsc) would compute at run time. */
async function coreFingerprint() {
	const {extractorFingerprint} = await import(new URL('source/shell/extract-options.js', new URL('../dist/', import.meta.url)).href);
	return extractorFingerprint();
}

// Each build gets a folder of its own and the stub is switched to it in one rename: a CLI started before, during
// or after the build loads one whole bundle, never half of one or a mix of two.
const fresh = mkdtempSync(join(dist, 'bundle-'));
try {
	await esbuild.build({
		absWorkingDir: project,
		entryPoints,
		outdir: fresh,
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		chunkNames: 'chunk-[hash]',
		// Optional in Ink (React DevTools, only with DEV=true) and not installed.
		external: ['react-devtools-core'],
		define: {BRIEF_CORE_FINGERPRINT: JSON.stringify(await coreFingerprint())},
		// CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
		banner: {js: "import {createRequire as __briefRequire} from 'node:module'; const require = __briefRequire(import.meta.url);"},
		logLevel: 'warning',
	});
} catch (error) {
	rmSync(fresh, {recursive: true, force: true});
	throw error;
}
const stub = `${cli}.${basename(fresh)}.tmp`;
writeFileSync(stub, `#!/usr/bin/env node\n// The CLI is bundled (scripts/after-build.mjs): one folder of chunks to load instead of hundreds of modules.\nimport './${basename(fresh)}/cli.js';\n`);
// The compiled CLI is the package's bin: executable, so `npx brief` and a global install run it.
chmodSync(stub, 0o755);
renameSync(stub, cli);

for (const name of readdirSync(dist)) {
	const path = join(dist, name);
	if (!/^bundle(?:-|$)/.test(name) || path === fresh) continue;
	try {
		if (Date.now() - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, {recursive: true, force: true});
	} catch {
		// another build removed it first
	}
}
