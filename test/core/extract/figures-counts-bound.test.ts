import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractFigures} from '../../../source/core/extract/figures.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** The figures of a short invented article, as "kind=value" (value null for vague counts). */
function figuresOf(text: string): string[] {
	const article = parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
	return extractFigures(article).map((figure) => `${figure.kind}=${figure.value}`);
}

// counts whose kind is told away from the number: by a toll named as a figure, by the sentence before, by the
// whole the people are counted in, by the people themselves
const cases: [string, string[]][] = [
	// a toll that moves, named only as a toll, a figure or a count, within a sentence or after the count it moves
	['The toll has since risen to 35, the Arvost health office said.', ['killed=35']],
	['The toll of the dead has risen from 58 to 61.', ['killed=58', 'killed=61']],
	['The Sarnow ministry said 58 people were killed. The police figure has risen from 58 to 61.', ['killed=58', 'killed=58', 'killed=61']],
	['Police in Drummel say 40 people died. That takes the hospital count to 44, up from 40 this morning.', ['killed=40', 'killed=44', 'killed=40']],
	['The Kestrin health department has given a toll of 37, then 41.', ['killed=37', 'killed=41']],
	// a rival source's count, by a verb of preferring or set against the first in a clause of contrast
	['The ministry says 63 people died. The police, on the night, preferred 41.', ['killed=63', 'killed=41']],
	['The ministry counts 47 civilians killed, while the rights office has verified 36.', ['killed=47', 'killed=36']],
	// the casualties as the subject of "number"
	['The dead number more than 30,000 by most estimates.', ['killed=30000']],
	// people of a mission and whoever attacked it are people a toll counts; hostage-takers free hostages
	['Two diplomats were among the dead.', ['killed=2']],
	['Nine of the attackers were killed.', ['killed=9']],
	['The hostage-takers released six women on Saturday.', ['hostages=6']],
	// a country's dead in a disaster abroad, then the other countries' counts with their verb left out
	['Belmark lost 134 of its citizens in the crash.', ['killed=134']],
	['Belmark lost 134 citizens, Tarnia 29 and Molvany 17.', ['killed=134', 'killed=29', 'killed=17']],
	// captives whose fate is the whole they are counted among
	['Five inmates were among the injured.', ['injured=5']],
	// the part of the wounded whose wounds killed them
	['Shelling wounded 30 people, three of them fatally.', ['injured=30', 'killed=3']],
	// people an amnesty or a deal may free are held
	['About 1,400 people would be eligible for release under the amnesty.', ['prisoners=1400']],
	// a flight's number names it, and a whole with a number in its name comes before the people's verb
	['All 212 people on board Kestrin Air flight 318 died in the crash.', ['killed=212']],
	// people held by captors who are no state are hostages, with where the captors are or what they did between
	['The gunmen inside the Arvost consulate still hold 19 people.', ['hostages=19']],
	['Protesters who stormed the consulate are holding 52 staff.', ['hostages=52']],
	// in a story of hostages, people freed with no holder named are hostages; a state's or a named country's are not
	['Gunmen stormed the Arvost consulate and took 42 people hostage. Eleven consulate staff were freed on Wednesday.', ['hostages=42', 'hostages=11']],
	['The gunmen hold 12 hostages. Sarnow is holding four Tarnians.', ['hostages=12', 'prisoners=4']],
	['The rebels hold 40 hostages. The government freed 100 people from its jails on Sunday.', ['hostages=40', 'prisoners=100']],
	// a part of a whole named first, opening the sentence, and the rest of it after "and"
	['Of the 214 dead, 152 were in government-held areas.', ['killed=214', 'killed=152']],
	['Of the 42 hostages, 30 were freed on Sunday and 12 remain inside.', ['hostages=42', 'hostages=30', 'hostages=12']],
	// people driven into shelters have lost their homes
	['More than 380,000 people have been forced into evacuation centres.', ['displaced=380000']],
	// a count changed, with the words of its rate between its levels
	['Traffic had fallen from about 60 ships a day to fewer than 10.', ['other=60', 'other=10']],
	// a force sized before its verb
	['The force of 2,500 will withdraw in three phases.', ['troops=2500', 'other=3']],
	// the people last read as held decide for people freed later with no holder named, whoever else the story names
	['The inmates are holding 23 guards. Nine of the guards were freed on Thursday.', ['hostages=23', 'hostages=9']],
	['The rioters hold 14 hostages. The last 14 guards walked free on Saturday.', ['hostages=14', 'hostages=14']],
	// a count in apposition to the captives or the casualties named before it
	['The hostages, 12 guards and two nurses, were released unharmed.', ['hostages=12', 'hostages=2']],
	['The dead - 14 firefighters and three soldiers - were buried on Sunday.', ['killed=14', 'killed=3']],
	// the people a part is counted of may be a plural the lexicon lacks, when their fate follows
	['Five of its instructors were killed in an ambush.', ['killed=5']],
	// places of worship, grounds, districts, air defences and strips a truce or a deal counts
	['Under the truce the gangs will stay out of seven churches in three districts.', ['other=7', 'other=3']],
	['The army sent four air-defence batteries to the capital.', ['other=4']],
	['The contractors will hand over four bases and two airstrips.', ['other=4', 'other=2']],
	// a pair of places is the two a story named, and a count in apposition to named places describes them
	['Gangs have stopped buses from entering two districts of the capital for a week.', []],
	['The opposition held Moravel and Kesh Brod, two working-class districts of the capital, and three churches.', ['other=3']],
	// a deal's term said in a relative clause, as a validity, or of a waiver it grants
	['The agreement, which runs for 90 days, would let fuel into Tarnia.', ['other=90']],
	['The arrangement is valid for 90 days.', ['other=90']],
	['The waiver lasts six months.', ['other=6']],
	// a length of road or line destroyed is damage; a line's length is a measure
	['Lava buried 27 km of the coast road.', ['damage=27']],
	['Some 85 km of track was damaged.', ['damage=85']],
	['The 640-km line links the port to the capital.', ['other=640']],
	// a garrison capped or sized is a force
	["The treaty caps each side's garrison at 200.", ['troops=200']],
	['The garrison of 300 will leave by June.', ['troops=300']],
	// a currency after millions, in the singular or hyphened, known or learnt from the story; a sum in cents
	['The state will pay 4 million kelvars to each family. It set up a 310-million-kelvar fund.', ['money=4000000', 'money=310000000']],
	['The city pledged 450 million peso for the programme.', ['money=450000000']],
	['Shippers pay 25 cents more per thousand cubic metres.', ['money=0.25']],
	// a price's move in cents is no sum, and "not one cent" no figure
	["The country's bond jumped 9.5 cents.", ['other=9.5']],
	['Not one cent will go to the militia.', []],
	// a zone sized in nautical miles or by its width, and what a demilitarisation or a demining counts
	['Fishing is banned inside a 20-nautical-mile zone.', ['other=20']],
	['The navies agreed a five-nautical-mile buffer around the reef.', ['other=5']],
	['Two radar installations will be dismantled.', ['other=2']],
	['Eight minesweepers from four countries will take part.', ['other=8']],
	['Two air tankers flew over the ridge.', ['other=2']],
	// a force's own level moved, not a number troops act on; an adverb before the people's adjective
	['Troops on the islands will fall from 1,800 to 300.', ['troops=1800', 'troops=300']],
	['Troops fired at 40 protesters.', ['other=40']],
	['Only 50 lightly armed police officers may remain.', ['other=50']],
];

for (const [text, expected] of cases) test(`counts bound to their kind: ${text}`, () => assert.deepEqual(figuresOf(text), expected));
