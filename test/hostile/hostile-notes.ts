// Hostile note files: valid notes whose every string tries to take over the terminal, text that is
// merely hard to lay out (bidi, zero-width, combining marks, emoji, CJK), giant and deeply nested
// files, and files broken in every common way. `writeVariants` writes them into a fresh folder under
// the system's temporary folder; its `cleanup` removes it.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Each kind of text a hostile note can carry, by name. */
export const attacks = {
	"CSI cursor moves and screen clears":
		"\u001b[2J\u001b[H\u001b[10A\u001b[3J\u001b[?1049h\u001b[?25l\u001b[6n",
	SGR: "\u001b[31;1;5m\u001b[38;2;255;0;0m\u001b[7m",
	"OSC 0/2 window titles ended by BEL": "\u001b]0;pwned\u0007\u001b]2;pwned\u0007",
	"OSC 0/2 window titles ended by ST": "\u001b]0;pwned\u001b\\\u001b]2;pwned\u001b\\",
	"OSC 8 links to another target":
		"\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007\u001b]8;id=1;file:///etc/passwd\u001b\\here\u001b]8;;\u001b\\",
	"OSC 52 clipboard writes": "\u001b]52;c;cm0gLXJmIH4=\u0007\u001b]52;p;?\u001b\\",
	"DCS strings": '\u001bPq#0;2;0;0;0#0~~@@vv\u001b\\\u001bP$q"p\u001b\\\u001bP+q544e\u001b\\',
	"8-bit C1 codes": "\u009b2J\u009d0;x\u0007\u009b31m\u0090q\u009c\u0085\u008d\u009e\u009c",
	"a lone ESC": "\u001b",
	"BEL, BS, CR without LF, NUL, DEL": "\u0007\u0008\r\u0000\u007f\u000b\u000c",
	"bidi overrides and isolates": "\u202eevil\u202c\u2066x\u2069\u202a\u202b\u202d\u2067\u2068\u2069",
	"zero-width characters": "a\u200bb\u200dc\ufeffd",
	"combining characters": "e\u0301\u0308 Z\u0336\u0335\u0334\u0333a\u0489",
	"emoji ZWJ sequences, flags, skin tones": "👩‍💻👨‍👩‍👧‍👦🇨🇳🇺🇸👍🏽🏳️‍🌈🧑🏿‍🚀",
	"CJK and full-width text": "中文研究报告。全角ＡＢＣ，算力资本开支",
} as const;

/** Every attack in one text. */
export const allAttacks = Object.values(attacks).join("");

/** Every attack but the line break (a CR becomes a newline), for text that is echoed in an error. */
export const escapesOnly = allAttacks.replace(/\r/g, "");

/** The text a window title attack would set; it must never reach the screen as a title. */
export const titleMarker = "pwned";

const fixture = new URL("../fixtures/minimal-note.json", import.meta.url);
const bundled = new URL("../../data/notes/huatai-2024-05-07-microsoft-mai-1.json", import.meta.url);

/** A fresh copy of a valid base note: the minimal fixture, or the bundled Huatai note. */
export function baseNote(which: "minimal" | "bundled" = "minimal"): JsonObject {
	return JSON.parse(readFileSync(which === "minimal" ? fixture : bundled, "utf8")) as JsonObject;
}

/** The text of each base note that must be printed when it loads (the end of its English title). */
export const markers = { minimal: "demand holds up", bundled: "value chain benefits" } as const;

/** The ids of the base notes. */
export const ids = {
	minimal: "example-2025-01-02-widgets",
	bundled: "huatai-2024-05-07-microsoft-mai-1",
} as const;

// Fields whose strings are free text; the rest are ids, dates, enumerations and URLs, which a
// note can only hold in their own narrow forms.
const freeText = new Set([
	"zh",
	"en",
	"quote",
	"period",
	"against",
	"currency",
	"body",
	"number",
	"tickers",
	"text",
	"$schema",
]);

