import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {LocalQuote, LocalSpeaker} from '../../../source/core/extract/quotes.js';
import {mergeQuotes} from '../../../source/core/merge/quotes.js';
import type {QuoteKind, SpeakerType} from '../../../source/core/model.js';
import {EXTRACTOR_VERSION, type ArticleRecord} from '../../../source/core/record.js';

type SpeakerRow = [key: string, name: string, role: string | null, type: SpeakerType, side?: string | null, roleOnly?: boolean];
type QuoteRow = [speakerKey: string, text: string, kind?: QuoteKind];

/** A record of an invented article with the given speakers and quotes. */
function record(id: string, speakers: SpeakerRow[], quotes: QuoteRow[]): ArticleRecord {
	const local: LocalSpeaker[] = speakers.map(([key, name, role, type, side = null, roleOnly = false]) => ({key, name, aliases: [name], role, type, side, roleOnly}));
	const said: LocalQuote[] = quotes.map(([speakerKey, text, kind = 'direct']) => ({speakerKey, text, kind, evidence: {article: id, text: `“${text}” (${id})`, offset: 0, rule: 'quote.said-after'}}));
	return {
		extractor: EXTRACTOR_VERSION,
		article: {id, outlet: id, credit: null, url: null, headline: null, published: null, words: 100, lede: null, body: ''},
		speakers: local,
		quotes: said,
		figures: [],
		claims: [],
		proposals: [],
		provisions: [],
		weekdays: [],
	};
}

test('merge: "z"/"s", "j"/"y" and a closing "s" are one surname spelt two ways; "rebels" and "rebel" stay apart', () => {
	const {speakers} = mergeQuotes([
		record('a', [['s0', 'Ebba Drosler', null, 'person'], ['s1', 'Ilmar Okuya', null, 'person'], ['s2', 'Edda Mornet', null, 'person']], []),
		record('b', [['s0', 'Ebba Drozler', null, 'person'], ['s1', 'Ilmar Okuja', null, 'person'], ['s2', 'Edda Mornets', null, 'person']], []),
		record('c', [['s0', 'rebels', null, 'person'], ['s1', 'rebel', null, 'person']], []),
	]);
	assert.equal(speakers.length, 5);
	for (const pair of [['Ebba Drosler', 'Ebba Drozler'], ['Ilmar Okuya', 'Ilmar Okuja'], ['Edda Mornet', 'Edda Mornets']]) {
		assert.ok(speakers.some((speaker) => pair.every((name) => speaker.aliases.includes(name))), pair.join(' ~ '));
	}
});

test('merge: a body named by one word joins the one body whose name ends with it, not one of two', () => {
	const one = mergeQuotes([
		record('a', [['s0', "Tellec People's Front", null, 'organisation']], []),
		record('b', [['s0', 'Front', null, 'organisation']], []),
	]);
	assert.equal(one.speakers.length, 1);
	const two = mergeQuotes([
		record('a', [['s0', "Tellec People's Front", null, 'organisation'], ['s1', 'Vorna Liberation Front', null, 'organisation']], []),
		record('b', [['s0', 'Front', null, 'organisation']], []),
	]);
	assert.equal(two.speakers.length, 3);
});

test('merge: spelling variants, accents, short first names and a bare surname are one person', () => {
	const {speakers} = mergeQuotes([
		record('a', [['s0', 'Jean-Noël Marchetti', 'French Foreign Minister', 'person', 'France']], []),
		record('b', [['s0', 'Jean-Noel Marchetti', 'French Foreign Minister', 'person', 'France']], []),
		record('c', [['s0', 'Marchetti', null, 'person']], []),
		record('d', [['s0', 'Dan Kowalczyk', 'Army Secretary', 'person'], ['s1', 'Daniel Kowalczykk', null, 'person']], []),
		record('e', [['s0', 'Olena Kovalenkyy', null, 'person'], ['s1', 'Olena Kovalenkiy', null, 'person']], []),
	]);
	assert.equal(speakers.length, 3);
	assert.ok(speakers.some((speaker) => speaker.name === 'Daniel Kowalczykk' && speaker.aliases.includes('Dan Kowalczyk')), 'the full first name wins');
	const minister = speakers.find((speaker) => speaker.name === 'Jean-Noël Marchetti')!;
	assert.deepEqual(minister.aliases, ['Jean-Noël Marchetti', 'Jean-Noel Marchetti', 'Marchetti']);
	assert.equal(minister.side, 'France');
});

