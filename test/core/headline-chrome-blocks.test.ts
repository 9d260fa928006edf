import assert from 'node:assert/strict';
import test from 'node:test';
import {parseArticle} from '../../source/core/parse-article.js';

// Invented page tops where the chrome stands in its own blank-line block (a masthead and its tagline, a bar and a section
// name, a label and a dateline) over a headline that stands apart below it.
const lead = '\n\nThe two sides signed the ferry accord in Quellmoor on Monday, officials said, after three days of talks.';
const cases: [string, string, string | null][] = [
	['a radio bar and a region name over an explainer title',
		`RADIO ORRINDALE | News | Listen live | Programmes\nSkavvik Coast\n\nExplainer: what is in the Quellmoor ferry accord, and will it hold?\n\nMonday 3 March 2026 | Radio Orrindale News Desk | 6 min read${lead}`,
		'Explainer: what is in the Quellmoor ferry accord, and will it hold?'],
	['a charity bar and trail, then a label block with a dated place',
		`Skavvik Relief | Who we are | Where we work | Donate\nHome > Press centre > Statements\n\nPRESS STATEMENT\nQuellmoor / Brastovik, 3 March 2026\nFor immediate release\n\nTwelve Skavvik Relief colleagues free after 59 days${lead}`,
		'Twelve Skavvik Relief colleagues free after 59 days'],
	['a parliament record bar and a note',
		`Assembly of Tolvania | Official Record | Sitting of Monday 5 October 2026\nUncorrected extract. Published 6 October 2026.\n\nQuellmoor Ferry Station: Revised Lease\n\nThe minister made a statement on the revised lease of the ferry station signed on Saturday, after weeks of talks.`,
		'Quellmoor Ferry Station: Revised Lease'],
	['a paper in capitals over its tagline',
		`THE TERNHOLLOW WAYFARER\nServing the Skavvik valleys since 1911\n\nDraft ferry deal would put foreign crews on our boats\n\nBy Hadrel Zandrow${lead}`,
		'Draft ferry deal would put foreign crews on our boats'],
	['a long menu bar, a breaking ticker, a trail',
		`VASKERIN BUZZ  |  News  Sport  Showbiz  Money  | Sign in  | Subscribe\nBREAKING >>> Ferry deal signed >>> Weather: storms tonight\n\nHome > News > Ferry Deal\n\n'THEY LEFT US ON THE QUAY': families win millions but the operator still denies blame${lead}`,
		"'THEY LEFT US ON THE QUAY': families win millions but the operator still denies blame"],
	// the headline in the same block as the bar is still the headline: the next block is the lead, no title
	['a bar with the headline under it in one block',
		`QUELLMOOR POST | World | Region\nFerry accord signed in Quellmoor after three days of talks\nBy Hadrel Zandrow${lead}`,
		'Ferry accord signed in Quellmoor after three days of talks'],
	// a label over the headline, then a status line apart: the headline is above the status, not the list's title below
	['a live label, the title, a status line, then a list title',
		`RADIO ORRINDALE | ROB News\nListen live | News | Regions\n\nLIVE\nQuellmoor ferry accord signed: live updates\n\nLast updated 18:52 local time, Monday 3 March 2026\n\nKey terms of the Quellmoor Ferry Accord\n- Ferries sail again within a week\n- Fares stay as they are`,
		'Quellmoor ferry accord signed: live updates'],
	// a live page whose title and its stamp sit in the chrome's block, over time-stamped entries with titles of their own
	['a live label, a trail, the title and its stamp in one block, then an entry title',
		`Home | World | Business | Live\nLIVE\nBusiness > Transport\nQuellmoor ferry accord signed: fares frozen, crews stay\nUpdated 19:40 GMT, 3 March 2026\n\n19:40 GMT - What happens now\nThat is where we pause our coverage; the accord goes to the assembly next week.`,
		'Quellmoor ferry accord signed: fares frozen, crews stay'],
	// a notice to a reader's browser over the headline
	['a browser notice over the headline',
		`Your web browser is no longer supported. To improve your experience update it here\n\nQuellmoor and Brastovik sign ferry accord, fares frozen${lead}`,
		'Quellmoor and Brastovik sign ferry accord, fares frozen'],
	['a script notice over the headline',
		`Please enable JavaScript to view this page.\n\nQuellmoor and Brastovik sign ferry accord, fares frozen${lead}`,
		'Quellmoor and Brastovik sign ferry accord, fares frozen'],
	// an archive notice over an old story's headline
	['an archive notice over the headline',
		`This Article is From Mar 3, 2026\n\n'Ferry Deal Done,' Says Quellmoor Port Chief${lead}`,
		"'Ferry Deal Done,' Says Quellmoor Port Chief"],
	// a ministry's letterhead with a translation note of several words over its statement
	['a letterhead with a translation note',
		`MINISTRY OF TRANSPORT OF THE REPUBLIC OF TOLVANIA\nInformation and Press Department\nUnofficial translation from the Tolvanian language\n\nNo. 12/2026\nQuellmoor, 3 March 2026\n\nStatement of the Ministry of Transport on the signing of the ferry accord\n\n1. On 2 March 2026 the ministers signed the accord in Quellmoor.`,
		'Statement of the Ministry of Transport on the signing of the ferry accord'],
	// a broadcaster's name and its programme's over a transcript's title
	['a broadcaster and its programme over a transcript title',
		`Skavvik Public Radio - The Morning Hour\nTranscript: Interview with Transport Minister Hadrel Zandrow\nBroadcast 3 March 2026, 08:12${lead}`,
		'Transcript: Interview with Transport Minister Hadrel Zandrow'],
	// a page's "You're reading:" label before its own title is furniture
	['a reading label before the title',
		`You're reading: Quellmoor ferry accord signed (UPDATES)${lead}`,
		'Quellmoor ferry accord signed (UPDATES)'],
	// a section's one-word label over bullets is no headline
	['a one-word label over bullets', `Overview\n- The two sides signed the ferry accord in Quellmoor on Monday.\n- Ferries sail again within a week.`, null],
	// a page that starts with its lead below a bar has no headline to find
	['a bar over the lead', `QUELLMOOR POST | World | Region${lead}\n\nThe ferry will sail again next week, the operator said.`, null],
	// a headline that opens with a document note's word is a headline
	['a headline opening with "Draft"', `Draft ferry deal would put foreign crews on Quellmoor boats${lead}`, 'Draft ferry deal would put foreign crews on Quellmoor boats'],
	// a page's trail glued before its title, the clean title repeated below
	['a trail glued to the title',
		`Home World News Skavvik rights group denounces 'heavy policing' in Quellmoor after protests\n\nSkavvik rights group denounces 'heavy policing' in Quellmoor after protests${lead}`,
		"Skavvik rights group denounces 'heavy policing' in Quellmoor after protests"],
];
for (const [what, text, want] of cases) test(`headline under chrome blocks: ${what}`, () => assert.equal(parseArticle('t.txt', text).headline, want));

