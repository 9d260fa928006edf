import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractClaims} from '../../../source/core/extract/claims.js';
import {extractFigures} from '../../../source/core/extract/figures.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Classes of figure and claim errors left over on stories brief had not seen (real pages and held-out stories), each
// on invented sentences: who is only somewhere is no casualty, a range of estimates keeps its kind, a side's losses in
// people are its dead, a part of a side's fighters is a force, aircraft that struck were not struck.
const article = (text: string) => parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
const figuresOf = (text: string) => extractFigures(article(text)).map((figure) => `${figure.kind}=${figure.value}`);
const claimsOf = (text: string) => extractClaims(article(text)).map((claim) => [claim.place, claim.claim, claim.claimant ?? ''].join(' | '));

const figureCases: [string, string[]][] = [
	// people at an unnamed hospital are only there; in hospital, or at one named, they are its patients
	['Around 700 people remain at the clinic\u2019s hospital, the ministry said.', ['other=700']],
	['Around 700 people remain at the hospital where they are besieged, the ministry said.', ['other=700']],
	['Four soldiers remain in hospital, the army said.', ['injured=4']],
	// a hospital's patients are in its care: counted where they lie or where they are moved, no toll and no flight from home
	['The ministry raised fears for six other patients in intensive care at the Velsh clinic.', ['other=6']],
	['Some 340 patients are to be evacuated to Oskara, children first.', ['other=340']],
	['Twelve patients were wounded when the shell hit the ward.', ['injured=12']],
	['More than 600 patients who need surgery are trapped in the town.', ['injured=600']],
	// an aside after the count says who they were; the verb after the aside says what befell them
	['The 12, including wounded patients and their companions, "were killed in the strike", said a spokesman.', ['killed=12']],
	['Nine people, including wounded soldiers, were killed on Monday.', ['killed=9']],
	// a bracketed aside after the people: their verb comes after it; a bracketed part of a count shares its kind
	['Officials said 50 people (40 of them civilians) were killed.', ['killed=50', 'killed=40']],
	['The deal includes an exchange of 120 prisoners (60 held by each side) and of the bodies of the dead.', ['prisoners=120', 'prisoners=60']],
	// a participle phrase after the people says who they were; the verb after it what befell them
	['Two of the theatre staff working beside him were killed.', ['killed=2']],
	['Five people living nearby were injured.', ['injured=5']],
	// the dead counted as identified, verified or registered are still the dead
	['The director gave a lower figure of 42 identified dead and said teams were still searching.', ['killed=42']],
	// a photo gallery's counter before its caption counts pictures
	['1 of 3 | Rescuers look for survivors in Tolbeck on Monday. The earthquake has killed at least 480 people, officials said.', ['killed=480']],
	// people freed from ruins were rescued, not released; people still buried are missing, the dead buried are dead
	['Volunteer Tom Vale, a banker, helped free four people from a demolished office building.', []],
	['At least 4,800 people remained buried in Tolbeck, 60 miles from the epicentre.', ['missing=4800', 'other=60']],
	['Twelve soldiers were buried in Tolbeck on Friday.', ['killed=12']],
	// a range of estimates opened by "between" keeps the kind the sentence names
	['Estimates of the dead range between 50 and 70, most of them soldiers.', ['killed=50', 'killed=70']],
	['Estimates of the displaced since Sunday range between 6,000 and 9,000 people.', ['displaced=6000', 'displaced=9000']],
	// a rival estimate in the next clause, its noun left out, counts what the first one counts
	['Ostrog says 6,500 Tevlin troops are fighting with the rebels; a panel of experts estimated 3,000 to 4,000.', ['troops=6500', 'troops=3000', 'troops=4000']],
	["The army estimates the Front's strength at about 800 fighters; a diplomat said the group had between 1,200 and 1,500.", ['troops=800', 'troops=1200', 'troops=1500']],
	['The fire destroyed 300 homes; officials estimated 20 million dollars in losses.', ['damage=300', 'money=20000000']],
	// a side's losses counted in its people are its dead; lost guards are dead guards
	['Tevlin\u2019s border service says it has lost 22 guards since January.', ['killed=22']],
	['Tevlin has put its own losses at 22 border guards.', ['killed=22']],
	['The firm put its losses at 1,200 homes.', ['other=1200']],
	// a large part of a side's fighters is a force; a few of them are no force
	['Up to 2,500 of its fighters would be integrated into the national army within a year.', ['troops=2500']],
	['Two of the soldiers said the road was closed.', []],
	// aircraft that did the striking were not struck; aircraft downed were
	['The Lanmore army said one of its planes "struck a command centre in the courtyard of the clinic".', []],
	['The rebels said they had shot down two planes over Dremmond.', ['damage=2']],
	// vessels or aircraft fired from are the means of the attack, not what it struck
	['The coastguard hit the trawler with water cannon from two Ostrog coastguard ships, the ministry said.', ['other=2']],
	['Debris from two downed drones fell on Dremmond.', ['damage=2']],
	['Four crew were injured when two Ostrog coastguard ships simultaneously fired water cannons at it, officials said.', ['injured=4', 'other=2']],
	['The army destroyed two tanks that had fired on the town.', ['damage=2']],
	['The navy said two ships hit by missiles were sinking.', ['damage=2']],
	['The count stands at 40 killed, with 9 hamlets torched and 12 villages attacked.', ['killed=40', 'damage=9', 'damage=12']],
	// a currency code in letters ends its word: a name that opens with one holds no sum
	['The deal would end the dispute, officials told reporters, according to Eurowatch and Euronet.', []],
	['The fund holds EUR 5 million.', ['money=5000000']],
];
for (const [text, expected] of figureCases) test(`figure leftovers: ${text}`, () => assert.deepEqual(figuresOf(text), expected));

