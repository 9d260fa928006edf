/**
 * The digest of the bundled seeds, byte for byte. When extraction changes on purpose, look at the
 * diff, then accept it with: UPDATE_GOLDEN=1 npx tsx --test test/digest/golden.test.ts
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {buildBriefing} from '../../source/core/build-briefing.js';
import {renderDigest} from '../../source/digest/digest.js';
import {lineDiff} from './line-diff.js';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const GOLDEN = fileURLToPath(new URL('golden/seeds.txt', import.meta.url));
const HOW = 'if the change is intended: UPDATE_GOLDEN=1 npx tsx --test test/digest/golden.test.ts';

async function seedsDigest(): Promise<string> {
	const briefing = await buildBriefing([SEEDS]);
	// The checkout's location is not part of the digest under test.
	briefing.corpus.root = 'seeds';
	return renderDigest(briefing, {width: 80});
}

test('the seeds digest matches test/digest/golden/seeds.txt', async (t) => {
	const actual = await seedsDigest();
	if (process.env.UPDATE_GOLDEN === '1') {
		writeFileSync(GOLDEN, actual);
		t.diagnostic(`wrote ${GOLDEN}`);
		return;
	}
	assert.ok(existsSync(GOLDEN), `no golden file yet; ${HOW}`);
	const expected = readFileSync(GOLDEN, 'utf8');
	if (actual !== expected) assert.fail(`the seeds digest changed (- golden, + now):\n${lineDiff(expected, actual)}\n${HOW}`);
});

test('the seeds digest is the same on a second run', async () => {
	assert.equal(await seedsDigest(), await seedsDigest());
});
