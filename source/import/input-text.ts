import { BriefingError } from "../cli/briefing-error.ts";
import { exitCodes } from "../cli/exit-codes.ts";

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

function lineAndColumn(text: string): string {
	const lines = text.split("\n");
	return `${lines.length}:${(lines.at(-1) as string).length + 1}`;
}

/**
 * Decodes a file's bytes as the text of a note to import: UTF-8, without a byte-order mark, with
 * CRLF and CR line ends made LF. Throws a one-line error (exit 65) naming the file and the place
 * for input that is empty, not UTF-8 (a GBK file, say), or binary (it holds NUL characters).
 */
export function decodeInput(bytes: Uint8Array, file: string): string {
	let text: string;
	try {
		text = decoder.decode(bytes);
	} catch {
		const offset = firstInvalidByte(bytes);
		const place = lineAndColumn(new TextDecoder().decode(bytes.subarray(0, offset)));
		throw new BriefingError(
			`${file}:${place}: byte ${offset} is not UTF-8; expected UTF-8 text (convert a GBK file with iconv -f GBK -t UTF-8)`,
			exitCodes.dataError,
		);
	}
	text = text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
	const nul = text.indexOf("\u0000");
	if (nul !== -1) {
		throw new BriefingError(
			`${file}:${lineAndColumn(text.slice(0, nul))}: a NUL character; expected text, not a binary file`,
			exitCodes.dataError,
		);
	}
	if (text.trim() === "") {
		throw new BriefingError(`${file}: empty; expected the text of a broker note`, exitCodes.dataError);
	}
	return text;
}
