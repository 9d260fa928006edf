// After tsc (which type-checks and emits dist/source/ for the benchmark's probe): bundles the CLI and its two
// worker entries into dist/bundle/, because Node 20 has no module compile cache and start-up grows with the
// number of ES modules it resolves, reads and links (~140 for a cached `brief --json`, several hundred for the
// dashboard). dist/cli.js becomes a one-line stub, so the package's bin and `node dist/cli.js` stay as they were.
// Modules a command imports lazily stay lazy: they become chunks loaded on first use.
import {chmodSync, existsSync, mkdtempSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild-wasm';

const project = fileURLToPath(new URL('..', import.meta.url));
const dist = new URL('../dist/', import.meta.url);
const cli = new URL('cli.js', dist);
const bundle = fileURLToPath(new URL('bundle/', dist));

// The worker entries are started by URL (`./briefing-worker.js`, `./extract-worker.js`) from the module that
// starts them, so every file of the bundle sits in one folder: any chunk finds them beside itself.
const entryPoints = {
	cli: 'cli.tsx',
	'briefing-worker': 'source/shell/briefing-worker.ts',
	'extract-worker': 'source/core/extract-worker.ts',
};

/** The cache salt the compiled core (dist/source/core, just emitted by tsc) would compute at run time. */
async function coreFingerprint() {
	const {extractorFingerprint} = await import(new URL('source/shell/extract-options.js', dist).href);
	return extractorFingerprint();
}

// Built beside the old bundle and swapped in, so a CLI started meanwhile never finds half a bundle.
const fresh = mkdtempSync(fileURLToPath(new URL('bundle-', dist)));
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
rmSync(bundle, {recursive: true, force: true});
renameSync(fresh, bundle);
writeFileSync(cli, "#!/usr/bin/env node\n// The CLI is bundled (scripts/after-build.mjs): one file to load instead of hundreds of modules.\nimport './bundle/cli.js';\n");

// The compiled CLI is the package's bin: make it executable so `npx brief` and a global install run it.
if (existsSync(cli)) chmodSync(cli, 0o755);
