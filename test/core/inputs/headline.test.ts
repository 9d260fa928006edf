import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {headlineFirst} from '../../../source/core/inputs/headline.js';

describe('headlineFirst', () => {
	const cases: [string | null, string, string][] = [
		['Convoy reaches Sarn', 'Body.', 'Convoy reaches Sarn\n\nBody.'],
		['Convoy reaches Sarn', 'Convoy reaches Sarn\n\nBody.', 'Convoy reaches Sarn\n\nBody.'],
		['Convoy reaches Sarn.', 'Body.', 'Convoy reaches Sarn\n\nBody.'],
		[null, 'Body.', 'Body.'],
	];
	for (const [headline, body, text] of cases) it(`${headline} + ${JSON.stringify(body)}`, () => assert.equal(headlineFirst(headline, body), text));
});
