import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractClaims} from '../../../source/core/extract/claims.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** The claims of a short invented article, one line each: place | claim | claimant | disputed by. */
function claimsOf(text: string): string[] {
	const article = parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
	return extractClaims(article).map((claim) => [claim.place, claim.claim, claim.claimant, claim.disputedBy].join(' | '));
}

// a site occupied by strikers and cleared by police: who holds which part, who says so, who calls the other's word false
const cases: [string, string, string[]][] = [
	['a site under the control of a civil body, its spokesman named before "for"',
		'Major Tom Grevik, spokesman for the Pelbrook police, said the Pelbrook Terminal was "fully under the control of the port authority".',
		['Pelbrook Terminal | controls | the Pelbrook police | ']],
	['a town under a civil body’s control is no ground held',
		'The minister said the town of Brellow was under the control of the regional council.',
		[]],
	['a part of a site by its compass point, the leaving denied',
		'The union says its members have not left the north shed of the Pelbrook Terminal.',
		['Pelbrook Terminal | controls the north shed of Pelbrook Terminal | The union | ']],
	['a force that "never left" a place holds it',
		'The army said its troops had never left Brellow.',
		['Brellow | controls | The army | ']],
	['"the terminal" points back to the X Terminal',
		'Dockers have blocked the Pelbrook Terminal since September. The police say the terminal is now under the control of the port authority.',
		['Pelbrook Terminal | controls | The police | ']],
	['a rival’s claims called "wishful thinking"',
		'The strikers said they held the Pelbrook Terminal. The port authority said the strikers’ claims were "wishful thinking".',
		['Pelbrook Terminal | controls | The strikers | The port authority']],
];
for (const [what, text, want] of cases) test(`claims: ${what}`, () => assert.deepEqual(claimsOf(text), want));

test('claims: a ferry crossing named by a place ending like a nationality word is a site held', () => {
	assert.deepEqual(claimsOf('The army says it secured Brellow and the Tessami ferry crossing on 14 September.'), ['Brellow | secured | The army | ', 'Tessami ferry crossing | secured | The army | ']);
});