test('a photo caption closed by its credit is not the lead: it follows the lead', () => {
	for (const caption of [
		'Rescue workers search the rubble of a building in Brastovik on Saturday. Photo by Hadrel Zandrow/Skavvik Press',
		'Rescue workers search the rubble of a building in Brastovik on Saturday. REUTERS/Hadrel Zandrow',
		'Rescue workers search the rubble of a building in Brastovik on Saturday. (Xinhua/Hadrel Zandrow)',
	]) {
		const article = parseArticle('t.txt', `Quake kills 22 people in Brastovik, minister says\n\n${caption}\n\nThe minister said on Saturday the death toll had risen to 22.`);
		assert.equal(article.body, `The minister said on Saturday the death toll had risen to 22.\n\n${caption}`);
	}
});

test('a wire dateline opening the lead names the wire as credit, or the paper as outlet, and leaves the lead', () => {
	const wire = parseArticle('t.txt', 'Ferry accord signed in Quellmoor\n\nQUELLMOOR, March 24 (Xinhua) -- The two sides signed the accord on Monday after three days of talks.');
	assert.equal(wire.credit, 'Xinhua');
	assert.equal(wire.body, 'The two sides signed the accord on Monday after three days of talks.');
	const ap = parseArticle('t.txt', 'Ferry accord signed in Quellmoor\n\nQUELLMOOR (AP) — The two sides signed the accord on Monday after three days of talks.');
	assert.equal(ap.credit, 'AP');
	const paper = parseArticle('t.txt', 'Ferry accord signed in Quellmoor\n\nQUELLMOOR (Skavvik24) — The two sides signed the accord on Monday after three days of talks.');
	assert.deepEqual([paper.outlet, paper.credit], ['Skavvik24', null]);
	// front matter's outlet wins
	const fronted = parseArticle('t.txt', '---\noutlet: Ternhollow Times\n---\nQUELLMOOR (Skavvik24) — The two sides signed the accord on Monday after three days of talks.');
	assert.equal(fronted.outlet, 'Ternhollow Times');
	// brackets in a sentence are no dateline
	const sentence = parseArticle('t.txt', 'Ferry accord signed in Quellmoor\n\nThe Skavvik Ferry Union (SFU) - which runs the boats - said the two sides signed the accord on Monday.');
	assert.match(sentence.body, /^The Skavvik Ferry Union/);
});

