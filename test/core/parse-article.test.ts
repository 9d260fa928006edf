import {test} from 'node:test';
import assert from 'node:assert/strict';
import {creditOf, isCallToAction, isConsentBanner, parseArticle} from '../../source/core/parse-article.js';

const titled = `Quake Toll Climbs as Rescuers Reach Mountain Villages
World News & Disasters

Quake Toll Climbs as Rescuers Reach Mountain Villages
Rescuers dig through rubble in Valdoro, March 3, 2024.
AFP

A magnitude 6.8 earthquake struck the Valdoro highlands on Sunday, killing at least 41 people, officials said.

Rescue Efforts

"We are still pulling people out," said Marta Iglesias, the regional governor.

Stay informed on this story — follow us and share this article with friends.

Tags
Earthquake
Valdoro`;

test('a titled article: headline found, menu, repeated headline, caption, credit, CTA and tags removed', () => {
	const article = parseArticle('quake.txt', titled);
	assert.equal(article.headline, 'Quake Toll Climbs as Rescuers Reach Mountain Villages');
	assert.equal(article.credit, 'AFP');
	assert.ok(article.body.startsWith('A magnitude 6.8 earthquake'), article.body);
	assert.ok(!/World News|Tags|follow us|Rescuers dig/.test(article.body), article.body);
	assert.deepEqual(
		article.paragraphs.map((p) => p.heading),
		[false, true, false],
	);
	for (const sentence of article.sentences) assert.equal(article.body.slice(sentence.start, sentence.end), sentence.text);
});

test('an article that starts with its lead has no headline', () => {
	const article = parseArticle('lead.txt', 'Select Language:\nThe two governments agreed on Friday to halve tariffs on steel, officials said.\nMarkets rose.');
	assert.equal(article.headline, null);
	assert.ok(article.body.startsWith('The two governments'));
});

test('front matter wins over the manifest; unknown values are null', () => {
	const text = '---\noutlet: Harbour Gazette\npublished: unknown\nheadline: Truce holds\n---\nThe truce held overnight, residents said.';
	const article = parseArticle('a.md', text, {outlet: 'Manifest Outlet', published: '2025-01-02', url: 'https://example.org/a'});
	assert.equal(article.outlet, 'Harbour Gazette');
	assert.equal(article.published, null);
	assert.equal(article.headline, 'Truce holds');
	assert.equal(article.url, 'https://example.org/a');
});

test('manifest metadata fills what the text does not say; outlet is never invented', () => {
	assert.equal(parseArticle('b.txt', 'A storm hit the coast on Monday.', {outlet: 'Coast Herald'}).outlet, 'Coast Herald');
	assert.equal(parseArticle('c.txt', 'A storm hit the coast on Monday.').outlet, null);
});

test('credits: wire lines and "with information from" are credits, not outlets', () => {
	const cases: Array<[string, string | null]> = [
		['Reuters', 'Reuters'],
		['With information from Reuters.', 'Reuters'],
		['Olivia Ames | Reuters', 'Reuters'],
		['(AFP)', 'AFP'],
		['The minister spoke.', null],
	];
	for (const [line, credit] of cases) assert.equal(creditOf(line), credit, line);
	const article = parseArticle('d.txt', 'The truce held overnight, residents said.\nMore talks are due.\nWith information from Reuters.');
	assert.equal(article.credit, 'Reuters');
	assert.equal(article.outlet, null);
	assert.ok(!article.body.includes('With information'));
});

test('calls to action need two of their verbs', () => {
	assert.ok(isCallToAction('Follow us and share this story.'));
	assert.ok(!isCallToAction('The rebels follow the river north.'));
});

test('control sequences never reach the body', () => {
	const article = parseArticle('e.txt', 'Breaking \u001B[2J\u001B[31mnews\u001B[0m: talks resumed today in the capital.');
	assert.ok(!/\u001B/.test(article.body));
	assert.ok(article.body.includes('news'));
});

test('a section kicker in capitals above the headline is not the headline', () => {
	const article = parseArticle('k.txt', 'WORLD\n\nRebels and army agree to a ten-day pause\n\nThe two sides agreed on Friday to stop fighting, mediators said.');
	assert.equal(article.headline, 'Rebels and army agree to a ten-day pause');
	assert.ok(!article.body.includes('WORLD'));
});

