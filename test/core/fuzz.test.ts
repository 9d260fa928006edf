import {test} from 'node:test';
import assert from 'node:assert/strict';
import {decodeArticle} from '../../source/core/load-corpus.js';
import {parseArticle} from '../../source/core/parse-article.js';
import {extractArticle} from '../../source/core/extract-article.js';

/** A small seeded generator (mulberry32): the same seed gives the same hostile inputs on every run. */
function random(seed: number): () => number {
	return () => {
		seed |= 0;
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PIECES = ['"', '“', '”', "'", '‘', '’', '.', '?', '!', ',', ':', '—', '-', '\n', '\n\n', ' ', '\t', '\u001B[31m', '\u001B]0;x\u0007', '\u0000',
	'\u009B', 'שלום', 'مرحبا', '🕊️', '👩‍👩‍👧', 'U.S.', 'Gen.', 'said', 'killed 12', 'at least', '---', '"The plan says', 'Mr.', '3.5%', 'Tags', '•', 'Ü', '\u202E'];

function hostileText(next: () => number, length: number): string {
	let text = '';
	while (text.length < length) {
		const roll = next();
		if (roll < 0.6) text += PIECES[Math.floor(next() * PIECES.length)];
		else if (roll < 0.9) text += String.fromCharCode(32 + Math.floor(next() * 95));
		else text += String.fromCodePoint(Math.floor(next() * 0x2ffff));
	}
	return text;
}

function assertWellFormed(id: string, text: string): void {
	const article = parseArticle(id, text);
	assert.equal(typeof article.body, 'string');
	assert.ok(!/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(article.body), 'control characters left in the body');
	for (const sentence of article.sentences) assert.equal(article.body.slice(sentence.start, sentence.end), sentence.text);
	for (const paragraph of article.paragraphs) assert.equal(article.body.slice(paragraph.start, paragraph.end), paragraph.text);
	const record = extractArticle(article);
	assert.equal(record.article.id, id);
}

test('random and hostile text never throws and gives well-formed articles', () => {
	const next = random(20251125);
	for (let i = 0; i < 300; i++) assertWellFormed(`fuzz-${i}.txt`, hostileText(next, 1 + Math.floor(next() * 3000)));
});

test('pathological shapes: a 1 MB line, only punctuation, only quotes, binary noise', () => {
	const next = random(7);
	const shapes = [
		'word '.repeat(210_000),
		'.'.repeat(100_000),
		'"'.repeat(50_000),
		'“'.repeat(20_000) + 'said he',
		Array.from({length: 20_000}, () => String.fromCharCode(Math.floor(next() * 256))).join(''),
		'---\n' + 'key: value\n'.repeat(1000),
		'\n'.repeat(10_000),
	];
	shapes.forEach((text, i) => assertWellFormed(`shape-${i}.txt`, text));
});

test('decoding random bytes never throws: text or a reason', () => {
	const next = random(99);
	for (let i = 0; i < 200; i++) {
		const bytes = Buffer.from(Array.from({length: Math.floor(next() * 2000)}, () => Math.floor(next() * 256)));
		const result = decodeArticle(bytes);
		assert.ok('text' in result || 'reason' in result);
	}
});
