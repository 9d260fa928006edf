import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {type Comparable, findDuplicates} from '../../../source/core/inputs/duplicates.js';

const STORY =
	'Rescue teams in the valley town of Sarn pulled four people alive from a collapsed school on Tuesday, the regional governor said. ' +
	'The governor said 23 people were still missing after the landslide, which followed three days of heavy rain. ' +
	'"We will keep digging through the night," fire chief Anouk Brel told reporters at the scene. ' +
	'The army sent two helicopters and 150 soldiers to help clear the road into the town.';
const OTHER =
	'Two ports signed a five-year grain deal on Tuesday covering two million tonnes of wheat a year. ' +
	'Traders said prices at the exchange rose four percent after the announcement, the biggest gain in a month.';

const article = (id: string, text: string, meta: Comparable['meta'] = {}, source?: string): Comparable => ({id, text, meta, source});

describe('findDuplicates', () => {
	const cases: [string, Comparable[], string[]][] = [
		['different stories are kept', [article('a', STORY), article('b', OTHER)], []],
		['the same text twice', [article('a', STORY), article('b', STORY)], ['b -> a']],
		['near-identical text: a word changed, a line of chrome added', [article('a', STORY), article('b', `Share this article\n\n${STORY.replace('four people', '4 people')}`)], ['b -> a']],
		['front matter does not hide a copy', [article('a', STORY), article('b', `---\nheadline: Landslide\n---\n${STORY}`)], ['b -> a']],
		['the same url, tracking and www aside', [article('a', STORY, {url: 'https://www.news.example/slide?utm_source=x'}), article('b', OTHER, {}, 'https://news.example/slide/')], ['b -> a']],
		['one wire story carried by two outlets is two articles', [article('a', STORY, {outlet: 'Valley Post'}), article('b', STORY, {outlet: 'Hill Herald'})], []],
		['…and the same outlet named two ways is one', [article('a', STORY, {outlet: 'The Valley Post'}), article('b', `---\noutlet: Valley Post\n---\n${STORY}`)], ['b -> a']],
		['a third copy points at the first', [article('a', STORY), article('b', OTHER), article('c', STORY)], ['c -> a']],
		['curly and straight apostrophes, capitals and accents read alike', [article('a', STORY.replace('governor said', 'governor’s office said')), article('b', STORY.replace('governor said', "GOVERNOR'S office said"))], ['b -> a']],
		['a copy in another script is found too', [article('a', STORY.replace(/Sarn/g, 'Сарн')), article('b', STORY.replace(/Sarn/g, 'Сарн').replace('Tuesday', 'Tuesday morning'))], ['b -> a']],
		['half the story is not a copy', [article('a', STORY), article('b', STORY.slice(0, STORY.length / 2))], []],
	];
	for (const [name, articles, expected] of cases) {
		it(name, () => {
			assert.deepEqual(
				findDuplicates(articles).map((duplicate) => `${articles[duplicate.index].id} -> ${duplicate.of}`),
				expected,
			);
		});
	}
});
