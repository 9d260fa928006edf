/** Removes terminal control sequences from untrusted article text before it reaches any output. */

// CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), other two-byte ESC sequences, and 8-bit CSI.
const ESCAPE_SEQUENCE = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[PX^_][^\u001B]*(?:\u001B\\)?|\u001B[@-Z\\-_]?|\u009B[0-?]*[ -/]*[@-~]/g;
// C0 and C1 controls except tab and newline; DEL too. Bidi overrides are kept: they are text, not commands.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function stripControlSequences(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}
