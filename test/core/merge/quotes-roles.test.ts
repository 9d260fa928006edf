import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {LocalSpeaker} from '../../../source/core/extract/quotes.js';
import {mergeQuotes} from '../../../source/core/merge/quotes.js';
import type {SpeakerType} from '../../../source/core/model.js';
import {EXTRACTOR_VERSION, type ArticleRecord} from '../../../source/core/record.js';

// Role-only and unnamed speakers joined to the one holder or body the corpus names, when the role is worded differently;
// invented speakers.
type SpeakerRow = [key: string, name: string, role: string | null, type: SpeakerType, roleOnly?: boolean];

function record(id: string, speakers: SpeakerRow[]): ArticleRecord {
	const local: LocalSpeaker[] = speakers.map(([key, name, role, type, roleOnly = false]) => ({key, name, aliases: [name], role, type, side: null, roleOnly}));
	return {
		extractor: EXTRACTOR_VERSION,
		article: {id, outlet: id, credit: null, url: null, headline: null, published: null, words: 100, lede: null, body: ''},
		speakers: local,
		quotes: [],
		figures: [],
		claims: [],
		proposals: [],
		provisions: [],
		weekdays: [],
	};
}

/** The merged speakers as lists of their aliases. */
const groupsOf = (records: ArticleRecord[]) => mergeQuotes(records).speakers.map((speaker) => speaker.aliases);
const together = (groups: string[][], ...names: string[]) => groups.some((aliases) => names.every((name) => aliases.includes(name)));

test('merge: "Minister of/for PORTFOLIO" and "PORTFOLIO minister" are one title', () => {
	const groups = groupsOf([
		record('a', [['s0', 'Ulmara Ostrowyn', 'Minister of Foreign Affairs and International Cooperation', 'person'], ['s1', 'Pellasko Zorvath', 'Minister of National Defence', 'person']]),
		record('b', [['s0', 'foreign minister', 'foreign minister', 'person', true], ['s1', 'Defence Minister', 'Defence Minister', 'person', true]]),
	]);
	assert.ok(together(groups, 'Ulmara Ostrowyn', 'foreign minister'));
	assert.ok(together(groups, 'Pellasko Zorvath', 'Defence Minister'));
	assert.equal(groups.length, 2);
});

test('merge: a deputy minister for a portfolio is not that portfolio\'s minister', () => {
	const groups = groupsOf([
		record('a', [['s0', 'Ulmara Ostrowyn', 'Deputy Minister for Trade', 'person']]),
		record('b', [['s0', 'trade minister', 'trade minister', 'person', true]]),
	]);
	assert.equal(groups.length, 2);
});

test('merge: "X\'s foreign minister" finds the holder whose role names X when two foreign ministers are named', () => {
	const groups = groupsOf([
		record('a', [['s0', 'Ulmara Ostrowyn', 'Foreign Minister', 'person'], ['s1', 'Pellasko Zorvath', 'Foreign Minister', 'person']]),
		record('b', [['s0', 'Ulmara Ostrowyn', "Quessland's Foreign Minister", 'person'], ['s1', 'Pellasko Zorvath', "Hessmark's Foreign Minister", 'person']]),
		record('c', [['s0', "Quessland's foreign minister", "Quessland's foreign minister", 'person', true]]),
	]);
	assert.ok(together(groups, 'Ulmara Ostrowyn', "Quessland's foreign minister"));
	assert.ok(!together(groups, 'Pellasko Zorvath', "Quessland's foreign minister"));
});

test('merge: "a spokeswoman for the defence ministry" is the one named defence ministry spokeswoman', () => {
	const groups = groupsOf([
		record('a', [['s0', 'Ulmara Ostrowyn', 'Major, Quessland defence ministry spokeswoman', 'person'], ['s1', 'Pellasko Zorvath', 'army spokesman', 'person']]),
		record('b', [['s0', 'spokeswoman for the Quessland defence ministry', 'spokeswoman for the Quessland defence ministry', 'anonymous']]),
	]);
	assert.ok(together(groups, 'Ulmara Ostrowyn', 'spokeswoman for the Quessland defence ministry'));
	assert.equal(groups.length, 2);
});

