import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractFigures} from '../../../source/core/extract/figures.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** The figures of a short invented article, as "kind=value" (value null for vague counts). */
function figuresOf(text: string): string[] {
	const article = parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
	return extractFigures(article).map((figure) => `${figure.kind}=${figure.value}`);
}

// rival counts of one toll, each source's number given bare after the count was named (invented sentences)
const cases: [string, string[]][] = [
	// a count named with no number, then each source's bare number
	['How many died in the riots is still disputed. The Quindar health office says 12, three of them guards. The Brasmoor monitors have verified 19. The union says 27.', ['killed=12', 'killed=3', 'killed=19', 'killed=27']],
	['The death toll is disputed. The Tellvick army says 40.', ['killed=40']],
	// a count given earlier, with the time it was given
	['The coast guard now says 18 people were killed off Kaspel. It had given a figure of 15 last night.', ['killed=18', 'killed=15']],
	['Estimates of the dead range between 300 and 900. The mission counted at least 410 by Friday; the doctors put the figure higher.', ['killed=300', 'killed=900', 'killed=410']],
	// another clause of the sentence sets its own source's number against the count
	['About 2,300 Miroth villagers are held in army camps, according to a rights group; the army says the figure is closer to 1,600.', ['prisoners=2300', 'prisoners=1600']],
	['The aid group says 31,000 people have been evacuated, well above the official figure of 26,000.', ['displaced=31000', 'displaced=26000']],
	// a source's toll set above the count before it
	['The clinic recorded at least 210 deaths. The Zenthal ministry puts the civilian toll higher, at 340.', ['killed=210', 'killed=340']],
	// a bare number with no count named before stays unread
	['The Ulvekk league says 24.', []],
	// a number in a disputed sentence that names no count is no topic
	['The border line is disputed. The ministry says 12.', []],
];

for (const [text, expected] of cases)
	test(`rival counts: ${text.slice(0, 70)}`, () => {
		assert.deepEqual(figuresOf(text), expected);
	});

// people counted in a list that shares its verb, each with a qualifier or an adjective of its own
const listed: [string, string[]][] = [
	['At least 4 journalists and at least 21 children were killed in Dornhal.', ['killed=4', 'killed=21']],
	['Six farmers and nearly 30 pupils were injured.', ['injured=6', 'injured=30']],
	['Nine citizens and two heroic police officers lost their lives.', ['killed=9', 'killed=2']],
	['Two brave police officers were wounded.', ['injured=2']],
];

for (const [text, expected] of listed)
	test(`listed counts: ${text.slice(0, 70)}`, () => {
		assert.deepEqual(figuresOf(text), expected);
	});

// people seized are held; things seized are no count of people
const seized: [string, string[]][] = [
	['Eleven staff of the Yarrowfen clinic were seized at a roadblock.', ['hostages=11']],
	['Customs officers said 40 crates were seized at the port.', ['other=40']],
	// soldiers and a people named by nationality, freed together in a swap, were both held
	['A total of 88 Quindari troops and 41 Zenthals were freed during the swap.', ['prisoners=88', 'prisoners=41']],
	['Some 300 troops and 20 Zenthals were deployed to the border.', ['troops=300']],
	['A total of 88 Quindari troops and 41 pro-Zenthals were freed during the swap.', ['prisoners=88', 'prisoners=41']],
	// people burned are hurt (or killed, "burned to death"); houses burned are no casualties
	['A police spokesman said two officers had been burned that night.', ['injured=2']],
	['Three guards were burned to death in the blaze.', ['killed=3']],
	['Twelve sheds had been burned to the ground.', ['damage=12']],
];

for (const [text, expected] of seized)
	test(`seized: ${text.slice(0, 70)}`, () => {
		assert.deepEqual(figuresOf(text), expected);
	});

// a span a deal sets for what it grants, pays or halts; a visit's length is no term
const spans: [string, string[]][] = [
	['Under the accord, Kaspel receives 20 percent of the port fees for 30 years.', ['other=20', 'other=30']],
	['The new lease runs for 12 years.', ['other=12']],
	['The wounded will receive free medical care for three years.', ['other=3']],
	['Both armies will hold fire along the river for 72 hours.', ['other=72']],
	['The remaining tariffs will be phased out over 24 months.', ['other=24']],
	['The envoy will be in Brasmoor for two days.', []],
	['Under the pact, the fishermen, who worked the bay for nine years, lose their permits.', []],
];

for (const [text, expected] of spans)
	test(`deal spans: ${text.slice(0, 70)}`, () => {
		assert.deepEqual(figuresOf(text), expected);
	});

// a count revised "from" its earlier level "to" the new one: both levels are figures of the count
const revised: [string, string[]][] = [
	['The governor said the number killed in Tellvick had increased from 61 to 67.', ['killed=61', 'killed=67']],
	['The death toll rose from 12 to 19 overnight.', ['killed=12', 'killed=19']],
	['The number injured stood at 40.', ['injured=40']],
	// the toll's phrase starts at its count, not at a casualty word before "that"
	['He spoke in a report on fatalities on Friday that the number killed in Miroth had increased from 33 to 36.', ['killed=33', 'killed=36']],
	['Bread prices rose from 12 to 19 dollars.', ['money=19']],
];

for (const [text, expected] of revised)
	test(`revised counts: ${text.slice(0, 70)}`, () => {
		assert.deepEqual(figuresOf(text).sort(), [...expected].sort());
	});

test('a toll phrase does not reach back over "that" to a casualty word', () => {
	const article = parseArticle('t.txt', 'Lead line that is long enough to be body text and not a headline at all.\n\nHe spoke in a report on fatalities on Friday that the number killed in Miroth had increased from 33 to 36.');
	const toll = extractFigures(article).find((figure) => figure.value === 36);
	assert.ok(toll && /^number killed/.test(toll.text), toll?.text);
});
