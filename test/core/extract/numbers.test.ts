import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ALLOCATED_FROM, COST_REACHED, currencyWordsIn, findNumbers, GLOSSED, REVERSE_GLOSSED, SUM_IN_AID, MILLIONS_BEFORE_SUM, NUMBER_PATTERNS_GATED_BY_LAST_WORD, isTitleCase, NAME_BEFORE, nameBefore, nextNumber, notAFigure, NUMBER, numberValue, SPENT_MILLIONS, SUM_OF} from '../../../source/core/extract/numbers.js';
import {AREA_UNITS, CURRENCY_WORDS, MEASURE_UNITS, NOT_CURRENCY, QUANTITY_UNITS, TIME_UNITS} from '../../../source/core/lexicon/numbers.js';

/** One line per number: its value, qualifier, unit and, for vague counts, the word. */
const read = (text: string) =>
	findNumbers(text).map((mention) => [mention.value, mention.qualifier, mention.unit, mention.vague, mention.high].filter((part) => part !== null).join(' '));

const cases: [string, string[]][] = [
	['26 people', ['26']],
	['600,000 troops', ['600000']],
	['seven regions and twenty-six villages', ['7', '26']],
	['1.5 million people', ['1500000']],
	['a dozen boats, three dozen countries, half a dozen ships', ['12', '36', '6']],
	['dozens of homes and hundreds of thousands of people', ['dozens', 'hundreds of thousands']],
	['at least 26, nearly 20%, about 40, more than 3, up to 500, close to 200, around 60', ['26 at least', '20 nearly percent', '40 about', '3 more than', '500 up to', '200 close to', '60 around']],
	['10 or 12 aircraft and 30-40 boats', ['10 12', '30 40']],
	['from 145% to 30%', ['145 percent', '30 percent']],
	['a $1.2 trillion deficit, €300 million and 5 billion euros', ['1200000000000 money', '300000000 money', '5000000000 money']],
	['$4bn in aid and £2.5m in fines', ['4000000000 money', '2500000 money']],
	['Rs 500 crore for relief and USD 20 million in loans', ['5000000000 money', '20000000 money']],
	['by 115 percentage points, 1,160 points and 0.8 per cent', ['115 points', '1160 points', '0.8 percent']],
	['a 24-percent tariff', ['24 percent']],
	['a man and an army', []],
	// a fraction said right before its multiplier, hyphenated or not; a fraction alone is no number
	// "-odd" rounds a number off and belongs to it
	['sixty-odd lives and 40-odd fighters', ['60', '40']],
	['a quarter-million people, a half million dollars, three-quarters of a million and a quarter of the vote', ['250000', '500000 money', '750000']],
	['a few hundred detainees, a few thousand fighters and a few dozen boats', ['a few hundred', 'a few thousand', 'a few dozen']],
	['between 300 and 400 people, but 5 and 6 boats', ['300 between 400', '5', '6']],
	['well over 200, no more than 40, a reported 90 and a maximum of 12', ['200 well over', '40 no more than', '90 a reported', '12 a maximum of']],
	// numbers in words said in parts: hundreds after a thousand, tens after "and", a half before the multiplier
	['one thousand two hundred homes and three hundred and forty wells', ['1200', '340']],
	['more than one hundred and twenty dead, a thousand and one nights', ['120 more than', '1001']],
	['two and a half billion pesos and four and a half million tonnes', ['2500000000 money', '4500000']],
	['between one hundred and two hundred boats', ['100', '200']],
	['two hundred and wounded nine', ['200', '9']],
	// a decimal said in words, digit by digit, with its multiplier; "point" alone is no decimal
	['one point two billion dollars and three point five per cent', ['1200000000 money', '3.5 percent']],
	['one point zero five percent, but the one point they agreed', ['1.05 percent', '1 points']],
];

for (const [text, expected] of cases)
	test(`numbers: ${text}`, () => {
		assert.deepEqual(read(text), expected);
	});

test('number words and digits have values', () => {
	assert.equal(numberValue('twenty-six'), 26);
	assert.equal(numberValue('1,160'), 1160);
	assert.equal(numberValue('eleven'), 11);
	assert.equal(numberValue('many'), null);
});