test('merge: a son with a generational suffix is not his father', () => {
	const {speakers} = mergeQuotes([
		record('a', [['s0', 'Ray Holt', null, 'person'], ['s1', 'Ray Holt Jr.', null, 'person']], []),
		record('b', [['s0', 'Holt', null, 'person']], []),
	]);
	assert.deepEqual(speakers.map((speaker) => speaker.name).sort(), ['Ray Holt', 'Ray Holt Jr.']);
});

test('merge: a role-only mention joins the one person holding that role', () => {
	const {speakers, quotes} = mergeQuotes([
		record('a', [['s0', 'Ana Ruiz', 'Chilean Interior Minister', 'person', 'Chile']], [['s0', 'We will rebuild every school.']]),
		record('b', [['s0', 'Chile’s interior minister', 'Chile’s interior minister', 'person', 'Chile', true]], [['s0', 'safe']]),
	]);
	assert.equal(speakers.length, 1);
	assert.deepEqual(new Set(quotes.map((quote) => quote.speaker)), new Set([speakers[0].id]));
});

test('merge: a role that names its body joins only a holder whose name or role says that body', () => {
	const {speakers} = mergeQuotes([
		record('a', [['s0', 'Jorun Vasket', 'spokesman', 'person']], [['s0', 'Ask who holds the road.']]),
		record('b', [['s0', 'spokesman of the Wyndrel Defence Forces', 'spokesman of the Wyndrel Defence Forces', 'person', null, true]], [['s0', 'Our troops hold the town.']]),
	]);
	assert.equal(speakers.length, 2);
	const named = mergeQuotes([
		record('a', [['s0', 'Jorun Vasket', 'spokesman of the Wyndrel Defence Forces', 'person']], [['s0', 'Ask who holds the road.']]),
		record('b', [['s0', 'Wyndrel Defence Forces spokesman', 'spokesman of the Wyndrel Defence Forces', 'person', null, true]], [['s0', 'Our troops hold the town.']]),
	]);
	assert.equal(named.speakers.length, 1);
});

test('merge: a group named by a plural role is not the one person holding that role', () => {
	const cases: Array<[string, number]> = [['interior ministers', 2], ['people familiar with the talks', 2], ['interior minister', 1]];
	for (const [role, count] of cases) {
		const {speakers} = mergeQuotes([
			record('a', [['s0', 'Ana Ruiz', 'Chilean Interior Minister', 'person', 'Chile']], [['s0', 'We will rebuild every school.']]),
			record('b', [['s0', role, role, 'person', null, true]], [['s0', 'historic']]),
		]);
		assert.equal(speakers.length, count, role);
	}
});

test('merge: a headline\'s "Orra chief" finds the holder of "Orra\'s chief executive"', () => {
	const {speakers} = mergeQuotes([
		record('a', [['s0', 'Ana Berg', 'Orra’s chief executive', 'person']], [['s0', 'We will build here.']]),
		record('b', [['s0', 'Orra chief', 'Orra chief', 'person', null, true]], [['s0', 'new chapter']]),
	]);
	assert.deepEqual(speakers.map((speaker) => speaker.name), ['Ana Berg']);
});

