import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractArticle} from '../../../source/core/extract-article.js';
import {countedThings, mergeProvisions, namedTerm, numberFeatures, partyNames, storyProposal, termFeatures, termKind, withoutParties} from '../../../source/core/merge/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

const record = (id: string, outlet: string, text: string) => extractArticle(parseArticle(id, text, {outlet}));

// An invented hostage agreement reported by three outlets in different words.
const corpus = [
	record(
		'a.txt',
		'Harbour Gazette',
		'The hostage agreement was reached overnight.\n\nUnder the agreement, the group will free 30 hostages, while the government will release 300 prisoners, a joint statement said.\n\nThe deal also calls for a five-day pause in fighting.',
	),
	record(
		'b.txt',
		'Valley Courier',
		'Mediators confirmed the hostage deal.\n\nThe deal, seen by Valley Courier, includes the release of 30 hostages and a pause of five days.\n\nAccording to the deal, the government would free 300 prisoners.',
	),
	record('c.txt', 'Coast Times', 'Both sides agreed to a truce.\n\nAccording to the agreement, the two sides would also open a crossing for aid trucks.'),
];

test('one provision per term across outlets, paraphrases clustered by numbers and content', () => {
	const {provisions} = mergeProvisions(corpus);
	const byArticles = provisions.map((provision) => [provision.summary, provision.articles.join(',')]);
	assert.deepEqual(
		byArticles.sort((a, b) => a[0].localeCompare(b[0])),
		[
			// "agreed to a truce" says in fewer words the pause the other outlets state: one term
			['A five-day pause in fighting', 'a.txt,b.txt,c.txt'],
			['The government will release 300 prisoners', 'a.txt,b.txt'],
			['The group will free 30 hostages', 'a.txt,b.txt'],
			['The two sides would also open a crossing for aid trucks', 'c.txt'],
		],
	);
	for (const provision of provisions) {
		assert.match(provision.id, /^[a-z0-9-]+$/);
		assert.ok(provision.evidence.length >= provision.articles.length);
	}
	assert.equal(new Set(provisions.map((provision) => provision.id)).size, provisions.length);
});

test('numbers compare across styles of writing them', () => {
	const cases: Array<[string, string[]]> = [
		['limit its army to 600,000 troops', ['n:600000']],
		['tariffs fall to 30 per cent', ['n:30%']],
		['a 24-percent tariff', ['n:24%']],
		['by 115 percentage points', ['n:115pp']],
		['from 1700 hours (5 pm)', ['n:t1700', 'n:t1700']],
		['a 90-day pause', ['n:90day']],
		['withdraw in three stages', ['n:3step']],
		['over 60 days in three phases', ['n:60day', 'n:3step']],
		['in 2025', []],
		['a pause of five days', ['n:5day']],
		// a date is one feature however it is written, never a count of 1 or 12
		['runs from Dec. 1', ['d:dec1']],
		['from 1 December', ['d:dec1']],
		['talks resume on May 12, 2026', ['d:may12']],
		['within 12 months', ['n:12mo']],
		['a review in March 2027', ['d:mar2027']],
	];
	for (const [text, expected] of cases) assert.deepEqual(numberFeatures(text), expected, text);
});

test('the story is the most discussed proposal, named as specifically as the text does', () => {
	assert.equal(storyProposal([[{name: 'plan', count: 5}, {name: '20-point plan', count: 1}], [{name: 'deal', count: 2}]]), '20-point plan');
	assert.equal(storyProposal([[{name: 'trade deal', count: 2}, {name: 'deal', count: 3}], [{name: 'trade deal', count: 1}]]), 'trade deal');
	assert.equal(storyProposal([[{name: 'ceasefire', count: 4}, {name: 'agreement', count: 2}]]), 'ceasefire');
	assert.equal(storyProposal([[]]), null);
});

test('a phased truce: a disputed count is one term, the remaining captives another, phase labels say when not which', () => {
	const records = [
		record(
			'p.txt',
			'Port Herald',
			['The island truce took effect.', 'Terms of the truce', 'Stage one (30 days)', '- The militia frees 12 captives', '- The government frees 500 detainees', 'Stage two', '- All remaining captives go home'].join('\n'),
		),
		record('q.txt', 'Isle Voice', 'The truce deal was signed.\n\nDuring the first stage, the militia will release 12 captives and the government will free 550 prisoners.'),
	];
	const {provisions} = mergeProvisions(records);
	const byArticles = provisions.map((provision) => [provision.summary, provision.articles.join(',')]).sort((a, b) => a[0].localeCompare(b[0]));
	assert.deepEqual(byArticles, [
		['Stage one (30 days)', 'p.txt'],
		['Stage one: The government frees 500 detainees', 'p.txt,q.txt'],
		['Stage one: The militia frees 12 captives', 'p.txt,q.txt'],
		['Stage two: All remaining captives go home', 'p.txt'],
	]);
});

test('an aid package across outlets: a pledge and its list item are one term', () => {
	const records = [
		record('r.txt', 'Relief Daily', ['The Union unveiled an aid package.', 'What the package includes', '- $20 million in emergency funding', '- 4,000 tents for displaced families'].join('\n')),
		record('s.txt', 'Valley Courier', 'The relief package was welcomed.\n\nThe Union will send $20 million in emergency aid, along with 4,000 tents, officials said.'),
	];
	const {provisions} = mergeProvisions(records);
	assert.deepEqual(provisions.map((provision) => [provision.summary, provision.articles.join(',')]), [
		['The Union will send $20 million in emergency aid', 'r.txt,s.txt'],
		['4,000 tents for displaced families', 'r.txt,s.txt'],
	]);
});

test('outlets that give one term near but different counts make a figure discrepancy', () => {
	const records = [
		record('u.txt', 'Port Herald', 'The truce deal was signed.\n\nUnder the deal, the government will free 500 prisoners.'),
		record('v.txt', 'Isle Voice', 'The truce deal was signed.\n\nUnder the deal, the government will free 540 detainees.'),
		record('w.txt', 'Coast Times', 'The truce deal was signed.\n\nUnder the deal, the militia will free 12 hostages.'),
	];
	const {provisions, discrepancies} = mergeProvisions(records);
	assert.equal(provisions.length, 2);
	assert.deepEqual(
		discrepancies.map((discrepancy) => [discrepancy.kind, discrepancy.articles.join(',')]),
		[['figure', 'u.txt,v.txt']],
	);
	assert.match(discrepancies[0].summary, /500 \(Port Herald\) vs 540 \(Isle Voice\)/);
});

test('a carve-out and a start date are provisions of their own, not the term they qualify', () => {
	const records = [
		record('w.txt', 'Harbour Gazette', 'The fishing pact was signed.\n\nUnder the pact, boats from both countries will no longer need a permit to fish the northern banks.\n\nTrawlers over 40 metres still need a permit, officials said.'),
		record('x.txt', 'Valley Courier', 'The fishing pact was signed.\n\nThe pact drops permit rules for boats fishing the northern banks. Trawlers over 40 metres remain subject to permits.'),
		record('y.txt', 'Coast Times', 'The fishing pact was signed.\n\nUnder the pact, quotas on cod will be cut to 20,000 tonnes. The cod quota cut takes effect on 1 March.'),
		record('z.txt', 'Delta Post', 'The fishing pact was signed.\n\nUnder the pact, the cod quota will be cut to 20,000 tonnes from 1 March.'),
	];
	const clusters = mergeProvisions(records).provisions.map((provision) => provision.articles.join(','));
	assert.deepEqual(clusters.sort(), ['w.txt,x.txt', 'w.txt,x.txt', 'y.txt', 'y.txt,z.txt']);
	assert.equal(termKind('Trawlers over 40 metres still need a permit'), 'carve-out');
	assert.equal(termKind('The cod quota cut takes effect on 1 March'), 'start');
	assert.equal(termKind('Boats will no longer need a permit'), 'term');
});

