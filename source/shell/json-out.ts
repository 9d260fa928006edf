/**
 * Writes a value as JSON.stringify(value, null, 2) would, in pieces: a briefing of 10,000 articles is
 * larger than the longest string V8 can hold (~512 M characters), and a pipe drains as it is written.
 */
import {once} from 'node:events';

const INDENT = '  ';

/** The pieces of `value`'s JSON, indented as JSON.stringify(value, null, 2); containers `depth` deep are split item by item. */
export function* jsonPieces(value: unknown, depth = 2, indent = ''): Generator<string> {
	const split = depth > 0 && value !== null && typeof value === 'object' && typeof (value as {toJSON?: unknown}).toJSON !== 'function';
	if (!split) {
		const text = JSON.stringify(value, null, 2) as string | undefined;
		yield (text ?? 'null').replace(/\n/g, `\n${indent}`); // a JSON string holds no raw newline: every one is layout
		return;
	}
	const inner = indent + INDENT;
	if (Array.isArray(value)) {
		if (!value.length) {
			yield '[]';
			return;
		}
		yield '[';
		for (let index = 0; index < value.length; index++) {
			yield `${index ? ',' : ''}\n${inner}`;
			const item = value[index];
			// As JSON.stringify does: what has no JSON form is null inside an array.
			yield* item === undefined || typeof item === 'function' || typeof item === 'symbol' ? ['null'] : jsonPieces(item, depth - 1, inner);
		}
		yield `\n${indent}]`;
		return;
	}
	const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol');
	if (!entries.length) {
		yield '{}';
		return;
	}
	yield '{';
	for (const [index, [key, item]] of entries.entries()) {
		yield `${index ? ',' : ''}\n${inner}${JSON.stringify(key)}: `;
		yield* jsonPieces(item, depth - 1, inner);
	}
	yield `\n${indent}}`;
}

/** `value` as pretty JSON and a newline, in chunks of about a megabyte. */
export function* jsonChunks(value: unknown): Generator<string> {
	let buffer = '';
	for (const piece of jsonPieces(value)) {
		buffer += piece;
		if (buffer.length >= 1 << 20) {
			yield buffer;
			buffer = '';
		}
	}
	yield `${buffer}\n`;
}

/**
 * Writes `value` as pretty JSON and a newline to `stream`, a megabyte at a time, waiting when the reader is slow.
 * `copy`, when given, gets every chunk too and is committed once all are written (a briefing's memo).
 */
export async function writeJson(value: unknown, stream: NodeJS.WritableStream = process.stdout, copy?: {add(chunk: string): void; commit(): void}): Promise<void> {
	for (const chunk of jsonChunks(value)) {
		copy?.add(chunk);
		if (!stream.write(chunk)) await once(stream, 'drain');
	}
	copy?.commit();
}
