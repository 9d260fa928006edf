import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractFigures} from '../../../source/core/extract/figures.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Classes of figure errors seen on real pages, each on invented sentences: a word in scare quotes between a count and its
// noun, a passive said with "got", "not one", the parts of the people on board, remains found, a list of the dead or
// a part of its victims, people moved to safety, people held in a story of captives, a toll in doubt, and a source's
// time, auxiliary or method said around its name.
const article = (text: string) => parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
const figuresOf = (text: string) => extractFigures(article(text)).map((figure) => `${figure.kind}=${figure.value}`);
const sourcesOf = (text: string) => extractFigures(article(text)).map((figure) => `${figure.kind}=${figure.value} ${figure.source}`);

const figureCases: [string, string[]][] = [
	// a writer's scare quotes around the word after the count change neither who is counted nor what befell them
	['The group freed the remaining 13 "foreign" captives and handed them to the Red Cross.', ['hostages=13']],
	['The minister claimed that 11 “narco-terrorists” were killed in the operation.', ['killed=11']],
	["Rebels in Morrick released 14 'western' hostages on Monday.", ['hostages=14']],
	// a passive said with "got" is the passive: "got injured" is injured
	['The toll reached 1,136 with 75 more deaths in the past day and 1,634 individuals got injured since the onset of the rains.', ['killed=1136', 'killed=75', 'injured=1634']],
	['Four people got killed and 20 got hurt in the crush at Trelvane.', ['killed=4', 'injured=20']],
	// the people on board, then their parts in apposition, then their fate: the whole is the toll, the parts are of it
	['All 212 people on board Morrick flight 318, 197 passengers and 15 crew, were killed when the aircraft was hit.', ['killed=212', 'killed=197', 'killed=15']],
	['All 212 people on board, among them 134 Trelvanians and at least 38 children, are presumed dead.', ['killed=212', 'killed=134', 'killed=38']],
	// where the whole was counted may stand between "among the dead" and its verb
	['Among the dead in Quedlin County were 28 children.', ['killed=28']],
	// remains found are the dead; remains handed over stay remains
	['Recovery teams had found the remains of 178 people by Wednesday night.', ['killed=178']],
	['The rebels will hand over the remains of 212 soldiers next week.', ['other=212']],
	// the dead said to include a list: every item of it, the last after "and" too
	['The dead also included 29 Trelvanians, 17 Osperans and 21 people from seven other countries.', ['killed=29', 'killed=17', 'killed=21']],
	// a part of the victims, said alone, is of the dead
	['The minister said 11 of the victims were Morrick citizens.', ['killed=11']],
	// people moved to safety left their homes
	['More than 350,000 citizens have been moved to safety in Morrick, the ministry said.', ['displaced=350000']],
	// "not one" of a currency or of people says none
	['The state will pay 2 billion ruda to rebuild the school. "There is no ransom in this deal, not one ruda," he said.', ['money=2000000000']],
	// once people are read as held, people who escaped or were taken with no other place said are among the held
	['Gunmen seized 287 pupils at the Morrick school. At least 49 pupils escaped in the first days, police said.', ['hostages=287', 'hostages=49']],
	['Gunmen stormed the Morrick school and freed 118 pupils on Tuesday. The school says 287 pupils were taken, along with six teachers.', ['hostages=118', 'hostages=287', 'hostages=6']],
	['Gunmen seized 20 pupils at the Morrick school. Some 4 pupils were taken to hospital on Monday.', ['hostages=20', 'injured=4']],
	// children freed with no state in the sentence were hostages, whatever the story named before; a state's stay its prisoners
	['Two people involved in the talks that freed 118 Morrick pupils on Tuesday said cash was paid.', ['hostages=118']],
	['Police freed 30 children held at the Morrick protest.', ['prisoners=30']],
	// a toll no one agrees on is the topic the next sentence's bare figures answer
	['Nobody agrees on the toll in Morrick. The police figure has risen from 58 to 61.', ['killed=58', 'killed=61']],
];

for (const [text, expected] of figureCases)
	test(`figures of "${text.slice(0, 70)}"`, () => {
		assert.deepEqual(figuresOf(text), expected);
	});

const sourceCases: [string, string[]][] = [
	// when a source spoke is no part of who it is
	['At least 40 people were killed in the floods, the disaster authority on Thursday evening said.', ['killed=40 the disaster authority']],
	['The Ospery Relief Agency late on Monday said 12 people were killed.', ['killed=12 The Ospery Relief Agency']],
	['According to a report released by the Ospery Relief Agency on Thursday evening, at least nine children were killed.', ['killed=9 Ospery Relief Agency']],
	['Six people were killed in the blast at Trelvane, the ministry has said.', ['killed=6 the ministry']],
	// nor how it came to its figure: "statistics released by X after revising …" are X's
	['The death toll has risen to 1,186, according to the statistics released by the Ospery Relief Agency after revising its earlier figures.', ['killed=1186 Ospery Relief Agency']],
	// a body whose name holds "for" is one source, not none
	['The Tolvane Observatory for Human Rights said 166 people had been killed since Sunday.', ['killed=166 The Tolvane Observatory for Human Rights']],
	['The UK-based Marrish Office for the Coordination of Relief reported that 72 people were injured.', ['injured=72 The UK-based Marrish Office for the Coordination of Relief']],
];

for (const [text, expected] of sourceCases)
	test(`sources of "${text.slice(0, 70)}"`, () => {
		assert.deepEqual(sourcesOf(text), expected);
	});