const claimCases: [string, string[]][] = [
	// the force that took a place is its claimant, not an unnamed source, and not the place the force is in
	['Lanmore troops seized back control of the western town of Pellasy on Saturday from hundreds of vigilantes, officials said.', ['Pellasy | seized | Lanmore troops']],
	['Armed extremists in Quillan have seized Tolbeck, residents said.', ['Tolbeck | seized | Armed extremists']],
	['Islamic extremists in Paraguay have seized Tolbeck.', ['Tolbeck | seized | ']],
	// entering a side's waters, or territorial ones, is a claim about whose they are; "the waters near X" only says where a ship sailed
	['It had illegally entered the waters near the Kessfield Shoal, the coast guard said.', []],
	['The coast guard said the trawler had entered Ostrog waters off Cape Marrisk without permission.', ['Cape Marrisk | entered waters | The coast guard']],
	// a side denying a strike claims none: its denial answers the strike told before
	['An air strike hit the Tolbeck Central Hospital on Tuesday. The Lanmore army denied targeting the hospital.', ['Tolbeck Central Hospital | hit | ']],
	// a hold's places end at a second predicate: "held the hill and had pushed the army back from X" holds no X
	["The Front said its fighters still held the hill and had pushed the army back from the Pelmora district in Tolbeck's east.", ['Pelmora | pushed out | The Front']],
	// a source that is a side's body still claims for it
	['Government forces regained the town of Pellasy on Friday, the army said.', ['Pellasy | regained | the army']],
	// a landform named by its feature word alone is the one the article names in full
	['The health ministry in the Lanmore-run Tessary Strip said 40 people had died. Aid groups raised the alarm over the lack of water in the besieged Strip.', ['Tessary Strip | besieged | ']],
];
for (const [text, expected] of claimCases) test(`claim leftovers: ${text}`, () => assert.deepEqual(claimsOf(text), expected));

// a Title-case headline runs its verbs, counts and prepositions on after the place: the place ends before them
const headlinePlaces: [string, string[]][] = [
	['Air Strike On Velsh Clinic Kills Four, Wounds 17: Agency', ['killed=4@Velsh Clinic', 'injured=17@Velsh Clinic']],
	['12 Killed In French Strike On Velsh Hospital: Ministry', ['killed=12@Velsh Hospital']],
];
for (const [headline, expected] of headlinePlaces)
	test(`figure leftovers: the place of "${headline}"`, () => {
		const parsed = parseArticle('t.txt', `${headline}\n\nThe agency published its report on the strike on Sunday, officials said.`);
		assert.deepEqual(extractFigures(parsed).map((figure) => `${figure.kind}=${figure.value}@${figure.place ?? ''}`), expected);
	});

// a link a page prints in its body to another story ("Also read: …") is chrome: its counts and places are that story's
test('figure leftovers: an "Also read:" line holds no figure and no claim', () => {
	const text = ['Four people were killed in Tolbeck on Monday.', 'Also read: Pelmora, two months on: the town that lost 47 of its people to the siege', 'Related: Who holds Sandrick? | Tolbeck under siege in 12 pictures'].join('\n\n');
	assert.deepEqual(figuresOf(text), ['killed=4']);
	assert.deepEqual(claimsOf(text), []);
});

// "in the Front's October 7 attack": a possessor's dated event is no place of the count
test('figure leftovers: a possessor\'s dated event is no place', () => {
	const parsed = article('During the initial ceasefire, 33 captives seized in Varnel\u2019s October 7, 2023 attack will be released.');
	assert.deepEqual(extractFigures(parsed).map((figure) => `${figure.kind}=${figure.value}@${figure.place ?? ''}`), ['hostages=33@']);
});

// "the death toll from the magnitude 7.7 quake rose to …": a magnitude inside the toll's subject does not cut it from its count
test('figure leftovers: a magnitude inside a toll\'s subject', () => {
	assert.deepEqual(figuresOf('The death toll from Varnel\u2019s magnitude 7.7 earthquake rose to 2,056 people, the junta said on state television.'), ['other=7.7', 'killed=2056']);
	assert.deepEqual(figuresOf('The official death toll from the 7.7 magnitude earthquake that struck central Varnel on Friday has reached 1700, according to officials.'), ['other=7.7', 'killed=1700']);
});

// "The fighting has claimed 300 lives": the toll's verb names no source
test('figure leftovers: a war that "claimed" lives is no source of its toll', () => {
	assert.deepEqual(extractFigures(article('The fighting has claimed 300 lives.')).map((figure) => `${figure.kind}=${figure.value} ${figure.source}`), ['killed=300 null']);
	assert.deepEqual(extractFigures(article('Nine people died, the army claimed.')).map((figure) => `${figure.kind}=${figure.value} ${figure.source}`), ['killed=9 the army']);
});

// "the Himalayan nation", "the Caribbean country": an adjective before the kind of state is no place
test('figure leftovers: an adjective before "nation" is no place', () => {
	const placed = (text: string) => extractFigures(article(text)).map((figure) => `${figure.kind}=${figure.value}@${figure.place ?? ''}`);
	assert.deepEqual(placed('The upheaval in the Varnelan nation was rolled back after 19 people were killed on Monday.'), ['killed=19@']);
	assert.deepEqual(placed('Fighting in the Varnel region killed 19 people.'), ['killed=19@Varnel']);
});
