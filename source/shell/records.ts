/** The map/reduce shells: `brief extract` writes one NDJSON record per article; `--records` merges them. */
import type {ShellFlags} from './run.js';

export async function runExtract(_paths: string[], _flags: ShellFlags): Promise<number> {
	process.stderr.write('brief: extract is not built yet\n');
	return 1;
}

export async function runRecords(_files: string[], _flags: ShellFlags): Promise<number> {
	process.stderr.write('brief: --records is not built yet\n');
	return 1;
}