test('merge: organisations join across possessive and adjective forms, different bodies stay apart', () => {
	const {speakers} = mergeQuotes([
		record('a', [['s0', "Peru's trade ministry", null, 'organisation', 'Peru']], []),
		record('b', [['s0', 'Peruvian trade ministry', null, 'organisation', 'Peru']], []),
		record('c', [['s0', 'Peruvian health ministry', null, 'organisation', 'Peru']], []),
	]);
	assert.equal(speakers.length, 2);
});

test('merge: the same words in several outlets are one quote with every article and each sentence', () => {
	const {quotes} = mergeQuotes([
		record('a', [['s0', 'Lars Berg', null, 'person']], [['s0', 'This deal is good for U.S. farmers – and for ours.']]),
		record('b', [['s0', 'Berg', null, 'person']], [['s0', 'This deal is good for USA farmers - and for ours']]),
		record('c', [['s0', 'Lars Berg', null, 'person']], [['s0', 'Nobody lost.']]),
		record('d', [['s0', 'Ivo Kral', null, 'person']], [['s0', 'This deal is good for U.S. farmers – and for ours.']]),
	]);
	const deal = quotes.filter((quote) => quote.text.startsWith('This deal'));
	assert.equal(deal.length, 2, 'same words by another speaker stay apart');
	const berg = deal.find((quote) => quote.articles.length === 2)!;
	assert.deepEqual(berg.articles, ['a', 'b']);
	assert.deepEqual(berg.evidence.map((evidence) => evidence.article), ['a', 'b']);
});

test('merge: a short partial quote is not swallowed by a long quote that contains it', () => {
	const {quotes} = mergeQuotes([
		record('a', [['s0', 'Lars Berg', null, 'person']], [['s0', 'good', 'partial']]),
		record('b', [['s0', 'Lars Berg', null, 'person']], [['s0', 'This deal is good for farmers and for exporters.']]),
	]);
	assert.equal(quotes.length, 2);
});

test('merge: a compound surname written with a hyphen or a space is one person', () => {
	const {speakers} = mergeQuotes([
		record('a', [['s0', 'Ravi Ould-Mansour', 'spokesman', 'person']], []),
		record('b', [['s0', 'Ravi Ould Mansour', null, 'person']], []),
	]);
	assert.equal(speakers.length, 1);
});

test('merge: a body named only by what it is joins the one body given that role, and a one-word name that speaks as a person joins that body', () => {
	const cases: Array<[string, SpeakerRow[][], string[][]]> = [
		['the one holder', [[['s0', 'Nordgrid', 'grid operator', 'organisation']], [['s0', 'grid operator', null, 'organisation']], [['s0', 'Nordgrid', null, 'person']]], [['Nordgrid', 'grid operator']]],
		['two holders stay apart from it', [[['s0', 'Nordgrid', 'grid operator', 'organisation'], ['s1', 'Sudnet', 'grid operator', 'organisation']], [['s0', 'grid operator', null, 'organisation']]], [['grid operator'], ['Nordgrid'], ['Sudnet']]],
		['a person with a full name is not a body', [[['s0', 'Vell Bank', null, 'organisation']], [['s0', 'Ana Vell', null, 'person']]], [['Ana Vell'], ['Vell Bank']]],
	];
	for (const [name, articles, expected] of cases) {
		const {speakers} = mergeQuotes(articles.map((rows, index) => record(`a${index}`, rows, [])));
		const groups = speakers.map((speaker) => [speaker.name, ...speaker.aliases.filter((alias) => alias !== speaker.name)]).sort((a, b) => a[0].localeCompare(b[0]));
		assert.deepEqual(groups, expected, name);
	}
});