test('merge: an unnamed spokesman with no named holder joins the body he speaks for', () => {
	const groups = groupsOf([
		record('a', [['s0', 'Vandrel Mining Company', null, 'organisation']]),
		record('b', [['s0', 'spokesman for the Vandrel Mining Company', 'spokesman for the Vandrel Mining Company', 'anonymous']]),
		record('c', [['s0', 'Telmorra Relief spokeswoman', 'Telmorra Relief spokeswoman', 'anonymous']]),
	]);
	assert.ok(together(groups, 'Vandrel Mining Company', 'spokesman for the Vandrel Mining Company'));
	assert.equal(groups.length, 2);
});

test('merge: "the army" joins the one army named in full; with two armies named it stays apart', () => {
	const one = groupsOf([
		record('a', [['s0', "Quessland's army", null, 'organisation']]),
		record('b', [['s0', 'army', null, 'organisation'], ['s1', 'general staff', null, 'organisation']]),
		record('c', [['s0', "Hessmark's general staff", null, 'organisation']]),
	]);
	assert.ok(together(one, "Quessland's army", 'army'));
	assert.ok(together(one, "Hessmark's general staff", 'general staff'));
	const two = groupsOf([
		record('a', [['s0', "Quessland's army", null, 'organisation'], ['s1', 'Hessmark army', null, 'organisation']]),
		record('b', [['s0', 'army', null, 'organisation']]),
	]);
	assert.equal(two.length, 3);
});

test('merge: "gh" and "g" spell one surname (Varlingh ~ Varling, Tevighane ~ Teviguane)', () => {
	const groups = groupsOf([
		record('a', [['s0', 'Oskarvin Varlingh', null, 'person'], ['s1', 'Dashkel Tevighane', null, 'person']]),
		record('b', [['s0', 'Oskarvin Varling', null, 'person'], ['s1', 'Dashkel Teviguane', null, 'person']]),
	]);
	assert.ok(together(groups, 'Oskarvin Varlingh', 'Oskarvin Varling'));
	assert.ok(together(groups, 'Dashkel Tevighane', 'Dashkel Teviguane'));
	assert.equal(groups.length, 2);
});

test('merge: "the Estonian leader" is its president, not its vice-president', () => {
	const sided = (id: string, rows: Array<[string, string, string, boolean]>) => {
		const made = record(id, rows.map(([key, name, role, roleOnly]) => [key, name, role, 'person', roleOnly]));
		for (const speaker of made.speakers) speaker.side = 'Estonia';
		return made;
	};
	const groups = groupsOf([
		sided('a', [['s0', 'Olvar Tenning', 'Estonian President', false], ['s1', 'Mirabeth Quenna', 'Estonian Vice President', false]]),
		sided('b', [['s0', 'Estonian leader', 'Estonian leader', true]]),
	]);
	assert.ok(together(groups, 'Olvar Tenning', 'Estonian leader'));
	assert.equal(groups.length, 2);
});

test('merge: "President of the Kell Commission" is the one "Commission President" the corpus names, as a body\'s head named before or after it', () => {
	const groups = groupsOf([
		record('a', [['s0', 'Yssara Vostrane', 'Kell Commission President', 'person'], ['s1', 'Tobrin Askel', 'Governor of the Central Bank', 'person']]),
		record('b', [['s0', 'President of the Kell Commission', 'President of the Kell Commission', 'person', true], ['s1', 'bank governor', 'bank governor', 'person', true]]),
	]);
	assert.ok(together(groups, 'Yssara Vostrane', 'President of the Kell Commission'));
	assert.ok(together(groups, 'Tobrin Askel', 'bank governor'));
	assert.equal(groups.length, 2);
});

test('merge: a bare word another article names a body by joins that body, not a person whose surname it looks like', () => {
	const merged = mergeQuotes([
		record('a', [['s0', 'Zentaris', null, 'person']]),
		record('b', [['s0', 'Zentaris', null, 'organisation'], ['s1', 'Halvid Orvessa al-Zentari', 'head of the Zentari Revolutionary Committee', 'person']]),
	]).speakers;
	const body = merged.find((speaker) => speaker.aliases.includes('Zentaris'));
	assert.equal(body?.type, 'organisation');
	assert.ok(!body?.aliases.includes('Halvid Orvessa al-Zentari'));
	// with no body of that name, the bare word is a surname as before
	const alone = groupsOf([record('a', [['s0', 'Zentari', null, 'person']]), record('b', [['s1', 'Halvid Orvessa al-Zentari', null, 'person']])]);
	assert.ok(together(alone, 'Zentari', 'Halvid Orvessa al-Zentari'));
});

