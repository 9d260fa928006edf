import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractFigures} from '../../../source/core/extract/figures.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** The figures of a short invented article, as "kind=value" (value null for vague counts). */
function figuresOf(text: string): string[] {
	const article = parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
	return extractFigures(article).map((figure) => `${figure.kind}=${figure.value}`);
}

// classes of figure errors seen on stories brief had never seen, each on invented sentences of a new disaster or truce
const cases: [string, string[]][] = [
	// a breakdown after "among them": each coordinated part shares the toll's kind
	['The rebels said 19 of their men had died, among them four commanders and two medics.', ['killed=19', 'killed=4', 'killed=2']],
	// the whole named first, then the copula and the count
	['Among the dead are 12 miners who were trapped when the shaft flooded.', ['killed=12']],
	['Among the injured were 30 children, the ministry said.', ['injured=30']],
	// a toll forecast, or a combined toll
	['The death toll could rise to 90, officials warned.', ['killed=90']],
	['Aid groups say the combined toll is likely to be well above 200.', ['killed=200']],
	// the people's own verb after a relative clause with a verb of its own
	['Five sailors who strayed into the bay last week were detained by the coast guard.', ['prisoners=5']],
	['Two conscripts who crossed the frontier while fleeing the storm are being held by the other side.', ['prisoners=2']],
	['Twelve soldiers who fought at the pass were killed on Monday.', ['killed=12']],
	// an apposition that breaks the people down into two counted parts
	['Twelve fishermen, eight from the north and four from the south, were detained.', ['prisoners=12', 'prisoners=8', 'prisoners=4']],
	// injuries sustained or received
	['Six firefighters sustained serious injuries in the blaze.', ['injured=6']],
	['Nine guards received gunshot wounds in the assault.', ['injured=9']],
	// land counted by its area, whatever befell it
	['The fires have burned some 64,000 hectares, roughly 30 per cent of the forest.', ['area=64000', 'other=30']],
	// residents who left after a clash or left the place they live in are displaced; soldiers who left are not
	['Some 600 villagers from the valley left after the floods.', ['displaced=600']],
	['Nearly 2,000 people have left the streets around the depot.', ['displaced=2000']],
	['More than 500 of the town\u2019s inhabitants fled after the shelling.', ['displaced=500']],
	['Local officials put the number of people who left at between 1,200 and 1,500.', ['displaced=1200', 'displaced=1500']],
	['The army says 40 soldiers left the base on Friday.', ['troops=40']],
	['About 300 people left the stadium before the final whistle.', ['other=300']],
	// people of a long place phrase, then what befell them
	['Around 700 residents of the low-lying fishing village of the delta were evacuated after the storm.', ['displaced=700']],
	// armed men hired by a side are a force
	['Some 1,500 mercenaries remain in the country.', ['troops=1500']],
	// deaths by drowning or crushing; people in evacuation centres or made homeless
	['At least 14 people drowned when the ferry capsized.', ['killed=14']],
	['Twelve people feared drowned are still being sought.', ['missing=12']],
	['More than 40,000 people are in evacuation centres.', ['displaced=40000']],
	['Some 8,000 families have been made homeless by the floods.', ['displaced=8000']],
	// whom captors free or hold, with a verb coordinated with theirs, are hostages; staff held by gunmen too
	['The hijackers released 40 women and children on Sunday but still hold 62 people.', ['hostages=40', 'hostages=62']],
	['Rioting inmates released the last 19 prison officers they had held since Monday.', ['hostages=19']],
	['Gunmen holding 23 embassy staff released six of them on Tuesday.', ['hostages=23', 'hostages=6']],
	['Border police are holding eight hikers.', ['prisoners=8']],
	// "N of them" in the next sentence: a part of the larger count just before
	['About 18,500 people have left their homes. Some 2,300 of them came from the coast.', ['displaced=18500', 'displaced=2300']],
	// the whole may carry its own number; displaced people staying in relief camps or huddled in evacuation centres
	['Among the 30 known dead are nine pupils, officials said.', ['killed=30', 'killed=9']],
	['About 6,000 people are staying in 12 makeshift relief camps.', ['displaced=6000', 'other=12']],
	['Almost 9,000 are still huddled in crowded evacuation centres, the council said.', ['displaced=9000']],
	['A total of 4,100 people were forced to abandon their homes.', ['displaced=4100']],
	// a side's losses in a fight, its people left unnamed, are its dead; a firm's losses to rivals are not
	['The northern army says it lost 23 in the fighting at the ford.', ['killed=23']],
	['The mill lost 300 workers to rivals last year.', ['other=300']],
];

