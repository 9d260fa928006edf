/** The digest shell: renders the briefing as text or markdown, to stdout or a file. Never imports Ink. */
import type {Briefing} from '../core/model.js';
import type {ShellFlags} from './run.js';

export async function runDigest(briefing: Briefing, _flags: ShellFlags, write: (text: string) => void): Promise<number> {
	write(`${briefing.articles.length} articles loaded; the digest renderer is not built yet.\n`);
	return 0;
}
