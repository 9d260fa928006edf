/**
 * `npm run bench`: builds the CLI, writes the synthetic corpora (bench/generate.ts) and measures, each
 * figure beside its floor or target, within a time budget (default 285 s; BENCH_BUDGET_S to change):
 *   1. extraction MB/s on one core vs reading the same files + one regex pass; a 1 MB article vs a 3 KB one
 *   2. `brief --json` wall time and peak RSS on 100, 1,000 and 10,000 articles (first open, empty cache)
 *   3. the dashboard's first frame on the seeds vs a bare Ink app (in a pseudo-terminal)
 *   4. keypress-to-frame, pane switch and scroll, on 10,000 articles
 *   5. `brief digest` on 10,000 articles
 *   6. a second `--json` on the unchanged 10,000 articles (cache warm)
 * plus start-up (`brief --json` on the seeds vs `node -e 0`, the cost of importing meow) and the merge's growth.
 * Prints a table and writes bench/results.json. A stage that overruns its share is cut off and reported so.
 */
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {availableParallelism, cpus, loadavg, totalmem, tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {corpusDir, DEFAULT_SEED, writeCorpus} from './generate.js';

const project = fileURLToPath(new URL('..', import.meta.url));
const cli = join(project, 'dist/cli.js');
const seeds = join(project, 'seeds');
const SIZES = [100, 1000, 10000];
const budget = Number(process.env.BENCH_BUDGET_S ?? 285) * 1000;
const startedAt = Date.now();
const remaining = () => budget - (Date.now() - startedAt);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const hasTime = existsSync('/usr/bin/time');

interface Figure {
	id: string;
	what: string;
	value: string;
	floor?: string;
	target?: string;
	/** true: target met; false: missed; null: not measured or no target. */
	ok: boolean | null;
	raw?: unknown;
}
const figures: Figure[] = [];
const record = (figure: Figure) => {
	figures.push(figure);
	const verdict = figure.ok === null ? '' : figure.ok ? '  ok' : '  MISSED';
	console.log(`  ${figure.what}: ${figure.value}${figure.floor ? ` (floor ${figure.floor})` : ''}${figure.target ? ` [target ${figure.target}]` : ''}${verdict}`);
};
const seconds = (ms: number) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const megabytes = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

interface Run {
	ms: number;
	code: number | null;
	timedOut: boolean;
	rssKb: number | null;
	stdout: string;
	stderr: string;
}

/** Runs a command, timing it and (through /usr/bin/time -v, or a preload that reports maxRSS) its peak RSS. */
function run(command: string, args: string[], options: {timeoutMs: number; env?: NodeJS.ProcessEnv; keepStdout?: boolean; input?: string}): Promise<Run> {
	const rssPreload = join(project, 'bench/report-rss.mjs');
	const [file, argv] = hasTime ? ['/usr/bin/time', ['-v', command, ...args]] : command === process.execPath ? [command, ['--import', rssPreload, ...args]] : [command, args];
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(file, argv, {cwd: project, env: {...process.env, NO_COLOR: '1', ...options.env}, stdio: ['pipe', options.keepStdout ? 'pipe' : 'ignore', 'pipe'], detached: true});
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (chunk) => (stdout += chunk));
		child.stderr?.on('data', (chunk) => (stderr += chunk));
		child.stdin?.end(options.input ?? '');
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			try {
				process.kill(-child.pid!, 'SIGKILL');
			} catch {
				child.kill('SIGKILL');
			}
		}, Math.max(1000, options.timeoutMs));
		child.on('close', (code) => {
			clearTimeout(timer);
			const ms = performance.now() - started;
			const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? /BRIEF_BENCH_MAXRSS=(\d+)/.exec(stderr)?.[1];
			resolve({ms, code, timedOut, rssKb: rss ? Number(rss) : null, stdout, stderr});
		});
	});
}