test('the site’s name over the headline is chrome, not the headline', () => {
	const cases: [string, string | null][] = [
		// the outlet of the front matter, with or without "The"
		['---\noutlet: The Kell Courier\n---\nKell Courier\nMiners rescued after three days underground\n\nAll 14 miners were brought up on Monday, the company said.', 'Miners rescued after three days underground'],
		// the brand in the address
		['---\nurl: https://www.minewatch.org/a\n---\nMineWatch\nMiners rescued after three days underground\n\nAll 14 miners were brought up on Monday, the company said.', 'Miners rescued after three days underground'],
		// a brand-like line the page names again in its byline, with a flattened menu under it
		['Harbour Post\nMenu  News  World  Video\nFerry sinks off Kell with 300 aboard, dozens missing\nBy Ana Ruiz | Harbour Post\n\nA ferry sank off Kell on Sunday, officials said.', 'Ferry sinks off Kell with 300 aboard, dozens missing'],
		// a brand-like line named again in the copyright line at the foot, however long that line is
		['Lakeside Ledger\nHome | World | Business\nDam talks collapse as reservoir levels fall to record low\n\nTalks on the dam collapsed on Friday, officials said.\n\n© 2026 Lakeside Ledger Media Ltd. All rights reserved. | Privacy | Terms | Cookies', 'Dam talks collapse as reservoir levels fall to record low'],
		// a masthead in capitals named in title case at the foot, with a broadcaster's player bar under it
		['HARBOUR RADIO NEWS\nListen live ▶ Harbour FM 101.2\nFerry sinks off Kell with 300 aboard, dozens missing\n\nA ferry sank off Kell on Sunday, officials said.\n\n© 2026 Harbour Radio News. All rights reserved.', 'Ferry sinks off Kell with 300 aboard, dozens missing'],
		['Watch now: the ferry rescue in pictures\nFerry sinks off Kell with 300 aboard, dozens missing\n\nA ferry sank off Kell on Sunday, officials said.', 'Ferry sinks off Kell with 300 aboard, dozens missing'],
		// a public body's own site over its release's title, under a breadcrumb from its home page
		['Ministry of Fisheries of the Republic of Kell\nHome > Newsroom > Speeches and transcripts\nTranscript: the minister’s press conference on the harbour pause\n\nThe minister spoke in Port Kell on Thursday.', 'Transcript: the minister’s press conference on the harbour pause'],
		// a masthead, then a tagline or an office's name over a menu or a breadcrumb, a label and a date, then the title
		['KELL RESCUE\nSearch and rescue in the northern sea\n\nHome | Our ship | Reports | Donate\n\nPress release\n24 November 2026\n\n"They left us to drown": Kell Rescue publishes survivors\' accounts of the sinking\n\nKell Rescue said the crew of its ship followed the boat for six hours.', '"They left us to drown": Kell Rescue publishes survivors\' accounts of the sinking'],
		['Government of Kell Province\nOffice of the Governor | Government House, Port Kell\n\nHome › Press Office › Transcripts\n\nTranscript: the governor and the signatories brief the press on the accord\n\nThe governor spoke in Port Kell on Thursday.', 'Transcript: the governor and the signatories brief the press on the accord'],
		// a ministry's letterhead: names in capitals, its office, the statement's number, a dated place, then the title
		['REPUBLIC OF KELL\nMINISTRY OF FISHERIES\nOffice of the Spokesperson\n\nPRESS STATEMENT No. 31/2026\nPort Kell, 4 May 2026\n\nStatement by the Ministry of Fisheries on the harbour pause\n\n1. The ministry welcomes the pause agreed today.', 'Statement by the Ministry of Fisheries on the harbour pause'],
		// an agency's acronym beside its name, a menu, then a section trail
		['DNA - Dorva News Agency\n\nHome | Politics | Economy | Sport\n\nHome > Politics > Foreign Policy\n\nDorva and Kell sign harbour accord after two days of talks\n\nThe accord was signed on Monday, officials said.', 'Dorva and Kell sign harbour accord after two days of talks'],
		// a live page's section trail under its masthead and label
		['KELL NEWS\nLIVE\nWorld / Harbour crisis\n\nKell and Dorva sign harbour accord – as it happened\n\nThis page is now closed.', 'Kell and Dorva sign harbour accord – as it happened'],
		// a headline in capitals over its standfirst stays the headline
		['CEASEFIRE HOLDS IN THE NORTH\nResidents return to border villages as the guns fall silent\n\nThe ceasefire held overnight, officials said.', 'CEASEFIRE HOLDS IN THE NORTH'],
		// a body's letterhead: its name (in capitals, or in title case over its office), an address, labels and a date over the title
		['BRANNOCH FEDERATION OF PORT AND RAIL WORKERS\nUnion House, 12 Tallow Lane, Dunvane\n\nSTATEMENT\nFor immediate release - 3 March 2026\n\nFederation calls two-day port strike over the pension cuts\n\nThe Executive of the Federation voted on Monday to call a strike.', 'Federation calls two-day port strike over the pension cuts'],
		['NATIONAL COUNCIL OF THE REPUBLIC OF DUNVANE\nVERBATIM RECORD (PROVISIONAL)\nTuesday 3 March 2026\n\nHarbour Bill: Second Reading and Vote\n\nThe Speaker opened the sitting at noon.', 'Harbour Bill: Second Reading and Vote'],
		['Ministry of Ports of the Republic of Dunvane\nPress Office\n\nTranscript: press briefing on the harbour strike\n\nThe minister spoke on Monday.', 'Transcript: press briefing on the harbour strike'],
		// a title-case headline that names a body is no letterhead over a date and its dek
		['Council of Elders of Dunvane Backs the Harbour Truce Plan\n4 March 2026\nResidents welcome the deal brokered after two weeks of talks in the port\n\nThe council backed the truce on Monday, officials said.', 'Council of Elders of Dunvane Backs the Harbour Truce Plan'],
		['Army Retakes Dunvane After Long Siege\nResidents return as the guns fall silent in the north\n\nThe army retook the town on Sunday, officials said.', 'Army Retakes Dunvane After Long Siege'],
		// a headline that opens with a ministry's name is still the headline
		['Ministry of Fisheries bans trawling\n\nThe ministry banned trawling in the northern banks on Monday, officials said.', 'Ministry of Fisheries bans trawling'],
		// a short headline over a dek is the headline; so is one repeated only in the story's own sentences
		['Ceasefire Holds\nResidents return to border villages as guns fall silent\n\nThe ceasefire held overnight, officials said.', 'Ceasefire Holds'],
		['Storm Batters Coast\nResidents told to stay indoors\n\nThe storm hit on Sunday. Officials said that Storm Batters Coast was the line on every front page.', 'Storm Batters Coast'],
	];
	for (const [text, headline] of cases) assert.equal(parseArticle('m.txt', text).headline, headline, text);
});

