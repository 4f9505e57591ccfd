import fc from "fast-check";
import { type ParseError, printParseErrorCode, visit } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { firstProblem, parseJson } from "../../source/load/parse-json.ts";

function errorOf(text: string, file = "note.json"): BriefingError {
	try {
		parseJson(text, file);
	} catch (error) {
		if (error instanceof BriefingError) return error;
		throw error;
	}
	throw new Error(`expected ${JSON.stringify(text)} not to parse`);
}

describe("parseJson: valid JSON", () => {
	it("parses objects, arrays and scalars", () => {
		expect(parseJson('{"a": [1, "二", true, null], "b": {"c": -2.5e3}}', "x.json")).toEqual({
			a: [1, "二", true, null],
			b: { c: -2500 },
		});
		expect(parseJson("[]", "x.json")).toEqual([]);
		expect(parseJson(' "text" \n', "x.json")).toBe("text");
	});

	it("allows a leading byte-order mark", () => {
		expect(parseJson('\ufeff{"title": "标题"}', "x.json")).toEqual({ title: "标题" });
	});

	it("parses CRLF files", () => {
		expect(parseJson('{\r\n  "a": 1\r\n}\r\n', "x.json")).toEqual({ a: 1 });
	});

	it("round-trips any JSON value", () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
				const text = JSON.stringify(value, null, pretty ? 2 : undefined);
				expect(parseJson(text, "x.json")).toEqual(JSON.parse(text));
			}),
			{ numRuns: 200 },
		);
	});
});

describe("parseJson: errors", () => {
	it.each([
		["a missing value on line 3", '{\n  "a": 1,\n  "b": ,\n  "c": 2\n}', "3:8: expected a value"],
		["a trailing comma in an object", '{"a": 1,}', "1:9: expected a property name in double quotes"],
		["a trailing comma on its own line", '{\n  "a": 1,\n}', "3:1: expected a property name in double quotes"],
		["a trailing comma in an array", "[1,2,]", "1:6: expected a value"],
		["an unterminated string", '{"a": "abc', "1:7: expected the string to end with '\"' on this line"],
		[
			"a string broken by a newline",
			'{\n"a": "abc\n"}',
			"2:6: expected the string to end with '\"' on this line",
		],
		["a line comment", '{ // note\n "a": 1 }', "1:3: expected JSON, which has no comments"],
		["a block comment on line 2", '{\n  /* x */ "a": 1 }', "2:3: expected JSON, which has no comments"],
		["a second value after the first", '{"a": 1} {"b": 2}', "1:10: expected the end of the file"],
		["a stray word after the value", '{"a": 1}\nx', "2:1: unexpected character"],
		["an unquoted key", "{a: 1}", "1:2: unexpected character"],
		["a missing colon", '{"a" 1}', "1:6: expected ':'"],
		["a missing comma", "[1 2]", "1:4: expected ','"],
		["a bad escape", '{"a": "\\x"}', "1:7: expected a valid escape after \\"],
		["a short unicode escape", '{"a": "\\u12"}', "1:7: expected four hex digits after \\u"],
		["a full-width space between tokens", '{"a": 1,\u3000"b": 2}', "1:9: unexpected character"],
	])("locates %s", (_, text, expected) => {
		const error = errorOf(text);
		expect(error).toBeInstanceOf(BriefingError);
		expect(error.kind).toBe("invalid-input");
		expect(error.message).toBe(`note.json:${expected}`);
	});

	it("counts columns in code points, so Chinese and emoji before the error count once each", () => {
		// { " 名 称 " : ␠ " 中 文 " , ␠ x: the x is the 14th code point.
		expect(errorOf('{"名称": "中文", x}').message).toBe("note.json:1:14: unexpected character");
		// Each emoji is two UTF-16 units; counted as one column each the x is at 10, not 12.
		expect(errorOf('{"😀😀": 1 x}').message).toBe("note.json:1:10: unexpected character");
		expect(errorOf('{\n  "标题": 中文\n}').message).toBe("note.json:2:9: unexpected character");
	});

	it("does not count a byte-order mark as a column", () => {
		expect(errorOf("\ufeff{x}").message).toBe("note.json:1:2: unexpected character");
	});

	it("reports an empty or blank file at 1:1", () => {
		for (const text of ["", "   \n\n", "\ufeff"]) {
			const error = errorOf(text);
			expect(error.kind).toBe("invalid-input");
			expect(error.message).toMatch(/^note\.json:1:1: \S/u);
		}
	});

	it("names the file it was given", () => {
		expect(errorOf("[", "data/notes/a b.json").message).toMatch(/^data\/notes\/a b\.json:1:2: /u);
	});

	it("never quotes the input in its message", () => {
		const secret = "SECRET机密";
		for (const text of [
			`{"${secret}": }`,
			`{"a": "${secret}`,
			`{"a": ${secret}}`,
			`{"a": 1} ${secret}`,
			`// ${secret}\n{}`,
			`[${secret}]`,
		]) {
			const { message } = errorOf(text);
			expect(message).not.toContain("SECRET");
			expect(message).not.toContain("机密");
			expect(message).not.toContain("\n");
		}
	});

	it("points inside the text for any cut-off JSON document", () => {
		fc.assert(
			fc.property(
				fc.jsonValue({ maxDepth: 3 }).filter((value) => typeof value === "object" && value !== null),
				fc.nat(),
				(value, seed) => {
					const text = JSON.stringify(value, null, 2);
					const cut = text.slice(0, seed % text.length);
					let parses = true;
					try {
						JSON.parse(cut);
					} catch {
						parses = false;
					}
					fc.pre(!parses);
					const match = /^x\.json:(\d+):(\d+): \S/u.exec(errorOf(cut, "x.json").message);
					expect(match).not.toBeNull();
					const lines = cut.split("\n");
					const line = Number(match?.[1]);
					const column = Number(match?.[2]);
					expect(line).toBeGreaterThanOrEqual(1);
					expect(line).toBeLessThanOrEqual(lines.length);
					expect(column).toBeGreaterThanOrEqual(1);
					expect(column).toBeLessThanOrEqual([...(lines[line - 1] ?? "")].length + 1);
				},
			),
			{ numRuns: 200 },
		);
	});
});

