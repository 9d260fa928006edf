import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractProvisions} from '../../../source/core/extract/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Term shapes of real news prose (issue #6): each case is an invented story in the shape a real page used.
const article = (text: string) => parseArticle('a.txt', text, {outlet: 'Harbour Gazette'});
const summaries = (text: string) => extractProvisions(article(text)).provisions.map((provision) => provision.summary);

test('a deal that stipulates what each party must do states the terms of both halves', () => {
	assert.deepEqual(
		summaries(
			'A ceasefire took effect at dawn.\n\nAccording to the official, the agreement stipulates that the Velmorian factions must ensure a return to calm and "keep the peace" during marches, while Tavrenia must stop hostilities and "ensure a ceasefire".',
		),
		['The Velmorian factions must ensure a return to calm', 'The Velmorian factions must keep the peace during marches', 'Tavrenia must stop hostilities', 'Tavrenia must ensure a ceasefire'],
	);
	assert.deepEqual(summaries('The truce was signed on Monday.\n\nThe accord says the rebels must hand in their rifles within 30 days.'), ['The rebels must hand in their rifles within 30 days']);
	// a party's demand stays no term
	assert.deepEqual(summaries('The truce was signed on Monday.\n\nOskalund said the rebels must hand in their rifles within 30 days.'), []);
});

test('"a formula under which A would …, while B would …" states both halves', () => {
	assert.deepEqual(
		summaries('After days of talks, the two parties finally agreed on a power-sharing formula under which Merrow Vantis would be nominated for prime minister while Ilse Brakwater would contest the presidency.'),
		['Merrow Vantis would be nominated for prime minister', 'Ilse Brakwater would contest the presidency'],
	);
});

test('a question heading that asks what a party gets heads a list of terms', () => {
	const text = 'Coalition deal reached in Oskalund\n\nThe two parties agreed a coalition deal on Tuesday.\n\nWhat will the Lurrian Party get?\n\n  • The presidency\n  • Senate chairman\n  • Deputy speaker of the assembly\n\nThe deal was signed late at night.';
	assert.deepEqual(summaries(text), ['The presidency', 'Senate chairman', 'Deputy speaker of the assembly']);
	// a question of another kind heads no terms
	assert.deepEqual(summaries(text.replace('What will the Lurrian Party get?', 'Who are the Lurrians?')), []);
});

test('an adverb or the parties between a deal and its verb, and a programme of several steps kept whole', () => {
	assert.deepEqual(
		summaries('The 12-point agreement between the government and the Quorvan rebels signed at the end of the talks notably included a programme of "disarmament, demobilisation and reintegration for rebel fighters, taking into account the situation on the ground".'),
		['A programme of disarmament, demobilisation and reintegration for rebel fighters, taking into account the situation on the ground'],
	);
});

test('a deal that provides a kind of measures "that include" A, B and C lists them', () => {
	assert.deepEqual(
		summaries('The agreement, signed by the heads of both delegations, also provides "transitional measures that include the restoration of constitutional order in the north, a framework for political talks and a justice policy to ensure accountability, truth and healing."'),
		['The restoration of constitutional order in the north', 'A framework for political talks', 'A justice policy to ensure accountability, truth and healing'],
	);
});

test('after a writer\'s aside cut from a term, a clause with its own subject and modal is the next term', () => {
	assert.deepEqual(
		summaries('The final agreement says Quorvan forces will be disarmed of "light weapons" within 30 days, but heavy weapons are the priority, and senior commanders on both sides are to meet within five days.'),
		['Quorvan forces will be disarmed of light weapons within 30 days', 'Senior commanders on both sides are to meet within five days'],
	);
});

test('a body a deal story says is to be set up is a term, its acronym in brackets left out', () => {
	assert.deepEqual(
		summaries('The corridor deal was signed on Friday.\n\nA Joint Monitoring Centre (JMC) is to be established in Oskalund under the aegis of the Union and will include representatives of both sides.'),
		['A Joint Monitoring Centre is to be established in Oskalund under the aegis of the Union and will include representatives of both sides'],
	);
	assert.deepEqual(summaries('The peace deal was signed on Friday.\n\nAn interim regional administration will be established after talks between the parties.'), ['An interim regional administration will be established']);
	// a bare "the centre" or a story with no binding deal sets up nothing
	assert.deepEqual(summaries('Flood waters rose on Friday.\n\nA relief centre will be set up in the town hall.'), []);
});

test('what a deal is about or for, between it and its verb; "provides that" states a clause of its text', () => {
	assert.deepEqual(summaries('The corridor deal was signed on Friday.\n\nThe agreement to end the blockade provides for a joint control centre in Oskalund, which is to be run by the Union.'), ['A joint control centre in Oskalund']);
	assert.deepEqual(
		summaries('The corridor deal was signed on Friday.\n\nThe envisaged agreement on grain deliveries provides that the coordinates of the corridor will also be set in the control centre.'),
		['The coordinates of the corridor will also be set in the control centre'],
	);
});

test('how long a deal is valid is a term', () => {
	assert.deepEqual(summaries('The corridor deal was signed on Friday.\n\nThe agreement is valid for four months and can be extended.'), ['The agreement is valid for four months and can be extended']);
	assert.deepEqual(summaries('The corridor deal was signed on Friday.\n\nTheir passports are valid for ten years.'), []);
});

test('a second party that agreed to its own step after the first one gives a term of its own', () => {
	assert.deepEqual(
		summaries('The tariff truce was agreed on Monday.\n\nTrade chief Ilse Brakwater said Tavrenia agreed to drop its 145% tariffs on Velmorian goods to 30%, and Velmoria agreed to lower its rate on Tavrenian goods by the same amount to 10%.'),
		['Drop its 145% tariffs on Velmorian goods to 30%', 'Lower its rate on Tavrenian goods by the same amount to 10%'],
	);
	assert.deepEqual(summaries('The tariff truce was agreed on Monday.\n\nBrakwater said both nations would maintain a 10% reciprocal tariff rate during the truce.'), ['Both nations would maintain a 10% reciprocal tariff rate during the truce']);
});

test('who monitors the deal, told in the passive of the deal itself, is its oversight', () => {
	assert.deepEqual(
		summaries('The ceasefire was signed on Saturday.\n\nThe ceasefire would be monitored by an observer team from the regional bloc, Oskalund said.'),
		['The ceasefire would be monitored by an observer team from the regional bloc'],
	);
});

test('a "should" inside what a deal calls for is the deal\'s wording, not a demand', () => {
	assert.deepEqual(
		summaries('The talks resumed on Monday.\n\nThe documents signed in talks with the Lurrian Alliance call for the Red Cross to propose an updated list of prisoners who should be freed by mid-May.'),
		['The Red Cross to propose an updated list of prisoners who should be freed by mid-May'],
	);
});

test('a deal signed "ratifying a commitment to" or "pledging to" a step states that step', () => {
	assert.deepEqual(
		summaries('OSKALUND — Government negotiators on Friday signed agreements ratifying their commitment to release and drop charges against hundreds of people held since the protests, and promising freedom to demonstrate.'),
		['Release and drop charges against hundreds of people held since the protests', 'Freedom to demonstrate'],
	);
});
