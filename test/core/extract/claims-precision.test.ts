import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractClaims} from '../../../source/core/extract/claims.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Classes seen on unseen real-format stories, in invented articles: place | claim | claimant | disputed by.
function claimsOf(...paragraphs: string[]): string[] {
	const article = parseArticle('t.txt', ['Lead line that is long enough to be body text and not a headline at all.', ...paragraphs].join('\n\n'));
	return extractClaims(article).map((claim) => [claim.place, claim.claim, claim.claimant ?? '', claim.disputedBy ?? ''].join(' | '));
}

const places = (...paragraphs: string[]) => claimsOf(...paragraphs).map((line) => line.split(' | ')[0]);

const cases: [string, string[], string[]][] = [
	// a nationality word or its people is a side, not ground: "the Tavian town of X" is X, "holds five Tavians" holds no place
	['a nationality word before the kind of place', ['Brellovia and Qentaria fought for five days.', 'A Qentarian air strike on Monday destroyed a fuel depot near the Brellovian town of Ostrawick.'], ['Ostrawick']],
	['people held are no place', ['Brellovia and Qentaria fought for five days.', 'Qentaria says it holds 18 Brellovian soldiers captured on the ridge; Brellovia says it holds five Qentarians.'], []],
	['an adjective in -an and its people', ['Tesskora and Qentaria fought for five days.', 'Qentaria says it holds 18 Tesskoran soldiers; Tesskora says it holds five Tesskorans and two Qentarians.', 'Tesskoran rockets hit houses in the Qentarian village of Mallowden.'], ['Mallowden']],
	// where a speaker spoke is not where the claim is
	['the venue of a news conference', ['General Tomas Verrick told a news conference in Ostrawick that Mallowden air base was "finished as a military facility".', 'Brellovia denied this. It said the base was operating.'], ['Mallowden']],
	// positions named only by a nationality word are no place
	['strikes against Tavian positions', ['The truce collapsed amid mutual accusations of renewed hostilities and air strikes by Qentaria against Brellovian positions.'], []],
	// ground held, told without "control": also held, were holding, held by, a flag over it
	['"units also held X"', ['Brellovia and Qentaria fought for five days.', 'He said Brellovian units also held Mallowden.'], ['Mallowden']],
	['"were holding X and holding Y"', ["A spokesman for the Brellovian army said troops were 'holding Tarvelle and holding Mallowden' until the observers arrive."], ['Tarvelle', 'Mallowden']],
	['"holding talks" is no ground', ['The two sides were holding talks in Tarvelle.'], []],
	['"X were held by Tavian troops"', ['Colonel Sennick confirmed that the shrine, the ridge and the village of Mallowden were held by Qentarian troops.'], ['Mallowden']],
	['a summit held is no ground', ['The summit was held by the Tarvelle Forum in March.'], []],
	['its flag flies over X', ["Brellovia's army says its flag flies over Tarvelle."], ['Tarvelle']],
	['our flag is still over X', ['"Our flag is still over Tarvelle," the commander said.'], ['Tarvelle']],
	['fans raising a flag hold nothing', ['Fans raised the flag on Tarvelle Stadium after the final.'], []],
	// a description of the place taken names no place taken: an appositive, the two ends of a road
	['"X, the state capital of Y"', ['Rebels led by a former general seized Tarvelle, the state capital of Upper Qentaria, in late June.'], ['Tarvelle']],
	['"X, a town near Y, and Z"', ['The rebels seized Tarvelle, a town near Ostrawick, and Mallowden.'], ['Tarvelle', 'Mallowden']],
	['a list of kinds of places is still a list', ['The rebels seized the town of Tarvelle, the city of Mallowden and the village of Ostrawick.'], ['Tarvelle', 'Mallowden', 'Ostrawick']],
	['"the town on the highway between A and B"', ['Rebel fighters seized the town on the strategic highway between Mallowden and the central city of Ostrawick.'], []],
	// the subject held is the place on the feature, not the feature
	['"the X Lookout on Y Ridge was in our hands"', ['Army spokesman Colonel Sennick told the radio the Tarvelle Lookout on Mallowden Ridge was "in our hands since Thursday morning".'], ['Tarvelle Lookout']],
];

