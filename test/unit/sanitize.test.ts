import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	fileName,
	oneLine,
	sanitizeText,
	sanitizeValue,
	terminalSafeJson,
} from "../../source/load/sanitize.ts";

const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;

describe("sanitizeText: escape sequences", () => {
	it.each([
		["erase the screen", "a\u001b[2Jb", "ab"],
		["a colour and its reset", "\u001b[31mred\u001b[0m text", "red text"],
		["several parameters", "\u001b[1;31;42mx\u001b[m", "x"],
		["a cursor move", "a\u001b[10;20Hb", "ab"],
		["the alternate screen", "\u001b[?1049hmain\u001b[?1049l", "main"],
	])("removes CSI: %s", (_, input, expected) => {
		expect(sanitizeText(input)).toBe(expected);
	});

	it.each([
		["OSC 0 ended by BEL", "a\u001b]0;title\u0007b", "ab"],
		["OSC 2 ended by ST", "a\u001b]2;title\u001b\\b", "ab"],
		["OSC 52 clipboard write", "a\u001b]52;c;cm0gLXJmIH4=\u0007b", "ab"],
		["DCS", "a\u001bP1$r0m\u001b\\b", "ab"],
		["APC", "a\u001b_payload\u001b\\b", "ab"],
	])("removes %s with its payload", (_, input, expected) => {
		expect(sanitizeText(input)).toBe(expected);
	});

	it("removes OSC 8 hyperlinks but keeps the link text", () => {
		expect(sanitizeText("see \u001b]8;;https://evil.example\u001b\\the report\u001b]8;;\u001b\\ now")).toBe(
			"see the report now",
		);
	});

	it("lets an unterminated OSC swallow the rest of the text, newlines included", () => {
		expect(sanitizeText("safe\u001b]0;title that never ends\nsecond line")).toBe("safe");
	});

	it.each([
		["CSI", "a\u009b31mb", "ab"],
		["OSC ended by BEL", "a\u009d0;x\u0007b", "ab"],
		["OSC ended by 8-bit ST", "a\u009d0;x\u009cb", "ab"],
	])("removes 8-bit C1 %s", (_, input, expected) => {
		expect(sanitizeText(input)).toBe(expected);
	});

	it("removes a lone ESC at the end and before wide text", () => {
		expect(sanitizeText("end\u001b")).toBe("end");
		expect(sanitizeText("\u001b中文")).toBe("中文");
	});
});

describe("sanitizeText: control and invisible characters", () => {
	it("removes NUL, BEL, BS, VT, FF and DEL", () => {
		expect(sanitizeText("a\u0000b\u0007c\u0008d\u000be\u000cf\u007fg")).toBe("abcdefg");
	});

	it.each([
		"\u202a",
		"\u202b",
		"\u202c",
		"\u202d",
		"\u202e",
		"\u2066",
		"\u2067",
		"\u2068",
		"\u2069",
		"\u200e",
		"\u200f",
		"\u2028",
		"\u2029",
		"\ufeff",
	])("removes U+%s", (character) => {
		expect(sanitizeText(`ab${character}cd`)).toBe("abcd");
	});

	it("defuses a right-to-left override that would disguise a file name", () => {
		expect(sanitizeText("invoice\u202egpj.exe")).toBe("invoicegpj.exe");
	});

	it("turns CRLF and lone CR into newlines and tabs into single spaces", () => {
		expect(sanitizeText("one\r\ntwo\rthree\nfour")).toBe("one\ntwo\nthree\nfour");
		expect(sanitizeText("a\tb\t\tc")).toBe("a b  c");
	});

	it("does not let a CR rewrite the start of the line", () => {
		// "\r" would move the cursor back and let "evil" overwrite "good".
		expect(sanitizeText("good\revil")).toBe("good\nevil");
	});

	it.each([
		["plain text", "Orders rose 12% qoq, to 1,200."],
		["Chinese", "微软发布MAI-1模型，参数约5000亿。"],
		["an emoji ZWJ sequence", "coder 👩‍💻 and flag 🇨🇳"],
		["combining accents", "café resume\u0301 naïve"],
		["newlines", "first\n\nsecond\n"],
	])("leaves %s unchanged", (_, text) => {
		expect(sanitizeText(text)).toBe(text);
	});
});

describe("sanitizeValue", () => {
	it("sanitizes strings at any depth, keys included, and keeps other values", () => {
		const input = {
			"ti\u001b[31mtle": "\u001b]0;x\u0007Hello",
			list: [1, true, null, "a\tb", { "\u202ekey": ["\u009b2Jdeep"] }],
			count: 0,
			flag: false,
			nothing: null,
		};
		expect(sanitizeValue(input)).toEqual({
			title: "Hello",
			list: [1, true, null, "a b", { key: ["deep"] }],
			count: 0,
			flag: false,
			nothing: null,
		});
	});

	it("returns a deep copy and leaves the input alone", () => {
		const inner = { text: "\u001b[2Jx" };
		const input = { items: [inner], nested: { inner } };
		const output = sanitizeValue(input) as { items: { text: string }[]; nested: { inner: { text: string } } };
		expect(output).not.toBe(input);
		expect(output.items).not.toBe(input.items);
		expect(output.items[0]).not.toBe(inner);
		expect(output.nested.inner).not.toBe(inner);
		expect(inner.text).toBe("\u001b[2Jx");
		output.items[0] = { text: "changed" };
		expect(input.items[0]).toBe(inner);
	});

	it("passes numbers, booleans and null through unchanged", () => {
		expect(sanitizeValue(-2.5)).toBe(-2.5);
		expect(sanitizeValue(true)).toBe(true);
		expect(sanitizeValue(null)).toBeNull();
		expect(sanitizeValue("\u0007")).toBe("");
	});

	it("keeps a __proto__ key as an own key instead of setting the prototype", () => {
		const parsed = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": 1}');
		const output = sanitizeValue(parsed) as Record<string, unknown>;
		expect(Object.hasOwn(output, "__proto__")).toBe(true);
		expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
		expect(output.polluted).toBeUndefined();
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.keys(output)).toEqual(["__proto__", "a"]);
		expect(Object.getOwnPropertyDescriptor(output, "__proto__")?.value).toEqual({ polluted: "yes" });
	});

	it("keeps a key that only becomes __proto__ after sanitizing as an own key", () => {
		const output = sanitizeValue({ "__pro\u001b[0mto__": { polluted: "yes" } }) as Record<string, unknown>;
		expect(Object.hasOwn(output, "__proto__")).toBe(true);
		expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
	});
});

