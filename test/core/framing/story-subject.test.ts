import {test} from 'node:test';
import assert from 'node:assert/strict';
import {storySubject} from '../../../source/core/framing/story-subject.js';
import {storyTitle} from '../../../source/core/story-title.js';

const article = (headline: string | null, lede: string | null = null, outlet: string | null = null) => ({headline, lede, outlet});

test('the name most headlines carry is the subject', () => {
	const subject = storySubject([
		article('Quarry collapse at Wyndrel Ridge: eleven miners trapped', 'Rescuers at Wyndrel Ridge worked through the night.'),
		article('Wyndrel Ridge families wait as drills reach the second shaft'),
		article('What went wrong at Wyndrel Ridge?'),
		article('Mine owner apologises to families'),
	]);
	assert.equal(subject, 'Wyndrel Ridge');
});

test('two countries sharing the headlines pair, in the order the headlines write them', () => {
	const subject = storySubject([
		article('Osterland and Vimmeria agree grain truce', 'Osterland and Vimmeria signed the truce on Monday.'),
		article('Vimmeria hails deal as Osterland lifts blockade'),
		article('Osterland and Vimmeria trade truce: what it says'),
	]);
	assert.equal(subject, 'Osterland and Vimmeria');
});

test('a leader and a country do not pair: the subject is the name with most headlines', () => {
	const subject = storySubject([
		article('Tessin backs French plan', 'Prime minister Arvo Tessin said the French plan was a start.'),
		article('Tessin ready to talk about French plan'),
		article('Tessin open to French-backed plan, aides say'),
	]);
	assert.equal(subject, 'Tessin');
});

test('Title Case and all-capitals headlines lend no words the status of names', () => {
	const subject = storySubject([
		article('Ferry Operators Agree Compensation Package', 'Operators of the Corwen Belle agreed to pay families on Friday.'),
		article('STATEMENT ON THE CORWEN BELLE'),
		article('Corwen Belle families reject the package'),
		article('Divers reach the Corwen Belle'),
	]);
	assert.equal(subject, 'Corwen Belle');
});

test('no subject when no name recurs, and an outlet naming itself is not one', () => {
	assert.equal(storySubject([article('Talks resume in the capital'), article('Markets slip on tariff news')]), null);
	const outlets = storySubject([
		article('Farrowdale Post explains the deal', null, 'Farrowdale Post'),
		article('Farrowdale Post: live updates on the deal', null, 'Farrowdale Post'),
	]);
	assert.equal(outlets, null);
});

test('the title joins subject and proposal, once when the subject already names the proposal', () => {
	const cases: [Parameters<typeof storyTitle>[0], string | null][] = [
		[{name: 'package', subject: 'Corwen Belle'}, 'Corwen Belle — package'],
		[{name: 'compact', subject: 'Ostry Compact'}, 'Ostry Compact'],
		[{name: '12-point plan', subject: null}, '12-point plan'],
		[{name: null, subject: 'Wyndrel Ridge'}, 'Wyndrel Ridge'],
		[{name: null}, null],
	];
	for (const [story, title] of cases) assert.equal(storyTitle(story), title, JSON.stringify(story));
});

test('a country whose adjective is its own name ("Myanmar") may be the subject', () => {
	const subject = storySubject([
		article('Myanmar quake toll rises above 2,000, officials say', 'The toll from the quake in Myanmar rose on Monday.'),
		article('Death Toll Rises After Earthquake Strikes Myanmar'),
		article('Myanmar Quake Death Toll Hits 3,145'),
	]);
	assert.equal(subject, 'Myanmar');
});
