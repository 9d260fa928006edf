import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractFigures} from '../../../source/core/extract/figures.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Tolls as live pages and state agencies tell them: an earlier level of a toll told after the new one ("to 221, from 214",
// "the toll, up from 86"), a part of it ("included 21 children"), fighters named by an of-phrase in quote marks before their
// fate, and a bare participle of capture after a count of the dead. Invented sentences.
const figuresOf = (text: string) => extractFigures(parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`)).map((figure) => `${figure.kind}=${figure.value}`);

const cases: [string, string[]][] = [
	['The health ministry raises its toll to 221, from 214 last night.', ['killed=221', 'killed=214']],
	['The death toll rose to 120 from 98 on Friday.', ['killed=120', 'killed=98']],
	['The number of civilians killed has risen to 97, the directorate said. The directorate said the toll, up from 86 on Thursday, included 21 children.', ['killed=97', 'killed=86', 'killed=21']],
	// a level "from" another that is no toll keeps its own reading
	['Exports rose to 120 from 98 tonnes.', ['other=98']],
	['The convoy included 21 trucks.', ['other=21']],
	// the fighters' whole named in quote marks between them and their fate
	['More than 300 terrorists of the so-called "Northern Shield Army" have been eliminated since Monday.', ['killed=300']],
	['More than 300 fighters of the \u201cNorthern Shield\u201d have been killed since Monday.', ['killed=300']],
	// "killed and 316 captured": the bare participle ends its clause; captured tanks are things
	['The army said some 240 fighters had been killed and 316 captured.', ['killed=240', 'prisoners=316']],
	['Nine were killed and 14 captured by the rebels.', ['killed=9', 'prisoners=14']],
	['The army displayed 12 captured tanks.', ['other=12']],
	// a toll broken down after a dash or a colon, one person listed between two counted parts
	['By the weekend the count stood at nine dead - six Tolmary coast guardsmen, a Tolmary fisherman and two Varrowen sailors - with two men still missing.', ['killed=9', 'killed=6', 'killed=2', 'missing=2']],
	['The toll stood at nine dead: six coast guardsmen, a fisherman and two sailors.', ['killed=9', 'killed=6', 'killed=2']],
	['Nine people died, six coast guardsmen, a fisherman and two tonnes of fish.', ['killed=9', 'killed=6', 'other=2']],
	// a count named by what befell the people it counts, then its level
	['He said the number of detained crew was 17.', ['prisoners=17']],
	['The number of people arrested stood at 210.', ['prisoners=210']],
	['The number of displaced people has risen to 40,000.', ['displaced=40000']],
	['The number of missing fishermen was put at 12.', ['missing=12']],
	// the whole the people belong to, then an aside of who they were, then their fate
	['Six members of the family, including three children and two women, were killed.', ['killed=6', 'killed=3', 'killed=2']],
	['Nine people from the village, including two teachers, were injured.', ['injured=9', 'injured=2']],
	// fighters a side struck are the strike's object, no force counted
	['Kell said it targeted two militants preparing to fire missiles.', []],
	['Kell has deployed 200 soldiers to the border.', ['troops=200']],
	// a state agency's words for the enemy's dead and surrendered, bare as its headlines give them
	['Forces complete liberation of Tarvel; over 300 terrorists eliminated', ['killed=300']],
	['Some 30 tariffs eliminated.', ['other=30']],
	['About 316 bandits have laid down their arms and surrendered to our forces.', ['prisoners=316']],
	['About 2,000 fighters laid down their arms.', ['troops=2000']],
	// one of a set already counted, told of, is no count of its own; one of a side's own people is
	['Nine soldiers were wounded; one of them died in hospital on Friday.', ['injured=9']],
	['Twelve people were hurt. One of the wounded died overnight.', ['injured=12']],
	['Four workers were injured, one of them in a serious condition.', ['injured=4']],
	["One of those hurt was the mayor's nephew, who has a broken arm.", []],
	['Three of the wounded died overnight.', ['killed=3']],
	['The army said one of its soldiers was killed.', ['killed=1']],
	// the second day of a range of days is a date, unless a count follows it
	['Nearly 400 deaths were reported to August 4, while around 250 people were killed between August 5 and 6, the report said.', ['killed=400', 'killed=250']],
	['Clashes on March 3-4 killed 12 people.', ['killed=12']],
];
for (const [text, expected] of cases) test(`live tolls: ${text}`, () => assert.deepEqual(figuresOf(text), expected));

test('live tolls: the counts of an aside after a whole are marked as its parts', () => {
	const parsed = parseArticle('t.txt', 'Lead line that is long enough to be body text and not a headline at all.\n\nSix members of the family, including three children and two women, were killed in a strike on their home in Dask.');
	assert.deepEqual(extractFigures(parsed).map((figure) => `${figure.value}${/\+part\b/.test(figure.evidence.rule ?? '') ? ' part' : ''}`), ['6', '3 part', '2 part']);
});

test('live tolls: a Title Case headline\'s place ends at a glued dash and before a news noun', () => {
	const placesOf = (headline: string) => extractFigures(parseArticle('t.txt', `${headline}\n\nThe rights group said the protests went on through the night in several districts of the capital.`)).map((figure) => figure.place);
	assert.deepEqual(placesOf('One Killed, Dozens Injured As Protesters Clash With Police In Kell- Rights Group Source'), [null, 'Kell']);
	assert.equal(placesOf('Protester Killed, Dozens Arrested In Dorva Unrest: Rights Group').at(-1), 'Dorva');
});
