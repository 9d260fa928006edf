import {test} from 'node:test';
import assert from 'node:assert/strict';
import {quotesOf} from './quotes-of.js';
import {extractQuotes} from '../../../source/core/extract/quotes.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** The speakers of an invented article as [name, role]: the shape the role tests compare. */
const speakerOf = (body: string) => extractQuotes(parseArticle('story.txt', `Invented story for a test\n\n${body}`)).speakers.map((speaker) => [speaker.name, speaker.role]);

// Shapes of attribution seen on real pages and unseen stories; every sentence and name is invented.
test('quotes: a participle after a list set off by commas goes on with the clause\'s subject, not the list\'s last name', () => {
	assert.deepEqual(quotesOf('Orlane Quisby thanked Quorvale, Dastrella and the Harlune Union, saying, "We are all proud of this corridor."'), [
		['Orlane Quisby', 'direct', 'We are all proud of this corridor.'],
	]);
	// (a participle right after its own subject's apposition is no list: "The ministry issued a statement, saying …")
	assert.deepEqual(quotesOf('The Quorvale ministry issued a statement on Monday, saying the talks would resume.'), [
		['Quorvale ministry', 'reported', 'the talks would resume'],
	]);
});

test('quotes: an aside whose closing comma is missing ("Roe, sitting beside Kess added") leaves the subject speaking', () => {
	assert.deepEqual(quotesOf('Orlane Quisby, sitting beside Felmira Wennick added there were hard months ahead.'), [
		['Orlane Quisby', 'reported', 'there were hard months ahead'],
	]);
	assert.deepEqual(quotesOf('Orlane Quisby, sitting beside Felmira Wennick, added there were hard months ahead.'), [
		['Orlane Quisby', 'reported', 'there were hard months ahead'],
	]);
});

test('quotes: "According to X," keeps a clause whose first comma goes on with a list; a closing source keeps its whole clause', () => {
	assert.deepEqual(quotesOf('According to the accord, the ports of Quorvale, Dastrella and Harlune remain under the control of the Union.'), [
		['accord', 'reported', 'the ports of Quorvale, Dastrella and Harlune remain under the control of the Union'],
	]);
	assert.deepEqual(quotesOf('The crowd threw sticks, bricks or stones at the police, according to the rights office.'), [
		['rights office', 'reported', 'The crowd threw sticks, bricks or stones at the police'],
	]);
	// (the source's own apposition after "According to X," is still no part of the clause)
	assert.deepEqual(quotesOf('According to Orlane Quisby, an analyst at Harlune Bank, trade will recover next year.'), [
		['Orlane Quisby', 'reported', 'trade will recover next year'],
	]);
});

test('quotes: "what X said were Y" qualifies a noun phrase and reports no clause', () => {
	assert.deepEqual(quotesOf('The army had been striking what it said were rebel depots near Dastrella.'), []);
	assert.deepEqual(quotesOf('He was jailed after protests over what he claimed was a rigged count.'), []);
});

test('quotes: "the Office of the … High Commissioner for Human Rights" keeps its portfolio; "the office" is that body', () => {
	const quotes = quotesOf('About 90 people were killed, the Office of the Quorvale High Commissioner for Human Rights said.\n\n"The violence must stop," the office said.');
	assert.deepEqual(quotes, [
		['Office of the Quorvale High Commissioner for Human Rights', 'reported', 'About 90 people were killed'],
		['Office of the Quorvale High Commissioner for Human Rights', 'direct', 'The violence must stop'],
	]);
	// ("the Minister for Trade" stays a title and its portfolio)
	assert.deepEqual(quotesOf('The Minister for Trade said the talks would resume.'), [['Minister', 'reported', 'the talks would resume']]);
});

test('quotes: a caption\'s label ("Photo:") is no speaker; "one of them" after a quote is one of the group named before', () => {
	assert.deepEqual(quotesOf('Photo: Women queue for water beside the tents on Tuesday. "We queue here every morning," one of them told the Gazette.'), [
		['Women', 'direct', 'We queue here every morning'],
	]);
	assert.deepEqual(quotesOf('The sources said the text could still change. "Until the trucks move, nothing is agreed," one of them said.'), [
		['sources', 'reported', 'the text could still change'],
		['sources', 'direct', 'Until the trucks move, nothing is agreed'],
	]);
});

test('quotes: "said a displaced woman, Jane Roe" and "said one fitter" name who speaks after the verb', () => {
	const before = 'The Quorvale ministry said it would "never give up an inch".\n\n';
	assert.deepEqual(quotesOf(`${before}"We waited for the rain," said a displaced woman, Orlane Quisby, 67, who reached the checkpoint on Wednesday.`).slice(2), [
		['Orlane Quisby', 'direct', 'We waited for the rain'],
	]);
	assert.deepEqual(quotesOf(`${before}'It is all just numbers,' said one fitter, who asked not to be named.`).slice(2), [
		['fitter', 'direct', 'It is all just numbers'],
	]);
});

