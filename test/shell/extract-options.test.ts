import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cacheDirFrom, extractOptions, extractorFingerprint} from '../../source/shell/extract-options.js';

test('the cache folder follows XDG_CACHE_HOME, else ~/.cache; a relative XDG_CACHE_HOME is ignored', () => {
	const cases: Array<[NodeJS.ProcessEnv, string]> = [
		[{XDG_CACHE_HOME: '/var/cache/me'}, '/var/cache/me/brief'],
		[{}, '/home/ana/.cache/brief'],
		[{XDG_CACHE_HOME: ''}, '/home/ana/.cache/brief'],
		[{XDG_CACHE_HOME: 'relative/cache'}, '/home/ana/.cache/brief'],
	];
	for (const [env, expected] of cases) assert.equal(cacheDirFrom(env, '/home/ana'), expected, JSON.stringify(env));
});

test('--no-cache turns the cache off; the fingerprint is stable within a run', () => {
	assert.equal(extractOptions({cache: false}, {XDG_CACHE_HOME: '/tmp/x'}).cacheDir, null);
	assert.equal(extractOptions({cache: true}, {XDG_CACHE_HOME: '/tmp/x'}).cacheDir, '/tmp/x/brief');
	assert.equal(extractOptions({}, {XDG_CACHE_HOME: '/tmp/x'}).cacheDir, '/tmp/x/brief');
	assert.equal(extractorFingerprint(), extractorFingerprint());
	assert.match(extractorFingerprint(), /^[\w-]{16}$/);
});