test('a total and its parts, one step of the deal and a fortnight are one term across outlets', () => {
	const merged = (texts: string[]) =>
		mergeProvisions(texts.map((text, index) => record(`${index}.txt`, `Outlet ${index}`, text))).provisions.map((provision) => [provision.summary, provision.articles.length]);
	const cases: Array<[string[], number]> = [
		[
			[
				'The ferry deal was signed.\n\nUnder the deal, the militia will hand over the bodies of 12 guards, and the army will return the bodies of 30 fighters.',
				'The ferry deal was signed.\n\nBoth sides will also return the bodies of the dead: 42 in all.',
			],
			1,
		],
		[
			['The river pact was signed.\n\nUpstream will pay $30 million and downstream $10 million into a fund for farmers.', 'The river pact was signed.\n\nUpstream will also pay most of a $40 million fund for farmers.'],
			1,
		],
		[
			[
				'The ferry deal was signed.\n\nThe first stage covers 120 people and will take place at the north pier.',
				'The ferry deal was signed.\n\nThe first stage will include the elderly and the sick.',
			],
			1,
		],
		[
			[
				'The ferry deal was signed.\n\nThe two towns agreed to observe a fortnight-long truce on the north shore.',
				'The ferry deal was signed.\n\nThe two towns agreed to hold their fire for 14 days on the north shore.',
			],
			1,
		],
		// different totals stay apart
		[
			['The ferry deal was signed.\n\nUnder the deal, the militia will hand over the bodies of 12 guards, and the army will return the bodies of 30 fighters.', 'The ferry deal was signed.\n\nBoth sides will also return the bodies of the dead: 50 in all.'],
			2,
		],
	];
	for (const [texts, count] of cases) assert.equal(merged(texts).length, count, JSON.stringify(merged(texts)));
});

test('a list item and a sentence of one term meet by a shared distance, the deal\'s own start and a shared concept', () => {
	const cases: Array<[string, string[], number]> = [
		// one stretch of ground, measured alike ("12-mile" / "12 miles"), said as a list item and as a sentence
		[
			'a distance',
			[
				'The fisheries pact was signed.\n\nWhat the pact says:\n- A no-trawl zone 12 miles wide along the coast, closed to factory ships.\n- Joint patrols by both navies.',
				'The fisheries pact was signed.\n\nThe pact creates a 12-mile coastal belt where trawling is banned.',
			],
			2,
		],
		// ... but two distances are two terms
		[
			'two distances',
			[
				'The fisheries pact was signed.\n\nThe pact creates a 12-mile coastal belt where trawling is banned.',
				'The fisheries pact was signed.\n\nThe pact creates a 20-mile coastal belt where drilling is banned.',
			],
			2,
		],
		// when the deal itself starts, however worded
		[
			'the start',
			[
				'The water treaty was signed.\n\nThe treaty enters into force on Monday.',
				'The water treaty was signed.\n\nWhat the treaty says:\n- Entry into force at 06:00 on Monday 2 March.\n- A joint commission on the dam.',
			],
			2,
		],
		// ... not when a part of it starts
		[
			'a part starts',
			[
				'The water treaty was signed.\n\nThe treaty enters into force on Monday.',
				'The water treaty was signed.\n\nUnder the treaty, fees on barges will be cut by half. The fee cut takes effect in June.',
			],
			3,
		],
		// observers put on the ground and monitors deployed
		[
			'monitors',
			[
				'The truce deal was signed.\n\nUnder the deal, the league will deploy 50 unarmed monitors along the river.',
				'The truce deal was signed.\n\nThe deal puts league observers on the ground.',
			],
			1,
		],
	];
	for (const [label, texts, count] of cases) {
		const records = texts.map((text, index) => record(`${index}.txt`, `Outlet ${index}`, text));
		const provisions = mergeProvisions(records).provisions;
		assert.equal(provisions.length, count, `${label}: ${provisions.map((provision) => provision.summary).join(' | ')}`);
	}
	assert.equal(termKind('Entry into force at 00:01 on 27 November'), 'start');
	assert.equal(termKind('Fishing boats are not covered by the ban'), 'carve-out');
	assert.deepEqual(numberFeatures('from 00:01, a 40-kilometre buffer, $40m in aid'), ['n:t0001', 'n:40km', 'n:40000000']);
});

test('a term is named by a listed item or a full clause rather than the deal\'s bare verb', () => {
	const records = [
		record('a.txt', 'Outlet A', 'The fisheries pact was signed.\n\nThe pact sets up a coastguard hotline between the two navies.'),
		record('b.txt', 'Outlet B', 'The fisheries pact was signed.\n\nWhat the pact says:\n- A coastguard hotline between the two navies, staffed day and night by officers of both fleets.\n- Joint patrols twice a month.'),
	];
	const summaries = mergeProvisions(records).provisions.map((provision) => provision.summary);
	assert.ok(summaries.includes('A coastguard hotline between the two navies, staffed day and night by officers of both fleets'), summaries.join(' | '));
	assert.ok(!summaries.some((summary) => summary.startsWith('Sets up')), summaries.join(' | '));
});

test('items of one list stay apart, paraphrases of a listed term join it, a lone restatement joins its term', () => {
	const list = 'The ferry deal was signed.\n\nWhat the deal says:\n- A toll-free lane for lorries two miles long\n- Checks of every lorry at the north pier within 12 hours of arrival\n- A night sailing every hour';
	const fund = [
		'The ferry deal was signed.\n\nWhat the deal says:\n- A $90 million ferry fund for new boats, paid by both councils\n- A night sailing every hour',
		'The ferry deal was signed.\n\nUnder the deal, the north council will pay $60 million and the south council $30 million into a ferry fund for new boats.',
	];
	const cases: Array<[string, string[], number]> = [
		// one sentence states two listed terms: it may join one of them, never pull both into one
		['a mixed sentence', [list, 'The ferry deal was signed.\n\nUnder the deal, a toll-free lane for lorries will run to the north pier, where lorries will be checked within 12 hours.'], 3],
		// the parts of a total, whatever they call the rest
		['parts of a total', ['The ferry deal was signed.\n\nWhat the deal says:\n- A $90 million fund for new ferries, paid by both councils\n- A night sailing every hour', 'The ferry deal was signed.\n\nUnder the deal, the north council will put in $60 million, with the remaining $30 million coming from the south council.'], 2],
		// ... but a different total stays apart
		['another total', ['The ferry deal was signed.\n\nWhat the deal says:\n- A $90 million fund for new ferries, paid by both councils\n- A night sailing every hour', 'The ferry deal was signed.\n\nUnder the deal, the north council will put in $60 million, with the remaining $50 million coming from the south council.'], 3],
		// other words for one term: forced to leave / driven from, disarm / lay down their arms, stages / phases
		['displacement', ['The valley truce was signed.\n\nWhat the truce says:\n- No villager will be forced to leave the valley\n- Roads reopen within a week', 'The valley truce was signed.\n\nThe truce says no one will be driven from the valley.'], 2],
		['an amnesty', ['The valley truce was signed.\n\nWhat the truce says:\n- Amnesty for rebels who disarm; safe passage abroad for those who want to leave\n- Roads reopen within a week', 'The valley truce was signed.\n\nUnder the truce, militants who lay down their arms would receive an amnesty.'], 2],
		// a passing lede that names a term in fewer words joins it; a lone term of its own does not
		[
			'a restatement',
			[
				list,
				'The ferry deal was signed.\n\nUnder the deal, a toll-free lane two miles long will cross the strait to the north pier, with every lorry checked within 12 hours.',
				'Lorry prices fell on Monday after the councils agreed to reopen a toll-free lane across the strait, raising hopes of shorter queues.',
			],
			3,
		],
		['a term of its own', [list, 'The ferry deal was signed.\n\nUnder the deal, the councils will build a new waiting room for foot passengers.'], 4],
		// two lone mentions: parts that add up to a large total are that total's term, however few words they share
		[
			'parts and their total, each said once',
			['The ferry deal was signed.\n\nThe deal creates a $120 million fund to insure ferries against storm damage.', 'The ferry deal was signed.\n\nUnder the deal, the north council will put in $80 million, with the remaining $40 million coming from a harbour bank.'],
			1,
		],
		// a share of a fund the outlets already give joins it; a sum they never give does not
		['a known share', [...fund, 'The ferry deal was signed.\n\nUnder the deal, the north council will contribute $60 million to the ferry fund.'], 2],
		['a new sum', [...fund, 'The ferry deal was signed.\n\nUnder the deal, the north council will contribute $25 million to the ferry fund.'], 3],
	];
	for (const [label, texts, count] of cases) {
		const provisions = mergeProvisions(texts.map((text, index) => record(`${index}.txt`, `Outlet ${index}`, text))).provisions;
		assert.equal(provisions.length, count, `${label}: ${provisions.map((provision) => `${provision.summary} [${provision.articles.join(',')}]`).join(' | ')}`);
	}
});

