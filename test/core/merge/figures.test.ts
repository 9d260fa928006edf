import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {LocalClaim} from '../../../source/core/extract/claims.js';
import type {LocalFigure} from '../../../source/core/extract/figures.js';
import {mergeClaims, mergeFigures} from '../../../source/core/merge/figures.js';
import type {FigureKind} from '../../../source/core/model.js';
import {EXTRACTOR_VERSION, type ArticleRecord} from '../../../source/core/record.js';

function record(id: string, outlet: string, figures: LocalFigure[], claims: LocalClaim[] = []): ArticleRecord {
	return {
		extractor: EXTRACTOR_VERSION,
		article: {id, outlet, credit: null, url: null, headline: null, published: null, words: 0, lede: null, body: ''},
		speakers: [],
		quotes: [],
		figures,
		claims,
		proposals: [],
		provisions: [],
		weekdays: [],
	};
}

function figure(article: string, kind: FigureKind, value: number | null, text: string, place: string | null = null, counts: string | null = null): LocalFigure {
	return {value, qualifier: null, kind, text, place, source: null, counts, evidence: {article, text: `${text}.`, rule: 'test'}};
}

function claim(article: string, place: string, text: string, extent?: string | null, disputedBy: string | null = null): LocalClaim {
	return {place, claim: text, claimant: 'Norland', disputedBy, ...(extent !== undefined ? {extent} : {}), evidence: {article, text: `${text}.`, rule: 'test'}};
}

test('the same kind, value and place across outlets is one figure listing every article', () => {
	const {figures, discrepancies} = mergeFigures([
		record('a.txt', 'Daily A', [figure('a.txt', 'killed', 41, 'killed at least 41 people', 'Valdoro'), figure('a.txt', 'killed', 41, '41 dead', 'Valdoro')]),
		record('b.txt', 'Daily B', [figure('b.txt', 'killed', 41, '41 people were killed', 'Valdoro')]),
	]);
	assert.equal(figures.length, 1);
	assert.deepEqual(figures[0].articles, ['a.txt', 'b.txt']);
	assert.equal(figures[0].evidence.length, 3);
	assert.deepEqual(discrepancies, []);
});

test('the same kind and place with different values is a discrepancy showing each outlet', () => {
	const {figures, discrepancies} = mergeFigures([
		record('a.txt', 'Daily A', [figure('a.txt', 'killed', 41, 'killed 41', 'Valdoro'), figure('a.txt', 'killed', 3, 'including three children', 'Valdoro', 'children')]),
		record('b.txt', 'Daily B', [figure('b.txt', 'killed', 38, 'killed 38', 'Valdoro')]),
	]);
	assert.equal(figures.length, 3);
	assert.equal(discrepancies.length, 1);
	assert.equal(discrepancies[0].kind, 'figure');
	assert.equal(discrepancies[0].summary, 'killed in Valdoro: 41 (Daily A) vs 38 (Daily B)');
	assert.deepEqual(discrepancies[0].articles.sort(), ['a.txt', 'b.txt']);
	assert.equal(discrepancies[0].evidence.length, 2);
});

test('a narrower group\'s count well below another outlet\'s toll of the place is a part of it; near it, a rival', () => {
	const {discrepancies} = mergeFigures([
		record('a.txt', 'Daily A', [figure('a.txt', 'killed', 700, 'more than 700 people have died', 'Quedlin')]),
		record('b.txt', 'Daily B', [figure('b.txt', 'killed', 15, 'the strikes also killed 15 troops', 'Quedlin', 'troops')]),
	]);
	assert.deepEqual(discrepancies, []);
	const near = mergeFigures([
		record('a.txt', 'Daily A', [figure('a.txt', 'killed', 28, '28 people were killed', 'Quedlin')]),
		record('b.txt', 'Daily B', [figure('b.txt', 'killed', 26, 'killed 26 tourists', 'Quedlin', 'tourists')]),
	]);
	assert.equal(near.discrepancies[0]?.summary, 'killed in Quedlin: 28 (Daily A) vs 26 (Daily B)');
});