for (const [text, expected] of cases) test(`figure classes: ${text}`, () => assert.deepEqual(figuresOf(text), expected));

// real-news forms, round 2: a swap's returned people, tolls given "as" N or with a day between, the trapped and buried
const round2: [string, string[]][] = [
	['The Varenian army said 106 soldiers were returned from territory under Korvish control in the exchange.', ['prisoners=106']],
	['Some 300 soldiers were returned to base after the exchange of fire.', ['troops=300']],
	['The official death toll from the earthquake that struck Tarsk climbed Wednesday to almost 15,000.', ['killed=15000']],
	['The state-run Dorvan news agency reported the official death toll from the quake as 14,866.', ['killed=14866']],
	['About 40 miners remained trapped under the collapsed shaft.', ['missing=40']],
	['An estimated 9,000 civilians are trapped in the besieged town.', ['other=9000']],
	['At least 60 people were buried under rubble in Tarsk.', ['missing=60']],
	['Seventeen soldiers were buried in the town cemetery.', ['killed=17']],
];
for (const [text, expected] of round2) test(`figure classes: ${text}`, () => assert.deepEqual(figuresOf(text), expected));

/** The figures of a short invented article, as "kind=value@place~qualifier". */
function placedFiguresOf(text: string): string[] {
	const article = parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
	return extractFigures(article).map((figure) => `${figure.kind}=${figure.value}@${figure.place ?? ''}~${figure.qualifier ?? ''}`);
}

test('figure classes: each count of an elliptical toll list takes the place right after it', () =>
	assert.deepEqual(placedFiguresOf('Rebels said 20 people were killed in Dorvan, 23 in Brenholt, three in Ardo, and three in Velm during protests.'), ['killed=20@Dorvan~', 'killed=23@Brenholt~', 'killed=3@Ardo~', 'killed=3@Velm~']));
test('figure classes: "handed over 20" is an exact count, "over 20" a bound', () => {
	assert.deepEqual(placedFiguresOf('The Quarn Front handed over 20 people to mediators on Saturday.').map((f) => f.split('~')[1]), ['']);
	assert.deepEqual(placedFiguresOf('The militia turned over 12 captives to mediators.').map((f) => f.split('~')[1]), ['']);
	assert.deepEqual(placedFiguresOf('Over 20 people were killed.'), ['killed=20@~over']);
});

// swaps and hostages: captives set against captives, people got back in a swap, and people a group holds are hostages
const round3: [string, string[]][] = [
	['The government is to free 212 detainees and the Ostreva Front eighty-seven soldiers under the deal.', ['prisoners=212', 'prisoners=87']],
	['Prisoner exchange: 212 detainees for 87 soldiers.', ['prisoners=212', 'prisoners=87']],
	['"We are getting back 95 of our people," the aide said of the prisoner swap.', ['prisoners=95']],
	['"We are getting back 95 of our people," the coach said after the tournament.', ['other=95']],
	['The Zulmar Front agreed to release 13 Varenians and seven foreign nationals in exchange for 39 Marrowick prisoners.', ['hostages=13', 'hostages=7', 'prisoners=39']],
	['Four survey technicians were held there by Dorvo Guard fighters for three days before being released.', ['hostages=4']],
	['Twelve aid workers held for almost two months by the Vennor Front were handed over on Sunday.', ['hostages=12']],
	['The army deployed 300 soldiers after 20 prisoners escaped.', ['troops=300', 'prisoners=20']],
];
for (const [text, expected] of round3) test(`figure classes: ${text}`, () => assert.deepEqual(figuresOf(text), expected));

/** The figures of a short invented article, as "kind=value<source>". */
function sourcedFiguresOf(text: string): string[] {
	const article = parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
	return extractFigures(article).map((figure) => `${figure.kind}=${figure.value}<${figure.source ?? ''}>`);
}