for (const [name, paragraphs, expected] of cases)
	test(`claims (precision): ${name}`, () => {
		assert.deepEqual(places(...paragraphs), expected);
	});

test('claims (precision): "which Y says it never lost" disputes a hold', () => {
	assert.deepEqual(claimsOf('Brellovia and Qentaria fought for five days.', 'He said Brellovian units also held Mallowden, which Qentaria says it never lost.'), ['Mallowden | controls | Brellovia | Qentaria']);
});

test('claims (precision): the force that took a place, not the side accused of arming it, claims it', () => {
	assert.deepEqual(claimsOf('UN experts have accused Qentaria of providing military support to K7 forces that seized Mallowden and Tarvelle earlier this year.'), [
		'Mallowden | seized | K7 | ',
		'Tarvelle | seized | K7 | ',
	]);
	assert.deepEqual(claimsOf('The conflict escalated in January, when the K7 rebels advanced and seized the strategic Brellovian city of Mallowden.'), ['Mallowden | seized | K7 | ']);
});

test('claims (precision): a force that says it entered the outskirts claims them', () => {
	assert.deepEqual(claimsOf('Government forces said they had entered the outskirts of Tarvelle.'), ['Tarvelle | the outskirts of Tarvelle entered | Government forces | ']);
});

test('claims (precision): an armed group by its code name takes and holds ground, and names the claim', () => {
	assert.deepEqual(claimsOf('The NSF seized full control of Qarrim after ousting the army from the city.'), ['Qarrim | seized | NSF | ']);
	assert.deepEqual(claimsOf('The paramilitary Northern Shield Forces (NSF) seized control of the main army base in Qarrim and declared victory there.'), ['Qarrim | seized | Northern Shield Forces | ']);
	assert.deepEqual(places('The NSF now has complete control of the Vorrel region.'), ['Vorrel']);
	// no arms, no force: an agency seizing papers takes no ground
	assert.deepEqual(places('The FBI seized documents in Qarrim.'), []);
});

test('claims (precision): "the North Y city of X" is X, and the taker is the clause’s own force, not a nationality told before it', () => {
	assert.deepEqual(claimsOf('Only a few thousand Iranians have reached safety since paramilitary forces captured the North Vorrel city of Qarrim last week.'), ['Qarrim | captured |  | ']);
	// a region of a country stays the region
	assert.deepEqual(places('The army shelled the Vorrel region of Qentaria.'), ['Vorrel']);
});

test('claims (precision): a side does not claim a strike on itself: the striker named before its adjective does', () => {
	assert.deepEqual(claimsOf('Peru has launched a series of attacks on Chilean territory since June, targeting missile bases.'), ['Chile | struck | Peru | ']);
});

test('claims: a place whose name opens with a lower-case article glued by a hyphen ("el-Qarrim") is a place', () => {
	assert.deepEqual(places('The rebels seized control of el-Qarrim on Sunday.'), ['el-Qarrim']);
});

test('claims (precision): an ambush or a clash in a whole country, or a later death in a hospital town, claims no ground', () => {
	assert.deepEqual(places('The toll from last week\'s rebel ambush on a mine convoy in Mali has risen to 14, the army said.'), []);
	assert.deepEqual(places('Rebels ambushed a convoy in Mali on Monday, killing 14 soldiers, the army said.'), []);
	assert.deepEqual(places('A driver wounded in last week\'s convoy ambush has died in hospital in Tessvale, the army says.'), []);
	// a spot stays a claim
	assert.deepEqual(places('Rebels ambushed a convoy near Tessvale on Monday, killing 14 soldiers, the army said.'), ['Tessvale']);
	assert.deepEqual(places('An exchange of fire at Tessvale killed two rebel fighters, the army said.'), ['Tessvale']);
});
