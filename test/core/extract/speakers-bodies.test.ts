import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chunkTokens, mentionOf, tokenize} from '../../../source/core/extract/speakers.js';
import {quotesOf} from './quotes-of.js';
import {extractQuotes} from '../../../source/core/extract/quotes.js';
import {parseArticle} from '../../../source/core/parse-article.js';

const speakersOf = (body: string) => extractQuotes(parseArticle('story.txt', `Invented story for a test\n\n${body}`)).speakers;

const namesOf = (text: string) => chunkTokens(tokenize(text)).map((chunk) => mentionOf(chunk, text)?.name ?? null).filter(Boolean);

// Bodies whose names coordinate two words after "for" or "of", people who speak as a group of members, and a report
// opening a sentence: invented sentences in the shapes real pages use.

test('speakers: "and" inside a body\'s "for" name carries the name on', () => {
	assert.deepEqual(quotesOf('The Varrowin Alliance for Justice and Renewal said on Tuesday it would not resume talks.'), [
		['Varrowin Alliance for Justice and Renewal', 'reported', 'it would not resume talks'],
	]);
	assert.deepEqual(quotesOf('The Forces for Freedom and Change (FFCK) said the deal was a step forward.')[0]?.[0], 'Forces for Freedom and Change');
});

test('speakers: "the A and B Commission" is one body, not A and a "B Commission"', () => {
	assert.equal(quotesOf('The Truth and Renewal Commission said 40 families had been heard.')[0]?.[0], 'Truth and Renewal Commission');
	assert.equal(quotesOf('The Varrowin Disaster Risk Reduction and Management Council said 12 people died.')[0]?.[0], 'Varrowin Disaster Risk Reduction and Management Council');
	// a title or a body before "and" makes two speakers, as before
	assert.notEqual(quotesOf('The Foreign Minister and Defence Ministry said the border was calm.')[0]?.[0], 'Foreign Minister and Defence Ministry');
});

test('speakers: after "of", "and" may join two bodies and is left to part them', () => {
	assert.ok(!namesOf('the Government of Varrowin and Dorvacorp said').includes('Government of Varrowin and Dorvacorp'));
});

test('speakers: "and" before a possessive, a title or an acronym still parts two speakers', () => {
	const [first] = quotesOf('The Committee for Peace and Kesselby\'s army said the road was open.');
	assert.notEqual(first?.[0], 'Committee for Peace and Kesselby');
});

test('speakers: members speak as a group, and "a <body> member" is a role', () => {
	assert.deepEqual(quotesOf('Eight women ended their hunger strike, family members said.'), [
		['family members', 'reported', 'Eight women ended their hunger strike'],
	]);
	// members of a named body still speak for the body
	assert.equal(quotesOf('Members of the Varrowin Dock Union said the deal was fair.')[0]?.[0], 'Varrowin Dock Union');
});

test('speakers: "Reports say" at a sentence\'s start is a hedge, not a speaker named Reports', () => {
	assert.deepEqual(quotesOf('Reports say some of the soldiers were wounded and had to walk for miles.'), []);
});

test('speakers: "the ministry" after a foreign office named in the article is that office (many states call the ministry an office)', () => {
	const quotes = quotesOf('Dorva’s foreign office confirmed the talks, led by Defence Minister Hadrel Zandrow, would focus on ending cross-border raids.\n\n“The talks will focus on immediate measures to end the raids,” the ministry said.');
	assert.equal(quotes.find((quote) => quote[1] === 'direct')?.[0], 'Dorva’s foreign office');
	// an office of another portfolio is no ministry
	const press = quotesOf('The president’s press office confirmed the talks would open on Monday.\n\n“The talks will focus on the raids,” the ministry said.');
	assert.notEqual(press.find((quote) => quote[1] === 'direct')?.[0], 'president’s press office');
});

test('speakers: a title-cased body joined by "Against" is one name, after an owner and plain words too; an army corps and a war blog speak as bodies', () => {
	assert.equal(quotesOf("Kell's official Center Against Disinformation said the report was untrue.")[0]?.[0], 'Center Against Disinformation');
	const corps = quotesOf('Kell\'s army corps described the report as propaganda. "All such attempts are pointless," it said.');
	assert.equal(corps.find((quote) => quote[1] === 'direct')?.[0], "Kell's army corps");
	assert.equal(quotesOf("Kell's popular war blog said the incident occurred on the southern outskirts.")[0]?.[0], "Kell's popular war blog");
});

test('speakers: "Chief of the General Staff Valery Brastovik" is a name with its title, whatever bodies the title names', () => {
	assert.deepEqual(namesOf('Chief of the General Staff Valery Brastovik said'), ['Valery Brastovik']);
	assert.deepEqual(namesOf('The Chief of the General Staff of the Dorvan Armed Forces Valery Brastovik said'), ['Valery Brastovik']);
});

test('speakers: an ordinal inside a body\'s phrase is one word of it ("Kell\'s 10th army corps", "the 3rd Brigade")', () => {
	assert.equal(quotesOf('Kell\'s 10th army corps described the report as propaganda. "All such attempts are pointless," it said.').find((quote) => quote[1] === 'direct')?.[0], "Kell's 10th army corps");
	assert.equal(quotesOf('The 3rd Brigade said the village was retaken.')[0]?.[0], '3rd Brigade');
});

test('a people or movement named in the plural after "the" speaks as a group; an honorific of descent is no given name', () => {
	const group = speakersOf('The Zentaris said the truce did not cover the coast.');
	assert.deepEqual(group.map((speaker) => [speaker.name, speaker.type]), [['Zentaris', 'organisation']]);
	const styled = speakersOf('The truce holds, Foreign Minister Sayyid Halvid bin Orvessa Tolvani said on Tuesday.');
	assert.equal(styled[0]?.name, 'Halvid bin Orvessa Tolvani');
});

test('a local councillor\'s title is no part of the name', () => {
	assert.deepEqual(speakersOf('Councillor Stoyan Quedlin, who heads the village council, said the families had waited.').map((speaker) => [speaker.name, speaker.role]), [['Stoyan Quedlin', 'Councillor']]);
});

test('a body named "X for the Y of A and B" is one speaker; a person "of" a body so named stays the person', () => {
	assert.deepEqual(speakersOf('The Quedlin-linked Group for the Support of Tolvane and Marrish, known as GSTM, said it ambushed the convoy.').map((speaker) => [speaker.name, speaker.type]), [['Quedlin-linked Group for the Support of Tolvane and Marrish', 'organisation']]);
	assert.deepEqual(speakersOf('Ama Tolvane of the Committee for the Protection of Quedlin said on Monday that the talks had failed.').map((speaker) => [speaker.name, speaker.type]), [['Ama Tolvane', 'person']]);
});

test('"Lieutenant Gov." is a title before a name, not part of it', () => {
	assert.deepEqual(speakersOf('Texas Lieutenant Gov. Dan Quedlin said about 20 people were still unaccounted for.').map((speaker) => [speaker.name, speaker.role]), [['Dan Quedlin', 'Texas Lieutenant Gov.']]);
});
