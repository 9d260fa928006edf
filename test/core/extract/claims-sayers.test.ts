import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractClaims} from '../../../source/core/extract/claims.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** The claims of a short invented article, one line each: place | claim | claimant | disputed by. */
function claimsOf(text: string): string[] {
	const article = parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
	return extractClaims(article).map((claim) => [claim.place, claim.claim, claim.claimant, claim.disputedBy].join(' | '));
}

// the side that says it, named by a plural "say" or by "a"/"an" before its spokesman
const sayers: [string, string[]][] = [
	['Rebels say they took Brellow on Monday.', ['Brellow | taken | Rebels | ']],
	['An army spokesman said the village of Brellow was under army control.', ['Brellow | controls | the army | ']],
];
for (const [text, want] of sayers) test(`claims: the claimant of "${text}"`, () => assert.deepEqual(claimsOf(text), want));

// "maintains", "insists" name the claimant as "says" does; a force clears people from a place
const moreSayers: [string, string[]][] = [
	['The army maintains that Brellow and Caldrey are in its hands.', ['Brellow | controls | The army | ', 'Caldrey | controls | The army | ']],
	['Major Tom Grevik said troops had completely cleared the criminal elements from Brellow on 9 February.', ['Brellow | cleared | Major Tom Grevik | ']],
	['At least 31 people were injured when police cleared dockers from the Pelbrook Terminal on Tuesday, the union said.', ['Pelbrook Terminal | cleared | the union | ']],
	['Volunteers cleared rubble from Brellow on Tuesday.', []],
];
for (const [text, want] of moreSayers) test(`claims: the claimant of "${text}"`, () => assert.deepEqual(claimsOf(text), want));

// a spokesman named before his body's possessive; a pronoun's hold by its holders' possessor; a second hold after "and had"
const bodies: [string, string[]][] = [
	['Brigadier General Tom Grevik, the army’s spokesman, said troops had retaken Brellow on Friday and had held the road into Caldrey, the mining town at the centre of the highlands economy, since Sunday.',
		['Brellow | retaken | the army | ', 'Caldrey | controls the road into Caldrey | the army | ']],
	['He said the front’s units also held the Caldrey mine and the town around it.', ['Caldrey | controls | the front | ']],
];
for (const [text, want] of bodies) test(`claims: the claimant of "${text}"`, () => assert.deepEqual(claimsOf(text), want));

// a claim is the side's whose spokesman says it, not the spokesman's; a pronoun's claim is its sayer's named just before
const spokesmen: [string, string[]][] = [
	['"Brellow is under the full control of the armed forces," said army spokesman Colonel Tom Grevik.', ['Brellow | controls | the army | ']],
	['A spokesman for the Vaskemoran army said troops were \'holding Brellow and holding Caldrey\'.', ['Brellow | controls | the Vaskemoran army | ', 'Caldrey | controls | the Vaskemoran army | ']],
	['NLM spokesman Abel Torrin disputed that account, telling EQN by telephone that the movement\'s fighters still held Brellow.', ['Brellow | controls | NLM | ']],
	['Army spokesman Col Tom Grevik said the fighting was over. He said army units also controlled Brellow and had reopened the village school.', ['Brellow | controls | the army | ']],
	// "her spokesman" names no body
	['Her spokesman, Abel Torrin, boasts that his "peaceful protesters" control the streets of Brellow.', ['Brellow | controls the streets |  | ']],
];
for (const [text, want] of spokesmen) test(`claims: the claimant of "${text}"`, () => assert.deepEqual(claimsOf(text), want));

// a news agency that carries the account is no claimant: the side that did it is
test('claims: "X seized Y, Reuters reported" is X\'s claim, not the agency\'s', () => {
	const claims = claimsOf('Marrishan rebels seized the town of Brellow on Monday, Reuters reported.');
	assert.ok(claims.length > 0);
	assert.ok(claims.every((claim) => !claim.includes('Reuters')), claims.join('; '));
});