function isFreeText(key: string, value: string): boolean {
	return freeText.has(key) || (key === "unit" && value !== "%" && value !== "pct-pt");
}

/**
 * Returns a copy of a value with `wrap` applied to its strings: every string when `all`, else only
 * the free-text ones (so that the note stays valid). Arrays pass their field's name to their items.
 */
export function mapStrings(
	value: Json,
	wrap: (text: string, key: string) => string,
	all = false,
	key = "",
): Json {
	if (typeof value === "string") return all || isFreeText(key, value) ? wrap(value, key) : value;
	if (Array.isArray(value)) return value.map((item) => mapStrings(item, wrap, all, key));
	if (value !== null && typeof value === "object") {
		return Object.fromEntries(
			Object.entries(value).map(([name, item]) => [name, mapStrings(item, wrap, all, name)]),
		);
	}
	return value;
}

/** Returns a copy of a note with `attack` before and after every free-text string. */
export function attackStrings(note: JsonObject, attack: string): JsonObject {
	return mapStrings(note, (text) => `${attack}${text}${attack}`) as JsonObject;
}

/** What a run over a variant must end with. */
export type Outcome =
	/** Exit 0 with the note printed: `marker` in text and Markdown, a note with `id` in JSON. */
	| { exit: 0; marker: string; id: string }
	/** A clear error on standard error, one line per problem, each naming the file; nothing on stdout. */
	| { exit: 65 | 66 };

/** A hostile or broken note file. */
export interface Variant {
	name: string;
	/** The file's bytes; undefined for a file that is not there. */
	content: string | Buffer | undefined;
	outcome: Outcome;
	/** A file name of its own (else one made from `name`). */
	fileName?: string;
	/**
	 * Why the current behaviour is wrong, when it is, and in which formats (all when not given): those
	 * tests are marked `it.fails`.
	 */
	bug?: { reason: string; formats?: readonly ("text" | "markdown" | "json")[] };
	/** How long a run may take, in milliseconds, when less than the usual limit. */
	timeout?: number;
}

const printed = (which: "minimal" | "bundled"): Outcome => ({
	exit: 0,
	marker: markers[which],
	id: ids[which],
});
const invalid: Outcome = { exit: 65 };

/** Returns a note's text with bytes that are not UTF-8 (a lone 0xFF, a cut-off sequence, an overlong NUL) in its title. */
function invalidUtf8(text: string): Buffer {
	const [before, after] = text.split("Widgets");
	return Buffer.concat([
		Buffer.from(`${before}Wid`),
		Buffer.from([0xff, 0xc3, 0xc0, 0x80, 0xed, 0xa0, 0x80]),
		Buffer.from(`gets${after}`),
	]);
}

/** `depth` nested arrays: `[[[…]]]`. */
export const nestedArrays = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

/** `depth` nested objects: `{"a":{"a":…1…}}`. */
export const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

/** The terminal attacks, one variant each, on the minimal note; and all of them on both bases. */
export function attackVariants(): Variant[] {
	return [
		...Object.entries(attacks).map(
			([name, attack]): Variant => ({
				name: `every string carries ${name}`,
				content: JSON.stringify(attackStrings(baseNote(), attack)),
				outcome: printed("minimal"),
			}),
		),
		{
			name: "every string of the minimal note carries every attack",
			content: JSON.stringify(attackStrings(baseNote(), allAttacks)),
			outcome: printed("minimal"),
		},
		{
			name: "every string of the bundled note carries every attack",
			content: JSON.stringify(attackStrings(baseNote("bundled"), allAttacks)),
			outcome: printed("bundled"),
		},
	];
}