test('quotes: an outlet that carries a reported clause ("…, Kel News reported") is neither part of it nor a second speaker', () => {
	assert.deepEqual(quotesOf('Coordinator Orlane Quisby said in her latest report on Friday that the number killed in Harlune had risen from 148 to 154, the Dastrella news agency reported.'), [
		['Orlane Quisby', 'reported', 'the number killed in Harlune had risen from 148 to 154'],
	]);
});

test('quotes: two or three plain words before a title are part of it ("the national emergency management chief")', () => {
	assert.deepEqual(quotesOf('At least 40 people were killed, the national emergency management chief has said.'), [
		['national emergency management chief', 'reported', 'At least 40 people were killed'],
	]);
	assert.deepEqual(quotesOf('The deputy foreign minister said the road was cut.'), [['deputy foreign minister', 'reported', 'the road was cut']]);
});

test('quotes: a clause whose verb takes lives, not words ("has claimed 6,000 lives"), keeps its closing source', () => {
	assert.deepEqual(quotesOf('The war has claimed more than 6,000 civilian lives, according to the latest Harlune Union estimates.').map(([, kind, text]) => [kind, text]), [
		['reported', 'The war has claimed more than 6,000 civilian lives'],
	]);
});

test('quotes: ", according to … estimates" is no aside before a speaker ("estimates" there is a noun)', () => {
	assert.deepEqual(quotesOf('The war has killed more than 40,000 people, according to Harlune Union estimates, and displaced over a million.').map(([speaker]) => speaker), ['Harlune Union']);
});

test('quotes: a name set off after a body that a preposition governs is a person, not that body\'s name', () => {
	assert.deepEqual(quotesOf('The leader of the Harlune Front, the largest bloc in the Assembly of Deputies, Orlane Quisby, has called it "a surrender signed in a hotel" and vowed to fight it.'), [
		['Orlane Quisby', 'partial', 'a surrender signed in a hotel'],
	]);
});

test('quotes: "X said, CLAUSE" after the speaker\'s own act or a conjunction reports only the words after the comma', () => {
	assert.deepEqual(quotesOf('Announcing the deal in Vessany yesterday, Prime Minister Talvek Orsini said, it will lead to the release of captives.'), [
		['Talvek Orsini', 'reported', 'it will lead to the release of captives'],
	]);
	assert.deepEqual(quotesOf('The plan has not been published, but sources say, 33 of the captives will be exchanged for prisoners.'), [
		['sources', 'reported', '33 of the captives will be exchanged for prisoners'],
	]);
	// (the words before the speaker are the statement's subject when the words after begin with its verb)
	assert.deepEqual(quotesOf('Fighting in the north, Talvek Orsini said, had eased by Monday.'), [
		['Talvek Orsini', 'reported', 'Fighting in the north had eased by Monday'],
	]);
});

test('speakers: a courtesy title between an office and a name is the name\'s, not the office\'s', () => {
	assert.deepEqual(speakerOf('The truce will start on Monday, Varnish Prime Minister Sheikh Talvek bin Orsini Al Varno said.'), [['Talvek bin Orsini Al Varno', 'Varnish Prime Minister']]);
	assert.deepEqual(speakerOf('The clinics will reopen, Health Minister Dr Mervan Orsini said.'), [['Mervan Orsini', 'Health Minister']]);
});

test('speakers: a possessor left alone once a courtesy title goes is no role', () => {
	assert.deepEqual(speakerOf('"We will not sign this," Varno\'s Dr Mervan Orsini said on Monday.'), [['Mervan Orsini', null]]);
	assert.deepEqual(speakerOf('"We will not sign this," Varno\'s Health Minister Mervan Orsini said.'), [['Mervan Orsini', "Varno's Health Minister"]]);
});

test('speakers: "the 63-year-old woman" refers back to the person just named, as "the 63-year-old" does', () => {
	assert.deepEqual(quotesOf('“Please end it,” said farmer Pello Amsary at a camp. “I miss my home,” the 63-year-old woman said.'), [
		['Pello Amsary', 'direct', 'Please end it'],
		['Pello Amsary', 'direct', 'I miss my home'],
	]);
	// (a possessive after the age is someone else's: the son speaks here, not Amsary)
	assert.deepEqual(speakerOf('“Please end it,” said Pello Amsary. The 63-year-old woman\'s son said the camp was full.'), [['Pello Amsary', null]]);
});

test('speakers: Malay honours before a name ("Datuk Seri") are no part of it', () => {
	assert.deepEqual(speakerOf('Prime Minister Pello Amsary spoke in Kesselby. “This is a first step,” Datuk Seri Pello said.'), [['Pello Amsary', 'Prime Minister']]);
});

