// Escape sequences with a body: CSI (ESC [ or 8-bit 0x9b) up to its final byte; OSC, DCS, SOS,
// PM and APC (ESC ] P X ^ _ or their 8-bit forms) up to BEL or ST, or to the end of the text when
// unterminated; and the two-byte ESC sequences (ESC followed by one character).
const escapeSequence = new RegExp(
	[
		"(?:\\u001b\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]?",
		"(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d\\u009e\\u009f])[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?",
		"\\u001b[\\u0020-\\u002f]*[\\u0030-\\u007e]?",
	].join("|"),
	"g",
);

// Whatever control characters are left: C0 but tab and newline, DEL, C1, and the invisible
// characters that reorder or disguise text (bidi embeddings, overrides and isolates, the
// Arabic letter mark, the line and paragraph separators, and the BOM used inside text).
const controlCharacter =
	/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Returns the text with every terminal control sequence and control character removed, so that it
 * can be written to a terminal safely. Newlines survive; CRLF and lone CR become newlines, and tabs
 * become single spaces (a tab's width depends on the column, which no layout here can know).
 */
export function sanitizeText(text: string): string {
	return text
		.replace(/\r\n?/g, "\n")
		.replace(escapeSequence, "")
		.replace(/\t/g, " ")
		.replace(controlCharacter, "");
}

/**
 * Returns a deep copy of a parsed JSON value in which every string, keys included, has been passed
 * through {@link sanitizeText}.
 */
export function sanitizeValue(value: unknown): unknown {
	if (typeof value === "string") return sanitizeText(value);
	if (Array.isArray(value)) return value.map(sanitizeValue);
	if (value !== null && typeof value === "object") {
		const copy: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) {
			// defineProperty, so that a key named __proto__ stays a plain key.
			Object.defineProperty(copy, sanitizeText(key), {
				value: sanitizeValue(item),
				enumerable: true,
				writable: true,
			});
		}
		return copy;
	}
	return value;
}
