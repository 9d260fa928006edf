import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractArticle} from '../../../source/core/extract-article.js';
import {extractTranscriptQuotes, labelledSpeaker, titledLabelSpeaker, transcriptTurns} from '../../../source/core/extract/transcript.js';
import {parseArticle} from '../../../source/core/parse-article.js';

const pressConference = [
	'Harbour talks: the minister’s press conference',
	'',
	'The following is an edited transcript of the press conference in Port Kell on Thursday.',
	'',
	'MINISTER ANA RUIZ: Good afternoon. We have agreed a six-month pause on trawling in the northern banks.',
	'',
	'Q: Minister, the northern fleet says it was not consulted. Is that fair?',
	'',
	'MINISTER RUIZ: They were consulted at every stage.',
	'',
	'REPORTER (Kell Radio): Will there be compensation for the crews?',
	'',
	'DEPUTY MINISTER TOMAS WREN: Yes. A fund of 40 million crowns will pay the crews.',
	'',
	'MODERATOR: We have time for one last question.',
].join('\n');

test('each named speaker’s turn is a direct quote; questioners and the moderator are not quoted', () => {
	const record = extractArticle(parseArticle('t.txt', pressConference));
	const turns = record.quotes.filter((quote) => quote.evidence.rule === 'quote.transcript-turn');
	const speakerOf = (key: string | null) => record.speakers.find((speaker) => speaker.key === key);
	assert.deepEqual(
		turns.map((quote) => [speakerOf(quote.speakerKey)?.name, quote.text]),
		[
			['Ana Ruiz', 'Good afternoon. We have agreed a six-month pause on trawling in the northern banks.'],
			['Ana Ruiz', 'They were consulted at every stage.'],
			['Tomas Wren', 'Yes. A fund of 40 million crowns will pay the crews.'],
		],
	);
	assert.ok(turns.every((quote) => quote.kind === 'direct'));
	const ruiz = record.speakers.find((speaker) => speaker.name === 'Ana Ruiz')!;
	assert.equal(ruiz.role, 'Minister');
	assert.deepEqual(ruiz.aliases, ['Ana Ruiz', 'Ruiz']);
	const wren = record.speakers.find((speaker) => speaker.name === 'Tomas Wren')!;
	assert.equal(wren.role, 'Deputy Minister');
	// the evidence is the turn's paragraph, at its offset in the body
	const body = parseArticle('t.txt', pressConference).body;
	for (const quote of turns) assert.equal(body.slice(quote.evidence.offset!, quote.evidence.offset! + quote.evidence.text.length), quote.evidence.text);
});

test('a label’s surname finds the person the prose already names', () => {
	const text = 'Interview with the envoy\n\nSpecial envoy Lina Moreau spoke to us after the talks.\n\nINTERVIEWER: Was it worth it?\n\nMOREAU: Every hour of it.';
	const article = parseArticle('i.txt', text);
	const known = [{key: 's1', name: 'Lina Moreau', aliases: ['Lina Moreau'], role: 'Special envoy', type: 'person' as const}];
	const {speakers, quotes} = extractTranscriptQuotes(article, known);
	assert.deepEqual(speakers, []);
	assert.deepEqual(quotes.map((quote) => [quote.speakerKey, quote.text]), [['s1', 'Every hour of it.']]);
});

test('labels that are not turns of a transcript', () => {
	const cases: [string, string][] = [
		['one labelled line does not make a transcript', 'Truce holds\n\nUPDATE: The truce held overnight, officials said.\n\nResidents returned to the market.'],
		['a dateline in capitals is a place', 'Truce holds\n\nKELL: The truce held overnight, officials said.\n\nWARNING: Graphic images below.\n\nNOTE: This story has been updated.'],
		['a known capital is a place anywhere', 'Truce holds\n\nThe talks went on.\n\nNEW DELHI: Officials said the line was quiet.\n\nUPDATE: More to follow.'],
		['a label with a number is no name', 'Truce holds\n\nThe talks went on.\n\nDAY 2: The talks resumed.\n\nDAY 3: The talks ended.'],
		['notes of the transcriber', 'Truce holds\n\nThe talks went on.\n\nEDITOR’S NOTE: This story was corrected.\n\nCORRECTION: An earlier version misspelt a name.'],
	];
	for (const [what, text] of cases) {
		const {speakers, quotes} = extractTranscriptQuotes(parseArticle('n.txt', text), []);
		assert.deepEqual([speakers, quotes], [[], []], what);
	}
	assert.deepEqual(transcriptTurns(parseArticle('n.txt', cases[0][1])), []);
});