/** Files that are hostile in other ways than their text: structure, size, encoding, numbers. */
export function otherVariants(): Variant[] {
	const base = baseNote();
	const text = JSON.stringify(base);
	const withSummary = (summary: string) =>
		JSON.stringify({ ...base, thesis: { ...(base.thesis as JsonObject), summary: { en: summary } } });
	const figure = (base.figures as JsonObject[])[0] as JsonObject;
	const bundled = baseNote("bundled");
	const contacts = bundled.contacts as JsonObject[];
	const deep = nestedArrays(100_000);
	return [
		{
			// An OSC with no end swallows the rest of its string; what came before must still print.
			name: "every string ends with an unterminated OSC, DCS or CSI",
			content: JSON.stringify(
				mapStrings(
					base,
					(value, key) => `${value}${["\u001b]0;pwned", "\u001bPq#0", "\u001b[1"][key.length % 3]}`,
				),
			),
			outcome: printed("minimal"),
		},
		{
			name: "the URLs carry escapes after the host",
			content: JSON.stringify({
				...bundled,
				source: { ...(bundled.source as JsonObject), url: `https://evil.example/${allAttacks}` },
				contacts: contacts.map((contact) => ({
					...contact,
					url: `https://evil.example/\u001b]8;;https://other.example/\u0007x\u009b2J`,
				})),
			}),
			outcome: printed("bundled"),
		},
		{
			name: "every string, ids, dates and enumerations included, carries every attack",
			content: JSON.stringify(mapStrings(base, (value) => `${allAttacks}${value}${allAttacks}`, true)),
			outcome: invalid,
		},
		{
			name: "a title made only of control sequences",
			content: JSON.stringify({ ...base, title: { en: "\u001b[2J\u001b]0;pwned\u0007\u202e\u0000" } }),
			outcome: invalid,
		},
		{
			name: "an unknown field whose name carries every escape sequence",
			content: JSON.stringify({ [`x${escapesOnly}y`]: 1, ...base }),
			outcome: invalid,
		},
		{
			name: "a pillar id that carries every escape sequence (echoed in the error)",
			content: JSON.stringify({ ...base, figures: [{ ...figure, pillar: `x${escapesOnly}` }] }),
			outcome: invalid,
		},
		{
			name: "an unknown field whose name forges a second error line",
			content: JSON.stringify({ "x\r\n/etc/notes/other.json: title: expected object": 1, ...base }),
			outcome: invalid,
		},
		{
			name: "a pillar id that forges a second error line",
			content: JSON.stringify({ ...base, figures: [{ ...figure, pillar: "x\nother.json: forged" }] }),
			outcome: invalid,
		},
		{
			name: "a 100,000-character line without a space",
			content: withSummary("x".repeat(100_000)),
			outcome: printed("minimal"),
		},
		{
			name: "a 100,000-character Chinese line",
			content: withSummary("中".repeat(100_000)),
			outcome: printed("minimal"),
		},
		{
			name: "a 100,000-character line of emoji and combining marks",
			content: withSummary("👩‍💻e\u0301🇨🇳".repeat(20_000)),
			outcome: printed("minimal"),
			// Printed in well under a second; it took 16 s when wrapping took the square of its length.
			timeout: 5000,
		},
		{
			name: "a 150,000-character paragraph with decomposed accents (NFD)",
			content: withSummary("re\u0301sume\u0301 cafe\u0301 ".repeat(7_500)),
			outcome: printed("minimal"),
			// Printed in well under a second; it took 16 s when wrapping took the square of its length.
			timeout: 5000,
		},
		{
			name: "a 100,000-character paragraph of Chinese with one emoji",
			content: withSummary(`${"需求持续增长。".repeat(14_000)}👍🏽`),
			outcome: printed("minimal"),
			// Printed in well under a second; it took 16 s when wrapping took the square of its length.
			timeout: 5000,
		},
		{
			name: "5,000 figures",
			content: JSON.stringify({
				...base,
				figures: Array.from({ length: 5000 }, (_, index) => ({ ...figure, id: `f${index}` })),
			}),
			outcome: printed("minimal"),
		},
		{ name: "100,000 nested arrays as the whole file", content: deep, outcome: invalid },
		{ name: "100,000 nested objects as the whole file", content: nestedObjects(100_000), outcome: invalid },
		{
			name: "100,000 nested arrays as a field's value",
			content: text.replace('"title":{"en":"Widgets: demand holds up"}', `"title":${deep}`),
			outcome: invalid,
		},
		{
			name: "100,000 nested arrays in an unknown field",
			content: text.replace("{", `{"extra":${deep},`),
			outcome: invalid,
		},
		{
			name: "100,000 unclosed arrays (malformed and deep)",
			content: "[".repeat(100_000),
			outcome: invalid,
		},
		{
			name: "100,000 nested arrays closed by a stray character",
			content: `${"[".repeat(100_000)}${"]".repeat(99_999)}x`,
			outcome: invalid,
		},
		{
			name: "a field 100,000 objects deep, then malformed",
			content: text.replace(
				'"title":{"en":"Widgets: demand holds up"}',
				`"title":${'{"a":'.repeat(100_000)}`,
			),
			outcome: invalid,
		},
		{
			name: "Hindi, whose vowel signs take a column",
			content: withSummary("हिन्दी की किताबें पढ़िए और समझिए। ".repeat(40)),
			outcome: printed("minimal"),
		},
		{
			name: "half-width katakana with voiced marks",
			content: withSummary("ﾊﾟｿｺﾝｹﾞｰﾑﾃﾞﾊﾞｲｽ ".repeat(40)),
			outcome: printed("minimal"),
		},
		{ name: "a UTF-8 byte-order mark", content: `\ufeff${text}`, outcome: printed("minimal") },
		{
			name: "CRLF line ends throughout",
			content: JSON.stringify(base, null, 2).replace(/\n/g, "\r\n"),
			outcome: printed("minimal"),
		},
		{
			name: "CRLF line ends inside the strings",
			content: JSON.stringify(mapStrings(base, (value) => `${value}\r\nsecond line\r\n`)),
			outcome: printed("minimal"),
		},
		{ name: "invalid UTF-8 bytes inside a string", content: invalidUtf8(text), outcome: printed("minimal") },
		{
			name: "duplicate keys (the last one counts)",
			content: text
				.replace('"id":', '"id":"\\u001b]0;first\\u0007","id":')
				.replace('"title":', '"title":{"en":"\\u001b[2Jearlier"},"title":'),
			outcome: printed("minimal"),
		},
		{
			name: "a figure value of 1e309 (Infinity once parsed)",
			content: text.replace('"value":1200', '"value":1e309'),
			outcome: invalid,
		},
		{
			name: "a change of -1e309 (-Infinity once parsed)",
			content: text.replace('"value":12,', '"value":-1e309,'),
			outcome: invalid,
		},
		{
			name: "a figure value of -0 and a target price of -0",
			content: JSON.stringify({ ...base, targetPrice: { value: 0, currency: "USD" } })
				.replace('"value":1200', '"value":-0')
				.replace('"value":0,"currency"', '"value":-0,"currency"'),
			outcome: printed("minimal"),
		},
		{
			name: "NaN written as a string where a number is expected",
			content: text.replace('"value":1200', '"value":"NaN"'),
			outcome: invalid,
		},
		{ name: "an empty file", content: "", outcome: invalid },
		{ name: "a file of whitespace", content: " \r\n\t\n ", outcome: invalid },
		{ name: "a file of only a byte-order mark", content: "\ufeff", outcome: invalid },
		{ name: "a file that is just null", content: "null", outcome: invalid },
		{ name: "a file that is just []", content: "[]", outcome: invalid },
		{ name: 'a file that is just "text"', content: '"text"', outcome: invalid },
		{ name: "a file that is just a number", content: "1e309", outcome: invalid },
		{ name: "malformed JSON", content: '{"id": "x",', outcome: invalid },
		{
			name: "raw control characters inside a JSON string",
			content: `{"id": "\u001b]0;pwned\u0007"}`,
			outcome: invalid,
		},
		{
			name: "malformed JSON in a file whose name carries escapes",
			content: "{",
			fileName: "evil-\u001b]0;pwned\u0007-\u001b[2J-\u202e.json",
			outcome: invalid,
		},
		{
			name: "a missing file whose name carries escapes",
			content: undefined,
			fileName: "missing-\u001b]0;pwned\u0007-\u009b2J.json",
			outcome: { exit: 66 },
		},
	];
}