describe("parseJson: deeply nested malformed JSON", () => {
	it.each([
		["100,000 unclosed arrays", "[".repeat(100_000), "1:100001: expected ']'"],
		[
			"100,000 arrays closed by a stray character",
			`${"[".repeat(100_000)}${"]".repeat(99_999)}x`,
			"1:200000: unexpected character",
		],
		["100,000 unclosed objects", '{"a":'.repeat(100_000), "1:500001: expected a value"],
		["100,000 objects, then junk", `${'{"a":'.repeat(100_000)}1}x`, "1:500003: unexpected character"],
		[
			"100,000 objects, one closed, then a number",
			`${'{"a":'.repeat(100_000)}1} 2`,
			"1:500004: expected ','",
		],
		["deep arrays over many lines", `${"[\n".repeat(100_000)}}`, "100001:1: expected a value"],
	])("locates the problem in %s without overflowing the stack", (_, text, expected) => {
		const error = errorOf(text);
		expect(error.kind).toBe("invalid-input");
		expect(error.message).toBe(`note.json:${expected}`);
	});
});

describe("firstProblem", () => {
	// jsonc-parser's recursive `visit` (which overflows the stack on deep text) is the reference.
	function reference(text: string) {
		let first: ParseError | undefined;
		visit(
			text,
			{
				onError(error, offset, length) {
					first ??= { error, offset, length };
				},
			},
			{ disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
		);
		return first && { error: printParseErrorCode(first.error), offset: first.offset };
	}

	it("finds the same first problem, at the same offset, as jsonc-parser's visit", () => {
		const token = fc.constantFrom(
			..."{}[],:".split(""),
			'"a"',
			'"',
			"1",
			"-",
			"1e",
			"01",
			"1.",
			"null",
			"tru",
			"x",
			" ",
			"\n",
			"//c\n",
			"/*",
			'"\\x"',
			'"\\u1"',
			"\u0001",
			"\u3000",
		);
		fc.assert(
			fc.property(fc.array(token, { maxLength: 16 }), (tokens) => {
				const text = tokens.join("");
				expect(firstProblem(text)).toEqual(reference(text));
			}),
			{ numRuns: 5000 },
		);
	});
});