test('a part of a toll ("including 15 children") is no rival of another outlet\'s toll, even when that toll has no place', () => {
	const part = (article: string, value: number) => ({...figure(article, 'killed', value, `including ${value} children`, 'Valdoro', 'children'), evidence: {article, text: 'x.', rule: 'figure.killed-after+part'}});
	const {discrepancies} = mergeFigures([
		record('a.txt', 'Daily A', [figure('a.txt', 'killed', 44, 'killed 44', 'Valdoro'), part('a.txt', 15)]),
		record('b.txt', 'Daily B', [figure('b.txt', 'killed', 43, '43 reported deaths'), part('b.txt', 15)]),
	]);
	// the tolls themselves still differ; the parts never stand for them
	assert.deepEqual(discrepancies.map((discrepancy) => discrepancy.summary), ['killed: 43 (Daily B) vs 44 (Daily A)']);
});

test('distinct things of one count in one article stay apart; outlets merge by the sort of thing', () => {
	const {figures} = mergeFigures([
		record('a.txt', 'A', [figure('a.txt', 'damage', 1, 'one MiG-29', null, 'MiG-29'), figure('a.txt', 'damage', 1, 'one Su-25', null, 'Su-25'), figure('a.txt', 'damage', 3, 'three jets', null, 'jets')]),
		record('b.txt', 'B', [figure('b.txt', 'damage', 3, 'three aircraft', null, 'aircraft'), figure('b.txt', 'damage', 3, 'three air bases', null, 'air bases')]),
	]);
	const rows = figures.map((item) => `${item.text}: ${item.articles.join(',')}`);
	assert.deepEqual(rows, ['one MiG-29: a.txt', 'one Su-25: a.txt', 'three jets: a.txt,b.txt', 'three air bases: b.txt']);
});

test('rates on different goods in one article stay apart; other figures give no discrepancies', () => {
	const {figures, discrepancies} = mergeFigures([
		record('a.txt', 'A', [figure('a.txt', 'other', 10, '10%', null, 'China goods'), figure('a.txt', 'other', 10, '10%', null, 'United States goods'), figure('a.txt', 'other', 30, '30%', null, 'China goods')]),
		record('b.txt', 'B', [figure('b.txt', 'other', 25, '25%', null, 'China goods')]),
	]);
	assert.equal(figures.length, 4);
	assert.deepEqual(discrepancies, []);
});

test('one claim per place across outlets; differing extent is a discrepancy; a denial is kept', () => {
	const {claims, discrepancies} = mergeClaims([
		record('a.txt', 'Daily A', [], [claim('a.txt', 'Marest', 'parts of Marest seized', 'parts of', 'Kestria')]),
		record('b.txt', 'Daily B', [], [claim('b.txt', 'Marest', 'most of Marest taken', 'most of'), claim('b.txt', 'Ostrel', 'struck')]),
	]);
	assert.deepEqual(
		claims.map((item) => [item.place, item.articles.join(','), item.disputedBy]),
		[
			['Marest', 'a.txt,b.txt', 'Kestria'],
			['Ostrel', 'b.txt', null],
		],
	);
	assert.equal(discrepancies.length, 1);
	assert.equal(discrepancies[0].summary, 'Marest: parts of (Daily A) vs most of (Daily B)');
});

test('a joint target is filed under its first place when that place is claimed alone', () => {
	const {claims} = mergeClaims([
		record('a.txt', 'A', [], [claim('a.txt', 'Norland and North Isle', 'struck')]),
		record('b.txt', 'B', [], [claim('b.txt', 'Norland', 'struck')]),
	]);
	assert.deepEqual(claims.map((item) => [item.place, item.articles.join(',')]), [['Norland', 'a.txt,b.txt']]);
});

test('an outlet that names no place joins the figure of one that does; different people stay apart', () => {
	const {figures} = mergeFigures([
		record('a.txt', 'A', [figure('a.txt', 'killed', 12, '12 civilians were killed', null, 'civilians')]),
		record('b.txt', 'B', [figure('b.txt', 'killed', 12, 'killed 12 civilians', 'Dorvan', 'civilians'), figure('b.txt', 'killed', 12, '12 pilgrims were killed', 'Marest', 'pilgrims')]),
	]);
	assert.deepEqual(
		figures.map((item) => [item.place, item.articles.join(',')]),
		[
			['Dorvan', 'a.txt,b.txt'],
			['Marest', 'b.txt'],
		],
	);
});

