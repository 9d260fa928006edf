import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Briefing} from '../../source/core/model.js';
import {explainBriefing} from '../../source/shell/explain.js';

const briefing: Briefing = {
	version: 1,
	story: {name: 'truce', from: null, to: null},
	corpus: {root: '/c', skipped: []},
	articles: [],
	speakers: [{id: 's1', name: 'Amara Osei', aliases: ['Osei'], role: 'mediator'}],
	quotes: [{speaker: 's1', text: 'The guns are silent', kind: 'direct', articles: ['a.txt'], evidence: [{article: 'a.txt', text: '"The guns are silent," Osei said.', offset: 12, rule: 'quote.said-after'}]}],
	provisions: [],
	figures: [{value: 12, qualifier: 'at least', kind: 'killed', text: 'killed at least 12', place: 'Harbour Town', source: null, articles: ['b.txt'], evidence: [{article: 'b.txt', text: 'Shelling killed at least 12 \u001B[31mpeople.', rule: 'figure.verb-count'}]}],
	claims: [],
	outlets: [],
	discrepancies: [],
};

test('explains every item with its rule, article, offset and sentence, control sequences removed', () => {
	assert.equal(
		explainBriefing(briefing),
		[
			'quote (direct) Amara Osei: "The guns are silent"',
			'    quote.said-after in a.txt@12: "The guns are silent," Osei said.',
			'figure killed at least 12 in Harbour Town',
			'    figure.verb-count in b.txt: Shelling killed at least 12 people.',
			'',
		].join('\n'),
	);
});
