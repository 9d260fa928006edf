import {test} from 'node:test';
import assert from 'node:assert/strict';
import {quotesOf} from './quotes-of.js';

// Classes of attribution seen on unseen stories and real pages; every sentence and name is invented.
test('quotes: a capitalised reporting verb opening the sentence is no speaker; the phrase after it is', () => {
	assert.deepEqual(quotesOf('Commented a senior Velsh official involved in the talks: "We took forty because fifty was not on the table."'), [
		['senior Velsh official', 'direct', 'We took forty because fifty was not on the table.'],
	]);
	assert.deepEqual(quotesOf('Added the minister: "Everyone will read the published pages."'), [
		['minister', 'direct', 'Everyone will read the published pages.'],
	]);
});

test('quotes: "said in a statement posted on its channel that" is the body that said it, not the statement', () => {
	assert.deepEqual(quotesOf("In Tessary, the Velsh Growers' Association said in a statement posted on its Telegram channel that the deal \"takes water from Dunmere orchards\"."), [
		["Velsh Growers' Association", 'partial', 'takes water from Dunmere orchards'],
		["Velsh Growers' Association", 'reported', 'the deal "takes water from Dunmere orchards"'],
	]);
});

test('quotes: "Dr Roe" is the Roe the article called Dr, not the Mrs Roe named since; "he" then is he', () => {
	const article = [
		'Dr Pellwin Palliser, 54, has worked in the besieged town for the charity Lindmoor Relief since March.',
		'His wife, Mrs Idrenne Palliser, said he had rung her from a neighbour\'s phone on Tuesday night.',
		"The government maintains that its aircraft struck a command post, a claim the clinic's director, Dr Hadira Qessoum, has called 'a second crime'.",
		"Dr Palliser told the paper in a short message on Friday that the theatre had been lost. 'We are operating in a corridor by torchlight,' he wrote.",
	].join('\n\n');
	const quotes = quotesOf(article);
	assert.deepEqual(quotes.filter(([, , text]) => /theatre|corridor/.test(String(text))), [
		['Pellwin Palliser', 'reported', 'the theatre had been lost'],
		['Pellwin Palliser', 'direct', 'We are operating in a corridor by torchlight'],
	]);
	// ("Mr Palliser" with only a Mrs Palliser named is someone else)
	assert.deepEqual(quotesOf('Mrs Idrenne Palliser said the road was shut. Mr Palliser said the bridge was open.'), [
		['Idrenne Palliser', 'reported', 'the road was shut'],
		['Palliser', 'reported', 'the bridge was open'],
	]);
});

test('quotes: "said the fighter" after "one fighter" is that fighter; "the fighter jets" are no one', () => {
	assert.deepEqual(quotesOf('The Velsh army said its troops had taken the hill. One fighter, reached by phone in Tessary, laughed at that. "Tell them to come and look," said the fighter.'), [
		['Velsh army', 'reported', 'its troops had taken the hill'],
		['fighter', 'direct', 'Tell them to come and look'],
	]);
	assert.deepEqual(quotesOf('The fighter jets struck the town on Monday, the army said.'), [
		['army', 'reported', 'The fighter jets struck the town on Monday'],
	]);
});

test('quotes: people of a vox pop ("said a pensioner, Jane Roe,") speak', () => {
	assert.deepEqual(quotesOf('Citizens in Tessary welcomed the news. "Which other army would do that?" said a pensioner, Pellwin Vessik, outside the ministry.'), [
		['Pellwin Vessik', 'direct', 'Which other army would do that?'],
	]);
	assert.deepEqual(quotesOf('"We want peace," said one retiree in Tessary.'), [['retiree', 'direct', 'We want peace']]);
});

test('quotes: a quote in what an earlier verb reports with "that" is the reporter\'s, unless its own verb names it', () => {
	assert.deepEqual(quotesOf('The Ministry of Foreign Affairs said in a statement that Fenwold thanked Dunmere for its "balanced and constructive role".'), [
		['Ministry of Foreign Affairs', 'partial', 'balanced and constructive role'],
		['Ministry of Foreign Affairs', 'reported', 'Fenwold thanked Dunmere for its "balanced and constructive role"'],
	]);
	assert.deepEqual(quotesOf('Ardwyn Dorn said the deal was fair. He stressed that the pause did not apply outside the town and that the army would respond "without hesitation" to any violation.').filter(([, kind]) => kind === 'partial'), [
		['Ardwyn Dorn', 'partial', 'without hesitation'],
	]);
	// ("had called it …" names what it quotes: the minister's words)
	assert.deepEqual(quotesOf('Ardwyn Dorn said that the minister had called the deal "a farce".').filter(([, kind]) => kind === 'partial'), [
		['minister', 'partial', 'a farce'],
	]);
});