const notFigures: [string, string | null][] = [
	['on May 12', 'date'],
	['on 12 May', 'date'],
	['November 17, 2025', 'year'],
	['in 1999', 'year'],
	['at 3 pm', 'time'],
	['at 1700 hours', 'time'],
	['at 15:30', 'time'],
	['at 1130 GMT', 'time'],
	['the 2nd convoy', 'ordinal'],
	['a 45-year-old driver', 'age'],
	['aged 45', 'age'],
	['women, children and people over 50', 'age'],
	['children under five', 'age'],
	['after four days of talks', 'duration'],
	['in almost two years', 'duration'],
	['Listen: the weekly podcast (28 mins)', 'duration'],
	['a G8 summit', null], // no number at all: G8 is one word
	['two Su-34 bombers', 'name'],
	['a MiG-21 jet', 'name'],
	['the J-10C fighter', 'name'],
	['COVID-19 rules', 'name'],
	['the S&P 500 index', 'name'],
	['Around 60 partners', null],
	['killed 26 people', null],
	// a unit glued to its number is a measure, not a code; an age said with "of"
	['a 12km exclusion zone', null],
	['lost 600MW overnight', null],
	['a 4x4 truck', 'name'],
	['a boy of nine', 'age'],
	['a widow of 70', 'age'],
	['a list of 70', null],
	// a bare number set off by commas after a person's full name, or after people already counted, is an age
	['Private Denis Ulrych, 20, was killed', 'age'],
	['Two soldiers, 19 and 20, were killed', 'age'],
	['Three nurses, 24, 31 and 40, were hurt', 'age'],
	['killed in Pell, 19, the mayor said', null],
	['held 40 people, 12 of them women', null],
	['killed 12 soldiers, 40 civilians and 3 police', null],
	// a surname alone opening the sentence, then the person's verb after the age
	['Haldane, 52, died on Sunday', 'age'],
	['Okafor, 38, was arrested at the port', 'age'],
	['Yesterday, 40, then 50, were reported', null],
	['Overall, 40 people died', null],
];

for (const [text, reason] of notFigures)
	test(`not a figure: ${text}`, () => {
		const mentions = findNumbers(text).filter((mention) => !mention.inWords || !/^(?:a|an)\b/i.test(mention.text));
		const last = mentions.at(-1);
		if (!last) return assert.equal(reason, null);
		assert.equal(notAFigure(text, last), reason);
	});

test('title-case headlines are told from sentences', () => {
	assert.equal(isTitleCase('Flood Displaces Thousands in River Valley'), true);
	assert.equal(isTitleCase('The flood displaced thousands in the valley'), false);
});

test('the number scan finds what a global scan of the pattern finds, from any offset', () => {
	const globalFrom = (text: string, from: number) => {
		NUMBER.lastIndex = from;
		const match = NUMBER.exec(text);
		return match && [match.index, match[0]];
	};
	const scanFrom = (text: string, from: number) => {
		const match = nextNumber(text, from);
		return match && [match.index, match[0]];
	};
	const texts = ['US$1.2bn and Rs.5 crore', 'INRfive million, a dozen', 'a quarter-million, a-half million, three quarter billion, half-hearted', '€am £an k', 'someone often listened', 'ſix Kelvin \u212Aen', '🙂12 𝐁7 \ud800 3', 'x1/2, 3:4, .5 ,6 $7 €8', 'half a million, tens of thousands'];
	for (const text of texts) for (let from = 0; from <= text.length; from++) assert.deepEqual(scanFrom(text, from), globalFrom(text, from), `${JSON.stringify(text)} from ${from}`);
	const alphabet = [...'aAnN1 ,.$€-tkmsſ\u212Ahalf \t\u00a0“', 'a  dozen', 'A\tThousand', 'an-hundred', 'amn', 'ak', 'forty', 'for', 'four', 'elev', 'elec', 'this', 'thirty', 'milli', 'half', 'halt', 'dozen', 'million', 'US$', 'Rs.', 'INR', '🙂', '\ud800', 'seven', 'twenty', 'th', 'the', 'Thr', 'ee', 'ten', 'TEN', 'irty', 'ousands', 'of', 'an', 'bn', 'us', 'Rs', 'eur', 'half', 'se', 'veral', 'z', 'ero', 'quarter', 'quarters', 'a q', 'one-', 'three '];
	let seed = 5;
	const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	for (let run = 0; run < 20000; run++) {
		let text = '';
		for (let length = Math.floor(next() * 12); length > 0; length--) text += alphabet[Math.floor(next() * alphabet.length)];
		const from = Math.floor(next() * (text.length + 1));
		assert.deepEqual(scanFrom(text, from), globalFrom(text, from), `${JSON.stringify(text)} from ${from}`);
	}
});