test('a start clause that says more than when ("…, with lines frozen") is the term itself', () => {
	const cases: Array<[string, string]> = [
		['A truce would take effect once both sides sign, with front lines frozen in place', 'term'],
		['The truce takes effect at noon on Friday', 'start'],
		['The toll cut takes effect on 1 May', 'start'],
	];
	for (const [summary, kind] of cases) assert.equal(termKind(summary), kind, summary);
});

test('a term is summed up by a neutral mention rather than one side\'s loaded words', () => {
	const records = [
		record('0.txt', 'Outlet 0', 'The valley truce was signed.\n\nUnder the truce, terrorists who hand in their rifles would receive an amnesty.'),
		record('1.txt', 'Outlet 1', 'The valley truce was signed.\n\nUnder the truce, fighters who hand in their rifles would receive an amnesty.'),
	];
	const provisions = mergeProvisions(records).provisions;
	assert.deepEqual(provisions.map((provision) => [provision.summary, provision.articles.join(',')]), [['Fighters who hand in their rifles would receive an amnesty', '0.txt,1.txt']]);
});

test('what a deal keeps as it was is a carve-out; a truce that stays in force for a time is a term', () => {
	const cases: Array<[string, string]> = [
		['Steel quotas of 40% stay in place', 'carve-out'],
		['Duties on rice and sugar stay', 'carve-out'],
		['The 15 percent levy on cars remains in force', 'carve-out'],
		['The truce remains in force for 30 days', 'term'],
		['The moratorium remains in place until 1 March', 'term'],
		['Fishing boats stay outside a 12-mile belt', 'term'],
	];
	for (const [summary, kind] of cases) assert.equal(termKind(summary), kind, summary);
});

test('a term named by the same noun phrase in two outlets is one term, however each goes on', () => {
	const cases: Array<[string, string | null]> = [
		['Lasting truce from dawn, watched by 60 monitors from the bloc', 'c:ceasefire last'],
		['A lasting truce from Sunday, enforced by a joint police force', 'c:ceasefire last'],
		// a clause's subject is no name of its term, nor a bare head
		['Government troops will withdraw from the valley', null],
		['A truce from Sunday', null],
		// a verb of starting still names the term; a route the deal opens is a concept too
		['A lasting truce takes effect at dawn', 'c:ceasefire last'],
		['A humanitarian corridor from the east bank, open from 07:00', 'c:corridor humanitarian'],
		// a head that is no concept names its term too
		['A general amnesty for fighters', 'amnesty general'],
		['A phased return of residents once the mountain is quiet', 'phas return'],
	];
	for (const [summary, named] of cases) assert.equal(namedTerm(summary), named, summary);
	const records = [
		record('p.txt', 'Lake Herald', 'The valley accord was signed.\n\nThe accord provides for a lasting truce from Sunday, enforced by a joint police force in which both militias serve.'),
		record('q.txt', 'Hill Post', 'The valley accord was signed.\n\nWhat the accord says:\n\n- Lasting truce from dawn, watched by 60 monitors from the bloc\n- Elections within a year\n- Return of the displaced'),
	];
	const truce = mergeProvisions(records).provisions.filter((provision) => /truce/i.test(provision.summary));
	assert.deepEqual(truce.map((provision) => provision.articles.sort().join(',')), ['p.txt,q.txt']);
});

test('a deal\'s length stated as a pause, a span or a run is one term across outlets', () => {
	const records = [
		record('r.txt', 'Lake Herald', 'The trade truce was agreed.\n\nBoth countries agreed to pause their tariff war for 60 days.'),
		record('s.txt', 'Hill Post', 'The trade truce was agreed.\n\nUnder the truce, tariffs fall to 5%. The truce runs for 60 days from 1 March.'),
	];
	const length = mergeProvisions(records).provisions.filter((provision) => /60 days/.test(provision.evidence.map((evidence) => evidence.text).join(' ')));
	assert.deepEqual(length.map((provision) => provision.articles.sort().join(',')), ['r.txt,s.txt']);
});

test('a list item\'s sentences that no other outlet states apart stay with their item', () => {
	const records = [
		record(
			'm.txt',
			'Ministry Readout',
			'The gas truce was agreed.\n\nUnder the truce, the parties have agreed that:\n\n1. Neither side shall strike gas fields for 20 days.\n2. Breaches are reported within 12 hours. The monitors report their findings within 48 hours. A confirmed breach lets the other side walk away.\n3. Engineers get safe passage to damaged fields.',
		),
		record('n.txt', 'Hill Post', 'The gas truce was agreed.\n\nUnder the truce, monitors will report their findings within 48 hours.'),
	];
	const groups = mergeProvisions(records).provisions.map((provision) => provision.evidence.map((evidence) => evidence.text.slice(0, 20)).sort().join(' + '));
	assert.ok(groups.includes('A confirmed breach l + Breaches are reporte + The monitors report  + Under the truce, mon'), groups.join('\n'));
	assert.equal(groups.length, 3, groups.join('\n'));
});

test('two outlets counting the same thing by the same number state one term', () => {
	assert.deepEqual(countedThings('Both sides promised not to attack 212 protected sites'), ['q:212:protect', 'q:212:sit']);
	// money, magnitudes, small numbers and units count no thing
	assert.deepEqual(countedThings('a $40 million fund for 9 villages within 24 hours'), []);
	const records = [
		record('u.txt', 'Lake Herald', 'The gas truce was agreed.\n\nUnder the truce, both governments have promised not to strike 212 protected sites in the north.'),
		record('v.txt', 'Hill Post', 'The gas truce was agreed.\n\nThe truce covers 212 sites listed in a secret annex: wells, pipelines, compressor stations and depots.'),
	];
	const sites = mergeProvisions(records).provisions.filter((provision) => /212/.test(provision.summary));
	assert.deepEqual(sites.map((provision) => provision.articles.sort().join(',')), ['u.txt,v.txt']);
});

test('when a wider accord holds a truce, the truce starting is that term; when the truce is the deal, its start is its own', () => {
	assert.equal(termKind('The ceasefire takes effect at 18:00', false), 'term');
	assert.equal(termKind('The ceasefire takes effect at 18:00', true), 'start');
	assert.equal(termKind('The accord takes effect on 1 May', false), 'start');
	const records = [
		record('f.txt', 'Lake Herald', 'The valley framework was signed.\n\nThe framework provides for a ceasefire from 18:00 and a bridge reopened within 72 hours.'),
		record('g.txt', 'Hill Post', 'The valley framework was signed.\n\nThe ceasefire takes effect at 18:00 on Wednesday, under the framework.'),
	];
	const truce = mergeProvisions(records).provisions.filter((provision) => /ceasefire/i.test(provision.summary));
	assert.deepEqual(truce.map((provision) => provision.articles.sort().join(',')), ['f.txt,g.txt']);
});