test('quotes: "According to an outlet, one survivor, A B, said …" gives the survivor the words, not the outlet', () => {
	assert.deepEqual(quotesOf('According to Kellnews, one survivor, Pello Amsary, said he was among a group of men held near the city. The men were beaten before being shot, he said.'), [
		['Pello Amsary', 'reported', 'he was among a group of men held near the city'],
		['Pello Amsary', 'reported', 'The men were beaten before being shot'],
	]);
});

test('quotes: a quote ending its sentence goes on with the paragraph\'s speaker when the next sentence\'s "said" reports a clause of its own', () => {
	assert.deepEqual(quotesOf('“He told them to stop,” Pello Amsary recalled. “Even after they killed everyone else.” Kellnews said it could not verify his account.'), [
		['Pello Amsary', 'direct', 'He told them to stop'],
		['Pello Amsary', 'direct', 'Even after they killed everyone else.'],
		['Kellnews', 'reported', 'it could not verify his account'],
	]);
	// (a bare "X said." after the quote is still its attribution)
	assert.deepEqual(quotesOf('“He told them to stop,” Pello Amsary recalled. “Even after they killed everyone else.” Dorn Vashtel said.'), [
		['Pello Amsary', 'direct', 'He told them to stop'],
		['Dorn Vashtel', 'direct', 'Even after they killed everyone else.'],
	]);
});

test('speakers: "workers interviewed by X who said": the relative pronoun is no part of who speaks', () => {
	assert.deepEqual(speakerOf('Pello Amsary was one of four witnesses and six aid workers interviewed by Kellnews who said men fleeing the city were separated from women.'), [['workers interviewed by Kellnews', 'workers interviewed by Kellnews']]);
});

test('speakers: initials in capitals between a title and a surname are the name\'s ("Vice President JD Vance")', () => {
	assert.deepEqual(speakerOf('Vice President PD Amsary , said the strikes had worked.'), [['PD Amsary', 'Vice President']]);
	assert.deepEqual(speakerOf('NATO chief Pello Amsary said the strikes had worked.'), [['Pello Amsary', 'NATO chief']]);
});

test('quotes: a dateline with its country in square brackets ("Kell Harbour [Tolvania], October 13 :") and an opening "Soon after" are no speakers', () => {
	assert.deepEqual(quotesOf('Kell Harbour [Tolvania], October 13 : Soon after handing over seven hostages, the Dorva Front issued a statement claiming that it remains committed to the deal.'), [
		['Dorva Front', 'reported', 'it remains committed to the deal'],
	]);
	assert.deepEqual(quotesOf('Shortly before dawn, the Dorva Front said it had withdrawn from the ridge.'), [['Dorva Front', 'reported', 'it had withdrawn from the ridge']]);
});

test('quotes: "the statement read" after a body "issued a statement" is that body\'s voice', () => {
	assert.deepEqual(quotesOf('The Dorva Front issued a statement shortly after the handover. The group said it would keep to the deal. "The agreement is the fruit of our steadfastness," the statement read.'), [
		['Dorva Front', 'reported', 'it would keep to the deal'],
		['Dorva Front', 'direct', 'The agreement is the fruit of our steadfastness'],
	]);
	// (a statement no sentence before says who issued stays a document's voice)
	assert.deepEqual(quotesOf('"The agreement is the fruit of our steadfastness," the statement read.'), [['statement', 'direct', 'The agreement is the fruit of our steadfastness']]);
});

test('quotes: "warns Kell will …" names the subject of what is said, not an inverted speaker', () => {
	const article = parseArticle('story.txt', 'Varno unveils plan, warns Kell will ‘finish the job’ if Dorva objects\n\nPresident Pello Amsary unveiled a twelve-point plan on Monday.');
	const {speakers, quotes} = extractQuotes(article);
	const nameOf = new Map(speakers.map((speaker) => [speaker.key, speaker.name]));
	assert.deepEqual(quotes.filter((quote) => quote.text === 'finish the job').map((quote) => nameOf.get(quote.speakerKey ?? '')), ['Varno']);
});

test('quotes: "X replied … when it announced that …": "it" is the one-word name that opens its sentence', () => {
	assert.deepEqual(quotesOf('President Pello Amsary unveiled a plan on Monday. The Dorva Front replied positively on Friday when it announced that it was ready to talk.'), [
		['Dorva Front', 'reported', 'it was ready to talk'],
	]);
	assert.deepEqual(quotesOf('President Pello Amsary unveiled a plan on Monday. Varnoka replied positively on Friday when it announced that it was ready to talk.'), [
		['Varnoka', 'reported', 'it was ready to talk'],
	]);
});

