import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractProvisions} from '../../../source/core/extract/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Invented articles: terms stated in the sentences after one that cites the deal, with no citation of their own.
const followOns = (text: string) =>
	extractProvisions(parseArticle('a.txt', text, {outlet: 'Varkoni Post'}))
		.provisions.filter((provision) => provision.evidence.rule === 'provision.follow-on')
		.map((provision) => provision.summary);

test('a corridor deal: bans, a joint centre and a distance stated after "According to the agreement"', () => {
	const text = [
		'Miravesk and Tolvaine signed a corridor deal in Cazzaret on Friday.',
		'',
		"According to the agreement, the ports of Miravesk remain under Miravesk's full control. It is forbidden for any other vessels to be in these ports except for those that carry grain.",
		'',
		'The deal does not lift the sanctions on Tolvaine. There can be no escort of Miravesk vessels by Tolvaine ships.',
		'',
		'A joint centre is to be established in Cazzaret and will include representatives of both sides. The centre will monitor implementation.',
		'',
		'No warships or drones can come closer to the corridor than the distance set by the centre.',
	].join('\n');
	const terms = followOns(text);
	assert.ok(terms.some((term) => /^It is forbidden for any other vessels/.test(term)), terms.join(' | '));
	assert.ok(terms.includes('There can be no escort of Miravesk vessels by Tolvaine ships'), terms.join(' | '));
	assert.ok(terms.some((term) => /^A joint centre is to be established in Cazzaret/.test(term)), terms.join(' | '));
	assert.ok(terms.some((term) => /^No warships or drones can come closer/.test(term)), terms.join(' | '));
	// the sentence on sanctions states what the deal is not: no obligation, no term
	assert.ok(!terms.some((term) => /sanctions/.test(term)));
});

test('a ceasefire: commitments run on after "The agreement provides for"; a quote ends the run', () => {
	const text = [
		'Orvanthe and the Qelmira rebels signed a ceasefire on Sunday.',
		'',
		'The agreement provides for a halt to all attacks on the capital. In return, the rebels must renounce the armed struggle. They undertake to cease all recruitment of new fighters.',
		'',
		'"We will hold them to every line of it," said Dumbrecht, the rebel commander. The army will crush any breach, he warned.',
	].join('\n');
	assert.deepEqual(followOns(text), ['The rebels must renounce the armed struggle', 'They undertake to cease all recruitment of new fighters']);
});

test('a trade deal: a stated duration and a quota follow; forecasts, reactions and signing news do not', () => {
	const text = [
		'Strennia and Baldovar reached a trade deal on Tuesday.',
		'',
		'Under the deal, Strennia will cut tariffs on Baldovar steel to 10 percent. Quotas on Baldovar cars will be capped at 50,000 a year. The agreement is said to be initially valid for four years.',
		'',
		'The agreement is to be signed next week. Analysts said exports would rise sharply.',
	].join('\n');
	// the quota is the existing rule's (a term continued in its paragraph); the duration is a follow-on, hedged
	assert.deepEqual(followOns(text), ['The agreement is said to be initially valid for four years']);
	const all = extractProvisions(parseArticle('a.txt', text, {outlet: 'Varkoni Post'})).provisions;
	assert.deepEqual(
		all.map((provision) => provision.summary),
		['Strennia will cut tariffs on Baldovar steel to 10 percent', 'Quotas on Baldovar cars will be capped at 50,000 a year', 'The agreement is said to be initially valid for four years'],
	);
	assert.ok(all.at(-1)?.evidence.hedge);
});

test('no window without a deal citation, and commentary or news inside one states no term', () => {
	// the same obligations with no citation before them are no follow-on terms
	assert.deepEqual(followOns('Fighting went on near Cazzaret on Monday. Ships will be inspected at sea. The centre will monitor the port.'), []);
	const text = [
		'Under the deal, Strennia will cut tariffs on Baldovar steel.',
		'This is to ensure that mills stay open. The deal will help both economies. If talks fail, tariffs would return.',
		'',
		'Three workers were killed at a Baldovar mill on Monday. The mill will be closed for a week.',
	].join('\n');
	assert.deepEqual(followOns(text), []);
});

test('a lead-in ending in a colon opens a window over the sections under it', () => {
	const text = [
		'Miravesk and Tolvaine will sign a corridor deal on Friday.',
		'',
		'Some of the measures negotiated by both sides:',
		'',
		'Inspections',
		'',
		'Ships will be inspected in Cazzaret to make sure they carry grain rather than weapons. It also provides for safe passage of the ships.',
		'',
		'Timetable',
		'',
		'According to experts, it will take four weeks to set up the centre.',
	].join('\n');
	assert.deepEqual(followOns(text), ['Ships will be inspected in Cazzaret to make sure they carry grain rather than weapons', 'Safe passage of the ships']);
});

test("a plan's hypothetical \"would\", a modal in a relative clause and a columnist's gloss state no follow-on term", () => {
	const text = [
		'Under the plan, Strennia will cut tariffs on Baldovar steel.',
		'Baldovar mills would get a quota of 40,000 tonnes. The mills that can export will be as exposed as ever.',
	].join('\n');
	assert.deepEqual(followOns(text), []);
});

test('a follow-on sentence is one term, however many clauses; a share of the term before is a detail of it', () => {
	const text = [
		'According to the pact, Orvanthe and Qelmira will pull their troops back two kilometres. The pact does not cover the airspace.',
		'Soldiers captured in the fighting are to be returned within ten days, a hotline will link the two headquarters, and commanders will meet every month.',
		'',
		'The pact does not name the border. Part of the strip will be patrolled jointly.',
	].join('\n');
	assert.deepEqual(followOns(text), ['Soldiers captured in the fighting are to be returned within ten days, a hotline will link the two headquarters, and commanders will meet every month']);
});
