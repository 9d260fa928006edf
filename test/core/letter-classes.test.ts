import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {NAME_SPAN} from '../../source/core/extract/places.js';
import {charClass} from '../../source/core/text-scan.js';

const source = fileURLToPath(new URL('../../source/', import.meta.url));
const files = (dir: string): string[] => readdirSync(dir, {withFileTypes: true}).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : []));

// A letter, number or mark class of a /u pattern compiles on two-byte text to kilobytes of machine code for the planes
// beyond U+FFFF; written with flag v as "[\p{L}--[\u{10000}-\u{10FFFF}]]" (or "[[\p{L}'’\-]--[…]]") it is a table lookup.
test('every letter, number and mark class of the patterns in source/ stops at U+FFFF', () => {
	const loose: string[] = [];
	for (const file of files(source)) {
		const text = readFileSync(file, 'utf8');
		for (const match of text.matchAll(/\\{1,2}[pP]\{(?:L|Lu|Ll|N|M)\}/g)) {
			const line = text.slice(text.lastIndexOf('\n', match.index) + 1, match.index);
			if (/^\s*(?:\*|\/\*|\/\/)|\s\/\/\s/.test(line)) continue; // a comment naming a class
			const after = text.slice(match.index + match[0].length, match.index + match[0].length + 200);
			// straight after the escape, or after the rest of its class: the planes beyond U+FFFF taken away
			const bmpOnly = /^(?:--|(?:\\.|[^\]\\\n])*\]--)\[\\{1,2}u\{10000\}-\\{1,2}u\{10FFFF\}\]/.test(after);
			if (!bmpOnly) loose.push(`${file.slice(source.length)}:${text.slice(0, match.index).split('\n').length}`);
		}
	}
	assert.deepEqual(loose, []);
});

test('a letter beyond U+FFFF is no letter: a name stops before it', () => {
	assert.equal(new RegExp(NAME_SPAN, 'v').exec('Tarn 𝐁eyla said')?.[0], 'Tarn');
	assert.equal(charClass(0x1d401), 0);
	assert.ok(charClass('é'.codePointAt(0)!) !== 0);
});
