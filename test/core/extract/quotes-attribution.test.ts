import {test} from 'node:test';
import assert from 'node:assert/strict';
import {quotesOf} from './quotes-of.js';

// Attribution classes seen on real wire copy, each on invented sentences.
const cases: Array<[string, string, Array<[string | null, string, string]>]> = [
	['a thousands comma is no apposition before "according to"', 'The war has killed at least 14,000 people and displaced more than two million others, according to Orvalle estimates.', [
		['Orvalle', 'reported', 'The war has killed at least 14,000 people and displaced more than two million others'],
	]],
	['", but NAME, ROLE, said" ends the first speaker\'s clause', 'The army said it had taken Dunsk, but Quessa Marrowind, a council spokeswoman, said the town was still contested.', [
		['army', 'reported', 'it had taken Dunsk'],
		['Quessa Marrowind', 'reported', 'the town was still contested'],
	]],
	['"the Minister for PORTFOLIO NAME said" is the named holder', 'The Minister for Trade Tovrik Ulvasek said the border would reopen on Monday.', [
		['Tovrik Ulvasek', 'reported', 'the border would reopen on Monday'],
	]],
	['a two-word portfolio before the name', 'The Skelmiran Minister for Foreign Affairs Tovrik Ulvasek said the border would reopen on Monday.', [
		['Tovrik Ulvasek', 'reported', 'the border would reopen on Monday'],
	]],
	['a title word that is a surname', 'Yaverin Sultan, a farmer near Dunsk, said the river had risen. "We are waiting for the boats," Sultan said.', [
		['Yaverin Sultan', 'reported', 'the river had risen'],
		['Yaverin Sultan', 'direct', 'We are waiting for the boats'],
	]],
	['a compound title is no surname', 'Crown Prince Tovrik said the border would reopen.', [['Tovrik', 'reported', 'the border would reopen']]],
	['a closing "it said" is the body that opens its own sentence', 'The Pellandor Front attacked Dunsk on Sunday. The Skelmira Defence Forces "repelled the attack", it said in a statement.', [
		['Skelmira Defence Forces', 'partial', 'repelled the attack'],
		['Skelmira Defence Forces', 'reported', 'The Skelmira Defence Forces "repelled the attack"'],
	]],
	['a closing "it said" with no body of its own stays with the one before', 'The Pellandor Front attacked Dunsk on Sunday. Fighting went on near the bridge on Monday, it said in a statement.', [
		['Pellandor Front', 'reported', 'Fighting went on near the bridge on Monday'],
	]],
	['a lede\'s role-only speaker is named by the full name opening the next paragraph', 'A nurse from Corlassa working in the besieged district has said the pause in fighting is the first good news in months.\n\nYaverin Fenwaith, 41, who grew up in Dunsk, said the clinic had run out of fuel.', [
		['Yaverin Fenwaith', 'reported', 'the pause in fighting is the first good news in months'],
		['Yaverin Fenwaith', 'reported', 'the clinic had run out of fuel'],
	]],
	['a name with a role of its own is someone else', 'A nurse from Corlassa has said the pause in fighting is the first good news in months.\n\nYaverin Fenwaith, the district governor, said the clinic had run out of fuel.', [
		['nurse from Corlassa', 'reported', 'the pause in fighting is the first good news in months'],
		['Yaverin Fenwaith', 'reported', 'the clinic had run out of fuel'],
	]],
	['an unnamed official is not unmasked by the next name', 'A senior official said the talks had failed.\n\nYaverin Fenwaith, 41, said the clinic had run out of fuel.', [
		['senior official', 'reported', 'the talks had failed'],
		['Yaverin Fenwaith', 'reported', 'the clinic had run out of fuel'],
	]],
	['"the group said" is the civil body named before it', 'Pellandor Rights Watch said 20 people were killed. "The camp is full," the group said.', [
		['Pellandor Rights Watch', 'reported', '20 people were killed'],
		['Pellandor Rights Watch', 'direct', 'The camp is full'],
	]],
	['"the charity said" after "the medical charity NAME"', 'The twelve work for the medical charity Pellandor Relief Alliance. "The convoy was stopped near Dunsk," the charity said.', [
		['Pellandor Relief Alliance', 'direct', 'The convoy was stopped near Dunsk'],
	]],
	['"the group" never stands for a ministry', 'The Skelmiran Interior Ministry said 20 people were killed. "The camp is full," the group said.', [
		['Skelmiran Interior Ministry', 'reported', '20 people were killed'],
		['group', 'direct', 'The camp is full'],
	]],
	['"told TITLE NAME" then a bare plural subject: the listener is no part of the clause', 'Tovrik Ulvasek told President Yaverin assault units had taken the village.', [
		['Tovrik Ulvasek', 'reported', 'assault units had taken the village'],
	]],
	['two bodies joined by "and" speak as one', 'The Skelmiran government and the Pellandor Front said the talks had failed.', [
		['Skelmiran government and Pellandor Front', 'reported', 'the talks had failed'],
	]],
	['"According to OUTLET, NAME said that …" is the named speaker\'s, not the outlet\'s', 'According to Pellandor24.com, Tovrik Ulvasek stated that both sides have agreed to a ceasefire starting at midnight.', [
		['Tovrik Ulvasek', 'reported', 'both sides have agreed to a ceasefire starting at midnight'],
	]],
	['"One said" is one of the group named just before', 'Officials in Dunsk privately concede that a sum changed hands. One said that the money did not come from Skelmira.', [
		['Officials in Dunsk', 'reported', 'a sum changed hands'],
		['Officials in Dunsk', 'reported', 'the money did not come from Skelmira'],
	]],
	['"One, who asked not to be named, said" with a partial quote', 'Residents reached by telephone gave conflicting accounts. One, who asked not to be named, said soldiers patrolled by day and "the others come at night".', [
		['Residents', 'partial', 'the others come at night'],
		['Residents', 'reported', 'soldiers patrolled by day and "the others come at night"'],
	]],
	['"One said" with no group before it is no one', 'The Skelmiran ministry said the talks had failed. One said nothing.', [
		['Skelmiran ministry', 'reported', 'the talks had failed'],
	]],
	['a plural body\'s bare possessive apostrophe is no part of its name', 'The clash left dozens of fighters dead, according to a statement from the Skelmira Armed Forces\' 6th Division.', [
		['Skelmira Armed Forces', 'reported', 'The clash left dozens of fighters dead'],
	]],
	['"the group" after a person of a named relief group is left open', 'The deal was brokered by the Yaverin Pellandor Community on Wednesday. "The fields are not mined," said Tovrik Ulvasek of the relief group Dunsk Relief. The group says some 45,000 people are displaced.', [
		['Tovrik Ulvasek', 'direct', 'The fields are not mined'],
		['group', 'reported', 'some 45,000 people are displaced'],
	]],
];