test('a separated category row and a list of most-read headlines are chrome', () => {
	const text = 'Hostages freed after talks in Dorva\nHome | World | Politics | Business | Opinion | Video\n\nRebels freed 12 hostages on Sunday, mediators said.\n\nMost read\n1. Storm batters coast\n2. Central bank holds rates at 3.25% after long debate';
	const article = parseArticle('r.txt', text);
	assert.equal(article.headline, 'Hostages freed after talks in Dorva');
	assert.equal(article.body, 'Rebels freed 12 hostages on Sunday, mediators said.');
});

test('account rows and calls to action above the headline are chrome; the headline is the first title-like line after them', () => {
	const lead = '\n\nThe navy seized the ferry on Sunday and detained its 14 crew members, officials said.';
	const cases: [string, string | null][] = [
		[`---\noutlet: Kell Courier\n---\nKell Courier\nSubscribe   Sign in\n\nNews / World\n\nFerry seized off Dorva, crew held${lead}`, 'Ferry seized off Dorva, crew held'],
		[`Log in | Register\nFerry seized off Dorva, crew held${lead}`, 'Ferry seized off Dorva, crew held'],
		[`Sign in or create an account\nFerry seized off Dorva, crew held${lead}`, 'Ferry seized off Dorva, crew held'],
		[`Subscribe to read the full story\nFerry seized off Dorva, crew held${lead}`, 'Ferry seized off Dorva, crew held'],
		[`Already a subscriber? Log in\nFerry seized off Dorva, crew held${lead}`, 'Ferry seized off Dorva, crew held'],
		// headlines that open with a word of the same kind stay headlines
		[`Join the queue: why ferry tickets to Dorva sold out${lead}`, 'Join the queue: why ferry tickets to Dorva sold out'],
		[`Support for ferry deal grows in Dorva${lead}`, 'Support for ferry deal grows in Dorva'],
		[`Sign of the times: Dorva seizes a ferry${lead}`, 'Sign of the times: Dorva seizes a ferry'],
		// a newsletter's offer and the tagline under it
		[`Unlock the Harbour Watch newsletter for free\nYour guide to what the new ferry rules mean for Dorva and the world\nFerry seized off Dorva, crew held${lead}`, 'Ferry seized off Dorva, crew held'],
		[`Unlock the Harbour Watch newsletter for free\nYour guide to what the new ferry rules mean for Dorva and the world${lead}`, null],
		// a writer's name and job over the headline, with no "By"
		[`Hadrel Zandrow Senior political correspondent\n\nFerry seized off Dorva, crew held${lead}`, 'Ferry seized off Dorva, crew held'],
		[`Hadrel Zandrow, Middle East editor\n\nFerry seized off Dorva, crew held${lead}`, 'Ferry seized off Dorva, crew held'],
		[`Dorva Times sacks its editor${lead}`, 'Dorva Times sacks its editor'],
	];
	for (const [text, headline] of cases) {
		const article = parseArticle('s.txt', text);
		assert.equal(article.headline, headline, text);
		assert.ok(article.body.startsWith('The navy seized'), article.body);
	}
});

