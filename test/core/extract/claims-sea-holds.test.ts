import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractClaims} from '../../../source/core/extract/claims.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Standoffs at sea told the way wire and state-media pages tell them: who holds a shoal, who landed on a cay.
function claimsOf(...paragraphs: string[]): string[] {
	const article = parseArticle('t.txt', ['Lead line that is long enough to be body text and not a headline at all.', ...paragraphs].join('\n\n'));
	return extractClaims(article).map((claim) => `${claim.place} | ${claim.claim} | ${claim.claimant ?? ''} | ${claim.disputedBy ?? ''}`);
}

test('"the shoal" points back to the one shoal named, not to a capitalised word before a verb ("Both countries claim the shoal")', () => {
	assert.deepEqual(
		claimsOf('Tolmary and Varrowen clashed again near Harnsk Shoal this week.', 'Both countries claim the shoal, a ring of sandbars far from either coast. Varrowen\'s coast guard says it has controlled the shoal since Tuesday, a claim Tolmary rejects.'),
		['Harnsk Shoal | controls |  | each side', "Harnsk Shoal | controls | Varrowen's coast guard | Tolmary"],
	);
	// (nor to the country named before "claim the shoal")
	assert.deepEqual(
		[...new Set(claimsOf('Tolmary and Varrowen clashed again near Harnsk Shoal this week.', 'Both Tolmary and Varrowen claim the shoal. Varrowen\'s coast guard maintains that it has controlled the shoal since Tuesday.').map((claim) => claim.split(' | ')[0]))],
		['Harnsk Shoal'],
	);
});

test('"and that" opens the next thing said: a place after it is no part of the ground held', () => {
	assert.deepEqual(claimsOf('Tolmary says its marines still hold the outpost and that no Varrowenian has set foot on the Ostelby.'), []);
});

test('a coast guard is a force: it liberates and lands on a cay; a shell that landed is no landing', () => {
	assert.deepEqual(claimsOf('He said the Coast Guard had liberated Pemberrow Cay on Wednesday.').map((claim) => claim.split(' | ').slice(0, 2).join(' | ')), ['Pemberrow Cay | liberated']);
	assert.deepEqual(claimsOf('Varrowen also says its coast guard landed on Pemberrow Cay, a sandbar north of the shoal, on Wednesday. Tolmary says the cay never left its control.'), ['Pemberrow Cay | landed on | Varrowen | Tolmary']);
	assert.deepEqual(claimsOf('Troops said a shell landed on Tarvel overnight.'), []);
});

test('a strike named as what set a war off is its background, not a claim', () => {
	assert.deepEqual(claimsOf('Another 550 people have been wounded, the ministry said, nearly 12 weeks into the fighting triggered by the Front\'s attack on Tarvel.'), []);
	assert.deepEqual(claimsOf('The army said the Front\'s attack on Tarvel killed four soldiers.').map((claim) => claim.split(' | ')[0]), ['Tarvel']);
});

test('"the occupied X" after a determiner is a standing name of the ground, not news of its taking', () => {
	assert.deepEqual(claimsOf('The group demanded the release of two officials arrested in the occupied Kell Valley by Tolmary.'), []);
	assert.deepEqual(claimsOf('Tolmary troops have occupied the Kell Valley since March, Varrowen said.').map((claim) => claim.split(' | ').slice(0, 2).join(' | ')), ['Kell Valley | occupied']);
});