test('quotes: "the Head of State" is the president the article named', () => {
	const article = [
		'The treaty secures our right to the river, President Ardwyn Dorn declared on Friday.',
		'Addressing the nation from the dam, the Head of State said the agreement was the fruit of "patient diplomacy" and that Fenwold had conceded "not one centimetre of its land."',
	].join('\n\n');
	assert.deepEqual(quotesOf(article).filter(([, kind]) => kind === 'partial'), [
		['Ardwyn Dorn', 'partial', 'patient diplomacy'],
		['Ardwyn Dorn', 'partial', 'not one centimetre of its land.'],
	]);
});

test('quotes: a one-word name that is the first word of one person named in full is that person', () => {
	const article = [
		'An air strike on a clinic on Sunday killed four people and wounded 17, agency chief Orvald Tenbeck Quillan said.',
		'Orvald said in a later post that 21 patients had died at the clinic in the northern Tamsk City since March 18.',
		"The clinic, which was Tamsk's largest before the war, has only one bottle of water for every 15 people, he said.",
	].join('\n\n');
	assert.deepEqual(quotesOf(article).map(([speaker]) => speaker), ['Orvald Tenbeck Quillan', 'Orvald Tenbeck Quillan', 'Orvald Tenbeck Quillan']);
	// (two people of that first name: the bare name is neither)
	assert.notDeepEqual(quotesOf('Orvald Tenbeck said the road was shut. Orvald Quillan said the bridge was open. Orvald said the port was closed.').at(-1)![0], 'Orvald Quillan');
});

test('quotes: "he" is never a place read as a name ("Tamsk City")', () => {
	const article = [
		'Ardwyn Dorn arrived on Monday.',
		'The fighting reached Tamsk City overnight.',
		'The clinic has only one bottle of water for every 15 people, he said.',
	].join('\n\n');
	assert.deepEqual(quotesOf(article), [['Ardwyn Dorn', 'reported', 'The clinic has only one bottle of water for every 15 people']]);
});

test('quotes: a title-case dateline with a wire credit in brackets is left out of the clause', () => {
	assert.deepEqual(quotesOf('Tessary, (Quaywire - Some Other News - 1st Apr, 2024) An air strike on a clinic Sunday killed four people, Orvald Quillan said.'), [
		['Orvald Quillan', 'reported', 'An air strike on a clinic Sunday killed four people'],
	]);
	assert.deepEqual(quotesOf('Tessary (Quaywire) - An air strike on a clinic Sunday killed four people, Orvald Quillan said.'), [
		['Orvald Quillan', 'reported', 'An air strike on a clinic Sunday killed four people'],
	]);
	// (a name and its party in brackets open an ordinary clause)
	assert.deepEqual(quotesOf('Senator Dorn (Green) had agreed to the plan, Orvald Quillan said.'), [
		['Orvald Quillan', 'reported', 'Senator Dorn (Green) had agreed to the plan'],
	]);
});

test('quotes: "Vice-Minister for Commerce Jane Roe" is Jane Roe; "the vice-minister" later is she', () => {
	assert.deepEqual(quotesOf('"This is a good day for the region," said Vice-Minister for Commerce Ardwyn Dorn. The vice-minister said the deal would "open every road".'), [
		['Ardwyn Dorn', 'direct', 'This is a good day for the region'],
		['Ardwyn Dorn', 'partial', 'open every road'],
		['Ardwyn Dorn', 'reported', 'the deal would "open every road"'],
	]);
});

test('quotes: "its foreign ministry" is the ministry of the country opening the sentence', () => {
	assert.deepEqual(quotesOf('Fenwold on Monday welcomed the border deal with Dunmere, its foreign ministry said in a statement.'), [
		["Fenwold's foreign ministry", 'reported', 'Fenwold on Monday welcomed the border deal with Dunmere'],
	]);
});

test('quotes: "claims"/"warned" with a noun phrase for object report nothing; with a clause they report it', () => {
	assert.deepEqual(quotesOf('Velsh claims ownership of almost the whole Tessary Sea, brushing aside rival claims.'), []);
	assert.deepEqual(quotesOf('Velsh warned Fenwold against entering its waters.'), []);
	assert.deepEqual(quotesOf('Velsh warned the Fenwolds against invading its territorial waters.'), []);
	assert.deepEqual(quotesOf('Velsh claims nearly the entire sea.'), []);
	assert.deepEqual(quotesOf('Velsh claims its troops control the town. The army warned the ceasefire was fragile. The ministry estimates 40 people died.'), [
		['Velsh', 'reported', 'its troops control the town'],
		['army', 'reported', 'the ceasefire was fragile'],
		['ministry', 'reported', '40 people died'],
	]);
});

test('quotes: "the country\'s coast guard" is the coast guard of the country just named', () => {
	assert.deepEqual(quotesOf('Officials in Iceland gave fewer details but the country\'s coast guard said that the ships were intruding.'), [
		["Iceland's coast guard", 'reported', 'the ships were intruding'],
	]);
});