test('figure classes: the subject that puts, gives or pledges a figure is its source', () => {
	assert.deepEqual(sourcedFiguresOf('Rights group Ardell Watch put the death toll at 16, saying all of the dead had gunshot wounds.'), ['killed=16<Ardell Watch>']);
	assert.deepEqual(sourcedFiguresOf('Rights group Ardell Watch said 16 people were killed in the protests.'), ['killed=16<Ardell Watch>']);
	assert.deepEqual(sourcedFiguresOf('The authorities gave a lower figure of 87 deaths.'), ['killed=87<The authorities>']);
	assert.deepEqual(sourcedFiguresOf('Quorlan pledged 172 million dollars.'), ['money=172000000<Quorlan>']);
	assert.deepEqual(sourcedFiguresOf('Vennor foreign minister Ila Dorvo said her country would give 50 million dollars.'), ['money=50000000<Ila Dorvo>']);
	assert.deepEqual(sourcedFiguresOf('The protests turned deadly, according to claims from Ardell Watch, which reported a higher death toll of 61.'), ['killed=61<Ardell Watch>']);
	assert.deepEqual(sourcedFiguresOf('Talks stalled, with the foreign minister Ila Dorvo saying it could deploy at least 5,000 troops.'), ['troops=5000<Ila Dorvo>']);
	// a place after a preposition is no source
	assert.deepEqual(sourcedFiguresOf('Police in Zulmar said 12 people were injured.'), ['injured=12<>']);
});

test('figure classes: a dotted abbreviation is part of an "according to" source, not cut at its first dot', () => {
	assert.deepEqual(sourcedFiguresOf('The war has killed more than 40,000 people, according to U.N. estimates.'), ['killed=40000<U.N. estimates>']);
	assert.deepEqual(sourcedFiguresOf('At least 20 people were killed, according to the U.S. Embassy.'), ['killed=20<U.S. Embassy>']);
});

test('figure classes: a Title-Case headline\'s "at Least" and its event noun are no place', () => {
	const article = parseArticle('t.txt', 'Death Toll Rises to 29 and at Least 1,400 Injured in Marrowick Earthquake\n\nThe quake struck on Monday morning, officials in the region said.');
	assert.deepEqual(extractFigures(article).map((figure) => `${figure.kind}=${figure.value}@${figure.place ?? ''}`), ['killed=29@', 'injured=1400@Marrowick']);
});

// forces, ranges and tolls: the men a force has, police on duty, a range said "range from" or with one multiplier, a toll
// that rose from one number to another, a toll dated before its parts
const round4: [string, string[]][] = [
	['He said the Ostreva Front had "six thousand men who will lay down nothing" until an amnesty was agreed.', ['troops=6000']],
	['The company has 3,000 men working in its mines.', ['other=3000']],
	['Around 1,800 police officers were on duty at the ground.', ['troops=1800']],
	['The 18 officers who were on duty at the ground have been suspended.', ['other=18']],
	['Estimates of the militia\u2019s strength range from 800 to 1,500 fighters.', ['troops=800', 'troops=1500']],
	['The toll of fighters rose from 800 to 1,500 in a week.', []],
	['A trader put the ransom at "between three and five million dollars".', ['money=3000000', 'money=5000000']],
	// (the earlier level is a figure too, as "up from 800" is: an earlier toll is a fact of its own)
	['The death toll rose from 800 to 1,500 on Monday.', ['killed=800', 'killed=1500']],
	['The ministry said seven people had died on 19 September, six protesters and one guard, and that 43 were injured.', ['killed=7', 'killed=6', 'killed=1', 'injured=43']],
];
for (const [text, expected] of round4) test(`figure classes: ${text}`, () => assert.deepEqual(figuresOf(text), expected));

// real-copy forms, round 5: a displacement of people, the known dead, a latest toll with words between, a relative-clause toll
const round5: [string, string[]][] = [
	['The fighting has caused the displacement of nearly one million people.', ['displaced=1000000']],
	['The flight of 300 soldiers from the base surprised officials.', ['troops=300']],
	['Among the 44 known dead are 15 children, according to the health ministry.', ['killed=44', 'killed=15']],
	['There are 44 known cases of cholera in the camp.', ['other=44']],
	['The latest confirmed toll of recovered bodies from the floods stood at 759.', ['killed=759']],
];
for (const [text, expected] of round5) test(`figure classes: ${text}`, () => assert.deepEqual(figuresOf(text), expected));

test('figure classes: a toll in a relative clause takes no place from the main clause; a relative clause is no source', () => {
	assert.deepEqual(placedFiguresOf('The two leaders signed a peace agreement in Zulmar on Friday to end fighting that has killed thousands.'), ['killed=null@~']);
	assert.deepEqual(placedFiguresOf('Fighting in Zulmar has killed 40 people.'), ['killed=40@Zulmar~']);
	assert.deepEqual(sourcedFiguresOf('Officials released the outline of the first stage, according to which at least 50 hostages will be freed.'), ['hostages=50<>']);
	assert.deepEqual(sourcedFiguresOf('The latest confirmed toll of the floods stood at 759.'), ['killed=759<>']);
});