test('a wire credit glued to the last sentence is the credit, not the sentence', () => {
	const article = parseArticle('t.txt', 'Ferry accord signed in Quellmoor\n\nThe two sides signed the accord on Monday after three days of talks.\n\n"We will sail again," the minister said.-AFP');
	assert.equal(article.credit, 'AFP');
	assert.match(article.body, /the minister said\.$/);
});

test('a wire stamp over the lead is the credit and the date, not the lead', () => {
	const lead = '\n\nThe two sides signed the ferry accord in Quellmoor on Monday after three days of talks.';
	const cases: [string, string, string | null][] = [
		['Reuters Published 10 Apr, 2023 07:44pm', 'Reuters', '2023-04-10'],
		['Reuters | Updated: 10-04-2022 01:12 IST | Created: 10-04-2022 01:12 IST', 'Reuters', '2022-04-10'],
		['AFP , Friday 21 Jan 2011', 'AFP', '2011-01-21'],
		['Agencies', 'Agencies', null],
	];
	for (const [stamp, credit, published] of cases) {
		const article = parseArticle('t.txt', `Ferry accord signed in Quellmoor\n\n${stamp}${lead}`);
		assert.deepEqual([article.credit, article.published, article.body], [credit, published, lead.trim()], stamp);
	}
});

test('a headline wrapped over short lines, each ending on a word that cannot end a title, is one headline', () => {
	const article = parseArticle('t.txt', 'Ferry Deal, Fare Freeze, and\nNew Crews Reshape the region’s most\nimportant sea routes\n\nThe two sides signed the ferry accord in Quellmoor on Monday after three days of talks.');
	assert.equal(article.headline, 'Ferry Deal, Fare Freeze, and New Crews Reshape the region’s most important sea routes');
	// a whole title is not joined to its standfirst
	const whole = parseArticle('t.txt', 'Ferry accord signed in Quellmoor\nFares stay as they are for a year\n\nThe two sides signed the ferry accord in Quellmoor on Monday after three days of talks.');
	assert.equal(whole.headline, 'Ferry accord signed in Quellmoor');
});

test('a photo caption closed by its credit at the top of a page with no headline is neither headline nor lead', () => {
	const caption = 'The accord commits the two states to a lasting settlement after years of fighting. /REUTERS/Hadrel Zandrow';
	const article = parseArticle('t.txt', `\n${caption}\nIn a shift for the region, the leaders of Skavvik and Brastovik signed the ferry accord on Friday.\nFerries sail again within a week.`);
	assert.equal(article.headline, null);
	assert.ok(article.body.startsWith('In a shift for the region'));
});

// A labelled byline under the headline is top matter, not the lead's first sentence.
test('headline under chrome blocks: an "Author:" byline is no lead', () => {
	const article = parseArticle('t.txt', `Quellmoor ferry accord signed after three days of talks\n\nAuthor: Dorrabay Newsroom${lead}`);
	assert.equal(article.headline, 'Quellmoor ferry accord signed after three days of talks');
	assert.match(article.sentences[0].text, /^The two sides signed/);
});

const truceLead = '\n\nThe ferry truce between Dorva and Varrowin took effect at midnight, both governments said in separate statements.';

test('a text-size picker and a list of other stories under "Articles You May Like" are chrome', () => {
	const article = parseArticle('a', `A+ A-\n\nFerry truce takes effect in Dorva${truceLead}\n\nArticles You May Like\n\nVarrowin war: the river forts fall\nKesselby man charged over harbour fire`);
	assert.equal(article.headline, 'Ferry truce takes effect in Dorva');
	assert.ok(!article.body.includes('Kesselby'));
});

test("a wire's end mark and its editors' initials after the last sentence are not the story's", () => {
	const article = parseArticle('a', `Ferry truce takes effect in Dorva${truceLead} They noted that 36 others were injured. (end) kel.qm`);
	assert.ok(article.body.endsWith('They noted that 36 others were injured.'));
	const release = parseArticle('a', `Ferry truce takes effect in Dorva${truceLead}\n\n-- ENDS --`);
	assert.ok(release.body.endsWith('separate statements.'));
});