test('a page title with a section and site name on it, over the clean title, gives the clean title; a feed label is chrome', () => {
	const lead = '\n\nThe navy seized the ferry on Sunday and detained its 14 crew members, officials said.';
	const cases: [string, string][] = [
		[`Ferry seized off Dorva, crew held, Latest World News - The Kell Courier\n\nFerry seized off Dorva, crew held${lead}`, 'Ferry seized off Dorva, crew held'],
		[`Ferry seized off Dorva, crew held | World | Kell Courier\nFerry seized off Dorva, crew held${lead}`, 'Ferry seized off Dorva, crew held'],
		[`All news\n\nFerry seized off Dorva, crew held${lead}`, 'Ferry seized off Dorva, crew held'],
		// a headline that goes on after the words of the line below stays whole
		[`Ferry seized off Dorva, crew held as talks on the strait collapse in the night after a week of rows\nFerry seized off Dorva, crew held${lead}`, 'Ferry seized off Dorva, crew held as talks on the strait collapse in the night after a week of rows'],
	];
	for (const [text, headline] of cases) assert.equal(parseArticle('s.txt', text).headline, headline, text);
});

test('a gallery\'s stacked captions ("1 of 3 | <caption> | License Photo") go below the lead without the counter and buttons', () => {
	const caption = 'Sailors wave from the deck of the seized ferry off Dorva on Monday. Photo by Hadrel Zandrow/Kell Press';
	const text = `Ferry seized off Dorva, crew held\n\n${caption}\n1 of 3 | ${caption} | License Photo\n\nThe navy seized the ferry on Sunday and detained its 14 crew members, officials said.\n\nTalks went on.`;
	const article = parseArticle('s.txt', text);
	assert.equal(article.headline, 'Ferry seized off Dorva, crew held');
	assert.ok(article.body.startsWith('The navy seized'), article.body);
	assert.ok(!article.body.includes('1 of 3') && !article.body.includes('License Photo'), article.body);
	assert.ok(article.body.includes(caption), article.body);
});

test('a gallery\'s counter before a caption lower in the body goes too ("2 of 5 | …", "3/5 · …"), the caption stays', () => {
	const text = 'Ferry seized off Dorva, crew held\n\nThe navy seized the ferry on Sunday and detained its 14 crew members, officials said.\n\n2 of 5 | Sailors wave from the deck of the seized ferry.\n\n3/5 · Relatives wait at the quay in Dorva.\n\nTalks went on.';
	const article = parseArticle('s.txt', text);
	assert.ok(!/\b[235] of 5\b|3\/5/.test(article.body), article.body);
	assert.ok(article.body.includes('\n\nSailors wave from the deck') && article.body.includes('\n\nRelatives wait at the quay'), article.body);
});

test('a blog\'s share row and comment form under the story are chrome', () => {
	const story = 'Ferry seized off Dorva, crew held\n\nThe navy seized the ferry on Sunday and detained its 14 crew members, officials said.\n\nTalks on their release begin on Monday, the ministry said.';
	const tail = '\n\nRead more:  https://example.org/ferry\n\nFacebook Twitter Linkedin Digg Email\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nYou may use these HTML tags and attributes: <a href="" title=""> <b> <em>';
	const article = parseArticle('s.txt', story + tail);
	assert.ok(article.body.endsWith('the ministry said.'), article.body);
	// a sentence that names the networks is no share row
	const named = parseArticle('s.txt', `${story}\n\nThe posts spread on Facebook, Twitter and Telegram within the hour.`);
	assert.ok(named.body.endsWith('within the hour.'), named.body);
});

test('a date line with hyphens over the headline is top matter; a page\'s tags one per line under the story are chrome', () => {
	const text = 'Thu 6-February-2026\n\nFerry seized off Dorva, crew held\n\nTuesday 3-February-2026\n\nThe navy seized the ferry on Sunday and detained its 14 crew members, officials said.\n\nTalks on their release begin on Monday, the ministry said.\nDorva\nFerries\nKell Strait\nNavy';
	const article = parseArticle('s.txt', text);
	assert.equal(article.headline, 'Ferry seized off Dorva, crew held');
	assert.ok(article.body.endsWith('the ministry said.'), article.body);
	// two short lines at the end are not a tag list
	const two = parseArticle('s.txt', 'Ferry seized off Dorva, crew held\n\nThe navy seized the ferry on Sunday and detained its 14 crew members, officials said.\nSigned\nHadrel Zandrow');
	assert.ok(two.body.endsWith('Hadrel Zandrow'), two.body);
});

test('a link to another story inside the body ("Also read: <headline>") is chrome: its words are not this story\'s', () => {
	const text = 'Ferry seized off Dorva, crew held\n\nThe navy seized the ferry on Sunday and detained its 14 crew members, officials said.\n\nAlso read: Dorva says it will free 20 fishermen, minister says talks will go on\n\nRelated | Kell Strait ferries to sail again\n\nTalks on their release begin on Monday, the ministry said.';
	const article = parseArticle('s.txt', text);
	assert.equal(article.body, 'The navy seized the ferry on Sunday and detained its 14 crew members, officials said.\n\nTalks on their release begin on Monday, the ministry said.');
	// a sentence that opens with such a word is kept
	const kept = parseArticle('s.txt', 'Ferry seized off Dorva, crew held\n\nThe navy seized the ferry on Sunday, officials said.\n\nRelated talks: the two sides meet on Monday, the ministry said.');
	assert.ok(kept.body.includes('Related talks'), kept.body);
});