/** Runs `once` up to `times` times (fewer when a run is slow or the budget is short); returns the runs. */
async function repeat(times: number, capMs: number, once: (timeoutMs: number) => Promise<Run>): Promise<Run[]> {
	const runs: Run[] = [];
	for (let index = 0; index < times; index++) {
		const timeoutMs = Math.min(capMs, remaining() - 5000);
		if (timeoutMs < 1000) break;
		const result = await once(timeoutMs);
		runs.push(result);
		if (result.timedOut || result.code !== 0) break;
		if (result.ms * (times - index - 1) > Math.min(capMs, remaining() * 0.15)) break; // a slow stage gets one run
	}
	return runs;
}

/** A verdict for a figure that may not have been measured: not run or n/a is no verdict, a failure is a miss. */
const verdict = (problem: string | null, met: () => boolean | null): boolean | null => (problem ? (/^(?:not run|n\/a)/.test(problem) ? null : false) : met());

const failure = (runs: Run[]) => {
	const last = runs.at(-1);
	if (!last) return 'not run (bench time budget spent)';
	if (last.timedOut) return `> ${seconds(last.ms)} (cut off)`;
	if (last.code !== 0) return `failed (exit ${last.code}: ${last.stderr.split('\n').find((line) => line.startsWith('brief:') || /Error/.test(line)) ?? ''})`.slice(0, 160);
	return null;
};

const freshCache = () => mkdtempSync(join(tmpdir(), 'brief-bench-cache-'));

function probe(task: string, args: object, timeoutMs: number): Promise<{result: any; run: Run}> {
	return run(process.execPath, ['--import', 'tsx', join(project, 'bench/probe.ts'), task, JSON.stringify(args)], {timeoutMs, keepStdout: true}).then((result) => {
		let parsed = null;
		try {
			parsed = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '');
		} catch {
			parsed = null;
		}
		return {result: parsed, run: result};
	});
}

// ---- pseudo-terminal: the dashboard and the bare Ink floor --------------------------------------------

