import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, unlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import type {Progress} from '../../source/core/build-briefing.js';
import {loadInWorker, watchCorpus} from '../../source/shell/dashboard.js';

const article = (headline: string) => `${headline}\n\nRescuers reached the valley town on Monday, the regional governor said.\n`;

test('dashboard shell: the briefing is built in a worker thread, with progress on the way', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'brief-dashboard-'));
	try {
		writeFileSync(join(dir, 'quake.txt'), article('Quake shakes the valley'));
		writeFileSync(join(dir, 'aid.txt'), article('Aid reaches the valley'));
		const progress: Progress[] = [];
		const briefing = await loadInWorker([dir], {cache: false})((step) => progress.push(step));
		assert.deepEqual(briefing.articles.map((entry) => entry.id).sort(), ['aid.txt', 'quake.txt']);
		assert.ok(progress.some((step) => step.stage === 'read'), 'reading is reported');
		assert.deepEqual(progress.at(-1), {stage: 'parse', done: 2, total: 2});
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
});

test('dashboard shell: a missing corpus is an error from the worker, not a hang', async () => {
	await assert.rejects(loadInWorker(['/nonexistent/brief-corpus'], {cache: false})(() => {}), /no such file or directory/);
});

test('dashboard shell: --watch calls back when an article is added, changed or removed', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'brief-watch-'));
	let changes = 0;
	const stop = watchCorpus([dir])(() => changes++);
	const changed = async () => {
		const before = changes;
		for (let tries = 0; tries < 100 && changes === before; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
		return changes > before;
	};
	try {
		writeFileSync(join(dir, 'truce.txt'), article('Truce holds'));
		assert.ok(await changed(), 'added');
		writeFileSync(join(dir, 'truce.txt'), article('Truce frays'));
		assert.ok(await changed(), 'changed');
		unlinkSync(join(dir, 'truce.txt'));
		assert.ok(await changed(), 'removed');
	} finally {
		stop();
		rmSync(dir, {recursive: true, force: true});
	}
});
