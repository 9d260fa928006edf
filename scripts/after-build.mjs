// The compiled CLI is the package's bin: make it executable so `npx brief` and a global install run it.
import {chmodSync, existsSync} from 'node:fs';
const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) chmodSync(cli, 0o755);
