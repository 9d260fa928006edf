import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractQuotes} from '../../../source/core/extract/quotes.js';
import {parseArticle} from '../../../source/core/parse-article.js';
import {quotesOf} from './quotes-of.js';

// Who holds a title, and who a named holder is, in forms of wire and state-media copy; invented sentences.
const cases: Array<[string, string, Array<[string | null, string, string]>]> = [
	['"ROLE, NAME, has said": an auxiliary after the apposition keeps the name as the speaker', "Kestova's coordinator for the missing, Tolmen Harroway, has said that 90 people remained unaccounted for.", [
		['Tolmen Harroway', 'reported', '90 people remained unaccounted for'],
	]],
	['"ROLE, NAME, also said"', "The country's interior minister, Tolmen Harroway, also said that the camps would close in May.", [
		['Tolmen Harroway', 'reported', 'the camps would close in May'],
	]],
	['"Minister for PORTFOLIO NAME" in running text is the holder a later "the Minister" finds', 'Prime Minister Yarrowick Dalrose said the deal would hold. Minister for Defence Velliers Tremmick visited the troops on Wednesday. "We will answer any violation," the Minister said.', [
		['Yarrowick Dalrose', 'reported', 'the deal would hold'],
		['Velliers Tremmick', 'direct', 'We will answer any violation'],
	]],
	['a bare "the President" is not the holder of an office a body names ("Commission President")', 'President Yarrowick Dalrose met Commission President Velliers Tremmick in Brandmoor on Sunday. "They gave way," the President said.', [
		['Yarrowick Dalrose', 'direct', 'They gave way'],
	]],
	['"the Commission President" is the holder whose title names that body', 'Commission President Velliers Tremmick met President Yarrowick Dalrose in Brandmoor on Sunday. "We stopped a trade war," the Commission President said.', [
		['Velliers Tremmick', 'direct', 'We stopped a trade war'],
	]],
	['a day or "yesterday" between the subject and its verb ("NAME on Tuesday said")', 'Tolmen Harroway on Tuesday said the camps would close in May. The ministry yesterday said that 90 people remained unaccounted for.', [
		['Tolmen Harroway', 'reported', 'the camps would close in May'],
		['ministry', 'reported', '90 people remained unaccounted for'],
	]],
	['a retired rank before an appositive name ("General (retd) NAME")', 'The coordinator for the missing, Brigadier General (retd) Tolmen Harroway, said 90 people remained unaccounted for. "We know every name," he said.', [
		['Tolmen Harroway', 'reported', '90 people remained unaccounted for'],
		['Tolmen Harroway', 'direct', 'We know every name'],
	]],
	['"His Excellency NAME" is the name, in apposition too', 'The President of the Republic, His Excellency Velliers Tremmick, has welcomed the accord. "Our people have bled for three months," the President declared. His Excellency Yarrowick Dalrose said the text was "a victory".', [
		['Velliers Tremmick', 'direct', 'Our people have bled for three months'],
		['Yarrowick Dalrose', 'partial', 'a victory'],
		['Yarrowick Dalrose', 'reported', 'the text was "a victory"'],
	]],
	['a name inside a "who" clause before the verb is not the speaker', 'Villagers who fled to Quenbury said they were ready to go home. A woman who gave her name as Velliers Tremmick said the road was open.', [
		['Villagers', 'reported', 'they were ready to go home'],
		['Velliers Tremmick', 'reported', 'the road was open'],
	]],
	['a lab or programme is a body: "the university\'s Research Lab"', 'Satellite images show a "mass killing" since the town fell, Brandmoor University\'s Humanitarian Research Lab has said.', [
		["Brandmoor University's Humanitarian Research Lab", 'partial', 'mass killing'],
		["Brandmoor University's Humanitarian Research Lab", 'reported', 'Satellite images show a "mass killing" since the town fell'],
	]],
	['a name given with "named the" is no quote', 'The ministry says the road will be named the "Kestova Route for Peace" once it opens.', [
		['ministry', 'reported', 'the road will be named the "Kestova Route for Peace" once it opens'],
	]],
	['"His office said" is the office of the title he holds, else of his name', 'The Prime Minister, Mr Tolmen Harroway, will visit Quenbury on Saturday. His office said he would meet the families. Velliers Tremmick arrived on Monday. His office said that he would stay a week.', [
		["Prime Minister's office", 'reported', 'he would meet the families'],
		["Velliers Tremmick's office", 'reported', 'he would stay a week'],
	]],
	['"Her organisation said" is the body her role names', 'Dr Orsa Kestova, director of the Quenbury Rights Observatory, spoke on Monday. Her organisation said in a statement that it had recorded 1,900 cases.', [
		['Quenbury Rights Observatory', 'reported', 'it had recorded 1,900 cases'],
	]],
	['a noun compound is no verb: "called the energy pledge \"…\""', 'Senator Tolmen Harroway called the energy pledge "a number pulled out of the air". The rebels claim they hold the town.', [
		['Tolmen Harroway', 'partial', 'a number pulled out of the air'],
		['rebels', 'reported', 'they hold the town'],
	]],
	['"X\'s ambassador to COUNTRY said": the envoy speaks, not the country', '"There are a thousand detainees on each side," Kestova\'s ambassador to Quenbury said.', [
		["Kestova's ambassador", 'direct', 'There are a thousand detainees on each side'],
	]],
	['an outlet carrying an attributed clause (", an official said, Kel News reports.") is no second speaker', 'The two sides agreed on Friday to pull back troops, a Quenbury official said, Kestova News reports.', [
		['Quenbury official', 'reported', 'The two sides agreed on Friday to pull back troops'],
	]],
	['a quoted label before a document\'s noun is a name ("announced a \"phase one\" trade deal", "as part of a \"phase one\" deal")', 'Kestova announced on Friday a "phase one" trade deal with Quenbury. Tolmen Harroway confirmed he is canceling new tariffs as part of a "phase one" trade deal.', [
		['Tolmen Harroway', 'reported', 'he is canceling new tariffs as part of a "phase one" trade deal'],
	]],
	['a long apposition with a relative clause before the verb keeps the name as the speaker', '"I feel alive again," Aya, a displaced woman from Quenbury City who has been sheltering in Deir Kestova in the central Quenbury Strip for over a year, told Tellwire via a chat app.', [
		['Aya', 'direct', 'I feel alive again'],
	]],
	['"described it as a \"…\" deal" stays the speaker\'s words', 'Its MP Tolmen Harroway has described it as a "cash-for-containment" deal.', [
		['Tolmen Harroway', 'partial', 'cash-for-containment'],
	]],
	['what a speaker "called" a thing is her word for it, after its article too', 'The militant group has called the delay a "serious violation" of the truce.', [
		['militant group', 'partial', 'serious violation'],
	]],
];

