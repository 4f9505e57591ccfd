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

// Anything the replacements below would touch; most text has none of it and is returned as it is.
const needsWork = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;

/**
 * Returns the text with every terminal control sequence and control character removed, so that it
 * can be written to a terminal safely. Newlines survive; CRLF and lone CR become newlines, and tabs
 * become single spaces (a tab's width depends on the column, which no layout here can know).
 */
export function sanitizeText(text: string): string {
	if (!needsWork.test(text)) return text;
	return text
		.replace(/\r\n?/g, "\n")
		.replace(escapeSequence, "")
		.replace(/\t/g, " ")
		.replace(controlCharacter, "");
}

/**
 * Returns text from a note (or anywhere else untrusted) fit to be quoted inside a one-line message:
 * sanitized, its line breaks shown as `\n`, and cut to at most `max` code points, ending with "…"
 * when it was cut. An error must not run over several lines, where a note could forge more errors,
 * nor be megabytes long.
 */
export function oneLine(text: string, max = 80): string {
	// Only the start of a long text can be shown, so only that is sanitized: eight times what is
	// shown (a start made mostly of escape sequences shows less, still ending with "…").
	const cut = text.length > max * 8;
	const head = cut ? text.slice(0, max * 8).replace(/[\ud800-\udbff]$/, "") : text;
	const codePoints = Array.from(sanitizeText(head).replace(/\n/g, "\\n"));
	if (codePoints.length <= max && !cut) return codePoints.join("");
	return `${codePoints.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/**
 * Returns a parsed JSON value with every string in it, keys included, passed through
 * {@link sanitizeText}. What needed no change is returned as it was (the same object), so a caller
 * can tell whether anything changed with `===`.
 */
export function sanitizeValue(value: unknown): unknown {
	if (typeof value === "string") return sanitizeText(value);
	if (Array.isArray(value)) {
		let items: unknown[] | undefined;
		value.forEach((item, index) => {
			const clean = sanitizeValue(item);
			if (clean !== item) items ??= value.slice();
			if (items) items[index] = clean;
		});
		return items ?? value;
	}
	if (value !== null && typeof value === "object") {
		const entries = Object.entries(value);
		let copy: Record<string, unknown> | undefined;
		entries.forEach(([key, item], index) => {
			const cleanKey = sanitizeText(key);
			const cleanItem = sanitizeValue(item);
			if (copy === undefined && (cleanKey !== key || cleanItem !== item)) {
				copy = {};
				for (const [earlierKey, earlierItem] of entries.slice(0, index)) set(copy, earlierKey, earlierItem);
			}
			if (copy) set(copy, cleanKey, cleanItem);
		});
		return copy ?? value;
	}
	return value;
}

function set(object: Record<string, unknown>, key: string, value: unknown): void {
	// A key named __proto__ must stay a plain key, not set the object's prototype.
	if (key === "__proto__") Object.defineProperty(object, key, { value, enumerable: true, writable: true });
	else object[key] = value;
}

/**
 * Returns a file's name fit to be shown in a message: sanitized like any untrusted text, its line
 * breaks shown as `\n` (so a name cannot forge more lines or cut a warning short), and cut to 1,000
 * characters. Every message that names a file names it through this.
 */
export function fileName(file: string): string {
	return oneLine(file, 1000);
}

// What JSON.stringify leaves raw that a terminal may act on: C1 controls (U+009B is CSI), and the
// invisible characters sanitizeText removes from text.
const jsonUnsafe = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Returns a value as JSON (indented by two spaces, ending with a newline) that is safe to print to
 * a terminal and means the same: what JSON.stringify would leave raw among the control characters
 * is written as a `\uXXXX` escape. For values that hold text briefing did not sanitize, such as
 * file names in `list --format json`.
 */
export function terminalSafeJson(value: unknown): string {
	const json = JSON.stringify(value, null, 2).replace(
		jsonUnsafe,
		(character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
	);
	return `${json}\n`;
}