test('figure classes: each figure\'s giver is the nearest before it', () => {
	assert.deepEqual(sourcedFiguresOf('Quorlan pledged 172 million dollars and Ila Dorvo, the bloc\u2019s foreign affairs chief, announced its pledge of roughly 1.6 billion dollars.'), ['money=172000000<Quorlan>', 'money=1600000000<Ila Dorvo>']);
	assert.deepEqual(sourcedFiguresOf('Ostreva pledged 10,000 dollars, with Marrowick and Zulmar each promising to donate 100,000 dollars.'), ['money=10000<Ostreva>', 'money=100000<Marrowick and Zulmar>']);
	assert.deepEqual(sourcedFiguresOf('Varenia has reported eight civilian and five military deaths.'), ['killed=8<Varenia>', 'killed=5<Varenia>']);
});

test('figure classes: a capital B or T after a sum is billions or trillions', () => {
	assert.deepEqual(figuresOf('The bloc pledged $750B for energy and $1.3T in all.'), ['money=750000000000', 'money=1300000000000']);
	assert.deepEqual(figuresOf('The ticket costs $5 To start with.'), ['money=5']);
});

// round 6: residents who left a town by its name, crossed into a country or sleep in buildings made shelters are
// displaced (troops, students and a day after "left" are not); a force's size capped or put at a range
const round6: [string, string[]][] = [
	['Around 90,000 people left Quellbrook during the shelling, the governor said.', ['displaced=90000']],
	['Forty people left Monday for the capital.', ['other=40']],
	['Some 1,300 villagers have left hamlets near the ridge.', ['displaced=1300']],
	['About 16,000 people have crossed into Tarvassa since the fighting began.', ['displaced=16000']],
	['About 2,000 troops have crossed into Tarvassa.', ['troops=2000']],
	['In Merrowin, where 2,100 people are sleeping in three schools, few plan to go back.', ['displaced=2100', 'other=3']],
	['Some 7,000 people from the hill villages are now housed in 40 schools and sports halls.', ['displaced=7000', 'other=40']],
	['At the primary school, where 600 people share nine classrooms, the head has not been home.', ['displaced=600']],
	['Some 300 students are housed in two schools.', ['other=300', 'other=2']],
	['The number of Ostrelkan personnel at the base may not exceed 1,800.', ['troops=1800']],
	['The number of Ostrelkan personnel at the port will be capped at 1,800, down from about 3,300 now.', ['troops=1800', 'troops=3300']],
	['The new lease limits its personnel to 1,800.', ['troops=1800']],
	['A panel put Belvarran troop numbers at between 2,000 and 2,500.', ['troops=2000', 'troops=2500']],
	['The bank cut its staff to 2,000 last year.', []],
	['Doctors said 230 patients had been treated after the blast.', ['injured=230']],
	['The clinic says 300 patients are treated after hours.', ['other=300']],
	// an age after a child or kin named by one given name; one of a toll just given, told of by a relative clause
	['Mr Ostin, whose daughter Kelda, 16, died at the gate, spoke first.', []],
	['Her son Varik, 19, was killed by a shell.', []],
	['The army says nine of its soldiers were killed, including one who died of his wounds on Monday.', ['killed=9']],
	['Nine people died, including one child.', ['killed=9', 'killed=1']],
	// real-copy forms: a toll with a date or an aside before its verb; a ratio counts nothing; an apposition of a share
	['The death toll from the fighting since March 4, 2031, has reached 2,417.', ['killed=2417']],
	['The death toll, officials said, has risen to 45.', ['killed=45']],
	['More than 900 people have been killed, with one in four of them children.', ['killed=900']],
	['One in three of the injured were women.', []],
	['About 40,000 people, one in five of the town\u2019s residents, have fled.', ['displaced=40000']],
	['Around 300,000 people, accounting for half the province, have been forcibly displaced.', ['displaced=300000']],
	// a count raised, a death count, a toll climbing past a number; people who reached a camp
	['The number of those injured was raised to more than 600, many of them severely.', ['injured=600']],
	['The death count was expected to climb past 75 with 300 people still missing.', ['killed=75', 'missing=300']],
	['Aid groups said fewer than 6,000 have reached the nearest camp for displaced people.', ['displaced=6000']],
	['Some 400 families arrived at the school overnight.', ['other=400']],
	['About 1,000 troops reached the camp on Friday.', ['troops=1000']],
	['Around 170 unaccompanied children - some as young as three - reached the camp, the agency said.', ['displaced=170']],
	['Around 170 doctors reached the camp.', ['other=170']],
	// things damaged named before as "others" or "more"
	['The quake destroyed 9,300 homes and severely damaged 41,000 others.', ['damage=9300', 'damage=41000']],
	['The storm flattened more than 2,000 homes and left 6,000 more damaged.', ['damage=2000', 'damage=6000']],
	['The blast killed 12 people and injured 40 others.', ['killed=12', 'injured=40']],
	['The offensive prompted the exodus of over 80,000 ethnic Quorlans from the valley.', ['displaced=80000']],
	// a count brought to a number named after it; a toll that went up; people in shelters; one more person joined
	['Crews found two more bodies, bringing to 19 the number of people killed by the storm.', ['killed=2', 'killed=19']],
	['The death toll from the floods went up to eight on Sunday.', ['killed=8']],
	['Officials said more than 8,000 people were in shelters.', ['displaced=8000']],
	['Volunteers served more than 9,000 meals in shelters.', ['other=9000']],
	['About 4,000 troops are in camps near the border.', ['troops=4000']],
	['The sheriff said 10 more girls and a counsellor remain missing.', ['missing=10']],
	// people a swap involves are its prisoners
	['The two sides carried out a prisoner swap involving almost 300 people on Friday.', ['prisoners=300']],
	['An exchange of 40 shells followed.', ['other=40']],
];
for (const [text, expected] of round6) test(`figure classes: ${text}`, () => assert.deepEqual(figuresOf(text), expected));