test('a photo caption with its credit glued on by a scraper ("…deckImage source, Kell Press") is not the lead', () => {
	const text = 'Ferry seized off Dorva, crew held\n\nA crew member waves from the deck of the seized ferryImage source, Kell Press\n\nThe navy seized the ferry on Sunday and detained its 14 crew members, officials said.';
	const article = parseArticle('s.txt', text);
	assert.equal(article.headline, 'Ferry seized off Dorva, crew held');
	assert.ok(article.body.startsWith('The navy seized'), article.body);
});

test('a numbered most-read box under a related list, above a copyright line, is chrome', () => {
	const text = [
		'Storm leaves 80,000 homes without heating',
		'',
		'The storm cut power across the north on Sunday, the grid operator said.',
		'',
		'Related',
		'• Explainer: why the grid keeps failing every winter in the north',
		'Sign up to The Northern Briefing, our free daily newsletter',
		'Most read',
		'1. Central bank raises rates to 4.5% as inflation bites',
		'2. Bus crash kills 7, dozens hurt',
		'3. The 10 best winter coats of the year',
		'4. How a small club won the cup',
		'5. ‘I lost my home’: inside the housing crisis',
		'',
		'© 2026 Northern Media. All rights reserved.',
	].join('\n');
	const article = parseArticle('m.txt', text);
	assert.equal(article.headline, 'Storm leaves 80,000 homes without heating');
	assert.equal(article.body, 'The storm cut power across the north on Sunday, the grid operator said.');
});

test('a story that ends with a short list of its own is not cut as chrome', () => {
	const text = 'Ferry deal signed\n\nThe two sides signed the ferry deal on Monday, officials said.\n\nWhat comes next\n\nThe first crossings resume on Friday, the operator said. Fares will stay the same for a year, it added.';
	assert.ok(parseArticle('n.txt', text).body.endsWith('it added.'));
});

test('bylines leave the body; the outlet named beside a byline or date line becomes the article’s outlet', () => {
	const lede = 'The dam gates opened on Monday, officials said.';
	const cases: [string, string | null, string | null][] = [
		// text, outlet, published
		[`Dam deal signed\nBy Ana Ruiz\nThe Lakeside Ledger\n24 November 2026\n\n${lede}`, 'The Lakeside Ledger', '2026-11-24'],
		[`Dam deal signed\nTHE LAKESIDE LEDGER\nBy Ana Ruiz and Li Wei, Diplomatic Editor\nWednesday, 25 November 2026\n\n${lede}`, 'The Lakeside Ledger', '2026-11-25'],
		[`Dam deal signed\nBy Ana Ruiz\nAfrica correspondent, Kell\nNovember 24, 2026\n\n${lede}`, null, '2026-11-24'],
		[`Dam deal signed\nBy Ana Ruiz | 25 November 2026 | 5 min read\n\n${lede}`, null, '2026-11-25'],
		// a one-word line beside a date only is a section label, not an outlet
		[`Dam deal signed\nPolitics\n24 November 2026\n\n${lede}`, null, '2026-11-24'],
		// "By the time…" opens a sentence, not a byline
		[`Dam deal signed\n\nBy the time the gates opened, the valley had waited a decade.\n${lede}`, null, null],
	];
	for (const [text, outlet, published] of cases) {
		const article = parseArticle('d.txt', text);
		assert.equal(article.outlet, outlet, text);
		assert.equal(article.published, published, text);
		assert.ok(!/^By Ana|correspondent|Lakeside/m.test(article.body), article.body);
	}
	assert.match(parseArticle('d.txt', cases[5][0]).body, /^By the time/);
	// metadata wins over the text
	assert.equal(parseArticle('d.txt', cases[0][0], {outlet: 'Ledger Online'}).outlet, 'Ledger Online');
});

test('a media placeholder in brackets is chrome; a bracketed aside in the text is not', () => {
	const body = parseArticle('p.txt', 'Aid convoy reaches town\n\n[Image: Lorries wait at the crossing. Photo: Kell Wire / Ana Ruiz]\n\nThe convoy arrived on Monday [local time], officials said.').body;
	assert.equal(body, 'The convoy arrived on Monday [local time], officials said.');
});

