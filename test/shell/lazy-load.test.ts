import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const project = fileURLToPath(new URL('../..', import.meta.url));
const tsx = import.meta.resolve('tsx');

/** Runs `args` under a module hook that logs every module resolved; returns the package names and the project's own modules. */
function packagesLoaded(args: string[], cacheHome?: string): {code: number | null; packages: Set<string>; own: string[]; stderr: string} {
	const dir = mkdtempSync(join(tmpdir(), 'brief-modules-'));
	const log = join(dir, 'modules.log');
	const hooks = join(dir, 'hooks.mjs');
	writeFileSync(
		hooks,
		`import {appendFileSync} from 'node:fs';
export async function resolve(specifier, context, next) {
	const result = await next(specifier, context);
	if (result.url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, result.url + '\\n');
	return result;
}\n`,
	);
	const register = join(dir, 'register.mjs');
	writeFileSync(register, `import {register} from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
	const result = spawnSync(process.execPath, ['--import', register, '--import', tsx, ...args], {cwd: project, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome ?? join(dir, 'cache')}});
	const urls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
	const packages = new Set(urls.map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1]).filter((name): name is string => Boolean(name)));
	const own = urls.filter((url) => !url.includes('/node_modules/')).map((url) => url.slice(pathToFileURL(project).href.length));
	return {code: result.status, packages, own, stderr: result.stderr};
}

test('the hook sees a package when it loads (control)', () => {
	const script = join(mkdtempSync(join(tmpdir(), 'brief-control-')), 'control.mjs');
	writeFileSync(script, `import ${JSON.stringify(pathToFileURL(join(project, 'node_modules/ink/build/index.js')).href)};\n`);
	const {packages} = packagesLoaded([script]);
	assert.ok(packages.has('ink') && packages.has('react'), [...packages].join(', '));
});

for (const args of [['--json'], ['digest'], ['extract', 'seeds'], ['--json', '--no-cache', 'seeds']]) {
	test(`brief ${args.join(' ')} never loads Ink or React`, () => {
		const {code, packages, stderr} = packagesLoaded([join(project, 'cli.tsx'), ...args]);
		assert.equal(code, 0, stderr);
		for (const name of ['ink', 'react', 'react-reconciler', 'yoga-layout']) assert.ok(!packages.has(name), `${name} loaded by brief ${args.join(' ')}: ${[...packages].join(', ')}`);
	});
}

test('brief --json reads its command line without meow; --help still uses it', () => {
	assert.ok(!packagesLoaded([join(project, 'cli.tsx'), '--json', 'seeds']).packages.has('meow'));
	assert.ok(packagesLoaded([join(project, 'cli.tsx'), '--help']).packages.has('meow'));
});

test('a second brief --json on an unchanged corpus never loads the extractor', () => {
	const cacheHome = mkdtempSync(join(tmpdir(), 'brief-warm-'));
	const first = packagesLoaded([join(project, 'cli.tsx'), '--json', 'seeds'], cacheHome);
	assert.equal(first.code, 0, first.stderr);
	assert.ok(first.own.some((path) => path.includes('source/core/extract/')), 'control: the first open extracts');
	const second = packagesLoaded([join(project, 'cli.tsx'), '--json', 'seeds'], cacheHome);
	assert.equal(second.code, 0, second.stderr);
	const extractor = second.own.filter((path) => /source\/core\/(?:extract-article|parse-article|parallel|extract\/(?:claims|figures|provisions|quotes))\./.test(path));
	assert.deepEqual(extractor, []);
});
