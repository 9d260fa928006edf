import assert from 'node:assert/strict';
import {test} from 'node:test';
import {fixtureBriefing} from '../fixtures/briefing.js';

// Colour codes are the only way to see the highlight in a frame; chalk reads FORCE_COLOR when Ink loads.
process.env.FORCE_COLOR = '1';
const React = (await import('react')).default;
const {render} = await import('ink-testing-library');
const {ArticleView, scrollToSentence} = await import('../../../source/ui/components/article-view.js');

const article = fixtureBriefing.articles[1];
const evidence = fixtureBriefing.quotes[2].evidence[0];

test('article view: the evidence sentence is drawn inverse, the rest of the body plain', () => {
	const {lastFrame, unmount} = render(React.createElement(ArticleView, {article, evidence, scroll: 0, width: 80, height: 20}));
	const frame = lastFrame() ?? '';
	const highlighted = [...frame.matchAll(/\u001B\[7m(.*?)\u001B\[27m/g)].map((match) => match[1].replace(/\u001B\[[0-9;]*m/g, '')).join(' ');
	assert.match(highlighted, /General Piet Varga, commander of the Kestland northern army/);
	assert.match(highlighted, /day"\./);
	assert.doesNotMatch(highlighted, /Okafor said/);
	unmount();
});

test('article view: a sentence deep in a long body is scrolled into view', () => {
	const body = Array.from({length: 80}, (_, index) => `Paragraph ${index} says little.`).join('\n');
	const long = {...article, body};
	const deep = {article: long.id, text: 'Paragraph 70 says little.', offset: body.indexOf('Paragraph 70 '), rule: 'test.deep'};
	const scroll = scrollToSentence(long, deep, 80, 20);
	assert.ok(scroll > 100, `scroll ${scroll}`);
	const {lastFrame, unmount} = render(React.createElement(ArticleView, {article: long, evidence: deep, scroll, width: 80, height: 20}));
	assert.match(lastFrame() ?? '', /Paragraph 70 says little/);
	assert.doesNotMatch(lastFrame() ?? '', /Paragraph 0 says/);
	unmount();
});

test('article view: a sentence whose offset is stale is found by its text', () => {
	const moved = {...evidence, offset: 3};
	const {lastFrame, unmount} = render(React.createElement(ArticleView, {article, evidence: moved, scroll: 0, width: 80, height: 20}));
	assert.match(lastFrame() ?? '', /\u001B\[7m[^\n]*General Piet Varga/);
	unmount();
});
