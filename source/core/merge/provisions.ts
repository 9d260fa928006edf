/** The reduce stage for the plan: the story's proposal and one provision per term across outlets. */
import type {Provision} from '../model.js';
import type {ArticleRecord} from '../record.js';

export function mergeProvisions(_records: ArticleRecord[]): {story: string | null; provisions: Provision[]} {
	return {story: null, provisions: []};
}
