import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractProvisions} from '../../../source/core/extract/provisions.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// Invented articles: classes of extras seen on the latest stories written for the evaluation, each away from its wording.
const read = (text: string) => extractProvisions(parseArticle('a.txt', text, {outlet: 'Cobbin Post'})).provisions;
const summaries = (text: string) => read(text).map((provision) => provision.summary);

test('a remark quoted in single marks, its comma inside the quote, then the speaker, is no term', () => {
	const text = "The two countries signed a peace deal on Monday. Under the deal, the two sides will free their prisoners within a week. 'Forty families will sleep at home tonight,' she told the Cobbin Post.";
	assert.deepEqual(summaries(text), ['The two sides will free their prisoners within a week']);
});

test('a named speaker with her post set between commas is the attribution, cut from the term', () => {
	const text = "The two sides signed a truce on Monday. The truce takes effect at 06:00 local time on Sunday, Pernelle Fenwhistle, the agency's relief coordinator, told a news conference in Pentar, where the talks were held.";
	assert.deepEqual(summaries(text), ['The truce takes effect at 06:00 local time']);
});

test('what the deal does not require a party to do binds no one; what it does not require of travellers still is a term', () => {
	assert.deepEqual(summaries('Under the terms, the rebels are not required to leave the hills altogether, and nothing is said about the 40 fighters they want freed.'), []);
	assert.deepEqual(summaries('Under the deal, visas will not be required for residents of the valley.'), ['Visas will not be required for residents of the valley']);
});

test('a second verb on a pronoun does the next thing to the object before: one term', () => {
	assert.deepEqual(summaries('Under the accord, Velmar must release all nineteen detained fishermen, including the two boys it seized, and return them through Pentar.'), [
		'Velmar must release all nineteen detained fishermen, including the two boys it seized and return them through Pentar',
	]);
	assert.deepEqual(summaries('Under the deal, the two sides will free their prisoners, and open the border crossing at Quillby.'), ['The two sides will free their prisoners', 'The two sides will open the border crossing at Quillby']);
});

test("each side handing back the other's people in two sentences is one swap, told as one item", () => {
	const text =
		'The two countries signed a swap deal on Monday. Under the deal, Velmar will free five Tolsanders held at Brevik jail, including a reporter. Tolsand will release seven Velmarese nationals held at Tamsk, among them two pilots.';
	const items = read(text).map((provision) => provision.item);
	assert.equal(items.length, 2);
	assert.ok(items[0] !== undefined && items[0] === items[1]);
	// two parties freeing their own prisoners, named as no one's nationals, are two steps
	assert.deepEqual(
		read('Under the deal, the army will free 40 prisoners. The rebels will free 12 soldiers.').map((provision) => provision.item),
		[undefined, undefined],
	);
});

test('"the sick and wounded" is one group; ", and since Monday some have been coming" is news of the deal at work', () => {
	const text = 'The two sides signed a truce on Monday. It also lets boats carry the sick and wounded out of the valley, and since Monday some of those boats have been coming to Pentar.';
	assert.deepEqual(summaries(text), ['Lets boats carry the sick and wounded out of the valley']);
	assert.deepEqual(summaries('Under the deal, the army will evacuate the sick and wounded, and deliver food to the camps.'), [
		'The army will evacuate the sick and wounded',
		'The army will deliver food to the camps',
	]);
});

test('", including X," set between commas inside the clause says whom the object takes in: no list opens there', () => {
	const text = "The two sides signed a deal on Monday. It would require both armies to give a Quillby-led team, including Pentar's Air Accident Board, unhindered access to the site and to guarantee the safe passage of forensic specialists.";
	assert.deepEqual(summaries(text), ['Both armies to give a Quillby-led team unhindered access to the site', 'Guarantee the safe passage of forensic specialists']);
	assert.deepEqual(summaries('Under the deal, the army will free 40 prisoners, including two women, within a week.'), ['The army will free 40 prisoners within a week']);
});
