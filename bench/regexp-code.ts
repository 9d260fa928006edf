/**
 * Machine code V8 holds for each regular expression after extracting N bench articles, largest first, from a heap
 * snapshot (each JSRegExp's data: its one-byte and two-byte code). Past 16 MB of executable memory V8 compiles every
 * later pattern unoptimised, so the total is worth keeping far below. Imports the compiled core from dist/.
 * Usage: node --import tsx bench/regexp-code.ts [ARTICLES=100] [TOP=30]
 */
import {readdirSync, readFileSync} from 'node:fs';
import {Session} from 'node:inspector/promises';
import {join} from 'node:path';
import {getHeapSpaceStatistics} from 'node:v8';

const [articles = '100', top = '30'] = process.argv.slice(2);
const dist = new URL('../dist/source/core/', import.meta.url);
const {parseArticle} = (await import(new URL('parse-article.js', dist).href)) as {parseArticle: (id: string, text: string, meta: object) => unknown};
const {extractArticle} = (await import(new URL('extract-article.js', dist).href)) as {extractArticle: (article: unknown) => unknown};
const dir = new URL('corpora/1000/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as Record<string, object>;
const names = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().slice(0, Number(articles));
for (const name of names) extractArticle(parseArticle(name, readFileSync(join(dir, name), 'utf8'), manifest[name] ?? {}));

interface Snapshot {
	snapshot: {meta: {node_fields: string[]; edge_fields: string[]; node_types: [string[]]; edge_types: [string[]]}};
	nodes: number[];
	edges: number[];
	strings: string[];
}
const session = new Session();
session.connect();
const chunks: string[] = [];
session.on('HeapProfiler.addHeapSnapshotChunk', (message) => chunks.push(message.params.chunk));
await session.post('HeapProfiler.takeHeapSnapshot', {reportProgress: false});
session.disconnect();
const {snapshot, nodes, edges, strings} = JSON.parse(chunks.join('')) as Snapshot;
const nodeWidth = snapshot.meta.node_fields.length;
const edgeWidth = snapshot.meta.edge_fields.length;
const field = (name: string) => snapshot.meta.node_fields.indexOf(name);
const [TYPE, NAME, SIZE, EDGES] = [field('type'), field('name'), field('self_size'), field('edge_count')];
const firstEdge: number[] = [];
for (let node = 0, edge = 0; node < nodes.length / nodeWidth; node++) {
	firstEdge.push(edge);
	edge += nodes[node * nodeWidth + EDGES] * edgeWidth;
}
// [edge type, edge name or index, child node]
const children = (node: number): [string, number, number][] => {
	const out: [string, number, number][] = [];
	for (let edge = firstEdge[node], end = edge + nodes[node * nodeWidth + EDGES] * edgeWidth; edge < end; edge += edgeWidth) out.push([snapshot.meta.edge_types[0][edges[edge]], edges[edge + 1], edges[edge + 2] / nodeWidth]);
	return out;
};
const typeOf = (node: number) => snapshot.meta.node_types[0][nodes[node * nodeWidth + TYPE]];
const rows: {code: number; twoByte: number; source: string}[] = [];
for (let node = 0; node < nodes.length / nodeWidth; node++) {
	if (typeOf(node) !== 'regexp') continue;
	let code = 0;
	let twoByte = 0;
	// the regexp's data array (hidden element 2) holds its one-byte code at 3 and two-byte code at 4
	for (const [type, index, data] of children(node)) {
		if (type !== 'hidden' || index !== 2) continue;
		for (const [kind, name, child] of children(data)) {
			const slot = Number(strings[name]);
			if (kind !== 'internal' || (slot !== 3 && slot !== 4) || typeOf(child) !== 'code') continue;
			const size = nodes[child * nodeWidth + SIZE] + children(child).reduce((sum, [, , part]) => sum + nodes[part * nodeWidth + SIZE], 0);
			code += size;
			if (slot === 4) twoByte += size;
		}
	}
	rows.push({code, twoByte, source: strings[nodes[node * nodeWidth + NAME]]});
}
rows.sort((a, b) => b.code - a.code);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
const total = rows.reduce((sum, row) => sum + row.code, 0);
const executable = getHeapSpaceStatistics()
	.filter((space) => space.space_name.startsWith('code'))
	.reduce((sum, space) => sum + space.space_size, 0);
console.log(`${names.length} articles: regexp machine code ${mb(total)} MB (two-byte ${mb(rows.reduce((sum, row) => sum + row.twoByte, 0))} MB) in ${rows.length} patterns; code spaces ${mb(executable)} MB`);
for (const row of rows.slice(0, Number(top))) console.log(`${String(row.code).padStart(8)} ${row.source.slice(0, 140)}`);