test('a ban on fighting is a truce however it is worded', () => {
	for (const summary of ['Neither side shall carry out strikes on the other\'s ports for 20 days', 'No attacks on gas fields for 20 days']) assert.ok(termFeatures(summary).has('c:ceasefire'), summary);
	assert.ok(!termFeatures('Strikes on ports will be investigated by the monitors').has('c:ceasefire'));
});

test('a start inside a time clause is not the predicate; workers taken back are reinstated', () => {
	assert.equal(termKind('The pact is to be reviewed in May, two months before the pledge expires'), 'term');
	assert.ok(termFeatures('The mill will take back all dismissed workers').has('c:reinstate'));
	assert.ok(termFeatures('All dismissed workers reinstated').has('c:reinstate'));
});

test('a rise stated whole in one outlet and in its steps in another is one term', () => {
	const records = [
		record('a.txt', 'Harbour Gazette', 'The dock strike is over.\n\nThe settlement gives dockers a 9 percent pay rise in two steps and a signing bonus.'),
		record('b.txt', 'Valley Courier', 'Dockers return to work.\n\nUnder the deal, pay will rise by 5 percent in March and by a further 4 percent in October.'),
	];
	const {provisions} = mergeProvisions(records);
	const raise = provisions.find((provision) => provision.articles.includes('b.txt'));
	// 5 + 4 make the whole 9
	assert.deepEqual(raise?.articles, ['a.txt', 'b.txt']);
	assert.equal(provisions.filter((provision) => provision.articles.join() === 'a.txt').length, 1, 'the bonus stays a term of its own');
});

test('a span is one feature however it is counted', () => {
	assert.deepEqual(numberFeatures('within two weeks'), numberFeatures('within 14 days'));
	assert.deepEqual(numberFeatures('within two years'), numberFeatures('within 24 months'));
	assert.notDeepEqual(numberFeatures('within 18 months'), numberFeatures('within two years'));
});

test('staying outside a measured zone is a term, not a carve-out; ships are ships in any word', () => {
	assert.equal(termKind('Warships shall remain outside a zone of 12 nautical miles around the reef'), 'term');
	assert.equal(termKind('Rice and wheat remain outside the deal'), 'carve-out');
	assert.ok(termFeatures('coast guard vessels').has('c:vessel'));
	assert.ok(termFeatures('naval ships').has('c:vessel'));
});

test('a passing mention of the one inquiry a deal sets up joins that term', () => {
	const records = [
		record('a.txt', 'Harbour Gazette', 'The dock strike is over.\n\nKey points of the deal:\n\n- Independent inquiry into the deaths at Pier 4, led by a retired judge\n- Night shifts capped at three a week'),
		record('b.txt', 'Valley Courier', 'Dockers return to work.\n\nUnder the deal, night shifts will be capped at three a week. The settlement sets up an inquiry into both clashes under a retired judge.'),
	];
	const {provisions} = mergeProvisions(records);
	const inquiry = provisions.filter((provision) => /inquiry/i.test(provision.summary));
	assert.equal(inquiry.length, 1);
	assert.deepEqual(inquiry[0].articles, ['a.txt', 'b.txt']);
});

test('a week of something is seven days; so many a week is a rate', () => {
	assert.deepEqual(numberFeatures('for a week'), numberFeatures('for seven days'));
	assert.deepEqual(numberFeatures('a week of daily pauses'), numberFeatures('7 days of daily pauses'));
	assert.deepEqual(numberFeatures('3 shifts a week'), ['n:3']);
});

test('a list item labelled as an exclusion is a carve-out', () => {
	assert.equal(termKind('Exclusion: bonds held by pension funds are not touched'), 'carve-out');
	assert.equal(termKind('Bonds held by pension funds are excluded from the haircut'), 'carve-out');
});

test('an exception does not name the term; detained people, going home and self-rule are concepts', () => {
	assert.deepEqual(termFeatures('Marchers freed within 10 days, unless charged with looting'), termFeatures('Marchers freed within 10 days'));
	assert.ok(termFeatures('All miners detained since the strike').has('c:prisoner'));
	assert.ok(termFeatures('The prisoners will go home within a week').has('c:release'));
	assert.ok(termFeatures('Talks on self-rule for the islands').has('c:autonomy'));
	assert.ok(termFeatures('Agreed to discuss autonomy for the valley').has('c:talks'));
});

test('a detail another outlet states inside its fuller sentence of a term joins that term; a bullet of its own stays apart', () => {
	const fundSentence = 'The canal deal was signed on Friday.\n\nUnder the deal, a $200 million fund will rebuild the old locks at Quellby, with the government contributing $50 million and the rest coming from lenders.';
	// [label, the other outlet's article, provisions (summary | articles) expected among the merged ones]
	const cases: Array<[string, string, string[]]> = [
		// a side payment stated on its own in one outlet, inside the fund's sentence in another: one term, named by the fuller sentence
		[
			'the government would contribute $50 million to the fund',
			'The canal deal was signed on Friday.\n\nThe finance minister said the government would contribute $50 million to the fund.',
			['A $200 million fund will rebuild the old locks at Quellby, with the government contributing $50 million and the rest coming from lenders | a.txt,b.txt'],
		],
		// an outlet that lists the payment as a bullet of its own counts it a term of its own
		[
			'a bullet',
			'The canal deal was signed on Friday.\n\nKey points of the deal:\n\n- A $200 million fund to rebuild the old locks\n- Government contributes $50 million to the fund',
			['Government contributes $50 million to the fund | b.txt'],
		],
	];
	for (const [label, other, expected] of cases) {
		const records = [record('a.txt', 'Harbour Gazette', fundSentence), record('b.txt', 'Valley Courier', other)];
		const got = mergeProvisions(records).provisions.map((provision) => `${provision.summary} | ${[...provision.articles].sort().join(',')}`);
		for (const line of expected) assert.ok(got.includes(line), `${label}: ${got.join('\n')}`);
	}
});

test('the end of a month is its last day', () => {
	assert.ok(termFeatures('The fuel will leave by the end of March').has('d:mar31'));
	assert.ok(termFeatures('The fuel will leave by 31 March').has('d:mar31'));
	assert.ok(termFeatures('Pickets end at the end of April').has('d:apr30'));
	// a date given after "end of" is that date
	assert.ok(!termFeatures('the end of May 3 talks').has('d:may31'));
});

test('dates and spans in words compare with digits', () => {
	const cases: Array<[string, string[]]> = [
		['by the thirty-first of March', ['d:mar31']],
		['by March the first', ['d:mar1']],
		['from the twenty-second of June', ['d:jun22']],
		['renewed for a year', ['n:12mo']],
		['within one year', ['n:12mo']],
		['for another year', ['n:12mo']],
		// a rate stays a rate; "the first phase" is no date
		['$5 million a year', ['n:5000000']],
		['the first phase of talks', []],
	];
	for (const [text, expected] of cases) assert.deepEqual(numberFeatures(text), expected, text);
	assert.ok(!termFeatures('leave by the thirty-first of March').has('thirtyfirst'));
});

test('a ban, sanctions and an embargo are one kind of penalty', () => {
	for (const text of ['later lift the ban on its oil', 'oil sanctions are lifted', 'the arms embargo ends']) assert.ok(termFeatures(text).has('c:sanction'), text);
});