/** Every variant that runs in every print mode. */
export function variants(): Variant[] {
	return [...attackVariants(), ...otherVariants()];
}

/** A safe file name for a variant. */
export function fileNameOf(variant: Variant): string {
	return variant.fileName ?? `${variant.name.replace(/[^a-zA-Z0-9]+/g, "-").replace(/^-|-$/g, "")}.json`;
}

/** A temporary folder of hostile files. */
export interface HostileFolder {
	folder: string;
	/** Writes a file into the folder and returns its path. */
	write: (name: string, content: string | Buffer) => string;
	/** Removes the folder and everything in it. */
	cleanup: () => void;
}

/** Makes a fresh temporary folder for hostile files. */
export function hostileFolder(): HostileFolder {
	const folder = mkdtempSync(path.join(tmpdir(), "briefing-hostile-"));
	return {
		folder,
		write(name, content) {
			const file = path.join(folder, name);
			writeFileSync(file, content);
			return file;
		},
		cleanup: () => rmSync(folder, { recursive: true, force: true }),
	};
}

/** Writes the variants into a fresh temporary folder; each comes back with its file's path. */
export function writeVariants(list: readonly Variant[] = variants()): {
	files: { variant: Variant; file: string }[];
} & HostileFolder {
	const folder = hostileFolder();
	const files = list.map((variant) => {
		const name = fileNameOf(variant);
		const file =
			variant.content === undefined ? path.join(folder.folder, name) : folder.write(name, variant.content);
		return { variant, file };
	});
	return { ...folder, files };
}

