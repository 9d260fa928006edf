import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

// tsx runs the tests without checking types, but `npm ci` builds with tsc: a type error would pass the tests and
// still break a fresh install, so the tests check the types too.
test('the project type-checks as `npm run build` compiles it', () => {
	const root = fileURLToPath(new URL('..', import.meta.url));
	const result = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json', '--noEmit'], {cwd: root, encoding: 'utf8'});
	assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
});
