import {test} from 'node:test';
import assert from 'node:assert/strict';
import {quotesOf} from './quotes-of.js';

const partials = (body: string) => quotesOf(body).filter((item) => item[1] !== 'reported');

// Scare quotes on a label inside a noun phrase are the writer's, not anyone's words.
const labels: Array<[string, string]> = [
	['a determiner, the label, then the rest of its phrase', 'Critics have questioned the "toll" the gunmen levied at their checkpoints, which traders say reached 200 dollars.'],
	['a possessive, the label, then its verb', 'Police say the gate is clear, while the Front\'s "peace camp" has grown to about 2,000 people.'],
	['a label with an "of" phrase', 'Lecturers who ought to know better have turned the campus into a "republic" of sleeping bags while police insist they hold the gates.'],
	['a label after "while" is no part of the clause before it', 'The union says its members opened the gate while the "security operation" carried on firing gas.'],
	['a label inside the speaker\'s own name', 'What did the head of the "neutral" commission say when he was asked?'],
];
for (const [name, body] of labels) {
	test(`quoted label: ${name}`, () => assert.deepEqual(partials(body), []));
}

// A quoted phrase a speech verb puts in someone's mouth stays a quote.
const spoken: Array<[string, string, [string, string, string]]> = [
	['"spoke of a"', 'Harskel Brannowick spoke of a "historic" opening for both countries.', ['Harskel Brannowick', 'partial', 'historic']],
	['"said the"', 'Harskel Brannowick said the "official help" had not yet reached the valley.', ['Harskel Brannowick', 'partial', 'official help']],
	['inside a "that" clause', 'Harskel Brannowick stressed that any plan must reflect both the "spirit and letter" of the accord.', ['Harskel Brannowick', 'partial', 'spirit and letter']],
	['a phrase with a preposition after it', 'There is now a "mechanism" for further talks, Harskel Brannowick said.', ['Harskel Brannowick', 'partial', 'mechanism']],
	['a sentence closing on its source', 'Satellite imagery shows a "mass killing" has been carried out since the town fell, the rights group has said.', ['rights group', 'partial', 'mass killing']],
];
for (const [name, body, want] of spoken) {
	test(`quoted phrase kept: ${name}`, () => {
		const got = partials(body);
		assert.ok(got.some((item) => JSON.stringify(item) === JSON.stringify(want)), JSON.stringify(got));
	});
}

test('a possessive role with a portfolio, then the name in apposition, is the named person', () => {
	const got = quotesOf('Dorvania\'s Minister for Foreign Affairs, Harskel Brannowick, rejected the charge. "Not a single gun has fired since midnight," he said.');
	assert.deepEqual(got.filter((item) => item[1] === 'direct'), [['Harskel Brannowick', 'direct', 'Not a single gun has fired since midnight']]);
});

test('an inverted "commented" with a role names the holder of that role', () => {
	const got = quotesOf('Commission President Oskarine Vorncastle and President Fennimore Quellick agreed the framework on Sunday.\n\n"It is a good deal for everybody," said Mr Quellick. Ms Vorncastle was also positive. "It is a huge deal creating certainty," commented the Commission President.');
	assert.deepEqual(got, [
		['Fennimore Quellick', 'direct', 'It is a good deal for everybody'],
		['Oskarine Vorncastle', 'direct', 'It is a huge deal creating certainty'],
	]);
});

test('quotes printed in grave accents are quotes; a grave accent inside a word is an apostrophe', () => {
	const got = quotesOf('Harskel Brannowick acknowledged there was `more work to be done` on the accord. `The first order of business is to lift Velmarch`s defensive measures,` Brannowick said.');
	assert.deepEqual(got.filter((item) => item[1] !== 'reported'), [
		['Harskel Brannowick', 'partial', 'more work to be done'],
		['Harskel Brannowick', 'direct', 'The first order of business is to lift Velmarch’s defensive measures'],
	]);
});