test('a cookie or consent banner is chrome wherever it stands; a story about cookies is not', () => {
	const cases: [string, boolean][] = [
		['This site uses cookies to improve your experience. By continuing to browse you agree to our use of cookies. [Accept all] [Manage settings]', true],
		['We use cookies and similar technologies to personalise content and ads. You can change your choice at any time in Cookie settings.', true],
		['Cookies help us deliver our services. [Got it] [Learn more]', true],
		['[Accept]   [Reject all]', true],
		['We value your privacy. We and our partners store and access information on your device. [Accept] [Reject] [Manage preferences]', true],
		['Accept all   Reject all   Manage preferences', true],
		// a headline that opens with a choice word stays a headline
		['Accept the deal or leave, minister tells unions', false],
		// about cookies, not to the reader; a quotation is someone's words
		['The regulator fined three shops that placed cookies without asking buyers to accept them.', false],
		['"You agree to our price or you leave," the cookie maker told the unions.', false],
		['Bakers in Dorva agreed to sell cookies at cost during the truce.', false],
	];
	for (const [line, banner] of cases) assert.equal(isConsentBanner(line), banner, line);
	const article = parseArticle('c.txt', 'KELL POST\nThis site uses cookies to improve your experience. By continuing you agree to our use of cookies. [Accept all] [Manage settings]\nFerry seized off Dorva, crew held\n\nThe navy seized the ferry on Sunday, officials said.');
	assert.equal(article.headline, 'Ferry seized off Dorva, crew held');
});

test('a site and its section over the headline ("Site | Section") is chrome; the site is the outlet', () => {
	const lead = '\n\nThe navy seized the ferry on Sunday and detained its 14 crew members, officials said.';
	const cases: [string, string | null, string | null][] = [
		[`Harbourline | Shipping markets\n\nFreight rates jump as the navy seizes a ferry off Dorva${lead}`, 'Freight rates jump as the navy seizes a ferry off Dorva', 'Harbourline'],
		[`Kell Post · World news\nFerry seized off Dorva as talks stall in the capital${lead}`, 'Ferry seized off Dorva as talks stall in the capital', 'Kell Post'],
		// a headline with a bar in it stays the headline
		[`Ferry seized off Dorva | Live updates from the harbour${lead}`, 'Ferry seized off Dorva | Live updates from the harbour', null],
		[`Opinion | Why the ferry seizure will backfire on Dorva${lead}`, 'Opinion | Why the ferry seizure will backfire on Dorva', null],
	];
	for (const [text, headline, outlet] of cases) {
		const article = parseArticle('b.txt', text);
		assert.equal(article.headline, headline, text);
		assert.equal(article.outlet, outlet, text);
	}
});

test('a top-matter bar gives the outlet and the date; a desk byline, a time stamp and a share bar leave the body', () => {
	const lead = 'Fishing boats returned to the bay on Monday as the truce held for a third day, harbour officials said.';
	const cases: Array<[string, string, string | null, string | null]> = [
		['outlet · section · date under the headline', `Truce holds in the bay\n\nThe Bay Courier · Explainer · 24 November 2026\n\n${lead}`, 'The Bay Courier', '2026-11-24'],
		['section | outlet | date, then a byline', `Truce holds in the bay\n\nOPINION | Harbour Evening Post | 25 November 2026\n\nBy Ana Ruiz\n\n${lead}`, 'Harbour Evening Post', '2026-11-25'],
		['date · section · byline: a date and no outlet', `Truce holds in the bay\n\n24 November 2026 · Analysis · By Ana Ruiz\n\n${lead}`, null, '2026-11-24'],
		['a broadcaster and its programme on the first line', `Kell Radio | The Evening Edition\nTruce holds in the bay, envoy says\nBroadcast 25 November 2026, 21:00\n\n${lead}`, 'Kell Radio', '2026-11-25'],
		['outlet | section beside a byline', `Truce holds in the bay\n\nMarlow Business Daily | Analysis\nBy Ana Ruiz\n\n${lead}`, 'Marlow Business Daily', null],
		['a time stamp standing alone', `Truce holds in the bay\n\nUpdated 21:55 local time, 23 November 2026\n\n${lead}`, null, '2026-11-23'],
		['a date with its reading time', `Truce holds in the bay\n\nBy Ana Ruiz\n24 November 2026 · 6 min read\n\n${lead}`, null, '2026-11-24'],
		// a paper's name and its edition's date on one line; the section under it is no outlet
		['outlet, weekday and date; a section beside the byline', `Truce holds in the bay\n\nThe Varno Weathervane, Thursday 26 November 2026\n\nWorld\n\nBy Ana Ruiz, Diplomatic Correspondent\n\n${lead}`, 'The Varno Weathervane', '2026-11-26'],
		['a place and a date are a dateline, no outlet', `Truce holds in the bay\n\nPort Tamsk, 24 November 2026\n\n${lead}`, null, '2026-11-24'],
		// a site's name with digits; day-first dates with dots and times; a desk with digits in its name signs
		['site with digits, dotted dates', `Kanal24 | News\n\nTruce holds in the bay\n\n25.11.2026, 21:47 | Updated 26.11.2026, 08:15\nBy Kanal24 newsroom\n\n${lead}`, 'Kanal24', '2026-11-25'],
	];
	for (const [what, text, outlet, published] of cases) {
		const article = parseArticle('a.txt', text);
		assert.equal(article.outlet, outlet, what);
		assert.equal(article.published, published, what);
		assert.equal(article.paragraphs[0].text, lead, what);
	}
	// a menu of sections names no outlet, and a desk's byline and a share bar are no paragraphs
	const page = parseArticle('b.txt', `Truce holds in the bay\n\nNews | World | Sport | Opinion\n\nBay Courier Staff\nShare: Facebook | X | Email | Copy link\n\n${lead}`);
	assert.equal(page.outlet, null);
	assert.equal(page.paragraphs[0].text, lead);
});