for (const [name, body, expected] of cases) {
	test(`holders: ${name}`, () => {
		const got = quotesOf(body);
		for (const want of expected) assert.ok(got.some((item) => item[0] === want[0] && item[1] === want[1] && item[2] === want[2]), `missing ${JSON.stringify(want)} in ${JSON.stringify(got)}`);
		assert.equal(new Set(got.map((item) => JSON.stringify(item))).size, expected.length, JSON.stringify(got));
	});
}

test('holders: a title-case headline opening on a speaker\'s label and a colon attributes its quote', () => {
	const article = parseArticle('story.txt', 'Prime Minister Kestova: "Our Citizens Are Coming Home" As Quenbury Is Retaken\n\nThe first captives will return on Thursday, Prime Minister Orsa Kestova said on Wednesday.');
	const {speakers, quotes} = extractQuotes(article);
	const nameOf = new Map(speakers.map((speaker) => [speaker.key, speaker.name]));
	const headline = quotes.filter((quote) => quote.evidence.rule === 'quote.colon.headline');
	assert.deepEqual(headline.map((quote) => [quote.speakerKey ? nameOf.get(quote.speakerKey) : null, quote.text]), [['Orsa Kestova', 'Our Citizens Are Coming Home']]);
});

test('holders: a clock\'s time zone before "last night said" is no speaker', () => {
	const got = quotesOf('Tolmen Harroway, who at 23:15 GMT last night said there was "no agreement", now says the truce will hold.');
	assert.ok(got.every((item) => item[0] !== 'GMT'), JSON.stringify(got));
});