test('a standalone quote after a paragraph that introduces someone else by name is that person\'s', () => {
	const body = 'Its coordinator, Ms Oskarine Vorncastle, said a third of those in the camps were children.\n\n\'We have water for three days,\' she said.\n\nOne of them is Fennimore Quellick, 37, who left his village on foot as the ash began to fall.\n\n\'We heard it before we saw it. Then the lights went out.\'';
	const got = quotesOf(body).filter((item) => item[1] === 'direct');
	assert.deepEqual(got, [
		['Oskarine Vorncastle', 'direct', 'We have water for three days'],
		['Fennimore Quellick', 'direct', 'We heard it before we saw it. Then the lights went out.'],
	]);
});

test('"would not comment on" reports nothing', () => {
	const got = quotesOf('A spokeswoman for Mr Brannowick said the minister would not comment on \'a text that is still moving\'.');
	assert.ok(got.every((item) => item[0] === 'spokeswoman for Mr Brannowick'), JSON.stringify(got));
});

test('", adding that" after a speech verb\'s listener goes on with the speaker, not the listener', () => {
	const got = quotesOf('"We pulled three people out," Tarrin Vosk, a student who lives nearby, told the official news agency, Velnews, adding that he had helped pull a child from a house.');
	assert.ok(got.some((item) => item[0] === 'Tarrin Vosk' && item[1] === 'reported' && item[2] === 'he had helped pull a child from a house'), JSON.stringify(got));
	assert.ok(got.every((item) => item[0] === 'Tarrin Vosk'), JSON.stringify(got));
});

test('"with its spokesman NAME adding that" keeps the participle\'s own subject', () => {
	const got = quotesOf('The army said the town had fallen, with its spokesman Tarrin Vosk adding that the bridge was gone.');
	assert.ok(got.some((item) => item[0] === 'Tarrin Vosk' && item[2] === 'the bridge was gone'), JSON.stringify(got));
});

test('", as the United Nations …" after a reported clause is another actor\'s clause', () => {
	const got = quotesOf('Dorvania\'s army chief has announced that the army withdrew from the city, as the United Nations issued a warning over reports of "atrocities" by the group.');
	assert.deepEqual(got, [['Dorvania\'s army chief', 'reported', 'the army withdrew from the city']]);
});

const givenNames: Array<[string, string, [string, string, string]]> = [
	['"who gave only his first name, NAME"', '"Nobody fired last night," said a shopkeeper reached by phone, who gave only his first name, Tarrin.', ['Tarrin', 'direct', 'Nobody fired last night']],
	['"who gave her name as NAME"', 'A nurse, who gave her name as Oskarine Velmarch, said the clinic had no fuel.', ['Oskarine Velmarch', 'reported', 'the clinic had no fuel']],
	['"identified only as NAME"', 'A farmer, identified only as Tarrin, said the river had risen.', ['Tarrin', 'reported', 'the river had risen']],
];
for (const [name, body, want] of givenNames) {
	test(`an unnamed speaker who gives a name is that person: ${name}`, () => assert.deepEqual(quotesOf(body), [want]));
}

test('a hyphenated rank, written out or cut short, is a title and no part of the name', () => {
	for (const rank of ['Lt-Col', 'Lieutenant-Colonel', 'Maj-Gen']) {
		assert.deepEqual(quotesOf(`${rank} Tarrin Vosk said the lookout was taken.`), [['Tarrin Vosk', 'reported', 'the lookout was taken']], rank);
	}
});

test('a live blog\'s entry title opening on its time quotes the entry\'s speaker', () => {
	const body = "14:05 GMT - Dorvania: base 'finished'\n\nMajor General Tarrin Vosk, spokesman for the armed forces, told a news conference that the air base was \"finished as a military facility\".\n\n12:30 GMT - Quellick: 'no way back'\n\nForeign Minister Fennimore Quellick said on television that there was \"no way back\" for the rebels.";
	const got = quotesOf(body).filter((item) => item[1] === 'partial');
	assert.ok(got.some((item) => item[0] === 'Tarrin Vosk' && item[2] === 'finished'), JSON.stringify(got));
});

test('a live blog\'s entry title of its time and a bare quote quotes the entry\'s first speaker', () => {
	const body = "14:10 GMT - 'We will open the gates on Friday'\n\nMorvel's Minister for Transport, Idrun Falkavey, told reporters that the lorries were ready. \"We will open the four gates to the convoys on Friday morning, at the latest,\" he said.\n\n12:05 GMT - Talks resume\n\nNegotiators returned to the table after a break of two days.";
	const got = quotesOf(body).filter((item) => item[1] === 'partial');
	assert.deepEqual(got, [['Idrun Falkavey', 'partial', 'We will open the gates on Friday']]);
});