test('a disputed toll claim and a strike at the same place are one claim row, the dispute kept', () => {
	const {claims} = mergeClaims([
		record('a.txt', 'Daily A', [], [claim('a.txt', 'Oruz', 'struck')]),
		record('b.txt', 'Daily B', [], [{...claim('b.txt', 'Oruz', 'at least 40 killed'), claimant: 'Residents', disputedBy: 'The governor'}]),
	]);
	assert.equal(claims.length, 1);
	assert.equal(claims[0].disputedBy, 'The governor');
	assert.deepEqual(claims[0].articles, ['a.txt', 'b.txt']);
});

test('outlets giving a count in words and in digits ("three field hospitals", "3 field hospitals") share one figure', () => {
	const {figures} = mergeFigures([
		record('a.txt', 'Daily A', [figure('a.txt', 'other', 3, 'Three field hospitals', null, 'hospitals')]),
		record('b.txt', 'Daily B', [figure('b.txt', 'other', 3, '3 field hospitals', null, 'hospitals')]),
	]);
	assert.equal(figures.length, 1);
});

test('deniers of one side in several forms are one denier; a country and its adjective are one side', () => {
	const deniers = ['Tavia’s military', 'Tavian', 'Tavia', 'The general staff', 'Kyrin'];
	const {claims} = mergeClaims(deniers.map((denier, index) => record(`${index}.txt`, `Daily ${index}`, [], [claim(`${index}.txt`, 'Lesno', 'taken', null, denier)])));
	assert.equal(claims[0].disputedBy, 'Tavia’s military; The general staff; Kyrin');
});

test('versions from different sides each name their claimant; one side’s versions are listed bare', () => {
	const cases: [Array<[string, string | null]>, string][] = [
		[[['encircled', null], ['shelled', 'Tavian']], 'encircled (unattributed); shelled (Tavian)'],
		[[['taken', 'Kyrin'], ['captured', 'Kyrin']], 'taken; captured'],
		[[['seized', 'Kenya'], ['taken', 'Kenyan army']], 'seized; taken'],
		// Claimants repeated across many articles: each side named once, as first named.
		[[['taken', 'Tavia'], ['taken', 'Kyrin'], ['taken', 'Tavian'], ['taken', 'Kyrin'], ['held', null], ['held', null], ['held', 'Tavia'], ['held', 'Tavian general staff']], 'taken (Tavia, Kyrin); held (unattributed, Tavia)'],
		[[['shelled', 'Paldor'], ['shelled', 'Paldori'], ['shelled', 'Paldor'], ['struck', 'Kyrin'], ['struck', 'Kyrin']], 'shelled (Paldor); struck (Kyrin)'],
	];
	for (const [versions, expected] of cases) {
		const {claims} = mergeClaims(versions.map(([text, claimant], index) => record(`${index}.txt`, `D${index}`, [], [{...claim(`${index}.txt`, 'Osk', text), claimant}])));
		assert.equal(claims[0].claim, expected);
	}
});

test('placeless counts outlets give close but different numbers are a discrepancy; far numbers and equal ones are not', () => {
	const {discrepancies} = mergeFigures([
		record('a.txt', 'Daily A', [figure('a.txt', 'killed', 412, '412 people have been killed'), figure('a.txt', 'troops', 40000, 'about 40,000 troops')]),
		record('b.txt', 'Daily B', [figure('b.txt', 'killed', 430, 'more than 430 dead'), figure('b.txt', 'troops', 5000, 'a force of 5,000 troops')]),
		record('c.txt', 'Daily C', [figure('c.txt', 'killed', 412, '412 killed'), figure('c.txt', 'missing', 20, '20 missing', null, 'sailors')]),
		record('d.txt', 'Daily D', [figure('d.txt', 'missing', 20, '20 missing', null, 'fishermen')]),
	]);
	assert.deepEqual(
		discrepancies.map((item) => item.summary),
		['killed: 412 (Daily A, Daily C) vs 430 (Daily B)'],
	);
	assert.deepEqual(discrepancies[0].articles.sort(), ['a.txt', 'b.txt', 'c.txt']);
});

test('a place already disputed is compared by place only', () => {
	const {discrepancies} = mergeFigures([
		record('a.txt', 'Daily A', [figure('a.txt', 'killed', 17, 'killed 17', 'Valdoro')]),
		record('b.txt', 'Daily B', [figure('b.txt', 'killed', 14, 'killed 14', 'Valdoro')]),
		record('c.txt', 'Daily C', [figure('c.txt', 'killed', 13, 'killed 13')]),
	]);
	assert.deepEqual(discrepancies.map((item) => item.summary), ['killed in Valdoro: 17 (Daily A) vs 14 (Daily B)']);
});

