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
 * A mouse report (SGR, mode 1006: `ESC [ < b ; x ; y M` or `m`; or the legacy `ESC [ M b x y`): what
 * happened, with the button (0 left, 1 middle, 2 right) for presses and releases, and the cell,
 * counted from 0 at the screen's top left.
 */
export interface MouseInput {
	type: "mouse";
	action: "press" | "release" | "drag" | "move" | "wheelUp" | "wheelDown" | "wheelLeft" | "wheelRight";
	button: number;
	column: number;
	row: number;
}

/** One thing the terminal sent: a key press or a mouse report. */
export type TerminalInput = { type: "key"; key: KeyName } | MouseInput;

/** What decoding a chunk left: its inputs in order, and the start of a sequence the chunk ended inside. */
export interface DecodedInput {
	inputs: TerminalInput[];
	pending: string;
}

const wheels = ["wheelUp", "wheelDown", "wheelLeft", "wheelRight"] as const;

/** Returns the mouse report of a button code (bits: 0–1 button, 32 motion, 64 wheel), a cell and press/release. */
function mouseInput(code: number, column: number, row: number, released: boolean): MouseInput {
	const button = code & 3;
	const cell = { column: Math.max(0, column - 1), row: Math.max(0, row - 1) };
	if (code & 64) return { type: "mouse", action: wheels[button] ?? "wheelUp", button: 0, ...cell };
	if (code & 32) return { type: "mouse", action: button === 3 ? "move" : "drag", button, ...cell };
	// Legacy reports say a release as button 3, without telling which.
	if (released || button === 3)
		return { type: "mouse", action: "release", button: button === 3 ? 0 : button, ...cell };
	return { type: "mouse", action: "press", button, ...cell };
}

// An SGR mouse report's body (between ESC [ and the end): < button ; column ; row, then M or m.
const sgrMouse = /^<(\d{1,5});(\d{1,5});(\d{1,5})([Mm])$/;

/**
 * Splits what the terminal sent in one read into its key presses, in order: a paste or a held key
 * arrives as one chunk (`/copilot\r` is `/`, `c`, …, `enter`; three DEL bytes are three
 * `backspace`s). An escape sequence cut off at the chunk's end is returned as `pending`, to be put
 * in front of the next chunk; `flush` says the chunk is all there is (a lone ESC is then `escape`).
 * Mouse reports are left out (see {@link decodeInput}).
 */
export function decodeKeys(chunk: string, flush = false): Decoded {
	const { inputs, pending } = decodeInput(chunk, flush);
	return { keys: inputs.flatMap((input) => (input.type === "key" ? [input.key] : [])), pending };
}

/**
 * Splits what the terminal sent in one read into key presses and mouse reports, in order, as
 * {@link decodeKeys} does keys. A mouse report never comes out as keys: a malformed one is dropped.
 */
export function decodeInput(chunk: string, flush = false): DecodedInput {
	const inputs: TerminalInput[] = [];
	const key = (name: KeyName) => inputs.push({ type: "key", key: name });
	let index = 0;
	while (index < chunk.length) {
		const character = String.fromCodePoint(chunk.codePointAt(index) ?? 0);
		if (character !== esc) {
			const code = character.codePointAt(0) ?? 0;
			const control = controls[character];
			if (control !== undefined) key(control);
			else if (code < 0x20) key(`ctrl-${String.fromCharCode(code + 0x60)}`);
			else if (code >= 0x80 && code < 0xa0) key("unknown");
			else key(character);
			index += character.length;
			continue;
		}
		const next = chunk[index + 1];
		if (next === undefined) {
			if (!flush) return { inputs, pending: chunk.slice(index) };
			key("escape");
			index += 1;
		} else if (next === "[" && chunk[index + 2] === "M") {
			// A legacy mouse report: three bytes after ESC [ M, each 32 more than its number.
			if (chunk.length < index + 6) {
				if (!flush) return { inputs, pending: chunk.slice(index) };
				break;
			}
			const [code, column, row] = [3, 4, 5].map((at) => chunk.charCodeAt(index + at) - 32) as [
				number,
				number,
				number,
			];
			inputs.push(mouseInput(code, column, row, false));
			index += 6;
		} else if (next === "[") {
			const length = csiLength(chunk, index);
			if (length === 0) {
				if (!flush) return { inputs, pending: chunk.slice(index) };
				if (chunk[index + 2] !== "<") key("unknown");
				break;
			}
			const body = chunk.slice(index + 2, index + length);
			const mouse = sgrMouse.exec(body);
			if (mouse)
				inputs.push(mouseInput(Number(mouse[1]), Number(mouse[2]), Number(mouse[3]), mouse[4] === "m"));
			else if (!body.startsWith("<"))
				key(length === body.length + 2 && /^[\x20-\x7e]*$/.test(body) ? csiName(body) : "unknown");
			index += length;
		} else if (next === "O") {
			const final = chunk[index + 2];
			if (final === undefined) {
				if (!flush) return { inputs, pending: chunk.slice(index) };
				key("alt-O");
				break;
			}
			key(finals[final] ?? "unknown");
			index += 3;
		} else if (next === esc) {
			key("escape");
			index += 1;
		} else {
			const following = String.fromCodePoint(chunk.codePointAt(index + 1) ?? 0);
			const [inner] = decodeKeys(following, true).keys;
			key(`alt-${inner ?? following}`);
			index += 1 + following.length;
		}
	}
	return { inputs, pending: "" };
}

/** How long the start of a sequence waits for its end from a later read before it is dropped, in ms. */
export const pendingPatience = 100;

/**
 * Returns a decoder of reads that joins a control sequence cut across reads, even when what came
 * first was already handed over on its own (Ink hands over the start of a sequence when the rest is
 * late): a cut `ESC [` sequence — a mouse report above all, whose rest would otherwise arrive as
 * text such as `;12;5M` — waits for the next read. A lone ESC and other keys come out at once.
 * `drop` forgets a start whose end never came (call it after {@link pendingPatience}).
 */
export function createInputDecoder() {
	let pending = "";
	return {
		push(data: string): TerminalInput[] {
			const decoded = decodeInput(pending + data, false);
			pending = "";
			if (decoded.pending.startsWith(`${esc}[`)) {
				pending = decoded.pending;
				return decoded.inputs;
			}
			return [...decoded.inputs, ...decodeInput(decoded.pending, true).inputs];
		},
		hasPending: () => pending !== "",
		drop() {
			pending = "";
		},
	};
}
