import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractQuotes} from '../../../source/core/extract/quotes.js';
import {parseArticle} from '../../../source/core/parse-article.js';

// A lede's role-only speaker named in the next paragraph, and a role set off before a name with its portfolio; invented text.
function speakersOf(body: string) {
	const {speakers, quotes} = extractQuotes(parseArticle('story.txt', `Invented story for a test\n\n${body}`));
	const byKey = new Map(speakers.map((speaker) => [speaker.key, speaker]));
	return quotes.map((quote) => {
		const speaker = quote.speakerKey ? byKey.get(quote.speakerKey) : undefined;
		return [speaker?.name ?? null, speaker?.role ?? null, quote.kind, quote.text];
	});
}

test('quotes: a lede\'s role-only speaker is the ranked name that opens the next paragraph', () => {
	const found = speakersOf('The truce is over. "We have taken what was ours," the rebel commander said in a video posted on Friday.\n\nGeneral Oskarvin Drellby, who has led the movement since 2019, appeared in the recording. He said his fighters controlled the bridge.');
	assert.deepEqual(found, [
		['Oskarvin Drellby', 'rebel commander', 'direct', 'We have taken what was ours'],
		['Oskarvin Drellby', 'rebel commander', 'reported', 'his fighters controlled the bridge'],
	]);
});

test('quotes: the name may follow an opening participle phrase of the next paragraph', () => {
	const found = speakersOf('TARSKEL - The army remains in full control of the base after a planned repositioning, the Chief of General Staff said on Tuesday.\n\nSpeaking to officers in Tarskel, General Oskarvin Drellby said the redeployment had preserved the division.');
	assert.deepEqual(found.map(([name]) => name), ['Oskarvin Drellby', 'Oskarvin Drellby']);
});

test('quotes: a name with its own office in the next paragraph is someone else', () => {
	const found = speakersOf('"We have taken what was ours," the rebel commander said on Friday.\n\nForeign Minister Oskarvin Drellby said the truce had collapsed.');
	assert.deepEqual(found.map(([name]) => name), ['rebel commander', 'Oskarvin Drellby']);
});

test('quotes: "The Minister for PORTFOLIO, NAME," gives her the whole title, which a later "the Foreign Minister" finds', () => {
	const found = speakersOf('Quessland\'s Minister for Foreign Affairs, Ulmara Ostrowyn, rejected the charge. "Not a single gun has fired," she said.\n\nThe Foreign Minister said that drones had crossed the border within hours.\n\nThe Minister for Trade, Pellasko Zorvath, said the deal would be signed "within days".');
	assert.deepEqual(found, [
		['Ulmara Ostrowyn', "Quessland's Minister for Foreign Affairs", 'direct', 'Not a single gun has fired'],
		['Ulmara Ostrowyn', "Quessland's Minister for Foreign Affairs", 'reported', 'drones had crossed the border within hours'],
		['Pellasko Zorvath', 'Minister for Trade', 'partial', 'within days'],
		['Pellasko Zorvath', 'Minister for Trade', 'reported', 'the deal would be signed "within days"'],
	]);
});
