import {test} from 'node:test';
import assert from 'node:assert/strict';
import {quotesOf} from './quotes-of.js';

// Names with lower-case particles ("al-", "bint"), as wire copy prints Arabic names; invented sentences.
test('quotes: "al-Roe said" after "Oskar al-Roe" is that person', () => {
	assert.deepEqual(quotesOf('Its spokesman, Oskar al-Dashkeli, posted a video on Monday. "We welcome any initiative," al-Dashkeli said in a statement.'), [
		['Oskar al-Dashkeli', 'direct', 'We welcome any initiative'],
	]);
	assert.deepEqual(quotesOf('Oskar al-Dashkeli spoke on Monday. In his statement, al-Dashkeli said that the group would not withdraw.'), [
		['Oskar al-Dashkeli', 'reported', 'the group would not withdraw'],
	]);
});

test('quotes: a place with its article ("el-Dashkel") is no speaker of its own', () => {
	assert.deepEqual(quotesOf('Residents of el-Dashkel said the town had emptied.'), [
		['Residents of el-Dashkel', 'reported', 'the town had emptied'],
	]);
});

test('quotes: "bint" and "ben" inside a name keep it whole', () => {
	assert.deepEqual(quotesOf('The Minister for Mines, Ulmara bint Tevig al-Dashkeli, said the critics were wrong. Colonel Pellasko ben Zorvath said the road was open.'), [
		['Ulmara bint Tevig al-Dashkeli', 'reported', 'the critics were wrong'],
		['Pellasko ben Zorvath', 'reported', 'the road was open'],
	]);
});

test('quotes: "said one fighter" is one unnamed fighter; "his fighters" are no speaker', () => {
	assert.deepEqual(quotesOf('"We will not give up the bridge," said one fighter. "They shelled us," another fighter said. His fighters would observe the truce, the commander said.'), [
		['fighter', 'direct', 'We will not give up the bridge'],
		['fighter', 'direct', 'They shelled us'],
		['commander', 'reported', 'His fighters would observe the truce'],
	]);
});
