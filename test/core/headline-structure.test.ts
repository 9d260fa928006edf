import assert from 'node:assert/strict';
import test from 'node:test';
import {parseArticle} from '../../source/core/parse-article.js';

// Invented tops of pages and documents: the headline is the title line above the byline, dateline or lead, whatever
// chrome, letterhead or labels stand over it.
const lead = '\n\nThe two sides signed the ferry accord in Quorrin on Monday, officials said, after three days of talks.';
const cases: [string, string, string | null][] = [
	['a masthead, a menu, a search box, a cookie banner and a trail over the headline',
		`THE VELLMARK COURIER\nHome | News | Region | Sport | Opinion\nSearch the Courier\n\nWe use cookies to give you the best experience. By clicking "Accept all" you agree to our use of cookies. Accept all | Manage preferences\n\nHome > News > Region\n\nFerry accord signed in Quorrin after three days of talks\n\nBy Tarvish Fennoch, Region Correspondent\nPublished 3 March 2026, 18:02${lead}`,
		'Ferry accord signed in Quorrin after three days of talks'],
	['a skip link, a search prompt and a live badge',
		`Skip to main content\nSearch news, topics and people\nLIVE\nFerry accord signed in Quorrin: follow the latest${lead}`,
		'Ferry accord signed in Quorrin: follow the latest'],
	['a search field placeholder and a sign-in link',
		`Search articles\nSign in\nBrimwater Daily\nFerry accord signed in Quorrin as both sides claim victory\nBy Larrowby Sippet${lead}`,
		'Ferry accord signed in Quorrin as both sides claim victory'],
	['a ministry letterhead with its department, a translation note, a number and a dated place over the title',
		`MINISTRY OF TRANSPORT OF THE REPUBLIC OF VELLMARK\nInformation and Press Department\nUnofficial translation from the Vellmarkish language\n\nNo. 41/2026\nQuorrin, 3 March 2026\n\nStatement of the Ministry of Transport of the Republic of Vellmark on the signing of the ferry accord\n\n1. On 2 March 2026 the ministers signed the accord in Quorrin.`,
		'Statement of the Ministry of Transport of the Republic of Vellmark on the signing of the ferry accord'],
	['a release label, a reference and a contact over the title',
		`FOR IMMEDIATE RELEASE\nRef: PR-2026-041\nMedia contact: Ibbenhall Cressaly, press office\n\nHarbour authority welcomes the ferry accord signed in Quorrin\n\nQUORRIN, March 3 - The harbour authority welcomed the accord on Monday, its chair said.`,
		'Harbour authority welcomes the ferry accord signed in Quorrin'],
	['a transcript label and a delivery note over the title',
		`TRANSCRIPT\nCheck against delivery\n\nPress conference by the Minister of Transport on the ferry accord\n\nMINISTER: Good afternoon. We signed the accord this morning in Quorrin.`,
		'Press conference by the Minister of Transport on the ferry accord'],
	['a newsletter: a browser link and its issue bar over the title',
		`View this email in your browser\nThe Harbour Briefing | Issue 212\n\nFerry talks stall as both sides dig in over fares\n\nBy Pelleton Gravik${lead}`,
		'Ferry talks stall as both sides dig in over fares'],
	['a section label, the headline and a standfirst without a full stop',
		`ANALYSIS\nWhy the ferry accord may not survive the winter\nThe deal leaves the hardest questions about fares and crews for later\nBy Hollisand Gravik\n3 March 2026${lead}`,
		'Why the ferry accord may not survive the winter'],
	['an audio bar, a share row and an app prompt',
		`Listen to this article\nShare this article\nRead in app\nFerry accord signed in Quorrin after three days of talks${lead}`,
		'Ferry accord signed in Quorrin after three days of talks'],
	['a trail and an exclusive badge',
		`News › Region › Coast\nEXCLUSIVE\nFerry crews were never told of the accord, documents show${lead}`,
		'Ferry crews were never told of the accord, documents show'],
	['a headline that opens with a word of the search box',
		`Search for missing ferry crew called off after five days${lead}`,
		'Search for missing ferry crew called off after five days'],
	['a live blog with its badge and update time',
		`Live\nUpdated 5 minutes ago\nQuorrin ferry accord: latest updates as ministers sign the deal\n\n14:02\nThe ministers have arrived at the harbour office.`,
		'Quorrin ferry accord: latest updates as ministers sign the deal'],
	['a list label and a trail with its "you are here" prompt',
		`Most popular\nYou are here: Home / News / Region\nFerry accord signed in Quorrin after three days of talks${lead}`,
		'Ferry accord signed in Quorrin after three days of talks'],
	['a page title that carries the paper’s name, over the headline repeated',
		`Ferry accord signed in Quorrin after three days of talks | The Vellmark Courier\n\nFerry accord signed in Quorrin after three days of talks${lead}`,
		'Ferry accord signed in Quorrin after three days of talks'],
	['a photo caption with its credit over the headline',
		`Soldiers patrol the river bank near Quorrin on Monday. (Photo: Tarvish Fennoch)\nFerry accord signed in Quorrin after three days of talks${lead}`,
		'Ferry accord signed in Quorrin after three days of talks'],
	['a reading time and a one-word badge',
		`Reading time: 4 minutes\nBreaking\nFerry accord signed in Quorrin after three days of talks${lead}`,
		'Ferry accord signed in Quorrin after three days of talks'],
	['a document’s label that its title repeats',
		'Joint statement\nJoint statement by the foreign ministers of Vellmark and Quorrin on the ferry accord\n\n1. The ministers met in Quorrin on 2 March.',
		'Joint statement by the foreign ministers of Vellmark and Quorrin on the ferry accord'],
	// short headlines stay: nothing longer stands below them before the lead
	['a short headline under a menu and a search label', `Menu\nSearch\nFerry accord signed${lead}`, 'Ferry accord signed'],
	['a desk signing in capitals over the lead, with no title: no headline',
		`WEB DESK${lead}`,
		null],
];

for (const [what, text, headline] of cases) {
	test(`headline: ${what}`, () => assert.equal(parseArticle('h.txt', text).headline, headline));
}

test('headline: a paper that opens with its lead has none', () => {
	const text = 'The two sides signed the ferry accord in Quorrin on Monday, officials said, after three days of talks.\n\nThe accord reopens the crossing.';
	assert.equal(parseArticle('h.txt', text).headline, null);
});

test('headline: a title shown twice just under the lead is the headline, out of the body; a line said once is not', () => {
	const lead = 'The two sides signed the ferry accord in Quorrin on Monday, officials said, after three days of talks.';
	const twice = parseArticle('h.txt', `${lead}\nFerry Accord Signed in Quorrin After Three Days of Talks\n\nFerry Accord Signed in Quorrin After Three Days of Talks\nThe crossing reopens next week.\nFares will stay as they are.`);
	assert.equal(twice.headline, 'Ferry Accord Signed in Quorrin After Three Days of Talks');
	assert.ok(!twice.body.includes('After Three Days'));
	assert.ok(twice.body.startsWith('The two sides signed'));
	const once = parseArticle('h.txt', `${lead}\nFerry Accord Signed in Quorrin After Three Days of Talks\nThe crossing reopens next week.\nFares will stay as they are.`);
	assert.equal(once.headline, null);
});