test('a label splits into its title and the name', () => {
	const cases: [string, string | null, string | null][] = [
		['MINISTER ANA RUIZ', 'Ana Ruiz', 'Minister'],
		['DEPUTY FOREIGN MINISTER TOMAS WREN', 'Tomas Wren', 'Deputy Foreign Minister'],
		['MR. HALE', 'Hale', null],
		['SECRETARY OF STATE JO MARR', 'Jo Marr', 'Secretary of State'],
		['O’NEILL', 'O’Neill', null],
	];
	for (const [label, name, role] of cases) assert.deepEqual(labelledSpeaker(label), {name, role}, label);
});

test('an interview’s one-word labels are the surnames of the people its introduction names', () => {
	const text = 'Q&A: the mayor on the flood\n\nMayor Ines Halloran of Kell spoke to the Courier on Friday.\n\nCOURIER: How many homes are lost?\n\nHALLORAN: At least 300, and the count is rising.\n\nCOURIER: Will the levee hold?\n\nHALLORAN: It has to.';
	const {speakers, quotes} = extractTranscriptQuotes(parseArticle('q.txt', text), []);
	assert.deepEqual(speakers.map((speaker) => speaker.name), ['Halloran']);
	assert.deepEqual(quotes.map((quote) => quote.text), ['At least 300, and the count is rising.', 'It has to.']);
});

test('an interviewer named in the label asks in most turns and is not quoted; a lone speaker’s rhetorical questions are', () => {
	const interview = [
		'The port is the test: envoy Odile Marsh on the truce',
		'TOMAS BRANDE: Good evening. The truce is a day old. Is it holding?',
		'ODILE MARSH: Broadly, yes. We had one incident near the docks and none since.',
		'TOMAS BRANDE: How many monitors will you have?',
		'ODILE MARSH: Eighty, from six countries. Who else would do it?',
		'TOMAS BRANDE: Odile Marsh, thank you.',
	].join('\n\n');
	const {speakers, quotes} = extractTranscriptQuotes(parseArticle('i.txt', interview), []);
	assert.deepEqual(speakers.map((speaker) => speaker.name), ['Odile Marsh']);
	assert.equal(quotes.length, 2);
	const speech = ['The mayor’s address', 'MAYOR INES HALLORAN: Who will rebuild the levee? We will.', 'MAYOR INES HALLORAN: What do we owe the families? Everything.'].join('\n\n');
	assert.equal(extractTranscriptQuotes(parseArticle('s.txt', speech), []).quotes.length, 2);
});

test('an honorific before a lone surname makes the label a speaker', () => {
	const text = 'Accord briefing\n\nThe following is a transcript.\n\nQ: Alhaji, are your members there?\n\nALHAJI OKOMU: No. I went there myself last week.\n\nQ: And the guards?\n\nPASTOR DESSA: They are our sons.';
	const {speakers, quotes} = extractTranscriptQuotes(parseArticle('t.txt', text), []);
	assert.deepEqual(speakers.map((speaker) => speaker.name), ['Okomu', 'Dessa']);
	assert.deepEqual(quotes.map((quote) => quote.text), ['No. I went there myself last week.', 'They are our sons.']);
});

test('"READ ALSO" and other page links in capitals are no speaker\'s turns', () => {
	const page = ['Crossing reopens', '', 'The crossing reopened on Monday after three months.', '', 'READ ALSO: Hauliers count the cost of the closure', '', 'SEE ALSO: Queues at the border in pictures', '', 'The first lorries crossed at dawn.'].join('\n');
	const record = extractArticle(parseArticle('t.txt', page));
	assert.deepEqual(record.quotes.map((quote) => quote.text), []);
});

