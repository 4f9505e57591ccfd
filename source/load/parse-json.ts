import { createScanner } from "jsonc-parser";
import { BriefingError } from "../base/briefing-error.ts";
import { lineColumn } from "../text/line-column.ts";

// Keyed by jsonc-parser's error names: its codes are a const enum, which esbuild cannot inline.
const problems: Record<string, string> = {
	InvalidSymbol: "unexpected character",
	InvalidNumberFormat: "invalid number",
	PropertyNameExpected: "expected a property name in double quotes",
	ValueExpected: "expected a value",
	ColonExpected: "expected ':'",
	CommaExpected: "expected ','",
	CloseBraceExpected: "expected '}'",
	CloseBracketExpected: "expected ']'",
	EndOfFileExpected: "expected the end of the file",
	InvalidCommentToken: "expected JSON, which has no comments",
	UnexpectedEndOfComment: "expected JSON, which has no comments",
	UnexpectedEndOfString: "expected the string to end with '\"' on this line",
	UnexpectedEndOfNumber: "expected a digit",
	InvalidUnicode: "expected four hex digits after \\u",
	InvalidEscapeCharacter: "expected a valid escape after \\",
	InvalidCharacter: "expected no control characters inside a string",
};

// jsonc-parser's token kinds and scan errors (const enums, which esbuild cannot inline).
const token = {
	openBrace: 1,
	closeBrace: 2,
	openBracket: 3,
	closeBracket: 4,
	comma: 5,
	colon: 6,
	string: 10,
	number: 11,
	lineComment: 12,
	blockComment: 13,
	lineBreak: 14,
	whitespace: 15,
	unknown: 16,
	end: 17,
} as const;
const scanErrors: Record<number, string> = {
	2: "UnexpectedEndOfString",
	3: "UnexpectedEndOfNumber",
	4: "InvalidUnicode",
	5: "InvalidEscapeCharacter",
	6: "InvalidCharacter",
};
const literals: ReadonlySet<number> = new Set([token.number, 7, 8, 9]); // numbers, null, true, false

/** The first problem in a text that is not JSON: jsonc-parser's name for it, and where it is. */
interface Problem {
	error: string;
	offset: number;
}

/**
 * Returns the first problem that jsonc-parser's `visit` would report in a text, but without its
 * recursion (one call per level of nesting, which overflows the stack on deeply nested text): the
 * open arrays and objects are a stack of their own. Returns undefined if it finds none.
 */
export function firstProblem(text: string): Problem | undefined {
	const scanner = createScanner(text, false);
	const at = (error: string): Problem => ({ error, offset: scanner.getTokenOffset() });
	let problem: Problem | undefined;
	/** Reads the next token that is not whitespace; false (with `problem` set) if it is a problem. */
	const next = (): boolean => {
		for (;;) {
			const kind: number = scanner.scan();
			const scanError = scanErrors[scanner.getTokenError()];
			if (scanError !== undefined) problem = at(scanError);
			else if (kind === token.lineComment || kind === token.blockComment) problem = at("InvalidCommentToken");
			else if (kind === token.unknown) problem = at("InvalidSymbol");
			else if (kind === token.lineBreak || kind === token.whitespace) continue;
			return problem === undefined;
		}
	};
	// Each open array or object, and whether a value (or property) has come in it since its last comma.
	const open: { kind: "array" | "object"; needsComma: boolean }[] = [];
	if (!next()) return problem;
	if (scanner.getToken() === token.end) return at("ValueExpected");
	// Reads a value at the current token; then closes what it completes, and moves to the next value.
	for (;;) {
		const kind: number = scanner.getToken();
		if (kind === token.openBracket || kind === token.openBrace) {
			open.push({ kind: kind === token.openBracket ? "array" : "object", needsComma: false });
			if (!next()) return problem;
		} else {
			if (kind === token.number && Number.isNaN(Number(scanner.getTokenValue())))
				return at("InvalidNumberFormat");
			if (kind !== token.string && !literals.has(kind)) return at("ValueExpected");
			if (!next()) return problem;
			const parent = open.at(-1);
			if (parent !== undefined) parent.needsComma = true;
		}
		// Close what ends here, then find where the next value starts.
		for (;;) {
			const parent = open.at(-1);
			const current: number = scanner.getToken();
			if (parent === undefined) return current === token.end ? undefined : at("EndOfFileExpected");
			const close = parent.kind === "array" ? token.closeBracket : token.closeBrace;
			if (current === close) {
				open.pop();
				if (!next()) return problem;
				const outer = open.at(-1);
				if (outer !== undefined) outer.needsComma = true;
				continue;
			}
			if (current === token.end)
				return at(parent.kind === "array" ? "CloseBracketExpected" : "CloseBraceExpected");
			if (current === token.comma) {
				if (!parent.needsComma) return at("ValueExpected");
				if (!next()) return problem;
			} else if (parent.needsComma) return at("CommaExpected");
			if (parent.kind === "object") {
				// A property: a name, a colon, then its value.
				if (scanner.getToken() !== token.string) return at("PropertyNameExpected");
				if (!next()) return problem;
				if (scanner.getToken() !== token.colon) return at("ColonExpected");
				if (!next()) return problem;
			}
			break;
		}
	}
}

/**
 * Parses the text of a JSON file. A leading byte-order mark is allowed. Malformed JSON throws a
 * {@link BriefingError} reading `file:line:column: what was expected`.
 */
export function parseJson(text: string, file: string): unknown {
	const body = text.startsWith("\ufeff") ? text.slice(1) : text;
	if (body.trim() === "")
		throw new BriefingError(`${file}:1:1: expected a note, got an empty file`, "invalid-input");
	try {
		return JSON.parse(body);
	} catch {
		const problem = firstProblem(body);
		const { line, column } = lineColumn(body, problem?.offset ?? 0);
		const message = (problem && problems[problem.error]) ?? "expected valid JSON";
		throw new BriefingError(`${file}:${line}:${column}: ${message}`, "invalid-input");
	}
}
