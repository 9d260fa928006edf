import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractFigures} from '../../../source/core/extract/figures.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** The figures of a short invented article, as "kind=value" (value null for vague counts). */
function figuresOf(text: string): string[] {
	const article = parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
	return extractFigures(article).map((figure) => `${figure.kind}=${figure.value}`);
}

// classes of misses seen on stories brief had never seen, each with invented sentences
const cases: [string, string[]][] = [
	// wire abbreviations of millions and billions
	['The republic signs a $3.1 bln loan; a further $250mln and 90 mln euros follow.', ['money=3100000000', 'money=250000000', 'money=90000000']],
	// a range gives both its ends
	['Between 2,000 and 2,500 troops are posted on the ridge.', ['troops=2000', 'troops=2500']],
	['The rebels field 600 to 800 fighters, and between four and seven villagers are still missing.', ['troops=600', 'troops=800', 'missing=4', 'missing=7']],
	// captives coordinated with a second counted group share the fate said after both; a move is no fate
	['The ministry says six inmates and three warders were killed in the raid.', ['killed=6', 'killed=3']],
	['Guards hold 40 prisoners and 12 detainees were moved to another jail.', ['prisoners=40', 'prisoners=12']],
	// a toll's breakdown after its own word and a dash
	['The hospital puts the toll at eight dead - five miners and three guards - and 40 injured.', ['killed=8', 'killed=5', 'killed=3', 'injured=40']],
	// "it" or "the figure" given by a source, for the count named just before
	['The number of dead is disputed. The navy puts it at 12 - seven sailors and five civilians.', ['killed=12', 'killed=7', 'killed=5']],
	['Nobody agrees on how many were arrested. The number of detainees keeps changing; the prosecutor puts the figure at 310.', ['prisoners=310']],
	// a count a body kept, set against the count just before
	['The interior ministry admits to six deaths. The lawyers\u2019 guild has documented 11.', ['killed=6', 'killed=11']],
	// treated for an injury is hurt, whoever is treated
	['Fourteen cadets are being treated for frostbite, three of whom may lose toes.', ['injured=14', 'injured=3']],
	['The clinic is treating 30 sailors for burns. Nine more came down with frostbite.', ['injured=30', 'injured=9']],
	['Medics treated 40 cholera cases in the camp.', ['other=40']],
	// captives named by their noun, then what befell them
	['Three inmates were killed in the riot and two detainees died in custody.', ['killed=3', 'killed=2']],
	['The rebels freed 12 hostages and killed two soldiers.', ['hostages=12', 'killed=2']],
	// people held by captors who are no state are hostages; people a state holds are prisoners
	['Rioting inmates are holding 12 guards in the east wing.', ['hostages=12']],
	['All 14 officers held by the mutineers were freed on Sunday.', ['hostages=14']],
	['Two of the engineers held by the Coastal Front remained in rebel hands.', ['hostages=2']],
	['The army holds 96 captured rebels.', ['prisoners=96']],
	// armed people who fled or slipped out are missing, civilians who fled their homes displaced (an of-phrase between)
	['About 40 soldiers fled the barracks with their rifles.', ['missing=40']],
	['Some 30 mutineers had slipped out of the fort and were being sought.', ['missing=30']],
	['Some 2,000 residents of the river district fled their homes on Monday.', ['displaced=2000']],
	// sums owed in a currency the lexicon lacks, halves of years in words, bans for a span
	['Wage arrears of 3.2 billion drelmas will be paid. Ministers asked where 3.2 billion drelmas went.', ['money=3200000000', 'money=3200000000']],
	['The loan is paid in four instalments over two and a half years.', ['other=4', 'other=2.5']],
	['Neither navy may send ships into the channel for 45 days.', ['other=45']],
	['Patrols into the strip are banned for 60 days.', ['other=60']],
	// combatants a side holds are prisoners; funerals are counted, not held; a place sized by its people; refuge given
	['The navy is holding six marines seized on the reef.', ['prisoners=6']],
	['Funerals for nine of the miners will be held at the chapel on Friday.', ['other=9']],
	['"A pension is cheaper than a funeral for one of our sons," he said.', []],
	['The rioters held a suburb of 4,000 people hostage for two days.', ['other=4000']],
	['The old covered market now shelters some 2,100 people.', ['displaced=2100']],
	['Officials have moved about 500 shepherds from hamlets below the dam.', ['displaced=500']],
	// weapons handed over, counted in words; villages buried are damage
	['The unit must hand over 14 tanks and seven howitzers within 48 hours.', ['other=14', 'other=7', 'other=48']],
	['Mudslides buried at least 11 villages in the valley.', ['damage=11']],
	// a count in single quotes after its toll; people under arrest
	["The guild puts the toll at 'at least 210' and the army says fewer.", ['killed=210']],
	['The protests left at least six people dead and hundreds under arrest.', ['killed=6', 'prisoners=null']],
	// state-media fates of armed people: fallen in battle, "destroyed", "eliminated" are dead; those who surrendered are held
	['Twelve brave soldiers fell as martyrs defending the pass.', ['killed=12']],
	['Nine of our soldiers fell in battle near the ford, the ministry said.', ['killed=9']],
	['Up to 180 enemy servicemen were destroyed, along with six armoured vehicles.', ['killed=180', 'damage=6']],
	['The army cleared the ridge on Friday, eliminating 44 terrorists and seizing a depot.', ['killed=44']],
	['The pact eliminated 40 tariffs on farm goods.', ['other=40']],
	['The commander said 900 soldiers had surrendered at the airfield.', ['prisoners=900']],
	['Some 700 fighters surrendered their weapons at the camp.', ['troops=700']],
	['The state holds 210 captured terrorists, the minister said.', ['prisoners=210']],
	// "fighters" are jets only where aircraft are downed or flown
	['She said the rebels had moved "at least 2,500 fighters" to the front line before the attack.', ['troops=2500']],
	['Air defences shot down two fighters over the coast.', ['damage=2']],
	// the share of a country a force holds is territory; a stake in a firm is not
	['Northern forces hold about 19 per cent of Qentaria.', ['percent_territory=19']],
	['The state holds 19 per cent of the shares of Brellovian Rail.', ['other=19']],
	// soldiers sent to train another army are a force
	['The pact sends up to 450 military trainers and 60 instructors to the north.', ['troops=450', 'troops=60']],
	// a toll revised from its earlier value gives the earlier value too
	['At least 640 people have been killed, the union said, raising its toll from 510 the day before.', ['killed=640', 'killed=510']],
	// people whose release is demanded are held
	['The Front has demanded the release of 40 of its fighters from state prisons.', ['prisoners=40']],
	// people trapped underneath rubble are missing, however their belief is hedged
	['Another 35 are believed to still be trapped underneath the rubble.', ['missing=35']],
	// a source's word between "of whom" and the part's own fate
	['The ministry says 90 hostages remain, at least 14 of whom it believes are dead.', ['hostages=90', 'killed=14']],
];

for (const [text, expected] of cases) test(`figures on unseen stories: ${text}`, () => assert.deepEqual(figuresOf(text), expected));
