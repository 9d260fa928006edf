import {test} from 'node:test';
import assert from 'node:assert/strict';
import {renderDigest} from '../../source/digest/digest.js';
import {displayWidth} from '../../source/digest/width.js';
import {emptyBriefing, fixtureBriefing} from './fixtures/briefing.js';

/** A line may pass the width only when what follows its indent and marker is one unbreakable token. */
function overlong(text: string, width: number, skip: (line: string) => boolean = () => false): string[] {
	return text
		.split('\n')
		.filter((line) => !skip(line) && displayWidth(line) > width)
		.filter((line) => line.trim().replace(/^(- |\d+\. |\[\d+\] )/, '').includes(' '));
}

test('text lines stay within 60, 80 and 100 columns', () => {
	for (const width of [60, 80, 100]) {
		for (const [briefing, explain] of [[fixtureBriefing(), false], [fixtureBriefing(), true], [emptyBriefing(), false]] as const) {
			assert.deepEqual(overlong(renderDigest(briefing, {width, explain}), width), [], `width ${width}`);
		}
	}
});

test('markdown lines stay within the width, except headings and table rows', () => {
	const whole = (line: string) => line.startsWith('#') || line.startsWith('|');
	for (const width of [60, 80, 100]) {
		assert.deepEqual(overlong(renderDigest(fixtureBriefing(), {format: 'markdown', width}), width, whole), [], `width ${width}`);
	}
});

test('the unbreakable URL is the only line past a narrow width', () => {
	const long = renderDigest(fixtureBriefing(), {width: 60}).split('\n').filter((line) => displayWidth(line) > 60);
	assert.deepEqual(long.map((line) => line.trim()), [fixtureBriefing().articles[0].url]);
});

test('a table too wide for any column widths becomes a list of rows', () => {
	const text = renderDigest(fixtureBriefing(), {width: 30});
	assert.ok(!text.includes('Kind  '));
	assert.ok(text.replace(/\s+/g, ' ').includes('- Kind: killed; Figure: at least 212; Place: Teloria;'));
	assert.deepEqual(overlong(text, 30), []);
});

test('wide characters count two columns when wrapping', () => {
	const text = renderDigest(fixtureBriefing(), {width: 60});
	const line = text.split('\n').find((row) => row.includes('和平'))!;
	assert.ok(displayWidth(line) <= 60, line);
});
