import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractClaims} from '../../../source/core/extract/claims.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** The claims of a short invented article, one line each: place | claim | claimant. */
function claimsOf(text: string): string[] {
	const article = parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
	return extractClaims(article).map((claim) => [claim.place, claim.claim, claim.claimant].join(' | '));
}

const cases: [string, string, string[]][] = [
	// holders beyond armies: border guards, a garrison, a commander's men
	['a border guard’s own guards', 'The Vellmarkish border guard said its guards still held Brimwater Spit.', ['Brimwater Spit | controls | The Vellmarkish border guard']],
	['a commander’s men, and a site named by its lower-case noun after the place’s name',
		'The commander of the Quorrin border guard insisted on Thursday that his men still hold Brimwater Spit and the Fennoch ferry landing, hours after the accord was signed.',
		['Brimwater Spit | controls | The commander of the Quorrin border guard', 'Fennoch ferry landing | controls | The commander of the Quorrin border guard']],
	['a statement’s "exercised full control over"', 'The ministry states that the units of the Frontier Troops have exercised full control over the Fennoch jetty without interruption since 15 June.', ['Fennoch jetty | controls | The ministry']],
	// a rival's leaving told by a side: kept for the merge, which keeps it only beside a hold
	['a side says the rival withdrew', 'The ministry said the Vellmarkish side withdrew its personnel from Brimwater Spit after the incident.', ['Brimwater Spit | left by the other side | The ministry']],
	// not ground: staff are no force, a meeting is no hold, people who fled are no side, a withdrawal to come is no claim
	['a firm’s staff', 'The company said its staff controlled the Fennoch jetty.', []],
	['families who fled', 'Families said they fled Brimwater Point.', []],
	['a withdrawal to come', 'The army said it will withdraw from Brimwater Point.', []],
];

for (const [what, text, want] of cases) test(`claims: ${what}`, () => assert.deepEqual(claimsOf(text), want));

test('claims: the speaker’s own force pulling back rebuts no one', () => {
	assert.deepEqual(claimsOf('The ministry said its troops had withdrawn from Brimwater Spit in line with the accord.'), []);
});

// a denial told without "that": the denier disputes, the force named after the verb claims
const denials: [string, string[]][] = [
	['But the government official denied the rebels had ever taken Vorn Teska and Abbel.', ['Vorn Teska | taken | the rebels', 'Abbel | taken | the rebels']],
	['The army dismissed claims they had taken Brimwater Spit.', ['Brimwater Spit | taken | ']],
	// a clause broken off before the claim is another thing denied
	['Kessa denied the charges had been dropped, and said rebels seized Brimwater Spit.', ['Brimwater Spit | seized | ']],
];
for (const [text, want] of denials) test(`claims: denied without "that": ${text}`, () => assert.deepEqual(claimsOf(text), want));

test('claims: the denier of a claim told without "that" disputes it', () => {
	const article = parseArticle('t.txt', 'Lead line that is long enough to be body text and not a headline at all.\n\nThe government official denied the rebels had ever taken Abbel.');
	assert.deepEqual(extractClaims(article).map((claim) => claim.disputedBy), ['The government official']);
});

const ownWords: [string, string[]][] = [
	// a side's own word in a quote that its force is in a named place
	['"Our forces are back in Vorn Teska," the official told reporters.', ['Vorn Teska | present in | the official']],
	['"We are still in Abbel," he said.', ['Abbel | present in | ']],
	// "we are in X" alone is a visit; "still in talks" names no place held
	['"We are in Abbel to help the families," the aid worker said.', []],
	['"We are still in talks with Abbel," he said.', []],
	// control named by a side's nationality word
	['The Vellmarkish general staff said on Friday that the village of Abbel was back under Vellmarkish control.', ['Abbel | controls | The Vellmarkish general staff']],
];
for (const [text, want] of ownWords) test(`claims: ${text}`, () => assert.deepEqual(claimsOf(text), want));

// real-news forms of ground taken: a passive with its taker, "claimed control of"; and what is no claim
const realForms: [string, string[]][] = [
	// the passive's taker after "by" is the claim's side, wherever the time phrase stands
	['Tellmarsh was captured by the rebels on Sunday.', ['Tellmarsh | captured | the rebels']],
	['The town of Tellmarsh, a former army stronghold, was seized on Sunday by the rebels, who were moving towards the capital.', ['Tellmarsh | seized | the rebels']],
	['The army said Kavrid had been retaken by government troops on Monday.', ['Kavrid | retaken | government troops']],
	// "by" without a force is no taker
	['Kavrid was taken by surprise when the storm hit.', []],
	// a claim told by its noun, control included
	['The rebels claimed control of Orlumbe on Sunday.', ['Orlumbe | controls | The rebels']],
	['The rebels claimed full control over Orlumbe.', ['Orlumbe | controls | The rebels']],
	['The company claimed control of Orlumbe Holdings.', []],
	// an attack beaten off: the defender held the place, no strike on it
	['The army said it repelled an attack on Sarnech overnight.', ['Sarnech | held | The army']],
	// junk: a kind of target neither named nor counted, a retreat towards a place
	['The rebels said they had killed ten soldiers after launching attacks on government bases.', []],
	['Government troops were pushed back towards Sarnech.', []],
];
for (const [text, want] of realForms) test(`claims: real-news form: ${text}`, () => assert.deepEqual(claimsOf(text), want));
