import { BriefingError } from "../base/briefing-error.ts";
import { LineIndex } from "../text/line-column.ts";
import { big5Message } from "./decode-big5.ts";

const decoder = new TextDecoder("utf-8", { fatal: true });

// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
function firstInvalidByte(bytes: Uint8Array): number {
	let index = 0;
	while (index < bytes.length) {
		const byte = bytes[index] as number;
		const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : 4;
		if (byte >= 0xf5 || (byte >= 0x80 && byte < 0xc2)) return index;
		for (let next = 1; next < length; next += 1) {
			const continuation = bytes[index + next];
			if (continuation === undefined || continuation < 0x80 || continuation > 0xbf) return index;
		}
		if (length > 1) {
			const text = bytes.subarray(index, index + length);
			try {
				decoder.decode(text);
			} catch {
				return index;
			}
		}
		index += length;
	}
	return bytes.length;
}

/** The encodings a note's text is read in. */
export type InputEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

// UTF-16 shows as a byte-order mark, or as NUL bytes in every other place of ASCII text.
function utf16Of(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";
	const sample = bytes.subarray(0, 4000 - (Math.min(bytes.length, 4000) % 2));
	let even = 0;
	let odd = 0;
	for (let index = 0; index < sample.length; index += 1) {
		if (sample[index] === 0) {
			if (index % 2 === 0) even += 1;
			else odd += 1;
		}
	}
	const pairs = sample.length / 2;
	// Chinese text in UTF-16 has few ASCII characters, so a few NULs, most on one side, are enough
	// (a character such as U+4E00 puts a NUL on the other side).
	const enough = Math.max(2, pairs * 0.02);
	if (odd >= enough && odd >= 2 * even) return "UTF-16LE";
	if (even >= enough && even >= 2 * odd) return "UTF-16BE";
	return undefined;
}

// GB18030 (a superset of GBK and GB2312) decodes any byte string; it is taken only when it decodes
// without a replacement character and most of what is not ASCII comes out as Chinese characters.
function gb18030(bytes: Uint8Array): string | undefined {
	let text: string;
	try {
		text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
	let wide = 0;
	let han = 0;
	for (const character of text) {
		if (character.charCodeAt(0) < 0x80) continue;
		wide += 1;
		if (/[\p{Script=Han},。:;!?()《》【】“”、]/u.test(character)) han += 1;
	}
	return wide > 0 && han >= wide * 0.8 ? text : undefined;
}

function cleaned(text: string, file: string): string {
	const unmarked = text.replace(/^\ufeff/, "");
	const clean = unmarked.includes("\r") ? unmarked.replace(/\r\n?/g, "\n") : unmarked;
	const nul = clean.indexOf("\u0000");
	if (nul !== -1) {
		throw new BriefingError(
			`${file}:${new LineIndex(clean).place(nul)}: a NUL character; expected text, not a binary file`,
			"invalid-input",
		);
	}
	if (!/\S/u.test(clean)) {
		throw new BriefingError(`${file}: empty; expected the text of a broker note`, "invalid-input");
	}
	return clean;
}

/**
 * Decodes a file's bytes as the text of a note to import, and says which encoding it was read in:
 * UTF-16 (by its byte-order mark, or the NUL bytes of every other place), UTF-8, or else GB18030
 * (which reads GBK and GB2312) when that decodes cleanly into Chinese text. The byte-order mark is
 * dropped and CRLF and CR line ends made LF. Throws a one-line error (exit 65) naming the file and
 * the place for input that is empty, in none of these encodings, or binary (it holds NUL characters).
 */
export function readInputText(bytes: Uint8Array, file: string): { text: string; encoding: InputEncoding } {
	const wide = utf16Of(bytes);
	if (wide !== undefined) {
		try {
			const decoded = new TextDecoder(wide === "UTF-16LE" ? "utf-16le" : "utf-16be", { fatal: true }).decode(
				bytes,
			);
			return { text: cleaned(decoded, file), encoding: wide };
		} catch (error) {
			if (error instanceof BriefingError) throw error;
			throw new BriefingError(
				`${file}: looks like ${wide} but is not well-formed ${wide}; expected UTF-8, UTF-16 or GB18030 text`,
				"invalid-input",
			);
		}
	}
	try {
		return { text: cleaned(decoder.decode(bytes), file), encoding: "UTF-8" };
	} catch (error) {
		if (error instanceof BriefingError) throw error;
	}
	const chinese = gb18030(bytes);
	if (chinese !== undefined) return { text: cleaned(chinese, file), encoding: "GB18030" };
	const offset = firstInvalidByte(bytes);
	const prefix = new TextDecoder().decode(bytes.subarray(0, offset));
	const place = new LineIndex(prefix).place(prefix.length);
	throw new BriefingError(
		big5Message(bytes, file, `${file}:${place}`, offset) ??
			`${file}:${place}: byte ${offset} is neither UTF-8 nor GBK/GB18030 Chinese; expected UTF-8, UTF-16 or GB18030 text`,
		"invalid-input",
	);
}

/** Decodes a file's bytes as {@link readInputText} does, returning the text only. */
export function decodeInput(bytes: Uint8Array, file: string): string {
	return readInputText(bytes, file).text;
}