test('a claim a named side disputes is a discrepancy with both sentences; "unverified" is not', () => {
	const {discrepancies} = mergeClaims([
		record('a.txt', 'Daily A', [], [claim('a.txt', 'Tarn', 'sunk'), claim('a.txt', 'Osk', 'struck', undefined, 'unverified')]),
		record('b.txt', 'Daily B', [], [claim('b.txt', 'Tarn', 'sunk', undefined, 'Velor')]),
	]);
	assert.deepEqual(discrepancies.map((item) => [item.summary, item.articles.join(','), item.evidence.map((evidence) => evidence.article).join(',')]), [['Tarn: sunk (Norland) vs disputed by Velor (Daily B)', 'a.txt,b.txt', 'a.txt,b.txt']]);
});

test('one article’s deal terms of one number but different units stay two figures; each merges with its own across outlets', () => {
	const {figures} = mergeFigures([
		record('a.txt', 'Daily A', [figure('a.txt', 'other', 30, 'within 30 days', null, 'days'), figure('a.txt', 'other', 30, 'within 30 months', null, 'months')]),
		record('b.txt', 'Daily B', [figure('b.txt', 'other', 30, 'within 30 months', null, 'months')]),
	]);
	assert.deepEqual(
		figures.map((merged) => `${merged.text}: ${merged.articles.join(',')}`),
		['within 30 days: a.txt', 'within 30 months: a.txt,b.txt'],
	);
});

test('two of one number in one sentence are two figures; the same number in another sentence of the article is a repeat', () => {
	const sentence = 'The centre will have six Kell officers, six Dorva officers and a neutral chair.';
	const at = (text: string, offset: number): LocalFigure => ({...figure('a.txt', 'other', 6, text, null, 'officers'), evidence: {article: 'a.txt', text: sentence, offset, rule: 'test'}});
	const repeat: LocalFigure = {...figure('a.txt', 'other', 6, 'six officers', null, 'officers'), evidence: {article: 'a.txt', text: 'Six officers will staff it.', offset: 200, rule: 'test'}};
	const {figures} = mergeFigures([record('a.txt', 'Daily A', [at('six Kell officers', 100), at('six Dorva officers', 100), repeat])]);
	assert.deepEqual(
		figures.map((merged) => `${merged.text} (${merged.evidence.length})`),
		['six Kell officers (2)', 'six Dorva officers (1)'],
	);
});

test('a bare count of people an article already counted as killed or held is that count again; other things of the number are not', () => {
	const {figures} = mergeFigures([
		record('a.txt', 'Daily A', [
			figure('a.txt', 'other', 40, 'Our 40 fishermen', null, 'fishermen'),
			figure('a.txt', 'prisoners', 40, '40 fishermen detained', null, 'fishermen'),
			figure('a.txt', 'killed', 17, 'at least 17 villagers were killed', null, 'villagers'),
			figure('a.txt', 'other', 17, 'the names of 17 victims', null, 'victims'),
			figure('a.txt', 'other', 17, '17 trucks', null, 'trucks'),
			figure('a.txt', 'killed', 2, 'two guards were killed', null, 'guards'),
			figure('a.txt', 'other', 2, 'two guards', null, 'guards'),
		]),
	]);
	assert.deepEqual(
		figures.map((merged) => `${merged.kind}=${merged.value} (${merged.evidence.length})`),
		['prisoners=40 (2)', 'killed=17 (2)', 'other=17 (1)', 'killed=2 (1)', 'other=2 (1)'],
	);
});