test('merge: an unnamed role repeating one named person’s very words is that person', () => {
	const table: Array<[string, SpeakerRow, SpeakerRow[], string | null]> = [
		['one named sayer', ['s0', 'fire chief', 'fire chief', 'person', null, true], [['s0', 'Ada Venn', 'Fire Chief', 'person']], 'Ada Venn'],
		['two named sayers', ['s0', 'fire chief', 'fire chief', 'person', null, true], [['s0', 'Ada Venn', null, 'person'], ['s1', 'Bo Lund', null, 'person']], null],
		['a group role', ['s0', 'officials', 'officials', 'person', null, true], [['s0', 'Ada Venn', null, 'person']], null],
	];
	for (const [label, unnamed, named, expected] of table) {
		const {speakers, quotes} = mergeQuotes([
			record('a', [unnamed], [['s0', 'out of control', 'partial']]),
			record('b', named, named.map(([key]) => [key, 'out of control', 'partial'] as QuoteRow)),
		]);
		const said = quotes.filter((quote) => quote.articles.includes('a'));
		const speaker = speakers.find((each) => each.id === said[0]?.speaker);
		if (expected) assert.equal(speaker?.name, expected, label);
		else assert.ok(speaker?.aliases.every((alias) => alias === unnamed[1]), label);
	}
});

test('merge: a body named by its acronym joins the body another article spelled out with that acronym', () => {
	const spelled = record('a', [['s0', 'Delmi Ridge Movement', null, 'organisation']], [['s0', 'We hold the pass', 'direct']]);
	spelled.speakers[0].aliases = ['DRM', 'Delmi Ridge Movement'];
	const {speakers} = mergeQuotes([spelled, record('b', [['s0', 'DRM', null, 'organisation']], [['s0', 'The pass is ours', 'direct']])]);
	assert.deepEqual(speakers.map((speaker) => speaker.name), ['Delmi Ridge Movement']);
});

test('merge: a body’s proper name joins the one body named by it after a place’s adjective, not one of two', () => {
	const one = mergeQuotes([
		record('a', [['s0', 'Kyrini Saffron Egret Society', null, 'organisation']], []),
		record('b', [['s0', 'Saffron Egret Society', null, 'organisation']], []),
	]);
	assert.equal(one.speakers.length, 1);
	const two = mergeQuotes([
		record('a', [['s0', 'Kyrini Saffron Egret Society', null, 'organisation'], ['s1', 'Orvassian Saffron Egret Society', null, 'organisation']], []),
		record('b', [['s0', 'Saffron Egret Society', null, 'organisation']], []),
	]);
	assert.equal(two.speakers.length, 3);
	// a word that is no place's adjective keeps two bodies apart
	const other = mergeQuotes([record('a', [['s0', 'Northern Egret Society', null, 'organisation']], []), record('b', [['s0', 'Egret Society', null, 'organisation']], [])]);
	assert.equal(other.speakers.length, 2);
});

test('merge: an unnamed spokesman joins the one person holding that title; an unnamed official does not', () => {
	const {speakers} = mergeQuotes([
		record('a', [['s0', 'army spokesman', 'army spokesman', 'anonymous'], ['s1', 'army official', 'army official', 'anonymous']], [['s0', 'The bridge is ours.'], ['s1', 'The road is open.']]),
		record('b', [['s0', 'Brisella Quandt', 'Colonel, army spokesman', 'person'], ['s1', 'Corwenna Tolvern', 'army official', 'person']], [['s0', 'We hold the bridge.'], ['s1', 'We hold the road.']]),
	]);
	assert.deepEqual(speakers.map((speaker) => speaker.name).sort(), ['Brisella Quandt', 'Corwenna Tolvern', 'army official']);
});

test('merge: a body spelt the British and the American way is one ("Defence Ministry" ~ "Defense Ministry")', () => {
	const {speakers} = mergeQuotes([
		record('a', [['s0', 'Zentalia Defence Ministry', null, 'organisation']], []),
		record('b', [['s0', 'Zentalia Defense Ministry', null, 'organisation'], ['s1', 'Zentalia Interior Ministry', null, 'organisation']], []),
	]);
	assert.equal(speakers.length, 2);
});

