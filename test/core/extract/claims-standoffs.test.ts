import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractClaims} from '../../../source/core/extract/claims.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Control claims told in the forms real pages use, and sentences that look like claims but are not: the places found.
function places(...paragraphs: string[]): string[] {
	const article = parseArticle('t.txt', ['Lead line that is long enough to be body text and not a headline at all.', ...paragraphs].join('\n\n'));
	return [...new Set(extractClaims(article).map((claim) => claim.place))];
}

const cases: [string, string[], string[]][] = [
	// a bank with no lending word before it is a shoal or a shore that a side can hold
	['a fishing bank under a side\'s control', ['"The Drellmoor Bank is under Ostravian control, and it will stay that way," the coast guard commander said.'], ['Drellmoor Bank']],
	['cutters control a bank', ['The Ostravian coast guard says its cutters now control the Drellmoor Bank.'], ['Drellmoor Bank']],
	['a lender is no place', ['Ostravian troops fired on the Development Bank of Pellory and the Central Bank.'], []],
	// a dotted abbreviation ends no clause: "a U.S. base" is not "U"
	['"a U.S. military base in X"', ['Ostravia launched a missile attack on a U.S. military base in Pellory on Monday.'], ['Pellory']],
	// a strike supposed, not made
	['"any attack on X would end the truce"', ['Ostravia warned that any attack on Pellory would end the truce.'], []],
	['"an attack on X … would be met with"', ['An attack on Pellory after a settlement would be met with a joint military response, the draft says.'], []],
	['a strike made is still a claim', ['The army said an attack on Pellory killed four people.'], ['Pellory']],
	// several places under one side's administration
	['"A, B and C are under our administration"', ['"Quorvask, Bellomir and Tessikar are under our administration," the rebel spokesman said.'], ['Quorvask', 'Bellomir', 'Tessikar']],
	// a force told by the ground it holds
	['"the paramilitary group now in control of the city of X"', ['The UN warned over atrocities by the paramilitary group now in control of the city of el-Quorvask.'], ['el-Quorvask']],
	['"X fell to the PLF"', ['The city of Quorvask fell to the PLF on Sunday after a long siege.'], ['Quorvask']],
	['a price falling to a currency is no fall of a town', ['Exports to Quorvask fell to USD 3 billion.'], []],
	['"the vast X region"', ['The PLF now has complete control of the vast Bellomir region, the rebels said.'], ['Bellomir']],
	['"the city" after "the Ostravian city of X"', ['Survivors fleeing the Ostravian city of Quorvask described horror after the rebels seized control of the city on Sunday.'], ['Quorvask']],
	// a code name the article gave to an armed force takes ground without a word of arms in its own sentence
	['"The PLF seized control of X" after "the … Front (PLF)"', ['The paramilitary Pellory Liberation Front (PLF) has fought the army since April.', 'The PLF seized control of Quorvask on Sunday, residents said.'], ['Quorvask']],
	['a code name of no force takes nothing', ['The PLF seized control of the talks on Sunday.'], []],
	// (the code given before its fighters, or after the kind of group: each way mayNameForceCode lets through)
	['"The K19 seized control of X" after "K19 rebels"', ['Fighting spread as K19 rebels moved south.', 'The K19 seized control of Quorvask on Sunday, residents said.'], ['Quorvask']],
	['"The PLF seized control of X" after "the separatist group PLF"', ['Talks with the separatist group PLF stalled in May.', 'The PLF seized control of Quorvask on Sunday, residents said.'], ['Quorvask']],
	// ground given up or retaken, told as news
	['"seized back control of the town of X Saturday"', ['Pellorian troops seized back control of the western town of Quorvask Saturday from hundreds of militiamen, officials said.'], ['Quorvask']],
	['"Islamic extremists have seized X"', ['Islamic extremists have seized Quorvask, forcing thousands of residents to flee, a local official said Friday.'], ['Quorvask']],
	['"fighters … have pulled back from the town of X"', ['Fighters of a local militia have pulled back from the northwestern town of Quorvask after days of assault by troops, a member of the group said.'], ['Quorvask']],
	['residents who fled are no force', ['Troops shelled the town and residents fled from Quorvask.'], []],
	['a pull-back to come is no claim', ['The troops will pull back from Quorvask.'], []],
	['a pull-back under a deal is no claim', ['Troops have withdrawn from Quorvask under the ceasefire.'], []],
	// standoffs over places no town: a dam, a pass, fishing grounds
	// (a force's hold told as background, "the rebels have held the airport since April", is no claim: annotators leave it out)
	['"forces have held X since March" is background', ['Pellorian forces have held the Quorvask Dam since March.'], []],
	['"its troops are stationed at the X Pass"', ['Ostravia says its troops are stationed at the Bellomir Pass.'], ['Bellomir Pass']],
	['troops stationed in a country are a garrison', ['Ostravia says its troops are stationed in Qatar.'], []],
	['"the X fishing grounds" keep their noun', ['Ostravian vessels now control the Tessikar fishing grounds, the navy said.'], ['Tessikar fishing grounds']],
	// water cannon at sea, however told
	['"fired water cannons on" boats near a shoal', ['An Ostravian cutter fired water cannons on Pellorian fishing boats near Bellomir Shoal on Friday.'], ['Bellomir Shoal']],
	['police water cannon on a crowd is no claim', ['Police used water cannon on protesters in Tessikar Square.'], []],
	// a chamber of parliament is a venue
	['"a vote in the Chamber of Deputies"', ['He said the deal "rewards the people who fired on our citizens" and called for a vote in the Chamber of Deputies.'], []],
];

for (const [name, paragraphs, expected] of cases) test(`claims, standoffs: ${name}`, () => assert.deepEqual(places(...paragraphs), expected));
