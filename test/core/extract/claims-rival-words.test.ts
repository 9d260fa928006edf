import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractClaims} from '../../../source/core/extract/claims.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** The claims of a short invented article, one line each: place | claim | claimant | disputed by. */
function claimsOf(text: string): string[] {
	const article = parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
	return extractClaims(article).map((claim) => [claim.place, claim.claim, claim.claimant, claim.disputedBy].join(' | '));
}

// a rival's answer in other words than a denial: it never left, still holds, repelled the attackers, calls the reports lies
const answers: [string, string, string[]][] = [
	['a rival answering in a quote, its speaker after it',
		'The rebels said they had captured Brellow on Sunday. "Our troops never left Brellow," the army spokesman said.',
		['Brellow | captured | The rebels | The army spokesman']],
	['… in a quote paragraph of its own',
		'The rebels said they had captured the town of Brellow on Sunday.\n\n"Our troops never left the town," the army spokesman said.',
		['Brellow | captured | The rebels | The army spokesman']],
	['"we still hold" in a quote',
		'The police said they had cleared the Pelbrook Terminal on Tuesday. "We still hold the north shed," the union said.',
		['Pelbrook Terminal | cleared | The police | The union']],
	['a leader’s "his men never left"',
		'Police said they took Cerro Brallo on 14 November. Tomas Grevik, the gang’s leader, says his men never left the hill.',
		['Cerro Brallo | taken | Police | Tomas Grevik']],
	['"reports of the fall of X were lies"',
		'The rebels said they had captured Brellow. The defence ministry said reports of the fall of Brellow were lies.',
		['Brellow | captured | The rebels | The defence ministry']],
	['… of another place’s fall answer nothing here',
		'The rebels said they had captured Brellow. The defence ministry said reports of the fall of Caldrey were lies.',
		['Brellow | captured | The rebels | ']],
	['the attackers "repelled from" the place',
		'The rebels said they had captured Brellow. The army said the enemy was repelled from Brellow.',
		['Brellow | captured | The rebels | The army']],
	['the attackers "driven out of" the place',
		'The rebels said they had captured Brellow. The army said the rebels had been driven out of Brellow.',
		['Brellow | captured | The rebels | The army']],
	['"firmly in our hands", told in a quote',
		'The rebels said they had captured Harnaby Ridge. "The ridge is firmly in our hands," an army spokesman said.',
		['Harnaby Ridge | captured | The rebels | An army spokesman', 'Harnaby Ridge | controls | the army | The rebels']],
	['a claim "disputed by" a side, told as a noun phrase',
		'The police said they took Cerro Brallo on 14 November. That claim was disputed by Serpa, whose leader said the hill was theirs.',
		['Cerro Brallo | taken | The police | Serpa']],
	['"says the opposite"',
		'The commander still maintains that his officers held Gate 9 of the Harnaby stadium. Every survivor I have spoken to says the opposite: that the gate was chained.',
		['Gate 9 | controls | The commander | Every survivor']],
	['"tell a different story"', 'The army said it had taken Brellow. The rebels tell a different story.', ['Brellow | taken | The army | The rebels']],
];
for (const [what, text, want] of answers) test(`claims: ${what}`, () => assert.deepEqual(claimsOf(text), want));

// not a rebuttal: the claimant's own side in a quote, a quote with no speaker named
const notAnswers: [string, string, string[]][] = [
	['the claimant’s own quote', 'The army said it had captured Brellow. "Our troops took Brellow at dawn," the army spokesman said.', ['Brellow | captured | The army | ', 'Brellow | taken | the army | ']],
	['a quote whose speaker is only "he"', 'The rebels said they had captured Brellow.\n\n"Our troops never left Brellow," he said.', ['Brellow | captured | The rebels | ']],
];
for (const [what, text, want] of notAnswers) test(`claims: ${what}`, () => assert.deepEqual(claimsOf(text), want));

test('claims: an attack on a place beaten back is its hold, not a strike on it', () => {
	assert.deepEqual(claimsOf('The army said the rebel attack on Brellow had been beaten back.'), ['Brellow | held | The army | ']);
});

test('claims: "We hold X today" is a hold, its name ended by a word of when', () => {
	assert.deepEqual(claimsOf('"We hold Cerro Brallo today, and we will hold it tomorrow," the commissioner said.').map((line) => line.split(' | ').slice(0, 2).join(' | ')), ['Cerro Brallo | holds']);
});

// speakers set off by one or two commas, a non-state force that "never left", people who fled telling it otherwise
const longSpeakers: [string, string, string[]][] = [
	['a speaker with a long apposition',
		'The army says its troops retook Brellow on Feb. 9. Abel Torrin, a commander in the group led by Ibran Soka, told Pelican by phone that the gunmen still held both villages.',
		['Brellow | retaken | The army | Abel Torrin']],
	['a speaker with two appositions, the gunmen still there',
		'The army says it retook Caldrey on February 9.\n\nMallam Abel Torrin, the head of Caldrey, who has lived in a classroom in Yanford since January, said gunmen were still in the village last week.',
		['Caldrey | retaken | The army | Mallam Abel Torrin']],
	['"the gunmen had never left"', 'The army says its troops retook Brellow on Feb. 9. Abel Torrin said the gunmen had never left.', ['Brellow | retaken | The army | Abel Torrin']],
	['people who fled "tell a different story", a comma between',
		'The army says it retook Brellow on February 9. But people who fled the villages to Yanford, about 40 km away, tell a different story.',
		['Brellow | retaken | The army | people']],
];
for (const [what, text, want] of longSpeakers) test(`claims: ${what}`, () => assert.deepEqual(claimsOf(text), want));
