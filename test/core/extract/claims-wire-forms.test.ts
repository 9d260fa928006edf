import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractClaims} from '../../../source/core/extract/claims.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Forms of ground held, left and disputed as wire copy tells them, in invented articles: place | claim | disputed by.
function claimsOf(...paragraphs: string[]): string[] {
	const article = parseArticle('t.txt', ['Lead line that is long enough to be body text and not a headline at all.', ...paragraphs].join('\n\n'));
	return extractClaims(article).map((claim) => [claim.place, claim.claim, claim.disputedBy ?? ''].join(' | '));
}

const held: [string, string[], string[]][] = [
	// control named after "of" rather than before "control"
	['under the control of a force', ['The army said Brastovik was now under the control of government forces.'], ['Brastovik | controls | ']],
	['remained under the control of the rebels', ['Residents said the town of Quellmoor remained under the control of the rebels on Sunday.'], ['Quellmoor | controls | ']],
	// a firm's managers are no force
	['under the control of managers', ['The company said the Skavvik plant was under the control of its managers.'], []],
	// a force's hold told as the news of the day, with no verb of saying
	['forces now occupy a list of villages', ['Tolvanian forces now occupy the villages of Brastovik and Ternhollow, according to a battlefield map.'], ['Brastovik | controls | ', 'Ternhollow | controls | ']],
	// the speaker's own force pulling out of named places for a reason: the places changed hands
	['withdrawn for strategic reasons', ['The army said its troops had withdrawn from Brastovik, Quellmoor and Ternhollow for strategic reasons.'],
		['Brastovik | withdrawn from | ', 'Quellmoor | withdrawn from | ', 'Ternhollow | withdrawn from | ']],
	['it had withdrawn', ['The army said it had withdrawn from Vaskerin for tactical reasons.'], ['Vaskerin | withdrawn from | ']],
	// an envoy recalled is no ground given up
	['a ministry withdraws its envoy', ['The ministry said it had withdrawn its ambassador from Vaskerin.'], []],
	// a kind of place after a nationality word, and the next place the verb took after "followed by"
	['"the strategic Tolvanian city of X, followed by the town of Y"', ['The conflict escalated in January, when the rebels advanced and seized the strategic Tolvanian city of Brastovik, followed by the town of Quellmoor in February.'],
		['Brastovik | seized | ', 'Quellmoor | seized | ']],
	// what a war did, told as its summary, is no side's strike
	['a war that has killed thousands and destroyed most of X', ['The sides are closer than ever to ending a war that has killed tens of thousands of people, destroyed most of Brastovik and brought hunger to parts of it.'], []],
	['a force that destroyed a bridge, a war named in its clause', ['The rebels, who have fought a war that has lasted years, destroyed the bridge at Brastovik on Sunday.'], ['Brastovik | destroyed | ']],
	// a gate or a terminal named by its number is a site held
	['a numbered gate held by officers', ['The battalion says officers controlled Gate 7 throughout the night.'], ['Gate 7 | controls | ']],
];
for (const [what, paragraphs, want] of held) test(`claims (wire forms): ${what}`, () => assert.deepEqual(claimsOf(...paragraphs), want));

const disputes: [string, string[], string[]][] = [
	// the dispute told as a noun phrase after the claim
	['"- a claim denied by X"', ['The Tolvanian minister has said his troops have seized the key town of Brastovik - a claim immediately denied by Gresk.'], ['Brastovik | seized | Gresk']],
	['", a claim rejected by the army"', ['The rebels said they had captured Quellmoor, a claim rejected by the army.'], ['Quellmoor | captured | the army']],
	// the next sentence: an official named by the article and a nationality word denies "the claim"
	['"A local official denied the claim."', ['Hadrel Zandrow said on Sunday that Tolvanian forces had seized the border village of Ternhollow. A local Greskan official denied the claim.'],
		['Ternhollow | seized | A local Greskan official']],
	// a map or a rival that says the place is still under the other side's control
	['"still under X control" in the next sentence', ['The Tolvanian defence ministry said its troops had seized the village of Skavvik. Orrindale Watch, an online battlefield map, said the village was still under Greskan control.'],
		['Skavvik | seized | Orrindale Watch']],
	// a side said absent from the place, in a quote of the next paragraph
	['"The army is not in X," said in the next paragraph', ['The army said its troops had seized Vaskerin.', '"The army is not in Vaskerin, they attacked our positions but were repulsed," rebel spokesman Hadrel Zandrow said.'],
		['Vaskerin | seized | Hadrel Zandrow']],
	['"There were no soldiers at Gate 7"', ['The army said its troops controlled Gate 7.', '"There were no soldiers at Gate 7," the union spokesman said.'], ['Gate 7 | controls | the union spokesman']],
	// the claim named and called false by a participle, or by a name before "called"
	['", calling the militia\'s claim \"a fantasy\""', ['The militia\'s commander said his men took the radar station on Ternhollow Hill and still held it. The base command said on Friday it would not comment further, calling the militia\'s claim "a fantasy for the cameras".'],
		['Ternhollow Hill | taken | The base command']],
	['"X called the rebels\' account \'fiction\'"', ['The rebels said they had seized Quellmoor. Hadrel Zandrow called the rebels\' account \'fiction\'.'], ['Quellmoor | seized | Hadrel Zandrow']],
	// the place said to have stayed under the other side's guard throughout
	['"had stayed under X guard throughout"', ['The militia\'s commander said his men took the radar station on Ternhollow Hill and still held it. The base command said the radar had stayed under Tolvanian guard throughout.'],
		['Ternhollow Hill | taken | The base command']],
	// "dispute" as a noun before a comma is nobody's denial
	['"The border dispute, stemming back a century"', ['The army said its troops had seized Vaskerin. The enduring border dispute, stemming back over a century, has been inflamed by nationalists.'], ['Vaskerin | seized | ']],
	// absence from another place disputes nothing here
	['absent from another place', ['The army said its troops had seized Vaskerin.', '"The army is not in Ilvesta," rebel spokesman Hadrel Zandrow said.'], ['Vaskerin | seized | ']],
];
for (const [what, paragraphs, want] of disputes) test(`claims (wire disputes): ${what}`, () => assert.deepEqual(claimsOf(...paragraphs), want));