for (const [name, body, expected] of cases) {
	test(`attribution: ${name}`, () => {
		const got = quotesOf(body);
		for (const want of expected) assert.ok(got.some((item) => item[0] === want[0] && item[1] === want[1] && item[2] === want[2]), `missing ${JSON.stringify(want)} in ${JSON.stringify(got)}`);
		// (the same words found by two rules are one quote once merged)
		assert.equal(new Set(got.map((item) => JSON.stringify(item))).size, expected.length, JSON.stringify(got));
	});
}

test('quotes: "…, according to Dorva’s information minister, Hadrel Zandrow." reports the clause as the minister\'s, the name set off after the title', () => {
	assert.deepEqual(quotesOf('The army will start implementing the terms, but may have limited capabilities, according to Dorva’s information minister, Hadrel Zandrow.').map((quote) => quote.slice(0, 3)), [
		['Hadrel Zandrow', 'reported', 'The army will start implementing the terms, but may have limited capabilities'],
	]);
	// a source's second clause after "who said" is still its own
	assert.equal(quotesOf('The army will start implementing the terms, according to a diplomat, who said Kell had resisted it.').length, 2);
});

test('quotes: a sentence opened by "But" or "And" still has its subject speak the participle ("But the Kell Front has pushed back, saying …")', () => {
	assert.deepEqual(quotesOf('But the Kell Front has pushed back, saying it would be a serious misstep to discuss disarmament.').map((quote) => quote.slice(0, 3)), [
		['Kell Front', 'reported', 'it would be a serious misstep to discuss disarmament'],
	]);
	assert.equal(quotesOf('And Kellmoor has refused, saying it would be a serious misstep.')[0]?.[0], 'Kellmoor');
});

test('quotes: a closing curly mark set where the opening one belongs ("”We have a deal,” she said") opens the quote', () => {
	assert.deepEqual(quotesOf('”We have a deal,” Yssara Vostrane told reporters after the talks.').map((quote) => quote.slice(0, 3)), [['Yssara Vostrane', 'direct', 'We have a deal']]);
});

test('quotes: a quote alone after a speaker\'s quote goes on with that speaker when the next sentence\'s subject quotes words of its own', () => {
	const quotes = quotesOf('“We have a deal,” Yssara Vostrane told reporters after the talks. “It brings stability and predictability.” Hadrel Zandrow called the outcome “the biggest of all the deals.”');
	assert.deepEqual(quotes.find((quote) => quote[2].startsWith('It brings'))?.[0], 'Yssara Vostrane');
	assert.deepEqual(quotes.find((quote) => quote[2].startsWith('the biggest'))?.[0], 'Hadrel Zandrow');
});

test('quotes: "…, she said" after a reported clause that names someone looks back from the clause, so the person the clause names is not the speaker', () => {
	const quotes = quotesOf('Foreign Ministry spokeswoman Yssara Vostrane said Kell sent reserves to stage President Hadrel Zandrow\'s visit.\n\nThe goal was to show the leaders that Kell can still resist ahead of Zandrow\'s meeting in Brussels, she said, commenting on the photo.');
	assert.equal(quotes.find((quote) => quote[2].startsWith('The goal'))?.[0], 'Yssara Vostrane');
});