test('one side\'s incident and the other side\'s version of it, each in its own outlet, dispute each other', () => {
	const incident = (article: string, claimant: string, text: string): LocalClaim => ({place: 'Dask', claim: text, claimant, disputedBy: null, evidence: {article, text: `${text}.`, rule: 'claim.incident'}});
	const {claims} = mergeClaims([
		record('a.txt', 'Daily A', [], [incident('a.txt', 'Tessara', 'opened fire on')]),
		record('b.txt', 'Daily B', [], [incident('b.txt', 'Orlova', 'fired on')]),
	]);
	assert.deepEqual(claims.map((item) => [item.place, item.claimant, item.disputedBy]), [['Dask', 'Tessara', 'Orlova']]);
	// two outlets telling one side's strike dispute nothing
	const strikes = mergeClaims([
		record('a.txt', 'Daily A', [], [{...incident('a.txt', 'Tessara', 'struck'), evidence: {article: 'a.txt', text: 'struck.', rule: 'claim.strike-verb'}}]),
		record('b.txt', 'Daily B', [], [{...incident('b.txt', 'Orlova', 'hit'), evidence: {article: 'b.txt', text: 'hit.', rule: 'claim.strike-verb'}}]),
	]);
	assert.equal(strikes.claims[0].disputedBy, null);
});

test('a bare count of people repeats a toll of the article, unless they are people a deal sends', () => {
	const repeats: [LocalFigure, LocalFigure, string[]][] = [
		[figure('a.txt', 'killed', 17, '17 villagers were killed', null, 'villagers'), figure('a.txt', 'other', 17, '17 victims', null, 'victims'), ['killed=17']],
		[figure('a.txt', 'prisoners', 23, '23 of our seafarers', null, 'seafarers'), figure('a.txt', 'other', 23, '23 sailors', null, 'sailors'), ['prisoners=23']],
		[figure('a.txt', 'killed', 150, 'more than 150 civilian dead', null, 'civilian'), figure('a.txt', 'other', 150, '150 unarmed observers', null, 'observers'), ['killed=150', 'other=150']],
	];
	for (const [toll, repeat, expected] of repeats) {
		const {figures} = mergeFigures([record('a.txt', 'Daily A', [toll, {...repeat, evidence: {...repeat.evidence, offset: 300}}])]);
		assert.deepEqual(figures.map((merged) => `${merged.kind}=${merged.value}`), expected, repeat.text);
	}
});

test('a zone and a distance of one size in one article are one figure; other counts of that size are not', () => {
	const {figures} = mergeFigures([
		record('a.txt', 'Daily A', [
			figure('a.txt', 'other', 15, '15 km radius', null, 'zone'),
			figure('a.txt', 'other', 15, '15 km of the dam', null, 'km'),
			figure('a.txt', 'other', 15, '15 inspectors', null, 'inspectors'),
		]),
	]);
	assert.deepEqual(figures.map((merged) => merged.text), ['15 km radius', '15 inspectors']);
});

/** A deadline of one article: its sentence holds the phrase. */
function deadline(sentence: string, phrase: string): LocalFigure {
	return {value: 30, qualifier: null, kind: 'other', text: phrase, place: null, source: null, counts: 'days', evidence: {article: 'a.txt', text: sentence, offset: sentence.length, rule: 'figure.deal-term'}};
}

test('two deadlines of one length in one article are one only when their sentences share a plain word', () => {
	const rows: [string, string, number][] = [
		['Tarvel will unfreeze $2 billion of reserves within 30 days.', 'If Tarvel cheats, the tariffs return within 30 days.', 2],
		['Tarvel will unfreeze $2 billion of reserves within 30 days.', 'The reserves are unfrozen within 30 days, officials said.', 1],
		['Elections within 30 days', 'Oskal promised that elections would follow within 30 days.', 1],
	];
	for (const [first, second, expected] of rows) {
		const {figures} = mergeFigures([record('a.txt', 'A', [deadline(first, 'within 30 days'), deadline(second, 'within 30 days')])]);
		assert.equal(figures.length, expected, `${first} / ${second}`);
	}
});

test('a body’s seats are not folded into a toll of the same number', () => {
	const seats: LocalFigure = {value: 9, qualifier: null, kind: 'other', text: 'a nine-member review panel', place: null, source: null, counts: 'members', evidence: {article: 'a.txt', text: 'A nine-member review panel will meet monthly.', offset: 10, rule: 'figure.members'}};
	const {figures} = mergeFigures([record('a.txt', 'A', [figure('a.txt', 'killed', 9, 'nine people were killed', 'Vessen'), seats])]);
	assert.deepEqual(figures.map((item) => `${item.kind}=${item.value}`), ['killed=9', 'other=9']);
});

