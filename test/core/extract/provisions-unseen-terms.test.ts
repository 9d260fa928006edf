import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractProvisions} from '../../../source/core/extract/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Invented articles: shapes of last session's unseen stories that made extra terms (a question about the deal, one term
// cut in two, news among the key points).
const summaries = (text: string) => extractProvisions(parseArticle('a.txt', text, {outlet: 'Pellandor Courier'})).provisions.map((provision) => provision.summary);
const story = (...paragraphs: string[]) => ['The truce was signed on Sunday in Ostrevia.', ...paragraphs].join('\n\n');

test('the deal inside an indirect question states no term ("did not say what the deal provides for X", "whether the money will be released")', () => {
	const text = story(
		'The mediators did not say what the deal provides for Nimsett, the river district that the army says it retook.',
		'The bloc froze $200 million in aid after the crackdown. It has not said whether the money will now be released.',
		'The deal provides for a ceasefire from Friday.',
	);
	assert.deepEqual(summaries(text), ['A ceasefire from Friday']);
});

test('"starting with A and B" orders the item before it; a count before a colon still lists', () => {
	assert.deepEqual(summaries(story('The deal notably includes a programme of phased releases, starting with minors and students.')), ['A programme of phased releases, starting with minors and students']);
	assert.deepEqual(summaries(story('The deal includes a truce from Friday, starting with the north, and an exchange of prisoners.')), ['A truce from Friday, starting with the north', 'An exchange of prisoners']);
});

test('one thing named, then how it works after a colon, is one term', () => {
	assert.deepEqual(summaries(story('The deal notably includes a programme of compensation: the fund will pay families on both sides of the river, and the government will provide most of its money.')), [
		'A programme of compensation: the fund will pay families on both sides of the river, and the government will provide most of its money',
	]);
	assert.deepEqual(summaries(story('The deal includes two steps: the army will withdraw, and the rebels will disarm.')), ['Two steps: the army will withdraw', 'The rebels will disarm']);
});

test('"while B must move its own" is the other half of one term; a second duty with its own object is a second term', () => {
	assert.deepEqual(summaries(story('The agreement stipulates that Castrel must move its heavy weapons 25 km west of the line, while Ostrevia must move its own 25 km east.')), [
		'Castrel must move its heavy weapons 25 km west of the line while Ostrevia must move its own 25 km east',
	]);
	assert.deepEqual(summaries(story('The agreement stipulates that Castrel must free the detainees within a week, while Ostrevia must name its own members of the council within 10 days.')), [
		'Castrel must free the detainees within a week',
		'Ostrevia must name its own members of the council within 10 days',
	]);
});

test('key points: people counted where they are, a curfew that ended and the deal with its broker are news; the pause agreed is a term', () => {
	const page = [
		'Landslide: rescue pause agreed',
		'',
		'Key points',
		'- More than 200 people are missing in three villages on both sides of the front line',
		'- More than 2,300 people are sheltering in the sports hall',
		'- The curfew in the capital ended at 5am local time after three weeks',
		'- Castrel and the rebels have agreed a 10-day pause in fighting to let rescuers in',
		'- Castrel and the rebels have agreed a humanitarian truce brokered by the Garrowby Union',
		'- 300 families who are homeless will receive tents',
	].join('\n');
	assert.deepEqual(summaries(page), ['A 10-day pause in fighting to let rescuers in', '300 families who are homeless will receive tents']);
});

test('"renewable by both sides" is said of the item before; "But" opening a sentence is no part of its term', () => {
	assert.deepEqual(summaries(story('The agreement provides for a halt to fighting across the valley for ten days, renewable by both sides.')), ['A halt to fighting across the valley for ten days, renewable by both sides']);
	assert.deepEqual(summaries(story('But the joint council would supervise the electoral board and the police.')), ['The joint council would supervise the electoral board and the police']);
});

test('talks pointed back at ("offered to host such talks") and a pause named with who proposed it state no term', () => {
	const text = story(
		'An official of the Garrowby Union told the Courier that the bloc had offered to host such talks but that "nobody has asked for a room yet".',
		'The attack came hours before the humanitarian pause proposed by President Idrun Castrel to allow the rescue of citizens buried by the landslide.',
		'The Garrowby Union will host talks on the border in March.',
	);
	assert.deepEqual(summaries(text), ['The Garrowby Union will host talks on the border in March']);
});

test('"swap prisoners and return the bodies of the dead" is one exchange', () => {
	assert.deepEqual(summaries(story('The deal would also see the two sides swap prisoners and return the bodies of the dead.')), ['The two sides swap prisoners and return the bodies of the dead']);
});

// An explainer walking through a plan under numbered sub-headings: each section's first sentence states its point.
test('numbered sections of a plan explainer: the first sentence under each numbered heading states that point', () => {
	const text = [
		'The twelve-point plan for Ostrevia, explained',
		'The mediators published a twelve-point plan on Sunday. Here is what it says.',
		'1. A Quiet Border',
		'The border strip will be cleared of heavy weapons within ten days.',
		'2. Rebuilding the Valley',
		'Villages in the valley will be rebuilt with a fund run by the mediators.',
		'3. Prisoners Home',
		'Both sides will free every prisoner held since the war began.',
		'Who signed it?',
		'Officials of both governments signed the text in Pellandor.',
	].join('\n\n');
	const got = summaries(text);
	assert.ok(got.includes('The border strip will be cleared of heavy weapons within ten days'), got.join(' | '));
	assert.ok(got.includes('Villages in the valley will be rebuilt with a fund run by the mediators'), got.join(' | '));
	assert.ok(!got.some((summary) => /signed the text/.test(summary)), got.join(' | '));
	// (two numbered headings are no walk through a plan's points)
	const two = text.replace('3. Prisoners Home\n\nBoth sides will free every prisoner held since the war began.\n\n', '');
	assert.ok(!summaries(two).includes('Villages in the valley will be rebuilt with a fund run by the mediators'));
});

test('a live page\'s key points that quote a leader, tell what a camp calls the deal, what a party confirms, an aid appeal or a statute signed are news', () => {
	const page = [
		'Tarrowlin statute live: rebels hand over towns',
		'',
		'Key points',
		'- The Government of the Republic signs the Tarrowlin autonomy statute in Bexhold',
		'- President Moravel: "The Republic is one and indivisible"',
		'- Army confirms Sundrake and the coast road are under state control',
		'- Relief agency raises its appeal to $95 million',
		'- Hardliners in Ilsmere call the deal a surrender',
		'- Troops to pull back 15km from the river',
		'- The joint committee confirms each withdrawal',
	].join('\n');
	assert.deepEqual(summaries(page), ['Troops to pull back 15km from the river', 'The joint committee confirms each withdrawal']);
});

test('"to last 30 days and to be renewable by mutual consent" is said of the ceasefire before it, not a term', () => {
	assert.deepEqual(summaries(story('The deal calls for a ceasefire within 20 km of the Bexhold mine, to last 30 days and to be renewable by mutual consent.')), [
		'A ceasefire within 20 km of the Bexhold mine, to last 30 days and to be renewable by mutual consent',
	]);
});

test('"A and B gangs signed a 90-day truce late on Monday" among key points gives the truce, not the first name of who signed', () => {
	const page = ['Bexhold truce live: first night quiet', '', 'Key points', "- Tarrowlin and Sundrake gangs signed a 90-day truce late on Monday at St Ilsa's Church", '- Weapons to be handed in at seven churches'].join('\n');
	assert.deepEqual(summaries(page), ["A 90-day truce at St Ilsa's Church", 'Weapons to be handed in at seven churches']);
});

test('"Nor does the truce cover the hills north of the delta" leaves the hills out: no term', () => {
	assert.deepEqual(summaries(story('Nor does the truce cover the Bexhold hills north of the delta, where the army said it killed four rebels.', 'The truce provides for a ceasefire from Friday.')), ['A ceasefire from Friday']);
});

test('"a fund for the families of the abducted pupils and of the men killed" is one term: a second "of" of the same noun', () => {
	assert.deepEqual(summaries(story('Fighters who surrender their weapons within 60 days will be offered an amnesty, and the state government will set up a $2 million fund for the families of the abducted pupils and of the men killed in the raid, according to the text.')), [
		'Fighters who surrender their weapons within 60 days will be offered an amnesty',
		'The state government will set up a $2 million fund for the families of the abducted pupils and of the men killed in the raid',
	]);
});

test('a key point "118 pupils and four teachers freed near Bexhold" is news of what happened; "300 prisoners freed in the first phase" a term', () => {
	const page = ['Bexhold school live: pupils freed', '', 'Key points', '- 118 pupils and four teachers freed near Bexhold, two weeks after the school raid', '- 300 prisoners freed in the first phase'].join('\n');
	assert.deepEqual(summaries(page), ['300 prisoners freed in the first phase']);
});