test('readmitting people is taking them back; a vote is an election; barred from standing is unable to run; positions are the front line', () => {
	const cases: Array<[string, string]> = [
		['Tressia will readmit its nationals within 20 days', 'c:reinstate'],
		['Tressia will take back people who sailed from its coast', 'c:reinstate'],
		['The embargo ends only after the vote', 'c:election'],
		['The embargo ends after the elections', 'c:election'],
		['Major Quenwick and the council members cannot run in the elections', 'c:ineligible'],
		['Maj Quenwick and the other officers barred from standing', 'c:ineligible'],
		['The truce freezes the front line', 'c:frontline'],
		['The truce freezes positions as they stood at dawn', 'c:frontline'],
	];
	for (const [summary, concept] of cases) assert.ok(termFeatures(summary).has(concept), summary);
});

test('a term a second sentence tells on is one term with its detail, whichever outlet states the whole', () => {
	const records = [
		record('a.txt', 'Harbour Gazette', 'The dam pact was signed.\n\nUnder the pact, a seven-member panel will audit the water releases every month. Three members will be named by each side and the chair by the bank.'),
		record('b.txt', 'Valley Courier', 'The dam pact was signed.\n\nThe pact sets up a seven-member panel to audit the water releases every month.'),
	];
	const {provisions} = mergeProvisions(records);
	assert.equal(provisions.length, 1, provisions.map((provision) => provision.summary).join(' | '));
	assert.deepEqual(provisions[0].articles.sort(), ['a.txt', 'b.txt']);
});

test('what one outlet alone says someone agreed to, with no figure or named deal, is no term of a story several outlets tell', () => {
	const lede = 'The dam pact was signed.\n\nUnder the pact, Pellmark will release 40 cubic metres of water a second.';
	const records = [
		record('a.txt', 'Harbour Gazette', `${lede}\n\nThe town council has agreed to waive mooring fees for the ferry crews.`),
		record('b.txt', 'Valley Courier', `${lede}\n\nBoth sides also agreed to share river gauge readings within 24 hours.`),
		record('c.txt', 'Coast Times', `${lede}\n\nThe mediators promised to act as guarantors.`),
	];
	const summaries = mergeProvisions(records).provisions.map((provision) => provision.summary);
	// the agreement with a figure stays; the side promises go
	assert.ok(summaries.some((summary) => /gauge readings/.test(summary)), summaries.join(' | '));
	assert.ok(!summaries.some((summary) => /mooring|guarantors/.test(summary)), summaries.join(' | '));
	// a story one outlet tells alone keeps what it says was agreed
	const alone = mergeProvisions([records[0]]).provisions.map((provision) => provision.summary);
	assert.ok(alone.some((summary) => /mooring/.test(summary)), alone.join(' | '));
});

test('a bullet alone naming a concept a deal holds once joins the one term several mentions state of it', () => {
	const records = [
		record('a.txt', 'Harbour Gazette', 'The returns pact was signed.\n\nThe pact includes:\n\n- Tressia to readmit failed applicants who sailed from its beaches\n- Work permits for 900 fruit pickers'),
		record('b.txt', 'Valley Courier', 'The returns pact was signed.\n\nUnder the pact, Tressia will take back within 20 days its nationals refused asylum.'),
		record('c.txt', 'Coast Times', 'The returns pact was signed.\n\nThe pact says:\n\n- Tressia will readmit, within 20 days of a request, its nationals refused asylum\n- A review after two years'),
	];
	const {provisions} = mergeProvisions(records);
	const readmission = provisions.filter((provision) => /readmit|take back/i.test(provision.evidence.map((evidence) => evidence.text).join(' ')));
	assert.equal(readmission.length, 1, provisions.map((provision) => provision.summary).join(' | '));
	assert.deepEqual(readmission[0].articles.sort(), ['a.txt', 'b.txt', 'c.txt']);
});

test('a live page’s key points and its list of the terms are two lists: a key point joins the term it sums up', () => {
	const live = record(
		'live.txt',
		'Kell Live',
		'Tarvo accord signed: live updates\n\nKey points\n- Warships to pull back 20 nautical miles from Mora Island\n- Ministers to meet again in 45 days\n\n21:05\nThe foreign minister spoke to reporters.\n\nThe main terms of the accord:\n- Naval ships of both sides must be at least 20 nautical miles from the island within 72 hours.\n- A review meeting in Tarvo after 45 days.\n- A hotline between the two navies.',
	);
	const wire = record('wire.txt', 'Kell Wire', 'The accord was signed on Tuesday.\n\nUnder the accord, naval ships of both sides will withdraw to at least 20 nautical miles from the island within 72 hours.');
	const {provisions} = mergeProvisions([live, wire]);
	const withdrawal = provisions.filter((provision) => /20 nautical miles/.test(provision.summary));
	assert.equal(withdrawal.length, 1, JSON.stringify(provisions.map((provision) => provision.summary)));
	assert.equal(withdrawal[0].evidence.filter((evidence) => evidence.article === 'live.txt').length, 2);
	// two items of one list stay two terms
	assert.ok(provisions.some((provision) => /hotline/i.test(provision.summary)));
});

test('a saving clause in three outlets’ words is one term', () => {
	const one = record('one.txt', 'Kell Wire', 'The accord was signed on Tuesday.\n\nUnder the accord, both navies will withdraw from the strait within 72 hours.\n\nThe text states that the accord is "without prejudice" to either country\'s claims to the strait.');
	const two = record('two.txt', 'Kell Radio', 'The accord was signed on Tuesday.\n\nThe terms:\n- Both navies withdraw from the strait within 72 hours.\n- A hotline between the two navies.\n\nThe accord also states that the claims of both countries are unaffected.');
	const three = record('three.txt', 'Kell Post', 'The accord was signed on Tuesday.\n\nUnder the accord, both navies must leave the strait within 72 hours.\n\nThe text says the accord does not affect "the positions of either party" on sovereignty.');
	const {provisions} = mergeProvisions([one, two, three]);
	const saving = provisions.filter((provision) => /prejudice|unaffected|does not affect/i.test(provision.summary));
	assert.equal(saving.length, 1, JSON.stringify(provisions.map((provision) => provision.summary)));
	assert.deepEqual([...saving[0].articles].sort(), ['one.txt', 'three.txt', 'two.txt']);
});

test('health workers in one outlet and doctors and nurses in another are the same people freed: one term', () => {
	const one = record('one.txt', 'Kell Wire', 'The pause was agreed on Monday.\n\nThe terms:\n- A ten-day pause in fighting around Tarvo.\n- Health workers detained by both sides to be released.');
	const two = record('two.txt', 'Kell Post', 'The pause was agreed on Monday.\n\nUnder the plan, more than 20 doctors and nurses held by the two sides are to be freed.');
	const {provisions} = mergeProvisions([one, two]);
	const freed = provisions.filter((provision) => /health workers|doctors/i.test(provision.summary));
	assert.equal(freed.length, 1, JSON.stringify(provisions.map((provision) => provision.summary)));
	assert.deepEqual([...freed[0].articles].sort(), ['one.txt', 'two.txt']);
});

test('a subject of two named parties is who is bound, not which term; a subject that is the term stays', () => {
	const cases: Array<[string, string]> = [
		['The Pellan army and the rebel Hill Front (HF) would stop shooting around the district from 7 a.m', 'Stop shooting around the district from 7 a.m'],
		['The Orvane government and the Tallow Movement must first halt all shelling', 'First halt all shelling'],
		['Dunquay and Orvane will swap 120 prisoners', 'Swap 120 prisoners'],
	];
	for (const [summary, without] of cases) assert.deepEqual(termFeatures(summary), termFeatures(without), summary);
	// the subject is the term itself: crews that patrol, monitors posted
	assert.ok(termFeatures('Dunquay and Orvane coast guard crews will patrol the strait together').has('crew'));
	assert.ok(termFeatures('Twenty monitors and a team of Orvane observers will be posted at the crossing').has('c:monitor'));
	// places the term is about are no parties: "Tolm Pass and Sirin Gate will open" keeps its places
	assert.ok(termFeatures('Tolm Pass and Sirin Gate will open from 7am to 7pm').has('tolm'));
});