const visible = (text: string) =>
	text
		.replace(/\u001B\[[0-9;?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)|\u001B[()][0-9A-B]|\u001B[=>78cDEHM]/g, '')
		.replace(/\s+/g, '');

interface Terminal {
	/** Resolves with ms since start when the output first shows text, or null when it exits or times out first. */
	firstText: Promise<number | null>;
	/** Resolves with ms since start when the visible output matches `pattern`. */
	waitFor(pattern: RegExp, timeoutMs: number): Promise<number | null>;
	/** Resolves when no output has come for `quietMs` (or after `timeoutMs`). */
	settle(quietMs: number, timeoutMs: number): Promise<void>;
	/** Types `keys`; resolves with ms until the next output, or null when none comes in `timeoutMs`. */
	press(keys: string, timeoutMs: number): Promise<number | null>;
	output(): string;
	close(): Promise<number | null>;
}

/** Starts `command` in a pseudo-terminal of 120x40 (util-linux `script`). */
function terminal(command: string, env: NodeJS.ProcessEnv = {}): Terminal {
	const started = performance.now();
	const child = spawn('script', ['-qfec', `stty cols 120 rows 40; exec ${command}`, '/dev/null'], {cwd: project, env: {...process.env, ...env, TERM: 'xterm-256color'}, stdio: ['pipe', 'pipe', 'pipe'], detached: true});
	let text = '';
	let lastOutput = performance.now();
	const listeners = new Set<() => void>();
	child.stdout.on('data', (chunk) => {
		text += chunk;
		lastOutput = performance.now();
		for (const listener of [...listeners]) listener();
	});
	let exited = false;
	let exitCode: number | null = null;
	const exit = new Promise<number | null>((resolve) =>
		child.on('close', (code) => {
			exited = true;
			exitCode = code;
			for (const listener of [...listeners]) listener();
			resolve(code);
		}),
	);
	const until = (test: () => number | null | undefined, timeoutMs: number) =>
		new Promise<number | null>((resolve) => {
			const check = () => {
				const value = test();
				if (value !== undefined && value !== null) done(value);
				else if (exited) done(null);
			};
			const done = (value: number | null) => {
				listeners.delete(check);
				clearTimeout(timer);
				resolve(value);
			};
			const timer = setTimeout(() => done(null), timeoutMs);
			listeners.add(check);
			check();
		});
	return {
		firstText: until(() => (visible(text).length ? performance.now() - started : null), 60000),
		waitFor: (pattern, timeoutMs) => until(() => (pattern.test(visible(text)) ? performance.now() - started : null), timeoutMs),
		settle: async (quietMs, timeoutMs) => {
			const end = performance.now() + timeoutMs;
			while (performance.now() < end && performance.now() - lastOutput < quietMs && !exited) await new Promise((resolve) => setTimeout(resolve, quietMs / 4));
		},
		press: (keys, timeoutMs) => {
			const before = text.length;
			const sent = performance.now();
			child.stdin.write(keys);
			return until(() => (text.length > before ? performance.now() - sent : null), timeoutMs);
		},
		output: () => text,
		close: async () => {
			if (!exited) {
				child.stdin.write('q');
				const timer = setTimeout(() => {
					try {
						process.kill(-child.pid!, 'SIGKILL');
					} catch {
						// already gone
					}
				}, 2000);
				await exit;
				clearTimeout(timer);
			}
			return exitCode;
		},
	};
}

/** The dashboard's pane tabs or footer: the briefing is on screen, not the loader. */
const LOADED = /Overview|qquit|\?help/;
const NOT_BUILT = /dashboardisnotbuilt|notbuiltyet/i;

async function firstFrames(): Promise<void> {
	const floor: number[] = [];
	const frame: number[] = [];
	const loaded: number[] = [];
	let note: string | null = null;
	for (let index = 0; index < 3 && remaining() > 30000; index++) {
		const bare = terminal(`${process.execPath} ${join(project, 'bench/bare-ink.mjs')}`);
		const bareAt = await bare.firstText;
		await bare.close();
		if (bareAt !== null) floor.push(bareAt);
		const dashboard = terminal(`${process.execPath} ${cli} ${seeds}`, {XDG_CACHE_HOME: freshCache()});
		const firstAt = await dashboard.firstText;
		const loadedAt = firstAt === null ? null : await dashboard.waitFor(LOADED, 20000);
		const code = await dashboard.close();
		if (NOT_BUILT.test(visible(dashboard.output()))) note = 'n/a (dashboard not built)';
		else if (firstAt === null) note = `n/a (no frame: the dashboard exited with code ${code} before drawing one)`;
		if (note || firstAt === null) break;
		frame.push(firstAt);
		if (loadedAt !== null) loaded.push(loadedAt);
	}
	const floorMs = floor.length ? median(floor) : null;
	if (note || !frame.length) {
		record({id: 'first-frame', what: 'dashboard first frame, seeds', value: note ?? 'n/a (no frame)', floor: floorMs === null ? undefined : seconds(floorMs), ok: null});
		return;
	}
	const firstMs = median(frame);
	record({
		id: 'first-frame',
		what: 'dashboard first frame, seeds',
		value: `${seconds(firstMs)} (${floorMs ? (firstMs / floorMs).toFixed(2) : '?'}x the floor; briefing on screen at ${loaded.length ? seconds(median(loaded)) : 'n/a'})`,
		floor: floorMs === null ? undefined : `${seconds(floorMs)} bare Ink app`,
		target: '<= 1.2x floor',
		ok: floorMs === null ? null : firstMs <= floorMs * 1.2,
		raw: {firstMs: frame, floorMs: floor, briefingMs: loaded},
	});
}

async function keypresses(dir: string, cacheDir: string): Promise<void> {
	const what = 'keypress to frame, 10,000 articles';
	const capMs = Math.min(Math.max(120000, budget * 0.2), remaining() - 20000);
	if (capMs < 15000) {
		record({id: 'keypress', what, value: 'not run (bench time budget spent)', ok: null});
		return;
	}
	const dashboard = terminal(`${process.execPath} ${cli} ${dir}`, {XDG_CACHE_HOME: cacheDir});
	const firstAt = await dashboard.firstText;
	const loadedAt = firstAt === null ? null : await dashboard.waitFor(LOADED, capMs);
	if (loadedAt === null) {
		const code = await dashboard.close();
		const value = NOT_BUILT.test(visible(dashboard.output()))
			? 'n/a (dashboard not built)'
			: firstAt === null
				? `n/a (no frame: the dashboard exited with code ${code} before drawing one)`
				: `n/a (briefing not on screen within ${seconds(capMs)})`;
		record({id: 'keypress', what, value, ok: null});
		return;
	}
	const measure = async (keys: string) => {
		const times: number[] = [];
		for (let index = 0; index < 7; index++) {
			await dashboard.settle(250, 3000);
			const ms = await dashboard.press(keys, 2000);
			if (ms !== null) times.push(ms);
		}
		return times;
	};
	const pane = await measure('\t');
	await dashboard.press('1', 2000);
	const scroll = await measure('j');
	await dashboard.close();
	const report = (id: string, label: string, times: number[]) =>
		record({
			id,
			what: `${what}: ${label}`,
			value: times.length ? `${seconds(median(times))} (median of ${times.length}; briefing on screen after ${seconds(loadedAt)})` : 'n/a (no frame after the key)',
			target: '<= 50 ms',
			ok: times.length ? median(times) <= 50 : null,
			raw: times,
		});
	report('keypress-pane', 'pane switch (Tab)', pane);
	report('keypress-scroll', 'scroll (j)', scroll);
}

// ---- the stages --------------------------------------------------------------------------------------

async function build(): Promise<void> {
	console.log('building dist/ …');
	const tsc = await run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {timeoutMs: 120000, keepStdout: true});
	if (tsc.code !== 0) console.log(`  tsc reported type errors (exit ${tsc.code}); measuring what it emitted`);
	// The bundle (esbuild-wasm) takes several seconds: a bundle cut short would leave tsc's unbundled CLI to be measured.
	const bundle = await run(process.execPath, [join(project, 'scripts/after-build.mjs')], {timeoutMs: 120000, keepStdout: true});
	if (bundle.code !== 0) console.log(`  bundling failed (exit ${bundle.code}${bundle.timedOut ? ', cut off' : ''}); measuring tsc's unbundled dist/cli.js`);
	if (!existsSync(cli)) throw new Error('dist/cli.js is missing after the build');
}

