import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractFigures} from '../../../source/core/extract/figures.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** The figures of a short invented article, as "kind=value" (value null for vague counts). */
function figuresOf(text: string): string[] {
	const article = parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
	return extractFigures(article).map((figure) => `${figure.kind}=${figure.value}`);
}

// forms of figures the last stories read wrong, each class with invented sentences and its near miss
const cases: [string, string[]][] = [
	// a sum in a currency the lexicon lacks, learnt from a known sum glossed in it, from aid given, from a cost's level
	['The accord unfreezes a fund of $310 million (about 41.2 billion grosks) for food.', ['money=310000000', 'money=41200000000']],
	['The governor ordered that each household receive 40,000 pelnars in compensation.', ['money=40000']],
	['The treasury said the cost of repairing the bridges had reached 84 million vardens.', ['money=84000000']],
	// a force of guards or police, its size before a preposition, a guard of men
	['The depot goes to a neutral force of 600 guards drawn from the customs service.', ['troops=600']],
	['The depot goes to a neutral guard force of 600 within three days.', ['troops=600', 'other=3']],
	['The deal hands the depot to a guard of 600 men from the customs service.', ['troops=600']],
	['A force of 300 tanks crossed the river.', ['other=300']],
	// people gone from their homes: crossed from a place, sheltered by the state, left with nothing after, fled counted places
	['About 18,000 people have crossed from the flooded delta into Oskvale since the storm.', ['displaced=18000']],
	['Some 190,000 citizens have been temporarily sheltered by the state.', ['displaced=190000']],
	['Roughly 25,000 people have left, many crossing the river in small boats at night.', ['displaced=25000']],
	['Only 40 people are left in the hamlet.', ['other=40']],
	['About 4,200 villagers have fled five valley villages on the Pexley side.', ['displaced=4200', 'other=5']],
	// a share of ground held: of a valley or a plateau, of what a side calls its territory; not of a place's company
	['Within a year the movement held roughly 35 per cent of the valley, including the town of Tavrick.', ['percent_territory=35']],
	['The army now controls about 18 per cent of what Lorran calls its territory.', ['percent_territory=18']],
	['The fund holds 19 per cent of the valley\'s power company.', ['other=19']],
	// a breakdown of captives by holder with the verb left out; the writer's word for them against a holder's kind
	['The deal frees 75 detainees - 56 held by the army, 19 by the Drummel rebels - and opens the road.', ['prisoners=75', 'prisoners=56', 'prisoners=19']],
	['Each side is to free its prisoners: 112 held by the Brigades and 87 held by the Front.', ['prisoners=112', 'prisoners=87']],
	// the page's price to its reader is no sum of the story
	['Support us from 3 euros a month.', []],
	['Subscribe to the Ledger for $4.99 a month', []],
	// a count named by the fate a relative clause tells, then its level
	['The agency said the number of citizens who lost their lives had risen to 259.', ['killed=259']],
	['The number of people who fled has reached 40,000.', ['displaced=40000']],
	['The number of people who attended was 4,000.', []],
	// people a participle after them calls wounded, whose own verb of death follows, are dead
	['Two more soldiers wounded in the fighting at the pass have died at the district hospital.', ['killed=2']],
	['Five people injured in the blast died overnight.', ['killed=5']],
	['Twelve soldiers wounded in the attack that killed three civilians are in hospital.', ['injured=12', 'killed=3']],
	// the part of a count the shots killed
	['Troops fired on the crowd, hitting 12 people, three of them fatally.', ['other=12', 'killed=3']],
	// soldiers counted in a toll are a part of it; people who fell in an attack died there, not those who fell ill
	['Some 2,870 people have died since 2024, including 1,140 soldiers and 1,730 civilians.', ['killed=2870', 'killed=1140', 'killed=1730']],
	['The minister said the 12 workers who fell in the attack on the plant were heroes.', ['killed=12']],
	['Six prisoners who fell ill were moved.', ['prisoners=6']],
	// people the lexicon lacks, after a verb of arrest that takes only people; things after it stay things
	['The authorities have detained two local bloggers for undermining morale.', ['prisoners=2']],
	['Police detained 12 trucks at the border.', ['other=12']],
	// people held, with an adverb of how between
	['Four Pexlian servicemen held illegally since the summer will go home.', ['prisoners=4']],
	// a place that holds a crowd, with an aside between it and its verb, holds no hostages; an earlier truce's life
	['The ground, built for 38,000, held about 44,000 people that night.', ['other=44000']],
	['The last truce held for 48 hours.', ['other=48']],
	['A previous truce, brokered in 2023, collapsed after five months.', []],
];

test('figures of the forms the last stories read wrong', () => {
	for (const [text, expected] of cases) assert.deepEqual(figuresOf(text), expected, text);
});