test('merge: one outlet\'s misspelt surname is the same person when the first names agree and no article names both', () => {
	const groups = groupsOf([
		record('a', [['s0', 'Lisandre Tolvenerc', 'envoy', 'person']]),
		record('b', [['s0', 'Lisandre Tolvenerc', null, 'person']]),
		record('c', [['s0', 'Lisandre Tolvenaire', 'envoy', 'person']]),
		record('d', [['s0', 'Halvid Karshenko', null, 'person']]),
		record('e', [['s0', 'Halvid Karchenko', null, 'person']]),
	]);
	assert.ok(together(groups, 'Lisandre Tolvenerc', 'Lisandre Tolvenaire'));
	assert.ok(together(groups, 'Halvid Karshenko', 'Halvid Karchenko'));
	// two people of one article with near surnames stay two; other first names stay apart
	const apart = groupsOf([record('a', [['s0', 'Ama Quedlin', null, 'person'], ['s1', 'Ama Quedrin', null, 'person']]), record('b', [['s0', 'Orvessa Quedrin', null, 'person']])]);
	assert.equal(apart.length, 3);
});

test('merge: "the Ministry of Health" is the one health ministry named elsewhere; "Marrish leader" is the one "Marrishan leader"', () => {
	const groups = groupsOf([
		record('a', [['s0', "Quedlin's health ministry", null, 'organisation']]),
		record('b', [['s0', 'Ministry of Health', null, 'organisation']]),
		record('c', [['s0', 'Halvid Orvessa', 'Marrishan leader', 'person']]),
		record('d', [['s0', 'Marrish leader', 'Marrish leader', 'person', true]]),
	]);
	assert.ok(together(groups, "Quedlin's health ministry", 'Ministry of Health'));
	assert.ok(together(groups, 'Halvid Orvessa', 'Marrish leader'));
	const governor = groupsOf([record('c', [['s0', 'Ama Tolvane', 'Quedlin Governor', 'person']]), record('d', [['s0', 'governor', 'governor', 'person', true]])]);
	assert.ok(together(governor, 'Ama Tolvane', 'governor'));
	// with no one's ministry of that portfolio named, "the Ministry of Security" and "the security ministry" are one body
	const unowned = groupsOf([record('a', [['s0', 'Ministry of Security', null, 'organisation']]), record('b', [['s0', 'security ministry', null, 'organisation']])]);
	assert.equal(unowned.length, 1);
	// two sides' bare ministries in two articles stay two: "Ministry of Defence" here, "the defence ministry" there
	const sides = groupsOf([record('a', [['s0', 'Ministry of Defence', null, 'organisation']]), record('b', [['s0', 'defence ministry', null, 'organisation']]), record('c', [["Quedlin's defence ministry", "Quedlin's defence ministry", null, 'organisation'], ["Marrish's defence ministry", "Marrish's defence ministry", null, 'organisation']])]);
	assert.equal(sides.length, 4);
	// a title's own first word is no owner: "Foreign minister" joins no leader
	const titled = groupsOf([record('c', [['s0', 'Halvid Orvessa', 'Marrishan leader', 'person']]), record('d', [['s0', 'Foreign minister', 'Foreign minister', 'person', true]])]);
	assert.equal(titled.length, 2);
});

test('merge: an unnamed source styled "senior" by one outlet is the same source another names without the rank', () => {
	const groups = groupsOf([
		record('a', [['s0', 'senior Marrishan diplomat', 'senior Marrishan diplomat', 'anonymous']]),
		record('b', [['s0', 'Marrishan diplomat', 'Marrishan diplomat', 'anonymous']]),
		record('c', [['s0', 'Quedlin diplomat', 'Quedlin diplomat', 'anonymous']]),
	]);
	assert.ok(together(groups, 'senior Marrishan diplomat', 'Marrishan diplomat'));
	assert.equal(groups.length, 2);
});

test('merge: a bare surname one outlet misspells joins the one full name it is near, never one its own article names too', () => {
	const groups = groupsOf([
		record('a', [['s0', 'Ama Tolvenaire', 'foreign minister', 'person']]),
		record('b', [['s0', 'Ama Tolvenaire', null, 'person']]),
		record('c', [['s0', 'Tolvenerc', null, 'person']]),
	]);
	assert.ok(together(groups, 'Ama Tolvenaire', 'Tolvenerc'));
	const apart = groupsOf([record('a', [['s0', 'Ama Quedlin', null, 'person'], ['s1', 'Quedrin', null, 'person']])]);
	assert.equal(apart.length, 2);
});