test('a turn that is only a courtesy is not quoted; one that goes on after it is quoted whole', () => {
	const interview = ['Ferry chief answers', '', 'HOST: Welcome to the programme.', '', 'DIRECTOR PELGRANE VOSSK: Thank you. We counted every passenger.', '', 'HOST: That is all we have time for.', '', 'DIRECTOR PELGRANE VOSSK: Thank you.'].join('\n');
	const record = extractArticle(parseArticle('t.txt', interview));
	assert.deepEqual(record.quotes.map((quote) => quote.text), ['Thank you. We counted every passenger.']);
});

test('a chair named in the label, whose every turn runs the floor, is not quoted; the minister\'s answers are', () => {
	const briefing = [
		'Press conference on the truce',
		'',
		'PELGRANE VOSSK: Good evening. The minister will make a short statement and then take questions.',
		'',
		'MINISTER ORSA WENLOW: The truce holds from midnight, and the first convoy leaves at dawn.',
		'',
		'REPORTER: When will the observers arrive?',
		'',
		'MINISTER ORSA WENLOW: Within a week, and they will report to both sides.',
		'',
		'PELGRANE VOSSK: Last question.',
		'',
		'PELGRANE VOSSK: Thank you all.',
	].join('\n');
	const record = extractArticle(parseArticle('t.txt', briefing));
	assert.deepEqual(record.quotes.map((quote) => quote.text), ['The truce holds from midnight, and the first convoy leaves at dawn.', 'Within a week, and they will report to both sides.']);
});

const debate = [
	'Harbour Dues: Urgent Question',
	'',
	'2.15 pm',
	'',
	'Liselotte Brackenfield (Ambervale) (Opposition): To ask the Minister for Ports if she will make a statement on the closure of the harbour.',
	'',
	'The Minister for Ports (Fennimore Tarrowby): Mr Speaker, the harbour closed at noon on Tuesday after the pilots walked out. It will reopen on Friday.',
	'',
	'Liselotte Brackenfield: The pilots say they were never consulted. Will the Minister meet them this week?',
	'',
	'Mr Speaker: Order. I call the Minister.',
	'',
	'Fennimore Tarrowby: I will meet them tomorrow, Mr Speaker.',
].join('\n');

test('a debate printed in Title Case: each member’s turn is a quote, the role’s bracket names the minister, the chair is not quoted', () => {
	const record = extractArticle(parseArticle('d.txt', debate));
	const turns = record.quotes.filter((quote) => quote.evidence.rule === 'quote.transcript-turn');
	const speakerOf = (key: string | null) => record.speakers.find((speaker) => speaker.key === key);
	assert.deepEqual(
		turns.map((quote) => [speakerOf(quote.speakerKey)?.name, quote.text]),
		[
			['Liselotte Brackenfield', 'To ask the Minister for Ports if she will make a statement on the closure of the harbour.'],
			['Fennimore Tarrowby', 'Mr Speaker, the harbour closed at noon on Tuesday after the pilots walked out. It will reopen on Friday.'],
			// a member who asks in a chamber is quoted: she is no interviewer
			['Liselotte Brackenfield', 'The pilots say they were never consulted. Will the Minister meet them this week?'],
			['Fennimore Tarrowby', 'I will meet them tomorrow, Mr Speaker.'],
		],
	);
	assert.equal(speakerOf(turns[1].speakerKey)?.role, 'Minister for Ports');
	const body = parseArticle('d.txt', debate).body;
	for (const quote of turns) assert.ok(body.includes(quote.text));
});