async function startup(): Promise<void> {
	const node = await repeat(7, 10000, (timeoutMs) => run(process.execPath, ['-e', '0'], {timeoutMs}));
	const json = await repeat(7, 20000, (timeoutMs) => run(process.execPath, [cli, '--json', seeds], {timeoutMs, env: {XDG_CACHE_HOME: warmSeedsCache}}));
	// Import costs measured inside one process (a difference of two process timings drowns in noise).
	const importMs = async (specifier: string) => {
		const script = `const started = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - started);`;
		const runs = await repeat(5, 10000, (timeoutMs) => run(process.execPath, ['--input-type=module', '-e', script], {timeoutMs, keepStdout: true}));
		return median(runs.map((entry) => Number(entry.stdout.trim()) || 0));
	};
	const meowMs = await importMs('meow');
	const dateFnsMs = await importMs('date-fns');
	const coreMs = await importMs(join(project, 'dist/source/core/build-briefing.js'));
	const nodeMs = median(node.map((entry) => entry.ms));
	const jsonFailure = failure(json);
	const jsonMs = median(json.map((entry) => entry.ms));
	record({
		id: 'startup-json-seeds',
		what: '`brief --json` on the seeds (cache warm)',
		value: jsonFailure ?? `${seconds(jsonMs)} (${(jsonMs / nodeMs).toFixed(1)}x node -e 0)`,
		floor: `${seconds(nodeMs)} node -e 0`,
		target: '<= 3x node -e 0',
		ok: jsonFailure ? false : jsonMs <= nodeMs * 3,
		raw: {jsonMs: json.map((entry) => entry.ms), nodeMs: node.map((entry) => entry.ms)},
	});
	record({id: 'startup-meow', what: 'importing meow', value: seconds(meowMs), ok: null});
	record({id: 'startup-date-fns', what: "importing date-fns (the whole index: 300 modules)", value: seconds(dateFnsMs), ok: null});
	record({id: 'startup-core', what: 'importing the core (build-briefing and all it imports)', value: seconds(coreMs), ok: null});
}

let warmSeedsCache = '';