test("a picture's caption or credit under its label is the picture's, and a player's notice is chrome", () => {
	const article = parseArticle('a', `Ferry truce takes effect in Dorva${truceLead}\n\nImage caption The river port at dawn on Monday\n\nMedia playback is unsupported on your device\n\nLegend of the mediaRescuers reach the flooded quay\n\nImage copyright Kell Press\n\nThe truce is the first since the spring.`);
	assert.equal(article.body, 'The ferry truce between Dorva and Varrowin took effect at midnight, both governments said in separate statements.\n\nThe truce is the first since the spring.');
});

test('a print edition\'s date field glued before its title is the date, not the headline', () => {
	const article = parseArticle('a', ` date 2026-03-04 Ferry truce takes effect in Dorva${truceLead}`);
	assert.equal(article.headline, 'Ferry truce takes effect in Dorva');
	assert.equal(article.published, '2026-03-04');
});

test('a writer\'s stamp of how long ago with the date ("Jo Lin (@jolin) 30 seconds ago Mon 10th August 2020 | 01:10 PM") is top matter', () => {
	const article = parseArticle('a', `Ferry truce takes effect in Dorva\n\nHadrel Zandrow (@hzandrow) 30 seconds ago Mon 10th August 2026 | 01:10 PM${truceLead}`);
	assert.equal(article.headline, 'Ferry truce takes effect in Dorva');
	assert.match(article.body, /^The ferry truce/);
});

test('a place with the paper, its wire and the date in brackets before the lead is a dateline: the wire is the credit', () => {
	const article = parseArticle('a', `Ferry truce takes effect in Dorva\n\nKELL (Harbour Daily / Sputnik - 23rd November, 2026) The ferry truce between Dorva and Varrowin took effect at midnight, both governments said.`);
	assert.match(article.body, /^The ferry truce/);
	assert.equal(article.credit, 'Sputnik');
	assert.equal(article.published, '2026-11-23');
	const colon = parseArticle('a', `Ferry truce takes effect in Dorva\n\nOrvald, (Harbour Daily - 10th Aug, 2026 ) :A ferry truce between Dorva and Varrowin took effect at midnight.`);
	assert.match(colon.body, /^A ferry truce/);
});

test('a headline a scraper repeated at the head of the lead, glued on or after a space, leaves the lead', () => {
	const glued = parseArticle('a', `Ferry truce takes effect in Dorva\nFerry truce takes effect in DorvaThe ferry truce between Dorva and Varrowin took effect at midnight.`);
	assert.equal(glued.headline, 'Ferry truce takes effect in Dorva');
	assert.equal(glued.body, 'The ferry truce between Dorva and Varrowin took effect at midnight.');
	const spaced = parseArticle('a', `Ferry truce takes effect in Dorva\nFerry truce takes effect in Dorva The ferry truce between Dorva and Varrowin took effect at midnight.`);
	assert.equal(spaced.body, 'The ferry truce between Dorva and Varrowin took effect at midnight.');
	// a lead that goes on from the title's words in lower case is the lead itself
	const lead = parseArticle('a', `Ferry truce takes effect\nFerry truce takes effect despite shelling near the river port, officials said.`);
	assert.match(lead.body, /^Ferry truce takes effect despite/);
});

test('a page\'s description of a picture in place of the picture ("Image description") is no headline', () => {
	const article = parseArticle('a', `Image description\n\nFerry truce takes effect in Dorva${truceLead}`);
	assert.equal(article.headline, 'Ferry truce takes effect in Dorva');
});

test('a dateline with a place in mixed case and a date, or with no dash, before a wire\'s name in brackets is the credit, not the lead', () => {
	const mixed = parseArticle('a', `Ferry truce takes effect in Dorva\n\nKellton, Sep 6 (IANS) Dorva's government has endorsed an army plan to disarm the Front, media reported.`);
	assert.equal(mixed.body, "Dorva's government has endorsed an army plan to disarm the Front, media reported.");
	const capitals = parseArticle('a', `Ferry truce takes effect in Dorva\n\nKELLTON, Sep 6 (Reuters) Dorva's government has endorsed an army plan to disarm the Front.`);
	assert.match(capitals.body, /^Dorva's government/);
	// words in brackets that name no wire leave the lead as it is
	const aside = parseArticle('a', `Ferry truce takes effect in Dorva\n\nKellton, Sep 6 (the mayor said) Dorva's government has endorsed an army plan.`);
	assert.match(aside.body, /^Kellton, Sep 6/);
});
