import {test} from 'node:test';
import assert from 'node:assert/strict';
import {coordinatedSubject, facilityPartClaims, facilityPartsOf, incidentRebuttal, incursionClaims, occupationClaims, ownVoiceRebuttal} from '../../../source/core/extract/incidents.js';
import {parseArticle} from '../../../source/core/parse-article.js';

const partsOf = (text: string) => facilityPartsOf(parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`));

// sentence | the article's other text (for a bare "the pond") | place, claim of each claim found
const partCases: [string, string, string[]][] = [
	["Inspectors counted 14 shells landing near the plant's switchyard.", '', ['switchyard shelled']],
	['Inspectors found two fresh craters on the embankment of the cooling pond.', '', ['cooling pond struck']],
	['The ministry said a drone had dropped munitions near the pond.', 'Inspectors walked round the cooling pond.', ['cooling pond drone strike']],
	// a bare head the article never gave a whole name: no part
	['The ministry said a drone had dropped munitions near the pond.', 'The switchyard was quiet.', []],
	['We counted 22 impacts, most of them within 400 metres of the switchyard.', '', ['switchyard struck']],
	['Inspectors will have access to every building, to the switchyard and to the cooling pond.', '', []],
	['A shell hit the turbine hall on Monday, the operator said.', '', ['turbine hall shelled']],
	['Drones struck the cooling tower overnight.', '', ['cooling tower drone strike']],
	['The operator said the strike hit output at the plant, not the turbine hall.', '', []],
	['No shells have landed near the switchyard since Tuesday.', '', []],
];

for (const [sentence, other, expected] of partCases)
	test(`facility part: ${sentence}`, () => {
		const parts = partsOf(`${other} ${sentence}`);
		assert.deepEqual(facilityPartClaims(sentence, parts).map((found) => `${found.place} ${found.claim}`), expected);
	});

test('an article that names no part of a site makes no facility claims', () => {
	assert.deepEqual(facilityPartClaims('Shells landed near the pond.', partsOf('Shells landed near the pond.')), []);
});

const incursionCases: [string, string[]][] = [
	['The coast guard said the ship had entered Ostran waters off Cape Torra without permission.', ['Cape Torra entered waters']],
	['It has accused the Sea Lark of straying into its territorial waters near the Mellan Shoals.', ['Mellan Shoals entered waters']],
	['A drone entered Ostran airspace near Port Halvi, the army said.', ['Port Halvi entered airspace']],
	['The charity says its ship never entered Ostran waters off Cape Torra.', []],
	['The trawler entered the harbour at Cape Torra.', []],
	['The coast guard says the charity ship violated Ostran waters near Cape Torra.', ['Cape Torra violated waters']],
	['A drone crossed into Ostran airspace over the village of Gadan, the army said.', ['Gadan entered airspace']],
];

for (const [sentence, expected] of incursionCases)
	test(`incursion: ${sentence}`, () => {
		assert.deepEqual(incursionClaims(sentence).map((found) => `${found.place} ${found.claim}`), expected);
	});

const rebuttalCases: [string, string | null][] = [
	['Gen Orin Strel, the army spokesman, has said the blasts in Dornavo were caused by Ostran air-defence missiles.', 'Gen Orin Strel'],
	['Velmara says Ostran units fired on the site themselves.', 'Velmara'],
	['Varsk says the shells were fired by Ostran units to discredit it.', 'Varsk'],
	['Police say the village was secured by their own officers.', 'Police'],
	['The police said a mobile unit had secured Tembe before the vigilantes arrived.', 'The police'],
	['The mayor said the damage was severe.', null],
	['The army said it fired on the positions before dawn.', null],
];

for (const [text, speaker] of rebuttalCases)
	test(`rebuttal: ${text}`, () => {
		assert.equal(incidentRebuttal(text)?.[1] ?? null, speaker);
	});

const occupationCases: [string, string[]][] = [
	['The farmers say armed herders still occupy Kesto and graze cattle on its farms.', ['Kesto occupies']],
	['Soldiers hold Kesto, the governor said.', ['Kesto holds']],
	['Militiamen who burned the village in May continue to control Nembi, residents say.', ['Nembi holds']],
	['The troops no longer hold Kesto.', []],
	['The rebels still hold talks with the government.', []],
	['The troops still hold the Army Council building.', []],
	['Rebel fighters now control Chad, the minister claimed.', []],
	['Gunmen still control the Kuri forest, villagers say.', ['Kuri forest holds']],
	// the verb with its -s: "The army holds X", "Militias controls" read as "hold", "control"
	['The army holds the Tarvo pass, which the rebels do not contest.', ['Tarvo pass holds']],
	['The militia controls Nembi now.', ['Nembi holds']],
	['The army occupies Kesto.', ['Kesto occupies']],
];

for (const [sentence, expected] of occupationCases)
	test(`occupation: ${sentence}`, () => {
		assert.deepEqual(occupationClaims(sentence).map((found) => `${found.place} ${found.claim}`), expected);
	});

test('a next sentence that calls the claim false in its own voice is the outlet\'s rebuttal', () => {
	assert.equal(ownVoiceRebuttal('This is false: our track shows the ship stayed 16 miles out.', 'Sea Lark Rescue'), 'Sea Lark Rescue');
	assert.equal(ownVoiceRebuttal('The claim is simply untrue.', 'Sea Lark Rescue'), 'Sea Lark Rescue');
	assert.equal(ownVoiceRebuttal('This is false, the ministry said.', null), null);
	assert.equal(ownVoiceRebuttal('The ship docked on Monday.', 'Sea Lark Rescue'), null);
});

const subjectCases: [string, string | null][] = [
	["Tavia's general staff says it has never fired at the plant and ", "Tavia's general staff"],
	['Across the river, the army said its guns were silent and ', 'the army'],
	['The army fired and ', null],
	['The ministry says it ', null],
];

for (const [before, subject] of subjectCases)
	test(`sayer before "and": ${before}`, () => {
		assert.equal(coordinatedSubject(before), subject);
	});
