import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ABBREVIATIONS} from '../../../source/core/lexicon/abbreviations.js';
import {chunkTokens, chunkWords, EntityBook, mentionOf, nameSkeleton, readWords, tokenize, type Mention, type WordRun} from '../../../source/core/extract/speakers.js';

/** The mentions of one phrase, read as a speaker. */
function mentionsOf(text: string): Mention[] {
	return chunkTokens(tokenize(text)).map((chunk) => mentionOf(chunk, text)).filter((mention): mention is Mention => mention !== null);
}

const cases: Array<[string, Partial<Mention>]> = [
	['French Foreign Minister Anne Morel', {kind: 'name', name: 'Anne Morel', role: 'French Foreign Minister', side: 'France'}],
	['Kremlin spokesperson Ivan Sokol', {kind: 'name', name: 'Ivan Sokol', role: 'Kremlin spokesperson', side: 'Russia'}],
	['U.S. Treasury Secretary Joan Hale', {kind: 'name', name: 'Joan Hale', side: 'United States'}],
	['Lt Gen Tariq Aziz Khan', {kind: 'name', name: 'Tariq Aziz Khan'}],
	['the president’s office', {kind: 'organisation', name: 'president’s office'}],
	["Chile's foreign ministry", {kind: 'organisation', side: 'Chile'}],
	['the White House', {kind: 'organisation', name: 'White House', side: 'United States'}],
	['a senior Brazilian official', {kind: 'anonymous', name: 'senior Brazilian official', side: 'Brazil', head: 'official'}],
	['the Kenyan leader', {kind: 'description', head: 'leader', side: 'Kenya'}],
	["Norway's trade minister", {kind: 'description', head: 'minister', side: 'Norway'}],
	['the joint statement', {kind: 'document', head: 'statement'}],
	['Islamabad', {kind: 'country', name: 'Pakistan'}],
	['New Delhi', {kind: 'country', name: 'India'}],
	['Sofia Marin', {kind: 'name', name: 'Sofia Marin', role: null}],
	['she', {kind: 'pronoun', pronoun: 'she'}],
	['the KDF', {kind: 'organisation', name: 'KDF'}],
	['the country’s disaster agency', {kind: 'organisation', name: 'country’s disaster agency'}],
	['spokesman of the Lowland Coast Liberation Front', {kind: 'description', head: 'spokesman'}],
	['director of Westbrook General Hospital', {kind: 'description', head: 'director'}],
	// a title written as one hyphenated word is a title, not the first name
	['UN Secretary-General Ondrich Brellick', {kind: 'name', name: 'Ondrich Brellick', role: 'UN Secretary-General'}],
	['Attorney-General Ondrich Brellick', {kind: 'name', name: 'Ondrich Brellick'}],
	['an aid worker', {kind: 'anonymous', name: 'aid worker', head: 'worker'}],
	['Secretary of State Joan Hale', {kind: 'name', name: 'Joan Hale', role: 'Secretary of State'}],
];

for (const [text, expected] of cases) {
	test(`speakers: ${text}`, () => {
		const [mention] = mentionsOf(text);
		assert.ok(mention, `no mention in ${text}`);
		for (const [key, value] of Object.entries(expected)) assert.equal(mention[key as keyof Mention], value, `${key} of ${text}`);
	});
}

test('speakers: hyphenated modifiers and sentence adverbs are not names', () => {
	assert.deepEqual(mentionsOf('Accordingly').map((mention) => mention.kind), []);
	assert.equal(mentionsOf('a French-made jet fighter Rafale')[0]?.name, 'Rafale');
});

test('speakers: spelling variants share a skeleton', () => {
	assert.equal(nameSkeleton('Kovalenkyy'), nameSkeleton('Kovalenkiy'));
	assert.equal(nameSkeleton('Kovalenky'), nameSkeleton('Kovalenkiy'));
	// "w" and "v": one sound, spelt both ways in two outlets
	assert.equal(nameSkeleton('Orlowa'), nameSkeleton('Orlova'));
	assert.notEqual(nameSkeleton('Kovalenko'), nameSkeleton('Kravchuk'));
	// one sound, two transliterations: ch/c, sh/s, zh/z, kh/k
	assert.equal(nameSkeleton('Marchenko'), nameSkeleton('Marcenko'));
	// one letter for one sound in two spellings: 'k' and 'c'
	assert.equal(nameSkeleton('Dravicik'), nameSkeleton('Dravicic'));
	assert.equal(nameSkeleton('Khalil'), nameSkeleton('Kalil'));
	assert.notEqual(nameSkeleton('Marchenko'), nameSkeleton('Martenko'));
});

test('speakers: a surname alone and a description find the person named before', () => {
	const body = 'Kenyan President Amos Otieno met aid groups. Otieno said little. The Kenyan leader left.';
	const book = new EntityBook();
	const resolveAll = (text: string, at: number) => mentionsOf(text).map((mention) => book.resolve({...mention, start: mention.start + at, end: mention.end + at}, at));
	const [first] = resolveAll('Kenyan President Amos Otieno', 0);
	const [second] = resolveAll('Otieno', body.indexOf('Otieno said'));
	const [third] = resolveAll('the Kenyan leader', body.indexOf('The Kenyan'));
	assert.equal(second, first);
	assert.equal(third, first);
	assert.deepEqual(first!.aliases, ['Kenyan President Amos Otieno', 'Otieno', 'Kenyan leader']);
});

