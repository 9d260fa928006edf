import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {readJsonExport, readNdjson, type ExportResult} from '../../../source/core/inputs/json-export.js';
import {fixture} from './local-server.js';

const itemsOf = (result: ExportResult) => {
	assert.ok(!('reason' in result), `expected items, got ${JSON.stringify(result)}`);
	return result.items;
};

describe('readJsonExport', () => {
	it('reads a NewsAPI-style export: source.name, publishedAt, url; a truncated content marker removed; an item without text skipped', () => {
		const result = readJsonExport(fixture('news-export.json'));
		assert.deepEqual(
			itemsOf(result).map(({index, headline, outlet, published, url}) => ({index, headline, outlet, published, url})),
			[
				{index: 1, headline: 'Grain deal lifts prices at Tovar exchange', outlet: 'Plains Herald', published: '2033-01-10T14:02:00Z', url: 'https://plains-herald.example/markets/grain-deal?utm_source=newsapi'},
				{index: 3, headline: 'Port workers welcome deal', outlet: 'Coast Observer', published: '2033-01-11', url: 'https://coast-observer.example/port-workers'},
			],
		);
		const [grain, workers] = itemsOf(result);
		assert.match(grain.body, /said broker Ines Marr\.$/);
		assert.equal(workers.body, 'Dock workers at Nessa said on Tuesday the grain deal would secure 800 jobs.\n\n"It means a winter of work," union leader Tor Bakke said.');
		assert.deepEqual('skipped' in result && result.skipped, [{index: 2, reason: 'no article text (no content, text, body or description field)'}]);
	});

	it('is not an export when no object carries article text (an annotation file)', () => {
		assert.deepEqual(readJsonExport(fixture('annotations.json')), {
			reason: 'no article texts: not a news export (expected objects with a title and content, text, body or description)',
		});
	});

	const fieldCases: [string, unknown, Record<string, unknown>][] = [
		['a bare array, headline and outlet fields', [{headline: 'H', body: 'B.', outlet: 'O', date: '2030-01-02'}], {headline: 'H', body: 'B.', outlet: 'O', published: '2030-01-02'}],
		['source as a string', [{title: 'H', text: 'B.', source: 'Wire One'}], {outlet: 'Wire One'}],
		['publisher as an object', [{title: 'H', content: 'B.', publisher: {name: 'Pub'}}], {outlet: 'Pub'}],
		['a Guardian-style response with nested fields', {response: {results: [{webTitle: 'H', webUrl: 'https://g.example/a', webPublicationDate: '2030-03-04T05:06:07Z', fields: {bodyText: 'B.'}}]}}, {headline: 'H', url: 'https://g.example/a', published: '2030-03-04T05:06:07Z', body: 'B.'}],
		['results under data', {data: [{title: 'H', description: 'Only a description.'}]}, {body: 'Only a description.'}],
		['one article object', {title: 'H', body: 'B.', url: 'https://one.example/x'}, {url: 'https://one.example/x'}],
		['the longest of the text fields', [{title: 'H', description: 'Short.', content: 'A much longer body text.'}], {body: 'A much longer body text.'}],
		['a url field that is not an address', [{title: 'H', body: 'B.', url: 'urn:uuid:1234'}], {url: null}],
	];
	for (const [name, data, expected] of fieldCases) {
		it(name, () => {
			const [item] = itemsOf(readJsonExport(JSON.stringify(data)));
			for (const [key, value] of Object.entries(expected)) assert.deepEqual(item[key as keyof typeof item], value, key);
		});
	}

	const reasonCases: [string, string, RegExp][] = [
		['broken JSON', '{"articles": [', /^not valid JSON/],
		['an array of numbers', '[1, 2, 3]', /^no article texts/],
		['a manifest-like object', '{"a.txt": {"outlet": "X"}}', /^no article texts/],
		['brief\'s own --json output', JSON.stringify({version: 1, corpus: {root: '/x', skipped: []}, articles: [{id: 'a.txt', headline: 'H', body: 'Text.'}], speakers: []}), /^a briefing written by brief --json/],
	];
	for (const [name, text, reason] of reasonCases) {
		it(`${name} is a reason`, () => {
			const result = readJsonExport(text);
			assert.ok('reason' in result);
			assert.match(result.reason, reason);
		});
	}

	it('reads several JSON lines in a .json file as NDJSON', () => {
		assert.equal(itemsOf(readJsonExport('{"title":"A","body":"One."}\n{"title":"B","body":"Two."}\n')).length, 2);
	});
});

describe('readNdjson', () => {
	it('reads one object per line; a broken line is skipped with its line number', () => {
		const result = readNdjson(fixture('wire-export.ndjson'));
		assert.deepEqual(
			itemsOf(result).map(({index, headline, outlet, url}) => ({index, headline, outlet, url})),
			[
				{index: 1, headline: 'Ceasefire holds in border valley', outlet: 'Valley Times', url: 'https://valley-times.example/ceasefire-holds'},
				{index: 3, headline: 'Talks set for Friday', outlet: 'Border Post', url: null},
			],
		);
		assert.deepEqual('skipped' in result && result.skipped, [{index: 2, reason: 'not valid JSON'}]);
	});
});