test('the page foot leaves the body: related links under a label, programme promos, newsletter pitches, a copyright footer with links', () => {
	const story = 'Fishing boats returned to the bay on Monday as the truce held, harbour officials said.\n\nThe harbour master said 40 boats went out.';
	const foot = [
		'Listen: The long road back to the bay (28 mins)',
		'More on this story',
		'- Fishermen say they still fear the patrol boats',
		"- 'We want our nets back': the widows of Marlow speak",
		'- Harbour hosts 5,000 displaced as shelters run short',
		'Share this story  |  Facebook  |  X  |  WhatsApp',
		'Get our Coast Today newsletter, every weekday morning. Sign up',
		'© 2026 Bay Courier. All rights reserved. | Terms | Privacy | Cookies | Contact us',
	].join('\n\n');
	const article = parseArticle('f.txt', `Truce holds in the bay\n\n${story}\n\n${foot}`);
	assert.deepEqual(article.paragraphs.map((paragraph) => paragraph.text), story.split('\n\n'));
	// a story that ends on a bulleted list of its own keeps it
	const listed = parseArticle('g.txt', `Truce holds in the bay\n\n${story}\n\nWhat the truce says:\n\n- Boats may fish the north bank\n- Patrols stay 5 km offshore`);
	assert.equal(listed.paragraphs.at(-1)!.text, '- Patrols stay 5 km offshore');
});

test('a body\'s release: its menu, breadcrumbs, language picker and release labels are chrome; the title is the headline', () => {
	const lead = 'The Harbour Workers\' Union welcomed the agreement on Tuesday and called off the strike at all six ports.';
	const release = [
		'HARBOUR WORKERS\' UNION',
		'Home | About us | News | Join the union | Branches | Contact',
		'',
		'News > Press releases',
		'',
		'PRESS RELEASE',
		'For immediate release - 25 November 2026',
		'',
		'Strike over: 9% pay rise and every dismissed docker back at work',
		'',
		lead,
	].join('\n');
	const article = parseArticle('r.txt', release);
	assert.equal(article.headline, 'Strike over: 9% pay rise and every dismissed docker back at work');
	assert.equal(article.published, '2026-11-25');
	assert.equal(article.paragraphs[0].text, lead);
	const ministry = parseArticle('m.txt', ['Ministry of Labour of Norland', 'Home > Press room > Transcripts > 2026', 'Search | Français | English', '', 'Joint press conference on the end of the port strike', '', lead].join('\n'));
	assert.equal(ministry.outlet, 'Ministry of Labour of Norland');
	assert.equal(ministry.headline, 'Joint press conference on the end of the port strike');
	// a headline built of items is still a headline when it reads as one
	assert.equal(parseArticle('h.txt', `Trade, tariffs and talks: the week ahead\n\n${lead}`).headline, 'Trade, tariffs and talks: the week ahead');
});

test('a newspaper\'s or a body\'s name over the headline is the masthead; an edition date and a brand over a section label are top matter', () => {
	const lead = 'The two sides agreed on Tuesday to a week of daily pauses in the shelling around the port town of Oren.';
	const cases: Array<[string[], string, string]> = [
		// [page top, outlet, headline]
		[['THE KELL PIONEER', 'Thursday, November 26, 2026', '', 'President\'s firm hand brings the rebels to the table'], 'The Kell Pioneer', 'President\'s firm hand brings the rebels to the table'],
		[['The Oren Gazette', 'News | Sport | Business | Subscribe', '', 'Oren braces for the buses as the pause begins'], 'The Oren Gazette', 'Oren braces for the buses as the pause begins'],
		[['Northern Council for Flood Relief', 'News release', '', 'Council welcomes the Oren pause and calls on all parties to keep it'], 'Northern Council for Flood Relief', 'Council welcomes the Oren pause and calls on all parties to keep it'],
		[['HARBOURLIGHT', 'EXPLAINER', '', 'The Oren pause: what each side gave up, and why'], 'Harbourlight', 'The Oren pause: what each side gave up, and why'],
		// a brand in title case over a section label, and a body's name over its motto
		[['The Oren Review', '', 'ANALYSIS', '', 'Buses, bread and a week of quiet: what the pause buys'], 'The Oren Review', 'Buses, bread and a week of quiet: what the pause buys'],
		[['Centre for Coastal Rights', 'Independent. Non-partisan. Since 2004.', '', 'Oren pause: the buses must run for everyone, not only the lucky'], 'Centre for Coastal Rights', 'Oren pause: the buses must run for everyone, not only the lucky'],
	];
	for (const [top, outlet, headline] of cases) {
		const article = parseArticle('t.txt', [...top, '', lead].join('\n'));
		assert.equal(article.outlet, outlet, top[0]);
		assert.equal(article.headline, headline, top[0]);
		assert.equal(article.paragraphs[0].text, lead, top[0]);
	}
	// a site's names over a menu or a trail the cleaner drops, then the title
	for (const [top, headline] of [
		[['NEWSDESK 24', 'Home | World | Politics | Video', 'World > Europe > Oren', '', 'Oren pause holds as buses leave: live updates'], 'Oren pause holds as buses leave: live updates'],
		[['STATE OF OREN', 'Ministry of Foreign Affairs', 'Home > Newsroom > Statements', '', 'Statement on the pause agreed at the port of Oren'], 'Statement on the pause agreed at the port of Oren'],
		[['Harbour Relief Mission in Oren (HRMO)', 'Home > Media > Transcripts', '', 'Press briefing by the mission chief on the first day of the pause'], 'Press briefing by the mission chief on the first day of the pause'],
	] as Array<[string[], string]>) assert.equal(parseArticle('t.txt', [...top, '', lead].join('\n')).headline, headline, top[0]);
	// a headline that happens to end in a masthead word is still the headline
	assert.equal(parseArticle('h.txt', `Rebels to join the army within a year, says the Post\n\n${lead}`).headline, 'Rebels to join the army within a year, says the Post');
});

