import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractProvisions, hedgeOf, proposalMentions} from '../../../source/core/extract/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

const article = (text: string, id = 'a.txt') => parseArticle(id, text, {outlet: 'Harbour Gazette'});
const summaries = (text: string) => extractProvisions(article(text)).provisions.map((provision) => provision.summary);

test('reads terms from sentences that cite the proposal, one provision per coordinated term', () => {
	const cases: Array<[string, string[]]> = [
		[
			'Officials met in the capital on Monday to discuss the draft.\n\nThe 12-point truce plan, seen by Harbour Gazette, proposes several steps including the rebels handing over heavy guns, opening the airport to aid flights, and releasing 40 prisoners.',
			['The rebels handing over heavy guns', 'Opening the airport to aid flights', 'Releasing 40 prisoners'],
		],
		[
			'The talks were tense.\n\nAccording to the draft agreement, the army would be required to leave the valley and gradually reduce its checkpoints, conditions critics called a surrender.',
			['The army would be required to leave the valley', 'The army would be required to gradually reduce its checkpoints'],
		],
		[
			'The ceasefire deal was signed at dawn.\n\nUnder the agreement, the militia will free 12 hostages, while the government will release 150 detainees, a joint statement said.',
			['The militia will free 12 hostages', 'The government will release 150 detainees'],
		],
		[
			'The hostage deal was reached.\n\nUnder the first phase of the deal, troops will withdraw from populated areas and displaced residents will be allowed to return north.',
			['Troops will withdraw from populated areas', 'Displaced residents will be allowed to return north'],
		],
		[
			'The accord was leaked.\n\nIt makes concessions, including that Northport, Eastvale and Westmoor will be handed back.',
			['Northport, Eastvale and Westmoor will be handed back'],
		],
		[
			'The budget pact was leaked.\n\nThe pact would raise the pension age to 67, according to a copy seen by Harbour Gazette.',
			['Raise the pension age to 67'],
		],
		[
			'The strike deal was signed.\n\nUnder the terms of the deal, drivers will get a 5% raise. As part of the agreement, the depot will reopen on Monday.',
			['Drivers will get a 5% raise', 'The depot will reopen'],
		],
		[
			'Mediators unveiled the truce.\n\nThe truce agreement reached in the capital envisages the release of 33 hostages and a gradual withdrawal of troops from the corridor.',
			['The release of 33 hostages', 'A gradual withdrawal of troops from the corridor'],
		],
		[
			'The truce was agreed.\n\nCheckpoints would be dismantled, according to a copy of the text obtained by Harbour Gazette.',
			['Checkpoints would be dismantled'],
		],
		[
			'Ministers welcomed the trade deal.\n\nBoth governments agreed to scrap duties on wine and to review quotas on steel by June.',
			['Scrap duties on wine', 'Review quotas on steel by June'],
		],
		[
			'Reports say the accord is close.\n\nThe plan could involve the city ceding revenue and land in exchange for a shared security force.',
			['The city ceding revenue', 'The city ceding land', 'A shared security force'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('reads a list block under a heading that announces the terms', () => {
	const text = [
		'Negotiators in Lakeport unveiled a framework to end the strike on Friday.',
		'Main Provisions of the Framework',
		'Wages rise by 6% over two years',
		'Night shifts capped at four a week',
		'A joint safety board for every depot',
		'Union leaders said they would put the deal to a vote next week.',
	].join('\n');
	assert.deepEqual(summaries(text), ['Wages rise by 6% over two years', 'Night shifts capped at four a week', 'A joint safety board for every depot']);
	const [first] = extractProvisions(article(text)).provisions;
	assert.equal(first.evidence.rule, 'provision.list-item');
	assert.equal(first.evidence.text, 'Wages rise by 6% over two years');
});

test('a numbered item\'s label of a few words is not a term of its own', () => {
	const text = [
		'Negotiators in Lakeport signed the memorandum on Friday.',
		'',
		'The main points of the memorandum:',
		'',
		'1. Returns. Ostia will readmit its nationals within 30 days of a request.',
		'',
		'2. Work visas. Lakeport will issue up to 2,000 work visas a year.',
		'',
		'Union leaders said they would oppose it.',
	].join('\n');
	assert.deepEqual(summaries(text), ['Ostia will readmit its nationals within 30 days of a request', 'Lakeport will issue up to 2,000 work visas a year']);
});

test('reads a list of pledges under a heading that names them', () => {
	const text = ['Donors met in Pell on Friday to help the flooded delta.', 'Key pledges', '- Halvia: $80 million in grants', '- The Coastal Fund: a $200 million loan', 'The conference closed with a minute of silence.'].join('\n');
	assert.deepEqual(summaries(text), ['Halvia: $80 million in grants', 'The Coastal Fund: a $200 million loan']);
});

test('keeps reactions, demands of other parties and battlefield news out', () => {
	const cases = [
		'The opposition said any agreement must guarantee elections within a year.',
		'Critics rejected the plan, saying it would reward aggression.',
		'A senior official said the envoy agreed to most of it before the meeting.',
		'Shelling killed 12 people near the border on Tuesday as the truce talks stalled.',
		'By clicking subscribe, I agree to receive news updates from the publisher.',
		'The plan has drawn criticism from unions.',
		'It is unclear whether the deal will hold.',
		'The opposition leader said the plan would hurt pensioners.',
		'The framework would be the first such deal in a decade, analysts said.',
		// a question asks what the deal will do; a proposal inside a relative clause is not the sentence's subject
		'Who will enforce the corridor when the two armies disagree on where they stand?',
		'Will the plan require the militia to disarm within 30 days?',
		'When the first shell falls, the ministers who praised the deal will ask who fired first.',
		'The bank that co-signed the accord says 27.',
	];
	for (const text of cases) assert.deepEqual(summaries(`The ceasefire plan was published.\n\n${text}`), [], text);
});

test('keeps how the article sources each mention', () => {
	const cases: Array<[string, string | null]> = [
		['Media reports suggest the plan could involve new elections.', 'media reports suggest'],
		['The draft, seen by Harbour Gazette, calls for a buffer zone.', 'seen by Harbour Gazette'],
		['According to the plan, the army would withdraw.', 'according to the plan'],
		['The deal reportedly includes a prisoner swap.', 'reportedly'],
		['The plan could include a buffer zone.', 'could'],
		['Talks resume in May 12 sessions.', null],
		['Harbour Gazette cited an unnamed official saying the deal includes a swap.', 'Harbour Gazette cited'],
		// The long s folds to s under Unicode case folding: the fast ASCII path must not lose it.
		['Media reportſ ſuggeſt the plan could involve new elections.', 'media reportſ ſuggeſt'],
	];
	for (const [text, expected] of cases) assert.equal(hedgeOf(text), expected, text);
});

test('names the proposal as the text does and skips verbs that look like it', () => {
	const mentions = proposalMentions(article('The 20-point plan was leaked.\n\nThe minister, who plans to travel, said the plan was fair. The peace plan is long.'));
	assert.deepEqual(mentions, [
		{name: '20-point plan', count: 1},
		{name: 'peace plan', count: 1},
		{name: 'plan', count: 1},
	]);
});

test('reads what the parties of an aid package or a trade deal take on', () => {
	const cases: Array<[string, string[]]> = [
		[
			'Donors met in Pell to agree an aid package.\n\nThe Coastal Development Bank will send $400 million in reconstruction aid, along with 30 engineers, the bank announced on Friday.',
			['The Coastal Development Bank will send $400 million in reconstruction aid', 'The Coastal Development Bank will send 30 engineers'],
		],
		[
			'The relief package was unveiled on Monday.\n\nShe added that the Union was ready to host a donors’ conference in the autumn.',
			['The Union was ready to host a donors’ conference in the autumn'],
		],
		[
			'The flood aid package grew again.\n\nPledges came from the Gulf and the Northern Fund, which said it was ready to lend up to $90 million for housing.',
			['The Northern Fund was ready to lend up to $90 million for housing'],
		],
		[
			'The relief package was welcomed.\n\nThe Food Agency has released $6 million from its reserve fund.',
			['The Food Agency has released $6 million from its reserve fund'],
		],
		[
			'The trade pact was signed in Oslin.\n\nUnder the pact, Norland will lower tariffs on cars to 10%. Kestrel will scrap its 15% farm levy and will buy $40 billion of Norland gas.',
			['Norland will lower tariffs on cars to 10%', 'Kestrel will scrap its 15% farm levy', 'Kestrel will buy $40 billion of Norland gas'],
		],
		[
			'The chip accord was signed.\n\nOfficials said the relaxed licensing would be tied to guarantees that the tools stay in the country.',
			['The relaxed licensing would be tied to guarantees that the tools stay in the country'],
		],
		[
			'The chip accord was signed.\n\nThe accord also lifts export curbs on lithography tools from March.',
			['Lifts export curbs on lithography tools from March'],
		],
		[
			'The investment deal was announced.\n\nTokyo pledged $12 billion in new factories, at a summit in Pell.',
			['Tokyo pledged $12 billion in new factories'],
		],
		[
			'The loan deal was signed.\n\nBrussels will release the first $2 billion in March.',
			['Brussels will release the first $2 billion in March'],
		],
		[
			'The aid package was announced.\n\nThe Commission said part of the money would fund school meals for displaced children.',
			['Part of the money would fund school meals for displaced children'],
		],
		[
			'The loan deal was signed.\n\nThe minister said future reconstruction funds would be tied to audits of every contract.',
			['Future reconstruction funds would be tied to audits of every contract'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('reads the phases of a truce and the exchanges it sets', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The truce deal was reached at dawn.\n\nThe first phase will last 30 days. During that phase, the militia will release 12 of the 40 captives it holds.',
			['The first phase will last 30 days', 'The militia will release 12 of the 40 captives it holds'],
		],
		[
			'The truce deal was signed.\n\nGovernment forces are to pull back from the two river towns within a week.',
			['Government forces are to pull back from the two river towns within a week'],
		],
		[
			'The ceasefire began on Sunday.\n\nOfficials said the detainees would be handed over to monitors at the bridge in small groups.',
			['The detainees would be handed over to monitors at the bridge in small groups'],
		],
		[
			'The truce agreement was signed.\n\nTalks on the second stage, which would include the return of all remaining captives, are due to start within a month.',
			['The return of all remaining captives'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('labels list items with the phase of their sub-heading; a bare phase heading is no term', () => {
	const text = [
		'The port truce came into force on Monday.',
		'Terms of the truce',
		'Stage one (30 days)',
		'- The militia frees 12 captives',
		'- Ferries resume between the islands',
		'Stage two',
		'- All remaining captives go home',
		'Officials said the first ferry would sail on Tuesday.',
	].join('\n');
	assert.deepEqual(summaries(text), ['Stage one (30 days)', 'Stage one: The militia frees 12 captives', 'Stage one: Ferries resume between the islands', 'Stage two: All remaining captives go home']);
});

test('keeps promises inside quotes, threats, vague offers, war materiel and open questions out', () => {
	const cases = [
		'"We will send help to every village," the minister said.',
		'The Union and its neighbours said they were ready to send help.',
		'Norland said it would impose 30% tariffs on steel if talks failed.',
		'The army will send 3,000 troops to the border on Friday.',
		'Border troops will open fire on anyone crossing the line.',
		'Halvia will send 40 tanks and air defence systems to the front.',
		'Rescue teams have sent 40 boats to the delta.',
		'The foreign minister said his government would account for every dollar.',
		'The two sides had not agreed on who would run the port after the withdrawal.',
		'The central bank said it would keep interest rates unchanged.',
		'The deal opens the door to wider talks on farm goods.',
		'Exporters will resume shipments of soybeans next month.',
		'The first phase of the offensive will target supply lines in the east.',
		'The Union has provided more than $1 billion to the region since the war began.',
		'Last year, Norland provided $60 billion in loans to its neighbours.',
	];
	for (const text of cases) assert.deepEqual(summaries(`The aid package and the ceasefire deal were signed.\n\n${text}`), [], text);
});

test('a party\'s "will" is no term where the article only discusses a plan', () => {
	assert.deepEqual(summaries('The 12-point peace plan was leaked.\n\nHalvia will provide 200 doctors to the northern hospitals.'), []);
});

test('a package named as the next or a future one is not the one reported; a fact sheet is a source', () => {
	assert.deepEqual(summaries('The sanctions package was approved.\n\nThe next package will target banks in third countries.'), []);
	assert.equal(hedgeOf('Norland will relax licences, according to a fact sheet released by the ministry.'), 'according to a fact sheet');
});

test('reads a numbered list of terms, one provision per sentence of a longer item', () => {
	const text = [
		'The water treaty was signed in Orsa on Monday.',
		"What's in the treaty",
		'1. Flows: the upstream dam releases 40 cubic metres a second in summer. Dry years are shared by a formula.',
		'2. Data: both sides publish gauge readings every day.',
		'The minister called it a fair deal.',
	].join('\n');
	assert.deepEqual(summaries(text), ['Flows: the upstream dam releases 40 cubic metres a second in summer', 'Dry years are shared by a formula', 'Data: both sides publish gauge readings every day']);
});

test('reads what a deal leaves out: carve-outs and exemptions', () => {
	const cases: Array<[string, string[]]> = [
		['The climate accord was signed.\n\nCoal plants already under construction remain subject to national rules, officials said.', ['Coal plants already under construction remain subject to national rules']],
		['The fishing pact was signed.\n\nSmall boats under ten metres are exempt from the new quotas.', ['Small boats under ten metres are exempt from the new quotas']],
		['The arms-control deal was signed.\n\nLong-range drones will still need an export licence.', ['Long-range drones will still need an export licence']],
		['The trade deal was signed.\n\nThe deal excludes rice and sugar.', ['The deal excludes rice and sugar']],
		['The fishing pact was signed.\n\nWhat the pact says:\n- Quotas for cod fall by a fifth.\n- Trawlers over 40 metres are not covered by the cut.', ['Quotas for cod fall by a fifth', 'Trawlers over 40 metres are not covered by the cut']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('what a deal is silent on, a promise nobody made, a bare verb and a quoted hope are no terms', () => {
	const cases = [
		'The deal does not cover rice or sugar, which stay at 40%.',
		'Fishermen detained at sea are not covered by the release.',
		'The truce does not apply to the northern islands.',
		'The accord says nothing about refugees, including the 4,000 families the ministry says fled in May.',
		'Both delegations agreed to leave the status of the port to later negotiations.',
		'The pact is silent on compensation for the flooded villages.',
		'"It is a line below which neither government has pledged to go," the mediator said.',
		'The envoy said both parties had promised to try.',
		'Marsh said the pact would give fishing towns "their first good season in a decade".',
	];
	for (const text of cases) assert.deepEqual(summaries(`The ceasefire deal and the trade pact were signed.\n\n${text}`), [], text);
	// Only the silent clause goes: the sentence's other clause still states its term.
	assert.deepEqual(summaries('The truce deal was signed.\n\nBoth sides agreed to free 40 fishermen, but the deal says nothing about the disputed islands.'), ['Free 40 fishermen']);
	// The same speaker stating what the deal gives, in the reporter's words, still states a term.
	assert.deepEqual(summaries('The ceasefire deal was signed.\n\nMarsh said the deal would give fishing towns 20 more boats.'), ['Give fishing towns 20 more boats']);
});

test('one sentence that states several terms gives one provision each', () => {
	const cases: Array<[string, string[]]> = [
		// a series of the deal's own verbs
		['The fisheries pact was signed.\n\nThe pact creates a 12-mile no-trawl zone, sets up a joint patrol and puts inspectors on every port.', ['Creates a 12-mile no-trawl zone', 'Sets up a joint patrol', 'Puts inspectors on every port']],
		// ... but not a series of nouns after one verb
		['The arms pact was signed.\n\nThe pact bars tanks, rockets and missiles from a zone 30 km deep.', ['Bars tanks, rockets and missiles from a zone 30 km deep']],
		// two named steps agreed at once
		['The two clans agreed to a curfew along the valley road and a halt to raids on grain stores in a deal brokered by the elders.', ['A curfew along the valley road', 'A halt to raids on grain stores']],
		// ... but one step with a compound object stays whole
		['The unions agreed to a pay rise and a shorter week.', ['A pay rise and a shorter week']],
		// a clause with its own subject that is due to happen
		['The water treaty was signed.\n\nThe treaty will be reviewed after ten years, and talks on a second dam are due to begin in Orsa by March.', ['The treaty will be reviewed after ten years', 'Talks on a second dam are due to begin in Orsa by March']],
		// a weekday before a date is part of the date
		['The truce deal was signed.\n\nWhat the deal says:\n- A truce from 06:00 on Monday 3 March.\n- An exchange of 40 prisoners.', ['A truce from 06:00 on Monday 3 March', 'An exchange of 40 prisoners']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('"and to stop …" after one commitment is a second step of the same party', () => {
	const cases: Array<[string, string[]]> = [
		['The truce deal was signed.\n\nBoth governments are to release captured medics within a week and to stop shelling hospitals.', ['Both governments are to release captured medics within a week', 'Both governments are to stop shelling hospitals']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('reads the machinery of a deal: oversight, dates, snap-backs, talks to come, timetables', () => {
	const cases: Array<[string, string[]]> = [
		['The prisoner swap deal was signed.\n\nA monitoring mission from the Red Lantern Society will verify each release.', ['A monitoring mission from the Red Lantern Society will verify each release']],
		['The port strike settlement was signed.\n\nA joint panel will meet every month to hear grievances.', ['A joint panel will meet every month to hear grievances']],
		['The water treaty was signed.\n\nThe treaty takes effect on 1 March and expires after 30 years unless renewed.', ['The treaty takes effect on 1 March and expires after 30 years unless renewed']],
		['The truce deal was reached.\n\nThe curfew exemption for farmers will last for an initial period of 90 days.', ['The curfew exemption for farmers will last for an initial period of 90 days']],
		['The steel deal was signed.\n\nTariffs would snap back to 25% if either side violates the quota.', ['Tariffs would snap back to 25% if either side violates the quota']],
		['The fisheries agreement was signed.\n\nTalks on a second phase covering deep-sea stocks are to begin in the spring.', ['Talks on a second phase covering deep-sea stocks are to begin in the spring']],
		['The gas deal was signed.\n\nFurther rounds of talks are expected before the winter.', ['Further rounds of talks are expected before the winter']],
		['The hostage deal was agreed.\n\nSanctions on the port authority will be lifted once the first group is freed.', ['Sanctions on the port authority will be lifted once the first group is freed']],
		['The steel deal was signed.\n\nDisputes will be referred to an arbitration panel in Geneva.', ['Disputes will be referred to an arbitration panel in Geneva']],
		['The mining investment deal was signed.\n\nThe chief executive said that construction would begin in March and that the mine would start production in 2028.', ['Construction would begin in March; the mine would start production in 2028']],
		['The chip accord was signed.\n\nThe buyer agreed to screen re-exports to third countries, a key demand of the seller, according to a joint statement.', ['Screen re-exports to third countries']],
		['The tariff deal was signed.\n\nTariffs will fall to 5%, under a deal signed on Friday, the two ministries said.', ['Tariffs will fall to 5%']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('keeps reactions, demands, war news and background out of the machinery rules', () => {
	const cases = [
		'The parliamentary committee will review the deal next month.',
		'The security council will meet on Friday to discuss the crisis.',
		'The old treaty expires in March.',
		'Villages near the front remain subject to shelling every night.',
		'Thousands of families still need shelter, the agency said.',
		'More troops will be deployed to the border on Friday.',
		'The two sides still dispute how many prisoners are to be released.',
		'"Tariffs will be lifted soon," the minister said.',
		'Talks collapsed in March after the shelling resumed.',
		'Halvia, which pledged $40 million as part of the package, saw its currency fall 2%.',
		'Rebels accused the army of violating the truce within hours.',
		'The offensive will begin in the spring, commanders said.',
		'Analysts expect the tariffs will be cut further next year.',
		'Talks on a new constitution will resume next week in Geneva.',
		'Exports of rice remain banned under a separate law passed last year.',
		'Hostages will be released only if the army withdraws, a rebel commander said.',
		'Opposition lawmakers said the deal does not cover the most important issues.',
	];
	for (const text of cases) assert.deepEqual(summaries(`The ceasefire deal and the trade pact were signed.\n\n${text}`), [], text);
});

test('reads exchanges, pull-backs, corridors, sanctions relief, quotas and dispute settlement', () => {
	const cases: Array<[string, string[]]> = [
		['The prisoner swap deal was signed.\n\nThe two sides will swap 200 prisoners each at the river bridge.', ['The two sides will swap 200 prisoners each at the river bridge']],
		['The truce deal was signed.\n\nTroops will pull back to the 1994 line within ten days.', ['Troops will pull back to the 1994 line within ten days']],
		['The truce deal was signed.\n\nA humanitarian corridor will be opened from the old town to the coast.', ['A humanitarian corridor will be opened from the old town to the coast']],
		['The nuclear accord was signed.\n\nSanctions on the oil sector will be eased in three stages.', ['Sanctions on the oil sector will be eased in three stages']],
		['The steel pact was signed.\n\nSteel imports will be capped at 2 million tonnes a year.', ['Steel imports will be capped at 2 million tonnes a year']],
		['The port strike settlement was reached.\n\nWages will be raised by 6% over two years.', ['Wages will be raised by 6% over two years']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
	const negatives = [
		'Schools will be reopened next week, the mayor said.',
		'More police will be deployed to the capital before the vote.',
		'Prices will be raised again in the spring, the retailer warned.',
	];
	for (const text of negatives) assert.deepEqual(summaries(`The aid package and the truce deal were signed.\n\n${text}`), [], text);
});

test('reads a signed deal\'s aim, a cited "must", both sides refraining, deployments of monitors and review dates', () => {
	const cases: Array<[string, string[]]> = [
		['Leaders met at the dam.\n\nThe two countries signed a pact to share the river\'s water equally during droughts.', ["Share the river's water equally during droughts"]],
		['The climate accord was adopted.\n\nUnder the accord, emissions must fall 40% by 2035.', ['Emissions must fall 40% by 2035']],
		['The border truce was signed.\n\nBoth sides will refrain from hostile broadcasts.', ['Both sides will refrain from hostile broadcasts']],
		['The border truce was signed.\n\nA monitoring team of 50 observers will be deployed along the line.', ['A monitoring team of 50 observers will be deployed along the line']],
		['The border truce was signed.\n\nThe truce will be reviewed after 60 days.', ['The truce will be reviewed after 60 days']],
		['The border truce was signed.\n\nViolations will be referred to a joint commission.', ['Violations will be referred to a joint commission']],
		['The siege deal was signed.\n\nRebels are to withdraw to positions 15 km from the city, and the government will lift the siege.', ['Rebels are to withdraw to positions 15 km from the city', 'The government will lift the siege']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
	const negatives = [
		'The rivals reached a deal to end the war.',
		'More troops will be deployed to the north.',
		'The commander said: "We fought for every street. The enemy has now signed an agreement to leave our towns."',
		'Critics said the accord must go further.',
	];
	for (const text of negatives) assert.deepEqual(summaries(`The border truce and the trade pact were signed.\n\n${text}`), [], text);
});

test('the rules\' quick word tests let through text that only Unicode case folding makes match', () => {
	assert.deepEqual(summaries('The tariff deal was signed.\n\nThe tariff cut takeſ effect on 1 July.'), ['The tariff cut takeſ effect on 1 July']);
});

test('reads the next terms of a paragraph, a deal that gives, dispute clauses and talks left for later', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The port strike ended.\n\nUnder the agreement, wages will rise by 12% over three years. Night shifts will be capped at four a week, and the operator will hire 200 permanent staff.',
			['Wages will rise by 12% over three years', 'Night shifts will be capped at four a week', 'The operator will hire 200 permanent staff'],
		],
		['Dockers went back to work.\n\nThey accepted a deal that gives them a 12 percent pay rise over three years.', ['Give them a 12 percent pay rise over three years']],
		['The strike settlement was signed.\n\nAny dispute over its terms will go to an independent arbitrator.', ['Any dispute over its terms will go to an independent arbitrator']],
		['The strike settlement was signed.\n\nTalks on pensions, which were left out of the agreement, are due to begin in June.', ['Talks on pensions are due to begin in June']],
		['The strike settlement was signed.\n\nThe deal also creates a joint safety board.', ['Creates a joint safety board']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
	const afterTerm = (text: string) => summaries(`The port strike ended.\n\nUnder the agreement, wages will rise by 12% over three years. ${text}`).slice(1);
	for (const text of ['Prices will rise across the region, economists warned.', 'The minister said it will help exporters.', 'Analysts will be watching closely.', 'The deal will be difficult to enforce.'])
		assert.deepEqual(afterTerm(text), [], text);
});

test('reads the clause before a mid-sentence citation followed by a comment, and the next planned step of a deal', () => {
	const cases: Array<[string, string[]]> = [
		['The swap deal held.\n\nThe rivals exchanged 230 prisoners on Thursday under a deal brokered by Qadir, the first such swap in two years.', ['The rivals exchanged 230 prisoners']],
		['The swap deal held.\n\nA second exchange of about 500 prisoners is planned for June.', ['A second exchange of about 500 prisoners is planned for June']],
		['The loan deal was signed.\n\nThe next tranche of $2 billion is due in March.', ['The next tranche of $2 billion is due in March']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
	assert.deepEqual(summaries('The swap deal held.\n\nA second exchange was expected to follow, but it never came.'), []);
});

test('labels, relative clauses and indirect questions are no terms; a clause leading into a main one is kept', () => {
	const cases: Array<[string, string[]]> = [
		// a scraped page's title line: "what it leaves out" is a label
		['The fishing pact was signed.\n\nFishing pact explained: what the deal says, and what it leaves out', []],
		['The fishing pact was signed.\n\nA 20-day truce covers the northern banks, where the boats are moored.', ['The northern banks']],
		['The fishing pact was signed.\n\nThe pact sets out how many boats each fleet may send north each spring.', []],
		['The fishing pact was signed.\n\nUnder the pact, when the season ends, the fleets will return to port.', ['When the season ends, the fleets will return to port']],
		// "the board the pact creates to manage the quotas": the verb's object stands before it
		['The fishing pact was signed.\n\nMuch will depend on the quota board, the body the pact creates to manage the catch.', []],
		// the deal against the whole is background
		['The fishing pact was signed.\n\nThe pact covers fewer than half of the estimated 900 boats in the bay.', []],
		['The fishing pact was signed.\n\nThe pact covers 400 boats in the bay.', ['400 boats in the bay']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('a time or place participle stays with its item; a step of the deal keeps who it covers as one term', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The mine deal was signed.\n\nThe deal provides for a 10-day pause in blasting, starting at 7 a.m. on Monday, and a safe route out of the valley.',
			['A 10-day pause in blasting, starting at 7 a.m', 'A safe route out of the valley'],
		],
		['The ferry deal was signed.\n\nThe first stage will include the elderly, the sick and unaccompanied children.', ['The first stage will include the elderly, the sick and unaccompanied children']],
		['The ferry deal was signed.\n\nThe second phase covers 300 passengers and will take place at the north pier on Sunday.', ['The second phase covers 300 passengers and will take place at the north pier']],
		// the deal itself listing its terms still gives one provision each
		['The ferry deal was signed.\n\nThe deal includes a fare freeze, new night crossings and a safety review.', ['A fare freeze', 'New night crossings', 'A safety review']],
		// who watches over a term is said of it ("monitored by"); "followed by" brings the next step
		[
			'The valley accord was signed.\n\nThe accord provides for a truce from Sunday, monitored by 40 observers from the bloc, and for the return of the displaced.',
			['A truce from Sunday, monitored by 40 observers from the bloc', 'The return of the displaced'],
		],
		// after an object, a word no deal uses as a verb is a second object; a known verb still opens a second term
		['The valley accord was signed.\n\nUnder the accord, the army will withdraw its mortars and armour 20 km from the town.', ['The army will withdraw its mortars and armour 20 km from the town']],
		['The valley accord was signed.\n\nUnder the accord, the army will free its prisoners and release 40 hostages.', ['The army will free its prisoners', 'The army will release 40 hostages']],
		// a reaction is no term, however its subject is worded
		['The pay deal was signed.\n\nUnder the deal, dockers on both sides gave the pact a cautious welcome.', []],
		// a preposition after "and" goes on with the same step
		['The pay deal was signed.\n\nUnder the deal, the company will raise pay by 6 percent from January and by a further 5 percent from July.', ['The company will raise pay by 6 percent from January and by a further 5 percent from July']],
		// a clause with a subject of its own ends what the parties agreed to
		['The valley accord was signed.\n\nThe two mediators have agreed to act as guarantors, and Lanmark alone hosts 40,000 refugees.', ['Act as guarantors']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('the two halves of one swap, speakers\' words and a speaker\'s account of what happens next', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The hostage deal held.\n\nUnder the deal, the militia will hand over the bodies of 12 guards, and the army will return the bodies of 30 fighters.',
			['The militia will hand over the bodies of 12 guards and the army will return the bodies of 30 fighters'],
		],
		// different objects are different terms
		['The trade deal held.\n\nUnder the deal, the union will cut duties on wine, and the kingdom will lift its quota on steel.', ['The union will cut duties on wine', 'The kingdom will lift its quota on steel']],
		['The ferry deal was signed.\n\nThe mediator: “Two towns that agree on nothing have agreed to bring their sailors home.”', []],
		['The ferry deal was signed.\n\nUnder the deal, fares will be frozen for a year. Passengers will be contacted by the operator, she added.', ['Fares will be frozen for a year']],
		// "Its chair …" says more of the term before it
		[
			'The river pact was signed.\n\nUnder the pact, a joint board of six members will set the release schedule. Its chair will rotate between the two capitals.',
			['A joint board of six members will set the release schedule; its chair will rotate between the two capitals'],
		],
		// when the deal starts and when it is reviewed are two terms, each said of the deal
		['The river pact was signed.\n\nThe pact takes effect in May and will be reviewed after three years.', ['The pact takes effect in May', 'The pact will be reviewed after three years']],
		// a comment on the deal after the term is not the term
		['The miners and owners agreed to end the strike and to reopen the pits, in a deal brokered by the church that bishops call historic.', ['End the strike', 'Reopen the pits']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('one oversight body\'s duties in one sentence are one term, its acronym and apposition left out', () => {
	assert.deepEqual(
		summaries('The hostage deal held.\n\nThe Regional Relief Council (RRC), a Vienna-based charity, will verify the lists of detainees and interview each of them in private, the council said.'),
		['The Regional Relief Council will verify the lists of detainees and interview each of them in private'],
	);
	assert.deepEqual(summaries('The hostage deal held.\n\nThe relief council will have access to every prison and will visit each detainee before release.'), [
		'The relief council will have access to every prison and will visit each detainee before release',
	]);
});

test('where and in how many steps a swap takes place, a cited clause, how long a truce runs and a duty to give notice', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The ferry deal was signed.\n\nThe swap will take place in two stages at the north pier, beginning on Sunday, and is due to be completed within 20 days, the mediator said.',
			['The swap will take place in two stages at the north pier, beginning on Sunday, and is due to be completed within 20 days'],
		],
		['The ferry deal was signed.\n\nUnder a clause pressed by the islanders, freed sailors may not serve on warships, a provision officials call unenforceable.', ['Freed sailors may not serve on warships']],
		['The ferry deal was signed.\n\nThe truce covers the north shore and runs for 14 days from Friday.', ['The north shore', 'The truce runs for 14 days from Friday']],
		[
			'The river pact was signed.\n\nUpstream will share daily readings from six gauges with its neighbour, and must give 48 hours\' notice before cutting releases.',
			['Upstream will share daily readings from six gauges with its neighbour', "Upstream must give 48 hours' notice before cutting releases"],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('a truce over a measured stretch of ground is one term with its subject; one side\'s people placed as observers are oversight', () => {
	const cases: Array<[string, string[]]> = [
		['The ferry deal was signed.\n\nA 10-day truce covers a 12-kilometre stretch of the coast road.', ['A 10-day truce covers a 12-kilometre stretch of the coast road']],
		['The ferry deal was signed.\n\nThe truce covers 40 miles of coast and runs for ten days from Monday.', ['The truce covers 40 miles of coast and runs for ten days from Monday']],
		['The river pact was signed.\n\nDownstream inspectors will for the first time sit in the pumping station as observers.', ['Downstream inspectors will for the first time sit in the pumping station as observers']],
		// a body someone merely describes is no role the deal gives
		['The river pact was signed.\n\nHe said they would sit in the station as observers.', []],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('a step that lists actions still gives one term each; a quoted "agreed to" with a number or a named truce is a term', () => {
	const cases: Array<[string, string[]]> = [
		['The ferry deal was signed.\n\nThe first phase will include the release of 40 sailors and the reopening of the north pier.', ['The release of 40 sailors', 'The reopening of the north pier']],
		['The ferry deal was signed.\n\n“The two towns agreed to a truce from midnight,” the mediator said.', ['A truce']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('a bulleted list of terms may mix short phrases and full sentences; plain lines that turn into sentences end it', () => {
	const bulleted = 'Fishing pause agreed\n\nThe pact was signed in Kell on Monday.\n\nWhat the pact says\n\n- A six-month pause on trawling in the northern banks\n- Both fleets will be inspected at sea by a joint team.\n- A 40 million crown fund for idle crews\n- Review in September\n\nThe minister called it fair.';
	assert.deepEqual(summaries(bulleted), ['A six-month pause on trawling in the northern banks', 'Both fleets will be inspected at sea by a joint team', 'A 40 million crown fund for idle crews', 'Review in September']);
	const plain = 'Fishing pause agreed\n\nThe pact was signed in Kell on Monday.\n\nWhat the pact says:\n\nA six-month pause on trawling\n\nReview in September\n\nThe fleets had waited for years. Talks began in spring.';
	assert.deepEqual(summaries(plain), ['A six-month pause on trawling', 'Review in September']);
});

test('a page byline and a lone standfirst under a headline are no list of terms; two plain lines still are', () => {
	const cases: Array<[string, string[]]> = [
		[
			'Ferry deal: what is in it\n\nA toll cut and more night sailings: the deal, explained\n\nBy Mara Quill | 3 May 2026 | 4 min read\n\nThe two island councils signed the ferry deal on Friday after a year of talks that at times looked close to collapse.',
			[],
		],
		[
			'The island councils signed the ferry deal on Friday.\n\nWhat the ferry deal says:\n\nBy Mara Quill, 6 min read\n\nTolls cut by a third\n\nNight sailings every hour\n\nThe councils meet again in June to review the timetable and the fares after the summer season.',
			['Tolls cut by a third', 'Night sailings every hour'],
		],
		// "By the end of the year", "By March," are no bylines
		[
			'The island councils signed the ferry deal on Friday.\n\nWhat the ferry deal says:\n\nBy the end of the year, two new ferries\n\nBy March, tolls cut by a third',
			['By the end of the year, two new ferries', 'By March, tolls cut by a third'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text);
});

test('a citation without a comma, a citation closing the first of two clauses, a sourcing aside and a market comment', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The port accord was signed.\n\nUnder the accord the harbour board would admit 1,200 fishing boats, among them 300 from the islands, by the spring.',
			['The harbour board would admit 1,200 fishing boats, among them 300 from the islands, by the spring'],
		],
		[
			'The mine truce was signed.\n\nEvery trapped miner must be brought to the surface within 48 hours under the truce agreed at the pithead, and no striker will go back underground before they are.',
			['Every trapped miner must be brought to the surface within 48 hours'],
		],
		[
			'The river accord was drafted.\n\nUnder the accord, a copy of which was seen by Harbour Gazette, the dam would release 40 cubic metres a second all summer.',
			['The dam would release 40 cubic metres a second all summer'],
		],
		[
			'Cocoa prices rose on Monday after the two growers agreed to open a shared warehouse at the border, raising hopes that the harvest could reach buyers in time.',
			['Open a shared warehouse at the border'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text);
});

test('a plan told as a run of "would" sentences: the document cited after the clause, the next paragraph, "It also …", both sides committing', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The envoy unveiled the canal plan.\n\nUnder the plan, tolls would be halved for a year.\n\nBarges would then be inspected at the south lock within a day, the draft says. The old ferry landing would reopen under UN supervision.',
			['Tolls would be halved for a year', 'Barges would then be inspected at the south lock within a day', 'The old ferry landing would reopen under UN supervision'],
		],
		[
			'The canal deal was signed.\n\nA repair fund of $3 million would be raised from shipping firms, and no lock keeper would lose their job, the document says.',
			['A repair fund of $3 million would be raised from shipping firms', 'No lock keeper would lose their job'],
		],
		[
			'The canal deal runs for a year. It also creates a pilots\' register, commits both towns to dredging the channel, and provides for an exchange of lock keepers within a month.',
			['The canal deal runs for a year', 'Creates a pilots\' register', 'Commits both towns to dredging the channel', 'Provides for an exchange of lock keepers within a month'],
		],
		['The canal deal was signed.\n\nBoth sides commit not to close the locks to each other\'s barges.', ['Both sides commit not to close the locks to each other\'s barges']],
		// a second term hung on the first with its own subject: ", where barges will …", ", with every barge …ed"
		[
			'The canal deal was signed.\n\nUnder the deal, a towpath will run from the weir to the south lock, where barges will be weighed within an hour.',
			['A towpath will run from the weir to the south lock', 'Barges will be weighed within an hour'],
		],
		[
			'The canal deal was signed.\n\nThe deal creates a towpath along the east bank, with every barge weighed at the south lock.',
			['Creates a towpath along the east bank', 'Every barge weighed at the south lock'],
		],
		// ... but a "where" on a bare noun phrase says what the thing is for
		[
			'The canal deal was signed.\n\nThe deal also provides for two weighing stations, with room for 40 barges, where cargo would be checked for contraband.',
			['Two weighing stations, with room for 40 barges, where cargo would be checked for contraband'],
		],
		// ... and "with" and a plain noun phrase stays with its term
		['The canal deal was signed.\n\nUnder the deal, the locks would reopen at dawn, with tolls frozen for a year.', ['The locks would reopen at dawn, with tolls frozen for a year']],
		// what a release is traded for is its other half
		['The canal deal was signed.\n\nUnder the deal, the 4 seized barges will be released within a week, in exchange for the impounded tug.', ['The 4 seized barges will be released within a week, in exchange for the impounded tug']],
		// a new paragraph that opens otherwise, and a minister's "would", are no terms
		[
			'The envoy unveiled the canal plan.\n\nUnder the plan, tolls would be halved for a year.\n\nThere was no word from the north town, but its mayor will hold a news conference later.\n\nThe minister said the north town would never accept that.',
			['Tolls would be halved for a year'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text);
});

test('a citation with no comma keeps the clause it sources, not what the writer joins on with "and"', () => {
	const cases: Array<[string, string[]]> = [
		['Canal deal signed\n\nUnder the pact that toll is abolished, and shipping shares rose 9% on the day.', ['Toll is abolished']],
		['Canal deal signed\n\nUnder the pact the locks are to reopen within a week, and pilots will be trained on both banks.', ['The locks are to reopen within a week', 'Pilots will be trained on both banks']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text);
});

test('a live page\'s news bullets, steps already taken and a list\'s lead-in are no terms; the parties\' next clauses are', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The gas truce was agreed.\n\nKey points\n\n- A 20-day pause in strikes on gas fields took effect at dawn\n- Norland says a drone hit a pumping station; Osterra denies it\n- Death toll from the weekend raids rises to 9',
			['A 20-day pause in strikes on gas fields took effect at dawn'],
		],
		// the deal told by how long the war it ends has lasted is history; what it would also do is a term
		[
			'BRANNOCH, June 3 (Wire) - The government and the Tallow Movement agreed on Saturday to a truce that would halt two years of fighting around the port of Dunquay and free 40 hostages in exchange for 400 prisoners, mediators said.',
			['A truce that would free 40 hostages in exchange for 400 prisoners'],
		],
		['The valley truce was agreed.\n\nThe two sides agreed to a truce that would halt shelling around Dunquay from Friday.', ['A truce that would halt shelling around Dunquay from Friday']],
		// a key point that names the truce by its parties and says since when it holds is the news of it, not a term
		[
			'The valley truce was agreed.\n\nKey points\n\n- Truce between Dunquay and the Tallow Movement in force since 05:00 local time\n- First phase: a halt to shelling, release of all detainees within ten days',
			['First phase: a halt to shelling, release of all detainees within ten days'],
		],
		['The gas truce was agreed.\n\nThe first engineers have reached the Kel pumping station under the terms of the truce, the operator says.', []],
		['The gas truce was agreed.\n\nUnder the truce, the two governments have agreed that:', []],
		// "agreed on" a day is when; "agreed on a moratorium" is what
		['The gas truce was agreed.\n\nThe envoys agreed on a moratorium on strikes against gas fields.', ['A moratorium on strikes against gas fields']],
		// bare nouns after "the withdrawal of" are its objects, not terms of their own
		[
			'The valley accord was signed.\n\nThe accord provides for the withdrawal of mortars, anti-tank guns and tanks to 20 km from the town.',
			['The withdrawal of mortars, anti-tank guns and tanks to 20 km from the town'],
		],
		// a clause with its own subject after the parties' commitment is a term of its own
		[
			'The valley accord was signed.\n\nBoth sides will exchange all detainees, and a joint council of 16 members will run the town until elections.',
			['Both sides will exchange all detainees', 'A joint council of 16 members will run the town until elections'],
		],
		// "on both sides" says whom something touches, not who acts
		['The valley accord was signed.\n\nThe envoy said the mediators had come to ease the suffering of families on both sides and that the accord would be judged by deeds.', []],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 70));
});

test('each thing a deal gives is a term; its cost and the vote on it are not', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The dock strike is over.\n\nThe settlement gives dockers a 9 percent raise over two years, a signing bonus and their old rosters back.',
			['Give dockers a 9 percent raise over two years', 'Give dockers a signing bonus', 'Give dockers their old rosters back'],
		],
		// one thing given is one term, whatever its "and"
		['The dock strike is over.\n\nThe settlement gives dockers a raise and a bonus-free pension plan.', ['Give dockers a raise', 'Give dockers a bonus-free pension plan']],
		['The dock strike is over.\n\nThe settlement gives the two unions a seat on the board and a veto on closures.', ['Give the two unions a seat on the board', 'Give the two unions a veto on closures']],
		// what the deal costs is a judgement of it
		['The dock strike is over.\n\nThe port authority said the deal would cost it about 90 million crowns a year.', []],
		// the vote on the deal is a step on the way to it
		['The dock strike is over.\n\nThe deal cuts night shifts to three a week. Members of the dockers\' union will vote on the agreement next week.', ['Cuts night shifts to three a week']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 90));
});

test('a bullet\'s parts are terms; the signing, a quoted "under the pact" and an agreement on little are not', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The valley pact was signed.\n\nKey points of the pact:\n\n- Truce from midnight; militias to hand in rifles at four depots within 30 days\n- Valley council and militias sign peace pact in Oren\n- 90 observers to monitor',
			['Truce from midnight', 'Militias to hand in rifles at four depots within 30 days', '90 observers to monitor'],
		],
		['The valley pact was signed.\n\n"They are fed and they will go home under the pact," the commander said.', []],
		['The valley pact was signed.\n\nThe two sides agree on very little about last month\'s raids.', []],
		// a bare verb after a passive takes the modal, not "be"
		[
			'The valley pact was signed.\n\nUnder the pact, militiamen who are not recruited will be disarmed and receive a grant of $200.',
			['Militiamen who are not recruited will be disarmed', 'Militiamen who are not recruited will receive a grant of $200'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 90));
});

test('a protocol is a deal; lettered items, lead-ins, aliases, citations and concern are read as such', () => {
	const cases: Array<[string, string[]]> = [
		['The lake protocol was signed.\n\nThe protocol bans night fishing on the lake.', ['Bans night fishing on the lake']],
		['The summit ended.\n\nThe joint declaration bans night fishing on the lake.', ['Bans night fishing on the lake']],
		// a colon sentence leads into the list; "(a)" is the list's, not the term's
		[
			'The lake protocol was signed.\n\nUnder the protocol, and with effect from 06:00 on 2 May:\n\n(a) patrol boats of both Parties shall remain outside a zone of 5 km around Kel Island;\n\n(b) each Party shall notify the other of any patrol.',
			['Patrol boats of both Parties shall remain outside a zone of 5 km around Kel Island', 'Each Party shall notify the other of any patrol'],
		],
		// the document's next numbered paragraph is not one more term
		[
			'The lake protocol was signed.\n\n3. Under the protocol, the Parties agree that:\n\n(a) patrol boats shall stay 5 km from Kel Island;\n\n(b) each Party shall notify the other of any patrol.\n\n4. The Protocol will be deposited with the Secretary-General.',
			['Patrol boats shall stay 5 km from Kel Island', 'Each Party shall notify the other of any patrol'],
		],
		// a place's second name and the citation of the deal are no part of the term
		[
			'The lake protocol was signed.\n\nOsterra and Norland have agreed to pull their patrol boats back from Kel Island, known in Norland as Kelso Island, under a protocol signed in the capital.',
			['Pull their patrol boats back from Kel Island'],
		],
		['The lake protocol was signed.\n\nThe Ministry notes with concern that the Norland radar mast on Kel Island remains in place.', []],
		// what the text does not mention is silence; what it leaves unsettled is a term
		[
			'The lake protocol was signed.\n\nThe text says it is without prejudice to either side\'s claim to the island, and it does not mention the radar masts.',
			['It is without prejudice to either side\'s claim to the island'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 90));
});

test('counted parts after a colon, subjects with "and", estimates, approvals, scenes and a columnist\'s voice', () => {
	const cases: Array<[string, string[]]> = [
		// the named parts of "two corridors" are one term
		[
			'The truce was agreed.\n\nThe deal provides for a daily pause, and two corridors out of the town: the Hill Road north to Orm, and the Lake Road west to the border.',
			['A daily pause', 'Two corridors out of the town: the Hill Road north to Orm and the Lake Road west to the border'],
		],
		// "the wounded and sick" is the next clause's subject
		[
			'The truce was agreed.\n\nAccording to the text, Norland will provide 80 buses, and the wounded and sick will be evacuated first.',
			['Norland will provide 80 buses', 'The wounded and sick will be evacuated first'],
		],
		['The truce was agreed.\n\nThe pause can be extended by another five days, and then, no doubt, by another.', ['The pause can be extended by another five days and then, no doubt, by another']],
		['The debt deal was agreed.\n\nHe estimated that the deal lowers debt service by $1 billion a year.', []],
		['The debt deal was agreed.\n\nThe agreement is subject to approval by the lender\'s board in December.', []],
		// a past "while" clause sets the scene
		[
			'The debt deal was agreed.\n\nThe government has agreed to cut the deficit to 3 per cent of GDP, in a deal struck on Tuesday while riots were raging.',
			['Cut the deficit to 3 per cent of GDP'],
		],
		['The truce was agreed.\n\nI believe her when she says the army has agreed to let civilians out of the city.', []],
		// why a term is agreed is not the term
		['The truce was agreed.\n\nThe two sides agreed to a daily six-hour pause in the shelling, to let civilians leave the city.', ['A daily six-hour pause in the shelling']],
		['The truce was agreed.\n\n"We will go wherever the agreement allows us to go," the aid chief said.', []],
		// a live page's key points: fighting that goes on and ground both sides claim
		['The truce was agreed.\n\nKey points of the truce:\n\n- A daily 10-hour pause for a week\n- Shelling continues on the outskirts; both sides claim ground', ['A daily 10-hour pause for a week']],
		// a paragraph's last sentence leads into the list
		[
			'The debt deal was agreed.\n\nThe deal has two halves, one with bondholders and one with the lender. The main terms:\n\n- Haircut: bondholders lose 30% of face value\n- Grace period: no principal for five years',
			['Haircut: bondholders lose 30% of face value', 'Grace period: no principal for five years'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 90));
});

test('a nuclear programme and a declaration of war are not deals; the lender\'s program and a joint declaration are', () => {
	const names = (text: string) => proposalMentions(article(text)).map((mention) => mention.name);
	assert.deepEqual(names('Talks resumed.\n\nInspectors will visit its nuclear programme sites. The missile program is growing.'), []);
	assert.deepEqual(names('Talks resumed.\n\nThe declaration of war was read out.'), []);
	assert.deepEqual(names('Talks ended.\n\nThe program includes a floor on social spending. The joint declaration is short.'), ['joint declaration', 'program']);
	// a charter is a founding text; a charter flight is a plane
	assert.deepEqual(names('The junta signed.\n\nThe charter lifts the ban on rallies. The envoy left on a charter flight.'), ['charter']);
});

test('a speaker\'s first person states terms unless it gives an opinion', () => {
	assert.deepEqual(summaries('The truce was agreed.\n\nI can confirm that under the truce, the army will open two crossings.'), ['The army will open two crossings']);
	assert.deepEqual(summaries('The truce was agreed.\n\nI doubt the army will keep its word when the truce says it will open two crossings.'), []);
});

test('lifting sanctions is a term; what needs approval is one unless it is the deal itself', () => {
	assert.deepEqual(summaries('The inspections deal was signed.\n\nThe deal would lift sanctions on oil exports in three phases.'), ['Lift sanctions on oil exports in three phases']);
	assert.deepEqual(summaries('The inspections deal was signed.\n\nUnder the deal, sanctions relief is subject to approval by the council.'), ['Sanctions relief is subject to approval by the council']);
});

test('a numbered term with dashed sub-points stays in the list', () => {
	assert.deepEqual(
		summaries('The inspections deal was signed.\n\nThe main terms:\n\n1. Inspectors get access within 24 hours\n- undeclared sites within five days\n2. Sanctions are lifted in three phases'),
		['Inspectors get access within 24 hours', 'Undeclared sites within five days', 'Sanctions are lifted in three phases'],
	);
});

test('"those accused of" describes whom a term leaves out; "X accused Y" is news', () => {
	assert.deepEqual(
		summaries('The dock strike is over.\n\nKey points of the deal:\n\n- Charges dropped against arrested dockers, except those accused of looting\n- The port owners accused the union of sabotage'),
		['Charges dropped against arrested dockers, except those accused of looting'],
	);
});

test('investors receiving, a condition in a term, an exclusion with an aside, and a numbered clause with a semicolon', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The debt deal was agreed.\n\nUnder the terms, bondholders will accept a 30 percent haircut. Investors will also receive a warrant that pays out if growth exceeds 3 percent.',
			['Bondholders will accept a 30 percent haircut', 'Investors will also receive a warrant that pays out if growth exceeds 3 percent'],
		],
		['The debt deal was agreed.\n\nUnder the terms, bondholders will accept a 30 percent haircut. Prices will rise, economists warned.', ['Bondholders will accept a 30 percent haircut']],
		['The debt deal was agreed.\n\nUnder the terms, bondholders will accept a 30 percent haircut. If the bonds do not sell, everyone will know.', ['Bondholders will accept a 30 percent haircut']],
		[
			'The debt deal was agreed.\n\nBonds held by pension funds, about $1 billion, are excluded from the haircut, the ministry said.',
			['Bonds held by pension funds, about $1 billion, are excluded from the haircut'],
		],
		['The debt deal was agreed.\n\nBonds held by local pension funds are left out of the haircut.', ['Bonds held by local pension funds are left out of the haircut']],
		[
			'The truce was agreed.\n\nThe terms of the truce:\n\n1. A daily pause from 08:00\n2. The parties will give the agency lists of names; the agency will share the lists with both sides.',
			['A daily pause from 08:00', 'The parties will give the agency lists of names; the agency will share the lists with both sides'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 90));
});

test('the quick gates before costly patterns let through every sentence those patterns read', () => {
	const cases: Array<[string, string[]]> = [
		// a matter left to talks to come, and a clause the deal does not cover, go; the other clause stays
		['The quake relief pact was signed.\n\nUnder the pact, crews will clear the roads, and leaves the status of the dam to later negotiations.', ['Crews will clear the roads']],
		['The quake relief pact was signed.\n\nUnder the pact, crews will clear the roads; the dam would not be covered by the pact.', ['Crews will clear the roads']],
		['The water accord was signed.\n\nThe accord provides for a joint panel, and it will not apply to the lower river.', ['A joint panel']],
		// capitals, a dotted capital I and the proposal cited after the clause
		['THE FISHING TRUCE WAS SIGNED.\n\nUNDER THE TRUCE, BOTH FLEETS WILL STAY OUT OF THE BAY.', ['BOTH FLEETS WILL STAY OUT OF THE BAY']],
		['The fishing truce was signed.\n\nUnder the truce, both fleets will stay out of the İnner bay on Tuesday.', ['Both fleets will stay out of the İnner bay']],
		['The fishing truce was signed.\n\nBoats will leave port at dawn, the truce says.', ['Boats will leave port at dawn']],
		// a role verb of an observer, and a columnist's own voice
		['The water accord was signed.\n\nEngineers from downstream will sit in the control room as observers.', ['Engineers from downstream will sit in the control room as observers']],
		['The water accord was signed.\n\nI believe the accord gives farmers more water.', []],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 90));
});

test('a numbered lead-in over a list ("The 11-point agreement says:") is no term itself', () => {
	assert.deepEqual(
		summaries('The lake deal was signed.\n\nThe Deal At A Glance\n\nThe 4-point agreement says:\n\n1. Night fishing is banned\n\n2. A joint commission meets every month').filter((summary) => /4-point/.test(summary)),
		[],
	);
});

test('reads the clause a term is in, not the asides, concessions and elaborations around it', () => {
	const cases: Array<[string, string[]]> = [
		// an aside on the deal between the citation and the clause
		[
			'The water deal was signed.\n\nUnder the deal, brokered by the lake commission’s envoy Tomas Reile, a former judge, a three-member panel will audit the dams and report within 60 days.',
			['A three-member panel will audit the dams and report within 60 days'],
		],
		// a citation opening the clause that a citation after it sources
		[
			'The truce was signed.\n\nUnder the second stage, which begins on Friday, both armies must pull back their guns and free every prisoner within ten days, according to a copy of the text.',
			['Both armies must pull back their guns', 'Both armies must free every prisoner within ten days'],
		],
		// a count inside the term, and the same share said again, stay with their term
		[
			'The vote deal was signed.\n\nThe pact also provides for a recount of ballots from 900 polling stations, including all 120 in the eastern region; a unity cabinet in which the opposition will hold six of the 18 posts, or a third; and the release of marchers held since May.',
			['A recount of ballots from 900 polling stations, including all 120 in the eastern region', 'A unity cabinet in which the opposition will hold six of the 18 posts, or a third', 'The release of marchers held since May'],
		],
		// an aside with a two-word participle, a subject of two parties with their acronyms, a subject with no determiner
		[
			'The vaccine truce was signed.\n\nUnder the plan, drawn up by the Relief Office (RO) and the valley council, the Pellan army and the rebel Hill Front (HF) would stop shooting around the district from 7 a.m.',
			['The Pellan army and the rebel Hill Front (HF) would stop shooting around the district from 7 a.m'],
		],
		['The reef pact was signed.\n\nUnder the Skellet Protocol, signed on Monday, stranded divers on both sides must be flown home within 10 days.', ['Stranded divers on both sides must be flown home within 10 days']],
		// what a place is, set beside its name, is background to the term
		['The valley truce was signed.\n\nThe army and the rebels have agreed to stop fighting for ten days around Brannoch, a hill town shelled for a month that has lost its hospital.', ['Stop fighting for ten days around Brannoch']],
		['The valley truce was signed.\n\nThe army and the rebels have agreed to stop fighting around Brannoch, a market town on the river.', ['Stop fighting around Brannoch, a market town on the river']],
		// a pronoun names no term, a concession adds none, a "while" of time is no second term
		['The pay deal was signed.\n\nThe deal covers all of them, whatever the number is.', []],
		['The quota deal was signed.\n\nUnder the deal, herring fishing will stop between 1 March and 30 April while the fish spawn.', ['Herring fishing will stop between 1 March and 30 April while the fish spawn']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text);
});

test('a phase heading under a list lead-in is read once, with its label', () => {
	const text = [
		'The truce was signed on Monday.',
		'The text, seen by Harbour Gazette, sets out two phases:',
		'Phase one, from Monday:',
		'- a halt to shelling along the river',
		'- release of all detainees within 14 days',
		'Phase two, within 30 days:',
		'- talks in the capital on the status of the valley',
	].join('\n\n');
	assert.deepEqual(summaries(text), [
		'Phase one: A halt to shelling along the river',
		'Phase one: Release of all detainees within 14 days',
		'Phase two: Talks in the capital on the status of the valley',
	]);
});

test('"it" after a sentence that opens with the proposal is the proposal; people on both sides are no term', () => {
	assert.deepEqual(summaries('The salmon treaty was signed on Friday by the two ministers. It runs for ten years and can be extended.'), ['The salmon treaty runs for ten years and can be extended']);
	assert.deepEqual(summaries('The treaty’s critics were loud on Friday. It runs for ten years.'), []);
	assert.deepEqual(summaries('The quota deal was signed.\n\nThe deal drew fire from fishermen on both sides.'), []);
});

test('a council resolution sets out terms as a deal does', () => {
	assert.deepEqual(summaries('The council voted on Friday.\n\nThe resolution extends the arms embargo for 12 months and cuts the troop ceiling to 9,000.'), [
		'Extends the arms embargo for 12 months',
		'Cuts the troop ceiling to 9,000',
	]);
});

test('a live page\'s dead and a vote tally are news; a party\'s list of what it rejects or demands is its position', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The mission was renewed.\n\nKey points\n\n- Assembly votes 12-3 to renew the Vennory mission for a year\n- Four medics now confirmed dead after the raid on the depot\n- The troop ceiling falls to 9,000',
			['The troop ceiling falls to 9,000'],
		],
		// "reported dead" is news; the families of those killed are who a term covers
		['The mission was renewed.\n\nKey points of the deal:\n\n- Two drivers reported dead near the depot\n- A fund for the families of those killed in the raids', ['A fund for the families of those killed in the raids']],
		[
			'The mission was renewed.\n\nThe Government firmly rejects the following elements of the resolution:\n\n1. The extension of the arms embargo.\n2. Any suggestion that the police share blame for the raids.',
			[],
		],
		['The dock strike is over.\n\nThe union demands:\n\n- A 12 percent raise\n- No job cuts before 2030', []],
		// what the deal itself demands is its terms
		['The dock strike is over.\n\nThe agreement demands the following:\n\n- A 12 percent raise\n- No job cuts before 2030', ['A 12 percent raise', 'No job cuts before 2030']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 90));
});

test('a live page\'s key points that give a toll or say both armies claim a place are news, not terms', () => {
	const text =
		'The valley truce was signed.\n\nKey points\n\n- Patrol boats may cross the river line\n- Health Ministry: 27 dead on the eastern bank, 90 injured\n- Both armies claim Marrow Hill and the Tollen dam\n- A fund for the families of the 27 killed';
	assert.deepEqual(summaries(text), ['Patrol boats may cross the river line', 'A fund for the families of the 27 killed']);
	// a count of wounded people the deal moves is a term
	assert.deepEqual(summaries('The valley truce was signed.\n\nKey points of the truce:\n\n- 12 wounded soldiers will be evacuated by air\n- The ferry reopens on Monday'), ['12 wounded soldiers will be evacuated by air', 'The ferry reopens']);
});

test('a verb-first attribution after a citation is no term; a second agent of a participle is no item', () => {
	assert.deepEqual(
		summaries("Prisoners swapped\n\nVarenian and Korvish forces on Friday exchanged prisoners under an agreement reached by the two negotiating groups earlier this week, said Tamas Orel, the deputy head of the president's office."),
		[],
	);
	assert.deepEqual(summaries('Plan unveiled\n\nThe plan proposes a temporary governing board in Dorvan, led jointly by Pell Avory and former Korvish prime minister Ivo Brask.'), [
		'A temporary governing board in Dorvan, led jointly by Pell Avory and former Korvish prime minister Ivo Brask',
	]);
});

test('how many an item counts, set beside it between commas, is part of that item', () => {
	assert.deepEqual(summaries('The truce was signed on Monday.\n\nThe deal provides for the exchange of all prisoners of war, about 300 in total according to the Lakes Council, and the reopening of the Tollen bridge.'), [
		'The exchange of all prisoners of war, about 300 in total according to the Lakes Council',
		'The reopening of the Tollen bridge',
	]);
	assert.deepEqual(summaries('The truce was signed on Monday.\n\nUnder the deal, the two sides will exchange all prisoners of war, some 300 in all, and reopen the Tollen bridge.'), [
		'The two sides will exchange all prisoners of war, some 300 in all',
		'The two sides will reopen the Tollen bridge',
	]);
});

test('a deal a party rejected in a clause still leads into its terms', () => {
	const text = 'The dock strike is over.\n\nThe agreement, which the smaller union rejected, includes:\n\n- A 12 percent raise\n- No job cuts before 2030';
	assert.deepEqual(summaries(text), ['A 12 percent raise', 'No job cuts before 2030']);
});

test('a body the deal sets up, described by who chairs it, is a term of oversight', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The valley truce was agreed.\n\nA joint truce commission chaired by the Pellacre envoy will meet weekly in the district capital to deal with violations, two diplomats said.',
			['A joint truce commission chaired by the Pellacre envoy will meet weekly in the district capital to deal with violations'],
		],
		['The valley truce was agreed.\n\nA review panel headed by a retired judge will audit the payments every six months.', ['A review panel headed by a retired judge will audit the payments every six months']],
		// a meeting with no schedule is news
		['The valley truce was agreed.\n\nA commission chaired by the envoy will meet on Friday.', []],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 90));
});

test('a citation whose clause runs on past a comma keeps the clause; a name set beside the signatory and a verdict are cut', () => {
	const cases: Array<[string, string[]]> = [
		// the clause has a pronoun or possessive subject, so the citation reaches the comma; "with …" only modifies it
		['The dam pact was signed.\n\nUnder the pact they will rotate every 10 days through one gate at Brosk, with monitors travelling alongside.', ['They will rotate every 10 days through one gate at Brosk, with monitors travelling alongside']],
		['The dam pact was signed.\n\nUnder the pact its team becomes permanent and grows to 9 engineers, with access to every sluice.', ['Its team becomes permanent and grows to 9 engineers, with access to every sluice']],
		// the name after "signed by the minister" is hers, not the start of the term
		['The dam pact was signed.\n\nUnder the pact signed by the Water Minister, Kvarme Vantasso, Pellmark will release 40 cubic metres a second.', ['Pellmark will release 40 cubic metres a second']],
		// the writer's verdict after the term is no part of it
		['The dam pact was signed.\n\nFor the upper gates, the pact allows ten days, far too little to check anything.', ['Ten days']],
		['The dam pact was signed.\n\nFor the upper gates, the pact allows ten days, plenty of time for a cover-up.', ['Ten days']],
		// "only after" is the term's condition, not a tail to cut
		['The dam pact was signed.\n\nThe fishing ban will be lifted only after the spring floods.', ['The fishing ban will be lifted only after the spring floods']],
		// a speaker's "we have only agreed to …" in a quote glosses the deal
		['The dam pact was signed.\n\n"We have only agreed to stop arguing," Dravick told reporters after the signing.', []],
		// an aside between the deal's verb and its object
		['The dam charter was signed.\n\nThe charter also lifts, with immediate effect, the decree that banned night fishing.', ['Lifts the decree that banned night fishing']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 90));
});

test('a count of the members of a body the term before sized is that term told on, kept as one item', () => {
	const text = 'The dam pact was signed.\n\nUnder the pact, a seven-member panel will audit the releases every month. Three members will be named by each side and the chair by the bank.';
	const provisions = extractProvisions(article(text)).provisions;
	assert.deepEqual(
		provisions.map((provision) => provision.summary),
		['A seven-member panel will audit the releases every month', 'Three members will be named by each side and the chair by the bank'],
	);
	assert.equal(provisions[0].item, provisions[0].evidence.offset);
	assert.equal(provisions[1].item, provisions[0].evidence.offset);
	// a count of something the term before did not size is a term of its own
	const other = extractProvisions(article('The dam pact was signed.\n\nUnder the pact, a panel will audit the releases every month. Three engineers will be posted at each gate.')).provisions;
	assert.ok(other.every((provision) => provision.item === undefined));
});

test('what an overseer does with a breach is a term; a clause with its own subject after a body\'s duties is another term', () => {
	const cases: Array<[string, string[]]> = [
		['The dam pact was signed.\n\nThe agency will publish any violation it confirms within 48 hours, according to a copy of the text.', ['The agency will publish any violation it confirms within 48 hours']],
		// a party's threat over a violation is still no term
		['The dam pact was signed.\n\nPellmark will punish any violation within 48 hours, according to a copy of the text.', []],
		[
			'The dam pact was signed.\n\nA joint water board will meet every week, and the flooded farms are to be drained within three months.',
			['A joint water board will meet every week', 'The flooded farms are to be drained within three months'],
		],
		// the body's own next duty stays with it
		['The dam pact was signed.\n\nA joint water board will meet every week, and it will report to both ministers.', ['A joint water board will meet every week, and it will report to both ministers']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 90));
});

test('an explainer’s next question ends its list of terms; a key point that counts cases and deaths is news', () => {
	assert.deepEqual(
		summaries('Harbour pause: what we know\n\nWhat does the plan say?\n\nThe main terms of the plan:\n\nA pause in fighting around Tarvo for ten days\n\nA corridor for vaccine convoys along the coast road\n\nWho is fighting around the town?\n\nThe army and the rebels have fought for months.'),
		['A pause in fighting around Tarvo for ten days', 'A corridor for vaccine convoys along the coast road'],
	);
	assert.deepEqual(
		summaries('Harbour pause signed: live\n\nKey points:\n- A ten-day pause in fighting around Tarvo\n- The health agency now counts 3,200 suspected cases and 61 deaths\n- Vaccine convoys to use the coast road\n\n10:05\nThe pause began at dawn.'),
		['A ten-day pause in fighting around Tarvo', 'Vaccine convoys to use the coast road'],
	);
});

test('a second place after "and from", a doubt glued on with ", yet" and a pledge to keep the deal itself', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The truce was signed.\n\nUnder the deal, rebel fighters are to pull back from the villages of Ostmar and Pell and from a 30-km stretch of the coast road.',
			['Rebel fighters are to pull back from the villages of Ostmar and Pell and from a 30-km stretch of the coast road'],
		],
		['The truce was signed.\n\nUnder the deal, the army will free 40 prisoners and in return the rebels will free 12.', ['The army will free 40 prisoners', 'The rebels will free 12']],
		['The accord was signed.\n\nThe accord commits both navies to clear the channel within 30 days, yet port officials privately doubt the ships will sail before summer.', ['Both navies to clear the channel within 30 days']],
		['The pact was signed.\n\nUnder the pact, the crossings will reopen on Monday. Vantria will respect every line of this text.', ['The crossings will reopen']],
		[
			'The pact was signed.\n\nUnder the pact, the crossings will reopen on Monday. Both sides will abide by the agreement in full. The army will implement the withdrawal by June.',
			['The crossings will reopen', 'The army will implement the withdrawal by June'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('a comma inside a number is no end of a citation; a name\'s description between commas stays with its item', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The pact was signed.\n\nUnder its terms a joint guard force of 1,400 men - 700 from each side - will take over the mine, the rail yard and the Dobrel crossing.',
			['A joint guard force of 1,400 men will take over the mine, the rail yard and the Dobrel crossing'],
		],
		['The pact was signed.\n\nUnder the pact 1,300 prisoners will be freed, the rest later.', ['1,300 prisoners will be freed, the rest later']],
		[
			'The accord was signed.\n\nThe accord also provides for an independent audit of Ferrolux, the state mining company, to be carried out by the bloc within 90 days, and an amnesty for miners who struck.',
			['An independent audit of Ferrolux, the state mining company, to be carried out by the bloc within 90 days', 'An amnesty for miners who struck'],
		],
		['The plan was leaked.\n\nThe plan includes the release of Pekka Vaskolm, the removal of checkpoints, and a curfew.', ['The release of Pekka Vaskolm', 'The removal of checkpoints', 'A curfew']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('history in a perfect relative clause, what a party holds now, a key point calling the deal names, a review after a period', () => {
	const cases: Array<[string, string[]]> = [
		['KELDAR, Nov 25 (Wire) - Quessa and Prell agreed on Wednesday to halt the missile and drone strikes they have traded for nearly four weeks, under a truce brokered by the Council.', ['Halt the missile and drone strikes']],
		[
			'The pact was signed.\n\nUnder the pact, the land that they have occupied since 2014 will be returned, and prisoners that have been convicted will be freed.',
			['The land will be returned', 'Prisoners that have been convicted will be freed'],
		],
		['The truce was agreed.\n\nAccording to a draft seen by the Observer last week, Quessa holds the bodies of 27 soldiers and Prell holds those of 21 airmen.', []],
		['The truce was agreed.\n\nAccording to the draft, Quessa has to withdraw 40 tanks.', ['Quessa has to withdraw 40 tanks']],
		['The pact was signed.\n\nKey points:\n\n- Joint patrols along the border\n\n- The rebel front calls the deal "a pact of traitors"\n\n- A hotline', ['Joint patrols along the border', 'A hotline']],
		[
			'The pact was signed.\n\nThe main terms:\n\n1. To hold joint drills.\n\n2. To review the implementation of the Pact after a period of six months.\n\n3. To create a fund of 40 million dollars, to assist the families of those killed.',
			['Hold joint drills', 'Review the implementation of the Pact after a period of six months', 'Create a fund of 40 million dollars'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('two noun phrases of a key point are two terms unless they pair parties; a relative clause on "whose" is background', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The pact was signed.\n\nKey points:\n\n- Four new joint border posts; intelligence sharing and a hotline between army chiefs\n\n- A truce between the army and the rebels\n\n- Exchange of the dead and a pause',
			['Four new joint border posts', 'Intelligence sharing', 'A hotline between army chiefs', 'A truce between the army and the rebels', 'Exchange of the dead and a pause'],
		],
		[
			'The pact was signed.\n\nThe bloc will also send auditors to go through the books of Ferrolux, the state mining company, whose accounts the union has long claimed hide missing royalties.',
			['The bloc will send auditors to go through the books of Ferrolux, the state mining company'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('"Its …" tells more of a body or the deal, not of a party; a time clause whose verb reports is no attribution', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The truce was signed.\n\nUnder the deal, the Front will release the people it holds, in three stages. Its fighters will leave Ostmar and the highway.',
			['The Front will release the people it holds, in three stages', 'Its fighters will leave Ostmar and the highway'],
		],
		['The accord was signed.\n\nUnder the accord, a commission will oversee the dam. Its chair will rotate each year.', ['A commission will oversee the dam; its chair will rotate each year']],
		[
			'The decree was issued.\n\nThe measures:\n\n1. A fund is set up.\n\n2. With immediate effect, and until the inquiry has reported, no ferry shall sail on the lake between 18:00 and 06:00.',
			['A fund is set up', 'With immediate effect, and until the inquiry has reported, no ferry shall sail on the lake between 18:00 and 06:00'],
		],
		['The pact was signed.\n\nUnder the pact, troops will withdraw by May, the ministry said.', ['Troops will withdraw by May']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('a body that says it will do something announces its own plan; money it says it will give is a pledge', () => {
	const cases: Array<[string, string[]]> = [
		['The pact was signed.\n\nThe regional bloc says it will send 40 monitors to oversee the withdrawal. The airline says it is ready to resume flights within a week.', []],
		[
			'The aid package was agreed.\n\nThe Vellan Union will send $50 million. The Sorrin Bank said it was ready to lend up to $300 million for rebuilding.',
			['The Vellan Union will send $50 million', 'The Sorrin Bank was ready to lend up to $300 million for rebuilding'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('money given towards the cost of a body or fund the deal sets up is a detail of that term', () => {
	assert.deepEqual(
		summaries('The truce was signed.\n\nQuessa has pledged 2.5 million lakas to cover the cost of the observer mission for its first month. Donors pledged $450 million towards the return fund. The Vellan Union will send $50 million in aid.'),
		['The Vellan Union will send $50 million in aid'],
	);
});

test('a measure of time left dangling by a cut "after" clause goes with it; what a deal is said to restore is its aim', () => {
	const cases: Array<[string, string[]]> = [
		['Quessa and Prell have signed a deal to reopen three crossings on their disputed border, more than three months after they were closed amid deadly clashes.', ['Reopen three crossings on their disputed border']],
		['The pact was signed.\n\nUnder the pact, prisoners will be freed within 30 days, about two weeks after the truce begins.', ['Prisoners will be freed within 30 days']],
		[
			'The framework was signed.\n\nThe minister defended the framework, saying the document obliges the rebels to give up their heavy weapons and restores the authority of the state in the province.',
			['The rebels to give up their heavy weapons'],
		],
		['The pact was signed.\n\nUnder the pact, the army will restore electricity to the city within a week.', ['The army will restore electricity to the city within a week']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('what a text gives a party (time, a right) is a term; keeping the bare deal is none, keeping it from a time is one', () => {
	const cases: Array<[string, string[]]> = [
		['The truce was agreed.\n\nAccording to the text, the army has 30 days to withdraw.', ['The army has 30 days to withdraw']],
		['The truce was agreed.\n\nAccording to the text, Quessa has the right to enrich uranium to 5%.', ['Quessa has the right to enrich uranium to 5%']],
		[
			'The pact was signed.\n\nUnder the pact, the crossings will reopen on Monday. Both sides will observe the truce from 06:00 on Friday. Quessa will respect every line of this text. Prell will abide by the agreement in full.',
			['The crossings will reopen', 'Both sides will observe the truce from 06:00'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('a timing comment after a comma ("just before the next harvest, when …") is no part of the term', () => {
	assert.deepEqual(summaries('The deal was signed.\n\nA 120-day arrangement expires in the spring, just before the next harvest, when the pressure to ship will be greatest.'), ['A 120-day arrangement expires in the spring']);
});

test('a deal\'s verb before the party it binds opens a term; a "which" aside closed before it goes', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The compact was signed.\n\nThe compact also sets up an independent inquiry under retired judge Pekka Marhald, which must report within four months, and obliges Quessa Power to keep the reservoir below 380 metres.',
			['Sets up an independent inquiry under retired judge Pekka Marhald', 'Obliges Quessa Power to keep the reservoir below 380 metres'],
		],
		['The pact was signed.\n\nThe pact creates a fund and allows Prell to keep its ships in the bay.', ['Creates a fund', 'Allows Prell to keep its ships in the bay']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('what narrows a term (an exception, a proviso) stays with it; a half and an ordinal part do not split it', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The deal was signed.\n\nThe package also provides for a one-year pay freeze across the civil service, excluding nurses and pilots, and for the mark to float freely by the end of May.',
			['A one-year pay freeze across the civil service, excluding nurses and pilots', 'The mark to float freely by the end of May'],
		],
		[
			'The deal was signed.\n\nUnder its terms the strikers receive a pardon for the blockade, provided they disband their pickets, but anyone who used violence will face trial.',
			['The strikers receive a pardon for the blockade, provided they disband their pickets'],
		],
		[
			'The deal was signed.\n\nThe agreement provides for the grant to be paid in three instalments over one and a half years, the first before May.',
			['The grant to be paid in three instalments over one and a half years, the first before May'],
		],
		// an aside between paired dashes is no end of the term
		[
			"The deal was signed.\n\nThe agreement provides for the back pay - four months' wages - to be paid in full by 20 April.",
			['The back pay to be paid in full by 20 April'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('how long after the news peg a deal came is no term; a time counted from the signing is', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The truce was signed.\n\nUnder the deal, the Quellmark army will leave the pass and open a buffer zone along the border, nine days after a border raid.',
			['The Quellmark army will leave the pass', 'The Quellmark army will open a buffer zone along the border'],
		],
		['The truce was signed.\n\nUnder the deal, troops will withdraw 30 days after signing.', ['Troops will withdraw 30 days after signing']],
		// the sourcing after "according to" goes, however many commas it holds
		[
			'The truce was signed.\n\nThe halt in shelling takes effect at 06:00, according to a statement read out at the border post by the mediator, who chaired the talks.',
			['The halt in shelling takes effect at 06:00'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('a party answering the press, a thing given that names nothing, the deal pointed back at and words taken back are no terms', () => {
	const cases: Array<[string, string[]]> = [
		['The truce was signed.\n\nThe pact gives both leaders something to sell to voters: a truce.', []],
		['The truce was signed.\n\nUnder the deal, the army will leave the pass.\n\nNeither party would disclose the figures.', ['The army will leave the pass']],
		// a check the deal sets is a term, though its verb is "confirm"
		['The truce was signed.\n\nUnder the deal, the agency will confirm the figures each month.', ['The agency will confirm the figures each month']],
		['The truce was signed.\n\nThe Tarvossa Union will pay for this surrender for a decade.', []],
		['The truce was signed.\n\nThe Minister will withdraw the remark that the Member lied.', []],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('a series of one party\'s or one text\'s steps splits comma by comma, a moving verb with its goal included', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The deal was signed.\n\nIn return, Ostrevan will lift its grain levy in two stages by the end of May, stop recruiting to the police for a year, and allow the mark to trade freely by the end of June.',
			['Ostrevan will lift its grain levy in two stages by the end of May', 'Ostrevan will stop recruiting to the police for a year', 'Ostrevan will allow the mark to trade freely by the end of June'],
		],
		[
			'The truce was signed.\n\nThe draft would stop the shelling for 30 days, open two supply routes through the hills, and make the old port the base of a sea lift.',
			['Stop the shelling for 30 days', 'Open two supply routes through the hills', 'Make the old port the base of a sea lift'],
		],
		[
			'The truce was signed.\n\nUnder the deal, the two sides will create an 8-kilometre demilitarised strip, 4 km on each side of the river, and withdraw to the positions they held on May 3.',
			['The two sides will create an 8-kilometre demilitarised strip, 4 km on each side of the river', 'The two sides will withdraw to the positions they held on May 3'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('what a deal opens, said in passing after its name, and a comment on "a change that will …" are cut from the term', () => {
	const cases: Array<[string, string[]]> = [
		['The truce was signed.\n\nUnder the accord, the two sides agreed to a 30-day truce in the valley, opening two supply routes.', ['A 30-day truce in the valley']],
		[
			"The deal was signed.\n\nIn return Ostrevan has promised to bring its deficit down to 3 per cent by 2030 and to scrap the bread subsidy by 1 March, a change that will, by the ministry's own estimate, raise the price of a loaf by a third.",
			['Bring its deficit down to 3 per cent by 2030', 'Scrap the bread subsidy by 1 March'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('a series of clauses, each with its own subject and modal, is one term per clause', () => {
	const cases: Array<[string, string[]]> = [
		[
			'The airport deal was signed.\n\nUnder the deal, the government will release 200 detainees and the rebels will free 80 soldiers, commercial flights are to resume within 30 days, engineers will clear mines from the highway and a $20 million fund will be set up for residents.',
			['The government will release 200 detainees', 'The rebels will free 80 soldiers', 'Commercial flights are to resume within 30 days', 'Engineers will clear mines from the highway', 'A $20 million fund will be set up for residents'],
		],
		// a relative clause after the comma describes the term before it
		[
			'The truce was signed.\n\nUnder the agreement, troops on both sides will hold fire for 48 hours, a period that can be extended if both sides agree.',
			['Troops on both sides will hold fire for 48 hours, a period that can be extended if both sides agree'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('one party\'s later steps take its modal, not its first verb; a sum of money is an object', () => {
	assert.deepEqual(summaries('The base deal was signed.\n\nKorvia will share the harbour with the coastguard, pay $90m towards cleaning up the bay, and give up the airfield at Dunmere within 18 months.'), [
		'Korvia will share the harbour with the coastguard',
		'Korvia will pay $90m towards cleaning up the bay',
		'Korvia will give up the airfield at Dunmere within 18 months',
	]);
});

test('the parties a deal binds stay with what binds them; the citation and the scene around a term are cut', () => {
	const cases: Array<[string, string[]]> = [
		['The town truce was drafted.\n\nThe draft would commit the army and the Tamrel Front to a 30-day ceasefire around the town of Velm.', ['Commit the army and the Tamrel Front to a 30-day ceasefire around the town of Velm']],
		['The port deal was signed.\n\nThe rebels have agreed to hand the port over and withdraw their gunmen, under an agreement signed in Castova on Thursday.', ['Hand the port over', 'Withdraw their gunmen']],
		['The port deal was signed.\n\nOn Thursday, as diplomats in Castova signed an agreement to return Dunmere airport to civilian hands, the 61-year-old allowed herself a small hope.', ['Return Dunmere airport to civilian hands']],
		['The valley deal was drafted.\n\nNegotiators from Varenia and Korvia were on Friday close to an agreement on evacuating the valley, according to a draft seen by the Courier, as the river continued to rise.', []],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('what becomes of the text itself (published, still open to change) is no term', () => {
	const cases: Array<[string, string[]]> = [
		['The airport agreement was signed.\n\nThe full text of the agreement will be published on the council\'s website once it has been sent to the parties.', []],
		['The base deal was drafted.\n\nOfficials on both sides said the text could still change.', []],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('wire forms of a deal\'s terms: "mandates", "under terms of", "a deal under which", "would see", a body to monitor and address violations', () => {
	const cases: Array<[string, string[]]> = [
		['The truce was agreed.\n\nThe ceasefire, which took effect at noon on Monday, mandates a freeze on current front lines and allows civilians in border areas to return home.', ['A freeze on current front lines', 'Allows civilians in border areas to return home']],
		['The prisoner deal was agreed.\n\nUnder terms of the deal, 40 prisoners held in Velm would be released.', ['40 prisoners held in Velm would be released']],
		['The hostage deal held.\n\nThe handover came as part of a deal under which the Front will free 20 hostages in return for the release of 190 prisoners.', ['The Front will free 20 hostages in return for the release of 190 prisoners']],
		['The hostage deal held.\n\nThe deal would see 33 hostages released in exchange for 200 prisoners.', ['33 hostages released in exchange for 200 prisoners']],
		[
			'The army has said it is preparing to deploy as part of a ceasefire deal.\n\nThe agreement also provides for the creation of a joint oversight committee to monitor the ceasefire and address violations.',
			['The creation of a joint oversight committee to monitor the ceasefire and address violations'],
		],
		['The peace accord was signed.\n\n- It establishes a joint security mechanism and builds on months of talks.', ['Establishes a joint security mechanism']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('background beside a term and a trailing "OUTLET reports" are cut', () => {
	const cases: Array<[string, string[]]> = [
		['The truce was agreed.\n\nVarenia and Korvia have agreed to an "unconditional" ceasefire along their frontier, a conflict that has left at least 35 people dead and forced more than 200,000 from their homes.', ['An unconditional ceasefire along their frontier']],
		['The hostage deal held.\n\nUnder the deal, groups of 12 hostages will be released per day, the Castova Times reports.', ['Groups of 12 hostages will be released per day']],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('a deal agreed to and named only, a caveat that it needs approval, a second "with" subject are no terms', () => {
	const cases: Array<[string, string[]]> = [
		['Varenia and Korvia agree to peace deal as hostages are freed\n\nVarenia and Korvia agree to peace deal as hostages are freed.', []],
		['The tariff deal was signed.\n\nUnder the deal, tariffs will fall to 15 per cent, but agreements like this still require approval by member states.', ['Tariffs will fall to 15 per cent']],
		[
			'The peace agreement was signed.\n\nVarenia and Korvia signed a peace agreement in Castova on Friday to end fighting that has killed thousands, with the two countries pledging to pull back support for militias and President Ila Brenn boasting of securing mineral wealth.',
			['Pull back support for militias'],
		],
		[
			'The peace agreement was signed.\n\nVarenia and Korvia signed a peace agreement in Castova on Friday to end fighting that has killed thousands, with the two countries pledging to pull back support for militias -- and President Ila Brenn boasting of securing mineral wealth.',
			['Pull back support for militias'],
		],
	];
	for (const [text, expected] of cases) assert.deepEqual(summaries(text), expected, text.slice(0, 60));
});

test('"a ceasefire deal with the Front" names the deal for the "It" after it; "will deal with" is a verb', () => {
	assert.deepEqual(summaries('The Varenian cabinet approved the first phase of a ceasefire deal with the Front. It includes an exchange of the hostages held by the Front.'), [
		'An exchange of the hostages held by the Front',
	]);
	assert.deepEqual(summaries('Officials said they will deal with the refugees first. It includes an exchange of the hostages held by the Front.'), []);
});

// Invented sentences of classes seen on real pages: a concession, a second verb of the deal, an emphatic "does".
const termsOf = (text: string) => extractProvisions(parseArticle('a.txt', text, {outlet: 'Tarrowick Courier'})).provisions.map((provision) => provision.summary);

test('a deal named in a concessive clause states its terms there; "it" after the concession is that deal', () => {
	assert.deepEqual(termsOf('Although the declaration calls for a complete cessation of hostilities and establishes diplomatic relations between the two capitals, it falls short of a full peace treaty.'), [
		'A complete cessation of hostilities',
		'Establishes diplomatic relations between the two capitals',
	]);
	assert.deepEqual(termsOf('Though the accord provides for a buffer zone, critics say it is weak.'), ['A buffer zone']);
	assert.deepEqual(termsOf('While the full text of the declaration remains largely confidential, it includes the creation of a new corridor linking the two regions.'), ['The creation of a new corridor linking the two regions']);
});

test('an emphatic "does" before the deal\'s verb, and a deal\'s verb before a party\'s possession, open terms', () => {
	assert.deepEqual(termsOf('However, the agreement does reopen borders for commerce and travel and includes a commitment to dissolve the mediation group.'), [
		'Reopens borders for commerce and travel',
		'Includes a commitment to dissolve the mediation group',
	]);
	assert.deepEqual(termsOf("Under the deal, Velmoria would freeze the front line and cap Tarquesh's army at 50,000."), ['Velmoria would freeze the front line', "Velmoria would cap Tarquesh's army at 50,000"]);
	// "does little to …" judges the deal, and "did" tells what was done before it
	assert.deepEqual(termsOf('The charter does little to ease the curfew.'), []);
});

test('", and that strip would become …" says more of the place the term before named: one term', () => {
	assert.deepEqual(termsOf('Under the draft, Velmoria would withdraw from the 300 sq km of the valley it still controls, and that strip would become a demilitarised buffer zone.'), [
		'Velmoria would withdraw from the 300 sq km of the valley it still controls and that strip would become a demilitarised buffer zone',
	]);
	assert.deepEqual(termsOf('Under the deal, both sides agreed that the army would withdraw from the valley and that refugees would return.'), ['Both sides agreed that the army would withdraw from the valley', 'Refugees would return']);
});

test('"33 of the 98 local and foreign hostages … to be freed": two adjectives of one noun; a count with its own infinitive is the next item', () => {
	assert.deepEqual(termsOf('The truce calls for fighting to stop, aid to be sent into the enclave, and 33 of the 98 local and foreign hostages still held there to be freed over the six-week first phase.'), [
		'Fighting to stop',
		'Aid to be sent into the enclave',
		'33 of the 98 local and foreign hostages still held there to be freed over the six-week first phase',
	]);
});

// "In return, …" after a remark on the term before it: the other side's half of the trade (seen on a real trade-deal page)
test('reads the other side\'s half of a trade told past a remark on the first term', () => {
	const text = 'The trade deal was signed.\n\nUnder the agreement, Brenvik will impose a 15% tariff on Quellmoor goods. That marks a sharp drop from the 25% levy of April. In return, Quellmoor will inject $550 billion into the Brenvik economy through equity and loans.';
	assert.deepEqual(summaries(text), ['Brenvik will impose a 15% tariff on Quellmoor goods', 'Quellmoor will inject $550 billion into the Brenvik economy through equity and loans']);
	// a forecast after the opener, with its commentator, stays out
	assert.deepEqual(summaries('The trade deal was signed.\n\nUnder the agreement, Brenvik will impose a 15% tariff on Quellmoor goods. That marks a sharp drop. In return, prices will rise, economists warned.'), ['Brenvik will impose a 15% tariff on Quellmoor goods']);
});

// A sentence that opens with its citation of the deal and closes on its source ("according to an official, who …")
test('reads the term of a sentence that opens with the deal and ends with "according to" a source', () => {
	const text = 'The trade deal was signed.\n\nUnder the deal, Quellmoor cars would face the same 15% rate as other exports, according to a senior official, speaking on condition of anonymity to outline the agreement.';
	assert.deepEqual(summaries(text), ['Quellmoor cars would face the same 15% rate as other exports']);
});