test('figure classes: a body with a relative "who reported" is the source of its figures', () => {
	assert.deepEqual(sourcedFiguresOf('The numbers are higher than those given by Quellish health authorities, who reported 224 deaths and over 2,500 injuries.'), ['killed=224<Quellish health authorities>', 'injured=2500<Quellish health authorities>']);
});

// session 15: a fraction before its multiplier; injured people who died; the casualties named as the subject of
// "include"; people seized; a town's own dead; a source's word between the people and their fate
const round7: [string, string[]][] = [
	['The retreat leaves more than a quarter-million people under the control of the militia.', ['other=250000']],
	['A half-million people have fled the fighting in Ostwick.', ['displaced=500000']],
	['The toll rose to 46 after two injured soldiers died in hospital.', ['killed=46', 'killed=2']],
	['Two injured soldiers were flown to Ostwick.', ['injured=2']],
	['According to the health ministry, the victims include 13 children.', ['killed=13']],
	['Those killed included nine firefighters.', ['killed=9']],
	['The injured include 40 students from the Tavrin college.', ['injured=40']],
	['Gunmen seized 30 passengers from a bus near Ostwick.', ['hostages=30']],
	['The militia seized 20 trucks at the crossing.', ['other=20']],
	['Tavrin lost 61 residents in the raid.', ['killed=61']],
	['Eleven of the 63 people the ministry says died were children.', ['killed=11', 'killed=63']],
	['The 300 people the mayor says live on the island are fishermen.', ['other=300']],
	// a place that holds a crowd holds no hostages; a rate of care is no count of the hurt
	['Police fired tear gas into a stand holding 4,000 people.', ['other=4000']],
	['Before the siege the Tavrin clinic treated some 300 patients a day.', ['other=300']],
	['Doctors in Tavrin treated 300 patients after the blast.', ['injured=300']],
	// a toll dated at a named place before its parts; "and that" opens another count's clause
	['The ministry said seven people were killed in the clashes at the Ostwick Gate on Sept. 19, six protesters and one guard, and that 43 were injured.', ['killed=7', 'killed=6', 'killed=1', 'injured=43']],
	['Sixty-odd lives were lost in the Tavrin fire.', ['killed=60']],
	// a measure after a dated toll is no part of it
	['Eleven people died in the crush on 14 March, 40 miles north of Tavrin.', ['killed=11', 'other=40']],
	// a force capped, or a cap on a force's size; a noun of its own after the number says what it counts
	['Under the deal the garrison is capped at 2,500, a cut of a third.', ['troops=2500']],
	['The draft sets a limit of 600,000 on the size of the Tavrin army.', ['troops=600000']],
	['The mission is limited to 300 observers.', ['other=300']],
	// an injury had, or people with one
	['Medics in Ostwick saw 40 people with gunshot wounds.', ['injured=40']],
];
for (const [text, expected] of round7) test(`figure classes: ${text}`, () => assert.deepEqual(figuresOf(text), expected));
