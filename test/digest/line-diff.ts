/** A readable line diff for golden-file failures: changed lines with a little context, like `diff -u`. */

type Op = {kind: ' ' | '-' | '+'; line: string};

function diffOps(a: string[], b: string[]): Op[] {
	// Longest common subsequence table, from the end, so the walk below goes forwards.
	const lcs = Array.from({length: a.length + 1}, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
	}
	const ops: Op[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			ops.push({kind: ' ', line: a[i++]});
			j++;
		} else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({kind: '-', line: a[i++]});
		else ops.push({kind: '+', line: b[j++]});
	}
	return ops;
}

/** "- expected" / "+ actual" lines around each change, `context` unchanged lines either side. */
export function lineDiff(expected: string, actual: string, context = 2): string {
	const ops = diffOps(expected.split('\n'), actual.split('\n'));
	if (ops.every((op) => op.kind === ' ')) return '';
	const near = ops.map((_, index) => ops.slice(Math.max(0, index - context), index + context + 1).some((op) => op.kind !== ' '));
	const out: string[] = [];
	ops.forEach((op, index) => {
		if (near[index]) out.push(`${op.kind} ${op.line}`);
		else if (index === 0 || near[index - 1]) out.push('  …');
	});
	return out.join('\n');
}