test('a newsletter masthead with its issue line and a subscribers-only notice sits over the headline', () => {
	const text = 'OSTMARCH SHIPPING BULLETIN\nIssue 12/2026 | Monday, 9 November 2026\nFor subscribers only. Not for redistribution.\n\nPellidor lock reopens as pilots return\n\nThe lock reopened on Monday after a week of talks between the two pilots\' unions and the port authority.';
	const article = parseArticle('b.txt', text);
	assert.equal(article.headline, 'Pellidor lock reopens as pilots return');
	assert.equal(article.outlet, 'Ostmarch Shipping Bulletin');
});

test('a newspaper named with a masthead word over the edition date is the outlet, the line after the headline', () => {
	const text = 'The Pellidor Gazetteer\nMonday 9 November 2026\n\nPilots end strike as lock reopens\n\nThe lock reopened on Monday after a week of talks between the two pilots\' unions and the port authority.';
	const article = parseArticle('g.txt', text);
	assert.equal(article.headline, 'Pilots end strike as lock reopens');
	assert.equal(article.outlet, 'The Pellidor Gazetteer');
});

test('a wire named as the byline is the credit; a caption closed by "(PHOTO / Wire)" goes below the lead; capitals and a dash before the lead are its dateline', () => {
	const text = 'Tolvane brokers a truce between the harbour guilds\nBy Xinhua\nSmoke rises over the Marrish docks after a strike on May 6, 2026. (PHOTO / AFP)\n\nTOLVANE/MARRISH - Tolvane has brokered a truce between the two guilds, its foreign minister said on Tuesday.\n\nThe truce holds, officials said.';
	const article = parseArticle('x.txt', text);
	assert.equal(article.credit, 'Xinhua');
	assert.ok(article.body.startsWith('Tolvane has brokered a truce'), article.body.slice(0, 60));
	assert.ok(article.body.includes('Smoke rises over the Marrish docks'));
	// capitals that are a sentence's own subject stay
	assert.ok(parseArticle('y.txt', 'Truce talks resume\n\nUS - Tolvane talks resumed on Monday in the capital, officials said.').body.startsWith('US - Tolvane talks'));
});

test('a "READ:" line in the body links to another story and is dropped', () => {
	const text = 'Guilds sign truce in Tolvane\n\nThe two guilds signed a truce in Tolvane on Monday, officials said.\n\nREAD: ‘We will all pay’: dockers reject Marrish levy\n\nThe truce holds, the mayor said.';
	assert.ok(!parseArticle('r.txt', text).body.includes('We will all pay'));
});

test('a byline listing several writers and a graphics credit is no lede; "KELL, Country (date) - " is a dateline', () => {
	const byline = parseArticle('b.txt', 'At least 79 dead as searchers comb the hills\n\nBy Ama Quedlin, Jessica Shuran Tolvane and Carlos Nogueras Marrish, Graphics by Orla Essig and Edison Wu\nSearch and rescue efforts continued on Sunday for ten missing girls, local officials said at a news conference.\n\nThe search goes on.');
	assert.ok(byline.body.startsWith('Search and rescue efforts'), byline.body.slice(0, 60));
	const dated = parseArticle('d.txt', 'Desperate search for fuel as blockade bites\n\nMARRISH, Tolvania (October 26, 2025) - A blockade enforced by militants is plunging the capital into a search for fuel.\n\nThe search goes on.');
	assert.ok(dated.body.startsWith('A blockade enforced'), dated.body.slice(0, 60));
	assert.equal(dated.published, '2025-10-26');
});