test('the parties named as a term\'s subject are left out of every term\'s features, however an outlet words the term', () => {
	const records = [
		record('a.txt', 'Harbour Gazette', 'The truce was agreed.\n\nThe terms:\n\n1. The Pellan army and the Hill Front would stop fighting around Dunquay from Friday.\n\n2. Both would open a corridor along the Brannoch road.'),
		record('b.txt', 'Valley Courier', 'The truce: what it says\n\n- A halt to fighting by Pellan troops around Dunquay\n\n- A corridor along the Brannoch road'),
	];
	const parties = partyNames(records);
	assert.deepEqual([...parties].sort(), ['hil', 'pellan']);
	const halt = withoutParties(termFeatures('A halt to fighting by Pellan troops around Dunquay'), parties);
	assert.ok(!halt.has('pellan') && halt.has('dunquay'), [...halt].join(' '));
	// a term that is nothing but a party's name keeps it
	assert.deepEqual([...withoutParties(termFeatures('Pellan'), parties)], [...termFeatures('Pellan')]);
});

test('a clock time with its stops cut off by the sentence end is still a clock time', () => {
	assert.deepEqual(numberFeatures('from 7 a.m'), ['n:t0700']);
	assert.deepEqual(numberFeatures('until 6 p.m'), ['n:t1800']);
	assert.deepEqual(numberFeatures('from 7 a.m. on Friday'), ['n:t0700']);
});

test('a lede naming the two parties before the pause joins the pause the lists state', () => {
	const {provisions} = mergeProvisions([
		record('a.txt', 'Harbour Gazette', 'The measles truce was agreed.\n\nUnder the plan, drawn up by the Relief Office (RO) and the valley council, the Pellan army and the rebel Hill Front (HF) would stop fighting around the district from 7 a.m. on Friday, and open a corridor along the Brannoch road.'),
		record('b.txt', 'Valley Courier', 'The measles truce: what it says\n\n- A 12-day pause in fighting around Dunquay from 07:00 on Friday\n\n- A vaccination corridor along the Brannoch road\n\n- Engineers may repair the water plant'),
		record('c.txt', 'Coast Times', 'The terms of the truce:\n\n1. A pause in fighting around Dunquay for 12 days, from 7am.\n\n2. A vaccination corridor along the Brannoch road, for medical convoys only.\n\n3. Repairs to the water plant.'),
	]);
	assert.equal(provisions.filter((provision) => /fighting/.test(provision.summary)).length, 1, provisions.map((provision) => provision.summary).join(' | '));
});

test('how long a term binds is no carve-out; a bracketed second name, an acronym and "shall" name nothing new', () => {
	assert.equal(termKind('No new jetty shall be built on Skellet Rock while the memorandum remains in force'), 'term');
	assert.equal(termKind('Night fishing is banned as long as the accord remains in force'), 'term');
	assert.equal(termKind('The old port fees remain in force'), 'carve-out');
	assert.deepEqual(termFeatures('No new jetty shall be built on Skellet Rock (Roca Dunquay) while the memorandum remains in force'), termFeatures('No new jetty built on Skellet Rock'));
	assert.deepEqual(termFeatures('The Tallow Movement (TM) will free 12 medics'), termFeatures('The Tallow Movement will free 12 medics'));
	// a bracket with a number in it is kept
	assert.ok(termFeatures('The first phase (42 days) begins on Friday').has('n:42day'));
});

test('a treaty-worded ban and the outlets\' plain words for it are one term', () => {
	const {provisions} = mergeProvisions([
		record('a.txt', 'Harbour Gazette', 'The rock memorandum was signed on Monday.\n\nUnder the memorandum, the two countries agree:\n\n(a) to pull all vessels back to 12 nautical miles from Skellet Rock within 48 hours;\n\n(b) that no construction, extension or improvement works shall be undertaken on the jetty on Skellet Rock (Roca Dunquay) while the Memorandum remains in force;\n\n(c) to meet in Orvane within 30 days.'),
		record('b.txt', 'Valley Courier', 'The rock memorandum was signed on Monday.\n\nThe key terms of the memorandum:\n\n1. Vessels withdraw to 12 nautical miles from the rock within 48 hours.\n\n2. Brannoch freezes all construction on its jetty on the rock, including the extension.\n\n3. Ministers meet in Orvane within 30 days.'),
		record('c.txt', 'Coast Times', 'The rock memorandum was signed on Monday.\n\nWhat the memorandum says:\n\n- Ships to pull back 12 nautical miles\n\n- Brannoch halts construction on the jetty: no extension, no new sheds\n\n- A meeting in Orvane within 30 days'),
	]);
	const jetty = provisions.filter((provision) => /construction/.test(provision.summary));
	assert.equal(jetty.length, 1, provisions.map((provision) => provision.summary).join(' | '));
	assert.deepEqual([...jetty[0].articles].sort(), ['a.txt', 'b.txt', 'c.txt']);
});

test('an amount is compared in full, however its magnitude is written', () => {
	const cases: Array<[string, string[]]> = [
		['a fund of 1.2 billion dinars', ['n:1200000000']],
		['a $1.2bn fund', ['n:1200000000']],
		['€480m over three years', ['n:480000000', 'n:36mo']],
		['700 million of it from the operator', ['n:700000000']],
		// a bare "m" with no money before it is metres, not millions
		['walls 25m high', ['n:25']],
	];
	for (const [text, expected] of cases) assert.deepEqual(numberFeatures(text), expected, text);
});

test('what each party pays into a fund, in millions, joins the fund stated in billions', () => {
	const {provisions} = mergeProvisions([
		record('a.txt', 'Harbour Gazette', 'The flood compact was signed on Monday.\n\nThe compact\'s terms:\n\n1. A relief fund of 1.5 billion dinars is set up. The operator will contribute 900 million dinars and the state 600 million dinars.\n\n2. An inquiry reports within six months.'),
		record('b.txt', 'Valley Courier', 'The flood compact was signed on Monday.\n\nUnder the compact, a relief fund of 1.5 billion dinars will be set up. The operator will pay 900 million dinars into the fund and the state the remaining 600 million, according to the text.'),
		record('c.txt', 'Coast Times', 'The flood compact was signed on Monday.\n\nWhat the compact says:\n\n- a fund of 1.5 billion dinars, 900 million of it from the operator\n\n- an inquiry reporting within six months'),
	]);
	const money = provisions.filter((provision) => /dinars|million/.test(provision.summary));
	assert.equal(money.length, 1, provisions.map((provision) => provision.summary).join(' | '));
});

test('a name with and without its accents is one name', () => {
	assert.deepEqual(termFeatures('A civilian premier, Zoé Brannoch-Orvané, leads the interim cabinet'), termFeatures('A civilian premier, Zoe Brannoch-Orvane, leads the interim cabinet'));
});

test('numbers of ten and more in words, releases in groups and four-digit clock times compare with digits', () => {
	const cases: Array<[string, string[]]> = [
		['Thirty-six monitors will deploy', ['n:36']],
		['within seventy-two hours', ['n:72h']],
		['the first fifteen', ['n:15']],
		['twenty-five million dollars', ['n:25000000']],
		['frees its hostages in three groups', ['n:3step']],
		['open from 0700 to 1900 local time', ['n:t0700', 'n:t1900']],
		['no sailings 1800-0600', ['n:t1800', 'n:t0600']],
		['between 1990 and 2010', []],
	];
	for (const [text, expected] of cases) assert.deepEqual(numberFeatures(text), expected, text);
	// the number word is read as the number, not as a word of its own
	assert.deepEqual([...termFeatures('Thirty-six monitors will deploy')].sort(), [...termFeatures('36 monitors will deploy')].sort());
	assert.deepEqual(countedThings('Thirty-six monitors will deploy'), countedThings('36 monitors will deploy'));
});