test('quotes: "an official familiar with the text said" is the official, not the text', () => {
	assert.deepEqual(quotesOf('It limits traffic to 450 trucks a day, which a Velsh official familiar with the text said would be split evenly.'), [
		['Velsh official familiar with the text', 'reported', 'would be split evenly'],
	]);
});

test('quotes: a second speaker joined with ", and" keeps the quote its own verb reports', () => {
	assert.deepEqual(quotesOf("Its foreign ministry said on Thursday that Velsh units had held the landing since June, and a spokesman for its border troops, Major Ardwyn Dorn, told Velsh radio that the guards had 'abandoned' the spit.").filter(([, kind]) => kind === 'partial'), [
		['Ardwyn Dorn', 'partial', 'abandoned'],
	]);
});

test('quotes: "said that, because of …, it was" drops the complementiser set off by a comma', () => {
	assert.deepEqual(quotesOf('The committee said that, because of the rebels\' limited resources, it was not possible to continue the fight.'), [
		['committee', 'reported', "because of the rebels' limited resources, it was not possible to continue the fight"],
	]);
});

test('quotes: an entry title written as a sentence attributes its quote to the person it names', () => {
	const body = "14:10 GMT - Falkavey hails 'a deal for our growers'\n\nMorvel's President Idrenne Falkavey posted on social media: \"Tonight our growers can sell their harvest again.\"\n\n13:40 GMT - Quellmar 'studying' the text\n\nVostrany's foreign ministry said it was studying the draft.";
	assert.deepEqual(quotesOf(body).filter((item) => item[1] !== 'reported'), [
		['Idrenne Falkavey', 'direct', 'Tonight our growers can sell their harvest again.'],
		['Idrenne Falkavey', 'partial', 'a deal for our growers'],
	]);
});

test('quotes: "…, our correspondent NAME reports from PLACE" reports the clause before it; a later "She says:" is hers', () => {
	const got = quotesOf("The deal has been signed. Morvel's Interior Minister Idrenne Falkavey and Vostrany's Oskel Quellmar shook hands, our correspondent Haldric Quenlow reports from the port. He says: \"Nobody smiled at all.\"");
	assert.deepEqual(got.map((item) => [item[0], item[1]]), [['Haldric Quenlow', 'reported'], ['Haldric Quenlow', 'direct']]);
});

test('quotes: "said the ROLE for PORTFOLIO, FULL NAME." credits the named person, with the role', () => {
	assert.deepEqual(quotesOf('"We will not sign this draft," said the Minister for Commerce, Orvald Talvik.'), [['Orvald Talvik', 'direct', 'We will not sign this draft']]);
	assert.deepEqual(quotesOf('"The road is shut," said a shopkeeper in Velsh, Tarno Quessik.'), [['Tarno Quessik', 'direct', 'The road is shut']]);
	// (one word set off after a place may be a second place)
	assert.deepEqual(quotesOf('"We will not sign this draft," said a minister in Velsh, Tarno.'), [['minister', 'direct', 'We will not sign this draft']]);
});

test('quotes: a participle after ", the ministry said," is the reporter\'s aside, no part of the clause', () => {
	assert.deepEqual(quotesOf('Eight members of the family were killed in a strike on their home, the health ministry said, updating an earlier toll of six deaths.'), [
		['health ministry', 'reported', 'Eight members of the family were killed in a strike on their home'],
	]);
});

test('quotes: a count opening a sentence is no title of the people it counts; a time zone code is no body', () => {
	const got = quotesOf('Before the fighting ended, a family of eight was killed in a strike, Velshans said.\n\nThirty-two Velshans died in the violence, according to local sources.\n\nThe pause starts at 11.30pm local time (9.30pm BST), both sides said.\n\nA strike in Kelmarsh also killed five civilians, the group said.');
	assert.ok(!got.some((item) => item[0] === 'BST' || /Thirty/.test(String(item[0]))), JSON.stringify(got));
});

test('quotes: "officials in the capital" then "the airport officials": a group told apart by another word is another source', () => {
	const got = quotesOf('Officials in the capital said the truce was holding. The airport officials said flights would resume on Monday.');
	assert.deepEqual(got.map((item) => item[0]), ['Officials in the capital', 'airport officials']);
});

test('quotes: "according to the Velshan constitution," is no word of Velsh; "according to Velsh police," is the police\'s', () => {
	assert.deepEqual(quotesOf('According to the Velshan constitution, the first session must be called before February 29.'), []);
	assert.deepEqual(quotesOf('According to Velsh police, the first session must be called before February 29.').map((item) => item[0]), ['Velsh police']);
	// a body the name modifies is still the source: only a law or a standing rule is not
	assert.equal(quotesOf('According to the Velshan ministry, the first session must be called before February 29.').length, 1);
});