test('quotes: "told the president that …" reports the clause, a person named by a title being a listener', () => {
	assert.deepEqual(quotesOf('Hadrel Zandrow told the president that troops had taken the city.').map((quote) => quote.slice(0, 3)), [['Hadrel Zandrow', 'reported', 'troops had taken the city']]);
});

test('quotes: "…, rejecting Kellish claims." makes no speaker of the claimant ("claims" is the object of a verb of denial)', () => {
	const quotes = quotesOf('Dorva insisted on Thursday that the city of Harrow remains under its control, rejecting Kellish claims.');
	assert.deepEqual(quotes.map((quote) => quote[0]), ['Dorva']);
});

test('quotes: "Desperate for help, residents pleaded: “…”" is the residents\' (an adjective opening the sentence is no one)', () => {
	assert.equal(quotesOf('Desperate for help, residents pleaded: "We need vehicles and doctors to evacuate the injured."')[0]?.[0], 'residents');
});

test('quotes: "According to X, a magnitude 6.0 quake struck at 19:17 on Sunday, just before …" reports the whole clause (a clause with a verb is no apposition of X)', () => {
	assert.deepEqual(quotesOf('According to the Kell Geological Survey (KGS), a magnitude 6.0 quake struck at 1917 GMT on Sunday, just before midnight local time, near the border.').map((quote) => quote[2]), [
		'a magnitude 6.0 quake struck at 1917 GMT on Sunday, just before midnight local time, near the border',
	]);
	assert.deepEqual(quotesOf('According to Hadrel Zandrow, an analyst at Kell Bank, trade will recover by the end of the year.').map((quote) => quote[2]), ['trade will recover by the end of the year']);
});

test('quotes: "CLAUSE, the head of the disaster authority, Jane Roe, told AFP." leaves the role set off before the name out of the clause', () => {
	assert.deepEqual(quotesOf('Emergency operations continued throughout the night in the valley, the head of the Kell Disaster Authority, Hadrel Zandrow, told AFP.').map((quote) => quote.slice(0, 3)), [
		['Hadrel Zandrow', 'reported', 'Emergency operations continued throughout the night in the valley'],
	]);
	// before a speaker named by a title the words set off belong to the clause
	assert.equal(quotesOf('Talks resumed with the rebels, the former ministers, the envoy said.')[0]?.[2], 'Talks resumed with the rebels, the former ministers');
});

test('quotes: a name inside a participle\'s aside on the subject ("Roe, seated opposite Kell, who wore a uniform, told …") is not who speaks', () => {
	assert.equal(quotesOf('Hadrel Zandrow, seated among top officers opposite Valery Brastovik, who was also in uniform, told the president that forces had taken 70 percent of the town.')[0]?.[0], 'Hadrel Zandrow');
	assert.equal(quotesOf('Hadrel Zandrow met Valery Brastovik, who said forces had taken the town.')[0]?.[0], 'Valery Brastovik');
});

test('quotes: a quote in a clause after "after NAME …" is that clause subject\'s; a participle after a passive is its agent\'s', () => {
	assert.deepEqual(quotesOf('Ryosei Quedlin’s comments came after Tolvane President Ama Marrish, in an interview with a broadcaster on Tuesday, compared the investment to “a signing bonus that a player would get,” adding, “that’s our money.”').map((quote) => quote[0]), ['Ama Marrish', 'Ama Marrish']);
	assert.equal(quotesOf('Another trade deal with Tolvane was announced by President Ama Marrish on Tuesday, calling it the “biggest deal in history” between the two.')[0]?.[0], 'Ama Marrish');
});

test('quotes: "CLAUSE, its sheriff, NAME, said" leaves the possessed role set off before the name out of the clause; a sheriff is a title', () => {
	assert.deepEqual(quotesOf('Of the fatalities so far, 68 have occurred in the county, its sheriff, Larry Quedlin, said on Sunday.').map((quote) => quote.slice(0, 3)), [
		['Larry Quedlin', 'reported', 'Of the fatalities so far, 68 have occurred in the county'],
	]);
	assert.equal(quotesOf('One other person who died is still not known, Marrish County Sheriff Larry Quedlin said.')[0]?.[0], 'Larry Quedlin');
});

test('quotes: "said very little about X" or "nothing on X" tells how much was said, not what; "said much of the town …" is a clause', () => {
	assert.deepEqual(quotesOf('Up until now, officials had said very little about the blockade carried out by the group.'), []);
	assert.deepEqual(quotesOf('The minister said nothing about the talks on Monday.'), []);
	assert.equal(quotesOf('The minister said much of the town had been destroyed.')[0]?.[2], 'much of the town had been destroyed');
});

test('quotes: "X was quoted by Kell television as saying …" is X\'s, not the channel\'s', () => {
	assert.ok(quotesOf("Their spokesman, Ama Tolvane, was quoted by Quedlin television as saying the army had been 'pushed back to the edge of the district'.").every((quote) => quote[0] === 'Ama Tolvane'));
});
