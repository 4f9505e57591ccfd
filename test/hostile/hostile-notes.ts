import { readFileSync } from "node:fs";

/** Every kind of thing a hostile note could try to send to a terminal, and text that is merely hard. */
export const attack = [
	"\u001b[2J\u001b[H\u001b[10A", // clear the screen, move the cursor
	"\u001b[31;1m", // colour
	"\u001b]0;pwned\u0007\u001b]2;pwned\u001b\\", // window titles, ended by BEL and by ST
	"\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007", // a hyperlink elsewhere
	"\u001b]52;c;cm0gLXJmIH4=\u0007", // a clipboard write
	"\u001bPq#0;2;0;0;0\u001b\\", // DCS
	"\u009b2J\u009d0;x\u0007", // 8-bit CSI and OSC
	"\u001b", // a lone ESC
	"\u0007\u0008\r\u0000", // BEL, BS, CR, NUL
	"\u202eevil\u202c\u2066x\u2069", // bidi override and isolates
	"a\u200bb\u200dc\ufeffd", // zero-width characters
	"e\u0301\u0308", // combining marks
	"👩‍💻🇨🇳👍🏽", // emoji sequences
	"中文。", // CJK
].join("");

/** The minimal valid note of the fixtures, parsed. */
export function baseNote(): Record<string, unknown> {
	return JSON.parse(readFileSync(new URL("../fixtures/minimal-note.json", import.meta.url), "utf8"));
}

/** Returns a copy of a note with `attack` around every reader-facing string (zh, en, quote, unit, period). */
export function attackEveryString(value: unknown, key = ""): unknown {
	if (typeof value === "string") {
		// A change's unit is one of two words; a figure's unit is free text.
		const free =
			["zh", "en", "quote", "period"].includes(key) ||
			(key === "unit" && value !== "%" && value !== "pct-pt");
		return free ? `${attack}${value}${attack}` : value;
	}
	if (Array.isArray(value)) return value.map((item) => attackEveryString(item));
	if (value !== null && typeof value === "object") {
		return Object.fromEntries(
			Object.entries(value).map(([name, item]) => [name, attackEveryString(item, name)]),
		);
	}
	return value;
}

/** A hostile or broken note file, and what reading it must end with. */
export interface Variant {
	name: string;
	content: string | Buffer;
	/** The exit code every print mode must end with. */
	exit: 0 | 65;
}

/** Returns a note's text with bytes that are not UTF-8 (a lone 0xFF, a cut-off sequence) in its title. */
function invalidUtf8(text: string): Buffer {
	const [before, after] = text.split("Widgets");
	return Buffer.concat([Buffer.from(`${before}Wid`), Buffer.from([0xff, 0xc3]), Buffer.from(`gets${after}`)]);
}

/** Returns the variants: notes that attack the terminal, and files that are broken in every common way. */
export function variants(): Variant[] {
	const base = baseNote();
	const withBody = (body: string) =>
		JSON.stringify({ ...base, thesis: { ...(base.thesis as object), summary: { en: body } } });
	const figure = (base.figures as Record<string, unknown>[])[0];
	const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
	return [
		{ name: "every string attacked", content: JSON.stringify(attackEveryString(base)), exit: 0 },
		{ name: "a 100,000-character line without a space", content: withBody("x".repeat(100_000)), exit: 0 },
		{ name: "a 100,000-character Chinese line", content: withBody("中".repeat(100_000)), exit: 0 },
		{
			name: "5,000 figures",
			content: JSON.stringify({
				...base,
				figures: Array.from({ length: 5000 }, (_, index) => ({ ...figure, id: `f${index}` })),
			}),
			exit: 0,
		},
		{ name: "a UTF-8 byte-order mark", content: `\ufeff${JSON.stringify(base)}`, exit: 0 },
		{ name: "CRLF line ends", content: JSON.stringify(base, null, 2).replace(/\n/g, "\r\n"), exit: 0 },
		{
			name: "duplicate keys (the last one counts)",
			content: JSON.stringify(base).replace('"id":', '"id":"first","id":'),
			exit: 0,
		},
		{ name: "invalid UTF-8 inside a string", content: invalidUtf8(JSON.stringify(base)), exit: 0 },
		{
			name: "a number too large (1e309)",
			content: JSON.stringify(base).replace('"value":1200', '"value":1e309'),
			exit: 65,
		},
		{
			name: "NaN written as a string",
			content: JSON.stringify(base).replace('"value":1200', '"value":"NaN"'),
			exit: 65,
		},
		{ name: "100,000 nested arrays as the whole file", content: deep, exit: 65 },
		{
			name: "100,000 nested arrays in a field",
			content: JSON.stringify(base).replace('"title":{"en":"Widgets: demand holds up"}', `"title":${deep}`),
			exit: 65,
		},
		{ name: "an empty file", content: "", exit: 65 },
		{ name: "null", content: "null", exit: 65 },
		{ name: "an array", content: "[]", exit: 65 },
		{ name: "a string", content: '"text"', exit: 65 },
		{ name: "malformed JSON", content: '{"id": "x",', exit: 65 },
	];
}