test('merge: a body after its place\'s possessive and after the place\'s adjective is one body ("Dorvania\'s army" ~ "Dorvanian army")', () => {
	const {speakers} = mergeQuotes([
		record('a', [['s0', 'Velmarcha\'s army', null, 'organisation']], [['s0', 'The lookout is ours.']]),
		record('b', [['s0', 'Velmarchan army', null, 'organisation']], [['s0', 'We hold the ridge.']]),
	]);
	assert.equal(speakers.length, 1, JSON.stringify(speakers.map((speaker) => speaker.name)));
});

test('merge: initials join the one full first name of the surname they start; two such names leave them apart', () => {
	const one = mergeQuotes([
		record('a', [['s0', 'R. D. Velmarch', null, 'person']], [['s0', 'The island is ours.']]),
		record('b', [['s0', 'Radan Velmarch', null, 'person']], [['s0', 'We hold the spit.']]),
	]);
	assert.equal(one.speakers.length, 1, JSON.stringify(one.speakers.map((speaker) => speaker.name)));
	const two = mergeQuotes([
		record('a', [['s0', 'R. Velmarch', null, 'person']], [['s0', 'The island is ours.']]),
		record('b', [['s0', 'Radan Velmarch', null, 'person'], ['s1', 'Ravenna Velmarch', null, 'person']], [['s0', 'We hold the spit.'], ['s1', 'We hold the bank.']]),
	]);
	assert.equal(two.speakers.length, 3, JSON.stringify(two.speakers.map((speaker) => speaker.name)));
});

test('merge: a body written as one word in one outlet and two in another ("coastguard", "Coast Guard") is one speaker', () => {
	const {speakers} = mergeQuotes([
		record('a', [['s0', 'Velsh coastguard', null, 'organisation']], [['s0', 'We are still searching for two fishermen']]),
		record('b', [['s0', 'Velsh Coast Guard', null, 'organisation']], [['s0', 'The sea is rough but we will not stop']]),
	]);
	assert.equal(speakers.length, 1);
});

test('merge: an acronym spelled out nowhere joins the one body whose initials it spells, one word of the name left out at most', () => {
	const {speakers} = mergeQuotes([
		record('a', [['s0', 'Office of the Quorvale High Commissioner for Human Rights', null, 'organisation'], ['s1', 'OHCHR', null, 'organisation']], []),
		record('b', [['s0', 'Harlune Border Service', null, 'organisation'], ['s1', 'HBS', null, 'organisation'], ['s2', 'QRS', null, 'organisation']], []),
	]);
	assert.equal(speakers.length, 3);
	assert.ok(speakers.some((speaker) => speaker.aliases.includes('OHCHR') && speaker.aliases.includes('Office of the Quorvale High Commissioner for Human Rights')));
	assert.ok(speakers.some((speaker) => speaker.aliases.includes('HBS') && speaker.aliases.includes('Harlune Border Service')));
	// (two bodies with the same initials leave the acronym alone)
	const two = mergeQuotes([record('c', [['s0', 'Dastrella Relief Mission', null, 'organisation'], ['s1', 'Dastrella Rescue Movement', null, 'organisation'], ['s2', 'DRM', null, 'organisation']], [])]);
	assert.equal(two.speakers.length, 3);
});

test('merge: "q"/"k", "tsch"/"ch" and "ou"/"w" before a vowel are one surname transliterated two ways', () => {
	const {speakers} = mergeQuotes([
		record('a', [['s0', 'Orlane al-Qessari', null, 'person'], ['s1', 'Felmira Wennatsch', null, 'person'], ['s2', 'Ulvaro Brisquaoui', null, 'person']], []),
		record('b', [['s0', 'Orlane al-Kessari', null, 'person'], ['s1', 'Felmira Wennach', null, 'person'], ['s2', 'Ulvaro Brisquawi', null, 'person']], []),
	]);
	assert.equal(speakers.length, 3);
});