/** The giant files, made only when asked for: each is run once, not in every mode. */
export const giants = {
	/** A valid note with a 10 MB summary of ordinary sentences, English and Chinese. */
	tenMegabyteBody(): string {
		const base = baseNote();
		const sentence = "Demand keeps growing across every region. 需求持续增长。";
		const summary = sentence.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(sentence)));
		return JSON.stringify({ ...base, thesis: { ...(base.thesis as JsonObject), summary: { en: summary } } });
	},
	/** A valid note padded with 50 MB of whitespace. */
	fiftyMegabytesOfWhitespace(): string {
		const text = JSON.stringify(baseNote(), null, 1);
		return text.replace("{", `{${" \n\t\r".repeat((50 * 1024 * 1024) / 4)}`);
	},
	/** A note with a 20 MB string in a field the format does not have. */
	twentyMegabyteUnknownField(): string {
		return JSON.stringify({ ...baseNote(), notes: "x".repeat(20 * 1024 * 1024) });
	},
	/** A note with a field the format does not have, whose 10 MB name breaks lines and carries escapes. */
	tenMegabyteFieldName(): string {
		const line = "x\r\nother.json: title: forged \u001b]0;pwned\u0007 ";
		return JSON.stringify({ ...baseNote(), [line.repeat(Math.ceil((10 * 1024 * 1024) / line.length))]: 1 });
	},
	/** A note whose 10 MB summary is one line of escape sequences around a little text. */
	tenMegabytesOfEscapes(): string {
		const base = baseNote();
		const summary = `${"\u001b[2J\u001b]0;pwned\u0007\u009b1m".repeat(Math.ceil((10 * 1024 * 1024) / 14))}visible`;
		return JSON.stringify({ ...base, thesis: { ...(base.thesis as JsonObject), summary: { en: summary } } });
	},
};