async function extraction(): Promise<void> {
	const timeoutMs = Math.min(90000, remaining() / 4);
	const {result, run: probeRun} = await probe('throughput', {dir: corpusDir(1000), seconds: 3, runs: 3}, timeoutMs);
	if (!result) {
		record({id: 'extract-mbs', what: 'extraction on one core', value: failure([probeRun]) ?? 'failed', ok: false});
	} else {
		record({
			id: 'extract-mbs',
			what: 'extraction on one core (read + parse + extract)',
			value: `${result.extractMBs.toFixed(2)} MB/s (parse alone ${result.parseOnlyMBs.toFixed(1)} MB/s; ${result.articles} articles, ${(result.bytes / 1024 / 1024).toFixed(1)} MB)`,
			floor: `${result.floorMBs.toFixed(0)} MB/s read + regex`,
			target: '>= 1/4 of the floor',
			ok: result.extractMBs >= result.floorMBs / 4,
			raw: result,
		});
		record({
			id: 'extract-quotes',
			what: 'quotes+speakers extraction vs parse, per article',
			value: `${result.quotesMs.toFixed(3)} ms vs ${result.parseMs.toFixed(3)} ms to read and parse (${(result.quotesMs / result.parseMs).toFixed(2)}x)`,
			target: '<= 1/3 of parse',
			ok: result.quotesMs <= result.parseMs / 3,
		});
		console.log(`    where extraction spends its time: ${result.hot.modules.map(([name, share]: [string, number]) => `${name} ${share}%`).join(', ')}`);
		console.log(`    hottest functions: ${result.hot.functions.map(([name, share]: [string, number]) => `${name} ${share}%`).join(', ')}`);
	}
	const scaling = await probe('scaling', {seed: DEFAULT_SEED}, Math.min(60000, remaining() / 5));
	if (!scaling.result) {
		record({id: 'extract-1mb', what: '1 MB article vs 3 KB article', value: failure([scaling.run]) ?? 'failed', target: '~300x (linear)', ok: false});
	} else {
		const {ratio, sizeRatio, bigMs, smallMs} = scaling.result;
		record({
			id: 'extract-1mb',
			what: '1 MB article vs 3 KB article',
			value: `${ratio.toFixed(0)}x the time for ${sizeRatio.toFixed(0)}x the bytes (${seconds(bigMs)} vs ${smallMs.toFixed(1)} ms)`,
			target: '~300x, not quadratic',
			ok: ratio <= sizeRatio * 3,
			raw: scaling.result,
		});
	}
}

/** The pack file a run left in a cache folder (one per corpus root). */
const packIn = (cacheDir: string) => {
	const dir = join(cacheDir, 'brief');
	const name = existsSync(dir) ? readdirSync(dir).find((entry) => entry.endsWith('.ndjson')) : undefined;
	return name ? join(dir, name) : null;
};

async function jsonRuns(): Promise<{cacheDir: string; coldMs: number | null; midCache: string | null}> {
	let big = {cacheDir: freshCache(), coldMs: null as number | null, midCache: null as string | null};
	for (const size of SIZES) {
		const dir = corpusDir(size);
		const times = size === 10000 ? 1 : size === 1000 ? 3 : 5;
		const cap = size === 10000 ? remaining() - 60000 : Math.min(60000, remaining() / 4);
		const caches: string[] = [];
		const runs = await repeat(times, cap, (timeoutMs) => {
			const cacheDir = freshCache();
			caches.push(cacheDir);
			return run(process.execPath, [cli, '--json', dir], {timeoutMs, env: {XDG_CACHE_HOME: cacheDir}});
		});
		const problem = failure(runs);
		const ms = median(runs.map((entry) => entry.ms));
		const rss = Math.max(...runs.map((entry) => entry.rssKb ?? 0));
		record({
			id: `json-${size}`,
			what: `\`brief --json\`, ${size.toLocaleString('en-US')} articles, first open`,
			value: problem ?? `${seconds(ms)}, peak RSS ${rss ? megabytes(rss) : 'n/a'}${runs.length > 1 ? ` (median of ${runs.length})` : ''}`,
			target: size === 10000 ? '<= 5 s, <= 1.5 GB' : undefined,
			ok: verdict(problem, () => (size === 10000 ? ms <= 5000 && rss <= 1.5 * 1024 * 1024 : null)),
			raw: runs.map((entry) => ({ms: entry.ms, rssKb: entry.rssKb, code: entry.code, timedOut: entry.timedOut})),
		});
		const keep = size === 1000 || size === 10000 ? caches[0] : null;
		if (size === 1000) big.midCache = keep;
		if (size === 10000) big = {...big, cacheDir: caches[0], coldMs: problem ? null : ms};
		for (const cache of caches) if (cache !== keep) rmSync(cache, {recursive: true, force: true});
	}
	return big;
}