test('isTitleCase counts the words the word pattern finds', () => {
	const byPattern = (text: string) => {
		const words = text.match(/\b[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
		return words.length >= 3 && words.filter((word) => /^[\p{Lu}]/u.test(word)).length / words.length > 0.7;
	};
	const alphabet = [...'aAbZ éÉ’\'-_1.', 'Zürich', 'Über', 'über', 'Ärzte', 'word', 'Word', '𝐁old', '\ud800', 'İst'];
	let seed = 9;
	const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	for (let run = 0; run < 5000; run++) {
		let text = '';
		for (let length = Math.floor(next() * 14); length > 0; length--) text += alphabet[Math.floor(next() * alphabet.length)];
		assert.equal(isTitleCase(text), byPattern(text), JSON.stringify(text));
	}
});

test('nameBefore reads the end of a text as NAME_BEFORE does', () => {
	const alphabet = [...'aZ9 -&\t_.Éé’', 'Boeing ', 'S&', 'Su-', '🙂', '𝐁', '\ud800', '\udc00'];
	let seed = 3;
	const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	for (const text of ['', ' ', 'FTSE ', 'the ', 'S&P ', 'S& ', 'Su-', '4-', ' -', 'Article ', 'AT&T ', 'x𝐁 ', '𝐁-']) assert.equal(nameBefore(text), NAME_BEFORE.test(text), JSON.stringify(text));
	for (let run = 0; run < 5000; run++) {
		let text = '';
		for (let length = Math.floor(next() * 8); length > 0; length--) text += alphabet[Math.floor(next() * alphabet.length)];
		assert.equal(nameBefore(text), NAME_BEFORE.test(text), JSON.stringify(text));
	}
});

test('currencyWordsIn learns a currency the lexicon lacks only from a plain sum', () => {
	const cases: [string, string[]][] = [
		// learnt in both numbers: a story writes "one korval" and "2,500 korvals"
		['Each family will get a compensation payment of 2,500 korvals.', ['korvals', 'korval']],
		['The port will pay a fine of 4 million tarns, officials said.', ['tarns', 'tarn']],
		['Farmers receive 900 lirvas (about $310) a season.', ['lirvas', 'lirva']],
		// a fund's or a package's sum, and the word between millions and such a noun
		['The state set up a fund of 1.2 billion marvels for the victims.', ['marvels', 'marvel']],
		['They agreed a 1.2 billion marvel compensation fund on Tuesday.', ['marvel', 'marvels']],
		['The operator will contribute 700 million marvels.', ['marvels', 'marvel']],
		['The plant has a 2 million litre budget for the year.', []], // a measure is no currency
		['A fund of 40 hectares was set aside.', []],
		['The loan of 3 billion dollars was signed.', []], // a known currency needs no learning
		['A payment of 3 instalments is due.', []],
		['The cost of 40 years of neglect is plain.', []],
		['Some 2,000 workers (about 10 per cent) walked out.', []],
		['The rebels freed 12 hostages on Tuesday.', []],
		// a sum a verb of paying gives each person, or a wage by the year; goods given out count no money
		['The state promised 400,000 korvals to the family of each victim.', ['korvals', 'korval']],
		['A deckhand earns about 62,000 korvals a year.', ['korvals', 'korval']],
		['The army offered 20 tents to each family.', []],
		['They sent 500 buses for each district.', []],
		// a known sum glossed in the story's currency; a sum given as compensation or aid; a cost's level; a sum set aside
		['It unfreezes a fund of $310 million (about 41.2 billion grosks) for food.', ['grosks', 'grosk']],
		['It unfreezes $310m (41.2bn grosks) of state money.', ['grosks', 'grosk']],
		['The governor ordered that each household receive 40,000 pelnars in compensation.', ['pelnars', 'pelnar']],
		['The council will ask for 3.5 million brusks in emergency aid to rebuild the pier.', ['brusks', 'brusk']],
		['The cost of repairing the bridges had reached 84 million vardens, the treasury said.', ['vardens', 'varden']],
		['The cabinet ordered that 2.5 billion tolks be allocated from the national reserve.', ['tolks', 'tolk']],
		['The convoy brought 500 tents in aid to the valley.', []], // goods, and too few to be a sum
		['About 1.2 million people in aid camps need food.', []],
		['The storm cost 40 lives and the toll reached 3 million people displaced.', []],
	];
	for (const [text, words] of cases) assert.deepEqual(currencyWordsIn(text), words, text);
});

test('currencyWordsIn finds what global scans of its patterns find', () => {
	const byPatterns = (text: string) => {
		const words = new Set<string>();
		for (const pattern of [SUM_OF, GLOSSED, SPENT_MILLIONS, MILLIONS_BEFORE_SUM, REVERSE_GLOSSED, SUM_IN_AID, COST_REACHED, ALLOCATED_FROM])
			for (const match of text.matchAll(pattern)) {
				const word = match[1].toLowerCase();
				const one = word.replace(/s$/, '');
				if ([word, one, `${one}s`].some((form) => [NOT_CURRENCY, CURRENCY_WORDS, TIME_UNITS, MEASURE_UNITS, QUANTITY_UNITS, AREA_UNITS].some((list) => list.includes(form)))) continue;
				words.add(word);
				words.add(word.endsWith('s') ? word.slice(0, -1) : `${word}s`);
			}
		return [...words];
	};
	const alphabet = [...' \t\n(,.$€1ſ\u212A', ' ', ' ', ' ', 'cost ', 'Cost', 'COSTS ', 'ſettlement ſum ', 'fine', 'fines ', 'bill ', ' tax', 'levy ', ' of ', ' of ', 'OF ', 'of\n', 'in excess of ', 'about ', 'roughly ', '2,500 ', '2,500', '4.5 ', '12 ', 'million ', 'drals', ' drals ', 'Tarns', 'korvals', 'years', 'xcost', '_fee', '🙂', '\ud800', ' (about $', '$31)', ' ($5'];
	let seed = 11;
	const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	for (let run = 0; run < 20000; run++) {
		let text = '';
		for (let length = Math.floor(next() * 14); length > 0; length--) text += alphabet[Math.floor(next() * alphabet.length)];
		assert.deepEqual(currencyWordsIn(text), byPatterns(text), JSON.stringify(text));
	}
});

test('findNumbers reads an amount in a learnt currency as money', () => {
	const cases: [string, string[], string | null][] = [
		['Shares rose to 14.60 korvals on Monday.', ['korvals'], 'money'],
		['The repairs will cost 640 million korvals.', ['korvals'], 'money'],
		['The repairs will cost 640 million korvals.', [], null],
		['About 640 miners joined the strike.', ['korvals'], null],
	];
	for (const [text, currencies, unit] of cases) assert.equal(findNumbers(text, currencies)[0].unit, unit, text);
});

test('a pattern read only after its last word matches nothing its gate turns away', () => {
	const alphabet = [...' \t,.é5ſ\u212A', ' ', ' ', 'at least', 'more than', 'up to', 'about', 'some', 'nearly', 'an estimated', 'Sept.', 'sept', 'March', 'may', 'on May', 'aged', 'age of', 'ages', 'people over', 'children under', 'older than', 'a girl of', 'the man of', 'x', 'Xat', 'AT'];
	let seed = 17;
	const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	const hits = new Map<string, number>();
	for (let run = 0; run < 20000; run++) {
		let text = '';
		for (let length = 1 + Math.floor(next() * 6); length > 0; length--) text += alphabet[Math.floor(next() * alphabet.length)] + (next() < 0.7 ? ' ' : '');
		for (const [name, pattern, gated] of NUMBER_PATTERNS_GATED_BY_LAST_WORD) {
			if (!pattern.test(text)) continue;
			hits.set(name, (hits.get(name) ?? 0) + 1);
			assert.ok(gated.test(text), `${name}: ${JSON.stringify(text)}`);
		}
	}
	for (const [name] of NUMBER_PATTERNS_GATED_BY_LAST_WORD) assert.ok((hits.get(name) ?? 0) > 0, `${name} never matched: widen the alphabet`);
});
