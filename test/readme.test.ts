import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {withKeyTable} from '../scripts/readme-keys.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

test('the README key table is the one generated from the keymap (npx tsx scripts/readme-keys.ts)', () => {
	assert.equal(readme, withKeyTable(readme));
});

test('the README set-up is two commands: the dashboard on the seeds, and the tests', () => {
	assert.match(readme, /npm install && npm start\s+# opens the dashboard on the bundled seed articles/);
	assert.match(readme, /\nnpm test\s+# runs the tests/);
	const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
	assert.equal(pkg.scripts.start, 'node dist/cli.js');
	assert.equal(pkg.scripts.prepare, 'npm run build');
});
