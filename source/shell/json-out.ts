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
		if (depth === 1) yield* leafItems(value, inner);
		else
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

/** About this many characters of items are printed by one JSON.stringify call. */
const BATCH_CHARS = 1 << 20;

/**
 * The items of an array printed whole, each on its own line after `inner`: many items per JSON.stringify call,
 * nested in as many arrays as `inner` is deep so that JSON.stringify itself indents them (no pass to re-indent
 * every line). A batch is sized from the last one's length, so a batch of large items stays small.
 */
function* leafItems(items: unknown[], inner: string): Generator<string> {
	const levels = inner.length / INDENT.length;
	let opening = '';
	let closing = '';
	for (let level = 0; level < levels; level++) {
		opening += `${INDENT.repeat(level)}[\n`;
		closing = `\n${INDENT.repeat(level)}]${closing}`;
	}
	let size = 16;
	for (let from = 0; from < items.length; ) {
		// An item with its own toJSON is printed alone, as before: JSON.stringify hands it its key ("" alone, an index in an array).
		if (hasToJSON(items[from])) {
			yield `${from ? ',' : ''}\n${inner}`;
			yield* jsonPieces(items[from], 0, inner);
			from++;
			continue;
		}
		let to = from + 1;
		while (to < items.length && to - from < size && !hasToJSON(items[to])) to++;
		let batch: unknown = items.slice(from, to);
		for (let level = 1; level < levels; level++) batch = [batch];
		const text = JSON.stringify(batch, null, 2);
		const lines = text.slice(opening.length, text.length - closing.length);
		yield `${from ? ',' : ''}\n${lines}`;
		size = Math.max(1, Math.min(4096, Math.floor(((to - from) * BATCH_CHARS) / Math.max(lines.length, 1))));
		from = to;
	}
}

const hasToJSON = (item: unknown) => item !== null && item !== undefined && typeof (item as {toJSON?: unknown}).toJSON === 'function';

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

/** A copy of the JSON written (a briefing's memo); one on another thread lends the buffers to encode into (MemoThread). */
export interface JsonCopy {
	add(chunk: string | Buffer): void;
	commit(): void | Promise<void>;
	buffer?(size: number): Promise<Buffer>;
	addBytes?(buffer: Buffer, length: number): void;
}

/**
 * Writes `value` as pretty JSON and a newline to `stream`, a megabyte at a time, waiting when the reader is slow.
 * `copy`, when given, gets every chunk too and is committed once all are written (a briefing's memo).
 */
export async function writeJson(value: unknown, stream: NodeJS.WritableStream & {writableLength?: number} = process.stdout, copy?: JsonCopy): Promise<void> {
	// Each chunk is encoded once, into a buffer that is used again: a 10,000-article briefing is 200 MB of text, and
	// a fresh buffer per megabyte costs more than the encoding. A copy on another thread lends the buffers and gets
	// each one once the stream is done with it; otherwise stdout's buffer is reused, since stdout hands the bytes to
	// the kernel before write returns unless it queues them (writableLength). Any other stream may keep them.
	const reuse = stream === process.stdout;
	let scratch = Buffer.allocUnsafeSlow(0);
	let lent = 0; // buffers the stream has yet to be done with
	let allBack: (() => void) | null = null;
	for (const chunk of jsonChunks(value)) {
		const size = chunk.length * 3; // UTF-8 takes at most 3 bytes per UTF-16 unit
		let full: boolean;
		if (copy?.buffer && copy.addBytes) {
			const buffer = await copy.buffer(size);
			const length = buffer.write(chunk, 'utf8');
			lent++;
			full = !stream.write(buffer.subarray(0, length), () => {
				copy.addBytes!(buffer, length); // in the order written
				if (--lent === 0) allBack?.();
			});
		} else {
			copy?.add(chunk);
			if (!reuse || scratch.length < size) scratch = Buffer.allocUnsafeSlow(size);
			full = !stream.write(scratch.subarray(0, scratch.write(chunk, 'utf8')));
			if (stream.writableLength !== 0) scratch = Buffer.allocUnsafeSlow(0);
		}
		if (full) await once(stream, 'drain');
	}
	if (lent) await new Promise<void>((resolve) => (allBack = resolve));
	await copy?.commit();
}

/** Hands `value`'s JSON (as writeJson writes it) to `copy` alone, and commits it. */
export async function copyJson(value: unknown, copy: JsonCopy): Promise<void> {
	for (const chunk of jsonChunks(value)) {
		if (!copy.buffer || !copy.addBytes) {
			copy.add(chunk);
			continue;
		}
		const buffer = await copy.buffer(chunk.length * 3);
		copy.addBytes(buffer, buffer.write(chunk, 'utf8'));
	}
	await copy.commit();
}
