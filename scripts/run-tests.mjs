// Node 20's test runner takes no globs: collect test/**/*.test.{ts,tsx} and hand them to `tsx --test`.
// Arguments narrow the run to files whose path contains one of them: `npm test -- digest`.
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = [];
const walk = (dir) => {
	for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
		const path = join(dir, entry.name);
		if (entry.isDirectory() && entry.name !== 'fixtures' && entry.name !== 'node_modules') walk(path);
		else if (/\.test\.tsx?$/.test(entry.name)) files.push(relative(root, path));
	}
};
walk(join(root, 'test'));
const filters = process.argv.slice(2);
const selected = filters.length ? files.filter((file) => filters.some((filter) => file.includes(filter))) : files;
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const result = spawnSync(tsx, ['--test', '--test-concurrency=2', ...selected], {cwd: root, stdio: 'inherit'});
process.exit(result.status ?? 1);