/**
 * A re-open after one article changed: the briefing's memo no longer fits, so every cached record is merged
 * again (the reduce's full cost). The article is restored afterwards (and writeCorpus repairs it if a run dies).
 */
async function oneEdited(dir: string, big: {cacheDir: string; coldMs: number | null}, cap: number): Promise<void> {
	const file = join(dir, readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()[0]);
	const original = readFileSync(file);
	writeFileSync(file, Buffer.concat([original, Buffer.from('\nThe talks resume next week, officials said.\n')]));
	let edited;
	try {
		edited = await repeat(1, cap, (timeoutMs) => run(process.execPath, [cli, '--json', dir], {timeoutMs, env: {XDG_CACHE_HOME: big.cacheDir}}));
	} finally {
		writeFileSync(file, original);
	}
	const problem = failure(edited);
	record({
		id: 'json-10000-one-edited',
		what: '`brief --json`, 10,000 articles, one article edited since (records cached, the merge runs again)',
		value: problem ?? `${seconds(edited[0].ms)}, peak RSS ${megabytes(edited[0].rssKb ?? 0)}${big.coldMs ? ` (${((edited[0].ms / big.coldMs) * 100).toFixed(0)}% of the first open)` : ''}`,
		ok: null,
		raw: edited.map((entry) => ({ms: entry.ms, rssKb: entry.rssKb})),
	});
}

async function warmRuns(big: {cacheDir: string; coldMs: number | null; midCache: string | null}): Promise<void> {
	const dir = corpusDir(10000);
	const hasPack = packIn(big.cacheDir) !== null;
	// A longer budget (BENCH_BUDGET_S) gives the 10,000-article stages room to finish.
	const stageCap = Math.max(60000, budget * 0.15);
	const warm = hasPack ? await repeat(3, Math.min(stageCap, remaining() - 60000), (timeoutMs) => run(process.execPath, [cli, '--json', dir], {timeoutMs, env: {XDG_CACHE_HOME: big.cacheDir}})) : [];
	const problem = hasPack ? failure(warm) : 'n/a (the first open wrote no cache)';
	const ms = warm.length ? median(warm.map((entry) => entry.ms)) : 0;
	record({
		id: 'json-10000-warm',
		what: '`brief --json`, 10,000 articles, second open (cache warm, nothing changed: served from the briefing memo)',
		value: problem ?? `${seconds(ms)}, peak RSS ${megabytes(Math.max(...warm.map((entry) => entry.rssKb ?? 0)))}${big.coldMs ? ` (${((ms / big.coldMs) * 100).toFixed(0)}% of the first open)` : ''}`,
		target: '<= 1/4 of the first open',
		ok: verdict(problem, () => (big.coldMs ? ms <= big.coldMs / 4 : null)),
		raw: warm.map((entry) => ({ms: entry.ms, rssKb: entry.rssKb})),
	});
	const digest = await repeat(1, Math.min(stageCap, remaining() - 45000), (timeoutMs) => run(process.execPath, [cli, 'digest', dir], {timeoutMs, env: {XDG_CACHE_HOME: hasPack ? big.cacheDir : freshCache()}}));
	const digestProblem = failure(digest);
	record({
		id: 'digest-10000',
		what: `\`brief digest\`, 10,000 articles${hasPack ? ' (cache warm)' : ''}`,
		value: digestProblem ?? `${seconds(digest[0].ms)}, peak RSS ${digest[0].rssKb ? megabytes(digest[0].rssKb) : 'n/a'}`,
		target: '<= 5 s',
		ok: verdict(digestProblem, () => digest[0].ms <= 5000),
		raw: digest.map((entry) => ({ms: entry.ms, rssKb: entry.rssKb})),
	});
	if (hasPack) await oneEdited(dir, big, Math.min(stageCap, remaining() - 60000));
}

