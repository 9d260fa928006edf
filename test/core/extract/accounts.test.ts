import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractClaims} from '../../../source/core/extract/claims.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** The claims of a short article, one line each: place | claimant | disputedBy (the account's words are checked apart). */
function claimsOf(text: string): string[] {
	const article = parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
	return extractClaims(article).map((claim) => [claim.place, claim.claimant, claim.disputedBy].join(' | '));
}

const cases: [string, string[]][] = [
	// a rival version at the same place in the next sentence, told with a negation
	['The mine operator said the alarms in Vostrel sounded at midnight. Families in Vostrel say they heard nothing.', ['Vostrel | The mine operator | Families in Vostrel']],
	// the same place told twice without a negation is two reports, not a dispute
	['The mine operator said the alarms in Vostrel sounded at midnight. Families in Vostrel say they want answers.', []],
	// a denial at the end of the account's own clause answers that clause's speaker, not the first one's
	[
		'Crowds marched on the ferry company offices in Harnby. Police said six officers were hurt; the marchers said 20 people were injured by batons, which police deny.',
		['Harnby | the marchers | police'],
	],
	// "an accusation X denied" about a site named before
	['Militiamen attacked the relief camp outside Quello. The militia called the camp "a hideout for spies", an accusation the agency denied.', ['Quello | The militia | the agency']],
	// two speakers split by a semicolon, the place in the first clause
	['The upstream region blames the broken levee at Tavelkin; the lowland council says the levee held until the water went over it.', ['Tavelkin | The upstream region | the lowland council']],
	// two rival clauses about a failure with no place: the facility the article named before
	['The Ostry Dam burst on Monday night.\n\nThe province says it was warned an hour before the collapse; the operator says it called at midnight.', ['Ostry Dam | The province | the operator']],
	['The Ostry Dam burst on Monday night.\n\nThe province says it wants the money now; the operator says it will pay in June.', []],
	// the next sentence opens with a denial of "this"
	['The union said its members had occupied the depot at Brenhall. The company denied this, saying the depot stayed open.', ['Brenhall | The union | The company']],
	// a site "of" a named place, and a denier named by title and name
	['The union said its members had occupied the offices of the state broadcaster Tarvik Radio. Government spokesman Colonel Edrin Mask denied this.', ['Tarvik Radio | The union | Government spokesman Colonel Edrin Mask']],
	// "insists" answers only when it names no other place
	['The cost of rent in Carvow has doubled, according to the housing office. The minister insisted in Ledmouth that prices were stable.', []],
	// a denial by the account's own speaker is no dispute
	['The port authority said the cranes at Orrowby Quay were idle, which the port authority denies was its fault.', []],
	// the next sentence calls the account untrue: "Relatives say that is impossible"
	['The operator said the count was taken at the boarding gate in Port Selwyn. Relatives say that is impossible.', ['Port Selwyn | The operator | Relatives']],
	['The operator said the count was taken at the boarding gate in Port Selwyn. Relatives say that is the question.', []],
	// where the speaker spoke ("telling reporters in X") is no place of the account
	['The minister said the truce "proves our defences worked," telling reporters in Arlow that the pumps were working. The rebels denied that.', []],
	// an account nobody answers is news, not a claim
	['Rescuers said the water in Ambry had reached the rooftops.', []],
];

test('contested accounts off the battlefield', () => {
	for (const [text, expected] of cases) assert.deepEqual(claimsOf(text), expected, text);
});

test('an account keeps the clause that names its place', () => {
	const article = parseArticle('t.txt', 'Lead line that is long enough to be body text and not a headline at all.\n\nThe governor said the fund was fair but repeated his claim that water broke through the levee at Tavelkin. The council said the levee was never breached.');
	assert.deepEqual(
		extractClaims(article).map((claim) => claim.claim),
		['water broke through the levee at Tavelkin'],
	);
});
