/**
 * One key press, by name: a printable character is its own name (`a`, `G`, `/`, `资`, a space);
 * other keys are named `enter`, `tab`, `shift-tab`, `backspace`, `delete`, `escape`, `up`, `down`,
 * `left`, `right`, `home`, `end`, `pageup`, `pagedown`, `ctrl-<letter>`, `alt-<character>`, and
 * arrows or the like with modifiers as `ctrl-up`, `shift-down`, `alt-left`. Unknown escape sequences
 * are named `unknown`.
 */
export type KeyName = string;

const esc = "\u001b";

const controls: Record<string, KeyName> = {
	"\r": "enter",
	"\n": "enter",
	"\t": "tab",
	"\u007f": "backspace",
	"\b": "backspace",
	"\u0000": "ctrl-space",
};

// The final byte of a CSI or SS3 sequence (ESC [ … x, ESC O x) and the key it names.
const finals: Record<string, KeyName> = {
	A: "up",
	B: "down",
	C: "right",
	D: "left",
	H: "home",
	F: "end",
	Z: "shift-tab",
	P: "f1",
	Q: "f2",
	R: "f3",
	S: "f4",
};

// The number of an ESC [ n ~ sequence and the key it names.
const tildes: Record<string, KeyName> = {
	"1": "home",
	"2": "insert",
	"3": "delete",
	"4": "end",
	"5": "pageup",
	"6": "pagedown",
	"7": "home",
	"8": "end",
};

/** Returns the modifier prefix of an xterm modifier parameter (2 shift, 3 alt, 5 ctrl, and sums). */
function modifiers(parameter: string | undefined): string {
	const bits = Number(parameter ?? "1") - 1;
	if (!Number.isInteger(bits) || bits <= 0) return "";
	return `${bits & 4 ? "ctrl-" : ""}${bits & 2 ? "alt-" : ""}${bits & 1 ? "shift-" : ""}`;
}

/** Names a whole CSI sequence's body (what stands between ESC [ and the end, final byte included). */
function csiName(body: string): KeyName {
	const final = body.at(-1) ?? "";
	const parameters = body.slice(0, -1).split(";");
	if (final === "~") {
		const name = tildes[parameters[0] ?? ""];
		return name === undefined ? "unknown" : `${modifiers(parameters[1])}${name}`;
	}
	const name = finals[final];
	if (name === undefined) return "unknown";
	return name === "shift-tab" ? name : `${modifiers(parameters[1])}${name}`;
}

/** The length of the CSI sequence starting at `start` (at its ESC), or 0 when the text ends inside it. */
function csiLength(text: string, start: number): number {
	for (let index = start + 2; index < text.length; index += 1) {
		const code = text.charCodeAt(index);
		// Legacy ESC [ [ A function keys keep a second bracket right after the first.
		if (code === 0x5b && index === start + 2) continue;
		if (code >= 0x40 && code <= 0x7e) return index - start + 1;
		if (code < 0x20 || code > 0x3f) return index - start;
	}
	return 0;
}

/** What decoding a chunk left: its keys, and the start of an escape sequence the chunk ended inside. */
export interface Decoded {
	keys: KeyName[];
	pending: string;
}

/**
 * Splits what the terminal sent in one read into its key presses, in order: a paste or a held key
 * arrives as one chunk (`/copilot\r` is `/`, `c`, …, `enter`; three DEL bytes are three
 * `backspace`s). An escape sequence cut off at the chunk's end is returned as `pending`, to be put
 * in front of the next chunk; `flush` says the chunk is all there is (a lone ESC is then `escape`).
 */
export function decodeKeys(chunk: string, flush = false): Decoded {
	const keys: KeyName[] = [];
	let index = 0;
	while (index < chunk.length) {
		const character = String.fromCodePoint(chunk.codePointAt(index) ?? 0);
		if (character !== esc) {
			const code = character.codePointAt(0) ?? 0;
			const control = controls[character];
			if (control !== undefined) keys.push(control);
			else if (code < 0x20) keys.push(`ctrl-${String.fromCharCode(code + 0x60)}`);
			else if (code >= 0x80 && code < 0xa0) keys.push("unknown");
			else keys.push(character);
			index += character.length;
			continue;
		}
		const next = chunk[index + 1];
		if (next === undefined) {
			if (!flush) return { keys, pending: chunk.slice(index) };
			keys.push("escape");
			index += 1;
		} else if (next === "[") {
			const length = csiLength(chunk, index);
			if (length === 0) {
				if (!flush) return { keys, pending: chunk.slice(index) };
				keys.push("unknown");
				break;
			}
			const body = chunk.slice(index + 2, index + length);
			keys.push(length === body.length + 2 && /^[\x20-\x7e]*$/.test(body) ? csiName(body) : "unknown");
			index += length;
		} else if (next === "O") {
			const final = chunk[index + 2];
			if (final === undefined) {
				if (!flush) return { keys, pending: chunk.slice(index) };
				keys.push("alt-O");
				break;
			}
			keys.push(finals[final] ?? "unknown");
			index += 3;
		} else if (next === esc) {
			keys.push("escape");
			index += 1;
		} else {
			const following = String.fromCodePoint(chunk.codePointAt(index + 1) ?? 0);
			const [inner] = decodeKeys(following, true).keys;
			keys.push(`alt-${inner ?? following}`);
			index += 1 + following.length;
		}
	}
	return { keys, pending: "" };
}