test('a span a deal runs for and a deadline of one length in one article are two terms', () => {
	const span: LocalFigure = {...deadline('The council renewed the mandate for 30 days.', 'for 30 days')};
	const {figures} = mergeFigures([record('a.txt', 'A', [span, deadline('It wants the withdrawal within 30 days.', 'within 30 days')])]);
	assert.deepEqual(figures.map((item) => item.text), ['for 30 days', 'within 30 days']);
});

test('a part of one toll and a toll of its own of one size in one article are two figures; two tolls of their own are one', () => {
	const toll = (text: string, rule: string): LocalFigure => ({value: 2, qualifier: null, kind: 'killed', text, place: null, source: null, counts: 'officers', evidence: {article: 'a.txt', text: `${text}.`, offset: text.length, rule}});
	const part = mergeFigures([record('a.txt', 'A', [toll('two police officers', 'figure.killed-after+part'), toll('two officers were killed', 'figure.killed-after')])]);
	assert.equal(part.figures.length, 2);
	const repeat = mergeFigures([record('a.txt', 'A', [toll('two officers dead', 'figure.killed-after'), toll('two officers were killed', 'figure.killed-after')])]);
	assert.equal(repeat.figures.length, 1);
});

test('a rival’s leaving told by one side answers a hold the other claims; told alone it is no claim', () => {
	const left = (article: string, place: string, claimant: string) => ({...claim(article, place, 'left by the other side'), claimant, evidence: {article, text: `${place}.`, offset: 0, rule: 'claim.holds-left'}});
	const held = {...claim('a.txt', 'Brimwater Spit', 'controls'), claimant: 'Vellmark', evidence: {article: 'a.txt', text: 'Brimwater Spit.', offset: 0, rule: 'claim.holds'}};
	const {claims} = mergeClaims([
		record('a.txt', 'Daily A', [], [held]),
		record('b.txt', 'Daily B', [], [left('b.txt', 'Brimwater Spit', 'Quorrin'), left('b.txt', 'Fennoch Point', 'Quorrin')]),
	]);
	assert.deepEqual(claims.map((item) => [item.place, item.claimant, item.disputedBy]), [['Brimwater Spit', 'Vellmark', 'Quorrin']]);
});

test('a rival’s leaving is not joined to a strike at the place', () => {
	const left = {...claim('b.txt', 'Fennoch Point', 'left by the other side'), claimant: 'Quorrin', evidence: {article: 'b.txt', text: 'Fennoch Point.', offset: 0, rule: 'claim.holds-left'}};
	const {claims} = mergeClaims([record('a.txt', 'Daily A', [], [claim('a.txt', 'Fennoch Point', 'struck')]), record('b.txt', 'Daily B', [], [left])]);
	assert.deepEqual(claims.map((item) => [item.place, item.claim, item.articles.join(',')]), [['Fennoch Point', 'struck', 'a.txt']]);
});

test('mergeFigures: "more than 200" and "nearly 200" are two rows; "about 200" joins either', () => {
	const qualified = (article: string, qualifier: string | null, text: string): LocalFigure => ({...figure(article, 'other', 200, text, null, 'people'), qualifier});
	const {figures} = mergeFigures([
		record('a.txt', 'A', [qualified('a.txt', 'more than', 'more than 200 people')]),
		record('b.txt', 'B', [qualified('b.txt', 'nearly', 'nearly 200 people')]),
		record('c.txt', 'C', [qualified('c.txt', 'Almost', 'Almost 200 people')]),
		record('d.txt', 'D', [qualified('d.txt', 'about', 'about 200 people')]),
	]);
	assert.deepEqual(
		figures.map((row) => `${row.qualifier}:${row.articles.join(',')}`),
		['more than:a.txt,d.txt', 'nearly:b.txt,c.txt'],
	);
});

test('mergeFigures: a sum one outlet reads as money makes the same currency money in the others', () => {
	const {figures} = mergeFigures([
		record('a.txt', 'A', [figure('a.txt', 'money', 4_000_000, 'payments of 4 million brastels')]),
		record('b.txt', 'B', [figure('b.txt', 'other', 4_000_000, '4 million brastels', null, 'brastels'), figure('b.txt', 'other', 310_000_000, '310 MILLION brastels', null, 'brastels'), figure('b.txt', 'other', 40, '40 pounds of flour', null, 'pounds')]),
		record('c.txt', 'C', [figure('c.txt', 'other', 600_000, 'a 600,000-brastel fund', null, 'fund')]),
	]);
	assert.deepEqual(
		figures.map((row) => `${row.kind}=${row.value}:${row.articles.join(',')}`),
		['money=4000000:a.txt,b.txt', 'money=310000000:b.txt', 'other=40:b.txt', 'money=600000:c.txt'],
	);
});