test('quotes: a video\'s caption label ("Video:") is no speaker', () => {
	assert.deepEqual(quotesOf("Video: 'We're trapped in here!' A grandmother and her two granddaughters call for help"), []);
	assert.deepEqual(quotesOf('Watch: "We will rebuild," the mayor of Dunsk says.'), [['mayor of Dunsk', 'direct', 'We will rebuild']]);
});

test('speakers: a courtesy title kept out of the role still tells the person\'s gender', () => {
	assert.deepEqual(quotesOf("Ms Mervan Orsini said the guards were young. She learned later that a colleague, the driver Mr Talvek Varno, had died. 'They told us he had been taken to a doctor,' she said."), [
		['Mervan Orsini', 'reported', 'the guards were young'],
		['Mervan Orsini', 'direct', 'They told us he had been taken to a doctor'],
	]);
});

test('speakers: a title in the plural before a list of names is no one person\'s role', () => {
	assert.deepEqual(speakerOf('Foreign Ministers Olvar Tenning, Mirabeth Quenna and President Dorn Vashtel at the ministry. Tenning described the deal as "a turning point" for the area.'), [['Olvar Tenning', null]]);
	assert.deepEqual(speakerOf('The Foreign Minister Olvar Tenning said the talks would go on.'), [['Olvar Tenning', 'Foreign Minister']]);
});

test('quotes: an -s form after a plural count is a noun ("the leaders of the two states hosted by …"), no reporting verb', () => {
	assert.deepEqual(quotesOf('Varnel pledged exclusive rights to the corridor during talks between the leaders of the two states hosted by President Dorn Vashtel on Friday.'), []);
	assert.deepEqual(quotesOf('The treaty states that the border will reopen.'), [['treaty', 'reported', 'the border will reopen']]);
});

test('quotes: a crowd speaks in what it chants; a round count opening a sentence ("Tens of thousands of …") is no speaker', () => {
	assert.deepEqual(quotesOf('"Stop the ban, stop the lies," the crowds chanted, waving flags.'), [['crowds', 'direct', 'Stop the ban, stop the lies']]);
	assert.deepEqual(quotesOf('"We want our jobs back," a man shouted.'), [['man', 'direct', 'We want our jobs back']]);
	assert.deepEqual(quotesOf('Tens of thousands of protesters took to the streets, saying the vote was rigged.'), []);
});

test('quotes: a clause reported in a sentence\'s opening "While …" clause ends where the main clause begins', () => {
	assert.deepEqual(quotesOf('While Olvar Tenning noted that the date for the exchange has been set, he declined to disclose it publicly.'), [
		['Olvar Tenning', 'reported', 'the date for the exchange has been set'],
	]);
	assert.deepEqual(quotesOf('While the army says it holds the bridge, residents say fighting goes on.').slice(0, 1), [['army', 'reported', 'it holds the bridge']]);
	assert.deepEqual(quotesOf('Although Olvar Tenning said the talks, which began in May, had stalled, he remained hopeful.'), [
		['Olvar Tenning', 'reported', 'the talks, which began in May, had stalled'],
	]);
});

test('quotes: a page\'s labels ("Details:", "Quote:") are no speakers; a labelled quote after its speaker\'s paragraph is theirs', () => {
	assert.deepEqual(quotesOf('Defence Minister Olvar Tenning said the delegations discussed an exchange.\n\nQuote: "We have agreed to exchange a thousand for a thousand."'), [
		['Olvar Tenning', 'reported', 'the delegations discussed an exchange'],
		['Olvar Tenning', 'direct', 'We have agreed to exchange a thousand for a thousand.'],
	]);
	assert.deepEqual(quotesOf('Details: The parties raised the ceasefire.\n\n"We are working on the other modalities," the minister said.').map(([speaker]) => speaker), ['minister']);
});

test('speakers: "President of X A B" is A B, president of X', () => {
	assert.deepEqual(speakerOf('President of Varnel Olvar Tenning said he would wait for the envoy on Monday.'), [['Olvar Tenning', 'President of Varnel']]);
});

test('quotes: "said alongside X" after a quote tells where, and reports no clause', () => {
	assert.deepEqual(quotesOf('"It is a very big deal," Olvar Tenning said alongside von der Varn.'), [['Olvar Tenning', 'direct', 'It is a very big deal']]);
});

test('quotes: a speaker whose verb introduces a quote keeps it; a closing "according to X" only carried the words', () => {
	assert.deepEqual(quotesOf('Tenning described the outcome as a “huge deal” and said it would “rebalance trade on both sides”, according to the Varnel Herald.').map(([speaker, kind]) => `${speaker} ${kind}`), ['Tenning partial', 'Tenning partial', 'Tenning reported']);
	assert.deepEqual(quotesOf('The army will withdraw “within days,” according to its negotiator.'), [['negotiator', 'partial', 'within days']]);
});