test('an amount is one feature however written: its magnitude word is no word of the term', () => {
	assert.ok(termFeatures('a fund of 40 million US dollars').has('c:money'));
	assert.ok(termFeatures('a $40m fund').has('c:money'));
	assert.ok(!termFeatures('a fund of 40 million US dollars').has('million'));
	assert.ok(!termFeatures('a 40m-wide corridor').has('c:money'));
});

test('who holds talks says nothing of which talks', () => {
	assert.deepEqual(
		[...termFeatures("Quessa will host the next round of talks between Prell's government and the militia that controls much of the north")].sort(),
		['c:talks', 'host', 'quessa', 'round'],
	);
});

test('the names of the deal itself ("arrangement", "pact", "accord") tell no term from another', () => {
	for (const word of ['arrangement', 'pact', 'accord', 'memorandum', 'protocol', 'treaty', 'compact']) assert.ok(!termFeatures(`The ${word} runs for 120 days`).has(word), word);
	assert.ok(termFeatures('The truce runs for 120 days').has('c:ceasefire'));
});

test('spans and parts in words compare with digits: a half, an adjective between number and unit, distances, instalments', () => {
	const cases: Array<[string, string[]]> = [
		['paid over two and a half years', ['n:30mo']],
		['cut in three equal steps', ['n:3step']],
		['paid in four instalments', ['n:4step']],
		['a strip nine kilometres wide', ['n:9km']],
	];
	for (const [text, expected] of cases) assert.deepEqual(numberFeatures(text), expected, text);
	// "pull their troops back" is the same pull-back as "a pull-back" and "fall back"
	for (const text of ['Pull their troops back from the ridge', 'A pull-back to the old lines', 'The armies are to fall back']) assert.ok(termFeatures(text).has('c:cede'), text);
	assert.ok(termFeatures('Pull their troops back').has('c:military'));
	// a loan in the lender's and in the borrower's word
	assert.ok(termFeatures('The fund will lend $2bn').has('c:loan') && termFeatures('The government would borrow $2bn').has('c:loan'));
});

test('a detail told of "the" term, and a draft\'s other number for a term, join that term', () => {
	const records = [
		record('a.txt', 'Harbour Gazette', 'The pact was signed.\n\nThe pact says:\n\n- A hotline between the two army headquarters\n- A halt to all shelling for 40 days\n- Flag meetings every month at Marrowgate'),
		record('b.txt', 'Valley Courier', 'The pact was signed.\n\nUnder the pact, the commanders will set up a hotline between their headquarters, and the shelling will stop for 40 days.'),
		record(
			'c.txt',
			'Coast Times',
			'The pact was signed.\n\nAccording to a draft seen by Coast Times, the hotline must be staffed around the clock.\n\nThe draft would stop the shelling for 30 days.',
		),
	];
	const {provisions} = mergeProvisions(records);
	assert.deepEqual(
		provisions.map((provision) => [provision.summary, provision.articles.join(',')]),
		[
			['A hotline between the two army headquarters', 'a.txt,b.txt,c.txt'],
			['A halt to all shelling for 40 days', 'a.txt,b.txt,c.txt'],
			['Flag meetings every month at Marrowgate', 'a.txt'],
		],
	);
	// a plural subject names people several terms touch, not one term's thing: "The hostages would …" stays apart
	const hostages = [
		record('a.txt', 'Harbour Gazette', 'The pact was signed.\n\nThe pact says:\n\n- The rebels free 30 hostages\n- The army frees 300 prisoners'),
		record('b.txt', 'Valley Courier', 'The pact was signed.\n\nUnder the pact, the rebels will free 30 hostages.'),
		record('c.txt', 'Coast Times', 'The pact was signed.\n\nUnder the pact, the hostages would be handed over to the Lintmoor Red Cross in groups.'),
	];
	assert.ok(mergeProvisions(hostages).provisions.some((provision) => provision.articles.join(',') === 'c.txt'));
});

test('a lone sentence most of whose words only one term of several outlets holds is a detail of that term', () => {
	const records = [
		record('a.txt', 'Harbour Gazette', 'The barracks deal was signed.\n\nThe deal says:\n\n- Pay all wage arrears in two instalments, the first before May\n- Confine the brigade to the Dunmoor barracks\n- An amnesty for soldiers who lay down their arms'),
		record('b.txt', 'Valley Courier', 'The barracks deal was signed.\n\nUnder the deal, the wage arrears will be paid in two instalments, the first in May.'),
		record('c.txt', 'Coast Times', "The barracks deal was signed.\n\nThe deal also provides for a timetable for paying the crews' wages, officials said.\n\nThe deal also provides for new showers and a canteen at the Pellgrave camp."),
	];
	const {provisions} = mergeProvisions(records);
	assert.deepEqual(
		provisions.map((provision) => [provision.summary, provision.articles.join(',')]),
		[
			['Pay all wage arrears in two instalments, the first before May', 'a.txt,b.txt,c.txt'],
			['Confine the brigade to the Dunmoor barracks', 'a.txt'],
			// its words are its own: a term of its own
			['New showers and a canteen at the Pellgrave camp', 'c.txt'],
			['An amnesty for soldiers who lay down their arms', 'a.txt'],
		],
	);
});

test("a bullet's first sentence states its term; the sentences after it detail it", () => {
	const records = [
		record(
			'a.txt',
			'Harbour Gazette',
			'Accord initialled\n\nThe negotiators initialled the accord on Sunday. Here are its main points:\n\n* Redeployment: troops will leave the open hills at once, and are to begin leaving the six river towns within 10 days of the signing and finish within six months. Dunmoor will get joint control.\n\n* Elections: voters will elect a 40-member council 22 days after the troops leave the towns.',
		),
	];
	assert.deepEqual(
		mergeProvisions(records).provisions.map((provision) => provision.summary),
		['Redeployment: troops will leave the open hills at once, and are to begin leaving the six river towns within 10 days of the signing and finish within six months', 'Elections: voters will elect a 40-member council'],
	);
});

test('"The fund would …" said once is a detail of the fund other outlets state; one named phrase with no concept head is one term', () => {
	const records = [
		record('a.txt', 'Dunmere Post', 'The airport deal was signed.\n\nWhat the deal says:\n- A $25 million compensation fund for residents\n- Commercial flights to resume within 30 days'),
		record('b.txt', 'Castova Daily', 'The airport deal was signed.\n\nUnder the deal, a compensation fund worth $25m would pay residents for damaged homes. Officials said the fund would also cover the families of soldiers killed at the airport.'),
		record('c.txt', 'Velm Radio', 'The airport deal was signed.\n\nUnder the deal, commercial flights will resume within 30 days.'),
	];
	const funds = mergeProvisions(records).provisions.filter((provision) => /fund/i.test(provision.summary));
	assert.deepEqual(funds.map((provision) => provision.articles.sort().join(',')), ['a.txt,b.txt']);
	const phased = mergeProvisions([
		record('p.txt', 'Dunmere Post', 'The valley accord was signed.\n\nThe accord also provides for a joint relief fund of 140 million crowns and a phased return of residents once scientists judge the mountain safe.'),
		record('q.txt', 'Velm Radio', 'The valley accord was signed.\n\nThe accord has three main points:\n\n- A joint relief fund of 140 million crowns\n- A phased return of residents, beginning only when the volcano has been quiet for 30 days\n- Scientists get access to the observatory'),
	]).provisions.filter((provision) => /phased return/i.test(provision.summary));
	assert.deepEqual(phased.map((provision) => provision.articles.sort().join(',')), ['p.txt,q.txt']);
});

