import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractClaims} from '../../../source/core/extract/claims.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** The claims of a short invented article, one line each: place | claim | claimant | disputed by. */
function claimsOf(...paragraphs: string[]): string[] {
	const article = parseArticle('t.txt', ['Lead line that is long enough to be body text and not a headline at all.', ...paragraphs].join('\n\n'));
	return extractClaims(article).map((claim) => [claim.place, claim.claim, claim.claimant ?? '', claim.disputedBy ?? ''].join(' | '));
}
const places = (...paragraphs: string[]) => claimsOf(...paragraphs).map((line) => line.split(' | ')[0]);

const cases: [string, string[], string[]][] = [
	// a police body's own word that it retook ground is a side's claim, as an army's is
	['"the gendarmerie says it retook the district of X"', ['The gendarmerie also says it retook the riverside district of Pemberquay on Oct. 6.'], ['Pemberquay']],
	['"police said they had retaken X"', ['Police said they had retaken the district of Sollandry overnight.'], ['Sollandry']],
	// … and the place a relative clause hangs on, told as "the kind of place of X, which …"
	['"the district of X, which the police say they retook"', ['In the riverside district of Pemberquay, which the gendarmerie says it retook on 6 October, residents were still manning barricades.'], ['Pemberquay']],
	// a company's word is no side's
	['"the company says it took over X"', ['The company says it took over the Sollandry Mill in March.'], []],
];
for (const [name, paragraphs, expected] of cases) test(`claims (ground words): ${name}`, () => assert.deepEqual(places(...paragraphs), expected));

// "A, not B, took X": one side's word that it, not the other, did it; the other side disputes it
test('claims (ground words): "supporters, not police, cleared X" is disputed by the police', () => {
	assert.deepEqual(claimsOf('The fans’ union says the gate was chained and that supporters, not police, cleared Ferrowick Square while gas was still being fired.'), ['Ferrowick Square | cleared |  | police']);
	assert.deepEqual(claimsOf('He said it was the rebels, not the army, who captured Tassenby.'), ['Tassenby | captured |  | the army']);
});
test('claims (ground words): a contrast of two bodies that are no side takes no ground', () => {
	assert.deepEqual(claimsOf('Investors, not the state, took over Tassenby Mills.'), []);
});

// where a side said it ("in a statement") stands between the saying and what was said
test('claims (ground words): "claimed in a statement that its fighters controlled X"', () => {
	assert.deepEqual(places('The Hollendrift Front claimed in a statement that its fighters controlled Marlowgate.'), ['Marlowgate']);
	assert.deepEqual(places('The Hollendrift Front said in a video on Sunday that its fighters still hold Marlowgate.'), ['Marlowgate']);
});
// a road named by the place it crosses is the road through it, as "the X road" names it
test('claims (ground words): "the road through X" is the X road', () => {
	assert.deepEqual(places('The Hollendrift Front said its fighters controlled the road through Wadi Marlowgate.'), ['Wadi Marlowgate road']);
	assert.deepEqual(places('The Hollendrift Front said its fighters controlled the road to Marlowgate.'), []);
});

// "Tavia's X district": the district, not its country's possessive, whether or not the country is a known one
test('claims (ground words): a country\'s possessive before a district names the district', () => {
	assert.deepEqual(places('The shelling hit at least nine villages in Hollendria\'s Marlowgate district.'), ['Marlowgate']);
});

// a road point named by a locality and then by the bare name: one place
test('claims (ground words): "the X junction" and "holds X" in one article are the junction', () => {
	assert.deepEqual(places('The Front said its fighters had captured the Tassenby junction on Tuesday.', 'The army says it holds Tassenby.'), ['Tassenby junction', 'Tassenby junction']);
});

// a hold of a part of a site named by its common noun, by fighters named by their group's name
test('claims (ground words): "Front fighters remain in the control tower area"', () => {
	assert.deepEqual(places('Their spokesman told our correspondent in Tassenby that Front fighters remain in the control tower area.'), ['control tower']);
	assert.deepEqual(places('He said Hollendrish fighters remain in Marlowgate.'), ['Marlowgate']);
});

// "Kenya's paramilitary Dawn Forces (DF) says it's taken X": the body that says "it has" took X, not the country it is of,
// whether its acronym follows in brackets and whether "it has" is written "it's"
test('claims (ground words): a body that says it has taken a place is its claimant, past its country and its acronym', () => {
	assert.deepEqual(claimsOf("Kenya's paramilitary Dawn Forces (DF) says it's taken full control of Varno – the army's last stronghold in the region."), ['Varno | taken | Dawn Forces | ']);
	assert.deepEqual(claimsOf('The rebels say they\'ve taken Varno.'), ['Varno | taken | The rebels | ']);
	// (a country's army is still the country's side)
	assert.deepEqual(claimsOf("Kenya's army says it has taken Varno."), ['Varno | taken | Kenya | ']);
});