test('one article’s toll told of "suspected members" of a group and of its people by a noun is one toll; a compound joins its head across outlets', () => {
	const {figures} = mergeFigures([
		record('a.txt', 'A', [figure('a.txt', 'killed', 11, 'killing 11 suspected members', 'Ardenne Sea', 'members'), figure('a.txt', 'killed', 11, '11 terrorists killed', null, 'terrorists')]),
		record('b.txt', 'B', [figure('b.txt', 'killed', 11, '11 “narco-terrorists” were killed', null, 'narco-terrorists')]),
	]);
	assert.deepEqual(
		figures.map((item) => [item.place, item.articles.join(',')]),
		[['Ardenne Sea', 'a.txt,b.txt']],
	);
});

test('one article’s tolls of one size of two kinds of people stay two; "15 members" of a body is no generic count', () => {
	const {figures} = mergeFigures([
		record('a.txt', 'A', [figure('a.txt', 'killed', 11, 'killing 11 soldiers', 'Ardenne', 'soldiers'), figure('a.txt', 'killed', 11, '11 civilians killed', null, 'civilians'), figure('a.txt', 'other', 15, '15 members', null, 'members'), figure('a.txt', 'other', 15, '15 people', null, 'people')]),
	]);
	assert.equal(figures.length, 4);
});

test('a bare count of people one outlet gives takes the kind other outlets give the same people', () => {
	const {figures} = mergeFigures([
		record('a.txt', 'Daily A', [figure('a.txt', 'hostages', 118, '118 pupils were abducted', null, 'pupils')]),
		record('b.txt', 'Daily B', [figure('b.txt', 'hostages', 118, 'took 118 pupils', null, 'pupils')]),
		record('c.txt', 'Daily C', [figure('c.txt', 'other', 118, '118 pupils', null, 'pupils'), figure('c.txt', 'other', 40, '40 observers', null, 'observers')]),
		record('d.txt', 'Daily D', [figure('d.txt', 'killed', 40, '40 observers were killed', null, 'observers')]),
	]);
	const kinds = figures.map((merged) => `${merged.kind}=${merged.value} ${merged.articles.join(',')}`);
	assert.deepEqual(kinds, ['hostages=118 a.txt,b.txt,c.txt', 'other=40 c.txt', 'killed=40 d.txt']);
});

test('a bare count of people is left alone where outlets disagree on what befell them, or where it sizes a place', () => {
	const population: LocalFigure = {...figure('c.txt', 'other', 3000, 'a district of 3,000 people', null, 'people'), evidence: {article: 'c.txt', text: 'a district of 3,000 people.', rule: 'figure.population'}};
	const {figures} = mergeFigures([
		record('a.txt', 'Daily A', [figure('a.txt', 'killed', 60, '60 miners died', null, 'miners'), figure('a.txt', 'displaced', 3000, '3,000 people fled', null, 'people')]),
		record('b.txt', 'Daily B', [figure('b.txt', 'missing', 60, '60 miners are missing', null, 'miners')]),
		record('c.txt', 'Daily C', [figure('c.txt', 'other', 60, '60 miners', null, 'miners'), population]),
	]);
	assert.deepEqual(figures.map((merged) => `${merged.kind}=${merged.value}`), ['killed=60', 'displaced=3000', 'missing=60', 'other=60', 'other=3000']);
});

test('a bare number read by analogy tells no fate for another outlet\'s bare count', () => {
	const guessed: LocalFigure = {...figure('a.txt', 'killed', 60, '60', null, null), evidence: {article: 'a.txt', text: '40 dead one day, 60 the next.', rule: 'figure.killed-after+ellipsis'}};
	const {figures} = mergeFigures([record('a.txt', 'Daily A', [guessed]), record('b.txt', 'Daily B', [figure('b.txt', 'other', 60, '60 of them', null, 'people')])]);
	assert.deepEqual(figures.map((merged) => `${merged.kind}=${merged.value}`), ['killed=60', 'other=60']);
});
