import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {absoluteUrl, comparableUrl, hostOf, isWebAddress, urlId} from '../../../source/core/inputs/urls.js';

describe('isWebAddress', () => {
	const cases: [string, boolean][] = [
		['https://news.example/a', true],
		['HTTP://news.example', true],
		['news.example/a', false],
		['ftp://news.example/a', false],
		['-', false],
		['./https-notes.txt', false],
	];
	for (const [input, expected] of cases) it(input, () => assert.equal(isWebAddress(input), expected));
});

describe('urlId and comparableUrl', () => {
	const cases: [string, string][] = [
		['https://www.News.example/world/quake/', 'news.example/world/quake'],
		['http://news.example/world/quake#top', 'news.example/world/quake'],
		['https://news.example/story?id=7&utm_source=feed&fbclid=x', 'news.example/story?id=7'],
		['http://127.0.0.1:8080/a', '127.0.0.1:8080/a'],
	];
	for (const [url, id] of cases) {
		it(url, () => {
			assert.equal(urlId(url), id);
			assert.equal(comparableUrl(url), id);
		});
	}
});

describe('absoluteUrl and hostOf', () => {
	it('resolves a relative link against the page', () => assert.equal(absoluteUrl('/b/c', 'https://x.example/a/'), 'https://x.example/b/c'));
	it('refuses other schemes', () => assert.equal(absoluteUrl('javascript:alert(1)', 'https://x.example/'), null));
	it('has no base for a relative link on a saved page', () => assert.equal(absoluteUrl('/b', null), null));
	it('drops www from the host', () => assert.equal(hostOf('https://www.x.example/a'), 'x.example'));
});