/** How the merge grows from 250 to 1,000 records (those the 1,000-article run cached), and where its time goes. */
async function mergeGrowth(cacheDir: string | null): Promise<void> {
	const pack = cacheDir ? packIn(cacheDir) : null;
	const what = 'merge (briefingFromRecords), 250 -> 1,000 records';
	if (!pack || remaining() < 20000) {
		record({id: 'merge-growth', what, value: pack ? 'not run (bench time budget spent)' : 'n/a (no cached records)', ok: null});
		return;
	}
	const {result, run: mergeRun} = await probe('merge', {pack, sizes: [250, 1000]}, Math.min(60000, remaining() - 15000));
	if (result?.exponent == null) {
		record({id: 'merge-growth', what, value: failure([mergeRun]) ?? 'failed', target: 'near-linear', ok: false});
		return;
	}
	record({
		id: 'merge-growth',
		what,
		value: `time grows as n^${result.exponent.toFixed(2)} (${result.times.map((entry: {records: number; ms: number}) => `${entry.records}: ${seconds(entry.ms)}`).join(', ')})`,
		target: 'near-linear (n^1.2 or less)',
		ok: result.exponent <= 1.2,
		raw: result,
	});
	console.log(`    where the merge spends its time: ${result.hot.functions.map(([name, share]: [string, number]) => `${name} ${share}%`).join(', ')}`);
}

function machine() {
	const cpu = cpus()[0];
	return {cpu: cpu?.model ?? 'unknown', cores: availableParallelism(), memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, platform: `${process.platform} ${process.arch}`, loadAverage: loadavg()[0]};
}

function table(): string {
	const rows = figures.map((figure) => [figure.what, figure.value, figure.floor ?? '', figure.target ?? '', figure.ok === null ? '' : figure.ok ? 'ok' : 'MISSED']);
	const head = ['measure', 'value', 'floor', 'target', ''];
	const widths = head.map((_, column) => Math.min(70, Math.max(head[column].length, ...rows.map((row) => row[column].length))));
	const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ').trimEnd();
	return [line(head), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
	const info = machine();
	// Other work on the machine slows every figure: the load average says how quiet it was.
	console.log(`brief bench: ${info.cpu}, ${info.cores} cores, ${info.memoryGb} GB, Node ${info.node}, load average ${info.loadAverage.toFixed(1)}; budget ${budget / 1000} s`);
	await build();
	for (const size of SIZES) {
		const written = writeCorpus(corpusDir(size), size);
		console.log(`corpus ${size}: ${(written.bytes / 1024 / 1024).toFixed(1)} MB${written.written ? ' (written)' : ''}`);
	}
	warmSeedsCache = freshCache();
	await run(process.execPath, [cli, '--json', seeds], {timeoutMs: 30000, env: {XDG_CACHE_HOME: warmSeedsCache}});
	console.log('start-up');
	await startup();
	console.log('extraction');
	await extraction();
	console.log('first frame');
	await firstFrames();
	console.log('--json on each corpus');
	const big = await jsonRuns();
	console.log('merge growth');
	await mergeGrowth(big.midCache);
	if (big.midCache) rmSync(big.midCache, {recursive: true, force: true});
	console.log('10,000 articles again');
	await warmRuns(big);
	console.log('dashboard keys');
	await keypresses(corpusDir(10000), big.cacheDir);
	rmSync(big.cacheDir, {recursive: true, force: true});
	rmSync(warmSeedsCache, {recursive: true, force: true});
	const elapsed = (Date.now() - startedAt) / 1000;
	const loadAfter = loadavg()[0];
	console.log(`\n${table()}\n\nbench took ${elapsed.toFixed(0)} s; load average ${info.loadAverage.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end (2 cores: above 2, other work competed)`);
	writeFileSync(join(project, 'bench/results.json'), `${JSON.stringify({date: new Date().toISOString(), machine: info, loadAverageAfter: loadAfter, elapsedSeconds: elapsed, figures}, null, 2)}\n`);
	console.log('wrote bench/results.json');
}

await main();