test('a Title Case label splits into the name and its role', () => {
	assert.deepEqual(titledLabelSpeaker('The Minister for Ports', ['Fennimore Tarrowby']), {name: 'Fennimore Tarrowby', role: 'Minister for Ports'});
	assert.deepEqual(titledLabelSpeaker('Liselotte Brackenfield', ['Ambervale', 'Opposition']), {name: 'Liselotte Brackenfield', role: null});
	assert.deepEqual(titledLabelSpeaker('Dr Liselotte Brackenfield', []), {name: 'Liselotte Brackenfield', role: null});
	assert.deepEqual(titledLabelSpeaker('The Prime Minister', []), {name: null, role: 'Prime Minister'});
});

test('a live blog’s subheads and colon quotes in Title Case make no transcript', () => {
	const blog = [
		'Harbour dues: live',
		'',
		'Tarrowby: harbour to reopen \'on Friday\'',
		'',
		'The minister spoke to pilots at the quay on Tuesday.',
		'',
		'Pilots: "We were never consulted."',
		'',
		'Brackenfield: "Meet them this week."',
		'',
		'Tarrowby: "I will meet them tomorrow."',
	].join('\n');
	assert.deepEqual(transcriptTurns(parseArticle('b.txt', blog)), []);
	// two labelled sentences by two voices, neither speaking twice, are an exchange in prose, not a transcript
	const once = ['Harbour dues', '', 'Fennimore Tarrowby: The harbour reopens on Friday.', '', 'Liselotte Brackenfield: The pilots were never consulted.', '', 'About Us: The Harbour Courier is an independent paper.'].join('\n');
	assert.deepEqual(transcriptTurns(parseArticle('o.txt', once)), []);
});

test('a "Q: … / A: …" interview: the answers are the words of the person a question addresses, named in full elsewhere', () => {
	const interview = [
		'TRANSCRIPT: the mediator on the river truce',
		'MARA QUILLET (presenter): The truce is a week old. The woman who brokered it, the envoy Ombrine Halvick, joins me now.',
		'Q: Envoy Halvick, thank you for joining us. Is the truce holding?',
		'A: Broadly, yes. We had one incident near the weir and none since.',
		'Q: How many monitors will you have?',
		'A: Forty, from three countries, by the end of the month.',
		'MARA QUILLET: Ombrine Halvick, thank you.',
	].join('\n\n');
	const {speakers, quotes} = extractTranscriptQuotes(parseArticle('qa.txt', interview), []);
	assert.deepEqual(speakers.map((speaker) => speaker.name), ['Ombrine Halvick']);
	assert.deepEqual(quotes.map((quote) => quote.text), ['Broadly, yes. We had one incident near the weir and none since.', 'Forty, from three countries, by the end of the month.']);
});

test('answers whose questions address nobody by name are not guessed at', () => {
	const interview = ['Q&A on the truce', 'Q: Is the truce holding?', 'A: Broadly, yes.', 'Q: Minister, how many monitors?', 'A: Forty, from three countries.'].join('\n\n');
	assert.equal(extractTranscriptQuotes(parseArticle('qa.txt', interview), []).quotes.length, 0);
});

test('a "Q: … / A: …" interview whose introduction says who is interviewed ("spoke to", "an interview with"): the answers are that person\'s', () => {
	const interview = [
		'We will hand over the districts on time, says the envoy',
		'The Tribune spoke to Ama Tolvane, the mediator, in Quedlin on Sunday. The interview has been edited for length.',
		'Q: Will the fighters really leave the northern districts?',
		'A: They have signed. The first district will be handed over on Thursday.',
		'Q: And the palace?',
		'A: The palace is not part of this agreement.',
	].join('\n\n');
	const {speakers, quotes} = extractTranscriptQuotes(parseArticle('qa.txt', interview), []);
	assert.deepEqual(speakers.map((speaker) => speaker.name), ['Ama Tolvane']);
	assert.deepEqual(quotes.map((quote) => quote.text), ['They have signed. The first district will be handed over on Thursday.', 'The palace is not part of this agreement.']);
	// an introduction that names two people as interviewed names no one
	const two = interview.replace('The Tribune spoke to Ama Tolvane', 'The Tribune spoke to Ama Tolvane and talked to Orla Marrish');
	assert.equal(extractTranscriptQuotes(parseArticle('qa.txt', two), []).quotes.length, 0);
});