test('"Minister of PORTFOLIO NAME": the portfolio after "of" is the role, the last words the name', () => {
	assert.deepEqual(quotesOf('Minister of Social Welfare Oskarine Velmarch said every family would receive a grant.'), [['Oskarine Velmarch', 'reported', 'every family would receive a grant']]);
	assert.deepEqual(quotesOf('Minister of Social Welfare Fennimore van der Quellick said every family would receive a grant.'), [['Fennimore van der Quellick', 'reported', 'every family would receive a grant']]);
});

test('"Mrs al-NAME said": a surname with a lower-case article after a courtesy title speaks', () => {
	const got = quotesOf('Minister of Social Welfare Oskarine al-Velmarch said every family would receive a grant. "No family will be left without a roof," Mrs al-Velmarch said.');
	assert.deepEqual(got, [
		['Oskarine al-Velmarch', 'reported', 'every family would receive a grant'],
		['Oskarine al-Velmarch', 'direct', 'No family will be left without a roof'],
	]);
});

// Real-page attribution forms, on invented sentences.
const realForms: Array<[string, string, Array<[string, string, string]>]> = [
	['"warned OBJECT that" reports the clause after "that"', 'Velmarcha\'s military warned its public that Dorvania had launched missiles.', [['Velmarcha\'s military', 'reported', 'Dorvania had launched missiles']]],
	['"NAME\'s post on PLATFORM said" is the owner\'s', 'Quellick\'s announcement on Truth Social said the ceasefire would not begin until the morning.', [['Quellick', 'reported', 'the ceasefire would not begin until the morning']]],
	['"According to ROLE, NAME, …": the name is the source\'s, not the clause\'s', 'According to health ministry spokesman, Tarrin Vosk, the victims include 13 children.', [['Tarrin Vosk', 'reported', 'the victims include 13 children']]],
	['"Spokesman for the BODY Dr NAME confirmed …, according to OUTLET": the named spokesman, once', 'Spokesman for the Dorvania Ministry of Health Dr. Tarrin Vosk confirmed that 107 people were killed in the strikes, according to the Dorvania News Agency.', [['Tarrin Vosk', 'reported', '107 people were killed in the strikes']]],
];
for (const [name, body, expected] of realForms) {
	test(`real-page form: ${name}`, () => assert.deepEqual(quotesOf(body), expected));
}

test('"NAME, a ROLE for BODY, which …, said": the named person speaks, the role with its body is hers', () => {
	assert.deepEqual(quotesOf('Oskarine Velmarch, a spokeswoman for Greyline Relief, which runs the camp clinic, said the camp was full.'), [['Oskarine Velmarch', 'reported', 'the camp was full']]);
	assert.deepEqual(quotesOf('A spokeswoman for Greyline Relief, which runs the camp clinic, said the camp was full.'), [['spokeswoman for Greyline Relief', 'reported', 'the camp was full']]);
});

test('a past participle phrase after a noun tells what befell the people, who speak', () => {
	assert.deepEqual(quotesOf('Residents trapped for a week under the rubble of the Velmarch tower said the army never came.'), [['Residents', 'reported', 'the army never came']]);
	assert.deepEqual(quotesOf('A nurse freed on Sunday after 59 days in the hands of desert militants said yesterday that she had survived by counting the stars.'), [['nurse', 'reported', 'she had survived by counting the stars']]);
});

test('"said its director, NAME": the name set off after an owner\'s title speaks', () => {
	const got = quotesOf('The Vyrn Rights Institute urged both sides to wait. "Sending people home is not a return," said its director, Oskarine Velmarch.');
	assert.deepEqual(got.filter((item) => item[1] === 'direct'), [['Oskarine Velmarch', 'direct', 'Sending people home is not a return']]);
});

test('a participle before a title modifies it and opens no phrase: "the Front\'s exiled chief NAME said"', () => {
	assert.deepEqual(quotesOf('On Thursday, the Velmarch Front’s exiled chief Tarrin Vosk said all prisoners would be released.'), [['Tarrin Vosk', 'reported', 'all prisoners would be released']]);
});
