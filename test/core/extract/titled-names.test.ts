import {test} from 'node:test';
import assert from 'node:assert/strict';
import {titledNames} from '../../../source/core/extract/titled-names.js';

// Invented bodies: a title before a name, a title in apposition after it, and sentences opened after abbreviations.
const cases: Array<[string, Array<[string, string, string, string, number]>]> = [
	['The talks ended.\nU.S. Special Envoy Ann Sample said the truce held.', [['United States envoy', 'Special Envoy', 'Ann Sample', 'U.S. Special Envoy Ann Sample said the truce held.', 17]]],
	['Relief flights resumed, Nils Varga, the Norwegian special envoy, told reporters.', [['Norway envoy', 'special envoy', 'Nils Varga', 'Relief flights resumed, Nils Varga, the Norwegian special envoy, told reporters.', 0]]],
	['Mr. Ola Brun, a former ambassador, spoke. Then Lt. Gen. Tove Lie, the army chief, left.', [
		['ambassador', 'ambassador', 'Ola Brun', 'Mr. Ola Brun, a former ambassador, spoke.', 0],
		['chief', 'chief', 'Tove Lie', 'Then Lt. Gen. Tove Lie, the army chief, left.', 42],
	]],
	['No title here, the envoy said, and Ann Sample, a diplomat, agreed.', []],
];

test('titled names: office, title, name, sentence and offset of each', () => {
	for (const [body, expected] of cases) {
		const found = titledNames({id: 'story.txt', body}).map((titled) => [titled.office, titled.title, titled.name, titled.sentence, titled.offset]);
		assert.deepEqual(found, expected, body);
	}
});