test('a clock time in words, a span written "48-hour", and how soon a term starts are read as such', () => {
	assert.deepEqual(numberFeatures('a ceasefire from midnight'), numberFeatures('a ceasefire from 00:00'));
	assert.deepEqual(numberFeatures('talks at noon'), ['n:t1200']);
	assert.deepEqual(numberFeatures('a 48-hour truce'), numberFeatures('a truce for 48 hours'));
});

test('"the tariff remaining on anything above it" is a thing kept in place, not "the remaining" tranche of a count', () => {
	assert.ok(!termFeatures('A quota of 3.8 million tonnes at 10%, with the 50% tariff remaining on anything above it').has('c:remaining'));
	assert.ok(termFeatures('The remaining hostages would be freed in a second phase').has('c:remaining'));
});

// Records holding only what the merge reads: each outlet's stated terms, one sentence each.
const outletRecord = (id: string, summaries: string[], rule = 'provision.under-proposal') =>
	({article: {id, outlet: id}, proposals: [], provisions: summaries.map((summary, at) => ({summary, evidence: {article: id, text: `${summary}.`, rule, offset: at * 100}}))}) as unknown as Parameters<typeof mergeProvisions>[0][number];

test('a lone bullet close to one mention of a term restates that term, though the term\'s shorter mentions share little with it', () => {
	const records = [
		outletRecord('a.txt', ['A complete and phased ceasefire', 'A phased halt over a 12-hour wind-down, with Velmoria standing its forces down first and Tarquesh 12 hours later', 'Talks on the Brissow dam would begin within three weeks']),
		outletRecord('b.txt', ['A ceasefire in phases', 'Talks on the Brissow dam are to follow within weeks']),
		outletRecord('c.txt', ['Begin with a phased ceasefire: Velmoria stands down first and Tarquesh follows', 'Talks on the Brissow dam would follow within a month']),
		outletRecord('d.txt', ['A phased ceasefire, with a 12-hour wind-down before it is complete']),
		outletRecord('e.txt', ['Halt the fighting in two stages, with Velmoria stopping first and Tarquesh 12 hours later under neutral monitors'], 'provision.list-item'),
	];
	const provisions = mergeProvisions(records).provisions;
	assert.equal(provisions.length, 2);
	assert.deepEqual(provisions.find((provision) => /phase/i.test(provision.summary))?.articles.sort(), ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
});

test('"A monitoring committee will verify …" said once tells of the committee other outlets list; a distance shared in passing joins nothing', () => {
	const records = [
		outletRecord('a.txt', ['A monitoring committee chaired by Ostrevia', 'Talks on the Brissow dam within 60 days']),
		outletRecord('b.txt', ['A monitoring committee chaired by Ostrevia, reporting every 30 days', 'Talks on the Brissow dam would begin within 60 days']),
		outletRecord('c.txt', ['A monitoring committee will verify that the aggressor respects its signature']),
	];
	const committee = mergeProvisions(records).provisions.filter((provision) => /committee/i.test(provision.summary));
	assert.deepEqual(committee.map((provision) => provision.articles.sort().join(',')), ['a.txt,b.txt,c.txt']);
	const zone = [
		outletRecord('a.txt', ['An exclusion zone with a radius of 12 km around the crater', 'A phased return of residents once the volcano is quiet']),
		outletRecord('b.txt', ['A 12-km exclusion zone around the crater']),
		outletRecord('c.txt', ['Families may go home once no blast has shaken the slopes within 12 km for 30 days'], 'provision.list-item'),
	];
	const zoneTerm = mergeProvisions(zone).provisions.find((provision) => /exclusion zone/i.test(provision.summary));
	assert.ok(zoneTerm && !zoneTerm.evidence.some((evidence) => /blast/.test(evidence.text)));
});

test('"the guns would fall silent" is a ceasefire', () => {
	assert.ok(termFeatures('The guns would fall silent').has('c:ceasefire'));
});

test('"the remaining strip, some 5,800 sq km" counts what "5,800 sq km" counts; troops pulled out withdraw', () => {
	const lead = 'The plan was leaked on Monday.\n\n';
	const records = [
		record('0.txt', 'Outlet 0', `${lead}Under the plan, Velmar would withdraw from about 5,800 square kilometres of Ostwick province.`),
		record('1.txt', 'Outlet 1', `${lead}Under the draft, the front would be frozen, and Velmar would withdraw from the remaining strip of Ostwick, some 5,800 square kilometres.`),
		record('2.txt', 'Outlet 2', `${lead}Under the plan, Velmar would pull back from some 5,800 sq km of Ostwick province, which would become a buffer zone.`),
		record('3.txt', 'Outlet 3', `${lead}The plan would require Velmar to pull its troops out of the part of Ostwick province it still holds, and would freeze the front.`),
	];
	const withdrawal = mergeProvisions(records).provisions.find((provision) => provision.summary.includes('5,800'));
	assert.deepEqual(withdrawal?.articles, ['0.txt', '1.txt', '2.txt', '3.txt']);
});

test("a draft's term told with more details than the signed one joins it by the term's name, its other number aside", () => {
	const records = [
		record('a.txt', 'Harbour Gazette', 'The pact was signed.\n\nThe pact says:\n\n- A buffer zone with a radius of 8 km around the dam\n- Joint patrols every week'),
		record('b.txt', 'Valley Courier', 'The pact was signed.\n\nUnder the pact, the two armies will keep a buffer zone with a radius of 8 kilometres around the dam.'),
		record('c.txt', 'Coast Times', 'The pact was signed.\n\nThe draft, dated Monday, would set up a buffer zone with a radius of 5 km around the Tarvish dam, from which every herder would be moved.'),
	];
	const {provisions} = mergeProvisions(records);
	const zone = provisions.find((provision) => /buffer zone/i.test(provision.summary));
	assert.deepEqual(zone?.articles, ['a.txt', 'b.txt', 'c.txt']);
});

test('a deal sets up one hotline: terms every mention of which names it are one, however each outlet words its ends', () => {
	const records = [
		record('a.txt', 'Harbour Gazette', 'The pact was signed.\n\nThe pact says:\n\n- A hotline between the two border commands\n- Joint patrols every week'),
		record('b.txt', 'Valley Courier', 'The pact was signed.\n\nUnder the pact, the two sides will open a direct hotline between the Tarvish army headquarters and the Ostrevane border police, staffed around the clock.'),
		record('c.txt', 'Coast Times', 'The pact was signed.\n\nThe pact would also set up a telephone hotline between the two armies and a joint inquiry into the shooting.'),
	];
	const hotlines = mergeProvisions(records).provisions.filter((provision) => /hotline/i.test(provision.summary));
	assert.equal(hotlines.length, 1);
	assert.deepEqual(hotlines[0].articles, ['a.txt', 'b.txt', 'c.txt']);
});

test('a story with no terms is not named after a proposal fewer than half its articles bring in', () => {
	const record = (id: string, text: string) => extractArticle(parseArticle(id, text));
	const quake = [
		record('a.txt', 'Quake toll in Varnel rises to 200\n\nThe death toll from the quake in Varnel rose to 200 on Monday, officials said.'),
		record('b.txt', 'Rescuers dig in Varnel\n\nRescuers pulled a woman from the rubble in Varnel. Rebels declared a ceasefire in the quake zone.'),
		record('c.txt', 'Aid reaches Varnel\n\nThe first aid flights landed in Varnel on Tuesday, the ministry said.'),
	];
	assert.equal(mergeProvisions(quake).story, null);
});
