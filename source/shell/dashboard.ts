/** The dashboard shell: starts the Ink app. Ink and React are imported here only, lazily. */
import type {ShellFlags} from './run.js';

export async function runDashboard(_paths: string[], _flags: ShellFlags): Promise<number> {
	process.stderr.write('brief: the dashboard is not built yet; try `brief --json` or `brief digest`\n');
	return 1;
}