test('speakers: a short form that ends the full name is that person, hyphens or not', () => {
	const body = 'Ravi Ould-Mansour spoke first. Ould Mansour said more.';
	const book = new EntityBook();
	const resolveAll = (text: string, at: number) => mentionsOf(text).map((mention) => book.resolve({...mention, start: mention.start + at, end: mention.end + at}, at));
	const [first] = resolveAll('Ravi Ould-Mansour', 0);
	const [second] = resolveAll('Ould Mansour', body.indexOf('Ould Mansour said'));
	assert.equal(second, first);
});

test('speakers: a person whose name ends in s is not a group; "the minister" finds her', () => {
	const body = 'Health Minister Ana Reyes toured the camps. The minister left.';
	const book = new EntityBook();
	const resolveAll = (text: string, at: number) => mentionsOf(text).map((mention) => book.resolve({...mention, start: mention.start + at, end: mention.end + at}, at));
	const [first] = resolveAll('Health Minister Ana Reyes', 0);
	const [second] = resolveAll('the minister', body.indexOf('The minister'));
	assert.equal(second, first);
});

// tokenize as it was written with a regular expression: its scanner must give the same tokens for every text.
const WORD_PATTERN = /[\p{L}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{M}\p{N}'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\.[\p{L}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{M}]--[\u{10000}-\u{10FFFF}]]?)*\.?(?:-[\p{L}--[\u{10000}-\u{10FFFF}]]+)?|[\p{N}--[\u{10000}-\u{10FFFF}]][[\p{N}.,]--[\u{10000}-\u{10FFFF}]]*|\S/gv;
const ACRONYM = /^(?:[\p{L}--[\u{10000}-\u{10FFFF}]]\.)+[\p{L}--[\u{10000}-\u{10FFFF}]]?\.?$/v;
const ABBREVIATION = new Set(ABBREVIATIONS);
function byPattern(text: string) {
	return [...text.matchAll(WORD_PATTERN)].map((match) => {
		let raw = match[0];
		if (raw.length > 1 && raw.endsWith('.') && !ACRONYM.test(raw) && !ABBREVIATION.has(raw.slice(0, -1).toLowerCase())) raw = raw.slice(0, -1);
		let word = raw.toLowerCase();
		const last = word.at(-1);
		const possessive = raw.length > 2 && last === 's' && (word.at(-2) === "'" || word.at(-2) === '’');
		if (possessive) word = word.slice(0, -2);
		else if (last === "'" || last === '’') word = word.slice(0, -1);
		if (word.endsWith('.') && !ACRONYM.test(word)) word = word.slice(0, -1);
		const first = raw[0];
		const capital = first !== first.toLowerCase();
		return {text: raw, word, start: match.index, end: match.index + raw.length, capital, possessive, letter: capital || first !== first.toUpperCase()};
	});
}
// The word-list bits are the tokenizer's own addition; the rest must match the pattern's reading.
const withoutLists = ({lists: _lists, ...token}: ReturnType<typeof tokenize>[number]) => token;

test('tokenize: the same tokens as the word pattern gave', () => {
	const texts = [
		'The U.S.-backed plan, said Dr. Jane Roe-Smith, is "fair."',
		'Ph.D. holders; 1,200.5 troops; 3.5bn; co-op’s l’État Zürich-based',
		'Mr. O’Neil’s 12-point plan — “no” … (AFP)',
		'naïve café e\u0301 a\u0301b \u0301x 𝐁old 🙂 \ud800 lone',
		'U.S. U.K.-led a.b.c.d e.g., i.e. J. R. R. Tolkien',
		'١٢٣٫٤ Ⅻ x² 3-4 -5 --- .a ..b a..b a.-b a-.b',
	];
	for (const text of texts) assert.deepEqual(tokenize(text).map(withoutLists), byPattern(text), text);
	const alphabet = [...'aZ9 .,-\'’é\u0301²', '\ud800', '🙂', '𝐁', '\t'];
	let seed = 11;
	const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	for (let run = 0; run < 3000; run++) {
		let text = '';
		for (let length = Math.floor(next() * 16); length > 0; length--) text += alphabet[Math.floor(next() * alphabet.length)];
		assert.deepEqual(tokenize(text).map(withoutLists), byPattern(text), JSON.stringify(text));
	}
});

test('mentions: a remembered reading keeps each chunk its own offsets; words on both sides of a quote are read afresh', () => {
	const text = 'Envoy Lena Brandt met reporters. Later Envoy Lena Brandt left.';
	const mentions = mentionsOf(text).filter((mention) => mention.name === 'Lena Brandt');
	assert.deepEqual(mentions.map((mention) => [mention.start, mention.end, text.slice(mention.start, mention.end)]), [
		[0, 17, 'Envoy Lena Brandt'],
		[39, 56, 'Envoy Lena Brandt'],
	]);
	// "Minister" and "Brandt" on either side of a quote are one chunk whose surface holds the quote: it is read from its words.
	const straddling = 'Minister “yes” Brandt';
	const tokens = tokenize(straddling).filter((token) => token.letter && token.word !== 'yes');
	const [chunk] = chunkTokens(tokens);
	assert.equal(mentionOf(chunk, straddling)?.surface, straddling);
	assert.equal(mentionOf(chunk, straddling)?.name, 'Brandt');
});

test('mentions: chunks read from a sentence\'s words give the chunks and mentions its tokens give', () => {
	const texts = [
		'Quake relief chief Mara Osei said the agency had reached 40 villages.',
		'The agency\'s relief chief, Mara  Osei, told reporters the road was open.',
		'A senior official at the water board, who asked not to be named, said supplies would last.',
		'Prime Minister Tomas Vell. The ministry said he would sign; the Veltan trade minister agreed.',
		'Police in Port Arlen and the two governments said the truce held, rescue workers say.',
		'Dr. Ana Ruiz\u00a0Soto of Harbor Bank and Mr. O’Neil’s office wrote: the deal is “fair”.',
	];
	const wordsOf = (text: string) => {
		const run: WordRun = {forms: [], starts: []};
		readWords(text, 0, text.length, run);
		return chunkWords(run);
	};
	const described = (text: string, chunks: ReturnType<typeof chunkTokens>) =>
		chunks.map((chunk) => [chunk.start, chunk.end, chunk.determiner, chunk.tokens.map((token) => token.text).join('|'), mentionOf(chunk, text)]);
	// twice: the second reading finds each mention remembered by its words
	for (const round of [1, 2]) for (const text of texts) assert.deepEqual(described(text, wordsOf(text)), described(text, chunkTokens(tokenize(text))), `${round}: ${text}`);
});

test('speakers: a rank in two words ("Field Marshal", "Air Marshal") is a rank, so the office set off beside the name is added to it', async () => {
	const {extractQuotes} = await import('../../../source/core/extract/quotes.js');
	const {parseArticle} = await import('../../../source/core/parse-article.js');
	const roleOf = (text: string) => extractQuotes(parseArticle('a', `Invented story for a test\n\n${text}`)).speakers[0]?.role;
	assert.equal(roleOf("Dorva's army chief, Field Marshal Hadrel Zandrow, emphasized that the Kell government must control the groups."), "Field Marshal, Dorva's army chief");
	assert.equal(roleOf('Air Marshal Hadrel Zandrow, the air force chief, said the Kell government must control the groups.'), 'Air Marshal, air force chief');
});

test('speakers: a portfolio of two joined by "and" runs into its holder\'s name as one of one word does', async () => {
	const {extractQuotes} = await import('../../../source/core/extract/quotes.js');
	const {parseArticle} = await import('../../../source/core/parse-article.js');
	const speakersOf = (text: string) => extractQuotes(parseArticle('a', `Invented story for a test\n\n${text}`)).speakers.map((speaker) => [speaker.name, speaker.role]);
	assert.deepEqual(speakersOf('Flights arrived on Thursday, according to Minister of Energy and Transport Daryl Brastovik. Eight helicopters are also on the way, he said.'), [['Daryl Brastovik', 'Minister of Energy and Transport']]);
	assert.deepEqual(speakersOf('Secretary of Health and Human Services Daryl Brastovik said the plan was ready.'), [['Daryl Brastovik', 'Secretary of Health and Human Services']]);
	assert.deepEqual(speakersOf('The Minister of Foreign Affairs and Trade said the plan was ready.'), [['Minister of Foreign Affairs and Trade', 'Minister of Foreign Affairs and Trade']]);
	// a body's portfolio names no person; a title of its own after "and" is another person's
	assert.deepEqual(speakersOf('The Ministry of Energy and Natural Resources said the plan was ready.'), [['Ministry of Energy and Natural Resources', null]]);
	assert.deepEqual(speakersOf('The Minister of Foreign Affairs and Defence Minister Hadrel Zandrow said the plan was ready.'), [['Hadrel Zandrow', 'Defence Minister']]);
});

test('speakers: after an inverted "said", a role with no article closing the sentence is the role, a portfolio listed in full too', async () => {
	const {extractQuotes} = await import('../../../source/core/extract/quotes.js');
	const {parseArticle} = await import('../../../source/core/parse-article.js');
	const roleOf = (text: string) => extractQuotes(parseArticle('a', `Invented story for a test\n\n${text}`)).speakers[0]?.role;
	assert.equal(roleOf('Twenty-five villages are still cut off, said Pearnel Orvald, minister of labour and social security.'), 'minister of labour and social security');
	assert.equal(roleOf('“It feels like ten years,” said Daryl Brastovik, minister of science, energy, telecommunications and transport.'), 'minister of science, energy, telecommunications and transport');
	assert.equal(roleOf('Power is back in half the homes, said Hadrel Zandrow, president and CEO of the Kell Power Service.'), 'president and CEO of the Kell Power Service');
	assert.equal(roleOf('“It feels like ten years,” said Daryl Brastovik, speaking in the capital.'), null);
});