describe("sanitizeText: properties", () => {
	// Random strings rarely contain a whole escape sequence, so also build strings out of the pieces
	// that make sequences up.
	const pieces = fc.constantFrom(
		"\u001b",
		"[",
		"]",
		"P",
		"_",
		"\\",
		"\u0007",
		"\u009b",
		"\u009c",
		"\u009d",
		"\r",
		"\n",
		"\t",
		"31m",
		"0;",
		"中",
		"👩‍💻",
		"\u202e",
	);
	const texts = fc.oneof(
		fc.string({ unit: "binary" }),
		fc
			.array(fc.oneof(pieces, fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 30 })
			.map((parts) => parts.join("")),
	);

	it("leaves no control character or ESC in the output", () => {
		fc.assert(
			fc.property(texts, (text) => {
				const output = sanitizeText(text);
				expect(output).not.toMatch(controls);
				expect(output).not.toContain("\u001b");
				expect(output).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
			}),
			{ numRuns: 300 },
		);
	});

	it("is idempotent", () => {
		fc.assert(
			fc.property(texts, (text) => {
				const once = sanitizeText(text);
				expect(sanitizeText(once)).toBe(once);
			}),
			{ numRuns: 300 },
		);
	});

	it("never adds characters: the output is no longer than the input", () => {
		fc.assert(
			fc.property(texts, (text) => {
				expect(sanitizeText(text).length).toBeLessThanOrEqual(text.length);
			}),
		);
	});
});

describe("oneLine", () => {
	it("shows line breaks as \\n, so quoted text cannot start a line of its own", () => {
		expect(oneLine("a\nb")).toBe("a\\nb");
		expect(oneLine("a\r\nb\rc")).toBe("a\\nb\\nc");
		expect(oneLine("x\r\n/etc/notes/other.json: title: expected object")).toBe(
			"x\\n/etc/notes/other.json: title: expected object",
		);
	});

	it("removes escape sequences and control characters, as sanitizeText does", () => {
		expect(oneLine("a\u001b]0;pwned\u0007b\u001b[2J\u0000\u202ec\td")).toBe("abc d");
	});

	it("cuts long text to the length asked for, ending with …", () => {
		expect(oneLine("x".repeat(80))).toBe("x".repeat(80));
		expect(oneLine("x".repeat(81))).toBe(`${"x".repeat(79)}…`);
		expect(oneLine("中".repeat(100), 10)).toBe(`${"中".repeat(9)}…`);
		expect(oneLine("😀".repeat(100), 10)).toBe(`${"😀".repeat(9)}…`);
		expect(oneLine("\n".repeat(50), 10)).toBe(`${"\\n".repeat(4)}\\…`);
	});

	it("reads no more than the start of a text of many megabytes", () => {
		const text = `${"😀".repeat(5_000_000)}\n${"x".repeat(5_000_000)}`;
		expect(oneLine(text)).toBe(`${"😀".repeat(79)}…`);
	});

	it("returns one line of at most `max` code points, whatever the text", () => {
		fc.assert(
			fc.property(
				fc.string({ unit: "binary", maxLength: 300 }),
				fc.integer({ min: 1, max: 100 }),
				(text, max) => {
					const line = oneLine(text, max);
					expect(line).not.toMatch(controls);
					expect(line).not.toContain("\n");
					expect([...line].length).toBeLessThanOrEqual(max);
				},
			),
			{ numRuns: 500 },
		);
	});
});

describe("terminalSafeJson", () => {
	it("escapes the C1 controls and invisible characters JSON.stringify leaves raw, and means the same", () => {
		const value = { file: "a\u009b2Jb\u0085\u202e\u2028c\u001b.json", n: 1 };
		const json = terminalSafeJson(value);
		expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e\u2028]/u);
		expect(json).toContain("\\u009b2Jb\\u0085\\u202e\\u2028c\\u001b.json");
		expect(JSON.parse(json)).toEqual(value);
		expect(terminalSafeJson(value)).toBe(json);
	});
});

describe("fileName", () => {
	it("shows a name's line breaks as \\n and drops its escape sequences, so it stays one clean line", () => {
		expect(fileName("a\u001b]2;title\u0007\u001b[2Jb\nc\r\nd.json")).toBe("ab\\nc\\nd.json");
	});
});
